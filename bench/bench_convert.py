"""Speed and memory of the converter beside the bare spaCy pipeline, on the same articles in one run.

    python bench/bench_convert.py [DATA_DIR...] [--articles N] [--repeat R] [--json]

The articles are the seed and the `text` of every JSON document under each DATA_DIR (answer keys
such as `shared/eval/converter/`, or `fixtures/dates/`, the default), repeated up to N articles
(default 120) and written to a temporary folder as text files. Each measurement runs in a fresh
process so that memory peaks do not mix:

- `spacy`: the converter's pipeline (same components) over the texts with `nlp.pipe`, in batches
  of the size the converter uses, files read in the timing, the model loaded before it;
- `convert --jobs 1`: `convert_paths` (reading, parsing, extraction, records, validation) and each
  record serialised to JSON, the model and gazetteers loaded (a first batch converted) before the timing;
- `--jobs 1` and `--jobs 2` end to end: from nothing loaded to every record serialised, as a
  `newsevent convert` run would be (worker processes load their own model);
- two warm workers (`worker_pool(2)`, started and used once before the timing) beside the one
  process with its model loaded: the speed-up once start-up is paid, as in a long run.

Each measurement runs R times (default 3), in turns, and the fastest run counts. Prints articles
per second, words per second and peak resident memory of each, the converter's
share of spaCy's rate (target: at least 0.75) and the speed-up of two processes (target: 1.6).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from validator.convert.batch import Converted

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kyodo-2022-02-10-trilateral-defense-talks.txt"
DEFAULT_DIRS = [ROOT / "fixtures" / "dates"]
SHARE_TARGET, SPEEDUP_TARGET = 0.75, 1.6
MODES = ("spacy", "convert", "jobs1", "jobs2", "pool2")


def _texts(directories: list[Path]) -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")]
    for directory in directories:
        if not directory.is_dir():
            raise SystemExit(f"error: {directory}: not a folder")
        for path in sorted(directory.rglob("*.json")):
            document = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(document, dict) and isinstance(document.get("text"), str):
                texts.append(document["text"])
    return list(dict.fromkeys(texts))  # the seed may be among the keys too


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def _measure(mode: str, files: list[Path]) -> dict[str, Any]:
    """One measurement, in this process (called in a fresh child by `main`)."""
    from validator.convert.batch import BATCH, ConvertOptions, convert_paths, worker_pool
    from validator.convert.nlp import load_pipeline

    started = time.perf_counter()
    if mode == "spacy":
        nlp = load_pipeline()
        list(nlp.pipe(path.read_text(encoding="utf-8") for path in files[:2]))
        started = time.perf_counter()
        for _ in nlp.pipe((path.read_text(encoding="utf-8") for path in files), batch_size=BATCH):
            pass
    elif mode == "pool2":
        with worker_pool(2) as pool:
            list(convert_paths(files[: 2 * BATCH], pool=pool))  # both workers started and warm
            started = time.perf_counter()
            _write(convert_paths(files, pool=pool))
    else:
        jobs = 2 if mode == "jobs2" else 1
        if mode == "convert":
            load_pipeline()
            list(convert_paths(files[:BATCH]))  # the model and the gazetteers loaded, as in a long run
            started = time.perf_counter()
        _write(convert_paths(files, ConvertOptions(jobs=jobs)))
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "peak_mb": _peak_mb(resource.RUSAGE_SELF),
        "peak_child_mb": _peak_mb(resource.RUSAGE_CHILDREN),
    }


def _write(results: Iterable[Converted]) -> None:
    """Every record serialised, as `newsevent convert` writes it; an input that fails stops the run."""
    import orjson

    for converted in results:
        if converted.error is not None:
            raise SystemExit(f"error: {converted.error}")
        for record in converted.records:
            orjson.dumps(record.to_json())


def _run_child(mode: str, files: list[Path], listing: Path) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, __file__, "--measure", mode, "--listing", str(listing)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    if completed.returncode != 0:
        raise SystemExit(f"error: the {mode} measurement failed:\n{completed.stderr}")
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="*", type=Path, help="folders of JSON documents with a 'text'")
    parser.add_argument("--articles", type=int, default=120, help="articles converted per measurement")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the fastest counts")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--listing", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    if args.measure:
        files = [Path(line) for line in args.listing.read_text(encoding="utf-8").splitlines()]
        print(json.dumps(_measure(args.measure, files)))
        return 0

    texts = _texts(args.data or DEFAULT_DIRS)
    with tempfile.TemporaryDirectory(prefix="bench-convert-") as folder:
        files = []
        for n in range(max(args.articles, 1)):
            path = Path(folder) / f"{n:05d}.txt"
            path.write_text(texts[n % len(texts)], encoding="utf-8")
            files.append(path)
        listing = Path(folder) / "listing.txt"
        listing.write_text("\n".join(map(str, files)), encoding="utf-8")
        words = sum(len(path.read_text(encoding="utf-8").split()) for path in files)
        # Each mode runs --repeat times, the modes taking turns so that a slow spell of the machine
        # falls on all of them; the fastest run of each counts, and the highest memory peak.
        results: dict[str, dict[str, Any]] = {}
        for _ in range(max(args.repeat, 1)):
            for mode in MODES:
                run = _run_child(mode, files, listing)
                best = results.setdefault(mode, run)
                best["seconds"] = min(best["seconds"], run["seconds"])
                best["peak_mb"] = max(best["peak_mb"], run["peak_mb"])
                best["peak_child_mb"] = max(best["peak_child_mb"], run["peak_child_mb"])

    for result in results.values():
        result["articles_per_second"] = len(files) / result["seconds"]
        result["words_per_second"] = words / result["seconds"]
    share = results["convert"]["articles_per_second"] / results["spacy"]["articles_per_second"]
    speedup = results["jobs2"]["articles_per_second"] / results["jobs1"]["articles_per_second"]
    steady_speedup = results["pool2"]["articles_per_second"] / results["convert"]["articles_per_second"]
    summary = {
        "articles": len(files), "distinct_texts": min(len(texts), len(files)), "words": words, "results": results,
        "converter_share_of_spacy": share, "jobs2_speedup": speedup, "jobs2_steady_speedup": steady_speedup,
        "share_target_met": share >= SHARE_TARGET, "speedup_target_met": speedup >= SPEEDUP_TARGET,
        "steady_speedup_target_met": steady_speedup >= SPEEDUP_TARGET,
    }  # fmt: skip
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(f"{len(files)} articles ({summary['distinct_texts']} distinct texts, {words:,} words)")
    labels = {
        "spacy": "bare spaCy (nlp.pipe, model loaded)", "convert": "converter --jobs 1 (model loaded)",
        "jobs1": "converter --jobs 1, end to end", "jobs2": "converter --jobs 2, end to end",
        "pool2": "converter, 2 warm worker processes",
    }  # fmt: skip
    for mode, result in results.items():
        workers = mode in {"jobs2", "pool2"}
        peak = max(result["peak_mb"], result["peak_child_mb"]) if workers else result["peak_mb"]
        print(
            f"{labels[mode]:40} {result['articles_per_second']:7.2f} articles/s {result['words_per_second']:8,.0f}"
            f" words/s  peak {peak:6.0f} MB{' per process' if workers else ''}"
        )
    met = {True: "met", False: "NOT met"}
    print(f"converter / spaCy rate: {share:.2f} (target >= {SHARE_TARGET})  {met[share >= SHARE_TARGET]}")
    print(
        f"--jobs 2 / --jobs 1, end to end: {speedup:.2f}x (target >= {SPEEDUP_TARGET})  "
        f"{met[speedup >= SPEEDUP_TARGET]}"
    )
    print(
        f"2 warm workers / 1 process, model loaded: {steady_speedup:.2f}x (target >= {SPEEDUP_TARGET})  "
        f"{met[steady_speedup >= SPEEDUP_TARGET]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
