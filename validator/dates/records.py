"""Temporal expressions as the format's temporal values (`validator.models.TemporalValue`)."""

from __future__ import annotations

from .._version import __version__
from ..models import Anchor as AnchorModel
from ..models import Evidence, Provenance, Resolution, TemporalValue
from .engine import DateResult, TemporalExpression

TOOL = "newsevent"


def temporal_id(index: int) -> str:
    """The local id given to the expression at *index* of a result."""
    return f"t{index + 1}"


def _anchor(expression: TemporalExpression, result: DateResult) -> AnchorModel:
    if expression.anchor == "temporal" and expression.anchor_index is not None:
        return AnchorModel.of(type="temporal", ref=temporal_id(expression.anchor_index))
    if expression.anchor == "publication" and result.anchor is not None:
        return AnchorModel.of(type="publication", value=result.anchor.date.isoformat())
    return AnchorModel.of(type="none")


def temporal_value(expression: TemporalExpression, index: int, result: DateResult) -> TemporalValue:
    """The temporal value of the expression at *index* of *result*, with evidence and provenance."""
    qualifiers = list(expression.qualifiers)
    if result.anchor is not None and result.anchor.inferred and expression.anchor == "publication":
        qualifiers.append("inferred")
    return TemporalValue.of(
        id=temporal_id(index),
        text=expression.text,
        type=expression.type,
        value=expression.value,
        mod=expression.mod,
        quant=expression.quant,
        freq=expression.freq,
        precision=expression.precision,
        earliest=expression.earliest.isoformat() if expression.earliest else None,
        latest=expression.latest.isoformat() if expression.latest else None,
        timezone=expression.timezone,
        anchor=_anchor(expression, result),
        qualifiers=tuple(qualifiers) or None,
        resolution=Resolution.of(rule=expression.rule, reason=expression.reason),
        evidence=(Evidence(start=expression.start, end=expression.end, text=expression.text),),
        provenance=Provenance.of(method="rule", tool=TOOL, version=__version__, rule=expression.rule),
    )


def temporal_values(result: DateResult) -> tuple[TemporalValue, ...]:
    """Every expression of *result* as a temporal value, ids `t1`, `t2`, ... in text order."""
    return tuple(temporal_value(expression, index, result) for index, expression in enumerate(result.expressions))
