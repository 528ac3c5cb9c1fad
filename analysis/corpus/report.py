"""What the corpus notebook shows, computed from the Parquet tables alone (never re-analysing a text).

Each function answers one of the notebook's questions with a small table; :func:`findings` turns the
same numbers into the sentences at the top. Months come from the articles' ``date`` metadata
(``YYYY-MM``); articles without a date are left out of the monthly views and counted in the findings.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..attribution import ANONYMOUS_TYPES, NAMED_TYPES
from ..narrative import md_escape
from ..wording import grade, outlet_share, plural, rate, sentence_certainty, sourced_split, speech_shares

NAMED = tuple(sorted(NAMED_TYPES))
ANONYMOUS = tuple(sorted(ANONYMOUS_TYPES))
MEDIA = "media_outlet"
#: Articles with fewer attributions than this are left out of per-article source shares (one unnamed
#: "police said" makes a 100% anonymous article of nothing).
MIN_ATTRIBUTIONS = 5


@dataclass
class Corpus:
    """The corpus tables, read once."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    attributions: pd.DataFrame
    sources: pd.DataFrame
    hedges: pd.DataFrame
    errors: pd.DataFrame
    manifest: dict


def load(folder: str | Path) -> Corpus:
    """Read the tables written by ``python -m analysis corpus`` (rows in corpus order)."""
    folder = Path(folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    tables = {
        name: pd.read_parquet(folder / name).sort_values(["seq"], kind="stable").reset_index(drop=True)
        for name in ("articles", "sentences", "attributions", "sources", "hedges", "errors")
    }
    arts = tables["articles"]
    arts["month"] = arts["date"].str.extract(r"^(\d{4}-\d{2})", expand=False)
    return Corpus(manifest=manifest, **tables)


def _month_of(c: Corpus) -> pd.Series:
    return c.articles.set_index("article")["month"]


def readability_by_month(c: Corpus) -> pd.DataFrame:
    """Per month: articles, and the median and middle half of the Flesch-Kincaid grade."""
    a = c.articles.dropna(subset=["month", "flesch_kincaid_grade"])
    g = a.groupby("month")["flesch_kincaid_grade"]
    out = pd.DataFrame(
        {
            "articles": g.size(),
            "grade_q1": g.quantile(0.25),
            "grade_median": g.median(),
            "grade_q3": g.quantile(0.75),
        }
    )
    return out.round(2)


def readability_summary(c: Corpus) -> pd.DataFrame:
    """The seven scores over the corpus: quartiles of the articles' values."""
    cols = ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
            "automated_readability_index", "dale_chall"]  # fmt: skip
    q = c.articles[cols].quantile([0.25, 0.5, 0.75]).T
    q.columns = ["q1", "median", "q3"]
    q.index.name = "score"
    return q.round(2)


def _attributions_with_month(c: Corpus) -> pd.DataFrame:
    """Body attributions with their article's month. A pronoun already carries the type of the source it
    was resolved to (``none`` when unresolved), as the per-article shares count it."""
    at = c.attributions[c.attributions["part_kind"].isin(["heading", "paragraph"])].copy()
    at["month"] = at["article"].map(_month_of(c))
    return at


def sourcing_by_month(c: Corpus) -> pd.DataFrame:
    """Per month: body attributions, and the shares with an anonymous/unnamed, a named, a media source,
    direct (quoted) words, and the share whose source is a pronoun left unresolved."""
    at = _attributions_with_month(c).dropna(subset=["month"])
    if at.empty:  # no dated attribution (a corpus without dates): no month, not a pandas error
        shares = ["anonymous_share", "named_share", "outlet_share", "direct_share"]
        columns = {"attributions": pd.Series(dtype="int64")} | {k: pd.Series(dtype="float64") for k in shares}
        return pd.DataFrame(columns).rename_axis("month")
    g = at.groupby("month")
    sourced = at[at["source_type"] != "none"].groupby("month")
    out = pd.DataFrame(
        {
            "attributions": g.size(),
            "anonymous_share": sourced["source_type"].apply(lambda s: s.isin(ANONYMOUS).mean()),
            "named_share": sourced["source_type"].apply(lambda s: s.isin(NAMED).mean()),
            "outlet_share": g.apply(lambda d: ((d["source_type"] == MEDIA) | (d["channel"] != "")).mean()),
            "direct_share": g["kind"].apply(lambda s: s.isin(["direct", "mixed"]).mean()),
        }
    )
    return out.fillna(0.0).round(3)


def speech_kinds(c: Corpus) -> pd.DataFrame:
    """Body attributions by kind: direct (all quoted), mixed, indirect (paraphrase), according to, and
    refused (someone declined to speak)."""
    at = _attributions_with_month(c)
    n = (
        at["kind"]
        .value_counts()
        .reindex(["direct", "mixed", "indirect", "according_to", "refused"], fill_value=0)
    )
    return pd.DataFrame({"attributions": n, "share": (n / max(len(at), 1)).round(3)})


def hedging_by_month(c: Corpus) -> pd.DataFrame:
    """Per month: median hedges and boosters per 100 words, and the share of body sentences judged
    uncertain or resting on vague attribution (weasel)."""
    a = c.articles.dropna(subset=["month"])
    g = a.groupby("month")
    out = pd.DataFrame(
        {
            "hedges_per_100w": g["hedges_per_100w"].median(),
            "boosters_per_100w": g["boosters_per_100w"].median(),
            "uncertain_share": g["uncertain_sentences"].sum() / g["body_sentences"].sum(),
            "weasel_share": g["weasel_sentences"].sum() / g["body_sentences"].sum(),
        }
    )
    return out.fillna(0.0).round(3)


def top_sources(c: Corpus, n: int = 15) -> pd.DataFrame:
    """The most quoted named sources: attributions, articles, share of them in quoted words."""
    s = c.sources[c.sources["source_type"].isin(NAMED)]
    g = s.groupby(["source_name", "source_type"])
    out = pd.DataFrame(
        {
            "attributions": g["attributions"].sum(),
            "articles": g["article"].nunique(),
            "direct": g["direct"].sum(),
            "content_words": g["content_words"].sum(),
        }
    ).reset_index()
    out = out.sort_values(
        ["attributions", "articles", "source_name"], ascending=[False, False, True], kind="stable"
    )
    return out.head(n).reset_index(drop=True)


def _link(title: str, url: str) -> str:
    text = html.escape(title or "(untitled)")
    if url.startswith(("https://", "http://")):
        return f'<a href="{html.escape(url, quote=True)}">{text}</a>'
    return text


def outliers(c: Corpus, n: int = 5) -> pd.DataFrame:
    """The articles at the ends of each measure, with a link to the original."""
    a = c.articles
    many = a[a["attr_with_source"] >= MIN_ATTRIBUTIONS]
    picks = [
        ("hardest to read (FK grade)", a, "flesch_kincaid_grade", False),
        ("easiest to read (FK grade)", a, "flesch_kincaid_grade", True),
        (f"most anonymous sources (>= {MIN_ATTRIBUTIONS} sourced)", many, "attr_anonymous_share", False),
        ("most reliant on other outlets", many, "attr_outlet_share", False),
        ("most hedged (per 100 words)", a, "hedges_per_100w", False),
    ]
    rows = []
    for label, frame, col, ascending in picks:
        top = frame.dropna(subset=[col]).sort_values([col, "seq"], ascending=[ascending, True], kind="stable")
        for r in top.head(n).itertuples(index=False):
            rows.append(
                {
                    "measure": label,
                    "value": round(float(getattr(r, col)), 3),
                    "article": _link(r.title, r.url),
                    "date": r.date,
                    "words": int(r.body_words),
                }
            )
    return pd.DataFrame(rows)


def credit_line(credit: str, c: Corpus) -> str:
    """The source of the texts (its licence) and what was read, for the top of the report."""
    files = plural(len(c.manifest["inputs"]), "input file")
    line = f"{plural(int(c.manifest['counts']['records']), 'record')} read from {files}"
    return f"Texts: {md_escape(credit)}. {line}." if credit else f"{line}."


def findings(c: Corpus) -> list[str]:
    """The notebook's findings, generated from the tables, most general first."""
    a = c.articles
    out: list[str] = []
    months = a["month"].dropna()
    first, last = (months.min(), months.max()) if len(months) else ("", "")
    span = "" if not first else f" in {first}" if first == last else f" from {first} to {last}"
    undated = int(a["month"].isna().sum())
    counts = c.manifest["counts"]
    out.append(
        f"{plural(len(a), 'article')} ({plural(int(a['body_words'].sum()), 'word')} in their bodies){span}"
        + (f"; {plural(undated, 'article')} without a date" if undated else "")
        + (
            f"; {plural(counts['errors'], 'record')} could not be read (see the last section)"
            if counts["errors"]
            else ""
        )
        + "."
    )
    fk = a["flesch_kincaid_grade"].dropna()
    if len(fk):
        by_month = readability_by_month(c)
        hard = by_month["grade_median"].idxmax() if len(by_month) else None
        easy = by_month["grade_median"].idxmin() if len(by_month) else None
        extra = (
            f"; by month the median ranges from {grade(by_month['grade_median'].min())} ({easy}) to "
            f"{grade(by_month['grade_median'].max())} ({hard})"
            if len(by_month) > 1
            else ""
        )
        out.append(
            f"Half the articles read at a Flesch-Kincaid grade between {grade(fk.quantile(0.25))} and "
            f"{grade(fk.quantile(0.75))} (median {grade(fk.median())}){extra}."
        )
    at = _attributions_with_month(c)
    sourced = at[at["source_type"] != "none"]
    if len(at):
        lost = int(((at["source_type"] == "none") & (at["mention"] == "pronoun")).sum())
        anon = int(sourced["source_type"].isin(ANONYMOUS).sum())
        named = int(sourced["source_type"].isin(NAMED).sum())
        out.append(
            sourced_split(len(sourced), anon, named)
            + (
                f"; {plural(lost, 'more has', 'more have')} a pronoun the analyzer could not tie to anyone "
                "(counted without a source)"
                if lost
                else ""
            )
            + "."
        )
        outlet = ((at["source_type"] == MEDIA) | (at["channel"] != "")).mean()
        direct = at["kind"].isin(["direct", "mixed"]).mean()
        para = at["kind"].isin(["indirect", "according_to"]).mean()
        refused = int((at["kind"] == "refused").sum())
        out.append(
            speech_shares(direct, para)
            + (
                f" ({plural(refused, 'other reports', 'others report')} a refusal to speak)"
                if refused
                else ""
            )
            + f"; {outlet_share(outlet)}."
        )
    top = top_sources(c, 3)
    if len(top):
        names = [
            f"{md_escape(r.source_name)} ({plural(int(r.attributions), 'attribution')} in "
            f"{plural(int(r.articles), 'article')})"
            for r in top.itertuples(index=False)
        ]
        out.append("Most quoted: " + ", ".join(names) + ".")
    body = int(a["body_sentences"].sum())
    if body:
        out.append(
            f"The median article has {rate(a['hedges_per_100w'].median())} hedges and "
            f"{rate(a['boosters_per_100w'].median())} boosters per 100 words; "
            + sentence_certainty(body, int(a["uncertain_sentences"].sum()), int(a["weasel_sentences"].sum()))
            + "."
        )
    return out
