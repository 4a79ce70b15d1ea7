"""Building blocks shared by every part of a record: evidence, provenance, codes, extensions."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, WithJsonSchema

from ._base import (
    Alpha2,
    Alpha3,
    Confidence,
    DateTime,
    Model,
    NonEmptyText,
    Offset,
    Scheme,
)

SCHEMA_TITLE = "News-event common definitions"
SCHEMA_DESCRIPTION = (
    "Definitions shared by the news-event schemas: evidence pointing into the source text, "
    "provenance of extracted values, ISO 3166 country codes, external identifiers and the "
    "namespaced extensions object."
)

EXTENSION_NAMESPACE_PATTERN = r"^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$"

ExtensionNamespace = Annotated[str, Field(pattern=EXTENSION_NAMESPACE_PATTERN)]

Extensions = Annotated[
    dict[ExtensionNamespace, dict[str, Any]],
    WithJsonSchema(
        {
            "type": "object",
            "description": (
                "Producer data outside the core format. Each key is a reverse-DNS namespace the "
                "producer controls (e.g. `com.example.newsroom`); each value is an object the "
                "producer defines. The core itself is closed: unknown keys elsewhere are errors."
            ),
            "propertyNames": {"pattern": EXTENSION_NAMESPACE_PATTERN},
            "additionalProperties": {"type": "object"},
            "examples": [{"com.example.newsroom": {"desk": "Asia-Pacific"}}],
        }
    ),
]


class Evidence(Model):
    """A span of the source article's text that supports a value."""

    start: Offset = Field(
        description=("Offset of the first character of the span in the article text (in Unicode code points, from 0)."),
        examples=[289],
    )
    end: Offset = Field(
        description="Offset just past the last character of the span (exclusive).",
        examples=[300],
    )
    text: NonEmptyText = Field(
        description="The exact text of the span, so the evidence can be checked and re-anchored.",
        examples=["Nobuo Kishi"],
    )

    model_config = ConfigDict(json_schema_extra={"examples": [{"start": 289, "end": 300, "text": "Nobuo Kishi"}]})


Method = Literal["manual", "rule", "statistical", "hybrid", "inferred", "imported", "normalised"]


class Provenance(Model):
    """How a value was produced: by which tool and version, by which method, with what confidence."""

    method: Method = Field(
        description=(
            "How the value was obtained: `manual` (written by a person), `rule` (a deterministic "
            "rule), `statistical` (a trained model), `hybrid` (rules over a model's output), "
            "`inferred` (derived from other values, not stated in the text), `imported` (copied "
            "from another data set) or `normalised` (rewritten into the format's form from a "
            "value that was already there)."
        ),
        examples=["rule"],
    )
    tool: NonEmptyText | None = Field(
        default=None,
        description="Name of the tool or person that produced the value.",
        examples=["newsevent"],
    )
    version: NonEmptyText | None = Field(default=None, description="Version of the tool.", examples=["0.1.0"])
    rule: NonEmptyText | None = Field(
        default=None,
        description="Name of the rule, model or gazetteer that produced the value.",
        examples=["dates.weekday.most-recent"],
    )
    confidence: Confidence | None = Field(
        default=None,
        description="Confidence in the value, from 0 (none) to 1 (certain).",
        examples=[0.9],
    )
    created: DateTime | None = Field(
        default=None,
        description="When the value was produced (RFC 3339 with an offset).",
        examples=["2022-02-10T12:00:00Z"],
    )
    note: NonEmptyText | None = Field(
        default=None,
        description="Why the value is what it is, in words, where the method alone does not say.",
        examples=["publication date inferred from 'said Thursday' and the caption date"],
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "method": "rule",
                    "tool": "newsevent",
                    "version": "0.1.0",
                    "rule": "titles.gazetteer",
                    "confidence": 0.9,
                }
            ]
        }
    )


class Country(Model):
    """A country, named by ISO 3166-1 codes."""

    iso3166_1_alpha2: Alpha2 = Field(
        description="ISO 3166-1 alpha-2 code (user-assigned `XK` for Kosovo is accepted).",
        examples=["JP"],
    )
    iso3166_1_alpha3: Alpha3 | None = Field(
        default=None,
        description="ISO 3166-1 alpha-3 code, when given it must match the alpha-2 code.",
        examples=["JPN"],
    )
    name: NonEmptyText | None = Field(default=None, description="The country's short English name.", examples=["Japan"])

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"iso3166_1_alpha2": "KR", "iso3166_1_alpha3": "KOR", "name": "South Korea"}]}
    )


class Identifier(Model):
    """An identifier of an object in another scheme (Wikidata, GeoNames, CAMEO, ...)."""

    scheme: Scheme = Field(
        description="The identifier scheme, lower case (e.g. `wikidata`, `geonames`, `lei`).",
        examples=["wikidata"],
    )
    value: NonEmptyText = Field(description="The identifier within its scheme.", examples=["Q3280508"])

    model_config = ConfigDict(json_schema_extra={"examples": [{"scheme": "wikidata", "value": "Q3280508"}]})
