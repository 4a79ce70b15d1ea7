"""A feed document: records with metadata about the feed that carries them."""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from ._base import DateTime, LanguageTag, Model, NonEmptyText, Uri, UriReference
from .common import Extensions
from .record import MINIMAL_RECORD_EXAMPLE, SPECVERSION, SPECVERSION_PATTERN, Record

SCHEMA_TITLE = "News-event feed"
SCHEMA_DESCRIPTION = (
    "A JSON document carrying news-event records together with metadata about the feed. Feeds "
    "can also be exchanged as JSON Lines, one record per line, without this wrapper."
)


class FeedInfo(Model):
    """Metadata about a feed."""

    id: UriReference = Field(description="The feed's identifier (a URI).", examples=["https://example.org/feeds/asia"])
    title: NonEmptyText | None = Field(default=None, description="The feed's name.", examples=["Asia security events"])
    publisher: NonEmptyText | None = Field(
        default=None, description="Who publishes the feed.", examples=["Example News"]
    )
    description: NonEmptyText | None = Field(default=None, description="What the feed contains.")
    url: Uri | None = Field(default=None, description="Where the feed is published.")
    generated: DateTime | None = Field(
        default=None,
        description="When this copy of the feed was generated.",
        examples=["2022-02-11T00:00:00Z"],
    )
    language: LanguageTag | None = Field(default=None, description="The main language of the records (BCP 47).")

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "https://example.org/feeds/asia",
                    "title": "Asia security events",
                    "generated": "2022-02-11T00:00:00Z",
                }
            ]
        }
    )


class Feed(Model):
    """A feed document."""

    specversion: Annotated[str, Field(pattern=SPECVERSION_PATTERN)] = Field(
        description="Version of this specification the feed follows, `MAJOR.MINOR`.", examples=[SPECVERSION]
    )
    feed: FeedInfo = Field(description="Metadata about the feed.")
    records: tuple[Record, ...] = Field(description="The records, in any order; their ids are unique in the feed.")
    extensions: Extensions | None = None

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "specversion": SPECVERSION,
                    "feed": {"id": "https://example.org/feeds/asia"},
                    "records": [MINIMAL_RECORD_EXAMPLE],
                }
            ]
        }
    )
