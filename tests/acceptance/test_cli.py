"""The `newsevent` command, driven in-process through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import VALID_RECORDS, load_json
from validator import load_schema, schema_names
from validator.cli import app

RUNNER = CliRunner()
SEED_RECORD = VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json"


def test_help_lists_the_commands() -> None:
    result = RUNNER.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("schema", "validate", "dates"):
        assert command in result.stdout


def test_version() -> None:
    result = RUNNER.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("newsevent 0.")


def test_schema_list_names_every_schema_with_its_id() -> None:
    result = RUNNER.invoke(app, ["schema", "list"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(schema_names())
    assert any(line.startswith("record ") and load_schema("record")["$id"] in line for line in lines)


def test_schema_show_prints_the_schema() -> None:
    result = RUNNER.invoke(app, ["schema", "show", "temporal"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == load_schema("temporal")


def test_schema_show_unknown_name_is_a_usage_error() -> None:
    result = RUNNER.invoke(app, ["schema", "show", "events"])
    assert result.exit_code == 2
    assert "'events' is not a news-event schema; choose one of:" in result.stderr


def test_schema_path_prints_existing_paths() -> None:
    folder = RUNNER.invoke(app, ["schema", "path"])
    assert folder.exit_code == 0
    assert Path(folder.stdout.strip()).is_dir()
    one = RUNNER.invoke(app, ["schema", "path", "record"])
    assert json.loads(Path(one.stdout.strip()).read_text(encoding="utf-8")) == load_schema("record")


def test_validate_seed_records_exits_0() -> None:
    paths = sorted(str(path) for path in VALID_RECORDS.glob("seed-kyodo-2022-02-10-*.json"))
    result = RUNNER.invoke(app, ["validate", *paths])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "5 records checked: 5 valid, 0 invalid" in result.stderr


def test_validate_reports_each_problem_with_file_path_and_rule(tmp_path: Path) -> None:
    record = load_json(SEED_RECORD)
    record["event"]["mode"] = "telepathy"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(record), encoding="utf-8")
    result = RUNNER.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{bad}: $.event.mode: 'telepathy' is not one of ['in_person', ")
    assert result.stdout.rstrip().endswith("[schema.enum]")


def test_validate_json_lines_keeps_going_after_a_broken_line(tmp_path: Path) -> None:
    record = json.dumps(load_json(SEED_RECORD))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(f"{record}\n{{not json\n{record}\n", encoding="utf-8")
    result = RUNNER.invoke(app, ["validate", str(feed)])
    assert result.exit_code == 1
    assert f"{feed}:2: not JSON at column 2" in result.stdout
    assert "3 records checked: 2 valid, 1 invalid" in result.stderr


def test_validate_feed_document_and_array(tmp_path: Path) -> None:
    record = load_json(SEED_RECORD)
    feed = tmp_path / "feed.json"
    feed.write_text(
        json.dumps({"specversion": "1.0", "feed": {"id": "urn:example:feed"}, "records": [record, record]}),
        encoding="utf-8",
    )
    array = tmp_path / "array.json"
    array.write_text(json.dumps([record]), encoding="utf-8")
    result = RUNNER.invoke(app, ["validate", str(feed), str(array)])
    assert result.exit_code == 0, result.output
    assert "3 records checked: 3 valid, 0 invalid" in result.stderr


def test_validate_missing_file_exits_4(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    result = RUNNER.invoke(app, ["validate", str(missing)])
    assert result.exit_code == 4
    assert f"{str(missing)!r}: no such file; check the path" in result.stderr


def test_validate_non_utf8_file_exits_4(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.json"
    latin.write_bytes('{"name": "Québec"}'.encode("latin-1"))
    result = RUNNER.invoke(app, ["validate", str(latin)])
    assert result.exit_code == 4
    assert "not UTF-8 at byte 12; re-encode the file as UTF-8" in result.stderr
