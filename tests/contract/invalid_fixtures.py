"""Invalid record fixtures: a valid fixture, a JSON Patch that breaks it, and the errors it must give.

Each file in `fixtures/records/invalid/` is

    {
      "description": "what is wrong, in words",
      "base": "<file name of a fixture in fixtures/records/valid/>",
      "patch": [<RFC 6902 operations applied to the base>],
      "errors": [{"path": "$.event.kind", "message": "<the validator's message, verbatim>"}]
    }

`errors` lists every problem the schema validator reports, no more and no fewer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpatch

from tests.conftest import VALID_RECORDS, load_json


@dataclass(frozen=True)
class InvalidFixture:
    path: Path
    description: str
    record: Any
    errors: list[tuple[str, str]]


def load_invalid_fixture(path: Path) -> InvalidFixture:
    spec = load_json(path)
    unknown = set(spec) - {"description", "base", "patch", "errors"}
    if unknown:
        raise ValueError(f"{path.name}: unknown keys {sorted(unknown)}")
    base = load_json(VALID_RECORDS / spec["base"])
    record = jsonpatch.apply_patch(base, spec["patch"])
    errors = sorted((error["path"], error["message"]) for error in spec["errors"])
    return InvalidFixture(path, spec["description"], record, errors)
