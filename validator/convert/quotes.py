"""Quotations: the spans of text between quotation marks, found in the raw text.

Curly marks pair by direction; straight double marks (and two apostrophes standing for one)
alternate open, close. A quotation left open
at the end of a paragraph ends there when the next paragraph opens a new one (the newspaper
convention for a quote running over paragraphs) and otherwise runs on over the line break. The
span is the words inside the marks, without the surrounding spaces, a trailing attribution comma
or the full stop after a quoted fragment; whether it is speech or a scare quote is for
attribution to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Curly marks, guillemets, straight marks, and two apostrophes, which some wire copy prints for one
# straight double mark ('' ... ''); a single apostrophe is never a quotation mark.
_OPENING = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"', "''": "''"}
_MARK = re.compile("''|[\"\u201c\u201d\u00ab\u00bb]")
_TRIM = " \t\r\n,"


@dataclass(frozen=True, slots=True)
class Quotation:
    """The words inside one pair of quotation marks: `text[start:end]`."""

    start: int
    end: int
    text: str
    closed: bool = True

    @property
    def words(self) -> int:
        return len(self.text.split())


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in *text*, in order; empty quotations are skipped."""
    found: list[Quotation] = []
    opened_at: int | None = None
    closing = ""
    for match in _MARK.finditer(text):
        mark, position = match.group(), match.start()
        if opened_at is not None and "\n" in text[opened_at:position] and _next_paragraph_opens(text, opened_at):
            found += _span(text, opened_at, text.index("\n", opened_at), closed=False)
            opened_at = None
        if opened_at is None:
            if mark in _OPENING:
                opened_at, closing = match.end(), _OPENING[mark]
        elif mark == closing:
            found += _span(text, opened_at, position, closed=True)
            opened_at = None
    if opened_at is not None:
        end = text.find("\n", opened_at)
        found += _span(text, opened_at, len(text) if end < 0 else end, closed=False)
    return found


def _next_paragraph_opens(text: str, opened_at: int) -> bool:
    """Whether the paragraph after the one holding *opened_at* starts with a quotation mark."""
    line_end = text.index("\n", opened_at)
    following = text[line_end:].lstrip()
    return following.startswith(tuple(_OPENING))


def _span(text: str, start: int, end: int, *, closed: bool) -> list[Quotation]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end - start > 1 and text[end - 1] == "." and text[start].islower():
        end -= 1  # a fragment ("ironclad.") ends the reporter's sentence, not the speaker's
        while end > start and text[end - 1] in _TRIM:
            end -= 1
    return [Quotation(start, end, text[start:end], closed)] if end > start else []
