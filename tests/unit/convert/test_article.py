"""Reading converter inputs: plain text, JSON with metadata, stdin, and every bad input refused clearly."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from validator.convert import Article, ArticleError, article_from_bytes, read_article
from validator.convert.article import with_metadata

SEED = SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt"


def test_the_seed_is_read_byte_for_byte() -> None:
    article = read_article(SEED)
    assert article.text == SEED.read_bytes().decode("utf-8")
    assert article.name == str(SEED)
    assert article.published is None


def test_a_byte_order_mark_is_dropped_and_nothing_else_changes() -> None:
    article = article_from_bytes(b"\xef\xbb\xbfTOKYO, Feb. 10 -- Talks were held.\r\n", "a.txt")
    assert article.text == "TOKYO, Feb. 10 -- Talks were held.\r\n"


def test_json_input_carries_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "article.json"
    document = {
        "text": "Ministers met in Tokyo on Monday.",
        "title": "Ministers meet",
        "published": "2022-02-10T09:30:00+09:00",
        "url": "https://example.org/news/1",
        "publisher": "Example News",
        "language": "en-GB",
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    assert read_article(path) == Article(name=str(path), **document)


def test_json_is_recognised_by_content_without_the_suffix() -> None:
    article = article_from_bytes(b'  {"text": "A storm hit the coast."}', "<stdin>")
    assert article.text == "A storm hit the coast."
    assert article.title is None


def test_stdin_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Rescuers reached the village.")))
    article = read_article("-")
    assert (article.name, article.text) == ("<stdin>", "Rescuers reached the village.")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "has no text"),
        (b" \n\t\n", "has no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is binary"),
        ("Caf\u00e9 talks".encode("cp1252"), "is not UTF-8 (byte 3, line 1"),
        ("Talks".encode("utf-16"), "is UTF-16"),
        (b"<!DOCTYPE html><html><body><p>Talks</p></body></html>", "is HTML"),
        (b"<div><p>One</p><p>Two</p><p>Three</p><a href='x'>more</a></div>", "is HTML"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f some words", "control characters"),
        (b'{"text": "Talks", "author": "A. Writer"}', "unknown keys 'author'"),
        (b'{"title": "Talks"}', "has no 'text'"),
        (b'{"text": 12}', "'text' as a number"),
        (b'{"text": "   "}', "(text): has no text"),
        (b'{"text": "Talks", "published": "10 Feb 2022"}', "'published': '10 Feb 2022' is neither a date"),
        (b'{"text": "Talks", "published": "2022-02-10T09:00"}', "with seconds and an offset"),
        (b'{"text": "Talks", "published": "2022-02-31"}', "'published': "),
        (b'{"text": "Talks", "language": "English"}', "is not a BCP 47 tag"),
        (b'{"text": "Talks", "url": "example.org/1"}', "not an absolute http(s) URL"),
        (b'{"text": "Talks",}', "is not valid JSON"),
    ],
)
def test_bad_inputs_are_refused_with_the_input_named(data: bytes, expected: str) -> None:
    with pytest.raises(ArticleError) as caught:
        article_from_bytes(data, "feed/item.txt")
    assert str(caught.value).startswith("feed/item.txt")
    assert expected in str(caught.value)


def test_a_json_array_file_is_refused_as_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "articles.json"
    path.write_text('[{"text": "Talks"}]', encoding="utf-8")
    with pytest.raises(ArticleError, match="not an object"):
        read_article(path)


def test_a_huge_file_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Words. " * 2000)
    with pytest.raises(ArticleError, match="over 1,000 bytes"):
        read_article(path, max_bytes=1000)
    assert read_article(path, max_bytes=14000).text.startswith("Words.")


def test_missing_files_and_folders_name_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=r"cannot be read .*check the path"):
        read_article(tmp_path / "absent.txt")
    with pytest.raises(ArticleError, match="is a folder"):
        read_article(tmp_path)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_an_article_or_an_article_error(data: bytes) -> None:
    refusal: ArticleError | None = None
    try:
        article = article_from_bytes(data, "x")
    except ArticleError as error:
        refusal = error
    if refusal is None:
        assert article.text.strip()
    else:
        assert refusal.name == "x"
        assert "; " in refusal.problem, "every refusal names what to do about it"


def test_metadata_given_beside_an_input_is_checked_and_replaces_its_own() -> None:
    article = article_from_bytes(b'{"text": "Talks were held.", "published": "2022-02-10"}', "a.json")
    changed = with_metadata(article, published="2022-02-11T09:00:00+09:00", publisher="Kyodo News", url=None)
    assert (changed.published, changed.publisher, changed.text) == (
        "2022-02-11T09:00:00+09:00", "Kyodo News", "Talks were held."
    )  # fmt: skip
    with pytest.raises(ArticleError, match=r"a\.json: 'url': 'news\.example' is not an absolute http"):
        with_metadata(article, url="news.example")
