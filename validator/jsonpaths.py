"""JSON paths from path parts (`("entities", 2, "name")`): written out, and in sort order."""

from __future__ import annotations

import re
from collections.abc import Iterable

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(parts: Iterable[str | int]) -> str:
    """A JSONPath (RFC 9535 normalised form, dots for plain names) from path parts."""
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _IDENTIFIER.match(part):
            out.append(f".{part}")
        else:
            escaped = part.replace("\\", "\\\\").replace("'", "\\'")
            out.append(f"['{escaped}']")
    return "".join(out)


def path_order(parts: Iterable[str | int]) -> list[tuple[int, str]]:
    """A sort key for paths: keys by name, array items by index (`entities[2]` before `entities[10]`)."""
    return [(part, "") if isinstance(part, int) else (-1, part) for part in parts]
