"""The main event's place and country from the lead."""

from __future__ import annotations

from validator.convert.events import lead, main_event
from validator.convert.nlp import load_pipeline
from validator.convert.places import EventPlace, event_place


def _place(text: str) -> EventPlace | None:
    return event_place(load_pipeline()(text), lead(text), main_event(text).kind_cue)


def test_a_city_with_its_country_written_after_it() -> None:
    text = "Bomb attack in market\nA bomb exploded at a market in Kabul, Afghanistan on Monday, killing four people."
    place = _place(text)
    assert place is not None
    assert text[place.start : place.end] == place.text == "Kabul"
    assert place.country is not None
    assert place.country.alpha2 == "AF"


def test_a_country_is_its_own_country() -> None:
    text = "Floods hit Bangladesh\nSevere floods in Bangladesh have displaced thousands of families since Tuesday."
    place = _place(text)
    assert place is not None
    assert (place.text, place.country and place.country.alpha2) == ("Bangladesh", "BD")


def test_a_lead_without_a_place() -> None:
    assert _place("Company reports profit\nThe company reported a record profit for the third quarter.") is None
