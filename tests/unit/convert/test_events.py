"""The main event's kind, mode and lifecycle from headlines and leads written like news."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from tests.unit.convert.documents import document_of
from validator.convert.events import main_event

SEED = (SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("article", "kind", "mode", "lifecycle"),
    [
        (
            "Ministers hold phone talks on trade\nMonday, March 3, 2025\n"
            "The trade ministers of Canada and Mexico held talks by telephone on Monday, officials said.",
            "meeting", "phone", "occurred",
        ),
        (
            "Earthquake strikes southern Peru\nA magnitude 6.9 earthquake struck southern Peru early on Sunday, "
            "damaging dozens of houses.",
            "disaster", "unknown", "occurred",
        ),
        (
            "Leaders to meet by video link next week\nThe leaders of the two countries will meet by video link next "
            "week to discuss the dispute.",
            "meeting", "video", "planned",
        ),
        (
            "Summit called off after protests\nThe regional summit planned for May was called off on Friday after "
            "days of protests in the capital.",
            "summit", "unknown", "cancelled",
        ),
        (
            "Acme shares slide\nAcme Shipping reported a sales drop of 4 percent for the third quarter on Tuesday.",
            "announcement", "unknown", "occurred",
        ),
        (
            "Parliament passes budget\nThe Veldrian parliament passed the new budget on Tuesday by 90 votes to 40.",
            "vote", "unknown", "occurred",
        ),
        (
            "Measles outbreak closes schools\nA measles outbreak has closed four schools in the north of the city.",
            "disaster", "unknown", "occurred",
        ),
        (
            "Mayor backs Tom Ray for governor\nThe mayor of Veldra on Monday backed Tom Ray in the race for governor.",
            "statement", "unknown", "occurred",
        ),
        (
            "Senate confirms judge\nThe Senate confirmed the judge on Tuesday by 52 votes to 48.",
            "vote", "unknown", "occurred",
        ),
        (
            "Board faces test over harbour plan\nThe harbour board faces a test after the plan "
            "raised eyebrows among traders.",
            "other", "unknown", "occurred",
        ),
        (
            "New ideas are beating old formulas\nAcross the harbour, new ideas are beating old formulas.",
            "other", "unknown", "occurred",
        ),
        ("Nothing much\nThe weather was mild and the shops were open all day long as usual.", "other", "unknown",
         "occurred"),
    ],
)  # fmt: skip
def test_kind_mode_and_lifecycle(article: str, kind: str, mode: str, lifecycle: str) -> None:
    event = main_event(document_of(article))
    assert (event.kind, event.mode, event.lifecycle) == (kind, mode, lifecycle)
    for cue in (event.kind_cue, event.mode_cue, event.lifecycle_cue):
        assert cue is None or article[cue.start : cue.end] == cue.text


def test_lifecycle_reads_only_the_words_next_to_the_trigger() -> None:
    # "continue" belongs to the cooperation, not to the talks.
    article = "Allies agree to continue cooperation after talks\nThe two allies held talks in Seoul on Friday."
    event = main_event(document_of(article))
    assert (event.kind, event.lifecycle) == ("meeting", "occurred")


def test_the_seed_lead_reports_talks_held_by_phone_through_a_ministry() -> None:
    event = main_event(document_of(SEED))
    # "..., the ministry said Thursday." sources the news; three countries agreeing report talks.
    assert (event.kind, event.kind_cue and event.kind_cue.text) == ("meeting", "agreed")
    assert event.mode == "phone"
    assert event.mode_cue is not None
    assert event.mode_cue.text == "over the phone"
    assert event.lifecycle == "occurred"


def test_what_a_neutral_verb_of_speech_reports_is_the_event() -> None:
    article = "Gunmen attack convoy, police say\nGunmen attacked a convoy near the border town on Monday, police said."
    assert main_event(document_of(article)).kind == "attack"


def test_what_would_or_could_happen_is_said_not_done() -> None:
    article = "Minister says deficit will shrink\nThe finance minister said the deficit would shrink by next year."
    assert main_event(document_of(article)).kind == "statement"
    article = "Mayor says city could sue builder\nThe mayor said on Monday the city could sue the builder."
    assert main_event(document_of(article)).kind == "statement"


def test_a_contested_claim_is_the_event_not_what_it_claims() -> None:
    article = (
        "Former member claims society held her for years\n"
        "A former member has claimed that the society imprisoned her for twelve years aboard a ship."
    )
    assert main_event(document_of(article)).kind == "statement"


def test_what_people_who_speak_for_themselves_say_is_not_a_statement_event() -> None:
    article = "New phone screens flicker in the cold, some owners say\nSome owners say their screens flicker."
    assert main_event(document_of(article)).kind == "other"


def test_a_headline_question_reports_no_event() -> None:
    article = "Is the harbour board to blame for the delays?\nThe delays grew longer this month at the port."
    assert main_event(document_of(article)).kind == "other"


def test_a_headline_verb_of_no_known_kind_makes_the_event_other() -> None:
    article = (
        "Fishermen rescue 700 off the coast\nFishermen rescued 700 people whose boat sank, and a warship "
        "picked up 200 more after they were found swimming."
    )
    assert main_event(document_of(article)).kind == "other"


def test_a_surname_the_story_names_in_full_is_the_speaker_before_a_headline_colon() -> None:
    document = document_of(
        "Lind: The Harbour Will Close Next Year\n"
        "Marta Lind, the harbour master, walked the old quay with traders on Monday."
    )
    assert main_event(document).kind == "statement"


def test_a_speaker_a_colon_and_words_make_a_statement_headline() -> None:
    article = "Opposition leader: the budget will fail\nThe opposition leader spoke to reporters on Monday."
    assert main_event(document_of(article)).kind == "statement"


def test_according_to_an_official_source_is_a_statement() -> None:
    article = (
        "Carmaker has not repaired its cars\n"
        "The carmaker has yet to repair most of the cars it recalled, according to a parliamentary committee."
    )
    assert main_event(document_of(article)).kind == "statement"


def test_the_trigger_arguments_are_who_took_part() -> None:
    document = document_of("Harbour Board fines Acme Shipping\nThe Harbour Board fined Acme Shipping on Monday.")
    event = main_event(document)
    assert event.kind == "legal"
    named = {document.text[argument.start : argument.end] for argument in event.arguments}
    assert {"Board", "Shipping"} <= named


def test_a_phrasal_verb_reports_its_own_kind() -> None:
    article = "Veldra Telecom turns off roaming fees\nVeldra Telecom turned off its roaming fees on Monday."
    assert main_event(document_of(article)).kind == "announcement"
    article = "Summit called off\nThe regional summit planned for May was called off on Friday."
    event = main_event(document_of(article))
    assert (event.kind, event.lifecycle) == ("summit", "cancelled")


def test_what_a_verb_of_abstaining_governs_did_not_happen() -> None:
    article = (
        "Veldra has not tested a rocket in 50 days\n"
        "Veldra has refrained from testing another rocket for 50 days, the longest pause this year."
    )
    assert main_event(document_of(article)).kind == "other"


def test_event_words_in_passing_add_up_to_no_event() -> None:
    article = (
        "After repeated protests, the harbour is quiet\n"
        "The harbour was quiet on Monday. After the protests of last month, the boats came back.\n"
        "Protest leaders met in a cafe."
    )
    assert main_event(document_of(article)).kind == "other"


def test_a_headline_verb_the_parser_read_as_a_noun_is_the_headline_predicate() -> None:
    document = document_of(
        "Acmecorp Apologizes for Data Breach\nAcmecorp lost the data of two million customers last week."
    )
    found = main_event(document)
    assert found.kind == "statement"
    assert found.kind_cue is not None
    assert found.kind_cue.text == "Apologizes"
