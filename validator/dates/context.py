"""Where a date stands: its sentence, and whether that sentence speaks of the past or the future."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from .lexicon import FUTURE_MARKERS, PAST_MARKERS

Tense = Literal["past", "future", "unknown"]

# A sentence ends at . ! ? (with closing quotes) before white space, or at a line break; not
# after an abbreviation ("9:30 a.m. EST", "Feb. 10", "U.S. forces").
_SENTENCE_END = re.compile("(?<=[.!?])[\"'\u201d\u2019)]*\\s+|\n+")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[ap]\.m|[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Inc|Corp|Ltd|"
    r"Co|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|"
    r"e\.g|i\.e|etc|approx|est)\.)$"
)
# A trailing attribution (", a spokesman said") reports the clause before it; its tense is not
# the clause's own.
_ATTRIBUTION = re.compile(r",\s*(?:[\w.'-]+\s+){0,6}?(?:said|says|told|added|stated|reported|announced)\b")
# Words around a date that decide its tense: the clause, up to this many characters each side.
TENSE_WINDOW = 80


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence boundaries of a text, for finding the sentence around an offset."""

    starts: tuple[int, ...]
    text: str

    @classmethod
    def of(cls, text: str) -> Sentences:
        starts = [0]
        for match in _SENTENCE_END.finditer(text):
            if match.group().startswith("\n") or not _ABBREVIATION.search(
                text, max(0, match.start() - 12), match.start()
            ):
                starts.append(match.end())
        return cls(tuple(starts), text)

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding the span."""
        index = bisect.bisect_right(self.starts, start) - 1
        stop = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.starts[index], stop

    def tense(self, start: int, end: int) -> Tense:
        """Whether the words around the span speak of the future or the past: the nearest marker
        decides, a future one on a tie."""
        low, high = self.around(start, end)
        before = self.text[max(low, start - TENSE_WINDOW) : start]
        after = self.text[end : min(high, end + TENSE_WINDOW)]
        if attribution := _ATTRIBUTION.search(after):
            after = after[: attribution.start()]
        distances: dict[Tense, int] = {}
        checks: tuple[tuple[Tense, re.Pattern[str]], ...] = (("future", FUTURE_MARKERS), ("past", PAST_MARKERS))
        for tense, markers in checks:
            near = [len(before) - match.end() for match in markers.finditer(before)]
            near += [match.start() for match in markers.finditer(after)]
            if near:
                distances[tense] = min(near)
        if not distances:
            return "unknown"
        return min(distances, key=lambda tense: (distances[tense], tense != "future"))
