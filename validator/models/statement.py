"""Statements: who said what, in direct or reported speech, through which channel."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from ._base import LanguageTag, LocalId, LocalRef, Model, NonEmptyText
from .common import Evidence, Extensions, Provenance

SCHEMA_TITLE = "News-event statement"
SCHEMA_DESCRIPTION = (
    "Something a participant or entity said, as the news text reports it: the speaker, the "
    "words, whether they are quoted directly or reported, the reporting verb, the channel, and "
    "who relayed the words."
)

SpeechMode = Literal["direct", "reported", "mixed"]
Channel = Literal[
    "press_conference",
    "statement",
    "press_release",
    "social_media_post",
    "interview",
    "speech",
    "call",
    "meeting_remarks",
    "briefing",
    "publication",
    "unknown",
]


class Statement(Model):
    """Words attributed to a speaker."""

    id: LocalId
    speaker: LocalRef = Field(description="The `id` of the speaking participation or entity.", examples=["p-austin"])
    text: NonEmptyText = Field(
        description=(
            "For direct speech, the words inside the quotation marks exactly as printed (the pieces of "
            "a quotation its attribution interrupts joined by an ellipsis between spaces, ' \u2026 '); "
            "for reported speech, the reported clause."
        ),
        examples=["ironclad"],
    )
    mode: SpeechMode = Field(
        description=(
            "`direct` (quoted words), `reported` (indirect speech) or `mixed` (a quoted fragment "
            "inside a reported clause; `text` is then the quoted fragment)."
        ),
        examples=["direct"],
    )
    reporting_verb: NonEmptyText | None = Field(
        default=None, description="The verb that introduces the words, as written.", examples=["said"]
    )
    attribution: NonEmptyText | None = Field(
        default=None,
        description="The attribution as written, when more than a verb.",
        examples=["was quoted by the South Korean Defense Ministry as condemning"],
    )
    channel: Channel = Field(
        description=(
            "How the words were delivered: `press_conference`, `statement` (a formal statement), "
            "`press_release`, `social_media_post`, `interview` (to a reporter or outlet), `speech` "
            "(to an audience), `call` or `meeting_remarks` (in a phone call or meeting), "
            "`briefing`, `publication` (an article, report, letter or website), or `unknown`."
        ),
        examples=["social_media_post"],
    )
    platform: NonEmptyText | None = Field(
        default=None, description="The platform or outlet of the channel, as written.", examples=["Twitter"]
    )
    relayed_by: LocalRef | None = Field(
        default=None,
        description="The `id` of the entity through which the words reached the reporter.",
        examples=["ent-kmnd"],
    )
    language: LanguageTag | None = Field(
        default=None, description="Language of `text` (BCP 47), when not the article's.", examples=["en"]
    )
    time: LocalRef | None = Field(
        default=None,
        description="The `id` of the temporal value saying when the words were said.",
        examples=["t-thursday"],
    )
    evidence: tuple[Evidence, ...] | None = Field(
        default=None, description="Where the statement stands in the source text."
    )
    provenance: Provenance | None = Field(default=None, description="How the statement was found.")
    extensions: Extensions | None = None

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "s-austin-ironclad",
                    "speaker": "p-austin",
                    "text": "ironclad",
                    "mode": "mixed",
                    "reporting_verb": "assure",
                    "attribution": "took to Twitter to assure allies that",
                    "channel": "social_media_post",
                    "platform": "Twitter",
                }
            ]
        }
    )
