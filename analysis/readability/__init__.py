"""Readability that is right: the published formulas on correct counts, side by side with textstat.

Public API (names are stable):

* :func:`analyze` -> :class:`ReadabilityResult`: counts, the seven scores (with bands and flags),
  textstat's value for each, per-sentence facts (spans, counts, difficulty) and sections;
* tables: :func:`scores_table`, :func:`counts_table`, :func:`sentences_table`, :func:`paragraphs_table`,
  :func:`sections_table`, :func:`words_table`, :func:`excluded_table`, :func:`corpus_table`;
* :func:`textstat_differences`: every difference from textstat, explained;
* :func:`findings`: generated sentences for the notebook;
* :func:`syllables`, :func:`word_reading`: one word's syllables and the rule behind them.

textstat is always used through :mod:`.textstat_offline`, which is imported first so that textstat never
downloads anything.
"""

from . import textstat_offline  # noqa: F401  (first: patch textstat before anything uses it)
from .counts import Counts, SentenceFacts, WordFacts
from .differences import textstat_counts, textstat_differences
from .formulas import SCORE_NAMES, Score, score_all
from .report import findings
from .result import ReadabilityResult, Section, analyze, scored_sentences, scored_text, sentence_difficulty
from .syllables import Reading, syllables, word_reading
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
