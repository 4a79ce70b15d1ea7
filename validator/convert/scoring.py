"""Scores for the converter against answer keys, by the matching rules of the converter keys' README.

A key and a prediction share one shape (see `bench/eval_convert.py`): `main_event` with `kind`,
`modality`, `status`, `date`, `duration`, `location`, `country` and `participants` (`name`,
`title`, `country`), and `statements` (`speaker`, `quote`, `direct`, `channel`). Keys carry lists
of acceptable titles, locations and aliases; a prediction gives one value each.

Strings are compared case-folded, with whitespace collapsed and curly quotes made straight.
Participants and statements are matched one to one and scored by precision, recall and F1 summed
over documents; single values (kind, date, ...) by accuracy over documents whose key scores them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from typing import Any

from ..semantics import QUOTE_PIECE_JOINER

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_WEEK = re.compile(r"\A(\d{4})-W(\d{2})\Z")
_CONNECTIVES = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "von", "van", "der", "al"})


def normalise(text: str) -> str:
    """Case-folded, whitespace collapsed, curly quotes straight."""
    return " ".join(text.translate(_QUOTES).casefold().split())


@dataclass(slots=True)
class Tally:
    """Matched, predicted and gold counts for one precision/recall field."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, matched: int, predicted: int, gold: int) -> None:
        self.matched += matched
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> dict[str, float | int]:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1, "matched": self.matched, "gold": self.gold}


@dataclass(slots=True)
class Accuracy:
    """Correct and scored counts for one accuracy field."""

    correct: int = 0
    scored: int = 0

    def add(self, correct: bool) -> None:
        self.scored += 1
        self.correct += correct

    def scores(self) -> dict[str, float | int]:
        return {"accuracy": self.correct / self.scored if self.scored else 0.0, "scored": self.scored}


@dataclass(slots=True)
class ConverterScores:
    """Every field's counts, summed over the documents scored."""

    documents: int = 0
    accuracy: dict[str, Accuracy] = field(default_factory=dict)
    tallies: dict[str, Tally] = field(default_factory=dict)

    def accuracy_of(self, name: str) -> Accuracy:
        return self.accuracy.setdefault(name, Accuracy())

    def tally_of(self, name: str) -> Tally:
        return self.tallies.setdefault(name, Tally())

    def report(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            **{name: tally.scores() for name, tally in sorted(self.tallies.items())},
            **{name: accuracy.scores() for name, accuracy in sorted(self.accuracy.items())},
        }


def date_matches(key: str | None, predicted: str | None) -> bool:
    """A predicted ISO date against a key date (year, month, day, ISO week, interval or null)."""
    if not key:
        return not predicted
    if not predicted:
        return False
    if predicted == key:
        return True
    if "/" in key:
        start, end = key.split("/", 1)
        return len(predicted) >= 10 and start[:10] <= predicted[:10] <= end[:10]
    if week := _WEEK.match(key):
        try:
            year, number, _ = date.fromisoformat(predicted[:10]).isocalendar()
        except ValueError:
            return False
        return (year, number) == (int(week[1]), int(week[2]))
    return predicted[: len(key)] == key and len(predicted) >= len(key)


def location_matches(key: Sequence[str], predicted: str | None) -> bool:
    """Any acceptable key name equal to, or contained in, the predicted location; `[]` expects none."""
    if not key:
        return not predicted
    if not predicted:
        return False
    guess = normalise(predicted)
    return any(normalise(name) in guess for name in key)


def title_matches(key: Sequence[str], predicted: str | None) -> bool:
    """Any acceptable key title contained in the predicted title."""
    guess = normalise(predicted or "")
    return bool(guess) and any(normalise(title) in guess for title in key)


def _names(participant: Mapping[str, Any]) -> set[str]:
    return {normalise(participant["name"]), *(normalise(alias) for alias in participant.get("aliases", ()))}


def _acronym(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper() and word.casefold() not in _CONNECTIVES)


def _contains_words(longer: str, shorter: str) -> bool:
    return len(shorter) >= 4 and re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer) is not None


def speaker_matches(key_speaker: str, predicted: str | None, participants: Sequence[Mapping[str, Any]]) -> bool:
    """The names rule for speakers, with the README's allowances (surname, acronym, containment)."""
    if not predicted:
        return False
    guess, key = normalise(predicted), normalise(key_speaker)
    accepted = {key}
    for participant in participants:
        names = _names(participant)
        if key in names:
            accepted |= names
    words = key_speaker.split()
    if any(word[:1].islower() and word.casefold() not in _CONNECTIVES for word in words):
        # A description of an unnamed source ("Veldra government officials"): any shared content word.
        content = {word for word in key.split() if word not in _CONNECTIVES and len(word) > 2}
        return guess == key or bool(content & set(guess.split()))
    if len(words) > 1:
        accepted.add(normalise(words[-1]))
        if len(acronym := _acronym(key_speaker)) > 1:
            accepted.add(acronym.casefold())
    # Organisations: the whole key name inside the prediction, or a prediction of two words or more
    # inside the key ("Harbour Authority" for "Veldra's Harbour Authority").
    return guess in accepted or _contains_words(guess, key) or (len(guess.split()) > 1 and _contains_words(key, guess))


def quote_overlap(key_quote: str, predicted_quote: str) -> float:
    """The longest common substring of the two quotes, as a share of the key quote's characters."""
    key, guess = normalise(key_quote), normalise(predicted_quote)
    if not key or not guess:
        return 0.0
    match = SequenceMatcher(None, key, guess, autojunk=False).find_longest_match(0, len(key), 0, len(guess))
    return match.size / len(key)


def _match_participants(
    key: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """One-to-one pairs, in the key's order, of a predicted name equal to a key name or alias."""
    free = list(predicted)
    pairs = []
    for gold in key:
        names = _names(gold)
        found = next((guess for guess in free if normalise(guess.get("name") or "") in names), None)
        if found is not None:
            free.remove(found)
            pairs.append((gold, found))
    return pairs


def _match_statements(
    key: Sequence[Mapping[str, Any]],
    predicted: Sequence[Mapping[str, Any]],
    participants: Sequence[Mapping[str, Any]],
    *,
    check_speaker: bool,
) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """One-to-one pairs, greedily by overlap, of quotes overlapping at least half the key quote."""
    candidates = []
    for i, gold in enumerate(key):
        for j, guess in enumerate(predicted):
            overlap = quote_overlap(gold["quote"], guess.get("quote") or "")
            if overlap < 0.5:
                continue
            if check_speaker and not speaker_matches(gold["speaker"], guess.get("speaker"), participants):
                continue
            candidates.append((-overlap, i, j))
    used_key: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i not in used_key and j not in used_predicted:
            used_key.add(i)
            used_predicted.add(j)
            pairs.append((key[i], predicted[j]))
    return pairs


def score_document(scores: ConverterScores, key: Mapping[str, Any], predicted: Mapping[str, Any]) -> None:
    """Add one document's comparison to *scores*."""
    scores.documents += 1
    gold_event, event = key["main_event"], predicted.get("main_event") or {}
    for name in ("kind", "modality", "status"):
        scores.accuracy_of(f"event.{name}").add(gold_event.get(name) == event.get(name))
    scores.accuracy_of("event.date").add(date_matches(gold_event.get("date"), event.get("date")))
    scores.accuracy_of("event.duration").add(gold_event.get("duration") == event.get("duration"))
    scores.accuracy_of("event.location").add(location_matches(gold_event.get("location") or [], event.get("location")))
    if gold_event.get("country") is not None:
        scores.accuracy_of("event.country").add(gold_event["country"] == event.get("country"))

    gold_people, people = gold_event.get("participants", []), event.get("participants", [])
    pairs = _match_participants(gold_people, people)
    scores.tally_of("participants").add(len(pairs), len(people), len(gold_people))
    for gold, guess in pairs:
        if gold.get("title"):
            scores.accuracy_of("participants.title").add(title_matches(gold["title"], guess.get("title")))
        if gold.get("country") is not None:
            scores.accuracy_of("participants.country").add(gold["country"] == guess.get("country"))

    gold_statements, statements = key.get("statements", []), predicted.get("statements", [])
    matched = _match_statements(gold_statements, statements, gold_people, check_speaker=True)
    scores.tally_of("statements").add(len(matched), len(statements), len(gold_statements))
    for gold, guess in matched:
        mixed = str(gold.get("note", "")).startswith("mixed:")
        scores.accuracy_of("statements.direct").add(mixed or bool(gold["direct"]) == bool(guess.get("direct")))
        if gold.get("channel", "unknown") != "unknown":
            scores.accuracy_of("statements.channel").add(gold["channel"] == guess.get("channel"))
    direct_key = [gold for gold in gold_statements if gold["direct"]]
    for gold, guess in _match_statements(direct_key, statements, gold_people, check_speaker=False):
        scores.accuracy_of("statements.speaker_on_direct_quotes").add(
            speaker_matches(gold["speaker"], guess.get("speaker"), gold_people)
        )


def score(pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> ConverterScores:
    """Scores over (key, prediction) pairs."""
    scores = ConverterScores()
    for key, predicted in pairs:
        score_document(scores, key, predicted)
    return scores


# The format's vocabularies in the keys' terms, where the keys have no equivalent.
_KEY_CHANNELS = {
    "press_conference": "press-conference", "social_media_post": "social-media", "meeting_remarks": "meeting-remarks",
    "press_release": "statement", "briefing": "press-conference",
}  # fmt: skip
_KEY_KINDS = {
    "press_conference": "statement", "interview": "statement", "agreement": "other", "vote": "election",
    "military_action": "other", "launch": "other", "test": "other", "publication": "other",
}  # fmt: skip


def _pieces(statement: Mapping[str, Any]) -> list[str]:
    """The words of each piece of a quoted statement (its text, pieces joined by an ellipsis
    between spaces), else its reported clause."""
    if statement["mode"] != "reported":
        return [piece for piece in statement["text"].split(QUOTE_PIECE_JOINER) if piece]
    return [statement["text"]]


def record_answer(records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """An answer in the keys' terms from one article's records (the main event's record first)."""
    if not records:
        return {}
    main = records[0]
    event = main["event"]
    times = {time["id"]: time for time in main.get("times", ())}
    entities = {entity["id"]: entity for entity in main.get("entities", ())}
    participations = {p["id"]: p for p in main.get("participations", ())}

    def name_of(ref: str) -> str | None:
        entity = entities.get(participations[ref]["entity"] if ref in participations else ref)
        return entity["name"] if entity else None

    participants = [
        {
            "name": name_of(p["id"]),
            "title": (p.get("title") or {}).get("as_written"),
            "country": (p.get("represents") or {}).get("iso3166_1_alpha2"),
        }
        for p in main.get("participations", ())
    ]
    # The keys make one statement per quotation-mark span; a record's statement holds every piece of
    # a quotation its attribution interrupts as one piece of evidence each.
    statements = [
        {
            "speaker": name_of(statement["speaker"]),
            "quote": words,
            "direct": statement["mode"] != "reported",
            "channel": _KEY_CHANNELS.get(statement["channel"], statement["channel"]),
        }
        for statement in main.get("statements", ())
        for words in _pieces(statement)
    ]
    place = next((p for p in main.get("places", ()) if p["role"] in {"venue", "event_area"}), None)
    modality = {"in_person": "in-person", "unknown": None}.get(event.get("mode", "unknown"), event.get("mode"))
    return {
        "main_event": {
            "kind": _KEY_KINDS.get(event["kind"], event["kind"]),
            "modality": modality if event["kind"] in {"meeting", "call", "visit", "summit"} else None,
            "status": event["lifecycle"] if event["lifecycle"] in {"planned", "cancelled"} else "occurred",
            "date": times[event["time"]]["value"] if "time" in event else None,
            "duration": times[event["duration"]]["value"] if "duration" in event else None,
            "location": place["name"] if place else None,
            "country": place["country"]["iso3166_1_alpha2"] if place and "country" in place else None,
            "participants": participants,
        },
        "statements": statements,
    }
