"""The organisations taking part in the main event: those the headline and lead sentence name as actors.

An organisation named in the headline or the first sentence of the body takes part in what they
report ("Hackers attack Church of Scientology website", "Microsoft announced on Friday ..."),
unless its name only modifies another word ("the NASA budget", "a Reuters reporter"), it is the
source the news is reported from (", the Defense Ministry said Thursday", though a body announcing
a thing acts: "the government announced the start of a process"), or it names an event or
a venue rather than a body ("Fan Expo Canada", "the Metro Toronto Convention Centre"), or it says
what a person or a work is ("a former Scientologist", "the cruise ship, Freewinds").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import gazetteer
from .attribution import SPEECH_VERBS
from .events import is_headline
from .gazetteer import Country, countries_in
from .nlp import MODIFIER_DEPS, in_according_to, text_of, without_the
from .people import PERSON_NOUNS, WORK_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LEAD_SPANS_READ = 2
# Bodies through which a country acts.
_BODY_NOUNS = frozenset({
    "government", "court", "team", "army", "navy", "police", "military", "parliament", "ministry", "council",
    "authorities", "forces", "embassy", "cabinet", "senate", "congress", "squad", "delegation",
})  # fmt: skip  # the headline and the first sentence of the body


def _is_source(name: Span) -> bool:
    """Whether the organisation is the one reporting the news (", the ministry said Thursday",
    "according to Yonhap news agency, quoting KCNA", "Wikinews has learned")."""
    head = name.root
    verb = head.head
    if head.dep_ == "nsubj" and verb.lower_ in SPEECH_VERBS | {"learned", "learnt", "reported", "reports"}:
        return not _announces_a_thing(verb)
    return in_according_to(name)


# Kinds of event in which the people who meet represent their countries, and in sport the teams
# go by their country's name anyway.
_REPRESENTED_KINDS = frozenset({"meeting", "call", "summit", "visit", "sport"})
_EVENT_OR_VENUE = re.compile(
    r"\b(?:Expo|Cup|Festival|Olympics|Olympic Games|Championships?|Tournament|Grand Prix|Stadium|Arena|"
    r"Convention (?:Centre|Center))\b"
)


def _announces_a_thing(verb: Token) -> bool:
    """Whether the speech verb is an act with an object ("the government announced the start of a
    process") rather than the report of a clause ("..., the ministry said Thursday")."""
    children = {child.dep_ for child in verb.children}
    return "dobj" in children and not children & {"ccomp", "parataxis"} and verb.dep_ not in {"parataxis", "ccomp"}


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation as named in the text, `text[start:end]`."""

    start: int
    end: int
    text: str


def lead_organisations(doc: Doc, lead_spans: Sequence[tuple[int, int]], kind: str = "other") -> list[Organisation]:
    """The organisations the headline and lead sentence name as actors, once each, in text order.
    In sport, teams go by their country's name ("Sweden defeated South Korea 1-0"); a country the
    headline makes its subject acts ("North Korea puts military on alert"), except in meetings,
    calls, summits and visits, where the people who meet represent their countries."""
    text = text_of(doc)
    labels = {"ORG", "GPE"} if kind == "sport" else {"ORG"}
    found: dict[str, Organisation] = {}
    for entity in doc.ents:
        if entity.label_ not in labels or _is_modifier(entity) or _is_source(entity):
            continue
        if _names_an_event_or_venue(entity.text) or _describes_a_person_or_work(entity):
            continue
        if not any(start <= entity.start_char < end for start, end in lead_spans[:LEAD_SPANS_READ]):
            continue
        start, end = entity.start_char, entity.end_char
        if text[start:end].lower().startswith("the "):
            start += 4
        name = text[start:end].removesuffix("'s").removesuffix("\u2019s")
        end = start + len(name)
        if name and name not in found:
            found[name] = Organisation(start, end, name)
    for organisation in _national_bodies(doc, lead_spans[:LEAD_SPANS_READ]):
        found.setdefault(organisation.text, organisation)
    if lead_spans and kind not in _REPRESENTED_KINDS and is_headline(text, *lead_spans[0]):
        # A country acts through the body the lead names for it ("the New Zealand government").
        acting = {found_country for name in found for _, _, found_country in countries_in(name)}
        for country, nation in _acting_countries(doc, lead_spans[0]):
            if nation not in acting:
                found.setdefault(country.text, country)
    return sorted(found.values(), key=lambda organisation: organisation.start)


def _acting_countries(doc: Doc, headline: tuple[int, int]) -> list[tuple[Organisation, Country]]:
    """Countries the headline makes the subject of its verb ("North Korea puts military on alert"),
    as named and as the country they are."""
    span = doc.char_span(*headline, alignment_mode="expand")
    if span is None:
        return []
    found = []
    for entity in span.ents:
        if entity.label_ != "GPE" or entity.root.dep_ != "nsubj":
            continue
        nation = gazetteer.country(entity.text)
        if nation is not None:
            name = without_the(entity.text)
            found.append((Organisation(entity.end_char - len(name), entity.end_char, name), nation))
    return found


def _is_modifier(entity: Span) -> bool:
    """Whether the name only qualifies another word ("the NASA budget"); a name the parser hung on
    the next one ("the Massachusetts Institute of Technology and Colorado State University") does
    not."""
    root = entity.root
    return root.dep_ in MODIFIER_DEPS and not (root.dep_ == "nmod" and root.head.ent_type_ == "ORG")


def _describes_a_person_or_work(entity: Span) -> bool:
    """Whether the name, set beside a noun for a person or a work, says what that is: a member
    ("an Australian woman and former Scientologist"), a vessel ("the cruise ship, Freewinds")."""
    root = entity.root
    return root.dep_ in {"appos", "conj"} and root.head.lower_ in PERSON_NOUNS | WORK_NOUNS


def _names_an_event_or_venue(name: str) -> bool:
    """Whether an organisation's name is that of an event or a venue ("Fan Expo Canada", "FIFA
    World Cup", "Metro Toronto Convention Centre"): where things happen, not who does them."""
    return _EVENT_OR_VENUE.search(name) is not None


def _national_bodies(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Organisation]:
    """A country's body acting in the lead ("the New Zealand government announced", "a Greek court
    ruled", "the Afghan team won"): a body noun modified by a country's name or adjective."""
    found = []
    tokens = (
        token for start, end in spans if (span := doc.char_span(start, end, alignment_mode="expand")) for token in span
    )
    for token in tokens:
        if token.lower_ not in _BODY_NOUNS or token.pos_ != "NOUN" or token.dep_ in MODIFIER_DEPS:
            continue
        if _is_source(doc[token.i : token.i + 1]):
            continue
        nations = [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.ent_type_ in {"GPE", "NORP"}]
        if nations:
            span = doc[nations[0].left_edge.i : token.i + 1]
            words = without_the(span.text)
            found.append(Organisation(span.end_char - len(words), span.end_char, words))
    return found
