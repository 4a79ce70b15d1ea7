"""Calendar periods: a TIMEX3 value with its named precision and its first and last instants.

Conventions (documented in docs/format.md): month parts are days 1-10, 11-20 and 21 to the end;
year parts are January-April, May-August and September-December; seasons are the northern
meteorological ones (spring = March-May, winter = December to February of the next year);
parts of the day are morning 06:00-11:59, afternoon 12:00-17:59, evening 18:00-23:59 and night
21:00-05:59 of the next day. Bounds are inclusive, to the second.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
DAY_PART_HOURS: dict[str, tuple[int, int]] = {"MO": (6, 11), "AF": (12, 17), "EV": (18, 23), "NI": (21, 5)}
YEAR_PART_MONTHS: dict[str, tuple[int, int]] = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}
MONTH_PART_DAYS: dict[str, tuple[int, int]] = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}

_END_OF_DAY = time(23, 59, 59)


@dataclass(frozen=True, slots=True)
class Period:
    """A span of calendar time named by a TIMEX3 value, with naive local bounds."""

    value: str
    precision: str
    first: datetime
    last: datetime
    mod: str | None = None

    def with_mod(self, mod: str | None) -> Period:
        """The same period narrowed to its early, middle or late part (START, MID, END)."""
        if mod is None:
            return self
        if self.precision == "month" and mod in MONTH_PART_DAYS:
            low, high = MONTH_PART_DAYS[mod]
            days = calendar.monthrange(self.first.year, self.first.month)[1]
            return replace(
                self,
                precision="month_part",
                first=self.first.replace(day=low),
                last=datetime.combine(self.first.date().replace(day=min(high, days)), _END_OF_DAY),
                mod=mod,
            )
        if self.precision == "year" and mod in YEAR_PART_MONTHS:
            low, high = YEAR_PART_MONTHS[mod]
            year = self.first.year
            return replace(self, first=datetime(year, low, 1), last=_month_end(year, high), mod=mod)
        return replace(self, mod=mod)


def _month_end(year: int, month: int) -> datetime:
    return datetime(year, month, calendar.monthrange(year, month)[1], 23, 59, 59)


def day(value: date) -> Period:
    return Period(value.isoformat(), "day", datetime.combine(value, time()), datetime.combine(value, _END_OF_DAY))


def month(year: int, month_number: int) -> Period:
    return Period(
        f"{year:04d}-{month_number:02d}",
        "month",
        datetime(year, month_number, 1),
        _month_end(year, month_number),
    )


def year(number: int) -> Period:
    return Period(f"{number:04d}", "year", datetime(number, 1, 1), datetime(number, 12, 31, 23, 59, 59))


def quarter(year_number: int, number: int) -> Period:
    return _months_block(year_number, number, 3, "Q", "quarter")


def half(year_number: int, number: int) -> Period:
    return _months_block(year_number, number, 6, "H", "half_year")


def _months_block(year_number: int, number: int, months: int, letter: str, precision: str) -> Period:
    """The *number*-th block of *months* months of a year (quarters, halves)."""
    first_month = months * (number - 1) + 1
    return Period(
        f"{year_number:04d}-{letter}{number}", precision, datetime(year_number, first_month, 1),
        _month_end(year_number, first_month + months - 1),
    )  # fmt: skip


def season(year_number: int, code: str) -> Period:
    low, high = SEASON_MONTHS[code]
    last_year = year_number + 1 if high < low else year_number
    return Period(f"{year_number:04d}-{code}", "season", datetime(year_number, low, 1), _month_end(last_year, high))


def iso_week(value: date) -> Period:
    iso_year, week_number, weekday = value.isocalendar()
    monday = value - timedelta(days=weekday - 1)
    return Period(
        f"{iso_year:04d}-W{week_number:02d}", "week", datetime.combine(monday, time()),
        datetime.combine(monday + timedelta(days=6), _END_OF_DAY),
    )  # fmt: skip


def weekend(value: date) -> Period:
    """The weekend (Saturday and Sunday) of the ISO week of *value*."""
    week = iso_week(value)
    saturday = week.first + timedelta(days=5)
    return Period(f"{week.value}-WE", "day", saturday, week.last)


def decade(first_year: int) -> Period:
    return Period(
        f"{first_year // 10:03d}",
        "decade",
        datetime(first_year, 1, 1),
        datetime(first_year + 9, 12, 31, 23, 59, 59),
    )


def century(first_year: int) -> Period:
    return Period(
        f"{first_year // 100:02d}", "century", datetime(first_year, 1, 1),
        datetime(first_year + 99, 12, 31, 23, 59, 59),
    )  # fmt: skip


def part_of_day(value: date, code: str) -> Period:
    low, high = DAY_PART_HOURS[code]
    first = datetime.combine(value, time(low))
    last_day = value + timedelta(days=1) if high < low else value
    return Period(f"{value.isoformat()}T{code}", "part_of_day", first, datetime.combine(last_day, time(high, 59, 59)))


def clock(value: date, hour: int, minute: int | None) -> Period:
    if minute is None:
        first = datetime.combine(value, time(hour))
        return Period(f"{value.isoformat()}T{hour:02d}", "hour", first, first + timedelta(minutes=59, seconds=59))
    first = datetime.combine(value, time(hour, minute))
    return Period(f"{value.isoformat()}T{hour:02d}:{minute:02d}", "minute", first, first + timedelta(seconds=59))


def shift_month(year_number: int, month_number: int, offset: int) -> tuple[int, int]:
    """The (year, month) *offset* months from the given one."""
    index = year_number * 12 + (month_number - 1) + offset
    return index // 12, index % 12 + 1


def quarter_of(value: date) -> int:
    return (value.month - 1) // 3 + 1
