"""Records as JSON-LD: a context that maps them onto schema.org, and an exporter that types them.

The context (`schemas/context.jsonld`, shipped with the schemas) maps the format's keys onto
schema.org where schema.org has the term (name, headline, datePublished, roleName, text, ...)
and onto the format's own vocabulary (`https://newsevent.dev/vocab/1#`) otherwise, so that no
key is dropped by JSON-LD processing. Local ids stay plain strings (`nev:localId`), so records
never merge by accident; `extensions` is kept verbatim as a JSON literal. `to_jsonld` adds the
schema.org types: Event, Person, Organization, Country, Place, Role, Quotation, NewsArticle.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib.resources import files
from typing import Any

CONTEXT_URL = "https://newsevent.dev/schemas/1/context.jsonld"
RECORD_TYPE = "nev:Record"
_ENTITY_TYPES = {
    "person": "schema:Person", "organisation": "schema:Organization", "country": "schema:Country",
    "group": "schema:Organization", "other": "schema:Thing",
}  # fmt: skip
_COLLECTION_TYPES = {"participations": "schema:Role", "places": "schema:Place", "statements": "schema:Quotation",
                     "times": "nev:TemporalValue"}  # fmt: skip


@cache
def _context_text() -> str:
    return files(__package__).joinpath("schema_files", "context.jsonld").read_text(encoding="utf-8")


def load_context() -> dict[str, Any]:
    """The JSON-LD context document (a fresh copy)."""
    context: dict[str, Any] = json.loads(_context_text())
    return context


def to_jsonld(record: dict[str, Any], *, inline_context: bool = False) -> dict[str, Any]:
    """A record as a JSON-LD document: the context, and schema.org types on its objects."""
    document = copy.deepcopy(record)
    document["@type"] = RECORD_TYPE
    if isinstance(document.get("event"), dict):
        document["event"]["@type"] = "schema:Event"
    for entity in document.get("entities", ()):
        entity["@type"] = _ENTITY_TYPES.get(entity.get("type", "other"), "schema:Thing")
    for collection, kind in _COLLECTION_TYPES.items():
        for item in document.get(collection, ()):
            item["@type"] = kind
    if isinstance(document.get("article"), dict):
        document["article"]["@type"] = "schema:NewsArticle"
    context = load_context()["@context"] if inline_context else CONTEXT_URL
    return {"@context": context, **document}


def document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A pyld document loader that serves the format's context offline and refuses everything else."""
    if url != CONTEXT_URL:
        raise ValueError(f"{url!r}: only the newsevent context is available offline")
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": load_context()}
