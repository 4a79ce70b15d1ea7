"""`newsevent normalize`: dates into the format's form, every change audited."""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO

import typer

from ..report import printable
from ._app import EXIT_INVALID, EXIT_UNREADABLE, EXIT_USAGE, app
from ._files import same_file

if TYPE_CHECKING:
    from ..normalize import NormalizeSummary


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
    written unchanged), 2 usage error, 4 the input is missing or unreadable, or is a JSON document
    that writing again would change beyond its dates (repeated keys, numbers spelled otherwise);
    nothing is written then.
    """
    from ..dates.parse import DateOrder
    from ..normalize import Unrepaired

    if not source.is_file():
        typer.echo(f"error: {str(source)!r}: no such file; check the path", err=True)
        raise typer.Exit(EXIT_UNREADABLE)
    audit_path = audit or output.with_name(output.name + ".patch.jsonl")
    problem = _output_problem(source, output, audit_path)
    if problem is not None:
        typer.echo(printable(f"error: {problem}"), err=True)
        raise typer.Exit(EXIT_USAGE)
    data = _read_input(source)  # all of it, before any output is touched
    order: DateOrder | None = date_order.value if date_order else None

    def report(where: int, record: Any, problem: Unrepaired) -> None:
        record_id = record.get("id") if isinstance(record, dict) else None
        label = f" ({record_id})" if record_id else ""
        line = f"{source}:{where}{label}: {problem.path}: {problem.value!r} not repaired: {problem.reason}"
        typer.echo(printable(line), err=True)

    with _replaced_on_success(output) as out, _replaced_on_success(audit_path) as audit_file:
        summary = _normalize(source, data, out, audit_file, report, order)
    typer.echo(
        f"{summary.records} records: {summary.changed} changed, {summary.unrepaired} with dates not repaired, "
        f"{summary.passed_through} non-record lines copied; audit in {audit_path}",
        err=True,
    )
    if summary.unrepaired:
        raise typer.Exit(EXIT_INVALID)


def _output_problem(source: Path, output: Path, audit: Path) -> str | None:
    """What is wrong with where the outputs would go, before anything is read or written: an output
    that is the input (by name, link or hard link), both outputs one file, a folder, a missing folder."""
    for name, path in (("--output", output), ("--audit", audit)):
        if same_file(path, source):
            return f"{name} {str(path)!r} is the input; normalize never overwrites its input"
        if path.is_dir():
            return f"{name} {str(path)!r} is a folder; name a file in it"
        if not path.parent.is_dir():
            return f"{name} {str(path)!r}: the folder {str(path.parent)!r} does not exist; create it first"
    if same_file(audit, output):
        return f"--audit {str(audit)!r} is also --output; give them different files"
    return None


def _read_input(source: Path) -> bytes:
    """The input's bytes, decompressed when it is gzip, as `validate` reads it."""
    from ..inputs import BROKEN_STREAM, InputError, InputKind, Source, open_input

    try:
        with contextlib.ExitStack() as closing:
            return bytes(open_input(Source(str(source), source, InputKind.auto), closing).read())
    except InputError as error:
        typer.echo(f"error: {error}", err=True)
    except BROKEN_STREAM as error:
        typer.echo(
            f"error: {str(source)!r}: the gzip stream is broken or truncated ({error}); nothing written", err=True
        )
    except OSError as error:
        typer.echo(f"error: {str(source)!r}: cannot be read ({error.strerror}); nothing written", err=True)
    raise typer.Exit(EXIT_UNREADABLE)


@contextlib.contextmanager
def _replaced_on_success(path: Path) -> Iterator[BinaryIO]:
    """A temporary file beside *path* that replaces it when the block succeeds, and is removed when
    it fails, so that an output is complete or as it was before."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _normalize(source: Path, data: bytes, out: BinaryIO, audit: BinaryIO, report: Any, order: Any) -> NormalizeSummary:
    """Normalise the input's *data* into *out*, each change into *audit*."""
    from ..inputs import InputKind, Source, kind_of
    from ..normalize import json_bytes, normalize_document, normalize_lines, rewrite_loss

    def write_audit(change: dict[str, Any]) -> None:
        audit.write(json_bytes(change) + b"\n")

    if kind_of(Source(str(source), source, InputKind.auto)) is InputKind.jsonl:
        lines = iter(io.BytesIO(data))  # split at line feeds only: a carriage return is whitespace in JSON
        return normalize_lines(lines, out.write, write_audit, report, date_order=order)
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as error:
        reason = "nested too deeply to read" if isinstance(error, RecursionError) else f"not JSON ({error})"
        typer.echo(f"error: {str(source)!r} is {reason}; nothing written", err=True)
        raise typer.Exit(EXIT_UNREADABLE) from error
    normalized, summary = normalize_document(document, write_audit, report, date_order=order)
    loss = rewrite_loss(data.decode("utf-8", "surrogatepass"), normalized)
    if loss is not None:  # the whole document is written again, so nothing of it may be lost
        typer.echo(
            printable(f"error: {str(source)!r}: {loss}; nothing written (JSON Lines are rewritten record by record)"),
            err=True,
        )
        raise typer.Exit(EXIT_UNREADABLE)
    out.write(json_bytes(normalized, indent=2) + b"\n")
    return summary
