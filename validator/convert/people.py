"""People: every mention of a person gathered under the fullest name the article gives them.

The statistical model finds most names but tags some surnames as organisations or places ("Kishi"
in the seed); a one-word entity, or a capitalised word, that is a word of a person's fuller name
is that person. A name the text describes as a person is one, whatever the model tagged it
("Valeska Paris, an Australian woman"), and a name it describes as a thing is not ("her graphic
novel Angel Catbird"). A surname or given name alone goes to the nearest fuller name before it (after
it, when the article names the person fully only later); "he" or "she" to the person last
mentioned in the same sentence or the three before. Titles are the words of office written before the
name ("Japanese Defense Minister Nobuo Kishi") or in apposition after it ("Khaled Al-Maeena,
editor at large at the Saudi Gazette").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from .events import CREDIT_WORDS
from .gazetteer import Country, countries_in
from .nlp import MODIFIER_DEPS, entity_of, span_of, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PRONOUNS = frozenset({"he", "she", "him", "her", "his"})  # the pronouns resolved to people
_PRONOUN_REACH = 3  # sentences back
# Lower-case words that belong to names ("Ludwig van Beethoven", "Osama bin Laden").
_NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "del", "la", "le", "bin", "al", "ibn", "dos"}
)
# Title nouns that, after "the", stand for the person bearing the title ("the minister said").
_TITLE_NOUNS = frozenset({
    "minister", "president", "secretary", "chancellor", "premier", "governor", "mayor", "senator", "ambassador",
    "chief", "director", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "prosecutor", "judge",
    "coach", "captain", "manager", "ceo", "leader", "commander", "general", "king", "queen", "prince", "pope",
    "bishop", "archbishop", "professor", "counterpart", "envoy", "founder", "executive", "administrator",
    "speaker", "colonel", "major", "sergeant", "lieutenant", "officer", "sheriff", "inspector", "detective",
    "superintendent", "admiral", "marshal", "justice", "rabbi", "imam", "cardinal", "father", "sister", "brother",
})  # fmt: skip
_HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Miss", "Dr", "Prof", "Sir", "Dame", "Lady", "Lord"})
_SURNAME_SIMILARITY = 0.8  # difflib ratio: "Bauchtman" / "Buchtmann" is 0.89, "Smith" / "Smyth" 0.8
# Words that name things, places and bodies, never people; the model tags such names PERSON.
_NOT_PERSON_WORDS = frozenset({
    "Shuttle", "Center", "Centre", "Road", "Street", "Avenue", "Boulevard", "Gallery", "Museum", "University",
    "College", "School", "Hospital", "Airport", "Church", "Party", "Council", "Foundation", "Institute", "Instituto",
    "Park", "Bridge", "Station", "Stadium", "Results", "Company", "Corporation", "Inc", "Ltd", "Group", "Agency",
    "Ministry", "Department", "Office", "Court", "Committee", "Association", "Society", "Club", "League", "Team",
    "Times", "News", "Journal", "Herald", "Tribune", "Gazette", "Magazine", "Award", "Awards", "Prize", "Festival",
    "Expo", "Cup", "Championship", "Airlines", "Bank", "Fund",
})  # fmt: skip
# Nouns that describe a person in apposition to their name ("Valeska Paris, an Australian woman").
PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "teenager", "child", "mother", "father", "wife", "husband", "son", "daughter",
    "resident", "student", "pupil", "worker", "farmer", "nurse", "doctor", "teacher", "activist", "volunteer",
    "pilgrim", "refugee", "migrant", "survivor", "victim", "witness", "mum", "dad", "grandmother", "grandfather",
})  # fmt: skip
# Nouns for works and vessels ("her graphic novel Angel Catbird", "the cruise ship, Freewinds").
WORK_NOUNS = frozenset({
    "novel", "book", "film", "movie", "album", "song", "game", "show", "series", "ship", "vessel", "boat", "yacht",
    "brand", "app", "website",
})  # fmt: skip
# Nouns that describe a thing, not a person, written before its name ("her graphic novel Angel
# Catbird", "localist group Civic Passion"); the model tags such names PERSON.
_THING_NOUNS = WORK_NOUNS | {
    "group", "party", "band", "company", "firm", "movement", "club", "organisation", "organization", "agency",
    "magazine", "newspaper",
}  # fmt: skip
# One-word entity labels the model gives surnames by mistake.
_MISTAKEN_LABELS = {"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}


@dataclass(slots=True)
class Person:
    """One person: the fullest name, its mentions (character spans) and the titles written with it."""

    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    titles: list[tuple[int, int]] = field(default_factory=list)
    country: Country | None = None

    @property
    def words(self) -> set[str]:
        return {word.strip(".,").casefold() for word in self.name.split()}


@dataclass(frozen=True, slots=True)
class People:
    """The people of one article, and which one each mention (by its start offset) refers to."""

    persons: tuple[Person, ...]
    by_start: dict[int, Person]

    def at(self, start: int, end: int) -> Person | None:
        """The person a mention covering `start`..`end` refers to: any mention starting inside it,
        else one it lies inside ("Paris" of "Valeska Paris")."""
        for offset in range(start, end):
            if offset in self.by_start:
                return self.by_start[offset]
        return next(
            (person for person in self.persons for begin, stop in person.mentions if begin <= start and end <= stop),
            None,
        )


def find_people(doc: Doc) -> People:
    """Every person of *doc* with their mentions, pronouns included, and titles."""
    lower = [token for token in doc if token.text[:1].islower()]
    common = {token.lower_ for token in lower}
    adjectives = {token.lower_ for token in lower if token.pos_ == "ADJ"}
    tagged = [
        span
        for entity in doc.ents
        if entity.label_ == "PERSON" and (span := _name(entity, common, adjectives)) is not None
    ]
    things = {_clean(span.text) for span in tagged if _described_as_thing(span)}
    full = sorted(
        [span for span in tagged if _clean(span.text) not in things] + _described_as_people(doc),
        key=lambda span: span.start,
    )
    persons: list[Person] = []
    for entity in full:
        name = _clean(entity.text)
        person = next((p for p in persons if p.name == name), None)
        if person is None:
            person = Person(name)
            persons.append(person)
        person.mentions.append((entity.start_char, entity.end_char))
        titles = _titles(entity)
        person.titles += titles
        if person.country is None:
            person.country = _country(text_of(doc), titles, *_place_in_coordination(entity))
    persons = _merge_honorifics(persons)
    by_start = {start: person for person in persons for start, _ in person.mentions}
    for token in _single_word_mentions(doc, persons, by_start):
        person = _nearest(persons, token)
        if person is not None:
            person.mentions.append((token.idx, token.idx + len(token)))
            by_start[token.idx] = person
    for start, end, person in _title_mentions(doc, persons, by_start):
        person.mentions.append((start, end))
        by_start[start] = person
    for token in doc:
        if token.lower_ in PRONOUNS and token.idx not in by_start:
            person = _antecedent(doc, token, by_start)
            if person is not None:
                person.mentions.append((token.idx, token.idx + len(token)))
                by_start[token.idx] = person
    for person in persons:
        person.mentions.sort()
    return People(tuple(persons), by_start)


def _name(entity: Span, common: set[str], adjectives: set[str]) -> Span | None:
    """The person's name in a PERSON entity, or None when it is not a name of two words or more.
    Leading adjectives go, as does a sentence's first word that the article also writes as a
    lower-case adjective, capitalised only by its place ("Nonpartisan Paul Tse", where
    "nonpartisan" is written elsewhere; not "Bill de Blasio" beside "the bill"). A given name
    the model left out is added (*common*: the article's lower-case words). A hyphenated part
    stays ("Wong Yeung-tat"), and a lower-case word that is not a name particle means the model
    took a phrase for a name ("pro-Beijing camp")."""
    doc, start, end = entity.doc, entity.start, entity.end
    if end - start == 1 and start > 0 and _untagged_given_name(doc[start - 1], entity, common):
        start -= 1
    while start < end and (
        doc[start].pos_ == "ADJ"
        or doc[start].is_punct
        or (doc[start].is_sent_start and doc[start].lower_ in adjectives and start + 2 < end)
    ):
        start += 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end - start > 2 and doc[end - 1].text in CREDIT_WORDS and end < len(doc) and doc[end].text == ":":
        end -= 1  # "Ahmed Mohamed Image: ..." on a photo caption
    words = [token for token in doc[start:end] if not token.is_punct and token.text != "'s"]
    if len(words) < 2 or any(_lower_word(token) for token in words):
        return None
    if any(token.text in _NOT_PERSON_WORDS for token in words):
        return None  # "Space Shuttle Atlantis", "Castlefrank Road", "Art Gallery"
    return span_of(doc, start, end, "PERSON")


def _described_as_thing(name: Span) -> bool:
    """Whether the noun just before the name says it is a thing ("her graphic novel Angel Catbird",
    "localist group Civic Passion's ..."), not a person doing something to one ("the film Steven
    Spielberg directed")."""
    doc = name.doc
    if name.start == 0 or doc[name.start - 1].lower_ not in _THING_NOUNS:
        return False
    noun, root = doc[name.start - 1], name.root
    related = (noun.dep_ == "compound" and noun.head == root) or (root.dep_ == "appos" and root.head == noun)
    return related and not (name.end < len(doc) and doc[name.end].pos_ in {"VERB", "AUX"})


def _described_as_people(doc: Doc) -> list[Span]:
    """Names the model did not tag as people but the text describes as one ("Valeska Paris, an
    Australian woman"): two capitalised words or more in apposition with a noun for a person."""
    found = []
    for token in doc:
        if token.dep_ != "appos" or token.lower_ not in PERSON_NOUNS:
            continue
        head = token.head
        words = [child for child in head.lefts if child.dep_ == "compound" and child.pos_ == "PROPN"] + [head]
        if head.i > token.i or len(words) < 2 or words[-1].i - words[0].i != len(words) - 1:
            continue
        if any(not word.text[:1].isupper() or word.ent_type_ == "PERSON" for word in words):
            continue
        if any(word.text in _NOT_PERSON_WORDS for word in words):
            continue
        found.append(span_of(doc, words[0].i, head.i + 1, "PERSON"))
    return found


def _untagged_given_name(token: Token, surname: Span, common: set[str]) -> bool:
    """A capitalised proper noun, outside any entity and not a title, compounded with the one-word
    name after it: the model tagged only "Ho" of "pro-establishment nonpartisan Junius Ho"."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not token.ent_type_
        and token.dep_ == "compound"
        and token.head == surname.root
        and token.lower_ not in common | _TITLE_NOUNS
        and not token.text.endswith(".")  # "Gov. Newsom", "Sen. Warren": an abbreviated title
        and token.text not in _HONORIFICS
    )


def _merge_honorifics(persons: list[Person]) -> list[Person]:
    """ "Ms Buchtman" is the Lydia Buchtmann named elsewhere: an honorific and a surname that is, or
    nearly is (copy misspells names), the surname of one fuller name join that person."""
    full = [person for person in persons if person.name.split()[0].rstrip(".") not in _HONORIFICS]
    kept = list(full)
    for person in persons:
        words = person.name.split()
        if person in full:
            continue
        surname = words[-1]
        similar = [
            other
            for other in full
            if SequenceMatcher(None, surname.casefold(), other.name.split()[-1].casefold()).ratio()
            >= _SURNAME_SIMILARITY
        ]
        if len(similar) == 1:
            similar[0].mentions += person.mentions
            similar[0].titles += person.titles
        else:
            kept.append(person)
    return sorted(kept, key=lambda person: min(person.mentions))


def _lower_word(token: Token) -> bool:
    """A lower-case word that is neither a name particle nor the end of a hyphenated name ("Chung-tai")."""
    joined = token.i > 0 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_
    return token.text[:1].islower() and token.lower_ not in _NAME_PARTICLES and not joined


def _clean(name: str) -> str:
    """The name without a possessive or a full stop read into its last word ("James To.")."""
    name = name.removesuffix("'s").removesuffix("\u2019s").strip()
    last = name.split()[-1]
    return name[:-1] if last.endswith(".") and len(last) > 2 and "." not in last[:-1] else name


def country_of(person: Person, event_country: Country | None) -> tuple[Country | None, bool]:
    """The person's country, and whether it is inferred: with no nationality written for them, a
    person is taken to be of the country where the event took place (local news is about locals)."""
    if person.country is not None:
        return person.country, False
    return event_country, event_country is not None


def _single_word_mentions(doc: Doc, persons: list[Person], by_start: dict[int, Person]) -> Iterable[Token]:
    """Capitalised words that are a word of some person's fuller name and not already inside one."""
    name_words = set().union(*(person.words for person in persons)) if persons else set()
    named = {offset for person in persons for start, end in person.mentions for offset in range(start, end)}
    for token in doc:
        if token.idx in named or not token.text[:1].isupper() or token.text.casefold() not in name_words:
            continue
        entity = entity_of(token)
        # Not a word of a longer name ("Nobuo Kishi", "Kishi Foundation"), nor a one-word entity of a
        # kind the model does not confuse with surnames (a date, a number).
        if entity is not None and (len(entity) > 1 or entity.label_ not in _MISTAKEN_LABELS | {"PERSON"}):
            continue
        yield token


def _nearest(persons: list[Person], token: Token) -> Person | None:
    """The person whose fuller name holds the word, mentioned nearest before it (else nearest after)."""
    word = token.text.casefold()
    holders = [person for person in persons if word in person.words]
    if not holders:
        return None

    def distance(person: Person) -> tuple[bool, int]:
        before = [token.idx - start for start, _ in person.mentions if start < token.idx]
        if before:
            return False, min(before)
        return True, min(start - token.idx for start, _ in person.mentions)

    return min(holders, key=distance)


def _title_mentions(doc: Doc, persons: list[Person], by_start: dict[int, Person]) -> list[tuple[int, int, Person]]:
    """ "The minister" after "Defense Minister Nobuo Kishi": a definite title noun that one person
    named before it bears (the last such person), as a mention of that person."""
    text = text_of(doc)
    words = {
        id(person): {
            word.casefold() for start, end in person.titles for word in re.findall(r"[A-Za-z]+", text[start:end])
        }
        for person in persons
    }
    found = []
    for token in doc:
        if token.lower_ != "the" or token.i + 1 >= len(doc):
            continue
        noun = doc[token.i + 1]
        if noun.pos_ != "NOUN" or noun.lower_ not in _TITLE_NOUNS:
            continue
        earlier = [
            (max(start for start, _ in person.mentions if start < token.idx), person)
            for person in persons
            if noun.lower_ in words[id(person)] and any(start < token.idx for start, _ in person.mentions)
        ]
        if earlier and token.idx not in by_start:
            found.append((token.idx, noun.idx + len(noun), max(earlier, key=lambda item: item[0])[1]))
    return found


def _antecedent(doc: Doc, pronoun: Token, by_start: dict[int, Person]) -> Person | None:
    """The person the pronoun stands for: in the nearest sentence (its own, or one of the few
    before) naming someone other than as a modifier ("the Tom Cruise video"), the subject if one
    is a person, else the person named last."""
    sentence = pronoun.sent
    for _ in range(_PRONOUN_REACH + 1):
        end = min(sentence.end_char, pronoun.idx)
        inside = sorted(start for start in by_start if sentence.start_char <= start < end)
        heads = {start: _head_of(doc, start, by_start[start]) for start in inside}
        named = {
            start: head.dep_ for start, head in heads.items() if head is not None and head.dep_ not in MODIFIER_DEPS
        }
        if named:
            subjects = [start for start, dep in named.items() if dep in {"nsubj", "nsubjpass"}]
            return by_start[(subjects or list(named))[-1]]
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    return None


def _head_of(doc: Doc, start: int, person: Person) -> Token | None:
    end = next((stop for begin, stop in person.mentions if begin == start), None)
    span = doc.char_span(start, end, alignment_mode="expand") if end is not None else None
    return span.root if span is not None else None


def _coordination(entity: Span) -> tuple[Token, list[Token]]:
    """The first name of the coordination the entity is in ("Austin and Suh") and all its names' heads."""
    first = entity.root
    while first.dep_ == "conj" and first.head.ent_type_ == "PERSON":
        first = first.head
    return first, [first, *(t for t in first.subtree if t.dep_ == "conj" and t.ent_type_ == "PERSON")]


def _place_in_coordination(entity: Span) -> tuple[int, int]:
    """The entity's position among coordinated names, and how many there are."""
    _, heads = _coordination(entity)
    return (heads.index(entity.root), len(heads)) if entity.root in heads else (0, 1)


def _country(text: str, titles: list[tuple[int, int]], position: int, count: int) -> Country | None:
    """The country a title names: its only one, or the one in the same place of a shared title
    ("his U.S. and South Korean counterparts Lloyd Austin and Suh Wook")."""
    for start, end in titles:
        found = [item for _, _, item in countries_in(text[start:end])]
        if len(found) == 1:
            return found[0]
        if count > 1 and len(found) == count:
            return found[position]
    return None


def _titles(entity: Span) -> list[tuple[int, int]]:
    """Words of office before the name in its noun phrase, an apposition after it, or the noun the
    name (or the coordination it is in) stands in apposition to ("counterparts Lloyd Austin")."""
    doc = entity.doc
    head = entity.root
    before = [token for token in head.children if token.dep_ in MODIFIER_DEPS and token.i < entity.start]
    titles = []
    if before:
        first = min(token.left_edge.i for token in before)
        last = max(token.i for token in before)
        words = [t for t in doc[first : last + 1] if not t.is_punct]
        if words and any(word.text[:1].isupper() or word.pos_ == "NOUN" for word in words):
            titles.append((words[0].idx, words[-1].idx + len(words[-1])))
    for child in head.children:
        if child.dep_ == "appos" and child.i > entity.end - 1:
            span = doc[child.left_edge.i : child.right_edge.i + 1]
            titles.append((span.start_char, span.end_char))
    first_name, _ = _coordination(entity)
    noun = first_name.head
    if (
        first_name.dep_ == "appos"
        and noun.i < first_name.i
        and noun.pos_ in {"NOUN", ""}
        and noun.text not in CREDIT_WORDS  # "Image: Mark Rathbun" credits a photo
    ):
        words = [t for t in doc[noun.left_edge.i : noun.i + 1] if t.dep_ != "poss" and not t.is_punct]
        if words:
            titles.append((words[0].idx, words[-1].idx + len(words[-1])))
    return titles
