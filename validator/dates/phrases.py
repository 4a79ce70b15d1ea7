"""Regular-expression pieces for date phrases, and the resolution of a period phrase.

A period phrase names a month, year, week, decade or century, absolutely ("January 2022",
"2019") or relative to the anchor or the last date mentioned ("this year", "that same month").
Rules that modify a period ("mid-", "the end of", "early") share `resolve_period`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from . import periods as cal
from .lexicon import MONTHS, NUMBER_WORDS, VAGUE_QUANTITIES, WEEKDAYS, alternation
from .reading import AnchorUse, Context, year_for

_FULL_NAMES = {"may", "june", "july"}
_MONTH_FORMS = [name for name in MONTHS if len(name) > 3]
_MONTH_FORMS += [f"{name}." for name in MONTHS if len(name) <= 4 and name not in _FULL_NAMES]
_MONTH_FORMS += [name for name in MONTHS if len(name) <= 3]
MONTH = rf"(?:{alternation(_MONTH_FORMS)})(?![a-z])"
WEEKDAY = rf"(?:{alternation(WEEKDAYS)})(?![a-z])"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9][0-9]{2}|20[0-9]{2}|21[0-9]{2})"
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBER = (
    rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+(?:\.[0-9]+)?"
    rf"|(?:{alternation(_TENS)})[- ](?:{alternation(_ONES)})|(?:{alternation(NUMBER_WORDS)}))"
    r"(?:\s+and\s+a\s+half)?"
)
VAGUE = alternation(VAGUE_QUANTITIES)


def month_number(token: str) -> int | None:
    """The month a month-name token stands for, or None if it is not capitalised as one."""
    if not token[:1].isupper():
        return None
    return MONTHS.get(token.lower().rstrip("."))


def number_value(token: str) -> float | None:
    """The number a numeral or number phrase stands for ("two and a half" = 2.5), None if vague."""
    words = token.lower().replace("-", " ").split()
    if not words:
        return None
    half = 0.5 if words[-3:] == ["and", "a", "half"] else 0.0
    if half:
        words = words[:-3]
    phrase = " ".join(words)
    if phrase in NUMBER_WORDS:
        return NUMBER_WORDS[phrase] + half
    if len(words) == 2 and words[0] in _TENS and words[1] in _ONES:
        return NUMBER_WORDS[words[0]] + NUMBER_WORDS[words[1]] + half
    if re.fullmatch(r"[0-9][0-9,]*(?:\.[0-9]+)?", phrase):
        return float(phrase.replace(",", "")) + half
    return None


def format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


@dataclass(frozen=True, slots=True)
class ResolvedPeriod:
    period: cal.Period
    anchor: AnchorUse
    reason: str


_RELATIVE = re.compile(
    r"^(?:(?P<dir>this|last|next|the\s+past|the\s+coming|this\s+past|the\s+previous|the\s+following|"
    r"previous|following|coming|the\s+same|that\s+same|that|the\s+next)\s+)?"
    r"(?P<unit>year|month|week|quarter|decade|century)$",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"^(?P<month>{MONTH})(?:,?\s+(?:of\s+)?(?P<year>{YEAR}))?$", re.IGNORECASE)
_YEAR = re.compile(rf"^(?P<year>{YEAR})$")
_THE_UNIT = re.compile(r"^the\s+(?P<unit>year|month|week|quarter|decade|century)$", re.IGNORECASE)

_SHIFT = {"last": -1, "the past": -1, "this past": -1, "previous": -1, "the previous": -1, "next": 1,
          "the coming": 1, "coming": 1, "following": 1, "the following": 1, "the next": 1}  # fmt: skip
_REFERENCE_WORDS = {"the previous", "the following", "previous", "following", "the same", "that same", "that",
                    "the next"}  # fmt: skip


def unit_period(unit: str, context: Context, shift: int, *, from_reference: bool) -> ResolvedPeriod | None:
    """The year, month, week, decade or century *shift* units from the anchor or the reference."""
    base_period = context.reference_finer_than(unit.lower()) if from_reference else None
    if base_period is None and context.anchor is None:
        return None
    base = base_period.first.date() if base_period is not None else context.anchor.date  # type: ignore[union-attr]
    anchor: AnchorUse = "temporal" if base_period is not None else "publication"
    source = "the date mentioned before" if base_period is not None else "the publication date"
    unit = unit.lower()
    if unit == "year":
        period = cal.year(base.year + shift)
    elif unit == "month":
        period = cal.month(*cal.shift_month(base.year, base.month, shift))
    elif unit == "week":
        period = cal.iso_week(base + timedelta(weeks=shift))
    elif unit == "quarter":
        year_number, quarter_number = divmod(base.year * 4 + cal.quarter_of(base) - 1 + shift, 4)
        period = cal.quarter(year_number, quarter_number + 1)
    elif unit == "decade":
        period = cal.decade((base.year // 10 + shift) * 10)
    else:
        period = cal.century((base.year // 100 + shift) * 100)
    where = (
        "the same"
        if shift == 0
        else f"{abs(shift)} {unit}{'s' if abs(shift) > 1 else ''} " + ("after" if shift > 0 else "before")
    )
    return ResolvedPeriod(period, anchor, f"{where} {unit} as {source}" if shift else f"the {unit} of {source}")


def resolve_period(phrase: str, context: Context) -> ResolvedPeriod | None:
    """The period a phrase such as "January", "2019", "this year" or "that same month" names."""
    phrase = " ".join(phrase.split())
    if match := _YEAR.match(phrase):
        return ResolvedPeriod(cal.year(int(match["year"])), "none", "the year as written")
    if match := _MONTH_YEAR.match(phrase):
        number = month_number(match["month"])
        if number is None:
            return None
        if match["year"]:
            return ResolvedPeriod(cal.month(int(match["year"]), number), "none", "month and year as written")
        if context.anchor is None:
            return None
        year, reason = year_for(number, None, context)
        return ResolvedPeriod(cal.month(year, number), "publication", reason)
    if match := _THE_UNIT.match(phrase):
        return unit_period(match["unit"], context, 0, from_reference=False)
    if match := _RELATIVE.match(phrase):
        direction = " ".join((match["dir"] or "this").lower().split())
        return unit_period(
            match["unit"], context, _SHIFT.get(direction, 0), from_reference=direction in _REFERENCE_WORDS
        )
    return None


PERIOD_PHRASE = (
    rf"(?:{MONTH}(?:,?\s+(?:of\s+)?{YEAR})?|{YEAR}|"
    r"(?:(?:this|last|next|the\s+past|the\s+coming|this\s+past|the\s+previous|the\s+following|previous|"
    r"following|coming|the\s+same|that\s+same|that|the)\s+)(?:year|month|week|quarter|decade|century))"
)
