"""When the main event happened and how long it lasted, from the temporal engine's expressions.

The date is the first date or time in the lead sentences (after the headline, if the article has
one) that is not the dateline, preferring one in the sentence of the event's trigger, and narrowed
to a day the text soon names inside it when it is a week or a month; a lead that states no date
gives none: the publication date is never put in its place. The duration is a stated duration that
qualifies an event word ("30-minute telephone talks", "talks lasting two hours").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..dates import TemporalExpression
from .events import Cue, in_caption, is_headline, line_around

_DURATION_CONTEXT = re.compile(
    r"\b(talks|meeting|call|conversation|session|summit|speech|visit|trip|hearing|interview|conference|"
    r"lasting|lasted|long)\b",
    re.IGNORECASE,
)
_SOURCE_CLAUSE = re.compile(r"\baccording to\b", re.IGNORECASE)
_COARSE_PRECISIONS = {"year", "decade", "century", "millennium"}
_REFINABLE_PRECISIONS = {"week", "month"}
_DURATION_REACH = 40  # characters between a duration and the event word it qualifies


def is_stated_date(expression: TemporalExpression) -> bool:
    """Whether the expression states a date or time ("on Monday", "November 2019"), not "now",
    "recently" or "in the future" (the PRESENT/PAST/FUTURE_REF values), nor a duration or a set."""
    return expression.type in {"DATE", "TIME"} and not expression.value.endswith("_REF")


def event_date(
    text: str,
    expressions: Sequence[TemporalExpression],
    lead_spans: Sequence[tuple[int, int]],
    trigger: Cue | None,
    published: date | None = None,
) -> TemporalExpression | None:
    """The date of the main event, or None when the lead does not state one."""
    body = lead_spans[1:] if lead_spans and is_headline(text, *lead_spans[0]) else lead_spans
    dates = [
        expression
        for expression in expressions
        if _may_date_the_event(text, expression) and any(start <= expression.start < end for start, end in body)
    ]
    if not dates:
        return None
    return _refined(text, _lead_date(dates, lead_spans, trigger), expressions, published)


def _may_date_the_event(text: str, expression: TemporalExpression) -> bool:
    """A stated date that is not a dateline, nor a caption's, nor that of a source."""
    return (
        is_stated_date(expression)
        and not _is_dateline(text, expression)
        and not in_caption(text, expression.start, expression.end)
        and not _dates_the_source(text, expression)
    )


def _lead_date(
    dates: Sequence[TemporalExpression], lead_spans: Sequence[tuple[int, int]], trigger: Cue | None
) -> TemporalExpression:
    if trigger is not None:
        sentence = next(((start, end) for start, end in lead_spans if start <= trigger.start < end), None)
        if sentence is not None:
            same = [e for e in dates if sentence[0] <= e.start < sentence[1]]
            if same:
                return min(same, key=lambda e: abs(e.start - trigger.start))
    # News dates its event to the day ("yesterday", "on Monday"); a bare year in a lead is more often
    # a reference ("by 2050", "2000 levels") than when the event happened.
    return next((e for e in dates if e.precision not in _COARSE_PRECISIONS), dates[0])


def _refined(
    text: str, coarse: TemporalExpression, expressions: Sequence[TemporalExpression], published: date | None
) -> TemporalExpression:
    """A week or month the lead gives, narrowed to the day inside it that its paragraph or the next
    one names ("This past week marked the opening ... celebrated the Thursday opening"); not to
    a day after publication, which tells what is still to come."""
    if coarse.precision not in _REFINABLE_PRECISIONS or coarse.earliest is None or coarse.latest is None:
        return coarse
    _, paragraph_end = line_around(text, coarse.start, coarse.end)
    _, next_end = line_around(text, min(paragraph_end + 1, len(text)))
    for expression in expressions:
        if not coarse.end <= expression.start < next_end or expression.precision != "day":
            continue
        if expression.earliest is None or expression.latest is None or not _may_date_the_event(text, expression):
            continue
        if published is not None and expression.earliest.date() > published:
            continue
        if coarse.earliest <= expression.earliest and expression.latest <= coarse.latest:
            return expression
    return coarse


def event_duration(text: str, expressions: Sequence[TemporalExpression]) -> TemporalExpression | None:
    """The first stated duration that qualifies an event word near it."""
    for expression in expressions:
        if expression.type != "DURATION":
            continue
        window = text[max(0, expression.start - _DURATION_REACH) : expression.end + _DURATION_REACH]
        if _DURATION_CONTEXT.search(window):
            return expression
    return None


def _dates_the_source(text: str, expression: TemporalExpression) -> bool:
    """Whether the expression dates where the news came from, not the event ("according to a
    posting made 24 hours ago, the site is under attack")."""
    clause_start = max(text.rfind(",", 0, expression.start), text.rfind("\n", 0, expression.start)) + 1
    return _SOURCE_CLAUSE.search(text, clause_start, expression.start) is not None


def _is_dateline(text: str, expression: TemporalExpression) -> bool:
    """Whether the expression is a line of its own (a dateline or a caption's date)."""
    line_start, line_end = line_around(text, expression.start, expression.end)
    return len(text[line_start:line_end].split()) <= len(expression.text.split()) + 2
