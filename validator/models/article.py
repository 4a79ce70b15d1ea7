"""The source article a record was taken from, with what is needed to check its evidence."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, Strict

from ._base import (
    DateOrDateTime,
    DateTime,
    LanguageTag,
    LocalRef,
    Model,
    NonEmptyText,
    Sha256,
    Uri,
)
from .common import Identifier

SCHEMA_TITLE = "News-event source article"
SCHEMA_DESCRIPTION = (
    "The news article (or wire story, press release, post, transcript) a record was taken from: "
    "publisher, headline, address, dateline, publication time, language, and optionally its full "
    "text with a SHA-256 hash, against which every evidence span can be checked."
)

ArticleType = Literal["article", "wire", "press_release", "post", "transcript", "broadcast", "other"]


class Dateline(Model):
    """The dateline of an article: where (and when) it was filed."""

    text: NonEmptyText = Field(description="The dateline as printed.", examples=["TOKYO, Feb. 10 (Kyodo) --"])
    place: LocalRef | None = Field(
        default=None, description="The `id` of the dateline place.", examples=["pl-dateline"]
    )

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"text": "TOKYO, Feb. 10 (Kyodo) --", "place": "pl-tokyo"}]}
    )


class Article(Model):
    """The source of a record."""

    type: ArticleType = Field(
        description=(
            "`article` (a news article), `wire` (an agency story), `press_release`, `post` (a "
            "social media or blog post), `transcript`, `broadcast` or `other`."
        ),
        examples=["wire"],
    )
    headline: NonEmptyText | None = Field(
        default=None,
        description="The headline as published.",
        examples=["Japan, U.S., S. Korea defense chiefs agree to cooperate on N. Korea threat"],
    )
    publisher: NonEmptyText | None = Field(
        default=None, description="Who published the article.", examples=["Kyodo News"]
    )
    agency: NonEmptyText | None = Field(
        default=None,
        description="The news agency the story came from, when not the publisher.",
        examples=["Kyodo"],
    )
    byline: NonEmptyText | None = Field(default=None, description="The author or authors as credited.")
    url: Uri | None = Field(
        default=None,
        description="Where the article was published.",
        examples=["https://english.kyodonews.net/"],
    )
    identifiers: tuple[Identifier, ...] | None = Field(
        default=None,
        description="The article's identifiers in other schemes (a ninjs `uri`, a GUM document name).",
    )
    dateline: Dateline | None = Field(default=None, description="The article's dateline.")
    published: DateOrDateTime | None = Field(
        default=None,
        description=(
            "When the article was published: a date, or a date-time with an offset. It is the "
            "anchor of the article's relative dates."
        ),
        examples=["2022-02-10", "2022-02-10T18:42:00+09:00"],
    )
    published_inferred: Annotated[bool, Strict()] | None = Field(
        default=None,
        description="`true` when `published` was inferred from the text rather than given by metadata.",
        examples=[True],
    )
    retrieved: DateTime | None = Field(
        default=None, description="When the article was retrieved.", examples=["2022-02-11T03:00:00Z"]
    )
    language: LanguageTag | None = Field(default=None, description="The article's language (BCP 47).", examples=["en"])
    text: NonEmptyText | None = Field(
        default=None,
        description="The article's full text, exactly as processed; evidence offsets index into it.",
    )
    text_sha256: Sha256 | None = Field(
        default=None,
        description=(
            "SHA-256 of the article's text encoded as UTF-8, in lower-case hex; it pins the text "
            "that evidence offsets refer to."
        ),
        examples=["8d3ec2f0a8f4b35a3b8b9a0f7b0c3f1a4e5d6c7b8a9f0e1d2c3b4a5968778695"],
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "wire",
                    "publisher": "Kyodo News",
                    "agency": "Kyodo",
                    "published": "2022-02-10",
                    "published_inferred": True,
                    "language": "en",
                }
            ]
        }
    )
