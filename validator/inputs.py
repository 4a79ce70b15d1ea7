"""Read records from inputs: files, directories, standard input; JSON or JSON Lines; gzip too.

Every input yields `Entry` objects in order: a parsed record with where it stands, or the reason
a part of the input is not a record (not JSON, not UTF-8, a byte-order mark, duplicate keys,
NaN, numbers out of range, nesting too deep, too large, truncated). Nothing stops the run: a
broken line is an entry with a problem, and reading goes on with the next one. JSON Lines are
streamed line by line, so memory stays flat however large the feed.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import orjson

from .errors import NewsEventError
from .json_checks import InputProblem, duplicate_key, lossless_problems, syntax_problem
from .positions import item_spans, locate, position_of_offset, skip_value

JSON_LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
# Records larger than this are reported, not parsed: a 100 MB line must not take 1 GB of memory.
DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024
# JSON documents (not JSON Lines) are parsed whole; larger ones should be JSON Lines.
DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"
BOM_MESSAGE = "the file starts with a UTF-8 byte-order mark, which JSON forbids (RFC 8259 section 8.1); remove it"


class InputKind(StrEnum):
    auto = "auto"
    json = "json"
    jsonl = "jsonl"


class InputError(NewsEventError, OSError):
    """An input cannot be read at all (missing, a folder without matches, unreadable)."""


@dataclass(slots=True)
class Entry:
    """A record read from an input, or a part of the input that is not one."""

    source: str
    index: int
    """The record's number in its input, from 0."""
    line: int
    column: int
    record: Any = None
    parsed: bool = False
    """Whether `record` holds the parsed JSON (a record may itself be JSON null)."""
    problems: list[InputProblem] = field(default_factory=list)
    text: str | None = None
    """The JSON text the record came from, for locating problems in it (None when unparsed)."""
    text_offset: int = 0
    """Where the record starts in `text`."""
    text_first_line: int = 1
    """The line of the input on which `text` starts."""
    envelope: Any = None
    """On a feed document's first entry: the feed without its records, to check its metadata."""
    in_document: bool = False
    """Whether the record stands in a JSON document (not on a line of its own)."""


@dataclass(frozen=True, slots=True)
class Source:
    """An input to read: a file, or standard input (`path` is None)."""

    name: str
    path: Path | None
    kind: InputKind


def check_pattern(pattern: str) -> None:
    """Refuse a file pattern that does not stay inside the folder it is matched in."""
    if not pattern or Path(pattern).is_absolute() or ".." in Path(pattern).parts:
        raise InputError(
            f"the pattern {pattern!r} must match files inside the folder given, such as '*.jsonl' or 'daily/*.json'; "
            "name other folders as inputs of their own"
        )


def discover(
    inputs: Iterable[str], *, pattern: str = "*.*json*", kind: InputKind = InputKind.auto,
    unreadable: Callable[[InputError], object] | None = None,
) -> Iterator[Source]:  # fmt: skip
    """The sources named by *inputs*: files, directories (recursively, matching *pattern*), `-`.
    A subfolder that cannot be listed is given to *unreadable*, and the rest still found; without
    it, it is raised."""
    check_pattern(pattern)
    for name in inputs:
        if name == "-":
            yield Source("<stdin>", None, kind)
            continue
        path = Path(name)
        if path.is_dir():
            matches = sorted(p for p in _walk(path, pattern, unreadable) if p.is_file())
            if not matches:
                raise InputError(f"{name!r}: no files matching {pattern!r} in this folder; change --glob")
            for match in matches:
                yield Source(str(match), match, kind)
        elif path.exists():
            yield Source(name, path, kind)
        else:
            raise InputError(f"{name!r}: no such file or folder; check the path")


def _walk(folder: Path, pattern: str, unreadable: Callable[[InputError], object] | None) -> Iterator[Path]:
    """The paths under *folder*, at any depth, that match *pattern* (`Path.rglob`), with every
    subfolder that cannot be listed given to *unreadable* (or raised): `rglob` skips one silently."""

    def refuse(error: OSError) -> None:
        problem = InputError(f"{error.filename!r}: the folder cannot be read ({error.strerror}); check its permissions")
        if unreadable is None:
            raise problem
        unreadable(problem)

    for _ in os.walk(folder, onerror=refuse):
        pass
    return folder.rglob(pattern)


# Big enough to hold the first line of most JSON Lines feeds when sniffing the kind of input.
_READ_BUFFER = 1 << 20
# A feed document's "records" key, looked for near the start of a single-line input.
_FEED_KEY = re.compile(rb'"records"\s*:\s*\[')
_FEED_KEY_WINDOW = 4096


def unreadable(source: Source, error: OSError) -> InputError:
    """The error for an input the system refuses to open."""
    return InputError(f"{source.name!r}: cannot be read ({error.strerror}); check its permissions")


def open_input(source: Source, closing: ExitStack) -> Any:  # an io.BufferedReader (peek, readline, read)
    """A buffered binary stream of the input, decompressed when it is gzip (sniffed, not named)."""
    if source.path is None:
        raw: Any = sys.stdin.buffer
    else:
        try:
            raw = closing.enter_context(source.path.open("rb", buffering=0))
        except OSError as error:
            raise unreadable(source, error) from error
    stream = io.BufferedReader(raw, buffer_size=_READ_BUFFER)
    # Standard input is only borrowed: detach from it rather than close it.
    closing.callback(stream.close if source.path is not None else stream.detach)
    if stream.peek(2)[:2] == b"\x1f\x8b":
        # GzipFile buffers little, so a stream that breaks off loses little of what came before.
        return closing.enter_context(gzip.GzipFile(fileobj=stream))
    return stream


def _suffix_kind(source: Source) -> InputKind:
    if source.path is None:
        return InputKind.auto
    suffixes = [s.lower() for s in source.path.suffixes if s.lower() != ".gz"]
    last = suffixes[-1] if suffixes else ""
    if last in JSON_LINES_SUFFIXES:
        return InputKind.jsonl
    if last in JSON_SUFFIXES:
        return InputKind.json
    return InputKind.auto


def _sniff(stream: Any) -> InputKind:
    """JSON Lines when the first line is a whole JSON value and more follows; JSON otherwise.

    A first line that does not end within the read window is taken for a JSON Lines record when
    it starts with `{` (a single-line document is one record either way).
    """
    head = stream.peek(_READ_BUFFER)
    body = head.lstrip(_BOM + b" \t\r\n")
    first, newline, rest = body.partition(b"\n")
    if not newline:  # the first line does not end in the window: one record per line, unless a feed
        feed = _FEED_KEY.search(body[:_FEED_KEY_WINDOW]) is not None
        return InputKind.jsonl if body.startswith(b"{") and not feed else InputKind.json
    if first.lstrip().startswith(b"[") and not first.rstrip().endswith(b"]"):
        return InputKind.json
    try:
        orjson.loads(first)
    except orjson.JSONDecodeError:
        return InputKind.json
    return InputKind.jsonl if rest.strip() else InputKind.json


def read(source: Source, *, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
         max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES) -> Iterator[Entry]:  # fmt: skip
    """Every entry of *source*, in order."""
    for item in read_rows(source, max_record_bytes=max_record_bytes, max_document_bytes=max_document_bytes):
        yield item if isinstance(item, Entry) else entry_of_row(source.name, item, max_record_bytes)


def read_rows(source: Source, *, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
              max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES) -> Iterator[Entry | Row]:  # fmt: skip
    """Like `read`, but the lines of JSON Lines come as raw rows (`entry_of_row` parses one), so
    that a checker can take a quick pass over their bytes first."""
    with ExitStack() as closing:
        stream = open_input(source, closing)
        size = _plain_size(source, stream)  # the file as it is when the check begins
        last_line = 0
        for item in _read(source, stream, max_record_bytes, max_document_bytes):
            last_line = item[1] if isinstance(item, tuple) else last_line
            yield item
        if size is not None and last_line and stream.tell() < size:
            yield -1, last_line + 1, None, SHRUNK_SIZE


def _plain_size(source: Source, stream: Any) -> int | None:
    """The size of a regular, uncompressed file being read; None for a pipe or a gzip stream."""
    if source.path is None or isinstance(stream, gzip.GzipFile):
        return None
    status = os.fstat(stream.raw.fileno())
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def _read(source: Source, stream: Any, max_record_bytes: int, max_document_bytes: int) -> Iterator[Entry | Row]:
    try:
        kind = source.kind if source.kind is not InputKind.auto else _suffix_kind(source)
        if kind is InputKind.auto:
            kind = _sniff(stream)
        if kind is InputKind.jsonl:
            yield from rows_of(stream, max_record_bytes)
        else:
            yield from _json_document(source.name, stream, max_document_bytes)
    except BROKEN_STREAM as error:
        yield broken_stream_entry(source.name, error)


BROKEN_STREAM = (EOFError, zlib.error, gzip.BadGzipFile)
# The size `lines_of` gives the row where a compressed stream broke off.
BROKEN_SIZE = -1
# The size of the row that stands for the end of a file that got shorter while it was read.
SHRUNK_SIZE = -2


def broken_stream_entry(name: str, error: BaseException) -> Entry:
    """The entry that stands for a compressed stream that broke off."""
    return Entry(
        name, -1, 0, 0, problems=[InputProblem("json.truncated", f"the gzip stream is broken or truncated ({error})")]
    )


def kind_of(source: Source) -> InputKind:
    """Whether a file holds JSON Lines or a JSON document (named, else sniffed)."""
    kind = source.kind if source.kind is not InputKind.auto else _suffix_kind(source)
    if kind is not InputKind.auto:
        return kind
    with ExitStack() as closing:
        return _sniff(open_input(source, closing))


Row = tuple[int, int, bytes | None, int]
"""A JSON Lines record as read: index, line number, the line (None when too large), its size."""


def skip_line(stream: Any, most: int | None = None) -> int:
    """Read to the end of the current line, holding at most 1 MB at a time, and stopping after
    *most* bytes if given; how many bytes that was."""
    size = 0
    while (most is None or size < most) and (
        chunk := stream.readline(1 << 20 if most is None else min(most - size, 1 << 20))
    ):
        size += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return size


def rows_of(stream: Any, limit: int, *, first_line: int = 1) -> Iterator[Row]:
    """The rows of the JSON Lines in *stream*, numbered from *first_line*; blank lines are skipped."""
    index = 0
    for number, line, size in lines_of(stream, limit, first_line):
        if line is not None and line.isspace():  # blank (readline gives no empty line)
            continue
        if size == BROKEN_SIZE:
            yield -1, number, None, size
            return
        yield index, number, line, size
        index += 1


def lines_of(stream: IO[bytes], limit: int, first_line: int = 1) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line or None when longer than *limit*, its length) without holding long lines."""
    number = first_line - 1
    while True:
        try:
            line = stream.readline(limit + 1)
        except BROKEN_STREAM:  # what was read before stands; the break is a row of its own
            yield number + 1, None, BROKEN_SIZE
            return
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            try:
                size = len(line) + skip_line(stream)
            except BROKEN_STREAM:
                yield number, None, BROKEN_SIZE
                return
            yield number, None, size
            continue
        yield number, line, len(line)


def entry_of_row(name: str, row: Row, limit: int = DEFAULT_MAX_RECORD_BYTES) -> Entry:
    """The entry of one JSON Lines row: parsed, or the reason it is not a record."""
    index, number, line, size = row
    if size == BROKEN_SIZE:
        message = f"the compressed stream breaks off before line {number}; the lines before it were read"
        return Entry(name, -1, number, 1, problems=[InputProblem("json.truncated", message)])
    if size == SHRUNK_SIZE:
        message = (
            f"the file got shorter while it was read and ends before line {number}, where it went on when the "
            "check began; the lines before it were read; check it again once nothing writes to it"
        )
        return Entry(name, -1, number, 1, problems=[InputProblem("json.truncated", message)])
    if line is None:
        message = f"the line is {size:,} bytes, over the limit of {limit:,}; split it or raise --max-record-bytes"
        return Entry(name, index, number, 1, problems=[InputProblem("json.too-large", message)])
    problems = []
    if number == 1 and line.startswith(_BOM):
        line = line[3:]
        problems.append(InputProblem("json.bom", BOM_MESSAGE))
    return _parse_line(name, index, number, line, problems)


def _parse_line(name: str, index: int, number: int, line: bytes, problems: list[InputProblem]) -> Entry:
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as error:
        _, column, problem = syntax_problem(line, error)
        return Entry(name, index, number, column, problems=[*problems, problem])
    text = line.decode("utf-8")
    entry = Entry(name, index, number, 1, record, True, problems, text, 0, number)
    _apply_lossless(entry, line)
    return entry


def _apply_lossless(entry: Entry, raw: bytes) -> None:
    found, too_deep = lossless_problems(raw, entry.record)
    entry.problems.extend(found)
    if too_deep:
        entry.parsed = False


def _json_document(name: str, stream: IO[bytes], limit: int) -> Iterator[Entry]:
    data = stream.read(limit + 1)
    if len(data) > limit:
        message = f"the JSON document is over {limit:,} bytes; write large feeds as JSON Lines (one record per line)"
        yield Entry(name, -1, 1, 1, problems=[InputProblem("json.too-large", message)])
        return
    problems = []
    if data.startswith(_BOM):
        data = data[3:]
        problems.append(InputProblem("json.bom", BOM_MESSAGE))
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        line, column, problem = syntax_problem(data, error)
        yield Entry(name, -1, line, column, problems=[*problems, problem])
        return
    yield from _split_document(name, document, data.decode("utf-8"), problems)


def _is_feed(document: Any) -> bool:
    return isinstance(document, dict) and "records" in document and ("feed" in document or "specversion" in document)


def _split_document(name: str, document: Any, text: str, problems: list[InputProblem]) -> Iterator[Entry]:
    """A document's own entry (its problems, a feed's metadata), then one entry per record."""
    feed = _is_feed(document)
    records: list[Any]
    prefix: tuple[str, ...] = ()
    if feed and isinstance(document["records"], list):
        records, prefix = document["records"], ("records",)
    elif feed:
        records = []
    elif isinstance(document, list):
        records = document
    else:
        records = [document]
    if prefix or isinstance(document, list):
        found = item_spans(text, locate(text, prefix))
    else:
        start = locate(text, ())
        found = iter([(start, skip_value(text, start))])
    spans = [span for _, span in zip(records, found, strict=False)]
    if feed:
        # Keys repeated in the feed's own objects ("records" or "specversion" twice); a record's
        # own are reported with the record.
        duplicate = duplicate_key(_without_spans(text, spans))
        problems = [*problems, duplicate] if duplicate is not None else problems
    if feed or problems:
        envelope = {**document, "records": []} if feed and isinstance(document["records"], list) else document
        yield Entry(name, -1, 1, 1, problems=problems, text=text, envelope=envelope if feed else None, in_document=True)
    for index, (record, (offset, end)) in enumerate(zip(records, spans, strict=False)):
        position = position_of_offset(text, offset)
        entry = Entry(name, index, position.line, position.column, record, True, [], text, offset, in_document=True)
        _apply_lossless(entry, text[offset:end].encode("utf-8", "surrogatepass"))
        yield entry


def _without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """*text* with each span replaced by `null`."""
    pieces, last = [], 0
    for start, end in spans:
        pieces += [text[last:start], "null"]
        last = end
    return "".join([*pieces, text[last:]])
