"""Where a value stands in JSON text: the line and column of the value a JSON path names.

Only failing records are located, so this walks the text in Python, descending along the path
and skipping everything else with regular expressions.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null|NaN|-?Infinity")
_BRACKET_OR_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


@dataclass(frozen=True, slots=True)
class Position:
    """A place in a text: 1-based line and column (in characters), and the 0-based offset."""

    line: int
    column: int
    offset: int


def position_of_offset(text: str, offset: int, *, first_line: int = 1) -> Position:
    """The line and column of *offset* in *text* (lines counted from *first_line*). In a long text
    the lines are found once and then looked up, so that placing every record of a document is
    linear, not quadratic."""
    if len(text) < _INDEXED_FROM:
        line_start = text.rfind("\n", 0, offset) + 1
        return Position(first_line + text.count("\n", 0, offset), offset - line_start + 1, offset)
    newlines = _newlines(text)
    before = bisect.bisect_left(newlines, offset)  # newlines before the offset
    line_start = newlines[before - 1] + 1 if before else 0
    return Position(first_line + before, offset - line_start + 1, offset)


_INDEXED_FROM = 1 << 16  # characters: shorter texts are counted directly


@functools.lru_cache(maxsize=4)
def _newlines(text: str) -> array[int]:
    """The offsets of the newlines of *text*, in order (a few documents are kept)."""
    return array("q", (match.start() for match in re.finditer("\n", text)))


def _skip_whitespace(text: str, index: int) -> int:
    match = _WHITESPACE.match(text, index)
    return match.end() if match else index


def skip_value(text: str, index: int) -> int:
    """The offset just past the JSON value starting at *index* (best effort on broken text)."""
    index = _skip_whitespace(text, index)
    if index >= len(text):
        return index
    char = text[index]
    if char == '"':
        match = _STRING.match(text, index)
        return match.end() if match else len(text)
    if char in "[{":
        depth = 0
        for match in _BRACKET_OR_STRING.finditer(text, index):
            token = match.group()
            if token in "[{":
                depth += 1
            elif token in "]}":
                depth -= 1
                if depth == 0:
                    return match.end()
        return len(text)
    match = _SCALAR.match(text, index)
    return match.end() if match else index + 1


def _find_member(text: str, index: int, key: str, *, first: bool = False) -> int | None:
    """In the object starting at *index*, the offset of the value of *key*: the last one if it is
    repeated (as parsers keep the last), or the first with *first* (faster: it stops there)."""
    index = _skip_whitespace(text, index) + 1
    found = None
    while index < len(text):
        index = _skip_whitespace(text, index)
        if index >= len(text) or text[index] == "}":
            break
        match = _STRING.match(text, index)
        if match is None:
            break
        token = match.group()
        name = token[1:-1] if "\\" not in token else json.loads(token)
        index = _skip_whitespace(text, match.end())
        if index >= len(text) or text[index] != ":":
            break
        value_start = _skip_whitespace(text, index + 1)
        if name == key:
            found = value_start
            if first:
                return found
        index = _skip_whitespace(text, skip_value(text, value_start))
        if index < len(text) and text[index] == ",":
            index += 1
    return found


def _find_item(text: str, index: int, position: int) -> int | None:
    """In the array starting at *index*, the offset of item number *position*."""
    index = _skip_whitespace(text, index) + 1
    for current in range(position + 1):
        index = _skip_whitespace(text, index)
        if index >= len(text) or text[index] == "]":
            return None
        if current == position:
            return index
        index = _skip_whitespace(text, skip_value(text, index))
        if index < len(text) and text[index] == ",":
            index += 1
    return None


def locate(text: str, path: Sequence[str | int], *, start: int = 0, first: bool = False) -> int:
    """The offset of the value at *path* in the JSON value starting at *start* (or the deepest found).

    With *first*, a repeated key resolves to its first occurrence, which is quicker to find."""
    index = _skip_whitespace(text, start)
    for part in path:
        if index >= len(text):
            break
        opener = text[index]
        found = (
            _find_member(text, index, part, first=first)
            if opener == "{" and isinstance(part, str)
            else _find_item(text, index, part)
            if opener == "[" and isinstance(part, int)
            else None
        )
        if found is None:
            break
        index = found
    return index


def item_spans(text: str, array_offset: int) -> Iterator[tuple[int, int]]:
    """The start and end offsets of each item of the array starting at *array_offset*, in one pass."""
    index = _skip_whitespace(text, array_offset) + 1
    while True:
        index = _skip_whitespace(text, index)
        if index >= len(text) or text[index] == "]":
            return
        end = skip_value(text, index)
        yield index, end
        index = _skip_whitespace(text, end)
        if index < len(text) and text[index] == ",":
            index += 1
