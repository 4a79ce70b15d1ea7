"""Social-media and messaging platforms by name (`platforms.json`), for the channel of a statement."""

from __future__ import annotations

import functools
import importlib.resources
import re

import orjson


@functools.cache
def names() -> tuple[str, ...]:
    """Every platform's name as news writes it."""
    data = orjson.loads(importlib.resources.files(__package__).joinpath("platforms.json").read_bytes())
    return tuple(data["platforms"])


@functools.cache
def _pattern() -> re.Pattern[str]:
    # One-letter names ("X") are words as often as names: they count only after "on" ("posted on X").
    long = "|".join(re.escape(name) for name in names() if len(name) > 1)
    short = "|".join(re.escape(name) for name in names() if len(name) == 1)
    return re.compile(rf"\b(?:{long})\b" + (rf"|(?<=\bon )(?:{short})\b" if short else ""))


def platform_in(text: str) -> str | None:
    """The first platform *text* names, as written, if any."""
    found = _pattern().search(text)
    return found.group() if found else None
