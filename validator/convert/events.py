"""The main event: what the headline and the first sentence report, its kind, mode and lifecycle.

Each kind has trigger words; the kind whose triggers weigh most in the headline (double) and the
lead sentence wins, a specific kind (an attack) beating a generic one (a statement, a meeting)
on equal weight, then the earlier trigger. Mode comes from how the parties
met ("phone talks", "video conference", "met in Veldra"), lifecycle from the words next to the
trigger ("will meet", "to meet", "summit called off"). Every decision keeps the words it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from . import lexicon
from .document import Document, Sentence
from .speakers import SPEAKER_NOUNS
from .triggers import ADJUNCT_WEIGHT, MAIN_WEIGHT, Trigger, kind_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_MODES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (mode, re.compile(pattern, re.IGNORECASE))
    for mode, pattern in (
        ("phone", r"\b(tele)?phone (talks|call|conversation|conference)|\b(by|over the) (tele)?phone\b|\bphoned\b"),
        ("video", r"\bvideo ?(link|call|conference|talks)|\bvideoconference\b|\bvirtual(ly)? (meeting|summit|talks)\b"),
        ("in_person", r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\bmet (in|at|with)\b"),
    )
)  # fmt: skip
# Words, or verbs with their particle, that tell where an event stands in its course.
LIFECYCLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lifecycle, re.compile(pattern, re.IGNORECASE))
    for lifecycle, pattern in (
        ("cancelled", r"cancel(l)?ed|cancels?|call(ed|s)? off|scrap(ped|s)?|abandoned"),
        ("postponed", r"postponed?|postpones|delayed|put off|rescheduled|deferred"),
        ("planned", r"will|'ll|shall|plan(s|ned)?|scheduled|upcoming|expected|due|proposed|set"),
        ("ongoing", r"continu(e|es|ing)|ongoing|underway|resumed?|resumes"),
    )
)  # fmt: skip

_WORDS_BEFORE, _WORDS_AFTER = 2, 3  # the words around a trigger that tell its lifecycle
# How much a trigger weighs by where it stands: the headline, then the lead's sentences in turn.
HEADLINE_WEIGHT = 2.0
LEAD_WEIGHTS = (1.5, 0.8, 0.5)
SPECIFIC_BONUS = 1.25  # a specific kind (an attack, a raid) over a generic one (a statement, a meeting)
LABEL_MAX_WORDS = 4  # words of a speaker's label before a headline's colon ("Opposition leader:")
QUESTION_FACTOR = 0.3  # a headline that asks ("Is X to blame?") reports no event
UNKNOWN_PREDICATE_WEIGHT = 0.6  # a headline's main verb of no known kind, against the kinds of the lead's words
MIN_WEIGHT = 0.5  # below this, no kind is reported clearly enough: the event is of kind `other`
# Roles of a trigger's arguments by dependency, for a verb and for a noun.
_VERB_ROLES = {"nsubj": "agent", "nsubjpass": "patient", "dobj": "patient", "dative": "partner", "attr": "patient"}
_NOUN_PREPOSITIONS = {
    "with": "partner", "between": "partner", "among": "partner", "against": "patient", "by": "agent",
    "of": "patient", "on": "patient", "into": "patient", "for": "patient", "from": "agent", "at": "patient",
}  # fmt: skip
_VERB_PREPOSITIONS = {"with": "partner", "between": "partner", "among": "partner", "against": "patient",
                      "alongside": "partner", "into": "patient", "on": "patient"}  # fmt: skip
_SUBJECT_CLIMB = frozenset({"xcomp", "conj", "advcl", "ccomp"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_BETWEEN_PARTIES = frozenset({"meeting", "call", "summit", "agreement", "visit", "sport", "vote"})

Kind = str
Lifecycle = Literal["planned", "ongoing", "occurred", "postponed", "cancelled"]


@dataclass(frozen=True, slots=True)
class Cue:
    """The words a decision rests on: `text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Argument:
    """A word that fills a role of the trigger: `doc[token]`, the head of its phrase."""

    role: str  # agent, patient, partner
    token: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class MainEvent:
    """The main event as the headline and lead report it, with the cue of each decision (None:
    nothing said), its trigger, the trigger's arguments, and the sentences that report it."""

    kind: Kind
    kind_cue: Cue | None
    mode: str
    mode_cue: Cue | None
    lifecycle: Lifecycle
    lifecycle_cue: Cue | None
    confidence: float
    trigger: Trigger | None = None
    arguments: tuple[Argument, ...] = ()
    reports: tuple[tuple[int, int], ...] = ()
    """The sentences that report the event (the trigger's, and the lead's of the same kind)."""
    mentions: tuple[Trigger, ...] = ()
    """The triggers of the event's kind in those sentences, the main one among them."""


def main_event(document: Document) -> MainEvent:
    """The kind, mode, lifecycle, trigger and arguments of what the headline and lead report."""
    doc, text = document.doc, document.text
    weighed = _weighed_sentences(document)
    scores: dict[str, float] = {}
    candidates: list[tuple[float, Trigger, Sentence]] = []
    for sentence, weight in weighed:
        span = document.span(sentence)
        found = list(document.triggers(sentence))
        if weight == HEADLINE_WEIGHT and document.headline:
            found += _labelled_quote(span, document)
            if not any(t.weight >= MAIN_WEIGHT for t in found):
                found += _verb_read_as_noun(span)
            if not any(t.weight >= MAIN_WEIGHT for t in found):
                found += _unknown_predicate(span)
            if document.text[sentence.start : sentence.end].rstrip().endswith("?"):
                weight *= QUESTION_FACTOR  # a question reports no event
        best: dict[str, float] = {}
        for trigger in found:
            best[trigger.kind] = max(best.get(trigger.kind, 0.0), trigger.weight * weight)
            candidates.append((trigger.weight * weight, trigger, sentence))
        for kind, value in best.items():  # a kind counts once a sentence ("in remarks to ..., said")
            scores[kind] = scores.get(kind, 0.0) + value
    ranked = sorted(
        scores.items(),
        key=lambda item: (item[1] * (SPECIFIC_BONUS if _specific(item[0]) else 1.0), _specific(item[0])),
        reverse=True,
    )
    spans = [(sentence.start, sentence.end) for sentence, _ in weighed]
    mode, mode_cue = event_mode(text, spans)
    first = {id(sentence) for sentence, _ in weighed[:2]}
    reported = {
        trigger.kind
        for _, trigger, sentence in candidates
        if id(sentence) in first and trigger.weight >= ADJUNCT_WEIGHT
    }
    if not ranked or ranked[0][1] < MIN_WEIGHT or ranked[0][0] not in reported:
        # No kind is reported clearly enough by the headline or the lead's first sentence: words
        # in passing ("after repeated tests") add up to no event.
        predicate, where = _main_predicate(document, weighed)
        return MainEvent(
            "other",
            None,
            mode,
            mode_cue,
            "occurred",
            None,
            0.3,
            predicate,
            tuple(arguments_of(doc[predicate.token])) if predicate else (),
            ((where.start, where.end),) if where else (),
            (predicate,) if predicate else (),
        )
    kind, score = ranked[0]
    _, trigger, _ = max(
        (item for item in candidates if item[1].kind == kind), key=lambda item: (item[0], -item[1].start)
    )
    cue = Cue(trigger.start, trigger.end, text[trigger.start : trigger.end])
    lifecycle, lifecycle_cue = _lifecycle(document, doc[trigger.token])
    same = [item for item in candidates if item[1].kind == kind]
    arguments = tuple(argument for _, found, _ in same for argument in arguments_of(doc[found.token]))
    reports = tuple(sorted({(found_in.start, found_in.end) for _, _, found_in in same}))
    mentions = tuple(sorted((found for _, found, _ in same), key=lambda found: found.start))
    confidence = min(0.9, 0.4 + 0.1 * score)
    return MainEvent(
        kind, cue, mode, mode_cue, lifecycle, lifecycle_cue, confidence, trigger, arguments, reports, mentions
    )


def _specific(kind: str) -> bool:
    return kind not in lexicon.GENERIC_KINDS and kind != "other"


def _labelled_quote(sentence: Span, document: Document | None = None) -> list[Trigger]:
    """A headline that gives a speaker, a colon and what they said ("Minister: talks will go on")
    reports a statement; a label that is not someone ("Analysis:", "Reports:", "Watch:") does not."""
    colon = next((token for token in sentence if token.text == ":"), None)
    if colon is None or not 1 <= colon.i - sentence.start <= LABEL_MAX_WORDS or colon.i + 1 >= sentence.end:
        return []
    label = sentence.doc[sentence.start : colon.i]
    head = label.root
    someone = head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or head.lower_ in SPEAKER_NOUNS
    if not someone and document is not None and head.text[:1].isupper():
        # The parser often misses a bare surname before a headline's colon ("Cruz: ..."): the story
        # names the person or body in full.
        named = document.entities.at(head.idx, head.idx + len(head))
        someone = named is not None and named.type in {"person", "organisation", "country"}
    if not someone or head.lower_ in lexicon.MEDIA_NOUNS:
        return []
    return [Trigger(colon.i, colon.idx, colon.idx + 1, "statement", MAIN_WEIGHT)]


def _verb_read_as_noun(sentence: Span) -> list[Trigger]:
    """A headline's verb in the present tense that the parser read as a plural noun ("Acme
    Apologizes for Outage", "Mayor Calls for Inquiry"): a word of the event lexicon in its "-s"
    form, right after the name or noun that is its subject, with no verb before it."""
    for token in sentence:
        if token.pos_ in {"VERB", "AUX"}:
            return []
        if token.i == sentence.start or token.pos_ not in {"NOUN", "PROPN"} or not token.lower_.endswith("s"):
            continue
        kind = lexicon.verb_kind(token.lower_)
        inflected = lexicon.verb_base(token.lower_) != token.lower_
        if kind is not None and inflected and token.nbor(-1).pos_ in {"PROPN", "NOUN"}:
            return [Trigger(token.i, token.idx, token.idx + len(token), kind, MAIN_WEIGHT)]
    return []


def _unknown_predicate(sentence: Span) -> list[Trigger]:
    """A headline whose main verb reports no event of a known kind ("Fishermen rescue 700 off
    the coast"), or a state ("Harbour is calm"), reports an event of kind `other`: its verb is
    the trigger. The main verb is the one nearest the root that is not a verb of speech (a
    headline's clause is often what someone says: "Harbour calm, officials say") nor a modifier."""
    verbs = [
        token
        for token in sentence
        if token.pos_ in {"VERB", "AUX"}
        and token.dep_ not in {"amod", "aux", "auxpass"}
        and lexicon.verb_kind(token.text) not in lexicon.SPEECH_KINDS
    ]
    if not verbs:
        return []
    verb = min(verbs, key=lambda token: (_depth(token), token.i))
    if kind_of(verb)[0] is not None:
        return []
    return [Trigger(verb.i, verb.idx, verb.idx + len(verb), "other", UNKNOWN_PREDICATE_WEIGHT)]


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _weighed_sentences(document: Document) -> list[tuple[Sentence, float]]:
    """The headline's sentences and the lead's, with the weight of what they report."""
    weighed = []
    headline = document.headline
    if headline is not None:
        weighed += [(s, HEADLINE_WEIGHT) for s in document.sentences if headline[0] <= s.start < headline[1]]
    weights = LEAD_WEIGHTS if headline is not None else (HEADLINE_WEIGHT, *LEAD_WEIGHTS[:-1])
    weighed += list(zip(document.story()[: len(weights)], weights, strict=False))
    return weighed


def _main_predicate(
    document: Document, weighed: list[tuple[Sentence, float]]
) -> tuple[Trigger | None, Sentence | None]:
    """The main predicate of the first sentence that has one, as the trigger of an event of no
    known kind (its arguments still tell who took part)."""
    for sentence, _ in weighed:
        root = document.span(sentence).root
        if root.pos_ in {"VERB", "AUX", "NOUN"}:
            return Trigger(root.i, root.idx, root.idx + len(root), "other", 0.0), sentence
    return None, None


def arguments_of(trigger: Token) -> list[Argument]:
    """Who fills a role of the trigger: for a verb its subject, object, indirect object, agent
    and "with", "between" or "against" phrases (the subject of the verb it depends on when it has
    none: "agreed to meet"); for a noun its possessor ("the minister's visit"), proper-name
    modifiers ("the Veldra-Ostrel talks") and "with", "between", "by", "of" phrases, and the
    subject of the verb it is the object of ("held talks"). Coordinated and appositive names fill
    the same role."""
    heads: list[tuple[str, Token]] = []
    if trigger.pos_ in {"VERB", "AUX"}:
        verb = trigger
        for child in verb.children:
            if child.dep_ in _VERB_ROLES:
                heads.append((_VERB_ROLES[child.dep_], child))
            elif child.dep_ == "agent":
                heads += [("agent", grand) for grand in child.children if grand.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ in _VERB_PREPOSITIONS:
                heads += [(_VERB_PREPOSITIONS[child.lower_], grand) for grand in child.children if grand.dep_ == "pobj"]
        if not any(role == "agent" for role, _ in heads):
            heads += [("agent", subject) for subject in _inherited_subjects(verb)]
    else:
        noun = trigger
        for child in noun.children:
            if child.dep_ == "poss":
                heads.append(("agent", child))
            elif child.dep_ in {"compound", "nmod", "amod"} and (child.ent_type_ or child.pos_ == "PROPN"):
                # "the Veldra-Ostrel talks": the parties; "the Veldra election": the place.
                if child.ent_type_ not in _PLACE_LABELS or kind_of(noun)[0] in _BETWEEN_PARTIES:
                    heads.append(("partner", child))
            elif child.dep_ == "prep" and child.lower_ in _NOUN_PREPOSITIONS:
                heads += [(_NOUN_PREPOSITIONS[child.lower_], grand) for grand in child.children if grand.dep_ == "pobj"]
        if noun.dep_ in {"dobj", "attr"} and noun.head.pos_ in {"VERB", "AUX"}:
            heads += [("agent", child) for child in noun.head.children if child.dep_ in {"nsubj", "nsubjpass"}]
            heads += [("agent", subject) for subject in _inherited_subjects(noun.head)]
    found = []
    for role, head in heads:
        for token in _coordinated(head):
            found.append(Argument(role, token.i, token.idx, token.idx + len(token)))
    return found


def _inherited_subjects(verb: Token) -> list[Token]:
    """The subject a verb without its own shares with the verb it depends on ("agreed to meet",
    "met and signed")."""
    head = verb
    while not any(child.dep_ in {"nsubj", "nsubjpass"} for child in head.children):
        if head.dep_ not in _SUBJECT_CLIMB or head.head.i == head.i:
            return []
        head = head.head
    return [child for child in head.children if child.dep_ in {"nsubj", "nsubjpass"}] if head.i != verb.i else []


def _coordinated(head: Token) -> list[Token]:
    """The head, the heads coordinated with it and those in apposition to them."""
    found, queue = [], [head]
    while queue:
        token = queue.pop(0)
        if token in found:
            continue
        found.append(token)
        queue += [child for child in token.children if child.dep_ in {"conj", "appos"}]
    return found


def event_mode(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, Cue | None]:
    for mode, pattern in _MODES:
        for start, end in spans:
            if match := pattern.search(text, start, end):
                return mode, Cue(match.start(), match.end(), match.group())
    return "unknown", None


def _lifecycle(document: Document, token: Token) -> tuple[Lifecycle, Cue | None]:
    """What the words that govern the trigger say of the event's course: its auxiliaries and
    particle ("will meet", "was called off"), its modifiers ("the planned summit"), the verb a
    noun trigger is the subject or object of ("the summit was postponed", "talks continue"), and
    the verb an infinitive depends on ("plans to visit"); a bare "to" plans ("Leaders to meet")."""
    words = [token, *(c for c in token.children if c.dep_ in _LIFECYCLE_DEPS)]
    head = token.head
    if head.i != token.i and (token.pos_ not in {"VERB", "AUX"} or token.dep_ in {"xcomp", "ccomp"}):
        words += [head, *(c for c in head.children if c.dep_ in _LIFECYCLE_DEPS and c.i != token.i)]
    words.sort(key=lambda word: word.i)
    text = document.text
    for lifecycle, pattern in LIFECYCLES:
        for word in words:
            if pattern.fullmatch(word.lower_) or (
                word.dep_ == "prt" and pattern.fullmatch(f"{word.head.lower_} {word.lower_}")
            ):
                start, end = (
                    (word.head.idx, word.idx + len(word)) if word.dep_ == "prt" else (word.idx, word.idx + len(word))
                )
                return lifecycle, Cue(start, end, text[start:end])  # type: ignore[return-value]
    infinitive = next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if infinitive is not None:
        return "planned", Cue(infinitive.idx, infinitive.idx + 2, text[infinitive.idx : infinitive.idx + 2])
    return "occurred", None


_LIFECYCLE_DEPS = frozenset({"aux", "auxpass", "amod", "prt", "neg", "advmod"})
