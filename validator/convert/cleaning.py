"""The text a converter reads: repaired where its encoding is clearly damaged, headline first.

Two things are done to an article's text before anything reads it, and each is recorded:

- **Mojibake** (UTF-8 read as Windows-1252 and saved again: "doesnâ€™t") is repaired with ftfy,
  but only where ftfy judges the text clearly damaged; accents, curly quotes and dashes that are
  right stay as they are (no other ftfy fix is applied).
- **The headline**: when the input gives a title that its text does not start with (crawler
  output and JSON inputs keep them apart), the title becomes the first line, followed by a blank
  line, so that the headline is read with the story.

The result is the text every stage reads and that records carry as `article.text`, so evidence
offsets index it. For the parser only, a headline in title case ("Minister Says Talks Will
Resume") is put into sentence case, since the statistical model reads every capitalised word as a
name; offsets are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ftfy

from .article import Article

# Only encoding repairs: ftfy's other fixes would change text that is right as it is.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# A capitalised word inside a sentence (after a word and a space, not after a full stop): a name.
_INNER_CAPITALISED = re.compile(r"(?<=[\w,;)\u2019'\"] )[A-Z][\w'\u2019-]*")
TITLE_CASE_SHARE = 0.6  # of a headline's words of four letters or more, capitalised: the headline is in title case


@dataclass(frozen=True, slots=True)
class CleanText:
    """The text to read, whether its first line is a headline given as metadata, and what was done."""

    text: str
    titled: bool
    repairs: tuple[str, ...]
    headline_lines: int = 1
    """How many lines the headline takes at the start of the text (a deck may follow the title
    on its own line: "Title; \nDeck.")."""


def clean(article: Article) -> CleanText:
    """The text of *article* as the converter reads it, with the repairs made to it."""
    text, repairs = article.text, []
    if ftfy.badness.is_bad(text):
        fixed = ftfy.fix_and_explain(text, _FTFY)
        if fixed.text != text:
            steps = ", ".join(step for _, step in fixed.explanation or ()) or "re-decoded"
            text = fixed.text
            repairs.append(f"mojibake repaired with ftfy {ftfy.__version__} ({steps})")
    titled = False
    lines = 1
    title = " ".join((article.title or "").split())
    if title:
        titled = True
        repeated = _repeated_title_lines(text, title)
        if repeated is None:
            text = f"{title}\n\n{text}"
            repairs.append("the title given as metadata put before the text as its headline")
        else:
            lines = repeated
    return CleanText(text, titled, tuple(repairs), lines)


_LETTERS = re.compile(r"[\W_]+")
_TITLE_LINES = 3  # a title with its deck is written over at most this many lines


def _repeated_title_lines(text: str, title: str) -> int | None:
    """How many of the text's first lines repeat the title, or None when it does not open with
    it. The copy may end the headline with a full stop, put a closing quotation mark on the
    other side of it, or break the deck (after a semicolon or colon) onto a line of its own:
    only the words and numbers are compared."""
    wanted = _LETTERS.sub("", title.casefold())
    if not wanted:
        return None
    seen = ""
    lines = [line for line in text.lstrip().split("\n") if line.strip()][:_TITLE_LINES]
    for count, line in enumerate(lines, 1):
        seen += _LETTERS.sub("", line.casefold())
        if seen == wanted:
            return count
        if not wanted.startswith(seen):
            return None
    return None


def for_parser(text: str, headline: tuple[int, int] | None) -> str:
    """*text* with its headline in sentence case when it is written in title case or in capitals,
    for the parser only: a word keeps its capital when the story writes it with one inside a
    sentence (a name), and so do the first word, acronyms and words with inner capitals
    ("iPhone"); every other word is lowered. The length is unchanged."""
    if headline is None:
        return text
    start, end = headline
    line = text[start:end]
    words = [match for match in _WORD.finditer(line) if len(match.group()) >= 4]
    if not words or sum(word.group()[0].isupper() for word in words) < TITLE_CASE_SHARE * len(words):
        return text
    names = set(_INNER_CAPITALISED.findall(text[end:]))
    shouted = not any(char.islower() for char in line)
    story_words = set(_WORD.findall(text[end:])) if shouted else set()
    chars = list(line)
    for position, match in enumerate(_WORD.finditer(line)):
        word = match.group()
        if shouted:
            # "HARBOUR BOARD DELAYS VOTE": a name as the story writes it, an acronym the story
            # writes in capitals as it is, any other word in lower case (the first capitalised).
            if word in story_words or len(word) == 1:
                continue
            lowered = word.lower() if position else word.capitalize()
            capitalised = word.capitalize()
            chars[match.start() : match.end()] = capitalised if capitalised in names else lowered
            continue
        if position == 0 or not word[0].isupper() or any(char.isupper() for char in word[1:]):
            continue
        if word in names or word.rstrip("'\u2019s") in names:
            continue
        chars[match.start()] = word[0].lower()
    return text[:start] + "".join(chars) + text[end:]
