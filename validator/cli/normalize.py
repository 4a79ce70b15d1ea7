"""`newsevent normalize`: dates into the format's form, every change audited."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ._app import EXIT_INVALID, EXIT_UNREADABLE, EXIT_USAGE, app


class DateOrderOption(StrEnum):
    DMY = "DMY"
    MDY = "MDY"
    YMD = "YMD"


@app.command()
def normalize(
    source: Annotated[Path, typer.Argument(help="A feed: JSON Lines, or a JSON record, array or feed document.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the normalised feed.")],
    audit: Annotated[
        Path | None, typer.Option(help="Where to write the JSON Patch of each change (default: OUTPUT.patch.jsonl).")
    ] = None,
    date_order: Annotated[
        DateOrderOption | None, typer.Option(help="Day/month order of numeric dates such as 10/02/2022.")
    ] = None,
) -> None:
    """Rewrite dates that are not in the format's form, keeping every record and auditing every change.

    Exit codes: 0 nothing left to repair, 1 some date could not be repaired (those records are
    written unchanged), 2 usage error, 4 the input is missing or unreadable.
    """
    from ..dates.parse import DateOrder
    from ..inputs import InputKind, Source, kind_of
    from ..normalize import Unrepaired, normalize_document, normalize_lines

    if not source.is_file():
        typer.echo(f"error: {str(source)!r}: no such file; check the path", err=True)
        raise typer.Exit(EXIT_UNREADABLE)
    audit_path = audit or output.with_name(output.name + ".patch.jsonl")
    for name, path in (("--output", output), ("--audit", audit_path)):
        if path.resolve() == source.resolve():
            typer.echo(f"error: {name} {str(path)!r} is the input; normalize never overwrites its input", err=True)
            raise typer.Exit(EXIT_USAGE)
    if audit_path.resolve() == output.resolve():
        typer.echo(f"error: --audit {str(audit_path)!r} is also --output; give them different files", err=True)
        raise typer.Exit(EXIT_USAGE)
    order: DateOrder | None = date_order.value if date_order else None

    def report(where: int, record: Any, problem: Unrepaired) -> None:
        record_id = record.get("id") if isinstance(record, dict) else None
        label = f" ({record_id})" if record_id else ""
        typer.echo(
            f"{source}:{where}{label}: {problem.path}: {problem.value!r} not repaired: {problem.reason}", err=True
        )

    with audit_path.open("wb") as audit_file:

        def write_audit(change: dict[str, Any]) -> None:
            audit_file.write(json.dumps(change, ensure_ascii=False).encode("utf-8") + b"\n")

        data = source.read_bytes()
        if kind_of(Source(str(source), source, InputKind.auto)) is InputKind.jsonl:
            with output.open("wb") as out:
                summary = normalize_lines(
                    iter(data.splitlines(keepends=True)), out.write, write_audit, report, date_order=order
                )
        else:
            try:
                document = json.loads(data)
            except ValueError as error:
                typer.echo(f"error: {str(source)!r} is not JSON ({error}); nothing written", err=True)
                raise typer.Exit(EXIT_UNREADABLE) from error
            normalized, summary = normalize_document(document, write_audit, report, date_order=order)
            try:
                text = json.dumps(normalized, ensure_ascii=False, indent=2)
                text.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate, kept as the escape it was written as
                text = json.dumps(normalized, ensure_ascii=True, indent=2)
            output.write_text(text + "\n", encoding="utf-8")
    typer.echo(
        f"{summary.records} records: {summary.changed} changed, {summary.unrepaired} with dates not repaired, "
        f"{summary.passed_through} non-record lines copied; audit in {audit_path}",
        err=True,
    )
    if summary.unrepaired:
        raise typer.Exit(EXIT_INVALID)
