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


_COLLECTIONS = ("entities", "participations", "places", "times", "statements")


def _objects(record: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """The event and every object of the record's collections, with their paths."""
    yield ("event",), record["event"]
    for collection in _COLLECTIONS:
        for index, item in enumerate(record.get(collection, ())):
            yield (collection, index), item


def _evidence_paths(record: dict[str, Any]) -> list[tuple[tuple[str | int, ...], dict[str, Any]]]:
    found: list[tuple[tuple[str | int, ...], dict[str, Any]]] = [
        (("event", "evidence", index), evidence) for index, evidence in enumerate(record["event"].get("evidence", ()))
    ]
    for collection in _COLLECTIONS:
        for position, item in enumerate(record.get(collection, ())):
            if "evidence" in item:
                found += [((collection, position, "evidence", i), ev) for i, ev in enumerate(item["evidence"])]
    return found


_COUNTRY_KEYS = (("entities", "country"), ("participations", "represents"), ("places", "country"))


def _countries(record: dict[str, Any]) -> list[tuple[tuple[str | int, ...], dict[str, Any]]]:
    return [
        ((collection, index, key), item[key])
        for collection, key in _COUNTRY_KEYS
        for index, item in enumerate(record.get(collection, ()))
        if key in item
    ]


def _languages(record: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if "language" in record["article"]:
        yield ("article", "language"), record["article"]["language"]
    for collection in ("times", "statements"):
        for index, item in enumerate(record.get(collection, ())):
            if "language" in item:
                yield (collection, index, "language"), item["language"]
    for index, item in enumerate(record.get("participations", ())):
        title = item.get("title")
        if title is not None and "language" in title:
            yield ("participations", index, "title", "language"), title["language"]


def _duplicate_ids(record: dict[str, Any]) -> list[SemanticProblem]:
    """The objects whose local id an earlier object of the record already has."""
    problems = []
    seen: dict[str, tuple[str | int, ...]] = {record["event"]["id"]: ("event",)}
    for collection in _COLLECTIONS:
        for index, item in enumerate(record.get(collection, ())):
            local = item["id"]
            if local in seen:
                message = f"{local!r} is already the id at {_dotted(seen[local])}"
                problems.append(SemanticProblem((collection, index, "id"), "id.local-duplicate", message))
            else:
                seen[local] = (collection, index)
    return problems


def _check_references(record: dict[str, Any]) -> list[SemanticProblem]:
    problems: list[SemanticProblem] = []
    event = record["event"]
    ids = {collection: {item["id"] for item in record.get(collection, ())} for collection in _COLLECTIONS}
    if sum(len(record.get(collection, ())) for collection in _COLLECTIONS) + 1 != len(
        {event["id"]}.union(*ids.values())
    ):
        problems += _duplicate_ids(record)
    entities, participations, places, times = ids["entities"], ids["participations"], ids["places"], ids["times"]
    speakers = participations | entities
    # Paths are built only for the references that fail.
    failed: list[tuple[Any, tuple[str | int, ...], str]] = []
    for key in ("time", "duration"):
        if key in event and event[key] not in times:
            failed.append((event[key], ("event", key), "temporal value (times[].id)"))
    for index, item in enumerate(record.get("participations", ())):
        if item["entity"] not in entities:
            failed.append((item["entity"], ("participations", index, "entity"), "entity (entities[].id)"))
        if "organisation" in item and item["organisation"] not in entities:
            failed.append((item["organisation"], ("participations", index, "organisation"), "entity (entities[].id)"))
        if "location" in item and item["location"] not in places:
            failed.append((item["location"], ("participations", index, "location"), "place (places[].id)"))
    for index, item in enumerate(record.get("places", ())):
        if "within" in item and item["within"] not in places:
            failed.append((item["within"], ("places", index, "within"), "place (places[].id)"))
    for index, item in enumerate(record.get("statements", ())):
        if item["speaker"] not in speakers:
            failed.append((item["speaker"], ("statements", index, "speaker"), "participation or entity"))
        if "relayed_by" in item and item["relayed_by"] not in entities:
            failed.append((item["relayed_by"], ("statements", index, "relayed_by"), "entity (entities[].id)"))
        if "time" in item and item["time"] not in times:
            failed.append((item["time"], ("statements", index, "time"), "temporal value (times[].id)"))
    for index, item in enumerate(record.get("times", ())):
        anchor = item.get("anchor")
        if anchor is not None and "ref" in anchor and anchor["ref"] not in times:
            failed.append((anchor["ref"], ("times", index, "anchor", "ref"), "temporal value (times[].id)"))
    dateline = record["article"].get("dateline")
    if dateline is not None and "place" in dateline and dateline["place"] not in places:
        failed.append((dateline["place"], ("article", "dateline", "place"), "place (places[].id)"))
    problems += [
        SemanticProblem(path, "ref.unresolved", f"{value!r} names no {what} in this record")
        for value, path, what in failed
    ]
    return problems


def _dotted(path: tuple[str | int, ...]) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


def _check_text(record: dict[str, Any]) -> Iterator[SemanticProblem]:
    article = record["article"]
    text = article.get("text")
    for path, evidence in _evidence_paths(record):
        if evidence["end"] < evidence["start"]:
            yield SemanticProblem(path, "evidence.order", f"end {evidence['end']} is before start {evidence['start']}")
        elif text is not None and text[evidence["start"] : evidence["end"]] != evidence["text"]:
            found = text[evidence["start"] : evidence["end"]]
            span = f"{evidence['start']}-{evidence['end']}"
            yield SemanticProblem(
                (*path, "text"), "evidence.text", f"{evidence['text']!r} is not the article text at {span}: {found!r}"
            )
    if text is None:
        return
    digest = article.get("text_sha256")
    if digest is not None and hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
        yield SemanticProblem(
            ("article", "text_sha256"), "article.hash", f"{digest!r} is not the SHA-256 of article.text"
        )
    for i, statement in enumerate(record.get("statements", ())):
        if statement["mode"] in {"direct", "mixed"} and statement["text"] not in text:
            yield SemanticProblem(
                ("statements", i, "text"), "quote.not-in-text",
                f"{statement['text']!r} is quoted ({statement['mode']}) but does not appear in article.text",
            )  # fmt: skip


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


def _check_times(record: dict[str, Any]) -> list[SemanticProblem]:
    problems: list[SemanticProblem] = []
    for i, item in enumerate(record.get("times", ())):
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


def _check_publication_order(record: dict[str, Any]) -> Iterator[SemanticProblem]:
    published = record["article"].get("published")
    event = record["event"]
    if published is None or event["lifecycle"] != "occurred" or "time" not in event:
        return
    time = next((item for item in record.get("times", ()) if item["id"] == event["time"]), None)
    if time is None or "earliest" not in time:
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


def _check_codes(record: dict[str, Any]) -> list[SemanticProblem]:
    problems: list[SemanticProblem] = []
    alpha3_of = _alpha3_of()
    for path, country in _countries(record):
        alpha2, alpha3 = country["iso3166_1_alpha2"], country.get("iso3166_1_alpha3")
        known = alpha3_of.get(alpha2)
        if known is None:
            message = f"{alpha2!r} is not an ISO 3166-1 alpha-2 code"
            problems.append(SemanticProblem((*path, "iso3166_1_alpha2"), "code.country", message))
        elif alpha3 is not None and known != alpha3:
            message = f"{alpha3!r} does not match alpha-2 {alpha2!r}, whose alpha-3 code is {known!r}"
            problems.append(SemanticProblem((*path, "iso3166_1_alpha3"), "code.country", message))
    for index, place in enumerate(record.get("places", ())):
        code = place.get("subdivision")
        if code is not None and code not in _subdivisions():
            message = f"{code!r} is not an ISO 3166-2 code"
            problems.append(SemanticProblem(("places", index, "subdivision"), "code.subdivision", message))
    known_languages = _languages_known()
    for path, tag in _languages(record):
        primary = tag.split("-")[0].lower()
        if primary not in known_languages:
            message = f"{tag!r}: {primary!r} is not an ISO 639 language code"
            problems.append(SemanticProblem(path, "code.language", message))
    return problems


RULE_CODES: tuple[str, ...] = (
    "ref.unresolved", "id.local-duplicate", "evidence.order", "evidence.text", "article.hash", "quote.not-in-text",
    "time.order", "time.precision", "time.bounds", "time.weekday", "time.after-publication", "code.country",
    "code.subdivision", "code.language",
)  # fmt: skip


def semantic_problems(record: dict[str, Any]) -> list[SemanticProblem]:
    """Every broken semantic rule of a record that already conforms to the schema."""
    return [
        *_check_references(record),
        *_check_text(record),
        *_check_times(record),
        *_check_publication_order(record),
        *_check_codes(record),
    ]


def iter_semantic_problems(record: dict[str, Any]) -> Iterator[SemanticProblem]:
    """The problems of `semantic_problems`, one by one."""
    return iter(semantic_problems(record))
