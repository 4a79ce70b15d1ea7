"""Score the temporal engine, and dateparser's `search_dates` beside it, with TempEval-3 metrics.

    python bench/eval_dates.py DATA_DIR... [--annotated-scope] [--json] [--no-baseline] [--errors N]

Each DATA_DIR is a folder of gold documents in the format of `shared/eval/dates/README.md`
(one JSON file per document with `text`, `dct`, `dct_span` and `timexes`), or a folder of such
folders (one set each). The engine gets the document's `dct` as its anchor; without one it
infers the anchor from the text, as it would for a user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from validator.dates import Anchor, find_dates
from validator.dates.scoring import (
    ALL_KINDS,
    Counts,
    Scores,
    Span,
    annotated_kinds,
    annotated_lines,
    dateline_of,
    gold_spans,
    kind,
    line_end,
    match_spans,
    score_set,
)

Predictor = Callable[[dict[str, Any]], list[Span]]


def engine_predictions(document: dict[str, Any]) -> list[Span]:
    anchor = Anchor(date.fromisoformat(document["dct"])) if document.get("dct") else None
    result = find_dates(document["text"], anchor=anchor)
    return [Span(e.start, e.end, e.type, e.value) for e in result.expressions]


def dateparser_predictions(document: dict[str, Any]) -> list[Span]:
    """The baseline of the evaluation README: every hit typed DATE, valued YYYY-MM-DD."""
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if document.get("dct"):
        settings["RELATIVE_BASE"] = datetime.fromisoformat(document["dct"])
    hits = search_dates(document["text"], languages=["en"], settings=settings) or []
    spans = []
    position = 0
    text = document["text"]
    for words, moment in hits:
        start = text.find(words, position)
        if start < 0:
            continue
        position = start + len(words)
        spans.append(Span(start, position, "DATE", moment.date().isoformat()))
    return spans


def _documents(folder: Path) -> Iterator[dict[str, Any]]:
    for path in sorted(folder.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(document, dict) and "timexes" in document:
            yield document


def sets_in(directories: list[Path]) -> dict[str, Path]:
    """The document sets under each directory: the directory itself, or its sub-folders."""
    sets: dict[str, Path] = {}
    for directory in directories:
        if not directory.is_dir():
            raise SystemExit(f"error: {str(directory)!r} is not a folder of gold documents")
        if any(_documents(directory)):
            sets[directory.name] = directory
        for child in sorted(p for p in directory.iterdir() if p.is_dir()):
            if any(_documents(child)):
                sets[child.name] = child
    if not sets:
        raise SystemExit(f"error: no gold documents (JSON with 'timexes') under {[str(d) for d in directories]}")
    return sets


def evaluate(folder: Path, predict: Predictor, errors: list[str] | None = None, *, annotated_scope: bool) -> Counts:
    """The summed counts of *predict* over the documents in *folder* (see `score_set`)."""
    documents = list(_documents(folder))
    predictions = {document["id"]: predict(document) for document in documents}
    counts = score_set(documents, lambda document: predictions[document["id"]], annotated_scope=annotated_scope)
    if errors is not None:
        lines = annotated_lines(documents) if annotated_scope else None
        unannotated = ALL_KINDS - annotated_kinds(documents) if annotated_scope else frozenset()
        for document in documents:
            until = line_end(document["text"], lines) if lines is not None else None
            gold = gold_spans(document)
            scored = [
                p
                for p in predictions[document["id"]]
                if kind(p) not in unannotated or any(_overlaps(p, g) for g in gold)
            ]
            _collect_errors(document, scored, errors, until)
    return counts


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _collect_errors(document: dict[str, Any], predicted: list[Span], errors: list[str], until: int | None) -> None:
    text = document["text"]
    gold = gold_spans(document)
    matched = match_spans(gold, predicted)
    matched_gold = {id(g) for g, _ in matched}
    matched_predicted = {id(p) for _, p in matched}
    for g, p in matched:
        if g.value is not None and (p.value or "").upper() != g.value.upper():
            errors.append(f"{document['id']} VALUE {text[g.start : g.end]!r} gold={g.value} got={p.value}")
    for g in gold:
        if id(g) not in matched_gold:
            errors.append(f"{document['id']} MISS {text[g.start : g.end]!r} gold={g.value}")
    dateline = dateline_of(document)
    for p in predicted:
        on_dateline = dateline is not None and p.start < dateline[1] and dateline[0] < p.end
        unannotated = until is not None and p.start >= until
        if id(p) not in matched_predicted and not on_dateline and not unannotated:
            errors.append(f"{document['id']} EXTRA {text[p.start : p.end]!r} got={p.value}")


def _row(name: str, scores: Scores) -> str:
    c = scores.counts
    s, r = scores.strict, scores.relaxed
    cells = [*s, *r, scores.type_accuracy, scores.type_f1, scores.value_accuracy, scores.value_f1]
    numbers = " ".join(f"{100 * x:6.2f}" for x in cells)
    return f"{name:<26} {c.docs:>4} {c.gold:>5} {c.predicted:>5} | {numbers}"


HEADER = (
    f"{'set':<26} {'docs':>4} {'gold':>5} {'pred':>5} |    S-P    S-R   S-F1    R-P    R-R   R-F1 "
    " TypeAc TypeF1  ValAc  ValF1"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dirs", nargs="+", type=Path, metavar="DATA_DIR")
    parser.add_argument("--json", action="store_true", help="print every metric as JSON")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser's search_dates")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list the engine's first N errors")
    parser.add_argument(
        "--annotated-scope",
        action="store_true",
        help="score only what each set annotates: its leading lines (MEANTIME: 6) and its kinds of expression",
    )
    options = parser.parse_args(argv)
    systems: dict[str, Predictor] = {"newsevent": engine_predictions}
    if not options.no_baseline:
        systems["dateparser.search_dates"] = dateparser_predictions
    sets = sets_in(options.data_dirs)
    report: dict[str, dict[str, Any]] = {}
    errors: list[str] = []
    for system, predict in systems.items():
        overall = Counts()
        report[system] = {}
        for name, folder in sets.items():
            collect = errors if system == "newsevent" and options.errors else None
            counts = evaluate(folder, predict, collect, annotated_scope=options.annotated_scope)
            overall.add(counts)
            report[system][name] = Scores(counts)
        report[system]["OVERALL"] = Scores(overall)
    if options.json:
        print(json.dumps({s: {n: v.as_dict() for n, v in r.items()} for s, r in report.items()}, indent=2))
    else:
        for system, rows in report.items():
            print(f"\n{system}\n{HEADER}\n{'-' * len(HEADER)}")
            for name, scores in rows.items():
                print(_row(name, scores))
        for line in errors[: options.errors]:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
