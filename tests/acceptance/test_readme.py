"""The README's commands and library example are what the project really offers."""

from __future__ import annotations

import contextlib
import io
import os
import re

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_readme_has_exactly_the_two_commands_first() -> None:
    install_and_run, install_and_test = _blocks("sh")[:2]
    assert ".venv/bin/pip install -e '.[convert]' " in install_and_run
    assert "newsevent convert seeds/kyodo-2022-02-10-trilateral-defense-talks.txt" in install_and_run
    assert install_and_test.strip() == (
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"
    )


def test_ci_runs_the_readme_test_command() -> None:
    install_and_test = _blocks("sh")[1].strip()
    assert install_and_test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_library_example_runs_and_prints_what_it_says() -> None:
    (example,) = _blocks("python")
    expected = re.findall(r"^\s*print\(.*#\s(.+)$", example, flags=re.MULTILINE)
    output = io.StringIO()
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        with contextlib.redirect_stdout(output):
            exec(compile(example, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert expected
    assert output.getvalue().splitlines() == expected
