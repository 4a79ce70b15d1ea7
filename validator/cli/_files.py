"""Paths the commands write to, checked against the paths they read."""

from __future__ import annotations

import os
from pathlib import Path


def same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file: the same path resolved, or a link to it (device and inode)."""
    try:
        return first.resolve() == second.resolve() or os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet)
        return False
