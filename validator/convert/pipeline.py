"""The converter's orchestrator: an article in, validated news-event records out.

1. `document` builds the one analysed document every later stage reads: the text repaired where
   clearly damaged (`cleaning`), its zones (`layout`: headline, datelines, bylines, captions,
   embedded posts, page furniture, body), the parse (`nlp`), the temporal expressions (the
   temporal engine, anchored on the publication date, inferred and marked so when not given),
   the quotations (`quotes`) and every entity with all its mentions (`entities`: `people`,
   `bodies`, `coreference`);
2. `events`: the main event as a predicate: its trigger (`triggers`, `lexicon`), kind, mode,
   lifecycle and arguments;
3. `when`: its date and duration; `places`: its place and country, and every place named;
4. `attribution`: the statements, direct, mixed and reported, with speaker (`speakers`), cue
   (`cues`), channel (`channels`) and relay;
5. `others`: the other events the article reports (earlier, planned, cancelled);
6. `records` (with `taking_part` and `participants`): one record per event, every value with
   evidence offsets and provenance, each validated against the schemas and the semantic rules
   before it is returned.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pydantic import ValidationError

from ..dates import DateResult, TemporalExpression
from ..models import Record
from ..validation import record_problems
from .article import Article, ArticleError
from .attribution import Attribution, attribute
from .document import Document, read_document
from .events import MainEvent, main_event
from .others import OtherEvent, other_events
from .places import EventPlace, MentionedPlace, event_place, mentioned_places
from .when import event_date, event_duration, is_stated_date

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


class ConversionError(ArticleError):
    """An article that yields no record: it reports no event, or a record would break the format."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the stages found in one article, before records are assembled."""

    document: Document
    main: MainEvent
    date: TemporalExpression | None
    duration: TemporalExpression | None
    place: EventPlace | None
    mentioned_places: tuple[MentionedPlace, ...]
    statements: tuple[Attribution, ...]
    others: tuple[OtherEvent, ...]

    @property
    def article(self) -> Article:
        """The article as read: its metadata, with the text every offset indexes."""
        return replace(self.document.article, text=self.document.text)

    @property
    def doc(self) -> Doc:
        return self.document.doc

    @property
    def dates(self) -> DateResult:
        return self.document.dates

    @property
    def lead(self) -> tuple[tuple[int, int], ...]:
        return self.document.lead

    @property
    def pipeline(self) -> str:
        return self.document.pipeline


def analyse(article: Article, *, nlp: Language | None = None, doc: Doc | None = None) -> Analysis:
    """Run every extraction stage over *article* (*doc*: `nlp(parse_text(article))`, when parsed already)."""
    document = read_document(article, nlp=nlp, doc=doc)
    text, dates = document.text, document.dates
    main = main_event(document)
    published = dates.anchor.date if dates.anchor else None
    date = _occurred_by_publication(event_date(document, main, published), main, dates)
    return Analysis(
        document=document,
        main=main,
        date=date,
        duration=event_duration(text, dates.expressions),
        place=event_place(document, main),
        mentioned_places=tuple(mentioned_places(document)),
        statements=tuple(attribute(document)),
        others=tuple(other_events(document, main, date, published)),
    )


def convert(article: Article, *, nlp: Language | None = None, doc: Doc | None = None) -> tuple[Record, ...]:
    """The records of *article*, the main event's first; each one valid, or `ConversionError`."""
    from .records import build_records

    analysis = analyse(article, nlp=nlp, doc=doc)
    if not _reports_something(analysis):
        raise ConversionError(
            article.name,
            "no event found: no event word in the headline or lead, and no statement, person, place or date; "
            "fix: give the text of a news article (headline first, then the story)",
        )
    try:
        records = build_records(analysis)
    except ValidationError as error:  # a value the format refuses: a converter bug, never a crash of the batch
        raise ConversionError(
            article.name,
            f"a record would be invalid ({error.error_count()} problems, the first: {error.errors()[0]['msg']}); "
            "nothing was written for this input; fix: report it with the input attached, it is a converter bug",
        ) from error
    for record in records:
        problems = record_problems(record.to_json())
        if problems:
            listed = "; ".join(f"{problem.path}: {problem.message}" for problem in problems[:5])
            raise ConversionError(
                article.name,
                f"the record for {record.event.kind!r} would be invalid ({listed}); nothing was written "
                "for this input; fix: report it with the input attached, it is a converter bug",
            )
    return records


def _reports_something(analysis: Analysis) -> bool:
    """Whether the text reports anything: an event of a known kind, or else a statement, a person, a
    place or a date of its own (news of an unknown kind still says who, where or when)."""
    dated = any(is_stated_date(expression) for expression in analysis.dates.expressions)
    placed = any(entity.label_ in {"GPE", "LOC", "FAC"} for entity in analysis.doc.ents)
    known = analysis.main.kind != "other"
    return bool(known or analysis.statements or analysis.document.entities.persons or dated or placed)


def _occurred_by_publication(
    date: TemporalExpression | None, main: MainEvent, dates: DateResult
) -> TemporalExpression | None:
    """The main event's date, unless it starts after publication while the event has occurred:
    then the date belongs to something else the lead mentions ("talks on a deal due next year")."""
    if date is None or dates.anchor is None or main.lifecycle != "occurred" or date.earliest is None:
        return date
    return None if date.earliest.date() > dates.anchor.date else date
