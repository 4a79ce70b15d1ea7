"""Who took part in the main event: the entities that fill a role of its trigger."""

from __future__ import annotations

from tests.unit.convert.documents import document_of
from validator.convert.events import main_event
from validator.convert.taking_part import taking_part


def _names(text: str, title: str | None = None) -> list[str]:
    document = document_of(text, title=title)
    return [part.entity.name for part in taking_part(document, main_event(document))]


def test_the_subject_and_object_of_the_trigger_take_part() -> None:
    text = "Harbour Board fines Acme Shipping\nThe Harbour Board fined Acme Shipping on Monday for dumping waste."
    assert {"Harbour Board", "Acme Shipping"} <= set(_names(text))


def test_actors_of_the_lead_take_part_and_rivals_named_later_do_not() -> None:
    text = (
        "Veldra Telecom urges users to drop old browser\n"
        "Veldra Telecom announced on Friday that users of its oldest browser should move to a newer version.\n"
        "Later in the article, the Zenith Foundation is mentioned as well, as a rival."
    )
    names = _names(text)
    assert "Veldra Telecom" in names
    assert "Zenith Foundation" not in names


def test_the_source_of_the_news_is_not_a_participant() -> None:
    text = (
        "Allies agree to cooperate\n"
        "Moldova and Paraguay agreed to cooperate on security, the Moldovan Foreign Ministry said Thursday."
    )
    assert "Moldovan Foreign Ministry" not in _names(text)


def test_in_sport_teams_go_by_their_country() -> None:
    text = (
        "Cup day three: Norway and Chile win\n"
        "On Sunday, Norway defeated Chile 2 - 1 in the opening match of the group, and Peru drew with Ghana."
    )
    assert {"Norway", "Chile"} <= set(_names(text))


def test_the_agency_the_news_comes_through_is_not_a_participant() -> None:
    text = (
        "Army put on alert\n"
        "According to the Anatolian news agency, quoting the state broadcaster Kanal Haber, the army of "
        "the country was put on alert on Friday night."
    )
    assert not any("Anatolian" in name or "Kanal" in name for name in _names(text))


def test_a_countrys_body_acting_in_the_lead_takes_part() -> None:
    text = "Court rules on mosque\nA Greek court ruled on Tuesday that the new mosque in Athens may open next month."
    assert "Greek court" in _names(text)


def test_bodies_a_research_team_comes_from_take_part() -> None:
    text = (
        "Scientists study ozone damage to crops\n"
        "A research team from the Veldra Institute of Technology and Ostrel University has analysed "
        "effects of ozone pollution on crops."
    )
    assert {"Veldra Institute of Technology", "Ostrel University"} <= set(_names(text))


def test_a_body_announcing_a_thing_acts_while_one_reporting_a_clause_is_the_source() -> None:
    acting = (
        "Norway begins flag review\n"
        "On Tuesday, the Norwegian government announced the start of a public process to choose a new flag."
    )
    assert "Norwegian government" in _names(acting)
    reporting = (
        "Police arrest three over fraud\n"
        "Police arrested three men over a tax fraud on Monday, the Norwegian government announced on Tuesday."
    )
    assert "Norwegian government" not in _names(reporting)


def test_a_country_the_headline_makes_its_subject_acts() -> None:
    text = (
        "Chile places its navy on alert after storm warning\n"
        "The navy was placed on high alert on Friday as a storm approached the southern coast."
    )
    assert "Chile" in _names(text)


def test_countries_whose_ministers_meet_are_represented_not_present() -> None:
    text = (
        "Ministers hold talks\n"
        "Moldovan Foreign Minister Ana Berg and her Paraguayan counterpart Tom Ray held talks in Lima on Monday."
    )
    names = _names(text)
    assert {"Ana Berg", "Tom Ray"} <= set(names)
    assert "Moldova" not in names


def test_whom_a_statement_is_about_does_not_take_part_in_it() -> None:
    text = (
        "Minister says harbour will reopen\n"
        "Finance Minister Ana Berg said on Monday that the Harbour Board would reopen the port next week."
    )
    names = _names(text)
    assert "Ana Berg" in names
    assert "Harbour Board" not in names


def test_someone_speaking_during_the_event_took_part_in_it() -> None:
    text = (
        "Ministers hold talks on trade\n"
        "The trade ministers of Moldova and Paraguay held talks on Monday in Lima.\n"
        "The talks covered tariffs.\n"
        "During the talks, Moldovan minister Ana Berg said the tariffs would fall."
    )
    assert "Ana Berg" in _names(text)


def test_a_spokesperson_speaks_for_a_body_and_does_not_take_part() -> None:
    text = (
        "Harbour Board fines Acme Shipping\n"
        "Harbour Board spokeswoman Ana Berg said the board fined Acme Shipping on Monday for dumping waste."
    )
    assert "Ana Berg" not in _names(text)


def test_commentators_named_in_the_opening_do_not_take_part() -> None:
    text = (
        "Acme fined for dumping\n"
        "The Harbour Board fined Acme Shipping on Monday for dumping waste in the bay.\n"
        '"It is a warning to every shipper," said Tom Ray, an analyst at the Veldra Institute.'
    )
    assert "Tom Ray" not in _names(text)


def test_the_organisation_a_story_is_about_takes_part() -> None:
    text = (
        "New phones dim in the cold, owners say\n"
        "Owners of Veldra Telecom's new phone say its screen dims in the cold.\n"
        "Veldra Telecom has sold two million of the phones since May.\n"
        "Veldra Telecom said it was aware of the problem.\n"
        "Veldra Telecom shares fell on Monday."
    )
    assert "Veldra Telecom" in _names(text)


def test_people_named_only_in_the_background_of_the_news_do_not_take_part() -> None:
    text = (
        "Harbour Board closes the east pier\n"
        "The Harbour Board closed the east pier on Monday amid warnings from Tomas Quellin.\n"
        "The pier has been shut twice since Tom Ray became mayor in 2019.\n"
        "Marta Kessel, the board's engineer, inspected the pier on Sunday.\n"
        "Ships will use the west pier until the repairs are done.\n"
        "The repairs are expected to take a month.\n"
        "The board will meet again in May."
    )
    names = _names(text)
    assert "Marta Kessel" in names
    assert "Tomas Quellin" not in names
    assert "Tom Ray" not in names


def test_whom_a_statement_speaks_of_does_not_take_part_but_an_outlet_told_does_neither() -> None:
    text = (
        "Mayor says harbour plan will fail\n"
        "Mayor Ana Berg told the Harbour Gazette on Monday that the harbour plan would fail.\n"
        "She said Tom Ray, who drew up the plan, had never asked the fishermen.\n"
        "She added that she was not sure about Marta Kessel either.\n"
        "The council will vote on the plan next month.\n"
        "The plan would deepen the east channel.\n"
        "It would cost four million.\n"
        "Work could start in the spring.\n"
        "The fishermen have asked for a public hearing."
    )
    names = _names(text)
    assert "Ana Berg" in names
    assert not {"Tom Ray", "Marta Kessel", "Harbour Gazette"} & set(names)


def test_the_organisation_a_story_is_about_takes_part_only_when_the_lead_names_no_actor() -> None:
    text = (
        "Regulator fines phone supplier\n"
        "Regulator Tom Ray fined the Harbour Trade Board on Monday over faults in Veldra Telecom's new phone.\n"
        "Veldra Telecom has sold two million of the phones since May.\n"
        "Veldra Telecom said it was aware of the fine.\n"
        "Veldra Telecom shares fell on Monday."
    )
    names = _names(text)
    assert "Harbour Trade Board" in names
    assert "Veldra Telecom" not in names
