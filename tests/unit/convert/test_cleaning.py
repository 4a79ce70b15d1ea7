"""The text the converter reads: mojibake repaired only when clearly damaged, the title given as
metadata put first, and a title-case headline put in sentence case for the parser only."""

from __future__ import annotations

import pytest

from validator.convert.article import Article
from validator.convert.cleaning import clean, for_parser

BODY = "The Harbour Trade Board postponed its vote on Thursday.\nMembers met for two hours in Veldra."


def _headline_for_parser(headline: str, body: str) -> str:
    text = f"{headline}\n\n{body}"
    parsed = for_parser(text, (0, len(headline)))
    assert len(parsed) == len(text)
    assert parsed[len(headline) :] == text[len(headline) :]
    return parsed[: len(headline)]


def test_mojibake_is_repaired_and_the_repair_recorded() -> None:
    right = "Berg &amp; Lind\u2019s caf\u00e9 in Veldra reopened \u2014 at last, she said."
    damaged = right.encode("utf-8").decode("cp1252")  # "Lindâ€™s cafÃ©"
    cleaned = clean(Article(damaged, "veldra.txt"))
    assert cleaned.text == right  # only the encoding is repaired: "&amp;" and curly marks stay
    [repair] = cleaned.repairs
    assert repair.startswith("mojibake repaired with ftfy")
    assert cleaned.titled is False


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg\u2019s caf\u00e9 in Veldra reopened \u2014 \u201cat last,\u201d she said.",
        "Na\u00efve owners of the Z\u00f8lvik p\u00e2tisserie shrugged: \u00af\\_(\u30c4)_/\u00af",
        "Prices at the quay rose to \u00a35 \u2013 or \u20ac6 \u2013 a crate.",
    ],
)
def test_clean_text_with_accents_and_curly_quotes_is_unchanged(text: str) -> None:
    cleaned = clean(Article(text, "veldra.txt"))
    assert (cleaned.text, cleaned.repairs) == (text, ())


def test_a_title_given_as_metadata_is_put_first_followed_by_a_blank_line() -> None:
    cleaned = clean(Article(BODY, "veldra.txt", title="  Harbour Board Delays   Vote "))
    assert cleaned.text == f"Harbour Board Delays Vote\n\n{BODY}"
    assert cleaned.titled is True
    assert cleaned.repairs == ("the title given as metadata put before the text as its headline",)


def test_a_title_the_text_already_starts_with_is_not_added_again() -> None:
    text = f"Harbour Board Delays Vote\n\n{BODY}"
    cleaned = clean(Article(text, "veldra.txt", title="Harbour board delays vote"))
    assert (cleaned.text, cleaned.titled, cleaned.repairs) == (text, True, ())


@pytest.mark.parametrize(
    ("opening", "lines"),
    [
        ("Harbour Board Delays Vote.", 1),  # the copy closes its headline with a full stop
        ("\u201cHarbour Board Delays Vote.\u201d", 1),  # and quotes it, the full stop inside
        ("Harbour Board Delays Vote;\nMembers Want More Figures.", 2),  # a deck on its own line
    ],
)
def test_a_text_opening_with_its_title_in_other_punctuation_is_headed_by_it(opening: str, lines: int) -> None:
    title = "Harbour Board Delays Vote" + ("; Members Want More Figures" if lines == 2 else "")
    if opening.startswith("\u201c"):
        title = "\u201cHarbour Board Delays Vote\u201d"
    text = f"{opening}\n\n{BODY}"
    cleaned = clean(Article(text, "veldra.txt", title=title))
    assert (cleaned.text, cleaned.titled, cleaned.headline_lines) == (text, True, lines)


def test_without_a_title_the_text_is_not_titled() -> None:
    cleaned = clean(Article(BODY, "veldra.txt", title="   "))
    assert (cleaned.text, cleaned.titled, cleaned.repairs) == (BODY, False, ())


def test_a_title_case_headline_is_put_in_sentence_case_keeping_names_the_body_capitalises() -> None:
    headline = "Veldra Mayor Says Harbour Trade Board Will Review Ferry Tickets"
    body = "The mayor of Veldra spoke on Friday. She said the Harbour Trade Board would look at tickets."
    assert _headline_for_parser(headline, body) == "Veldra mayor says Harbour Trade Board will review ferry tickets"


def test_a_word_the_body_capitalises_only_at_a_sentence_start_is_lowered() -> None:
    headline = "Veldra Mayor Orders Review Of Ferry Tickets"
    body = "Mayor Lind spoke on Friday in Veldra. Ferry tickets will cost more, she said."
    assert _headline_for_parser(headline, body) == "Veldra mayor orders review of ferry tickets"


def test_acronyms_and_words_with_inner_capitals_keep_their_capitals() -> None:
    headline = "UN Envoy Says Harbour Staff Will Get iPhone Passes"
    body = "A UN envoy arrived on Monday. Dock workers will carry their passes on an iPhone, she said."
    assert _headline_for_parser(headline, body) == "UN envoy says harbour staff will get iPhone passes"


def test_a_headline_in_capitals_is_put_in_sentence_case_keeping_names_and_acronyms() -> None:
    body = "The Harbour Board in Veldra delayed its vote on Monday, a NATO official said."
    assert _headline_for_parser("BOARD DELAYS VOTE ON VELDRA PIER, NATO SAYS", body) == (
        "Board delays vote on Veldra pier, NATO says"
    )


def test_a_headline_not_in_title_case_is_unchanged() -> None:
    headline = "Harbour board will review ferry tickets after complaints in Veldra"
    body = "The Harbour Trade Board met on Friday in Veldra."
    assert _headline_for_parser(headline, body) == headline


def test_without_a_headline_the_text_is_unchanged() -> None:
    text = "Harbour Board Delays Vote\n\nThe board met."
    assert for_parser(text, None) == text
