"""Hedging as tidy tables: one row per cue, per section, per voice.

Counts are over the article body (headings and paragraphs), like every "body" figure of the package;
headline, standfirst and captions are listed in :func:`cues_table` (column ``part_kind``) but left out of
the densities, because a caption's hedging is not the article's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from ..intervals import SpanIndex
from ..model import BODY_KINDS, HEADING, Article, Span
from .cues import KINDS, VOICES, Cue, find_cues
from .sentences import accepted_cues, judge, judged_for_uncertainty

CUE_COLUMNS = [
    "article",
    "cue",
    "sentence",
    "part_kind",
    "start",
    "end",
    "category",
    "kind",
    "voice",
    "pattern",
    "rule",
    "sentence_uncertain_rule",
    "sentence_weasel_rule",
    "text",
]
DENSITY_COLUMNS = [
    "article",
    "section",
    "words",
    "sentences",
    "hedges",
    "boosters",
    "shields",
    "weasels",
    "hedges_per_100w",
    "boosters_per_100w",
    "uncertain_sentences",
    "uncertain_share",
    "weasel_share",
]
VOICE_COLUMNS = ["article", "voice", "kind", "cues", "share"]
ALL_BODY = "(whole body)"
LEAD = "(before the first heading)"


def cues_table(
    article: Article, content_spans: Sequence[Span] | None = None, attributions: Iterable[Any] | None = None
) -> pd.DataFrame:
    """One row per cue, in text order; ``voice`` is filled when attribution content spans are given.

    ``rule`` is the context rule that accepted the cue; ``sentence_uncertain_rule`` and
    ``sentence_weasel_rule`` say why its sentence was (or was not) judged uncertain or weasel
    (:mod:`analysis.hedging.sentences`), so a highlight can explain itself on hover. The source words
    behind a weasel or anonymous-source flag that no cue pattern covers ("Experts agree", "a police
    spokesman said") are rows too: category and kind ``weasel`` or ``anonymous``, ``pattern`` empty,
    ``rule`` the source rule. ``attributions`` as for :func:`analysis.hedging.judge`. Cues their
    sentence's judgement set aside (a weighed "expected" in a certain sentence) are not rows.
    """
    judged = judge(article, attributions)
    cues = accepted_cues(find_cues(article, content_spans), judged)
    # looked up, not scanned per flag: a scan of every content span made a long article quadratic
    spans = SpanIndex((s.start, s.end, None) for s in content_spans) if content_spans is not None else None
    items: list[tuple[int, int, str, str, int, str, str, str]] = [
        (c.start, c.end, c.category, c.kind, c.sentence, c.voice, c.pattern, c.rule) for c in cues
    ]
    for j in judged:
        for f in j.flag_spans:
            if f.rule in ("weasel_pattern", "shield_cue"):
                continue  # a cue row already
            kind = "weasel" if f.flag == "weasel" else "anonymous"
            voice = "" if spans is None else ("source" if spans.overlaps(f.start, f.end) else "reporter")
            items.append((f.start, f.end, kind, kind, j.sentence, voice, "", f.rule))
    items.sort(key=lambda t: (t[0], t[1], t[2]))
    rows = [
        {
            "article": article.id,
            "cue": n,
            "sentence": sent,
            "part_kind": article.parts[article.sentences[sent].part].kind,
            "start": a,
            "end": b,
            "category": cat,
            "kind": kind,
            "voice": voice,
            "pattern": pattern,
            "rule": rule,
            "sentence_uncertain_rule": judged[sent].uncertain_rule,
            "sentence_weasel_rule": judged[sent].weasel_rule,
            "text": article.text[a:b],
        }
        for n, (a, b, cat, kind, sent, voice, pattern, rule) in enumerate(items)
    ]
    return pd.DataFrame(rows, columns=CUE_COLUMNS)


def _per100(n: int, words: int) -> float:
    return round(100.0 * n / words, 2) if words else 0.0


def densities(article: Article) -> pd.DataFrame:
    """Per body section (text under one heading) and for the whole body: cues per 100 words, shares.

    ``uncertain_share`` and ``weasel_share`` are shares of the section's sentences judged so by
    :func:`judge_sentences`. A section is the run of paragraphs after a heading (the heading's own
    sentences included); paragraphs before the first heading form the first section. Only the cues the
    sentence judgements accept are counted (:func:`analysis.hedging.sentences.accepted_cues`).
    """
    judged = judge(article)
    cues = accepted_cues(find_cues(article), judged)
    section_of: dict[int, str] = {}
    current = LEAD
    for i, p in enumerate(article.parts):
        if p.kind == HEADING:
            current = article.span_text(p)
        if p.kind in BODY_KINDS:
            section_of[i] = current
    order: list[str] = []
    stats: dict[str, dict[str, int]] = {}

    def bucket(name: str) -> dict[str, int]:
        if name not in stats:
            order.append(name)
            stats[name] = dict.fromkeys(("words", "sentences", "s_uncertain", "s_weasel", *KINDS), 0)
        return stats[name]

    for i, p in enumerate(article.parts):
        if i in section_of:
            bucket(section_of[i])["words"] += len(article.words_in(p))
    sentence_section: dict[int, str] = {}
    for row in judged:
        part = article.sentences[row.sentence].part
        if part not in section_of:
            continue
        sentence_section[row.sentence] = section_of[part]
        b = bucket(section_of[part])
        b["sentences"] += 1
        b["s_uncertain"] += bool(row.uncertain)
        b["s_weasel"] += bool(row.weasel)
    for c in cues:
        name = sentence_section.get(c.sentence)
        if name is not None:
            stats[name][c.kind] += 1
    total = dict.fromkeys(("words", "sentences", "s_uncertain", "s_weasel", *KINDS), 0)
    for b in stats.values():
        for k in total:
            total[k] += b[k]
    rows = []
    for name, b in [*((n, stats[n]) for n in order), (ALL_BODY, total)]:
        rows.append(
            {
                "article": article.id,
                "section": name,
                "words": b["words"],
                "sentences": b["sentences"],
                "hedges": b["hedge"],
                "boosters": b["booster"],
                "shields": b["shield"],
                "weasels": b["weasel"],
                "hedges_per_100w": _per100(b["hedge"], b["words"]),
                "boosters_per_100w": _per100(b["booster"], b["words"]),
                "uncertain_sentences": b["s_uncertain"],
                "uncertain_share": round(b["s_uncertain"] / b["sentences"], 3) if b["sentences"] else 0.0,
                "weasel_share": round(b["s_weasel"] / b["sentences"], 3) if b["sentences"] else 0.0,
            }
        )
    return pd.DataFrame(rows, columns=DENSITY_COLUMNS)


def voice_table(
    article: Article, content_spans: Sequence[Span], cues: list[Cue] | None = None
) -> pd.DataFrame:
    """Body cues counted by voice (reporter, source) and kind; ``share`` is the voice's share of the kind.

    Cues set aside by their sentence's judgement are not counted (as in :func:`densities`)."""
    from .cues import voice_split

    labelled = accepted_cues(voice_split(article, content_spans, cues), judged_for_uncertainty(article))
    body = {i for i, s in enumerate(article.sentences) if article.parts[s.part].kind in BODY_KINDS}
    counts = {(v, k): 0 for v in VOICES for k in KINDS}
    for c in labelled:
        if c.sentence in body:
            counts[(c.voice, c.kind)] += 1
    rows = []
    for v in VOICES:
        for k in KINDS:
            tot = counts[("reporter", k)] + counts[("source", k)]
            rows.append(
                {
                    "article": article.id,
                    "voice": v,
                    "kind": k,
                    "cues": counts[(v, k)],
                    "share": round(counts[(v, k)] / tot, 3) if tot else 0.0,
                }
            )
    return pd.DataFrame(rows, columns=VOICE_COLUMNS)
