"""`newsevent convert`: news articles in, news-event records out (JSON Lines or a JSON array)."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any

import orjson
import typer

from ..report import printable
from ._app import EXIT_INVALID, EXIT_SCHEMA, EXIT_USAGE, app
from ._files import same_file
from ._progress import ProgressLine


class ConvertFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


@app.command()
def convert(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Article files: plain UTF-8 text, or JSON with 'text' and optional 'title', 'published', 'url', "
            "'publisher', 'language'; - for standard input."
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date of every input (2022-02-10, or 2022-02-10T09:30:00+09:00); replaces the input's "
            "own. Left out and not in the input, it is inferred from the text and marked as inferred."
        ),
    ] = None,
    source_url: Annotated[str | None, typer.Option(help="The article's address (http or https).")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published the article.")] = None,
    output_format: Annotated[
        ConvertFormat, typer.Option("--format", help="jsonl: one record per line; json: one array of records.")
    ] = ConvertFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the records to this file instead of standard output.")
    ] = None,
    jobs: Annotated[int, typer.Option(min=1, help="Processes converting inputs side by side.")] = 1,
) -> None:
    """Convert news articles into news-event records, one per event the article reports.

    Every record is validated before it is written. An input that cannot be converted is named on
    standard error with the reason, no record of it is written, the other inputs are still
    converted, and the exit code is 1.
    """
    from ..convert.article import Article, ArticleError, with_metadata
    from ..convert.batch import ConvertOptions, convert_paths
    from ..convert.nlp import PipelineError, check_pipeline

    try:
        with_metadata(Article("-", "command line"), published=published, url=source_url, publisher=publisher)
    except ArticleError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from error
    if output is not None and any(str(source) != "-" and same_file(Path(source), output) for source in inputs):
        typer.echo(f"error: --output {str(output)!r} is one of the inputs; write the records elsewhere", err=True)
        raise typer.Exit(EXIT_USAGE)
    if output is not None and output.is_dir():
        typer.echo(f"error: --output {str(output)!r} is a folder; name a file in it", err=True)
        raise typer.Exit(EXIT_USAGE)
    try:
        check_pipeline()
    except PipelineError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_SCHEMA) from error

    options = ConvertOptions(published=published, source_url=source_url, publisher=publisher, jobs=jobs)
    target = output.with_name(f".{output.name}.partial") if output is not None else None
    try:
        stream: IO[str] = open(target, "w", encoding="utf-8") if target is not None else sys.stdout  # noqa: SIM115
    except OSError as error:
        typer.echo(f"error: --output {str(output)!r} cannot be written ({error.strerror}); check the folder", err=True)
        raise typer.Exit(EXIT_USAGE) from error
    counts = {"converted": 0, "failed": 0, "records": 0}
    line = ProgressLine(sys.stderr)
    try:
        writer = _Writer(stream, output_format)
        for done, result in enumerate(convert_paths(inputs, options), 1):
            if result.error is not None:
                counts["failed"] += 1
                line.clear()
                typer.echo(printable(f"error: {result.error}"), err=True)
            else:
                counts["converted"] += 1
                counts["records"] += len(result.records)
                for record in result.records:
                    writer.write(record.to_json())
            line.show(f"converted {done}/{len(inputs)} inputs, {counts['failed']} failed")
        writer.close()
    except BaseException:
        if target is not None:
            stream.close()
            target.unlink(missing_ok=True)  # an interrupted run leaves no partial output behind
        raise
    if target is not None and output is not None:
        stream.close()
        os.replace(target, output)
    line.clear()
    failed = counts["failed"]
    typer.echo(
        f"{len(inputs)} input{'s' * (len(inputs) != 1)}: {counts['converted']} converted "
        f"({counts['records']} valid record{'s' * (counts['records'] != 1)}), {failed} failed",
        err=True,
    )
    if failed:
        raise typer.Exit(EXIT_INVALID)


class _Writer:
    """Records to a stream as JSON Lines, or as the items of one JSON array."""

    def __init__(self, stream: IO[str], output_format: ConvertFormat) -> None:
        self.stream, self.array, self.count = stream, output_format is ConvertFormat.json, 0

    def write(self, record: dict[str, Any]) -> None:
        if self.array:
            self.stream.write(("[\n" if self.count == 0 else ",\n") + orjson.dumps(record).decode())
        else:
            self.stream.write(orjson.dumps(record).decode() + "\n")
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        if self.array:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
            self.stream.flush()
