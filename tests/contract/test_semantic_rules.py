"""Every semantic rule code: a fixture that breaks it gives exactly the stated problems, and the
valid fixtures break none."""

from __future__ import annotations

from pathlib import Path

import jsonpatch
import pytest

from tests.conftest import FIXTURES, VALID_RECORDS, fixture_id, load_json, valid_record_paths
from validator import is_valid
from validator.rules import RULE_DESCRIPTIONS
from validator.semantics import RULE_CODES, iter_semantic_problems
from validator.validation import record_problems

SEMANTIC = sorted((FIXTURES / "records" / "invalid-semantic").glob("*.json"))


def _broken(path: Path) -> tuple[dict[str, object], list[tuple[str, str, str]]]:
    spec = load_json(path)
    record = jsonpatch.apply_patch(load_json(VALID_RECORDS / spec["base"]), spec["patch"])
    return record, [(error["path"], error["rule"], error["message"]) for error in spec["errors"]]


@pytest.mark.parametrize("path", SEMANTIC, ids=fixture_id)
def test_semantic_fixture_gives_its_stated_problems(path: Path) -> None:
    record, expected = _broken(path)
    assert [(p.path, p.rule, p.message) for p in record_problems(record)] == expected
    assert not is_valid(record)
    assert is_valid(record, semantic=False)


def test_every_semantic_rule_has_a_failing_fixture() -> None:
    broken = {rule for path in SEMANTIC for _, rule, _ in _broken(path)[1]}
    assert set(RULE_CODES) <= broken


@pytest.mark.parametrize("path", valid_record_paths(), ids=fixture_id)
def test_valid_fixtures_break_no_semantic_rule(path: Path) -> None:
    assert list(iter_semantic_problems(load_json(path))) == []


def test_every_rule_code_is_described() -> None:
    assert set(RULE_CODES) <= set(RULE_DESCRIPTIONS)
    assert "id.duplicate" in RULE_DESCRIPTIONS


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        ({"value": "2023-13", "precision": "month"}, "time.precision"),
        ({"value": "2023-02-30"}, "time.precision"),
        ({"earliest": "2016-12-31T23:59:60Z"}, "time.bounds"),
    ],
)
def test_odd_values_the_schema_accepts_are_problems_not_crashes(change: dict[str, str], rule: str) -> None:
    record = load_json(VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json")
    record["times"][0].update(change)
    assert rule in {problem.rule for problem in record_problems(record)}


@pytest.mark.parametrize("precision", ["month", "month_part"])
def test_a_month_of_an_unknown_year_fits_its_precision(precision: str) -> None:
    record = load_json(VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json")
    time = record["times"][0]
    time.update(value="XXXX-09", precision=precision, text="the end of September")
    for bound in ("earliest", "latest"):
        time.pop(bound, None)
    assert "time.precision" not in {problem.rule for problem in record_problems(record)}


def test_publication_time_is_compared_as_an_instant() -> None:
    record = load_json(VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json")
    record["article"]["published"] = "2022-02-10T20:00:00-05:00"  # 01:00 UTC on the 11th
    record["times"][0].update(earliest="2022-02-11T00:30:00Z", latest="2022-02-11T23:59:59Z", value="2022-02-11")
    record["times"][0]["text"] = "Friday"
    rules = {problem.rule for problem in record_problems(record)}
    assert "time.after-publication" not in rules
    record["times"][0]["earliest"] = "2022-02-11T02:00:00Z"
    assert "time.after-publication" in {problem.rule for problem in record_problems(record)}


def test_the_code_tables_hold_pycountrys_codes() -> None:
    import pycountry

    from validator import semantics

    alpha3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    assert semantics._alpha3_of() == {**alpha3, "XK": "XKX"}
    assert semantics._subdivisions() == {subdivision.code for subdivision in pycountry.subdivisions}
    languages = {
        code for language in pycountry.languages for code in (getattr(language, "alpha_2", None), language.alpha_3)
    }
    assert semantics._languages_known() == languages - {None}


def test_a_weekday_is_read_in_ascii_letters_only() -> None:
    record = load_json(VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json")
    record["times"][0]["text"] = "\u017funday"  # a long s: no weekday, and no crash
    assert "time.weekday" not in {problem.rule for problem in record_problems(record)}
    record["times"][0]["text"] = "SUNDAY"  # the day is a Thursday
    assert "time.weekday" in {problem.rule for problem in record_problems(record)}


def test_an_impossible_day_is_one_problem_whatever_the_text_says() -> None:
    record = load_json(VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json")
    record["times"][0].update(value="2022-02-30", text="yesterday")  # no weekday named
    problems = [(problem.path, problem.rule, problem.message) for problem in record_problems(record)]
    assert problems == [
        ("$.times[0].value", "time.precision", "'2022-02-30' is not on the calendar: the month has no day 30")
    ]


@pytest.mark.parametrize(
    ("value", "precision", "reason"),
    [
        ("2023-02-30", None, "the month has no day 30"),
        ("2023-02-30T10:00", "minute", "the month has no day 30"),
        ("2023-01-17T25:00", "hour", "there is no hour 25"),
        ("2023-13-XX", None, "there is no month 13"),
        ("2023-00-XX", None, "there is no month 00"),
        ("2023-XX-45", None, "the month has no day 45"),
        ("2023-W00", "week", "there is no week 00 in 2023, which has 52"),
        ("2023-W99", "week", "there is no week 99 in 2023, which has 52"),
        ("2023-W53", "week", "there is no week 53 in 2023, which has 52"),
    ],
)
def test_a_value_off_the_calendar_or_the_clock_is_a_problem(value: str, precision: str | None, reason: str) -> None:
    record = load_json(VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json")
    time = record["times"][0]
    time.update(value=value, text="at that time", type="TIME" if "T" in value else "DATE")
    for key in ("precision", "earliest", "latest", "mod"):
        time.pop(key, None)
    if precision is not None:
        time["precision"] = precision
    problems = [(problem.path, problem.rule, problem.message) for problem in record_problems(record)]
    assert ("$.times[0].value", "time.precision", f"{value!r} is not on the calendar: {reason}") in problems


@pytest.mark.parametrize("value", ["2020-W53", "XXXX-02-29", "2024-02-29", "2023-01-17T24:00", "2023-XX-31"])
def test_values_on_the_calendar_pass(value: str) -> None:
    record = load_json(VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json")
    time = record["times"][0]
    time.update(value=value, text="at that time", type="TIME" if "T" in value else "DATE")
    for key in ("precision", "earliest", "latest", "mod"):
        time.pop(key, None)
    assert "time.precision" not in {problem.rule for problem in record_problems(record)}


def test_a_weekday_a_time_value_contradicts_is_a_problem() -> None:
    record = load_json(VALID_RECORDS / "seed-kyodo-2022-02-10-phone-talks.json")
    time = record["times"][0]
    time.update(value="2023-01-17T10:00", text="Monday at 10 a.m.", type="TIME", precision="minute")  # a Tuesday
    for key in ("earliest", "latest", "mod"):
        time.pop(key, None)
    assert "time.weekday" in {problem.rule for problem in record_problems(record)}
