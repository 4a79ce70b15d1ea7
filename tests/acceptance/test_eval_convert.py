"""`bench/eval_convert.py`: answer folders, record files and the converter scored against answer keys."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEEDS

SCRIPT = ROOT / "bench" / "eval_convert.py"
SEED = (SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt").read_text(encoding="utf-8")
PEOPLE = [
    {"name": "Nobuo Kishi", "aliases": ["Kishi"], "title": ["Defense Minister"], "country": "JP"},
    {"name": "Lloyd Austin", "aliases": ["Austin"], "title": ["counterpart"], "country": "US"},
    {"name": "Suh Wook", "aliases": ["Suh"], "title": ["counterpart"], "country": "KR"},
]
KEY = {
    "id": "seed",
    "published": "2022-02-10",
    "text": SEED,
    "main_event": {
        "kind": "meeting", "modality": "phone", "status": "occurred", "date": "2022-02-10", "duration": "PT30M",
        "location": ["Tokyo"], "country": "JP", "participants": PEOPLE,
    },
    "statements": [
        {"speaker": "Lloyd Austin", "quote": "ironclad", "direct": True, "channel": "social-media"},
        {"speaker": "Nobuo Kishi", "quote": "significant", "direct": True, "channel": "press-conference"},
    ],
}  # fmt: skip


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, SCRIPT, *map(str, args)], capture_output=True, text=True, check=False)


def test_the_converter_on_the_seed(tmp_path: Path) -> None:
    (tmp_path / "seed.json").write_text(json.dumps(KEY), encoding="utf-8")
    result = _run(tmp_path, "--convert", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["participants"]["f1"] == 1.0
    assert report["participants.title"]["accuracy"] == 1.0
    assert report["participants.country"]["accuracy"] == 1.0
    assert report["event.date"]["accuracy"] == report["event.duration"]["accuracy"] == 1.0
    assert report["statements"]["recall"] == 1.0
    assert report["statements.channel"]["accuracy"] == 1.0


def test_a_missing_answer_is_named_and_scored_empty(tmp_path: Path) -> None:
    keys, answers = tmp_path / "keys", tmp_path / "answers"
    keys.mkdir()
    answers.mkdir()
    (keys / "seed.json").write_text(json.dumps(KEY), encoding="utf-8")
    result = _run(keys, "--predictions", answers)
    assert result.returncode == 0
    assert "no answer" in result.stderr
    assert "participants" in result.stdout


def test_a_folder_without_keys_is_an_error(tmp_path: Path) -> None:
    result = _run(tmp_path, "--convert")
    assert result.returncode != 0
    assert "no answer keys" in result.stderr


def test_records_written_by_newsevent_convert_are_scored(tmp_path: Path) -> None:
    keys, records = tmp_path / "keys", tmp_path / "records"
    keys.mkdir()
    records.mkdir()
    (keys / "seed.json").write_text(json.dumps(KEY), encoding="utf-8")
    article = tmp_path / "seed.txt"
    article.write_text(SEED, encoding="utf-8")
    converted = subprocess.run(
        [sys.executable, "-m", "validator.cli", "convert", str(article), "-o", str(records / "seed.jsonl")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert converted.returncode == 0, converted.stderr
    result = _run(keys, "--records", records, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["participants"]["f1"] == 1.0
    assert report["event.modality"]["accuracy"] == 1.0
