"""Table-driven tests of real news phrasings, each with its anchor (publication date) pinned.

Each row: the sentence, the publication date, and the expressions expected as
(text, type, value, mod). The first group is every way dateparser's `search_dates` is known to
fail on news text (see issue "Temporal engine").
"""

from __future__ import annotations

from datetime import date

import pytest

from validator.dates import Anchor, find_dates

Row = tuple[str, date, list[tuple[str, str, str, str | None]]]

THU = date(2022, 2, 10)  # a Thursday
FRI = date(2022, 2, 11)  # a Friday

DATEPARSER_FAILURES: list[Row] = [
    ("We expect talks to resume, we said.", THU, []),
    ("The minister may visit Seoul, officials said.", THU, []),
    ("Thousands march through the capital.", THU, []),
    ("The Sun reported the story first.", THU, []),
    ("The deal took a month to negotiate.", THU, [("a month", "DURATION", "P1M", None)]),
    ("He served five years in prison.", THU, [("five years", "DURATION", "P5Y", None)]),
    ("Police said Friday that the suspect had fled.", FRI, [("Friday", "DATE", "2022-02-11", None)]),
    ("The vote will be held on April 7.", THU, [("April 7", "DATE", "2022-04-07", None)]),
    ("Elections are scheduled for June.", THU, [("June", "DATE", "2022-06", None)]),
    ("It was the first meeting since November 2019.", THU, [("November 2019", "DATE", "2019-11", None)]),
]

ABSOLUTE: list[Row] = [
    ("The talks took place on Feb. 10, 2022.", THU, [("Feb. 10, 2022", "DATE", "2022-02-10", None)]),
    ("The ceasefire began on 10 February.", THU, [("10 February", "DATE", "2022-02-10", None)]),
    ("The filing is dated 2022-02-10.", THU, [("2022-02-10", "DATE", "2022-02-10", None)]),
    (
        "They met on February 3 and again on the 10th.",
        THU,
        [("February 3", "DATE", "2022-02-03", None), ("the 10th", "DATE", "2022-02-10", None)],
    ),
    ("The company was founded in 1998.", THU, [("1998", "DATE", "1998", None)]),
    (
        "The record was set on Thursday, December 30, 2021.",
        THU,
        [("Thursday, December 30, 2021", "DATE", "2021-12-30", None)],
    ),
    ("Sales fell in January, the company said.", THU, [("January", "DATE", "2022-01", None)]),
    ("The attack happened on 7/8/07.", THU, [("7/8/07", "DATE", "2007-07-08", None)]),
    (
        "The paper was rejected on December 11.",
        date(2010, 1, 25),
        [("December 11", "DATE", "2009-12-11", None)],
    ),
    (
        "Music of the 1960s and the twentieth century.",
        THU,
        [("the 1960s", "DATE", "196", None), ("the twentieth century", "DATE", "19", None)],
    ),
]

RELATIVE: list[Row] = [
    ("Prices rose last month.", THU, [("last month", "DATE", "2022-01", None)]),
    ("The plane crashed two days ago.", THU, [("two days ago", "DATE", "2022-02-08", None)]),
    ("Talks will resume next week.", THU, [("next week", "DATE", "2022-W07", None)]),
    ("Earlier this year the firm cut jobs.", THU, [("Earlier this year", "DATE", "2022", None)]),
    (
        "He was arrested on March 3 and released the following day.",
        THU,
        [("March 3", "DATE", "2021-03-03", None), ("the following day", "DATE", "2021-03-04", None)],
    ),
    ("The summit will take place next Friday.", THU, [("next Friday", "DATE", "2022-02-18", None)]),
    ("The station was attacked yesterday.", THU, [("yesterday", "DATE", "2022-02-09", None)]),
    ("The festival opened this weekend.", date(2016, 9, 7), [("this weekend", "DATE", "2016-W35-WE", None)]),
    ("Sales dropped last year.", THU, [("last year", "DATE", "2021", None)]),
    ("The CEO is now in charge.", THU, [("now", "DATE", "PRESENT_REF", None)]),
    ("Ten years ago the plant closed.", THU, [("Ten years ago", "DATE", "2012", None)]),
]

PARTS: list[Row] = [
    ("The meeting was set for mid-January.", THU, [("mid-January", "DATE", "2022-01", "MID")]),
    ("It was built in late 2019.", THU, [("late 2019", "DATE", "2019", "END")]),
    ("Rates will rise by the end of the year.", THU, [("the end of the year", "DATE", "2022", "END")]),
    (
        "Profits rose in the first quarter of 2021.",
        THU,
        [("the first quarter of 2021", "DATE", "2021-Q1", None)],
    ),
    ("The drought began last summer.", THU, [("last summer", "DATE", "2021-SU", None)]),
    (
        "Austin tested positive in mid-January. A trip was cancelled early that same month.",
        THU,
        [("mid-January", "DATE", "2022-01", "MID"), ("early that same month", "DATE", "2022-01", "START")],
    ),
]

RANGES_DURATIONS_SETS: list[Row] = [
    (
        "Work continues from March to May.",
        THU,
        [
            ("from March to May", "DURATION", "P2M", None),
            ("March", "DATE", "2022-03", None),
            ("May", "DATE", "2022-05", None),
        ],
    ),
    (
        "Output doubled between 2010 and 2015.",
        THU,
        [
            ("between 2010 and 2015", "DURATION", "P5Y", None),
            ("2010", "DATE", "2010", None),
            ("2015", "DATE", "2015", None),
        ],
    ),
    ("After the 30-minute call, they left.", THU, [("30-minute", "DURATION", "PT30M", None)]),
    ("The market opens every Thursday.", THU, [("every Thursday", "SET", "XXXX-WXX-4", None)]),
    ("The report is published annually.", THU, [("annually", "SET", "P1Y", None)]),
    (
        "The talks lasted more than two hours.",
        THU,
        [("more than two hours", "DURATION", "PT2H", "MORE_THAN")],
    ),
]

MORE: list[Row] = [
    ("The company may cut prices in May, a spokesman said.", date(2023, 2, 1), [("May", "DATE", "2023-05", None)]),
    ("The company will hold its meeting on Friday, a spokesman said.", THU, [("Friday", "DATE", "2022-02-11", None)]),
    ("The vote is set for Nov. 3.", date(2022, 10, 1), [("Nov. 3", "DATE", "2022-11-03", None)]),
    ("The team will play its next home game in March.", date(2023, 4, 10), [("March", "DATE", "2024-03", None)]),
    ("The summit will be held March 3-5 in Brussels.", date(2023, 2, 10), [("March 3-5", "DURATION", "P3D", None)]),
    ("Prices rose in the 2020-21 season.", THU, [("2020-21", "DURATION", "P1Y", None)]),
    (
        "Guy Fawkes night falls on the fifth of November.",
        date(2022, 10, 20),
        [("the fifth of November", "DATE", "2022-11-05", None)],
    ),
    ("The company was founded in the late 1980s.", THU, [("the late 1980s", "DATE", "198", "END")]),
    (
        "The bank expects to close the deal by the end of the quarter.",
        THU,
        [("the end of the quarter", "DATE", "2022-Q1", "END")],
    ),
    ("Shares have fallen for five consecutive days.", THU, [("five consecutive days", "DURATION", "P5D", None)]),
    ("Room 2020 was booked.", THU, []),
    ("The festival returns every summer.", THU, [("every summer", "SET", "XXXX-SU", None)]),
    ("Buses run every 15 minutes.", THU, [("every 15 minutes", "SET", "PT15M", None)]),
]

TIMES: list[Row] = [
    ("The blast happened at 6am.", THU, [("6am", "TIME", "2022-02-10T06:00", None)]),
    (
        "The plane landed at 10.45pm local time.",
        THU,
        [("10.45pm local time", "TIME", "2022-02-10T22:45", None)],
    ),
    (
        "Polls closed at 18:00 UTC on Tuesday.",
        THU,
        [("18:00 UTC on Tuesday", "TIME", "2022-02-08T18:00Z", None)],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    DATEPARSER_FAILURES + ABSOLUTE + RELATIVE + PARTS + RANGES_DURATIONS_SETS + MORE + TIMES,
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_news_string(sentence: str, published: date, expected: list[tuple[str, str, str, str | None]]) -> None:
    result = find_dates(sentence, anchor=Anchor(published))
    found = [(e.text, e.type, e.value, e.mod) for e in result.expressions]
    assert found == expected
    for expression in result.expressions:
        assert sentence[expression.start : expression.end] == expression.text
