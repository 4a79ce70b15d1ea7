"""The progress line: on a terminal only, after a delay, redrawn at most so often, then cleared."""

from __future__ import annotations

import io

import pytest

from validator.cli import _progress
from validator.cli._progress import ProgressLine


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_line_after_the_delay_and_it_is_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([100.0, 100.5, 101.5, 101.6, 102.0])
    monkeypatch.setattr(_progress.time, "monotonic", lambda: next(clock))
    stream = _Terminal()
    line = ProgressLine(stream)  # started at 100.0
    line.show("early")  # 0.5 s: too early
    line.show("first")  # 1.5 s: shown
    line.show("too soon")  # 0.1 s after the last draw: not redrawn
    line.show("second")  # shown
    line.clear()
    assert stream.getvalue() == "\rfirst, 2 s\rsecond, 2 s\r\x1b[K"


def test_piped_output_gets_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_progress.time, "monotonic", iter([0.0, 5.0]).__next__)
    stream = io.StringIO()
    line = ProgressLine(stream)
    line.show("anything")
    line.clear()
    assert stream.getvalue() == ""
