"""Where the main event took place: a place the lead puts it in, and that place's country.

The place is the first location entity of the trigger's sentence (else of the lead) introduced by
"in", "at", "near" and the like, else the first location entity there at all. Its country is the
place itself when it is a country, the country written right after it ("Kabul, Afghanistan"), or
the one country the sentence names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cities import City, city
from .events import Cue, is_caption
from .gazetteer import Country, countries_in, country
from .nlp import MODIFIER_DEPS, text_of

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
    city: City | None = None
    label: str = "GPE"  # spaCy's: GPE, LOC or FAC (a building, an airport, a stadium: the venue)


def event_place(doc: Doc, lead_spans: Sequence[tuple[int, int]], trigger: Cue | None) -> EventPlace | None:
    """The place of the main event, or None when the lead places it nowhere."""
    windows = [span for span in lead_spans if trigger is not None and span[0] <= trigger.start < span[1]]
    windows += list(lead_spans[:2])
    windows += _captions_showing(text_of(doc), trigger)
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
        found = city(place.text)
        nation = _country_of(doc, place, start, end, found)
        return EventPlace(
            place.start_char, place.end_char, place.text, nation, found if found and found.country == nation else None
        )
    return None


@dataclass(frozen=True, slots=True)
class MentionedPlace:
    """A place the article names, with every span naming it."""

    name: str
    spans: tuple[tuple[int, int], ...]
    label: str
    country: Country | None
    city: City | None


def mentioned_places(doc: Doc) -> list[MentionedPlace]:
    """Every place the article names (countries, cities, regions, buildings), once each, in text
    order; a country's names are one place ("the United States", "U.S.")."""
    named: dict[str, tuple[str, str, list[tuple[int, int]]]] = {}
    for entity in doc.ents:
        if entity.label_ not in _LOCATION_LABELS:
            continue
        name = re.sub(r"\A[Tt]he\s+", "", entity.text).removesuffix("'s").removesuffix("\u2019s").strip()
        if not name:
            continue
        nation = country(name)
        key = f"country:{nation.alpha2}" if nation else name
        start = entity.start_char + entity.text.find(name)
        named.setdefault(key, (name, entity.label_, []))[2].append((start, start + len(name)))
    found = []
    for name, label, spans in named.values():
        place_city = city(name)
        nation = country(name) or (place_city.country if place_city else None)
        found.append(MentionedPlace(name, tuple(spans), label, nation, place_city))
    return found


def _captions_showing(text: str, trigger: Cue | None) -> list[tuple[int, int]]:
    """Photo captions that show the event (its word is in them: "Kishi holds telephone talks ... at
    the Defense Ministry in Tokyo"), last in line: a caption says where, when the lead does not."""
    if trigger is None:
        return []
    word = re.compile(rf"\b{re.escape(trigger.text)}\b", re.IGNORECASE)
    return [
        (line.start(), line.end())
        for line in re.finditer(r"[^\n]+", text)
        if is_caption(line.group()) and word.search(line.group())
    ]


def _country_of(doc: Doc, place: Span, start: int, end: int, known: City | None) -> Country | None:
    """The country the place is, or is followed by ("Kabul, Afghanistan"), or the one a city of that
    name lies in, or else the one country named beside it."""
    itself = country(place.text)
    if itself is not None:
        return itself
    after = text_of(doc)[place.end_char : place.end_char + 40]
    if after.startswith(", "):
        following = countries_in(after[2:])
        if following and following[0][0] == 0:
            return following[0][2]
    if known is not None:
        return known.country
    named = {found.alpha2: found for _, _, found in countries_in(text_of(doc)[start:end])}
    return next(iter(named.values())) if len(named) == 1 else None


def _names_a_place(entity: Span) -> bool:
    """Whether an entity not introduced by "in", "at", ... still says where: not a modifier ("his U.S.
    counterpart", "North Korea's missiles"), one of several coordinated names, nor the agent of an act
    ("launches by Pyongyang")."""
    root = entity.root
    if root.dep_ in MODIFIER_DEPS | {"poss"}:
        return False
    if root.dep_ == "conj" or any(child.dep_ == "conj" and child.ent_type_ for child in root.children):
        return False  # "Japan, the United States and South Korea agreed": several countries are no one place
    return not (root.dep_ == "pobj" and root.head.lower_ in {"by", "with", "for", "against", "to"})
