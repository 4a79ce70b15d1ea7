"""Analysed documents of invented texts, for the stage tests."""

from __future__ import annotations

from validator.convert.article import Article
from validator.convert.document import Document, read_document
from validator.convert.nlp import load_pipeline


def document_of(text: str, *, published: str | None = None, title: str | None = None) -> Document:
    """The analysed document of *text* as the converter reads it."""
    return read_document(Article(text, "test", published=published, title=title), nlp=load_pipeline())
