"""Pydantic models of news-event records: the single source of truth of the format.

The JSON Schemas in `schemas/` are generated from these models (`validator.models.export`).
Every model is frozen and closed to unknown keys; an optional property is left out, never null.
"""

from .article import Article, Dateline
from .common import Country, Evidence, Identifier, Provenance
from .entity import Entity
from .event import Event, KindCode, RelatedEvent
from .feed import Feed, FeedInfo
from .participation import Participation, Title
from .place import Coordinates, Place
from .record import SPECVERSION, Record
from .statement import Statement
from .temporal import Anchor, Resolution, TemporalValue

__all__ = [
    "SPECVERSION",
    "Anchor",
    "Article",
    "Coordinates",
    "Country",
    "Dateline",
    "Entity",
    "Event",
    "Evidence",
    "Feed",
    "FeedInfo",
    "Identifier",
    "KindCode",
    "Participation",
    "Place",
    "Provenance",
    "Record",
    "RelatedEvent",
    "Resolution",
    "Statement",
    "TemporalValue",
    "Title",
]
