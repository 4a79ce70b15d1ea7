"""Exceptions raised by newsevent.

NewsEventError                 base of every error the library raises on purpose
├── UnknownSchemaError         a schema name that is not part of the format
├── InvalidRecordError         a record that breaks the format (carries its problems)
├── InputError                 a feed input that is missing or unreadable (inputs)
├── CompatibilityError         a folder without a usable set of schemas to compare (compat)
├── DatesError                 text of the wrong type given to the temporal engine (dates.engine)
├── AnchorError                a publication date or time zone that cannot be used (dates.anchor)
├── ArticleError               a converter input that cannot be converted (convert.article)
│   └── ConversionError        an article that reports no event, or whose record would be invalid (convert.pipeline)
└── PipelineError              no English spaCy pipeline is installed (convert.nlp)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .validation import Problem


class NewsEventError(Exception):
    """Base class of every error newsevent raises on purpose."""


class UnknownSchemaError(NewsEventError, LookupError):
    """A schema was asked for by a name the format does not have."""

    def __init__(self, name: str, available: Sequence[str]) -> None:
        self.name = name
        self.available = tuple(available)
        super().__init__(f"{name!r} is not a news-event schema; choose one of: {', '.join(self.available)}")


class InvalidRecordError(NewsEventError, ValueError):
    """A record (or feed) does not conform to the format. `problems` holds every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        if not problems:
            raise ValueError("InvalidRecordError needs at least one problem")
        self.problems = tuple(problems)
        first = self.problems[0]
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
        super().__init__(f"{first}{suffix}")
