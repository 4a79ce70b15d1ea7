"""Valid fixtures pass the schemas and models and round-trip; invalid ones fail as they state."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from tests.conftest import fixture_id, invalid_record_paths, load_json, valid_record_paths
from tests.contract.invalid_fixtures import load_invalid_fixture
from validator import InvalidRecordError, is_valid, iter_problems, validate
from validator.models import Record


@pytest.mark.parametrize("path", valid_record_paths(), ids=fixture_id)
def test_valid_fixture_passes_the_schemas(path: Path) -> None:
    record = load_json(path)
    assert [str(problem) for problem in iter_problems(record)] == []
    assert is_valid(record)
    validate(record)


@pytest.mark.parametrize("path", valid_record_paths(), ids=fixture_id)
def test_valid_fixture_round_trips_through_the_models(path: Path) -> None:
    record = load_json(path)
    assert Record.model_validate(record).to_json() == record


@pytest.mark.parametrize("path", invalid_record_paths(), ids=fixture_id)
def test_invalid_fixture_fails_the_schemas_with_its_stated_errors(path: Path) -> None:
    fixture = load_invalid_fixture(path)
    found = sorted((problem.path, problem.message) for problem in iter_problems(fixture.record))
    assert found == fixture.errors
    assert not is_valid(fixture.record)
    with pytest.raises(InvalidRecordError):
        validate(fixture.record)


@pytest.mark.parametrize("path", invalid_record_paths(), ids=fixture_id)
def test_invalid_fixture_fails_the_models(path: Path) -> None:
    fixture = load_invalid_fixture(path)
    with pytest.raises(ValidationError):
        Record.model_validate(fixture.record)


@pytest.mark.parametrize("path", invalid_record_paths(), ids=fixture_id)
def test_where_no_jsonschema_rs_wheel_exists_python_jsonschema_finds_the_same(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from validator import validation

    record = load_invalid_fixture(path).record
    compiled = [(problem.path, problem.rule) for problem in iter_problems(record)]
    monkeypatch.setattr(validation, "_fast_validator", lambda schema: None)
    assert [(problem.path, problem.rule) for problem in iter_problems(record)] == compiled
    assert not is_valid(record)


def test_there_are_at_least_30_invalid_records() -> None:
    assert len(invalid_record_paths()) >= 30
