"""Many inputs converted in one run, in input order, in one process or several.

Each input is read, converted and validated on its own: one that fails (unreadable, not text,
no event) yields its error and the others are still converted. With `jobs` above 1, worker
processes each load the pipeline once and convert whole inputs; results come back in input order.
Standard input (`-`) is read by the calling process.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..errors import NewsEventError
from ..models import Record
from .article import MAX_ARTICLE_BYTES, Article, read_article, with_metadata
from .nlp import load_pipeline
from .pipeline import convert

# Inputs handed to a worker at a time: enough to keep it busy, few enough to keep results in step.
_CHUNK = 4


@dataclass(frozen=True, slots=True)
class ConvertOptions:
    """How inputs are converted: metadata given for every input (it replaces the input's own), the
    input size limit and the number of processes."""

    published: str | None = None
    source_url: str | None = None
    publisher: str | None = None
    max_bytes: int = MAX_ARTICLE_BYTES
    jobs: int = 1


@dataclass(frozen=True, slots=True)
class Converted:
    """One input's outcome: its records, or the error that stopped it (then no record at all)."""

    name: str
    records: tuple[Record, ...] = ()
    error: str | None = None


def convert_article(article: Article, options: ConvertOptions = ConvertOptions()) -> Converted:
    """The records of one article already read, or its error."""
    try:
        article = with_metadata(
            article, published=options.published, url=options.source_url, publisher=options.publisher
        )
        return Converted(article.name, convert(article, nlp=load_pipeline()))
    except NewsEventError as error:
        return Converted(article.name, error=str(error))


def convert_path(source: str | Path, options: ConvertOptions = ConvertOptions()) -> Converted:
    """The records of the article in the file *source* (`-`: standard input), or its error."""
    try:
        article = read_article(source, max_bytes=options.max_bytes)
    except NewsEventError as error:
        return Converted("<stdin>" if str(source) == "-" else str(source), error=str(error))
    return convert_article(article, options)


def convert_paths(sources: Sequence[str | Path], options: ConvertOptions = ConvertOptions()) -> Iterator[Converted]:
    """The outcome of every input, in input order; with `options.jobs` > 1, converted by that many processes."""
    files = [source for source in sources if str(source) != "-"]
    if options.jobs <= 1 or len(files) < 2:
        for source in sources:
            yield convert_path(source, options)
        return
    with ProcessPoolExecutor(min(options.jobs, len(files)), initializer=load_pipeline) as pool:
        converted = pool.map(convert_path, files, [options] * len(files), chunksize=_CHUNK)
        for source in sources:
            yield convert_path(source, options) if str(source) == "-" else next(converted)
