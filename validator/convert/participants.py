"""Who took part and who spoke: the entities, participations and statements of the main record.

Everyone named is an entity. A person takes part when the story places them in it: named outside
captions in its first half (news tells who took part early; later come reactions and
background), and there as more than what qualifies a thing ("Trump's policies", "the Tom Cruise
video", "Polaroids of Dennis Hopper") or the source the news is told by ("according to ...").
A spokesperson speaks for a body and does not take part. A contest is the exception: an
election or match report lists its candidates or players, each of whom took part, however far
down and however named. Organisations take part when the `organisations` stage found them
acting in the lead. A statement's speaker is a person's participation, the person's entity, or
an entity made for the body or group that spoke; "the Church" after "the Church of Scientology"
is the body named in full.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Entity, Participation, Statement, Title
from . import gazetteer
from .attribution import Attribution, channel_for
from .events import in_caption
from .gazetteer import Country
from .nlp import in_according_to, without_the
from .people import PRONOUNS, Person, country_of
from .pipeline import Analysis
from .speakers import Mention
from .values import country_value, evidence_of, value_provenance

if TYPE_CHECKING:
    from spacy.tokens import Doc

_ATTENDANCE = {"phone": "phone", "video": "video", "in_person": "in_person"}
# Confidence of a participation: a person named in the headline or lead takes part in the main
# event far more often than one named further down, who may only be mentioned.
_LEAD_PERSON_CONFIDENCE, _BODY_PERSON_CONFIDENCE = 0.7, 0.4
_INSTITUTION_TYPES = {"ORG": "organisation", "NORP": "group", "GPE": "country"}
_TITLE_FILLER = re.compile(r"\A(?:(?:his|her|their|the|its)\s+)+", re.IGNORECASE)
_COUNTERPART = frozenset({"counterpart", "counterparts"})  # a title that stands for another's title
_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person|people|men|women)\b", re.IGNORECASE)
# Things that show someone: who they show is named, not taking part ("Polaroids of Dennis Hopper").
_DEPICTIONS = frozenset({
    "photo", "photograph", "picture", "image", "portrait", "polaroid", "video", "footage", "painting", "drawing",
    "statue", "poster", "sculpture", "bust", "print", "shot", "recording", "cartoon", "caricature", "mural",
})  # fmt: skip
CONTESTS = frozenset({"election", "sport"})  # kinds of event whose reports list everyone who took part


@dataclass(frozen=True, slots=True)
class Parties:
    """The entities of a record, who of them took part, and what they said."""

    entities: tuple[Entity, ...]
    participations: tuple[Participation, ...]
    statements: tuple[Statement, ...]


def people_of(analysis: Analysis) -> Parties:
    """The entities, participations and statements of the main event's record."""
    text = analysis.article.text
    lead_end = analysis.lead[-1][1] if analysis.lead else 0
    people = analysis.people.persons
    entities = [person_entity(text, n, person) for n, person in enumerate(people, 1)]
    listing = analysis.main.kind in CONTESTS
    participations = [
        participation(analysis, n, person, in_lead=any(start < lead_end for start, _ in person.mentions))
        for n, person in enumerate(people, 1)
        if (placing := _placing_mentions(analysis, person, whole_story=listing))
        and not _is_spokesperson(text, person)
        and (listing or not all(_gives_no_part(analysis.doc, start, end) for start, end in placing))
    ]
    named = _Named(analysis, {taking_part.entity for taking_part in participations})
    participations += _organisation_participations(analysis, named)
    statements = [
        statement
        for n, found in enumerate(analysis.statements, 1)
        if (statement := _statement(analysis, n, found, named)) is not None
    ]
    return Parties(tuple(entities + named.added), tuple(participations), tuple(statements))


def _placing_mentions(analysis: Analysis, person: Person, *, whole_story: bool) -> list[tuple[int, int]]:
    """The mentions that place a person in the story: those outside photo captions, in its first
    half unless it is a contest."""
    text = analysis.article.text
    limit = len(text) if whole_story else len(text) / 2
    return [(start, end) for start, end in person.mentions if start < limit and not in_caption(text, start)]


def _gives_no_part(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention names the person without giving them a part in the story: as what
    qualifies a thing, a possessor ("Trump's policies"), part of a compound ("the Tom Cruise
    video"), what a picture is of ("Polaroids of Dennis Hopper"), shows ("a video featuring Tom
    Cruise") or who made it ("the organization founded by L. Ron Hubbard"), alone or coordinated
    ("Polaroids of Truman Capote and Carly Simon"); or as the source the news is told by
    ("according to the coach, ...")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if in_according_to(span):
        return True
    head = span.root
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ in {"poss", "compound"}:
        return True
    if head.dep_ == "dobj":
        return head.head.dep_ == "acl"  # what a thing shows ("a video featuring Tom Cruise")
    if head.dep_ != "pobj":
        return False
    preposition = head.head
    if preposition.lower_ == "of":  # a picture of someone, not "the arrest of John Smith"
        return preposition.head.lower_.removesuffix("s") in _DEPICTIONS
    # The doer in a description of a thing ("the organization founded by L. Ron Hubbard").
    return preposition.lower_ == "by" and preposition.head.dep_ == "acl"


def _is_spokesperson(text: str, person: Person) -> bool:
    """Whether a title calls the person a spokesperson ("Environment Canada spokeswoman")."""
    return any(_SPOKESPERSON.search(text[start:end]) for start, end in person.titles)


def person_entity(text: str, number: int, person: Person) -> Entity:
    aliases = sorted({text[start:end] for start, end in person.mentions if text[start].isupper()} - {person.name})
    # Names only: not pronouns, nor a title standing for the person ("the minister").
    aliases = [alias for alias in aliases if alias.casefold() not in PRONOUNS and alias.split()[0] not in {"The"}]
    return Entity.of(
        id=f"person-{number}",
        type="person",
        name=person.name,
        aliases=tuple(aliases) or None,
        country=country_value(person.country),
        evidence=evidence_of(text, person.mentions),
        provenance=value_provenance("hybrid", "people.ner-names-and-mentions", 0.8),
    )


def participation(analysis: Analysis, number: int, person: Person, *, in_lead: bool) -> Participation:
    text = analysis.article.text
    nation, inferred = country_of(person, _event_country(analysis))
    title = None
    if person.titles:
        start, end = person.titles[0]
        written = text[start:end]
        normalised = _normalised_title(written)
        if normalised in _COUNTERPART:
            normalised = _counterpart_title(analysis, start) or normalised
        title = Title.of(as_written=written, normalised=normalised if normalised != written else None)
    confidence = (_LEAD_PERSON_CONFIDENCE if in_lead else _BODY_PERSON_CONFIDENCE) * (0.8 if inferred else 1.0)
    return Participation.of(
        id=f"p-{number}",
        entity=f"person-{number}",
        role="participant",
        title=title,
        represents=country_value(nation),
        attendance=_ATTENDANCE.get(analysis.main.mode) if in_lead else None,
        evidence=evidence_of(text, person.titles[:1] or person.mentions[:1]),
        provenance=value_provenance(
            "inferred" if inferred else "hybrid",
            "people.country-of-event-place" if inferred else "people.titles-and-countries",
            confidence,
        ),
    )


def _event_country(analysis: Analysis) -> Country | None:
    return analysis.place.country if analysis.place else None


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
    return None if normalised is None or normalised in _COUNTERPART else normalised


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
        name = without_the(words)
        start += len(words) - len(name)
        if self.analysis.article.text[max(0, start - 4) : start].lower() == "the ":
            name = self._named_in_full(name, start) or name
        if name not in self._by_name:
            found = gazetteer.country(name)
            entity_type = "country" if found is not None else _INSTITUTION_TYPES.get(label or "", "other")
            entity_id = f"org-{len(self.added) + 1}"
            self.added.append(
                Entity.of(
                    id=entity_id,
                    type=entity_type,
                    name=name,
                    country=country_value(found),
                    evidence=evidence_of(self.analysis.article.text, [(start, end)]),
                    provenance=value_provenance("hybrid", rule, 0.6),
                )
            )
            self._by_name[name] = entity_id
        return self._by_name[name]

    def _named_in_full(self, word: str, before: int) -> str | None:
        """The full name of the organisation that "the Church" stands for: the last one named
        before it with that word in its name ("the Church of Scientology"). A country is itself
        ("the UK" after "the UK Independence Party")."""
        if " " in word or not word[:1].isupper() or gazetteer.country(word) is not None:
            return None
        fuller = [name for end, words, name in self._organisations if end <= before and word in words]
        return next((name for name in reversed(fuller) if name != word), None)

    @functools.cached_property
    def _organisations(self) -> list[tuple[int, set[str], str]]:
        """Each organisation the model names: where it ends, its words, its name."""
        found = []
        for entity in self.analysis.doc.ents:
            if entity.label_ == "ORG":
                name = without_the(entity.text).removesuffix("'s").removesuffix("\u2019s")
                found.append((entity.end_char, set(entity.text.split()), name))
        return found


def _organisation_participations(analysis: Analysis, named: _Named) -> list[Participation]:
    text = analysis.article.text
    participations = []
    for number, organisation in enumerate(analysis.organisations, 1):
        entity = named.entity(organisation.start, organisation.end, organisation.text, "ORG", "organisations.lead")
        # The country its name gives ("Indonesian Navy"), else that of the event's place, inferred.
        written = [found for _, _, found in gazetteer.countries_in(organisation.text)]
        nation = written[0] if written else _event_country(analysis)
        participations.append(
            Participation.of(
                id=f"p-org-{number}",
                entity=entity,
                role="participant",
                represents=country_value(nation),
                evidence=evidence_of(text, [(organisation.start, organisation.end)]),
                provenance=value_provenance(
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
        evidence=evidence_of(text, [(found.words.start, found.words.end)]),
        provenance=value_provenance("hybrid", "attribution.quotes-and-speech-verbs", found.confidence),
    )
