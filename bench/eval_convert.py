"""Score converter answers against answer keys: precision, recall and F1 or accuracy per field.

    python bench/eval_convert.py KEYS_DIR... (--convert | --records DIR | --predictions DIR) [--json]

Each KEYS_DIR holds answer keys in the format of `shared/eval/converter/README.md` (one JSON file
per article), or folders of them. The answers come from one of:

- `--convert`: each key's `text` converted in this process (with the key's `published` date), as
  `newsevent convert` would; the main event's record (the first) is scored;
- `--records DIR`: the output of `newsevent convert` for each key, named `<id>.jsonl`;
- `--predictions DIR`: answers already in the keys' shape, named `<id>.json`.

A key without an answer is scored as an empty answer and named on stderr. The matching rules are
in `validator.convert.scoring`; every participation of the main record counts as a participant.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from validator.convert.scoring import record_answer, score


def key_files(folders: list[Path]) -> list[Path]:
    """Every key file in *folders* and their immediate subfolders, in name order."""
    found: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"error: {folder}: not a folder of answer keys")
        found += sorted(folder.glob("*.json")) + sorted(folder.glob("*/*.json"))
    if not found:
        raise SystemExit(f"error: no answer keys (*.json) in {', '.join(map(str, folders))}")
    return found


def _load(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SystemExit(f"error: {path}: cannot be read as JSON ({error})") from error
    if not isinstance(document, dict):
        raise SystemExit(f"error: {path}: not a JSON object")
    return document


def _table(report: dict[str, Any]) -> str:
    lines = [f"documents: {report['documents']}", f"{'field':40} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6}  n"]
    for name, value in report.items():
        if not isinstance(value, dict):
            continue
        if "f1" in value:
            p, r, f = value["precision"], value["recall"], value["f1"]
            lines.append(f"{name:40} {p:6.3f} {r:6.3f} {f:6.3f} {'':>6}  {value['gold']}")
        else:
            lines.append(f"{name:40} {'':>6} {'':>6} {'':>6} {value['accuracy']:6.3f}  {value['scored']}")
    return "\n".join(lines)


def converter_answer(key_id: str, text: str, published: str | None, title: str | None = None) -> dict[str, Any]:
    """Convert the key's text in this process, as `newsevent convert` would, and answer from its records."""
    from validator.convert import Article, ConversionError, convert

    try:
        records = convert(Article(text, key_id, published=published, title=title))
    except ConversionError as error:
        print(f"warning: {error}; scored as empty", file=sys.stderr)
        return {}
    return record_answer([record.to_json() for record in records])


def _records(path: Path) -> list[dict[str, Any]]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as error:
        raise SystemExit(f"error: {path}: cannot be read as JSON Lines of records ({error})") from error


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("keys", nargs="+", type=Path, help="folders of answer keys")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--convert", action="store_true", help="convert each key's text here and score the records")
    source.add_argument("--records", type=Path, help="folder of `newsevent convert` outputs named <id>.jsonl")
    source.add_argument("--predictions", type=Path, help="folder of answers in the keys' shape named <id>.json")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)

    pairs = []
    for path in key_files(args.keys):
        key = _load(path)
        if not isinstance(key.get("main_event"), dict):
            raise SystemExit(f"error: {path}: not an answer key (it has no 'main_event' object)")
        key_id = key.get("id", path.stem)
        if args.convert:
            pairs.append((key, converter_answer(key_id, key["text"], key.get("published"), key.get("title"))))
            continue
        folder, suffix = (args.records, ".jsonl") if args.records else (args.predictions, ".json")
        answer_path = folder / f"{key_id}{suffix}"
        if not answer_path.is_file():
            print(f"warning: no answer {answer_path} for key {path}; scored as empty", file=sys.stderr)
            pairs.append((key, {}))
        elif args.records:
            pairs.append((key, record_answer(_records(answer_path))))
        else:
            pairs.append((key, _load(answer_path)))
    report = score(pairs).report()
    print(json.dumps(report, indent=2) if args.json else _table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
