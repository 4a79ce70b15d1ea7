"""The entities, participations and statements of the main event's record.

Every entity the tracker found (`entities`: people, organisations, countries, groups) is an entity
of the record, under its fullest name with the other names it goes by. Those that took part
(`taking_part`) have a participation: a person's title as written and normalised ("Veldrian
Defense Minister" -> "Defense Minister"; "her Ostrel counterpart" takes the title of the one whose
counterpart she is), the country they represent (their own, else, inferred, that of the event's
place) and how they attended; a body's the country it belongs to. A statement's speaker is the
participation of someone taking part, else their entity, else an entity made for the body or
group that spoke and that the tracker did not name ("officials").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..gazetteers import countries as gazetteer
from ..gazetteers.countries import Country
from ..models import Entity as Entity_
from ..models import Participation, Statement, Title
from ..semantics import QUOTE_PIECE_JOINER
from .attribution import Attribution, channel_for
from .entities import NAMING_KINDS, Entities, Entity
from .nlp import without_the
from .people import country_of
from .pipeline import Analysis
from .speakers import Mention
from .taking_part import Part, taking_part
from .values import country_value, evidence_of, value_provenance

if TYPE_CHECKING:
    pass

_ATTENDANCE = {"phone": "phone", "video": "video", "in_person": "in_person"}
# Confidence of a participation: a person named in the headline or lead takes part in the main
# event far more often than one named further down, who may only be mentioned.
_LEAD_PERSON_CONFIDENCE, _BODY_PERSON_CONFIDENCE = 0.7, 0.4
_INSTITUTION_TYPES = {"ORG": "organisation", "NORP": "group", "GPE": "country"}
_RECORDED_BODIES = frozenset({"organisation", "country", "group"})
_RECORD_TYPES = {"person": "person", "organisation": "organisation", "country": "country", "group": "group"}
_TITLE_FILLER = re.compile(r"\A(?:(?:his|her|their|the|its)\s+)+", re.IGNORECASE)
_COUNTERPART = frozenset({"counterpart", "counterparts"})  # a title that stands for another's title


@dataclass(frozen=True, slots=True)
class Parties:
    """The entities of a record, who of them took part, and what they said."""

    entities: tuple[Entity_, ...]
    participations: tuple[Participation, ...]
    statements: tuple[Statement, ...]


def people_of(analysis: Analysis) -> Parties:
    """The entities, participations and statements of the main event's record."""
    text = analysis.article.text
    ids = EntityIds(analysis.document.entities)
    participations = [
        participation(analysis, ids, part.entity, in_lead=part.in_lead, rule=part.rule, confidence=part.confidence)
        if part.entity.type == "person"
        else _body_participation(analysis, ids, part)
        for part in taking_part(analysis.document, analysis.main)
        if ids.of(part.entity) is not None
    ]
    named = _Named(analysis, ids, {taking.entity for taking in participations})
    statements = [
        statement
        for n, found in enumerate(analysis.statements, 1)
        if (statement := _statement(analysis, n, found, named)) is not None
    ]
    entities = [entity_record(text, ids, entity) for entity in ids.recorded()]
    return Parties(tuple(entities + named.added), tuple(participations), tuple(statements))


class EntityIds:
    """The local id of each tracked entity in a record: `person-N` for people, `org-N` for bodies."""

    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self._ids: dict[int, str] = {}
        people = bodies = 0
        for entity in entities.entities:
            if entity.type == "person":
                people += 1
                self._ids[id(entity)] = f"person-{people}"
            elif entity.type in _RECORDED_BODIES:
                bodies += 1
                self._ids[id(entity)] = f"org-{bodies}"

    def of(self, entity: Entity) -> str | None:
        return self._ids.get(id(entity))

    def participation(self, entity: Entity) -> str:
        return (
            "p-" + self._ids[id(entity)].split("-", 1)[1] if entity.type == "person" else "p-" + self._ids[id(entity)]
        )

    def recorded(self) -> list[Entity]:
        return [entity for entity in self.entities.entities if id(entity) in self._ids]


def entity_record(text: str, ids: EntityIds, entity: Entity) -> Entity_:
    """The record's entity for a tracked entity: its fullest name, the other names it goes by in
    the text (not pronouns nor descriptions), its country and where it is named."""
    names = {text[start:end] for start, end, kind in entity.mentions if kind in NAMING_KINDS}
    aliases = sorted((names | entity.aliases) - {entity.name})
    return Entity_.of(
        id=ids.of(entity),
        type=_RECORD_TYPES[entity.type],
        name=entity.name,
        aliases=tuple(aliases) or None,
        country=country_value(entity.country),
        evidence=evidence_of(text, entity.spans(NAMING_KINDS) or entity.spans()),
        provenance=value_provenance("hybrid", f"entities.{entity.type}-names-and-mentions", 0.8),
    )


def participation(
    analysis: Analysis,
    ids: EntityIds,
    person: Entity,
    *,
    in_lead: bool,
    rule: str = "people.titles-and-countries",
    confidence: float | None = None,
) -> Participation:
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
    if confidence is None:
        confidence = _LEAD_PERSON_CONFIDENCE if in_lead else _BODY_PERSON_CONFIDENCE
    confidence *= 0.8 if inferred else 1.0
    return Participation.of(
        id=ids.participation(person),
        entity=ids.of(person),
        role="participant",
        title=title,
        represents=country_value(nation),
        attendance=_ATTENDANCE.get(analysis.main.mode) if in_lead else None,
        evidence=evidence_of(text, person.titles[:1] or person.spans()[:1]),
        provenance=value_provenance(
            "inferred" if inferred else "hybrid",
            f"{rule}+country-of-event-place" if inferred else rule,
            confidence,
        ),
    )


def _event_country(analysis: Analysis) -> Country | None:
    return analysis.place.country if analysis.place else None


def _counterpart_title(analysis: Analysis, title_start: int) -> str | None:
    """The title of the one whose counterpart someone is ("Defense Minister Ilse Varnholt and her
    Ostrel counterpart Tomas Quellin": Quellin is a defense minister too), from the possessive before."""
    text = analysis.article.text
    before = re.search(r"\b(his|her|their)\s+\Z", text[max(0, title_start - 8) : title_start])
    if before is None:
        return None
    pronoun = title_start - len(before.group())
    owner = analysis.document.entities.at(pronoun, pronoun + len(before.group(1)))
    if owner is None or not owner.titles:
        return None
    start, end = owner.titles[0]
    normalised = _normalised_title(text[start:end])
    return None if normalised is None or normalised in _COUNTERPART else normalised


def _normalised_title(written: str) -> str | None:
    """The title without its country and possessive words: "Veldrian Defense Minister" -> "Defense
    Minister", "his Moldovan and Paraguayan counterparts" -> "counterparts"."""
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
    """The local id a speaker or an acting body is referred to by: a person's participation or
    entity, a tracked body's entity, else an entity made once per name for a body or group the
    tracking did not name ("officials", "the researchers")."""

    def __init__(self, analysis: Analysis, ids: EntityIds, taking_part: set[str]) -> None:
        self.analysis = analysis
        self.ids = ids
        self.taking_part = taking_part
        self.added: list[Entity_] = []
        self._by_name: dict[str, str] = {}

    def tracked(self, mention: Mention) -> Entity | None:
        """The entity a speaker's words name: that of their head, the last word of a noun phrase
        ("the company's managing director" is the director, not the company), else any they hold."""
        entities = self.analysis.document.entities
        words = mention.text.rstrip()
        head_start = mention.start + max(words.rfind(" "), words.rfind("\n")) + 1
        found = entities.at(head_start, mention.start + len(words))
        if found is not None or " " not in words:
            return found
        return entities.at(mention.start, mention.end) if mention.label is not None else None

    def person(self, mention: Mention) -> Entity | None:
        found = self.tracked(mention)
        return found if found is not None and found.type == "person" else None

    def ref(self, mention: Mention, rule: str = "attribution.speaker") -> str:
        found = self.tracked(mention)
        if found is not None and self.ids.of(found) is not None:
            local = self.ids.of(found)
            participation = self.ids.participation(found)
            return participation if local in self.taking_part else local  # type: ignore[return-value]
        return self.entity(mention.start, mention.end, mention.text, mention.label, rule)

    def entity_ref(self, mention: Mention) -> str:
        """The entity (never a participation) a mention names: a relay is an entity."""
        found = self.tracked(mention)
        if found is not None and self.ids.of(found) is not None:
            return self.ids.of(found)  # type: ignore[return-value]
        return self.entity(mention.start, mention.end, mention.text, mention.label, "attribution.relay")

    def entity(self, start: int, end: int, words: str, label: str | None, rule: str) -> str:
        """An entity for words no tracked entity is named by ("his advisers" are not him)."""
        name = without_the(words)
        start += len(words) - len(name)
        if name not in self._by_name:
            nation = gazetteer.country(name)
            entity_type = "country" if nation is not None else _INSTITUTION_TYPES.get(label or "", "other")
            entity_id = f"named-{len(self.added) + 1}"
            self.added.append(
                Entity_.of(
                    id=entity_id,
                    type=entity_type,
                    name=name,
                    country=country_value(nation),
                    evidence=evidence_of(self.analysis.article.text, [(start, end)]),
                    provenance=value_provenance("hybrid", rule, 0.6),
                )
            )
            self._by_name[name] = entity_id
        return self._by_name[name]


def _body_participation(analysis: Analysis, ids: EntityIds, part: Part) -> Participation:
    """An organisation's, country's or group's part: the country it belongs to (its own, or one its
    name gives: "Veldrian Navy"), else that of the event's place, inferred."""
    text, body = analysis.article.text, part.entity
    written = [body.country] if body.country else [found for _, _, found in gazetteer.countries_in(body.name)]
    nation = written[0] if written else _event_country(analysis)
    return Participation.of(
        id=ids.participation(body),
        entity=ids.of(body),
        role="participant",
        represents=country_value(nation),
        evidence=evidence_of(text, body.spans(NAMING_KINDS)[:1] or body.spans()[:1]),
        provenance=value_provenance("hybrid" if written or nation is None else "inferred", part.rule, part.confidence),
    )


def _statement(analysis: Analysis, number: int, found: Attribution, speakers: _Named) -> Statement | None:
    if found.speaker is None:
        return None  # words nobody in the text is said to have spoken are not a statement of the format
    text = analysis.article.text
    channel = channel_for(found, speakers.person(found.speaker) is not None)
    return Statement.of(
        id=f"s-{number}",
        speaker=speakers.ref(found.speaker),
        text=QUOTE_PIECE_JOINER.join(piece.text for piece in found.spans),
        mode=found.mode,
        reporting_verb=found.verb,
        channel=channel,
        platform=found.platform,
        relayed_by=speakers.entity_ref(found.relayed_by) if found.relayed_by is not None else None,
        evidence=evidence_of(text, [(piece.start, piece.end) for piece in found.evidence]),
        provenance=value_provenance("hybrid", "attribution.quotes-and-speech-verbs", found.confidence),
    )
