"""Are new schemas backward compatible with old ones? Records valid under the old must stay valid.

The probe records are the valid fixtures and records generated from them: each with one
optional property left out (catches a property made required), and each with every value the
old schema allows at each vocabulary property (catches a value removed). Every probe the old
schemas accept must be accepted by the new ones, unless the major version in the `$id`s changed
(docs/format.md, "Versioning").
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema_rs

from .errors import NewsEventError
from .schemas import SCHEMA_SUFFIX

_MAJOR = re.compile(r"/schemas/(?P<major>[0-9]+)/")


class CompatibilityError(NewsEventError, ValueError):
    """A folder does not hold a usable set of the format's schemas."""


@dataclass(frozen=True, slots=True)
class SchemaSet:
    """The schemas of one folder, with their major version and a record validator."""

    folder: Path
    major: int
    schemas: dict[str, dict[str, Any]]

    @classmethod
    def load(cls, folder: Path) -> SchemaSet:
        paths = sorted(folder.glob(f"*{SCHEMA_SUFFIX}"))
        if not paths:
            raise CompatibilityError(
                f"{str(folder)!r}: no *{SCHEMA_SUFFIX} files; give a folder of the format's schemas"
            )
        schemas = {path.name.removesuffix(SCHEMA_SUFFIX): _schema_file(path) for path in paths}
        if "record" not in schemas:
            raise CompatibilityError(f"{str(folder)!r}: no record{SCHEMA_SUFFIX}")
        match = _MAJOR.search(schemas["record"].get("$id", ""))
        if match is None:
            raise CompatibilityError(f"{str(folder)!r}: the record schema's $id carries no /schemas/<major>/ version")
        return cls(folder, int(match["major"]), schemas)

    def validator(self) -> Any:
        """The record schema compiled with the others beside it, offline; a `$ref` none of them
        resolves, or a schema that is not one, is a `CompatibilityError` naming the folder."""
        try:
            registry = jsonschema_rs.Registry(
                [(schema.get("$id", name), schema) for name, schema in self.schemas.items()]
            )
            return jsonschema_rs.validator_for(
                self.schemas["record"], registry=registry, validate_formats=True, ignore_unknown_formats=False,
                offline=True,
            )  # fmt: skip
        except ValueError as error:
            raise CompatibilityError(f"{str(self.folder)!r}: the schemas cannot be used: {error}") from error


@dataclass(slots=True)
class CompatibilityReport:
    old_major: int
    new_major: int
    probes: int = 0
    broken: list[tuple[str, str]] = field(default_factory=list)
    """(probe name, the new schemas' first complaint) for records the new schemas reject."""

    @property
    def compatible(self) -> bool:
        return not self.broken or self.new_major > self.old_major


def _without_each_optional(record: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str, Any]]:
    """Copies of *record*, each with one property left out somewhere (the schema sorts out which are optional)."""
    if isinstance(record, dict):
        for key in record:
            smaller = copy.deepcopy(record)
            del smaller[key]
            yield f"{'/'.join(map(str, (*path, key)))} left out", smaller
        for key, value in record.items():
            for name, variant in _without_each_optional(value, (*path, key)):
                yield name, {**record, key: variant}
    elif isinstance(record, list) and record:
        for name, variant in _without_each_optional(record[0], (*path, 0)):
            yield name, [variant, *record[1:]]


def _enums(schema: Any) -> Iterator[tuple[str, list[Any]]]:
    """(property name, allowed values) for every enum in a schema."""
    if isinstance(schema, dict):
        for key, value in schema.get("properties", {}).items():
            if isinstance(value, dict) and isinstance(value.get("enum"), list):
                yield key, value["enum"]
        for value in schema.values():
            yield from _enums(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from _enums(item)


def _with_each_value(
    record: Any, enums: dict[str, set[Any]], path: tuple[str | int, ...] = ()
) -> Iterator[tuple[str, Any]]:
    """Copies of *record* with every allowed value tried at each vocabulary property."""
    if isinstance(record, dict):
        for key, value in record.items():
            if key in enums and isinstance(value, str):
                for option in sorted(enums[key] - {value}, key=str):
                    yield f"{'/'.join(map(str, (*path, key)))} = {option!r}", {**record, key: option}
            for name, variant in _with_each_value(value, enums, (*path, key)):
                yield name, {**record, key: variant}
    elif isinstance(record, list) and record:
        for name, variant in _with_each_value(record[0], enums, (*path, 0)):
            yield name, [variant, *record[1:]]


def probes(records: list[tuple[str, Any]], old: SchemaSet) -> Iterator[tuple[str, Any]]:
    """The fixtures and the records generated from them."""
    enums: dict[str, set[Any]] = {}
    for schema in old.schemas.values():
        for key, values in _enums(schema):
            enums.setdefault(key, set()).update(values)
    for name, record in records:
        yield name, record
        for variant_name, variant in _without_each_optional(record):
            yield f"{name}: {variant_name}", variant
        for variant_name, variant in _with_each_value(record, enums):
            yield f"{name}: {variant_name}", variant


def check_compatibility(old_folder: Path, new_folder: Path, records: list[tuple[str, Any]]) -> CompatibilityReport:
    """Which records valid under the old schemas the new ones reject."""
    old, new = SchemaSet.load(old_folder), SchemaSet.load(new_folder)
    old_validator, new_validator = old.validator(), new.validator()
    report = CompatibilityReport(old.major, new.major)
    for name, record in probes(records, old):
        if not old_validator.is_valid(record):
            continue
        report.probes += 1
        if not new_validator.is_valid(record):
            error = next(iter(new_validator.iter_errors(record)))
            report.broken.append((name, f"{'/'.join(map(str, error.instance_path)) or '$'}: {error.message}"))
    return report


def _schema_file(path: Path) -> dict[str, Any]:
    """One schema file as JSON, or a `CompatibilityError` that names it."""
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise CompatibilityError(f"{str(path)!r}: cannot be read as JSON ({error}); fix or remove it") from error
    if not isinstance(schema, dict):
        raise CompatibilityError(f"{str(path)!r}: is not a JSON Schema (not an object); fix or remove it")
    return schema
