"""Statements: who said which words, directly or reported, with which verb and through which channel.

Direct speech starts from the quotations (`quotes`): the cue of speech nearest the quotation in its
sentence (or in a short attribution sentence right after it: '"...," she said.'), a sentence that
introduces it with a colon, or an act of speech just before it ("issued a statement.") gives the
speaker. A quotation interrupted by its attribution ('"A," she said, "B."') is one statement in
two pieces. A quotation with no cue of its own continues the previous speaker's words when it
follows them within a paragraph; a short quoted fragment no cue governs, or a title, is not
speech. A paragraph without quotation marks after a line that ends "..., the company said:" is
that speaker's words too (a block quotation), and so is an embedded social-media post, signed.

Reported speech is what a cue attributes outside any quotation (`cues`): the clause of "said
that ...", the object of "criticised the plan", what "according to" attributes. The speaker is
found by `speakers` and returned as written (a name, a title, a pronoun): naming it is the entity
tracker's work. The channel comes from `channels`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from .channels import channel_in
from .cues import SPEECH_NOUNS, base_of, is_according_to, is_describing, is_speech_act, is_speech_verb, said_words
from .document import Document
from .quotes import Quotation
from .speakers import INSTITUTIONS, PRONOUNS, Mention, can_speak, co_speakers, mention_of, noun_phrase, speaker_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Mode = Literal["direct", "reported", "mixed"]

_INHERITING_PRONOUNS = {"they", "we", "i"}
_UNRESOLVED = frozenset({"it", "this", "that", "which", "these", "those"})  # speakers only once tracked
_TITLE_MAX_WORDS = 8  # quoted names of works, teams, operations and robots are short
_FRAGMENT_WORDS = 4  # a quotation shorter than this is a fragment: speech only where a cue governs it
_MIN_REPORTED_WORDS = 3  # a reported clause shorter than this is not a statement
_INTERRUPTION_REACH = 80  # characters between the pieces of one interrupted quotation
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_SHORT_ATTRIBUTION = 12  # tokens: '"...," she said.' split off as a sentence of its own


@dataclass(frozen=True, slots=True)
class Attribution:
    """One statement as found in the text: its words (the first piece of an interrupted quotation,
    with every piece in `pieces`), mode, speaker as written, cue, channel and relay."""

    words: Mention
    mode: Mode
    speaker: Mention | None
    verb: str | None
    channel: str
    platform: str | None = None
    relayed_by: Mention | None = None
    confidence: float = 0.8
    pieces: tuple[Mention, ...] = ()
    clause: Mention | None = None
    """For words quoted inside a reported clause ("said the deal was "dead in the water""), the clause."""
    cue: int | None = None
    """The cue's token, for reported speech."""

    @property
    def spans(self) -> tuple[Mention, ...]:
        """Every piece of the words, in text order."""
        return self.pieces or (self.words,)

    @property
    def evidence(self) -> tuple[Mention, ...]:
        """Where the statement stands: its reported clause, or every piece of its words."""
        return (self.clause,) if self.clause is not None else self.spans


def attribute(document: Document) -> list[Attribution]:
    """Every statement of the story: reported speech, with the quotations inside a reported clause
    as its quoted words (mixed); the other quotations attributed; block quotations and embedded
    posts; in text order."""
    story = [q for q in document.quotations if document.in_story(q.start)]
    clauses = [found for found in _reported_speech(document) if document.in_story(found.words.start)]
    clauses, relays = _relays(document, clauses)
    reported, swallowed = _with_quotations(clauses, document.quotations)
    direct = _attribute_quotations(document, [q for q in story if (q.start, q.end) not in swallowed])
    direct += _block_quotations(document, story)
    direct += _posts(document)
    taken = [(piece.start, piece.end) for found in direct for piece in found.spans]
    reported = [
        found
        for found in reported
        if not any(start < found.words.end and found.words.start < end for start, end in taken)
    ]
    found = [
        _relayed(a, relays) for a in direct + reported if _resolvable(document, a.speaker, quoted=a.mode != "reported")
    ]
    return _continue_channels(document.text, sorted(found, key=lambda attribution: attribution.words.start))


def _resolvable(document: Document, speaker: Mention | None, *, quoted: bool = False) -> bool:
    """Whether a speaker names someone: a name, a pronoun or a noun for people or a body ("it" or
    "which" only once the tracker knows what it stands for), not a document or a finding."""
    if speaker is None:
        return False
    if speaker.text.lower() in _UNRESOLVED:
        return document.entities.at(speaker.start, speaker.end) is not None
    return can_speak(speaker, quoted=quoted) or document.entities.at(speaker.start, speaker.end) is not None


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
            # "The Board denied ... They also claimed ...": the group that spoke just before; an "I"
            # outside quotation marks (lost in the copy) is the one who was speaking.
            attribution = replace(attribution, speaker=previous.speaker, confidence=min(attribution.confidence, 0.5))
        result.append(attribution)
    return result


def _attribute_quotations(document: Document, quotations: Sequence[Quotation]) -> list[Attribution]:
    doc = document.doc
    found: list[Attribution] = []
    cue_of: list[int | None] = []  # the cue token of each attribution found, to join interrupted quotations
    for quotation in quotations:
        inside = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
        if inside is None:
            continue
        words = Mention(quotation.start, quotation.end, quotation.text)
        fragment = quotation.words < _FRAGMENT_WORDS
        verbs = (
            _verbs_for(doc, inside, quotations)
            or _introducing_verb(document, quotation)
            or _announcing_verb(doc, inside, quotations)
        )
        if _is_title(quotation.text) and not any(_governs(verb, inside) and not is_describing(verb) for verb in verbs):
            continue  # 'a robot named "Better Idea"', 'a team called "Blue Harbour"': a name, not words spoken
        if not verbs:
            previous = found[-1] if found else None
            follows = previous is not None and _paragraph_gap(document.text, previous.words.end, quotation.start)
            if previous is not None and follows and not fragment:
                found.append(replace(previous, words=words, verb=None, confidence=0.5, pieces=()))
                cue_of.append(None)
            continue
        chosen = next(
            ((verb, *speaker_of(verb)) for verb in verbs if not fragment or _governs(verb, inside)), (None, None, None)
        )
        verb, speaker, relayed_by = chosen
        if verb is None or speaker is None:
            continue
        previous = found[-1] if found else None
        if previous is not None and cue_of[-1] == verb.i and _interrupted(document.text, previous, words, verb):
            found[-1] = replace(previous, pieces=(*previous.spans, words))
            continue
        context = _context_text(doc, inside, verb)
        channel, platform = channel_in(context, verb, relayed_by)
        mode: Mode = "mixed" if quotation.text[:1].islower() else "direct"
        found.append(Attribution(words, mode, speaker, verb.text, channel, platform, relayed_by))
        cue_of.append(verb.i)
        for other in co_speakers(verb):
            found.append(Attribution(words, mode, other, verb.text, channel, platform, relayed_by, confidence=0.6))
            cue_of.append(None)
    return found


def _interrupted(text: str, previous: Attribution, words: Mention, verb: Token) -> bool:
    """Whether a quotation is the second piece of the one before, interrupted by their shared
    attribution ('"A," she said, "B."'): the cue stands between them, close, in one paragraph."""
    last = previous.spans[-1]
    gap = text[last.end : words.start]
    return last.end <= verb.idx < words.start and len(gap) <= _INTERRUPTION_REACH and "\n" not in gap


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
    """Cues of speech outside every quotation, best first: in its own sentences, then nearest (after on ties).

    A short sentence right after the quotation counts too ('"...," he said.' is often split).
    """
    first, own_end = inside[0].sent.start, inside[-1].sent.end  # the sentences the quotation spans
    last = own_end
    if last < len(doc) and len(doc[last].sent) <= _SHORT_ATTRIBUTION:
        last = doc[last].sent.end
    candidates = [
        token
        for token in doc[first:last]
        if (is_speech_verb(token) or is_according_to(token))
        and not any(q.start <= token.idx < q.end for q in quotations)
    ]

    def preference(token: Token) -> tuple[bool, int, bool]:
        distance = token.i - inside.end if token.i >= inside.end else inside.start - token.i
        return token.i >= own_end, distance, token.i < inside.start

    return sorted(candidates, key=preference)


def _introducing_verb(document: Document, quotation: Quotation) -> list[Token]:
    """The main verb of the sentence that introduces the quotation with a colon ("Varnholt defended the
    record: '...'"): whoever acts in that sentence speaks the words after it."""
    colon = _colon_before(document, quotation.start)
    if colon is None:
        return []
    root = colon.sent.root
    return [root] if root.pos_ in {"VERB", "AUX"} else []


def _colon_before(document: Document, start: int) -> Token | None:
    text = document.text
    before = text[:start].rstrip().rstrip("\"\u201c\u00ab'").rstrip()
    if not before.endswith(":"):
        return None
    colon = document.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    return colon[0] if colon is not None else None


def _announcing_verb(doc: Doc, inside: Span, quotations: Sequence[Quotation]) -> list[Token]:
    """A speech act in the sentence just before the quotation, in the same paragraph ("Senator Varnholt
    issued a statement on the decision. "Like many, I am ...""): its subject speaks next."""
    first = inside[0].sent
    if first.start == 0 or "\n" in doc[first.start - 1].whitespace_ + doc[first.start - 1].text:
        return []
    previous = doc[first.start - 1].sent
    return [
        token
        for token in previous
        if (is_speech_verb(token) or is_speech_act(token)) and not any(q.start <= token.idx < q.end for q in quotations)
    ][:1]


def _governs(verb: Token, inside: Span) -> bool:
    """Whether the quoted words hang from the verb in the parse (so they are its words, not a scare quote)."""
    return any(verb in token.ancestors for token in inside)


def _context_text(doc: Doc, inside: Span, verb: Token) -> str:
    start = min(inside.start, verb.sent.start, inside[0].sent.start)
    end = max(inside.end, verb.sent.end)
    return doc[start:end].text.replace(inside.text, " ")


def _block_quotations(document: Document, quotations: Sequence[Quotation]) -> list[Attribution]:
    """A paragraph without quotation marks after one that ends in a colon and a cue ("In a statement
    to reporters, the company said:"): the speaker's words, quoted as a block."""
    found = []
    blocks = document.layout.blocks
    for previous, block in itertools.pairwise(blocks):
        if block.zone != "body" or not document.text[previous.start : previous.end].rstrip().endswith(":"):
            continue
        if any(block.start <= q.start < block.end for q in quotations):
            continue
        colon = _colon_before(document, block.start)
        if colon is None:
            continue
        cues = [t for t in colon.sent if is_speech_verb(t) or is_according_to(t)]
        if not cues:
            continue
        speaker, relayed_by = speaker_of(cues[-1])
        if speaker is None:
            continue
        words = Mention(block.start, block.end, document.text[block.start : block.end])
        channel, platform = channel_in(colon.sent.text, cues[-1], relayed_by)
        found.append(Attribution(words, "direct", speaker, cues[-1].text, channel, platform, relayed_by, 0.6))
    return found


def _posts(document: Document) -> list[Attribution]:
    """An embedded social-media post: the words of whoever signed it."""
    text = document.text
    found = []
    for post in document.layout.posts:
        words = Mention(*post.words, text[slice(*post.words)])
        speaker = Mention(*post.name, text[slice(*post.name)], "PERSON")
        found.append(Attribution(words, "direct", speaker, None, "social_media_post", None, None, 0.7))
    return found


def channel_for(attribution: Attribution, speaker_is_person: bool) -> str:
    """The channel, once the speaker is known: an institution with no channel of its own speaks
    through statements. The speaker's entity label alone cannot say so: the model tags surnames as
    organisations, so the entity tracker decides who is a person."""
    if attribution.channel != "unknown" or speaker_is_person or attribution.speaker is None:
        return attribution.channel
    return "statement" if attribution.speaker.label in INSTITUTIONS else "unknown"


# Cues through which someone else's words reach the reporter: "..., according to the agency";
# "..., the paper reported".
_RELAY_BASES = frozenset({"report", "quote", "cite"})


def _relays(document: Document, clauses: list[Attribution]) -> tuple[list[Attribution], list[tuple[Mention, Mention]]]:
    """Clauses through which another's words reach the reporter ("'The talks failed,' Ana said,
    according to the agency"): they hold an attribution of their own, so the words are that
    speaker's, and the relay's body is who relayed them. The clauses that are not relays, and
    each relay's span with its speaker."""
    kept, relays = [], []
    for clause in clauses:
        relaying = clause.verb == "according to" or (
            clause.cue is not None and base_of(document.doc[clause.cue]) in _RELAY_BASES
        )
        if relaying and clause.speaker is not None and _holds_a_cue(document, clause):
            relays.append((clause.words, clause.speaker))
        else:
            kept.append(clause)
    return kept, relays


def _holds_a_cue(document: Document, clause: Attribution) -> bool:
    span = document.doc.char_span(clause.words.start, clause.words.end, alignment_mode="expand")
    return span is not None and any(
        token.i != clause.cue and is_speech_verb(token) and any(c.dep_ in _SUBJECT_DEPS for c in token.children)
        for token in span
    )


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _relayed(attribution: Attribution, relays: list[tuple[Mention, Mention]]) -> Attribution:
    """The attribution with the body that relayed its words, when a relay holds them."""
    if attribution.relayed_by is not None:
        return attribution
    for span, relay in relays:
        if span.start <= attribution.words.start and attribution.words.end <= span.end + 2:
            return replace(attribution, relayed_by=relay)
    return attribution


def _with_quotations(
    clauses: list[Attribution], quotations: Sequence[Quotation]
) -> tuple[list[Attribution], set[tuple[int, int]]]:
    """Reported clauses and the quotations in them: a clause that holds whole quotations is mixed
    speech, its quoted words those quotations; one that a quotation only begins in ends where the
    quotation begins; one inside a quotation is the quotation's, found there. Also the quotations
    taken as the quoted words of a clause."""
    found: list[Attribution] = []
    swallowed: set[tuple[int, int]] = set()
    for clause in clauses:
        start, end = clause.words.start, clause.words.end
        inside = [q for q in quotations if start <= q.start and q.end <= end]
        crossing = [q for q in quotations if q not in inside and q.start < end and start < q.end]
        if any(q.start <= start for q in crossing) or _all_quoted(clause.words, inside):
            continue  # the clause lies in a quotation, or is one: attributed as such
        if crossing:
            before = clause.words.text[: min(q.start for q in crossing) - start]
            end = start + len(before.rstrip(' ,;:"\u201c'))
            inside = [q for q in inside if q.end <= end]
            words = Mention(start, end, clause.words.text[: end - start])
            if len(words.text.split()) < _MIN_REPORTED_WORDS:
                continue
            clause = replace(clause, words=words)
        if inside:
            pieces = tuple(Mention(q.start, q.end, q.text) for q in inside)
            clause = replace(
                clause, words=pieces[0], mode="mixed", pieces=pieces if len(pieces) > 1 else (), clause=clause.words
            )
            swallowed.update((q.start, q.end) for q in inside)
        found.append(clause)
    return found, swallowed


def _all_quoted(words: Mention, quotations: list[Quotation]) -> bool:
    """Whether the words of a clause are its quotations and nothing more than punctuation."""
    rest = words.text
    for quotation in sorted(quotations, key=lambda q: q.start, reverse=True):
        rest = rest[: quotation.start - words.start] + rest[quotation.end - words.start :]
    return bool(quotations) and not re.search(r"\w{2,}", rest)


def _reported_speech(document: Document) -> Iterable[Attribution]:
    for sentence in document.doc.sents:
        if not document.in_story(sentence.start_char):
            continue
        block = document.layout.block_at(sentence.start_char)
        line_start, line_end = (block.start, block.end) if block else (sentence.start_char, sentence.end_char)
        for cue in sentence:
            if is_speech_verb(cue) or is_according_to(cue):
                clause = said_words(cue)
                speaker, relayed_by = speaker_of(cue)
                others = co_speakers(cue)
            elif cue.lower_ in SPEECH_NOUNS and cue.pos_ == "NOUN":
                clause, speaker = _owned_claim(cue)
                relayed_by, others = None, []
            else:
                continue
            clause = _trimmed([token for token in clause if line_start <= token.idx < line_end])
            if len([token for token in clause if not token.is_punct]) < _MIN_REPORTED_WORDS or speaker is None:
                continue
            channel, platform = channel_in(sentence.text, cue, relayed_by)
            verb = "according to" if is_according_to(cue) else cue.text
            for who in (speaker, *others):
                yield Attribution(
                    mention_of(clause), "reported", who, verb, channel, platform, relayed_by, 0.6, cue=cue.i
                )


def _owned_claim(noun: Token) -> tuple[list[Token], Mention | None]:
    """ "Her claim that ...", "the ministry's statement that ...": the clause, and its owner."""
    clauses = [child for child in noun.children if child.dep_ in {"acl", "ccomp"} and child.i > noun.i]
    owners = [child for child in noun.children if child.dep_ == "poss"]
    if not clauses or not owners or not any(t.lower_ == "that" for t in clauses[0].subtree):
        return [], None
    return sorted(clauses[0].subtree, key=lambda token: token.i), noun_phrase(owners[0])


def _trimmed(clause: list[Token]) -> list[Token]:
    """A reported clause without the "that" it starts with and its opening and closing punctuation."""
    while clause and (clause[0].is_punct or clause[0].lower_ == "that" or clause[0].is_space):
        clause = clause[1:]
    while clause and (clause[-1].is_punct or clause[-1].is_space):
        clause = clause[:-1]
    return clause


__all__ = ["Attribution", "attribute", "base_of", "channel_for"]
