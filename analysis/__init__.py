"""analysis: how hard a news article is to read, who it cites for what, and how certain it sounds.

The public entry points: load articles (:func:`load_articles`, :func:`load_article`), or parse text you
already have (:func:`parse_article`); every analyzer takes the resulting :class:`Article`.
"""

from .errors import InputError
from .loading import iter_articles, load_article, load_articles
from .model import Article, Part, Sentence, Span, Token
from .parsing import parse_article
from .tables import kind_summary, parts_table, sentences_table, set_aside_table

__all__ = [
    "Article",
    "InputError",
    "Part",
    "Sentence",
    "Span",
    "Token",
    "iter_articles",
    "kind_summary",
    "load_article",
    "load_articles",
    "parse_article",
    "parts_table",
    "sentences_table",
    "set_aside_table",
]
