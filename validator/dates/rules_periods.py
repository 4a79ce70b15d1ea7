"""Rules for periods: decades, centuries, seasons, quarters, halves, weeks of a month, and the
early, mid and late parts of periods ("mid-January", "the end of the year")."""

from __future__ import annotations

import re
from datetime import timedelta

from . import periods as cal
from .lexicon import ORDINAL_WORDS, PART_MODS, SEASONS, alternation
from .phrases import MONTH, PERIOD_PHRASE, YEAR, month_number, resolve_period
from .reading import Context, Reading, Rule, dated, rule, unresolved

_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}  # fmt: skip


@rule(
    "date.decade",
    rf"\b(?:the\s+)?(?:(?P<part>early|mid|late)[- ]?)?"
    rf"(?:(?P<full>1[5-9][0-9]0|20[0-9]0)'?s|'?(?P<short>[0-9]0)'?s|(?P<word>{alternation(_DECADE_WORDS)}))\b",
)
def _decade(match: re.Match[str], context: Context) -> Reading | None:
    if match["full"]:
        first = int(match["full"])
    elif match["short"]:
        first = 1900 + int(match["short"])
    else:
        if not match[0].lower().startswith("the"):
            return None
        first = 1900 + 10 * _DECADE_WORDS[match["word"].lower()]
    mod = PART_MODS[match["part"].lower()] if match["part"] else None
    return dated(cal.decade(first).with_mod(mod), "date.decade", reason="a decade; two-digit decades are read as 19xx")


_ORDINAL_CENTURY = (
    rf"(?P<number>[0-9]{{1,2}})(?:st|nd|rd|th)"
    rf"|(?P<word>{alternation(ORDINAL_WORDS)}|twentieth|twenty-first|nineteenth|eighteenth)"
)
_CENTURY_WORDS = {"twentieth": 20, "twenty-first": 21, "nineteenth": 19, "eighteenth": 18}


@rule("date.century", rf"\b(?:the\s+)?(?:{_ORDINAL_CENTURY})[- ]century\b")
def _century(match: re.Match[str], context: Context) -> Reading | None:
    number = (
        int(match["number"])
        if match["number"]
        else _CENTURY_WORDS.get(match["word"].lower(), ORDINAL_WORDS.get(match["word"].lower(), 0))
    )
    if number <= 0:
        return None
    return dated(cal.century((number - 1) * 100), "date.century", reason="the Nth century is years (N-1)00-(N-1)99")


_SEASON = alternation(SEASONS)


@rule(
    "date.season",
    rf"\b(?:(?P<dir>this|last|next|the\s+coming|the\s+past|this\s+past|the)\s+)?"
    rf"(?P<season>{_SEASON})\b(?:\s+(?:of\s+)?(?P<year>{YEAR}))?",
)
def _season(match: re.Match[str], context: Context) -> Reading | None:
    code = SEASONS[match["season"].lower()]
    direction = " ".join((match["dir"] or "").lower().split())
    if match["year"]:
        return dated(cal.season(int(match["year"]), code), "date.season", reason="season and year as written")
    cue = re.search(r"\b(?:in|during|over|this|by|until|since|of)\s+$", context.text[: match.start()])
    if not direction and code == "FA" and not cue:
        return None  # "fall" alone is the verb
    if context.anchor is None:
        return unresolved(f"XXXX-{code}", "date.season", "season", match[0])
    anchor = context.anchor.date
    seasons = [cal.season(year, code) for year in range(anchor.year - 2, anchor.year + 2)]
    if direction in {"last", "the past", "this past"}:
        period = max((s for s in seasons if s.last.date() < anchor), key=lambda s: s.first)
        reason = "the latest such season ended before the publication date"
    elif direction in {"next", "the coming"}:
        period = min((s for s in seasons if s.first.date() > anchor), key=lambda s: s.first)
        reason = "the next such season after the publication date"
    elif containing := [s for s in seasons if s.first.date() <= anchor <= s.last.date()]:
        period, reason = containing[0], "the season the publication date falls in"
    elif context.tense == "future":
        period = min((s for s in seasons if s.first.date() > anchor), key=lambda s: s.first)
        reason = "future tense: the next such season"
    elif context.tense == "past":
        period = max((s for s in seasons if s.last.date() < anchor), key=lambda s: s.first)
        reason = "past tense: the latest such season"
    else:
        period = cal.season(anchor.year, code)
        reason = "the season of the publication year"
    return dated(period, "date.season", anchor="publication", reason=reason)


_QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                     "final": 4, "last": -1}  # fmt: skip


@rule(
    "date.quarter",
    rf"\b(?:(?:the\s+)?(?P<ordinal>{alternation(_QUARTER_ORDINALS)})[- ]quarter(?:\s+of\s+(?P<of>{PERIOD_PHRASE}))?"
    rf"|Q(?P<q>[1-4])(?:\s+(?P<year>{YEAR}))?)\b",
)
def _quarter(match: re.Match[str], context: Context) -> Reading | None:
    if match["q"]:
        number = int(match["q"])
        if match["year"]:
            return dated(cal.quarter(int(match["year"]), number), "date.quarter", reason="quarter and year as written")
    else:
        number = _QUARTER_ORDINALS[match["ordinal"].lower()]
    if match["of"]:
        resolved = resolve_period(match["of"], context)
        if resolved is None:
            return None
        year = resolved.period.first.year
        number = 4 if number == -1 else number
        return dated(cal.quarter(year, number), "date.quarter", anchor=resolved.anchor, reason=resolved.reason)
    if context.anchor is None:
        return unresolved(f"XXXX-Q{max(number, 1)}", "date.quarter", "quarter", match[0])
    anchor = context.anchor.date
    current = cal.quarter_of(anchor)
    if number == -1:
        year, number = (anchor.year, current - 1) if current > 1 else (anchor.year - 1, 4)
        reason = "the last full quarter before the publication date"
    elif context.tense == "past" and number > current:
        year, reason = anchor.year - 1, "past tense: the latest such quarter"
    else:
        year, reason = anchor.year, "the quarter of the publication year"
    return dated(cal.quarter(year, number), "date.quarter", anchor="publication", reason=reason)


_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


@rule(
    "date.week-of-month",
    rf"\b(?:the\s+)?(?P<ordinal>{alternation(_WEEK_ORDINALS)})\s+week\s+of\s+(?P<of>{PERIOD_PHRASE})\b",
)
def _week_of_month(match: re.Match[str], context: Context) -> Reading | None:
    resolved = resolve_period(match["of"], context)
    if resolved is None or resolved.period.precision != "month":
        return None
    ordinal = _WEEK_ORDINALS[match["ordinal"].lower()]
    first, last = resolved.period.first.date(), resolved.period.last.date()
    day = last - timedelta(days=6) if ordinal == -1 else first + timedelta(weeks=ordinal - 1)
    return dated(cal.iso_week(day), "date.week-of-month", anchor=resolved.anchor,
                 reason=f"the ISO week holding that week of {resolved.reason}")  # fmt: skip


@rule("date.half", rf"\b(?:the\s+)?(?P<ordinal>first|second|1st|2nd)\s+half\s+of\s+(?P<of>{PERIOD_PHRASE})\b")
def _half(match: re.Match[str], context: Context) -> Reading | None:
    resolved = resolve_period(match["of"], context)
    if resolved is None or resolved.period.precision != "year":
        return None
    number = 1 if match["ordinal"].lower() in {"first", "1st"} else 2
    return dated(cal.half(resolved.period.first.year, number), "date.half", anchor=resolved.anchor,
                 reason=resolved.reason)  # fmt: skip


@rule(
    "date.part-of",
    rf"\b(?:(?P<part>early|mid|late|earlier|later)(?:-|\s+|\s+in\s+)"
    rf"|(?:the\s+|at\s+the\s+)?(?P<of_part>beginning|start|middle|end|close)\s+of\s+)(?P<what>{PERIOD_PHRASE})\b",
)
def _part_of(match: re.Match[str], context: Context) -> Reading | None:
    resolved = resolve_period(match["what"], context)
    if resolved is None:
        if context.anchor is None and re.match(MONTH, match["what"], re.IGNORECASE):
            number = month_number(match["what"].split()[0])
            if number is not None:
                return unresolved(f"XXXX-{number:02d}", "date.part-of", "month_part", match[0])
        return None
    part = (match["part"] or match["of_part"]).lower()
    if part in {"earlier", "later"}:
        return dated(resolved.period, "date.part-of", anchor=resolved.anchor,
                     reason=f"'{part}' in {resolved.reason}")  # fmt: skip
    mod = PART_MODS[part]
    return dated(resolved.period.with_mod(mod), "date.part-of", anchor=resolved.anchor,
                 reason=f"{part} part of {resolved.reason}")  # fmt: skip


@rule("date.year-end", r"\b(?:the\s+)?(?:year[- ]end|end[- ]of[- ]year)\b")
def _year_end(match: re.Match[str], context: Context) -> Reading | None:
    if context.anchor is None:
        return unresolved("XXXX", "date.year-end", "year", match[0])
    period = cal.year(context.anchor.date.year).with_mod("END")
    return dated(period, "date.year-end", anchor="publication", reason="the end of the publication year")


RULES: tuple[Rule, ...] = (
    _decade, _century, _season, _quarter, _week_of_month, _half, _part_of, _year_end,
)  # fmt: skip
