"""A progress line on standard error, on a terminal only: nothing extra when output is piped."""

from __future__ import annotations

import time
from typing import IO

# The line appears once a run has taken this long, and is redrawn at most this often.
PROGRESS_AFTER_SECONDS = 1.0
PROGRESS_EVERY_SECONDS = 0.25


class ProgressLine:
    """One line redrawn in place while a long run goes on, then cleared."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.active = stream.isatty()
        self.started = self.drawn = time.monotonic()
        self.shown = False

    def show(self, text: str) -> None:
        """Draw *text* (with the seconds elapsed) if the run is long enough and the last draw old enough."""
        now = time.monotonic()
        if self.active and now - self.started >= PROGRESS_AFTER_SECONDS and now - self.drawn >= PROGRESS_EVERY_SECONDS:
            self.drawn, self.shown = now, True
            self.stream.write(f"\r{text}, {now - self.started:.0f} s")
            self.stream.flush()

    def clear(self) -> None:
        """Erase the line, so that a message or the summary starts on a clean line."""
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False
