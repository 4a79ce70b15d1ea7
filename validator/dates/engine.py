"""Find and normalise every temporal expression in a text.

The stages, in order:

1. the anchor: given, or inferred from the text (`anchor.infer_anchor`), or none;
2. candidates: every match of every rule (`rules_absolute`, `rules_periods`, `rules_relative`,
   `rules_duration`, `rules_time`);
3. selection: the longest candidates that are temporal expressions, without overlaps;
4. reading, in document order: each rule reads its match against the anchor, the tense around
   it (`context`) and the dates mentioned before it, which resolve anaphora ("that same month");
5. composition: a time next to its day becomes one time ("18:00 UTC Monday"), and two dates
   joined by "from ... to" or "between ... and" also give the range they span;
6. bounds: each period's first and last instants, in the anchor's time zone (UTC when it has
   none), or in the zone the text names for a time.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from ..errors import NewsEventError
from . import periods as cal
from .anchor import Anchor, infer_anchor
from .context import Sentences
from .reading import Context, Reading, Rule
from .rules_absolute import RULES as ABSOLUTE_RULES
from .rules_duration import RULES as DURATION_RULES
from .rules_periods import RULES as PERIOD_RULES
from .rules_relative import RULES as RELATIVE_RULES
from .rules_time import RULES as TIME_RULES

# Rule order breaks ties between candidates of the same length: earlier wins.
ALL_RULES: tuple[Rule, ...] = (*ABSOLUTE_RULES, *PERIOD_RULES, *TIME_RULES, *RELATIVE_RULES, *DURATION_RULES)

# How many dates mentioned before are kept for anaphora.
REFERENCE_MEMORY = 8

_TIME_DAY_GLUE = re.compile(r"^\s+(?:(?:on|at)\s+)?$", re.IGNORECASE)
_TIME_DAY_COMMA = re.compile(r"^\s*,\s*$")
_RANGE_OPENERS = re.compile(r"(?:\b(?P<word>from|between)\s+)$", re.IGNORECASE)
_DASHES = frozenset({"-", "\u2013", "\u2014"})  # hyphen, en dash, em dash
_RANGE_GLUE = re.compile("^\\s*(?:to|until|till|through|and|-|\u2013|\u2014)\\s*$", re.IGNORECASE)


class DatesError(NewsEventError, TypeError):
    """The temporal engine was given something it cannot read (not a string)."""


@dataclass(frozen=True, slots=True)
class TemporalExpression:
    """A temporal expression found in a text, normalised and bounded."""

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str
    mod: str | None = None
    precision: str | None = None
    earliest: datetime | None = None
    latest: datetime | None = None
    timezone: str | None = None
    anchor: str = "none"
    """What the value was resolved against: `publication`, `temporal` (a date before it) or `none`."""
    anchor_value: str | None = None
    anchor_index: int | None = None
    """For a `temporal` anchor: the index (in the result) of the expression it refers to."""
    reason: str | None = None
    quant: str | None = None
    freq: str | None = None
    qualifiers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DateResult:
    """Every temporal expression of a text, with the anchor used and how it was found."""

    expressions: tuple[TemporalExpression, ...]
    anchor: Anchor | None
    anchor_reason: str


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    priority: int
    rule: Rule
    match: re.Match[str]


def _candidates(text: str) -> list[_Candidate]:
    # Where the text has a character that folds to an ASCII letter, only each rule's own scan is exact.
    lowered = text.translate(_ASCII_LOWER) if _FOLDS_TO_ASCII.isdisjoint(text) else None
    casefree = _casefree_patterns()
    found = [
        _Candidate(match.start(), match.end(), priority, rule, match)
        for priority, rule in enumerate(ALL_RULES)
        for match in _matches(rule, casefree[priority], text, lowered)
        if match.end() > match.start()
    ]
    found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    return found


def _casefree_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """*pattern*, which ignores case, as a case-sensitive pattern over text in lower case: its
    literal letters lowered, escapes and group names kept (matching without folding case is about
    twice as fast). None for a pattern that sets flags inside itself ("(?-i:...)"), which only
    its own scan reads right."""
    source, parts, index = pattern.pattern, [], 0
    if re.search(r"\(\?[aiLmsux-]+[:)]", source):
        return None
    while index < len(source):
        group = re.match(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", source[index:])
        piece = group.group() if group else source[index].lower()
        parts.append(piece)
        index += len(piece)
    return re.compile("".join(parts), pattern.flags & ~re.IGNORECASE)


@functools.cache
def _casefree_patterns() -> tuple[re.Pattern[str] | None, ...]:
    return tuple(_casefree_pattern(rule.pattern) for rule in ALL_RULES)  # compiled on first use


_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
# The characters outside ASCII that a pattern ignoring case matches to an ASCII letter: the dotted
# capital I, the dotless i, the long s and the Kelvin sign (every other one was checked with `re`).
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _matches(rule: Rule, casefree: re.Pattern[str] | None, text: str, lowered: str | None) -> list[re.Match[str]]:
    """Every match of *rule* in *text*, as `rule.pattern.finditer(text)` finds them: found in the
    *lowered* text by the rule's *casefree* twin, each then matched by the rule itself where it
    starts, so that the match reads the text as written."""
    if casefree is None or lowered is None:
        return list(rule.pattern.finditer(text))
    matches = []
    for found in casefree.finditer(lowered):
        match = rule.pattern.match(text, found.start())
        if match is None or match.end() != found.end():  # not expected; the rule's own scan decides
            return list(rule.pattern.finditer(text))
        matches.append(match)
    return matches


def _select(text: str, anchor: Anchor | None, sentences: Sentences) -> list[_Candidate]:
    """The longest candidates that read as temporal expressions, none overlapping another."""
    starts: list[int] = []  # the spans taken, which never overlap, in text order
    ends: list[int] = []
    chosen = []
    for candidate in _candidates(text):
        before = bisect.bisect_left(starts, candidate.end)  # the spans that start before the candidate ends
        if before and ends[before - 1] > candidate.start:  # the last of them overlaps it (the others end earlier)
            continue
        context = Context(anchor, (), sentences.tense(candidate.start, candidate.end), text)
        if candidate.rule.read(candidate.match, context) is None:
            continue
        starts.insert(before, candidate.start)
        ends.insert(before, candidate.end)
        chosen.append(candidate)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _zone(anchor: Anchor | None, suffix: str) -> tuple[timezone | ZoneInfo, str | None]:
    if suffix == "Z":
        return UTC, "UTC"
    if suffix:
        sign = 1 if suffix[0] == "+" else -1
        hours, minutes = int(suffix[1:3]), int(suffix[4:6] or 0)
        return timezone(sign * timedelta(hours=hours, minutes=minutes)), None
    name = anchor.timezone if anchor is not None and anchor.timezone else "UTC"
    return ZoneInfo(name), name


def _expression(start: int, end: int, text: str, reading: Reading, anchor: Anchor | None) -> TemporalExpression:
    zone, zone_name = _zone(anchor, reading.clock[2] if reading.clock else "")
    earliest = latest = None
    period = reading.period
    if period is not None:
        earliest, latest = period.first.replace(tzinfo=zone), period.last.replace(tzinfo=zone)
    elif reading.value == "PAST_REF" and anchor is not None:
        latest = anchor.moment().replace(tzinfo=zone)
    elif reading.value == "FUTURE_REF" and anchor is not None:
        earliest = datetime.combine(anchor.date, datetime.min.time()).replace(tzinfo=zone)
    return TemporalExpression(
        start=start, end=end, text=text[start:end], type=reading.type, value=reading.value, rule=reading.rule,
        mod=reading.mod, precision=reading.precision, earliest=earliest, latest=latest,
        timezone=zone_name if (earliest or latest) else None, anchor=reading.anchor,
        anchor_value=anchor.date.isoformat() if anchor is not None and reading.anchor == "publication" else None,
        reason=reading.reason, quant=reading.quant, freq=reading.freq, qualifiers=reading.qualifiers,
    )  # fmt: skip


def _merge_times_with_days(text: str, items: list[tuple[int, int, Reading]]) -> list[tuple[int, int, Reading]]:
    merged: list[tuple[int, int, Reading]] = []
    for item in items:
        if merged:
            start, end, reading = merged[-1]
            _, next_end, following = item
            pair = (reading, following) if reading.clock else (following, reading)
            clock_reading, day_reading = pair
            if (
                clock_reading.clock is not None
                and day_reading.clock is None
                and day_reading.precision == "day"
                and day_reading.period is not None
                and (_TIME_DAY_GLUE.match(text[end : item[0]]) or _TIME_DAY_COMMA.match(text[end : item[0]]))
            ):
                hour, minute, suffix = clock_reading.clock
                period = cal.clock(day_reading.period.first.date(), hour, minute)
                dated_clock = replace(
                    clock_reading, value=f"{period.value}{suffix}", period=period, precision=period.precision,
                    anchor=day_reading.anchor, reason="the time on the day written beside it", qualifiers=(),
                )  # fmt: skip
                if _TIME_DAY_COMMA.match(text[end : item[0]]):
                    # "16:15 UTC, June 1st": two expressions; the time takes the day's date.
                    if reading.clock:
                        merged[-1] = (start, end, dated_clock)
                        merged.append(item)
                    else:
                        merged.append((item[0], item[1], dated_clock))
                    continue
                combined = replace(dated_clock, rule=f"{clock_reading.rule}+{day_reading.rule}")
                merged[-1] = (start, next_end, combined)
                continue
        merged.append(item)
    return merged


def _ranges(text: str, items: list[tuple[int, int, Reading]]) -> list[tuple[int, int, Reading]]:
    ranges = []
    for (start, end, first), (next_start, next_end, second) in itertools.pairwise(items):
        if first.period is None or second.period is None or first.type != "DATE" or second.type != "DATE":
            continue
        opener = _RANGE_OPENERS.search(text[max(0, start - 9) : start])
        glue = text[end:next_start]
        if not _RANGE_GLUE.match(glue):
            continue
        if opener is None and (glue not in _DASHES or first.precision != second.precision):
            continue
        if opener is not None and (opener["word"].lower() == "between") != (glue.strip().lower() == "and"):
            continue
        low, high = first.period, second.period
        if high.last < low.first:
            continue
        value = _span_value(low, high)
        period = cal.Period(value, first.precision or "day", low.first, high.last)
        range_start = start - len(opener[0]) if opener is not None else start
        ranges.append((range_start, next_end, Reading(
            "DURATION", value, "range", precision=None, period=period, anchor="none",
            reason=f"the range from {text[start:end]!r} to {text[next_start:next_end]!r}",
        )))  # fmt: skip
    return ranges


def _span_value(low: cal.Period, high: cal.Period) -> str:
    if low.precision == "year" and high.precision == "year":
        return f"P{high.first.year - low.first.year}Y"
    if low.precision == "month" and high.precision == "month":
        months = (high.first.year - low.first.year) * 12 + high.first.month - low.first.month
        return f"P{months}M"
    return f"P{(high.last.date() - low.first.date()).days + 1}D"


def find_dates(text: str, *, anchor: Anchor | None = None, infer: bool = True) -> DateResult:
    """Every temporal expression in *text*, resolved against *anchor* (the publication date).

    Without an anchor the engine infers one from the text when *infer* is true (and says so in
    `anchor_reason`); when none is found, relative expressions are still returned, unresolved.
    """
    if not isinstance(text, str):
        raise DatesError(f"{type(text).__name__!r} given where the text of an article (a str) is needed")
    if anchor is not None:
        reason = anchor.reason
    elif infer:
        inference = infer_anchor(text)
        anchor, reason = inference.anchor, inference.anchor.reason if inference.anchor else inference.reason
    else:
        reason = "no publication date given"
    sentences = Sentences.of(text)
    references: list[cal.Period] = []
    readings: list[tuple[int, int, Reading]] = []
    bases: dict[int, cal.Period] = {}
    for candidate in _select(text, anchor, sentences):
        tense = sentences.tense(candidate.start, candidate.end)
        context = Context(anchor, tuple(references[-REFERENCE_MEMORY:]), tense, text)
        reading = candidate.rule.read(candidate.match, context)
        if reading is None:
            continue
        if reading.anchor == "temporal" and context.consulted:
            bases[id(reading)] = context.consulted[-1]
        readings.append((candidate.start, candidate.end, reading))
        if reading.period is not None and reading.type in {"DATE", "TIME"}:
            references.append(reading.period)
    readings = _merge_times_with_days(text, readings)
    readings += _ranges(text, readings)
    readings.sort(key=lambda item: (item[0], -item[1]))
    index_of_period = {id(reading.period): index for index, (_, _, reading) in enumerate(readings) if reading.period}
    expressions = tuple(
        replace(
            _expression(start, end, text, reading, anchor),
            anchor_index=index_of_period.get(id(bases[id(reading)])) if id(reading) in bases else None,
        )
        for start, end, reading in readings
    )
    return DateResult(expressions, anchor, reason)
