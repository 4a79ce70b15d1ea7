"""One analysed document per article, built once, that every stage reads.

`read_document` cleans the text (`cleaning`), reads its layout (`layout`: headline, dateline,
byline, captions, boilerplate, body), parses it (`nlp`: sentences, entities, dependencies), finds
its temporal expressions (the temporal engine) and its quotations (`quotes`), and tracks who and
what it names (`entities`: every mention of a person, organisation or place, names, short forms,
descriptions and pronouns alike, gathered into one entity each). Stages ask the document, rather
than re-reading the raw text, so that one decision is made one way everywhere: whether words are
story or page furniture, which sentence they stand in, which entity they name.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..dates import Anchor, DateResult, find_dates
from ..semantics import contradicted_weekday
from .article import Article
from .cleaning import CleanText, clean, for_parser
from .layout import Layout, Zone, read_layout
from .nlp import load_pipeline, pipeline_name, remember_text
from .quotes import Quotation, find_quotations
from .triggers import Trigger, triggers_in

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from .entities import Entities

_CLOSING = frozenset(".!?:;\"'\u201d\u2019)]\u2026")
LEAD_SENTENCES = 3  # sentences of the body read with the headline as the lead


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: `text[start:end]`, its tokens `doc[first:last]`, and the zone it stands in."""

    start: int
    end: int
    first: int
    last: int
    zone: Zone


@dataclass(frozen=True, slots=True)
class Document:
    """An article as every stage reads it."""

    article: Article
    text: str
    """The text read: `article.text` repaired and with its headline first (see `cleaning`); records
    carry it, and every offset indexes it."""
    repairs: tuple[str, ...]
    layout: Layout
    doc: Doc
    pipeline: str
    dates: DateResult
    quotations: tuple[Quotation, ...]
    sentences: tuple[Sentence, ...]
    entities: Entities = field(repr=False)
    _sentence_starts: tuple[int, ...] = field(repr=False)
    _triggers: dict[int, list[Trigger]] = field(default_factory=dict, repr=False, compare=False)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding the character at *offset*."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index < 0:
            return None
        sentence = self.sentences[index]
        return sentence if offset < sentence.end else None

    def span(self, sentence: Sentence) -> Span:
        """The sentence's tokens."""
        return self.doc[sentence.first : sentence.last]

    def triggers(self, sentence: Sentence) -> list[Trigger]:
        """The event triggers of a sentence (`triggers`), found once and shared by every stage."""
        found = self._triggers.get(sentence.start)
        if found is None:
            found = self._triggers[sentence.start] = triggers_in(self.span(sentence))
        return found

    def in_story(self, offset: int) -> bool:
        """Whether the character at *offset* is story (headline, heading or body), not page furniture."""
        return self.layout.in_story(offset)

    @property
    def headline(self) -> tuple[int, int] | None:
        block = self.layout.headline
        return (block.start, block.end) if block is not None else None

    def story(self) -> list[Sentence]:
        """The sentences of the story's body, in order (not the headline, headings or furniture)."""
        dateline = self.layout.dateline
        return [
            sentence
            for sentence in self.sentences
            if sentence.zone == "body" and not (dateline and sentence.end <= dateline.end)
        ]

    @property
    def lead(self) -> tuple[tuple[int, int], ...]:
        """The headline (when there is one), then the first sentences of the body."""
        spans = [self.headline] if self.headline else []
        spans += [(sentence.start, sentence.end) for sentence in self.story()[:LEAD_SENTENCES]]
        return tuple(spans)


def parse_text(article: Article) -> str:
    """What the parser reads for *article*: its cleaned text with a title-case headline in
    sentence case (the same length); give `read_document` a parse of exactly this."""
    cleaned, layout = _cleaned(article)
    headline = layout.headline
    return for_parser(cleaned.text, (headline.start, headline.end) if headline else None)


@functools.lru_cache(maxsize=16)  # twice the inputs `batch` parses together, and no more texts held
def _cleaned(article: Article) -> tuple[CleanText, Layout]:
    """The cleaned text of *article* and its layout, read once for the parser and once for the
    document (kept for the few articles a batch parses at a time)."""
    cleaned = clean(article)
    return cleaned, read_layout(cleaned.text, titled=cleaned.titled, headline_lines=cleaned.headline_lines)


def read_document(article: Article, *, nlp: Language | None = None, doc: Doc | None = None) -> Document:
    """The analysed document of *article* (*doc*: `nlp(parse_text(article))`, when parsed already)."""
    from .coreference import track_entities

    nlp = nlp or load_pipeline()
    cleaned, layout = _cleaned(article)
    text = cleaned.text
    headline = layout.headline
    if doc is None:
        doc = nlp(for_parser(text, (headline.start, headline.end) if headline else None))
    if len(doc.text) != len(text):
        raise ValueError("the parse given is not of this article's text; parse `parse_text(article)`")
    remember_text(doc, text)  # what the stages read is the text, not the parser's sentence-cased headline
    anchor = Anchor.parse(article.published) if article.published else None
    dates, dropped = _consistent(find_dates(text, anchor=anchor))
    sentences = tuple(_sentences(doc, text, layout))
    return Document(
        article=article,
        text=text,
        repairs=cleaned.repairs + dropped,
        layout=layout,
        doc=doc,
        pipeline=pipeline_name(nlp),
        dates=dates,
        quotations=tuple(find_quotations(text)),
        sentences=sentences,
        entities=track_entities(doc, layout, [sentence.first for sentence in sentences]),
        _sentence_starts=tuple(sentence.start for sentence in sentences),
    )


def _consistent(result: DateResult) -> tuple[DateResult, tuple[str, ...]]:
    """The temporal expressions without those whose text names a weekday their date does not fall
    on ("Tuesday, Nov. 13", a Monday): the text contradicts itself, so neither reading is stated.
    Each one left out is said, so that nothing is dropped silently."""
    kept, said = [], []
    for expression in result.expressions:
        weekday = contradicted_weekday(expression.text, expression.value)
        if weekday is None:
            kept.append(expression)
        else:
            said.append(f"{expression.text!r} left out of the times: {expression.value} is not a {weekday}")
    if not said:
        return result, ()
    index = {id(expression): new for new, expression in enumerate(kept)}
    old = dict(enumerate(result.expressions))
    remapped = tuple(
        replace(e, anchor_index=index.get(id(old[e.anchor_index]))) if e.anchor_index is not None else e for e in kept
    )
    return replace(result, expressions=remapped), tuple(dict.fromkeys(said))


def _sentences(doc: Doc, text: str, layout: Layout) -> list[Sentence]:
    """The parser's sentences, trimmed, with their zone; one the parser ended inside a paragraph
    without a closing mark ("Ilse | , Tomas and ...") goes on into the next."""
    found: list[Sentence] = []
    for sentence in doc.sents:
        start, end = sentence.start_char, sentence.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        previous = found[-1] if found else None
        if (
            previous is not None
            and text[previous.end - 1] not in _CLOSING
            and _same_block(layout, previous.end - 1, start)
        ):
            found.pop()
            start, first = previous.start, previous.first
        else:
            first = sentence.start
        zone = layout.zone_at(start) or "body"
        if zone == "dateline" and layout.dateline and end > layout.dateline.end:
            zone = "body"  # a wire dateline opens the first sentence of the story
        found.append(Sentence(start, end, first, sentence.end, zone))
    return found


def _same_block(layout: Layout, first: int, second: int) -> bool:
    block = layout.block_at(first)
    return block is not None and block.start <= second < block.end
