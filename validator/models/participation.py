"""Participations: who took part in the event, in what role, title and capacity."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from ._base import LanguageTag, LocalId, LocalRef, Model, NonEmptyText
from .common import Country, Evidence, Extensions, Provenance

SCHEMA_TITLE = "News-event participation"
SCHEMA_DESCRIPTION = (
    "How an entity took part in the record's event: its role, its title as written and "
    "normalised, the organisation it acted for, the country it represented, how it attended "
    "and where it was."
)

Role = Literal[
    "participant",
    "organiser",
    "host",
    "guest",
    "chair",
    "speaker",
    "observer",
    "agent",
    "target",
    "subject",
    "winner",
    "candidate",
]
Attendance = Literal["in_person", "phone", "video", "written", "remote", "unknown"]


class Title(Model):
    """A title or office, as written in the text and in a normalised form."""

    as_written: NonEmptyText = Field(
        description="The title exactly as the text gives it.", examples=["Japanese Defense Minister"]
    )
    normalised: NonEmptyText | None = Field(
        default=None,
        description="The office alone, without nationality or organisation, in title case.",
        examples=["Defense Minister"],
    )
    language: LanguageTag | None = Field(
        default=None, description="Language of the title (BCP 47), when not the article's.", examples=["en"]
    )

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"as_written": "U.S. Defense Secretary", "normalised": "Defense Secretary"}]}
    )


class Participation(Model):
    """One entity's part in the record's event."""

    id: LocalId
    entity: LocalRef = Field(description="The `id` of the entity taking part.", examples=["ent-kishi"])
    role: Role = Field(
        description=(
            "`participant` (takes part, e.g. one side of talks); `organiser`; `host`; `guest` "
            "(visits a host); `chair`; `speaker` (addresses the event); `observer`; `agent` (the "
            "actor who did it: launched, attacked, announced); `target` (acted upon); `subject` "
            "(what the event is about); `winner` (of an award or contest); `candidate` (in an "
            "election or contest)."
        ),
        examples=["participant"],
    )
    title: Title | None = Field(default=None, description="The title under which the entity took part.")
    organisation: LocalRef | None = Field(
        default=None,
        description="The `id` of the organisation entity the participant acted for.",
        examples=["ent-jmod"],
    )
    represents: Country | None = Field(default=None, description="The country the participant represented.")
    attendance: Attendance | None = Field(
        default=None,
        description=(
            "How the participant attended: `in_person`, `phone`, `video`, `written`, `remote` "
            "(remotely, means not stated) or `unknown`."
        ),
        examples=["phone"],
    )
    location: LocalRef | None = Field(
        default=None,
        description="The `id` of the place where the participant was (for remote events, each has its own).",
        examples=["pl-jmod-tokyo"],
    )
    evidence: tuple[Evidence, ...] | None = Field(
        default=None, description="Where the participation is stated in the source text."
    )
    provenance: Provenance | None = Field(default=None, description="How the participation was found.")
    extensions: Extensions | None = None

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "p-kishi",
                    "entity": "ent-kishi",
                    "role": "participant",
                    "title": {"as_written": "Japanese Defense Minister", "normalised": "Defense Minister"},
                    "organisation": "ent-jmod",
                    "represents": {"iso3166_1_alpha2": "JP", "iso3166_1_alpha3": "JPN", "name": "Japan"},
                    "attendance": "phone",
                    "location": "pl-jmod-tokyo",
                }
            ]
        }
    )
