"""The valid fixtures use every property and every vocabulary value of the record models."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel

from tests.conftest import load_json, valid_record_paths
from validator.models import Record


def _literal_values(annotation: Any) -> set[str]:
    """Every literal value reachable in a field's annotation (through Optional, tuple, Annotated)."""
    if typing.get_origin(annotation) is typing.Literal:
        return {str(value) for value in typing.get_args(annotation)}
    values: set[str] = set()
    for argument in typing.get_args(annotation):
        values |= _literal_values(argument)
    return values


def _model_classes(model: type[BaseModel], seen: set[type[BaseModel]] | None = None) -> set[type[BaseModel]]:
    seen = set() if seen is None else seen
    if model in seen:
        return seen
    seen.add(model)
    for field in model.model_fields.values():
        for candidate in _classes_in(field.annotation):
            _model_classes(candidate, seen)
    return seen


def _classes_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _classes_in(argument)


def _walk(node: Any) -> Iterator[tuple[type[BaseModel], str, Any]]:
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            value = getattr(node, name)
            if value is not None:
                yield type(node), name, value
                yield from _walk(value)
    elif isinstance(node, tuple):
        for item in node:
            yield from _walk(item)


def _used() -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    properties: set[tuple[str, str]] = set()
    values: set[tuple[str, str, str]] = set()
    for path in valid_record_paths():
        for model, name, value in _walk(Record.model_validate(load_json(path))):
            properties.add((model.__name__, name))
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, str):
                    values.add((model.__name__, name, item))
    return properties, values


USED_PROPERTIES, USED_VALUES = _used()
MODELS = sorted(_model_classes(Record), key=lambda model: model.__name__)


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_every_property_is_used_by_a_valid_fixture(model: type[BaseModel]) -> None:
    unused = [name for name in model.model_fields if (model.__name__, name) not in USED_PROPERTIES]
    assert not unused, f"{model.__name__}: no valid fixture sets {unused}"


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_every_vocabulary_value_is_used_by_a_valid_fixture(model: type[BaseModel]) -> None:
    missing = {
        name: sorted(
            value for value in _literal_values(field.annotation) if (model.__name__, name, value) not in USED_VALUES
        )
        for name, field in model.model_fields.items()
    }
    missing = {name: values for name, values in missing.items() if values}
    assert not missing, f"{model.__name__}: no valid fixture uses {missing}"


def test_there_are_at_least_25_valid_records() -> None:
    assert len(valid_record_paths()) >= 25
