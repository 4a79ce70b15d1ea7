"""`bench/bench_validate.py` times every tool on one generated feed and checks that they agree.

Timings are not asserted here (benchmarks, not unit tests, check speed); the verdicts are.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_the_benchmark_times_every_tool_and_the_verdicts_agree() -> None:
    completed = subprocess.run(
        [sys.executable, ROOT / "bench" / "bench_validate.py", "--records", "300", "--sample", "20", "--repeat", "2"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    for tool in ("orjson.loads per line", "newsevent validate", "jsonschema (reused", "check-jsonschema"):
        assert any(line.startswith(tool) and "records/s" in line for line in lines), tool
    assert "newsevent = jsonschema: True; newsevent = check-jsonschema: True" in completed.stdout
    assert "semantic on: newsevent = intended: True" in completed.stdout
    if Path("/proc/self/smaps_rollup").exists():  # Linux: the memory of all its processes is measured too
        assert re.search(r"peak memory: [0-9,]+ MB in its largest process, [0-9,]+ MB in all", completed.stdout)
