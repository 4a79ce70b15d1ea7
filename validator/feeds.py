"""Read records from files: one record, an array of records, a feed document, or JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import NewsEventError

JSON_LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})


class FeedReadError(NewsEventError, OSError):
    """An input could not be read at all (missing, unreadable, not UTF-8, not JSON)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One record read from an input, or the reason a part of the input is not a record."""

    where: str
    """The input and the record's place in it: `feed.jsonl:17`, `feed.json[3]`, `record.json`."""
    record: Any = None
    syntax_error: str | None = None
    """Why this part of the input is not JSON, when it is not."""


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as error:
        raise FeedReadError(f"{str(path)!r}: no such file; check the path") from error
    except UnicodeDecodeError as error:
        raise FeedReadError(f"{str(path)!r}: not UTF-8 at byte {error.start}; re-encode the file as UTF-8") from error
    except OSError as error:
        raise FeedReadError(f"{str(path)!r}: cannot be read ({error.strerror})") from error


def _json_lines(path: Path, text: str) -> Iterator[Entry]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield Entry(where, record=json.loads(line))
        except json.JSONDecodeError as error:
            yield Entry(where, syntax_error=f"not JSON at column {error.colno}: {error.msg}")


def read_records(path: Path) -> Iterator[Entry]:
    """Every record in the file at *path*, each with where it was found."""
    text = _read_text(path)
    if path.suffix in JSON_LINES_SUFFIXES:
        yield from _json_lines(path, text)
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        yield Entry(str(path), syntax_error=f"not JSON at line {error.lineno}, column {error.colno}: {error.msg}")
        return
    if isinstance(document, dict) and "records" in document and "specversion" in document:
        records = document["records"] if isinstance(document["records"], list) else [document["records"]]
        for index, record in enumerate(records):
            yield Entry(f"{path}$.records[{index}]", record=record)
    elif isinstance(document, list):
        for index, record in enumerate(document):
            yield Entry(f"{path}[{index}]", record=record)
    else:
        yield Entry(str(path), record=document)
