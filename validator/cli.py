"""The `newsevent` command: parse arguments, call the library, render, exit. Nothing else."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .errors import UnknownSchemaError
from .feeds import FeedReadError, read_records
from .schemas import load_schema, schema_names, schema_path
from .validation import iter_problems

EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 4

app = typer.Typer(
    name="newsevent",
    help="Define, validate and produce news-event records.",
    no_args_is_help=True,
    add_completion=False,
)
schema_app = typer.Typer(help="List, show and locate the format's JSON Schemas.", no_args_is_help=True)
app.add_typer(schema_app, name="schema")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsevent {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Define, validate and produce news-event records."""


@schema_app.command("list")
def schema_list() -> None:
    """List the schemas of the format with their `$id`s."""
    for name in schema_names():
        schema = load_schema(name)
        typer.echo(f"{name:<14} {schema['$id']}  {schema['title']}")


@schema_app.command("show")
def schema_show(name: Annotated[str, typer.Argument(help="Schema name, e.g. `record`.")]) -> None:
    """Print one schema as JSON."""
    try:
        schema = load_schema(name)
    except UnknownSchemaError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from error
    typer.echo(json.dumps(schema, indent=2, ensure_ascii=False))


@schema_app.command("path")
def schema_path_command(
    name: Annotated[str | None, typer.Argument(help="Schema name; without it, the folder.")] = None,
) -> None:
    """Print where the installed schemas are (the folder, or one schema's file)."""
    try:
        typer.echo(str(schema_path(name)))
    except UnknownSchemaError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from error


@app.command()
def validate(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Files holding one record, an array of records, a feed document, or JSON Lines."),
    ],
) -> None:
    """Check records against the format's schemas.

    Exit codes: 0 all valid, 1 some record invalid, 2 usage error, 4 an input missing or unreadable.
    """
    invalid = unreadable = records = 0
    for path in inputs:
        try:
            for entry in read_records(path):
                records += 1
                if entry.syntax_error is not None:
                    invalid += 1
                    typer.echo(f"{entry.where}: {entry.syntax_error} [json.syntax]")
                    continue
                problems = list(iter_problems(entry.record))
                if problems:
                    invalid += 1
                for problem in problems:
                    typer.echo(f"{entry.where}: {problem.path}: {problem.message} [{problem.rule}]")
        except FeedReadError as error:
            unreadable += 1
            typer.echo(f"error: {error}", err=True)
    typer.echo(f"{records} records checked: {records - invalid} valid, {invalid} invalid", err=True)
    if unreadable:
        raise typer.Exit(EXIT_UNREADABLE)
    if invalid:
        raise typer.Exit(EXIT_INVALID)


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
    from .dates import Anchor, AnchorError, find_dates
    from .dates.render import result_json, result_text

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


def main() -> None:
    """Entry point of the `newsevent` console script."""
    app()
