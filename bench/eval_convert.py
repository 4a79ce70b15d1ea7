"""Score converter answers against answer keys: precision, recall and F1 or accuracy per field.

    python bench/eval_convert.py KEYS_DIR... (--predictions PRED_DIR | --stages) [--json]

Each KEYS_DIR holds answer keys in the format of `shared/eval/converter/README.md` (one JSON file
per article), or folders of them. With `--predictions`, PRED_DIR holds one answer per key, in the
same shape and named after the key's `id` (`<id>.json`); a key without an answer is scored as an
empty answer and named on stderr. With `--stages`, the converter's stages built so far answer
from each key's `text` and `published` date (until `newsevent convert` assembles records, every
person found counts as a participant). The matching rules are in `validator.convert.scoring`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from validator.convert.scoring import score


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


# The format's vocabularies in the keys' terms, where the keys have no equivalent.
_KEY_CHANNELS = {
    "press_conference": "press-conference", "social_media_post": "social-media", "meeting_remarks": "meeting-remarks",
    "press_release": "statement", "briefing": "press-conference",
}  # fmt: skip
_KEY_KINDS = {
    "press_conference": "statement", "interview": "statement", "agreement": "other", "vote": "election",
    "military_action": "other", "launch": "other", "test": "other", "publication": "other",
}  # fmt: skip


def stage_answer(text: str, published: str | None) -> dict[str, Any]:
    """An answer from the converter's stages: main event, people and statements, in the keys' terms."""
    from validator.convert.attribution import attribute, channel_for
    from validator.convert.events import lead, main_event
    from validator.convert.nlp import load_pipeline
    from validator.convert.people import country_of, find_people
    from validator.convert.places import event_place
    from validator.convert.quotes import find_quotations
    from validator.convert.when import event_date, event_duration
    from validator.dates import Anchor, find_dates

    doc = load_pipeline()(text)
    people = find_people(doc)
    event, spans = main_event(text), lead(text)
    expressions = find_dates(text, anchor=Anchor.parse(published) if published else None).expressions
    place = event_place(doc, spans, event.kind_cue)
    when, duration = event_date(text, expressions, spans, event.kind_cue), event_duration(text, expressions)
    statements = []
    for found in attribute(doc, find_quotations(text)):
        person = people.at(found.speaker.start, found.speaker.end) if found.speaker else None
        statements.append({
            "speaker": person.name if person else (found.speaker.text if found.speaker else None),
            "quote": found.words.text,
            "direct": found.mode != "reported",
            "channel": _KEY_CHANNELS.get(channel := channel_for(found, person is not None), channel),
        })  # fmt: skip
    participants = [
        {
            "name": person.name,
            "title": text[person.titles[0][0] : person.titles[0][1]] if person.titles else None,
            "country": nation.alpha2 if (nation := country_of(person, place.country if place else None)[0]) else None,
        }
        for person in people.persons
    ]
    modality = {"in_person": "in-person", "unknown": None}.get(event.mode, event.mode)
    return {
        "main_event": {
            "kind": _KEY_KINDS.get(event.kind, event.kind),
            "modality": modality if event.kind in {"meeting", "call", "visit", "summit"} else None,
            "status": event.lifecycle if event.lifecycle in {"planned", "cancelled"} else "occurred",
            "date": when.value if when else None,
            "duration": duration.value if duration else None,
            "location": place.text if place else None,
            "country": place.country.alpha2 if place and place.country else None,
            "participants": participants,
        },
        "statements": statements,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("keys", nargs="+", type=Path, help="folders of answer keys")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--predictions", type=Path, help="folder of answers named <id>.json")
    source.add_argument("--stages", action="store_true", help="answer with the converter's stages built so far")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)

    pairs = []
    for path in key_files(args.keys):
        key = _load(path)
        if not isinstance(key.get("main_event"), dict):
            raise SystemExit(f"error: {path}: not an answer key (it has no 'main_event' object)")
        if args.stages:
            pairs.append((key, stage_answer(key["text"], key.get("published"))))
            continue
        answer_path = args.predictions / f"{key.get('id', path.stem)}.json"
        if answer_path.is_file():
            pairs.append((key, _load(answer_path)))
        else:
            print(f"warning: no answer {answer_path} for key {path}; scored as empty", file=sys.stderr)
            pairs.append((key, {}))
    report = score(pairs).report()
    print(json.dumps(report, indent=2) if args.json else _table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
