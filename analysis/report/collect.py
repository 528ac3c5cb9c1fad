"""Everything one article's report shows, computed once: the analyzers' tables and the highlights.

The report notebook, the key findings, the charts, the index and the tests all read this one
:class:`ArticleReport`, so a number in a sentence, a cell of a table and a mark in the annotated article
come from the same computation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..model import Article, Span
from . import layers
from .layers import Highlight, SourceKey


@dataclass
class ArticleReport:
    """One article's tables (``None`` for an analyzer that is not available) and highlights."""

    article: Article
    # readability
    readability: object | None = None  # analysis.readability.ReadabilityResult
    scores: pd.DataFrame | None = None  # readability.scores_table
    sentences: pd.DataFrame | None = None  # readability.sentences_table
    # attribution
    attributions: list = field(default_factory=list)  # Attribution records
    attribution_table: pd.DataFrame | None = None  # attribution.attributions_table
    inventory: pd.DataFrame | None = None  # attribution.source_inventory
    shares: dict | None = None  # attribution.attribution_shares
    sources: list[SourceKey] = field(default_factory=list)
    # hedging
    cues: pd.DataFrame | None = None  # hedging.cues_table with voices
    density: pd.DataFrame | None = None  # hedging.densities
    voices: pd.DataFrame | None = None  # hedging.voice_table
    # highlights, sentence grades for shading
    highlights: list[Highlight] = field(default_factory=list)
    grades: dict[int, float | None] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # analyzers that could not be imported

    @property
    def content_spans(self) -> list[Span]:
        return [c for a in self.attributions for c in a.content]

    def score(self, name: str = "flesch_kincaid_grade") -> float | None:
        """One readability score's value from the scores table (None when not scored)."""
        if self.scores is None:
            return None
        rows = self.scores[self.scores["score"] == name]
        if rows.empty or pd.isna(rows["value"].iloc[0]):
            return None
        return float(rows["value"].iloc[0])

    @property
    def body_density(self) -> pd.Series | None:
        """The whole-body row of the hedging densities table."""
        if self.density is None:
            return None
        from ..hedging.tables import ALL_BODY

        rows = self.density[self.density["section"] == ALL_BODY]
        return None if rows.empty else rows.iloc[0]


def build(article: Article) -> ArticleReport:
    """Run every available analyzer on ``article`` and collect tables and highlights."""
    r = ArticleReport(article)
    try:
        from .. import readability
    except ImportError:
        r.missing.append("readability")
    else:
        r.readability = readability.analyze(article)
        r.scores = readability.scores_table(article, r.readability)
        r.sentences = readability.sentences_table(article, r.readability)
        r.grades = {
            int(row.sentence): (None if pd.isna(row.difficulty) else float(row.difficulty))
            for row in r.sentences.itertuples(index=False)
            if int(row.sentence) >= 0
        }
    try:
        from .. import attribution
    except ImportError:
        r.missing.append("attribution")
    else:
        r.attributions = attribution.find_attributions(article)
        r.attribution_table = attribution.attributions_table(article, r.attributions)
        r.inventory = attribution.source_inventory(article, r.attributions)
        r.shares = attribution.attribution_shares(article, r.attributions)
        r.sources = layers.source_keys(r.inventory)
        r.highlights += layers.attribution_highlights(article, r.attributions, r.sources)
    try:
        from .. import hedging
    except ImportError:
        r.missing.append("hedging")
    else:
        r.cues = hedging.cues_table(article, r.content_spans if r.attribution_table is not None else None)
        r.density = hedging.densities(article)
        if r.attribution_table is not None:
            r.voices = hedging.voice_table(article, r.content_spans)
        r.highlights += layers.hedging_highlights(r.cues)
    r.highlights = layers.merge_duplicates(r.highlights)
    return r
