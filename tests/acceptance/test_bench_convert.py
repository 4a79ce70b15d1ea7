"""`bench/bench_convert.py` runs its four measurements and reports rates, memory and both targets.

Timings are not asserted here (benchmarks, not unit tests, check speed); the report's shape is.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_the_benchmark_reports_every_measurement() -> None:
    completed = subprocess.run(
        [sys.executable, ROOT / "bench" / "bench_convert.py", "--articles", "3", "--repeat", "1", "--json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)
    assert report["articles"] == 3
    assert set(report["results"]) == {"spacy", "convert", "jobs1", "jobs2", "pool2"}
    for result in report["results"].values():
        assert result["articles_per_second"] > 0
        assert max(result["peak_mb"], result["peak_child_mb"]) > 100  # a process that loaded the model
    assert isinstance(report["share_target_met"], bool)
    assert isinstance(report["speedup_target_met"], bool)
