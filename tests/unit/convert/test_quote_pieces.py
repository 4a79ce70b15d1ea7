"""Quotations in pieces: two apostrophes as a double mark, a direct statement quoted in pieces its
attribution interrupts, and one answer statement per piece for the scorer."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from tests.conftest import VALID_RECORDS, load_json
from validator.convert.quotes import find_quotations
from validator.convert.scoring import record_answer
from validator.validation import record_problems

TEXT = (
    '"We will appeal the ruling," Ana Berg said outside the Veldra court, "and we will win it."\n'
    "The Harbour Trade Board declined to comment."
)
PIECE_1, PIECE_2 = "We will appeal the ruling", "and we will win it"


def _texts(text: str) -> list[str]:
    return [quotation.text for quotation in find_quotations(text)]


def test_two_apostrophes_pair_as_one_straight_double_mark() -> None:
    assert _texts("Ana Berg called the dredging plan ''a disgrace'' on Friday.") == ["a disgrace"]
    assert _texts("''We will not give up,'' said Tomas Lind, the fishermen's leader.") == ["We will not give up"]


def test_a_single_apostrophe_stays_an_apostrophe() -> None:
    assert _texts("The board's chair didn't say when the quay's repairs would start.") == []
    assert _texts("Lind's ''last stand'' came at the quay's end.") == ["last stand"]


def _evidence(words: str) -> dict[str, Any]:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words), "text": words}


def _record(quoted: str) -> dict[str, Any]:
    """A valid record of one direct statement by Ana Berg in TEXT, quoting *quoted*."""
    record: dict[str, Any] = load_json(VALID_RECORDS / "b-lucerne-marathon-club-post.json")
    event = {key: value for key, value in record["event"].items() if key not in {"time", "duration"}}
    record["event"] = {**event, "kind": "statement", "summary": "Ana Berg says she will appeal the ruling",
                       "mode": "unknown", "evidence": [_evidence("Ana Berg said")]}  # fmt: skip
    record["entities"] = [{"id": "ent-berg", "type": "person", "name": "Ana Berg", "evidence": [_evidence("Ana Berg")]}]
    for name in ("participations", "places", "times"):
        del record[name]
    record["statements"] = [
        {"id": "s-berg", "speaker": "ent-berg", "text": quoted, "mode": "direct", "reporting_verb": "said",
         "channel": "unknown", "evidence": [_evidence(PIECE_1), _evidence(PIECE_2)]},
    ]  # fmt: skip
    digest = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    record["article"] = {**record["article"], "text": TEXT, "text_sha256": digest}
    return record


def test_a_direct_statement_in_pieces_found_in_order_is_in_the_text() -> None:
    assert record_problems(_record(f"{PIECE_1} \u2026 {PIECE_2}")) == []
    assert record_problems(_record(PIECE_1)) == []


@pytest.mark.parametrize(
    "quoted",
    [
        f"{PIECE_2} \u2026 {PIECE_1}",  # out of order
        f"{PIECE_1} \u2026 and we will lose it",  # a piece missing
        f"{PIECE_1} {PIECE_2}",  # pieces run together without the joiner
        f"{PIECE_1}\u2026{PIECE_2}",  # an ellipsis without the spaces is not the joiner
    ],
    ids=["out-of-order", "missing-piece", "no-joiner", "bare-ellipsis"],
)
def test_a_direct_statement_with_pieces_out_of_order_or_missing_is_not_in_the_text(quoted: str) -> None:
    problems = [(problem.rule, problem.message) for problem in record_problems(_record(quoted))]
    message = f"{quoted!r} is quoted (direct) but does not appear in article.text"
    assert problems == [("quote.not-in-text", message)]


def test_the_answer_has_one_statement_per_evidence_piece_of_a_direct_statement() -> None:
    record = _record(f"{PIECE_1} \u2026 {PIECE_2}")
    reported = {"id": "s-board", "speaker": "ent-berg", "text": "the board had acted too fast", "mode": "reported",
                "channel": "unknown", "evidence": [_evidence("Ana Berg"), _evidence("the Veldra court")]}  # fmt: skip
    record["statements"].append(reported)
    statements = record_answer([record])["statements"]
    assert [(s["speaker"], s["quote"], s["direct"]) for s in statements] == [
        ("Ana Berg", PIECE_1, True),
        ("Ana Berg", PIECE_2, True),
        ("Ana Berg", "the board had acted too fast", False),  # a reported statement stays whole
    ]
