"""`newsevent convert`: records out, one line each, every one valid; bad inputs named, others converted."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import SEEDS
from validator.cli import app
from validator.validation import record_problems

RUNNER = CliRunner()
SEED = SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt"
STORM = "Storm hits coast\nA powerful storm hit the southern coast of Chile on Sunday night, officials said.\n"


def _lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines()]


def test_the_seed_converts_to_valid_json_lines_the_main_event_first() -> None:
    result = RUNNER.invoke(app, ["convert", str(SEED)])
    assert result.exit_code == 0, result.output
    records = _lines(result.stdout)
    assert len(records) >= 5
    assert all(record_problems(record) == [] for record in records)
    main = records[0]["event"]
    assert (main["kind"], main["mode"]) == ("meeting", "phone")  # type: ignore[index]
    assert result.stderr.strip() == f"1 input: 1 converted ({len(records)} valid records), 0 failed"


def test_bad_inputs_are_named_and_the_good_ones_still_converted(tmp_path: Path) -> None:
    good = tmp_path / "storm.txt"
    good.write_text(STORM, encoding="utf-8")
    inputs = {
        "empty.txt": b"",
        "binary.bin": gzip.compress(b"not text at all"),
        "latin1.txt": "Caf\u00e9 owners protest new tax in the city centre on Monday".encode("latin-1"),
        "page.html": b"<!DOCTYPE html><html><body><p>News</p></body></html>",
        "no-event.txt": b"the cat sat on the mat all afternoon long and then went to sleep",
    }
    for name, data in inputs.items():
        (tmp_path / name).write_bytes(data)
    paths = [str(tmp_path / name) for name in inputs]
    result = RUNNER.invoke(app, ["convert", paths[0], str(good), *paths[1:], str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    records = _lines(result.stdout)
    assert [record["article"]["text"] for record in records] == [STORM]  # type: ignore[index]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(inputs) + 1
    for name, reason in [
        ("empty.txt", "has no text"),
        ("binary.bin", "binary"),
        ("latin1.txt", "is not UTF-8"),
        ("page.html", "is HTML"),
        ("no-event.txt", "no event found"),
        ("missing.txt", "cannot be read"),
    ]:
        assert any(name in line and reason in line for line in errors), (name, errors)
    assert result.stderr.splitlines()[-1] == "7 inputs: 1 converted (1 valid record), 6 failed"


def test_json_format_writes_one_array_to_the_output_file(tmp_path: Path) -> None:
    article = tmp_path / "storm.json"
    article.write_text(json.dumps({"text": STORM, "title": "Storm", "published": "2024-03-04"}), encoding="utf-8")
    out = tmp_path / "records.json"
    result = RUNNER.invoke(
        app, ["convert", str(article), "--format", "json", "-o", str(out), "--publisher", "Example News"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    (record,) = json.loads(out.read_text(encoding="utf-8"))
    assert (record["title"], record["article"]["publisher"], record["article"]["published"]) == (
        "Storm", "Example News", "2024-03-04"
    )  # fmt: skip
    times = {time["id"]: time["value"] for time in record["times"]}
    assert times[record["event"]["time"]] == "2024-03-03TNI"  # "Sunday night"
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_standard_input_and_published_override(tmp_path: Path) -> None:
    result = RUNNER.invoke(app, ["convert", "-", "--published", "2024-03-05T08:00:00+01:00"], input=STORM)
    assert result.exit_code == 0, result.output
    (record,) = _lines(result.stdout)
    assert record["article"]["published"] == "2024-03-05T08:00:00+01:00"  # type: ignore[index]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--published", "10 Feb 2022"], "'published': '10 Feb 2022' is neither a date"),
        (["--source-url", "example.org/a"], "is not an absolute http(s) URL"),
        (["--source-url", "http://[::1"], "is not an absolute http(s) URL"),
        (["--publisher", ""], "'publisher' is empty"),
        (["--published", "10000-01-01"], "'published': '10000-01-01' is neither a date"),
        (["--jobs", "0"], "Invalid value for '--jobs'"),
    ],
)
def test_usage_errors_exit_2_before_anything_is_converted(arguments: list[str], message: str) -> None:
    result = RUNNER.invoke(app, ["convert", str(SEED), *arguments])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_the_output_may_not_overwrite_an_input(tmp_path: Path) -> None:
    article = tmp_path / "storm.txt"
    article.write_text(STORM, encoding="utf-8")
    result = RUNNER.invoke(app, ["convert", str(article), "-o", str(article)])
    assert result.exit_code == 2
    assert "is one of the inputs" in result.stderr
    assert article.read_text(encoding="utf-8") == STORM


def test_two_processes_give_the_same_records_in_input_order(tmp_path: Path) -> None:
    paths = []
    for n, place in enumerate(["Chile", "Peru", "Japan"]):
        path = tmp_path / f"{n}.txt"
        path.write_text(STORM.replace("Chile", place), encoding="utf-8")
        paths.append(str(path))
    one = RUNNER.invoke(app, ["convert", *paths])
    two = RUNNER.invoke(app, ["convert", *paths, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert [record["places"][0]["name"] for record in _lines(two.stdout)] == ["Chile", "Peru", "Japan"]  # type: ignore[index]


def test_an_output_that_cannot_be_written_is_a_usage_error(tmp_path: Path) -> None:
    result = RUNNER.invoke(app, ["convert", str(SEED), "-o", str(tmp_path / "missing-folder" / "out.jsonl")])
    assert result.exit_code == 2
    assert "cannot be written" in result.stderr


def test_an_input_with_metadata_the_format_refuses_is_named_and_the_others_converted(tmp_path: Path) -> None:
    good = tmp_path / "storm.txt"
    good.write_text(STORM, encoding="utf-8")
    for name, metadata in [("url.json", {"url": "http://[::1"}), ("publisher.json", {"publisher": "  "})]:
        (tmp_path / name).write_text(json.dumps({"text": STORM, **metadata}), encoding="utf-8")
    result = RUNNER.invoke(app, ["convert", str(tmp_path / "url.json"), str(good), str(tmp_path / "publisher.json")])
    assert result.exit_code == 1
    assert len(_lines(result.stdout)) == 1
    assert "url.json: 'url': 'http://[::1' is not an absolute http(s) URL" in result.stderr
    assert "publisher.json: 'publisher' is empty" in result.stderr
    assert result.stderr.splitlines()[-1] == "3 inputs: 1 converted (1 valid record), 2 failed"


def test_an_output_that_is_a_folder_or_a_hard_link_to_an_input_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "storm.txt"
    article.write_text(STORM, encoding="utf-8")
    folder = RUNNER.invoke(app, ["convert", str(article), "-o", str(tmp_path)])
    assert folder.exit_code == 2
    assert "is a folder" in folder.stderr
    os.link(article, tmp_path / "link.txt")
    linked = RUNNER.invoke(app, ["convert", str(article), "-o", str(tmp_path / "link.txt")])
    assert linked.exit_code == 2
    assert "is one of the inputs" in linked.stderr
    assert article.read_text(encoding="utf-8") == STORM
