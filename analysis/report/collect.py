"""Everything one article's report shows, computed once: the analyzers' tables and the highlights.

The report notebook, the key findings, the charts, the index and the tests all read this one
:class:`ArticleReport`, so a number in a sentence, a cell of a table and a mark in the annotated article
come from the same computation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..model import Article, Span
from ..runtime import one_article
from . import layers
from .layers import Highlight, SourceKey


@dataclass
class ArticleReport:
    """One article's tables and highlights (tables are ``None`` until :func:`build` fills them)."""

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
    set_aside: list = field(default_factory=list)  # attribution.set_aside: what the keep model left out
    sources: list[SourceKey] = field(default_factory=list)
    # hedging
    cues: pd.DataFrame | None = None  # hedging.cues_table with voices
    density: pd.DataFrame | None = None  # hedging.densities
    voices: pd.DataFrame | None = None  # hedging.voice_table
    # highlights, sentence grades for shading
    highlights: list[Highlight] = field(default_factory=list)
    grades: dict[int, float | None] = field(default_factory=dict)

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


#: What the report shows from the pipeline: readability with textstat's figures beside ours, the
#: attributions over the body and captions, and the hedging judgements the corpus tables hold too (the
#: hedging tables read them back from the article: :func:`analysis.hedging.judge`).
REPORT_LAYERS: tuple[str, ...] = ("readability", "attributions", "judgements")
REPORT_CONFIG = {"readability": {"with_textstat": True}}


def with_textstat(article: Article) -> bool:
    """Whether the report computes textstat's figures beside ours: not for a long article
    (:data:`~analysis.report.limits.LONG_ARTICLE_CHARS`), where textstat alone takes about 4 s per MB and
    the comparison, made for news articles, says little; the report's table says it was not computed."""
    from .limits import LONG_ARTICLE_CHARS

    return len(article.text) <= LONG_ARTICLE_CHARS


@one_article()
def build(article: Article) -> ArticleReport:
    """Run the analyzers on ``article`` (via :mod:`analysis.pipeline`) and collect tables and highlights."""
    from .. import attribution, hedging, readability
    from ..pipeline import Pipeline

    config = REPORT_CONFIG if with_textstat(article) else {"readability": {"with_textstat": False}}
    # The hedging judgements (layer "judgements", the same as the corpus tables') read every prose part,
    # headline and standfirst too; the pipeline finds those attributions first and selects the
    # body-and-captions layer from the same run (see attribution.extract._selected): one run per report.
    doc = Pipeline(REPORT_LAYERS, config)(article)
    r = ArticleReport(article)
    r.readability = doc["readability"]
    r.scores = readability.scores_table(article, r.readability)
    r.sentences = readability.sentences_table(article, r.readability)
    r.grades = {
        int(row.sentence): (None if pd.isna(row.difficulty) else float(row.difficulty))
        for row in r.sentences.itertuples(index=False)
        if int(row.sentence) >= 0
    }
    r.attributions = doc["attributions"]
    r.attribution_table = attribution.attributions_table(article, r.attributions)
    r.inventory = attribution.source_inventory(article, r.attributions)
    r.shares = attribution.attribution_shares(article, r.attributions)
    r.set_aside = attribution.set_aside(article)
    r.sources = layers.source_keys(r.inventory)
    r.highlights += layers.attribution_highlights(article, r.attributions, r.sources)
    r.cues = hedging.cues_table(article, r.content_spans)
    r.density = hedging.densities(article)
    r.voices = hedging.voice_table(article, r.content_spans)
    r.highlights += layers.hedging_highlights(r.cues)
    r.highlights = layers.merge_duplicates(r.highlights)
    return r
