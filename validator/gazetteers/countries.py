"""Countries as news writes them: names, short forms and demonyms, to ISO 3166-1 codes.

Names come from pycountry (ISO 3166-1 names, common names and official names, with the
"Korea, Republic of" form turned round); short forms and demonyms are listed in
`countries.json` beside this module, since no maintained package covers them. Only ISO 3166-1
countries are returned (no Kosovo, whose XK is user-assigned), so every code passes the format's
`code.country` rule.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from dataclasses import dataclass

import orjson
import pycountry

_POSSESSIVE = re.compile(r"(?:'s|\u2019s|')\Z")


@dataclass(frozen=True, slots=True)
class Country:
    """An ISO 3166-1 country."""

    alpha2: str
    alpha3: str
    name: str


@functools.cache
def _listed() -> dict[str, dict[str, str]]:
    """The short forms and demonyms of `countries.json`."""
    data: dict[str, dict[str, str]] = orjson.loads(
        importlib.resources.files(__package__).joinpath("countries.json").read_bytes()
    )
    return data


@functools.cache
def _written_names() -> dict[str, str]:
    """Every name as written (capitalised) to its alpha-2 code."""
    names: dict[str, str] = {}
    for entry in pycountry.countries:
        for name in (entry.name, getattr(entry, "common_name", None), getattr(entry, "official_name", None)):
            if name:
                names[name] = entry.alpha_2
                if ", " in name:  # "Korea, Republic of" -> "Republic of Korea"
                    head, tail = name.split(", ", 1)
                    names[f"{tail[:1].upper()}{tail[1:]} {head}"] = entry.alpha_2
    names.update(_listed()["short_forms"])
    names.update(_listed()["demonyms"])
    return names


@functools.cache
def _names() -> dict[str, str]:
    return {name.casefold(): code for name, code in _written_names().items()}


def country(words: str) -> Country | None:
    """The country that *words* name or describe ("Japan", "Japanese", "U.S.", "South Korea's"), if any.

    Case is ignored unless the words are all lower case ("us" is not the United States).
    """
    written = _POSSESSIVE.sub("", words.strip())
    code = _written_names().get(written)
    if code is None and not written.islower():
        code = _names().get(written.casefold())
    return country_of_code(code) if code else None


def country_of_code(alpha2: str) -> Country | None:
    """The ISO 3166-1 country with the alpha-2 code, if there is one."""
    found = pycountry.countries.get(alpha_2=alpha2)
    if found is None:
        return None
    return Country(found.alpha_2, found.alpha_3, getattr(found, "common_name", found.name))


def display_name(found: Country) -> str:
    """The name news gives a country: its short form when it has one ("North Korea"), else its
    common name."""
    short = [name for name, code in _listed()["short_forms"].items() if code == found.alpha2 and not name.isupper()]
    return min(short, key=len) if short else found.name


def countries_in(text: str) -> list[tuple[int, int, Country]]:
    """Every country named or described in *text*, as written (capitalised), in text order."""
    found: list[tuple[int, int, Country]] = []
    taken: list[tuple[int, int]] = []
    for match in _pattern().finditer(text):
        start, end = match.span()
        if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
            continue
        result = country(match.group())
        if result is not None:
            found.append((start, end, result))
            taken.append((start, end))
    return sorted(found, key=lambda item: item[0])


@functools.cache
def _pattern() -> re.Pattern[str]:
    """All written names, longest first, matched with their capitals (so "US" is not "us")."""
    names = sorted(_written_names(), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?:'s|\u2019s)?(?!\w)")
