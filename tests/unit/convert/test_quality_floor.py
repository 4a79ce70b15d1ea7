"""Pinned quality floors of the converter on the vendored answer keys (`fixtures/converter/`).

The full evaluation is `bench/eval_convert.py`; this keeps quality from falling silently.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import FIXTURES
from validator.convert import Article, convert
from validator.convert.scoring import ConverterScores, record_answer, score

KEYS = FIXTURES / "converter" / "gum-news"
FLOORS = json.loads((FIXTURES / "converter" / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores() -> ConverterScores:
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for path in sorted(KEYS.glob("*.json")):
        key = json.loads(path.read_text(encoding="utf-8"))
        records = convert(Article(key["text"], path.name, published=key["published"]))
        pairs.append((key, record_answer([record.to_json() for record in records])))
    return score(pairs)


def test_the_subset_holds_eight_keys() -> None:
    assert len(list(KEYS.glob("*.json"))) == 8


@pytest.mark.parametrize("field", [name for name in FLOORS if name != "description"])
def test_scores_do_not_fall_below_the_pinned_floors(scores: ConverterScores, field: str) -> None:
    report = scores.report()[field]
    value = report["f1"] if "f1" in report else report["accuracy"]
    assert value >= FLOORS[field], f"{field}: {value:.3f} fell below the pinned floor {FLOORS[field]}"
