"""People: every person the story names, under the fullest name it gives them, with titles.

The statistical model finds most names but tags some surnames as organisations or places; a
one-word entity, or a capitalised word, that is a word of a person's fuller name is that person
(the nearest before it, else after it). A name the text describes as a person is one, whatever
the model tagged it ("Marta Kessel, an Ostrelian woman"), and a name it describes as a thing is not
("her graphic novel Night Harbour"). An honorific and a surname ("Ms Varnholt") join the fuller name.
Titles are the words of office written before the name ("Veldrian Defense Minister Ilse Varnholt")
or in apposition after it ("Tom Ray, editor at large at the Harbour Gazette"). Descriptions and
pronouns are resolved later, by `coreference`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Literal

from ..gazetteers.countries import Country, countries_in
from .bodies import org_key
from .cues import is_speech_word
from .entities import Entity
from .layout import CREDIT_WORDS
from .nlp import MODIFIER_DEPS, entity_of, span_of, text_of, tokens_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Ms|Mrs|Miss|Sir|Dame|Lady|Lord)\.?\s+\Z")
# Words of a title that say whether its bearer is a man or a woman.
_MALE_WORDS = frozenset({"king", "prince", "father", "son", "husband", "brother", "uncle", "nephew", "duke", "emperor"})
_FEMALE_WORDS = frozenset({
    "queen", "princess", "mother", "daughter", "wife", "sister", "aunt", "niece", "duchess", "empress", "actress",
})  # fmt: skip
# Stems that take "-woman" ("spokeswoman", "chairwoman"): a woman. Their "-man" forms say nothing,
# since many styles call a woman "spokesman" or "chairman".
_GENDERED_STEMS = frozenset(
    {"spokes", "chair", "congress", "business", "sales", "council", "police", "assembly", "fresh"}
)
# Lower-case words that belong to names ("Jan van Varnholt", "Omar bin Quellin").
_NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "del", "la", "le", "bin", "al", "ibn", "dos"}
)
# Title nouns that, after "the", stand for the person bearing the title ("the minister said").
TITLE_NOUNS = frozenset({
    "minister", "president", "secretary", "chancellor", "premier", "governor", "mayor", "senator", "ambassador",
    "chief", "director", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "prosecutor", "judge",
    "coach", "captain", "manager", "ceo", "leader", "commander", "general", "king", "queen", "prince", "pope",
    "bishop", "archbishop", "professor", "counterpart", "envoy", "founder", "executive", "administrator",
    "speaker", "colonel", "major", "sergeant", "lieutenant", "officer", "sheriff", "inspector", "detective",
    "superintendent", "admiral", "marshal", "justice", "rabbi", "imam", "cardinal", "father", "sister", "brother",
})  # fmt: skip
_HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Miss", "Dr", "Prof", "Sir", "Dame", "Lady", "Lord"})
_SURNAME_SIMILARITY = 0.8  # difflib ratio: "Varnholdt" / "Varnholt" is 0.93, "Smith" / "Smyth" 0.8
# Words that name things, places and bodies, never people; the model tags such names PERSON.
_NOT_PERSON_WORDS = frozenset({
    "Shuttle", "Center", "Centre", "Road", "Street", "Avenue", "Boulevard", "Gallery", "Museum", "University",
    "College", "School", "Hospital", "Airport", "Church", "Party", "Council", "Foundation", "Institute", "Instituto",
    "Park", "Bridge", "Station", "Stadium", "Results", "Company", "Corporation", "Inc", "Ltd", "Group", "Agency",
    "Ministry", "Department", "Office", "Court", "Committee", "Association", "Society", "Club", "League", "Team",
    "Times", "News", "Journal", "Herald", "Tribune", "Gazette", "Magazine", "Award", "Awards", "Prize", "Festival",
    "Expo", "Cup", "Championship", "Airlines", "Bank", "Fund",
})  # fmt: skip
# Definite articles of the languages whose papers English news cites: no person's name starts with one.
_ARTICLES = frozenset({"The", "Der", "Die", "Das", "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Het"})
# Nouns that describe a person in apposition to their name ("Marta Kessel, an Ostrelian woman").
PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "teenager", "child", "mother", "father", "wife", "husband", "son", "daughter",
    "resident", "student", "pupil", "worker", "farmer", "nurse", "doctor", "teacher", "activist", "volunteer",
    "pilgrim", "refugee", "migrant", "survivor", "victim", "witness", "mum", "dad", "grandmother", "grandfather",
})  # fmt: skip
# Nouns for works and vessels ("her graphic novel Night Harbour", "the cruise ship, Blue Gull").
WORK_NOUNS = frozenset({
    "novel", "book", "film", "movie", "album", "song", "game", "show", "series", "ship", "vessel", "boat", "yacht",
    "brand", "app", "website",
})  # fmt: skip
# Nouns that describe a thing, not a person, written before its name ("her graphic novel Night
# Harbour", "localist group Harbour Voice"); the model tags such names PERSON.
_THING_NOUNS = WORK_NOUNS | {
    "group", "party", "band", "company", "firm", "movement", "club", "organisation", "organization", "agency",
    "magazine", "newspaper",
}  # fmt: skip
# One-word entity labels the model gives surnames by mistake.
_MISTAKEN_LABELS = {"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}


def find_people(doc: Doc, keep: Callable[[int], bool]) -> list[Entity]:
    """Every person of *doc* named where *keep* says a mention counts, with the mentions of their
    names and shorter names, titles, country and (from an honorific or a title) gender."""
    lower = [token for token in tokens_of(doc) if token.text[:1].islower()]
    common = {token.lower_ for token in lower}
    adjectives = {token.lower_ for token in lower if token.pos_ == "ADJ"}
    verbs = {token.lower_ for token in lower if token.pos_ in {"VERB", "AUX"}}
    tagged = [
        span
        for entity in doc.ents
        if entity.label_ == "PERSON"
        and keep(entity.start_char)
        and (span := _name(entity, common, adjectives, verbs)) is not None
    ]
    bodies = {entity.text for entity in doc.ents if entity.label_ == "ORG" and len(entity) == 1}
    # A company's name without its designator ("Acme Shipping" of "Acme Shipping Inc.") is the company.
    companies = {org_key(_clean(entity.text)) for entity in doc.ents if entity.label_ == "ORG"}
    things = {
        _clean(span.text)
        for span in tagged
        if _described_as_thing(span) or _holds_a_body(span, bodies) or org_key(_clean(span.text)) in companies
    }
    full = sorted(
        [span for span in tagged if _clean(span.text) not in things]
        + [span for span in _described_as_people(doc) if keep(span.start_char)],
        key=lambda span: span.start,
    )
    text = text_of(doc)
    persons: list[Entity] = []
    for span in full:
        name = _clean(text[span.start_char : span.end_char])
        person = next((p for p in persons if p.name == name), None)
        if person is None:
            person = Entity("person", name)
            persons.append(person)
        person.add(span.start_char, span.end_char, "name")
        titles = _titles(span)
        person.titles += titles
        if person.country is None:
            person.country = _country(text, titles, *_place_in_coordination(span))
    persons = _merge_honorifics(persons)
    taken = {offset for person in persons for start, end, _ in person.mentions for offset in range(start, end)}
    for token in _single_word_mentions(doc, persons, taken, keep):
        person = _nearest(persons, token)
        if person is not None:
            person.add(token.idx, token.idx + len(token), "short")
    for person in persons:
        person.gender = person.gender or _gender_of(text, person)
    return persons


def person_words(person: Entity) -> set[str]:
    """The words of a person's name, case-folded."""
    return {word.strip(".,").casefold() for word in person.name.split()}


def _gender_of(text: str, person: Entity) -> Literal["male", "female"] | None:
    """A person's gender as the text marks it: an honorific before a mention ("Mr", "Ms") or a
    gendered word of a title ("spokeswoman", "duke")."""
    votes: set[str] = set()
    for start, _, _ in person.mentions:
        before = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
        if before:
            votes.add("male" if before.group(1).lower() in {"mr", "sir", "lord"} else "female")
    for start, end in person.titles:
        for word in re.findall(r"[a-z]+", text[start:end].lower()):
            if word in _MALE_WORDS:
                votes.add("male")
            elif word in _FEMALE_WORDS or (word.endswith("woman") and word[:-5] in _GENDERED_STEMS):
                votes.add("female")
    return votes.pop() if len(votes) == 1 else None  # type: ignore[return-value]


def _name(entity: Span, common: set[str], adjectives: set[str], verbs: set[str]) -> Span | None:
    """The person's name in a PERSON entity, or None when it is not a name of two words or more.
    Leading adjectives go, as does a sentence's first word that the article also writes as a
    lower-case adjective, capitalised only by its place ("Nonpartisan Tomas Quellin", where
    "nonpartisan" is written elsewhere; not "Rose Kessel" beside "prices rose"). A given name
    the model left out is added (*common*: the article's lower-case words). A hyphenated part
    stays ("Tam Siu-fai"), and a lower-case word that is not a name particle means the model
    took a phrase for a name ("pro-Veldra camp")."""
    doc, start, end = entity.doc, entity.start, entity.end
    if end - start == 1 and start > 0 and _untagged_given_name(doc[start - 1], entity, common):
        start -= 1
    while start < end and (
        doc[start].pos_ == "ADJ"
        or doc[start].is_punct
        or (doc[start].is_sent_start and doc[start].lower_ in adjectives and start + 2 < end)
        # "Said Tom Ray of the plan: ...": a verb opening an inverted attribution, not a name
        or (doc[start].is_sent_start and doc[start].lower_ in verbs and is_speech_word(doc[start].text))
        or (doc[start].text.rstrip(".") in _HONORIFICS and start + 2 < end)  # "Ms Ilse Varnholt" is Ilse Varnholt
    ):
        start += 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end - start > 2 and doc[end - 1].text in CREDIT_WORDS and end < len(doc) and doc[end].text == ":":
        end -= 1  # "Tomas Quellin Image: ..." on a photo caption
    words = [token for token in doc[start:end] if not token.is_punct and token.text != "'s"]
    if len(words) < 2 or any(_lower_word(token) for token in words):
        return None
    if any(token.text in _NOT_PERSON_WORDS for token in words):
        return None  # "Space Shuttle Veldra", "Quarry Lane Road", "Art Gallery"
    if words[0].text in _ARTICLES:
        return None  # a title with an article, as papers are named in many languages ("Die Woche")
    return span_of(doc, start, end, "PERSON")


def _described_as_thing(name: Span) -> bool:
    """Whether the noun just before the name says it is a thing ("her graphic novel Night Harbour",
    "localist group Harbour Voice's ..."), not a person doing something to one ("the film Tomas
    Quellin directed")."""
    doc = name.doc
    if name.start == 0 or doc[name.start - 1].lower_ not in _THING_NOUNS:
        return False
    noun, root = doc[name.start - 1], name.root
    related = (noun.dep_ == "compound" and noun.head == root) or (root.dep_ == "appos" and root.head == noun)
    return related and not (name.end < len(doc) and doc[name.end].pos_ in {"VERB", "AUX"})


def _holds_a_body(name: Span, bodies: set[str]) -> bool:
    """Whether a "name" begins with a word the text names as an organisation on its own ("Acme
    Wire" in "the Acme Wire account", where "Acme" is a company): not a person's name."""
    return name[0].text in bodies


def _described_as_people(doc: Doc) -> list[Span]:
    """Names the model did not tag as people but the text describes as one ("Marta Kessel, an
    Ostrelian woman"): two capitalised words or more in apposition with a noun for a person."""
    found = []
    for token in tokens_of(doc):
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
    name after it: the model tagged only "Quellin" of "pro-establishment nonpartisan Tomas Quellin"."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not token.ent_type_
        and token.dep_ == "compound"
        and token.head == surname.root
        and token.lower_ not in common | TITLE_NOUNS
        and not token.text.endswith(".")  # "Gov. Quellin", "Sen. Kessel": an abbreviated title
        and token.text not in _HONORIFICS
    )


def _merge_honorifics(persons: list[Entity]) -> list[Entity]:
    """ "Ms Varnholdt" is the Ilse Varnholt named elsewhere: an honorific and a surname that is, or
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
            for start, end, _ in person.mentions:
                similar[0].add(start, end, "short")
            similar[0].titles += person.titles
            similar[0].gender = similar[0].gender or _gender_of_honorific(person.name)
        else:
            kept.append(person)
    return sorted(kept, key=lambda person: person.first)


def _gender_of_honorific(name: str) -> Literal["male", "female"] | None:
    honorific = name.split()[0].rstrip(".").lower()
    return (
        "male"
        if honorific in {"mr", "sir", "lord"}
        else "female"
        if honorific in {"ms", "mrs", "miss", "dame", "lady"}
        else None
    )


def _lower_word(token: Token) -> bool:
    """A lower-case word that is neither a name particle nor the end of a hyphenated name ("Siu-fai")."""
    joined = token.i > 0 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_
    return token.text[:1].islower() and token.lower_ not in _NAME_PARTICLES and not joined


def _clean(name: str) -> str:
    """The name without a possessive or a full stop read into its last word ("Tomas Ma.")."""
    name = name.removesuffix("'s").removesuffix("\u2019s").strip()
    last = name.split()[-1]
    return name[:-1] if last.endswith(".") and len(last) > 2 and "." not in last[:-1] else name


def country_of(person: Entity, event_country: Country | None) -> tuple[Country | None, bool]:
    """The person's country, and whether it is inferred: with no nationality written for them, a
    person is taken to be of the country where the event took place (local news is about locals)."""
    if person.country is not None:
        return person.country, False
    return event_country, event_country is not None


def _single_word_mentions(
    doc: Doc, persons: list[Entity], named: set[int], keep: Callable[[int], bool]
) -> Iterable[Token]:
    """Capitalised words that are a word of some person's fuller name and not already inside one."""
    name_words = set().union(*(person_words(person) for person in persons)) if persons else set()
    for token in tokens_of(doc):
        if token.idx in named or not token.text[:1].isupper() or token.text.casefold() not in name_words:
            continue
        if not keep(token.idx):
            continue
        entity = entity_of(token)
        # Not a word of a longer name ("Ilse Varnholt", "Varnholt Foundation"), nor a one-word entity of a
        # kind the model does not confuse with surnames (a date, a number).
        if entity is not None and (len(entity) > 1 or entity.label_ not in _MISTAKEN_LABELS | {"PERSON"}):
            continue
        yield token


def _nearest(persons: list[Entity], token: Token) -> Entity | None:
    """The person whose fuller name holds the word, mentioned nearest before it (else nearest after)."""
    word = token.text.casefold()
    holders = [person for person in persons if word in person_words(person)]
    if not holders:
        return None

    def distance(person: Entity) -> tuple[bool, int]:
        before = [token.idx - start for start, _, _ in person.mentions if start < token.idx]
        if before:
            return False, min(before)
        return True, min(start - token.idx for start, _, _ in person.mentions)

    return min(holders, key=distance)


def _coordination(entity: Span) -> tuple[Token, list[Token]]:
    """The first name of the coordination the entity is in ("Quellin and Kessel") and all its names' heads."""
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
    ("his Moldovan and Paraguayan counterparts Tomas Quellin and Marta Kessel")."""
    for start, end in titles:
        found = [item for _, _, item in countries_in(text[start:end])]
        if len(found) == 1:
            return found[0]
        if count > 1 and len(found) == count:
            return found[position]
    return None


def _titles(entity: Span) -> list[tuple[int, int]]:
    """Words of office before the name in its noun phrase, an apposition after it, or the noun the
    name (or the coordination it is in) stands in apposition to ("counterparts Tomas Quellin")."""
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
            # Not an age ("Ilse Varnholt, 45,") nor other names ("..., Tom Ray and Eva Lund").
            if child.pos_ != "NUM" and not any(token.ent_type_ == "PERSON" for token in span):
                titles.append((span.start_char, span.end_char))
    first_name, _ = _coordination(entity)
    noun = first_name.head
    if (
        first_name.dep_ == "appos"
        and noun.i < first_name.i
        and noun.pos_ in {"NOUN", ""}
        and noun.text not in CREDIT_WORDS  # "Image: Tomas Quellin" credits a photo
    ):
        words = [t for t in doc[noun.left_edge.i : noun.i + 1] if t.dep_ != "poss" and not t.is_punct]
        if words:
            titles.append((words[0].idx, words[-1].idx + len(words[-1])))
    return titles
