"""Renderings of a date result for people (text) and programs (JSON)."""

from __future__ import annotations

from typing import Any

from .engine import DateResult, TemporalExpression


def expression_json(expression: TemporalExpression) -> dict[str, Any]:
    """One expression as JSON data; absent values are left out, `mod` only when there is one."""
    data: dict[str, Any] = {
        "start": expression.start,
        "end": expression.end,
        "text": expression.text,
        "type": expression.type,
        "value": expression.value,
        "mod": expression.mod,
        "precision": expression.precision,
        "earliest": expression.earliest.isoformat() if expression.earliest else None,
        "latest": expression.latest.isoformat() if expression.latest else None,
        "timezone": expression.timezone,
        "quant": expression.quant,
        "freq": expression.freq,
        "anchor": expression.anchor,
        "anchor_value": expression.anchor_value,
        "anchor_index": expression.anchor_index,
        "rule": expression.rule,
        "reason": expression.reason,
        "qualifiers": list(expression.qualifiers) or None,
    }
    required = {"start", "end", "text", "type", "value", "precision", "earliest", "latest"}
    return {key: value for key, value in data.items() if value is not None or key in required}


def result_json(result: DateResult) -> list[dict[str, Any]]:
    return [expression_json(expression) for expression in result.expressions]


def result_text(result: DateResult) -> str:
    """A line for the anchor, then a line per expression."""
    if result.anchor is None:
        lines = [f"anchor: none ({result.anchor_reason}); relative expressions are left unresolved"]
    else:
        how = "inferred" if result.anchor.inferred else "given"
        lines = [f"anchor: {result.anchor.date.isoformat()} ({how}: {result.anchor_reason})"]
    for e in result.expressions:
        bounds = f"  {e.earliest.isoformat() if e.earliest else '…'} .. {e.latest.isoformat() if e.latest else '…'}"
        mod = f" {e.mod}" if e.mod else ""
        precision = f" [{e.precision}]" if e.precision else ""
        has_bounds = e.earliest is not None or e.latest is not None
        lines.append(
            f"{e.start:>6}-{e.end:<6} {e.text!r:<32} {e.type:<8} {e.value}{mod}{precision}"
            f"{bounds if has_bounds else ''}  ({e.rule}: {e.reason or ''})"
        )
    return "\n".join(lines)
