"""Countries as news writes them, to ISO 3166-1 codes that the format's rules accept."""

from __future__ import annotations

import pycountry
import pytest

from tests.conftest import SEEDS
from validator.gazetteers import countries as gazetteer
from validator.gazetteers.countries import countries_in, country

SEED = (SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("words", "alpha2"),
    [
        ("Japan", "JP"), ("Japanese", "JP"), ("U.S.", "US"), ("South Korean", "KR"), ("South Korea's", "KR"),
        ("Republic of Korea", "KR"), ("Britain", "GB"), ("Côte d'Ivoire", "CI"), ("Ivory Coast", "CI"),
        ("FRENCH", "FR"), ("Turkey", "TR"),
    ],
)  # fmt: skip
def test_names_short_forms_and_demonyms(words: str, alpha2: str) -> None:
    found = country(words)
    assert found is not None
    assert found.alpha2 == alpha2
    assert pycountry.countries.get(alpha_2=alpha2).alpha_3 == found.alpha3


@pytest.mark.parametrize("words", ["us", "Tokyo", "Kosovo", "", "the minister"])
def test_what_is_not_a_country(words: str) -> None:
    assert country(words) is None


def test_every_listed_code_is_an_iso_country() -> None:
    listed = gazetteer._listed()
    for code in {**listed["short_forms"], **listed["demonyms"]}.values():
        assert pycountry.countries.get(alpha_2=code) is not None, code


def test_countries_in_the_seed_in_text_order() -> None:
    found = countries_in(SEED)
    assert [(SEED[start:end], c.alpha2) for start, end, c in found[:4]] == [
        ("Japan", "JP"), ("United States", "US"), ("South Korea", "KR"), ("North Korea's", "KP"),
    ]  # fmt: skip
    assert not any(SEED[start:end] == "Korea" for start, end, _ in found)  # "South Korea" is one name


def test_a_pronoun_is_not_the_united_states() -> None:
    assert [(c.alpha2) for _, _, c in countries_in("He told us that the US would help.")] == ["US"]
