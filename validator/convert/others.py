"""The other events an article reports beside the main one: earlier, planned, cancelled, related.

An event word of the kind vocabulary (`events`) outside the main event's own mention becomes an
event of its own when its sentence sets it apart from the main event: a lifecycle of its own
("arranged a meeting ... but this did not materialize", "agreed to conduct talks at a future
date"), a date of its own ("the first meeting since November 2019"), or a kind of its own ("the
talks came after missile launches"). A mention of the main event's kind with none of these is
the main event mentioned again ("Following the 30-minute telephone talks"). Reporting words
(statements, announcements) are how the article talks, not events, and are never taken here.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..dates import TemporalExpression
from .document import Document
from .events import Cue, Lifecycle, MainEvent
from .nlp import MODIFIER_DEPS
from .when import is_stated_date

# Kinds that name how the article reports (every article "says"), not what it reports.
_REPORTING_KINDS = frozenset({"statement", "announcement", "publication", "press_conference"})
_PLANNED_BEFORE = re.compile(
    r"\b(will|would|plan(s|ned)? to|agreed to|set to|scheduled to|due to|expected to|hope(s|d)? to)\b"
    r"(\s+\S+){0,5}\s*\Z",
    re.I,
)
# In a headline a bare "to" plans ("Leaders to meet"); in a story it may not ("significant to hold talks").
_HEADLINE_TO = re.compile(r"\b(to)\s+(\S+\s+)?\Z", re.I)
# Words after an event's word that tell its fate ("a meeting ... did not materialise").
_FATES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lifecycle, re.compile(pattern, re.IGNORECASE))
    for lifecycle, pattern in (
        ("cancelled", r"\b(cancel(l)?ed|called off|scrapped|abandoned|(did not|failed to) materiali[sz]e)\b"),
        ("postponed", r"\b(postponed|delayed|put off|rescheduled|deferred)\b"),
    )
)  # fmt: skip
_EARLIER = re.compile(r"\b(since|previous|last|earlier|former|initially|had)\b", re.I)
_WINDOW_AFTER = 60  # characters after an event word where its own lifecycle words stand
MAX_OTHER_EVENTS = 8  # an article's side events worth a record each; the rest are context


@dataclass(frozen=True, slots=True)
class OtherEvent:
    """An event the article reports beside the main one, with the words each decision rests on."""

    kind: str
    cue: Cue
    lifecycle: Lifecycle
    lifecycle_cue: Cue | None
    relation: str  # to the main event, in the format's `related` vocabulary, seen from the main event
    date: TemporalExpression | None
    sentence: tuple[int, int]
    confidence: float


def other_events(
    document: Document,
    main: MainEvent,
    main_date: TemporalExpression | None,
    published: datetime.date | None = None,
) -> list[OtherEvent]:
    """The other events of *text*, in text order, one per kind, lifecycle and date (the first mention).
    An event dated after *published* with no word of its fate is planned: it cannot have occurred yet."""
    text, expressions = document.text, document.dates.expressions
    found: list[OtherEvent] = []
    seen: set[tuple[str, str, str | None]] = set()
    headline = document.headline
    sentences = [s for s in document.sentences if headline and headline[0] <= s.start < headline[1]]
    for sentence in sentences + document.story():
        start, end = sentence.start, sentence.end
        inside = [
            (trigger.kind, Cue(trigger.start, trigger.end, text[trigger.start : trigger.end]))
            for trigger in document.triggers(sentence)
            if trigger.kind not in _REPORTING_KINDS and document.doc[trigger.token].dep_ not in MODIFIER_DEPS
        ]
        for event in _events_in(text, (start, end), inside, main, expressions, main_date, published):
            key = (event.kind, event.lifecycle, event.date.value if event.date else None)
            if key not in seen and len(found) < MAX_OTHER_EVENTS:
                seen.add(key)
                found.append(event)
    return found


def _events_in(
    text: str,
    sentence: tuple[int, int],
    cues: list[tuple[str, Cue]],
    main: MainEvent,
    expressions: Sequence[TemporalExpression],
    main_date: TemporalExpression | None,
    published: datetime.date | None,
) -> list[OtherEvent]:
    end = sentence[1]
    events: list[OtherEvent] = []
    kinds_done: set[str] = set()
    for kind, cue in cues:
        if kind in kinds_done or (main.kind_cue is not None and cue.start == main.kind_cue.start):
            continue
        lifecycle, lifecycle_cue = _lifecycle(text, cue, end)
        date = _date_of(cue, [other for _, other in cues], expressions, sentence)
        if lifecycle == "occurred" and _after(date, published):
            lifecycle = "planned"
        own_date = date is not None and (main_date is None or date.value != main_date.value)
        if kind == main.kind and lifecycle == main.lifecycle and not own_date:
            continue  # the main event mentioned again
        relation = _relation(text, cue, lifecycle, date, main_date, sentence)
        confidence = 0.6 if own_date or lifecycle != "occurred" else 0.4
        events.append(OtherEvent(kind, cue, lifecycle, lifecycle_cue, relation, date, sentence, confidence))
        kinds_done.add(kind)  # one event per kind and sentence
    return events


def _lifecycle(text: str, cue: Cue, sentence_end: int) -> tuple[Lifecycle, Cue | None]:
    """Lifecycle words after the event word in its sentence, or a planning verb just before it."""
    before = text[max(0, cue.start - 60) : cue.start]
    headline = "\n" not in text[: cue.start].strip()
    if planned := _PLANNED_BEFORE.search(before) or (headline and _HEADLINE_TO.search(before)):
        offset = cue.start - len(before) + planned.start()
        return "planned", Cue(offset, offset + len(planned.group(1)), planned.group(1))
    window_end = min(sentence_end, cue.end + _WINDOW_AFTER)
    for lifecycle, pattern in _FATES:
        if match := pattern.search(text, cue.end, window_end):
            return lifecycle, Cue(match.start(), match.end(), match.group())  # type: ignore[return-value]
    return "occurred", None


def _after(expression: TemporalExpression | None, published: datetime.date | None) -> bool:
    return bool(expression and expression.earliest and published and expression.earliest.date() > published)


def _date_of(
    cue: Cue, cues: Sequence[Cue], expressions: Sequence[TemporalExpression], sentence: tuple[int, int]
) -> TemporalExpression | None:
    """The date in the event word's sentence nearest to it and to no other event word there (a stated
    date, not "now" or "recently"): in "the first meeting since November 2019 and ... missile tests",
    the month is the meeting's."""

    def owner(expression: TemporalExpression) -> Cue:
        return min(cues, key=lambda other: abs(expression.start - other.start))

    dates = [
        expression
        for expression in expressions
        if is_stated_date(expression) and sentence[0] <= expression.start < sentence[1] and owner(expression) == cue
    ]
    return min(dates, key=lambda e: abs(e.start - cue.start), default=None)


def _relation(
    text: str,
    cue: Cue,
    lifecycle: Lifecycle,
    date: TemporalExpression | None,
    main_date: TemporalExpression | None,
    sentence: tuple[int, int],
) -> str:
    if lifecycle in {"planned", "postponed"}:
        return "precedes"
    if lifecycle == "cancelled":
        return "context"
    if date is not None and main_date is not None and date.earliest and main_date.earliest:
        return "follows" if date.earliest < main_date.earliest else "precedes"
    if _EARLIER.search(text, sentence[0], cue.end):
        return "follows"
    return "context"
