"""The base model and the constrained scalar types every record model shares.

Each scalar type carries its JSON Schema (pattern, format, bounds) and enforces the same
constraint in Python, so a model and its generated schema accept the same values.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Self

from jsonschema import Draft202012Validator
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    WithJsonSchema,
    model_validator,
)

_FORMAT_CHECKER = Draft202012Validator.FORMAT_CHECKER


def _format(name: str) -> AfterValidator:
    """A validator that applies the same `format` checker the schema validator uses."""

    def check(value: str) -> str:
        if not _FORMAT_CHECKER.conforms(value, name):
            raise ValueError(f"{value!r} is not a {name!r}")
        return value

    return AfterValidator(check)


class Model(BaseModel):
    """Base of every record model: immutable, closed to unknown keys, no explicit nulls.

    The format has no null values: an absent property is left out. Rejecting an explicit
    `null` keeps models and schemas in agreement and makes `to_json` round-trip exactly.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        use_attribute_docstrings=False,
        json_schema_mode_override="validation",
    )

    @model_validator(mode="before")
    @classmethod
    def _reject_nulls(cls, data: Any) -> Any:
        if isinstance(data, dict) and None in data.values():
            nulls = sorted(str(key) for key, value in data.items() if value is None)
            raise ValueError(f"{nulls!r}: null is not allowed; leave the property out")
        return data

    @classmethod
    def of(cls, **fields: Any) -> Self:
        """Build from keyword fields, leaving out those that are None (absent, in the format)."""
        return cls(**{name: value for name, value in fields.items() if value is not None})

    def to_json(self) -> dict[str, Any]:
        """The model as JSON-compatible data, leaving out every absent property."""
        return self.model_dump(mode="json", exclude_none=True)


# Identifiers -----------------------------------------------------------------------------

LOCAL_ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"

LocalId = Annotated[
    str,
    Field(
        pattern=LOCAL_ID_PATTERN,
        description="Identifier of this object, unique within the record (letters, digits, _ . -).",
        examples=["p-kishi", "t1"],
    ),
]
LocalRef = Annotated[
    str,
    Field(
        pattern=LOCAL_ID_PATTERN,
        description="The `id` of another object in the same record.",
        examples=["ent-kishi"],
    ),
]
RecordRef = Annotated[
    str,
    Field(
        min_length=1,
        max_length=512,
        pattern=r"^\S+$",
        description="The `id` of another record (a URI or URN, no whitespace).",
        examples=["urn:newsevent:kyodo:2022-02-10:defense-ministers-phone-talks"],
    ),
]

# Text, numbers and codes -----------------------------------------------------------------

NonEmptyText = Annotated[str, Field(min_length=1)]
LanguageTag = Annotated[
    str,
    Field(
        pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$",
        description="BCP 47 language tag.",
        examples=["en", "ja", "ko-Latn"],
    ),
]


def _whole_float_to_int(value: Any) -> Any:
    """JSON Schema counts 1.0 as an integer; so do the models."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


Confidence = Annotated[float, Strict(), Field(ge=0, le=1)]
Offset = Annotated[int, Strict(), Field(ge=0), BeforeValidator(_whole_float_to_int)]
PositiveInt = Annotated[int, Strict(), Field(ge=1), BeforeValidator(_whole_float_to_int)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Alpha2 = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
Alpha3 = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
Subdivision = Annotated[str, Field(pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$")]
Scheme = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_.-]*$")]

# Dates and addresses ---------------------------------------------------------------------

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DATE_TIME_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"

# Compiled for the checks below; `\Z` is the end of the text, as `$` is in ECMA-262.
_DATE_RE = re.compile(DATE_PATTERN.replace("$", r"\Z"))
_DATE_TIME_RE = re.compile(DATE_TIME_PATTERN.replace("$", r"\Z"))

DateTime = Annotated[
    str,
    Field(pattern=DATE_TIME_PATTERN, json_schema_extra={"format": "date-time"}),
    _format("date-time"),
]
Date = Annotated[
    str,
    Field(pattern=DATE_PATTERN, json_schema_extra={"format": "date"}),
    _format("date"),
]
Uri = Annotated[str, Field(json_schema_extra={"format": "uri"}), _format("uri")]
UriReference = Annotated[
    str, Field(min_length=1, json_schema_extra={"format": "uri-reference"}), _format("uri-reference")
]


def _date_or_date_time(value: str) -> str:
    for pattern, name in ((_DATE_RE, "date"), (_DATE_TIME_RE, "date-time")):
        if pattern.search(value) and _FORMAT_CHECKER.conforms(value, name):
            return value
    raise ValueError(f"{value!r} is neither a 'date' nor a 'date-time'")


DateOrDateTime = Annotated[
    str,
    AfterValidator(_date_or_date_time),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date", "pattern": DATE_PATTERN},
                {"type": "string", "format": "date-time", "pattern": DATE_TIME_PATTERN},
            ]
        }
    ),
]
