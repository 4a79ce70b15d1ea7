"""The layout of an article: which of its paragraphs tell the story and which are page furniture.

Each paragraph (a line of the text) gets one zone:

- `headline`: the first line when it is a headline (short, or without a closing full stop);
- `heading`: a later line of that shape (a standfirst, a crosshead, a section title);
- `dateline`: a line that only dates the story ("Friday, August 15, 2008", "Updated 4:05 pm");
- `byline`: who wrote it ("By Ann Lee and Tom Ray", "Ann Lee contributed to this report.");
- `caption`: the caption or credit of a picture, a video or a clip ("Image: ...", "(Photo by ...)",
  "Name/Agency" credits, "... in this picture");
- `post`: an embedded social-media post, signed "— Name (@handle) Month D, YYYY";
- `boilerplate`: page furniture ("Advertisement", "Read more: ...", "Sign up for ...", "Related");
- `repeat`: a paragraph the text has already given word for word (copy often repeats its lead);
- `body`: the story.

Newswire copy also starts its first paragraph with a dateline ("PLACE (Agency) - ", "PLACE, Month
D (Agency) -- "): it is found there, with its place and agency, and is not read as story. Nothing
is removed: zones are spans of the text, so evidence offsets still index it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

Zone = Literal["headline", "heading", "dateline", "byline", "caption", "post", "boilerplate", "repeat", "body"]
# Zones whose words are the story; the others are read for metadata only.
STORY_ZONES = frozenset({"headline", "heading", "body"})

HEADLINE_MAX_WORDS = 25  # a headline or crosshead is shorter than this; a paragraph of prose may not be
SENTENCE_MIN_WORDS = 8  # a line of news prose is at least this long; a dateline or a caption is shorter
_SENTENCE_END = (".", "!", "?", '."', ".\u201d", "?\u201d", "!\u201d", ".'", ".\u2019", ":", ";")

_MONTHS = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
_WEEKDAYS = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day|\.)?"
# Words of a line that only dates the story: weekdays, months, numbers, times and the words that
# label a time stamp ("Updated", "Published", "Posted", "Last updated").
_DATE_WORD = re.compile(
    rf"\A(?:{_WEEKDAYS}|{_MONTHS}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[:.]\d{{2}}(?:[ap]\.?m\.?)?|[ap]\.?m\.?|"
    r"[A-Z]{2,4}T?|updated|published|posted|last|on|at|of|\W+)\Z",
    re.IGNORECASE,
)
_HAS_DATE = re.compile(rf"\b(?:{_MONTHS}|\d{{4}}|{_WEEKDAYS})\b|\b\d{{1,2}}[:.]\d{{2}}\b")
# A newswire dateline opening the first paragraph: a place in capitals (with a region after a
# comma), maybe a date, maybe the agency in brackets, then a dash: "PLACE, Region (Agency) - ".
_WIRE_DATELINE = re.compile(
    r"\A(?P<place>[A-Z][A-Z.'\u2019-]+(?:[ -][A-Z][A-Z.'\u2019-]+)*(?:, [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*)?)"
    rf"(?:,? (?:{_MONTHS}) \d{{1,2}})?"
    r"(?:\s*\((?P<agency>[A-Z][^()\n]{1,40})\))?"
    r"\s*(?:--|[-\u2013\u2014])\s+"
)
# A date stamp opening a paragraph, run into its first sentence: "Friday, May 8, 2015 On Tuesday".
_DATE_STAMP = re.compile(rf"\A(?:{_WEEKDAYS},?\s+)?(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}}\s+(?=[A-Z])")
# The same with the place in ordinary capitals, which then needs the agency or a short place:
# "Place (Agency) - " or "Place - ".
_TITLE_DATELINE = re.compile(
    r"\A(?P<place>[A-Z][a-z.'\u2019-]+(?: [A-Z][a-z.'\u2019-]+){0,2}"
    r"(?:, [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)?)?)"
    r"(?:\s*\((?P<agency>[A-Z][^()\n]{1,40})\))?"
    r"\s+(?:--|[-\u2013\u2014])\s+(?=[A-Z\"\u201c])"
)
_BYLINE = re.compile(
    r"\A(?:By|BY|Written by|Reported by|Words by)\s+[A-Z][\w.'\u2019-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'\u2019-]*)*"
    r"(?:\s*[,|\u2013\u2014-]\s*.{0,60})?\Z"
    r"|contributed (?:reporting )?to this (?:report|story|article)\.?\Z",
    re.IGNORECASE,
)
# A picture's credit or caption: a credit word and a colon ("Image: ...", "Screenshot: ..."),
# a bracketed credit ("(Photo by ...)"), credits joined by slashes at the end ("Name/Agency"),
# "via" an agency closing a short line, and the words captions use for what they show.
_CREDIT_WORDS = (
    "Image", "Images", "Photo", "Photos", "Photograph", "Picture", "Pictures", "Video", "Videos", "Audio",
    "Credit", "Credits", "Screenshot", "Illustration", "Graphic", "Footage",
)  # fmt: skip
CREDIT_WORDS = frozenset(_CREDIT_WORDS)
_CAPTION = re.compile(
    rf"(?:\A|\b)(?:{'|'.join(_CREDIT_WORDS)}|File photo|Image credit|Photo credit)\s*:\s"
    r"|\((?:Photo|Image|Picture|Video|Credit)s?\b|\bPhoto(?:graph)? (?:courtesy|by)\b"
    r"|\b(?:Image|Media|Photo|Video) (?:copyright|caption)\b"
    r"|\bin (?:this|the) (?:picture|photo|photograph|image|file photo|handout)\b|\bpictured\b|\bfile photo\b"
    r"|\(\d+ (?:Images|Photos|Pictures)\)",
    re.IGNORECASE,
)
_SLASH_CREDIT = re.compile(
    r"(?:\A|\s)[A-Z][\w.'\u2019&-]*(?: [A-Z][\w.'\u2019&-]*)*(?:\s?/\s?[A-Z][\w.'\u2019&-]*(?: [A-Z][\w.'\u2019&-]*)*)+"
    r"\s*\.?\s*\Z"
)
_VIA_CREDIT = re.compile(r"\bvia [A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*)*\s*\.?\Z")
# An embedded social-media post ends with its signature: "— Name (@handle) Month D, YYYY".
_POST_SIGNATURE = re.compile(
    rf"(?:\u2014|--|-)\s*(?P<name>[^()\n\u2014]{{1,60}}?)\s*\(@(?P<handle>\w{{1,30}})\)\s*(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}}\s*\Z"
)
# Headings of the lists that close an article: what follows them is not story.
_END_MATTER = re.compile(
    r"\A(?:sources?|references|external links|related(?: (?:news|articles|stories|coverage|content|links|reading))?|"
    r"more (?:coverage|stories|on this)|further reading|notes)\s*:?\Z",
    re.IGNORECASE,
)
# A link written out on a short line ("Full coverage: example.com/abc"), which only print keeps.
_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.[a-z]{2,6}/\S+")
# Page furniture: links to other stories, sign-ups, share buttons, advertisements, notes on the copy.
_BOILERPLATE = re.compile(
    r"\A(?:advertisement|advert|sponsored|related(?: (?:articles?|stories|coverage|content|news|links))?:?"
    r"|see also:?.*|read (?:more|also|next|this)\b.*|more on this(?: story)?:?.*|more from\b.*|recommended:?.*"
    r"|share (?:this|on)\b.*|sign up\b.*|subscribe\b.*|keep up with this story\b.*|follow (?:us|me)\b.*"
    r"|click here\b.*|(?:watch|listen)\s*:.*|media playback is\b.*|(?:\()?this (?:article|story) (?:was|is|has been|"
    r"originally|first)\b.*|sources?:.*|editor'?s note\b.*|copyright\b.*|\u00a9.*|all rights reserved.*"
    r"|(?:have|got) a (?:news )?tip\b.*|report (?:a|an) (?:correction|error|typo)\b.*|comments?(?: \(\d+\))?"
    r"|join the (?:conversation|discussion)\b.*|newsletter\b.*|(?:terms of (?:use|service)|privacy policy)\b.*"
    r"|categories:.*|\.{3}|\u2026|please enable javascript\b.*|skip (?:to|in)\b.*|next (?:article|story)\b.*)\Z",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the text, `text[start:end]` (without the line break), and its zone."""

    start: int
    end: int
    zone: Zone


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline opening the first paragraph ("PLACE (Agency) - "): its span, place and agency."""

    start: int
    end: int
    place: tuple[int, int] | None
    agency: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class Post:
    """An embedded social-media post: its words, and the name and handle that signed it."""

    words: tuple[int, int]
    name: tuple[int, int]
    handle: str


@dataclass(frozen=True, slots=True)
class Layout:
    """The zones of one text: its paragraphs, the dateline opening the story and embedded posts."""

    blocks: tuple[Block, ...]
    dateline: Dateline | None
    posts: tuple[Post, ...]
    _starts: tuple[int, ...]

    def block_at(self, offset: int) -> Block | None:
        """The paragraph holding *offset*, or None between paragraphs."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        block = self.blocks[index]
        return block if offset < block.end else None

    def zone_at(self, offset: int) -> Zone | None:
        """The zone of the character at *offset* (a wire dateline is `dateline` inside its paragraph)."""
        if self.dateline is not None and self.dateline.start <= offset < self.dateline.end:
            return "dateline"
        block = self.block_at(offset)
        return block.zone if block is not None else None

    def in_story(self, offset: int) -> bool:
        """Whether the character at *offset* is part of the story (headline, heading or body)."""
        return self.zone_at(offset) in STORY_ZONES

    @property
    def headline(self) -> Block | None:
        return self.blocks[0] if self.blocks and self.blocks[0].zone == "headline" else None

    def body(self) -> list[Block]:
        return [block for block in self.blocks if block.zone == "body"]


def read_layout(text: str, *, titled: bool = False, headline_lines: int = 1) -> Layout:
    """The zones of *text*, a paragraph per line (*titled*: its first line is the headline, or its
    first *headline_lines* lines, a title and its deck)."""
    spans = [(match.start(), match.end()) for match in re.finditer(r"[^\n]+", text) if match.group().strip()]
    spans = [_stripped(text, start, end) for start, end in spans]
    if titled and headline_lines > 1 and len(spans) >= headline_lines:
        spans = [(spans[0][0], spans[headline_lines - 1][1]), *spans[headline_lines:]]
    blocks: list[Block] = []
    seen: set[str] = set()
    posts: list[Post] = []
    end_matter = False
    for index, (start, end) in enumerate(spans):
        line = text[start:end]
        zone = "boilerplate" if end_matter else _zone(line, first=index == 0, titled=titled)
        if not end_matter and _END_MATTER.match(line.strip()):
            zone, end_matter = "boilerplate", True
        elif not end_matter and index > 0 and (post := _post(text, start, end)) is not None:
            posts.append(post)
            zone = "post"
        key = " ".join(line.split()).casefold()
        if index > 0 and key in seen:
            zone = "repeat"
        seen.add(key)
        blocks.append(Block(start, end, zone))
    dateline = _dateline(text, blocks)
    return Layout(tuple(blocks), dateline, tuple(posts), tuple(block.start for block in blocks))


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_headline(line: str) -> bool:
    """Whether an article's first line is a headline rather than its lead sentence: a headline is
    short or has no closing full stop."""
    return len(line.split()) < SENTENCE_MIN_WORDS or not line.rstrip().endswith((".", '."', ".\u201d"))


def is_heading(line: str) -> bool:
    """Whether a later line is a standfirst, a crosshead or a section title rather than prose: it is
    shorter than a paragraph and does not end as a sentence does."""
    return len(line.split()) < HEADLINE_MAX_WORDS and not line.rstrip().endswith(_SENTENCE_END)


def is_caption(line: str) -> bool:
    """Whether a line is the caption or credit of a picture, a video or a clip."""
    if _CAPTION.search(line):
        return True
    short = len(line.split()) <= HEADLINE_MAX_WORDS
    return short and (_SLASH_CREDIT.search(line) is not None or _VIA_CREDIT.search(line) is not None)


def _zone(line: str, *, first: bool, titled: bool) -> Zone:
    words = line.split()
    if first and titled:
        return "headline"
    if _SECTION_LABEL.match(line.strip()):
        return "heading"  # "ABSTRACT.", "FULL TEXT.", "CORRECTION APPENDED.": a label, not a sentence
    if _BOILERPLATE.match(line.strip()) or (len(words) <= HEADLINE_MAX_WORDS and _LINK.search(line)):
        return "boilerplate"
    if len(words) <= 12 and _BYLINE.search(line.strip()):
        return "byline"
    if _is_date_line(words):
        return "dateline"
    if is_caption(line):
        return "caption"
    if len(words) < SENTENCE_MIN_WORDS and line[:1].islower():
        return "caption"  # a fragment: the rest of a caption broken over two lines
    if first and is_headline(line):
        return "headline"
    return "heading" if is_heading(line) else "body"


# A section label of a few words in capitals closed by a full stop or colon ("ABSTRACT.", "FULL TEXT.").
_SECTION_LABEL = re.compile(r"\A[A-Z][A-Z'\u2019-]*(?: [A-Z][A-Z'\u2019-]*){0,2}\s*[.:]\Z")


def _is_date_line(words: list[str]) -> bool:
    """A line of a few words that only dates the story ("Friday, August 15, 2008", "Updated 16:05 GMT")."""
    line = " ".join(words)
    return (
        len(words) <= 10
        and _HAS_DATE.search(line) is not None
        and all(_DATE_WORD.match(word.strip(",.")) for word in words if word.strip(",."))
    )


def _post(text: str, start: int, end: int) -> Post | None:
    signature = _POST_SIGNATURE.search(text, start, end)
    if signature is None:
        return None
    words_end = signature.start()
    link = re.search(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*\Z", text[start:words_end])
    if link is not None:
        words_end = start + link.start()
    words_start, words_end = _stripped(text, start, words_end)
    if words_end <= words_start:
        return None
    return Post((words_start, words_end), signature.span("name"), signature.group("handle"))


def _dateline(text: str, blocks: list[Block]) -> Dateline | None:
    """The newswire dateline opening the first paragraph of the body, if there is one, or a date
    stamp run into it ("Friday, May 8, 2015 On Tuesday, ...")."""
    first = next((block for block in blocks if block.zone == "body"), None)
    if first is None:
        return None
    line = text[first.start : first.end]
    stamp = _DATE_STAMP.match(line)
    if stamp is not None:
        return Dateline(first.start, first.start + stamp.end(), None, None)
    match = _WIRE_DATELINE.match(line)
    if match is None or not _capitalised_place(match.group("place")):
        match = _TITLE_DATELINE.match(line)
        if match is None or (match.group("agency") is None and not _known_place(match.group("place"))):
            return None
    place = (first.start + match.start("place"), first.start + match.end("place"))
    agency = (first.start + match.start("agency"), first.start + match.end("agency")) if match.group("agency") else None
    return Dateline(first.start, first.start + match.end(), place, agency)


def _known_place(place: str) -> bool:
    """Whether words are the name of a country or a city (a dateline in ordinary capitals, with no
    agency after it, is told from a sentence's first words by naming a known place)."""
    from ..gazetteers.cities import city
    from ..gazetteers.countries import country

    name = place.split(",")[0]
    return country(name) is not None or city(name) is not None


def _capitalised_place(place: str) -> bool:
    """Whether a place is written in capitals as datelines write it ("PLACE" or "PLACE, Region")."""
    head = place.split(",")[0]
    letters = [char for char in head if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)
