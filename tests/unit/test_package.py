"""The installable package: its public surface and the wheel's contents."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import validator
import validator.models
from tests.conftest import ROOT, SCHEMAS, VALID_RECORDS, load_json


def test_public_api_is_exactly_what_all_lists() -> None:
    public = {
        name
        for name in dir(validator)
        if not name.startswith("_") and not isinstance(getattr(validator, name), ModuleType)
    }
    assert public == set(validator.__all__) - {"__version__"}
    assert sorted(validator.__all__) == sorted(
        [
            "FeedOptions",
            "Finding",
            "InvalidRecordError",
            "NewsEventError",
            "Problem",
            "Summary",
            "UnknownSchemaError",
            "__version__",
            "bundle",
            "check_feeds",
            "is_valid",
            "iter_problems",
            "load_schema",
            "registry",
            "schema_names",
            "schema_path",
            "validate",
            "validator_for",
        ]
    )


def test_models_export_every_model() -> None:
    public = {name for name in dir(validator.models) if not name.startswith("_") and name[0].isupper()}
    assert public == set(validator.models.__all__)


def test_built_wheel_contains_the_schemas_and_the_console_script(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "--target", "wheel", "--directory", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("newsevent-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for schema in SCHEMAS.glob("*.schema.json"):
            packaged = f"validator/schema_files/{schema.name}"
            assert packaged in names
            assert archive.read(packaged) == schema.read_bytes()
        assert "validator/py.typed" in names
        (entry_points,) = [name for name in names if name.endswith("entry_points.txt")]
        assert "newsevent = validator.cli:main" in archive.read(entry_points).decode()


def test_dates_package_exports_its_api() -> None:
    import validator.dates

    assert sorted(validator.dates.__all__) == [
        "Anchor",
        "AnchorError",
        "AnchorInference",
        "DateResult",
        "DatesError",
        "TemporalExpression",
        "find_dates",
        "infer_anchor",
    ]


def test_importing_the_validator_does_not_import_the_temporal_engine() -> None:
    code = "import sys, validator, validator.validation; print('dateparser' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_validating_a_feed_imports_neither_the_temporal_engine_nor_python_jsonschema(tmp_path: Path) -> None:
    """jsonschema-rs answers for valid records; python-jsonschema (150 ms to import) stands in only
    where it has no wheel, and the temporal engine only where dates are normalised."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(json.dumps(load_json(next(VALID_RECORDS.glob("*.json")))).encode() + b"\n")
    code = (
        "import sys; from validator.cli import app\n"
        "try:\n    app(['validate', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
        "print(sorted({'dateparser', 'jsonschema', 'spacy'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code, str(feed)], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout
