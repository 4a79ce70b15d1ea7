"""Rules for dates the text states with calendar words: days, months, years, and ranges of them."""

from __future__ import annotations

import re
from datetime import date

from . import periods as cal
from .lexicon import AMBIGUOUS_MONTHS, alternation
from .parse import parse_date_phrase
from .phrases import DAY, MONTH, WEEKDAY, YEAR, month_number, resolve_period
from .reading import Context, Reading, Rule, dated, rule, unresolved, year_for

_WEEKDAY_PREFIX = rf"(?:(?P<weekday>{WEEKDAY}),?\s+)?"
# Words after which a lone ambiguous month name ("May", "March") is a month, not a verb or name.
_MONTH_CUES = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|from|to|of|for|during|early|mid|late|last|next|this|each|every|"
    r"before|after|between|and|or|around|throughout|until|end|beginning|start|middle)|,)\s*-?\s*$",
    re.IGNORECASE,
)


def _day_reading(match: re.Match[str], context: Context, rule_name: str, *, year_given: bool) -> Reading | None:
    month = month_number(match["month"])
    if month is None or (match["weekday"] and not match["weekday"][0].isupper()):
        return None
    day = int(re.sub(r"\D", "", match["day"]))
    if year_given:
        year, reason, anchor = int(match["year"]), "day, month and year as written", "none"
    elif context.anchor is None:
        return unresolved(f"XXXX-{month:02d}-{day:02d}", rule_name, "day", match[0])
    else:
        year, reason = year_for(month, day, context)
        anchor = "publication"
    try:  # the rule has read every part already; only the calendar can still refuse ("February 30")
        parsed = date(year, month, day)
    except ValueError:
        return None
    return dated(cal.day(parsed), rule_name, anchor=anchor, reason=reason)  # type: ignore[arg-type]


@rule(
    "date.month-day-year",
    rf"\b{_WEEKDAY_PREFIX}(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+|,\s*)(?P<year>{YEAR})\b",
)
def _month_day_year(match: re.Match[str], context: Context) -> Reading | None:
    return _day_reading(match, context, "date.month-day-year", year_given=True)


@rule(
    "date.day-month-year",
    rf"\b{_WEEKDAY_PREFIX}(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})\b",
)
def _day_month_year(match: re.Match[str], context: Context) -> Reading | None:
    return _day_reading(match, context, "date.day-month-year", year_given=True)


@rule("date.month-day", rf"\b{_WEEKDAY_PREFIX}(?P<month>{MONTH})\s+(?P<day>{DAY})\b(?![:.]?[0-9])")
def _month_day(match: re.Match[str], context: Context) -> Reading | None:
    return _day_reading(match, context, "date.month-day", year_given=False)


@rule("date.day-month", rf"\b{_WEEKDAY_PREFIX}(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})")
def _day_month(match: re.Match[str], context: Context) -> Reading | None:
    return _day_reading(match, context, "date.day-month", year_given=False)


@rule("date.ordinal-day", r"\bthe\s+(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z])")
def _ordinal_day(match: re.Match[str], context: Context) -> Reading | None:
    """ "the 10th": a day of the month mentioned before, or of the publication month."""
    day = int(match["day"])
    reference = context.reference_finer_than("month")
    if reference is not None:
        base, anchor, reason = reference.first.date(), "temporal", "a day of the month mentioned before"
    elif context.anchor is not None:
        base, anchor, reason = context.anchor.date, "publication", "a day of the publication month"
    else:
        return unresolved(f"XXXX-XX-{day:02d}", "date.ordinal-day", "day", match[0])
    try:
        value = base.replace(day=day)
    except ValueError:
        return None
    return dated(cal.day(value), "date.ordinal-day", anchor=anchor, reason=reason)  # type: ignore[arg-type]


_ORDINAL_DAYS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
    "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first"
)
_DAY_WORDS = {word: number for number, word in enumerate(_ORDINAL_DAYS.split(), start=1)}


@rule(
    "date.day-word-month",
    rf"\b(?:the\s+)?(?P<dayword>{alternation(_DAY_WORDS)})\s+of\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?\b",
)
def _day_word_month(match: re.Match[str], context: Context) -> Reading | None:
    """ "the fifth of November": an ordinal day in words."""
    month = month_number(match["month"])
    if month is None:
        return None
    day = _DAY_WORDS[match["dayword"].lower()]
    if match["year"]:
        year, reason, anchor = int(match["year"]), "day, month and year as written", "none"
    elif context.anchor is None:
        return unresolved(f"XXXX-{month:02d}-{day:02d}", "date.day-word-month", "day", match[0])
    else:
        year, reason = year_for(month, day, context)
        anchor = "publication"
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return dated(cal.day(value), "date.day-word-month", anchor=anchor, reason=reason)  # type: ignore[arg-type]


# "March 3-5", "3-5 March 2022", "March 3 to 5": the days of one month.
@rule(
    "date.day-range",
    rf"\b(?:(?P<month>{MONTH})\s+(?P<first>{DAY})\s*(?:[-\u2013]|\s+to\s+)\s*(?P<last>{DAY})"
    rf"|(?P<first2>{DAY})\s*[-\u2013]\s*(?P<last2>{DAY})\s+(?P<month2>{MONTH}))(?:,?\s+(?P<year>{YEAR}))?\b(?![-:.]?[0-9])",
)
def _day_range(match: re.Match[str], context: Context) -> Reading | None:
    token = match["month"] or match["month2"]
    month = month_number(token)
    if month is None:
        return None
    first = int(re.sub(r"\D", "", match["first"] or match["first2"]))
    last = int(re.sub(r"\D", "", match["last"] or match["last2"]))
    if last <= first:
        return None
    if match["year"]:
        year, anchor = int(match["year"]), "none"
    elif context.anchor is None:
        return None
    else:
        year, anchor = year_for(month, first, context)[0], "publication"
    try:
        low, high = cal.day(date(year, month, first)), cal.day(date(year, month, last))
    except ValueError:
        return None
    period = cal.Period(f"P{last - first + 1}D", "day", low.first, high.last)
    return Reading("DURATION", period.value, "date.day-range", precision=None, period=period, anchor=anchor,  # type: ignore[arg-type]
                   reason=f"days {first} to {last} of {token} {year}")  # fmt: skip


# "2015-2018", "2020-21": a range of years.
@rule("date.year-range", rf"(?<![0-9$-])\b(?P<first>{YEAR})[-\u2013/](?P<last>[0-9]{{4}}|[0-9]{{2}})\b(?![-:.]?[0-9])")
def _year_range(match: re.Match[str], context: Context) -> Reading | None:
    first = int(match["first"])
    last = int(match["last"]) if len(match["last"]) == 4 else first // 100 * 100 + int(match["last"])
    if not first < last <= first + 100:
        return None
    period = cal.Period(f"P{last - first}Y", "year", cal.year(first).first, cal.year(last).last)
    return Reading("DURATION", period.value, "date.year-range", precision=None, period=period,
                   reason=f"the years {first} to {last}")  # fmt: skip


@rule("date.iso", r"\b(?P<year>[0-9]{4})-(?P<month>[01][0-9])-(?P<day>[0-3][0-9])\b(?!-)")
def _iso(match: re.Match[str], context: Context) -> Reading | None:
    try:
        value = date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return dated(cal.day(value), "date.iso", reason="ISO 8601 date")


@rule(
    "date.numeric",
    r"(?<![0-9/.])(?P<first>[0-9]{1,2})/(?P<second>[0-9]{1,2})/(?P<year>[0-9]{4}|[0-9]{2})(?![0-9/])",
)
def _numeric(match: re.Match[str], context: Context) -> Reading | None:
    # English news writes month first (7/8/07 is July 8); DATE_ORDER is passed explicitly.
    parsed = parse_date_phrase(match[0], date_order="MDY")
    if parsed is None:
        return None
    return dated(cal.day(parsed), "date.numeric", reason="numeric date, month first")


@rule("date.month-year", rf"\b(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})\b")
def _month_year(match: re.Match[str], context: Context) -> Reading | None:
    month = month_number(match["month"])
    if month is None:
        return None
    return dated(cal.month(int(match["year"]), month), "date.month-year", reason="month and year as written")


@rule("date.month", rf"\b(?P<month>{MONTH})(?!\s+(?-i:[A-Z][a-z]))")
def _month(match: re.Match[str], context: Context) -> Reading | None:
    token = match["month"]
    number = month_number(token)
    if number is None or (token.endswith(".") is False and len(token) <= 3 and token.lower() != "may"):
        return None
    if token.lower().rstrip(".") in AMBIGUOUS_MONTHS and not _MONTH_CUES.search(context.text[: match.start()]):
        return None
    following = _OF_RELATIVE_YEAR.match(context.text, match.end())
    if following is not None:
        year_period = resolve_period(following["year"], context)
        if year_period is not None:
            period = cal.month(year_period.period.first.year, number)
            return dated(period, "date.month", anchor=year_period.anchor, reason=f"the month of {year_period.reason}")
    resolved = resolve_period(token, context)
    if resolved is None:
        return unresolved(f"XXXX-{number:02d}", "date.month", "month", token)
    return dated(resolved.period, "date.month", anchor=resolved.anchor, reason=resolved.reason)


# "October of next year": the year after the month decides it (the year is its own expression).
_OF_RELATIVE_YEAR = re.compile(r"\s+of\s+(?P<year>(?:next|last|this|the\s+following|the\s+previous)\s+year)\b", re.I)


# A four-digit year alone; not an amount ("$2019", "2019 troops" stays a year: "2009 sales" is
# a year too), not part of a longer number, a time or a telephone number.
@rule("date.year", rf"(?<![$€£#0-9.,:/-])\b(?P<year>{YEAR})\b(?![0-9]|[.,][0-9]|%|:[0-9]|\s*percent|-[0-9])")
def _year(match: re.Match[str], context: Context) -> Reading | None:
    if _NUMBERED_THING.search(context.text, max(0, match.start() - 16), match.start()):
        return None  # "Room 2020", "Flight 2019", "Windows 2000": a number, not a year
    return dated(cal.year(int(match["year"])), "date.year", reason="year as written")


_NUMBERED_THING = re.compile(
    r"\b(?:Room|Flight|Route|Highway|Interstate|Apartment|Suite|Gate|Platform|Bus|Train|Model|Version|Windows|"
    r"Office|Unit|Lot|Box|Exit|Channel|Ward|Bed|Seat|Page|Rule|Article|Section|Resolution|Bill|No\.?|#)\s*$"
)


RULES: tuple[Rule, ...] = (
    _month_day_year, _day_month_year, _month_day, _day_month, _ordinal_day, _day_word_month, _day_range, _year_range,
    _iso, _numeric, _month_year, _month, _year,
)  # fmt: skip
