"""The format's JSON Schemas, shipped inside the package and resolved offline.

Every schema is loaded from the installed package (`importlib.resources`) into one immutable
`referencing.Registry`. The registry has no retrieval function: a `$ref` that is not one of
the format's own schemas fails at once instead of being fetched from the network.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import UnknownSchemaError

if TYPE_CHECKING:  # imported where used: `newsevent validate` answers with jsonschema-rs alone
    from jsonschema import FormatChecker
    from jsonschema.protocols import Validator
    from referencing import Registry

SCHEMA_SUFFIX = ".schema.json"
_PACKAGE_DIRECTORY = "schema_files"


def _directory() -> Traversable:
    return files(__package__).joinpath(_PACKAGE_DIRECTORY)


@cache
def schema_names() -> tuple[str, ...]:
    """The short names of every schema of the format, sorted (`record`, `feed`, ...)."""
    return tuple(
        sorted(
            entry.name.removesuffix(SCHEMA_SUFFIX)
            for entry in _directory().iterdir()
            if entry.name.endswith(SCHEMA_SUFFIX)
        )
    )


@cache
def _load_text(name: str) -> str:
    if name not in schema_names():
        raise UnknownSchemaError(name, schema_names())
    return _directory().joinpath(f"{name}{SCHEMA_SUFFIX}").read_text(encoding="utf-8")


def load_schema(name: str) -> dict[str, Any]:
    """A fresh copy of the schema called *name* (e.g. `record`)."""
    schema: dict[str, Any] = json.loads(_load_text(name))
    return schema


def schema_id(name: str) -> str:
    """The `$id` of the schema called *name*."""
    return str(load_schema(name)["$id"])


def schema_path(name: str | None = None) -> Path:
    """Where the installed schemas are on disk: the folder, or one schema's file.

    The path is only valid while the package is installed as files (the usual case).
    """
    target = _directory() if name is None else _directory().joinpath(f"{name}{SCHEMA_SUFFIX}")
    if name is not None and name not in schema_names():
        raise UnknownSchemaError(name, schema_names())
    with as_file(target) as path:
        return Path(path)


@cache
def registry() -> Registry[Any]:
    """An immutable registry holding every schema by its `$id`; it never retrieves anything."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    resources = [
        Resource.from_contents(json.loads(_load_text(name)), default_specification=DRAFT202012)
        for name in schema_names()
    ]
    return Registry().with_resources((resource.id() or "", resource) for resource in resources).crawl()


@cache
def validator_for(name: str = "record") -> Validator:
    """A Draft 2020-12 validator for the schema called *name*, with every `format` asserted
    and ECMA-262 `pattern`s.

    Validators are immutable, so one is built per schema and shared.
    """
    from ._ecma import NewsEventValidator

    validator: Validator = NewsEventValidator(load_schema(name), registry=registry(), format_checker=format_checker())
    return validator


def format_checker() -> FormatChecker:
    """The format checker the validators use; every `format` the schemas use is in it."""
    from jsonschema import Draft202012Validator

    checker: FormatChecker = Draft202012Validator.FORMAT_CHECKER
    return checker
