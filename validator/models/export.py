"""Generate the files of `schemas/` from the models, which are the single source of truth.

Each module of this package becomes one schema file: its main model is the file's root and
its other models go under `$defs`. References between files are relative, so the files
resolve against each other by their `$id`s wherever they are stored.

Run `python -m validator.models.export [DIR]` after changing a model; a test fails while the
committed schemas differ from what this module generates.
"""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue, models_json_schema
from pydantic_core import core_schema

from . import article, common, entity, event, feed, participation, place, record, statement, temporal
from ._base import Model

DIALECT = "https://json-schema.org/draft/2020-12/schema"
BASE_URI = "https://newsevent.dev/schemas/1/"
SCHEMA_SUFFIX = ".schema.json"

# (module, root model) in the order the files are listed; common has no root model.
SCHEMA_MODULES: tuple[tuple[ModuleType, type[Model] | None], ...] = (
    (record, record.Record),
    (feed, feed.Feed),
    (event, event.Event),
    (entity, entity.Entity),
    (participation, participation.Participation),
    (place, place.Place),
    (temporal, temporal.TemporalValue),
    (statement, statement.Statement),
    (article, article.Article),
    (common, None),
)


def schema_name(module: ModuleType) -> str:
    """The schema's short name: the module's last dotted part."""
    return module.__name__.rsplit(".", 1)[-1]


def schema_id(name: str) -> str:
    """The stable `$id` of the schema called *name*; it carries the format's major version."""
    return f"{BASE_URI}{name}{SCHEMA_SUFFIX}"


class _NewsEventJsonSchema(GenerateJsonSchema):
    """Pydantic's generator, adjusted to the format's conventions.

    The format has no nulls (an optional property is simply left out), so optional fields
    are emitted as their inner type, without `null` and without a `default`. Properties get no
    generated titles: their descriptions say what they are.
    """

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        return self.generate_inner(schema["schema"])

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        if schema.get("default", ...) is None:
            return self.generate_inner(schema["schema"])
        return super().default_schema(schema)

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False


def _models_of(module: ModuleType) -> Iterator[type[BaseModel]]:
    for _, value in inspect.getmembers(module, inspect.isclass):
        if issubclass(value, BaseModel) and value.__module__ == module.__name__:
            yield value


def _owners() -> dict[str, ModuleType]:
    owners: dict[str, ModuleType] = {}
    for module, _ in SCHEMA_MODULES:
        for model in _models_of(module):
            owners[model.__name__] = module
    return owners


def _rewrite_refs(node: Any, home: ModuleType, owners: dict[str, ModuleType], roots: set[str]) -> Any:
    if isinstance(node, dict):
        out = {key: _rewrite_refs(value, home, owners, roots) for key, value in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref.removeprefix("#/$defs/")
            owner = owners[name]
            fragment = "" if name in roots else f"#/$defs/{name}"
            if owner is home:
                out["$ref"] = fragment or "#"
            else:
                out["$ref"] = f"{schema_name(owner)}{SCHEMA_SUFFIX}{fragment}"
        return out
    if isinstance(node, list):
        return [_rewrite_refs(item, home, owners, roots) for item in node]
    return node


def build_schemas() -> dict[str, dict[str, Any]]:
    """Every schema of the format, by short name, exactly as they are written to `schemas/`."""
    all_models = [model for module, _ in SCHEMA_MODULES for model in _models_of(module)]
    _, top = models_json_schema(
        [(model, "validation") for model in all_models],
        ref_template="#/$defs/{model}",
        schema_generator=_NewsEventJsonSchema,
    )
    definitions: dict[str, Any] = top["$defs"]
    owners = _owners()
    roots = {root.__name__ for _, root in SCHEMA_MODULES if root is not None}
    schemas: dict[str, dict[str, Any]] = {}
    for module, root in SCHEMA_MODULES:
        name = schema_name(module)
        document: dict[str, Any] = {
            "$schema": DIALECT,
            "$id": schema_id(name),
            "title": module.SCHEMA_TITLE,
            "description": module.SCHEMA_DESCRIPTION,
        }
        if root is not None:
            body = dict(definitions[root.__name__])
            body.pop("title", None)
            body.pop("description", None)
            document.update(body)
        local = {model.__name__: definitions[model.__name__] for model in _models_of(module) if model is not root}
        if local:
            document["$defs"] = dict(sorted(local.items()))
        schemas[name] = _ordered(_rewrite_refs(document, module, owners, roots))
    return schemas


_KEY_ORDER = (
    "$schema",
    "$id",
    "title",
    "description",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "if",
    "then",
    "examples",
    "$defs",
)


def _ordered(schema: dict[str, Any]) -> dict[str, Any]:
    rank = {key: index for index, key in enumerate(_KEY_ORDER)}
    return dict(sorted(schema.items(), key=lambda item: rank.get(item[0], len(rank))))


def render(schema: dict[str, Any]) -> str:
    """The text of a schema file: two-space indented JSON, ending with a newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    """Write every schema into *directory*, returning the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in build_schemas().items():
        path = directory / f"{name}{SCHEMA_SUFFIX}"
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "schemas"
    for written_path in write_schemas(target):
        print(written_path)
