"""`newsevent dates`: offsets into the file as read, JSON keys, anchors and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import SEEDS
from validator.cli import app

RUNNER = CliRunner()
SEED = SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt"
REQUIRED_KEYS = {"start", "end", "text", "type", "value", "precision", "earliest", "latest"}


def test_json_output_has_the_keys_and_offsets_into_the_text() -> None:
    result = RUNNER.invoke(app, ["dates", str(SEED), "--published", "2022-02-10", "--format", "json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert len(items) == 9
    for item in items:
        assert set(item) >= REQUIRED_KEYS
        assert text[item["start"] : item["end"]] == item["text"]
    mid = next(item for item in items if item["text"] == "mid-January")
    assert (mid["value"], mid["mod"], mid["precision"]) == ("2022-01", "MID", "month_part")
    assert "mod" not in items[0]


def test_offsets_count_characters_not_bytes(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Ministers in Zürich — talks on Feb. 10, 2022.", encoding="utf-8")
    result = RUNNER.invoke(app, ["dates", str(article), "--format", "json"])
    (item,) = json.loads(result.stdout)
    assert (item["start"], item["end"]) == (31, 44)


def test_text_output_says_the_anchor_was_inferred() -> None:
    result = RUNNER.invoke(app, ["dates", str(SEED)])
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert first.startswith("anchor: 2022-02-10 (inferred: the text names 'Thursday'")


def test_time_zone_sets_the_bounds_offset() -> None:
    result = RUNNER.invoke(app, ["dates", str(SEED), "--timezone", "Asia/Tokyo", "--format", "json"])
    items = json.loads(result.stdout)
    assert items[0]["earliest"] == "2022-02-10T00:00:00+09:00"


def test_standard_input(tmp_path: Path) -> None:
    result = RUNNER.invoke(
        app, ["dates", "-", "--published", "2022-02-11", "--format", "json"], input="He left Friday."
    )
    assert [item["value"] for item in json.loads(result.stdout)] == ["2022-02-11"]


def test_bad_publication_date_is_a_usage_error() -> None:
    result = RUNNER.invoke(app, ["dates", str(SEED), "--published", "10/02/2022"])
    assert result.exit_code == 2
    assert "'10/02/2022' is not a publication date; write it as YYYY-MM-DD" in result.stderr


def test_missing_and_non_utf8_files_exit_4(tmp_path: Path) -> None:
    missing = RUNNER.invoke(app, ["dates", str(tmp_path / "none.txt")])
    assert missing.exit_code == 4
    assert "cannot be read" in missing.stderr
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Zürich, 10 février".encode("latin-1"))
    result = RUNNER.invoke(app, ["dates", str(latin)])
    assert result.exit_code == 4
    assert "not UTF-8 at byte 1; re-encode the file as UTF-8" in result.stderr


@pytest.mark.parametrize("zone", ["Mars/Base", "America", "Europe/" + "x" * 3000])
@pytest.mark.parametrize("published", [[], ["--published", "2022-02-10"]])
def test_a_time_zone_that_is_no_zone_is_blamed_not_the_date(zone: str, published: list[str]) -> None:
    result = RUNNER.invoke(app, ["dates", str(SEED), *published, "--timezone", zone])
    assert result.exit_code == 2
    assert "is not an IANA time zone" in result.stderr
    assert "publication date" not in result.stderr
    assert len(result.stderr) < 300  # a long name is shortened
