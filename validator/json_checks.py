"""Checks on JSON text: why orjson refused it, and what orjson accepted but would lose."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import orjson

# JSON nested deeper than this is refused: orjson serialises at most 254 levels, and deeper
# records would exhaust the detailed validator's recursion. News records nest under ten.
MAX_DEPTH = 254


_DIGITS_AS_ZERO = bytes(ord("0") if 48 <= byte <= 57 else ord("x") for byte in range(256))
_TWENTY_DIGITS = b"0" * 19


@dataclass(frozen=True, slots=True)
class InputProblem:
    """Why a part of an input is not a record, with its rule code."""

    rule: str
    message: str


def syntax_problem(data: bytes, error: orjson.JSONDecodeError) -> tuple[int, int, InputProblem]:
    """The line, column (in characters, from 1) and a clear problem for JSON orjson refused."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as bad:
        line = data.count(b"\n", 0, bad.start) + 1
        line_start = data.rfind(b"\n", 0, bad.start) + 1
        column = len(data[line_start : bad.start].decode("utf-8", errors="replace")) + 1
        message = f"byte 0x{data[bad.start]:02x} at column {column} is not UTF-8; re-encode the input as UTF-8"
        return line, column, InputProblem("json.encoding", message)
    line, column, rest = error.lineno, error.colno, text[error.pos :]
    if token := re.match(r"-?(?:NaN|Infinity)", rest):
        return (
            line,
            column,
            InputProblem("json.number", f"{token.group()} is not a JSON number; write null or a string"),
        )
    if "depth limit" in error.msg:
        return line, column, InputProblem("json.depth", f"the JSON is nested more than {MAX_DEPTH} levels deep")
    if "infinity" in error.msg:
        number = re.match(r"-?[0-9.eE+-]+", rest)
        shown = number.group() if number else "a number"
        return line, column, InputProblem("json.number", f"{shown} is beyond the range of a double-precision number")
    if "end of data" in error.msg:
        message = f"the JSON ends early at line {line}, column {column}; is the input truncated?"
        return line, column, InputProblem("json.truncated", message)
    return line, column, InputProblem("json.syntax", f"not JSON at line {line}, column {column}: {error.msg}")


def is_lossless(raw: bytes, record: Any) -> bool:
    """Whether orjson lost nothing of *raw* in reading *record* (`lossless_problems` finds none)."""
    try:
        canonical = orjson.dumps(record)
    except TypeError:  # nested too deeply to serialise
        return False
    return canonical == raw.rstrip(b"\r\n") or not _losses(raw, canonical)


def lossless_problems(raw: bytes, record: Any) -> tuple[list[InputProblem], bool]:
    """What orjson accepted but would lose (repeated keys, integers beyond 64 bits), and whether
    the record is too deep to check at all.

    Cheap tests first (C speed); the exact, slower check only when they raise a doubt.
    """
    try:
        canonical = orjson.dumps(record)
    except TypeError:  # orjson refuses to serialise nesting past MAX_DEPTH
        return [InputProblem("json.depth", f"the JSON is nested more than {MAX_DEPTH} levels deep")], True
    if canonical == raw.rstrip(b"\r\n"):
        # Already in compact canonical form (as orjson and JSON.stringify write it): no key was
        # dropped and no number changed, or the text would differ.
        return [], False
    return _losses(raw, canonical), False


def _losses(raw: bytes, canonical: bytes) -> list[InputProblem]:
    """What was lost of *raw*, whose record orjson re-serialised as *canonical* (not the same text)."""
    problems: list[InputProblem] = []
    # Every key the text holds is a closing quote and a colon; orjson writes them with nothing
    # between. Fewer in the canonical form means a key was dropped: parse again, exactly.
    suspicious = _SPACE_BEFORE_COLON.search(raw) is not None or _key_ends(raw) != _key_ends(canonical)
    if suspicious:
        duplicate = duplicate_key(raw.decode("utf-8", "surrogatepass"))
        if duplicate is not None:
            problems.append(duplicate)
    # An integer beyond 64 bits has at least 19 digits (orjson would read it as a float).
    if _TWENTY_DIGITS in raw.translate(_DIGITS_AS_ZERO):
        big = _first_big_integer(raw.decode("utf-8", "surrogatepass"))
        if big is not None:
            problems.append(InputProblem(
                "json.number", f"{big} does not fit in 64 bits and would lose precision; write it as a string",
            ))  # fmt: skip
    return problems


_SPACE_BEFORE_COLON = re.compile(rb'"[ \t\r\n]+:')


def _key_ends(data: bytes) -> int:
    """How many `":` in JSON text end a key: those whose quote is not escaped, that is, not
    after an odd run of backslashes."""
    count = data.count(b'":')
    at = data.find(b'\\":')
    while at != -1:
        first = at
        while first > 0 and data[first - 1] == 0x5C:
            first -= 1
        if (at - first + 1) % 2:
            count -= 1
        at = data.find(b'\\":', at + 1)
    return count


def duplicate_key(text: str) -> InputProblem | None:
    """A key that appears twice in one object of the JSON *text*, of which a parser keeps only the last."""
    found = _first_duplicate(text)
    return None if found is None else InputProblem("json.duplicate-key", found)


def _first_duplicate(text: str) -> str | None:
    found: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in items]
        if not found and len(set(keys)) != len(keys):
            key = next(k for i, k in enumerate(keys) if k in keys[:i])
            found.append(f"the key {key!r} appears more than once in one object; only the last value would be kept")
        return dict(items)

    try:
        json.loads(text, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return None
    return found[0] if found else None


def _first_big_integer(text: str) -> str | None:
    found: list[str] = []

    def integer(token: str) -> int:
        value = int(token)
        if not found and not -(2**63) <= value < 2**64:
            found.append(token)
        return value

    try:
        json.loads(text, parse_int=integer)
    except (ValueError, RecursionError):
        return None
    return found[0] if found else None
