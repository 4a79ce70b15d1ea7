"""The anchor of a document: the publication date that relative dates resolve against.

It comes from metadata when given. Otherwise `infer_anchor` looks for it in the text: a
dateline (a full date on one of the first lines), or a weekday the text names ("said Thursday")
that falls on a full date the text prints (a caption's "Feb. 10, 2022").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import NewsEventError
from .lexicon import MONTHS, WEEKDAYS, alternation

# How many characters from the start a dateline may stand (title, byline, then the dateline).
DATELINE_WINDOW = 400

_MONTH = rf"(?P<month>{alternation(MONTHS)})\.?"
_FULL_DATES = (
    re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(
        rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
_WEEKDAY = re.compile(rf"\b(?P<weekday>{alternation(w for w in WEEKDAYS if not w.endswith('.'))})\b", re.IGNORECASE)


class AnchorError(NewsEventError, ValueError):
    """An anchor was given in a form that cannot be used (an unknown time zone, a bad date)."""


def time_zone(name: str) -> ZoneInfo | None:
    """The IANA time zone *name* names, or None: not a zone, or not a name at all (a folder of the
    zone database such as "America", a name too long for a file name, a name with a NUL byte)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


@dataclass(frozen=True, slots=True)
class Anchor:
    """The date (and optionally time and IANA time zone) relative expressions resolve against."""

    date: date
    time: time | None = None
    timezone: str | None = None
    inferred: bool = False
    reason: str = "given as the publication date"

    def __post_init__(self) -> None:
        if self.timezone is not None and time_zone(self.timezone) is None:
            shown = self.timezone if len(self.timezone) <= 60 else self.timezone[:60] + "..."
            raise AnchorError(f"{shown!r} is not an IANA time zone; use a name such as 'Asia/Tokyo' or 'UTC'")

    @classmethod
    def parse(cls, value: str, *, timezone: str | None = None) -> Anchor:
        """An anchor from `YYYY-MM-DD` or an ISO date-time (its offset is kept as the zone when fixed)."""
        try:
            if "T" in value or " " in value.strip():
                moment = datetime.fromisoformat(value)
                return cls(moment.date(), moment.time().replace(tzinfo=None), timezone)
            return cls(date.fromisoformat(value), None, timezone)
        except AnchorError:
            raise  # the time zone is wrong, not the date
        except ValueError as error:
            raise AnchorError(
                f"{value!r} is not a publication date; write it as YYYY-MM-DD or YYYY-MM-DDThh:mm"
            ) from error

    def moment(self) -> datetime:
        """The anchor as a naive local date-time (the end of its day when no time is given)."""
        return datetime.combine(self.date, self.time or time(23, 59, 59))


@dataclass(frozen=True, slots=True)
class AnchorInference:
    """What `infer_anchor` found: an anchor, or the reason there is none."""

    anchor: Anchor | None
    reason: str


def _full_dates(text: str) -> list[tuple[int, date, str]]:
    found = []
    for pattern in _FULL_DATES:
        for match in pattern.finditer(text):
            month = match["month"]
            month_number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            try:
                found.append((match.start(), date(int(match["year"]), month_number, int(match["day"])), match[0]))
            except ValueError:
                continue
    return sorted(found)


def infer_anchor(text: str) -> AnchorInference:
    """The publication date of *text*, inferred from its words, with the reason."""
    dates = _full_dates(text)
    for position, value, words in dates:
        if position < DATELINE_WINDOW and text[:position].count("\n") <= 3:
            line_start = text.rfind("\n", 0, position) + 1
            line_end = text.find("\n", position)
            line = text[line_start : line_end if line_end != -1 else len(text)]
            if len(line.strip()) <= len(words) + 40:
                return AnchorInference(
                    Anchor(value, inferred=True, reason=f"dateline {words!r} near the start of the text"),
                    "dateline",
                )
    weekdays = {WEEKDAYS[match["weekday"].lower()]: match[0] for match in _WEEKDAY.finditer(text)}
    matching = [(value, words) for _, value, words in dates if value.isoweekday() in weekdays]
    if matching:
        value, words = max(matching)
        weekday = weekdays[value.isoweekday()]
        return AnchorInference(
            Anchor(
                value,
                inferred=True,
                reason=f"the text names {weekday!r}, and {words!r} is the latest full date on that weekday",
            ),
            "weekday and full date",
        )
    return AnchorInference(None, "no dateline and no full date on a weekday the text names")
