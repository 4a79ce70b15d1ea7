"""A validation report: located findings and a summary, with renderers for people and machines.

text     one line per problem, `file:line:column: record N (id): path: message [rule]`
json     a summary and every listed problem as an object
github   workflow commands (`::error file=...,line=...::message`), then a summary notice
sarif    SARIF 2.1.0, for code scanning
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import quote

from ._version import __version__

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem and where it is: file, line, column, record number and id."""

    file: str
    line: int
    column: int
    record: int | None
    id: str | None
    path: str
    rule: str
    message: str
    severity: str = "error"
    alternatives: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["alternatives"] = list(self.alternatives)
        if not self.alternatives:
            del data["alternatives"]
        return data


@dataclass(slots=True)
class Summary:
    """What a run read and found. Counting never stops, whatever the listing caps."""

    records: int = 0
    valid: int = 0
    invalid: int = 0
    inputs: int = 0
    unreadable: list[str] = field(default_factory=list)
    broken_inputs: int = 0
    """Inputs with a problem outside any record (too large, a broken gzip stream)."""
    by_rule: Counter[str] = field(default_factory=Counter)
    listed: int = 0
    unlisted: int = 0

    @property
    def problems(self) -> int:
        return sum(self.by_rule.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "records": self.records, "valid": self.valid, "invalid": self.invalid, "inputs": self.inputs,
            "unreadable": self.unreadable, "broken_inputs": self.broken_inputs, "problems": self.problems,
            "by_rule": dict(sorted(self.by_rule.items())),
            "listed": self.listed, "unlisted": self.unlisted,
        }  # fmt: skip

    def line(self) -> str:
        rules = ", ".join(f"{rule} {count}" for rule, count in sorted(self.by_rule.items()))
        text = f"{self.records} records read: {self.valid} valid, {self.invalid} invalid; {self.problems} problems"
        if rules:
            text += f" ({rules})"
        if self.unlisted:
            text += f"; {self.unlisted} not listed (--max-errors)"
        if self.unreadable:
            text += f"; {len(self.unreadable)} input(s) unreadable"
        return text


# What a terminal or a log reader would act on rather than print: C0 and C1 control characters
# (a newline starting a forged line, an escape sequence), DEL, and the Unicode line and paragraph
# separators and bidirectional controls, which reorder or split what is shown.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """*text* with every character a terminal or a log would act on written as its escape (`\\n`,
    `\\x1b`, `\\u202e`), so that what comes from an input is shown, never obeyed."""
    return _UNPRINTABLE.sub(lambda char: char.group().encode("unicode_escape").decode("ascii"), text)


def render_text_finding(finding: Finding) -> str:
    where = f"{finding.file}:{finding.line}:{finding.column}"
    record = f"record {finding.record}" if finding.record is not None else "input"
    if finding.id:
        record += f" ({finding.id})"
    return printable(f"{where}: {record}: {finding.path}: {finding.message} [{finding.rule}]")


def render_json(findings: Iterable[Finding], summary: Summary) -> str:
    return json.dumps(
        {"summary": summary.as_json(), "problems": [finding.as_json() for finding in findings]},
        ensure_ascii=False,
        indent=2,
    )


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render_github_finding(finding: Finding) -> str:
    """A GitHub Actions workflow command that annotates the file at the problem's line."""
    properties = (
        f"file={_escape_property(finding.file)},line={finding.line},col={finding.column},"
        f"title={_escape_property(finding.rule)}"
    )
    record = f"record {finding.record}" if finding.record is not None else "input"
    return printable(
        f"::{finding.severity} {properties}::{_escape_data(f'{record}: {finding.path}: {finding.message}')}"
    )


def render_github_summary(summary: Summary) -> str:
    level = "error" if summary.invalid or summary.unreadable or summary.broken_inputs else "notice"
    return f"::{level} title=newsevent validate::{_escape_data(summary.line())}"


def _uri_reference(file: str) -> str:
    """A file name as a SARIF artifact URI reference (POSIX separators, percent-encoded)."""
    if file == "<stdin>":
        return "stdin"
    return quote(file.replace("\\", "/"))


def render_sarif(findings: Iterable[Finding], summary: Summary, rule_descriptions: dict[str, str]) -> str:
    listed = list(findings)
    rules = sorted({finding.rule for finding in listed} | set(summary.by_rule))
    index = {rule: position for position, rule in enumerate(rules)}
    run = {
        "tool": {
            "driver": {
                "name": "newsevent",
                "version": __version__,
                "rules": [
                    {"id": rule, "shortDescription": {"text": rule_descriptions.get(rule, rule)}} for rule in rules
                ],
            }
        },
        "results": [
            {
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": "error" if finding.severity == "error" else "warning",
                "message": {"text": f"{finding.path}: {finding.message}"},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri_reference(finding.file)},
                            "region": {"startLine": max(finding.line, 1), "startColumn": max(finding.column, 1)},
                        }
                    }
                ],
                "properties": {"record": finding.record, "id": finding.id, "path": finding.path},
            }
            for finding in listed
        ],
        "properties": {"summary": summary.as_json()},
    }
    return json.dumps({"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2)
