"""`newsevent validate`: every input kind, output format, bad input, cap and exit code."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT, VALID_RECORDS, load_json
from validator.cli import app

RUNNER = CliRunner()
SEED = VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
GITHUB_COMMAND = re.compile(r"^::(error|warning|notice) (?:[a-z]+=[^,:]*)(?:,[a-z]+=[^,:]*)*::.*$")


def _record(number: int, **changes: Any) -> dict[str, Any]:
    record = load_json(SEED)
    record["id"] = f"urn:test:{number}"
    record.update(changes)
    return record


def _line(record: Any) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _run(*args: str, input: bytes | None = None) -> Any:
    return RUNNER.invoke(app, ["validate", *args], input=input)


def test_seed_records_are_valid() -> None:
    paths = sorted(str(path) for path in VALID_RECORDS.glob("seed-kyodo-2022-02-10-*.json"))
    result = _run(*paths)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.strip() == "5 records read: 5 valid, 0 invalid; 0 problems"


@pytest.mark.parametrize("kind", ["record", "array", "feed", "jsonl", "jsonl.gz", "json.gz"])
def test_every_input_kind_is_detected(tmp_path: Path, kind: str) -> None:
    records = [_record(1), _record(2)]
    if kind == "record":
        data, records = _line(records[0]), records[:1]
    elif kind == "array":
        data = json.dumps(records, indent=2).encode()
    elif kind == "feed":
        data = json.dumps({"specversion": "1.0", "feed": {"id": "urn:test:feed"}, "records": records}).encode()
    else:
        data = b"\n".join(_line(record) for record in records) + b"\n"
    if kind.endswith(".gz"):
        data = gzip.compress(data if kind.startswith("jsonl") else json.dumps(records).encode())
    path = tmp_path / "input.bin"  # no telling suffix: the kind is sniffed
    path.write_bytes(data)
    result = _run(str(path))
    assert result.exit_code == 0, result.output
    assert f"{len(records)} records read: {len(records)} valid" in result.stderr


def test_folders_are_read_recursively_with_a_glob(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.jsonl").write_bytes(_line(_record(1)) + b"\n")
    (tmp_path / "a" / "two.jsonl").write_bytes(_line(_record(2)) + b"\n")
    (tmp_path / "a" / "ignored.txt").write_text("not a feed")
    result = _run(str(tmp_path), "--glob", "*.jsonl")
    assert result.exit_code == 0, result.output
    assert "2 records read: 2 valid" in result.stderr


def test_standard_input_and_forced_kind() -> None:
    data = _line(_record(1)) + b"\n" + _line(_record(2, version=0)) + b"\n"
    result = _run("-", "--input-format", "jsonl", input=data)
    assert result.exit_code == 1
    assert result.stdout.startswith("<stdin>:2:")
    assert "record 1 (urn:test:2): $.version: 0 is less than the minimum of 1 [schema.minimum]" in result.stdout


def test_problems_carry_file_line_column_record_id_path_rule(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    bad = _record(2)
    bad["event"]["mode"] = "telepathy"
    feed.write_bytes(_line(_record(1)) + b"\n" + _line(bad) + b"\n")
    result = _run(str(feed), "--output", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    (problem,) = report["problems"]
    line = _line(bad).decode()
    assert problem == {
        "file": str(feed), "line": 2, "column": line.index('"telepathy"') + 1, "record": 1, "id": "urn:test:2",
        "path": "$.event.mode", "rule": "schema.enum", "severity": "error",
        "message": problem["message"],
    }  # fmt: skip
    assert problem["message"].startswith('"telepathy" is not one of ["in_person", "phone",')
    assert report["summary"]["by_rule"] == {"schema.enum": 1}


def test_position_of_a_value_in_a_json_document(tmp_path: Path) -> None:
    records = [_record(1), _record(2, version=0)]
    path = tmp_path / "array.json"
    text = json.dumps(records, indent=2)
    path.write_text(text, encoding="utf-8")
    report = json.loads(_run(str(path), "--output", "json").stdout)
    (problem,) = report["problems"]
    second = text.index('"version": 0')
    expected_line = text.count("\n", 0, second) + 1
    assert (problem["line"], problem["record"], problem["path"]) == (expected_line, 1, "$.version")
    assert problem["column"] == second - text.rfind("\n", 0, second) + len('"version": ') - 0


def test_anyof_problems_keep_the_alternatives_in_json(tmp_path: Path) -> None:
    record = _record(1)
    record["article"]["published"] = "10 Feb 2022"
    path = tmp_path / "r.json"
    path.write_bytes(_line(record))
    (problem,) = json.loads(_run(str(path), "--output", "json").stdout)["problems"]
    assert problem["rule"] == "schema.anyOf"
    assert problem["message"] == '"10 Feb 2022" is not a "date" (and no other allowed form fits)'
    assert (
        "\"10 Feb 2022\" is not valid under any of the schemas listed in the 'anyOf' keyword" in problem["alternatives"]
    )
    assert len(problem["alternatives"]) >= 2


BAD_LINES: list[tuple[str, bytes, str]] = [
    ("not JSON", b"{not json", "json.syntax"),
    ("invalid UTF-8", '{"title": "Qu\u00e9bec"}'.encode("latin-1"), "json.encoding"),
    ("NaN", b'{"a": NaN}', "json.number"),
    ("Infinity", b'{"a": -Infinity}', "json.number"),
    ("beyond float range", b'{"a": 1e400}', "json.number"),
    ("beyond 64-bit integers", b'{"a": 123456789012345678901234567890}', "json.number"),
    ("duplicate keys", b'{"id": "a", "id": "b"}', "json.duplicate-key"),
    ("nested deep", b"[" * 3000 + b"]" * 3000, "json.depth"),
    ("truncated", b'{"id": "urn:test:9", "event": {', "json.truncated"),
]


@pytest.mark.parametrize(("label", "line", "rule"), BAD_LINES, ids=[row[0] for row in BAD_LINES])
def test_a_bad_line_is_a_problem_and_every_other_record_is_checked(
    tmp_path: Path, label: str, line: bytes, rule: str
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(_record(1)) + b"\n" + line + b"\n" + _line(_record(3)) + b"\n")
    result = _run(str(feed), "--output", "json")
    assert result.exit_code == 1, label
    report = json.loads(result.stdout)
    assert rule in {problem["rule"] for problem in report["problems"] if problem["line"] == 2}
    assert report["summary"]["records"] == 3
    assert report["summary"]["valid"] == 2


def test_byte_order_mark_is_reported_and_the_record_still_checked(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\xef\xbb\xbf" + _line(_record(1, version=0)) + b"\n")
    rules = [problem["rule"] for problem in json.loads(_run(str(feed), "--output", "json").stdout)["problems"]]
    assert rules == ["json.bom", "schema.minimum"]


def test_an_oversized_line_is_reported_without_being_held(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    huge = b'{"title": "' + b"x" * (17 * 1024 * 1024) + b'"}'
    feed.write_bytes(_line(_record(1)) + b"\n" + huge + b"\n" + _line(_record(3)) + b"\n")
    report = json.loads(_run(str(feed), "--output", "json").stdout)
    (problem,) = report["problems"]
    assert (problem["rule"], problem["line"]) == ("json.too-large", 2)
    assert f"{len(huge) + 1:,} bytes, over the limit of 16,777,216" in problem["message"]
    assert report["summary"]["valid"] == 2


def test_truncated_gzip_is_a_problem_after_the_records_before_it(tmp_path: Path) -> None:
    data = gzip.compress(b"\n".join(_line(_record(n)) for n in range(1, 4)) + b"\n")
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(data[: len(data) // 2])
    result = _run(str(feed), "--output", "json")
    assert result.exit_code == 1
    assert "json.truncated" in json.loads(result.stdout)["summary"]["by_rule"]


def test_truncated_json_document(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text(json.dumps([_record(1), _record(2)])[:-300], encoding="utf-8")
    report = json.loads(_run(str(path), "--output", "json").stdout)
    assert [problem["rule"] for problem in report["problems"]] == ["json.truncated"]


def test_caps_stop_the_listing_never_the_counting(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\n".join(_line(_record(n, version=0, status="merged")) for n in range(5)) + b"\n")
    result = _run(str(feed), "--max-errors", "3", "--max-errors-per-record", "1")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 3
    assert "5 records read: 0 valid, 5 invalid; 10 problems" in result.stderr
    assert "7 not listed (--max-errors)" in result.stderr


def test_github_output_is_annotations_then_a_summary(tmp_path: Path) -> None:
    feed = tmp_path / "feed, with: commas.jsonl"
    feed.write_bytes(_line(_record(1, version=0)) + b"\n" + b"{broken\n")
    result = _run(str(feed), "--output", "github")
    lines = result.stdout.splitlines()
    assert all(GITHUB_COMMAND.match(line) for line in lines), lines
    assert lines[0].startswith("::error file=")
    assert "feed%2C with%3A commas.jsonl" in lines[0]
    assert lines[-1].startswith("::error title=newsevent validate::2 records read: 0 valid, 2 invalid")


def test_sarif_output_is_valid_sarif_2_1_0(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(_record(1, version=0)) + b"\n" + b"{broken\n" + _line(_record(3)) + b"\n")
    result = _run(str(feed), "--output", "sarif")
    sarif = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["schema.minimum", "json.syntax"]
    assert results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 1


def test_no_semantic_skips_the_rules_beyond_the_schema(tmp_path: Path) -> None:
    record = _record(1)
    record["article"]["text_sha256"] = "0" * 64
    path = tmp_path / "r.json"
    path.write_bytes(_line(record))
    assert _run(str(path)).exit_code == 1
    assert _run(str(path), "--no-semantic").exit_code == 0


def test_duplicate_ids_across_a_feed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(_record(1)) + b"\n" + _line(_record(1)) + b"\n")
    report = json.loads(_run(str(feed), "--output", "json").stdout)
    assert [(p["rule"], p["line"], p["id"]) for p in report["problems"]] == [("id.duplicate", 2, "urn:test:1")]


def test_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(_line(_record(1)))
    assert _run(str(good)).exit_code == 0
    assert _run(str(good), "--output", "xml").exit_code == 2
    unknown = _run(str(good), "--schema-version", "2.0")
    assert unknown.exit_code == 3
    assert "no schemas for version '2.0'; this newsevent knows 1.0" in unknown.stderr
    missing = _run(str(tmp_path / "missing.jsonl"))
    assert missing.exit_code == 4
    assert "no such file or folder; check the path" in missing.stderr
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    assert _run(str(empty_folder)).exit_code == 4


def test_columns_count_characters_after_non_ascii_text(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"t": "éééééééééé", "x": tru}\n{"t": "ééé", "x": NaN}\n', encoding="utf-8")
    problems = json.loads(_run(str(feed), "--output", "json").stdout)["problems"]
    assert [(p["line"], p["column"], p["rule"]) for p in problems] == [(1, 26, "json.syntax"), (2, 19, "json.number")]


def test_a_json_document_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(b'[\n  {"title": "\xe9t\xe9"}\n]')
    (problem,) = json.loads(_run(str(path), "--output", "json").stdout)["problems"]
    assert (problem["rule"], problem["line"], problem["column"]) == ("json.encoding", 2, 14)


def test_a_feed_without_records_still_has_its_metadata_checked(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text('{"specversion": "9", "feed": {}, "records": []}', encoding="utf-8")
    result = _run(str(path), "--output", "json")
    assert result.exit_code == 1
    paths = {problem["path"] for problem in json.loads(result.stdout)["problems"]}
    assert {"$.specversion", "$.feed"} <= paths


def test_a_feed_without_specversion_is_still_read_as_a_feed(tmp_path: Path) -> None:
    bad = _record(2)
    bad["event"]["kind"] = "chat"
    path = tmp_path / "feed.json"
    path.write_text(json.dumps({"feed": {"id": "urn:f"}, "records": [_record(1), bad]}), encoding="utf-8")
    report = json.loads(_run(str(path), "--output", "json").stdout)
    rules = [(p["record"], p["rule"]) for p in report["problems"]]
    assert (1, "schema.enum") in rules
    assert (None, "schema.required") in rules  # the feed's own specversion
    assert report["summary"]["records"] == 2


def test_problems_of_a_record_in_a_document_stay_with_that_record(tmp_path: Path) -> None:
    second = json.dumps(_record(2)).replace('"version": 1', '"version": 1, "version": 1')
    path = tmp_path / "array.json"
    path.write_text(f"[{json.dumps(_record(1))},\n{second}]", encoding="utf-8")
    report = json.loads(_run(str(path), "--output", "json").stdout)
    assert [(p["record"], p["rule"], p["line"]) for p in report["problems"]] == [(1, "json.duplicate-key", 2)]


@pytest.mark.parametrize(
    "extra",
    [{"title": 'x": y'}, {"extensions": {"com.example.x": {"k\\": 1}}}],
    ids=["escaped quote", "escaped backslash"],
)
def test_duplicate_keys_beside_escapes_are_found(tmp_path: Path, extra: dict[str, Any]) -> None:
    line = json.dumps(_record(1, **extra)).replace('"version": 1', '"version": 1, "version": 1')
    feed = tmp_path / "feed.jsonl"
    feed.write_text(line + "\n", encoding="utf-8")
    rules = {p["rule"] for p in json.loads(_run(str(feed), "--output", "json").stdout)["problems"]}
    assert "json.duplicate-key" in rules


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"k\\\\":1', '"k\\\\":1,"k\\\\":2'),  # the repeated key itself ends in a backslash
        ('"version":1', '"version":1,"version":1,"status"  :"active"'),  # a space before a colon elsewhere
    ],
    ids=["key ending in a backslash", "space before a colon"],
)
def test_duplicate_keys_in_compact_lines_are_found(tmp_path: Path, old: str, new: str) -> None:
    compact = orjson.dumps(_record(1, extensions={"com.example.x": {"k\\": 1}})).decode()
    assert old in compact
    feed = tmp_path / "feed.jsonl"
    feed.write_text(compact.replace(old, new, 1) + "\n", encoding="utf-8")
    rules = {p["rule"] for p in json.loads(_run(str(feed), "--output", "json").stdout)["problems"]}
    assert "json.duplicate-key" in rules


def test_negative_integers_beyond_64_bits(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"n": -9223372036854775809}\n', encoding="utf-8")
    rules = {p["rule"] for p in json.loads(_run(str(feed), "--output", "json").stdout)["problems"]}
    assert "json.number" in rules


def test_one_missing_input_does_not_stop_the_others(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(_record(1, version=0)) + b"\n")
    result = _run(str(tmp_path / "nope.json"), str(feed))
    assert result.exit_code == 4
    assert "1 records read: 0 valid, 1 invalid" in result.stderr


def test_a_document_written_with_indent_0_is_not_taken_for_json_lines() -> None:
    data = json.dumps([_record(1), _record(2)], indent=0).encode()
    result = _run("-", input=data)
    assert result.exit_code == 0, result.output
    assert "2 records read: 2 valid" in result.stderr


@pytest.mark.parametrize(
    ("envelope", "key"),
    [
        ('{"specversion":"1.0","feed":{"id":"urn:test:feed"},"records":[RECORD],"records":[]}', "records"),
        ('{"specversion":"1.0","specversion":"1.0","feed":{"id":"urn:test:feed"},"records":[RECORD]}', "specversion"),
        ('{"specversion":"1.0","feed":{"id":"urn:test:feed","id":"urn:test:other"},"records":[RECORD]}', "id"),
    ],
    ids=["records twice", "specversion twice", "a key twice in the feed object"],
)
def test_duplicate_keys_of_a_feed_document_are_reported(tmp_path: Path, envelope: str, key: str) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(envelope.replace("RECORD", json.dumps(_record(1))), encoding="utf-8")
    for jobs in ("1", "2"):
        result = _run(str(feed), "--output", "json", "--jobs", jobs)
        assert result.exit_code == 1
        problems = json.loads(result.stdout)["problems"]
        assert [(p["rule"], p["line"]) for p in problems] == [("json.duplicate-key", 1)]
        assert f"the key {key!r} appears more than once" in problems[0]["message"]


def test_a_duplicate_key_inside_a_feed_record_is_the_records_own(tmp_path: Path) -> None:
    record = json.dumps(_record(1)).replace('"version": 1', '"version": 1, "version": 1')
    feed = tmp_path / "feed.json"
    envelope = '{"specversion":"1.0","feed":{"id":"urn:test:feed"},"records":[RECORD]}'
    feed.write_text(envelope.replace("RECORD", record), encoding="utf-8")
    problems = json.loads(_run(str(feed), "--output", "json").stdout)["problems"]
    assert [(p["record"], p["rule"]) for p in problems] == [(0, "json.duplicate-key")]


@pytest.mark.parametrize("pattern", ["/etc/*.json", "../*.json", "daily/../../*.json", ""])
def test_a_glob_that_leaves_the_folder_is_refused(tmp_path: Path, pattern: str) -> None:
    result = _run(str(tmp_path), "--glob", pattern)
    assert result.exit_code == 2
    assert "must match files inside the folder given" in result.stderr


def test_a_subfolder_that_cannot_be_listed_is_unreadable_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    (tmp_path / "locked").mkdir()
    (tmp_path / "a.json").write_text(json.dumps(_record(1)), encoding="utf-8")
    scandir = os.scandir

    def refusing(path: Any = ".") -> Any:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)  # as for a folder without read permission (root reads all)
    result = _run(str(tmp_path))
    assert result.exit_code == 4
    assert "locked': the folder cannot be read (Permission denied)" in result.stderr
    assert "1 records read: 1 valid" in result.stderr  # the rest of the folder is still checked


def test_a_record_size_limit_below_one_byte_is_a_usage_error(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(_record(1)) + "\n", encoding="utf-8")
    assert _run(str(feed), "--max-record-bytes", "-5").exit_code == 2


@pytest.mark.parametrize("output", ["text", "github"])
def test_what_comes_from_the_input_is_shown_never_obeyed(tmp_path: Path, output: str) -> None:
    record = _record(1)
    record["id"] = "urn:x\n::add-mask::secret\x1b[2J\u202e"
    record["version"] = 0  # a problem, so that the id is printed
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = _run(str(feed), "--output", output)
    assert result.exit_code == 1
    printed = result.stdout
    assert not any(line.startswith("::add-mask::") for line in printed.splitlines())
    assert "\x1b" not in printed
    assert "\u202e" not in printed
    if output == "text":
        assert "urn:x\\n::add-mask::secret\\x1b[2J\\u202e" in printed
