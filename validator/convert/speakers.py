"""Who speaks: the speaker (and the relay) of a speech verb, found in the parse.

The subject of the verb, climbing from "to assure" to "took" ("took to a social network to assure"); the
passive subject with the agent as relay ("was quoted by the ministry as condemning"); the object
of "according to"; a named entity holding the subject, in apposition to it, owning it ("PC
World's analysis concluded") or standing between it and the verb ("Veldra's Prime Minister,
Tomas Quellin said"); a person named just before a subjectless verb; and the others coordinated
with the subject. The speaker is returned as written: naming the person is the people stage's work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .cues import is_request
from .lexicon import verb_base
from .nlp import entity_of, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECTS = {"nsubj", "nsubjpass"}
# Links from a speech verb up to the verb whose subject speaks ("took to a social network to assure",
# "quoted as condemning").
_CLIMB = {"conj", "xcomp", "advcl", "pcomp", "prep"}
INSTITUTIONS = {"ORG", "GPE", "NORP"}
PRONOUNS = {"he", "she", "they", "i", "we"}
# Nouns for people and institutions that speak ("officials", "the ministry", "61 percent" of those
# asked), not documents or findings ("the report says" is a finding, not a statement); a plural
# "s" is taken off when looking one up.
_SPEAKER_NOUN_WORDS = """
official spokesman spokeswoman spokesperson minister president premier chancellor secretary governor mayor senator
lawmaker legislator mp diplomat ambassador envoy leader chief head director chairman chairwoman chair ceo founder
executive manager owner researcher scientist expert analyst economist author writer journalist reporter editor critic
lawyer attorney prosecutor judge court police officer investigator detective commander general soldier army military
government ministry department agency authority authorities council committee commission board company firm group
organisation organization union party campaigner activist protester resident witness victim survivor family parent
teacher student doctor nurse professor academic historian priest bishop church spokesmen spokeswomen people fan
player coach team member source sources observer organiser organizer researchers aide adviser advisor campaign
voter supporter friend insider administration newspaper candidate nominee lawmaker congressman congresswoman
senator governor representative delegate staffer staff employee worker user owner customer analyst commentator
critic opponent rival ally partner insider neighbour neighbor relative father mother wife husband son daughter man
woman boy girl host anchor moderator panel jury prosecutors defense defence campaigner protester demonstrator
percent majority minority half many most others some few politician poster blogger brigade firefighter rescuer
paramedic medic country nation state side spokespeople representative negotiator delegation envoy monarch king queen
prince princess pope cleric imam rabbi pastor athlete star actor actress singer artist musician director producer
chef farmer fisherman shopkeeper owner landlord tenant prisoner inmate detainee suspect defendant plaintiff claimant
"""
SPEAKER_NOUNS = frozenset(_SPEAKER_NOUN_WORDS.split())
# Endings of nouns for people by what they do or are: "strategist", "politician", "businesswoman".
_PERSON_ENDINGS = ("ist", "ists", "ian", "ians", "man", "men", "woman", "women", "person", "people")
# Documents through which a body or a person speaks, whose owner speaks ("the ministry's statement
# said"); quoted words a document holds are its author's, as written.
DOCUMENT_NOUNS = frozenset(
    "statement statements analysis report study letter email ad advert advertisement editorial article post tweet "
    "blog column review survey poll release memo website account complaint lawsuit filing petition".split()
)
SPEECH_ACT_NOUNS = frozenset("statement statements remarks speech address comment comments letter post tweet".split())
# Words that count people ("many of the leaders", "61 percent of voters").
QUANTIFIERS = frozenset("many some most several few others all both half majority minority number percent one".split())
_GROUP_REACH = 3  # sentences back to the body a "they" stands for
_NAMED_BEFORE_REACH = 5  # tokens: "Ilse Varnholt , SC , said"


@dataclass(frozen=True, slots=True)
class Mention:
    """Words of the text, `text[start:end]`."""

    start: int
    end: int
    text: str
    label: str | None = None
    proper: bool = False  # a proper name the model did not tag as an entity ("Kessel")


def mention_of(span: Span | Doc | Sequence[Token], label: str | None = None) -> Mention:
    """The words of tokens as a mention, without a possessive ending ("the Gazette's")."""
    tokens = list(span)
    while len(tokens) > 1 and tokens[-1].dep_ == "case":
        tokens.pop()
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Mention(start, end, text_of(tokens[0].doc)[start:end], label)


def speaker_of(verb: Token) -> tuple[Mention | None, Mention | None]:
    """The speaker and the relay of a speech verb."""
    if verb.lower_ == "according":
        to = verb.nbor(1)
        objects = [child for child in to.children if child.dep_ == "pobj"]
        return (noun_phrase(objects[0]), None) if objects else (None, None)
    head, subjects = subjects_of(verb)
    if not subjects:
        return _named_before(verb) or _participle_speaker(verb), None
    if subjects[0].lower_ in {"there", "what"}:
        return None, None
    relayed = None
    if subjects[0].dep_ == "nsubjpass":
        agents = [child for child in head.children if child.dep_ == "agent"]
        objects = [child for agent in agents for child in agent.children if child.dep_ == "pobj"]
        agent = noun_phrase(objects[0]) if objects else None
        if is_request(head):
            return agent, None  # "were asked by the board to resign": the one asked only hears
        relayed = agent
    return noun_phrase(subjects[0], head), relayed


def _participle_speaker(verb: Token) -> Mention | None:
    """Who speaks through a participle that has no subject: the issuer of a statement "calling"
    for something (its owner, else the subject of the verb it is the object of: "she issued a
    statement calling ..."), or the people "saying" something ("the share of voters saying ...")."""
    if verb.dep_ != "acl" or verb.head.i == verb.i:
        return None
    noun = verb.head
    if noun.lower_ in SPEECH_ACT_NOUNS:
        owners = [child for child in noun.children if child.dep_ == "poss"]
        if owners:
            return noun_phrase(owners[0])
        if noun.dep_ in {"dobj", "pobj"}:
            governor = noun.head if noun.dep_ == "dobj" else noun.head.head
            _, subjects = subjects_of(governor)
            return noun_phrase(subjects[0], governor) if subjects else None
        return None
    if noun.pos_ in {"NOUN", "PROPN"}:
        found = noun_phrase(noun)
        return found if can_speak(found) else None
    return None


def subjects_of(verb: Token) -> tuple[Token, list[Token]]:
    """The verb whose subject speaks (climbing from "to assure" to "took"), and its subjects; the
    object of a verb an infinitive completes is that infinitive's subject ("led the mayor to say",
    "urged the board to reject"), except after "promise", whose subject does both."""
    head = verb
    while True:
        subjects = [child for child in head.children if child.dep_ in SUBJECTS]
        if subjects or head.dep_ not in _CLIMB or head.head.i == head.i:
            return head, subjects
        if head.dep_ == "xcomp" and verb_base(head.head.text) != "promise":
            objects = [child for child in head.head.children if child.dep_ == "dobj" and child.i < head.i]
            if objects:
                return head, objects
        head = head.head


def co_speakers(verb: Token) -> list[Mention]:
    """The others named with the speaker as subjects ("the school district and the police said")."""
    if verb.lower_ == "according":
        return []
    _, subjects = subjects_of(verb)
    found, conjuncts = [], [child for child in subjects[0].children if child.dep_ == "conj"] if subjects else []
    while conjuncts:
        conjunct = conjuncts.pop(0)
        entity = entity_of(conjunct)
        if entity is not None and entity.label_ in {"PERSON", "ORG"}:
            found.append(mention_of(entity, entity.label_))
        conjuncts += [child for child in conjunct.children if child.dep_ == "conj"]
    return found


def _named_before(verb: Token) -> Mention | None:
    """A person named just before a main verb the parser gave no subject ("Ilse Varnholt,
    SC, said that ..."): within a few words, commas and an appositive title between."""
    for token in reversed(verb.doc[max(verb.sent.start, verb.i - _NAMED_BEFORE_REACH) : verb.i]):
        entity = entity_of(token)
        if entity is not None and entity.label_ == "PERSON" and verb.dep_ == "ROOT":
            return mention_of(entity, entity.label_)
    return None


def _group_before(pronoun: Token) -> Mention | None:
    """The body a "they" or "we" stands for: the last organisation, country or group that was the
    subject of a sentence in its own or the three before ("The Church denied ... They also claimed")."""
    sentence = pronoun.sent
    for _ in range(_GROUP_REACH + 1):
        bodies = [
            entity
            for entity in sentence.ents
            if entity.label_ in INSTITUTIONS and entity.root.dep_ in SUBJECTS and entity.end <= pronoun.i
        ]
        if bodies:
            return mention_of(bodies[-1], bodies[-1].label_)
        if sentence.start == 0:
            return None
        sentence = pronoun.doc[sentence.start - 1].sent
    return None


def _issuer_before(document: Token) -> Mention | None:
    """Who issued the document "the statement" refers back to: the subject of the verb that took
    it as its object in the same sentence or the one before ("Tom Ray issued a statement. ... the
    statement read")."""
    doc = document.doc
    start = doc[document.sent.start - 1].sent.start if document.sent.start > 0 else document.sent.start
    for token in reversed(doc[start : document.i]):
        if token.lower_ == document.lower_ and token.dep_ == "dobj":
            _, subjects = subjects_of(token.head)
            return noun_phrase(subjects[0], token.head) if subjects else None
    return None


def noun_phrase(token: Token, verb: Token | None = None) -> Mention:
    """The named entity holding the token, or one in apposition to it ("the CEO, Marta Kessel,"),
    or the one person named in its phrase or between it and the verb ("American academic and
    professor Tomas Quellin commented", "Veldra's Prime Minister, Tomas Quellin said"), or else
    the token with its determiners, modifiers and compounds."""
    if token.lower_ in {"who", "whom", "which", "that"} and token.head.dep_ == "relcl":
        token = token.head.head  # "Smith, who said ...": Smith
    if token.lower_ in {"they", "we"} and (group := _group_before(token)) is not None:
        return group
    for candidate in (token, *(child for child in token.children if child.dep_ == "appos")):
        entity = entity_of(candidate)
        if entity is not None and entity.label_ in {"PERSON"} | INSTITUTIONS:
            return mention_of(entity, entity.label_)
    owners = [entity_of(child) for child in token.children if child.dep_ == "poss"]
    owner = next(
        (entity for entity in owners if entity is not None and entity.label_ in {"PERSON"} | INSTITUTIONS), None
    )
    if owner is not None and token.lower_ in DOCUMENT_NOUNS:
        # "Veldra Weekly's analysis concluded": the weekly speaks through it; but "her advisers
        # said" is the advisers, not her.
        return mention_of(owner, owner.label_)
    if token.lower_ in DOCUMENT_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        issuer = _issuer_before(token)
        if issuer is not None:
            return issuer
    phrase = list(token.subtree)
    if verb is not None and verb.i > phrase[-1].i:
        phrase += list(token.doc[phrase[-1].i + 1 : verb.i])
    people = {
        entity.start: entity for t in phrase if (entity := entity_of(t)) is not None and entity.label_ == "PERSON"
    }
    if len(people) == 1:
        (person,) = people.values()
        return mention_of(person, person.label_)
    keep = {"compound", "amod", "det", "poss", "case", "flat", "nmod", "nummod"}
    start = min([token.i, *(t.i for t in token.subtree if t.dep_ in keep and t.i < token.i)])
    end = token.i
    if token.lower_ in QUANTIFIERS:
        # "Many of the party's leaders", "61 percent of voters": the people counted speak.
        counted = [child for child in token.children if child.dep_ == "prep" and child.lower_ == "of"]
        if counted:
            end = counted[0].right_edge.i
    return replace(mention_of(token.doc[start : end + 1]), proper=token.pos_ == "PROPN")


def can_speak(speaker: Mention, *, quoted: bool = False) -> bool:
    """Whether a speaker is someone: a named person or body, a pronoun, or a noun for people or a
    body ("officials", "the researchers", "the fire brigade", "61 percent"), not a document, a
    finding or a thing ("estimates", "the results", "the report": what research finds is not a
    statement; "the request", "the plan"). Words *quoted* from a document ("the letter read: ...")
    are its author's, and the document names them."""
    if speaker.label in {"PERSON", "ORG", "GPE", "NORP"} or speaker.proper or speaker.text.lower() in PRONOUNS:
        return True
    words = speaker.text.split()
    head = words[-1].lower().removesuffix("'s").removesuffix("\u2019s") if words else ""
    if any(form in SPEAKER_NOUNS for form in _singular_forms(head)) or head.endswith(_PERSON_ENDINGS):
        return True
    return quoted and head in DOCUMENT_NOUNS


def _singular_forms(noun: str) -> set[str]:
    """The noun and the singulars its plural ending can stand for ("witnesses": "witness",
    "families": "family", "officials": "official")."""
    forms = {noun}
    if noun.endswith("s"):
        forms.add(noun[:-1])
    if noun.endswith("es"):
        forms.add(noun[:-2])
    if noun.endswith("ies"):
        forms.add(noun[:-3] + "y")
    return forms
