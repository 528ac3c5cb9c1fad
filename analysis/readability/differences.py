"""Why textstat's figure differs from ours, item by item, on the same text.

textstat (0.7.13) is given exactly the text we score (the paragraphs, a blank line between them) and its
own counting is replayed: its sentence pattern (``\\b[^.!?]+[.!?]*``, pieces of two words or fewer dropped),
its word list (punctuation removed, so "war-torn" becomes "wartorn" and "100,000" becomes "100000"), and its
syllables (first CMUdict pronunciation of the lower-cased word, else pyphen's hyphenation points + 1).
Each difference is one row of :func:`textstat_differences`:

* ``count``: each count side by side (sentences, words, syllables, ...), with the reason in general terms;
* ``sentence_split``: one of our sentences that textstat cuts into pieces (at "Jan. 30", "U.S. officials");
* ``sentence_merged``: a textstat piece that runs over two of our sentences (a line without a full stop);
* ``sentence_dropped``: a piece textstat leaves out of its sentence count (two words or fewer);
* ``word_syllables``: a word whose syllables textstat counts differently, with both readings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import pairwise

import pandas as pd

from ..model import Article, Sentence
from .result import ReadabilityResult, analyze, scored_sentences, scored_text
from .textstat_offline import textstat_module

DIFFERENCE_COLUMNS = [
    "kind",
    "item",
    "ours",
    "textstat",
    "occurrences",
    "start",
    "end",
    "rule",
    "explanation",
]
_TS_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)

COUNT_REASONS: dict[str, str] = {
    "sentences": "textstat cuts at every '.', '!' or '?' (also after 'Jan.' or 'U.S.') and drops pieces of "
    "two words or fewer; we use the package's sentence segmentation",
    "words": "textstat splits on spaces after removing punctuation; we count the package's word tokens",
    "syllables": "textstat reads each figure and unknown word through pyphen's hyphenation (+1) and looks "
    "abbreviations up as words ('US' = 'us'); we read figures, abbreviations and compounds aloud",
    "characters": "textstat's ARI counts every non-space character (punctuation too) and its Coleman-Liau "
    "every letter or digit left after removing punctuation; we count letters and digits of words",
    "polysyllables": "both count words of 3+ syllables for SMOG; the syllable counts differ (see syllables)",
    "complex_words": "textstat's Fog counts words of 3+ syllables that are not on the Dale-Chall list, names "
    "and -ed/-es/-ing forms included; we apply Gunning's rules (no names, compounds or 3rd syllables from "
    "-es/-ed/-ing)",
    "difficult_words": "textstat counts every word not on the Dale-Chall list, names and inflections of "
    "listed words included; we apply the published rules (names, figures, regular inflections are familiar)",
}


@cache
def _ts_backend() -> tuple:
    textstat_module()
    from textstat.backend.counts import count_syllables, count_words
    from textstat.backend.selections import list_words
    from textstat.backend.transformations import remove_punctuation

    return count_syllables, count_words, list_words, remove_punctuation


def textstat_counts(text: str) -> dict[str, int]:
    """textstat's own counts for ``text`` (the inputs of its seven scores)."""
    ts = textstat_module()
    from textstat.backend.counts import count_difficult_words, count_polysyllable_words

    return {
        "sentences": int(ts.sentence_count(text)),
        "words": int(ts.lexicon_count(text)),
        "syllables": int(ts.syllable_count(text)),
        "characters": int(ts.char_count(text)),
        "polysyllables": int(count_polysyllable_words(text, "en_US")),
        "complex_words": int(count_difficult_words(text, "en_US", 3)),
        "difficult_words": int(count_difficult_words(text, "en_US", 0)),
    }


def _ts_word_syllables(token: str) -> tuple[int, str]:
    """textstat's syllables for one of our word tokens, and where they came from."""
    count_syllables, _count_words, _list_words, remove_punctuation = _ts_backend()
    from .textstat_offline import cmu_dict

    pieces = remove_punctuation(token, rm_apostrophe=False).lower().split()
    total = sum(count_syllables(p, "en_US") for p in pieces)
    how = "cmudict" if pieces and all(p in cmu_dict() for p in pieces) else "pyphen"
    return total, how


def _offset_map(article: Article, result_parts: list[int]) -> list[tuple[int, int, int]]:
    """(start in the joined text, start in the article, length) for each scored part."""
    out: list[tuple[int, int, int]] = []
    pos = 0
    for i in result_parts:
        p = article.parts[i]
        out.append((pos, p.start, p.end - p.start))
        pos += p.end - p.start + 2
    return out


def _to_article(
    omap: list[tuple[int, int, int]], a: int, b: int, ends: list[int] | None = None
) -> list[tuple[int, int]]:
    """Article spans covered by joined-text span ``[a, b)``.

    ``ends`` (each part's end in the joined text, ascending like the map) lets the parts before ``a`` be
    skipped by a binary search: reading the whole map for every textstat sentence grew with the square of
    a long article.
    """
    spans: list[tuple[int, int]] = []
    first = 0 if ends is None else bisect_right(ends, a)
    for js, as_, n in omap[first:] if first else omap:
        if ends is not None and js >= b:
            break
        lo, hi = max(a, js), min(b, js + n)
        if lo < hi:
            spans.append((as_ + lo - js, as_ + hi - js))
    return spans


def _touched(sentences: list[Sentence], ends: list[int] | None, spans: list[tuple[int, int]]) -> list[int]:
    """Indices of the sentences that overlap one of ``spans``, ascending.

    With ``ends`` (the sentences' ends, when the sentences are in text order without overlaps, so that
    their ends ascend too) only the sentences from the first ending after a span's start are read.
    """
    if ends is None:
        return [i for i, s in enumerate(sentences) if any(a < s.end and s.start < b for a, b in spans)]
    found: set[int] = set()
    for a, b in spans:
        i = bisect_right(ends, a)
        while i < len(sentences) and sentences[i].start < b:
            found.add(i)
            i += 1
    return sorted(found)


def _word_explanation(token: str, how: str, said: str, ts_how: str) -> str:
    if how == "number":
        return f"we read the figure as '{said}'; textstat removes its punctuation and uses {ts_how}"
    if how == "read-aloud":
        return f"we read '{token}' as '{said}'; textstat looks up '{token.replace('.', '').lower()}'"
    if how == "hyphenated":
        return (
            f"we count the parts of the compound; textstat glues them into '{token.replace('-', '').lower()}'"
        )
    if how == "spelled":
        return f"we spell the initialism ('{said}'); textstat uses {ts_how}"
    if how == "possessive":
        return f"we count the word and its possessive ending; textstat uses {ts_how}"
    if how == "estimated":
        return f"not in CMUdict: our estimator's count; textstat uses {ts_how}"
    return f"CMUdict's first pronunciation; textstat uses {ts_how}"


def textstat_differences(article: Article, result: ReadabilityResult | None = None) -> pd.DataFrame:
    """Every difference between our counting and textstat's on the scored text (see the module docstring)."""
    result = analyze(article, with_textstat=True) if result is None else result
    sentences, _scope = scored_sentences(article)
    text = scored_text(article, sentences)
    rows: list[dict] = []
    if not text:
        return pd.DataFrame(rows, columns=DIFFERENCE_COLUMNS)
    ours = result.counts.as_dict()
    # (count rows are sorted by their place in COUNT_REASONS, the rest by position in the text)
    theirs = textstat_counts(text)
    for name, reason in COUNT_REASONS.items():
        rows.append(
            {
                "kind": "count",
                "item": name,
                "ours": ours[name],
                "textstat": theirs[name],
                "occurrences": 1,
                "start": -1,
                "end": -1,
                "explanation": reason if ours[name] != theirs[name] else "same count",
            }
        )
    # Sentences.
    _cs, count_words, _lw, _rp = _ts_backend()
    parts: list[int] = []
    for s in sentences:
        if not parts or parts[-1] != s.part:
            parts.append(s.part)
    omap = _offset_map(article, parts)
    omap_ends = [js + n for js, _, n in omap]  # ascending: the parts are laid end to end
    in_order = all(x.start <= x.end <= y.start for x, y in pairwise(sentences))
    sentence_ends = [x.end for x in sentences] if in_order else None
    pieces_in: dict[int, list[tuple[int, int, str]]] = {}
    for m in _TS_SENTENCE.finditer(text):
        spans = _to_article(omap, m.start(), m.end(), omap_ends)
        piece = m.group().strip()
        if not spans or not piece:
            continue
        start, end = spans[0][0], spans[-1][1]
        touched = _touched(sentences, sentence_ends, spans)
        if count_words(piece) <= 2:
            rows.append(
                {
                    "kind": "sentence_dropped",
                    "item": piece,
                    "ours": 0,
                    "textstat": 0,
                    "occurrences": 1,
                    "start": start,
                    "end": end,
                    "explanation": "textstat does not count a piece of two words or fewer as a sentence",
                }
            )
        elif len(touched) > 1:
            rows.append(
                {
                    "kind": "sentence_merged",
                    "item": piece,
                    "ours": len(touched),
                    "textstat": 1,
                    "occurrences": 1,
                    "start": start,
                    "end": end,
                    "explanation": f"textstat reads {len(touched)} of our sentences as one (no '.', '!' "
                    "or '?' between them)",
                }
            )
        for i in touched:
            pieces_in.setdefault(i, []).append((start, end, piece))
    for i, s in enumerate(sentences):
        got = pieces_in.get(i, [])
        if len(got) > 1:
            cut_after = [p[2].split()[-1] for p in got[:-1]]
            rows.append(
                {
                    "kind": "sentence_split",
                    "item": article.span_text(s),
                    "ours": 1,
                    "textstat": len(got),
                    "occurrences": 1,
                    "start": s.start,
                    "end": s.end,
                    "explanation": "textstat cuts after " + ", ".join(repr(c) for c in cut_after),
                }
            )
    # Words whose syllables differ, grouped by token.
    seen: dict[str, dict] = {}
    for sf in result.sentences:
        for w in sf.words:
            ts_syl, ts_how = _ts_word_syllables(w.text)
            if ts_syl == w.syllables:
                continue
            row = seen.get(w.text)
            if row is None:
                seen[w.text] = {
                    "kind": "word_syllables",
                    "item": w.text,
                    "ours": w.syllables,
                    "textstat": ts_syl,
                    "occurrences": 1,
                    "start": w.start,
                    "end": w.end,
                    "rule": w.how,
                    "explanation": _word_explanation(w.text, w.how, w.said, ts_how),
                }
            else:
                row["occurrences"] += 1
    rows.extend(seen.values())
    order = {
        "count": 0,
        "sentence_split": 1,
        "sentence_merged": 2,
        "sentence_dropped": 3,
        "word_syllables": 4,
    }
    df = pd.DataFrame(rows, columns=DIFFERENCE_COLUMNS)
    df["_k"] = df["kind"].map(order)
    df["_n"] = range(len(df))  # count rows keep COUNT_REASONS order
    df["_s"] = df["start"].where(df["kind"] != "count", 0)
    out = df.sort_values(["_k", "_s", "_n"], kind="stable").drop(columns=["_k", "_n", "_s"])
    return out.reset_index(drop=True)
