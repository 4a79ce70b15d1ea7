"""iter_problems / validate / is_valid over records and feeds."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from validator import InvalidRecordError, is_valid, iter_problems, validate
from validator.jsonpaths import json_path
from validator.models.record import MINIMAL_RECORD_EXAMPLE


def _record() -> dict[str, Any]:
    return copy.deepcopy(MINIMAL_RECORD_EXAMPLE)


def test_problems_come_in_document_order_with_paths_messages_and_rules() -> None:
    record = _record()
    record["version"] = 0
    record["event"]["kind"] = "chat"
    problems = list(iter_problems(record))
    assert [(problem.path, problem.rule) for problem in problems] == [
        ("$.event.kind", "schema.enum"),
        ("$.version", "schema.minimum"),
    ]
    assert problems[1].message == "0 is less than the minimum of 1"
    assert str(problems[1]) == "$.version: 0 is less than the minimum of 1"


def test_validate_raises_with_every_problem_and_the_most_useful_first() -> None:
    record = _record()
    del record["event"]["lifecycle"]
    record["article"]["published"] = "yesterday"
    with pytest.raises(InvalidRecordError) as raised:
        validate(record)
    assert len(raised.value.problems) == 2
    assert str(raised.value).endswith("(and 1 more problem)")


def test_valid_record_passes_all_three_verbs() -> None:
    assert is_valid(_record())
    assert list(iter_problems(_record())) == []
    validate(_record())


def test_a_feed_is_checked_with_the_feed_schema() -> None:
    feed = {"specversion": "1.0", "feed": {"id": "urn:example:feed"}, "records": [_record(), {"id": "x"}]}
    problems = list(iter_problems(feed, schema="feed"))
    assert problems
    assert all(problem.path == "$.records[1]" for problem in problems)
    assert not is_valid(feed, schema="feed")


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([], "$"),
        (["event", "kind"], "$.event.kind"),
        (["times", 0, "value"], "$.times[0].value"),
        (["extensions", "com.example"], "$.extensions['com.example']"),
        (["it's"], "$['it\\'s']"),
    ],
)
def test_json_path(parts: list[str | int], expected: str) -> None:
    assert json_path(parts) == expected


@pytest.mark.parametrize("engine", ["jsonschema-rs", "python-jsonschema, where no jsonschema-rs wheel exists"])
def test_problems_are_in_document_order_with_numeric_indices(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator import validation

    if engine != "jsonschema-rs":
        monkeypatch.setattr(validation, "_fast_validator", lambda schema: None)
    record = _record()
    record["entities"] = [
        {"id": f"e{number}", "type": "person", "name": "x" if number not in {2, 10} else ""} for number in range(12)
    ]
    assert [problem.path for problem in iter_problems(record)] == ["$.entities[2].name", "$.entities[10].name"]


# A record is never a reason for an exception: it is valid, or it has problems.
HAWAII_PATH = "fixtures/records/valid/seed-kyodo-2022-02-10-hawaii-meeting-cancelled.json"


def _hawaii() -> dict[str, Any]:
    import json

    from tests.conftest import ROOT

    record: dict[str, Any] = json.loads((ROOT / HAWAII_PATH).read_text(encoding="utf-8"))
    return record


@pytest.mark.parametrize(
    ("bound", "moment", "rules"),
    [
        ("earliest", "0000-01-01T00:00:00Z", set()),  # the year 0000, which the date-time format accepts
        ("latest", "0000-01-01T00:00:00+01:00", {"time.order"}),  # before its own earliest, in UTC before 0000
        ("latest", "9999-12-31T23:59:59-01:00", set()),  # past 9999 in UTC
    ],
)
def test_extreme_instants_are_compared_not_raised(bound: str, moment: str, rules: set[str]) -> None:
    record = _hawaii()
    record["times"][1][bound] = moment
    found = {problem.rule for problem in iter_problems(record)}
    assert found >= rules
    assert is_valid(record) is not bool(found)


def test_a_lone_surrogate_in_the_text_is_a_problem_not_an_exception() -> None:
    record = _hawaii()
    record["article"]["text"] = record["article"]["text"][:10] + "\ud800" + record["article"]["text"][10:]
    problems = [problem for problem in iter_problems(record) if problem.rule == "article.hash"]
    assert len(problems) == 1
    assert "lone surrogate (U+D800 at offset 10)" in problems[0].message
    assert not is_valid(record)
