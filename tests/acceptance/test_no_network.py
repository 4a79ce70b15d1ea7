"""No command reaches the network: `$ref`s, `dataschema` and `--source-url` are identifiers, resolved
offline or only copied (checked with the socket layer disabled)."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT, SCHEMAS, SEEDS, VALID_RECORDS
from validator.cli import app

RUNNER = CliRunner()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to resolve a name or open a connection fails, and is recorded."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[:2]))
        raise OSError("the network is disabled in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


def test_validate_follows_no_ref_and_no_dataschema(tmp_path: Path, no_network: list[str]) -> None:
    record = json.loads((VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json").read_text(encoding="utf-8"))
    record["dataschema"] = "https://example.org/elsewhere/record.schema.json"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = RUNNER.invoke(app, ["validate", str(feed)])
    assert result.exit_code in {0, 1}, result.output
    assert no_network == []


def test_check_compat_resolves_refs_offline(no_network: list[str]) -> None:
    released = ROOT / "tests" / "data" / "released-schemas" / "1.0"
    result = RUNNER.invoke(app, ["schema", "check-compat", str(released), str(SCHEMAS)])
    assert result.exit_code == 0, result.output
    assert no_network == []


def test_convert_only_copies_the_source_url(no_network: list[str]) -> None:
    seed = SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt"
    result = RUNNER.invoke(app, ["convert", str(seed), "--source-url", "https://example.org/news/talks"])
    assert result.exit_code == 0, result.output
    assert '"url":"https://example.org/news/talks"' in result.stdout
    assert no_network == []
