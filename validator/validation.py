"""Check records and feeds against the format: every problem, the best one, or yes/no.

iter_problems(instance)   yields every problem, in document order
validate(instance)        raises InvalidRecordError, leading with the most useful problem
is_valid(instance)        answers yes or no
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import ValidationError
from jsonschema.exceptions import best_match, relevance

from .errors import InvalidRecordError
from .schemas import validator_for

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(parts: Iterable[str | int]) -> str:
    """A JSONPath (RFC 9535 normalised form, dots for plain names) from path parts."""
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _IDENTIFIER.match(part):
            out.append(f".{part}")
        else:
            escaped = part.replace("\\", "\\\\").replace("'", "\\'")
            out.append(f"['{escaped}']")
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Problem:
    """One way in which an instance breaks the format."""

    path: str
    """Where the problem is, as a JSONPath into the instance (`$.event.kind`)."""
    message: str
    """What is wrong, naming the bad value."""
    rule: str
    """A stable code of the rule that failed (`schema.enum`, `schema.required`, ...)."""
    schema_path: str = ""
    """The keywords followed from the schema's root to the failing one, `/`-separated."""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _problem(error: ValidationError) -> Problem:
    return Problem(
        path=json_path(error.absolute_path),
        message=error.message,
        rule=f"schema.{error.validator}",
        schema_path="/".join(str(part) for part in error.absolute_schema_path),
    )


def _errors(instance: Any, schema: str) -> list[ValidationError]:
    errors = list(validator_for(schema).iter_errors(instance))
    errors.sort(key=lambda error: (list(map(str, error.absolute_path)), relevance(error)))
    return errors


def iter_problems(instance: Any, *, schema: str = "record") -> Iterator[Problem]:
    """Every problem of *instance* (a record, or a feed with `schema="feed"`), in document order."""
    for error in _errors(instance, schema):
        yield _problem(error)


def validate(instance: Any, *, schema: str = "record") -> None:
    """Raise `InvalidRecordError` if *instance* breaks the format; its first problem is the most useful."""
    errors = _errors(instance, schema)
    if errors:
        best = best_match(errors)
        ordered = [best, *(error for error in errors if error is not best)]
        raise InvalidRecordError([_problem(error) for error in ordered])


def is_valid(instance: Any, *, schema: str = "record") -> bool:
    """Whether *instance* conforms to the format."""
    return bool(validator_for(schema).is_valid(instance))
