"""`newsevent schema`: list, show, locate, bundle and compare the format's schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import UnknownSchemaError
from ..schemas import load_schema, schema_names, schema_path
from ._app import EXIT_INVALID, EXIT_USAGE, schema_app


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


@schema_app.command("bundle")
def schema_bundle(
    name: Annotated[str, typer.Argument(help="Schema name.")] = "record",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
    ] = None,
) -> None:
    """Print one self-contained schema document: NAME with every schema it references embedded."""
    from ..bundle import bundle

    try:
        text = json.dumps(bundle(name), indent=2, ensure_ascii=False)
    except UnknownSchemaError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from error
    if output is None:
        typer.echo(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")


@schema_app.command("check-compat")
def schema_check_compat(
    old: Annotated[Path, typer.Argument(help="Folder of the released schemas.")],
    new: Annotated[Path, typer.Argument(help="Folder of the new schemas.")],
    records: Annotated[
        list[Path] | None,
        typer.Option("--records", help="Valid records to probe with (default: the shipped fixtures)."),
    ] = None,
) -> None:
    """Fail when records valid under OLD are rejected by NEW without a major version change.

    Exit codes: 0 compatible (or the major version changed), 1 incompatible, 2 usage error.
    """
    from ..compat import CompatibilityError, check_compatibility

    shipped = Path(__file__).resolve().parents[2] / "fixtures" / "records" / "valid"  # in a checkout
    paths = [
        found for path in records or [shipped] for found in (sorted(path.glob("*.json")) if path.is_dir() else [path])
    ]
    if not paths:
        typer.echo("error: no probe records: pass --records with valid records of the old format", err=True)
        raise typer.Exit(EXIT_USAGE)
    try:
        probes = [(path.name, _probe(path)) for path in paths]
        report = check_compatibility(old, new, probes)
    except CompatibilityError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from error
    for name, complaint in report.broken[:50]:
        typer.echo(f"rejected by the new schemas: {name}: {complaint}")
    verdict = "compatible" if not report.broken else (
        f"{len(report.broken)} records valid under {report.old_major}.x are rejected"
    )  # fmt: skip
    typer.echo(f"{report.probes} probe records valid under the old schemas; {verdict}", err=True)
    if report.broken and report.new_major > report.old_major:
        typer.echo(f"allowed: the major version changed ({report.old_major} to {report.new_major})", err=True)
    if not report.compatible:
        raise typer.Exit(EXIT_INVALID)


def _probe(path: Path) -> Any:
    """A probe record read from *path*, or a `CompatibilityError` that names it."""
    from ..compat import CompatibilityError

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise CompatibilityError(
            f"--records {str(path)!r}: cannot be read as JSON ({error}); give valid records"
        ) from error
