"""Sentence judgements: is a sentence uncertain, does it rest on vague attribution?

``uncertain`` follows the Szeged Uncertainty Corpus: the sentence expresses semantic uncertainty (its
proposition is presented as possible, probable, believed, conditional or under investigation, not as
fact). ``weasel`` says the sentence leans on vague or unsupported attribution ("some experts say",
"it is widely believed"): it holds when a weasel cue is present, or when the model trained on the
CoNLL-2010 Wikipedia labels (which mark weasel wording as well as hedges) flags the sentence while the
uncertainty model does not. The second part catches vague attributions the patterns miss without
re-counting ordinary hedges as weasel wording.

Both judgements come from the linear model of :mod:`analysis.hedging.classifier`; if its weight file is
absent, they fall back to the rule cues (any hedge or shield: uncertain; any weasel cue: weasel), which is
cruder (see the README notes for the measured difference).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..model import Article
from .classifier import article_features, features, model
from .cues import Match, SentenceScan, cues_of, scan

SENTENCE_COLUMNS = [
    "article",
    "sentence",
    "start",
    "end",
    "kind",
    "uncertain",
    "weasel",
    "n_hedges",
    "n_boosters",
    "n_shields",
    "n_weasels",
    "p_uncertain",
    "p_weasel",
    "text",
]


@dataclass(frozen=True, slots=True)
class Judgement:
    uncertain: bool
    weasel: bool
    p_uncertain: float  # model probability; 1.0/0.0 from the rule fallback
    p_weasel: float


def judge_features(feats: set[str], matches: list[Match]) -> Judgement:
    """Judge one text from its features and the cue patterns matched in it."""
    has_weasel_cue = any(m.kind == "weasel" for m in matches)
    m = model()
    if m is None:
        unc = any(x.kind in ("hedge", "shield") for x in matches)
        return Judgement(unc, has_weasel_cue, float(unc), float(has_weasel_cue))
    unc, wea, pu, pw = m.judge(feats)
    return Judgement(unc, has_weasel_cue or (wea and not unc), pu, pw)


def judge_scan(sc: SentenceScan) -> Judgement:
    return judge_features(features(sc.words, sc.matches), sc.matches)


def judge_text(scans: list[SentenceScan]) -> Judgement:
    """One judgement for several sentences read as one text (how labelled records are judged)."""
    matches = [m for sc in scans for m in sc.matches]
    return judge_features(article_features(scans), matches)


@dataclass(frozen=True, slots=True)
class SentenceJudgement:
    """The judgement of one sentence, with its cue counts (a row of :func:`judge_sentences`)."""

    sentence: int
    start: int
    end: int
    kind: str  # the kind of the part the sentence is in
    uncertain: bool
    weasel: bool
    n_hedges: int
    n_boosters: int
    n_shields: int
    n_weasels: int
    p_uncertain: float
    p_weasel: float


def judge(article: Article) -> list[SentenceJudgement]:
    """Every sentence of the article judged, in text order (records; no pandas, for corpus-scale runs)."""
    out = []
    parts = article.parts
    sentences = article.sentences
    empty = Judgement(False, False, 0.0, 0.0)
    for sc in scan(article):
        s = sentences[sc.sentence]
        j = judge_scan(sc) if sc.words else empty
        kinds = [m.kind for m in sc.matches]
        out.append(
            SentenceJudgement(
                sc.sentence,
                s.start,
                s.end,
                parts[s.part].kind,
                j.uncertain,
                j.weasel,
                kinds.count("hedge"),
                kinds.count("booster"),
                kinds.count("shield"),
                kinds.count("weasel"),
                round(j.p_uncertain, 4),
                round(j.p_weasel, 4),
            )
        )
    return out


_DTYPES = {
    "sentence": "int64",
    "start": "int64",
    "end": "int64",
    "uncertain": bool,
    "weasel": bool,
    "n_hedges": "int64",
    "n_boosters": "int64",
    "n_shields": "int64",
    "n_weasels": "int64",
    "p_uncertain": "float64",
    "p_weasel": "float64",
}


def judge_sentences(article: Article) -> pd.DataFrame:
    """One row per sentence of the article (all parts; ``kind`` is the part kind), in text order."""
    records = judge(article)
    cols: dict[str, list] = {c: [getattr(r, c) for r in records] for c in _DTYPES}
    cols["kind"] = [r.kind for r in records]
    cols["text"] = [article.text[r.start : r.end] for r in records]
    cols["article"] = [article.id] * len(records)
    df = pd.DataFrame(cols, columns=SENTENCE_COLUMNS)
    return df if records else df.astype(_DTYPES)


__all__ = [
    "SENTENCE_COLUMNS",
    "Judgement",
    "SentenceJudgement",
    "cues_of",
    "judge",
    "judge_features",
    "judge_scan",
    "judge_sentences",
    "judge_text",
]
