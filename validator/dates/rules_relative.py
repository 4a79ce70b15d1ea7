"""Rules for dates relative to the publication date or to a date mentioned before: today,
weekdays, last/next/this week, "two days ago", "the following day", "that same month"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import periods as cal
from .lexicon import DAY_PARTS, REFERENCE_WORDS, UNITS, WEEKDAYS, alternation
from .phrases import NUMBER, VAGUE, WEEKDAY, format_number, number_value, unit_period
from .reading import Context, Reading, Rule, dated, rule, unresolved, unresolved_unit, weekday_date

_DAY_PART = rf"(?:\s+(?P<part>{alternation(DAY_PARTS)}))?"
_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
            "the day after tomorrow": 2}  # fmt: skip


def _day_or_part(value: date, part: str | None, rule_name: str, reason: str, anchor: str = "publication") -> Reading:
    if part:
        period = cal.part_of_day(value, DAY_PARTS[part.lower()])
        return dated(period, rule_name, anchor=anchor, reason=reason, type_="TIME")  # type: ignore[arg-type]
    return dated(cal.day(value), rule_name, anchor=anchor, reason=reason)  # type: ignore[arg-type]


@rule("relative.deictic-day", rf"\b(?:(?:earlier|later)\s+)?(?P<word>{alternation(_DEICTIC)})\b{_DAY_PART}")
def _deictic_day(match: re.Match[str], context: Context) -> Reading | None:
    word = " ".join(match["word"].lower().split())
    part = match["part"] or ("night" if word == "tonight" else None)
    if context.anchor is None:
        return unresolved("XXXX-XX-XX", "relative.deictic-day", "day", match[0])
    value = context.anchor.date + timedelta(days=_DEICTIC[word])
    return _day_or_part(value, part, "relative.deictic-day", f"{word!r} relative to the publication date")


@rule("relative.this-part-of-day", rf"\b(?P<dir>this|last)\s+(?P<part>{alternation(DAY_PARTS)})\b")
def _this_part_of_day(match: re.Match[str], context: Context) -> Reading | None:
    if context.anchor is None:
        return unresolved("XXXX-XX-XX", "relative.this-part-of-day", "part_of_day", match[0])
    back = 1 if match["dir"].lower() == "last" else 0
    value = context.anchor.date - timedelta(days=back)
    return _day_or_part(value, match["part"], "relative.this-part-of-day", f"{match[0]!r} of the publication date")


@rule(
    "relative.weekday",
    rf"\b(?:(?P<dir>last|next|this\s+past|this|coming|this\s+coming)\s+)?(?P<weekday>{WEEKDAY}){_DAY_PART}",
)
def _weekday(match: re.Match[str], context: Context) -> Reading | None:
    token = match["weekday"]
    if not token[0].isupper():
        return None
    weekday = WEEKDAYS[token.lower()]
    direction = " ".join((match["dir"] or "").lower().split()).replace("this coming", "coming")
    if direction == "next" and re.search(r"\bthe\s+$", context.text[max(0, match.start() - 5) : match.start()], re.I):
        direction = "coming"  # "the next Tuesday" is the coming one
    if direction == "this past":
        direction = "last-or-today"
    if context.anchor is None:
        return unresolved(f"XXXX-WXX-{weekday}", "relative.weekday", "day", token)
    if direction == "last-or-today":
        value, reason = weekday_date(weekday, context, None)
    else:
        value, reason = weekday_date(weekday, context, direction if direction in {"last", "next", "coming"} else None)
    return _day_or_part(value, match["part"], "relative.weekday", reason)


_UNIT_WORDS = r"year|month|week|decade|century"


@rule(
    "relative.unit",
    rf"\b(?P<dir>last|next|this\s+past|this|the\s+past|the\s+coming|the\s+previous|the\s+following|the\s+next|"
    rf"the\s+same|that\s+same|that|the\s+last|previous|following|coming|the)\s+(?P<unit>{_UNIT_WORDS})\b"
    rf"(?P<after>\s+(?:before|after|earlier|later|previous))?",
)
def _relative_unit(match: re.Match[str], context: Context) -> Reading | None:
    direction = " ".join(match["dir"].lower().split())
    if direction == "the" and not match["after"]:
        return None  # "the year" alone is resolved inside phrases such as "the end of the year"
    before = context.text[max(0, match.start() - 12) : match.start()].lower()
    if direction in {"the past", "the last", "the coming", "the next"} and re.search(
        r"\b(?:in|over|during|for|within|throughout)\s+$", before
    ):
        unit = match["unit"].lower()
        letter = UNITS[unit]
        value = "P10Y" if unit == "decade" else "P100Y" if unit == "century" else f"P1{letter}"
        return Reading("DURATION", value, "relative.unit-duration", anchor="publication",
                       reason=f"'{direction} {unit}' after a preposition of extent: a duration up to the anchor",
                       )  # fmt: skip
    shifts = {"last": -1, "next": 1, "this past": -1, "this": 0, "the past": -1, "the last": -1, "the coming": 1,
              "the previous": -1, "previous": -1, "the following": 1, "following": 1, "the next": 1, "coming": 1,
              "the same": 0, "that same": 0, "that": 0, "the": 0}  # fmt: skip
    from_reference = direction in {"the previous", "previous", "the following", "following", "the same", "that same",
                                   "that"} or bool(match["after"])  # fmt: skip
    shift = shifts[direction]
    if match["after"]:
        shift = -1 if match["after"].strip().lower() in {"before", "earlier", "previous"} else 1
    resolved = unit_period(match["unit"], context, shift, from_reference=from_reference)
    if resolved is None:
        return unresolved_unit(match["unit"].lower(), shift, "relative.unit", match[0])
    return dated(resolved.period, "relative.unit", anchor=resolved.anchor, reason=resolved.reason)


@rule(
    "relative.weekend",
    r"\b(?:(?P<dir>this|last|next|the\s+past|this\s+past|the\s+coming|over\s+the|the)\s+)?weekend\b",
)
def _weekend(match: re.Match[str], context: Context) -> Reading | None:
    if context.anchor is None:
        return unresolved("XXXX-WXX-WE", "relative.weekend", "day", match[0])
    anchor = context.anchor.date
    direction = " ".join((match["dir"] or "").lower().split())
    in_weekend = anchor.isoweekday() >= 6
    if direction in {"last", "the past", "this past"} or (
        not in_weekend and direction not in {"next", "the coming"} and context.tense == "past"
    ):
        value, reason = (
            anchor - timedelta(days=7 if not in_weekend or direction == "last" else 0),
            "the weekend before",
        )
    elif direction in {"next", "the coming"}:
        value, reason = anchor + timedelta(days=7), "the weekend after"
    else:
        value, reason = anchor, "the weekend of the publication week"
    return dated(cal.weekend(value), "relative.weekend", anchor="publication", reason=f"{reason} the publication date")


_AGO_UNITS = r"(?P<unit>day|week|month|year|decade|hour|minute)s?"


@rule(
    "relative.ago",
    rf"\b(?:(?:nearly|almost|about|around|some|more\s+than|over|less\s+than|roughly)\s+)?"
    rf"(?P<number>{NUMBER}|{VAGUE})\s+{_AGO_UNITS}\s+(?P<dir>ago|earlier|later)\b",
)
def _ago(match: re.Match[str], context: Context) -> Reading | None:
    unit = match["unit"].lower()
    direction = match["dir"].lower()
    amount = number_value(match["number"])
    if amount is None:
        return Reading("DATE", "PAST_REF" if direction in {"ago", "earlier"} else "FUTURE_REF",
                       "relative.ago", anchor="publication", reason="an unstated number of units")  # fmt: skip
    sign = -1 if direction in {"ago", "earlier"} else 1
    reference = context.reference_finer_than("day" if unit in {"day", "hour", "minute"} else unit)
    use_reference = direction != "ago" and reference is not None
    if context.anchor is None and not use_reference:
        return unresolved_unit(unit, sign, "relative.ago", match[0])
    base = reference.first.date() if use_reference else context.anchor.date  # type: ignore[union-attr]
    anchor = "temporal" if use_reference else "publication"
    count = int(amount)
    if unit in {"hour", "minute"}:
        unit, count = "day", (1 if amount >= 12 and unit == "hour" else 0)
    if unit == "day":
        period = cal.day(base + timedelta(days=sign * count))
    elif unit == "week":
        period = cal.iso_week(base + timedelta(weeks=sign * count))
    elif unit == "month":
        period = cal.month(*cal.shift_month(base.year, base.month, sign * count))
    else:
        years = count * (10 if unit == "decade" else 1)
        period = cal.year(base.year + sign * years)
    source = "the date mentioned before" if use_reference else "the publication date"
    return dated(period, "relative.ago", anchor=anchor,  # type: ignore[arg-type]
                 reason=f"{format_number(amount)} {unit}(s) {direction} {source}")  # fmt: skip


_ANAPHORIC_DAYS = {"that day": 0, "the same day": 0, "that same day": 0, "the next day": 1, "the following day": 1,
                   "the day after": 1, "the previous day": -1, "the day before": -1,
                   "the preceding day": -1}  # fmt: skip


@rule("relative.anaphoric-day", rf"\b(?P<words>{alternation(_ANAPHORIC_DAYS)})\b")
def _anaphoric_day(match: re.Match[str], context: Context) -> Reading | None:
    words = " ".join(match["words"].lower().split())
    shift = _ANAPHORIC_DAYS[words]
    reference = context.reference_finer_than("day")
    if reference is not None:
        value = reference.first.date() + timedelta(days=shift)
        return dated(cal.day(value), "relative.anaphoric-day", anchor="temporal",
                     reason=f"{words!r}: relative to the date mentioned before")  # fmt: skip
    if context.anchor is None:
        return unresolved("XXXX-XX-XX", "relative.anaphoric-day", "day", match[0])
    value = context.anchor.date + timedelta(days=shift)
    return dated(cal.day(value), "relative.anaphoric-day", anchor="publication",
                 reason=f"{words!r}: no date mentioned before, so relative to the publication date")  # fmt: skip


@rule("relative.reference", rf"\b(?P<words>{alternation(REFERENCE_WORDS)}|the\s+past|the\s+future)\b")
def _reference(match: re.Match[str], context: Context) -> Reading | None:
    words = " ".join(match["words"].lower().split())
    value = REFERENCE_WORDS.get(words) or ("PAST_REF" if words == "the past" else "FUTURE_REF")
    if words in {"soon", "shortly"} and re.match(
        r"\s+(?:after|before|afterwards|thereafter)\b", context.text[match.end() :]
    ):
        return None  # "soon after the launch" relates two events; it names no time
    return Reading("DATE", value, "relative.reference", anchor="publication",
                   reason=f"{words!r} refers to the {value.removesuffix('_REF').lower()} without a date")  # fmt: skip


@rule(
    "relative.same-period-year-before",
    r"\bthe\s+same\s+(?P<what>period|month|quarter|week|day|time)\s+(?:of\s+)?"
    r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b",
)
def _same_period_year_before(match: re.Match[str], context: Context) -> Reading | None:
    what = match["what"].lower()
    precision = {"period": "quarter", "time": "day"}.get(what, what)
    reference = context.reference_finer_than(precision)
    if reference is None:
        return None
    first, last = reference.first, reference.last
    try:
        shifted = cal.Period(
            f"{first.year - 1:04d}{reference.value[4:]}", reference.precision,
            first.replace(year=first.year - 1), last.replace(year=last.year - 1), reference.mod,
        )  # fmt: skip
    except ValueError:  # 29 February
        return None
    return dated(shifted, "relative.same-period-year-before", anchor="temporal",
                 reason="the date mentioned before, one year earlier")  # fmt: skip


@rule(
    "relative.that-time",
    r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=until\s)|(?<=since\s)|(?<=from\s))(?:that|the)\s+time\b(?!\s+(?:of|when|to|for))",
)
def _that_time(match: re.Match[str], context: Context) -> Reading | None:
    reference = context.reference
    if reference is None:
        return None
    return dated(reference, "relative.that-time", anchor="temporal", reason="'that time': the date mentioned before")


@rule(
    "relative.part-of-that-day",
    r"\b(?:(?<=\bin\s)|(?<=\bduring\s))?(?:the|that)\s+(?P<part>morning|afternoon|evening)\b",
)
def _part_of_that_day(match: re.Match[str], context: Context) -> Reading | None:
    reference = context.reference_finer_than("day")
    if reference is not None:
        value, anchor, reason = reference.first.date(), "temporal", "that part of the day mentioned before"
    elif context.anchor is not None:
        value, anchor, reason = context.anchor.date, "publication", "that part of the publication day"
    else:
        return unresolved("XXXX-XX-XX", "relative.part-of-that-day", "part_of_day", match[0])
    return _day_or_part(value, match["part"], "relative.part-of-that-day", reason, anchor)


RULES: tuple[Rule, ...] = (
    _deictic_day, _this_part_of_day, _weekday, _relative_unit, _weekend, _ago, _anaphoric_day, _reference,
    _same_period_year_before, _that_time, _part_of_that_day,
)  # fmt: skip
