"""Bundled schemas, and the same verdicts from every validator: python-jsonschema, jsonschema-rs,
check-jsonschema and ajv 8 on Node, for the multi-file schemas and for the bundles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema_rs
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry

from tests.conftest import SCHEMAS, invalid_record_paths, load_json, valid_record_paths
from tests.contract.invalid_fixtures import load_invalid_fixture
from validator._ecma import NewsEventValidator
from validator.bundle import bundle, referenced_schemas
from validator.cli import app
from validator.schemas import format_checker, schema_names


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, bool]:
    """Every record fixture as a file, with the verdict it must get."""
    folder = tmp_path_factory.mktemp("corpus")
    files: dict[Path, bool] = dict.fromkeys(valid_record_paths(), True)
    for path in invalid_record_paths():
        materialised = folder / path.name
        materialised.write_text(json.dumps(load_invalid_fixture(path).record), encoding="utf-8")
        files[materialised] = False
    return files


@pytest.fixture(scope="module")
def record_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bundle") / "record.bundle.json"
    path.write_text(json.dumps(bundle("record")), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", schema_names())
def test_every_bundle_is_a_self_contained_2020_12_schema(name: str) -> None:
    bundled = bundle(name)
    Draft202012Validator.check_schema(bundled)
    embedded = {schema["$id"] for key, schema in bundled.get("$defs", {}).items() if key.startswith("https://")}
    assert embedded == {load_json(SCHEMAS / f"{other}.schema.json")["$id"] for other in referenced_schemas(name)}
    # With an empty registry nothing can be fetched: every reference resolves inside the bundle.
    validator = Draft202012Validator(bundled, registry=Registry())
    for path in valid_record_paths()[:3]:
        record = load_json(path)
        target = {"specversion": "1.0", "feed": {"id": "urn:t"}, "records": [record]} if name == "feed" else record
        if name in {"record", "feed"}:
            assert validator.is_valid(target)


def test_bundle_command_writes_the_bundle(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    out = tmp_path / "feed.json"
    result = CliRunner().invoke(app, ["schema", "bundle", "feed", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8")) == bundle("feed")


def test_bundle_gives_the_projects_python_validator_the_same_verdicts(corpus: dict[Path, bool]) -> None:
    validator = NewsEventValidator(bundle("record"), format_checker=format_checker())
    assert {path: validator.is_valid(load_json(path)) for path in corpus} == corpus


def test_plain_python_jsonschema_differs_only_on_a_final_newline(corpus: dict[Path, bool]) -> None:
    """Stock python-jsonschema matches `pattern` with Python's `re`, where `$` also matches before a
    final newline; ECMA-262, which JSON Schema specifies, does not. Consumers in Python should use
    the project's validator (or know this)."""
    validator = Draft202012Validator(bundle("record"), format_checker=Draft202012Validator.FORMAT_CHECKER)
    differing = {path.name for path, ok in corpus.items() if validator.is_valid(load_json(path)) != ok}
    assert differing == {"record-specversion-trailing-newline.json", "time-timezone-trailing-newline.json"}


def test_bundle_gives_jsonschema_rs_the_same_verdicts(corpus: dict[Path, bool]) -> None:
    validator = jsonschema_rs.validator_for(bundle("record"), validate_formats=True, offline=True)
    assert {path: validator.is_valid(load_json(path)) for path in corpus} == corpus


def test_bundle_gives_check_jsonschema_the_same_verdicts(corpus: dict[Path, bool], record_bundle: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(record_bundle), "--output-format", "json",
         *map(str, corpus)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    report = json.loads(completed.stdout)
    failing = {Path(error["filename"]) for error in report["errors"]}
    # One document, one validator class: unlike with the multi-file schemas, check-jsonschema's
    # ECMA-262 patterns apply everywhere in the bundle, so it agrees on every fixture.
    assert {path: path not in failing for path in corpus} == corpus


@pytest.fixture(scope="module")
def ajv(node_tools: Path) -> Path:
    """ajv 8 and ajv-formats, from node/package.json."""
    return node_tools / "ajv_check.mjs"


def _ajv(script: Path, *arguments: str) -> dict[str, bool]:
    completed = subprocess.run(["node", str(script), *arguments], capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    verdicts: dict[str, bool] = json.loads(completed.stdout)
    return verdicts


def test_ajv_gives_the_multi_file_schemas_the_same_verdicts(ajv: Path, corpus: dict[Path, bool]) -> None:
    verdicts = _ajv(ajv, "multi", str(SCHEMAS), "record", *map(str, corpus))
    assert {Path(path): ok for path, ok in verdicts.items()} == corpus


def test_ajv_gives_the_bundle_the_same_verdicts(ajv: Path, corpus: dict[Path, bool], record_bundle: Path) -> None:
    verdicts = _ajv(ajv, "bundle", str(record_bundle), *map(str, corpus))
    assert {Path(path): ok for path, ok in verdicts.items()} == corpus
