"""Rules for times of day: "6am", "10.45pm local time", "18:00 UTC", "noon", "midnight"."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from . import periods as cal
from .lexicon import alternation
from .reading import Context, Reading, Rule, rule

# Zone abbreviations common in English news, as TIMEX3 value suffixes (standard time unless the
# abbreviation names summer time).
ZONES: dict[str, str] = {
    "utc": "Z", "gmt": "Z", "z": "Z", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
    "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "bst": "+01:00", "cet": "+01:00",
    "cest": "+02:00", "eet": "+02:00", "eest": "+03:00", "msk": "+03:00", "ist": "+05:30", "hkt": "+08:00",
    "sgt": "+08:00", "jst": "+09:00", "kst": "+09:00", "aest": "+10:00", "aedt": "+11:00", "nzst": "+12:00",
    "nzdt": "+13:00",
}  # fmt: skip
# Zones named without saying standard or summer time: their offset depends on the date.
LOCAL_ZONES: dict[str, str] = {
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver", "pt": "America/Los_Angeles",
}  # fmt: skip
_ZONE = (
    rf"(?:\s*\(?(?P<zone>{alternation(z.upper() for z in (*ZONES, *LOCAL_ZONES))})(?![A-Za-z])"
    r"(?:\s*(?P<sign>[+-])\s*(?P<offset>[0-9]{1,2}))?\)?"
    r"|\s+(?P<local>local\s+time))?"
)
_AMPM = r"(?P<ampm>a\.m\.?|p\.m\.?|am|pm)"


def _suffix(match: re.Match[str], day: date | None = None) -> str:
    zone = match["zone"]
    if not zone:
        return ""
    if match["offset"]:
        return f"{match['sign']}{int(match['offset']):02d}:00"
    if zone.lower() in LOCAL_ZONES:
        if day is None:
            return ""
        offset = datetime.combine(day, time(12)).replace(tzinfo=ZoneInfo(LOCAL_ZONES[zone.lower()])).strftime("%z")
        return f"{offset[:3]}:{offset[3:]}"
    return ZONES[zone.lower()]


def _clock_reading(hour: int, minute: int | None, match: re.Match[str], context: Context, rule_name: str) -> Reading:
    reference = context.reference_finer_than("day")
    day: date | None = None
    anchor = "none"
    if reference is not None:
        day, anchor, reason = reference.first.date(), "temporal", "the time of the day mentioned before"
    elif context.anchor is not None:
        day, anchor, reason = context.anchor.date, "publication", "the time of the publication day"
    suffix = _suffix(match, day)
    if day is None:
        clock_text = f"T{hour:02d}" + (f":{minute:02d}" if minute is not None else "")
        return Reading("TIME", f"XXXX-XX-XX{clock_text}{suffix}", rule_name, precision="minute" if minute is not None
                       else "hour", qualifiers=("unresolved",), reason="no day to put the time on",
                       clock=(hour, minute, suffix))  # fmt: skip
    period = cal.clock(day, hour, minute)
    return Reading("TIME", f"{period.value}{suffix}", rule_name, precision=period.precision, period=period,
                   anchor=anchor, reason=reason, clock=(hour, minute, suffix))  # type: ignore[arg-type]  # fmt: skip


@rule(
    "time.am-pm",
    rf"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5][0-9]))?\s*{_AMPM}(?![a-z]){_ZONE}",
    flags=re.IGNORECASE,
)
def _am_pm(match: re.Match[str], context: Context) -> Reading | None:
    hour = int(match["hour"]) % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
    # "6am" is 06:00 exactly: minute precision is what the words say.
    minute = int(match["minute"]) if match["minute"] else 0
    return _clock_reading(hour, minute, match, context, "time.am-pm")


@rule(
    "time.24h",
    rf"(?<![0-9:.,])(?P<hour>[01]?[0-9]|2[0-3]):(?P<minute>[0-5][0-9])(?![0-9:]){_ZONE}(?:\s+hours)?",
)
def _twenty_four(match: re.Match[str], context: Context) -> Reading | None:
    return _clock_reading(int(match["hour"]), int(match["minute"]), match, context, "time.24h")


@rule("time.oclock", rf"\b(?P<hour>1[0-2]|0?[1-9])\s+o['\u2019]clock(?:\s*{_AMPM})?(?![a-z]){_ZONE}")
def _oclock(match: re.Match[str], context: Context) -> Reading | None:
    hour = int(match["hour"])
    if match["ampm"]:
        hour = hour % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
    return _clock_reading(hour, 0, match, context, "time.oclock")


@rule("time.named", rf"\b(?P<word>noon|midday|midnight){_ZONE}")
def _named(match: re.Match[str], context: Context) -> Reading | None:
    hour = 0 if match["word"].lower() == "midnight" else 12
    return _clock_reading(hour, 0, match, context, "time.named")


RULES: tuple[Rule, ...] = (_am_pm, _twenty_four, _oclock, _named)
