"""The main event's place and country from the lead."""

from __future__ import annotations

from tests.unit.convert.documents import document_of
from validator.convert.events import main_event
from validator.convert.places import EventPlace, event_place, mentioned_places


def _place(text: str) -> EventPlace | None:
    document = document_of(text)
    return event_place(document, main_event(document))


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


def test_several_coordinated_countries_are_no_one_place_and_a_caption_showing_the_event_says_where() -> None:
    text = (
        "Allies agree to cooperate\n"
        "Japan, the United States and South Korea have agreed to cooperate on security after talks on Friday.\n"
        "Ministers hold talks at the Defense Ministry in Tokyo. (Photo courtesy of the ministry)\n"
    )
    place = _place(text)
    assert place is not None
    assert (place.text, place.country and place.country.alpha2) == ("Tokyo", "JP")
    assert place.city is not None
    assert place.city.geonames_id > 0


def test_a_city_alone_is_placed_by_the_gazetteer() -> None:
    text = "Marathon held\nThousands of runners took part in the city marathon in Lyon on Sunday morning."
    place = _place(text)
    assert place is not None
    assert (place.text, place.country and place.country.alpha2) == ("Lyon", "FR")


def test_the_agent_of_an_act_is_not_its_place() -> None:
    text = (
        "Allies condemn missile launches\n"
        "The ministers said recent missile launches by Pyongyang were a threat, during talks in Seoul on Monday."
    )
    place = _place(text)
    assert place is not None
    assert place.text == "Seoul"


def test_every_named_place_once_a_countrys_names_as_one() -> None:
    text = "Talks in Tokyo\nThe United States and Japan met in Tokyo; U.S. officials then flew to Hawaii."
    found = {place.name: place for place in mentioned_places(document_of(text))}
    assert {"United States", "Japan", "Tokyo"} <= set(found)
    assert "U.S." not in found
    assert len(found["United States"].spans) == 2
    for place in found.values():
        for start, end in place.spans:
            assert text[start:end] in {place.name, "U.S."}
    tokyo = found["Tokyo"]
    assert tokyo.city is not None
    assert tokyo.country is not None
    assert tokyo.country.alpha2 == "JP"


def test_the_place_the_trigger_is_located_in_comes_first() -> None:
    text = (
        "Board raids shipping offices\nThe Harbour Board, based in Lyon, raided the offices of Acme Shipping "
        "in Marseille on Monday."
    )
    place = _place(text)
    assert place is not None
    assert place.text == "Marseille"


def test_a_wire_dateline_says_where_when_the_story_does_not() -> None:
    text = "Minister warns of deficit\nLYON (Agence Veldra) - The finance minister warned on Monday of a deficit."
    place = _place(text)
    assert place is not None
    assert (place.text, place.country and place.country.alpha2) == ("LYON", "FR")


def test_where_the_acting_body_is_when_the_story_names_no_place() -> None:
    place = _place("Court rules on mosque\nA Greek court ruled on Tuesday that the new mosque may open next month.")
    assert place is not None
    assert (place.text, place.country and place.country.alpha2) == ("Greece", "GR")


def test_a_persons_nationality_is_not_where_the_event_happened() -> None:
    text = "Woman says group held her\nA Chilean woman has claimed that a group held her for ten years."
    assert _place(text) is None


def test_a_caption_says_where_only_when_it_shows_the_event() -> None:
    text = (
        "Acme seizes lookalike domains\n"
        "Former chief Ana Berg testifies during a hearing in Lyon. (Photo by Tom Ray/Veldra Images)\n"
        "Late last month, Acme seized control of 138 domains that mimicked its website."
    )
    assert _place(text) is None


def test_where_a_countrys_people_acting_together_are_when_the_story_names_no_place() -> None:
    text = (
        "Soldiers unhappy with gifts\n"
        "Greek soldiers are unhappy with the gifts they were given after a long inspection last month."
    )
    place = _place(text)
    assert place is not None
    assert place.country is not None
    assert place.country.alpha2 == "GR"


def test_a_state_named_alone_gives_its_country() -> None:
    text = "Storm hits Kentucky\nA storm tore roofs off hundreds of houses in Kentucky on Sunday night."
    place = _place(text)
    assert place is not None
    assert place.country is not None
    assert place.country.alpha2 == "US"


def test_a_place_of_another_event_is_taken_only_when_nothing_else_places_it() -> None:
    text = (
        "Harbour Board votes to close pier\n"
        "Days after the storm in Ostrel, the Harbour Board voted to close the east pier in Veldra."
    )
    place = _place(text)
    assert place is not None
    assert place.text == "Veldra"
    alone = "Board votes to shut offices\nDays after the storm in Ostrel, the Harbour Board voted to shut its offices."
    fallback = _place(alone)
    assert fallback is not None
    assert fallback.text == "Ostrel"


def test_places_coordinated_are_no_one_venue() -> None:
    text = (
        "Candidates campaign\nIn Nevada and Florida, the two candidates campaigned on Monday; the debate "
        "was held at Harbour Hall in Veldra."
    )
    place = _place(text)
    assert place is None or place.text not in {"Nevada", "Florida"}
