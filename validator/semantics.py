"""The rules of the format that JSON Schema cannot express, each with a stable code.

    ref.unresolved         a local reference names no object of the right kind
    id.local-duplicate     two objects of a record share a local id
    evidence.order         an evidence span ends before it starts
    evidence.text          an evidence span's text differs from the article text at its offsets
    article.hash           `text_sha256` is not the hash of `article.text`
    quote.not-in-text      a direct or mixed statement does not appear verbatim in the article text
    time.order             `earliest` is after `latest`
    time.precision         `precision` does not fit the shape of the TIMEX3 value
    time.bounds            the bounds do not agree with the value and precision
    time.weekday           a weekday named in the text is not the weekday of the date
    time.after-publication an event that occurred is dated after its article was published
    code.country           an ISO 3166-1 code does not exist, or alpha-2 and alpha-3 disagree
    code.subdivision       an ISO 3166-2 code does not exist
    code.language          a language tag's primary language does not exist

These run on records that passed the schema. `id.duplicate` (a record id repeated in a feed)
is checked across records by the feed validator.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from operator import itemgetter
from typing import Any

import pycountry

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@cache
def _alpha3_of() -> dict[str, str]:
    table = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    table["XK"] = "XKX"  # Kosovo: user-assigned, in wide use (the schema documents it)
    return table


@cache
def _subdivisions() -> frozenset[str]:
    return frozenset(subdivision.code for subdivision in pycountry.subdivisions)


@cache
def _languages_known() -> frozenset[str]:
    return frozenset(
        code
        for language in pycountry.languages
        for code in (getattr(language, "alpha_2", None), getattr(language, "alpha_3", None))
        if code
    )


_WEEKDAY_IN_TEXT = re.compile(rf"\b({'|'.join(WEEKDAY_NAMES)})\b", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_MONTH_VALUE = re.compile(r"^([0-9]{4})-([0-9]{2})$")
_YEAR_VALUE = re.compile(r"^([0-9]{4})$")

# Which precisions fit which shapes of TIMEX3 value.
_PRECISION_SHAPES: dict[str, re.Pattern[str]] = {
    "day": re.compile(r"^[0-9X]{4}-[0-9X]{2}-[0-9X]{2}$|^[0-9X]{4}-W[0-9X]{2}-(?:[1-7X]|WE)$"),
    "month": _MONTH_VALUE,
    "month_part": _MONTH_VALUE,
    "year": re.compile(r"^[0-9X]{4}$"),
    "quarter": re.compile(r"^[0-9X]{4}-Q[1-4X]$"),
    "half_year": re.compile(r"^[0-9X]{4}-H[12X]$"),
    "season": re.compile(r"^[0-9X]{4}-(?:SP|SU|FA|WI)$"),
    "week": re.compile(r"^[0-9X]{4}-W[0-9X]{2}$"),
    "decade": re.compile(r"^[0-9]{3}$"),
    "century": re.compile(r"^[0-9]{2}$"),
}


@dataclass(frozen=True, slots=True)
class SemanticProblem:
    """A broken rule: where (path parts), which rule, and what is wrong."""

    path: tuple[str | int, ...]
    rule: str
    message: str


@dataclass(slots=True)
class _Parts:
    """A record's parts, looked up once for all the rules (they run on every record of a feed)."""

    record: dict[str, Any]
    event: dict[str, Any]
    article: dict[str, Any]
    entities: list[dict[str, Any]]
    participations: list[dict[str, Any]]
    places: list[dict[str, Any]]
    times: list[dict[str, Any]]
    statements: list[dict[str, Any]]

    @classmethod
    def of(cls, record: dict[str, Any]) -> _Parts:
        get = record.get
        return cls(record, record["event"], record["article"], get("entities", []), get("participations", []),
                   get("places", []), get("times", []), get("statements", []))  # fmt: skip

    def collections(self) -> tuple[tuple[str, list[dict[str, Any]]], ...]:
        return (
            ("entities", self.entities), ("participations", self.participations), ("places", self.places),
            ("times", self.times), ("statements", self.statements),
        )  # fmt: skip


def _evidence_lists(parts: _Parts) -> list[tuple[tuple[str | int, ...], list[dict[str, Any]]]]:
    """The evidence lists of the record's objects, with the paths of the objects holding them."""
    found: list[tuple[tuple[str | int, ...], list[dict[str, Any]]]] = []
    if "evidence" in parts.event:
        found.append((("event",), parts.event["evidence"]))
    for collection, items in parts.collections():
        for index, item in enumerate(items):
            if "evidence" in item:
                found.append(((collection, index), item["evidence"]))
    return found


def _duplicate_ids(parts: _Parts) -> list[SemanticProblem]:
    """The objects whose local id an earlier object of the record already has."""
    problems = []
    seen: dict[str, tuple[str | int, ...]] = {parts.event["id"]: ("event",)}
    for collection, items in parts.collections():
        for index, item in enumerate(items):
            local = item["id"]
            if local in seen:
                message = f"{local!r} is already the id at {_dotted(seen[local])}"
                problems.append(SemanticProblem((collection, index, "id"), "id.local-duplicate", message))
            else:
                seen[local] = (collection, index)
    return problems


_ID = itemgetter("id")


def _ids(items: list[dict[str, Any]]) -> set[str]:
    return set(map(_ID, items))


def _check_references(parts: _Parts) -> list[SemanticProblem]:
    problems: list[SemanticProblem] = []
    event = parts.event
    entities, participations, places, times = (
        _ids(parts.entities), _ids(parts.participations), _ids(parts.places), _ids(parts.times),
    )  # fmt: skip
    count = len(parts.entities) + len(parts.participations) + len(parts.places) + len(parts.times)
    count += len(parts.statements) + 1
    if count != len(entities | participations | places | times | _ids(parts.statements) | {event["id"]}):
        problems += _duplicate_ids(parts)
    # Paths are built only for the references that fail.
    failed: list[tuple[Any, tuple[str | int, ...], str]] = []
    for key in ("time", "duration"):
        if key in event and event[key] not in times:
            failed.append((event[key], ("event", key), "temporal value (times[].id)"))
    for index, item in enumerate(parts.participations):
        if item["entity"] not in entities:
            failed.append((item["entity"], ("participations", index, "entity"), "entity (entities[].id)"))
        if "organisation" in item and item["organisation"] not in entities:
            failed.append((item["organisation"], ("participations", index, "organisation"), "entity (entities[].id)"))
        if "location" in item and item["location"] not in places:
            failed.append((item["location"], ("participations", index, "location"), "place (places[].id)"))
    for index, item in enumerate(parts.places):
        if "within" in item and item["within"] not in places:
            failed.append((item["within"], ("places", index, "within"), "place (places[].id)"))
    speakers = participations | entities
    for index, item in enumerate(parts.statements):
        if item["speaker"] not in speakers:
            failed.append((item["speaker"], ("statements", index, "speaker"), "participation or entity"))
        if "relayed_by" in item and item["relayed_by"] not in entities:
            failed.append((item["relayed_by"], ("statements", index, "relayed_by"), "entity (entities[].id)"))
        if "time" in item and item["time"] not in times:
            failed.append((item["time"], ("statements", index, "time"), "temporal value (times[].id)"))
    for index, item in enumerate(parts.times):
        anchor = item.get("anchor")
        if anchor is not None and "ref" in anchor and anchor["ref"] not in times:
            failed.append((anchor["ref"], ("times", index, "anchor", "ref"), "temporal value (times[].id)"))
    dateline = parts.article.get("dateline")
    if dateline is not None and "place" in dateline and dateline["place"] not in places:
        failed.append((dateline["place"], ("article", "dateline", "place"), "place (places[].id)"))
    for value, path, what in failed:
        problems.append(SemanticProblem(path, "ref.unresolved", f"{value!r} names no {what} in this record"))
    return problems


def _dotted(path: tuple[str | int, ...]) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


def _check_text(parts: _Parts) -> Iterator[SemanticProblem]:
    article = parts.article
    text = article.get("text")
    for holder, evidences in _evidence_lists(parts):
        for index, evidence in enumerate(evidences):
            if problem := _evidence_problem((*holder, "evidence", index), evidence, text):
                yield problem
    if text is None:
        return
    digest = article.get("text_sha256")
    if digest is not None and hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
        yield SemanticProblem(
            ("article", "text_sha256"), "article.hash", f"{digest!r} is not the SHA-256 of article.text"
        )
    for i, statement in enumerate(parts.statements):
        if statement["mode"] in {"direct", "mixed"} and statement["text"] not in text:
            yield SemanticProblem(
                ("statements", i, "text"), "quote.not-in-text",
                f"{statement['text']!r} is quoted ({statement['mode']}) but does not appear in article.text",
            )  # fmt: skip


def _evidence_problem(
    path: tuple[str | int, ...], evidence: dict[str, Any], text: str | None
) -> SemanticProblem | None:
    start, end = evidence["start"], evidence["end"]
    if end < start:
        return SemanticProblem(path, "evidence.order", f"end {end} is before start {start}")
    if text is not None and text[start:end] != evidence["text"]:
        message = f"{evidence['text']!r} is not the article text at {start}-{end}: {text[start:end]!r}"
        return SemanticProblem((*path, "text"), "evidence.text", message)
    return None


def _day_bounds(value: str, precision: str) -> tuple[str, str] | None:
    """The first and last days (ISO dates) of a day, month or year value."""
    if precision == "day" and _DAY_VALUE.match(value):
        return value, value
    if precision in {"month", "month_part"} and (match := _MONTH_VALUE.match(value)) and 1 <= int(match[2]) <= 12:
        last = calendar.monthrange(int(match[1]), int(match[2]))[1]
        return f"{value}-01", f"{value}-{last:02d}"
    if precision == "year" and _YEAR_VALUE.match(value):
        return f"{value}-01-01", f"{value}-12-31"
    return None


def _instant(value: str) -> datetime:
    """An RFC 3339 date-time; a leap second (:60) is read as the last second of its minute."""
    return datetime.fromisoformat(value.replace(":60", ":59", 1) if value[17:19] == "60" else value)


def _later(earliest: str, latest: str) -> bool:
    """Whether the RFC 3339 instant *earliest* is after *latest* (as strings when the offsets agree)."""
    if earliest[19:] == latest[19:] and len(earliest) == len(latest):
        return earliest > latest
    return _instant(earliest) > _instant(latest)


def _check_times(parts: _Parts) -> list[SemanticProblem]:
    problems: list[SemanticProblem] = []
    for i, item in enumerate(parts.times):
        earliest, latest = item.get("earliest"), item.get("latest")
        if earliest is not None and latest is not None and _later(earliest, latest):
            problems.append(
                SemanticProblem(("times", i, "earliest"), "time.order", f"{earliest!r} is after latest {latest!r}")
            )
        precision, value = item.get("precision"), item["value"]
        if precision is None or item["type"] not in {"DATE", "TIME"} or value.endswith("_REF"):
            continue
        shape = _PRECISION_SHAPES.get(precision)
        if shape is not None and not shape.match(value):
            message = f"{precision!r} does not fit the value {value!r}"
            problems.append(SemanticProblem(("times", i, "precision"), "time.precision", message))
            continue
        if precision in {"month", "month_part"} and _MONTH_VALUE.match(value) and not 1 <= int(value[5:7]) <= 12:
            message = f"{value!r} is not a calendar month"
            problems.append(SemanticProblem(("times", i, "value"), "time.precision", message))
            continue
        bounds = _day_bounds(value, precision)
        if bounds is not None and "mod" not in item and "capped_by_anchor" not in item.get("qualifiers", ()):
            for name, moment, expected in (("earliest", earliest, bounds[0]), ("latest", latest, bounds[1])):
                if moment is not None and moment[:10] != expected:
                    message = f"{moment!r} is not on {expected}, the {name} day of {value!r} ({precision})"
                    problems.append(SemanticProblem(("times", i, name), "time.bounds", message))
        if precision == "day" and (named := _WEEKDAY_IN_TEXT.search(item["text"])) and _DAY_VALUE.match(value):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                problems.append(
                    SemanticProblem(("times", i, "value"), "time.precision", f"{value!r} is not a calendar day")
                )
                continue
            if WEEKDAY_NAMES.index(named[1].lower()) + 1 != day.isoweekday():
                message = f"{value!r} is a {calendar.day_name[day.weekday()]}, but the text says {named[1]!r}"
                problems.append(SemanticProblem(("times", i, "value"), "time.weekday", message))
    return problems


def _check_publication_order(parts: _Parts) -> Iterator[SemanticProblem]:
    published = parts.article.get("published")
    event = parts.event
    if published is None or event["lifecycle"] != "occurred" or "time" not in event:
        return
    for time in parts.times:
        if time["id"] == event["time"]:
            break
    else:
        return
    if "earliest" not in time:
        return
    # With a publication time, instants are compared; with a date only, local calendar days.
    if len(published) > 10:
        after = _instant(time["earliest"]) > _instant(published)
    else:
        after = date.fromisoformat(time["earliest"][:10]) > date.fromisoformat(published)
    if after:
        yield SemanticProblem(
            ("event", "time"), "time.after-publication",
            f"the event occurred, but its time {time['value']!r} starts after the article's publication {published!r}",
        )  # fmt: skip


def _check_codes(parts: _Parts) -> list[SemanticProblem]:
    problems: list[SemanticProblem] = []
    alpha3_of = _alpha3_of()
    for collection, items, key in (
        ("entities", parts.entities, "country"), ("participations", parts.participations, "represents"),
        ("places", parts.places, "country"),
    ):  # fmt: skip
        for index, item in enumerate(items):
            country = item.get(key)
            if country is None:
                continue
            alpha2, alpha3 = country["iso3166_1_alpha2"], country.get("iso3166_1_alpha3")
            known = alpha3_of.get(alpha2)
            if known is None:
                message = f"{alpha2!r} is not an ISO 3166-1 alpha-2 code"
                problems.append(SemanticProblem((collection, index, key, "iso3166_1_alpha2"), "code.country", message))
            elif alpha3 is not None and known != alpha3:
                message = f"{alpha3!r} does not match alpha-2 {alpha2!r}, whose alpha-3 code is {known!r}"
                problems.append(SemanticProblem((collection, index, key, "iso3166_1_alpha3"), "code.country", message))
    subdivisions = _subdivisions()
    for index, place in enumerate(parts.places):
        code = place.get("subdivision")
        if code is not None and code not in subdivisions:
            message = f"{code!r} is not an ISO 3166-2 code"
            problems.append(SemanticProblem(("places", index, "subdivision"), "code.subdivision", message))
    known_languages = _languages_known()
    tag = parts.article.get("language")
    if tag is not None and tag.partition("-")[0].lower() not in known_languages:
        problems.append(_language_problem(("article", "language"), tag))
    for collection, items in (("times", parts.times), ("statements", parts.statements)):
        for index, item in enumerate(items):
            tag = item.get("language")
            if tag is not None and tag.partition("-")[0].lower() not in known_languages:
                problems.append(_language_problem((collection, index, "language"), tag))
    for index, item in enumerate(parts.participations):
        tag = item["title"].get("language") if "title" in item else None
        if tag is not None and tag.partition("-")[0].lower() not in known_languages:
            problems.append(_language_problem(("participations", index, "title", "language"), tag))
    return problems


def _language_problem(path: tuple[str | int, ...], tag: str) -> SemanticProblem:
    primary = tag.partition("-")[0].lower()
    return SemanticProblem(path, "code.language", f"{tag!r}: {primary!r} is not an ISO 639 language code")


RULE_CODES: tuple[str, ...] = (
    "ref.unresolved", "id.local-duplicate", "evidence.order", "evidence.text", "article.hash", "quote.not-in-text",
    "time.order", "time.precision", "time.bounds", "time.weekday", "time.after-publication", "code.country",
    "code.subdivision", "code.language",
)  # fmt: skip


def semantic_problems(record: dict[str, Any]) -> list[SemanticProblem]:
    """Every broken semantic rule of a record that already conforms to the schema."""
    parts = _Parts.of(record)
    return [
        *_check_references(parts),
        *_check_text(parts),
        *_check_times(parts),
        *_check_publication_order(parts),
        *_check_codes(parts),
    ]


def iter_semantic_problems(record: dict[str, Any]) -> Iterator[SemanticProblem]:
    """The problems of `semantic_problems`, one by one."""
    return iter(semantic_problems(record))
