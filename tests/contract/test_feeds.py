"""Feed documents: the feed fixtures pass the feed schema and model and round-trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from tests.conftest import FIXTURES, fixture_id, load_json
from validator import is_valid, iter_problems
from validator.models import Feed, FeedInfo

FEEDS = sorted((FIXTURES / "feeds").glob("*.json"))


@pytest.mark.parametrize("path", FEEDS, ids=fixture_id)
def test_feed_fixture_is_valid_and_round_trips(path: Path) -> None:
    feed = load_json(path)
    assert [str(problem) for problem in iter_problems(feed, schema="feed")] == []
    assert Feed.model_validate(feed).to_json() == feed


def test_feed_fixtures_use_every_feed_property() -> None:
    used = {name for path in FEEDS for name in load_json(path)["feed"]}
    assert used == set(FeedInfo.model_fields)


def test_a_feed_without_records_is_invalid() -> None:
    feed = {"specversion": "1.0", "feed": {"id": "urn:example:feed"}}
    assert not is_valid(feed, schema="feed")
    with pytest.raises(ValidationError):
        Feed.model_validate(feed)
