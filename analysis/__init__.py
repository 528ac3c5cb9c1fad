"""analysis: how hard a news article is to read, who it cites for what, and how certain it sounds.

The public entry points: load articles (:func:`load_articles`, :func:`load_article`), or parse text you
already have (:func:`parse_article`); every analyzer takes the resulting :class:`Article`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import InputError
from .lazy import lazy_names
from .model import Article, Part, Sentence, Span, Token

if TYPE_CHECKING:
    from .loading import iter_articles, load_article, load_articles
    from .parsing import parse_article
    from .tables import kind_summary, parts_table, sentences_table, set_aside_table

#: Names imported on first use (PEP 562): ``python -m analysis`` imports this package first, and pandas
#: (behind the tables) is half a second that ``predict`` and the corpus command's driver should not wait
#: for before they start their worker processes.
_LAZY = {
    "iter_articles": "loading",
    "load_article": "loading",
    "load_articles": "loading",
    "parse_article": "parsing",
    "kind_summary": "tables",
    "parts_table": "tables",
    "sentences_table": "tables",
    "set_aside_table": "tables",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())

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
