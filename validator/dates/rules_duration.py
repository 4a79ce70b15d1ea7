"""Rules for lengths of time ("30-minute", "five years", "the past decade") and recurrences
("every Thursday", "annually", "twice a week")."""

from __future__ import annotations

import re

from .lexicon import SEASONS, UNITS, WEEKDAYS, alternation
from .phrases import NUMBER, VAGUE, WEEKDAY, format_number, number_value
from .reading import Context, Reading, Rule, rule

_UNIT = rf"(?P<unit>{alternation(UNITS)})(?:s|es)?"
# Quantifiers of a duration and their TIMEX3 mods.
_DURATION_MODS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "fewer than": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
}  # fmt: skip
_MOD = rf"(?:(?P<mod>{alternation(_DURATION_MODS)})\s+)?"


def duration_value(amount: float | None, unit: str) -> str:
    """The TIMEX3 value of *amount* *unit*s (X when the text gives no number)."""
    unit = unit.lower()
    letter = UNITS[unit]
    count = "X" if amount is None else format_number(amount)
    if letter == "W2":
        count, letter = ("X" if amount is None else format_number(2 * amount)), "W"
    if unit == "decade" and amount is not None:
        return f"P{format_number(10 * amount)}Y"
    if unit in {"second", "minute", "hour"}:
        return f"PT{count}{letter}"
    return f"P{count}{letter}"


@rule(
    "duration.amount",
    rf"\b{_MOD}(?P<number>{NUMBER}|{VAGUE})(?:\s+(?:consecutive|straight|successive|full|more|additional|long))?"
    rf"[- ]{_UNIT}(?P<long>[- ]long|[- ]old)?\b",
)
def _amount(match: re.Match[str], context: Context) -> Reading | None:
    unit = match["unit"].lower()
    number_words = match["number"].lower()
    amount = number_value(match["number"])
    if amount is None and not re.fullmatch(VAGUE, number_words):
        return None
    if unit == "second" and number_words in {"a", "an"}:
        return None  # "a second term" is an ordinal
    if unit == "weekend":
        return None
    if amount is not None and amount >= 1000 and not match[0][len(match["mod"] or "") :].count("-"):
        return None  # "the 2018 day" is a year before a noun, not a duration
    mod = _DURATION_MODS.get(" ".join((match["mod"] or "").lower().split()))
    value = duration_value(amount, unit)
    return Reading("DURATION", value, "duration.amount", mod=mod, precision=None,
                   reason=f"{match['number']} {unit}(s)")  # fmt: skip


@rule(
    "duration.span",
    rf"\b(?:the\s+)?(?P<dir>past|last|next|coming|previous|first|final|following)\s+(?P<number>{NUMBER}|{VAGUE})\s+{_UNIT}\b",
)
def _span(match: re.Match[str], context: Context) -> Reading | None:
    amount = number_value(match["number"])
    if amount is None and not re.fullmatch(VAGUE, match["number"].lower()):
        return None
    return Reading("DURATION", duration_value(amount, match["unit"]), "duration.span", anchor="publication",
                   reason=f"a stretch of {match['number']} {match['unit']}(s)")  # fmt: skip


@rule(
    "duration.unspecified",
    r"\b(?P<lead>for|over\s+the|in\s+recent|recent|for\s+many|over\s+many|in\s+the\s+coming|for\s+several)\s+"
    r"(?P<unit>years|months|decades|weeks|days|hours|centuries)\b|\b(?P<unit2>decades|years)-long\b"
    r"|(?<![0-9]\s)(?<!\w\s)\b(?P<unit3>decades)\b",
)
def _unspecified(match: re.Match[str], context: Context) -> Reading | None:
    unit = (match["unit"] or match["unit2"] or match["unit3"]).lower().removesuffix("s").replace("centurie", "century")
    value = "PXDE" if unit == "decade" else duration_value(None, unit)
    return Reading("DURATION", value, "duration.unspecified", reason=f"an unstated number of {unit}s")


_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M", "hour": "PT1H",
              "minute": "PT1M", "second": "PT1S",
              "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI",
              "weekend": "XXXX-WXX-WE"}  # fmt: skip
_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
                "annual": "P1Y", "hourly": "PT1H", "nightly": "TNI", "quarterly": "P3M", "biannual": "P6M",
                "biennial": "P2Y", "fortnightly": "P2W"}  # fmt: skip


@rule(
    "set.every",
    rf"\b(?P<every>every|each)\s+(?:(?P<other>other)\s+|(?P<number>{NUMBER})\s+)?"
    rf"(?:(?P<weekday>{WEEKDAY})|(?P<season>{alternation(SEASONS)})|(?P<unit>{alternation(_SET_UNITS)})s?)\b",
)
def _every(match: re.Match[str], context: Context) -> Reading | None:
    if match["weekday"]:
        if not match["weekday"][0].isupper():
            return None
        value = f"XXXX-WXX-{WEEKDAYS[match['weekday'].lower()]}"
    elif match["season"]:
        value = f"XXXX-{SEASONS[match['season'].lower()]}"
    else:
        unit = match["unit"].lower()
        value = _SET_UNITS[unit]
        count = 2 if match["other"] else number_value(match["number"]) if match["number"] else None
        if count and value.startswith("P"):
            value = value.replace("1", format_number(count), 1)
        elif count and unit in {"minute", "second"}:
            value = f"PT{format_number(count)}{'M' if unit == 'minute' else 'S'}"
    return Reading("SET", value, "set.every", quant=match["every"].upper(), freq="1X",
                   reason=f"a recurrence: {match[0]!r}")  # fmt: skip


@rule(
    "set.weekday-plural",
    rf"\b(?:on\s+)(?P<weekday>{alternation(w for w in WEEKDAYS if not w.endswith('.'))})s\b",
)
def _weekday_plural(match: re.Match[str], context: Context) -> Reading | None:
    if not match["weekday"][0].isupper():
        return None
    return Reading("SET", f"XXXX-WXX-{WEEKDAYS[match['weekday'].lower()]}", "set.weekday-plural", quant="EVERY",
                   reason="a weekday in the plural recurs every week")  # fmt: skip


@rule("set.adverb", rf"\b(?P<word>{alternation(_SET_ADVERBS)})\b")
def _adverb(match: re.Match[str], context: Context) -> Reading | None:
    return Reading("SET", _SET_ADVERBS[match["word"].lower()], "set.adverb", reason=f"{match['word']!r} recurs")


@rule(
    "set.frequency",
    rf"\b(?P<times>once|twice|thrice|(?:{NUMBER})\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year|hour)\b",
)
def _frequency(match: re.Match[str], context: Context) -> Reading | None:
    times = match["times"].lower()
    count = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(times) or number_value(times.removesuffix(" times"))
    if count is None:
        return None
    return Reading("SET", _SET_UNITS[match["unit"].lower()], "set.frequency", freq=f"{format_number(count)}X",
                   reason=f"{match['times']} per {match['unit']}")  # fmt: skip


@rule(
    "duration.coordinated",
    rf"\b(?P<number>{NUMBER})(?=\s+(?:or|to|and)\s+(?:{NUMBER})[- ]{_UNIT.replace('(?P<unit>', '(?P<unit_after>')})",
)
def _coordinated(match: re.Match[str], context: Context) -> Reading | None:
    """The first of two coordinated amounts sharing a unit ("60 or 90 days": 60 days)."""
    amount = number_value(match["number"])
    if amount is None or match["number"].lower() in {"a", "an"}:
        return None
    unit = match["unit_after"].lower()
    return Reading("DURATION", duration_value(amount, unit), "duration.coordinated",
                   reason=f"{match['number']} {unit}(s), the unit written after the next amount")  # fmt: skip


RULES: tuple[Rule, ...] = (
    _amount,
    _span,
    _coordinated,
    _unspecified,
    _every,
    _weekday_plural,
    _adverb,
    _frequency,
)
