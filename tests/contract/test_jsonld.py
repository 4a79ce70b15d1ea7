"""The JSON-LD context: records map onto schema.org, and expansion loses no key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld
from typer.testing import CliRunner

from tests.conftest import VALID_RECORDS, fixture_id, load_json, valid_record_paths
from validator.cli import app
from validator.jsonld import CONTEXT_URL, document_loader, load_context, to_jsonld

OPTIONS = {"documentLoader": document_loader}


def _scalars(node: Any) -> int:
    if isinstance(node, dict):
        return sum(_scalars(value) for key, value in node.items() if not key.startswith("@"))
    if isinstance(node, list):
        return sum(_scalars(item) for item in node)
    return 1


def _expanded_scalars(node: Any) -> int:
    """Literal values, JSON literals (counted by their contents) and references in expanded JSON-LD."""
    if isinstance(node, dict):
        if "@value" in node:
            return _scalars(node["@value"]) if node.get("@type") == "@json" else 1
        return ("@id" in node) + sum(_expanded_scalars(value) for key, value in node.items() if not key.startswith("@"))
    if isinstance(node, list):
        return sum(_expanded_scalars(item) for item in node)
    return 0


@pytest.mark.parametrize("path", valid_record_paths(), ids=fixture_id)
def test_expansion_loses_no_key(path: Path) -> None:
    record = load_json(path)
    expanded = jsonld.expand(to_jsonld(record), OPTIONS)
    assert _expanded_scalars(expanded) == _scalars(record)


def test_records_map_onto_schema_org_types_and_terms() -> None:
    record = load_json(VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json")
    (node,) = jsonld.expand(to_jsonld(record), OPTIONS)
    assert node["@id"] == record["id"]
    (event,) = node["https://schema.org/about"]
    assert event["@type"] == ["https://schema.org/Event"]
    types = {t for entity in node["https://schema.org/mentions"] for t in entity["@type"]}
    assert {"https://schema.org/Person", "https://schema.org/Organization", "https://schema.org/Country"} <= types
    roles = node["https://newsevent.dev/vocab/1#participations"]
    assert all(role["@type"] == ["https://schema.org/Role"] for role in roles)
    assert roles[0]["https://schema.org/roleName"] == [{"@value": "participant"}]
    quotes = node["https://newsevent.dev/vocab/1#statements"]
    assert all(quote["@type"] == ["https://schema.org/Quotation"] for quote in quotes)
    (article,) = node["https://schema.org/isBasedOn"]
    assert article["@type"] == ["https://schema.org/NewsArticle"]
    assert article["https://schema.org/datePublished"] == [{"@value": "2022-02-10"}]


def test_local_ids_stay_literals_so_records_never_merge() -> None:
    first, second = (load_json(path) for path in valid_record_paths()[:2])
    flattened = jsonld.flatten([to_jsonld(first), to_jsonld(second)], None, OPTIONS)
    record_nodes = [node for node in flattened if "https://newsevent.dev/vocab/1#Record" in node.get("@type", [])]
    assert len(record_nodes) == 2


def test_the_context_is_shipped_and_served_offline() -> None:
    assert load_context()["@context"]["@vocab"] == "https://newsevent.dev/vocab/1#"
    assert document_loader(CONTEXT_URL)["document"] == load_context()
    with pytest.raises(ValueError, match="only the newsevent context is available offline"):
        document_loader("https://schema.org/")


def test_export_command_writes_one_document_per_record(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonld"
    paths = [str(path) for path in valid_record_paths()[:3]]
    result = CliRunner().invoke(app, ["export", "--to", "jsonld", *paths, "-o", str(out), "--inline-context"])
    assert result.exit_code == 0, result.output
    documents = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(documents) == 3
    assert documents[0]["@context"] == load_context()["@context"]
    assert "3 records exported to jsonld; 0 skipped" in result.stderr
