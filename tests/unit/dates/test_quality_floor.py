"""Pinned quality floors of the temporal engine on the vendored gold subset (`fixtures/dates/`).

The full evaluation is `bench/eval_dates.py`; this keeps quality from falling silently.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES
from validator.dates import Anchor, find_dates
from validator.dates.scoring import Counts, Scores, Span, score_set

SUBSET = FIXTURES / "dates"
FLOORS = json.loads((SUBSET / "floors.json").read_text(encoding="utf-8"))


def _sets() -> dict[str, list[dict[str, Any]]]:
    return {
        folder.name: [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]
        for folder in sorted(path for path in SUBSET.iterdir() if path.is_dir())
    }


def _predict(document: Mapping[str, Any]) -> Sequence[Span]:
    anchor = Anchor(date.fromisoformat(document["dct"])) if document.get("dct") else None
    return [Span(e.start, e.end, e.type, e.value) for e in find_dates(document["text"], anchor=anchor).expressions]


def _overall(annotated_scope: bool) -> Scores:
    total = Counts()
    for documents in _sets().values():
        total.add(score_set(documents, _predict, annotated_scope=annotated_scope))
    return Scores(total)


def test_the_subset_holds_four_sets_of_five_documents() -> None:
    sets = _sets()
    assert sorted(sets) == ["gum-news", "meantime-airbus", "meantime-apple", "meantime-gm"]
    assert all(len(documents) == 5 for documents in sets.values())


@pytest.mark.parametrize("mode", ["official", "annotated_scope"])
def test_scores_do_not_fall_below_the_pinned_floors(mode: str) -> None:
    scores = _overall(annotated_scope=mode == "annotated_scope")
    floors = FLOORS[mode]
    assert scores.relaxed[2] >= floors["relaxed_f1"]
    assert scores.strict[2] >= floors["strict_f1"]
    assert scores.value_f1 >= floors["value_f1"]


def test_the_scorer_gives_gold_against_itself_full_marks() -> None:
    for documents in _sets().values():

        def gold(document: Mapping[str, Any]) -> Sequence[Span]:
            return [Span(t["start"], t["end"], t["type"], t["value"]) for t in document["timexes"]]

        scores = Scores(score_set(documents, gold))
        assert scores.relaxed == (1.0, 1.0, 1.0)
        assert scores.strict == (1.0, 1.0, 1.0)
        assert scores.type_accuracy == 1.0
        assert scores.value_accuracy == 1.0


def test_vendored_documents_are_unchanged_copies_with_their_attribution() -> None:
    readme = (SUBSET / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in readme
    assert "CC BY 2.5" in readme
    for documents in _sets().values():
        for document in documents:
            assert document["licence"]
            for timex in document["timexes"]:
                assert document["text"][timex["start"] : timex["end"]] == timex["text"]
    assert Path(SUBSET / "floors.json").is_file()
