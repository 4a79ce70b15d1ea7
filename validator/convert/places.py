"""Where the main event took place: a place the lead puts it in, and that place's country.

The place is the first location entity of the trigger's sentence (else of the lead) introduced by
"in", "at", "near" and the like, else the first location entity there at all. Its country is the
place itself when it is a country, the country written right after it ("Chisinau, Moldova"), or
the one country the sentence names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..gazetteers.cities import City, city
from ..gazetteers.countries import Country, countries_in, country, display_name
from ..gazetteers.regions import region_country
from .document import Document
from .events import MainEvent
from .nlp import MODIFIER_DEPS, entity_of, introduced_by, text_of
from .triggers import kind_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_LOCATION_LABELS = {"GPE", "LOC", "FAC"}
LOCATING_SENTENCES = 2  # the lead's first sentences, in which a place introduced by "in" or "at" is the event's
# Nouns for bodies that act within their country ("a Veldrian court", "Veldra's regulator").
_BODY_NOUNS = frozenset(
    "government court regulator watchdog police ministry parliament authorities agency commission army navy "
    "military prosecutors council cabinet sheriff officials department".split()
)
# Nouns for a country's people acting together ("Veldrian soldiers", "Ostrel's voters", "Veldrians").
_PEOPLE_NOUNS = frozenset(
    "soldiers troops forces residents citizens voters workers farmers students protesters demonstrators "
    "villagers people families consumers drivers owners".split()
)
_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout"}


@dataclass(frozen=True, slots=True)
class EventPlace:
    """The place of the main event as written, and its country when the text gives one."""

    start: int
    end: int
    text: str
    country: Country | None
    city: City | None = None
    label: str = "GPE"  # spaCy's: GPE, LOC or FAC (a building, an airport, a stadium: the venue)


def event_place(document: Document, main: MainEvent) -> EventPlace | None:
    """The place of the main event, or None when the story places it nowhere. In order: a place its
    trigger puts it in ("raided offices in Veldra", "talks in Veldra"); a place a sentence reporting
    it, the lead or a caption showing it introduces with "in", "at" or "near"; the place of a wire
    dateline; and a place the headline or the lead's first sentence names other than as an actor or
    what qualifies a thing. Places of another event (in a clause "after" or "since" it, or one
    describing another event), places in quoted words and places coordinated with others are
    taken only when nothing else places the event."""
    doc = document.doc
    for trigger in main.mentions:
        place = next((e for e in _located(doc[trigger.token]) if document.in_story(e.start_char)), None)
        if place is not None:
            return _event_place(document, place)
    headline = [document.headline] if document.headline else []
    reports = [span for span in main.reports if span not in headline]
    windows = reports + list(document.lead[: len(headline) + LOCATING_SENTENCES]) + _captions_showing(document, main)
    set_aside: list[Span] = []  # places of something else: taken only when nothing else places the event
    for start, end in windows:
        introduced = [
            e
            for e in _places_in(doc, start, end)
            if e.start > 0 and doc[e.start - 1].lower_ in _LOCATIVE and not _coordinated(e)
        ]
        set_aside += [e for e in introduced if _of_another_event(document, main, e)]
        introduced = [e for e in introduced if e not in set_aside]
        if introduced:
            return _event_place(document, introduced[0])
    dateline = document.layout.dateline
    if dateline is not None and dateline.place is not None:
        span = doc.char_span(*dateline.place, alignment_mode="expand")
        if span is not None:
            return _dateline_place(document, *dateline.place)
    for start, end in list(document.lead[:2]):
        named = [e for e in _places_in(doc, start, end) if _names_a_place(e)]
        set_aside += [e for e in named if _of_another_event(document, main, e)]
        named = [e for e in named if e not in set_aside]
        if named:
            return _event_place(document, named[0])
    parties = _place_of_the_parties(document, main)
    if parties is None and set_aside:
        return _event_place(document, set_aside[0])
    return parties


# Conjunctions and prepositions of a clause or phrase that sets another event against the news
# ("after their debate in Ostrel", "in the days following the attacks in Veldra").
_OTHER_EVENT_MARKS = frozenset({"since", "after", "before", "until", "once", "though", "although", "while"})
_OTHER_EVENT_PREPOSITIONS = frozenset({"after", "before", "since", "until", "following", "amid", "despite"})


def _coordinated(place: Span) -> bool:
    """ "In Veldra and Ostrel, ...": places coordinated with others are several places, no one venue."""
    root = place.root
    return root.dep_ == "conj" or any(c.dep_ == "conj" and c.ent_type_ in _LOCATION_LABELS for c in root.children)


def _of_another_event(document: Document, main: MainEvent, place: Span) -> bool:
    """Whether a place the lead names belongs to something other than the main event: words quoted
    from someone (where they speak of, not where the news is), a clause or phrase that sets
    another event against it ("after the debate in Ostrel"), or a clause describing another event
    ("the agreement negotiated in Veldra")."""
    if any(q.start <= place.start_char < q.end for q in document.quotations):
        return True
    root = place.root
    if introduced_by(root, _OTHER_EVENT_MARKS, _OTHER_EVENT_PREPOSITIONS):
        return True
    mentions = {trigger.token for trigger in main.mentions}
    token = root
    while token.head.i != token.i:
        describing = token.dep_ in {"relcl", "acl"} and token.head.i not in mentions and token.head.pos_ == "NOUN"
        if describing and kind_of(token.head)[0] is not None:
            return True
        token = token.head
        if token.i in mentions:
            return False
    return False


def _place_of_the_parties(document: Document, main: MainEvent) -> EventPlace | None:
    """Where the bodies that act in the event are, when the story names no place: a place name
    qualifying the trigger's arguments ("a Veldrian court ruled", "Veldra's regulator opened an
    inquiry", "Harbour City police identified the man", "Veldrian soldiers are unhappy",
    "Veldrians who bought the car"), one place only. News of a body's acts, or of a country's
    people acting together, happens where they are."""
    doc = document.doc
    found: dict[str, EventPlace] = {}
    heads = [doc[argument.token] for argument in main.arguments]
    story = document.story()
    if story:  # and the subject of the lead's main clause, who acts in what the lead reports
        root = document.span(story[0]).root
        heads += [child for child in root.children if child.dep_ in {"nsubj", "nsubjpass"}]
    for head in heads:
        party = document.entities.at(head.idx, head.idx + len(head))
        body = party is not None and party.type in {"organisation", "country"}
        people = head.lower_ in _PEOPLE_NOUNS or (head.ent_type_ == "NORP" and head.tag_ in {"NNPS", "NNS"})
        if not (body or people or head.lower_ in _BODY_NOUNS):
            continue  # one person's nationality is not where the event happened
        for token in [head, *head.children]:
            if token.i != head.i and token.dep_ not in MODIFIER_DEPS | {"poss"}:
                continue
            if token.ent_type_ not in {"GPE", "NORP"}:
                continue
            entity = entity_of(token)
            words = entity.text if entity is not None else token.text
            words = words.removesuffix("'s").removesuffix("\u2019s")
            start = entity.start_char if entity is not None else token.idx
            nation = country(words)
            if nation is not None:
                found.setdefault(nation.alpha2, EventPlace(start, start + len(words), display_name(nation), nation))
            elif token.ent_type_ == "GPE" and (known := city(words)) is not None:
                found.setdefault(words, EventPlace(start, start + len(words), words, known.country, known))
    return next(iter(found.values())) if len(found) == 1 else None


def _places_in(doc: Doc, start: int, end: int) -> list[Span]:
    return [e for e in doc.ents if e.label_ in _LOCATION_LABELS and start <= e.start_char < end]


def _located(trigger: Token) -> list[Span]:
    """Places a trigger is located in by a phrase of its own ("met in Veldra", "the raid at the
    port"), or, for a noun, by one of the verb it is the object or subject of."""
    heads = [trigger]
    if trigger.pos_ not in {"VERB", "AUX"} and trigger.head.pos_ in {"VERB", "AUX"}:
        heads.append(trigger.head)
    found = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in _LOCATIVE:
                for place in child.children:
                    entity = entity_of(place) if place.dep_ == "pobj" else None
                    if entity is not None and entity.label_ in _LOCATION_LABELS:
                        found.append(entity)
    return found


def _event_place(document: Document, place: Span) -> EventPlace:
    sentence = document.sentence_at(place.start_char)
    start, end = (sentence.start, sentence.end) if sentence else (place.start_char, place.end_char)
    found = city(place.text)
    nation = _country_of(document.doc, place, start, end, found)
    return EventPlace(
        place.start_char,
        place.end_char,
        place.text,
        nation,
        found if found and found.country == nation else None,
        place.label_,
    )


def _dateline_place(document: Document, start: int, end: int) -> EventPlace:
    """The place a wire dateline names ("PLACE, Region (Agency) -"), as a city of its country."""
    words = document.text[start:end]
    name, _, region = words.partition(",")
    written = name.strip().title() if name.isupper() else name.strip()
    found = city(written)
    nation = (
        country(written)
        or ((country(region.strip()) or region_country(region)) if region else None)
        or (found.country if found else None)
    )
    return EventPlace(start, start + len(name.rstrip()), words[: len(name.rstrip())], nation, found)


@dataclass(frozen=True, slots=True)
class MentionedPlace:
    """A place the article names, with every span naming it."""

    name: str
    spans: tuple[tuple[int, int], ...]
    label: str
    country: Country | None
    city: City | None


def mentioned_places(document: Document) -> list[MentionedPlace]:
    """Every place the story or its captions name (countries, cities, regions, buildings), once
    each, in text order; a country's names are one place ("the Republic of Moldova", "Moldova")."""
    named: dict[str, tuple[str, str, list[tuple[int, int]]]] = {}
    for entity in document.doc.ents:
        if entity.label_ not in _LOCATION_LABELS:
            continue
        if not document.in_story(entity.start_char) and document.layout.zone_at(entity.start_char) != "caption":
            continue
        name = re.sub(r"\A[Tt]he\s+", "", entity.text).removesuffix("'s").removesuffix("\u2019s").strip()
        if not name:
            continue
        nation = country(name)
        key = f"country:{nation.alpha2}" if nation else name
        start = entity.start_char + entity.text.find(name)
        named.setdefault(key, (name, entity.label_, []))[2].append((start, start + len(name)))
    found = []
    for name, label, spans in named.values():
        place_city = city(name)
        nation = country(name) or (place_city.country if place_city else None)
        found.append(MentionedPlace(name, tuple(spans), label, nation, place_city))
    return found


def _captions_showing(document: Document, main: MainEvent) -> list[tuple[int, int]]:
    """Photo captions that show the event (a word that reports it in the story is in them:
    "Minister Ilse Varnholt holds telephone talks ... at the ministry in Veldra"), last in line: a
    caption says where, when the story does not."""
    if main.kind == "other":
        return []
    words = {document.text[t.start : t.end].lower() for t in main.mentions}
    found = []
    for sentence in document.sentences:
        if document.layout.zone_at(sentence.start) != "caption":
            continue
        if any(document.text[t.start : t.end].lower() in words for t in document.triggers(sentence)):
            found.append((sentence.start, sentence.end))
    return found


def _country_of(doc: Doc, place: Span, start: int, end: int, known: City | None) -> Country | None:
    """The country the place is, or is followed by ("Chisinau, Moldova"), or the one a city of that
    name lies in, or else the one country named beside it."""
    itself = country(place.text) or region_country(place.text)
    if itself is not None:
        return itself
    after = text_of(doc)[place.end_char : place.end_char + 40]
    if after.startswith(", "):
        following = countries_in(after[2:])
        if following and following[0][0] == 0:
            return following[0][2]
    if known is not None:
        return known.country
    named = {found.alpha2: found for _, _, found in countries_in(text_of(doc)[start:end])}
    return next(iter(named.values())) if len(named) == 1 else None


def _names_a_place(entity: Span) -> bool:
    """Whether an entity not introduced by "in", "at", ... still says where: not a modifier ("his U.S.
    counterpart", "Moldova's missiles"), one of several coordinated names, nor the agent of an act
    ("launches by Chisinau")."""
    root = entity.root
    if root.dep_ in MODIFIER_DEPS | {"poss"}:
        return False
    if root.dep_ == "conj" or any(child.dep_ == "conj" and child.ent_type_ for child in root.children):
        return False  # "Moldova, Paraguay and Mongolia agreed": several countries are no one place
    return not (root.dep_ == "pobj" and root.head.lower_ in {"by", "with", "for", "against", "to", "of"})
