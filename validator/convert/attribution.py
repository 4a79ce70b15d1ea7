"""Statements: who said which words, directly or reported, with which verb and through which channel.

Direct speech starts from the quotations (`quotes`): the reporting verb nearest the quotation in
its sentence (or in a short attribution sentence right after it) gives the speaker, as its subject
("X said"), its passive subject ("X was quoted by Y", Y relaying) or the object of "according
to". A quotation with no verb of its own continues the previous speaker's words when it follows
them within a paragraph; a short quoted fragment no verb governs is a scare quote and is left out.
Reported speech is a clause a reporting verb governs ("X said that ...") outside any quotation.
The speaker is found by `speakers` and returned as written (a name, a title, a pronoun): naming
it is the people stage's work. The channel comes from `channels`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from .channels import channel_in
from .events import line_around
from .nlp import text_of
from .quotes import Quotation
from .speakers import (
    INSTITUTIONS,
    NOT_SPEAKERS,
    PRONOUNS,
    SUBJECTS,
    Mention,
    can_speak,
    co_speakers,
    mention_of,
    speaker_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Mode = Literal["direct", "reported", "mixed"]

# Verbs that introduce words; "stance" verbs take what was said as their object ("stressed the need").
_SPEECH_VERB_WORDS = """
say says said saying tell tells told telling add adds added state states stated note notes noted explain explains
explained write writes wrote tweet tweets tweeted ask asks asked claim claims claimed warn warns warned insist insists
insisted describe describes described call calls called quote quoted announce announces announced declare declares
declared argue argues argued comment commented remark remarked reply replied replies respond responded acknowledge
acknowledged admit admitted affirm affirmed urge urged vow vowed pledge pledged promise promised assure assured confirm
confirmed deny denied suggest suggested predict predicted recall recalled report reported concede conceded condemn
condemning condemned characterize characterized characterise characterised dubbed conclude concluded concludes
writing stating noting adding explaining tweeting describing calling warning insisting claiming arguing commenting
post posted posts posting urging asking believe believes believed assert asserts asserted maintain maintains
maintained contend contends contended allege alleges alleged
"""
_STANCE_VERB_WORDS = """
stress stressed emphasize emphasized emphasise emphasised reiterate reiterated underscore underscored express expressed
"""
SPEECH_VERBS = frozenset(_SPEECH_VERB_WORDS.split())
# Verbs that report a request through its addressee ("asked the council to ...") or a description
# through "as" ("described the ruling as historic").
_REQUEST_VERBS = frozenset({"ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "tell", "told"})
_DESCRIBING_VERBS = frozenset(
    {"describe", "describes", "described", "describing", "characterized", "characterised", "dubbed"}
)
STANCE_VERBS = frozenset(_STANCE_VERB_WORDS.split())
_INHERITING_PRONOUNS = {"they", "we", "i"}
_SPEECH_ACT_VERBS = frozenset(
    {"issued", "issues", "released", "releases", "gave", "gives", "made", "delivered", "posted"}
)
_SPEECH_ACT_OBJECTS = frozenset({"statement", "statements", "remarks", "speech", "address", "comment", "comments"})
_TITLE_MAX_WORDS = 8  # quoted names of works, teams, operations and robots are short
_PARAGRAPH_BREAK = re.compile(r"\n\s*")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One statement as found in the text."""

    words: Mention
    mode: Mode
    speaker: Mention | None
    verb: str | None
    channel: str
    platform: str | None = None
    relayed_by: Mention | None = None
    confidence: float = 0.8


def attribute(doc: Doc, quotations: Sequence[Quotation]) -> list[Attribution]:
    """Every statement in *doc*: its quotations attributed, then reported speech, in text order."""
    direct = _attribute_quotations(doc, quotations)
    quoted = [(q.start, q.end) for q in quotations]
    reported = list(_reported_speech(doc, quoted))
    return _continue_channels(text_of(doc), sorted(direct + reported, key=lambda attribution: attribution.words.start))


def _continue_channels(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A pronoun speaker with no channel of its own goes on speaking where the statement before it was made."""
    result: list[Attribution] = []
    for attribution in attributions:
        previous = result[-1] if result else None
        if (
            previous is not None
            and attribution.channel == "unknown"
            and attribution.speaker is not None
            and attribution.speaker.text.lower() in PRONOUNS
            and _paragraph_gap(text, previous.words.end, attribution.words.start)
        ):
            attribution = replace(attribution, channel=previous.channel, platform=previous.platform)
        if (
            previous is not None
            and previous.speaker is not None
            and attribution.speaker is not None
            and attribution.speaker.text.lower() in _INHERITING_PRONOUNS
            and previous.speaker.text.lower() not in PRONOUNS
            and _paragraph_gap(text, previous.words.end, attribution.words.start)
        ):
            # "The Church denied ... They also claimed ...": the group that spoke just before; an "I"
            # outside quotation marks (lost in the copy) is the one who was speaking.
            attribution = replace(attribution, speaker=previous.speaker, confidence=min(attribution.confidence, 0.5))
        result.append(attribution)
    return result


def _attribute_quotations(doc: Doc, quotations: Sequence[Quotation]) -> list[Attribution]:
    found: list[Attribution] = []
    for quotation in quotations:
        inside = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
        if inside is None:
            continue
        if _is_title(quotation.text):
            continue  # "a robot named "Better Idea of Afghan Girls"": a name, not words spoken
        words = Mention(quotation.start, quotation.end, quotation.text)
        fragment = quotation.words < 4
        verbs = (
            _verbs_for(doc, inside, quotations)
            or _introducing_verb(doc, quotation)
            or _announcing_verb(doc, inside, quotations)
        )
        if not verbs:
            previous = found[-1] if found else None
            follows = previous is not None and _paragraph_gap(text_of(doc), previous.words.end, quotation.start)
            if previous is not None and follows and not fragment:
                found.append(
                    Attribution(words, "direct", previous.speaker, None, previous.channel, previous.platform,
                                previous.relayed_by, confidence=0.5)
                )  # fmt: skip
            continue
        verb, speaker, relayed_by = next(
            ((verb, *speaker_of(verb)) for verb in verbs if not fragment or _governs(verb, inside)), (None, None, None)
        )
        if verb is None or speaker is None:
            continue
        context = _context_text(doc, inside, verb)
        channel, platform = channel_in(context, verb, relayed_by)
        mode: Mode = "mixed" if quotation.text[:1].islower() else "direct"
        found.append(Attribution(words, mode, speaker, verb.text, channel, platform, relayed_by))
        for other in co_speakers(verb):
            found.append(Attribution(words, mode, other, verb.text, channel, platform, relayed_by, confidence=0.6))
    return found


def _is_title(words: str) -> bool:
    """Whether quoted words are a title or a name: short, every longer word capitalised, no full stop."""
    content = [word for word in re.findall(r"[^\W\d_][\w'-]*", words) if len(word) > 3]
    return (
        bool(content)
        and len(words.split()) <= _TITLE_MAX_WORDS
        and all(word[0].isupper() for word in content)
        and not words.rstrip().endswith((".", "!", "?"))
    )


def _paragraph_gap(text: str, previous_end: int, start: int) -> bool:
    """Whether *start* follows *previous_end* in the same or the next paragraph (blank lines between count once)."""
    return len(_PARAGRAPH_BREAK.findall(text, previous_end, start)) <= 1


def _verbs_for(doc: Doc, inside: Span, quotations: Sequence[Quotation]) -> list[Token]:
    """Speech verbs outside every quotation, best first: in its own sentences, then nearest (after on ties).

    A short sentence right after the quotation counts too ('"...," he said.' is often split).
    """
    first, own_end = inside[0].sent.start, inside[-1].sent.end  # the sentences the quotation spans
    last = own_end
    if last < len(doc) and len(doc[last].sent) <= 12:
        last = doc[last].sent.end
    candidates = [
        token
        for token in doc[first:last]
        if _is_speech_verb(token) and not any(q.start <= token.idx < q.end for q in quotations)
    ]

    def preference(token: Token) -> tuple[bool, int, bool]:
        distance = token.i - inside.end if token.i >= inside.end else inside.start - token.i
        return token.i >= own_end, distance, token.i < inside.start

    return sorted(candidates, key=preference)


def _introducing_verb(doc: Doc, quotation: Quotation) -> list[Token]:
    """The main verb of the sentence that introduces the quotation with a colon ("Sunak defended the
    record: '...'"): whoever acts in that sentence speaks the words after it."""
    text = text_of(doc)
    before = text[: quotation.start].rstrip().rstrip("\"\u201c\u00ab'").rstrip()
    if not before.endswith(":"):
        return []
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return []
    root = colon[0].sent.root
    return [root] if root.pos_ in {"VERB", "AUX"} else []


def _announcing_verb(doc: Doc, inside: Span, quotations: Sequence[Quotation]) -> list[Token]:
    """A speech act in the sentence just before the quotation, in the same paragraph ("Senator Cornyn
    issued a statement on the decision. "Like many Texans, I am ...""): its subject speaks next."""
    first = inside[0].sent
    if first.start == 0 or "\n" in doc[first.start - 1].whitespace_ + doc[first.start - 1].text:
        return []
    previous = doc[first.start - 1].sent
    return [
        token
        for token in previous
        if (_is_speech_verb(token) or _is_speech_act(token))
        and not any(q.start <= token.idx < q.end for q in quotations)
    ][:1]


def _is_speech_act(token: Token) -> bool:
    """A verb that makes a statement without a speech verb ("issued a statement", "gave a speech")."""
    return token.lower_ in _SPEECH_ACT_VERBS and any(
        child.dep_ == "dobj" and child.lower_ in _SPEECH_ACT_OBJECTS for child in token.children
    )


def _is_speech_verb(token: Token) -> bool:
    lower = token.lower_
    if lower == "according":
        return token.nbor(1).lower_ == "to" if token.i + 1 < len(token.doc) else False
    return lower in SPEECH_VERBS and token.pos_ in {"VERB", "AUX", ""} and token.dep_ not in {"amod", "compound"}


def _governs(verb: Token, inside: Span) -> bool:
    """Whether the quoted words hang from the verb in the parse (so they are its words, not a scare quote)."""
    return any(verb in token.ancestors for token in inside)


def _context_text(doc: Doc, inside: Span, verb: Token) -> str:
    start = min(inside.start, verb.sent.start, inside[0].sent.start)
    end = max(inside.end, verb.sent.end)
    return doc[start:end].text.replace(inside.text, " ")


def _reported_words(verb: Token) -> list[Token]:
    """The words a speech verb reports, in text order: its clause ("said that ..."), with coordinated
    clauses that have subjects of their own ("claims that X and she was Y"); a stance verb's object
    ("stressed the need ..."); a request's addressee and what is asked ("urged the governments not to
    turn boats away"); or what something is described as ("described the ruling as historic")."""
    if verb.lower_ == "according":
        # "According to Rathbun, the property was returned": the rest of the sentence.
        phrase = set(verb.subtree) | ({verb.head} if verb.head.lower_ == "to" else set())
        sentence = verb.sent
        return [token for token in sentence if token not in phrase and token.i > max(t.i for t in phrase)]
    children = list(verb.children)
    objects = [child for child in children if child.dep_ == "dobj"]
    if verb.lower_ in STANCE_VERBS:
        # The object and what follows it in the clause ("stressed the importance of ... to achieve ...").
        return list(verb.doc[objects[0].left_edge.i : verb.right_edge.i + 1]) if objects else []
    if verb.lower_ in _REQUEST_VERBS and objects:
        asked = [child for child in children if child.dep_ == "xcomp" and child.i > objects[0].i]
        if asked:
            return list(verb.doc[objects[0].left_edge.i : asked[0].right_edge.i + 1])
    if objects and objects[0].lower_ in NOT_SPEAKERS | {"who", "whom"}:
        return []  # "which the Church describes as a retreat": a relative clause, the words are elsewhere
    if verb.lower_ in _DESCRIBING_VERBS and objects:
        described = [child for child in children if child.dep_ == "prep" and child.lower_ == "as"]
        if described:
            return list(verb.doc[objects[0].left_edge.i : described[0].right_edge.i + 1])
    # The clause after the verb ("With ... almost complete, Microsoft announced that ...").
    clauses = sorted((child for child in children if child.dep_ == "ccomp"), key=lambda child: child.i < verb.i)
    if not clauses:
        return []
    more = [
        token
        for conj in children
        if conj.dep_ == "conj" and conj.i > clauses[0].i and any(c.dep_ in SUBJECTS for c in conj.children)
        for token in conj.subtree
    ]
    tokens = sorted({*clauses[0].subtree, *more}, key=lambda token: token.i)
    return list(verb.doc[tokens[0].i : tokens[-1].i + 1]) if more else tokens


def channel_for(attribution: Attribution, speaker_is_person: bool) -> str:
    """The channel, once the speaker is known: an institution with no channel of its own speaks
    through statements. The speaker's entity label alone cannot say so: the model tags surnames as
    organisations ("Kishi", "Wilkins"), so the people stage decides who is a person."""
    if attribution.channel != "unknown" or speaker_is_person or attribution.speaker is None:
        return attribution.channel
    return "statement" if attribution.speaker.label in INSTITUTIONS else "unknown"


def _reported_speech(doc: Doc, quoted: Iterable[tuple[int, int]]) -> Iterable[Attribution]:
    spans = list(quoted)
    text = text_of(doc)
    for sentence in doc.sents:
        for verb in sentence:
            if not _is_speech_verb(verb) and verb.lower_ not in STANCE_VERBS:
                continue
            line_start, line_end = line_around(text, verb.idx)
            clause = [token for token in _reported_words(verb) if line_start <= token.idx < line_end]
            while clause and (clause[0].is_punct or clause[0].lower_ == "that"):
                clause = clause[1:]
            while clause and clause[-1].is_punct:
                clause = clause[:-1]
            clause_end = clause[-1].idx + len(clause[-1]) if clause else 0
            if len(clause) < 3 or any(start < clause_end and clause[0].idx < end for start, end in spans):
                continue  # too short to be a statement, or quoted (the quotation is attributed already)
            speaker, relayed_by = speaker_of(verb)
            if speaker is None or not can_speak(speaker):
                continue
            channel, platform = channel_in(sentence.text, verb, relayed_by)
            for who in (speaker, *co_speakers(verb)):
                yield Attribution(
                    mention_of(clause), "reported", who, verb.text, channel, platform, relayed_by, confidence=0.6
                )
