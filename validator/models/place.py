"""Places: where the event happened, where participants were, and places only mentioned."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, Strict

from ._base import LocalId, LocalRef, Model, NonEmptyText, Subdivision
from .common import Country, Evidence, Extensions, Identifier, Provenance

SCHEMA_TITLE = "News-event place"
SCHEMA_DESCRIPTION = (
    "A place named in a news text, with the role it plays for the record's event, its ISO 3166 "
    "country and subdivision codes, optional coordinates and gazetteer identifiers, and the "
    "precision of the location."
)

PlaceRole = Literal["venue", "event_area", "participant_location", "dateline", "mentioned"]
PlacePrecision = Literal["point", "venue", "city", "admin2", "admin1", "country", "region"]


class Coordinates(Model):
    """A WGS 84 point."""

    latitude: Annotated[float, Strict(), Field(ge=-90, le=90)] = Field(
        description="Latitude in decimal degrees (WGS 84).", examples=[35.6929]
    )
    longitude: Annotated[float, Strict(), Field(ge=-180, le=180)] = Field(
        description="Longitude in decimal degrees (WGS 84).", examples=[139.7276]
    )

    model_config = ConfigDict(json_schema_extra={"examples": [{"latitude": 35.6929, "longitude": 139.7276}]})


class Place(Model):
    """A place and the role it plays for the event."""

    id: LocalId
    name: NonEmptyText = Field(description="The place's name as written.", examples=["Tokyo"])
    role: PlaceRole = Field(
        description=(
            "`venue` (where the event took place); `event_area` (a wider area it took place in); "
            "`participant_location` (where one participant was, for remote events); `dateline` "
            "(where the article was filed); `mentioned` (named, but not where anything happened)."
        ),
        examples=["venue"],
    )
    within: LocalRef | None = Field(
        default=None,
        description="The `id` of a larger place this one lies in (a ministry within a city).",
        examples=["pl-tokyo"],
    )
    country: Country | None = Field(default=None, description="The country the place lies in.")
    subdivision: Subdivision | None = Field(
        default=None, description="ISO 3166-2 code of the subdivision the place lies in.", examples=["US-HI"]
    )
    precision: PlacePrecision | None = Field(
        default=None,
        description=(
            "How exact the location is: `point`, `venue` (a building or site), `city`, `admin2` "
            "(a county or district), `admin1` (a state or province), `country`, `region` (larger "
            "than a country)."
        ),
        examples=["city"],
    )
    coordinates: Coordinates | None = Field(default=None, description="A representative point.")
    identifiers: tuple[Identifier, ...] | None = Field(
        default=None, description="Gazetteer identifiers (GeoNames, Wikidata)."
    )
    evidence: tuple[Evidence, ...] | None = Field(
        default=None, description="Where the place is named in the source text."
    )
    provenance: Provenance | None = Field(default=None, description="How the place was found.")
    extensions: Extensions | None = None

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "pl-hawaii",
                    "name": "Hawaii",
                    "role": "venue",
                    "country": {"iso3166_1_alpha2": "US"},
                    "subdivision": "US-HI",
                    "precision": "admin1",
                    "identifiers": [{"scheme": "geonames", "value": "5855797"}],
                }
            ]
        }
    )
