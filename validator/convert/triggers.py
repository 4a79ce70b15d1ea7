"""Event triggers: the verbs and nouns of a sentence that report an event, with its kind and weight.

A word reports an event when the lexicon (`lexicon`) gives it a kind, as a verb or as a noun
("raided", "the raid", "press conference"), settled by its object or subject where the word alone
does not say ("launched a missile", "an earthquake struck"); a light verb passes on the kind of the
event its object names ("held talks"). How much a trigger says about what the sentence reports
depends on where it stands in the parse: the main predicate says most, a predicate it governs or an
argument of it less, a word in an adjunct or a modifier least. A negated predicate reports
something that did not happen. A verb of speech that reports a clause ("X happened, police said";
"police said that X happened") is how the news is sourced: it weighs little when the clause
itself reports an event of a specific kind that happened, and is the event (a statement) when the
clause reports none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# How much a trigger weighs by where it stands in its sentence's parse.
MAIN_WEIGHT = 1.0  # the main predicate, or the predicate of the clause a main verb of speech reports
GOVERNED_WEIGHT = 0.7  # a predicate the main one governs, or an argument of the main predicate
ADJUNCT_WEIGHT = 0.4  # anywhere else in the sentence
MODIFIER_WEIGHT = 0.25  # a noun that only qualifies another ("the attack suspect")
THING_WEIGHT = 0.2  # an event noun that names a thing or is mentioned in passing
# Prepositions that set the main predicate in an event ("killed in a crash", "said during the
# talks"); "after" or "before" an event sets it in time against another one.
_SETTING_PREPOSITIONS = frozenset({"during", "at", "in", "amid"})
LAY_FACTOR = 0.3  # "according to" no one in particular
NEGATED_FACTOR = 0.2  # "has not launched": what did not happen is not the event
HYPOTHETICAL_FACTOR = 0.4  # "would shoot", "could meet": what might happen is not the event
SOURCING_FACTOR = 0.25  # a verb of speech reporting a clause that itself reports a specific event
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis", "acl", "relcl", "pcomp"})
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "pobj", "appos"})
_MODAL_WORDS = frozenset({"would", "could", "might", "may", "should", "will", "can", "must", "'d", "wo", "ca"})
_HYPOTHETICAL_WORDS = frozenset({"would", "could", "might", "may", "should", "'d", "can", "ca"})
_VERB_TAGS = frozenset({"VERB", "AUX"})
_TIMES = frozenset({"DATE", "TIME"})
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that reports an event: token `doc[token]`, its kind and weight in its sentence."""

    token: int
    start: int
    end: int
    kind: str
    weight: float
    reported: bool = False
    """Whether the trigger stands in a clause a verb of speech reports ("police said X happened")."""


def triggers_in(sentence: Span) -> list[Trigger]:
    """Every trigger of *sentence*, in text order."""
    root = _main_predicate(sentence)
    content = _reported_clause(root)
    main = {root.i} | ({content.i} if content is not None else set())
    found = []
    for token in sentence:
        kind, head = kind_of(token)
        if kind is None or head is None:
            continue
        weight = _position_weight(head, main)
        if is_negated(head):
            weight *= NEGATED_FACTOR
        elif _hypothetical(head):
            weight *= HYPOTHETICAL_FACTOR
        if kind in lexicon.SPEECH_KINDS and _lay_speaker(head):
            kind = "other"  # what people who speak for themselves say is news of another kind
        reported = content is not None and _inside(head, content)
        found.append(Trigger(head.i, head.idx, head.idx + len(head), kind, weight, reported))
    return _one_per_word(_sourced(sentence, root, found, _according_to(sentence, root)))


def _main_predicate(sentence: Span) -> Token:
    """The sentence's main predicate: its root, or the verb a headline's nominal root governs
    ("At least 40 [people] killed in ...")."""
    root = sentence.root
    if root.pos_ not in _VERB_TAGS:
        verbs = [child for child in root.children if child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB"]
        if verbs:
            return verbs[0]
    return root


def _sourced(sentence: Span, root: Token, found: list[Trigger], according: list[Trigger]) -> list[Trigger]:
    """Weigh what attributes a clause against what the clause reports. A neutral verb of speech
    ("said", "told") or "according to" attributing a clause that itself reports a specific event
    that happened is how the news is sourced, and weighs little; a verb of contested assertion
    ("claimed", "alleged") is the event, and what it reports weighs little, since the news does
    not assert it."""
    doc = sentence.doc
    if root.i in {t.token for t in found if t.kind in lexicon.SPEECH_KINDS} and any(t.reported for t in found):
        if lexicon.verb_base(root.text) in lexicon.CLAIM_VERBS:
            return [_scaled(t, SOURCING_FACTOR) if t.reported else t for t in found] + according
        attributed = [t for t in found if t.reported]
    else:
        attributed = [t for t in found if t.weight >= GOVERNED_WEIGHT] if according else []
    specific = [t for t in attributed if t.kind in lexicon.REPORTABLE_KINDS and _realis(doc[t.token])]
    if not specific:
        return found + according
    sourcing = [t for t in found if t.kind in lexicon.SPEECH_KINDS and not t.reported and t.token == root.i]
    return [_scaled(t, SOURCING_FACTOR) if t in sourcing else t for t in found] + [
        _scaled(t, SOURCING_FACTOR) for t in according
    ]


def _scaled(trigger: Trigger, factor: float) -> Trigger:
    return Trigger(trigger.token, trigger.start, trigger.end, trigger.kind, trigger.weight * factor, trigger.reported)


def _according_to(sentence: Span, root: Token) -> list[Trigger]:
    """ "..., according to the committee": the main clause is attributed to a source, which
    reports it as a statement, unless the source is the media the news was taken from ("according
    to a news agency") or research ("according to data from ...")."""
    found = []
    for token in sentence:
        if token.lower_ != "according" or token.i + 1 >= len(sentence.doc) or sentence.doc[token.i + 1].lower_ != "to":
            continue
        objects = [child for child in sentence.doc[token.i + 1].children if child.dep_ == "pobj"]
        if not objects:
            continue
        source = list(objects[0].subtree)
        words = {t.lower_ for t in source}
        if words & (lexicon.MEDIA_NOUNS | lexicon.RESEARCH_NOUNS):
            continue
        weight = MAIN_WEIGHT if token.head.i == root.i or token.head.head.i == root.i else GOVERNED_WEIGHT
        named = any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in source)
        if not named and not words & lexicon.OFFICIAL_SOURCES:
            weight *= LAY_FACTOR  # "according to the industry": no one in particular
        found.append(Trigger(token.i, token.idx, token.idx + len("according to"), "statement", weight))
    return found


def _lay_speaker(verb: Token) -> bool:
    """Whether a verb of speech has for subject people who speak for no one but themselves ("some
    users say", "a number of owners claimed")."""
    for subject in (child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}):
        if subject.lower_ in lexicon.QUANTITY_NOUNS:
            counted = [grand for child in subject.children if child.lower_ == "of" for grand in child.children]
            subject = counted[0] if counted else subject
        if subject.lower_ in lexicon.LAY_SPEAKERS:
            return True
    return False


def kind_of(token: Token) -> tuple[str | None, Token | None]:
    """The kind of event a word reports, and the word that names it (the object of a light verb:
    "held talks" names talks); None when it reports none."""
    if token.pos_ in _VERB_TAGS:
        return _verb_kind(token)
    if token.pos_ in {"NOUN", "PROPN"} and (token.text[:1].islower() or token.is_sent_start):
        previous = token.doc[token.i - 1] if token.i > 0 else None
        modifier = previous.text if previous is not None and previous.head == token else None
        kind = lexicon.noun_kind(token.text, modifier)
        if kind == "call" and not _is_a_call(token, modifier):
            return None, None
        if kind == "test" and not _names_what_is_tested(token):
            return None, None  # "faces a test": a trial of strength, not a test of a weapon
        return kind, token
    return None, None


def _verb_kind(verb: Token) -> tuple[str | None, Token | None]:
    base = lexicon.verb_base(verb.text)
    objects = [child for child in verb.children if child.dep_ in {"dobj", "attr"}]
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    if base in lexicon.SUBJECT_KINDS and subjects:
        kind = lexicon.SUBJECT_KINDS[base].get(subjects[0].lower_)
        if kind is not None:
            return kind, verb
    if base in lexicon.OBJECT_KINDS and objects:
        # The object's head, or the noun compounded with it ("reported an earnings drop").
        nouns = [objects[0], *(c for c in objects[0].children if c.dep_ == "compound")]
        kind = next((k for noun in nouns if (k := lexicon.OBJECT_KINDS[base].get(noun.lower_))), None)
        if kind is not None:
            return kind, verb
    if base == "raise" and objects and objects[0].lower_ in lexicon.RAISE_IDIOMS:
        return None, None  # "raising eyebrows": no announcement
    if lexicon.verb_kind(verb.text) == "sport" and not any(_contestant(t) for t in subjects + objects):
        return None, None  # "new ideas are beating old formulas": no match is played
    if base in lexicon.SIDING_VERBS and objects and (objects[0].pos_ == "PROPN" or objects[0].ent_type_ in _NAMED):
        return "statement", verb  # "Ana Lund backs Tom Ray": declares her support
    if base in lexicon.LIGHT_VERBS and objects:
        named, noun = kind_of(objects[0])
        if named is not None:
            return named, noun
    if base in lexicon.JOINT_OUTCOME_VERBS and subjects and _several(subjects[0]):
        return "meeting", verb
    if lexicon.verb_kind(verb.text) == "statement" and subjects and subjects[0].lower_ in lexicon.RESEARCH_NOUNS:
        return "publication", verb  # "researchers say", "the report says": a finding
    particle = next((child.lower_ for child in verb.children if child.dep_ == "prt"), None)
    if particle is not None:
        # A phrasal verb is another verb: "turned off" an offer, "called off" a summit (its fate).
        kind = lexicon.PHRASAL_KINDS.get((base, particle))
        return (kind, verb) if kind is not None else (None, None)
    if base == "call":
        # "called for talks", "called on them to ...", "called him a liar": said so
        demands = any(
            c.dep_ == "prep"
            and (c.lower_ == "for" or (c.lower_ == "on" and not any(g.ent_type_ in _TIMES for g in c.children)))
            for c in verb.children
        )
        names = bool(objects) and any(c.dep_ in {"oprd", "xcomp", "acomp", "ccomp"} for c in verb.children)
        return ("statement", verb) if demands or names else (None, None)
    return lexicon.verb_kind(verb.text), verb


def _contestant(token: Token) -> bool:
    """Whether a word names who plays a match: a name, a team, a side, a player ("Brazil beat Spain",
    "the hosts edged the champions")."""
    return (
        token.pos_ == "PROPN" or token.ent_type_ in _NAMED or token.lower_ in _CONTESTANT_NOUNS or token.pos_ == "PRON"
    )


_CONTESTANT_NOUNS = frozenset(
    "team teams side sides hosts champions champion holders rivals opponents opponent club clubs squad players player "
    "men women visitors favourites favorites underdogs".split()
)


def _several(subject: Token) -> bool:
    """Whether a subject names several parties ("Veldra and Ostrel", "the two leaders", "both sides")."""
    if any(child.dep_ == "conj" for child in subject.children):
        return True
    return subject.tag_ in {"NNS", "NNPS"} and any(
        child.lower_ in {"two", "three", "four", "both", "all"} for child in subject.children
    )


def _names_what_is_tested(noun: Token) -> bool:
    """Whether a test says what it tests ("a missile test", "nuclear tests", "the test of a rocket")."""
    return any(
        child.dep_ in {"compound", "amod", "nmod"} or (child.dep_ == "prep" and child.lower_ == "of")
        for child in noun.children
    )


def _is_a_call(noun: Token, modifier: str | None) -> bool:
    """Whether "call" is a call between parties ("a phone call", "a call with"), not a demand ("calls for")."""
    if modifier is not None and modifier.lower() in {"phone", "telephone", "conference", "earnings", "video"}:
        return True
    return any(child.dep_ == "prep" and child.lower_ in {"with", "between"} for child in noun.children)


def _reported_clause(root: Token) -> Token | None:
    """The head of the clause a main verb of speech reports ("X happened, police said"), if the
    sentence's main verb is one."""
    if root.pos_ not in _VERB_TAGS or lexicon.verb_kind(root.text) not in lexicon.SPEECH_KINDS:
        return None
    return next((child for child in root.children if child.dep_ in {"ccomp", "parataxis"}), None)


def _inside(token: Token, clause: Token) -> bool:
    return clause.left_edge.i <= token.i <= clause.right_edge.i


def _position_weight(token: Token, main: set[int]) -> float:
    if token.i in main:
        return MAIN_WEIGHT
    if token.dep_ in {"compound", "amod", "nmod", "poss"}:
        return MODIFIER_WEIGHT
    if token.pos_ not in _VERB_TAGS:
        return _noun_weight(token, main)
    if token.head.i in main and (token.dep_ in _CLAUSE_DEPS or token.dep_ in _ARGUMENT_DEPS):
        return GOVERNED_WEIGHT
    return ADJUNCT_WEIGHT


def _noun_weight(noun: Token, main: set[int]) -> float:
    """How much an event noun says the sentence reports its event: as the subject of the main
    predicate ("the talks ended"), the object of a light verb ("held talks") or the setting of the
    main predicate ("during the talks", "after the raid"); a noun anywhere else names a thing
    ("plans to replace the interview") or something in passing."""
    head = noun.head
    if head.i in main and noun.dep_ in {"nsubj", "nsubjpass"}:
        return GOVERNED_WEIGHT
    if head.i in main and noun.dep_ in {"dobj", "attr"}:
        return GOVERNED_WEIGHT if lexicon.verb_base(head.text) in lexicon.LIGHT_VERBS else THING_WEIGHT
    if noun.dep_ == "pobj" and head.lower_ in _SETTING_PREPOSITIONS and head.head.i in main:
        return GOVERNED_WEIGHT
    return THING_WEIGHT


def is_negated(token: Token) -> bool:
    """Whether a predicate is negated ("has not launched"), a noun denied ("no talks"), or either
    what a verb of abstaining governs ("refrained from testing", "stopped its tests")."""
    if any(child.dep_ == "neg" for child in token.children):
        return True
    if any(child.dep_ == "det" and child.lower_ == "no" for child in token.children):
        return True
    governor = token.head.head if token.dep_ == "pcomp" or token.head.dep_ == "prep" else token.head
    return (
        token.dep_ in {"xcomp", "pcomp", "dobj", "pobj"}
        and governor.i != token.i
        and lexicon.verb_base(governor.text) in lexicon.ABSTAINING_VERBS
    )


def _hypothetical(token: Token) -> bool:
    """Whether a predicate says what would, could or might happen ("would shoot", "could meet")."""
    verb = token.head if token.pos_ not in _VERB_TAGS and token.head.pos_ in _VERB_TAGS else token
    return any(child.dep_ == "aux" and child.lower_ in _HYPOTHETICAL_WORDS for child in verb.children)


def _realis(token: Token) -> bool:
    """Whether a predicate reports what happened or is happening, not what would, could or may."""
    verb = token.head if token.pos_ not in _VERB_TAGS and token.head.pos_ in _VERB_TAGS else token
    return not is_negated(verb) and not any(
        child.dep_ == "aux" and child.lower_ in _MODAL_WORDS for child in verb.children
    )


def _one_per_word(found: list[Trigger]) -> list[Trigger]:
    """Each word once (a light verb's object can be reached twice), its heaviest reading kept."""
    best: dict[int, Trigger] = {}
    for trigger in found:
        if trigger.token not in best or trigger.weight > best[trigger.token].weight:
            best[trigger.token] = trigger
    return sorted(best.values(), key=lambda trigger: trigger.token)
