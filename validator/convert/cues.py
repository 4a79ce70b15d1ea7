"""Cues of speech: the verbs, nouns and phrases that attribute words to someone, and the words
each one attributes.

A cue is a verb of speech in any of its forms ("said", "says", "saying", "pointed out"), "according
to", or a noun of speech owned by its speaker ("her claim that ..."). What it attributes is, by
the grammar of the cue:

- the clause it governs ("said that the talks failed", "asked whether ...");
- for a request, the addressee and what is asked ("urged the council to act");
- for an act of speech with an object, the object and what follows it ("criticised the plan for
  its cost", "called for an inquiry", "described the ruling as historic");
- for a commitment, the "to" clause committed to ("vowed to strike");
- for a verb of speech with a preposition of topic, what the words were about ("complained about
  the noise", "commented on the plan");
- for a reporting clause set inside or after what it reports ("The talks, she said, failed";
  "The talks failed, she said"), the clause it is set in;
- for "according to", the rest of its sentence.

The words a cue attributes exclude the cue's own clause and the sentence's closing full stop.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .lexicon import inflections

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that report words said or written, by their base form.
_SPEECH_VERBS = """
say tell add state note explain write tweet ask claim warn insist describe call quote announce declare argue comment
remark reply respond acknowledge admit affirm urge vow pledge promise assure confirm deny suggest predict recall report
concede condemn characterise characterize dub conclude post assert maintain contend allege reveal indicate
mention charge propose estimate complain repeat joke signal brag speculate hint disclose answer observe advise retort
testify reiterate stress emphasise emphasize underscore express criticise criticize praise accuse blame denounce
question dispute challenge reject dismiss defend demand slam blast cite chant boast yell shout mock label brand tout
threaten caution counter lament concur acknowledge decry hail welcome applaud thank apologise apologize insist
recommend instruct order inform notify announce confess boast exclaim whisper scream plead rule believe
continue quip gush proclaim interject interrupt bemoan retaliate read muse wonder recount elaborate echo marvel grumble

"""
# Verbs whose object is what was said: an act of speech about something ("criticised the plan").
_OBJECT_VERBS = """
criticise criticize endorse accuse praise defend denounce announce propose question mention describe deny reject
dismiss slam blast cite condemn dispute challenge demand stress emphasise emphasize underscore express reiterate
welcome hail applaud decry lament confirm reveal disclose recommend blame thank tout
"""
# Verbs that ask or tell someone to do something: the addressee and what is asked are said.
_REQUEST_VERBS = "urge ask tell call order instruct advise implore beg encourage warn invite press"
# Verbs that say what something is: the object and what it is described as.
_DESCRIBING_VERBS = "describe characterise characterize call label brand dub"
# Verbs that make a statement through their object ("issued a statement", "gave a speech").
_SPEECH_ACT_VERBS = "issue release give make deliver post publish"
SPEECH_ACT_OBJECTS = frozenset({"statement", "statements", "remarks", "speech", "address", "comment", "comments"})
# Nouns that report words when their speaker owns them ("her claim that ...", "the ministry's statement that ...").
SPEECH_NOUNS = frozenset(
    "claim claims statement view belief assertion argument allegation allegations suggestion warning promise "
    "pledge contention accusation complaint announcement insistence admission denial".split()
)
_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "writes": "write",
    "writing": "write", "made": "make", "gave": "give", "given": "give", "spoke": "speak", "spoken": "speak",
    "thought": "think", "taught": "teach", "led": "lead", "read": "read", "reads": "read", "shot": "shoot",
    "quipped": "quip", "quipping": "quip",
}  # fmt: skip
# Phrasal verbs of speech: the verb and its particle ("pointed out that ...", "went on to say").
_PARTICLES = {
    "point": "out", "spell": "out", "lay": "out", "go": "on", "speak": "out", "hit": "back", "shoot": "back",
    "fire": "back",
}  # fmt: skip


@functools.cache
def _forms(words: str) -> dict[str, str]:
    bases = words.split()
    forms = {form: base for base in bases for form in inflections(base)}
    forms.update({form: base for form, base in _IRREGULAR.items() if base in bases})
    return forms


def base_of(verb: Token) -> str | None:
    """The base form of a verb of speech, from any of its forms ("pointed out" -> "point out")."""
    lower = verb.lower_
    if lower in _forms(_SPEECH_VERBS):
        return _forms(_SPEECH_VERBS)[lower]
    if lower in _forms("put") and {("mark", "as"), ("dobj", "it")} <= {(c.dep_, c.lower_) for c in verb.children}:
        return "put"  # "as the mayor put it"
    for base, particle in _PARTICLES.items():
        if lower in _forms(base) and any(
            c.lower_ == particle and (c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1))
            for c in verb.children
        ):
            return f"{base} {particle}"
    return None


def is_speech_word(word: str) -> bool:
    """Whether a word is a form of a verb of speech ("Said", "warns")."""
    return word.lower() in _forms(_SPEECH_VERBS)


def is_speech_verb(token: Token) -> bool:
    """Whether a word is a verb of speech used as a verb (not "a said document")."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ in {"amod", "compound"}:
        return False
    return base_of(token) is not None or is_speech_act(token)


def is_speech_act(token: Token) -> bool:
    """A verb that makes a statement without a verb of speech ("issued a statement", "gave a speech")."""
    if token.lower_ not in _forms(_SPEECH_ACT_VERBS):
        return False
    return any(child.dep_ == "dobj" and child.lower_ in SPEECH_ACT_OBJECTS for child in token.children)


def takes_object(verb: Token) -> bool:
    return (base_of(verb) or "") in _forms(_OBJECT_VERBS).values()


def is_request(verb: Token) -> bool:
    return (base_of(verb) or "") in _REQUEST_VERBS.split()


def is_describing(verb: Token) -> bool:
    return (base_of(verb) or "") in _DESCRIBING_VERBS.split()


def is_according_to(token: Token) -> bool:
    """Whether the word is "according" of "according to"."""
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RELATIVE = frozenset({"which", "that", "who", "whom", "what", "whose"})
_REPORTING_DEPS = frozenset({"parataxis", "advcl"})


def said_words(verb: Token) -> list[Token]:
    """The words a cue attributes, in text order (empty when it attributes none)."""
    if is_according_to(verb):
        return _according_to_words(verb)
    children = list(verb.children)
    objects = [child for child in children if child.dep_ == "dobj"]
    if objects and objects[0].lower_ in _RELATIVE:
        return []  # "which critics blame for ...": a relative clause; the words are elsewhere
    if any(child.dep_ == "nsubjpass" for child in children) and not any(c.dep_ == "ccomp" for c in children):
        return []  # "the team was denied visas": done to someone, not said by them
    if is_request(verb) and objects:
        # "urged the council to act": a request's addressee and what is asked; "told reporters
        # that ..." is what was said, found below
        asked = [child for child in children if child.dep_ == "xcomp" and child.i > objects[0].i]
        if asked:
            return _span(verb, objects[0].left_edge.i, asked[0].right_edge.i)
    if is_describing(verb) and objects:
        described = [c for c in children if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in {"oprd", "xcomp"}]
        if described:
            return _span(verb, objects[0].left_edge.i, described[-1].right_edge.i)
    clauses = [child for child in children if child.dep_ == "ccomp"]
    if clauses:
        clause = max(clauses, key=lambda child: child.i > verb.i)  # the clause after the verb first
        tokens = _before_another_report(sorted(clause.subtree, key=lambda token: token.i))
        more = [
            token
            for conj in children
            if conj.dep_ == "conj"
            and conj.i > clause.i
            and any(c.dep_ in _SUBJECTS for c in conj.children)
            and not is_speech_verb(conj)  # "..., and his advisers said ...": their own words
            for token in conj.subtree
        ]
        if more:
            return _span(verb, tokens[0].i, max(token.i for token in more))
        return tokens
    if takes_object(verb) and objects:
        # The object and the rest of the clause ("stressed the need for talks to end the war").
        end = max(
            [objects[0].right_edge.i]
            + [c.right_edge.i for c in children if c.i > objects[0].i and c.dep_ not in {"punct", "cc", "conj"}]
        )
        return _span(verb, objects[0].left_edge.i, end)
    if (base_of(verb) or "") in _COMMITTING_VERBS:
        # "vowed to cut taxes", "threatened to leave the talks": the commitment is what was said
        committed = [c for c in children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
        if committed:
            return sorted(committed[0].subtree, key=lambda token: token.i)
    about = _ABOUT.get(base_of(verb) or "", frozenset())
    topics = [c for c in children if c.dep_ == "prep" and c.lower_ in about and not objects]
    if topics:
        # "responded to the criticism", "complained about the delays": what the words were about
        objects_of = [g for g in topics[0].children if g.dep_ in {"pobj", "pcomp"}]
        if objects_of:
            return sorted(objects_of[0].subtree, key=lambda token: token.i)
    if (base_of(verb) or "") in {"call", "ask", "press"}:
        # "called for an inquiry", "asked for help"
        asked = [c for c in children if c.dep_ == "prep" and c.lower_ in {"for", "on"}]
        if asked:
            return _span(verb, asked[0].i, asked[0].right_edge.i)
    return _host_clause(verb)


def _host_clause(verb: Token) -> list[Token]:
    """What a reporting clause set inside or after its words reports ("The talks, she said,
    failed"; "The talks failed, she said"): the clause it hangs from, without the reporting clause
    itself (a clause before the verb that it governs is its own clause, found above)."""
    if not any(child.dep_ in _SUBJECTS for child in verb.children):
        return []
    host = verb.head
    if verb.dep_ not in _REPORTING_DEPS or host.i == verb.i or host.pos_ not in {"VERB", "AUX"}:
        return []
    if base_of(verb) not in _REPORTING_BASES:
        return []
    own = {token.i for token in verb.subtree}
    return _without_closing([token for token in host.subtree if token.i not in own and not token.is_space])


# Verbs that commit their speaker to what a "to" clause says ("vowed to cut taxes").
_COMMITTING_VERBS = frozenset("vow pledge promise threaten propose".split())
# Verbs of speech and the prepositions that bring in what was said about ("commented on the plan").
_ABOUT: dict[str, frozenset[str]] = {
    verb: frozenset(prepositions.split())
    for verb, prepositions in {
        "comment": "on", "apologise": "for", "apologize": "for", "boast": "about of", "brag": "about",
        "complain": "about of", "admit": "to", "warn": "of about against", "argue": "for against",
        "speak out": "against about on", "testify": "about", "joke": "about", "ask": "about",
        "speculate": "about on", "confess": "to",
    }.items()
}  # fmt: skip
# Verbs that report words from a clause of their own, set inside or after them ("..., she said").
_REPORTING_BASES = frozenset(
    "say tell add state note explain write tweet claim warn insist argue comment remark reply respond acknowledge "
    "admit confirm suggest predict recall report concede conclude assert maintain contend allege reveal indicate "
    "point out complain repeat joke estimate observe reiterate stress emphasise emphasize caution counter".split()
)


def _according_to_words(according: Token) -> list[Token]:
    """The rest of the sentence beside "according to X": after the phrase, or before it when it
    closes the sentence."""
    to = according.doc[according.i + 1]
    phrase = {according.i, to.i} | {token.i for token in to.subtree}
    sentence = according.sent
    after = [token for token in sentence if token.i > max(phrase)]
    before = [token for token in sentence if token.i < according.i]
    words = after if len([t for t in after if not t.is_punct]) >= 3 else before
    return _without_closing([token for token in words if not token.is_space])


def _without_closing(tokens: list[Token]) -> list[Token]:
    """The words without the punctuation that opens or closes them (the sentence's full stop)."""
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens


def _before_another_report(clause: list[Token]) -> list[Token]:
    """A reported clause up to a clause coordinated inside it that reports someone else's words
    ("the vote will be close, and his advisers said that ..."): that one is an attribution of its own."""
    for token in clause:
        if token.dep_ == "conj" and is_speech_verb(token) and any(c.dep_ in _SUBJECTS for c in token.children):
            cut = [t for t in clause if t.i < token.left_edge.i]
            while cut and (cut[-1].is_punct or cut[-1].dep_ == "cc" or cut[-1].is_space):
                cut.pop()
            return cut
    return clause


def _span(verb: Token, first: int, last: int) -> list[Token]:
    return [token for token in verb.doc[first : last + 1] if not token.is_space]
