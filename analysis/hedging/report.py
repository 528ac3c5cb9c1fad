"""Findings about hedging as sentences generated from the numbers, for notebooks and reports.

Nothing here is typed by hand: each sentence is built from the tables of :mod:`analysis.hedging.tables`,
so the prose and the figures cannot disagree. Counts are over article bodies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from ..model import BODY_KINDS, Article, Span
from ..wording import count, pct, plural, rate, ratio, sentence_certainty
from .sentences import judge, judge_sentences
from .tables import ALL_BODY, cues_table, densities, voice_table


def summary(articles: Sequence[Article]) -> pd.DataFrame:
    """The whole-body density row of every article, in input order."""
    frames = [densities(a) for a in articles]
    if not frames:
        return pd.DataFrame()
    out = pd.concat([f[f["section"] == ALL_BODY] for f in frames], ignore_index=True)
    return out.drop(columns=["section"])


def findings(
    articles: Sequence[Article], content_spans: Mapping[str, Sequence[Span]] | None = None
) -> list[str]:
    """Plain-language findings for a set of articles; ``content_spans`` maps article id to source spans."""
    if not articles:
        return ["No articles were given, so there is nothing to report."]
    s = summary(articles)
    words, sents = int(s["words"].sum()), int(s["sentences"].sum())
    hedges, boosters = int(s["hedges"].sum()), int(s["boosters"].sum())
    shields, weasels = int(s["shields"].sum()), int(s["weasels"].sum())
    unc, wea = int(s["uncertain_sentences"].sum()), int(round((s["weasel_share"] * s["sentences"]).sum()))
    out = []
    out.append(
        f"Across {plural(len(articles), 'article')} ({plural(words, 'body word')}), the cue patterns found "
        f"{plural(hedges, 'hedge')} ({rate(100 * ratio(hedges, words))} per 100 words) and "
        f"{plural(boosters, 'booster')} ({rate(100 * ratio(boosters, words))} per 100 words), plus "
        f"{plural(shields, 'attribution shield')} and {plural(weasels, 'weasel phrase')}."
    )
    if hedges or boosters:
        if hedges > boosters:
            out.append(
                f"Hedges outnumber boosters {count(hedges)} to {count(boosters)}: "
                "the text qualifies more than it insists."
            )
        elif boosters > hedges:
            out.append(
                f"Boosters outnumber hedges {count(boosters)} to {count(hedges)}: "
                "the text insists more than it qualifies."
            )
        else:
            out.append(f"Hedges and boosters are equally frequent ({count(hedges)} each).")
    if sents:
        anon = sum(j.anonymous_source for a in articles for j in judge(a) if j.kind in BODY_KINDS)
        out.append(sentence_certainty(sents, unc, wea, anon) + ".")
    cues = pd.concat([cues_table(a) for a in articles], ignore_index=True)
    body = cues[cues["part_kind"].isin(["heading", "paragraph"]) & (cues["kind"] == "hedge")]
    if len(body):
        top = body.groupby("category").size().sort_values(ascending=False, kind="stable")
        cat, n = str(top.index[0]), int(top.iloc[0])
        words_used = body[body["category"] == cat]["text"].str.lower().value_counts()
        examples = ", ".join(f'"{w}"' for w in sorted(words_used.index[:3]))
        out.append(
            f"The most frequent kind of hedge is {cat.replace('_', ' ')} "
            f"({count(n)} of {count(hedges)}; e.g. {examples})."
        )
    if content_spans is not None:
        vt = pd.concat([voice_table(a, content_spans.get(a.id, ())) for a in articles], ignore_index=True)
        hv = vt[vt["kind"] == "hedge"].groupby("voice")["cues"].sum()
        rep, src = int(hv.get("reporter", 0)), int(hv.get("source", 0))
        if rep + src:
            where = (
                "most hedging is in the sources' words, not the reporter's"
                if src > rep
                else "most hedging is the reporter's own"
                if rep > src
                else "hedging is split evenly between the reporter and the sources"
            )
            out.append(
                f"Of {plural(rep + src, 'body hedge')}, {count(src)} ({pct(src / (rep + src))}) sit "
                f"inside what sources are reported to have said and {count(rep)} in the reporter's own "
                f"voice: {where}."
            )
    return out


def category_counts(articles: Sequence[Article]) -> pd.DataFrame:
    """Body cues per category (rows in :data:`CATEGORIES` order, zeros kept) with their kind and share."""
    from .cues import CATEGORIES

    counts = dict.fromkeys(CATEGORIES, 0)
    kinds: dict[str, str] = {}
    for a in articles:
        tab = cues_table(a)
        tab = tab[tab["part_kind"].isin(["heading", "paragraph"])]
        for cat, kind in zip(tab["category"], tab["kind"], strict=True):
            if cat in counts:  # anonymous-source rows are sources, not cue categories
                counts[cat] += 1
                kinds[cat] = kind
    total = sum(counts.values())
    rows = [
        {
            "category": c,
            "kind": kinds.get(c, _DEFAULT_KIND[c]),
            "cues": n,
            "share": round(n / total, 3) if total else 0.0,
        }
        for c, n in counts.items()
    ]
    return pd.DataFrame(rows, columns=["category", "kind", "cues", "share"])


_DEFAULT_KIND = {
    "modal": "hedge",
    "epistemic_verb": "hedge",
    "adverb": "hedge",
    "adjective": "hedge",
    "approximator": "hedge",
    "conditional": "hedge",
    "shield": "shield",
    "weasel": "weasel",
    "booster": "booster",
}


def most_hedged(articles: Sequence[Article], n: int = 5) -> pd.DataFrame:
    """The ``n`` body sentences with the most hedge, shield and weasel cues (ties: higher p_uncertain)."""
    frames = []
    for a in articles:
        df = judge_sentences(a)
        df = df[df["kind"].isin(["heading", "paragraph"])].copy()
        df["cues"] = df["n_hedges"] + df["n_shields"] + df["n_weasels"]
        frames.append(df)
    if not frames:
        return pd.DataFrame()
    allrows = pd.concat(frames, ignore_index=True)
    allrows = allrows[allrows["cues"] > 0]
    allrows = allrows.sort_values(
        ["cues", "p_uncertain", "article", "sentence"], ascending=[False, False, True, True], kind="stable"
    )
    return allrows.head(n)[
        [
            "article",
            "sentence",
            "cues",
            "uncertain",
            "weasel",
            "p_uncertain",
            "uncertain_rule",
            "weasel_rule",
            "text",
        ]
    ].reset_index(drop=True)


def highlight_html(article: Article, sentence: int, content_spans: Sequence[Span] = ()) -> str:
    """One sentence as escaped HTML with its cues marked (``<mark>``; cues in sources' words underlined)."""
    import html

    s = article.sentences[sentence]
    cues = [c for c in find_cues_in(article, content_spans) if c.sentence == sentence]
    out, pos = [], s.start
    for c in cues:
        out.append(html.escape(article.text[pos : c.start]))
        style = "text-decoration: underline;" if c.voice == "source" else ""
        title = html.escape(f"{c.category} ({c.kind}{', ' + c.voice if c.voice else ''})", quote=True)
        out.append(
            f'<mark title="{title}" style="{style}">{html.escape(article.text[c.start : c.end])}</mark>'
        )
        pos = c.end
    out.append(html.escape(article.text[pos : s.end]))
    return "".join(out)


def find_cues_in(article: Article, content_spans: Sequence[Span] = ()):
    from .cues import find_cues
    from .sentences import accepted_cues, judged_for_uncertainty

    cues = find_cues(article, content_spans if content_spans else None)
    return accepted_cues(cues, judged_for_uncertainty(article))


#: The labelled splits drawn from Wikinews; the later ones (dev6 on) are news pages of many outlets.
WIKINEWS_SPLITS = frozenset({"train", "dev", "dev2", "dev3", "dev4", "dev5"})


def accuracy_lines(results_path) -> list[str]:
    """How accurate the sentence judgements are, from the benchmark's results file (if it was run)."""
    import json
    from pathlib import Path

    path = Path(results_path)
    if not path.exists():
        return ["The accuracy benchmark has not been run here (benchmarks/results/hedging.json is missing)."]
    r = json.loads(path.read_text(encoding="utf-8"))
    cv, tg = r["cross_validated"], r["targets"]
    names = {"wiki": "Szeged Wikipedia sentences", "bio": "Szeged biomedical sentences"}
    lines = []
    for k in ("wiki", "bio"):
        f = cv[k]["f1"]
        lines.append(
            f"On {names[k]}, cross-validated by document, the uncertain judgement scores F1 {f:.2f} "
            f"(precision {cv[k]['p']:.2f}, recall {cv[k]['r']:.2f}); the target was {tg[k]:.2f}, "
            f"{'met' if f >= tg[k] else 'missed by ' + format(tg[k] - f, '.3f')}."
        )
    wn = r.get("wikinews", {})
    numbered = sorted((k for k in wn if k[:3] == "dev" and k[3:].isdigit()), key=lambda k: int(k[3:]))
    for split in ("train", "dev", *numbered, "test"):
        if split in wn:
            u, w = wn[split]["uncertain"], wn[split]["weasel"]
            held = "held out" if split == "test" else "development data, read while writing the rules"
            where = f"Wikinews {split}" if split in WIKINEWS_SPLITS else f"news-page {split}"
            lines.append(
                f"On the hand-labelled {where} sentences ({wn[split]['sentences']}; {held}), "
                f"uncertain scores "
                f"F1 {u['f1']:.2f} (precision {u['p']:.2f}, recall {u['r']:.2f}) and weasel F1 {w['f1']:.2f} "
                f"(precision {w['p']:.2f}, recall {w['r']:.2f})."
            )
    rules = r["rules_only"]
    lines.append(
        f"The cue patterns alone (any hedge or shield means uncertain) score F1 {rules['wiki']['f1']:.2f} "
        f"(Wikipedia) and {rules['bio']['f1']:.2f} (biomedical), against the model's "
        f"{cv['wiki']['f1']:.2f} and {cv['bio']['f1']:.2f}."
    )
    return lines
