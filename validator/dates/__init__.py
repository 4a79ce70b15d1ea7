"""The temporal engine: find every temporal expression in a news text and normalise it."""

from .anchor import Anchor, AnchorError, AnchorInference, infer_anchor
from .engine import DateResult, DatesError, TemporalExpression, find_dates

__all__ = [
    "Anchor",
    "AnchorError",
    "AnchorInference",
    "DateResult",
    "DatesError",
    "TemporalExpression",
    "find_dates",
    "infer_anchor",
]
