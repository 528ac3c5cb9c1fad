"""What a shape reads besides its sentence: the article, its quotations, the word tables, and the helpers.

A shape is a pure function ``shape(ctx, sentence, ...) -> Raw | None``; ``ctx`` is one
:class:`Context` per article. Its helpers say where content ends (``boundaries.Boundaries``) and where a
source or addressee noun phrase starts and ends (``noun_phrases.NounPhrases``); they read the sentence
and the article, remember per-sentence facts in ``Sentence.memo``, and change nothing else.
"""

from __future__ import annotations

from ..boundaries import Boundaries
from ..noun_phrases import NounPhrases


class Context(Boundaries, NounPhrases):
    """One article's quotations, word tables (``t``) and the boundary and noun-phrase helpers."""
