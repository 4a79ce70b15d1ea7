"""Entities: the people, organisations, countries and groups a record mentions."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from ._base import LocalId, Model, NonEmptyText
from .common import Country, Evidence, Extensions, Identifier, Provenance

SCHEMA_TITLE = "News-event entity"
SCHEMA_DESCRIPTION = (
    "A person, organisation, country or group named in a news text. What an entity did in the "
    "event (role, title, whom it represented) belongs to a participation, not to the entity."
)

EntityType = Literal["person", "organisation", "country", "group", "other"]


class Entity(Model):
    """A person, organisation, country or group, with its names and identifiers."""

    id: LocalId
    type: EntityType = Field(
        description=(
            "`person`; `organisation` (a ministry, company, party, team, agency); `country` (a "
            'state acting as such); `group` (an unnamed or collective actor, e.g. "protesters"); '
            "`other`."
        ),
        examples=["person"],
    )
    name: NonEmptyText = Field(description="The fullest name the text gives, as written.", examples=["Nobuo Kishi"])
    aliases: tuple[NonEmptyText, ...] | None = Field(
        default=None,
        description="Other names the text uses for the entity (surname, acronym, description).",
        examples=[["Kishi", "the minister"]],
    )
    country: Country | None = Field(
        default=None,
        description=(
            "For a `country`, the country itself; for others, the country they belong to, when the text says."
        ),
    )
    identifiers: tuple[Identifier, ...] | None = Field(
        default=None, description="Identifiers of the entity in other schemes."
    )
    evidence: tuple[Evidence, ...] | None = Field(
        default=None, description="Where the entity is named in the source text."
    )
    provenance: Provenance | None = Field(default=None, description="How the entity was found.")
    extensions: Extensions | None = None

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "ent-kishi",
                    "type": "person",
                    "name": "Nobuo Kishi",
                    "aliases": ["Kishi"],
                    "country": {"iso3166_1_alpha2": "JP"},
                    "identifiers": [{"scheme": "wikidata", "value": "Q3280508"}],
                }
            ]
        }
    )
