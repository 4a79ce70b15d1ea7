"""Shared paths and fixture loaders for the test suite."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
VALID_RECORDS = FIXTURES / "records" / "valid"
INVALID_RECORDS = FIXTURES / "records" / "invalid"
SCHEMAS = ROOT / "schemas"
SEEDS = ROOT / "seeds"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def fixture_id(path: Path) -> str:
    """The fixture's path relative to `fixtures/`, used as the test id."""
    return path.relative_to(FIXTURES).as_posix()


def valid_record_paths() -> list[Path]:
    return sorted(VALID_RECORDS.glob("*.json"))


def invalid_record_paths() -> list[Path]:
    return sorted(INVALID_RECORDS.glob("*.json"))
