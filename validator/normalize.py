"""Repair dates in feed records that are not in the format's form, and say what changed.

`normalize_record` returns the repaired record, an RFC 6902 JSON Patch that turns the original
into it (each `replace` preceded by a `test` op holding the original value, so the audit keeps
the original words), and the date fields it could not repair. It is all or nothing: a record
with a date it cannot repair comes back unchanged, with the reasons. The record given is never
modified.

What it repairs:

- `article.published` and `times[].anchor.value`: dates written in words ("Feb. 10, 2022") or
  numerically with a declared day/month order ("10/02/2022");
- `times[].value` written as words ("mid-January", "Thursday"): resolved by the temporal engine
  against the record's publication date, filling `type`, `value`, `mod`, `precision` and the
  bounds (`text` keeps the article's words; the patch keeps the value's);
- `times[].earliest`/`latest` written as plain dates: widened to the first or last second of
  that day, in the value's time zone (UTC when it names none).

Numeric dates are never guessed: without a declared order, "10/02/2022" is reported, not read.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import jsonpatch

from .dates import Anchor, AnchorError, find_dates
from .dates.anchor import time_zone
from .dates.parse import DateOrder, parse_date_phrase
from .json_checks import duplicate_key
from .jsonpaths import json_path
from .models.temporal import TIMEX3_VALUE_PATTERN
from .schemas import format_checker

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_NUMERIC = re.compile(r"^\s*[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}\s*$")
_TIMEX3 = re.compile(TIMEX3_VALUE_PATTERN.replace("$", r"\Z"))
_CLOCK = re.compile(r"[0-9]{1,2}:[0-9]{2}")


@dataclass(frozen=True, slots=True)
class Unrepaired:
    """A date field normalisation could not repair, and why."""

    path: str
    value: Any
    reason: str


@dataclass(slots=True)
class Normalized:
    """The outcome for one record."""

    record: Any
    patch: list[dict[str, Any]] = field(default_factory=list)
    unrepaired: list[Unrepaired] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.patch)


def _pointer(parts: tuple[str | int, ...]) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def _is_date(value: Any) -> bool:
    return isinstance(value, str) and bool(_ISO_DATE.match(value)) and format_checker().conforms(value, "date")


def _is_date_or_time(value: Any) -> bool:
    return _is_date(value) or (isinstance(value, str) and format_checker().conforms(value, "date-time"))


class _Repairer:
    def __init__(self, record: dict[str, Any], date_order: DateOrder | None) -> None:
        self.record = record
        self.date_order = date_order
        self.outcome = Normalized(record)

    def replace(self, parts: tuple[str | int, ...], old: Any, new: Any) -> None:
        target: Any = self.record
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = new
        pointer = _pointer(parts)
        self.outcome.patch += [
            {"op": "test", "path": pointer, "value": old},
            {"op": "replace", "path": pointer, "value": new},
        ]

    def fail(self, parts: tuple[str | int, ...], value: Any, reason: str) -> None:
        self.outcome.unrepaired.append(Unrepaired(json_path(parts), value, reason))

    def calendar_date(self, parts: tuple[str | int, ...], value: Any, *, accept: Callable[[Any], bool]) -> None:
        """Repair a date written in words or numerically, where a date (or date-time) belongs."""
        if not isinstance(value, str) or accept(value):
            return
        if _CLOCK.search(value):
            self.fail(parts, value, "a time of day without its UTC offset; write it as YYYY-MM-DDThh:mm:ss+hh:mm")
            return
        if _NUMERIC.match(value) and self.date_order is None:
            self.fail(parts, value, "a numeric date needs its day/month order: pass --date-order DMY, MDY or YMD")
            return
        parsed = parse_date_phrase(value, date_order=self.date_order or "MDY")
        if parsed is None:
            self.fail(parts, value, "not a date this tool can read; write it as YYYY-MM-DD")
            return
        self.replace(parts, value, parsed.isoformat())

    def anchor(self, zone: Any) -> Anchor | None:
        article = self.record.get("article")
        published = article.get("published") if isinstance(article, dict) else None
        if not (isinstance(published, str) and _is_date_or_time(published)):
            return None
        try:
            return Anchor(date.fromisoformat(published[:10]), timezone=zone if isinstance(zone, str) else None)
        except AnchorError:
            return Anchor(date.fromisoformat(published[:10]))

    def temporal(self, index: int, item: dict[str, Any]) -> None:
        parts: tuple[str | int, ...] = ("times", index)
        value = item.get("value")
        if isinstance(value, str) and not _TIMEX3.match(value):
            self._resolve_words(parts, item, value)
        zone: str = item["timezone"] if isinstance(item.get("timezone"), str) else "UTC"
        for name, clock in (("earliest", "00:00:00"), ("latest", "23:59:59")):
            bound = item.get(name)
            if isinstance(bound, str) and _is_date(bound):
                moment = _with_offset(bound, clock, zone)
                if moment is None:
                    shown = zone if len(zone) <= 60 else zone[:60] + "..."
                    self.fail((*parts, name), bound, f"unknown time zone {shown!r}")
                else:
                    self.replace((*parts, name), bound, moment)
        anchor = item.get("anchor")
        if isinstance(anchor, dict):
            self.calendar_date((*parts, "anchor", "value"), anchor.get("value"), accept=_is_date_or_time)

    def _resolve_words(self, parts: tuple[str | int, ...], item: dict[str, Any], words: str) -> None:
        anchor = self.anchor(item.get("timezone"))
        result = find_dates(words, anchor=anchor, infer=False)
        whole = [e for e in result.expressions if e.start == 0 and e.end == len(words.strip())]
        if not whole:
            self.fail((*parts, "value"), words, "no single date, time, duration or set found in these words")
            return
        expression = whole[0]
        if "unresolved" in expression.qualifiers:
            self.fail(
                (*parts, "value"), words, "relative words, and the record has no publication date to resolve them"
            )
            return
        updates: dict[str, Any] = {"type": expression.type, "value": expression.value, "mod": expression.mod,
                                   "precision": expression.precision}  # fmt: skip
        if expression.earliest is not None:
            updates["earliest"] = expression.earliest.isoformat()
        if expression.latest is not None:
            updates["latest"] = expression.latest.isoformat()
        if expression.mod is None and "mod" in item:
            old_mod = item.pop("mod")
            pointer = _pointer((*parts, "mod"))
            self.outcome.patch += [{"op": "test", "path": pointer, "value": old_mod}, {"op": "remove", "path": pointer}]
        for name, new in updates.items():
            if new is None or item.get(name) == new:
                continue
            if name in item:
                self.replace((*parts, name), item[name], new)
            else:
                item[name] = new
                self.outcome.patch.append({"op": "add", "path": _pointer((*parts, name)), "value": new})


def _with_offset(day: str, clock: str, zone: str) -> str | None:
    tzinfo = time_zone(zone)
    if tzinfo is None:
        return None
    try:
        return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=tzinfo).isoformat()
    except ValueError:
        return None


def normalize_record(record: Any, *, date_order: DateOrder | None = None) -> Normalized:
    """The record with its dates in the format's form, the patch, and what could not be repaired."""
    if not isinstance(record, dict):
        return Normalized(record)
    repairer = _Repairer(copy.deepcopy(record), date_order)
    article = repairer.record.get("article")
    if isinstance(article, dict):
        repairer.calendar_date(("article", "published"), article.get("published"), accept=_is_date_or_time)
    for index, item in enumerate(
        repairer.record.get("times", ()) if isinstance(repairer.record.get("times"), list) else ()
    ):
        if isinstance(item, dict):
            repairer.temporal(index, item)
    outcome = repairer.outcome
    if outcome.unrepaired:
        return Normalized(record, [], outcome.unrepaired)
    if outcome.patch:
        assert jsonpatch.apply_patch(record, outcome.patch) == outcome.record
    return outcome


@dataclass(slots=True)
class NormalizeSummary:
    records: int = 0
    changed: int = 0
    unrepaired: int = 0
    passed_through: int = 0
    """Parts of the input that are not JSON records, copied to the output unchanged."""


def _normalize_one(
    record: Any, where_kind: str, where: int, summary: NormalizeSummary, audit: Callable[[dict[str, Any]], object],
    report: Callable[[int, Any, Unrepaired], object], date_order: DateOrder | None, raw: str | None = None,
) -> Normalized:  # fmt: skip
    """Normalise one record, counting it, reporting what is not repaired and auditing changes; a
    record read from the text *raw* is left as it is when writing it again would lose something."""
    summary.records += 1
    try:
        outcome = normalize_record(record, date_order=date_order)
    except RecursionError:
        outcome = Normalized(record, [], [Unrepaired("$", None, "nested too deeply to normalise; left unchanged")])
    if outcome.changed and raw is not None and (loss := rewrite_loss(raw, outcome.record)) is not None:
        outcome = Normalized(record, [], [Unrepaired("$", None, f"{loss}; the record is left unchanged")])
    for problem in outcome.unrepaired:
        report(where, record, problem)
    summary.unrepaired += bool(outcome.unrepaired)
    if outcome.changed:
        summary.changed += 1
        record_id = record.get("id") if isinstance(record, dict) else None
        audit({where_kind: where, "id": record_id, "patch": outcome.patch})
    return outcome


def normalize_lines(
    lines: Iterator[bytes], write: Callable[[bytes], object], audit: Callable[[dict[str, Any]], object],
    report: Callable[[int, Any, Unrepaired], object], *, date_order: DateOrder | None = None,
) -> NormalizeSummary:  # fmt: skip
    """Normalise JSON Lines: every line is written, repaired or as it was; nothing is dropped."""
    summary = NormalizeSummary()
    for number, line in enumerate(lines, start=1):
        body = line.rstrip(b"\r\n")
        try:  # the standard library keeps integers of any size exactly
            record = json.loads(body) if body.strip() else None
        except ValueError:
            record = None
        except RecursionError:
            report(number, None, Unrepaired("$", None, "nested too deeply to read; the line is copied unchanged"))
            record = None
        if record is None:
            summary.passed_through += bool(body.strip())
            write(line if line.endswith(b"\n") else line + b"\n")
            continue
        raw = body.decode("utf-8", "surrogatepass")
        outcome = _normalize_one(record, "line", number, summary, audit, report, date_order, raw)
        if outcome.changed:
            write(json_bytes(outcome.record) + b"\n")
        else:
            write(line if line.endswith(b"\n") else line + b"\n")
    return summary


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?')


def rewrite_loss(raw: str, rewritten: Any) -> str | None:
    """What writing *rewritten* (read from the JSON text *raw*, then repaired) would lose beyond the
    repair: a key repeated in one object, of which only the last value was read, or a number spelled
    otherwise than Python writes it ("1e3", "2.50"). None when nothing would be lost."""
    duplicate = duplicate_key(raw)
    if duplicate is not None:
        return duplicate.message
    written = json_bytes(rewritten).decode("utf-8")
    numbers_read = [token for token in _TOKEN.findall(raw) if not token.startswith('"')]
    numbers_written = [token for token in _TOKEN.findall(written) if not token.startswith('"')]
    if numbers_read != numbers_written:
        respelled = next(
            ((old, new) for old, new in zip(numbers_read, numbers_written, strict=False) if old != new), None
        )
        shown = f" ({respelled[0]} would be written {respelled[1]})" if respelled else ""
        return f"writing it again would change how its numbers are spelled{shown}"
    return None


def json_bytes(value: Any, *, indent: int | None = None) -> bytes:
    """*value* as UTF-8 JSON, compact unless *indent* is given; a lone surrogate, which UTF-8
    cannot hold, is written as the escape it was read from (the whole value then in ASCII)."""
    separators = (",", ":") if indent is None else None
    try:
        return json.dumps(value, ensure_ascii=False, separators=separators, indent=indent).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, separators=separators, indent=indent).encode("ascii")


def normalize_document(
    document: Any, audit: Callable[[dict[str, Any]], object], report: Callable[[int, Any, Unrepaired], object],
    *, date_order: DateOrder | None = None,
) -> tuple[Any, NormalizeSummary]:  # fmt: skip
    """Normalise a JSON document: one record, an array of records, or a feed document."""
    summary = NormalizeSummary()
    is_feed = isinstance(document, dict) and isinstance(document.get("records"), list)
    records = document["records"] if is_feed else document if isinstance(document, list) else [document]
    repaired = []
    for index, record in enumerate(records):
        repaired.append(_normalize_one(record, "record", index, summary, audit, report, date_order).record)
    if is_feed:
        return {**document, "records": repaired}, summary
    return (repaired if isinstance(document, list) else repaired[0]), summary
