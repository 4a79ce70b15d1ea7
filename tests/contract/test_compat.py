"""`newsevent schema check-compat`: the schemas stay compatible with the last release, and the
check catches breaking changes unless the major version changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from tests.conftest import ROOT, SCHEMAS

RELEASED = ROOT / "tests" / "data" / "released-schemas" / "1.0"
RUNNER = CliRunner()


def _run(old: Path, new: Path) -> Any:
    from validator.cli import app

    return RUNNER.invoke(app, ["schema", "check-compat", str(old), str(new)])


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(SCHEMAS, target, ignore=shutil.ignore_patterns("*.jsonld"))
    return target


def _edit(folder: Path, schema: str, change: Any) -> None:
    path = folder / f"{schema}.schema.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


def test_the_schemas_are_compatible_with_the_last_release() -> None:
    result = _run(RELEASED, SCHEMAS)
    assert result.exit_code == 0, result.output
    assert "probe records valid under the old schemas; compatible" in result.stderr


def test_a_newly_required_property_is_caught(tmp_path: Path) -> None:
    new = _copy(tmp_path, "new")
    _edit(new, "record", lambda schema: schema["required"].append("title"))
    result = _run(RELEASED, new)
    assert result.exit_code == 1
    assert "rejected by the new schemas:" in result.stdout
    assert "title left out" in result.stdout


def test_a_removed_vocabulary_value_is_caught(tmp_path: Path) -> None:
    new = _copy(tmp_path, "new")
    _edit(new, "event", lambda schema: schema["properties"]["mode"]["enum"].remove("written"))
    result = _run(RELEASED, new)
    assert result.exit_code == 1
    assert "mode = 'written'" in result.stdout


def test_additions_are_compatible(tmp_path: Path) -> None:
    new = _copy(tmp_path, "new")

    def add(schema: dict[str, Any]) -> None:
        schema["properties"]["mode"]["enum"].append("hologram")
        schema["properties"]["venue_note"] = {"type": "string", "description": "A note."}

    _edit(new, "event", add)
    assert _run(RELEASED, new).exit_code == 0


def test_a_major_version_change_allows_breaking_changes(tmp_path: Path) -> None:
    new = _copy(tmp_path, "new")
    for path in new.glob("*.schema.json"):
        path.write_text(path.read_text(encoding="utf-8").replace("/schemas/1/", "/schemas/2/"), encoding="utf-8")
    _edit(new, "record", lambda schema: schema["required"].append("title"))
    result = _run(RELEASED, new)
    assert result.exit_code == 0
    assert "allowed: the major version changed (1 to 2)" in result.stderr


def test_a_folder_without_schemas_is_a_usage_error(tmp_path: Path) -> None:
    result = _run(tmp_path, SCHEMAS)
    assert result.exit_code == 2
    assert "no *.schema.json files; give a folder of the format's schemas" in result.stderr


def test_a_ref_no_schema_resolves_is_a_usage_error_not_a_fetch(tmp_path: Path) -> None:
    new = _copy(tmp_path, "new")
    missing = "https://newsevent.dev/schemas/1/nowhere.schema.json"
    _edit(new, "record", lambda schema: schema["properties"].update(nowhere={"$ref": missing}))
    result = _run(RELEASED, new)
    assert result.exit_code == 2
    assert "the schemas cannot be used" in result.stderr
    assert "nowhere.schema.json" in result.stderr


def test_a_schema_file_that_is_not_json_is_named(tmp_path: Path) -> None:
    new = _copy(tmp_path, "new")
    (new / "broken.schema.json").write_text("{not json", encoding="utf-8")
    result = _run(RELEASED, new)
    assert result.exit_code == 2
    assert "broken.schema.json': cannot be read as JSON" in result.stderr


def test_probe_records_may_be_a_folder_and_a_bad_one_is_named(tmp_path: Path) -> None:
    from validator.cli import app

    probes = tmp_path / "probes"
    shutil.copytree(ROOT / "fixtures" / "records" / "valid", probes)
    folder = RUNNER.invoke(app, ["schema", "check-compat", str(RELEASED), str(SCHEMAS), "--records", str(probes)])
    assert folder.exit_code == 0, folder.output
    assert "0 probe records" not in folder.stderr
    (probes / "bad.json").write_text("{", encoding="utf-8")
    bad = RUNNER.invoke(app, ["schema", "check-compat", str(RELEASED), str(SCHEMAS), "--records", str(probes)])
    assert bad.exit_code == 2
    assert "bad.json': cannot be read as JSON" in bad.stderr
