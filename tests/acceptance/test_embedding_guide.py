"""The examples of docs/embedding.md run and print what they say."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

GUIDE = (ROOT / "docs" / "embedding.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", GUIDE, flags=re.DOTALL)


def _expected(block: str, marker: str) -> list[str]:
    return re.findall(rf"^.*{re.escape(marker)}\s(.+)$", block, flags=re.MULTILINE)


@pytest.mark.parametrize("example", _blocks("python"), ids=["jsonschema", "newsevent"])
def test_python_examples(example: str) -> None:
    output = io.StringIO()
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        with contextlib.redirect_stdout(output):
            exec(compile(example, "docs/embedding.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert output.getvalue().splitlines() == _expected(example, "#")


def test_javascript_example(node_tools: Path) -> None:
    (example,) = _blocks("js")
    script = node_tools / "_guide_example.mjs"
    script.write_text(example, encoding="utf-8")
    try:
        completed = subprocess.run(["node", str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        script.unlink()
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines() == _expected(example, "//")


def test_command_line_example(tmp_path: Path) -> None:
    (example,) = _blocks("sh")
    bin_dir = Path(sys.executable).parent
    environment = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    assert shutil.which("check-jsonschema", path=environment["PATH"]), "check-jsonschema is a test dependency"
    workdir = tmp_path / "repo"
    shutil.copytree(ROOT / "schemas", workdir / "schemas")
    shutil.copytree(ROOT / "fixtures" / "records" / "valid", workdir / "fixtures" / "records" / "valid")
    for command in example.strip().splitlines():
        completed = subprocess.run(
            command, shell=True, cwd=workdir, env={**environment, "PWD": str(workdir)},
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert completed.returncode == 0, f"{command}\n{completed.stdout}{completed.stderr}"
    assert (workdir / "record.bundle.json").is_file()
