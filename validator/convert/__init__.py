"""The converter: news articles in, validated news-event records out.

`convert(article)` runs the stages (listed in order in `pipeline`) and returns one record per event
the article reports, each checked against the schemas and the semantic rules; `analyse(article)`
returns what the stages found. `batch` converts many inputs, in one process or several. Helpers
of the stages: `nlp` (spaCy), `gazetteer` and `cities` (countries and cities), `speakers` and
`channels` (for `attribution`), `participants`, `values` and `records` (the assembly), and
`scoring` (answer keys, for `bench/eval_convert.py`).
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
