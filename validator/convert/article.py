"""Reading one converter input into an `Article`, or refusing it with a message that names the fix.

An input is a plain-text article (UTF-8, a byte-order mark is dropped), or a JSON object with
`text` and optional `title`, `published`, `url`, `publisher` and `language`. Offsets in records
count characters of `Article.text` exactly as returned here: nothing is reflowed or cleaned.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import orjson

from ..dates.anchor import Anchor, AnchorError
from ..errors import NewsEventError
from ..schemas import format_checker

# spaCy refuses texts over a million characters by default; a news article is a few dozen KB.
MAX_ARTICLE_BYTES = 1_000_000
METADATA_KEYS = ("title", "published", "url", "publisher", "language")

_HTML_START = re.compile(rb"\A\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(p|div|span|a|br|script|style|meta|article|section|h[1-6]|li|ul|table|td|tr)\b[^>]*>", re.I)
# The format's publication date: a date, or an RFC 3339 date-time with an offset.
_PUBLISHED = re.compile(r"\A\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?\Z")
_LANGUAGE_TAG = re.compile(r"\A[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\Z")
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class ArticleError(NewsEventError, ValueError):
    """An input that cannot be converted; the message names the input, what is wrong and the fix."""

    def __init__(self, name: str, problem: str) -> None:
        self.name = name
        self.problem = problem
        super().__init__(f"{name}: {problem}")


@dataclass(frozen=True, slots=True)
class Article:
    """The text of one article and what its input said about it."""

    text: str
    name: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None


def read_article(source: str | Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """The article in the file *source* (`-` is standard input); raises `ArticleError`."""
    name = "<stdin>" if str(source) == "-" else str(source)
    try:
        if name == "<stdin>":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(source, "rb") as stream:
                data = stream.read(max_bytes + 1)
    except IsADirectoryError as error:
        raise ArticleError(name, "is a folder; give the article files inside it") from error
    except OSError as error:
        raise ArticleError(name, f"cannot be read ({error.strerror}); check the path and its permissions") from error
    if len(data) > max_bytes:
        raise ArticleError(
            name,
            f"is over {max_bytes:,} bytes, too large for one article; split it into articles"
            " or raise the limit (max_bytes)",
        )
    return article_from_bytes(data, name, json_input=name.lower().endswith(".json"))


def article_from_bytes(data: bytes, name: str, *, json_input: bool | None = None) -> Article:
    """The article in *data*; *json_input* None means: JSON when the content is a JSON object."""
    text = _decode(data, name)
    if json_input or (json_input is None and text.lstrip().startswith("{")):
        return _article_from_json(text, name)
    _check_text(text, name, data)
    return Article(text=text, name=name)


def _decode(data: bytes, name: str) -> str:
    if data.startswith(_UTF16_BOMS):
        raise ArticleError(name, "is UTF-16 (it starts with a UTF-16 byte-order mark); re-encode it as UTF-8")
    if b"\x00" in data[:8192]:
        raise ArticleError(name, "is binary, not text (it holds NUL bytes); give the article as UTF-8 text")
    try:
        return data.removeprefix(_UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ArticleError(
            name,
            f"is not UTF-8 (byte {error.start}, line {line}: {data[error.start : error.start + 1]!r}); "
            "re-encode it as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`",
        ) from error


def _check_text(text: str, name: str, data: bytes | None = None) -> None:
    if not text.strip():
        raise ArticleError(name, "has no text; give the article's body")
    if (data is not None and _HTML_START.match(data)) or len(_HTML_TAG.findall(text[:20000])) >= 5:
        raise ArticleError(name, "is HTML, not plain text; extract the article's text first (e.g. with trafilatura)")
    controls = sum(1 for char in text[:8192] if char < " " and char not in "\n\r\t\f")
    if controls > 8:
        raise ArticleError(
            name,
            f"holds {controls} control characters, so it is not article text; give the article as plain UTF-8 text",
        )


def _article_from_json(text: str, name: str) -> Article:
    try:
        document = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise ArticleError(
            name, f"is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno}); fix the JSON"
        ) from error
    if not isinstance(document, dict):
        raise ArticleError(name, 'holds JSON that is not an object; give {"text": ..., "published": ...}')
    unknown = sorted(set(document) - {"text", *METADATA_KEYS})
    if unknown:
        raise ArticleError(
            name, f"has unknown keys {', '.join(map(repr, unknown))}; an article input has 'text' and "
            f"optionally {', '.join(map(repr, METADATA_KEYS))}",
        )  # fmt: skip
    if "text" not in document:
        raise ArticleError(name, "has no 'text'; put the article's body in a 'text' string")
    for key in ("text", *METADATA_KEYS):
        if key in document and document[key] is not None and not isinstance(document[key], str):
            raise ArticleError(name, f"has {key!r} as {_json_type(document[key])}; it must be a string")
    _check_text(document["text"], f"{name} (text)")
    metadata: dict[str, str | None] = {key: document.get(key) or None for key in METADATA_KEYS}
    _check_metadata(metadata, name)
    return Article(text=document["text"], name=name, **metadata)


def with_metadata(article: Article, **metadata: str | None) -> Article:
    """*article* with the given metadata (title, published, url, publisher, language) in place of its
    own, each checked as the metadata of a JSON input is; None leaves a value as it is."""
    given = {key: value for key, value in metadata.items() if value is not None}
    unknown = sorted(set(given) - set(METADATA_KEYS))
    if unknown:
        raise TypeError(f"unknown article metadata {', '.join(map(repr, unknown))}")
    merged: dict[str, str | None] = {key: getattr(article, key) for key in METADATA_KEYS} | given
    _check_metadata(merged, article.name)
    return replace(article, **given)


def _check_metadata(metadata: dict[str, str | None], name: str) -> None:
    published, language, url = metadata["published"], metadata["language"], metadata["url"]
    if published is not None:
        if not _PUBLISHED.match(published):
            raise ArticleError(
                name,
                f"'published': {published!r} is neither a date (2022-02-10) nor a date-time with seconds and an "
                "offset (2022-02-10T09:30:00+09:00); write it in one of these forms",
            )
        try:
            Anchor.parse(published)
        except AnchorError as error:
            raise ArticleError(name, f"'published': {error}") from error
    if language is not None and not _LANGUAGE_TAG.match(language):
        raise ArticleError(name, f"'language': {language!r} is not a BCP 47 tag; write one such as 'en' or 'en-GB'")
    if url is not None and not (re.match(r"\Ahttps?://[^\s/]+", url) and format_checker().conforms(url, "uri")):
        raise ArticleError(name, f"'url': {url!r} is not an absolute http(s) URL; give the full address, https://...")
    for key in ("title", "publisher"):
        value = metadata[key]
        if value is not None and not value.strip():
            raise ArticleError(name, f"{key!r} is empty; give the article's {key} or leave it out")


def _json_type(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}.get(
        type(value), type(value).__name__
    )
