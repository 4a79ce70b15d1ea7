"""The temporal engine on the seed article, anchors, unresolved dates, bounds and the schema mapping."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from validator.dates import Anchor, AnchorError, DatesError, find_dates, infer_anchor
from validator.dates.records import temporal_values
from validator.models import Record
from validator.models.record import MINIMAL_RECORD_EXAMPLE

SEED = (SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt").read_text(encoding="utf-8")

# The seed article's expressions, exactly as the issue lists them.
SEED_EXPECTED = [
    ("Thursday", "DATE", "2022-02-10", None),
    ("Feb. 10, 2022", "DATE", "2022-02-10", None),
    ("November 2019", "DATE", "2019-11", None),
    ("2017", "DATE", "2017", None),
    ("30-minute", "DURATION", "PT30M", None),
    ("the last month", "DURATION", "P1M", None),
    ("mid-January", "DATE", "2022-01", "MID"),
    ("early that same month", "DATE", "2022-01", "START"),
    ("Jan. 30", "DATE", "2022-01-30", None),
]


def test_seed_article_expressions_come_out_exactly_as_listed() -> None:
    result = find_dates(SEED)
    assert [(e.text, e.type, e.value, e.mod) for e in result.expressions] == SEED_EXPECTED


def test_seed_anchor_is_inferred_from_said_thursday_and_the_caption_date() -> None:
    inference = infer_anchor(SEED)
    assert inference.anchor is not None
    assert inference.anchor.date == date(2022, 2, 10)
    assert inference.anchor.inferred
    assert "'Thursday'" in inference.anchor.reason
    assert "'Feb. 10, 2022'" in inference.anchor.reason


def test_seed_anaphor_points_at_the_date_it_resolves_against() -> None:
    result = find_dates(SEED)
    texts = [e.text for e in result.expressions]
    early = result.expressions[texts.index("early that same month")]
    assert early.anchor == "temporal"
    assert early.anchor_index == texts.index("mid-January")


def test_dateline_is_an_inferred_anchor() -> None:
    text = "Boeing delays new jet\nNovember 24, 2004\nBoeing said on Monday that the jet is late."
    result = find_dates(text)
    assert result.anchor is not None
    assert result.anchor.date == date(2004, 11, 24)
    assert result.anchor.inferred
    assert [(e.text, e.value) for e in result.expressions if e.text == "Monday"] == [("Monday", "2004-11-22")]


def test_without_anchor_relative_expressions_are_found_but_unresolved() -> None:
    result = find_dates("The ministers met on Thursday and will meet again next month.")
    assert result.anchor is None
    assert "no dateline" in result.anchor_reason
    by_text = {e.text: e for e in result.expressions}
    assert by_text["Thursday"].value == "XXXX-WXX-4"
    assert by_text["Thursday"].qualifiers == ("unresolved",)
    assert "no publication date" in (by_text["Thursday"].reason or "")
    assert by_text["next month"].value == "XXXX-XX"


@pytest.mark.parametrize(
    ("sentence", "words", "value", "precision"),
    [
        ("The harbour reopened last week.", "last week", "XXXX-WXX", "week"),
        ("The board will meet again next month.", "next month", "XXXX-XX", "month"),
        ("The crane fell three days ago.", "three days ago", "XXXX-XX-XX", "day"),
        ("The pier was built last year.", "last year", "XXXX", "year"),
        ("The pier was built a decade ago.", "a decade ago", "PAST_REF", None),
    ],
)
def test_an_unresolved_relative_date_has_the_shape_of_its_unit(
    sentence: str, words: str, value: str, precision: str | None
) -> None:
    from validator.semantics import _PRECISION_SHAPES

    (found,) = [e for e in find_dates(sentence).expressions if e.text == words]
    assert (found.value, found.precision) == (value, precision)
    assert precision is None or _PRECISION_SHAPES[precision].match(found.value)


def test_given_anchor_is_not_replaced_by_inference() -> None:
    result = find_dates(SEED, anchor=Anchor(date(2022, 2, 11)))
    assert result.expressions[0].value == "2022-02-10"  # "said Thursday" on Friday 11 February
    assert not result.anchor or not result.anchor.inferred


def test_bounds_follow_the_anchor_time_zone() -> None:
    result = find_dates("The meeting was in mid-January.", anchor=Anchor(date(2022, 2, 10), timezone="Asia/Tokyo"))
    (mid,) = result.expressions
    tokyo = timezone(timedelta(hours=9))
    assert mid.earliest == datetime(2022, 1, 11, tzinfo=tokyo)
    assert mid.latest == datetime(2022, 1, 20, 23, 59, 59, tzinfo=tokyo)
    assert mid.precision == "month_part"
    assert mid.timezone == "Asia/Tokyo"


def test_unknown_time_zone_is_a_clear_error() -> None:
    with pytest.raises(AnchorError, match="'Tokyo' is not an IANA time zone; use a name such as 'Asia/Tokyo'"):
        Anchor(date(2022, 2, 10), timezone="Tokyo")


def test_anchor_parse_rejects_other_spellings() -> None:
    with pytest.raises(AnchorError, match="write it as YYYY-MM-DD"):
        Anchor.parse("10/02/2022")
    assert Anchor.parse("2022-02-10T09:30").time is not None


def test_non_text_input_is_the_engines_own_error() -> None:
    with pytest.raises(DatesError, match="'bytes' given where the text of an article"):
        find_dates(b"Feb. 10, 2022")  # type: ignore[arg-type]


def test_every_seed_expression_maps_to_a_valid_temporal_value_in_a_record() -> None:
    values = temporal_values(find_dates(SEED, anchor=Anchor(date(2022, 2, 10), timezone="Asia/Tokyo")))
    record = Record.model_validate({**MINIMAL_RECORD_EXAMPLE, "times": [v.to_json() for v in values]})
    assert [t.text for t in record.times or ()] == [expected[0] for expected in SEED_EXPECTED]
    early = next(t for t in record.times or () if t.text == "early that same month")
    assert early.anchor is not None
    assert early.anchor.ref == "t7"
    for value in values:
        (evidence,) = value.evidence or ()
        assert SEED[evidence.start : evidence.end] == value.text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_results_or_the_engines_own_error(text: str) -> None:
    result = find_dates(text, anchor=Anchor(date(2022, 2, 10)))
    for expression in result.expressions:
        assert text[expression.start : expression.end] == expression.text
        assert expression.earliest is None or expression.latest is None or expression.earliest <= expression.latest


NEWSY = st.lists(
    st.sampled_from(
        [
            "Thursday",
            "Feb. 10, 2022",
            "mid-January",
            "the following day",
            "two days ago",
            "next week",
            "May",
            "in May",
            "2019",
            "the 1990s",
            "every Friday",
            "6am",
            "18:00 UTC",
            "from",
            "to",
            "between",
            "and",
            "last",
            "this",
            "that same month",
            "early",
            "late",
            "the end of the",
            "year",
            "said",
            "will",
            " ",
            ",",
            ".",
            "\n",
            "30-minute",
            "a month",
            "the 31st",
            "February 30",
            "Q3",
            "summer",
            "fall",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(NEWSY, st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_news_like_text_never_crashes_the_engine(text: str, published: date | None) -> None:
    anchor = Anchor(published) if published else None
    for expression in find_dates(text, anchor=anchor).expressions:
        assert text[expression.start : expression.end] == expression.text


# Rules matched case-free over the lowered text must find exactly what each rule's own scan finds.
CASE_TEXTS = [
    "MONDAY, JANUARY 5, 2026: talks at 5 P.M. EST ended two weeks later.",
    "May Ortel said in May that the vote of March 3 would be held next Tuesday.",
    "The \u212aelvin sign and the long \u017f in \u017feptember 5; \u0130t was Dec. 24.",
    "Shares rose 3% in the third quarter of 2025, the second time this year, from 9:30 a.m. to noon.",
]


@pytest.mark.parametrize("text", CASE_TEXTS)
def test_case_free_scan_finds_what_each_rule_finds(text: str) -> None:
    from validator.dates import engine

    found = [(c.start, c.end, c.rule.name) for c in engine._candidates(text)]
    expected = sorted(
        (
            (m.start(), m.end(), rule.name, -(m.end() - m.start()), priority)
            for priority, rule in enumerate(engine.ALL_RULES)
            for m in rule.pattern.finditer(text)
            if m.end() > m.start()
        ),
        key=lambda c: (c[3], c[4], c[0]),
    )
    assert found == [(start, end, name) for start, end, name, _, _ in expected]
    assert found  # every text holds a date


@given(st.text(alphabet="aAmMyYdDeEcC 0123456789:.,-\u212a\u017f\u0130", max_size=40))
@settings(max_examples=200, deadline=None)
def test_case_free_scan_agrees_on_any_text(text: str) -> None:
    from validator.dates import engine

    def plain(text: str) -> list[tuple[int, int, int]]:
        return [(m.start(), m.end(), i) for i, rule in enumerate(engine.ALL_RULES) for m in rule.pattern.finditer(text)]

    fast = [(c.start, c.end, c.priority) for c in engine._candidates(text)]
    assert sorted(fast) == sorted(item for item in plain(text) if item[1] > item[0])
