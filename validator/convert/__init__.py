"""The converter: news articles in, news-event records out (issue 6, in progress).

Stages land one module each; so far: `article`, reading an input into an `Article`.
"""

from .article import MAX_ARTICLE_BYTES, Article, ArticleError, article_from_bytes, read_article

__all__ = ["MAX_ARTICLE_BYTES", "Article", "ArticleError", "article_from_bytes", "read_article"]
