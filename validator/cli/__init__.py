"""The `newsevent` command: parse arguments, call the library, render, exit. Nothing else.

One module per command; importing them registers the commands on `app`.
"""

from . import convert, dates, export, normalize, schema, validate
from ._app import app

__all__ = ["app", "main"]
_COMMANDS = (convert, dates, export, normalize, schema, validate)


def main() -> None:
    """Entry point of the `newsevent` console script."""
    app()
