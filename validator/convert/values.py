"""The values every part of a record carries: evidence spans, provenance and ISO countries."""

from __future__ import annotations

from collections.abc import Iterable

from .._version import __version__
from ..gazetteers import countries as gazetteer
from ..models import Country, Evidence, Provenance

TOOL = "newsevent"


def value_provenance(method: str, rule: str, confidence: float) -> Provenance:
    return Provenance.of(method=method, tool=TOOL, version=__version__, rule=rule, confidence=round(confidence, 2))


def evidence_of(text: str, spans: Iterable[tuple[int, int]]) -> tuple[Evidence, ...] | None:
    found = tuple(
        Evidence(start=start, end=end, text=text[start:end])
        for start, end in sorted(set(spans))
        if text[start:end].strip()
    )
    return found or None


def country_value(found: gazetteer.Country | None) -> Country | None:
    if found is None:
        return None
    return Country(iso3166_1_alpha2=found.alpha2, iso3166_1_alpha3=found.alpha3, name=found.name)
