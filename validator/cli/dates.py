"""`newsevent dates`: every temporal expression of an article."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ._app import EXIT_UNREADABLE, EXIT_USAGE, app


class OutputFormat(StrEnum):
    json = "json"
    text = "text"


def _read_text(path: Path) -> str:
    try:
        data = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
    except OSError as error:
        typer.echo(f"error: {str(path)!r}: cannot be read ({error.strerror}); check the path", err=True)
        raise typer.Exit(EXIT_UNREADABLE) from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        typer.echo(f"error: {str(path)!r}: not UTF-8 at byte {error.start}; re-encode the file as UTF-8", err=True)
        raise typer.Exit(EXIT_UNREADABLE) from error


@app.command()
def dates(
    file: Annotated[Path, typer.Argument(help="A UTF-8 text file, or - for standard input.")],
    published: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY-MM-DD or ISO date-time); inferred from the text when left out."),
    ] = None,
    timezone: Annotated[
        str | None, typer.Option(help="IANA time zone of the publication, e.g. Asia/Tokyo (default UTC).")
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="json or text.")] = OutputFormat.text,
) -> None:
    """Find and normalise every date, time, duration and set in an article.

    Offsets are character offsets into the file's text as read (UTF-8).
    """
    from ..dates import Anchor, AnchorError, find_dates
    from ..dates.render import result_json, result_text

    text = _read_text(file)
    try:
        anchor = Anchor.parse(published, timezone=timezone) if published else None
        if anchor is None and timezone:
            Anchor.parse("2000-01-01", timezone=timezone)
    except AnchorError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from error
    result = find_dates(text, anchor=anchor)
    if anchor is None and timezone and result.anchor is not None:
        result = find_dates(text, anchor=replace(result.anchor, timezone=timezone))
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(result_json(result), ensure_ascii=False, indent=2))
    else:
        typer.echo(result_text(result))
