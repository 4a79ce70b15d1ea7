"""The `newsevent` application: its commands are registered by the modules beside this one."""

from __future__ import annotations

from typing import Annotated

import typer

from .._version import __version__

EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_SCHEMA = 3
EXIT_UNREADABLE = 4

app = typer.Typer(
    name="newsevent",
    help="Define, validate and produce news-event records.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
schema_app = typer.Typer(
    help="List, show and locate the format's JSON Schemas.", no_args_is_help=True, rich_markup_mode="markdown"
)
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
