"""Parse one date phrase, once found, with dateparser and explicit settings.

dateparser is good at this (many spellings, many languages) and poor at finding dates in
running text, so it is only ever given a phrase the rules have already found. The settings are
explicit every time: no part is filled from today's date, the machine's time zone is never
read, and the day/month order is stated.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

import dateparser

DateOrder = Literal["DMY", "MDY", "YMD"]


def parse_date_phrase(
    phrase: str, *, date_order: DateOrder = "DMY", languages: tuple[str, ...] = ("en",)
) -> date | None:
    """The calendar day a complete phrase (day, month and year) names, or None if it names none.

    None means the phrase is not a real date (e.g. "February 30, 2022"); partial phrases are
    rejected rather than completed from the current date.
    """
    parsed = dateparser.parse(
        phrase,
        languages=list(languages),
        settings={
            "DATE_ORDER": date_order,
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "TIMEZONE": "UTC",
            "TO_TIMEZONE": "UTC",
            "PARSERS": ["custom-formats", "absolute-time"],
        },
    )
    return parsed.date() if parsed is not None else None
