"""The schema files: valid 2020-12, generated from the models, documented, offline, formats on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing.exceptions import Unresolvable

from tests.conftest import SCHEMAS, load_json
from validator import load_schema, registry, schema_names, schema_path, validator_for
from validator.errors import UnknownSchemaError
from validator.models.export import BASE_URI, build_schemas, render
from validator.schemas import format_checker

NAMES = schema_names()
EXPECTED_NAMES = (
    "article",
    "common",
    "entity",
    "event",
    "feed",
    "participation",
    "place",
    "record",
    "statement",
    "temporal",
)


def _walk(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every subschema (dict) in a schema, with its JSON Pointer."""
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            if key in {"examples", "enum", "const"}:
                continue
            yield from _walk(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, f"{pointer}/{index}")


def _object_definitions(name: str) -> list[tuple[str, dict[str, Any]]]:
    """The subschemas that define an object (not conditions such as the record's `if`)."""
    return [
        (pointer, node)
        for pointer, node in _walk(load_schema(name))
        if node.get("type") == "object" and "properties" in node
    ]


def test_the_format_has_the_expected_schemas() -> None:
    assert tuple(sorted(EXPECTED_NAMES)) == NAMES
    assert sorted(path.name for path in SCHEMAS.glob("*.schema.json")) == [f"{name}.schema.json" for name in NAMES]


@pytest.mark.parametrize("name", NAMES)
def test_schema_passes_the_2020_12_metaschema(name: str) -> None:
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("name", NAMES)
def test_committed_schema_is_what_the_models_generate(name: str) -> None:
    committed = (SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == render(build_schemas()[name]), (
        f"schemas/{name}.schema.json is out of date: run `python -m validator.models.export`"
    )


@pytest.mark.parametrize("name", NAMES)
def test_schema_id_is_stable_and_carries_the_major_version(name: str) -> None:
    assert load_schema(name)["$id"] == f"{BASE_URI}{name}.schema.json"
    assert BASE_URI.endswith("/1/")


@pytest.mark.parametrize("name", NAMES)
def test_schema_has_a_title_description_and_examples(name: str) -> None:
    schema = load_schema(name)
    assert schema["title"].strip()
    assert schema["description"].strip()
    subschemas = [schema] if "properties" in schema else []
    subschemas += list(schema.get("$defs", {}).values())
    assert subschemas
    for subschema in subschemas:
        assert subschema.get("examples"), f"{name}: {subschema.get('title', 'root')} has no examples"


@pytest.mark.parametrize("name", NAMES)
def test_every_property_has_a_description(name: str) -> None:
    undocumented = [
        f"{pointer}/properties/{key}"
        for pointer, node in _object_definitions(name)
        for key, value in node["properties"].items()
        if not (value.get("description") or "").strip()
    ]
    assert not undocumented


@pytest.mark.parametrize("name", NAMES)
def test_every_object_is_closed(name: str) -> None:
    open_objects = [
        pointer for pointer, node in _object_definitions(name) if node.get("additionalProperties") is not False
    ]
    assert not open_objects


@pytest.mark.parametrize("name", NAMES)
def test_every_example_is_valid_under_its_own_schema(name: str) -> None:
    schema = load_schema(name)
    failures = []
    for pointer, node in _walk(schema):
        if pointer.endswith("/properties") or "examples" not in node:
            continue
        subschema = {"$ref": f"{schema['$id']}#{pointer}"}
        validator = Draft202012Validator(subschema, registry=registry(), format_checker=format_checker())
        failures += [
            f"{pointer} example {example!r}: {error.message}"
            for example in node["examples"]
            for error in validator.iter_errors(example)
        ]
    assert not failures


def _formats_used() -> set[str]:
    return {
        node["format"] for name in NAMES for _, node in _walk(load_schema(name)) if isinstance(node.get("format"), str)
    }


# For each format, a value that looks right at a glance but breaks the format.
NON_CONFORMING = {
    "date": "2022-02-30",
    "date-time": "2022-02-10T25:00:00+09:00",
    "uri": "no scheme",
    "uri-reference": "http://exa mple.org/",
}


def test_the_schemas_use_only_formats_known_here() -> None:
    assert _formats_used() == set(NON_CONFORMING)


@pytest.mark.parametrize("name", sorted(NON_CONFORMING))
def test_every_format_used_has_an_active_checker(name: str) -> None:
    checker = format_checker()
    assert name in checker.checkers
    assert not checker.conforms(NON_CONFORMING[name], name)
    assert not validator_for("record").evolve(schema={"format": name}).is_valid(NON_CONFORMING[name])


def test_registry_resolves_every_schema_by_its_id() -> None:
    resolver = registry().resolver()
    for name in NAMES:
        assert resolver.lookup(f"{BASE_URI}{name}.schema.json").contents == load_schema(name)


def test_registry_never_retrieves_an_unknown_reference() -> None:
    with pytest.raises(Unresolvable):
        registry().resolver().lookup("https://example.org/not-a-newsevent-schema.json")


def test_unknown_schema_name_is_a_clear_error() -> None:
    with pytest.raises(UnknownSchemaError, match=r"'recrod' is not a news-event schema; choose one of: article, "):
        load_schema("recrod")


def test_schema_path_points_at_the_installed_files() -> None:
    assert json.loads(schema_path("record").read_text(encoding="utf-8")) == load_schema("record")
    assert schema_path().is_dir()
    assert load_json(SCHEMAS / "record.schema.json") == load_schema("record")
