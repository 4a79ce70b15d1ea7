"""Many inputs converted in one run, in input order, in one process or several.

Each input is read, converted and validated on its own: one that fails (unreadable, not text,
no event) yields its error and the others are still converted. With `jobs` above 1, worker
processes each load the pipeline once and convert whole inputs; results come back in input order.
Standard input (`-`) is read by the calling process.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NewsEventError
from ..models import Record
from .article import MAX_ARTICLE_BYTES, Article, read_article, with_metadata
from .document import parse_text
from .nlp import load_pipeline
from .pipeline import convert

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Inputs read and parsed together, and handed to a worker at a time: enough for `nlp.pipe` to
# batch its work, few enough to keep memory flat and results in step with the inputs.
BATCH = 8
POOL_BATCH = 2  # inputs handed to a worker at a time


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


def convert_article(
    article: Article, options: ConvertOptions = ConvertOptions(), *, doc: Doc | None = None
) -> Converted:
    """The records of one article already read, with the options' metadata (*doc*: the parse of
    `parse_text` of that article), or its error."""
    try:
        article = _with_options(article, options)
        return Converted(article.name, convert(article, nlp=load_pipeline(), doc=doc))
    except NewsEventError as error:
        return Converted(article.name, error=str(error))


def _with_options(article: Article, options: ConvertOptions) -> Article:
    return with_metadata(article, published=options.published, url=options.source_url, publisher=options.publisher)


def convert_path(source: str | Path, options: ConvertOptions = ConvertOptions()) -> Converted:
    """The records of the article in the file *source* (`-`: standard input), or its error."""
    return _convert_batch([source], options)[0]


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    """Worker processes that each load the pipeline once, for `convert_paths(..., pool=...)` calls
    that should not start workers again (a service converting batch after batch). Shut it down."""
    return ProcessPoolExecutor(jobs, initializer=load_pipeline)


def convert_paths(
    sources: Sequence[str | Path], options: ConvertOptions = ConvertOptions(), *, pool: Executor | None = None
) -> Iterator[Converted]:
    """The outcome of every input, in input order; with `options.jobs` > 1, converted by that many
    processes started for the call, or by *pool* when given."""
    files = [source for source in sources if str(source) != "-"]
    if pool is None and (options.jobs <= 1 or len(files) < 2):
        for start in range(0, len(sources), BATCH):
            yield from _convert_batch(sources[start : start + BATCH], options)
        return
    # Small tasks, so that the workers finish together rather than one waiting on the other's last batch.
    batches = [files[start : start + POOL_BATCH] for start in range(0, len(files), POOL_BATCH)]
    with contextlib.ExitStack() as stack:
        if pool is None:
            pool = stack.enter_context(worker_pool(min(options.jobs, len(batches))))
        converted = (
            result for batch in pool.map(_convert_batch, batches, [options] * len(batches)) for result in batch
        )
        for source in sources:
            yield convert_path(source, options) if str(source) == "-" else next(converted)


def _convert_batch(sources: Sequence[str | Path], options: ConvertOptions) -> list[Converted]:
    """The outcomes of a few inputs, their texts parsed together (`nlp.pipe` batches the work)."""
    read: list[Article | Converted] = []
    for source in sources:
        try:
            read.append(_with_options(read_article(source, max_bytes=options.max_bytes), options))
        except NewsEventError as error:
            read.append(Converted("<stdin>" if str(source) == "-" else str(source), error=str(error)))
    articles = [item for item in read if isinstance(item, Article)]
    docs = iter(load_pipeline().pipe(parse_text(article) for article in articles))
    return [convert_article(item, options, doc=next(docs)) if isinstance(item, Article) else item for item in read]
