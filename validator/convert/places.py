"""Where the main event took place: a place the lead puts it in, and that place's country.

The place is the first location entity of the trigger's sentence (else of the lead) introduced by
"in", "at", "near" and the like, else the first location entity there at all. Its country is the
place itself when it is a country, the country written right after it ("Kabul, Afghanistan"), or
the one country the sentence names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .events import Cue
from .gazetteer import Country, countries_in, country
from .nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_LOCATION_LABELS = {"GPE", "LOC", "FAC"}
_LOCATIVE = {"in", "at", "near", "outside", "inside", "from", "across", "throughout"}


@dataclass(frozen=True, slots=True)
class EventPlace:
    """The place of the main event as written, and its country when the text gives one."""

    start: int
    end: int
    text: str
    country: Country | None


def event_place(doc: Doc, lead_spans: Sequence[tuple[int, int]], trigger: Cue | None) -> EventPlace | None:
    """The place of the main event, or None when the lead places it nowhere."""
    windows = [span for span in lead_spans if trigger is not None and span[0] <= trigger.start < span[1]]
    windows += list(lead_spans[:2])
    for start, end in windows:
        places = [e for e in doc.ents if e.label_ in _LOCATION_LABELS and start <= e.start_char < end]
        if not places:
            continue
        introduced = [e for e in places if e.start > 0 and doc[e.start - 1].lower_ in _LOCATIVE]
        # A place name that modifies a noun says whose the thing is, not where ("his U.S. counterpart").
        places = introduced or [e for e in places if _names_a_place(e)]
        if not places:
            continue
        place = places[0]
        return EventPlace(place.start_char, place.end_char, place.text, _country_of(doc, place, start, end))
    return None


def _country_of(doc: Doc, place: Span, start: int, end: int) -> Country | None:
    itself = country(place.text)
    if itself is not None:
        return itself
    after = text_of(doc)[place.end_char : place.end_char + 40]
    if after.startswith(", "):
        following = countries_in(after[2:])
        if following and following[0][0] == 0:
            return following[0][2]
    named = {found.alpha2: found for _, _, found in countries_in(text_of(doc)[start:end])}
    return next(iter(named.values())) if len(named) == 1 else None


def _names_a_place(entity: Span) -> bool:
    """Whether an entity not introduced by "in", "at", ... still says where: not a modifier ("his U.S.
    counterpart") nor the agent of an act ("launches by Pyongyang")."""
    root = entity.root
    if root.dep_ in {"compound", "amod", "nmod"}:
        return False
    return not (root.dep_ == "pobj" and root.head.lower_ in {"by", "with", "for", "against", "to"})
