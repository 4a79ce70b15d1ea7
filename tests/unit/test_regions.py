"""States, provinces and territories of federal countries, named alone as places, to their country."""

from __future__ import annotations

import pytest

from validator.gazetteers.regions import region_country


@pytest.mark.parametrize(
    ("words", "alpha2"),
    [
        ("Kentucky", "US"), ("the District of Columbia", "US"), ("N.H.", "US"), ("Calif.", "US"),
        ("Ontario", "CA"), ("Queensland", "AU"),
    ],
)  # fmt: skip
def test_a_region_is_placed_in_its_country(words: str, alpha2: str) -> None:
    found = region_country(words)
    assert found is not None
    assert found.alpha2 == alpha2


@pytest.mark.parametrize("words", ["Georgia", "Paris", "", "Harbour"])
def test_a_country_a_city_or_nothing_is_no_region(words: str) -> None:
    assert region_country(words) is None
