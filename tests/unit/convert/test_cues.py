"""Cues of speech: the verbs and phrases that attribute words, and the words each attributes."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from validator.convert.cues import base_of, is_speech_verb, said_words
from validator.convert.nlp import load_pipeline


def _token(sentence: str, word: str) -> Token:
    return next(token for token in load_pipeline()(sentence) if token.text == word)


def _said(sentence: str, cue: str) -> str:
    """The words the cue attributes, token by token, without a comma left at either edge."""
    return " ".join(token.text for token in said_words(_token(sentence, cue))).strip(" ,")


@pytest.mark.parametrize(
    ("sentence", "verb", "base"),
    [
        ("Ana Berg said the talks had failed.", "said", "say"),
        ("Ana Berg says the talks have failed.", "says", "say"),
        ("The board denied that the quay would close.", "denied", "deny"),
        ("The chair pointed out that the quay was silting up.", "pointed", "point out"),
        ("Ana Berg walked to the quay.", "walked", None),
    ],
)
def test_base_of_a_verb_of_speech_in_any_form(sentence: str, verb: str, base: str | None) -> None:
    assert base_of(_token(sentence, verb)) == base


def test_a_verb_of_speech_counts_only_when_used_as_a_verb() -> None:
    assert is_speech_verb(_token("Ana Berg said the talks had failed.", "said"))
    assert not is_speech_verb(_token("The said document was never published by the board.", "said"))
    assert is_speech_verb(_token("The Harbour Trade Board issued a statement on Friday.", "issued"))
    assert not is_speech_verb(_token("The Harbour Trade Board issued a permit on Friday.", "issued"))


@pytest.mark.parametrize(
    ("sentence", "cue", "words"),
    [
        ("Ana Berg said that the harbour talks had failed.", "said", "that the harbour talks had failed"),
        ("She asked whether the quay would reopen.", "asked", "whether the quay would reopen"),
        (
            "Ana Berg urged the Harbour Trade Board to delay the vote.",
            "urged",
            "the Harbour Trade Board to delay the vote",
        ),
        ("Ana Berg described the dredging plan as reckless.", "described", "the dredging plan as reckless"),
        ("Tomas Lind criticised the plan for its cost.", "criticised", "the plan for its cost"),
        ("The fishermen called for an inquiry into the spill.", "called", "for an inquiry into the spill"),
        ("The talks failed, she said.", "said", "The talks failed"),
        ("The talks, she said, failed after two days.", "said", "The talks failed after two days"),
        (
            "According to the Harbour Trade Board, the quay will close in May.",
            "According",
            "the quay will close in May",
        ),
        (
            "The quay will close in May, according to the Harbour Trade Board.",
            "according",
            "The quay will close in May",
        ),
    ],
    ids=[
        "that-clause",
        "whether-clause",
        "request",
        "describing",
        "object-verb",
        "called-for",
        "postposed",
        "interposed",
        "according-to-first",
        "according-to-last",
    ],
)
def test_said_words_without_the_cues_own_clause_or_the_closing_full_stop(sentence: str, cue: str, words: str) -> None:
    assert _said(sentence, cue) == words


def test_a_verb_that_is_no_cue_attributes_nothing() -> None:
    assert said_words(_token("Ana Berg walked to the quay on Friday.", "walked")) == []
