"""Event words: inflections by English spelling rules, and the kind of event a verb or noun reports."""

from __future__ import annotations

import pytest

from validator.convert.lexicon import inflections, noun_kind, verb_base, verb_kind


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("visit", {"visit", "visits", "visited", "visiting"}),
        ("vote", {"vote", "votes", "voted", "voting"}),  # a closing e drops before -ing
        ("agree", {"agree", "agrees", "agreed", "agreeing"}),  # but not a doubled one
        ("deny", {"deny", "denies", "denied", "denying"}),  # y after a consonant becomes ie
        ("play", {"play", "plays", "played", "playing"}),  # y after a vowel stays
        ("push", {"push", "pushes", "pushed", "pushing"}),  # -es after a hissing sound
        ("ban", {"ban", "bans", "banned", "banning"}),  # a short closing consonant doubles
        ("jail", {"jail", "jails", "jailed", "jailing"}),  # not after two vowels
    ],
)
def test_inflections_follow_english_spelling(base: str, forms: set[str]) -> None:
    assert inflections(base) == forms


@pytest.mark.parametrize(
    ("form", "base", "kind"),
    [
        ("raided", "raid", "legal"),
        ("probes", "probe", "legal"),
        ("denied", "deny", "statement"),
        ("Rallied", "rally", "protest"),
        ("banned", "ban", "legal"),
        ("stabbed", "stab", "attack"),
        ("admitted", "admit", "statement"),
        ("jailed", "jail", "legal"),
        ("met", "meet", "meeting"),
        ("said", "say", "statement"),
        ("beaten", "beat", "sport"),
        ("tried", "try", "legal"),
    ],
)
def test_a_verb_form_gives_its_base_and_the_kind_it_reports(form: str, base: str, kind: str) -> None:
    assert (verb_base(form), verb_kind(form)) == (base, kind)


def test_a_verb_whose_kind_its_object_or_subject_decides_has_a_base_but_no_kind_of_its_own() -> None:
    assert (verb_base("struck"), verb_kind("struck")) == ("strike", None)
    assert (verb_base("held"), verb_kind("held")) == ("hold", None)


def test_an_unknown_word_is_its_own_base_and_reports_nothing() -> None:
    assert (verb_base("Flummoxed"), verb_kind("Flummoxed")) == ("flummoxed", None)
    assert noun_kind("lighthouse") is None


@pytest.mark.parametrize(
    ("noun", "modifier", "kind"),
    [
        ("conference", "press", "press_conference"),
        ("Conference", "News", "press_conference"),
        ("conference", None, "meeting"),
        ("call", "phone", "call"),
        ("action", "class", "legal"),
        ("talks", "peace", "meeting"),
        ("call", "the", "call"),  # a modifier that makes no compound leaves the noun's own kind
        ("Earthquake", None, "disaster"),
        ("briefing", None, "press_conference"),
    ],
)
def test_a_noun_gives_its_kind_with_two_word_nouns_read_whole(noun: str, modifier: str | None, kind: str) -> None:
    assert noun_kind(noun, modifier) == kind
