"""Temporal values: a date, time, duration or set as written, normalised and bounded."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from ._base import (
    DateOrDateTime,
    DateTime,
    LanguageTag,
    LocalId,
    LocalRef,
    Model,
    NonEmptyText,
)
from .common import Evidence, Extensions, Provenance

SCHEMA_TITLE = "News-event temporal value"
SCHEMA_DESCRIPTION = (
    "A temporal expression from a news text (a date, time, duration or set), kept with the words "
    "it came from, the anchor it was resolved against, a TIMEX3-style value and mod, a named "
    "precision, explicit earliest/latest bounds and the time zone of the resolution."
)

# TIMEX3 values (TimeML 1.2.1): calendar dates with X for unknown digits, ISO weeks, seasons,
# quarters and halves, decades ("201" = the 2010s), centuries ("19" = the 1900s) and
# millennia ("2" = 2000-2999), times of day, durations and the
# reference words. The grammar is checked here; agreement with `precision` is a semantic rule.
_NUM = r"(?:[0-9]+(?:\.[0-9]+)?|X)"
_DATE = (
    r"(?:[0-9X]{4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{2}(?:-(?:[1-7X]|WE))?"
    r"|SP|SU|FA|WI|Q[1-4X]|H[12X]))?|[0-9]{1,3}X?)"
)
_TIME = (
    r"(?:T(?:[0-9]{2}(?::[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?|MO|MI|AF|EV|NI|DT)"
    r"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)"
)
_DURATION = (
    rf"(?:P(?:{_NUM}(?:Y|M|W|D|Q|H|DE|CE|ML|WE|SP|SU|FA|WI))+(?:T(?:{_NUM}[HMS])+)?"
    rf"|PT(?:{_NUM}[HMS])+)"
)
TIMEX3_VALUE_PATTERN = rf"^(?:{_DATE}{_TIME}?|{_TIME}|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF)$"

Timex3Type = Literal["DATE", "TIME", "DURATION", "SET"]
Timex3Mod = Literal[
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
]
Precision = Literal[
    "millennium",
    "century",
    "decade",
    "year",
    "half_year",
    "quarter",
    "season",
    "month",
    "month_part",
    "week",
    "day",
    "part_of_day",
    "hour",
    "minute",
    "second",
]
Qualifier = Literal["approximate", "uncertain", "inferred", "capped_by_anchor", "unresolved"]
AnchorType = Literal["publication", "temporal", "event", "none"]


class Anchor(Model):
    """What a relative or partial expression was resolved against."""

    type: AnchorType = Field(
        description=(
            "`publication`: the article's publication date; `temporal`: another temporal value "
            'of the record (`ref`), as in "early that same month"; `event`: the time of the '
            "record's event; `none`: the expression needs no anchor, or none could be found "
            "(then the value is left unresolved and `resolution.reason` says why)."
        ),
        examples=["publication"],
    )
    ref: LocalRef | None = Field(
        default=None,
        description="The `id` of the temporal value anchored to (for `temporal`).",
        examples=["t1"],
    )
    value: DateOrDateTime | None = Field(
        default=None,
        description="The anchor's own date or date-time, copied so the resolution can be checked alone.",
        examples=["2022-02-10"],
    )

    model_config = ConfigDict(json_schema_extra={"examples": [{"type": "publication", "value": "2022-02-10"}]})


class Resolution(Model):
    """Which rule turned the words into the value, and why."""

    rule: NonEmptyText = Field(
        description="Name of the rule that produced the value.", examples=["weekday.most-recent-up-to-anchor"]
    )
    reason: NonEmptyText | None = Field(
        default=None,
        description="The rule's reasoning in words, or why the value could not be resolved.",
        examples=["past tense: the most recent Thursday up to the publication date"],
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "rule": "weekday.most-recent-up-to-anchor",
                    "reason": "past tense: the most recent Thursday up to the publication date",
                }
            ]
        }
    )


class TemporalValue(Model):
    """A temporal expression: the words as written and their normalised, bounded value."""

    id: LocalId
    text: NonEmptyText = Field(description="The expression exactly as written in the source.", examples=["mid-January"])
    language: LanguageTag | None = Field(
        default=None, description="Language of `text` (BCP 47), when not the article's.", examples=["en"]
    )
    type: Timex3Type = Field(
        description=(
            "TIMEX3 type: `DATE` (a calendar date or period), `TIME` (a time of day, with or "
            "without a date), `DURATION` (a length of time) or `SET` (a recurrence)."
        ),
        examples=["DATE"],
    )
    value: Annotated[str, Field(pattern=TIMEX3_VALUE_PATTERN)] = Field(
        description=(
            "TIMEX3 value: `2022-02-10`, `2022-01`, `2022-W06`, `2019-SU`, `2022-Q1`, "
            "`2022-02-10T18:00+09:00`, `PT30M`, `P5Y`; `X` marks a digit the text does not give "
            '(an unresolved "Thursday" is `XXXX-WXX-4`).'
        ),
        examples=["2022-01"],
    )
    mod: Timex3Mod | None = Field(
        default=None,
        description=(
            "TIMEX3 mod: `START`, `MID` or `END` for early, mid or late parts of a period; "
            '`APPROX` for "about"; `BEFORE`, `AFTER`, `ON_OR_BEFORE`, `ON_OR_AFTER` for open '
            "bounds; `LESS_THAN`, `MORE_THAN`, `EQUAL_OR_LESS`, `EQUAL_OR_MORE` for durations."
        ),
        examples=["MID"],
    )
    quant: NonEmptyText | None = Field(
        default=None, description="For a `SET`: the TIMEX3 quantifier, e.g. `EVERY`.", examples=["EVERY"]
    )
    freq: NonEmptyText | None = Field(
        default=None,
        description="For a `SET`: the TIMEX3 frequency, e.g. `1X` (once per period).",
        examples=["1X"],
    )
    precision: Precision | None = Field(
        default=None,
        description=(
            "The finest unit the text supports; never finer than the words. `month_part` is an "
            "early, mid or late part of a month (days 1-10, 11-20, 21 to the end)."
        ),
        examples=["month_part"],
    )
    earliest: DateTime | None = Field(
        default=None,
        description="The earliest instant the expression admits (inclusive, RFC 3339 with an offset).",
        examples=["2022-01-11T00:00:00+09:00"],
    )
    latest: DateTime | None = Field(
        default=None,
        description="The latest instant the expression admits (inclusive, RFC 3339 with an offset).",
        examples=["2022-01-20T23:59:59+09:00"],
    )
    timezone: Annotated[str, Field(pattern=r"^(UTC|[A-Za-z]+(/[A-Za-z0-9_+-]+)+)$")] | None = Field(
        default=None,
        description="IANA time zone in which the expression was resolved.",
        examples=["Asia/Tokyo"],
    )
    edtf: NonEmptyText | None = Field(
        default=None,
        description="The value in Extended Date/Time Format (ISO 8601-2), when EDTF can express it.",
        examples=["2022-01"],
    )
    anchor: Anchor | None = Field(default=None, description="What the expression was resolved against.")
    qualifiers: tuple[Qualifier, ...] | None = Field(
        default=None,
        description=(
            '`approximate` ("about"), `uncertain` (the resolution may be wrong), `inferred` (not '
            "stated, derived), `capped_by_anchor` (the upper bound was cut at the publication "
            "time), `unresolved` (the value keeps `X` digits because no anchor was found)."
        ),
        examples=[["approximate"]],
    )
    resolution: Resolution | None = Field(default=None, description="The rule that produced the value.")
    evidence: tuple[Evidence, ...] | None = Field(
        default=None, description="Where the expression stands in the source text."
    )
    provenance: Provenance | None = Field(default=None, description="How the value was produced.")
    extensions: Extensions | None = None

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "t-mid-january",
                    "text": "mid-January",
                    "type": "DATE",
                    "value": "2022-01",
                    "mod": "MID",
                    "precision": "month_part",
                    "earliest": "2022-01-11T00:00:00+09:00",
                    "latest": "2022-01-20T23:59:59+09:00",
                    "timezone": "Asia/Tokyo",
                    "anchor": {"type": "publication", "value": "2022-02-10"},
                    "resolution": {
                        "rule": "month-part.mid",
                        "reason": "a named month before the publication month: the same year",
                    },
                }
            ]
        },
    )
