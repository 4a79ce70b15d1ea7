"""The TypeScript declarations: generated from the schemas, up to date, and true to the fixtures."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from tests.conftest import ROOT, SCHEMAS, load_json, valid_record_paths

DECLARATIONS = ROOT / "types" / "newsevent.d.ts"


def test_declarations_are_up_to_date(node_tools: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "newsevent.d.ts"
    subprocess.run(["node", str(node_tools / "generate_types.mjs"), str(SCHEMAS), str(fresh)], check=True, timeout=300)
    assert DECLARATIONS.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        "types/newsevent.d.ts is out of date: run `node node/generate_types.mjs schemas types/newsevent.d.ts`"
    )


def _compile(node_tools: Path, folder: Path, records: list[object]) -> subprocess.CompletedProcess[str]:
    shutil.copy(DECLARATIONS, folder / "newsevent.d.ts")
    lines = ['import type { NewsEventRecord } from "./newsevent";']
    lines += [
        f"export const record{number}: NewsEventRecord = {json.dumps(record)};" for number, record in enumerate(records)
    ]
    (folder / "fixtures.ts").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return subprocess.run(
        [str(node_tools / "node_modules" / ".bin" / "tsc"), "--strict", "--noEmit", "--target", "es2022",
         "--module", "es2022", "--moduleResolution", "bundler", str(folder / "fixtures.ts")],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip


def test_every_valid_fixture_compiles_against_the_declarations(node_tools: Path, tmp_path: Path) -> None:
    completed = _compile(node_tools, tmp_path, [load_json(path) for path in valid_record_paths()])
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_a_wrong_vocabulary_value_does_not_compile(node_tools: Path, tmp_path: Path) -> None:
    record = load_json(valid_record_paths()[0])
    record["event"]["kind"] = "chat"
    completed = _compile(node_tools, tmp_path, [record])
    assert completed.returncode != 0
    assert "chat" in completed.stdout
