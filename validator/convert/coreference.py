"""Entity tracking: names, shorter names, descriptions and pronouns gathered into one entity each.

The passes run surest first, each adding mentions to the entities the earlier ones found (after
the multi-pass sieve of Lee et al. 2013):

1. names: people (`people`), then organisations, countries, places and groups (`bodies`), with
   the shorter forms of each name ("Varnholt", "Ms Varnholt", "the Board", "HTB", "Acme" for "Acme Inc.");
2. descriptions: a definite noun phrase stands for the entity named before it that the text
   described with that noun ("automaker Acme ... the automaker", "Finance Minister Ilse Varnholt ...
   the minister", "Tom Ray, 45, ... the 45-year-old"), else for the nearest entity of a fitting
   kind within a few sentences ("the company" for a company, "the ministry" for a public body,
   "the country" for a country, "the woman" for a woman);
3. pronouns: "he" and "she" stand for the person of that gender (or of no known gender) named
   nearest before them, in their own sentence or the few before: in their own sentence the
   subject of a verb above them ("Tom Ray said he would stay"), else the last subject; in a
   sentence before, the subject of its main clause; "it" and "they" as subjects stand for the
   body that was the subject nearest before them.

A person's gender comes from the text: an honorific, a gendered title ("spokeswoman"), and a
"he" or "she" that can stand for no one else.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .bodies import find_bodies
from .entities import Entities, Entity, Mention, in_story
from .nlp import MODIFIER_DEPS, tokens_of
from .people import PERSON_NOUNS, TITLE_NOUNS, find_people

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .layout import Layout

# Nouns that, after "the", stand for a company, a public body, a country or either kind of body.
_COMPANY_NOUNS = frozenset({
    "company", "firm", "carmaker", "automaker", "manufacturer", "maker", "bank", "retailer", "airline", "insurer",
    "lender", "business", "giant", "conglomerate", "startup", "developer", "publisher", "studio", "chain", "operator",
    "supplier", "brand", "corporation", "broadcaster", "network", "newspaper", "outlet", "website", "platform",
    "label", "producer", "provider", "utility", "miner", "distributor", "exchange",
})  # fmt: skip
_PUBLIC_NOUNS = frozenset({
    "agency", "ministry", "department", "regulator", "watchdog", "commission", "committee", "council", "court",
    "government", "administration", "authority", "authorities", "police", "parliament", "congress", "senate",
    "military", "army", "navy", "cabinet", "embassy", "office", "bureau", "service", "tribunal", "panel", "board",
    "legislature", "assembly", "regime", "union", "party", "bloc", "alliance", "organisation", "organization", "body",
    "group", "team", "club", "university", "school", "hospital", "charity", "institute", "foundation", "association",
})  # fmt: skip
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "regime", "government", "administration"})
_GENDERED_PERSON_NOUNS = {
    "man": "male", "boy": "male", "woman": "female", "girl": "female", "mother": "female", "father": "male",
}  # fmt: skip
_DETERMINERS = frozenset({"the", "this", "that"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_BODY_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_AGE = re.compile(r"\A,\s*(\d{1,3})\s*,")
_AGED = re.compile(r"\b(?:the|a|an)\s+(\d{1,3})-year-old\b", re.IGNORECASE)
DESCRIPTION_REACH = 4  # sentences back to an entity a description stands for, unless the text described it so
PRONOUN_REACH = 3  # sentences back to the person a pronoun stands for
BODY_PRONOUN_REACH = 2  # sentences back to the body an "it" or a "they" stands for


@dataclass(frozen=True, slots=True)
class _Site:
    """A mention as an antecedent: where it is, its entity, its sentence and whether it is a subject."""

    mention: Mention
    entity: Entity
    sentence: int
    subject: bool
    modifier: bool
    depth: int  # steps from its head up to the root of its sentence


def track_entities(doc: Doc, layout: Layout, sentence_starts: Sequence[int]) -> Entities:
    """Every entity of *doc* with every mention of it (*sentence_starts*: the first token of each sentence)."""

    def keep(offset: int) -> bool:
        return in_story(layout, offset)

    persons = find_people(doc, keep)
    bodies = find_bodies(doc, keep, persons)
    entities = persons + bodies
    tracker = _Tracker(doc, entities, sentence_starts)
    _ages(tracker.text, persons)
    for token in tokens_of(doc):
        lower = token.lower_
        resolve: Callable[[Token], None]
        if token.pos_ == "NOUN" or lower == "old":
            resolve = tracker.description
        elif lower in _MALE or lower in _FEMALE:
            resolve = tracker.person_pronoun
        elif lower in _BODY_PRONOUNS and token.dep_ in _SUBJECTS | {"poss"}:
            resolve = tracker.body_pronoun
        else:
            continue
        if keep(token.idx) and not tracker.taken(token.idx):
            resolve(token)
    return Entities.of(entities)


def _ages(text: str, persons: list[Entity]) -> None:
    """ "Tom Ray, 45, said": the age after a name describes the person ("the 45-year-old")."""
    for person in persons:
        for _, end, _ in person.mentions:
            if age := _AGE.match(text, end):
                person.descriptors.add(f"{age.group(1)}-year-old")


class _Tracker:
    """The entities' mentions as antecedents, sentence by sentence, extended as mentions are added."""

    def __init__(self, doc: Doc, entities: list[Entity], sentence_starts: Sequence[int]) -> None:
        from .nlp import text_of

        self.doc = doc
        self.text = text_of(doc)
        self.entities = entities
        self.sentence_starts = list(sentence_starts)
        self._sentence_of = self._token_sentences(len(doc))
        self._offsets: set[int] = set()
        self.sites: list[_Site] = []
        self._site_starts: list[int] = []
        for entity in entities:
            for mention in entity.mentions:
                self._remember(mention, entity)

    def _token_sentences(self, length: int) -> list[int]:
        index, starts, found = -1, self.sentence_starts, []
        for i in range(length):
            while index + 1 < len(starts) and starts[index + 1] <= i:
                index += 1
            found.append(max(index, 0))
        return found

    def _remember(self, mention: Mention, entity: Entity) -> None:
        self._offsets.update(range(mention.start, mention.end))
        token = self._head(mention)
        if token is None:
            return
        site = _Site(
            mention,
            entity,
            self._sentence_of[token.i],
            token.dep_ in _SUBJECTS,
            token.dep_ in MODIFIER_DEPS,
            _depth(token),
        )
        index = bisect.bisect_right(self._site_starts, mention.start)
        self._site_starts.insert(index, mention.start)
        self.sites.insert(index, site)

    def _head(self, mention: Mention) -> Token | None:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def taken(self, offset: int) -> bool:
        return offset in self._offsets

    def _add(self, entity: Entity, start: int, end: int, kind: str) -> None:
        entity.add(start, end, kind)  # type: ignore[arg-type]
        self._remember(Mention(start, end, kind), entity)  # type: ignore[arg-type]

    def _before(self, offset: int, sentence: int, reach: int, accept: Callable[[Entity], bool]) -> list[_Site]:
        """Antecedent sites ending before *offset*, in sentences *sentence* - *reach* to *sentence*,
        of entities *accept* takes, in text order."""
        found = []
        index = bisect.bisect_left(self._site_starts, offset)
        while index > 0:
            index -= 1
            site = self.sites[index]
            if site.sentence < sentence - reach:
                break
            if site.mention.end <= offset and site.sentence <= sentence and accept(site.entity):
                found.append(site)
        found.reverse()
        return found

    def description(self, noun: Token) -> None:
        """A definite description standing for an entity named before it."""
        word = noun.lower_
        determiner = next(
            (child for child in noun.children if child.dep_ == "det" and child.lower_ in _DETERMINERS), None
        )
        if determiner is None and word in TITLE_NOUNS:
            # "the company's managing director": a possessor makes a title as definite as "the".
            determiner = next((child for child in noun.children if child.dep_ == "poss"), None)
            if determiner is not None:
                determiner = determiner.left_edge
        elif determiner is not None and any(
            child.dep_ in {"compound", "poss"} and (child.pos_ == "PROPN" or child.ent_type_) for child in noun.children
        ):
            return  # a named thing ("the Acme company"), not a description of one named before
        if determiner is None or determiner.i > noun.i:
            return
        start, end = determiner.idx, noun.idx + len(noun)
        sentence = self._sentence_of[noun.i]
        aged = _AGED.match(self.text, start) if word == "old" else None
        if aged is not None:
            wanted = f"{aged.group(1)}-year-old"
            self._link(start, end, sentence, lambda e: e.type == "person" and wanted in e.descriptors, far=True)
            return
        if word in TITLE_NOUNS or word in PERSON_NOUNS:
            described = lambda e: e.type == "person" and word in _words_describing(self.text, e)  # noqa: E731
            if self._link(start, end, sentence, described, far=True):
                return
            gender = _GENDERED_PERSON_NOUNS.get(word)
            if gender is not None:
                self._link(start, end, sentence, lambda e: e.type == "person" and e.gender in {None, gender}, reach=1)
            return
        kinds = _kinds_for(word)
        if not kinds:
            return
        described = lambda e: e.type != "person" and word in e.descriptors  # noqa: E731
        if self._link(start, end, sentence, described, far=True):
            return
        self._link(start, end, sentence, lambda e: _fits(e, word, kinds))

    def _link(
        self,
        start: int,
        end: int,
        sentence: int,
        accept: Callable[[Entity], bool],
        *,
        far: bool = False,
        reach: int = DESCRIPTION_REACH,
    ) -> bool:
        """Link the description to the entity *accept* takes that was mentioned nearest before it
        (a subject first within a sentence); *far*: at any distance."""
        sites = self._before(start, sentence, len(self.sentence_starts) if far else reach, accept)
        if not sites:
            return False
        best = max(sites, key=lambda site: (site.sentence, site.subject and not site.modifier, site.mention.start))
        self._add(best.entity, start, end, "description")
        return True

    def person_pronoun(self, pronoun: Token) -> None:
        """ "he" or "she": the person of that gender (or unknown) nearest before, subjects first."""
        gender = "male" if pronoun.lower_ in _MALE else "female"
        sentence = self._sentence_of[pronoun.i]
        for back in range(PRONOUN_REACH + 1):
            sites = [
                site
                for site in self._before(pronoun.idx, sentence - back, 0, lambda e: e.type == "person")
                if not site.modifier
            ]
            fitting = [site for site in sites if site.entity.gender in {None, gender}]
            if not fitting:
                continue  # no one here it can stand for: look a sentence further back
            subjects = [site for site in fitting if site.subject]
            if back == 0:
                chosen = self._governing_subject(pronoun, subjects) or (subjects or fitting)[-1]
            else:
                # The subject of the main clause before a nested one's ("Tom Ray said Ana Lund had
                # called. He ..." is Tom Ray), the later on a tie.
                chosen = min(subjects, key=lambda site: (site.depth, -site.mention.start)) if subjects else fitting[-1]
            if chosen.entity.gender is None and all(site.entity is chosen.entity for site in sites):
                chosen.entity.gender = gender  # type: ignore[assignment]  # the only one it can stand for
            self._add(chosen.entity, pronoun.idx, pronoun.idx + len(pronoun), "pronoun")
            return

    def _governing_subject(self, pronoun: Token, subjects: list[_Site]) -> _Site | None:
        """The subject of the nearest verb above the pronoun that has one among *subjects* ("Tom
        Ray said he would stay": Tom Ray), a verb coordinated with another sharing its subject."""
        by_token = {self._head(site.mention).i: site for site in subjects}  # type: ignore[union-attr]
        token = pronoun
        while token.head.i != token.i:
            token = token.head
            for child in token.children:
                if child.dep_ in _SUBJECTS and child.i != pronoun.i and child.i in by_token:
                    return by_token[child.i]
        return None

    def body_pronoun(self, pronoun: Token) -> None:
        """ "it" or "they" as a subject (or "its", "their"): the body that was the subject nearest before."""
        sentence = self._sentence_of[pronoun.i]
        plural = pronoun.lower_ in {"they", "them", "their"}
        sites = [
            site
            for site in self._before(
                pronoun.idx,
                sentence,
                BODY_PRONOUN_REACH,
                lambda e: e.type in {"organisation", "country"} or (plural and e.type == "group"),
            )
            if site.subject
        ]
        if sites:
            chosen = sites[-1]
            self._add(chosen.entity, pronoun.idx, pronoun.idx + len(pronoun), "pronoun")


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _words_describing(text: str, person: Entity) -> set[str]:
    """The words of a person's titles and descriptors ("minister" of "Defense Minister")."""
    words = set(person.descriptors)
    for start, end in person.titles:
        words |= {word.casefold() for word in re.findall(r"[A-Za-z][\w-]*", text[start:end])}
    return words


def _kinds_for(noun: str) -> set[str]:
    kinds = set()
    if noun in _COMPANY_NOUNS:
        kinds.add("company")
    if noun in _PUBLIC_NOUNS:
        kinds.add("public")
    if noun in _COUNTRY_NOUNS:
        kinds.add("country")
    return kinds


_PUBLIC_NAME_WORDS = frozenset(word.capitalize() for word in _PUBLIC_NOUNS - {"group", "team", "club"})


def _fits(entity: Entity, noun: str, kinds: set[str]) -> bool:
    """Whether a body can be what the noun describes: a country is a country, a body whose name
    or descriptors say it is public is no company, and one that says nothing fits either."""
    if entity.type == "country":
        return "country" in kinds
    if entity.type != "organisation":
        return False
    public = bool(set(entity.name.split()) & _PUBLIC_NAME_WORDS) or bool(entity.descriptors & _PUBLIC_NOUNS)
    company = bool(entity.descriptors & _COMPANY_NOUNS)
    if public and not company:
        return "public" in kinds
    if company and not public:
        return "company" in kinds
    return bool(kinds & {"company", "public"})
