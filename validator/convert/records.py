"""Records assembled from what the stages found: one per event, every value with its evidence.

Local ids follow one scheme: `ev` (the event), `person-N` and `org-N` (entities), `p-N`
(participations, N as the person's), `pl-N` (places), `s-N` (statements) and `tN` (temporal
values, as `validator.dates.records` numbers them). A record's id is derived from the article
text's SHA-256, so converting the same text again gives the same ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .._version import __version__
from ..dates import TemporalExpression
from ..dates.records import temporal_id, temporal_values
from ..gazetteers import countries as gazetteer
from ..gazetteers.cities import City
from ..models import (
    Article,
    Coordinates,
    Entity,
    Event,
    Identifier,
    Participation,
    Place,
    Provenance,
    Record,
    RelatedEvent,
    Statement,
    TemporalValue,
)
from ..models.record import SPECVERSION
from ..schemas import schema_id
from .events import Cue, event_mode
from .participants import EntityIds, entity_record, participation, people_of
from .pipeline import Analysis
from .values import TOOL, country_value, evidence_of, value_provenance

SOURCE = "urn:newsevent:convert"
_INVERSE = {"follows": "precedes", "precedes": "follows", "context": "context"}
_MODE_REACH = 50  # characters around an event word where its mode is written ("in-person ministerial talks")
_SUMMARY_LIMIT = 400  # characters; a long lead sentence is about 300


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
        Provenance.of(
            method="hybrid",
            tool=TOOL,
            version=__version__,
            rule=analysis.pipeline,
            note="; ".join(analysis.document.repairs) or None,
        ),
        f"urn:newsevent:text-sha256:{digest[:16]}",
    )
    ids = [f"{parts.id_prefix}:ev{n}" for n in range(len(analysis.others) + 1)]
    main = _main_record(parts, ids)
    others = [_other_record(parts, ids, n) for n in range(1, len(ids))]
    return (main, *others)


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
    headline = analysis.document.headline
    return " ".join(analysis.document.text[slice(*headline)].split()) or None if headline else None


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
    parties = people_of(analysis)
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
        evidence=evidence_of(text, _cue_spans(main.kind_cue, main.mode_cue, main.lifecycle_cue)),
        provenance=value_provenance("rule", "events.lead-triggers", main.confidence),
    )
    return _record(
        parts, ids[0], event, list(parties.entities), list(parties.participations), places, list(parties.statements)
    )


def _other_record(parts: _Parts, ids: Sequence[str], n: int) -> Record:
    analysis = parts.analysis
    text, other = analysis.article.text, analysis.others[n - 1]
    start, end = other.sentence
    # How it was held, when said next to its word ("an in-person meeting", "talks by phone").
    near = (max(start, other.cue.start - _MODE_REACH), min(end, other.cue.end + _MODE_REACH))
    mode, mode_cue = event_mode(text, [near])
    local_ids = EntityIds(analysis.document.entities)
    people = [
        person
        for person in analysis.document.entities.persons
        if any(start <= mention < end for mention, _, _ in person.mentions)
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
        evidence=evidence_of(text, _cue_spans(other.cue, other.lifecycle_cue, mode_cue)),
        provenance=value_provenance("rule", "others.sentence-triggers", other.confidence),
    )
    entities = [entity_record(text, local_ids, person) for person in people]
    participations = [participation(analysis, local_ids, person, in_lead=False) for person in people]
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


def _place(analysis: Analysis) -> Place:
    place = analysis.place
    assert place is not None
    is_country = place.country is not None and gazetteer.country(place.text) is not None
    known = place.city
    return Place.of(
        id="pl-1",
        name=place.text,
        role="venue" if place.label == "FAC" else "event_area",
        country=country_value(place.country),
        precision="country" if is_country else "city" if known else None,
        **_geonames(known),
        evidence=evidence_of(analysis.article.text, [(place.start, place.end)]),
        provenance=value_provenance("hybrid", "places.lead-locative-entity" + ("+geonames" if known else ""), 0.6),
    )


def _geonames(known: City | None) -> dict[str, Any]:
    """A GeoNames city's point and identifier, as `Place` fields (none when the city is unknown)."""
    if known is None:
        return {}
    return {
        "coordinates": Coordinates(latitude=known.latitude, longitude=known.longitude),
        "identifiers": (Identifier(scheme="geonames", value=str(known.geonames_id)),),
    }


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
                country=country_value(place.country),
                precision="country" if is_country else "city" if known else "venue" if place.label == "FAC" else None,
                **_geonames(known),
                evidence=evidence_of(text, place.spans),
                provenance=value_provenance("hybrid", "places.named-entities" + ("+geonames" if known else ""), 0.7),
            )
        )
    return places
