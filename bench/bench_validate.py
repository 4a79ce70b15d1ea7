"""Speed and memory of `newsevent validate` beside check-jsonschema and plain jsonschema.

    python bench/bench_validate.py [--records N] [--sample K] [--repeat R] [--keep FILE]

Generates a JSON Lines feed of N realistic records of about 2 KB (default 200,000), 1% of them
invalid in varied ways (schema, semantic and JSON errors), then measures in one run:

- `newsevent validate` on the whole feed, as a user runs it (a subprocess; its peak memory, in its
  largest process and in all its processes together);
- the rate at which the feed is merely parsed (`orjson.loads` per line), the floor;
- plain `jsonschema` (one reused Draft 2020-12 validator, format checking on) on K records;
- `check-jsonschema` on K records written one per file (it reads no JSON Lines);

and prints records per second, the ratios, and whether the verdicts agree on the sample. Each
tool is timed R times (default 3), the tools taking turns, and the best time of each kept, as
timeit does: this machine's speed drifts within a run, and taking turns lets every tool see the
same drifts.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
from jsonschema import Draft202012Validator

from validator import load_schema, registry
from validator.validation import record_problems

TEMPLATE: dict[str, Any] = {
    "specversion": "1.0", "id": "", "source": "https://example.org/feeds/bench", "version": 1, "status": "active",
    "created": "2023-05-04T10:00:00Z", "title": "Defence ministers hold talks by phone",
    "event": {"id": "ev", "kind": "meeting", "mode": "phone", "lifecycle": "occurred", "factuality": "asserted",
              "time": "t1", "duration": "t2", "summary": "Three defence ministers discussed regional security."},
    "entities": [
        {"id": "e1", "type": "person", "name": "Anna Lindqvist", "aliases": ["Lindqvist"],
         "country": {"iso3166_1_alpha2": "SE", "iso3166_1_alpha3": "SWE", "name": "Sweden"}},
        {"id": "e2", "type": "person", "name": "Jukka Korhonen", "aliases": ["Korhonen"]},
        {"id": "e3", "type": "organisation", "name": "Swedish Ministry of Defence"},
    ],
    "participations": [
        {"id": "p1", "entity": "e1", "role": "participant", "organisation": "e3", "attendance": "phone",
         "title": {"as_written": "Swedish Defence Minister", "normalised": "Defence Minister"},
         "represents": {"iso3166_1_alpha2": "SE", "iso3166_1_alpha3": "SWE"}, "location": "pl1"},
        {"id": "p2", "entity": "e2", "role": "participant", "attendance": "phone",
         "title": {"as_written": "Finnish counterpart", "normalised": "Defence Minister"},
         "represents": {"iso3166_1_alpha2": "FI", "iso3166_1_alpha3": "FIN"}},
    ],
    "places": [
        {"id": "pl1", "name": "Stockholm", "role": "participant_location", "precision": "city",
         "country": {"iso3166_1_alpha2": "SE"}, "subdivision": "SE-AB"},
    ],
    "times": [
        {"id": "t1", "text": "Thursday", "type": "DATE", "value": "2023-05-04", "precision": "day",
         "earliest": "2023-05-04T00:00:00+02:00", "latest": "2023-05-04T23:59:59+02:00", "timezone": "Europe/Stockholm",
         "anchor": {"type": "publication", "value": "2023-05-04"}, "resolution": {"rule": "relative.weekday"}},
        {"id": "t2", "text": "40-minute", "type": "DURATION", "value": "PT40M"},
    ],
    "statements": [
        {"id": "s1", "speaker": "p1", "text": "we agreed to deepen our cooperation in the Baltic region",
         "mode": "reported", "reporting_verb": "said", "channel": "press_conference"},
        {"id": "s2", "speaker": "p2", "text": "a constructive exchange", "mode": "direct", "channel": "statement",
         "relayed_by": "e3"},
    ],
    "article": {"type": "wire", "headline": "Nordic defence ministers talk by phone", "publisher": "Example News",
                "url": "https://example.org/news/2023/05/04/defence-talks", "published": "2023-05-04",
                "language": "en"},
    "provenance": {"method": "rule", "tool": "bench", "version": "1", "confidence": 0.9},
}  # fmt: skip


def _break(record: dict[str, Any], how: int) -> dict[str, Any] | bytes:
    """Make a record invalid in one of several ways."""
    if how == 0:
        record["event"]["kind"] = "chat"
    elif how == 1:
        del record["article"]
    elif how == 2:
        record["times"][0]["earliest"] = "2023-05-04 00:00"
    elif how == 3:
        record["participations"][0]["entity"] = "nobody"
    elif how == 4:
        record["participations"][1]["represents"]["iso3166_1_alpha3"] = "SWE"
    elif how == 5:
        record["unexpected"] = True
    else:
        return orjson.dumps(record)[:-40]
    return record


def generate(path: Path, count: int, *, seed: int = 7) -> list[bool]:
    """Write the feed; return the intended verdict of each record (True: valid)."""
    randomness = random.Random(seed)
    verdicts = []
    with path.open("wb") as out:
        for number in range(count):
            record = copy.deepcopy(TEMPLATE)
            record["id"] = f"urn:bench:{number}"
            record["entities"][0]["name"] = f"Anna Lindqvist {number % 97}"
            record["statements"][0]["text"] += f" ({number})"
            valid = randomness.random() >= 0.01
            item: dict[str, Any] | bytes = record if valid else _break(record, randomness.randrange(7))
            out.write((item if isinstance(item, bytes) else orjson.dumps(item)) + b"\n")
            verdicts.append(valid)
    return verdicts


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def _best(repeat: int, measures: dict[str, Callable[[], tuple[float, Any]]]) -> dict[str, tuple[float, Any]]:
    """Each measure's shortest of *repeat* timings (seconds, result). The measures take turns, so
    that all of them see the same drifts of this machine's speed, and the best of each is kept."""
    best: dict[str, tuple[float, Any]] = {}
    for _ in range(repeat):
        for name, measure in measures.items():
            timed = measure()
            if name not in best or timed[0] < best[name][0]:
                best[name] = timed
    return best


def _tree_pss_mb(pid: int) -> float | None:
    """The memory of a process and all its descendants, in MB, as proportional set size (pages
    shared between them, as a forked worker shares its parent's, counted once); None where
    Linux's /proc does not tell."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    kilobytes = next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)
    return kilobytes / 1024 + sum(_tree_pss_mb(int(child)) or 0 for child in children)


class _PeakMemory(threading.Thread):
    """Samples the memory of a process tree while it runs (`_tree_pss_mb`), keeping the peak."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak: float | None = None
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.2):
            current = _tree_pss_mb(self.pid)
            if current is not None:
                self.peak = max(self.peak or 0.0, current)


def _ours(feed: Path) -> tuple[float, tuple[dict[str, Any], float, float | None]]:
    """`newsevent validate` on the feed as a user runs it: seconds, its JSON report, the peak
    memory of its largest process in MB (resident set), and that of all its processes together
    (proportional set size, sampled; None where it cannot be read)."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "validator.cli", "validate", str(feed), "--output", "json", "--max-errors", "0"],
            stdout=subprocess.PIPE, stderr=errors,
        )  # fmt: skip
        sampler = _PeakMemory(process.pid)
        sampler.start()
        assert process.stdout is not None
        output = process.stdout.read()
        sampler.stopped.set()  # before reaping: the process's /proc entries go with it
        sampler.join()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here; Popen must not wait again
        process.stdout.close()
        errors.seek(0)
        if process.returncode not in (0, 1):
            sys.exit(f"newsevent validate failed with exit code {process.returncode}:\n{errors.read().decode()}")
    return seconds, (json.loads(output), usage.ru_maxrss / 1024, sampler.peak)


def _parse(feed: Path) -> tuple[float, int]:
    """Merely parsing every line (`orjson.loads`): seconds and lines."""
    started = time.perf_counter()
    count = 0
    with feed.open("rb") as stream:
        for line in stream:
            count += 1
            with contextlib.suppress(orjson.JSONDecodeError):
                orjson.loads(line)
    return time.perf_counter() - started, count


def _plain(sample: list[bytes]) -> tuple[float, list[bool]]:
    """Plain jsonschema, one reused Draft 2020-12 validator with format checking: seconds, verdicts."""
    plain = Draft202012Validator(
        load_schema("record"), registry=registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    started = time.perf_counter()
    verdicts = []
    for line in sample:
        try:
            verdicts.append(plain.is_valid(orjson.loads(line)))
        except orjson.JSONDecodeError:
            verdicts.append(False)
    return time.perf_counter() - started, verdicts


def _check_jsonschema(files: list[Path]) -> tuple[float, list[bool]]:
    """check-jsonschema on one file per record (it reads no JSON Lines): seconds, verdicts."""
    schema = Path(__file__).resolve().parents[1] / "schemas" / "record.schema.json"
    started = time.perf_counter()
    checked = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--base-uri", schema.as_uri(), "--schemafile", str(schema),
         "--output-format", "json", *map(str, files)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    report = json.loads(checked.stdout)
    failing = {Path(error["filename"]).name for error in report.get("errors", []) + report.get("parse_errors", [])}
    return seconds, [path.name not in failing for path in files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--sample", type=int, default=1_000, help="records for the slow validators")
    parser.add_argument("--repeat", type=int, default=3, help="time each tool this many times; keep the best")
    parser.add_argument("--keep", type=Path, help="write the feed here instead of a temporary folder")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        feed = options.keep or Path(folder) / "feed.jsonl"
        intended = generate(feed, options.records)
        size = feed.stat().st_size
        print(f"feed: {options.records:,} records, {size / 1e6:.1f} MB ({size / options.records:,.0f} bytes/record), "
              f"{intended.count(False):,} made invalid; {options.repeat} turns, best kept")  # fmt: skip

        with feed.open("rb") as stream:
            sample = [line.rstrip(b"\n") for _, line in zip(range(options.sample), stream, strict=False)]
        files = []
        (Path(folder) / "sample").mkdir()
        for number, line in enumerate(sample):
            files.append(Path(folder) / "sample" / f"{number:06d}.json")
            files[-1].write_bytes(line)
        best = _best(options.repeat, {
            "ours": lambda: _ours(feed), "parse": lambda: _parse(feed), "plain": lambda: _plain(sample),
            "check": lambda: _check_jsonschema(files),
        })  # fmt: skip
        ours_seconds, (report, peak_mb, tree_mb) = best["ours"]
        flagged = {problem["line"] for problem in report["problems"]}
        ours_rate = _rate(options.records, ours_seconds)
        parse_seconds, count = best["parse"]
        parse_rate = _rate(count, parse_seconds)
        plain_seconds, plain_verdicts = best["plain"]
        plain_rate = _rate(len(sample), plain_seconds)
        check_seconds, check_verdicts = best["check"]
        check_rate = _rate(len(sample), check_seconds)
        structural = []
        for line in sample:
            try:
                structural.append(not record_problems(orjson.loads(line), semantic=False))
            except orjson.JSONDecodeError:
                structural.append(False)

    print(f"{'orjson.loads per line (floor)':<34} {parse_rate:12,.0f} records/s")
    print(f"{'newsevent validate (semantic on)':<34} {ours_rate:12,.0f} records/s  {ours_seconds:8.2f} s  "
          f"peak {peak_mb:,.0f} MB  ({ours_rate / parse_rate:.0%} of parsing)")  # fmt: skip
    if tree_mb is not None:
        print(f"{'':<34} peak memory: {peak_mb:,.0f} MB in its largest process, {tree_mb:,.0f} MB in all its "
              "processes together (proportional set size)")  # fmt: skip
    print(f"{'jsonschema (reused, formats on)':<34} {plain_rate:12,.0f} records/s  on {len(sample):,}")
    print(f"{'check-jsonschema':<34} {check_rate:12,.0f} records/s  on {len(sample):,}")
    print(f"newsevent / jsonschema: {ours_rate / plain_rate:.1f}x; newsevent / check-jsonschema: "
          f"{ours_rate / check_rate:.1f}x")  # fmt: skip
    print(f"records found invalid: {report['summary']['invalid']:,} of {options.records:,} "
          f"(made invalid: {intended.count(False):,})")  # fmt: skip
    print(f"verdicts on the sample, schema only: newsevent = jsonschema: {structural == plain_verdicts}; "
          f"newsevent = check-jsonschema: {structural == check_verdicts}")  # fmt: skip
    print(f"verdicts on the whole feed, semantic on: newsevent = intended: "
          f"{[number + 1 not in flagged for number in range(options.records)] == intended}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
