"""The main event: what the headline and the first sentence report, its kind, mode and lifecycle.

Each kind has trigger words; the kind whose triggers weigh most in the headline (double) and the
lead sentence wins, a specific kind (an attack) beating a generic one (a statement, a meeting)
on equal weight, then the earlier trigger. Mode comes from how the parties
met ("phone talks", "video conference", "met in Tokyo"), lifecycle from the words next to the
trigger ("will meet", "to meet", "summit called off"). Every decision keeps the words it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

_KIND_TRIGGERS: dict[str, str] = {
    "meeting": r"talks|met|meets?|meeting|conferred|consultations?",
    "summit": r"summits?",
    "visit": r"visits?|visited|visiting|arrived in|trip to|tour(ed)? of",
    "speech": r"speech|addressed|address to",
    "press_conference": r"press conference|news conference",
    "announcement": r"announced?|announces|unveil(ed|s)?|introduc(ed|es)",
    "agreement": r"agreement|signed|deal|accord|treaty",
    "election": r"elections?|elected|re-elected|polls?|ballots?|votes? count",
    "vote": r"referendum|voted|votes? (on|to)",
    "legal": r"court|trial|sentenced|convicted|acquitted|charged|arrested|lawsuit|sued|ruling|ruled|jailed|"
             r"imprison(ed)?",
    "protest": r"protests?|protesters?|demonstrat(ion|ions|ors|ed)|rall(y|ies)|marched|strike by",
    "attack": r"attacks?|attacked|bomb(ing|ings|ed)?|shooting|gunmen|shot dead|stabb(ed|ing)|killed in an attack",
    "military_action": r"air ?strikes?|troops|shelling|artillery|offensive|invasion|military alert|on alert",
    "launch": r"launch(ed|es)?|lift-?off|blasted off",
    "test": r"(tests?|tested)(?! (positive|negative))|test-fired",
    "accident": r"crash(ed|es)?|collapsed?|collision|derail(ed|ment)|capsized|accident",
    "disaster": r"earthquake|quake|floods?|flooding|storms?|hurricane|typhoon|cyclone|wildfires?|tsunami|eruption",
    "sport": r"beat|defeated|won the (match|game|final|cup|title|race)|match|tournament|championship|cup|league",
    "award": r"awards?|awarded|prize|medal|honou?red|laureate",
    "publication": r"study|report|published|journal|survey",
    "statement": r"statement|said|says|warned|claimed|denied",
}  # fmt: skip
KIND_PATTERNS = {kind: re.compile(rf"\b({words})\b", re.IGNORECASE) for kind, words in _KIND_TRIGGERS.items()}
# A specific kind beats these: statement and meeting words accompany every other kind.
_GENERIC = ("statement", "announcement", "meeting", "publication")

_MODES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (mode, re.compile(pattern, re.IGNORECASE))
    for mode, pattern in (
        ("phone", r"\b(tele)?phone (talks|call|conversation|conference)|\b(by|over the) (tele)?phone\b|\bphoned\b"),
        ("video", r"\bvideo ?(link|call|conference|talks)|\bvideoconference\b|\bvirtual(ly)? (meeting|summit|talks)\b"),
        ("in_person", r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\bmet (in|at|with)\b"),
    )
)  # fmt: skip
LIFECYCLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lifecycle, re.compile(pattern, re.IGNORECASE))
    for lifecycle, pattern in (
        ("cancelled", r"\b(cancel(l)?ed|called off|scrapped|did not materiali[sz]e|failed to materiali[sz]e)\b"),
        ("postponed", r"\b(postponed|delayed|put off|rescheduled)\b"),
        ("planned", r"\b(will|to be held|plans? to|planned|scheduled|set to|is to|are to|upcoming)\b"),
        ("ongoing", r"\b(continu(e|es|ing)|ongoing|under way|underway)\b"),
    )
)  # fmt: skip

# After a reporting verb, the rest of a sentence that only sources it: a day, a full stop.
_ATTRIBUTION_TAIL = re.compile(r"(\s+(on\s+)?[A-Z]?[a-z]+(day)?)?\s*[.\u201d\"]*\s*\Z")
# Words a full stop follows without ending a sentence ("Mr. Smith", "Feb. 10"); an initial ("U.S.")
# is one letter. Titles and months as news agencies abbreviate them (AP style).
_ABBREVIATIONS = (
    "Mr", "Ms", "Mrs", "Dr", "St", "Jr", "Sr", "No", "Gen", "Col", "Lt", "Sgt", "Gov", "Rep", "Sen", "Prof",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip
# A sentence ends at a line break, or at a full stop (with any closing quotes) before a capital,
# a digit or the end of the line, unless the full stop ends an initial or an abbreviation.
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')]*(?=[ \t]+[\"\u201c\u2018(]?[A-Z0-9]|[ \t]*(?:\n|\Z))|\n")
_WORD_BEFORE = re.compile(r"(?:\A|\W)(\w+)\Z")
_REPORTED_CONTENT = re.compile(
    r"\b(said|says|emphasi[sz]ed|stressed|warned|noted|added|agreed|confirmed|claimed|argued|believes?|believed)"
    r"\s+that\b",
    re.IGNORECASE,
)
# A caption carries a credit: "Image: UK Government.", "(Photo courtesy of ...)", "Photo: AP",
# and so do the captions of video and audio clips ("Video: ...", "Audio: ...").
CREDIT_WORDS = frozenset({
    "Image", "Images", "Photo", "Photos", "Picture", "Pictures", "Video", "Videos", "Audio", "Credit",
})  # fmt: skip
_CREDIT = re.compile(rf"\b(?:{'|'.join(sorted(CREDIT_WORDS))}|File photo):\s|\(Photo\b|\bPhoto courtesy\b")
_LEAD_SENTENCES = 3  # body sentences read after the headline
SENTENCE_MIN_WORDS = 8  # a line of news prose is at least this long; a dateline or a caption is shorter
_WORDS_BEFORE, _WORDS_AFTER = 2, 3  # the words around a trigger that tell its lifecycle

Kind = str
Lifecycle = Literal["planned", "ongoing", "occurred", "postponed", "cancelled"]


@dataclass(frozen=True, slots=True)
class Cue:
    """The words a decision rests on: `text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class MainEvent:
    """The main event as the lead reports it, with the cue of each decision (None: nothing said)."""

    kind: Kind
    kind_cue: Cue | None
    mode: str
    mode_cue: Cue | None
    lifecycle: Lifecycle
    lifecycle_cue: Cue | None
    confidence: float


def lead(text: str) -> list[tuple[int, int]]:
    """The headline (first non-empty line), then the first sentences of the body after it."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if not lines:
        return []
    spans = [lines[0]]
    for start, end in lines[1:]:
        line = text[start:end]
        if len(line.split()) < SENTENCE_MIN_WORDS or is_caption(line):  # a dateline or a photo caption
            continue
        for sentence in sentences(text, start, end):
            spans.append(sentence)
            if len(spans) > _LEAD_SENTENCES:
                return spans
    return spans


def is_headline(text: str, start: int, end: int) -> bool:
    """Whether the article's first line is a headline rather than its lead sentence: a headline is
    short or has no closing full stop."""
    line = text[start:end].rstrip()
    return len(line.split()) < SENTENCE_MIN_WORDS or not line.endswith((".", '."', ".\u201d"))


def line_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The line holding `text[start:end]`: from just after the line break before it to the next one."""
    return text.rfind("\n", 0, start) + 1, text.find("\n", start if end is None else end) % (len(text) + 1)


def is_caption(line: str) -> bool:
    """Whether a line is the caption of a photo, a video or an audio clip (it carries a credit)."""
    return _CREDIT.search(line) is not None


def in_caption(text: str, start: int, end: int | None = None) -> bool:
    """Whether `text[start:end]` stands on a caption's line."""
    return is_caption(text[slice(*line_around(text, start, end))])


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of `text[start:end]` as spans, without surrounding blanks; lines are never
    crossed, and a full stop after an initial or an abbreviation ("U.S. and", "Feb. 10") goes on."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group() == "\n":
            _add_sentence(spans, text, begin, match.start())
        elif _ends_abbreviation(text, match.start()):
            continue
        else:
            _add_sentence(spans, text, begin, match.end())
        begin = match.end()
    _add_sentence(spans, text, begin, end)
    return spans


def _ends_abbreviation(text: str, stop: int) -> bool:
    word = _WORD_BEFORE.search(text, max(0, stop - 8), stop)
    return word is not None and (
        (len(word.group(1)) == 1 and word.group(1).isupper()) or word.group(1) in _ABBREVIATIONS
    )


def _add_sentence(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def main_event(text: str, lead_spans: Sequence[tuple[int, int]] | None = None) -> MainEvent:
    """The kind, mode and lifecycle of what the headline and lead sentence report (*lead_spans*:
    `lead(text)`, when the caller has it already)."""
    spans = list(lead(text) if lead_spans is None else lead_spans)
    # Per kind: the summed weight of its triggers and the first of them (spans come in text order).
    weights: dict[str, tuple[int, Cue]] = {}
    for (start, end), weight in zip(spans[:2], (4, 2), strict=False):
        content = _REPORTED_CONTENT.search(text, start, end)
        for kind, pattern in KIND_PATTERNS.items():
            for match in pattern.finditer(text, start, end):
                if kind == "statement" and _ATTRIBUTION_TAIL.match(text, match.end(), end):
                    continue  # ", the ministry said Thursday.": how the news is sourced, not what happened
                total, first = weights.get(kind, (0, Cue(match.start(), match.end(), match.group())))
                # What was said or agreed in the talks weighs half as much as the talks themselves.
                weights[kind] = (total + (weight // 2 if content and match.start() > content.end() else weight), first)
    best = max(weights.items(), key=lambda item: (item[1][0], item[0] not in _GENERIC, -item[1][1].start), default=None)
    if best is None:
        return MainEvent("other", None, *event_mode(text, spans), "occurred", None, 0.3)
    kind, (weight, cue) = best
    lifecycle, lifecycle_cue = _lifecycle(text, cue)
    return MainEvent(kind, cue, *event_mode(text, spans), lifecycle, lifecycle_cue, min(0.9, 0.4 + 0.075 * weight))


def event_mode(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, Cue | None]:
    for mode, pattern in _MODES:
        for start, end in spans:
            if match := pattern.search(text, start, end):
                return mode, Cue(match.start(), match.end(), match.group())
    return "unknown", None


def _lifecycle(text: str, trigger: Cue) -> tuple[Lifecycle, Cue | None]:
    """What the words next to the trigger say of the event's course ("will meet", "summit called off")."""
    line_start, line_end = line_around(text, trigger.start, trigger.end)
    before = list(re.finditer(r"\S+", text[line_start : trigger.start]))[-_WORDS_BEFORE:]
    after = list(re.finditer(r"\S+", text[trigger.end : line_end]))[:_WORDS_AFTER]
    start = line_start + before[0].start() if before else trigger.start
    end = trigger.end + after[-1].end() if after else trigger.end
    if before and before[-1].group().lower() == "to":
        return "planned", Cue(line_start + before[-1].start(), line_start + before[-1].end(), before[-1].group())
    for lifecycle, pattern in LIFECYCLES:
        if match := pattern.search(text, start, end):
            return lifecycle, Cue(match.start(), match.end(), match.group())  # type: ignore[return-value]
    return "occurred", None
