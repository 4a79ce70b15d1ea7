"""The `newsevent` command, driven in-process through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from validator import load_schema, schema_names
from validator.cli import app

RUNNER = CliRunner()


def test_help_lists_the_commands() -> None:
    result = RUNNER.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("schema", "validate", "dates"):
        assert command in result.stdout


def test_help_reflows_docstring_paragraphs_to_the_terminal_width() -> None:
    result = RUNNER.invoke(app, ["normalize", "--help"], terminal_width=200, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    # The docstring breaks this sentence after "those"; the help must not.
    assert "1 some date could not be repaired (those records are written unchanged)" in result.stdout


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
