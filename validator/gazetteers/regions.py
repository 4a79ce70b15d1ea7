"""The states, provinces and territories of federal countries, which news names alone as places
("in Kentucky", "TORONTO, Ontario", "MANCHESTER, N.H."): each to its country.

Names come from pycountry's ISO 3166-2 subdivisions; the abbreviations of US states that wire
datelines use (AP style: "Calif.", "N.H.") are listed in `regions.json` beside this module, since
no maintained package covers them. A name that is also a country's ("Georgia") is the country.
"""

from __future__ import annotations

import functools
import importlib.resources

import orjson
import pycountry

from .countries import Country, country, country_of_code

# Federal countries, and the kinds of their subdivisions news names as places on their own.
_FEDERAL = {"US": {"State", "District"}, "CA": {"Province", "Territory"}, "AU": {"State", "Territory"}}


@functools.cache
def _regions() -> dict[str, str]:
    found = {
        subdivision.name.casefold(): subdivision.country_code
        for subdivision in pycountry.subdivisions
        if subdivision.type in _FEDERAL.get(subdivision.country_code, ())
    }
    listed: dict[str, dict[str, str]] = orjson.loads(
        importlib.resources.files(__package__).joinpath("regions.json").read_bytes()
    )
    found |= {words.casefold(): code for words, code in listed["abbreviations"].items()}
    return found


def region_country(words: str) -> Country | None:
    """The country of a state, province or territory named by *words*, or None."""
    words = " ".join(words.split()).removeprefix("the ")
    if not words or country(words) is not None:
        return None
    code = _regions().get(words.casefold())
    return country_of_code(code) if code is not None else None
