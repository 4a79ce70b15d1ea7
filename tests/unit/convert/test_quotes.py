"""Quotation spans in news text: curly and straight marks, paragraphs, tokenised text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS
from validator.convert.quotes import find_quotations

SEED = (SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt").read_text(encoding="utf-8")


def _texts(text: str) -> list[str]:
    return [quotation.text for quotation in find_quotations(text)]


def test_curly_quotes_and_the_trailing_attribution_comma() -> None:
    text = "\u201cWe will respond firmly,\u201d the minister said, calling the test \u201cunacceptable.\u201d"
    assert _texts(text) == ["We will respond firmly", "unacceptable"]
    first = find_quotations(text)[0]
    assert text[first.start : first.end] == first.text


def test_straight_quotes_in_tokenised_text_alternate() -> None:
    text = 'Al-Maeena said . " Had it happened an hour later it would have been much worse , " he added . " Yes . "'
    assert _texts(text) == ["Had it happened an hour later it would have been much worse", "Yes ."]


def test_a_quote_continued_in_the_next_paragraph_ends_at_the_paragraph() -> None:
    text = '"The talks went well.\n"We agreed to meet again," she said.\nNo quote here.'
    quotations = find_quotations(text)
    assert [q.text for q in quotations] == ["The talks went well.", "We agreed to meet again"]
    assert [q.closed for q in quotations] == [False, True]


def test_a_quote_over_a_line_break_inside_one_pair_of_marks_is_one_quotation() -> None:
    text = 'The coach said "We played well\nand we will win the next one" after the match.'
    assert _texts(text) == ["We played well\nand we will win the next one"]


def test_the_seed_quotations() -> None:
    texts = _texts(SEED)
    assert "ironclad" in texts
    assert "significant" in texts
    assert any(t.startswith("a serious threat and a challenge") for t in texts)


def test_no_marks_no_quotations_and_empty_pairs_are_skipped() -> None:
    assert _texts("Ministers met on Thursday.") == []
    assert _texts('He said "" and left.') == []
    assert _texts('They called it " a farce . "') == ["a farce"]


@given(st.text(alphabet='ab "\u201c\u201d\n,', max_size=60))
def test_every_quotation_is_the_text_at_its_span(text: str) -> None:
    previous_end = 0
    for quotation in find_quotations(text):
        assert text[quotation.start : quotation.end] == quotation.text
        assert quotation.text.strip(" \n,") == quotation.text
        assert not (quotation.text[0].islower() and quotation.text.endswith("."))
        assert quotation.start >= previous_end
        previous_end = quotation.end
