"""Speed of the temporal engine beside dateparser's `search_dates`, on the same texts.

    python bench/bench_dates.py [DATA_DIR...] [--repeat N]

DATA_DIR folders hold documents with a `text` (and `dct`) field, as in `fixtures/dates/`
(the default) or the full gold sets. Each system processes every text once per repeat, with
the document's date as its anchor; the best repeat counts. Prints sentences per second for
both and their ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dateparser.search import search_dates

from validator.dates import Anchor, find_dates
from validator.dates.context import Sentences

DEFAULT_DIRS = [Path(__file__).resolve().parents[1] / "fixtures" / "dates"]


def _load(directories: list[Path]) -> list[dict[str, Any]]:
    documents = []
    for directory in directories:
        for path in sorted(directory.rglob("*.json")):
            document = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(document, dict) and isinstance(document.get("text"), str):
                documents.append(document)
    if not documents:
        raise SystemExit(f"error: no documents with a 'text' under {[str(d) for d in directories]}")
    return documents


def _engine(document: dict[str, Any]) -> object:
    anchor = Anchor(date.fromisoformat(document["dct"])) if document.get("dct") else None
    return find_dates(document["text"], anchor=anchor)


def _dateparser(document: dict[str, Any]) -> object:
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if document.get("dct"):
        settings["RELATIVE_BASE"] = datetime.fromisoformat(document["dct"])
    return search_dates(document["text"], languages=["en"], settings=settings)


def _best_seconds(run: Callable[[dict[str, Any]], object], documents: list[dict[str, Any]], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for document in documents:
            run(document)
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dirs", nargs="*", type=Path, metavar="DATA_DIR")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args(argv)
    documents = _load(options.data_dirs or DEFAULT_DIRS)
    sentences = sum(len(Sentences.of(document["text"]).starts) for document in documents)
    characters = sum(len(document["text"]) for document in documents)
    for run in (_engine, _dateparser):  # warm up: imports, compiled patterns, dateparser's data
        run(documents[0])
    engine = _best_seconds(_engine, documents, options.repeat)
    baseline = _best_seconds(_dateparser, documents, options.repeat)
    print(f"{len(documents)} documents, {sentences} sentences, {characters} characters; best of {options.repeat}")
    print(f"{'newsevent find_dates':<26} {sentences / engine:10.1f} sentences/s  {engine:8.3f} s")
    print(f"{'dateparser search_dates':<26} {sentences / baseline:10.1f} sentences/s  {baseline:8.3f} s")
    print(f"ratio (newsevent / dateparser): {baseline / engine:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
