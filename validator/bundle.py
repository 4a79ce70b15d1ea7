"""One self-contained schema document per top-level schema, for tools that cannot follow `$ref`s
across files.

The standard bundling form of JSON Schema 2020-12 (Compound Schema Document): the schema, with
every schema it references, directly or not, embedded whole under `$defs`, keyed by its `$id`
and keeping that `$id`. References stay exactly as they were: they resolve against the `$id`s of
the embedded resources, so a validator needs no registry and no network.
"""

from __future__ import annotations

import re
from typing import Any

from .schemas import SCHEMA_SUFFIX, load_schema, schema_names

_FILE_REFERENCE = re.compile(rf"^(?P<name>[a-z][a-z0-9_-]*){re.escape(SCHEMA_SUFFIX)}(?:#.*)?$")


def _references(node: Any) -> set[str]:
    """The names of the schema files *node* refers to."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and (match := _FILE_REFERENCE.match(value)):
                found.add(match["name"])
            else:
                found |= _references(value)
    elif isinstance(node, list):
        for item in node:
            found |= _references(item)
    return found


def referenced_schemas(name: str) -> list[str]:
    """Every schema *name* needs, directly or through others, in name order (itself excluded)."""
    needed: set[str] = set()
    pending = [name]
    while pending:
        for other in _references(load_schema(pending.pop())):
            if other not in needed and other != name and other in schema_names():
                needed.add(other)
                pending.append(other)
    return sorted(needed)


def bundle(name: str = "record") -> dict[str, Any]:
    """The schema called *name* as one self-contained Draft 2020-12 document."""
    root = load_schema(name)
    definitions = dict(root.get("$defs", {}))
    for other in referenced_schemas(name):
        embedded = load_schema(other)
        embedded.pop("$schema", None)  # the root's dialect applies to every embedded resource
        definitions[embedded["$id"]] = embedded
    if definitions:
        root["$defs"] = definitions
    return root
