"""When the main event happened and how long it lasted, from the temporal engine's expressions.

The date is the first date or time in the lead sentences (after the headline, if the article has
one) that is not the dateline, preferring one in the sentence of the event's trigger, and narrowed
to a day the next paragraphs name inside it when it is a week or a month; a lead that states no date
gives none: the publication date is never put in its place. Dates of something else are passed
over: of another clause's event ("since it opened in May"), of another event the sentence names
("ahead of Tuesday's vote") or of what a person did ("Tom Ray, who quit a week ago"), of the
period a figure covers ("in the three months to the end of September"), and, beside any word but
the main trigger, a date long before publication, which tells the background. The duration is a stated duration that
qualifies an event word ("30-minute telephone talks", "talks lasting two hours").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..dates import TemporalExpression
from .document import Document
from .events import MainEvent
from .nlp import introduced_by
from .triggers import kind_of

_DURATION_CONTEXT = re.compile(
    r"\b(talks|meeting|call|conversation|session|summit|speech|visit|trip|hearing|interview|conference|"
    r"lasting|lasted|long)\b",
    re.IGNORECASE,
)
_SOURCE_CLAUSE = re.compile(r"\baccording to\b", re.IGNORECASE)
# Periods too long to date a news event, more often a reference ("by 2050", "2000 levels"), taken only
# when nothing finer is said; and the periods a figure covers ("profits in the third quarter").
_COARSE_PRECISIONS = {"quarter", "half", "year", "decade", "century", "millennium"}
_FIGURE_PERIODS = {"quarter", "half"}
_REFINABLE_PRECISIONS = {"week", "month"}
_REPORTING_WEIGHT = 0.4  # a trigger weaker than this (a thing, a modifier) mentions the event in passing
_DURATION_REACH = 40
_BACKGROUND_DAYS = 92
_REFINING_BLOCKS = 2  # paragraphs after a week or month in which the day it narrows to is named
_PERIOD_END = re.compile(
    r"\b(?:days|weeks|months|quarter|half|year|period)\s+(?:to|through|ending|ended)\s+(?:the\s+end\s+of\s+)?\Z",
    re.IGNORECASE,
)
_PERIOD_REACH = 40  # characters between a duration and the event word it qualifies


def is_stated_date(expression: TemporalExpression) -> bool:
    """Whether the expression states a date or time ("on Monday", "November 2019"), not "now",
    "recently" or "in the future" (the PRESENT/PAST/FUTURE_REF values), nor a duration or a set."""
    return expression.type in {"DATE", "TIME"} and not expression.value.endswith("_REF")


def event_date(document: Document, main: MainEvent, published: date | None = None) -> TemporalExpression | None:
    """The date of the main event, or None when the story does not state one. The body sentences
    that report the event come first, then the lead's: in each, a date the trigger governs, else
    one to the day nearest the trigger. News dates its event to the day ("yesterday", "on
    Monday"); a bare year is more often a reference ("by 2050", "2000 levels"), and is taken only
    when no sentence gives a finer date."""
    expressions = [e for e in document.dates.expressions if _may_date_the_event(document, e)]
    if not expressions:
        return None
    headline = document.headline
    # The main trigger first, then the others that report the event, not those in passing.
    ordered = sorted(main.mentions, key=lambda trigger: (trigger != main.trigger, trigger.start))
    places: list[tuple[int | None, int]] = [
        (trigger.token, trigger.start)
        for trigger in ordered
        if not (headline and headline[0] <= trigger.start < headline[1]) and trigger.weight >= _REPORTING_WEIGHT
    ]
    places += [(None, start) for start, _ in document.lead if not (headline and start == headline[0])]
    coarse: TemporalExpression | None = None
    for token, position in places:
        sentence = document.sentence_at(position)
        if sentence is None:
            continue
        inside = [
            e
            for e in expressions
            if sentence.start <= e.start < sentence.end
            and e.precision not in _FIGURE_PERIODS
            and not _in_another_clause(document, e)
            and not _dates_another_thing(document, main, e)
            and not _closes_a_period(document.text, e)
        ]
        if published is not None and (main.trigger is None or token != main.trigger.token):
            # Beside the main trigger, a date long before publication tells the background
            # ("the company admitted in September 2015"), not the news.
            inside = [e for e in inside if e.latest is None or (published - e.latest.date()).days <= _BACKGROUND_DAYS]
        governed = [e for e in inside if token is not None and _governs(document, token, e)]
        if governed:
            return _refined(document, governed[0], published)
        fine = [e for e in inside if e.precision not in _COARSE_PRECISIONS]
        if fine:
            return _refined(document, min(fine, key=lambda e: abs(e.start - position)), published)
        coarse = coarse or (inside[0] if inside else None)
    return _refined(document, coarse, published) if coarse is not None else None


def _in_another_clause(document: Document, expression: TemporalExpression) -> bool:
    """Whether a date stands in an adverbial clause of its own, brought in by a conjunction of time
    or cause ("since it disclosed a breach in September", "after users reported it last week"):
    it dates that clause's event."""
    span = document.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return False
    # "after the problem users reported last week": that report's date
    return introduced_by(span.root, _OTHER_TIME_MARKS, _OTHER_TIME_PREPOSITIONS)


def _dates_another_thing(document: Document, main: MainEvent, expression: TemporalExpression) -> bool:
    """Whether a date belongs to something the sentence only mentions: it names another event
    ("heading into Tuesday's vote", "a year-end budget deal"), unless that event is the main one
    or the setting of what is reported ("said during Saturday's debate"); or it stands in a
    relative clause about a person ("Tom Ray, who a week ago quit the board")."""
    span = document.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return False
    mentions = {trigger.token for trigger in main.mentions}
    token = span.root
    if token.dep_ in {"poss", "compound", "nmod"} and token.head.i not in mentions:
        owner = token.head
        setting = owner.dep_ == "pobj" and owner.head.lower_ in _SETTING
        if owner.pos_ in {"NOUN", "PROPN"} and kind_of(owner)[0] is not None and not setting:
            return True
    while token.head.i != token.i:
        if token.i in mentions:
            return False
        if token.dep_ == "relcl" and token.head.ent_type_ == "PERSON":
            return True
        token = token.head
    return False


_SETTING = frozenset({"during", "at", "in", "on"})  # "said during Saturday's debate": where it was said
_OTHER_TIME_MARKS = frozenset({"since", "after", "before", "until", "once", "because", "when", "as"})
_OTHER_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "until", "following"})


def _governs(document: Document, trigger: int, expression: TemporalExpression) -> bool:
    """Whether the trigger governs the expression in the parse, within its own clause ("met on
    Monday", "Monday's talks")."""
    span = document.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.head.i != token.i:
        if token.dep_ in {"ccomp", "advcl", "relcl", "acl", "parataxis"} and token.i != trigger:
            return False
        token = token.head
        if token.i == trigger:
            return True
    return False


def _may_date_the_event(document: Document, expression: TemporalExpression) -> bool:
    """A stated date of the story (not a dateline, a caption's or page furniture's), nor that of a source."""
    return (
        is_stated_date(expression)
        and document.in_story(expression.start)
        and not _dates_the_source(document.text, expression)
    )


def _refined(document: Document, coarse: TemporalExpression, published: date | None) -> TemporalExpression:
    """A week or month the lead gives, narrowed to the day inside it that its paragraph or the next
    two name ("This past week marked the opening ... celebrated the Thursday opening"); not to
    a day after publication, which tells what is still to come."""
    if coarse.precision not in _REFINABLE_PRECISIONS or coarse.earliest is None or coarse.latest is None:
        return coarse
    blocks = document.layout.blocks
    index = next((i for i, block in enumerate(blocks) if block.start <= coarse.start < block.end), None)
    if index is None:
        return coarse
    next_end = blocks[min(index + _REFINING_BLOCKS, len(blocks) - 1)].end
    for expression in document.dates.expressions:
        if not coarse.end <= expression.start < next_end or expression.precision != "day":
            continue
        if expression.earliest is None or expression.latest is None or not _may_date_the_event(document, expression):
            continue
        if published is not None and expression.earliest.date() > published:
            continue
        if coarse.earliest <= expression.earliest and expression.latest <= coarse.latest:
            return expression
    return coarse


def event_duration(text: str, expressions: Sequence[TemporalExpression]) -> TemporalExpression | None:
    """The first stated duration that qualifies an event word near it."""
    for expression in expressions:
        if expression.type != "DURATION":
            continue
        window = text[max(0, expression.start - _DURATION_REACH) : expression.end + _DURATION_REACH]
        if _DURATION_CONTEXT.search(window):
            return expression
    return None


def _closes_a_period(text: str, expression: TemporalExpression) -> bool:
    """Whether the expression ends the period a figure covers ("sales in the three months to the
    end of September", "the year ending March 31"): it dates the figures, not the news."""
    return _PERIOD_END.search(text, max(0, expression.start - _PERIOD_REACH), expression.start) is not None


def _dates_the_source(text: str, expression: TemporalExpression) -> bool:
    """Whether the expression dates where the news came from, not the event ("according to a
    posting made 24 hours ago, the site is under attack")."""
    clause_start = max(text.rfind(",", 0, expression.start), text.rfind("\n", 0, expression.start)) + 1
    return _SOURCE_CLAUSE.search(text, clause_start, expression.start) is not None
