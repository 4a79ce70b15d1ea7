"""bench/check_names.py: the names of answer keys found in a code folder, and none in the converter."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import check_names  # a script of bench/, imported as a module


def _key(folder: Path, name: str, participant: str, speaker: str, place: str) -> None:
    key = {
        "main_event": {"participants": [{"name": participant, "aliases": []}], "location": [place]},
        "statements": [{"speaker": speaker, "quote": "words"}],
    }
    (folder / f"{name}.json").write_text(json.dumps(key), encoding="utf-8")


def test_a_name_in_the_code_is_found_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keys, code = tmp_path / "keys", tmp_path / "code"
    keys.mkdir()
    code.mkdir()
    _key(keys, "a", "Ilse Varnholt", "authorities", "Port Quellin")
    (code / "rule.py").write_text('# "Ilse Varnholt said" is an example\nX = "authorities"\n', encoding="utf-8")
    assert check_names.main([str(keys), "--code", str(code)]) == 1
    out = capsys.readouterr().out
    assert "'Ilse Varnholt'" in out
    assert "authorities" not in out  # a description the keys give a speaker is not a name


def test_the_converter_names_no_one_of_the_vendored_keys() -> None:
    assert check_names.main([str(ROOT / "fixtures" / "converter")]) == 0
