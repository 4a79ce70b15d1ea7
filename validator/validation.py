"""Check records and feeds against the format: every problem, the best one, or yes/no.

    iter_problems(instance)   yields every problem, schema problems first, in document order
    validate(instance)        raises InvalidRecordError, leading with the most useful problem
    is_valid(instance)        answers yes or no

A record is checked against the schema (a compiled validator answers yes or no; only failing
records go through the detailed validator, which explains) and then against the semantic rules
(`semantics`). A feed document is checked as a whole: its envelope, every record, and that no
record id repeats.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from .errors import InvalidRecordError
from .jsonpaths import json_path, path_order
from .schemas import load_schema, schema_names, validator_for
from .semantics import load_code_tables, semantic_problems

if TYPE_CHECKING:  # python-jsonschema is imported only where it explains or stands in
    from jsonschema import ValidationError


@dataclass(frozen=True, slots=True)
class Problem:
    """One way in which an instance breaks the format."""

    path: str
    """Where the problem is, as a JSONPath into the instance (`$.event.kind`)."""
    message: str
    """What is wrong, naming the bad value."""
    rule: str
    """A stable code of the rule that failed (`schema.enum`, `ref.unresolved`, ...)."""
    schema_path: str = ""
    """For schema problems, the keywords followed from the schema's root, `/`-separated."""
    parts: tuple[str | int, ...] = ()
    """The path as parts, for locating the value in the JSON text."""
    alternatives: tuple[str, ...] = ()
    """Under anyOf/oneOf: what each other branch said, after the most useful one in `message`."""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _rule_of(error: ValidationError) -> str:
    if error.validator == "propertyNames" or (
        error.validator == "pattern" and "propertyNames" in error.schema_path and "extensions" in error.path
    ):
        return "extension.namespace"
    return f"schema.{error.validator}"


def _problem(error: ValidationError, prefix: tuple[str | int, ...] = ()) -> Problem:
    parts = (*prefix, *error.absolute_path)
    message: str = error.message
    alternatives: tuple[str, ...] = ()
    if error.context and error.validator in {"anyOf", "oneOf"}:
        from jsonschema.exceptions import best_match

        best = best_match(error.context)
        others = tuple(sub.message for sub in error.context if sub is not best)
        message, alternatives = f"{best.message} (and no other allowed form fits)", (error.message, *others)
    return Problem(
        path=json_path(parts),
        message=message,
        rule=_rule_of(error),
        schema_path="/".join(str(part) for part in error.absolute_schema_path),
        parts=parts,
        alternatives=alternatives,
    )


@cache
def _fast_validator(schema: str) -> Any:
    """A compiled validator (jsonschema-rs) for the yes/no pass, or None where it is missing."""
    try:
        import jsonschema_rs
    except ImportError:  # no wheel for this platform: the detailed validator answers alone
        return None
    resources = [(load_schema(name)["$id"], load_schema(name)) for name in schema_names()]
    return jsonschema_rs.validator_for(
        load_schema(schema),
        registry=jsonschema_rs.Registry(resources),
        validate_formats=True,
        ignore_unknown_formats=False,
        offline=True,
    )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _keyword(error: Any) -> str:
    location = [part for part in error.schema_path if isinstance(part, str)]
    return location[-1] if location else str(error.kind.name)


def _branch_rank(branch: list[Any]) -> tuple[int, int, int]:
    """How promising an anyOf/oneOf branch is: fewer type mismatches, deeper errors, fewer errors."""
    type_errors = sum(_keyword(error) == "type" for error in branch)
    depth = max((len(error.instance_path) for error in branch), default=0)
    return type_errors, -depth, len(branch)


def _error_rank(error: Any) -> int:
    # The message most useful to a person first: "is not a 'date'" before a regular expression.
    return {"format": 0, "enum": 1, "const": 1, "required": 2, "type": 4}.get(_keyword(error), 3)


def _rs_message(error: Any) -> str:
    kind = error.kind
    if type(kind).__name__ == "Enum":
        return f"{_json(error.instance)} is not one of {_json(list(kind.options))}"
    return str(error.message)


def _rs_problem(error: Any, prefix: tuple[str | int, ...]) -> Problem:
    parts = (*prefix, *error.instance_path)
    keyword = _keyword(error)
    message = _rs_message(error)
    alternatives: tuple[str, ...] = ()
    branches = getattr(error.kind, "context", None)
    if keyword in {"anyOf", "oneOf"} and branches:
        best_branch = min(branches, key=_branch_rank)
        best = min(best_branch, key=_error_rank)
        others = tuple(_rs_message(other) for branch in branches for other in branch if other is not best)
        message, alternatives = f"{_rs_message(best)} (and no other allowed form fits)", (str(error.message), *others)
    in_extensions = "propertyNames" in error.schema_path and "extensions" in error.instance_path
    return Problem(
        path=json_path(parts),
        message=message,
        rule="extension.namespace" if in_extensions else f"schema.{keyword}",
        schema_path="/".join(str(part) for part in error.schema_path),
        parts=parts,
        alternatives=alternatives,
    )


def schema_problems(instance: Any, *, schema: str = "record", prefix: tuple[str | int, ...] = ()) -> list[Problem]:
    """The schema problems of *instance*, in document order (empty when it conforms).

    The compiled validator answers and explains; python-jsonschema (with the same ECMA-262
    patterns) stands in only where no jsonschema-rs wheel exists.
    """
    fast = _fast_validator(schema)
    if fast is None:
        problems = [_problem(error, prefix) for error in validator_for(schema).iter_errors(instance)]
    elif fast.is_valid(instance):
        return []
    else:
        problems = [_rs_problem(error, prefix) for error in fast.iter_errors(instance)]
    problems.sort(key=lambda problem: (path_order(problem.parts), problem.rule))
    return problems


def record_problems(record: Any, *, semantic: bool = True, prefix: tuple[str | int, ...] = ()) -> list[Problem]:
    """Every problem of one record: the schema's, then (when it conforms) the semantic rules'."""
    problems = schema_problems(record, prefix=prefix)
    if problems or not semantic:
        return problems
    return [
        Problem(json_path((*prefix, *p.path)), p.message, p.rule, parts=(*prefix, *p.path))
        for p in semantic_problems(record)
    ]


def prepare(*, semantic: bool = True) -> None:
    """Compile the record schema and read the code tables now, once, rather than at the first
    record: worker processes forked afterwards start ready."""
    _fast_validator("record")
    if semantic:
        load_code_tables()


def _is_feed(instance: Any) -> bool:
    return isinstance(instance, dict) and "records" in instance and "feed" in instance


def iter_problems(instance: Any, *, schema: str | None = None, semantic: bool = True) -> Iterator[Problem]:
    """Every problem of a record or a feed document (detected, or named by *schema*)."""
    if (schema or ("feed" if _is_feed(instance) else "record")) == "record":
        yield from record_problems(instance, semantic=semantic)
        return
    records = instance.get("records") if isinstance(instance, dict) else None
    envelope = {**instance, "records": []} if isinstance(records, list) else instance
    yield from schema_problems(envelope, schema="feed")
    if not isinstance(records, list):
        return
    seen: dict[tuple[Any, Any], int] = {}
    for index, record in enumerate(records):
        yield from record_problems(record, semantic=semantic, prefix=("records", index))
        if isinstance(record, dict) and "id" in record:
            key = (record.get("source"), record.get("id"))
            if key in seen:
                yield Problem(
                    json_path(("records", index, "id")),
                    f"{record['id']!r} from {record.get('source')!r} is already the id of record {seen[key]}",
                    "id.duplicate",
                    parts=("records", index, "id"),
                )
            seen.setdefault(key, index)


def validate(instance: Any, *, schema: str | None = None, semantic: bool = True) -> None:
    """Raise `InvalidRecordError` if *instance* breaks the format; its first problem is the most useful."""
    problems = list(iter_problems(instance, schema=schema, semantic=semantic))
    if problems:
        schema_first = sorted(problems, key=lambda problem: not problem.rule.startswith("schema."))
        raise InvalidRecordError(schema_first)


def is_valid(instance: Any, *, schema: str | None = None, semantic: bool = True) -> bool:
    """Whether *instance* conforms to the format."""
    if (schema or ("feed" if _is_feed(instance) else "record")) == "record":
        fast = _fast_validator("record")
        if fast is not None:  # the quick answer: no problem is explained, so none is built
            return bool(fast.is_valid(instance)) and (not semantic or not semantic_problems(instance))
    return next(iter(iter_problems(instance, schema=schema, semantic=semantic)), None) is None
