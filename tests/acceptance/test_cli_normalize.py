"""`newsevent normalize`: dates repaired into the format's form, every change audited, nothing lost."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

import jsonpatch
import pytest
from typer.testing import CliRunner

from tests.conftest import VALID_RECORDS, load_json
from validator import is_valid
from validator.cli import app
from validator.normalize import normalize_record

RUNNER = CliRunner()
HAWAII = VALID_RECORDS / "seed-kyodo-2022-02-10-hawaii-meeting-cancelled.json"


def _damaged(**article: Any) -> dict[str, Any]:
    record = load_json(HAWAII)
    record["article"].update(article)
    mid = record["times"][0]
    mid["value"] = "mid-January"
    del mid["mod"], mid["earliest"], mid["latest"]
    record["times"][1]["earliest"] = "2022-01-01"
    return record


def test_words_and_plain_dates_become_the_formats_temporal_form() -> None:
    original = _damaged(published="Feb. 10, 2022")
    outcome = normalize_record(original)
    assert outcome.unrepaired == []
    assert is_valid(outcome.record)
    assert outcome.record == load_json(HAWAII)  # exactly the hand-written record
    assert jsonpatch.apply_patch(original, outcome.patch) == outcome.record
    tests = [op for op in outcome.patch if op["op"] == "test"]
    assert {"op": "test", "path": "/times/0/value", "value": "mid-January"} in tests
    assert {"op": "test", "path": "/article/published", "value": "Feb. 10, 2022"} in tests


def test_numeric_dates_need_a_declared_order() -> None:
    outcome = normalize_record(_damaged(published="10/02/2022"))
    assert [problem.path for problem in outcome.unrepaired] == ["$.article.published", "$.times[0].value"]
    assert "pass --date-order" in outcome.unrepaired[0].reason
    assert normalize_record(_damaged(published="10/02/2022"), date_order="DMY").record == load_json(HAWAII)
    assert normalize_record(_damaged(published="02/10/2022"), date_order="MDY").record == load_json(HAWAII)


def test_a_valid_record_is_left_alone() -> None:
    outcome = normalize_record(load_json(HAWAII))
    assert not outcome.changed
    assert outcome.record == load_json(HAWAII)


def test_cli_writes_every_line_and_an_audit(tmp_path: Path) -> None:
    source = tmp_path / "feed.jsonl"
    unrepairable = _damaged(published="sometime")
    unrepairable["id"] = "urn:test:unrepairable"
    lines = [json.dumps(_damaged(published="Feb. 10, 2022")), "{broken", json.dumps(unrepairable)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = RUNNER.invoke(app, ["normalize", str(source), "-o", str(output)])
    assert result.exit_code == 1
    written = output.read_text(encoding="utf-8").splitlines()
    assert len(written) == 3
    assert json.loads(written[0]) == load_json(HAWAII)
    assert written[1] == "{broken"
    assert json.loads(written[2]) == unrepairable  # passed through unchanged
    (change,) = [json.loads(line) for line in (tmp_path / "out.jsonl.patch.jsonl").read_text().splitlines()]
    assert change["line"] == 1
    assert change["id"] == load_json(HAWAII)["id"]
    assert "(urn:test:unrepairable): $.article.published: 'sometime' not repaired" in result.stderr
    assert "3 records" not in result.stderr
    assert "2 records: 1 changed, 1 with dates not repaired, 1 non-record lines copied" in result.stderr


def test_cli_normalises_a_json_document(tmp_path: Path) -> None:
    source = tmp_path / "feed.json"
    feed = {"specversion": "1.0", "feed": {"id": "urn:test:feed"}, "records": [_damaged(published="10 February 2022")]}
    source.write_text(json.dumps(feed), encoding="utf-8")
    output = tmp_path / "out.json"
    result = RUNNER.invoke(app, ["normalize", str(source), "-o", str(output), "--audit", str(tmp_path / "a.jsonl")])
    assert result.exit_code == 0, result.output
    assert json.loads(output.read_text())["records"] == [load_json(HAWAII)]
    assert (tmp_path / "a.jsonl").read_text().count("\n") == 1


def test_cli_never_overwrites_its_input(tmp_path: Path) -> None:
    source = tmp_path / "feed.jsonl"
    source.write_text(json.dumps(_damaged(published="Feb. 10, 2022")) + "\n", encoding="utf-8")
    before = source.read_bytes()
    result = RUNNER.invoke(app, ["normalize", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert "normalize never overwrites its input" in result.stderr
    assert source.read_bytes() == before
    assert RUNNER.invoke(app, ["normalize", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o")]).exit_code == 4


def test_the_audit_never_overwrites_the_input_or_the_output(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(_damaged(published="Feb. 10, 2022")) + "\n", encoding="utf-8")
    before = source.read_bytes()
    same_as_input = RUNNER.invoke(app, ["normalize", str(source), "-o", str(tmp_path / "o"), "--audit", str(source)])
    assert same_as_input.exit_code == 2
    assert source.read_bytes() == before
    out = tmp_path / "out.jsonl"
    assert RUNNER.invoke(app, ["normalize", str(source), "-o", str(out), "--audit", str(out)]).exit_code == 2


def test_big_integers_survive_a_rewrite(tmp_path: Path) -> None:
    record = _damaged(published="Feb. 10, 2022")
    record["extensions"] = {"com.example.ids": {"row": 123456789012345678901234567890}}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert RUNNER.invoke(app, ["normalize", str(source), "-o", str(out)]).exit_code == 0
    assert '"row":123456789012345678901234567890' in out.read_text(encoding="utf-8")


def test_words_starting_with_t_or_p_are_repaired_too() -> None:
    record = load_json(HAWAII)
    record["times"][0].update(value="Tuesday", text="Tuesday")
    del record["times"][0]["mod"]
    outcome = normalize_record(record)
    assert outcome.record["times"][0]["value"] == "2022-02-08"


def test_a_left_over_mod_is_removed_and_a_time_without_offset_is_not_cut() -> None:
    record = load_json(HAWAII)
    record["times"][0]["value"] = "February 3"
    outcome = normalize_record(record)
    assert "mod" not in outcome.record["times"][0]
    assert {"op": "remove", "path": "/times/0/mod"} in outcome.patch
    record = load_json(HAWAII)
    record["article"]["published"] = "2022-02-10T10:00:00"
    (unrepaired,) = normalize_record(record).unrepaired
    assert "without its UTC offset" in unrepaired.reason


# Nothing lost: the input is never touched, and an output is complete or absent.


def _feed(tmp_path: Path) -> Path:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(_damaged(published="Feb. 10, 2022")) + "\n", encoding="utf-8")
    return source


@pytest.mark.parametrize("option", ["-o", "--audit"])
def test_a_hard_link_to_the_input_is_the_input(tmp_path: Path, option: str) -> None:
    source = _feed(tmp_path)
    before = source.read_bytes()
    link = tmp_path / "link.jsonl"
    os.link(source, link)
    other = ["--audit", str(tmp_path / "a.jsonl")] if option == "-o" else ["-o", str(tmp_path / "o.jsonl")]
    result = RUNNER.invoke(app, ["normalize", str(source), option, str(link), *other])
    assert result.exit_code == 2
    assert "is the input" in result.stderr
    assert source.read_bytes() == before


def test_a_hard_link_between_output_and_audit_is_refused(tmp_path: Path) -> None:
    source = _feed(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    os.link(out, tmp_path / "audit.jsonl")
    result = RUNNER.invoke(app, ["normalize", str(source), "-o", str(out), "--audit", str(tmp_path / "audit.jsonl")])
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "old\n"


def test_a_gzip_input_is_read_as_its_text(tmp_path: Path) -> None:
    record = json.dumps(_damaged(published="Feb. 10, 2022")).encode() + b"\n"
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(gzip.compress(record * 3))
    out = tmp_path / "out.jsonl"
    result = RUNNER.invoke(app, ["normalize", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == [load_json(HAWAII)] * 3


def test_a_failed_run_leaves_existing_outputs_as_they_were(tmp_path: Path) -> None:
    source = _feed(tmp_path)
    out, audit = tmp_path / "out.jsonl", tmp_path / "audit.jsonl"
    out.write_text("old output\n", encoding="utf-8")
    audit.write_text("old audit\n", encoding="utf-8")
    missing = tmp_path / "no-such-folder" / "out.jsonl"
    result = RUNNER.invoke(app, ["normalize", str(source), "-o", str(missing), "--audit", str(audit)])
    assert result.exit_code == 2
    assert "no-such-folder" in result.stderr
    assert audit.read_text(encoding="utf-8") == "old audit\n"
    assert not missing.parent.exists()
    directory = RUNNER.invoke(app, ["normalize", str(source), "-o", str(tmp_path), "--audit", str(audit)])
    assert directory.exit_code == 2
    assert "is a folder" in directory.stderr
    assert audit.read_text(encoding="utf-8") == "old audit\n"


def test_a_line_too_deep_to_read_is_copied_and_reported(tmp_path: Path) -> None:
    deep = b"[" * 5000 + b"]" * 5000
    source = tmp_path / "in.jsonl"
    source.write_bytes(deep + b"\n" + json.dumps(_damaged(published="Feb. 10, 2022")).encode() + b"\n")
    out = tmp_path / "out.jsonl"
    result = RUNNER.invoke(app, ["normalize", str(source), "-o", str(out)])
    assert not isinstance(result.exception, RecursionError)
    lines = out.read_bytes().splitlines()
    assert lines[0] == deep
    assert json.loads(lines[1]) == load_json(HAWAII)


@pytest.mark.parametrize("zone", ["America", "Europe/" + "x" * 5000])
def test_a_time_zone_that_is_no_zone_is_reported_not_raised(tmp_path: Path, zone: str) -> None:
    record = _damaged(published="Feb. 10, 2022")
    record["times"][1]["timezone"] = zone
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = RUNNER.invoke(app, ["normalize", str(source), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "not repaired" in result.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == record


def test_a_lone_surrogate_is_written_as_its_escape(tmp_path: Path) -> None:
    record = _damaged(published="Feb. 10, 2022")
    record["id"] = "urn:test:\ud800"
    line = json.dumps(record)  # ASCII, the surrogate as its escape
    source = tmp_path / "in.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    out, audit = tmp_path / "out.jsonl", tmp_path / "audit.jsonl"
    RUNNER.invoke(app, ["normalize", str(source), "-o", str(out), "--audit", str(audit)])
    for path in (out, audit):
        text = path.read_bytes().decode("utf-8")  # valid UTF-8
        assert "\\ud800" in text  # the escape, as the input wrote it
    (written,) = [json.loads(row) for row in out.read_text(encoding="utf-8").splitlines()]
    assert written["id"] == "urn:test:\ud800"


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ('"version": 1', '"version": 1, "version": 1', "the key 'version' appears more than once"),
        ('"version": 1', '"version": 1E0', "1E0 would be written 1.0"),
    ],
)
def test_a_line_that_a_rewrite_would_change_beyond_its_dates_is_left_as_it_is(
    tmp_path: Path, old: str, new: str, reason: str
) -> None:
    line = json.dumps(_damaged(published="Feb. 10, 2022")).replace(old, new, 1)
    source = tmp_path / "in.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    out, audit = tmp_path / "out.jsonl", tmp_path / "audit.jsonl"
    result = RUNNER.invoke(app, ["normalize", str(source), "-o", str(out), "--audit", str(audit)])
    assert result.exit_code == 1
    assert reason in result.stderr
    assert out.read_text(encoding="utf-8") == line + "\n"  # as it was
    assert audit.read_text(encoding="utf-8") == ""  # nothing changed, nothing audited


def test_a_document_a_rewrite_would_change_is_not_written(tmp_path: Path) -> None:
    record = json.dumps(_damaged(published="Feb. 10, 2022")).replace('"version": 1', '"version": 1.50', 1)
    source = tmp_path / "in.json"
    source.write_text(f"[{record}]", encoding="utf-8")
    out = tmp_path / "out.json"
    result = RUNNER.invoke(app, ["normalize", str(source), "-o", str(out)])
    assert result.exit_code == 4
    assert "1.50 would be written 1.5" in result.stderr
    assert not out.exists()


def test_a_carriage_return_inside_a_line_is_not_a_line_break(tmp_path: Path) -> None:
    record = json.dumps(_damaged(published="Feb. 10, 2022")).replace(', "version"', ',\r "version"', 1)
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"not": "a record",\r "still": "one line"}\n' + record.encode() + b"\n")
    out = tmp_path / "out.jsonl"
    result = RUNNER.invoke(app, ["normalize", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    first, second = out.read_bytes().split(b"\n")[:2]
    assert first == b'{"not": "a record",\r "still": "one line"}'  # copied byte for byte
    assert json.loads(second) == load_json(HAWAII)  # the record was read whole, and repaired
