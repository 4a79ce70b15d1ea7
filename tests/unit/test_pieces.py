"""JSON Lines in pieces: whatever the piece size, every line is read once, numbered as when read whole."""

from __future__ import annotations

import gzip
import io
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.inputs import InputKind, Row, Source, rows_of
from validator.pieces import Span, first_line, json_lines_pieces, rows_of_piece

LIMIT = 24  # lines longer than this are too large: some of the generated ones are


def _rows_in_pieces(path: Path, piece_bytes: int) -> list[Row]:
    """The rows of every piece, their indexes and line numbers made whole-input again."""
    rows: list[Row] = []
    lines_before = 0
    with json_lines_pieces(Source(str(path), path, InputKind.jsonl), max_record_bytes=LIMIT,
                           piece_bytes=piece_bytes) as pieces:  # fmt: skip
        for piece in pieces:
            piece_rows, lines = rows_of_piece(piece, LIMIT)
            offset = lines_before + 1 - first_line(piece)
            for _, number, line, size in piece_rows:
                rows.append((len(rows), number + offset, line, size))
            lines_before += lines
    return rows


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(st.text(alphabet='{}"ab \t\r', max_size=40).map(str.encode), max_size=30),
    newline_at_end=st.booleans(),
    piece_bytes=st.integers(min_value=1, max_value=120),
    compressed=st.booleans(),
)
def test_pieces_hold_every_line_once(
    lines: list[bytes], newline_at_end: bool, piece_bytes: int, compressed: bool
) -> None:
    data = b"\n".join(lines) + (b"\n" if newline_at_end and lines else b"")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_bytes(gzip.compress(data) if compressed else data)
        assert _rows_in_pieces(path, piece_bytes) == list(rows_of(io.BytesIO(data), LIMIT))


def test_a_span_after_the_start_never_numbers_a_line_1(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"a": 1}\n\xef\xbb\xbf{"a": 2}\n')
    with json_lines_pieces(Source(str(path), path, InputKind.jsonl), piece_bytes=9) as pieces:
        numbers = [row[1] for piece in pieces for row in rows_of_piece(piece)[0]]
    assert numbers == [1, 2]  # so the byte-order mark on the second line is not taken for one at the start


def test_a_span_inside_a_long_line_reads_no_further_than_its_own_end() -> None:
    from validator.inputs import skip_line

    stream = io.BytesIO(b"x" * 10_000 + b"\n{}\n")
    assert skip_line(stream, 100) == 100  # not the 10,001 bytes to the line's end
    assert stream.tell() == 100
    stream.seek(9_990)
    assert skip_line(stream, 100) == 11  # the rest of the line and its newline
    stream.seek(0)
    assert skip_line(stream) == 10_001


def test_a_span_the_file_no_longer_reaches_ends_in_a_truncated_row(tmp_path: Path) -> None:
    from validator.inputs import SHRUNK_SIZE, entry_of_row

    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"a": 1}\n' * 10)  # 90 bytes, where the check began with 180
    rows, lines = rows_of_piece(Span(path, 45, 180))
    assert lines == 5
    assert rows[-1][2:] == (None, SHRUNK_SIZE)
    entry = entry_of_row("feed.jsonl", rows[-1])
    assert [problem.rule for problem in entry.problems] == ["json.truncated"]
    assert "got shorter while it was read" in entry.problems[0].message


def test_one_process_reports_a_file_that_got_shorter_while_it_was_read(tmp_path: Path) -> None:
    from validator.inputs import InputKind, Source, read

    path = tmp_path / "feed.jsonl"
    line = b'{"a": "' + b"x" * 990 + b'"}\n'  # 1 KB lines, 4 MB: more than the reader buffers
    path.write_bytes(line * 4096)
    entries = read(Source(str(path), path, InputKind.jsonl))
    next(entries)
    with path.open("r+b") as stream:
        stream.truncate(len(line) * 2048)  # at a line boundary: every line left is whole
    rest = list(entries)
    assert len(rest) < 4095
    assert [problem.rule for problem in rest[-1].problems] == ["json.truncated"]
