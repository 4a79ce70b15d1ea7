"""The rules of the format that JSON Schema cannot express, each with a stable code.

    ref.unresolved         a local reference names no object of the right kind
    id.local-duplicate     two objects of a record share a local id
    evidence.order         an evidence span ends before it starts
    evidence.text          an evidence span's text differs from the article text at its offsets
    article.hash           `text_sha256` is not the hash of `article.text`
    quote.not-in-text      a direct or mixed statement does not appear verbatim in the article text
    time.order             `earliest` is after `latest`
    time.precision         `precision` does not fit the shape of the TIMEX3 value, or no such month or day exists
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
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import orjson
import pycountry

from .jsonpaths import json_path, path_order

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _iso_table(standard: str) -> list[dict[str, str]]:
    """One of the ISO tables pycountry carries, read straight from its JSON file: only codes are
    needed here, and pycountry's own objects take ten times longer to build."""
    path = Path(pycountry.DATABASE_DIR) / f"iso{standard}.json"
    table: list[dict[str, str]] = orjson.loads(path.read_bytes())[standard]
    return table


@cache
def _alpha3_of() -> dict[str, str]:
    table = {country["alpha_2"]: country["alpha_3"] for country in _iso_table("3166-1")}
    table["XK"] = "XKX"  # Kosovo: user-assigned, in wide use (the schema documents it)
    return table


@cache
def _subdivisions() -> frozenset[str]:
    return frozenset(subdivision["code"] for subdivision in _iso_table("3166-2"))


@cache
def _languages_known() -> frozenset[str]:
    return frozenset(
        code for language in _iso_table("639-3") for code in (language.get("alpha_2"), language["alpha_3"]) if code
    )


def load_code_tables() -> None:
    """Read the ISO code tables now rather than at the first record (workers forked after this
    start with them)."""
    _alpha3_of()
    _subdivisions()
    _languages_known()


# ASCII: with Unicode case folding, a long s (U+017F) would match the s of "sunday".
_WEEKDAY_IN_TEXT = re.compile(rf"\b({'|'.join(WEEKDAY_NAMES)})\b", re.IGNORECASE | re.ASCII)
_DAY_VALUE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_MONTH_VALUE = re.compile(r"^([0-9]{4})-([0-9]{2})$")
_YEAR_VALUE = re.compile(r"^([0-9]{4})$")

# Which precisions fit which shapes of TIMEX3 value.
_PRECISION_SHAPES: dict[str, re.Pattern[str]] = {
    "day": re.compile(r"^[0-9X]{4}-[0-9X]{2}-[0-9X]{2}$|^[0-9X]{4}-W[0-9X]{2}-(?:[1-7X]|WE)$"),
    "month": re.compile(r"^[0-9X]{4}-[0-9X]{2}$"),  # "XXXX-09": September of a year the text does not give
    "month_part": re.compile(r"^[0-9X]{4}-[0-9X]{2}$"),
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


_DATED = frozenset({"DATE", "TIME"})
_COLLECTIONS = ("entities", "participations", "places", "times", "statements")
_ID = itemgetter("id")
_TEMPORAL, _ENTITY, _PLACE = "temporal value (times[].id)", "entity (entities[].id)", "place (places[].id)"


class _Checker:
    """One record's semantic check. Each collection is walked once, every rule that concerns its
    objects applied on the way (these rules run on every record of a feed); paths and messages
    are built only for what fails."""

    __slots__ = (
        "article",
        "entities",
        "entity_ids",
        "event",
        "participation_ids",
        "participations",
        "place_ids",
        "places",
        "problems",
        "statements",
        "text",
        "time_ids",
        "times",
    )  # fmt: skip

    def __init__(self, record: dict[str, Any]) -> None:
        get = record.get
        self.event: dict[str, Any] = record["event"]
        self.article: dict[str, Any] = record["article"]
        self.text: str | None = self.article.get("text")
        self.entities: list[dict[str, Any]] = get("entities", [])
        self.participations: list[dict[str, Any]] = get("participations", [])
        self.places: list[dict[str, Any]] = get("places", [])
        self.times: list[dict[str, Any]] = get("times", [])
        self.statements: list[dict[str, Any]] = get("statements", [])
        self.entity_ids = set(map(_ID, self.entities))
        self.place_ids = set(map(_ID, self.places))
        self.time_ids = set(map(_ID, self.times))
        self.participation_ids = set(map(_ID, self.participations))
        self.problems: list[SemanticProblem] = []

    def run(self) -> list[SemanticProblem]:
        self._check_ids()
        self._check_event()
        self._check_entities()
        self._check_participations()
        self._check_places()
        self._check_times()
        self._check_statements()
        self._check_article()
        problems = self.problems
        if len(problems) > 1:
            problems.sort(key=_by_path)
        return problems

    def _add(self, path: tuple[str | int, ...], rule: str, message: str) -> None:
        self.problems.append(SemanticProblem(path, rule, message))

    def _unresolved(self, path: tuple[str | int, ...], value: Any, what: str) -> None:
        self._add(path, "ref.unresolved", f"{value!r} names no {what} in this record")

    def _check_ids(self) -> None:
        count = 1 + len(self.entities) + len(self.participations) + len(self.places) + len(self.times)
        count += len(self.statements)
        every = {self.event["id"], *self.entity_ids, *self.participation_ids, *self.place_ids, *self.time_ids,
                 *map(_ID, self.statements)}  # fmt: skip
        if len(every) == count:
            return
        seen: dict[str, tuple[str | int, ...]] = {self.event["id"]: ("event",)}
        for collection in _COLLECTIONS:
            for index, item in enumerate(getattr(self, collection)):
                local = item["id"]
                if local in seen:
                    message = f"{local!r} is already the id at {json_path(seen[local])}"
                    self._add((collection, index, "id"), "id.local-duplicate", message)
                else:
                    seen[local] = (collection, index)

    def _check_event(self) -> None:
        event = self.event
        for key in ("time", "duration"):
            if key in event and event[key] not in self.time_ids:
                self._unresolved(("event", key), event[key], _TEMPORAL)
        if "evidence" in event:
            self._check_evidence(("event",), event["evidence"])
        self._check_publication_order()

    def _check_entities(self) -> None:
        for index, item in enumerate(self.entities):
            if "country" in item:
                self._check_country(("entities", index, "country"), item["country"])
            if "evidence" in item:
                self._check_evidence(("entities", index), item["evidence"])

    def _check_participations(self) -> None:
        entities, places = self.entity_ids, self.place_ids
        for index, item in enumerate(self.participations):
            if item["entity"] not in entities:
                self._unresolved(("participations", index, "entity"), item["entity"], _ENTITY)
            if "organisation" in item and item["organisation"] not in entities:
                self._unresolved(("participations", index, "organisation"), item["organisation"], _ENTITY)
            if "location" in item and item["location"] not in places:
                self._unresolved(("participations", index, "location"), item["location"], _PLACE)
            if "represents" in item:
                self._check_country(("participations", index, "represents"), item["represents"])
            if "title" in item and "language" in item["title"]:
                self._check_language(("participations", index, "title", "language"), item["title"]["language"])
            if "evidence" in item:
                self._check_evidence(("participations", index), item["evidence"])

    def _check_places(self) -> None:
        places = self.place_ids
        for index, item in enumerate(self.places):
            if "within" in item and item["within"] not in places:
                self._unresolved(("places", index, "within"), item["within"], _PLACE)
            if "country" in item:
                self._check_country(("places", index, "country"), item["country"])
            code = item.get("subdivision")
            if code is not None and code not in _subdivisions():
                self._add(("places", index, "subdivision"), "code.subdivision", f"{code!r} is not an ISO 3166-2 code")
            if "evidence" in item:
                self._check_evidence(("places", index), item["evidence"])

    def _check_times(self) -> None:
        times = self.time_ids
        for index, item in enumerate(self.times):
            anchor = item.get("anchor")
            if anchor is not None and "ref" in anchor and anchor["ref"] not in times:
                self._unresolved(("times", index, "anchor", "ref"), anchor["ref"], _TEMPORAL)
            self._check_time(index, item)
            if "language" in item:
                self._check_language(("times", index, "language"), item["language"])
            if "evidence" in item:
                self._check_evidence(("times", index), item["evidence"])

    def _check_statements(self) -> None:
        entities, times, text = self.entity_ids, self.time_ids, self.text
        speakers = self.participation_ids | entities
        for index, item in enumerate(self.statements):
            if item["speaker"] not in speakers:
                self._unresolved(("statements", index, "speaker"), item["speaker"], "participation or entity")
            if "relayed_by" in item and item["relayed_by"] not in entities:
                self._unresolved(("statements", index, "relayed_by"), item["relayed_by"], _ENTITY)
            if "time" in item and item["time"] not in times:
                self._unresolved(("statements", index, "time"), item["time"], _TEMPORAL)
            if text is not None and item["mode"] in {"direct", "mixed"} and not _quoted_in(item["text"], text):
                message = f"{item['text']!r} is quoted ({item['mode']}) but does not appear in article.text"
                self._add(("statements", index, "text"), "quote.not-in-text", message)
            if "language" in item:
                self._check_language(("statements", index, "language"), item["language"])
            if "evidence" in item:
                self._check_evidence(("statements", index), item["evidence"])

    def _check_article(self) -> None:
        article, text = self.article, self.text
        digest = article.get("text_sha256")
        if text is not None and digest is not None:
            try:
                matches = hashlib.sha256(text.encode("utf-8")).hexdigest() == digest
            except UnicodeEncodeError as error:  # a lone surrogate ("\ud800"), which is no Unicode text
                where = f"U+{ord(text[error.start]):04X} at offset {error.start}"
                message = f"article.text holds a lone surrogate ({where}), so its SHA-256 cannot be checked; remove it"
                self._add(("article", "text_sha256"), "article.hash", message)
            else:
                if not matches:
                    message = f"{digest!r} is not the SHA-256 of article.text"
                    self._add(("article", "text_sha256"), "article.hash", message)
        if "language" in article:
            self._check_language(("article", "language"), article["language"])
        dateline = article.get("dateline")
        if dateline is not None and "place" in dateline and dateline["place"] not in self.place_ids:
            self._unresolved(("article", "dateline", "place"), dateline["place"], _PLACE)

    def _check_evidence(self, holder: tuple[str | int, ...], evidences: list[dict[str, Any]]) -> None:
        text = self.text
        for index, evidence in enumerate(evidences):
            start, end = evidence["start"], evidence["end"]
            if end < start:
                self._add((*holder, "evidence", index), "evidence.order", f"end {end} is before start {start}")
            elif text is not None and text[start:end] != evidence["text"]:
                message = f"{evidence['text']!r} is not the article text at {start}-{end}: {text[start:end]!r}"
                self._add((*holder, "evidence", index, "text"), "evidence.text", message)

    def _check_country(self, path: tuple[str | int, ...], country: dict[str, Any]) -> None:
        alpha2, alpha3 = country["iso3166_1_alpha2"], country.get("iso3166_1_alpha3")
        known = _alpha3_of().get(alpha2)
        if known is None:
            self._add((*path, "iso3166_1_alpha2"), "code.country", f"{alpha2!r} is not an ISO 3166-1 alpha-2 code")
        elif alpha3 is not None and known != alpha3:
            message = f"{alpha3!r} does not match alpha-2 {alpha2!r}, whose alpha-3 code is {known!r}"
            self._add((*path, "iso3166_1_alpha3"), "code.country", message)

    def _check_language(self, path: tuple[str | int, ...], tag: str) -> None:
        primary = tag.partition("-")[0].lower()
        if primary not in _languages_known():
            self._add(path, "code.language", f"{tag!r}: {primary!r} is not an ISO 639 language code")

    def _check_time(self, i: int, item: dict[str, Any]) -> None:
        earliest, latest = item.get("earliest"), item.get("latest")
        if earliest is not None and latest is not None and _later(earliest, latest):
            self._add(("times", i, "earliest"), "time.order", f"{earliest!r} is after latest {latest!r}")
        precision, value = item.get("precision"), item["value"]
        if item["type"] not in _DATED or value.endswith("_REF"):
            return
        impossible = _impossible(value)
        if impossible is not None:
            self._add(("times", i, "value"), "time.precision", f"{value!r} is not on the calendar: {impossible}")
            return
        if precision is not None:
            problem, bounds = _reading(value, precision)
            if problem is not None:
                field, rule, message = problem
                self._add(("times", i, field), rule, message)
                return
            if bounds is not None and "mod" not in item and "capped_by_anchor" not in item.get("qualifiers", ()):
                first, last = bounds
                if earliest is not None and earliest[:10] != first:
                    self._off_bounds(i, "earliest", earliest, first, value, precision)
                if latest is not None and latest[:10] != last:
                    self._off_bounds(i, "latest", latest, last, value, precision)
        self._check_weekday(i, item)

    def _check_weekday(self, i: int, item: dict[str, Any]) -> None:
        weekday = _weekday_of(item["value"])
        if weekday is not None and (named := _named_weekday(item["text"])) is not None and named[1] != weekday:
            message = f"{item['value']!r} is a {calendar.day_name[weekday - 1]}, but the text says {named[0]!r}"
            self._add(("times", i, "value"), "time.weekday", message)

    def _off_bounds(self, i: int, name: str, moment: str, expected: str, value: str, precision: str) -> None:
        message = f"{moment!r} is not on {expected}, the {name} day of {value!r} ({precision})"
        self._add(("times", i, name), "time.bounds", message)

    def _check_publication_order(self) -> None:
        published = self.article.get("published")
        event = self.event
        if published is None or event["lifecycle"] != "occurred" or "time" not in event:
            return
        for time in self.times:
            if time["id"] == event["time"]:
                break
        else:
            return
        if "earliest" not in time:
            return
        # With a publication time, instants are compared; with a date only, local calendar days
        # (as ISO dates, whose order is that of their text).
        if len(published) > 10:
            start, publication = _instant(time["earliest"]), _instant(published)
            after = start is not None and publication is not None and start > publication
        else:
            after = time["earliest"][:10] > published
        if after:
            message = (
                f"the event occurred, but its time {time['value']!r} starts after the article's publication "
                f"{published!r}"
            )
            self._add(("event", "time"), "time.after-publication", message)


def _by_path(problem: SemanticProblem) -> tuple[list[tuple[int, str]], str]:
    return path_order(problem.path), problem.rule


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


# Values, texts and instants repeat across the records of a feed: what is read from one is kept.
_READINGS_KEPT = 4096


@lru_cache(maxsize=_READINGS_KEPT)
def _reading(value: str, precision: str) -> tuple[tuple[str, str, str] | None, tuple[str, str] | None]:
    """What a DATE or TIME value, already on the calendar (`_impossible`), says at *precision*: a
    problem with it (the field to blame, the rule, a message), and its first and last days."""
    shape = _PRECISION_SHAPES.get(precision)
    if shape is not None and not shape.match(value):
        return ("precision", "time.precision", f"{precision!r} does not fit the value {value!r}"), None
    if precision == "day" and _DAY_VALUE.match(value):
        try:
            date.fromisoformat(value)
        except ValueError:  # the year 0000, which Python's calendar does not hold
            return ("value", "time.precision", f"{value!r} is not a calendar day"), None
    return None, _day_bounds(value, precision)


_CALENDAR_PARTS = re.compile(
    r"^(?P<year>[0-9X]{4})(?:-(?:(?P<month>[0-9X]{2})(?:-(?P<day>[0-9X]{2}))?|W(?P<week>[0-9X]{2})[^T]*))?"
    r"(?:T(?P<hour>[0-9]{2})(?::(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2}))?)?)?"
)


_DAYS_IN_MONTH = {4: 30, 6: 30, 9: 30, 11: 30}


@lru_cache(maxsize=_READINGS_KEPT)
def _impossible(value: str) -> str | None:
    """Why the date or time of a TIMEX3 value is not on the calendar or the clock (a 13th month, a
    30 February, a 53rd week of a year of 52, a 25th hour), whatever its precision; parts written
    with X are not checked. None when nothing known is impossible."""
    parts = _CALENDAR_PARTS.match(value)
    if parts is None:
        return None
    known = {name: int(part) for name, part in parts.groupdict().items() if part is not None and "X" not in part}
    year, month, day, week = (known.get(name) for name in ("year", "month", "day", "week"))
    if month is not None and not 1 <= month <= 12:
        return f"there is no month {month:02d}"
    if day is not None:
        leap_or_unknown = year is None or calendar.isleap(year)
        last = (29 if leap_or_unknown else 28) if month == 2 else _DAYS_IN_MONTH.get(month or 0, 31)
        if not 1 <= day <= last:
            return f"the month has no day {day:02d}"
    if week is not None:
        weeks = date(year, 12, 28).isocalendar().week if year is not None and year >= 1 else 53
        if not 1 <= week <= weeks:
            return f"there is no week {week:02d}" + (f" in {year}, which has {weeks}" if year is not None else "")
    hour, minute, second = (known.get(name) for name in ("hour", "minute", "second"))
    if hour is not None and not (hour <= 23 or (hour == 24 and not minute and not second)):
        return f"there is no hour {hour:02d}"
    if minute is not None and minute > 59:
        return f"there is no minute {minute:02d}"
    if second is not None and second > 60:
        return f"there is no second {second:02d}"
    return None


@lru_cache(maxsize=_READINGS_KEPT)
def _weekday_of(value: str) -> int | None:
    """The ISO weekday of a value that names a calendar day, with or without a time."""
    if not re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T|\Z)", value) or value.startswith("0000"):
        return None
    try:
        return date.fromisoformat(value[:10]).isoweekday()
    except ValueError:
        return None


def contradicted_weekday(text: str, value: str) -> str | None:
    """The weekday *text* names when the day *value* (YYYY-MM-DD...) falls on another, else None."""
    named = _named_weekday(text)
    actual = _weekday_of(value)
    return named[0] if named is not None and actual is not None and named[1] != actual else None


@lru_cache(maxsize=_READINGS_KEPT)
def _named_weekday(text: str) -> tuple[str, int] | None:
    """The first weekday *text* names, as written, and its ISO number."""
    named = _WEEKDAY_IN_TEXT.search(text)
    return None if named is None else (named[1], WEEKDAY_NAMES.index(named[1].lower()) + 1)


@lru_cache(maxsize=_READINGS_KEPT)
def _instant(value: str) -> tuple[int, Decimal] | None:
    """An RFC 3339 date-time as seconds from 0000-03-01 UTC and the fraction of its second, in
    whole arithmetic so that every instant the format accepts compares (the year 0000 and an offset
    that moves an instant past 9999 included, which `datetime` cannot hold); a leap second (:60)
    is read as the last second of its minute. None for what is not one (the schema reports it)."""
    match = _DATE_TIME.match(value)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(match[group]) for group in range(1, 7))
    offset = 0 if match[8] in {"Z", "z"} else int(match[8][0] + "1") * (int(match[8][1:3]) * 60 + int(match[8][4:6]))
    # Days from 0000-03-01 in the proleptic Gregorian calendar (years starting in March).
    shifted = year - (month <= 2)
    days_before_year = 365 * shifted + shifted // 4 - shifted // 100 + shifted // 400
    days = days_before_year + (153 * ((month + 9) % 12) + 2) // 5 + day - 1
    seconds = days * 86_400 + hour * 3_600 + minute * 60 + min(second, 59) - offset * 60
    return seconds, Decimal("0" + (match[7] or ""))


_DATE_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})\Z")


def _later(earliest: str, latest: str) -> bool:
    """Whether the RFC 3339 instant *earliest* is after *latest* (as strings when the offsets agree)."""
    if earliest[19:] == latest[19:] and len(earliest) == len(latest):
        return earliest > latest
    first, last = _instant(earliest), _instant(latest)
    return first is not None and last is not None and first > last


RULE_CODES: tuple[str, ...] = (
    "ref.unresolved", "id.local-duplicate", "evidence.order", "evidence.text", "article.hash", "quote.not-in-text",
    "time.order", "time.precision", "time.bounds", "time.weekday", "time.after-publication", "code.country",
    "code.subdivision", "code.language",
)  # fmt: skip


def semantic_problems(record: dict[str, Any]) -> list[SemanticProblem]:
    """Every broken semantic rule of a record that already conforms to the schema, sorted by path."""
    return _Checker(record).run()


def iter_semantic_problems(record: dict[str, Any]) -> Iterator[SemanticProblem]:
    """The problems of `semantic_problems`, one by one."""
    return iter(semantic_problems(record))


QUOTE_PIECE_JOINER = " \u2026 "


def _quoted_in(words: str, text: str) -> bool:
    """Whether quoted words appear in the text: whole, or, for a quotation its attribution
    interrupts, written as its pieces joined by an ellipsis between spaces, each piece in turn."""
    if words in text:
        return True
    position = 0
    for piece in words.split(QUOTE_PIECE_JOINER):
        found = text.find(piece, position)
        if not piece or found < 0:
            return False
        position = found + len(piece)
    return True
