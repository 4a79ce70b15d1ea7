"""Feeds through the library: the three verbs over a feed document, and arbitrary bytes."""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, load_json
from validator import is_valid, iter_problems
from validator.feedcheck import FeedOptions, check_feeds
from validator.positions import locate, position_of_offset
from validator.report import Summary

FEED = load_json(FIXTURES / "feeds" / "seed-kyodo-2022-02-10.json")


def test_a_feed_document_is_checked_as_a_whole() -> None:
    assert is_valid(FEED)
    broken: dict[str, Any] = copy.deepcopy(FEED)
    broken["records"][3]["version"] = 0
    broken["records"].append(copy.deepcopy(FEED["records"][0]))
    broken["feed"]["generated"] = "yesterday"
    problems = [(p.path, p.rule) for p in iter_problems(broken)]
    assert problems == [
        ("$.feed.generated", "schema.format"),
        ("$.feed.generated", "schema.pattern"),
        ("$.records[3].version", "schema.minimum"),
        ("$.records[5].id", "id.duplicate"),
    ]


def test_locate_finds_values_by_path() -> None:
    text = '{"a": [1, {"b": "x"}],\n "c": {"d": 2}}'
    assert text[locate(text, ("a", 1, "b")) :].startswith('"x"')
    offset = locate(text, ("c", "d"))
    assert position_of_offset(text, offset).line == 2
    assert text[locate(text, ("missing", "deeper")) :].startswith("{")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_validator(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(data)
    summary = Summary()
    findings = list(check_feeds([str(path)], FeedOptions(), summary))
    assert summary.records == summary.valid + summary.invalid
    assert all(finding.rule and finding.message for finding in findings)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(
            [
                b"{",
                b"}",
                b"[",
                b"]",
                b'"a"',
                b":",
                b",",
                b"1",
                b"NaN",
                b"\n",
                b"\xff",
                b" ",
                b'"records"',
                b'"specversion"',
                b"\xef\xbb\xbf",
                b"null",
            ]
        ),
        max_size=60,
    )
)
def test_json_like_bytes_never_crash_the_validator(tmp_path: Path, pieces: list[bytes]) -> None:
    path = tmp_path / "input.jsonl"
    path.write_bytes(b"".join(pieces))
    summary = Summary()
    list(check_feeds([str(path)], FeedOptions(), summary))
    assert summary.records == summary.valid + summary.invalid


def test_worker_processes_give_the_same_findings_in_the_same_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import orjson

    from validator import feedcheck

    record = load_json(FIXTURES / "records" / "valid" / "seed-kyodo-2022-02-10-meeting-2019-11.json")
    lines = []
    for number in range(50):
        changed = copy.deepcopy(record)
        changed["id"] = f"urn:test:{number % 45}"  # five duplicates
        if number % 7 == 0:
            changed["event"]["kind"] = "chat"
        lines.append(orjson.dumps(changed) if number % 11 else b"{broken")
        if number % 13 == 0:
            lines.append(b"  ")  # a blank line: no record, but a line
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    monkeypatch.setattr(feedcheck, "PIECE_BYTES", 3 * len(orjson.dumps(record)))  # pieces of two or three records
    results = {}
    for jobs in (1, 2):
        summary = Summary()
        results[jobs] = (list(check_feeds([str(path)], FeedOptions(jobs=jobs), summary)), summary)
    assert results[1][0] == results[2][0]
    assert results[1][1] == results[2][1]
    assert results[1][1].records == 50
    assert {finding.record for finding in results[2][0]} >= {0, 11, 44, 49}  # record numbers count across blocks


@pytest.mark.parametrize("blocks", ["smaller than a record", "larger than a record"])
@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "gzip cut short"])
def test_workers_report_long_lines_and_broken_streams_as_one_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blocks: str, compressed: bool
) -> None:
    import gzip

    import orjson

    from validator import feedcheck

    record = load_json(FIXTURES / "records" / "valid" / "seed-kyodo-2022-02-10-meeting-2019-11.json")
    randomness = random.Random(5)  # titles that do not compress, so that a cut stream keeps its first lines
    lines = [
        orjson.dumps({**record, "id": f"urn:test:{number}", "title": randomness.randbytes(3000).hex()})
        for number in range(12)
    ]
    limit = len(lines[0]) + 100
    lines[3] = b'{"title": "' + b"x" * (5 * limit) + b'"}'  # too large, and larger than any block
    lines[6] = b'{"title": "' + b"x" * (limit + 10) + b'"}'  # too large by a little
    lines[8] = b" \t "
    data = b"\n".join(lines)  # the last line without its newline
    path = tmp_path / "feed.jsonl"
    if compressed:
        data = gzip.compress(data)[: len(gzip.compress(data)) * 2 // 3]
        path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data)
    monkeypatch.setattr(feedcheck, "PIECE_BYTES", limit // 3 if blocks == "smaller than a record" else 4 * limit)
    results = {}
    for jobs in (1, 2):
        summary = Summary()
        findings = list(check_feeds([str(path)], FeedOptions(jobs=jobs, max_record_bytes=limit), summary))
        results[jobs] = ([(f.line, f.record, f.rule, f.message) for f in findings], summary)
    assert results[2] == results[1]
    findings, summary = results[2]
    assert [(line, record, rule) for line, record, rule, _ in findings][:2] == [
        (4, 3, "json.too-large"), (7, 6, "json.too-large"),
    ]  # fmt: skip
    if compressed:
        assert findings[-1][2] == "json.truncated"
        assert summary.broken_inputs == 1
    else:
        assert len(findings) == 2
        assert (summary.records, summary.valid) == (11, 9)


def test_a_stream_that_breaks_inside_a_line_too_large_to_hold_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gzip

    from validator import feedcheck

    huge = b'{"title": "' + random.Random(3).randbytes(40_000).hex().encode() + b'"}'
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "urn:test:1"}\n' + huge + b"\n")[:30_000])
    monkeypatch.setattr(feedcheck, "PIECE_BYTES", 8_000)
    for jobs in (1, 2):
        summary = Summary()
        findings = list(check_feeds([str(path)], FeedOptions(jobs=jobs, max_record_bytes=10_000), summary))
        assert [(f.line, f.rule) for f in findings][-1] == (2, "json.truncated"), jobs
        assert "breaks off before line 2" in findings[-1].message


def test_a_named_pipe_is_read_once_in_order_even_with_workers(tmp_path: Path) -> None:
    import os
    import threading

    import orjson

    record = load_json(FIXTURES / "records" / "valid" / "seed-kyodo-2022-02-10-meeting-2019-11.json")
    data = b"".join(orjson.dumps({**record, "id": f"urn:test:{number}"}) + b"\n" for number in range(30))
    pipe = tmp_path / "feed.jsonl"
    os.mkfifo(pipe)

    def write() -> None:
        with pipe.open("wb") as stream:
            stream.write(data)

    writer = threading.Thread(target=write)
    writer.start()
    summary = Summary()
    findings = list(check_feeds([str(pipe)], FeedOptions(jobs=2), summary))
    writer.join()
    assert findings == []
    assert (summary.records, summary.valid) == (30, 30)


def _numbered_lines(count: int) -> bytes:
    import orjson

    record = load_json(FIXTURES / "records" / "valid" / "seed-kyodo-2022-02-10-meeting-2019-11.json")
    return b"".join(orjson.dumps({**record, "id": f"urn:test:{number}"}) + b"\n" for number in range(count))


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_input_named_twice_repeats_every_id(tmp_path: Path, jobs: int) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(_numbered_lines(3))
    summary = Summary()
    findings = list(check_feeds([str(path), str(path)], FeedOptions(jobs=jobs), summary))
    assert [(finding.line, finding.rule) for finding in findings] == [(1, "id.duplicate"), (2, "id.duplicate"),
                                                                      (3, "id.duplicate")]  # fmt: skip
    assert "is already the id of record 0 in" in findings[0].message
    assert (summary.valid, summary.invalid) == (3, 3)


def test_a_file_that_cannot_be_opened_is_reported_with_workers_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.jsonl"
    path.write_bytes(_numbered_lines(2))
    opened = Path.open

    def refused(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return opened(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refused)
    for jobs in (1, 2):
        summary = Summary()
        assert list(check_feeds([str(path)], FeedOptions(jobs=jobs), summary)) == []
        assert summary.unreadable == [f"{str(path)!r}: cannot be read (Permission denied); check its permissions"]


def test_a_gzip_stream_cut_in_its_header_is_reported_with_workers_too(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "feed"  # no suffix: the kind is sniffed, and sniffing meets the break
    path.write_bytes(gzip.compress(_numbered_lines(2))[:5])
    for jobs in (1, 2):
        summary = Summary()
        findings = list(check_feeds([str(path)], FeedOptions(jobs=jobs), summary))
        assert [finding.rule for finding in findings] == ["json.truncated"], jobs


_LINES = st.sampled_from([
    b'{"id": "urn:test:1"}', b'{"id": "urn:test:2", "id": "urn:test:3"}', b"{broken", b"", b" \t", b"[]",
    b'{"title": "' + b"x" * 300 + b'"}', b"\xef\xbb\xbf{}", b"\xff", b"NaN",
])  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(st.one_of(_LINES, st.integers(0, 4).map(lambda n: b'{"id": "urn:test:%d"}' % n)), max_size=25),
    ending=st.sampled_from([b"\n", b"\r\n"]),
    piece_bytes=st.integers(min_value=1, max_value=400),
)
def test_workers_find_what_one_process_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: list[bytes], ending: bytes, piece_bytes: int
) -> None:
    from validator import feedcheck

    path = tmp_path / "feed.jsonl"
    path.write_bytes(ending.join(lines))
    monkeypatch.setattr(feedcheck, "PIECE_BYTES", piece_bytes)
    results = []
    for jobs in (1, 2):
        summary = Summary()
        results.append((list(check_feeds([str(path)], FeedOptions(jobs=jobs, max_record_bytes=200), summary)), summary))
    assert results[1] == results[0]


def _fixture_lines() -> list[bytes]:
    import orjson

    paths = sorted((FIXTURES / "records").glob("*/*.json"))
    compact = [orjson.dumps(load_json(path)) for path in paths]
    spaced = [path.read_bytes().replace(b"\n", b" ") for path in paths]  # not canonical: the slower loss checks
    odd = [b"{broken", b"null", b"[]", b'{"id": 12}', b'{"id": "a", "id": "b"}', b"\xef\xbb\xbf{}", b"\xff", b"1e999"]
    return [*compact, *spaced, *odd]


def test_the_quick_pass_over_a_line_agrees_with_the_detailed_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator import feedcheck
    from validator.inputs import entry_of_row

    detailed: list[int] = []

    def counted(name: str, row: Any, limit: int) -> Any:
        detailed.append(row[1])
        return entry_of_row(name, row, limit)

    monkeypatch.setattr(feedcheck, "entry_of_row", counted)
    for options in (FeedOptions(), FeedOptions(semantic=False)):
        for position, line in enumerate(_fixture_lines(), start=2):
            for number in (1, position):  # a byte-order mark counts on line 1 only
                detailed.clear()
                row = (number - 1, number, line + b"\n", len(line) + 1)
                expected = feedcheck.check_entry(entry_of_row("feed.jsonl", row), options)
                checked = feedcheck.check_row("feed.jsonl", row, options)
                if not isinstance(checked, feedcheck.EntryResult):
                    checked = feedcheck.full_result("feed.jsonl", checked)
                assert checked == expected, line
                assert bool(detailed) == bool(expected.findings), line  # only failing lines take the detailed pass


@given(st.lists(st.sampled_from(["a", "\n", "{}", "\n\n", "xyz"]), min_size=1, max_size=40), st.data())
@settings(max_examples=50, deadline=None)
def test_positions_in_a_long_text_are_those_counted_directly(pieces: list[str], data: st.DataObject) -> None:
    from validator.positions import Position, position_of_offset

    text = "".join(pieces) * 3000  # long enough for the line index
    offset = data.draw(st.integers(0, len(text)))
    line_start = text.rfind("\n", 0, offset) + 1
    expected = Position(7 + text.count("\n", 0, offset), offset - line_start + 1, offset)
    assert position_of_offset(text, offset, first_line=7) == expected
