"""`newsevent validate`: check feeds and render what was found."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated

import typer

from ..feedcheck import FeedOptions, check_feeds
from ..inputs import DEFAULT_MAX_RECORD_BYTES, InputError, InputKind, check_pattern
from ..report import (
    Finding,
    Summary,
    printable,
    render_github_finding,
    render_github_summary,
    render_json,
    render_sarif,
    render_text_finding,
)
from ..rules import RULE_DESCRIPTIONS
from ._app import EXIT_INVALID, EXIT_SCHEMA, EXIT_UNREADABLE, EXIT_USAGE, app
from ._progress import ProgressLine


class ValidateOutput(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


SUPPORTED_SCHEMA_VERSIONS = ("1", "1.0")


def _progress(line: ProgressLine) -> Callable[[Summary], None] | None:
    if not line.active:
        return None
    return lambda summary: line.show(f"{summary.records:,} records, {summary.invalid:,} invalid")


@app.command()
def validate(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (JSON record, array, feed document, JSON Lines; .gz too), folders, or - for stdin."),
    ],
    output: Annotated[ValidateOutput, typer.Option(help="text, json, github (annotations) or sarif.")] = (
        ValidateOutput.text
    ),
    max_errors: Annotated[
        int, typer.Option(help="Problems listed overall (0: no limit); counting never stops.")
    ] = 1000,
    max_errors_per_record: Annotated[int, typer.Option(help="Problems listed per record (0: no limit).")] = 20,
    semantic: Annotated[
        bool, typer.Option("--semantic/--no-semantic", help="Check the rules beyond the schema.")
    ] = True,
    schema_version: Annotated[str, typer.Option(help="Version of the format to check against.")] = "1.0",
    glob: Annotated[
        str, typer.Option(help="Files to read in folders (.json, .jsonl, .ndjson, gzipped too).")
    ] = "*.*json*",
    input_format: Annotated[InputKind, typer.Option(help="auto (detect), json or jsonl.")] = InputKind.auto,
    max_record_bytes: Annotated[int, typer.Option(min=1, help="Larger records are reported, not parsed.")] = (
        DEFAULT_MAX_RECORD_BYTES
    ),
    jobs: Annotated[
        int, typer.Option(help="Processes for large JSON Lines files (0: one per CPU for files over 32 MB).")
    ] = 0,
) -> None:
    """Check feeds against the format: the schemas and the rules beyond them.

    Exit codes: 0 all valid, 1 some record invalid, 2 usage error, 3 a schema or reference
    problem, 4 an input missing or unreadable.
    """
    if schema_version not in SUPPORTED_SCHEMA_VERSIONS:
        typer.echo(f"error: no schemas for version {schema_version!r}; this newsevent knows 1.0", err=True)
        raise typer.Exit(EXIT_SCHEMA)
    try:
        check_pattern(glob)
    except InputError as error:
        typer.echo(f"error: --glob: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from error
    options = FeedOptions(
        semantic=semantic, kind=input_format, pattern=glob, max_errors=max_errors or None,
        max_errors_per_record=max_errors_per_record or None, max_record_bytes=max_record_bytes, jobs=jobs,
    )  # fmt: skip
    summary = Summary()
    line = ProgressLine(sys.stderr)
    progress = _progress(line)
    streaming = output in {ValidateOutput.text, ValidateOutput.github}
    listed: list[Finding] = []
    try:
        for finding in check_feeds(inputs, options, summary, on_record=progress):
            if output is ValidateOutput.text:
                typer.echo(render_text_finding(finding))
            elif output is ValidateOutput.github:
                typer.echo(render_github_finding(finding))
            else:
                listed.append(finding)
    except _schema_errors() as error:
        typer.echo(f"error: the schemas cannot be used: {error}", err=True)
        raise typer.Exit(EXIT_SCHEMA) from error
    line.clear()
    for problem in summary.unreadable:
        typer.echo(printable(f"error: {problem}"), err=True)
    if output is ValidateOutput.json:
        typer.echo(render_json(listed, summary))
    elif output is ValidateOutput.sarif:
        typer.echo(render_sarif(listed, summary, RULE_DESCRIPTIONS))
    elif output is ValidateOutput.github:
        typer.echo(render_github_summary(summary))
    if streaming or output is not ValidateOutput.json:
        typer.echo(summary.line(), err=True)
    if summary.unreadable:
        raise typer.Exit(EXIT_UNREADABLE)
    if summary.invalid or summary.broken_inputs:
        raise typer.Exit(EXIT_INVALID)


def _schema_errors() -> tuple[type[Exception], ...]:
    """What says the schemas themselves cannot be used; imported only once something is raised."""
    import jsonschema.exceptions
    import referencing.exceptions

    return referencing.exceptions.Unresolvable, jsonschema.exceptions.SchemaError
