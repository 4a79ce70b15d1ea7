"""Statements in news sentences: speaker, verb, mode, channel and relay."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from tests.unit.convert.documents import document_of
from validator.convert.attribution import Attribution, attribute, channel_for
from validator.convert.speakers import Mention

SEED = (SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt").read_text(encoding="utf-8")


def _statements(text: str) -> list[Attribution]:
    return attribute(document_of(text))


def _text(mention: Mention | None) -> str | None:
    return None if mention is None else mention.text


def _by_words(statements: list[Attribution], start: str) -> Attribution:
    return next(statement for statement in statements if statement.words.text.startswith(start))


@pytest.fixture(scope="module")
def seed_statements() -> list[Attribution]:
    return _statements(SEED)


def test_every_statement_is_the_text_at_its_offsets(seed_statements: list[Attribution]) -> None:
    assert len(seed_statements) >= 5
    for statement in seed_statements:
        assert SEED[statement.words.start : statement.words.end] == statement.words.text
        assert statement.speaker is not None
        assert SEED[statement.speaker.start : statement.speaker.end] == _text(statement.speaker)


def test_a_quoted_fragment_posted_on_twitter(seed_statements: list[Attribution]) -> None:
    ironclad = _by_words(seed_statements, "ironclad")
    assert ironclad.words.text == "ironclad"
    assert (_text(ironclad.speaker), ironclad.mode) == ("Austin", "mixed")
    assert (ironclad.channel, ironclad.platform) == ("social_media_post", "Twitter")


def test_words_quoted_by_a_ministry_name_it_as_the_relay(seed_statements: list[Attribution]) -> None:
    threat = _by_words(seed_statements, "a serious threat")
    assert _text(threat.speaker) == "Suh"
    assert _text(threat.relayed_by) == "the South Korean Defense Ministry"
    assert threat.channel == "statement"


def test_said_at_a_press_conference(seed_statements: list[Attribution]) -> None:
    significant = _by_words(seed_statements, "significant")
    assert _text(significant.speaker) == "Kishi"
    assert (significant.verb, significant.channel) == ("said", "press_conference")


def test_reported_speech_of_an_institution_and_a_continuing_speaker(seed_statements: list[Attribution]) -> None:
    agreed = _by_words(seed_statements, "Japan, the United States, and South Korea have agreed")
    assert agreed.mode == "reported"
    assert _text(agreed.speaker) == "the Japanese Defense Ministry"
    assert agreed.channel == "unknown"
    assert channel_for(agreed, speaker_is_person=False) == "statement"  # an institution speaks in statements
    assert channel_for(agreed, speaker_is_person=True) == "unknown"
    stressed = _by_words(seed_statements, "the importance of trilateral cooperation")
    assert (_text(stressed.speaker), stressed.verb) == ("He", "stressed")
    assert stressed.channel == "press_conference"  # he goes on speaking at the same press conference


def test_a_quote_with_its_attribution_after_it_and_its_continuation() -> None:
    text = (
        '"We will rebuild the bridge within a year," Mayor Anna Keller told reporters on Monday.\n'
        '"The money is already there."\n'
    )
    first, second = _statements(text)
    assert first.words.text == "We will rebuild the bridge within a year"
    assert _text(first.speaker) == "Anna Keller"
    assert (first.mode, first.verb, first.channel) == ("direct", "told", "interview")
    assert second.words.text == "The money is already there."
    assert second.speaker == first.speaker
    assert second.confidence < first.confidence


def test_scare_quotes_and_findings_are_not_statements() -> None:
    text = (
        'The so-called "peace dividend" never arrived. '
        "The researchers found that sea levels rose by 3 millimetres a year."
    )
    assert _statements(text) == []


def test_told_an_outlet_is_an_interview() -> None:
    text = 'Fire chief Tom Berg told The Daily Courier: "The fire started in the kitchen of the restaurant."'
    (statement,) = _statements(text)
    assert statement.channel == "interview"


def test_according_to_names_the_speaker_of_a_quote() -> None:
    text = 'According to the fire brigade, "the blaze was under control by midnight and nobody was hurt."'
    (statement,) = _statements(text)
    assert _text(statement.speaker) == "the fire brigade"


def test_a_title_subject_speaks_through_the_name_in_apposition() -> None:
    text = 'The charity\'s chief executive, Maria Lopez, said: "We need more shelters for families this winter."'
    (statement,) = _statements(text)
    assert _text(statement.speaker) == "Maria Lopez"
    assert statement.speaker is not None
    assert statement.speaker.label == "PERSON"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # The one person named between a title and the verb speaks.
        ('Kenya\'s Foreign Minister, Amina Odhiambo said, "We will keep the border open for trade."',
         "We will keep", "Amina Odhiambo"),
        ('Dutch historian and author Pieter de Vries commented, "Nobody expected the archive to survive."',
         "Nobody expected", "Pieter de Vries"),
        # A possessed report speaks for its owner.
        ('The Guardian\'s review of the records concluded, "The council ignored every warning it received."',
         "The council ignored", "Guardian"),
        # A colon after a sentence with no speech verb: its subject speaks.
        ('The mayor defended the budget on Monday: "Every school will get the money it was promised."',
         "Every school", "The mayor"),
        # Less common verbs of speech, and phrasal ones.
        ('"We will not be rushed by anyone," Tom Ray shot back at the end of the meeting.',
         "We will not", "Tom Ray"),
        ('"The harbour has never looked better," Marta Kessel quipped as the boats came in.',
         "The harbour has", "Marta Kessel"),
        ('As Tom Ray put it on Monday, "the harbour never sleeps and never will".',
         "the harbour never", "Tom Ray"),
        # Verbs of characterising introduce words too.
        ('Critics characterized the plan as "a tax on the poorest families in the region".',
         "a tax on", "Critics"),
    ],
)  # fmt: skip
def test_speakers_named_around_the_verb(text: str, quote_start: str, speaker: str) -> None:
    statement = _by_words(_statements(text), quote_start)
    assert _text(statement.speaker) == speaker


def test_they_after_an_organisation_is_the_organisation() -> None:
    text = (
        'The Red Cross denied the report. "Our staff never left the hospital," the Red Cross said.\n'
        'They also claimed that "the convoy was stopped twice at the checkpoint".'
    )
    statement = _by_words(_statements(text), "the convoy")
    assert _text(statement.speaker) == "the Red Cross"


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("With the new model almost ready, Nokia announced on Monday that its old phones will stop working in May.",
         "Nokia", "its old phones will stop working in May"),
        ("According to local radio, Ortega also believes the missing hikers may have taken the northern trail.",
         "Ortega", "the missing hikers may have taken the northern trail"),
        ("Maria Lopez claims that her contract was cancelled without notice and she was never paid for the work.",
         "Maria Lopez", "her contract was cancelled without notice and she was never paid for the work"),
        ("The board cut the budget on Monday, leading the mayor to say that the harbour would have to close.",
         "the mayor", "the harbour would have to close"),
        ("The union vowed on Monday to strike until the harbour reopens.",
         "The union", "to strike until the harbour reopens"),
        ("Residents complained about the noise from the new container terminal.",
         "Residents", "the noise from the new container terminal"),
        ("His team believes the vote will be close, and his advisers said on Friday that he would win.",
         "His team", "the vote will be close"),
    ],
)  # fmt: skip
def test_reported_speech_clauses(text: str, speaker: str, words: str) -> None:
    statement = _by_words(_statements(text), words.split()[0])
    assert (_text(statement.speaker), statement.words.text, statement.mode) == (speaker, words, "reported")


def test_quoted_names_and_titles_are_not_statements() -> None:
    text = (
        'The team\'s robot, named "Bright Future of Kabul", won a medal. The show "Life On The Farm" was '
        'cancelled, the broadcaster said. "We are proud of them," coach Ana Ruiz said.'
    )
    assert [statement.words.text for statement in _statements(text)] == ["We are proud of them"]


def test_who_speaks_for_the_noun_it_follows() -> None:
    text = "The council hired Maria Lopez, who said the new bridge would open in the spring of next year."
    statement = _by_words(_statements(text), "the new bridge")
    assert _text(statement.speaker) == "Maria Lopez"


def test_a_statement_issued_in_the_sentence_before_a_quotation_names_its_speaker() -> None:
    text = (
        'Senator Maria Lopez issued a statement on the closure. "Like many workers, I am disappointed by the '
        'decision," the statement read in part.'
    )
    assert _text(_by_words(_statements(text), "Like many workers").speaker) == "Maria Lopez"


def test_coordinated_speakers_each_say_it() -> None:
    text = "Both the Springfield School District and the Springfield Police Department said that no one was hurt."
    speakers = {_text(s.speaker) for s in _statements(text) if s.words.text.startswith("no one")}
    assert speakers == {"the Springfield School District", "the Springfield Police Department"}


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("The ambassador urged the governments of the region not to close their ports to the ships.",
         "The ambassador", "the governments of the region not to close their ports to the ships"),
        ("The magazine Nuova Critica described the court's ruling as historic for the country.",
         "Nuova Critica", "the court's ruling as historic for the country"),
        ("According to the Red Cross, the convoy reached the city before nightfall on Tuesday.",
         "the Red Cross", "the convoy reached the city before nightfall on Tuesday"),
    ],
)  # fmt: skip
def test_requests_descriptions_and_sources_report_words(text: str, speaker: str, words: str) -> None:
    statement = _by_words(_statements(text), words.split()[0])
    assert (_text(statement.speaker), statement.words.text, statement.mode) == (speaker, words, "reported")


def test_things_that_cannot_speak_report_nothing() -> None:
    text = "Estimates suggest that 8,000 migrants may be at sea in the region this month."
    assert _statements(text) == []


def test_they_stands_for_the_body_that_was_the_subject_before() -> None:
    text = (
        "UNICEF rejected the accusations on Monday. The camp was open to visitors. "
        "They also claimed that the convoy was stopped twice at the border checkpoint."
    )
    statement = _by_words(_statements(text), "the convoy")
    assert _text(statement.speaker) == "UNICEF"


def test_words_quoted_inside_a_reported_clause_are_one_mixed_statement() -> None:
    text = 'Finance minister Ilse Varnholt said the harbour deal was "dead in the water" after the vote.'
    (statement,) = _statements(text)
    assert statement.mode == "mixed"
    assert statement.words.text == "dead in the water"
    assert statement.clause is not None
    assert statement.clause.text.startswith("the harbour deal was")
    assert _text(statement.speaker) == "Ilse Varnholt"


def test_a_quotation_interrupted_by_its_attribution_is_one_statement_in_two_pieces() -> None:
    text = '"The harbour will reopen," Ilse Varnholt said on Monday, "but not before the spring."'
    (statement,) = _statements(text)
    assert [piece.text for piece in statement.spans] == ["The harbour will reopen", "but not before the spring"]


def test_words_relayed_by_an_agency_are_the_speakers_and_the_agency_relays_them() -> None:
    text = '"The talks failed," Ilse Varnholt told reporters on Monday, according to the Veldra News Agency.'
    (statement,) = _statements(text)
    assert _text(statement.speaker) == "Ilse Varnholt"
    assert _text(statement.relayed_by) == "the Veldra News Agency"


def test_a_statement_calling_for_something_is_its_issuers() -> None:
    text = "Ilse Varnholt issued a statement calling on the harbour board to reopen the port at once."
    statements = _statements(text)
    assert statements
    assert _text(statements[0].speaker) == "Ilse Varnholt"


def test_her_advisers_speak_for_themselves_and_a_papers_editorial_for_the_paper() -> None:
    (advisers,) = _statements("Her advisers said on Friday that the plan would cost too much money.")
    assert _text(advisers.speaker) == "Her advisers"
    (editorial,) = _statements("The Veldra Gazette's editorial said that the plan would cost too much money.")
    assert _text(editorial.speaker) == "The Veldra Gazette"


def test_a_counted_speaker_keeps_the_people_counted() -> None:
    (statement,) = _statements("Many of the party's local leaders said the vote should be delayed until May.")
    assert _text(statement.speaker) == "Many of the party's local leaders"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Witnesses said the bridge swayed for a minute before it fell.", "Witnesses"),
        ("Some families said they had waited two years for the permits.", "Some families"),
        ("Several companies said the new levy would raise costs for shippers.", "Several companies"),
    ],
)
def test_people_named_by_a_plural_in_es_or_ies_speak(sentence: str, speaker: str) -> None:
    statements = _statements(f"Bridge falls in storm\n\n{sentence}")
    assert [_text(statement.speaker) for statement in statements] == [speaker]


def test_the_one_asked_or_told_in_the_passive_only_hears() -> None:
    statements = _statements("Plan faces defeat\n\nTom Ray was told by the board that the plan would fail.")
    assert [(_text(s.speaker), s.words.text) for s in statements] == [("the board", "the plan would fail")]
