"""Check feeds: read every input, check every record, locate every problem, count everything.

`check_feeds` streams: it yields each finding as soon as its record is checked and fills in a
`Summary` as it goes. Caps limit what is listed (per record and overall), never what is counted.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import chain
from typing import Any, NamedTuple

import orjson

from .inputs import (
    BROKEN_STREAM,
    DEFAULT_MAX_DOCUMENT_BYTES,
    DEFAULT_MAX_RECORD_BYTES,
    Entry,
    InputError,
    InputKind,
    Row,
    Source,
    discover,
    entry_of_row,
    kind_of,
    read_rows,
)
from .json_checks import is_lossless
from .pieces import PIECE_BYTES, Piece, first_line, json_lines_pieces, rows_of_piece
from .positions import locate, position_of_offset
from .report import Finding, Summary
from .validation import Problem, is_valid, prepare, record_problems, schema_problems


@dataclass(frozen=True, slots=True)
class FeedOptions:
    """How to check feeds."""

    semantic: bool = True
    kind: InputKind = InputKind.auto
    pattern: str = "*.*json*"
    max_errors: int | None = 1000
    """Problems listed overall; None for no limit."""
    max_errors_per_record: int | None = 20
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    jobs: int = 1
    """Worker processes for JSON Lines files; 0 for one per CPU on files over `PARALLEL_FROM_BYTES`."""


# Files worth starting workers for (they take ~0.3 s to start).
PARALLEL_FROM_BYTES = 32 * 1024 * 1024


def _locate(entry: Entry, problem: Problem, *, whole_document: bool = False, first: bool = False) -> tuple[int, int]:
    """The line and column of the value a problem is about (the record's own position at worst)."""
    if entry.text is None:
        return entry.line, entry.column
    offset = locate(entry.text, problem.parts, start=0 if whole_document else entry.text_offset, first=first)
    position = position_of_offset(entry.text, offset, first_line=entry.text_first_line)
    return position.line, position.column


class _Lister:
    """Applies the listing caps."""

    def __init__(self, options: FeedOptions, summary: Summary) -> None:
        self.options = options
        self.summary = summary

    def admit(self, count_in_record: int) -> bool:
        per_record = self.options.max_errors_per_record
        overall = self.options.max_errors
        if (per_record is not None and count_in_record >= per_record) or (
            overall is not None and self.summary.listed >= overall
        ):
            self.summary.unlisted += 1
            return False
        self.summary.listed += 1
        return True


def _record_id(record: Any) -> str | None:
    if isinstance(record, dict) and isinstance(record.get("id"), str):
        return str(record["id"])
    return None


def check_feeds(
    inputs: Iterable[str],
    options: FeedOptions,
    summary: Summary,
    *,
    on_record: Callable[[Summary], None] | None = None,
) -> Iterator[Finding]:
    """Findings for every problem in *inputs*, in input order; *summary* counts as it goes, and
    *on_record* is shown it after each record (after each piece of a file checked by workers)."""
    lister = _Lister(options, summary)
    seen_ids = _SeenIds()
    for source in _sources(inputs, options, summary):
        summary.inputs += 1
        try:
            jobs = _jobs_for(source, options)
            pieces = _parallel_results(source, options, jobs) if jobs > 1 else _serial_results(source, options)
            for base, offset, results in pieces:
                yield from _account(source.name, base, offset, results, summary, lister, seen_ids)
                if on_record is not None:
                    on_record(summary)
        except InputError as error:
            summary.unreadable.append(str(error))


def _sources(inputs: Iterable[str], options: FeedOptions, summary: Summary) -> Iterator[Source]:
    """The sources of each input in turn; one missing input is reported and the others still read."""
    for name in inputs:
        try:
            yield from list(
                discover([name], pattern=options.pattern, kind=options.kind, unreadable=_unreadable(summary))
            )
        except InputError as error:
            summary.unreadable.append(str(error))


def _unreadable(summary: Summary) -> Callable[[InputError], None]:
    def report(error: InputError) -> None:
        summary.unreadable.append(str(error))

    return report


def _jobs_for(source: Source, options: FeedOptions) -> int:
    # Only a regular file can be read in pieces side by side: a pipe is read once, in order.
    if source.path is None or options.jobs == 1 or not source.path.is_file():
        return 1
    if options.jobs == 0 and source.path.stat().st_size < PARALLEL_FROM_BYTES:
        return 1
    jobs = options.jobs or os.cpu_count() or 1
    try:
        return jobs if jobs > 1 and kind_of(source) is InputKind.jsonl else 1
    except BROKEN_STREAM:  # a gzip stream broken in its first bytes: one process reports it
        return 1


# What checking a run of entries gives: results whose record indexes count from the first number,
# and whose line numbers are off by the second.
Results = tuple[int, int, list["EntryResult | CleanRecord"]]


def _serial_results(source: Source, options: FeedOptions) -> Iterator[Results]:
    """The result of each entry of *source*, checked here, one at a time (indexes from the input)."""
    rows = read_rows(source, max_record_bytes=options.max_record_bytes, max_document_bytes=options.max_document_bytes)
    for item in rows:
        yield 0, 0, [check_entry(item, options) if isinstance(item, Entry) else check_row(source.name, item, options)]


def _check_piece(name: str, piece: Piece, options: FeedOptions) -> tuple[int, list[EntryResult | CleanRecord]]:
    """A worker's task: check the lines of a piece of JSON Lines; how many lines it held too."""
    rows, lines = rows_of_piece(piece, options.max_record_bytes)
    return lines, [check_row(name, row, options) for row in rows]


def _parallel_results(source: Source, options: FeedOptions, jobs: int) -> Iterator[Results]:
    """The results of a JSON Lines file checked by *jobs* processes, piece by piece in order, with
    few pieces in flight. Each piece counts its records and lines from its own start; what came
    before is added here."""
    prepare(semantic=options.semantic)
    with (
        ProcessPoolExecutor(jobs) as pool,
        json_lines_pieces(source, max_record_bytes=options.max_record_bytes, piece_bytes=PIECE_BYTES) as pieces,
    ):
        pending: deque[tuple[int, Future[tuple[int, list[EntryResult | CleanRecord]]]]] = deque()
        records = lines = 0  # before the oldest piece in flight
        for piece in chain(pieces, [None]):  # None: the end, when every piece in flight is waited for
            if piece is not None:
                pending.append((first_line(piece), pool.submit(_check_piece, source.name, piece, options)))
            while pending and (piece is None or len(pending) >= 2 * jobs):
                numbered_from, future = pending.popleft()
                piece_lines, results = future.result()
                yield records, lines + 1 - numbered_from, results
                records += len(results)
                lines += piece_lines


class EntryResult(NamedTuple):
    """What checking one entry found, before the feed-wide accounting. A named tuple: results
    cross from worker processes several times faster than dataclass instances."""

    source: str
    entry_index: int
    """The entry's number in its input, from 0 (-1 for the input as a whole)."""
    line: int
    column: int
    findings: tuple[Finding, ...]
    key: tuple[Any, Any] | None
    """(source, id) of a record that passed every other check, for the duplicate check."""
    key_digest: bytes | None
    """`key` in 16 bytes (`id_digest`), computed where the record is checked."""
    record_id: str | None
    id_line: int
    id_column: int
    kind: str
    """`record` (a record or a part of the input in its place), `broken` (a whole-input problem)."""


def check_entry(entry: Entry, options: FeedOptions) -> EntryResult:
    """Every problem of one entry, located; no feed-wide state."""
    record_number = entry.index if entry.index >= 0 else None
    found: list[Finding] = []
    if entry.envelope is not None:
        for problem in schema_problems(entry.envelope, schema="feed"):
            line, column = _locate(entry, problem, whole_document=True)
            found.append(Finding(entry.source, line, column, None, None, problem.path, problem.rule, problem.message))
    for input_problem in entry.problems:
        found.append(
            Finding(
                entry.source,
                entry.line,
                entry.column,
                record_number,
                None,
                "$",
                input_problem.rule,
                input_problem.message,
            )
        )
    problems: list[Problem] = []
    key = digest = None
    id_line, id_column = entry.line, entry.column
    if entry.parsed:
        try:
            problems = record_problems(entry.record, semantic=options.semantic)
        except RecursionError:
            problems = [Problem("$", "the record is nested too deeply to check", "json.depth")]
        if isinstance(entry.record, dict) and entry.record.get("id") is not None and not problems and not found:
            key = (entry.record.get("source"), entry.record.get("id"))
            digest = id_digest(key)
            if entry.in_document:  # on a line of its own, the record's line says where it is
                id_line, id_column = _locate(entry, Problem("$.id", "", "", parts=("id",)), first=True)
    record_id = _record_id(entry.record) if entry.parsed else None
    for problem in problems:
        line, column = _locate(entry, problem)
        found.append(
            Finding(
                entry.source,
                line,
                column,
                record_number,
                record_id,
                problem.path,
                problem.rule,
                problem.message,
                alternatives=problem.alternatives,
            )
        )
    # An entry of the input as a whole (index -1) is never a record; it counts only as broken.
    kind = ("broken" if found else "none") if entry.index < 0 else ("record" if entry.parsed or found else "none")
    return EntryResult(entry.source, entry.index, entry.line, entry.column, tuple(found), key, digest, record_id,
                       id_line, id_column, kind)  # fmt: skip


CleanRecord = tuple[int, int, tuple[Any, Any], bytes]
"""A JSON Lines record that passed every check of its own, with all that the feed-wide
accounting needs of it: its index, its line, its (source, id) and that key's digest
(`id_digest`). Nearly every record of a feed is one, so it is a plain tuple: that crosses from
worker processes several times faster than a named one or an `EntryResult`."""


def full_result(source: str, clean: CleanRecord) -> EntryResult:
    """The `EntryResult` of a clean record, for an account that needs more than a count."""
    index, line, key, digest = clean
    return EntryResult(source, index, line, 1, (), key, digest, key[1], line, 1, "record")


def check_row(name: str, row: Row, options: FeedOptions) -> EntryResult | CleanRecord:
    """One JSON Lines row: a quick yes/no pass straight from its bytes, and the detailed pass
    (`check_entry`, which locates and explains) only for a row that fails it."""
    index, number, line, _ = row
    record = _clean_record(line, options) if line is not None else None
    if record is not None:
        key = (record.get("source"), record["id"])
        return index, number, key, id_digest(key)
    return check_entry(entry_of_row(name, row, options.max_record_bytes), options)


def _clean_record(line: bytes, options: FeedOptions) -> dict[str, Any] | None:
    """The record on *line* if it passes every check, else None (orjson refuses a byte-order
    mark, so a line starting with one goes the detailed way and is reported)."""
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        return None
    try:
        return (
            record
            if is_lossless(line, record) and is_valid(record, schema="record", semantic=options.semantic)
            else None
        )
    except RecursionError:  # the detailed pass reports it
        return None


def id_digest(key: tuple[Any, Any]) -> bytes:
    """A record's (source, id) in 16 bytes, which is all the duplicate check keeps of it."""
    return hashlib.blake2b(orjson.dumps(key), digest_size=16).digest()


class _SeenIds:
    """The (source, id) pairs of a run, kept small: a few tens of bytes per record, so memory
    stays flat enough for feeds of millions of records. A pair is stored as a 128-bit digest,
    with the place it was first seen: the input's number and the record's index in one integer."""

    def __init__(self) -> None:
        self._sources: list[str] = []
        self._first: dict[bytes, int] = {}

    def places_in(self, source: str) -> int:
        """The place of record 0 of *source*; record i's is this plus i (sources are numbered as
        they come)."""
        if not self._sources or self._sources[-1] != source:
            self._sources.append(source)
        return (len(self._sources) - 1) << 40

    def first(self, digest: bytes, place: int) -> tuple[str, int] | None:
        """Where the key of *digest* was first seen; None (and remember *place*) when it is new."""
        known = len(self._first)
        earlier = self._first.setdefault(digest, place)
        if len(self._first) > known:  # not the place compared: one input named twice gives the same places
            return None
        return self._sources[earlier >> 40], earlier & ((1 << 40) - 1)


def _account(
    name: str,
    base: int,
    offset: int,
    results: list[EntryResult | CleanRecord],
    summary: Summary,
    lister: _Lister,
    seen_ids: _SeenIds,
) -> Iterator[Finding]:
    """Feed-wide accounting of a run of results, whose indexes count from *base* and whose line
    numbers are off by *offset*: duplicate ids, counts, listing caps."""
    in_source = seen_ids.places_in(name)
    clean = 0
    for result in results:
        if isinstance(result, EntryResult):
            entry = _rebased(result, base, offset)
            earlier = None
            if entry.key is not None and entry.key_digest is not None:
                earlier = seen_ids.first(entry.key_digest, in_source + entry.entry_index)
        else:
            earlier = seen_ids.first(result[3], in_source + base + result[0])
            if earlier is None:  # nearly every record of a feed: counted, nothing to list
                clean += 1
                continue
            entry = _rebased(full_result(name, result), base, offset)
        yield from _account_entry(entry, earlier, summary, lister)
    summary.records += clean
    summary.valid += clean


def _rebased(result: EntryResult, base: int, offset: int) -> EntryResult:
    """*result* with its index (and its findings' record numbers) counted from *base*, and its
    line numbers moved by *offset*."""
    if not base and not offset:
        return result
    findings = tuple(
        replace(
            finding,
            line=finding.line + offset,
            record=finding.record if finding.record is None else finding.record + base,
        )
        for finding in result.findings
    )
    return result._replace(
        entry_index=result.entry_index + base if result.entry_index >= 0 else result.entry_index,
        line=result.line + offset,
        id_line=result.id_line + offset,
        findings=findings,
    )


def _account_entry(
    result: EntryResult, earlier: tuple[str, int] | None, summary: Summary, lister: _Lister
) -> Iterator[Finding]:
    """Counts and listed findings of one entry; *earlier* is where its id was seen first, if it was."""
    found = list(result.findings)
    if earlier is not None and result.key is not None:
        where, number = earlier
        message = f"{result.key[1]!r} from {result.key[0]!r} is already the id of record {number} in {where}"
        found.append(Finding(result.source, result.id_line, result.id_column, result.entry_index, result.record_id,
                             "$.id", "id.duplicate", message))  # fmt: skip
    if result.kind == "broken":
        summary.broken_inputs += 1
    elif result.kind == "record":
        summary.records += 1
        if found:
            summary.invalid += 1
        else:
            summary.valid += 1
    for count, finding in enumerate(found):
        summary.by_rule[finding.rule] += 1
        if lister.admit(count):
            yield finding
