"""The whole converter: articles in, valid records out, every value traceable to its words."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import SEEDS
from validator.convert import Article, ConversionError, convert
from validator.validation import record_problems

SEED_PATH = SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt"
SEED = SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_records() -> list[dict[str, Any]]:
    return [record.to_json() for record in convert(Article(SEED, SEED_PATH.name))]


def test_every_seed_record_is_valid_and_its_evidence_is_the_text(seed_records: list[dict[str, Any]]) -> None:
    for record in seed_records:
        assert record_problems(record) == []  # schema and semantic rules, evidence text included
        assert record["article"]["text"] == SEED


def test_the_seed_main_event_is_the_phone_talks_of_10_february_lasting_30_minutes(
    seed_records: list[dict[str, Any]],
) -> None:
    main = seed_records[0]
    event = main["event"]
    times = {time["id"]: time for time in main["times"]}
    assert (event["kind"], event["mode"], event["lifecycle"]) == ("meeting", "phone", "occurred")
    assert (times[event["time"]]["value"], times[event["time"]]["text"]) == ("2022-02-10", "Thursday")
    assert times[event["duration"]]["value"] == "PT30M"
    # No dateline or metadata gives the date: it is inferred, and the record says so.
    assert main["article"]["published"] == "2022-02-10"
    assert main["article"]["published_inferred"] is True
    # Where: Tokyo (the caption showing the talks); every other place named is there as mentioned.
    roles = {
        place["name"]: (place["role"], place.get("country", {}).get("iso3166_1_alpha2")) for place in main["places"]
    }
    assert roles["Tokyo"] == ("event_area", "JP")
    assert roles["Pyongyang"] == ("mentioned", "KP")
    assert roles["North Korea"] == ("mentioned", "KP")


def test_the_seed_participants_have_titles_and_countries(seed_records: list[dict[str, Any]]) -> None:
    main = seed_records[0]
    names = {entity["id"]: entity["name"] for entity in main["entities"]}
    found = {
        names[p["entity"]]: (p["represents"]["iso3166_1_alpha2"], p["title"]["normalised"], p["attendance"])
        for p in main["participations"]
    }
    # "his U.S. and South Korean counterparts": counterparts of a defense minister are defense ministers.
    assert found == {
        "Nobuo Kishi": ("JP", "Defense Minister", "phone"),
        "Lloyd Austin": ("US", "Defense Minister", "phone"),
        "Suh Wook": ("KR", "Defense Minister", "phone"),
    }
    kishi = next(entity for entity in main["entities"] if entity["name"] == "Nobuo Kishi")
    assert "Kishi" in kishi["aliases"]


def test_the_seed_statements_have_speakers_and_channels(seed_records: list[dict[str, Any]]) -> None:
    main = seed_records[0]
    speakers = {p["id"]: p["entity"] for p in main["participations"]}
    names = {entity["id"]: entity["name"] for entity in main["entities"]}

    def speaker(statement: dict[str, Any]) -> str:
        return names[speakers.get(statement["speaker"], statement["speaker"])]

    by_words = {statement["text"]: statement for statement in main["statements"]}
    ironclad = by_words["ironclad"]
    assert (speaker(ironclad), ironclad["channel"], ironclad["platform"]) == (
        "Lloyd Austin", "social_media_post", "Twitter"
    )  # fmt: skip
    threat = by_words["a serious threat and a challenge to U.N. Security Council resolutions"]
    assert (speaker(threat), threat["channel"], names[threat["relayed_by"]]) == (
        "Suh Wook", "statement", "South Korean Defense Ministry"
    )  # fmt: skip
    significant = by_words["significant"]
    assert (speaker(significant), significant["mode"], significant["channel"]) == (
        "Nobuo Kishi", "mixed", "press_conference"
    )  # fmt: skip


def test_the_seed_reports_its_other_events_linked_to_the_main_one(seed_records: list[dict[str, Any]]) -> None:
    main, *others = seed_records
    found = set()
    for record in others:
        times = {time["id"]: time["value"] for time in record["times"]}
        event = record["event"]
        found.add((event["kind"], event["lifecycle"], times.get(event.get("time", ""))))
        assert event["related"][0]["record"] == main["id"]
    assert {("meeting", "occurred", "2019-11"), ("meeting", "cancelled", "2022-01")} <= found
    assert any(kind == "meeting" and lifecycle == "planned" for kind, lifecycle, _ in found)
    modes = {(r["event"]["kind"], r["event"]["lifecycle"]): r["event"]["mode"] for r in others}
    assert modes[("meeting", "planned")] == modes[("meeting", "cancelled")] == "in_person"
    assert all(r["event"]["mode"] == "unknown" for r in others if r["event"]["kind"] in {"launch", "test"})
    assert any(kind in {"launch", "test"} for kind, _, _ in found)
    assert [link["record"] for link in main["event"]["related"]] == [record["id"] for record in others]


def test_metadata_is_carried_and_a_given_date_is_not_marked_inferred() -> None:
    article = Article(
        "Leaders meet in Oslo\nThe prime ministers of Norway and Sweden met in Oslo on Monday to discuss energy.",
        "oslo.txt",
        title="Nordic leaders meet",
        published="2024-05-08",
        url="https://news.example.org/oslo",
        publisher="Example News",
    )
    (record,) = (r.to_json() for r in convert(article))
    assert record["article"]["published"] == "2024-05-08"
    assert "published_inferred" not in record["article"]
    assert (record["article"]["url"], record["article"]["publisher"], record["title"]) == (
        "https://news.example.org/oslo", "Example News", "Nordic leaders meet"
    )  # fmt: skip
    times = {time["id"]: time["value"] for time in record["times"]}
    assert times[record["event"]["time"]] == "2024-05-06"
    place = record["places"][0]
    # Two countries stand in the sentence; the city gazetteer says which one holds Oslo.
    assert (place["name"], place["country"]["iso3166_1_alpha2"], place["precision"]) == ("Oslo", "NO", "city")
    assert place["identifiers"] == [{"scheme": "geonames", "value": "3143244"}]


def test_the_same_text_gives_the_same_record_ids() -> None:
    article = Article("Storm hits coast\nA powerful storm hit the southern coast of Chile on Sunday night.", "a")
    first, second = convert(article), convert(Article(article.text, "b"))
    assert [r.id for r in first] == [r.id for r in second]


def test_text_with_no_event_is_refused_with_the_reason() -> None:
    with pytest.raises(ConversionError) as raised:
        convert(Article("the cat sat on the mat all afternoon long and then went to sleep", "cat.txt"))
    assert raised.value.name == "cat.txt"
    assert "no event found" in str(raised.value)
    assert "fix:" in str(raised.value)


def test_people_named_only_in_a_photo_caption_do_not_take_part() -> None:
    text = (
        "Council opens new library\n"
        "Mayor Michael Thompson opened the new city library on Monday, the council said.\n"
        "Author Tom Baker at the opening. Image: City Council.\n"
    )
    (record,) = (r.to_json() for r in convert(Article(text, "library.txt", published="2024-05-08")))
    names = {entity["id"]: entity["name"] for entity in record["entities"]}
    # A caption is not story: who it names is neither an entity of the story nor taking part.
    assert "Tom Baker" not in names.values()
    assert [names[p["entity"]] for p in record["participations"] if p["entity"].startswith("person")] == [
        "Michael Thompson"
    ]


def test_people_first_named_late_do_not_take_part() -> None:
    text = (
        "Council approves new bridge\n"
        "Mayor Michael Thompson and engineer Sarah Collins presented the plan for the new river bridge on Monday.\n"
        "The council approved the plan by nine votes to two after a debate that lasted most of the evening.\n"
        "Work is expected to begin in the spring and to take two years, the council said in a statement.\n"
        "Local historian David Miller said the old bridge should be kept as a footpath for walkers."
    )
    record = convert(Article(text, "bridge.txt", published="2024-05-08"))[0].to_json()
    names = {entity["id"]: entity["name"] for entity in record["entities"]}
    taking_part = {names[p["entity"]] for p in record["participations"]}
    assert {"Michael Thompson", "Sarah Collins"} <= taking_part
    assert "David Miller" in names.values()
    assert "David Miller" not in taking_part
    # His words are still a statement, spoken by the entity.
    assert any(names.get(s["speaker"]) == "David Miller" for s in record["statements"])


def _taking_part(text: str, name: str) -> tuple[set[str], set[str]]:
    """The names of a record's entities, and of those taking part."""
    record = convert(Article(text, name, published="2024-05-08"))[0].to_json()
    names = {entity["id"]: entity["name"] for entity in record["entities"]}
    return set(names.values()), {names[p["entity"]] for p in record["participations"]}


def _speakers(text: str, name: str) -> list[str | None]:
    """The names of a record's statement speakers, in order (a participation stands for its entity)."""
    record = convert(Article(text, name, published="2024-05-08"))[0].to_json()
    names = {entity["id"]: entity["name"] for entity in record["entities"]}
    names |= {taking_part["id"]: names[taking_part["entity"]] for taking_part in record["participations"]}
    return [names.get(statement["speaker"]) for statement in record["statements"]]


def test_in_a_contest_everyone_named_takes_part_however_late() -> None:
    text = (
        "Labour wins city council election\n"
        "Labour won a majority in the city council election held on Sunday, the electoral commission said.\n"
        "Turnout was 41 per cent, the lowest since the council was created in 1974.\n"
        "In the northern ward, the party's candidate Anna Berg took the seat from the Greens.\n"
        "The Liberal candidate in the same ward finished third with 2,104 votes.\n"
        "In the harbour ward, Labour's Peter Quinn was re-elected with 3,412 votes, "
        "and Green councillor Maria Lopez lost her seat."
    )
    assert text.index("Peter Quinn") > len(text) / 2
    _, taking_part = _taking_part(text, "election.txt")
    assert {"Anna Berg", "Peter Quinn", "Maria Lopez"} <= taking_part


def test_a_spokesperson_speaks_for_a_body_and_does_not_take_part() -> None:
    text = (
        "Council approves new bridge\n"
        "The city council approved the new river bridge on Monday after a long debate.\n"
        "Julia Brandt, a spokeswoman for the Environment Department, said the bridge would open in two years.\n"
        "Work is expected to begin in the spring and to take two years, and will cost $20 million.\n"
    )
    assert text.index("Julia Brandt") < len(text) / 2
    named, taking_part = _taking_part(text, "bridge.txt")
    assert "Julia Brandt" in named
    assert "Julia Brandt" not in taking_part


def test_a_caption_does_not_place_someone_named_again_only_late() -> None:
    text = (
        "Council approves new bridge\n"
        "Mayor Michael Thompson and engineer Anne Berg at the river. Image: City Council.\n"
        "Mayor Michael Thompson presented the plan for the new river bridge to the council on Monday.\n"
        "The council approved the plan by nine votes to two after a debate that lasted most of the evening.\n"
        "Work is expected to begin in the spring and to take two years, the council said in a statement.\n"
        "The design is by engineer Anne Berg, who also drew the old footbridge upstream in 1998."
    )
    assert text.index("engineer Anne Berg, who") > len(text) / 2
    named, taking_part = _taking_part(text, "bridge.txt")
    assert "Michael Thompson" in taking_part
    assert "Anne Berg" in named
    assert "Anne Berg" not in taking_part


def test_someone_named_only_as_what_qualifies_a_thing_does_not_take_part() -> None:
    text = (
        "Gallery opens photography exhibit\n"
        "Curator Anna Lindqvist opened an exhibit of photographs of Paul Newman and Joan Baez "
        "at the city gallery on Thursday.\n"
        "The gallery, founded by painter Walter Gropius Brandt in 1961, is open every day.\n"
        "The show follows criticism of President Donald Trump's arts budget and a video featuring Tom Hanks.\n"
        "It runs until March, and entry is free for students and children under twelve. The gallery's cafe and "
        "shop stay open in the evenings, and guided tours of the prints start every hour from the main entrance.\n"
        "Tickets for the tours can be bought at the desk or online, and groups of more than ten people are asked "
        "to book a week ahead so that a guide can be found for them."
    )
    assert text.index("Trump") < len(text) / 2
    named, taking_part = _taking_part(text, "gallery.txt")
    assert "Anna Lindqvist" in taking_part
    only_qualifying = {"Paul Newman", "Joan Baez", "Donald Trump", "Walter Gropius Brandt", "Tom Hanks"}
    assert only_qualifying <= named
    assert not only_qualifying & taking_part


def test_someone_named_only_as_the_source_of_the_news_does_not_take_part() -> None:
    text = (
        "Students finish solar car\n"
        "Lena Fischer and four other students from Graz finished building a solar car at their school on Monday.\n"
        "According to their teacher, Marco Rossi, the car can drive for two hours on a sunny day.\n"
        "The car took the students more than a year to build, and its parts were paid for by local firms, "
        "and the next one will be held in Mexico City in the summer of next year."
    )
    named, taking_part = _taking_part(text, "solar.txt")
    assert "Lena Fischer" in taking_part
    assert "Marco Rossi" in named
    assert "Marco Rossi" not in taking_part


def test_a_short_reference_to_an_organisation_named_before_speaks_as_that_organisation() -> None:
    text = (
        "Woman says charity kept her wages\n"
        "A former volunteer has claimed that the Order of Saint Lazarus kept her wages for ten years.\n"
        "The woman says she worked on a ship in the Caribbean from 1998 to 2008.\n"
        "The Order said the woman was a volunteer and was paid what she was owed."
    )
    speakers = _speakers(text, "order.txt")
    assert "Order of Saint Lazarus" in speakers
    assert "Order" not in speakers


def test_a_country_is_not_taken_for_a_body_named_after_it() -> None:
    text = (
        "Party leader quits\n"
        "Nigel Farage resigned as leader of the UK Independence Party on Monday after the vote.\n"
        "The UK said it would start talks with the European Union on its exit next year, and the UK "
        "Independence Party said it would choose a new leader in September."
    )
    assert _speakers(text, "party.txt") == ["UK", "UK Independence Party"]


def test_the_subject_after_an_according_to_phrase_takes_part() -> None:
    text = (
        "Gunman kills three in Ohio\n"
        "According to police, John Smith shot three people at a shopping centre in Dayton on Monday.\n"
        "The centre was closed for the rest of the day, and the police have asked witnesses to come forward. "
        "A vigil will be held on Friday evening in the square outside the centre, the mayor's office said."
    )
    _, taking_part = _taking_part(text, "shooting.txt")
    assert "John Smith" in taking_part


def test_the_person_an_event_noun_is_of_takes_part() -> None:
    text = (
        "Man arrested over bank fraud\n"
        "Police in Leeds announced the arrest of John Smith on Monday over a fraud at a local bank.\n"
        "The bank said it had lost about two million pounds over three years, and that it had changed its "
        "checks since. A court hearing is expected next month, and the bank's customers have been told."
    )
    _, taking_part = _taking_part(text, "arrest.txt")
    assert "John Smith" in taking_part


def test_a_speaker_named_inside_a_fuller_name_is_that_person() -> None:
    text = (
        "Woman says ship kept her\n"
        "Marika Paris, an Australian woman, has claimed that a cruise ship kept her on board for years.\n"
        "The ship's owners said she was free to leave at any time."
    )
    assert "Marika Paris" in _speakers(text, "ship.txt")


def test_a_possessed_speaker_is_not_its_possessor() -> None:
    text = (
        "Senator tours the harbour\n"
        "Senator Tom Ray toured the harbour on Monday.\n"
        "His team believes the vote will be close, and his advisers said on Friday that he would win."
    )
    assert _speakers(text, "team.txt") == ["His team", "his advisers"]


def test_a_month_of_no_known_year_converts_to_a_valid_record() -> None:
    text = (
        "Acme sales climb\n"
        "Acme Shipping reported higher sales on Tuesday, and said its new cranes would arrive at the end of "
        "September."
    )
    records = convert(Article(text, "month.txt"))
    assert records[0].to_json()["event"]["kind"] == "announcement"


def test_a_record_the_models_refuse_is_a_conversion_error_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.convert import records
    from validator.models import Evidence

    def refused(_analysis: Any) -> Any:
        return Evidence(start=-1, end=0, text="")  # a value the format refuses: pydantic raises

    monkeypatch.setattr(records, "build_records", refused)
    with pytest.raises(ConversionError, match="converter bug"):
        convert(Article("Storm hits coast\n\nA storm hit the coast of Veldra on Monday.", "storm.txt"))
