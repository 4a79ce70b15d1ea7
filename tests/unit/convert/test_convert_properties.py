"""Any text gives valid records or the converter's own clear error, never a crash or a bad record."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.convert import Article, ConversionError, convert
from validator.validation import record_problems

# Pieces of news prose: headlines, datelines, attributions, quotations, dates and names, so that
# generated texts reach every stage (events, dates, people, places, quotes) rather than only "no event".
_PIECES = (
    "Leaders meet in Geneva", "Earthquake strikes Peru", "Talks called off", "Minister to visit Tokyo",
    "Saturday, September 12, 2015", "GENEVA (Reuters) --", "the president said on Monday.",
    '"We will not back down," said Maria Lopez, the mayor.', "Prime Minister John Smith met his Canadian "
    "counterpart Anne Roy in Ottawa on Feb. 3, 2021.", "Smith told reporters", "He said", "\u201cIt was",
    "significant\u201d", "last week", "next year", "the 30-minute phone call", "a meeting planned for May",
    "was cancelled", "took to Twitter to say", "U.S.", "Mr.", "in", "and", "\n", "\n\n", ". ", ", ", '"',
)  # fmt: skip
_NEWS_LIKE = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=40).map(" ".join)


def _check(text: str) -> None:
    error: ConversionError | None = None
    try:
        records = convert(Article(text, "generated.txt"))
    except ConversionError as raised:
        error, records = raised, ()
    if error is not None:
        assert (error.name, "fix:" in error.problem) == ("generated.txt", True)
        return
    assert records
    for record in records:
        assert record_problems(record.to_json()) == []
        # The text is the input, unless a repair (of damaged encoding) is recorded.
        repaired = record.provenance is not None and "repaired" in (record.provenance.note or "")
        assert record.article.text == text or repaired


@settings(max_examples=120, deadline=None)
@given(_NEWS_LIKE)
def test_news_like_text_gives_valid_records_or_a_clear_error(text: str) -> None:
    _check(text)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_any_text_gives_valid_records_or_a_clear_error(text: str) -> None:
    _check(text)
