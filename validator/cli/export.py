"""`newsevent export`: records in other formats."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ._app import EXIT_INVALID, EXIT_UNREADABLE, app


class ExportFormat(StrEnum):
    jsonld = "jsonld"


@app.command()
def export(
    inputs: Annotated[list[str], typer.Argument(help="Feeds or records (as for validate), or - for stdin.")],
    to: Annotated[ExportFormat, typer.Option("--to", help="Target format.")] = ExportFormat.jsonld,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
    ] = None,
    inline_context: Annotated[
        bool, typer.Option(help="Embed the JSON-LD context instead of referring to it by URL.")
    ] = False,
) -> None:
    """Export records to another format: JSON-LD with schema.org types, one document per line."""
    from ..inputs import InputError, discover, read
    from ..jsonld import to_jsonld

    written = skipped = 0
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for source in discover(inputs):
            for entry in read(source):
                if not entry.parsed or not isinstance(entry.record, dict):
                    skipped += 1
                    typer.echo(f"{entry.source}:{entry.line}: not a record, not exported", err=True)
                    continue
                stream.write(json.dumps(to_jsonld(entry.record, inline_context=inline_context), ensure_ascii=False))
                stream.write("\n")
                written += 1
    except InputError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_UNREADABLE) from error
    finally:
        if output:
            stream.close()
    typer.echo(f"{written} records exported to {to.value}; {skipped} skipped", err=True)
    if skipped:
        raise typer.Exit(EXIT_INVALID)
