"""Organisations that take part in the main event: actors of the headline and lead sentence."""

from __future__ import annotations

from validator.convert.events import lead
from validator.convert.nlp import load_pipeline
from validator.convert.organisations import lead_organisations


def _names(text: str) -> list[str]:
    doc = load_pipeline()(text)
    found = lead_organisations(doc, lead(text))
    for organisation in found:
        assert text[organisation.start : organisation.end] == organisation.text
    return [organisation.text for organisation in found]


def test_actors_of_the_lead_take_part() -> None:
    text = (
        "Microsoft urges users to drop old browser\n"
        "Microsoft announced on Friday that users of its oldest browser should move to a newer version.\n"
        "Later in the article, the Mozilla Foundation is mentioned as well, as a rival."
    )
    assert _names(text) == ["Microsoft"]


def test_the_source_of_the_news_is_not_a_participant() -> None:
    text = (
        "Allies agree to cooperate\n"
        "Japan and the United States agreed to cooperate on security, the Japanese Defense Ministry said Thursday."
    )
    assert "Japanese Defense Ministry" not in _names(text)


def test_in_sport_teams_go_by_their_country() -> None:
    text = (
        "Cup day three: Norway and Chile win\n"
        "On Sunday, Norway defeated Chile 2 - 1 in the opening match of the group, and Peru drew with Ghana."
    )
    doc = load_pipeline()(text)
    found = {organisation.text for organisation in lead_organisations(doc, lead(text), "sport")}
    assert {"Norway", "Chile"} <= found
    assert lead_organisations(doc, lead(text), "meeting") == []


def test_the_agency_the_news_comes_through_is_not_a_participant() -> None:
    text = (
        "Army put on alert\n"
        "According to the Anatolian news agency, the army of the country was put on alert on Friday night."
    )
    assert not any("Anatolian" in name for name in _names(text))


def test_a_countrys_body_acting_in_the_lead_takes_part() -> None:
    text = "Court rules on mosque\nA Greek court ruled on Tuesday that the new mosque in Athens may open next month."
    assert "Greek court" in _names(text)


def test_the_name_of_an_event_or_a_venue_is_not_a_participant() -> None:
    text = (
        "Comics celebrated at Comic Expo Wales in Cardiff\n"
        "Comic Expo Wales opened at the Cardiff International Convention Centre on Friday, and Marvel Comics "
        "unveiled a new series there."
    )
    names = _names(text)
    assert "Marvel Comics" in names
    assert not any("Expo" in name or "Centre" in name for name in names)


def test_an_organisation_the_parser_hung_on_the_next_one_still_takes_part() -> None:
    text = (
        "Scientists study ozone damage to crops\n"
        "A research team from the Swiss Federal Institute of Technology and Lund University has analysed "
        "effects of ozone pollution on crops."
    )
    assert {"Swiss Federal Institute of Technology", "Lund University"} <= set(_names(text))


def test_a_body_announcing_a_thing_acts_while_one_reporting_a_clause_is_the_source() -> None:
    acting = (
        "Norway begins flag review\n"
        "On Tuesday, the Norwegian government announced the start of a public process to choose a new flag."
    )
    assert "Norwegian government" in _names(acting)
    reporting = (
        "Norway begins flag review\n"
        "A public process to choose a new flag will start next month, the Norwegian government announced on Tuesday."
    )
    assert "Norwegian government" not in _names(reporting)


def test_a_country_the_headline_makes_its_subject_acts() -> None:
    text = (
        "Chile places its navy on alert after storm warning\n"
        "The navy was placed on high alert on Friday as a storm approached the southern coast."
    )
    assert "Chile" in _names(text)


def test_a_country_acting_through_a_body_the_lead_names_is_listed_once() -> None:
    text = (
        "Norway begins flag review\n"
        "On Tuesday, the Norwegian government announced the start of a public process to choose a new flag.\n"
        "Officials said the review would take a year."
    )
    doc = load_pipeline()(text)
    names = [organisation.text for organisation in lead_organisations(doc, lead(text))]
    assert names.count("Norway") + names.count("Norwegian government") == 1


def test_a_first_line_that_is_a_sentence_is_not_a_headline_making_countries_act() -> None:
    text = (
        "Japan and Chile agreed to expand trade in fish and copper, the Japanese Foreign Ministry said on Monday.\n"
        "The two ministers spoke by phone for forty minutes."
    )
    assert "Japan" not in _names(text)


def test_an_agency_quoted_by_the_source_is_a_source_too() -> None:
    text = (
        "Army put on alert\n"
        "According to the Anatolian news agency, quoting the state broadcaster Kanal Haber Ajansi, the army of "
        "the country was put on alert on Friday night."
    )
    names = _names(text)
    assert not any("Anatolian" in name or "Kanal" in name for name in names)


def test_a_name_saying_what_a_person_is_is_not_a_body_taking_part() -> None:
    text = (
        "Woman says sect held her at sea\n"
        "Maria Lopez, a Chilean woman and former Moonie, has claimed that the Unification Church held her "
        "for ten years aboard its yacht, Blue Horizon."
    )
    names = _names(text)
    assert "Unification Church" in names
    assert "Moonie" not in names


def test_a_city_the_headline_makes_its_subject_is_not_a_country_acting() -> None:
    text = (
        "Toronto approves budget\n"
        "The city council approved a budget of 16 billion dollars for next year after a long debate on Tuesday."
    )
    assert "Toronto" not in _names(text)


def test_a_company_after_an_according_to_phrase_acts() -> None:
    text = (
        "Tech giant buys game studio\n"
        "According to Reuters, Microsoft bought a game studio for ten billion dollars on Monday."
    )
    names = _names(text)
    assert "Microsoft" in names
    assert "Reuters" not in names
