"""The converter's scorer follows the key README's matching rules, field by field."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from validator.convert.scoring import (
    date_matches,
    location_matches,
    quote_overlap,
    score,
    speaker_matches,
    title_matches,
)

PARTICIPANTS: list[dict[str, Any]] = [
    {"name": "Nobuo Kishi", "aliases": ["Kishi"], "title": ["Defense Minister"], "country": "JP"},
    {"name": "Lloyd Austin", "aliases": ["Austin"], "title": ["counterpart", "Secretary of Defense"], "country": "US"},
    {"name": "Suh Wook", "aliases": ["Suh"], "title": [], "country": None},
]
KEY: dict[str, Any] = {
    "main_event": {
        "kind": "meeting", "modality": "phone", "status": "occurred", "date": "2022-02-10",
        "duration": "PT30M", "location": ["Defense Ministry", "Tokyo"], "country": "JP",
        "participants": PARTICIPANTS,
    },
    "statements": [
        {"speaker": "Lloyd Austin", "quote": "ironclad", "direct": True, "channel": "social-media"},
        {"speaker": "Nobuo Kishi", "quote": "significant", "direct": True, "channel": "press-conference",
         "note": "mixed: said the talks were \u201csignificant\u201d"},
        {"speaker": "Japanese Defense Ministry", "quote": "the three countries agreed to continue cooperation",
         "direct": False, "channel": "unknown"},
    ],
}  # fmt: skip


def _prediction(key: dict[str, Any]) -> dict[str, Any]:
    """What a perfect converter would say: one value where the key lists the acceptable ones."""
    predicted = copy.deepcopy(key)
    event = predicted["main_event"]
    event["location"] = event["location"][0]
    event["participants"] = [
        {"name": p["name"], "title": (p["title"] or [None])[0], "country": p["country"]} for p in PARTICIPANTS
    ]
    return predicted


def test_a_perfect_prediction_scores_one_everywhere() -> None:
    report = score([(KEY, _prediction(KEY))]).report()
    del report["documents"]
    assert report["participants"]["f1"] == report["statements"]["f1"] == 1.0
    accuracies = {name: value["accuracy"] for name, value in report.items() if "accuracy" in value}
    assert len(accuracies) == 12
    assert set(accuracies.values()) == {1.0}
    assert report["participants.title"]["scored"] == 2  # Suh Wook has no title in the key
    assert report["statements.channel"]["scored"] == 2  # unknown channels are not scored
    assert report["statements.speaker_on_direct_quotes"]["scored"] == 2


def test_each_mistake_costs_only_its_own_field() -> None:
    predicted = _prediction(KEY)
    event = predicted["main_event"]
    event["date"] = "2022-02-09"
    event["participants"][1]["title"] = "President"
    event["participants"].append({"name": "Joe Biden", "title": "President", "country": "US"})
    predicted["statements"][0]["speaker"] = "Suh Wook"
    predicted["statements"][1]["direct"] = False  # a mixed quote: either value is right
    report = score([(KEY, predicted)]).report()
    assert report["event.date"]["accuracy"] == 0.0
    assert report["event.kind"]["accuracy"] == 1.0
    assert report["participants"]["precision"] == pytest.approx(3 / 4)
    assert report["participants"]["recall"] == 1.0
    assert report["participants.title"]["accuracy"] == 0.5
    assert report["statements"]["recall"] == pytest.approx(2 / 3)
    assert report["statements.speaker_on_direct_quotes"]["accuracy"] == 0.5
    assert report["statements.direct"]["accuracy"] == 1.0


def test_an_empty_prediction_scores_zero_and_is_not_an_error() -> None:
    report = score([(KEY, {})]).report()
    assert report["participants"]["f1"] == report["statements"]["f1"] == 0.0
    assert report["event.date"]["accuracy"] == 0.0


@pytest.mark.parametrize(
    ("key", "predicted", "expected"),
    [
        ("2022-02", "2022-02-10", True),
        ("2022", "2022-02-10", True),
        ("2022-02-10", "2022-02", False),
        ("2022-W06", "2022-02-10", True),
        ("2022-W06", "2022-02-14", False),
        ("2022-W06", "2022-W06", True),
        ("2022-02-08/2022-02-11", "2022-02-10", True),
        ("2022-02-08/2022-02-11", "2022-02-12", False),
        (None, None, True),
        (None, "2022-02-10", False),
        ("2022-02-10", None, False),
    ],
)
def test_dates_follow_the_key_precision(key: str | None, predicted: str | None, expected: bool) -> None:
    assert date_matches(key, predicted) is expected


def test_locations_and_titles_match_by_containment() -> None:
    assert location_matches(["Kennedy Space Center"], "Kennedy Space Center, Florida")
    assert not location_matches(["Kennedy Space Center"], "Florida")
    assert location_matches([], None)
    assert not location_matches([], "Tokyo")
    assert title_matches(["Defense Minister"], "Japanese Defense Minister")
    assert not title_matches(["Defense Minister"], "Minister")
    assert not title_matches(["Defense Minister"], None)


@pytest.mark.parametrize(
    ("key", "predicted", "expected"),
    [
        ("Nobuo Kishi", "Kishi", True),  # alias of a participant
        ("Sergei Basya", "Basya", True),  # surname of a non-participant
        ("Sergei Basya", "Sergei", False),
        ("Korean Central News Agency", "KCNA", True),  # acronym
        ("Secunia", "Secunia.com", True),  # containment either way
        ("Saudi Arabia's Civil Defense Authority", "Civil Defense Authority", True),
        ("UK government officials", "officials", True),  # a description: any shared content word
        ("UK government officials", "the minister", False),
        ("the i", "the i", True),  # a description without content words still matches itself
        ("Lloyd Austin", None, False),
    ],
)
def test_speakers_follow_the_names_rule(key: str, predicted: str | None, expected: bool) -> None:
    assert speaker_matches(key, predicted, PARTICIPANTS) is expected


def test_quote_overlap_is_normalised_and_relative_to_the_key() -> None:
    assert quote_overlap("\u201cIt was  significant\u201d", '"it was significant"') == 1.0
    assert quote_overlap("ironclad commitment", "ironclad") == pytest.approx(8 / 19)
    assert quote_overlap("ironclad", "") == 0.0
