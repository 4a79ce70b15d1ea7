"""Independent validators give the fixtures the same verdicts as the project, offline.

jsonschema-rs (a Rust implementation) loads the multi-file schemas into its own offline
registry by `$id`; check-jsonschema (the CLI) reads them from `schemas/` with the base URI set
to the files, so every `$ref` resolves locally.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema_rs
import pytest

from tests.conftest import SCHEMAS, fixture_id, invalid_record_paths, load_json, valid_record_paths
from tests.contract.invalid_fixtures import load_invalid_fixture
from validator import is_valid, load_schema, schema_names


def _rust_validator() -> jsonschema_rs.Validator:
    resources = [(load_schema(name)["$id"], load_schema(name)) for name in schema_names()]
    return jsonschema_rs.validator_for(
        load_schema("record"),
        registry=jsonschema_rs.Registry(resources),
        validate_formats=True,
        ignore_unknown_formats=False,
        offline=True,
    )


RUST = _rust_validator()


@pytest.mark.parametrize("path", valid_record_paths(), ids=fixture_id)
def test_jsonschema_rs_accepts_every_valid_fixture(path: Path) -> None:
    record = load_json(path)
    assert [error.message for error in RUST.iter_errors(record)] == []
    assert is_valid(record)


@pytest.mark.parametrize("path", invalid_record_paths(), ids=fixture_id)
def test_jsonschema_rs_rejects_every_invalid_fixture(path: Path) -> None:
    record = load_invalid_fixture(path).record
    assert not RUST.is_valid(record)
    assert not is_valid(record)


def _check_jsonschema(instances: list[Path]) -> dict[str, bool]:
    """check-jsonschema's verdict on each instance file, from one run over all of them."""
    schema = SCHEMAS / "record.schema.json"
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--base-uri",
            schema.resolve().as_uri(),
            "--schemafile",
            str(schema),
            "--output-format",
            "json",
            *map(str, instances),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert completed.returncode in (0, 1), completed.stderr
    report = json.loads(completed.stdout)
    assert not report.get("parse_errors"), report
    failing = {Path(error["filename"]).name for error in report["errors"]}
    return {instance.name: instance.name not in failing for instance in instances}


# check-jsonschema matches `pattern` with ECMA-262 semantics (regress) in the schema it is given,
# but jsonschema's `evolve` swaps in the stock Draft 2020-12 class when a `$ref` enters another
# file, so patterns there use Python's `re`, whose `$` matches before a final newline. These
# fixtures put a trailing newline in a patterned string inside a referenced schema.
CHECK_JSONSCHEMA_ACCEPTS_WRONGLY = {"time-timezone-trailing-newline.json"}


def test_check_jsonschema_gives_the_same_verdicts(tmp_path: Path) -> None:
    expected = {}
    files = []
    for path in valid_record_paths():
        files.append(path)
        expected[path.name] = True
    for path in invalid_record_paths():
        materialised = tmp_path / path.name
        materialised.write_text(json.dumps(load_invalid_fixture(path).record), encoding="utf-8")
        files.append(materialised)
        expected[path.name] = path.name in CHECK_JSONSCHEMA_ACCEPTS_WRONGLY
    assert _check_jsonschema(files) == expected


@pytest.mark.parametrize("path", valid_record_paths() + invalid_record_paths(), ids=fixture_id)
def test_python_jsonschema_oracle_agrees(path: Path) -> None:
    """python-jsonschema (with the format's ECMA-262 patterns) is the oracle for the compiled validator."""
    from validator import validator_for

    valid = path.parent.name == "valid"
    record = load_json(path) if valid else load_invalid_fixture(path).record
    assert validator_for("record").is_valid(record) is valid
    assert RUST.is_valid(record) is valid
