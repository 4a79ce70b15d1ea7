"""Check feeds: read every input, check every record, locate every problem, count everything.

`check_feeds` streams: it yields each finding as soon as its record is checked and fills in a
`Summary` as it goes. Caps limit what is listed (per record and overall), never what is counted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .inputs import (
    DEFAULT_MAX_DOCUMENT_BYTES,
    DEFAULT_MAX_RECORD_BYTES,
    Entry,
    InputError,
    InputKind,
    discover,
    read,
)
from .positions import locate, position_of_offset
from .report import Finding, Summary
from .validation import Problem, record_problems, schema_problems


@dataclass(frozen=True, slots=True)
class FeedOptions:
    """How to check feeds."""

    semantic: bool = True
    kind: InputKind = InputKind.auto
    pattern: str = "*.json*"
    max_errors: int | None = 1000
    """Problems listed overall; None for no limit."""
    max_errors_per_record: int | None = 20
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES


def _locate(entry: Entry, problem: Problem, *, whole_document: bool = False) -> tuple[int, int]:
    """The line and column of the value a problem is about (the record's own position at worst)."""
    if entry.text is None:
        return entry.line, entry.column
    offset = locate(entry.text, problem.parts, start=0 if whole_document else entry.text_offset)
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
    """Findings for every problem in *inputs*, in input order; *summary* counts as it goes."""
    lister = _Lister(options, summary)
    seen_ids: dict[tuple[Any, Any], tuple[str, int]] = {}
    try:
        sources = list(discover(inputs, pattern=options.pattern, kind=options.kind))
    except InputError as error:
        summary.unreadable.append(str(error))
        return
    for source in sources:
        summary.inputs += 1
        try:
            entries = read(
                source, max_record_bytes=options.max_record_bytes, max_document_bytes=options.max_document_bytes
            )
            for entry in entries:
                yield from _check_entry(entry, options, summary, lister, seen_ids)
                if on_record is not None:
                    on_record(summary)
        except InputError as error:
            summary.unreadable.append(str(error))


def _check_entry(
    entry: Entry,
    options: FeedOptions,
    summary: Summary,
    lister: _Lister,
    seen_ids: dict[tuple[Any, Any], tuple[str, int]],
) -> Iterator[Finding]:
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
    if entry.parsed:
        try:
            problems = record_problems(entry.record, semantic=options.semantic)
        except RecursionError:
            problems = [Problem("$", "the record is nested too deeply to check", "json.depth")]
        key = (entry.record.get("source"), entry.record.get("id")) if isinstance(entry.record, dict) else None
        if key is not None and key[1] is not None and not problems:
            if key in seen_ids:
                where, number = seen_ids[key]
                problems.append(
                    Problem(
                        "$.id",
                        f"{key[1]!r} from {key[0]!r} is already the id of record {number} in {where}",
                        "id.duplicate",
                        parts=("id",),
                    )
                )
            else:
                seen_ids[key] = (entry.source, entry.index)
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
    if entry.index < 0:
        summary.broken_inputs += 1
    elif entry.parsed or found:
        summary.records += 1
        if found:
            summary.invalid += 1
        else:
            summary.valid += 1
    for count, finding in enumerate(found):
        summary.by_rule[finding.rule] += 1
        if lister.admit(count):
            yield finding
