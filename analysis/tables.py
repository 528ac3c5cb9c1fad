"""The article model as tidy pandas tables: one row per part, one row per sentence.

Column names are stable (notebooks, reports and tests rely on them). Offsets are ``[start, end)`` into
``Article.text``; ``text`` columns hold the exact slice, so a table row and a highlight cannot disagree.
"""

from __future__ import annotations

import pandas as pd

from .model import BODY_KINDS, PART_KINDS, SET_ASIDE_KINDS, Article

PART_COLUMNS = ["article", "part", "kind", "start", "end", "words", "sentences", "in_body", "text", "reason"]
SENTENCE_COLUMNS = ["article", "sentence", "part", "kind", "start", "end", "words", "in_body", "text"]


def parts_table(article: Article) -> pd.DataFrame:
    """One row per part, in text order."""
    per_part = [0] * len(article.parts)
    for s in article.sentences:
        per_part[s.part] += 1
    rows = [
        {
            "article": article.id,
            "part": i,
            "kind": p.kind,
            "start": p.start,
            "end": p.end,
            "words": len(article.words_in(p)),
            "sentences": per_part[i],
            "in_body": p.kind in BODY_KINDS,
            "text": article.span_text(p),
            "reason": p.reason,
        }
        for i, p in enumerate(article.parts)
    ]
    return pd.DataFrame(rows, columns=PART_COLUMNS)


def sentences_table(article: Article) -> pd.DataFrame:
    """One row per sentence, in text order, with the kind of the part it belongs to."""
    rows = [
        {
            "article": article.id,
            "sentence": i,
            "part": s.part,
            "kind": article.parts[s.part].kind,
            "start": s.start,
            "end": s.end,
            "words": len(article.words_in(s)),
            "in_body": article.parts[s.part].kind in BODY_KINDS,
            "text": article.span_text(s),
        }
        for i, s in enumerate(article.sentences)
    ]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def kind_summary(article: Article) -> pd.DataFrame:
    """Parts, sentences and words per part kind, every kind listed (zeros included), in model order."""
    parts = parts_table(article)
    grouped = parts.groupby("kind").agg(
        parts=("part", "size"), sentences=("sentences", "sum"), words=("words", "sum")
    )
    out = grouped.reindex(list(PART_KINDS), fill_value=0).reset_index()
    out["role"] = [
        "body" if k in BODY_KINDS else "set aside" if k in SET_ASIDE_KINDS else "front" for k in out["kind"]
    ]
    return out[["kind", "role", "parts", "sentences", "words"]]


def set_aside_table(article: Article) -> pd.DataFrame:
    """The parts left out of the body (captions, credits, bylines, footers, page furniture) and why."""
    parts = parts_table(article)
    return parts[parts["kind"].isin(sorted(SET_ASIDE_KINDS))][["part", "kind", "text", "reason"]].reset_index(
        drop=True
    )
