"""Who took part in the main event: the entities that fill a role of its trigger.

A participant is a person, organisation, country or group that the headline or lead makes an
argument of the main event's trigger: its subject or agent, its object, the party it is "with",
"between" or "against", the possessor of its noun ("the minister's visit"), with the names
coordinated with them or in apposition to them, and the body a phrase is "of" ("raided the offices
of Acme"). A description or a pronoun in such a place counts as the entity it stands for. Later
in the story's first half, a sentence that reports the same event again ("the talks", "the raid")
adds the arguments it names, and so does someone speaking "during the talks" or "at the summit".
A contest (an election, a match) lists everyone who took part in it, however far down.

Not participants: the places named; a country whose own people take part for it (in talks
between ministers, the countries are represented, not present); a spokesperson, who speaks for a
body; the media the news was taken from or told to ("told the Gazette"). The organisation a story
is about (named most, from its lead on) takes part only when the lead names no other actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon
from .cues import is_speech_verb
from .entities import NAMING_KINDS, Entity
from .events import arguments_of
from .nlp import in_according_to, introduced_by

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .document import Document
    from .events import MainEvent

CONTESTS = frozenset({"election", "sport"})  # kinds of event whose reports list everyone who took part
_ACTORS = frozenset({"person", "organisation", "country", "group"})
# Links from an argument's head to the names that stand for it: its compounds, appositions,
# coordinated names and what it is "of" ("the offices of Acme"), not its possessor ("Veldra's
# regulator" is the regulator).
_NAME_LINKS = frozenset({"compound", "appos", "conj", "nmod", "flat"})
_SETTING = frozenset({"during", "at", "in", "on"})  # "said during the talks": the speaker is there
LEAD_CONFIDENCE, LATER_CONFIDENCE, OPENING_CONFIDENCE = 0.7, 0.5, 0.4
OPENING_PARAGRAPHS = 2  # paragraphs of a long story in which it names who took part, however many sentences
OPENING_SENTENCES = 4  # body sentences in which a story names who took part
# Titles of people who study or comment on the news rather than make it.
_COMMENTATOR = re.compile(
    r"\b(?:analyst|expert|professor|fellow|researcher|economist|strategist|commentator|scholar|historian|"
    r"lecturer|academic|columnist|consultant|observer)s?\b",
    re.IGNORECASE,
)
# Things that show someone: who they show is named, not taking part ("Polaroids of Ilse Varnholt").
_DEPICTIONS = frozenset({
    "photo", "photograph", "picture", "image", "portrait", "polaroid", "video", "footage", "painting", "drawing",
    "statue", "poster", "sculpture", "bust", "print", "shot", "recording", "cartoon", "caricature", "mural",
})  # fmt: skip
LEAD_ACTOR_SENTENCES = 2  # body sentences whose subjects and objects take part


@dataclass(frozen=True, slots=True)
class Part:
    """An entity taking part, why, and how sure that is."""

    entity: Entity
    rule: str
    confidence: float
    in_lead: bool


def taking_part(document: Document, main: MainEvent) -> list[Part]:
    """The entities that took part in the main event, the most central first."""
    found: dict[int, Part] = {}

    def add(entity: Entity | None, rule: str, confidence: float, *, in_lead: bool) -> None:
        if entity is not None and entity.type in _ACTORS and id(entity) not in found:
            found[id(entity)] = Part(entity, rule, confidence, in_lead)

    for argument in main.arguments:
        for entity in _named_by(document, argument.token):
            add(entity, "taking-part.trigger-argument", LEAD_CONFIDENCE, in_lead=True)
    for entity in _later_reports(document, main):
        add(entity, "taking-part.later-report", LATER_CONFIDENCE, in_lead=False)
    for entity in _lead_actors(document, main):
        add(entity, "taking-part.lead-actor", LATER_CONFIDENCE, in_lead=True)
    for entity in _opening_people(document, main.kind):
        add(entity, "taking-part.opening-person", OPENING_CONFIDENCE, in_lead=False)
    actors = any(
        part.rule == "taking-part.trigger-argument" and part.entity.type in {"person", "organisation"}
        for part in found.values()
    )
    if not actors:
        # A story whose lead names who acted needs no body it is "about" (an office or an
        # institution named often: "the town hall", "the council").
        for entity in _subject_bodies(document):
            add(entity, "taking-part.subject-of-the-story", OPENING_CONFIDENCE, in_lead=True)
    if main.kind in CONTESTS:
        for entity in document.entities.entities:
            if entity.type == "person" or (main.kind == "sport" and entity.type == "country"):
                add(entity, "taking-part.contest", LATER_CONFIDENCE, in_lead=False)
    parts = list(found.values())
    if main.kind == "election":
        # An election's participants are its candidates; the parties and the place are where they stand.
        parts = [part for part in parts if part.entity.type == "person"]
    return [part for part in parts if not _excluded(document, part.entity, parts, main.kind)]


def _named_by(document: Document, head: int) -> list[Entity]:
    """The entities an argument's phrase names: its head's, and those of the names linked to it."""
    doc = document.doc
    entities = document.entities
    found: list[Entity] = []
    queue = [doc[head]]
    seen: set[int] = set()
    while queue:
        token = queue.pop(0)
        if token.i in seen:
            continue
        seen.add(token.i)
        entity = entities.at(token.idx, token.idx + len(token))
        if entity is not None and entity not in found:
            found.append(entity)
        for child in token.children:
            if child.dep_ in _NAME_LINKS:
                inner = entity is not None and child.dep_ in {"compound", "nmod", "flat"}
                if inner and entities.at(child.idx, child.idx + len(child)) in {None, entity}:
                    continue  # words inside a name, or its title ("Defense Minister Ilse Varnholt")
                queue.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"of", "from"} and token.pos_ == "NOUN" and entity is None:
                if token.lower_.removesuffix("s") in _DEPICTIONS:
                    continue  # "photographs of Ilse Varnholt" show her; she is not there
                queue += [grand for grand in child.children if grand.dep_ == "pobj"]
            elif child.dep_ == "prep" and entity is not None:
                # A name the parser hung inside another's ("the Veldra Institute of Technology and
                # Ostrel University": "Ostrel" under "Technology") is coordinated with it.
                queue += [
                    t
                    for t in child.subtree
                    if t.dep_ == "conj" and entities.at(t.idx, t.idx + len(t)) not in {None, entity}
                ]
    return found


def _lead_actors(document: Document, main: MainEvent) -> list[Entity]:
    """Who acts or is acted on in the main clause of the lead's first sentence, or of the next one
    when it reports the event too: the subject or object of its verb. When the main verb only
    sources the news ("police said", "the paper reports"), the main clause is the one it reports,
    unless the event is what was said; then the speaker acts, and whom the words are about does
    not."""
    sentences = document.story()[:LEAD_ACTOR_SENTENCES]
    found: list[Entity] = []
    for index, sentence in enumerate(sentences):
        if index > 0 and (sentence.start, sentence.end) not in main.reports:
            continue
        root = document.span(sentence).root
        clauses = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        if _sourcing(root):
            spoken = main.kind in _SPOKEN
            clauses = [root] if spoken else [c for c in root.children if c.dep_ in {"ccomp", "parataxis"}]
        for verb in clauses:
            if verb.pos_ != "VERB":
                continue
            for token in verb.children:
                if token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                    found += [e for e in _named_by(document, token.i) if e.type != "group"]
    return found


_SPOKEN = frozenset({"statement", "speech", "press_conference", "interview"})


def _sourcing(verb: Token) -> bool:
    """Whether a verb only sources the news: it says, announces or reports the clause the sentence tells."""
    return is_speech_verb(verb) and any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children)


def _opening_people(document: Document, kind: str) -> list[Entity]:
    """People a story names in its opening as more than what qualifies a thing, the source it is
    told by, or (in a statement) whom the words are about: news names who took part early, and
    later come reactions and background. The opening is the first four sentences of the body, or
    its first half when shorter (a brief names few others), or, in a long story, its first two
    paragraphs when they run longer; commentators, whose title says they study the news rather
    than make it, are left out."""
    story = document.story()
    opening = story[: min(OPENING_SENTENCES, max(1, len(story) // 2))]
    if not opening:
        return []
    body = [block for block in document.layout.blocks if block.zone == "body"]
    paragraphs = body[:OPENING_PARAGRAPHS]
    end = max(opening[-1].end, paragraphs[-1].end if paragraphs and len(story) >= 2 * OPENING_SENTENCES else 0)
    text = document.text
    found = []
    for person in document.entities.persons:
        placing = [
            (s, e) for s, e, kind in person.mentions if s < end and kind in NAMING_KINDS and document.in_story(s)
        ]
        if not placing or all(
            _gives_no_part(document.doc, s, e) or _spoken_of(document, s, e, kind) for s, e in placing
        ):
            continue
        if person.titles and all(_COMMENTATOR.search(text[s:e]) for s, e in person.titles):
            continue  # every title says they study the news ("an analyst at ..."), none that they make it
        found.append(person)
    return found


_TOPIC_PREPOSITIONS = frozenset({"about", "over", "against", "toward", "towards", "regarding"})


def _spoken_of(document: Document, start: int, end: int, kind: str) -> bool:
    """Whether, in an event of speech, the mention names someone only as what is said: inside
    quotation marks, in the clause a verb of speech reports ("said Tom Ray would win"), or what
    words are about ("not sure about Tom Ray"). Who is spoken of does not take part in the
    saying; but a body sourcing the news tells who acted ("Tom Ray opened the pier, the council
    said")."""
    if kind not in _SPOKEN and kind != "statement":
        return False
    if any(q.start <= start < q.end for q in document.quotations):
        return True
    span = document.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    subject = False  # whether the mention is the subject of the clause reached so far
    while token.head.i != token.i:
        if token.dep_ in {"ccomp", "parataxis"} and (is_speech_verb(token.head) or token.head.pos_ == "ADJ"):
            return not (subject and not _said_by_a_person(document, token.head))
        subject = token.dep_ in {"nsubj", "nsubjpass"} or (subject and token.dep_ in {"compound", "flat", "appos"})
        if token.dep_ == "pobj" and token.head.lower_ in _TOPIC_PREPOSITIONS:
            return True
        token = token.head
    return False


def _said_by_a_person(document: Document, verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            named = document.entities.at(child.idx, child.idx + len(child))
            return (named is not None and named.type == "person") or child.lower_ in {"he", "she", "i"}
    return False


def _gives_no_part(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention names the person without giving them a part in the story: as what
    qualifies a thing, a possessor ("the mayor's policies"), part of a compound ("the Tomas Quellin
    video"), what a picture is of ("Polaroids of Marta Kessel"), shows ("a video featuring Tomas
    Quellin") or who made it ("the organization founded by Ilse Varnholt"), alone or coordinated
    ("Polaroids of Marta Kessel and Tom Ray"); or as the source the news is told by
    ("according to the coach, ..."); or in a clause that gives the background of the news
    rather than the news itself ("since Tomas Quellin took office", "amid threats from Ilse
    Varnholt")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if in_according_to(span) or introduced_by(span.root, _BACKGROUND_MARKS, _BACKGROUND_PREPOSITIONS):
        return True
    head = span.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in {"poss", "compound"}:
        return True
    if head.dep_ == "dobj":
        return head.head.dep_ == "acl"  # what a thing shows ("a video featuring Tomas Quellin")
    if head.dep_ != "pobj":
        return False
    preposition = head.head
    if preposition.lower_ == "of":  # a picture of someone, not "the arrest of John Smith"
        return preposition.head.lower_.removesuffix("s") in _DEPICTIONS
    # The doer in a description of a thing ("the organization founded by Ilse Varnholt").
    return preposition.lower_ == "by" and preposition.head.dep_ == "acl"


# Conjunctions and prepositions of a clause that tells what came before or stands against the news.
# Not "as", "when" or "while": what happens at the same time is often the event itself ("the
# festival opened as the mayor flipped the switch"), and "as Tomas Quellin told ..." gives a source.
_BACKGROUND_MARKS = frozenset({"since", "after", "before", "until", "once", "though", "although"})
_BACKGROUND_PREPOSITIONS = frozenset({"after", "before", "since", "until", "following", "amid", "despite"})


def _subject_bodies(document: Document) -> list[Entity]:
    """The organisation the story is about: named in its headline or lead and the one the story
    names most often, at least a few times (a product's maker, a company in trouble), whatever
    part the lead's grammar gives it ("the company's new phone", "problems with its screens")."""
    lead_end = document.lead[-1][1] if document.lead else 0
    counts = []
    for entity in document.entities.of_type("organisation"):
        story = [m for m in entity.mentions if document.in_story(m.start)]
        if any(m.start < lead_end for m in story):
            counts.append((len(story), entity))
    if not counts:
        return []
    count, entity = max(counts, key=lambda item: item[0])
    return [entity] if count >= SUBJECT_MENTIONS and sum(c == count for c, _ in counts) == 1 else []


SUBJECT_MENTIONS = 4  # mentions of the organisation a story is about, at the least


def _later_reports(document: Document, main: MainEvent) -> list[Entity]:
    """Entities that sentences of the story's first half, beyond the lead, name as taking part in
    the same event: arguments of a trigger of its kind, and speakers who spoke during it."""
    if main.trigger is None or main.kind == "other":
        return []
    lead = set(main.reports) | set(document.lead)
    half = len(document.text) / 2
    parties = {id(e) for argument in main.arguments for e in _named_by(document, argument.token)}
    found: list[Entity] = []
    for sentence in document.story():
        in_lead = (sentence.start, sentence.end) in lead
        if sentence.start >= half and not in_lead:
            break
        for trigger in document.triggers(sentence):
            if trigger.kind != main.kind or trigger.weight < _REPORT_WEIGHT:
                continue
            word = document.doc[trigger.token]
            if in_lead:
                found += _speakers_during(document, word)  # the lead's arguments are counted already
                continue
            named = [e for a in arguments_of(word) for e in _named_by(document, a.token)]
            same = _definite(word) or any(id(e) in parties for e in named)
            if main.kind in lexicon.RECURRING_KINDS and not same:
                continue  # another statement, announcement or meeting, not this one again
            found += named
            found += _speakers_during(document, word)
    return found


_REPORT_WEIGHT = 0.4  # a trigger in passing ("a thing") does not report the event again


def _definite(noun: Token) -> bool:
    """Whether an event noun refers back to the event already reported ("the talks", "this raid")."""
    return noun.pos_ in {"NOUN", "PROPN"} and any(
        child.dep_ == "det" and child.lower_ in {"the", "this", "these", "that"} for child in noun.children
    )


def _speakers_during(document: Document, trigger: Token) -> list[Entity]:
    """ "During the talks, Ilse Varnholt stressed ...": whoever speaks in the event took part in it."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in _SETTING:
        return []
    verb = trigger.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    found = []
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            found += _named_by(document, child.i)
    return found


def _excluded(document: Document, entity: Entity, parts: object, kind: str) -> bool:
    """A country that people taking part represent (not in sport, where the country's team plays),
    a spokesperson, or the media."""
    text = document.text
    if entity.type == "country":
        if kind == "sport":
            return False
        represented = {
            part.entity.country.alpha2
            for part in parts  # type: ignore[attr-defined]
            if part.entity.type == "person" and part.entity.country is not None
        }
        return entity.country is not None and entity.country.alpha2 in represented
    if entity.type == "person":
        return any(_is_spokesperson(text[start:end]) for start, end in entity.titles)
    media = bool(entity.descriptors & lexicon.MEDIA_NOUNS)
    return media or _is_agency(document, entity) or _a_channel(document, entity)


_CHANNEL_NOUNS = frozenset({"interview", "interviews", "appearance", "show", "program", "programme", "broadcast"})
_TALK_VERBS = frozenset({"tell", "speak", "talk", "say", "write", "appear", "interview"})


def _a_channel(document: Document, entity: Entity) -> bool:
    """Whether an organisation is named in the story only as where words were said: the outlet
    someone told them to ("told the Harbour Gazette", "in an interview with Veldra Radio", "said on
    Veldra TV", "a Veldra Radio interview"). The outlet carries the news; it does not take part."""
    doc = document.doc
    mentions = [m for m in entity.mentions if document.in_story(m.start)]
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        while head.dep_ in {"compound", "poss"} and head.head.i != head.i and head.head.lower_ not in _CHANNEL_NOUNS:
            head = head.head
        governor = head.head
        if head.dep_ in {"compound", "poss"} and governor.lower_ in _CHANNEL_NOUNS:
            continue  # "a Veldra Radio interview"
        if head.dep_ in {"dobj", "dative"} and lexicon.verb_base(governor.text) == "tell":
            continue  # "told the Harbour Gazette"
        talking = governor.head.lower_ in _CHANNEL_NOUNS or lexicon.verb_base(governor.head.text) in _TALK_VERBS
        talking = talking or is_speech_verb(governor.head)
        if head.dep_ == "pobj" and governor.lower_ in {"with", "to", "on"} and talking:
            continue  # "in an interview with Veldra Radio", "spoke to the Gazette", "said on Veldra TV"
        return False
    return bool(mentions)


def _is_spokesperson(title: str) -> bool:
    return "spokes" in title.lower()


def _is_agency(document: Document, entity: Entity) -> bool:
    """Whether the entity is the agency a wire dateline credits ("PLACE (Agency) - ")."""
    dateline = document.layout.dateline
    if dateline is None or dateline.agency is None:
        return False
    agency = document.text[slice(*dateline.agency)]
    return entity.name == agency or agency in entity.aliases
