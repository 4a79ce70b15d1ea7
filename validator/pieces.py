"""JSON Lines in pieces, for worker processes to check side by side.

The reader of a large input looks at none of its lines. A plain file is cut into spans of bytes
that each worker reads itself; a compressed one is read here in blocks of whole lines. A line
too long to hold, and the place where a compressed stream breaks off, come as rows of their own.

The lines of a piece are numbered from `first_line(piece)` and its records indexed from 0; the
reader of the results, who takes the pieces in order, adds what came before (`rows_of_piece`
says how many lines each piece holds).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from .inputs import (
    BROKEN_SIZE,
    BROKEN_STREAM,
    DEFAULT_MAX_RECORD_BYTES,
    SHRUNK_SIZE,
    Row,
    Source,
    lines_of,
    open_input,
    rows_of,
    skip_line,
    unreadable,
)

# About a few hundred records of a few kilobytes: enough work to be worth a task.
PIECE_BYTES = 1 << 20
_GZIP_MAGIC = b"\x1f\x8b"


class Span(NamedTuple):
    """The lines of a file that start in its bytes [start, end)."""

    path: Path
    start: int
    end: int


class Block(NamedTuple):
    """Whole lines of an input, read here."""

    first_line: int
    data: bytes
    lines: int


Piece = Span | Block | Row


def first_line(piece: Piece) -> int:
    """The number that the first line of *piece* is given.

    A span after the start of its file does not know where it stands: its lines are numbered
    from 2, so that only the input's first line is line 1 (the one line where a byte-order mark
    is reported as such), and its reader adds the lines before it, less one.
    """
    if isinstance(piece, Span):
        return 1 if piece.start == 0 else 2
    if isinstance(piece, Block):
        return piece.first_line
    return piece[1]


@contextmanager
def json_lines_pieces(
    source: Source, *, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES, piece_bytes: int = PIECE_BYTES
) -> Iterator[Iterator[Piece]]:
    """The pieces of a JSON Lines input of about *piece_bytes* each, in order."""
    with ExitStack() as closing:
        if source.path is not None and _is_plain(source, source.path):
            size = source.path.stat().st_size  # the file as it is when the check begins
            yield (Span(source.path, start, min(start + piece_bytes, size)) for start in range(0, size, piece_bytes))
        else:
            yield _blocks(open_input(source, closing), max_record_bytes, piece_bytes)


def _is_plain(source: Source, path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(2) != _GZIP_MAGIC
    except OSError as error:
        raise unreadable(source, error) from error


def rows_of_piece(piece: Piece, limit: int = DEFAULT_MAX_RECORD_BYTES) -> tuple[list[Row], int]:
    """The rows of the lines of *piece* (blank ones skipped), and how many lines it holds."""
    if isinstance(piece, Span):
        return _span_rows(piece, limit)
    if isinstance(piece, Block):
        return list(rows_of(io.BytesIO(piece.data), limit, first_line=piece.first_line)), piece.lines
    return [piece], 0 if piece[3] == BROKEN_SIZE else 1


def _span_rows(span: Span, limit: int) -> tuple[list[Row], int]:
    rows: list[Row] = []
    lines = 0
    with span.path.open("rb") as stream:
        position = span.start
        if span.start:  # a line that began before the span is the previous span's
            stream.seek(span.start - 1)
            if stream.read(1) != b"\n":
                # Only as far as this span's end: a line longer than many spans is not read by each.
                position += skip_line(stream, span.end - span.start)
        if position >= span.end:
            return rows, lines
        number = first_line(span) - 1
        for number, line, size in lines_of(stream, limit, first_line(span)):
            lines += 1
            if line is None or not line.isspace():
                rows.append((len(rows), number, line, size))
            position += size
            if position >= span.end:
                break
        else:  # the file ended before the span: it got shorter after the check began
            rows.append((-1, number + 1, None, SHRUNK_SIZE))
    return rows, lines


def _blocks(stream: Any, limit: int, block_bytes: int) -> Iterator[Block | Row]:
    number = 1  # the line that the unread part of the input starts on
    pending = bytearray()  # read but not yet handed out; its last line may still be incomplete
    ended = broken = False
    while not ended:
        try:  # read1: what a broken stream gave before it broke is kept
            chunk = stream.read1(block_bytes)
        except BROKEN_STREAM:
            chunk, broken = b"", True
        ended = not chunk
        pending += chunk
        if len(pending) < block_bytes and not ended:
            continue
        # Whole lines go out; so does a last line without its newline, unless the stream broke in it.
        cut = len(pending) if ended and not broken else pending.rfind(b"\n") + 1
        if cut:
            data = bytes(pending[:cut])
            del pending[:cut]
            lines = data.count(b"\n") + (not data.endswith(b"\n"))
            yield Block(number, data, lines)
            number += lines
        if broken:  # what was read before stands, as `lines_of` has it
            yield -1, number, None, BROKEN_SIZE
            return
        if len(pending) > limit:  # one line, longer than a record may be: measure it, hold none of it
            try:
                size = len(pending) + skip_line(stream)
            except BROKEN_STREAM:
                yield -1, number, None, BROKEN_SIZE
                return
            pending.clear()
            yield 0, number, None, size
            number += 1
