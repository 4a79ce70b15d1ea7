"""TempEval-3 scores for temporal expressions: strict and relaxed P/R/F1, type and value accuracy.

As in the official scorer (UzZaman et al. 2013, `TE3-evaluation.py`): gold and predicted
expressions are paired one to one, greedily (identical spans first, then the larger overlap,
then by position); a relaxed match is any pair, a strict match a pair with identical spans;
type and value accuracy are over relaxed matches whose gold attribute is not null, and type or
value F1 is relaxed F1 times that accuracy. Predictions on the document's dateline that overlap
no gold expression are dropped before scoring.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """An expression to score: its offsets and the attributes compared."""

    start: int
    end: int
    type: str | None = None
    value: str | None = None


@dataclass(slots=True)
class Counts:
    """Counts summed over documents (micro average)."""

    docs: int = 0
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_scored: int = 0
    type_correct: int = 0
    value_scored: int = 0
    value_correct: int = 0
    dateline_dropped: int = 0

    def add(self, other: Counts) -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    """TempEval-3 metrics, as fractions from 0 to 1."""

    counts: Counts = field(repr=False)

    def _pr(self, matches: int) -> tuple[float, float, float]:
        counts = self.counts
        if counts.gold == 0 and counts.predicted == 0:
            return 1.0, 1.0, 1.0
        precision = matches / counts.predicted if counts.predicted else 0.0
        recall = matches / counts.gold if counts.gold else 0.0
        return precision, recall, _f1(precision, recall)

    @property
    def strict(self) -> tuple[float, float, float]:
        return self._pr(self.counts.strict)

    @property
    def relaxed(self) -> tuple[float, float, float]:
        return self._pr(self.counts.relaxed)

    @property
    def type_accuracy(self) -> float:
        return self.counts.type_correct / self.counts.type_scored if self.counts.type_scored else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.counts.value_correct / self.counts.value_scored if self.counts.value_scored else 0.0

    @property
    def type_f1(self) -> float:
        return self.relaxed[2] * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed[2] * self.value_accuracy

    def as_dict(self) -> dict[str, Any]:
        strict, relaxed = self.strict, self.relaxed
        return {
            "docs": self.counts.docs, "gold": self.counts.gold, "predicted": self.counts.predicted,
            "strict_precision": strict[0], "strict_recall": strict[1], "strict_f1": strict[2],
            "relaxed_precision": relaxed[0], "relaxed_recall": relaxed[1], "relaxed_f1": relaxed[2],
            "type_accuracy": self.type_accuracy, "type_f1": self.type_f1,
            "value_accuracy": self.value_accuracy, "value_f1": self.value_f1,
        }  # fmt: skip


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_spans(gold: Sequence[Span], predicted: Sequence[Span]) -> list[tuple[Span, Span]]:
    """Pair gold and predicted spans one to one: identical spans first, then larger overlaps."""
    pairs = [(g, p) for g in gold for p in predicted if _overlap(g, p) > 0]
    pairs.sort(key=lambda pair: (
        (pair[0].start, pair[0].end) != (pair[1].start, pair[1].end), -_overlap(*pair), pair[0].start, pair[1].start,
    ))  # fmt: skip
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matched = []
    for g, p in pairs:
        if id(g) in used_gold or id(p) in used_predicted:
            continue
        used_gold.add(id(g))
        used_predicted.add(id(p))
        matched.append((g, p))
    return matched


def _normal(value: str | None) -> str | None:
    return value.strip().upper() if value is not None else None


def score_document(
    gold: Sequence[Span],
    predicted: Iterable[Span],
    *,
    dateline: tuple[int, int] | None = None,
    scored_until: int | None = None,
    unannotated_kinds: frozenset[str] = frozenset(),
) -> Counts:
    """The counts for one document.

    *scored_until* is the offset where the gold annotation stops, for corpora that annotate
    only the start of each document; predictions from there on that overlap no gold expression
    are left unscored, like those on the dateline. *unannotated_kinds* names kinds (see `kind`)
    a corpus never annotates; predictions of those kinds that overlap no gold are unscored too.
    """
    kept = []
    dropped = 0
    for prediction in predicted:
        on_dateline = dateline is not None and _overlap(prediction, Span(*dateline)) > 0
        unannotated = (scored_until is not None and prediction.start >= scored_until) or (
            kind(prediction) in unannotated_kinds
        )
        if (on_dateline or unannotated) and not any(_overlap(prediction, g) for g in gold):
            dropped += 1
            continue
        kept.append(prediction)
    counts = Counts(docs=1, gold=len(gold), predicted=len(kept), dateline_dropped=dropped)
    for g, p in match_spans(gold, kept):
        counts.relaxed += 1
        counts.strict += (g.start, g.end) == (p.start, p.end)
        if g.type is not None:
            counts.type_scored += 1
            counts.type_correct += g.type == p.type
        if g.value is not None:
            counts.value_scored += 1
            counts.value_correct += _normal(g.value) == _normal(p.value)
    return counts


def gold_spans(document: Mapping[str, Any]) -> list[Span]:
    """The gold expressions of a document in the evaluation format (`../shared/eval/dates`)."""
    return [Span(t["start"], t["end"], t.get("type"), t.get("value")) for t in document["timexes"]]


def kind(span: Span) -> str:
    """The kind of an expression for annotation scope: its type, or REF for PAST/PRESENT/FUTURE_REF."""
    return "REF" if (span.value or "").upper().endswith("_REF") else str(span.type)


def annotated_kinds(documents: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The kinds of expression a corpus's gold contains at least once."""
    return frozenset(kind(span) for document in documents for span in gold_spans(document))


def line_end(text: str, lines: int) -> int:
    """The offset just past the first *lines* lines of *text*."""
    position = 0
    for _ in range(lines):
        found = text.find("\n", position)
        if found < 0:
            return len(text)
        position = found + 1
    return position


def annotated_lines(documents: Iterable[Mapping[str, Any]]) -> int:
    """How many leading lines a corpus annotates: one past the last line holding a gold expression."""
    return 1 + max(
        (document["text"][: t["start"]].count("\n") for document in documents for t in document["timexes"]),
        default=0,
    )


def dateline_of(document: Mapping[str, Any]) -> tuple[int, int] | None:
    span = document.get("dct_span")
    return (span["start"], span["end"]) if span else None


ALL_KINDS = frozenset({"DATE", "TIME", "DURATION", "SET", "REF"})


def score_set(
    documents: Sequence[Mapping[str, Any]],
    predict: Callable[[Mapping[str, Any]], Sequence[Span]],
    *,
    annotated_scope: bool = False,
) -> Counts:
    """The summed counts of *predict* over a set of gold documents.

    With *annotated_scope*, the scoring keeps to what the set annotates: predictions after the
    leading lines it annotates (MEANTIME annotates only each article's first six lines: title,
    dateline and four sentences) and predictions of kinds its gold never contains (GUM has no
    durations, sets or PAST/PRESENT/FUTURE_REF) are left unscored when they overlap no gold.
    Without it, every prediction counts, as in the official TempEval-3 scorer.
    """
    lines = annotated_lines(documents) if annotated_scope else None
    unannotated = ALL_KINDS - annotated_kinds(documents) if annotated_scope else frozenset()
    total = Counts()
    for document in documents:
        until = line_end(document["text"], lines) if lines is not None else None
        total.add(
            score_document(
                gold_spans(document),
                predict(document),
                dateline=dateline_of(document),
                scored_until=until,
                unannotated_kinds=unannotated,
            )
        )
    return total
