"""The main event's kind, mode and lifecycle from headlines and leads written like news."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from validator.convert.events import lead, main_event, sentences

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
        ("Nothing much\nThe weather was mild and the shops were open all day long as usual.", "other", "unknown",
         "occurred"),
    ],
)  # fmt: skip
def test_kind_mode_and_lifecycle(article: str, kind: str, mode: str, lifecycle: str) -> None:
    event = main_event(article)
    assert (event.kind, event.mode, event.lifecycle) == (kind, mode, lifecycle)
    for cue in (event.kind_cue, event.mode_cue, event.lifecycle_cue):
        assert cue is None or article[cue.start : cue.end] == cue.text


def test_lifecycle_reads_only_the_words_next_to_the_trigger() -> None:
    # "continue" belongs to the cooperation, not to the talks.
    article = "Allies agree to continue cooperation after talks\nThe two allies held talks in Seoul on Friday."
    event = main_event(article)
    assert (event.kind, event.lifecycle) == ("meeting", "occurred")


def test_the_seed_lead_reports_talks_held_by_phone_through_a_ministry() -> None:
    event = main_event(SEED)
    # "..., the Japanese Defense Ministry said Thursday." sources the news; the talks are the event.
    assert (event.kind, event.kind_cue and event.kind_cue.text) == ("meeting", "talks")
    assert event.mode == "phone"
    assert event.mode_cue is not None
    assert event.mode_cue.text == "over the phone"
    assert event.lifecycle == "occurred"


def test_short_lines_after_the_headline_are_not_the_lead() -> None:
    text = "Headline here\nSaturday, September 12, 2015\nPhoto caption.\nThe first sentence of the story is here. More."
    spans = lead(text)
    first_two = [text[start:end] for start, end in spans[:2]]
    assert first_two == ["Headline here", "The first sentence of the story is here."]
    assert lead("") == []


def test_a_lead_that_is_a_claim_stays_a_statement() -> None:
    article = "Rebels deny attack claims\nThe rebel group said it had not fired on the convoy near the border town."
    assert main_event(article).kind == "attack"  # the attack words are specific
    article = "Minister says deficit will shrink\nThe finance minister said the deficit would shrink by next year."
    assert main_event(article).kind == "statement"


def test_sentences_go_on_after_initials_and_abbreviations() -> None:
    text = "His U.S. and Korean counterparts met on Feb. 10 with Mr. Smith. They agreed.\nNext line"
    found = [text[start:end] for start, end in sentences(text)]
    assert found == ["His U.S. and Korean counterparts met on Feb. 10 with Mr. Smith.", "They agreed.", "Next line"]
