"""Findings as sentences, generated from the numbers (never typed by hand into a notebook).

Each function returns plain-text sentences (Markdown-safe: article text is HTML-escaped and quoted), so a
notebook shows them with ``IPython.display.Markdown`` and a test can assert them.
"""

from __future__ import annotations

import html

import pandas as pd

from ..model import BODY_KINDS, Article
from ..wording import grade, plural
from .differences import textstat_differences
from .formulas import LABELS
from .result import ReadabilityResult, analyze
from .tables import sections_table, sentences_table

#: How our syllable rules are named in the findings (see analysis.readability.syllables).
RULE_NAMES = {
    "number": "figures read aloud",
    "read-aloud": "abbreviations read in full",
    "spelled": "initialisms spelled out",
    "hyphenated": "hyphenated compounds",
    "possessive": "possessives",
    "estimated": "words not in CMUdict",
    "cmudict": "dictionary words",
}


#: A sentence named "the hardest" must be a body sentence of at least this many words: a fragment (a
#: button such as "- DownloadDownload", a label) scores absurd grades and says nothing of the writing.
QUOTABLE_MIN_WORDS = 5


def quotable_sentences(article: Article, table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a ``sentences_table`` a finding may name as the hardest: scored body sentences of
    at least :data:`QUOTABLE_MIN_WORDS` words."""
    body = [i for i, p in enumerate(article.parts) if p.kind in BODY_KINDS]
    keep = table["difficulty"].notna() & (table["words"] >= QUOTABLE_MIN_WORDS) & table["part"].isin(body)
    return table[keep]


def _quote(text: str, limit: int = 90) -> str:
    t = " ".join(text.split())
    if len(t) > limit:
        t = t[: limit - 1].rsplit(" ", 1)[0] + " …"
    return "“" + html.escape(t).replace("*", "\\*").replace("_", "\\_") + "”"


def _fmt(v: float | None) -> str:
    return "undefined" if v is None else f"{v:.1f}"


def headline_finding(article: Article, result: ReadabilityResult) -> str:
    c = result.counts
    fre = result.scores["flesch_reading_ease"]
    fk = result.scores["flesch_kincaid_grade"]
    if c.words == 0:
        return "There is no text to score: no words were found."
    scope = (
        "its paragraphs only (headline, subheadings, captions, credits and footer left out)"
        if result.scope == "paragraphs"
        else "the whole text (no paragraphs were found)"
    )
    return (
        f"Scored on {scope}: {plural(c.sentences, 'sentence')}, {plural(c.words, 'word')} and "
        f"{plural(c.syllables, 'syllable')}, "
        f"the article reads at Flesch Reading Ease {_fmt(fre.value)}, “{fre.band}”, and at US grade "
        f"{_fmt(fk.value)} by Flesch-Kincaid ({fk.band}); an average sentence has "
        f"{c.words / c.sentences:.1f} words and an average word {c.syllables / c.words:.2f} syllables."
    )


def textstat_finding(article: Article, result: ReadabilityResult) -> str:
    ts = result.textstat.get("flesch_reading_ease")
    ts_fk = result.textstat.get("flesch_kincaid_grade")
    if ts is None or result.counts.words == 0:
        return "textstat was not run on this text."
    d = textstat_differences(article, result)
    counts = d[d["kind"] == "count"].set_index("item")
    splits = d[d["kind"] == "sentence_split"]
    dropped = d[d["kind"] == "sentence_dropped"]
    merged = d[d["kind"] == "sentence_merged"]
    words = d[d["kind"] == "word_syllables"]
    parts = [
        f"textstat 0.7.13 gives {ts:.1f} (grade {_fmt(ts_fk)}) for the same text because it counts "
        f"{counts.loc['sentences', 'textstat']} sentences where we count "
        f"{counts.loc['sentences', 'ours']} and {counts.loc['syllables', 'textstat']} syllables where we "
        f"count {counts.loc['syllables', 'ours']}"
    ]
    reasons = []
    if len(splits):
        cuts = sorted({e.removeprefix("textstat cuts after ") for e in splits["explanation"]})
        reasons.append(f"it cuts {len(splits)} sentence(s) in two after {', '.join(cuts)}")
    if len(dropped):
        reasons.append(
            f"it drops {len(dropped)} piece(s) of two words or fewer from its sentence count "
            f"({', '.join(_quote(t, 30) for t in dropped['item'])})"
        )
    if len(merged):
        reasons.append(f"it runs {len(merged)} pair(s) of our sentences together")
    if len(words):
        n_occ = int(words["occurrences"].sum())
        kinds = words.groupby("rule")["occurrences"].sum()
        named = [f"{int(kinds[r])} {RULE_NAMES[r]}" for r in RULE_NAMES if r in kinds.index]
        examples = ", ".join(
            f"{html.escape(r.item)} ({r.ours} vs {r.textstat})" for r in words.head(5).itertuples()
        )
        reasons.append(
            f"it counts the syllables of {len(words)} distinct words ({n_occ} occurrences: "
            f"{', '.join(named)}) differently, e.g. {examples}"
        )
    return parts[0] + (": " + "; ".join(reasons) + "." if reasons else ".")


def section_finding(article: Article, result: ReadabilityResult) -> str:
    sec = sections_table(article, result)
    sec = sec[sec["flesch_kincaid_grade"].notna()]
    if len(sec) < 2:
        return "The body has no subheadings to compare sections by."
    hard = sec.loc[sec["flesch_kincaid_grade"].idxmax()]
    easy = sec.loc[sec["flesch_kincaid_grade"].idxmin()]
    return (
        f"Of its {len(sec)} sections, the hardest is {_quote(hard['heading'], 60)} (grade "
        f"{grade(hard['flesch_kincaid_grade'])}, {hard['words'] / hard['sentences']:.1f} words a sentence) "
        f"and the easiest {_quote(easy['heading'], 60)} (grade {grade(easy['flesch_kincaid_grade'])}, "
        f"{easy['words'] / easy['sentences']:.1f} words a sentence)."
    )


def sentence_findings(article: Article, result: ReadabilityResult, n: int = 3) -> list[str]:
    st = quotable_sentences(article, sentences_table(article, result))
    st = st.sort_values(["difficulty", "start"], ascending=[False, True]).head(n)
    out = []
    for rank, r in enumerate(st.itertuples(), 1):
        why = [f"{r.words} words"]
        if r.complex_words:
            why.append(f"{r.complex_words} complex word(s): {html.escape(r.hard_words)}")
        why.append(f"{r.syllables_per_word:.2f} syllables a word")
        out.append(
            f"Hardest sentence no. {rank} (grade {grade(r.difficulty)}; {', '.join(why)}): {_quote(r.text)}"
        )
    return out


def caveats(result: ReadabilityResult) -> list[str]:
    out = []
    c = result.counts
    if "smog_under_30_sentences" in result.flags:
        out.append(
            f"{LABELS['smog_index']} is shown but unreliable here: it was normed on 30 sentences and "
            f"this text has {c.sentences}."
        )
    if "non_english" in result.flags:
        out.append(
            "The text does not look like English; these formulas are for English, so read the scores "
            "with caution."
        )
    if "no_paragraphs" in result.flags:
        out.append("No paragraph was found, so the whole text was scored.")
    if "no_sentence_end" in result.flags:
        out.append("The text has no sentence-ending punctuation, so it counts as one long sentence.")
    return out


def findings(article: Article, result: ReadabilityResult | None = None) -> list[str]:
    """The notebook's findings, most important first."""
    res = analyze(article, with_textstat=True) if result is None else result
    if res.counts.words == 0:
        return [headline_finding(article, res)]
    return [
        headline_finding(article, res),
        textstat_finding(article, res),
        section_finding(article, res),
        *sentence_findings(article, res),
        *caveats(res),
    ]
