"""The valid fixtures are true to their texts: evidence, hashes, references, codes and quotes agree.

These are checks on the fixtures themselves, so that the examples the project ships are right
in every way a schema cannot express.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from typing import Any

import pycountry
import pytest

from tests.conftest import fixture_id, load_json, valid_record_paths
from validator.models import Record

PATHS = valid_record_paths()


def _evidence(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found = list(node.get("evidence", []))
        for key, value in node.items():
            if key != "evidence":
                found += _evidence(value)
        return found
    if isinstance(node, list):
        return [item for value in node for item in _evidence(value)]
    return []


def _countries(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found = [node] if "iso3166_1_alpha2" in node else []
        return found + [item for value in node.values() for item in _countries(value)]
    if isinstance(node, list):
        return [item for value in node for item in _countries(value)]
    return []


@pytest.mark.parametrize("path", PATHS, ids=fixture_id)
def test_evidence_and_hash_match_the_article_text(path: Path) -> None:
    record = load_json(path)
    text = record["article"].get("text")
    if text is None:
        assert not _evidence(record), "evidence needs the article text to be checked"
        return
    assert record["article"]["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    wrong = [item for item in _evidence(record) if text[item["start"] : item["end"]] != item["text"]]
    assert not wrong


@pytest.mark.parametrize("path", PATHS, ids=fixture_id)
def test_quoted_words_appear_verbatim(path: Path) -> None:
    record = load_json(path)
    text = record["article"].get("text", "")
    for statement in record.get("statements", []):
        if statement["mode"] in {"direct", "mixed"} and text:
            assert statement["text"] in text, statement["id"]


@pytest.mark.parametrize("path", PATHS, ids=fixture_id)
def test_local_references_resolve_to_the_right_kind_of_object(path: Path) -> None:
    record = Record.model_validate(load_json(path))
    entities = {entity.id for entity in record.entities or ()}
    participations = {participation.id for participation in record.participations or ()}
    places = {place.id for place in record.places or ()}
    times = {time.id for time in record.times or ()}
    statements = {statement.id for statement in record.statements or ()}
    groups = [entities, participations, places, times, statements, {record.event.id}]
    assert sum(map(len, groups)) == len(set().union(*groups)), "local ids are not unique"

    refs: list[tuple[str | None, set[str]]] = [
        (record.event.time, times),
        (record.event.duration, times),
    ]
    for participation in record.participations or ():
        refs += [(participation.entity, entities), (participation.organisation, entities)]
        refs += [(participation.location, places)]
    refs += [(place.within, places) for place in record.places or ()]
    for statement in record.statements or ():
        refs += [(statement.speaker, participations | entities), (statement.relayed_by, entities)]
        refs += [(statement.time, times)]
    refs += [(time.anchor.ref, times) for time in record.times or () if time.anchor is not None]
    if record.article.dateline is not None:
        refs.append((record.article.dateline.place, places))
    dangling = [ref for ref, targets in refs if ref is not None and ref not in targets]
    assert not dangling


@pytest.mark.parametrize("path", PATHS, ids=fixture_id)
def test_country_and_subdivision_codes_exist_and_agree(path: Path) -> None:
    record = load_json(path)
    for country in _countries(record):
        known = pycountry.countries.get(alpha_2=country["iso3166_1_alpha2"])
        assert known is not None, country
        if "iso3166_1_alpha3" in country:
            assert known.alpha_3 == country["iso3166_1_alpha3"], country
    for place in record.get("places", []):
        if "subdivision" in place:
            assert pycountry.subdivisions.get(code=place["subdivision"]) is not None, place["subdivision"]


@pytest.mark.parametrize("path", PATHS, ids=fixture_id)
def test_bounds_are_ordered(path: Path) -> None:
    record = Record.model_validate(load_json(path))
    for time in record.times or ():
        if time.earliest is not None and time.latest is not None:
            assert datetime.fromisoformat(time.earliest) <= datetime.fromisoformat(time.latest), time.id


def test_record_ids_are_unique_across_the_fixtures() -> None:
    ids = [load_json(path)["id"] for path in PATHS]
    assert len(ids) == len(set(ids))
