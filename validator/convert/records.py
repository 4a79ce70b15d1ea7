"""Records assembled from what the stages found: one per event, every value with its evidence.

Local ids follow one scheme: `ev` (the event), `person-N` and `org-N` (entities), `p-N`
(participations, N as the person's), `pl-N` (places), `s-N` (statements) and `tN` (temporal
values, as `validator.dates.records` numbers them). A record's id is derived from the article
text's SHA-256, so converting the same text again gives the same ids.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .._version import __version__
from ..dates import TemporalExpression
from ..dates.records import temporal_id, temporal_values
from ..models import (
    Article,
    Coordinates,
    Country,
    Entity,
    Event,
    Evidence,
    Identifier,
    Participation,
    Place,
    Provenance,
    Record,
    RelatedEvent,
    Statement,
    TemporalValue,
    Title,
)
from ..models.record import SPECVERSION
from ..schemas import schema_id
from . import gazetteer
from .attribution import Attribution, Mention, channel_for
from .events import Cue, event_mode, is_caption
from .people import Person, country_of
from .pipeline import Analysis

TOOL = "newsevent"
SOURCE = "urn:newsevent:convert"
_INVERSE = {"follows": "precedes", "precedes": "follows", "context": "context"}
_ATTENDANCE = {"phone": "phone", "video": "video", "in_person": "in_person"}
# Confidence of a participation: a person named in the headline or lead takes part in the main
# event far more often than one named further down, who may only be mentioned.
_LEAD_PERSON_CONFIDENCE, _BODY_PERSON_CONFIDENCE = 0.7, 0.4
_INSTITUTION_TYPES = {"ORG": "organisation", "NORP": "group", "GPE": "country"}
_TITLE_FILLER = re.compile(r"\A(?:(?:his|her|their|the|its)\s+)+", re.IGNORECASE)
LIST_PEOPLE = 15  # people named in a story that lists them (election results, a match report)
_MODE_REACH = 50  # characters around an event word where its mode is written ("in-person ministerial talks")
_SUMMARY_LIMIT = 400  # characters; a long lead sentence is about 300
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their"})


@dataclass(frozen=True, slots=True)
class _Parts:
    """What every record of one article shares."""

    analysis: Analysis
    article: Article
    times: tuple[TemporalValue, ...]
    provenance: Provenance
    id_prefix: str


def build_records(analysis: Analysis) -> tuple[Record, ...]:
    """The main event's record, then one per other event, linked to each other by `related`."""
    text = analysis.article.text
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    parts = _Parts(
        analysis,
        _article(analysis, digest),
        temporal_values(analysis.dates),
        Provenance.of(method="hybrid", tool=TOOL, version=__version__, rule=analysis.pipeline),
        f"urn:newsevent:text-sha256:{digest[:16]}",
    )
    ids = [f"{parts.id_prefix}:ev{n}" for n in range(len(analysis.others) + 1)]
    main = _main_record(parts, ids)
    others = [_other_record(parts, ids, n) for n in range(1, len(ids))]
    return (main, *others)


def _value_provenance(method: str, rule: str, confidence: float) -> Provenance:
    return Provenance.of(method=method, tool=TOOL, version=__version__, rule=rule, confidence=round(confidence, 2))


def _evidence(text: str, spans: Iterable[tuple[int, int]]) -> tuple[Evidence, ...] | None:
    found = tuple(
        Evidence(start=start, end=end, text=text[start:end])
        for start, end in sorted(set(spans))
        if text[start:end].strip()
    )
    return found or None


def _country(found: gazetteer.Country | None) -> Country | None:
    if found is None:
        return None
    return Country(iso3166_1_alpha2=found.alpha2, iso3166_1_alpha3=found.alpha3, name=found.name)


def _article(analysis: Analysis, digest: str) -> Article:
    article, dates = analysis.article, analysis.dates
    published, inferred = article.published, None
    if published is None and dates.anchor is not None:
        published, inferred = dates.anchor.date.isoformat(), True
    return Article.of(
        type="article",
        headline=article.title or _headline(analysis),
        publisher=article.publisher,
        url=article.url,
        published=published,
        published_inferred=inferred,
        language=article.language or "en",
        text=article.text,
        text_sha256=digest,
    )


def _headline(analysis: Analysis) -> str | None:
    """The first line, when it is a headline rather than the lead sentence itself."""
    if not analysis.lead:
        return None
    start, end = analysis.lead[0]
    line = analysis.article.text[start:end].strip()
    return None if line.endswith((".", '."', ".\u201d")) else line or None


def _summary(text: str, span: tuple[int, int]) -> str | None:
    """The sentence that reports an event, on one line, cut at a word (marked by an ellipsis) when long."""
    words = " ".join(text[span[0] : span[1]].split())
    if len(words) > _SUMMARY_LIMIT:
        words = words[: words.rfind(" ", 0, _SUMMARY_LIMIT)].rstrip(",;:") + "\u2026"
    return words or None


def _cue_spans(*cues: Cue | None) -> list[tuple[int, int]]:
    return [(cue.start, cue.end) for cue in cues if cue is not None]


def _time_ref(analysis: Analysis, expression: TemporalExpression | None) -> str | None:
    if expression is None:
        return None
    index = next(i for i, found in enumerate(analysis.dates.expressions) if found is expression)
    return temporal_id(index)


def _main_record(parts: _Parts, ids: Sequence[str]) -> Record:
    analysis = parts.analysis
    text, main = analysis.article.text, analysis.main
    lead_end = analysis.lead[-1][1] if analysis.lead else 0
    people = analysis.people.persons
    entities = [_person_entity(text, n, person) for n, person in enumerate(people, 1)]
    # Everyone named is an entity; those named only in photo captions did not take part, nor, in a
    # story naming few people, those it names first in its second half (reactions, background):
    # news tells who took part early, unless it lists them (results, line-ups).
    listing = len(people) >= LIST_PEOPLE
    participations = [
        _participation(analysis, n, person, in_lead=any(start < lead_end for start, _ in person.mentions))
        for n, person in enumerate(people, 1)
        if not _only_in_captions(text, person) and (listing or person.mentions[0][0] < len(text) / 2)
    ]
    named = _Named(analysis, {participation.entity for participation in participations})
    participations += _organisation_participations(analysis, named)
    statements = [
        statement
        for n, found in enumerate(analysis.statements, 1)
        if (statement := _statement(analysis, n, found, named)) is not None
    ]
    places = ([_place(analysis)] if analysis.place is not None else []) + _mentioned(analysis)
    trigger_sentence = next(
        (span for span in analysis.lead if main.kind_cue and span[0] <= main.kind_cue.start < span[1]),
        analysis.lead[0] if analysis.lead else (0, len(text)),
    )
    related = [
        RelatedEvent.of(relation=other.relation, record=ids[n], summary=_summary(text, other.sentence))
        for n, other in enumerate(analysis.others, 1)
    ]
    event = Event.of(
        id="ev",
        kind=main.kind,
        summary=_summary(text, trigger_sentence),
        mode=main.mode,
        lifecycle=main.lifecycle,
        factuality="asserted",
        time=_time_ref(analysis, analysis.date),
        duration=_time_ref(analysis, analysis.duration),
        related=tuple(related) or None,
        evidence=_evidence(text, _cue_spans(main.kind_cue, main.mode_cue, main.lifecycle_cue)),
        provenance=_value_provenance("rule", "events.lead-triggers", main.confidence),
    )
    return _record(parts, ids[0], event, entities + named.added, participations, places, statements)


def _other_record(parts: _Parts, ids: Sequence[str], n: int) -> Record:
    analysis = parts.analysis
    text, other = analysis.article.text, analysis.others[n - 1]
    start, end = other.sentence
    # How it was held, when said next to its word ("an in-person meeting", "talks by phone").
    near = (max(start, other.cue.start - _MODE_REACH), min(end, other.cue.end + _MODE_REACH))
    mode, mode_cue = event_mode(text, [near])
    people = [
        (number, person)
        for number, person in enumerate(analysis.people.persons, 1)
        if any(start <= mention < end for mention, _ in person.mentions)
    ]
    main_relation = _INVERSE[other.relation]
    event = Event.of(
        id="ev",
        kind=other.kind,
        summary=_summary(text, other.sentence),
        mode=mode,
        lifecycle=other.lifecycle,
        factuality="asserted",
        time=_time_ref(analysis, other.date),
        related=(RelatedEvent.of(relation=main_relation, record=ids[0], summary=_summary(text, analysis.lead[0])),)
        if analysis.lead
        else None,
        evidence=_evidence(text, _cue_spans(other.cue, other.lifecycle_cue, mode_cue)),
        provenance=_value_provenance("rule", "others.sentence-triggers", other.confidence),
    )
    entities = [_person_entity(text, number, person) for number, person in people]
    participations = [_participation(analysis, number, person, in_lead=False) for number, person in people]
    return _record(parts, ids[n], event, entities, participations, [], [])


def _record(
    parts: _Parts,
    record_id: str,
    event: Event,
    entities: list[Entity],
    participations: list[Participation],
    places: list[Place],
    statements: list[Statement],
) -> Record:
    return Record.of(
        specversion=SPECVERSION,
        id=record_id,
        source=SOURCE,
        version=1,
        status="active",
        dataschema=schema_id("record"),
        title=parts.article.headline,
        event=event,
        entities=tuple(entities) or None,
        participations=tuple(participations) or None,
        places=tuple(places) or None,
        times=parts.times or None,
        statements=tuple(statements) or None,
        article=parts.article,
        provenance=parts.provenance,
    )


def _only_in_captions(text: str, person: Person) -> bool:
    def line_of(offset: int) -> str:
        return text[text.rfind("\n", 0, offset) + 1 : text.find("\n", offset) % (len(text) + 1)]

    return all(is_caption(line_of(start)) for start, _ in person.mentions)


def _person_entity(text: str, number: int, person: Person) -> Entity:
    aliases = sorted({text[start:end] for start, end in person.mentions if text[start].isupper()} - {person.name})
    # Names only: not pronouns, nor a title standing for the person ("the minister").
    aliases = [alias for alias in aliases if alias.casefold() not in _PRONOUNS and alias.split()[0] not in {"The"}]
    return Entity.of(
        id=f"person-{number}",
        type="person",
        name=person.name,
        aliases=tuple(aliases) or None,
        country=_country(person.country),
        evidence=_evidence(text, person.mentions),
        provenance=_value_provenance("hybrid", "people.ner-names-and-mentions", 0.8),
    )


def _participation(analysis: Analysis, number: int, person: Person, *, in_lead: bool) -> Participation:
    text = analysis.article.text
    nation, inferred = country_of(person, analysis.place.country if analysis.place else None)
    title = None
    if person.titles:
        start, end = person.titles[0]
        written = text[start:end]
        normalised = _normalised_title(written)
        if normalised in {"counterpart", "counterparts"}:
            normalised = _counterpart_title(analysis, start) or normalised
        title = Title.of(as_written=written, normalised=normalised if normalised != written else None)
    confidence = (_LEAD_PERSON_CONFIDENCE if in_lead else _BODY_PERSON_CONFIDENCE) * (0.8 if inferred else 1.0)
    return Participation.of(
        id=f"p-{number}",
        entity=f"person-{number}",
        role="participant",
        title=title,
        represents=_country(nation),
        attendance=_ATTENDANCE.get(analysis.main.mode) if in_lead else None,
        evidence=_evidence(text, person.titles[:1] or person.mentions[:1]),
        provenance=_value_provenance(
            "inferred" if inferred else "hybrid",
            "people.country-of-event-place" if inferred else "people.titles-and-countries",
            confidence,
        ),
    )


def _counterpart_title(analysis: Analysis, title_start: int) -> str | None:
    """The title of the one whose counterpart someone is ("Defense Minister Nobuo Kishi and his
    U.S. counterpart Lloyd Austin": Austin is a defense minister too), from the possessive before."""
    text = analysis.article.text
    before = re.search(r"\b(his|her|their)\s+\Z", text[max(0, title_start - 8) : title_start])
    if before is None:
        return None
    pronoun = title_start - len(before.group())
    owner = analysis.people.at(pronoun, pronoun + len(before.group(1)))
    if owner is None or not owner.titles:
        return None
    start, end = owner.titles[0]
    normalised = _normalised_title(text[start:end])
    return None if normalised in {None, "counterpart", "counterparts"} else normalised


def _normalised_title(written: str) -> str | None:
    """The title without its country and possessive words: "Japanese Defense Minister" -> "Defense
    Minister", "his U.S. and South Korean counterparts" -> "counterparts"."""
    words = _TITLE_FILLER.sub("", written).split()
    while words:
        if words[0].lower() in {"and", "&"}:
            words = words[1:]
        elif len(words) > 1 and gazetteer.country(" ".join(words[:2])) is not None:
            words = words[2:]
        elif gazetteer.country(words[0].rstrip(",")) is not None:
            words = words[1:]
        else:
            break
    return " ".join(words) or None


def _place(analysis: Analysis) -> Place:
    place = analysis.place
    assert place is not None
    is_country = place.country is not None and gazetteer.country(place.text) is not None
    known = place.city
    return Place.of(
        id="pl-1",
        name=place.text,
        role="venue" if place.label == "FAC" else "event_area",
        country=_country(place.country),
        precision="country" if is_country else "city" if known else None,
        coordinates=Coordinates(latitude=known.latitude, longitude=known.longitude) if known else None,
        identifiers=(Identifier(scheme="geonames", value=str(known.geonames_id)),) if known else None,
        evidence=_evidence(analysis.article.text, [(place.start, place.end)]),
        provenance=_value_provenance("hybrid", "places.lead-locative-entity" + ("+geonames" if known else ""), 0.6),
    )


def _mentioned(analysis: Analysis) -> list[Place]:
    """Every other place the article names, as a place only mentioned."""
    text = analysis.article.text
    event_name = analysis.place.text if analysis.place else None
    places: list[Place] = []
    for place in analysis.mentioned_places:
        if place.name == event_name:
            continue
        known = place.city
        is_country = place.country is not None and known is None and place.label == "GPE"
        places.append(
            Place.of(
                id=f"pl-{len(places) + 2}",
                name=place.name,
                role="mentioned",
                country=_country(place.country),
                precision="country" if is_country else "city" if known else "venue" if place.label == "FAC" else None,
                coordinates=Coordinates(latitude=known.latitude, longitude=known.longitude) if known else None,
                identifiers=(Identifier(scheme="geonames", value=str(known.geonames_id)),) if known else None,
                evidence=_evidence(text, place.spans),
                provenance=_value_provenance("hybrid", "places.named-entities" + ("+geonames" if known else ""), 0.7),
            )
        )
    return places


class _Named:
    """Entities other than the people of the text (organisations, countries, groups), made once per
    name, and the local id a mention of anyone is referred to by: a person's participation, else
    such an entity."""

    def __init__(self, analysis: Analysis, taking_part: set[str]) -> None:
        self.analysis = analysis
        self.taking_part = taking_part
        self.added: list[Entity] = []
        self._by_name: dict[str, str] = {}

    def person(self, mention: Mention) -> Person | None:
        return self.analysis.people.at(mention.start, mention.end)

    def ref(self, mention: Mention, rule: str = "attribution.speaker") -> str:
        person = self.person(mention)
        if person is not None:
            number = self.analysis.people.persons.index(person) + 1
            return f"p-{number}" if f"person-{number}" in self.taking_part else f"person-{number}"
        return self.entity(mention.start, mention.end, mention.text, mention.label, rule)

    def entity(self, start: int, end: int, words: str, label: str | None, rule: str) -> str:
        name = words.removeprefix("the ").removeprefix("The ")
        start += len(words) - len(name)
        if name not in self._by_name:
            found = gazetteer.country(name)
            entity_type = "country" if found is not None else _INSTITUTION_TYPES.get(label or "", "other")
            entity_id = f"org-{len(self.added) + 1}"
            self.added.append(
                Entity.of(
                    id=entity_id,
                    type=entity_type,
                    name=name,
                    country=_country(found),
                    evidence=_evidence(self.analysis.article.text, [(start, end)]),
                    provenance=_value_provenance("hybrid", rule, 0.6),
                )
            )
            self._by_name[name] = entity_id
        return self._by_name[name]


def _organisation_participations(analysis: Analysis, named: _Named) -> list[Participation]:
    text = analysis.article.text
    participations = []
    for number, organisation in enumerate(analysis.organisations, 1):
        entity = named.entity(organisation.start, organisation.end, organisation.text, "ORG", "organisations.lead")
        # The country its name gives ("Indonesian Navy"), else that of the event's place, inferred.
        written = [found for _, _, found in gazetteer.countries_in(organisation.text)]
        event_country = analysis.place.country if analysis.place else None
        nation = written[0] if written else event_country
        participations.append(
            Participation.of(
                id=f"p-org-{number}",
                entity=entity,
                role="participant",
                represents=_country(nation),
                evidence=_evidence(text, [(organisation.start, organisation.end)]),
                provenance=_value_provenance(
                    "hybrid" if written or nation is None else "inferred", "organisations.lead-actors", 0.5
                ),
            )
        )
    return participations


def _statement(analysis: Analysis, number: int, found: Attribution, speakers: _Named) -> Statement | None:
    if found.speaker is None:
        return None  # words nobody in the text is said to have spoken are not a statement of the format
    text = analysis.article.text
    channel = channel_for(found, speakers.person(found.speaker) is not None)
    return Statement.of(
        id=f"s-{number}",
        speaker=speakers.ref(found.speaker),
        text=found.words.text,
        mode=found.mode,
        reporting_verb=found.verb,
        channel=channel,
        platform=found.platform,
        relayed_by=speakers.ref(found.relayed_by) if found.relayed_by is not None else None,
        evidence=_evidence(text, [(found.words.start, found.words.end)]),
        provenance=_value_provenance("hybrid", "attribution.quotes-and-speech-verbs", found.confidence),
    )
