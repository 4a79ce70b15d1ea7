"""People in news text: full names, surnames the model mislabels, pronouns and titles."""

from __future__ import annotations

from tests.conftest import SEEDS
from tests.unit.convert.documents import document_of
from validator.convert.entities import Entities
from validator.convert.people import country_of
from validator.gazetteers.countries import country

SEED = (SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt").read_text(encoding="utf-8")


def _people(text: str) -> tuple[Entities, dict[str, list[str]]]:
    entities = document_of(text).entities
    return entities, {
        person.name: [text[start:end] for start, end, _ in person.mentions] for person in entities.persons
    }


def test_the_seed_ministers_with_every_later_mention() -> None:
    people, mentions = _people(SEED)
    assert set(mentions) == {"Nobuo Kishi", "Lloyd Austin", "Suh Wook"}
    # The model tags "Kishi" alone as an organisation; it is still the minister.
    assert mentions["Nobuo Kishi"].count("Kishi") == 2
    assert "He" in mentions["Nobuo Kishi"]
    assert "Austin" in mentions["Lloyd Austin"]
    assert "Suh" in mentions["Suh Wook"]
    kishi = next(person for person in people.persons if person.name == "Nobuo Kishi")
    assert {SEED[start:end] for start, end in kishi.titles} == {"Japanese Defense Minister"}


def test_a_mention_resolves_to_its_person() -> None:
    text = "Prime Minister Jacinda Ardern visited Christchurch on Friday. Ardern said she was moved."
    people, _ = _people(text)
    start = text.index("Ardern said")
    person = people.at(start, start + len("Ardern"))
    assert person is not None
    assert person.name == "Jacinda Ardern"
    she = text.index("she")
    assert people.at(she, she + 3) is person
    assert people.at(0, len("Prime")) is None


def test_an_apposition_is_a_title() -> None:
    text = "Khaled Al-Maeena, editor at large at the Saudi Gazette, said the toll would rise."
    people, _ = _people(text)
    (person,) = people.persons
    assert [text[start:end] for start, end in person.titles] == ["editor at large at the Saudi Gazette"]


def test_a_name_only_in_a_photo_caption_is_not_one_of_the_story() -> None:
    text = "Anna Berg in May 2012, after leaving the group. Image: Peter Hall.\nHall wrote a blog about the group."
    people, mentions = _people(text)
    assert "Peter Hall" not in mentions
    assert all("Image" not in text[start:end] for person in people.persons for start, end in person.titles)


def test_two_people_sharing_a_surname_stay_apart() -> None:
    text = "Serena Williams beat Venus Williams in the final. Serena Williams said the match was hard."
    _, mentions = _people(text)
    assert set(mentions) >= {"Serena Williams", "Venus Williams"}


def test_a_shared_title_gives_each_coordinated_name_its_own_country() -> None:
    people, _ = _people(SEED)
    countries = {person.name: person.country and person.country.alpha2 for person in people.persons}
    assert countries == {"Nobuo Kishi": "JP", "Lloyd Austin": "US", "Suh Wook": "KR"}
    austin = next(person for person in people.persons if person.name == "Lloyd Austin")
    assert SEED[austin.titles[0][0] : austin.titles[0][1]] == "U.S. and South Korean counterparts"


def test_a_nationality_in_the_title_is_the_country() -> None:
    text = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris."
    people, _ = _people(text)
    found = {p.name: (text[p.titles[0][0] : p.titles[0][1]], p.country and p.country.alpha2) for p in people.persons}
    assert found == {"Emmanuel Macron": ("French President", "FR"), "Olaf Scholz": ("German Chancellor", "DE")}


def test_without_a_written_nationality_a_person_is_of_the_event_country() -> None:
    text = "French President Emmanuel Macron met Mayor Anne Hidalgo in Paris."
    people, _ = _people(text)
    persons = {person.name: person for person in people.persons}
    france = country("France")
    assert country_of(persons["Emmanuel Macron"], None) == (country("French"), False)
    assert country_of(persons["Anne Hidalgo"], france) == (france, True)
    assert country_of(persons["Anne Hidalgo"], None) == (None, False)


def test_a_pronoun_stands_for_the_subject_not_a_name_used_as_a_modifier() -> None:
    text = (
        "Film critic Dana Scott reviewed the festival. She praised the Steven Spielberg retrospective.\n"
        "He said the organisers had done well. Later she wrote that the programme was the best in years."
    )
    people, _ = _people(text)
    she = text.index("she wrote")
    person = people.at(she, she + 3)
    assert person is not None
    assert person.name == "Dana Scott"


def test_names_are_cleaned_and_non_names_dropped() -> None:
    text = (
        "Results were announced for candidates including Lam Cheuk-ting and James To.\n"
        "The Space Shuttle Atlantis will go to the Kennedy Space Center, said NASA chief Charles Bolden."
    )
    names = {person.name for person in _people(text)[0].persons}
    assert "Charles Bolden" in names
    assert not any("Shuttle" in name or "Center" in name for name in names)
    assert not any(name.endswith(".") for name in names)


def test_a_sentence_opening_word_written_in_lower_case_elsewhere_is_not_part_of_the_name() -> None:
    text = (
        "In the Harbour East constituency, Labour councillor Peter Lam was elected. "
        "Nonpartisan Kevin Lau and Chan Wing-kei were re-elected. The nonpartisan candidates did well."
    )
    _, mentions = _people(text)
    assert "Kevin Lau" in mentions
    assert not any(name.startswith("Nonpartisan") for name in mentions)


def test_a_first_word_written_in_lower_case_only_as_another_kind_of_word_stays() -> None:
    text = "Bill de Blasio unveiled the bill on Monday. The bill was long. Rose Mary Smith said prices rose."
    _, mentions = _people(text)
    assert {"Bill de Blasio", "Rose Mary Smith"} <= set(mentions)


def test_a_name_after_a_noun_for_a_thing_it_acts_on_is_still_a_person() -> None:
    _, mentions = _people("The film Steven Spielberg directed won an award. Spielberg thanked the cast.")
    assert "Steven Spielberg" in mentions


def test_an_abbreviated_title_is_not_a_given_name() -> None:
    text = "The bill was signed by Gov. Newsom on Friday, and Sen. Warren praised it the same day."
    _, mentions = _people(text)
    assert not any(name.startswith(("Gov.", "Sen.")) for name in mentions)


def test_a_given_name_the_model_left_out_joins_the_surname_it_tagged() -> None:
    text = (
        "Two veteran politicians were defeated in the district, "
        "with Junius Wong defeating Tam Wai-man by around five thousand votes."
    )
    _, mentions = _people(text)
    # The model tags "Wong" alone; the name is the whole "Junius Wong", mentioned once.
    assert mentions["Junius Wong"] == ["Junius Wong"]
    assert "Tam Wai-man" in mentions


def test_a_title_before_a_surname_is_not_a_given_name() -> None:
    text = "Secretary Cooper said the plan would fail. Professor Burrows agreed with her."
    _, mentions = _people(text)
    assert not any(name.split()[0] in {"Secretary", "Professor"} for name in mentions)


def test_a_name_described_as_a_person_is_one_whatever_the_model_tagged_it() -> None:
    text = (
        "Marika Paris, an Australian woman and former member, has claimed that the group held her for years. "
        "Paris claims she was first sent to the ship aged eighteen."
    )
    _, mentions = _people(text)
    assert "Marika Paris" in mentions
    assert "Paris" in mentions["Marika Paris"]


def test_a_mention_inside_a_longer_mention_is_that_person() -> None:
    text = "Jacinda Ardern said the ship kept her."
    people, _ = _people(text)
    start = text.index("Ardern")
    person = people.at(start + 1, start + len("Ardern"))  # no mention starts inside "rdern"
    assert person is not None
    assert person.name == "Jacinda Ardern"


def test_a_name_described_as_a_thing_is_not_a_person() -> None:
    text = (
        "Margaret Lowe was there to launch her graphic novel Angel Hawk, with illustrator Tom Reed. "
        "Fans queued for hours to see Angel Hawk signed."
    )
    _, mentions = _people(text)
    assert "Margaret Lowe" in mentions
    assert "Angel Hawk" not in mentions


def test_an_honorific_and_a_misspelt_surname_join_the_full_name() -> None:
    text = (
        'Lydia Buchtmann of the food agency said the rules would change. "We need more time," '
        "Ms Bauchtman said on Monday. Mr Jones, a baker, disagreed."
    )
    people, _ = _people(text)
    names = [person.name for person in people.persons]
    assert "Ms Bauchtman" not in names
    start = text.index("Ms Bauchtman")
    person = people.at(start, start + len("Ms Bauchtman"))
    assert person is not None
    assert person.name == "Lydia Buchtmann"


def test_the_title_alone_later_is_the_person_who_bears_it() -> None:
    text = (
        "Japanese Defense Minister Nobuo Kishi met Mayor Anne Hidalgo in Paris on Monday. "
        "The minister said the talks were useful, and the mayor agreed."
    )
    people, _ = _people(text)
    minister, mayor = text.index("The minister"), text.index("the mayor")
    found_minister = people.at(minister, minister + len("The minister"))
    found_mayor = people.at(mayor, mayor + len("the mayor"))
    assert found_minister is not None
    assert found_minister.name == "Nobuo Kishi"
    assert found_mayor is not None
    assert found_mayor.name == "Anne Hidalgo"


def test_a_pronoun_stands_for_a_person_of_its_gender() -> None:
    text = "Ms Ana Berg met Tom Ray on Monday. Afterwards she said the meeting went well."
    people, _ = _people(text)
    she = text.index("she said")
    person = people.at(she, she + 3)
    assert person is not None
    assert person.name == "Ana Berg"


def test_a_possessive_makes_a_title_a_definite_description() -> None:
    text = (
        "Acme Shipping's managing director Tom Ray spoke on Monday. "
        "The firm's managing director said the ships would sail."
    )
    people, _ = _people(text)
    director = text.index("The firm's managing director")
    person = people.at(text.index("director said"), text.index("director said") + len("director"))
    assert director < text.index("director said")
    assert person is not None
    assert person.name == "Tom Ray"


def test_a_verb_of_speech_opening_an_inverted_attribution_is_not_part_of_a_name() -> None:
    text = "The board met on Monday. Said Tom Ray of the plan: it will fail. Rose Mary Smith said prices rose."
    _, mentions = _people(text)
    assert "Tom Ray" in mentions
    assert not any(name.startswith("Said") for name in mentions)
    assert "Rose Mary Smith" in mentions


def _person_at(text: str, words: str) -> str | None:
    people, _ = _people(text)
    start = text.index(words)
    person = people.at(start, start + len(words.split()[0]))
    return person.name if person is not None else None


def test_a_pronoun_in_a_reported_clause_stands_for_the_reporting_subject() -> None:
    text = "Tom Ray wrote that Karl Weber had mocked him and said he would never answer Weber."
    assert _person_at(text, "he would") == "Tom Ray"


def test_a_pronoun_opening_a_sentence_stands_for_the_last_main_subject() -> None:
    text = "Tom Ray told reporters that Karl Weber had called him twice on Monday.\nHe also said the talks would go on."
    assert _person_at(text, "He also") == "Tom Ray"


def test_a_spokesman_may_be_a_woman() -> None:
    text = (
        "Acme Shipping spokesman Li Wen said the cranes were safe, after Tom Ray spoke.\n"
        '"We hope the harbour reopens soon," she said.'
    )
    assert _person_at(text, "she said") == "Li Wen"


def test_a_name_opening_with_an_article_is_a_title_not_a_person() -> None:
    text = "Der Kessel reported that the board had seen a document about the fault."
    _, persons = _people(text)
    assert "Der Kessel" not in persons
