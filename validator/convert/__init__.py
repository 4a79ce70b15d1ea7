"""The converter: news articles in, news-event records out (issue 6, in progress).

Stages land one module each. So far, in pipeline order:

1. `article`: an input (text, JSON with metadata, stdin) read into an `Article`, or refused;
2. `nlp`: sentences, entities and dependency parses (spaCy, small English pipeline);
3. `quotes`: the spans between quotation marks;
4. `attribution`: statements, direct and reported, with speaker as written, verb and channel;
5. `people`: each person under their fullest name, with surname and pronoun mentions and titles;
6. `events`: the main event's kind, mode and lifecycle from the headline and lead, with their cues;
7. `when`: the main event's date and duration among the temporal engine's expressions;
8. `places`: the main event's place and its country.

`gazetteer` maps country names, short forms and demonyms to ISO 3166-1; `scoring` scores answers
against the converter's answer keys (`bench/eval_convert.py`).
"""

from .article import MAX_ARTICLE_BYTES, Article, ArticleError, article_from_bytes, read_article
from .pipeline import ConversionError, analyse, convert

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Article",
    "ArticleError",
    "ConversionError",
    "analyse",
    "article_from_bytes",
    "convert",
    "read_article",
]
