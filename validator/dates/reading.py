"""What a rule makes of a match: a reading (type, value, period), given the context it stands in."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from . import periods as cal
from .anchor import Anchor
from .context import Tense

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
AnchorUse = Literal["publication", "temporal", "none"]


# Precisions from finest to coarsest, to tell whether a date mentioned before is fine enough to
# resolve an anaphor ("the following day" needs a day; "that same month" needs a month or finer).
PRECISION_RANK: dict[str, int] = {
    "second": 0, "minute": 1, "hour": 2, "part_of_day": 3, "day": 4, "week": 5, "month_part": 6, "month": 7,
    "quarter": 8, "season": 8, "half_year": 9, "year": 10, "decade": 11, "century": 12, "millennium": 13,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may use besides its match: the anchor, the dates mentioned before, the tense."""

    anchor: Anchor | None
    references: tuple[cal.Period, ...]
    tense: Tense
    text: str
    consulted: list[cal.Period] = field(default_factory=list)
    """The references a rule looked up, so the engine can say which date an anaphor refers to."""

    @property
    def reference(self) -> cal.Period | None:
        """The date mentioned last, if any."""
        if not self.references:
            return None
        self.consulted.append(self.references[-1])
        return self.references[-1]

    def reference_finer_than(self, precision: str) -> cal.Period | None:
        """The date mentioned last whose precision is *precision* or finer."""
        limit = PRECISION_RANK[precision]
        for period in reversed(self.references):
            if PRECISION_RANK.get(period.precision, 99) <= limit:
                self.consulted.append(period)
                return period
        return None


@dataclass(frozen=True, slots=True)
class Reading:
    """A rule's interpretation of the words it matched."""

    type: TimexType
    value: str
    rule: str
    precision: str | None = None
    period: cal.Period | None = None
    mod: str | None = None
    reason: str | None = None
    anchor: AnchorUse = "none"
    quant: str | None = None
    freq: str | None = None
    qualifiers: tuple[str, ...] = ()
    parts: tuple[tuple[int, int], ...] = field(default=())
    """Spans (relative to the match) that are temporal expressions in their own right (range ends)."""
    clock: tuple[int, int | None, str] | None = None
    """For a time of day: hour, minute and the TIMEX3 zone suffix, so a nearby day can date it."""


# A rule's reader returns None when the words turn out not to be a temporal expression
# ("May" the modal, day 31 of a 30-day month): that is a negative, not an error.
Reader = Callable[[re.Match[str], Context], Reading | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern and the reader that interprets its matches."""

    name: str
    pattern: re.Pattern[str]
    read: Reader


def rule(name: str, pattern: str, *, flags: int = re.IGNORECASE) -> Callable[[Reader], Rule]:
    """Decorator turning a reader into a `Rule` with its compiled pattern."""

    def wrap(read: Reader) -> Rule:
        return Rule(name, re.compile(pattern, flags), read)

    return wrap


def dated(period: cal.Period, rule_name: str, *, anchor: AnchorUse = "none", reason: str | None = None,
          type_: TimexType = "DATE") -> Reading:  # fmt: skip
    """A reading of a calendar period."""
    return Reading(
        type=type_, value=period.value, rule=rule_name, precision=period.precision, period=period,
        mod=period.mod, reason=reason, anchor=anchor,
    )  # fmt: skip


# TIMEX3 values of a unit of time whose digits the text does not give (no anchor to count from).
_UNKNOWN_VALUES = {
    "minute": "XXXX-XX-XX", "hour": "XXXX-XX-XX", "day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "year": "XXXX",
}  # fmt: skip


def unresolved_unit(unit: str, shift: int, rule_name: str, what: str) -> Reading:
    """A relative date ("last week", "three months ago") with no anchor to count from: the unit's
    value with X digits, or, for a unit TIMEX3 writes with no X form (a decade, a century), a
    reference to the past, present or future."""
    value = _UNKNOWN_VALUES.get(unit)
    if value is not None:
        return unresolved(value, rule_name, unit, what)
    reference = "PAST_REF" if shift < 0 else "FUTURE_REF" if shift > 0 else "PRESENT_REF"
    return Reading(
        type="DATE", value=reference, rule=rule_name, qualifiers=("unresolved",),
        reason=f"no publication date to resolve {what!r} against",
    )  # fmt: skip


def unresolved(value: str, rule_name: str, precision: str | None, what: str) -> Reading:
    """A reading left with X digits because there is no anchor to resolve it against."""
    return Reading(
        type="DATE", value=value, rule=rule_name, precision=precision, qualifiers=("unresolved",),
        reason=f"no publication date to resolve {what!r} against",
    )  # fmt: skip


# A future-tense sentence may still name a date a few weeks past ("the show is to run from
# January 23", written on January 28): only dates further back move to the next year.
RECENT_PAST_DAYS = 45


def year_for(month: int, day: int | None, context: Context) -> tuple[int, str]:
    """The year of a month (and day) the text gives without one, and why.

    The year of the anchor, unless that puts the date on the wrong side of the anchor for the
    tense: a past-tense "December" in a January article is last December, a future-tense
    "January" in a December article is next January.
    """
    assert context.anchor is not None
    anchor = context.anchor.date
    candidate = date(anchor.year, month, min(day or 1, 28))
    if day is None and month == anchor.month:
        return anchor.year, "the month of the publication date"
    months_apart = (candidate.year - anchor.year) * 12 + candidate.month - anchor.month
    if context.tense == "past" and candidate > anchor:
        return anchor.year - 1, "past tense: the latest such date before the publication date"
    if context.tense == "future":
        # A month alone is past only once its last day is; a day may be a few weeks back.
        month_end = date(anchor.year, month, calendar.monthrange(anchor.year, month)[1])
        gone = month_end < anchor if day is None else (anchor - candidate).days > RECENT_PAST_DAYS
        if gone:
            return anchor.year + 1, "future tense: the next such date after the publication date"
    if context.tense == "unknown" and abs(months_apart) > 6:
        shifted = anchor.year - 1 if months_apart > 0 else anchor.year + 1
        return shifted, "no tense: the nearest such date to the publication date"
    return anchor.year, "the year of the publication date"


def weekday_date(weekday: int, context: Context, direction: str | None) -> tuple[date, str]:
    """The date of a weekday named without a date, by the news convention.

    The most recent such day up to and including the publication day; the next one from it on
    when the tense is future, or after it for "coming"; "next Friday" is the Friday of the week
    after the publication week; "last" means the one before the publication day.
    """
    assert context.anchor is not None
    anchor = context.anchor.date
    back = (anchor.isoweekday() - weekday) % 7
    if direction == "last":
        return anchor - timedelta(days=back or 7), "'last': the latest such day before the publication date"
    ahead = (weekday - anchor.isoweekday()) % 7
    if direction == "next":
        monday_next_week = anchor + timedelta(days=8 - anchor.isoweekday())
        return monday_next_week + timedelta(days=weekday - 1), "'next': that day of the week after the publication week"
    if direction == "coming":
        return anchor + timedelta(days=ahead or 7), "'coming': the next such day after the publication date"
    if context.tense == "future":
        return anchor + timedelta(days=ahead), "future tense: the next such day from the publication date on"
    return anchor - timedelta(days=back), "the most recent such day up to and including the publication date"
