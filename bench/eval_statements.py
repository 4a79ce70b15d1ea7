"""Score the converter's statements against attribution gold (PolNeAR's format) with its own scorer.

    python bench/eval_statements.py STATEMENTS_DIR [--split dev] [--jobs 2] [--keep DIR] [--json]

STATEMENTS_DIR is a folder such as `shared/eval/statements/`: a split folder (`dev/`, `train/`) of
one JSON document per article (`id`, `text`, `published`, `attributions`) and the scorer
`score_statements.py` beside it. Each article's text is converted as `newsevent convert` would
(with its publication date), and every statement of the main record becomes a prediction: the
span of its evidence (the words said, from the first piece to the last of a quotation its
attribution interrupts, as the gold annotates one), its speaker's name and whether it is direct
(`direct` or `mixed`).
The predictions are written to a temporary folder (or to `--keep DIR`) and the folder's own scorer
scores them; its report is printed as it is.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any


def predictions(document: dict[str, Any]) -> dict[str, Any]:
    """The statements the converter finds in one gold document, in the scorer's shape."""
    from validator.convert import Article, ConversionError, convert

    article = Article(
        document["text"], document["id"], published=document.get("published"), title=document.get("title")
    )
    try:
        records = convert(article)
    except ConversionError as error:
        print(f"warning: {error}; scored as empty", file=sys.stderr)
        return {"statements": []}
    main = records[0].to_json()
    names = {entity["id"]: entity["name"] for entity in main.get("entities", ())}
    names |= {p["id"]: names.get(p["entity"], "") for p in main.get("participations", ())}
    found = []
    for statement in main.get("statements", ()):
        pieces = statement.get("evidence") or ()
        if not pieces:
            continue
        found.append(
            {
                "start": min(piece["start"] for piece in pieces),
                "end": max(piece["end"] for piece in pieces),
                "speaker": names.get(statement["speaker"], ""),
                "direct": statement["mode"] != "reported",
            }
        )
    return {"statements": found}


def _predict(path: Path) -> tuple[str, dict[str, Any]]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return document["id"], predictions(document)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the statements folder (split folders and score_statements.py)")
    parser.add_argument("--split", default="dev", help="the split folder to score (default: dev)")
    parser.add_argument("--jobs", type=int, default=2, help="processes converting articles (default: 2)")
    parser.add_argument("--keep", type=Path, help="write the predictions to this folder and keep them")
    parser.add_argument("--json", action="store_true", help="print the scorer's report as JSON")
    args = parser.parse_args(argv)

    gold = args.data / args.split
    scorer = args.data / "score_statements.py"
    if not gold.is_dir():
        raise SystemExit(f"error: {gold}: not a folder of gold documents; give the statements folder and --split")
    if not scorer.is_file():
        raise SystemExit(f"error: {scorer}: the scorer is missing; give the statements folder that holds it")
    paths = sorted(path for path in gold.glob("*.json") if not path.name.endswith(".manifest.json"))
    if not paths:
        raise SystemExit(f"error: {gold}: holds no gold documents (*.json)")
    with tempfile.TemporaryDirectory() as scratch:
        out = args.keep or Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        with ProcessPoolExecutor(max(1, args.jobs)) as pool:
            for doc_id, predicted in pool.map(_predict, paths, chunksize=4):
                (out / f"{doc_id}.json").write_text(json.dumps(predicted), encoding="utf-8")
        command = [sys.executable, str(scorer), str(gold), str(out), *(["--json"] if args.json else [])]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
