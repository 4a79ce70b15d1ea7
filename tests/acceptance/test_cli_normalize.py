"""`newsevent normalize`: dates repaired into the format's form, every change audited, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonpatch
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
