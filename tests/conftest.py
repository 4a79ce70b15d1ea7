"""Shared paths and fixture loaders for the test suite."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

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


NODE = ROOT / "node"


@pytest.fixture(scope="session")
def node_tools() -> Path:
    """The Node packages of node/package.json at their exact versions (installed when missing).

    Skips, saying why, only when Node.js or npm is absent.
    """
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("Node.js and npm are not installed; the ajv and TypeScript checks need them")
    wanted = load_json(NODE / "package.json")["dependencies"]
    installed = {
        name: load_json(NODE / "node_modules" / name / "package.json")["version"]
        for name in wanted
        if (NODE / "node_modules" / name / "package.json").is_file()
    }
    if installed != wanted:
        subprocess.run(
            [npm, "install", "--no-package-lock", "--no-audit", "--no-fund", "--silent"],
            cwd=NODE, check=True, capture_output=True, timeout=600,
        )  # fmt: skip
    return NODE
