"""Readability as tidy pandas tables, at every granularity: body, section, paragraph, sentence, word.

Column names are stable (the notebook, the per-article HTML report and tests rely on them). Offsets are
``[start, end)`` into ``Article.text``. Scores are rounded to 2 decimals; an undefined score is ``None``
(shown empty), never NaN from a division by zero. Every function accepts a precomputed
:class:`~.result.ReadabilityResult` to avoid recounting.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..model import Article
from .counts import SentenceFacts, total, word_static
from .formulas import FORMULAS, LABELS, SCORE_NAMES, flesch_kincaid_grade, flesch_reading_ease, score_all
from .result import ReadabilityResult, analyze, excluded_counts

COUNT_COLUMNS = [
    "sentences",
    "words",
    "syllables",
    "characters",
    "polysyllables",
    "complex_words",
    "difficult_words",
]
SCORE_COLUMNS = ["score", "label", "value", "band", "textstat", "difference", "formula", "flags"]
SENTENCE_COLUMNS = [
    "article",
    "sentence",
    "part",
    "section",
    "start",
    "end",
    "words",
    "syllables",
    "characters",
    "polysyllables",
    "complex_words",
    "difficult_words",
    "syllables_per_word",
    "difficulty",
    "flesch_reading_ease",
    "hard_words",
    "text",
]
PARAGRAPH_COLUMNS = [
    "article",
    "part",
    "section",
    "start",
    "end",
    *COUNT_COLUMNS,
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "text",
]
SECTION_COLUMNS = [
    "article",
    "section",
    "heading",
    "start",
    "end",
    "paragraphs",
    *COUNT_COLUMNS,
    *SCORE_NAMES,
]
WORD_COLUMNS = [
    "article",
    "sentence",
    "start",
    "end",
    "text",
    "syllables",
    "how",
    "said",
    "characters",
    "proper",
    "polysyllable",
    "complex",
    "difficult",
]
EXCLUDED_COLUMNS = ["kind", *COUNT_COLUMNS]


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _result(article: Article, result: ReadabilityResult | None) -> ReadabilityResult:
    return analyze(article, with_textstat=True) if result is None else result


def scores_table(article: Article, result: ReadabilityResult | None = None) -> pd.DataFrame:
    """One row per score: our value, its band, textstat's value on the same text, and the formula."""
    res = _result(article, result)
    rows = []
    for name in SCORE_NAMES:
        sc = res.scores[name]
        ts = res.textstat.get(name)
        ours = _r(sc.value)
        rows.append(
            {
                "score": name,
                "label": LABELS[name],
                "value": ours,
                "band": sc.band,
                "textstat": ts,
                "difference": None if ours is None or ts is None else round(ours - ts, 2),
                "formula": FORMULAS[name],
                "flags": ", ".join(sc.flags),
            }
        )
    return pd.DataFrame(rows, columns=SCORE_COLUMNS).astype(
        {"value": "Float64", "textstat": "Float64", "difference": "Float64"}
    )


def counts_table(article: Article, result: ReadabilityResult | None = None) -> pd.DataFrame:
    """The counts behind the scores, one row per count: ours and textstat's."""
    from .differences import textstat_counts
    from .result import scored_text

    res = _result(article, result)
    theirs = textstat_counts(scored_text(article)) if res.counts.words else dict.fromkeys(COUNT_COLUMNS, 0)
    ours = res.counts.as_dict()
    return pd.DataFrame([{"count": k, "ours": ours[k], "textstat": theirs[k]} for k in COUNT_COLUMNS])


def _section_of_part(res: ReadabilityResult) -> dict[int, int]:
    return {p: s.index for s in res.sections for p in s.parts}


def _hard_words(s: SentenceFacts) -> str:
    """The sentence's complex words, as ``WordFacts.complex`` has them (not a proper noun, and complex by
    :func:`word_static`), without building every word's facts: their readings cost a second on a 5 MB
    article and only this one flag is read."""
    text = s.text
    return ", ".join(
        w
        for t, proper in zip(s.tokens, s.proper, strict=True)
        if not proper and word_static(w := text[t.start : t.end])[3]
    )


def sentences_table(article: Article, result: ReadabilityResult | None = None) -> pd.DataFrame:
    """One row per scored sentence: counts and difficulty (Flesch-Kincaid grade of the sentence alone).

    ``sentence`` is the index in ``article.sentences``; ``hard_words`` lists its complex (Gunning) words.
    """
    res = _result(article, result)
    index = {(s.start, s.end): i for i, s in enumerate(article.sentences)}
    sec = _section_of_part(res)
    rows = []
    for s in res.sentences:
        c = s.counts
        rows.append(
            {
                "article": article.id,
                "sentence": index.get((s.start, s.end), -1),
                "part": s.part,
                "section": sec.get(s.part, -1),
                "start": s.start,
                "end": s.end,
                **{k: getattr(c, k) for k in COUNT_COLUMNS if k != "sentences"},
                "syllables_per_word": round(c.syllables / c.words, 2) if c.words else None,
                "difficulty": _r(flesch_kincaid_grade(c)),
                "flesch_reading_ease": _r(flesch_reading_ease(c)),
                "hard_words": _hard_words(s),
                "text": article.text[s.start : s.end],
            }
        )
    df = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    return df.astype(
        {"syllables_per_word": "Float64", "difficulty": "Float64", "flesch_reading_ease": "Float64"}
    )


def _grouped(res: ReadabilityResult) -> dict[int, list[SentenceFacts]]:
    out: dict[int, list[SentenceFacts]] = {}
    for s in res.sentences:
        out.setdefault(s.part, []).append(s)
    return out


def paragraphs_table(article: Article, result: ReadabilityResult | None = None) -> pd.DataFrame:
    """One row per scored paragraph, in text order."""
    res = _result(article, result)
    sec = _section_of_part(res)
    rows = []
    for part, sents in _grouped(res).items():
        p = article.parts[part] if 0 <= part < len(article.parts) else None
        c = total(sents)
        rows.append(
            {
                "article": article.id,
                "part": part,
                "section": sec.get(part, -1),
                "start": p.start if p else sents[0].start,
                "end": p.end if p else sents[-1].end,
                **c.as_dict(),
                "flesch_reading_ease": _r(flesch_reading_ease(c)),
                "flesch_kincaid_grade": _r(flesch_kincaid_grade(c)),
                "text": article.text[p.start : p.end] if p else "",
            }
        )
    df = pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS)
    return df.astype({"flesch_reading_ease": "Float64", "flesch_kincaid_grade": "Float64"})


def sections_table(article: Article, result: ReadabilityResult | None = None) -> pd.DataFrame:
    """One row per section (the text under each subheading; section 0 may be the text before the first)."""
    res = _result(article, result)
    by_part = _grouped(res)
    rows = []
    for sec in res.sections:
        sents = [s for p in sec.parts for s in by_part.get(p, [])]
        if not sents:
            continue
        c = total(sents)
        scores = score_all(c)
        rows.append(
            {
                "article": article.id,
                "section": sec.index,
                "heading": sec.title,
                "start": article.parts[sec.parts[0]].start,
                "end": article.parts[sec.parts[-1]].end,
                "paragraphs": len(sec.parts),
                **c.as_dict(),
                **{k: _r(scores[k].value) for k in SCORE_NAMES},
            }
        )
    df = pd.DataFrame(rows, columns=SECTION_COLUMNS)
    return df.astype(dict.fromkeys(SCORE_NAMES, "Float64"))


def words_table(article: Article, result: ReadabilityResult | None = None) -> pd.DataFrame:
    """One row per scored word: syllables and the rule that gave them, and what the word counts as."""
    res = _result(article, result)
    index = {(s.start, s.end): i for i, s in enumerate(article.sentences)}
    rows = [
        {
            "article": article.id,
            "sentence": index.get((s.start, s.end), -1),
            "start": w.start,
            "end": w.end,
            "text": w.text,
            "syllables": w.syllables,
            "how": w.how,
            "said": w.said,
            "characters": w.characters,
            "proper": w.proper,
            "polysyllable": w.polysyllable,
            "complex": w.complex,
            "difficult": w.difficult,
        }
        for s in res.sentences
        for w in s.words
    ]
    return pd.DataFrame(rows, columns=WORD_COLUMNS)


def excluded_table(article: Article, result: ReadabilityResult | None = None) -> pd.DataFrame:
    """What was left out of the scored body, by part kind (headline, heading, caption, footer ...).

    ``result`` is not needed (the counts are made on request, see ``excluded_counts``); it is accepted so
    that every table of this module takes the same arguments.
    """
    rows = [{"kind": k, **c.as_dict()} for k, c in excluded_counts(article).items()]
    return pd.DataFrame(rows, columns=EXCLUDED_COLUMNS)


def corpus_table(articles: Iterable[Article], with_textstat: bool = False) -> pd.DataFrame:
    """One row per article: counts and the seven scores (textstat's too when asked), sorted by article."""
    rows = []
    for a in articles:
        res = analyze(a, with_textstat=with_textstat)
        row: dict = {
            "article": a.id,
            "scope": res.scope,
            **res.counts.as_dict(),
            **{k: _r(res.scores[k].value) for k in SCORE_NAMES},
            "flags": ", ".join(res.flags),
        }
        if with_textstat:
            row.update({f"textstat_{k}": res.textstat[k] for k in SCORE_NAMES})
        rows.append(row)
    df = pd.DataFrame(rows)
    if df.empty:
        return df
    return df.sort_values("article", kind="stable").reset_index(drop=True)
