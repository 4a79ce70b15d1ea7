"""The models: frozen, closed, no nulls, and in step with the schemas on the edge cases."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import ValidationError

from validator import is_valid
from validator.models import Country, Evidence, Record
from validator.models.record import MINIMAL_RECORD_EXAMPLE


def _record(**changes: Any) -> dict[str, Any]:
    record = copy.deepcopy(MINIMAL_RECORD_EXAMPLE)
    record.update(changes)
    return record


def test_models_are_frozen() -> None:
    evidence = Evidence(start=0, end=5, text="Tokyo")
    with pytest.raises(ValidationError, match="frozen"):
        evidence.start = 1  # type: ignore[misc]


def test_arrays_become_tuples_so_records_are_immutable_all_the_way_down() -> None:
    record = Record.model_validate(_record(supersedes=["urn:a"]))
    assert record.supersedes == ("urn:a",)


def test_unknown_keys_are_rejected() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Country.model_validate({"iso3166_1_alpha2": "JP", "alpha2": "JP"})


def test_explicit_null_is_rejected_with_a_hint() -> None:
    with pytest.raises(ValidationError, match=r"\['title'\]: null is not allowed; leave the property out"):
        Record.model_validate(_record(title=None))
    assert not is_valid(_record(title=None))


def test_to_json_leaves_absent_properties_out() -> None:
    data = _record()
    assert Record.model_validate(data).to_json() == data


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"version": True}, "a boolean is not an integer"),
        ({"version": "1"}, "a string is not an integer"),
        ({"version": 1.5}, "not an integer"),
        ({"status": "superseded"}, "superseded without superseded_by"),
        ({"status": "merged"}, "merged without superseded_by"),
        ({"created": "2022-02-10T10:00:00"}, "date-time without an offset"),
        ({"created": "2022-02-30T10:00:00Z"}, "no 30 February"),
        ({"dataschema": "record.schema.json"}, "a relative reference is not a uri"),
        ({"extensions": {"newsroom": {}}}, "extension key without a namespace"),
        ({"extensions": {"com.example.newsroom": 1}}, "extension value that is not an object"),
        ({"specversion": "1.0\n"}, "ECMA-262: `$` does not match before a final newline"),
        ({"article": {"type": "wire", "published": "2022-02-10t10:00:00z"}}, "lower-case date-time"),
    ],
)
def test_models_and_schemas_reject_the_same_edge_cases(changes: dict[str, Any], reason: str) -> None:
    record = _record(**changes)
    assert not is_valid(record), reason
    with pytest.raises(ValidationError):
        Record.model_validate(record)


@pytest.mark.parametrize(
    "changes",
    [
        {"status": "superseded", "superseded_by": "urn:example:newer"},
        {"status": "withdrawn"},
        {"created": "2022-02-10T10:00:00.250+09:00"},
        {"extensions": {"com.example.newsroom": {"desk": "Asia"}}},
        {"version": 1.0},
    ],
)
def test_models_and_schemas_accept_the_same_edge_cases(changes: dict[str, Any]) -> None:
    record = _record(**changes)
    assert is_valid(record)
    assert Record.model_validate(record).to_json() == record
