"""What a shape reads besides its sentence: the article, its quotations, the word tables, and noun phrases.

A shape is a pure function ``shape(ctx, sentence, ...) -> Raw | None``; ``ctx`` is one
:class:`Context` per article. Where content ends is found by the functions of ``boundaries`` (given
``ctx``); where a source or addressee noun phrase starts and ends by the methods ``ctx`` has from
``noun_phrases.NounPhrases``. They read the sentence and the article, remember per-sentence facts in
``Sentence.memo``, and change nothing else.
"""

from __future__ import annotations

from ..noun_phrases import NounPhrases


class Context(NounPhrases):
    """One article's text, quotations, word tables (``t``) and the noun-phrase helpers."""
