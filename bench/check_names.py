"""List the names of answer keys that occur in the converter's code: it must name no one.

    python bench/check_names.py KEYS_DIR... [--code validator/convert]

Every participant (name and aliases), speaker and place (location) of every answer key under the
KEYS_DIRs (folders of keys in the format of `shared/eval/converter/README.md`, or of their
subfolders) is searched for, as a whole word and case-sensitively, in every file under the code
folder (`validator/convert/` by default: code, comments, docstrings and data alike). Each name
found is printed with the file and line that holds it; the exit code is 1 when any is found, so
that a rule written for one article, person, outlet or place cannot go unnoticed. Only names
are searched for: words that start with a capital, of four letters or more (a speaker the keys
describe, "authorities", and acronyms such as a country's code are words as often as names).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MIN_LETTERS = 4  # shorter names are words as often as names ("US", "AP", "EU")


def key_names(key: dict[str, Any]) -> set[str]:
    """The participants' names and aliases, the speakers and the locations of one answer key."""
    event = key.get("main_event") or {}
    names: set[str] = set()
    for participant in event.get("participants", ()):
        names.add(participant.get("name") or "")
        names.update(participant.get("aliases") or ())
    names.update(statement.get("speaker") or "" for statement in key.get("statements", ()))
    names.update(event.get("location") or ())
    return {
        name.strip()
        for name in names
        if sum(char.isalpha() for char in name) >= MIN_LETTERS and name.strip()[:1].isupper()
    }


def key_files(folders: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"error: {folder}: not a folder of answer keys")
        found += sorted(folder.glob("*.json")) + sorted(folder.glob("*/*.json"))
    return found


def occurrences(names: set[str], code: Path) -> Iterator[tuple[str, Path, int, str]]:
    """Each (name, file, line number, line) where a name stands as a whole word in the code."""
    if not names:
        return
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)"
    )
    for path in sorted(p for p in code.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (UnicodeDecodeError, OSError):
            continue
        for number, line in enumerate(lines, 1):
            for match in pattern.finditer(line):
                yield match.group(), path, number, line.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("keys", nargs="+", type=Path, help="folders of answer keys")
    parser.add_argument("--code", type=Path, default=ROOT / "validator" / "convert", help="the code folder searched")
    args = parser.parse_args(argv)
    names: set[str] = set()
    files = key_files(args.keys)
    for path in files:
        try:
            key = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise SystemExit(f"error: {path}: cannot be read as JSON ({error})") from error
        if isinstance(key, dict) and isinstance(key.get("main_event"), dict):
            names |= key_names(key)  # other JSON beside the keys (floors, manifests) is not a key
    found = list(occurrences(names, args.code))
    for name, path, number, line in found:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{number}: {name!r}: {line[:100]}")
    print(f"{len(files)} keys, {len(names)} names, {len(found)} found in {args.code}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
