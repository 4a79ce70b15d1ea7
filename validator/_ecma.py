"""A Draft 2020-12 validator class whose `pattern` keyword follows ECMA-262, as the spec says.

python-jsonschema matches `pattern` with Python's `re`, where `$` also matches before a final
newline, so `"JP\\n"` passes `^[A-Z]{2}$`. ECMA-262 engines (ajv, jsonschema-rs, pydantic's
Rust regex) reject it. This class matches with `regress`, an ECMA-262 engine, so the project's
verdicts agree with theirs and with the models.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

import attrs
import regress
from jsonschema import Draft202012Validator, ValidationError, validators
from jsonschema.protocols import Validator


@cache
def _compiled(pattern: str) -> regress.Regex:
    return regress.Regex(pattern)


def _ecma_pattern(validator: Validator, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and _compiled(pattern).find(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _evolve_keeping_class(self: Any, **changes: Any) -> Any:
    """`evolve` that keeps this class when following a `$ref` into another schema.

    jsonschema's own `evolve` picks the class from the referenced schema's `$schema`, which
    would drop the ECMA-262 `pattern` in every schema but the first. All of the format's
    schemas are Draft 2020-12, so keeping the class is right.
    """
    cls = type(self)
    changes.setdefault("schema", self.schema)
    for field in attrs.fields(cls):
        if field.init and field.alias not in changes:
            changes[field.alias] = getattr(self, field.name)
    return cls(**changes)


NewsEventValidator: Any = validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})
NewsEventValidator.evolve = _evolve_keeping_class
