"""A news-event record: one reported event with everything needed to read it alone."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, model_validator
from pydantic.config import JsonDict

from ._base import DateTime, Model, NonEmptyText, PositiveInt, RecordRef, Uri, UriReference
from .article import Article
from .common import Extensions, Provenance
from .entity import Entity
from .event import Event
from .participation import Participation
from .place import Place
from .statement import Statement
from .temporal import TemporalValue

SCHEMA_TITLE = "News-event record"
SCHEMA_DESCRIPTION = (
    "One event reported in the news, self-contained: an envelope (specification version, "
    "identity, producer, version, status), the event, the entities and their participations, "
    "places, temporal values and statements, which refer to each other by local ids, the source "
    "article, provenance and namespaced extensions."
)

SPECVERSION = "1.0"
SPECVERSION_PATTERN = r"^1\.(0|[1-9][0-9]*)$"

RecordStatus = Literal["active", "withdrawn", "superseded", "merged"]
_NEEDS_SUCCESSOR: tuple[str, ...] = ("merged", "superseded")

MINIMAL_RECORD_EXAMPLE: JsonDict = {
    "specversion": SPECVERSION,
    "id": "urn:example:2022-02-10:phone-talks",
    "source": "https://example.org/feeds/asia",
    "version": 1,
    "status": "active",
    "event": {
        "id": "ev",
        "kind": "meeting",
        "mode": "phone",
        "lifecycle": "occurred",
        "factuality": "asserted",
    },
    "article": {"type": "wire", "publisher": "Kyodo News", "published": "2022-02-10"},
}


class Record(Model):
    """A news-event record."""

    specversion: Annotated[str, Field(pattern=SPECVERSION_PATTERN)] = Field(
        description=(
            "Version of this specification the record follows, `MAJOR.MINOR`. The name of this "
            "property never changes; consumers accept any minor version of a major they know."
        ),
        examples=[SPECVERSION],
    )
    id: RecordRef = Field(
        description="The record's identifier, unique for its `source` and stable across versions.",
        examples=["urn:newsevent:kyodo:2022-02-10:defense-ministers-phone-talks"],
    )
    source: UriReference = Field(
        description="URI of the producer of the record (a feed, a tool, an organisation).",
        examples=["https://example.org/newsevent-feeds/kyodo"],
    )
    version: PositiveInt = Field(
        description="The record's version, 1 for the first; a corrected record keeps its `id` and raises it.",
        examples=[1],
    )
    status: RecordStatus = Field(
        description=(
            "`active`; `withdrawn` (retracted, no successor); `superseded` (replaced by the "
            "record named in `superseded_by`); `merged` (a duplicate folded into `superseded_by`)."
        ),
        examples=["active"],
    )
    superseded_by: RecordRef | None = Field(
        default=None, description="The record that replaces this one; required when `superseded` or `merged`."
    )
    supersedes: tuple[RecordRef, ...] | None = Field(default=None, description="Records this one replaces or absorbed.")
    dataschema: Uri | None = Field(
        default=None,
        description="The `$id` of the schema the record follows.",
        examples=["https://newsevent.dev/schemas/1/record.schema.json"],
    )
    created: DateTime | None = Field(
        default=None,
        description="When this version of the record was produced.",
        examples=["2022-02-10T12:00:00Z"],
    )
    title: NonEmptyText | None = Field(default=None, description="A one-line human-readable title of the record.")
    event: Event = Field(description="The event the record reports.")
    entities: tuple[Entity, ...] | None = Field(
        default=None, description="People, organisations, countries and groups the record refers to."
    )
    participations: tuple[Participation, ...] | None = Field(
        default=None, description="Who took part in the event, and how."
    )
    places: tuple[Place, ...] | None = Field(
        default=None, description="Places of the event, of its participants, and places mentioned."
    )
    times: tuple[TemporalValue, ...] | None = Field(
        default=None, description="Dates, times, durations and sets the record refers to."
    )
    statements: tuple[Statement, ...] | None = Field(
        default=None, description="What participants and others said about the event."
    )
    article: Article = Field(description="The source article.")
    provenance: Provenance | None = Field(default=None, description="How the record was produced.")
    extensions: Extensions | None = None

    @model_validator(mode="after")
    def _successor_named(self) -> Record:
        if self.status in _NEEDS_SUCCESSOR and self.superseded_by is None:
            raise ValueError(f"status {self.status!r} requires 'superseded_by'")
        return self

    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"status": {"enum": list(_NEEDS_SUCCESSOR)}}, "required": ["status"]},
            "then": {"properties": {"superseded_by": True}, "required": ["superseded_by"]},
            "examples": [MINIMAL_RECORD_EXAMPLE],
        }
    )
