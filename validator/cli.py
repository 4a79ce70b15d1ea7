"""The `newsevent` command: parse arguments, call the library, render, exit. Nothing else."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import jsonschema.exceptions
import referencing.exceptions
import typer

from ._version import __version__
from .errors import UnknownSchemaError
from .feedcheck import FeedOptions, check_feeds
from .inputs import DEFAULT_MAX_RECORD_BYTES, InputKind
from .report import (
    Finding,
    Summary,
    render_github_finding,
    render_github_summary,
    render_json,
    render_sarif,
    render_text_finding,
)
from .rules import RULE_DESCRIPTIONS
from .schemas import load_schema, schema_names, schema_path

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


class ValidateOutput(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


SUPPORTED_SCHEMA_VERSIONS = ("1", "1.0")
EXIT_SCHEMA = 3
# A progress line appears on a terminal once a run has taken this long, and is redrawn this often.
PROGRESS_AFTER_SECONDS = 1.0
PROGRESS_EVERY_SECONDS = 0.25


def _progress(stream: Any) -> Callable[[Summary], None] | None:
    if not stream.isatty():
        return None
    started = time.monotonic()
    shown = [started]

    def show(summary: Summary) -> None:
        now = time.monotonic()
        if now - started >= PROGRESS_AFTER_SECONDS and now - shown[0] >= PROGRESS_EVERY_SECONDS:
            shown[0] = now
            stream.write(f"\r{summary.records:,} records, {summary.invalid:,} invalid, {now - started:.0f} s")
            stream.flush()

    return show


@schema_app.command("bundle")
def schema_bundle(
    name: Annotated[str, typer.Argument(help="Schema name.")] = "record",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
    ] = None,
) -> None:
    """Print one self-contained schema document: NAME with every schema it references embedded."""
    from .bundle import bundle

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
    from .compat import CompatibilityError, check_compatibility

    paths = records or sorted((Path(__file__).resolve().parents[1] / "fixtures" / "records" / "valid").glob("*.json"))
    probes = [(path.name, json.loads(path.read_text(encoding="utf-8"))) for path in paths]
    try:
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
    max_record_bytes: Annotated[int, typer.Option(help="Larger records are reported, not parsed.")] = (
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
    options = FeedOptions(
        semantic=semantic, kind=input_format, pattern=glob, max_errors=max_errors or None,
        max_errors_per_record=max_errors_per_record or None, max_record_bytes=max_record_bytes, jobs=jobs,
    )  # fmt: skip
    summary = Summary()
    progress = _progress(sys.stderr)
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
    except (referencing.exceptions.Unresolvable, jsonschema.exceptions.SchemaError) as error:
        typer.echo(f"error: the schemas cannot be used: {error}", err=True)
        raise typer.Exit(EXIT_SCHEMA) from error
    if progress is not None:
        sys.stderr.write("\r\033[K")
    for problem in summary.unreadable:
        typer.echo(f"error: {problem}", err=True)
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
    from .inputs import InputError, discover, read
    from .jsonld import to_jsonld

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
    from .dates.parse import DateOrder
    from .inputs import InputKind, Source, kind_of
    from .normalize import Unrepaired, normalize_document, normalize_lines

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


def main() -> None:
    """Entry point of the `newsevent` console script."""
    app()


if __name__ == "__main__":
    main()
