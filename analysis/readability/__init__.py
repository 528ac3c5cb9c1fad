"""Readability that is right: the published formulas on correct counts, side by side with textstat.

Public API (names are stable):

* :func:`analyze` -> :class:`ReadabilityResult`: counts, the seven scores (with bands and flags),
  textstat's value for each, per-sentence facts (spans, counts, difficulty) and sections;
* tables: :func:`scores_table`, :func:`counts_table`, :func:`sentences_table`, :func:`paragraphs_table`,
  :func:`sections_table`, :func:`words_table`, :func:`excluded_table`, :func:`corpus_table`;
* :func:`textstat_differences`: every difference from textstat, explained;
* :func:`findings`: generated sentences for the notebook;
* :func:`syllables`, :func:`word_reading`: one word's syllables and the rule behind them.

textstat is always used through :mod:`.textstat_offline` (each module that uses it imports that first), so
that textstat never downloads anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names
from .counts import Counts, SentenceFacts, WordFacts
from .formulas import SCORE_NAMES, Score, score_all
from .result import ReadabilityResult, Section, analyze, scored_sentences, scored_text, sentence_difficulty
from .syllables import Reading, syllables, word_reading  # the function, not the module of the same name

if TYPE_CHECKING:
    from .differences import textstat_counts, textstat_differences
    from .report import findings
    from .tables import (
        corpus_table,
        counts_table,
        excluded_table,
        paragraphs_table,
        scores_table,
        sections_table,
        sentences_table,
        words_table,
    )

#: Public name -> the module that defines it, imported on first use (PEP 562). A corpus run needs the
#: counts and formulas only: the tables (pandas) and textstat (which imports nltk) cost it half a second
#: in every process. The modules that use textstat import :mod:`.textstat_offline` themselves, first.
_LAZY = {
    "textstat_counts": "differences",
    "textstat_differences": "differences",
    "findings": "report",
    "corpus_table": "tables",
    "counts_table": "tables",
    "excluded_table": "tables",
    "paragraphs_table": "tables",
    "scores_table": "tables",
    "sections_table": "tables",
    "sentences_table": "tables",
    "words_table": "tables",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


__all__ = [
    "SCORE_NAMES",
    "Counts",
    "ReadabilityResult",
    "Reading",
    "Score",
    "Section",
    "SentenceFacts",
    "WordFacts",
    "analyze",
    "corpus_table",
    "counts_table",
    "excluded_table",
    "findings",
    "paragraphs_table",
    "score_all",
    "scored_sentences",
    "scored_text",
    "scores_table",
    "sections_table",
    "sentence_difficulty",
    "sentences_table",
    "syllables",
    "textstat_counts",
    "textstat_differences",
    "word_reading",
    "words_table",
]
