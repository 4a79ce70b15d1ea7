"""The event a record reports: its kind, mode, lifecycle, factuality and related events."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from ._base import LocalId, LocalRef, Model, NonEmptyText, RecordRef, Scheme
from .common import Evidence, Extensions, Provenance

SCHEMA_TITLE = "News-event event"
SCHEMA_DESCRIPTION = (
    "The event a record reports: what kind of event it is, how it was held (in person, by "
    "phone, ...), where it stands in its lifecycle (planned, occurred, cancelled, ...), how "
    "firmly the source asserts it, when it happened, and how it relates to other events."
)

EventKind = Literal[
    "meeting",
    "call",
    "summit",
    "visit",
    "speech",
    "statement",
    "press_conference",
    "interview",
    "announcement",
    "agreement",
    "election",
    "vote",
    "legal",
    "protest",
    "attack",
    "military_action",
    "launch",
    "test",
    "accident",
    "disaster",
    "sport",
    "award",
    "publication",
    "other",
]
EventMode = Literal["in_person", "phone", "video", "hybrid", "written", "online", "unknown"]
Lifecycle = Literal["planned", "ongoing", "occurred", "postponed", "cancelled"]
Factuality = Literal["asserted", "reported", "uncertain", "hypothetical", "denied"]
Relation = Literal[
    "follows",
    "precedes",
    "replaces",
    "replaced_by",
    "part_of",
    "has_part",
    "caused_by",
    "causes",
    "context",
]


class KindCode(Model):
    """The event's kind in another classification scheme."""

    scheme: Scheme = Field(
        description="The scheme, lower case (e.g. `plover`, `cameo`, `iptc-mediatopic`).", examples=["plover"]
    )
    code: NonEmptyText = Field(description="The code within the scheme.", examples=["CONSULT"])
    label: NonEmptyText | None = Field(default=None, description="The code's label.", examples=["Consult"])

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"scheme": "plover", "code": "CONSULT", "label": "Consult"}]}
    )


class RelatedEvent(Model):
    """A link from this record's event to the event of another record."""

    relation: Relation = Field(
        description=(
            "How this event relates to the other: it `follows` or `precedes` it, `replaces` it "
            "(or is `replaced_by` it), is `part_of` it (or `has_part`), is `caused_by` it (or "
            "`causes` it), or the other is `context` for it."
        ),
        examples=["follows"],
    )
    record: RecordRef = Field(description="The `id` of the other event's record.")
    summary: NonEmptyText | None = Field(
        default=None,
        description="The other event in a few words.",
        examples=["previous trilateral meeting, November 2019"],
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "relation": "follows",
                    "record": "urn:newsevent:kyodo:2019-11:trilateral-defense-meeting",
                    "summary": "previous trilateral meeting, November 2019",
                }
            ]
        }
    )


class Event(Model):
    """What happened (or is planned, or was cancelled)."""

    id: LocalId
    kind: EventKind = Field(
        description=(
            "The kind of event: `meeting` (talks between parties, whatever the mode), `call`, "
            "`summit`, `visit`, `speech`, `statement`, `press_conference`, `interview`, "
            "`announcement`, `agreement`, `election`, `vote`, `legal` (an arrest, charge, trial "
            "or ruling), `protest`, `attack`, `military_action`, `launch` (a missile or rocket), "
            "`test`, `accident`, `disaster`, `sport`, `award`, `publication` (a study or report) "
            "or `other`."
        ),
        examples=["meeting"],
    )
    kind_codes: tuple[KindCode, ...] | None = Field(
        default=None, description="The kind in other classification schemes."
    )
    summary: NonEmptyText | None = Field(
        default=None,
        description="The event in one line.",
        examples=["Japan, US and South Korean defense chiefs hold trilateral phone talks"],
    )
    mode: EventMode | None = Field(
        default=None,
        description=(
            "How the event was held: `in_person`, `phone`, `video`, `hybrid`, `written`, "
            "`online` or `unknown`. Absent when the kind has no mode (a launch, a disaster)."
        ),
        examples=["phone"],
    )
    lifecycle: Lifecycle = Field(
        description="Where the event stands: `planned`, `ongoing`, `occurred`, `postponed` or `cancelled`.",
        examples=["occurred"],
    )
    factuality: Factuality = Field(
        description=(
            "How firmly the source presents the event: `asserted` (as fact, in its own voice), "
            "`reported` (on someone's word), `uncertain`, `hypothetical` or `denied`."
        ),
        examples=["asserted"],
    )
    time: LocalRef | None = Field(
        default=None,
        description="The `id` of the temporal value of when the event happened.",
        examples=["t-thursday"],
    )
    duration: LocalRef | None = Field(
        default=None,
        description="The `id` of the temporal value of how long it lasted.",
        examples=["t-30-minute"],
    )
    related: tuple[RelatedEvent, ...] | None = Field(default=None, description="Links to the events of other records.")
    evidence: tuple[Evidence, ...] | None = Field(
        default=None, description="Where the event is reported in the source text."
    )
    provenance: Provenance | None = Field(default=None, description="How the event was found.")
    extensions: Extensions | None = None

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "ev",
                    "kind": "meeting",
                    "kind_codes": [{"scheme": "plover", "code": "CONSULT"}],
                    "mode": "phone",
                    "lifecycle": "occurred",
                    "factuality": "asserted",
                    "time": "t-thursday",
                    "duration": "t-30-minute",
                }
            ]
        }
    )
