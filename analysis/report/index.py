"""``reports/index.html``: every article's key numbers in one sortable table, a comparison chart, links.

The key numbers are read from the same :class:`~analysis.report.collect.ArticleReport` tables as the
per-article findings (:func:`summary_row`), so the index and each report agree. The page is written by
Python, not by a notebook: a table, an inline script to sort it (``assets/sort.js``), an inline stylesheet,
and the chart as an embedded PNG; nothing is fetched from elsewhere.
"""

from __future__ import annotations

import base64
import html
import math
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..model import BODY_KINDS
from .charts import comparison_chart, png_bytes
from .collect import ArticleReport
from .findings import body_attributions, body_sources
from .layers import source_key_name
from .page import ASSETS

COLUMNS: tuple[tuple[str, str, str], ...] = (  # (column, header, type)
    ("article", "article", "text"),
    ("headline", "headline", "text"),
    ("words", "body words", "number"),
    ("grade", "Flesch-Kincaid grade", "number"),
    ("attributions", "attributions", "number"),
    ("sources", "sources", "number"),
    ("anonymous_pct", "% attributions anonymous", "number"),
    ("outlet_pct", "% attributions via outlets", "number"),
    ("hedges_per_100w", "hedges / 100 words", "number"),
    ("boosters_per_100w", "boosters / 100 words", "number"),
)


def summary_row(report: ArticleReport) -> dict:
    """The article's key numbers (None where an analyzer is missing)."""
    a = report.article
    row: dict = {"article": a.id, "headline": a.title, "words": sum(len(a.words_in(p)) for p in a.body_parts)}
    row["grade"] = report.score("flesch_kincaid_grade")
    if report.shares is not None:
        n = int(report.shares["attributions"])
        row["attributions"] = n
        row["sources"] = len(body_sources(report)) if len(body_attributions(report)) else 0
        row["anonymous_pct"] = round(100 * report.shares["anonymous"] / n) if n else None
        row["outlet_pct"] = round(100 * report.shares["outlet_attributions"] / n) if n else None
    d = report.body_density
    if d is not None:
        row["hedges_per_100w"] = float(d["hedges_per_100w"])
        row["boosters_per_100w"] = float(d["boosters_per_100w"])
    return row


def summary(reports: Sequence[ArticleReport]) -> pd.DataFrame:
    """One row per article, in article-id order."""
    rows = sorted((summary_row(r) for r in reports), key=lambda r: r["article"])
    return pd.DataFrame(rows, columns=[c for c, _, _ in COLUMNS])


def summary_from_tables(
    articles: pd.DataFrame, attributions: pd.DataFrame | None = None, sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The columns of :func:`summary` from a corpus run's tables (no re-analysis).

    Per-article reports compare their article with the folder's median; reading the folder's numbers from
    the table computed once (``python -m analysis corpus``) keeps ``make report`` linear in the folder.
    From the ``articles`` table alone, the columns the findings compare are filled: ``grade`` (rounded as
    the scores table rounds it) and ``hedges_per_100w`` (the whole-body density, as
    :func:`analysis.hedging.densities` gives it). With the ``attributions`` and ``sources`` tables too,
    every column of the index is filled exactly as :func:`summary_row` fills it, so the index of ``make
    report`` never analyses an article again (a 5 MB one took over a minute).
    """
    articles = articles.reset_index(drop=True)
    # Python's round, as the scores table rounds (numpy's differs on some halves)
    grade = [None if pd.isna(v) else round(float(v), 2) for v in articles["flesch_kincaid_grade"]]
    out = pd.DataFrame(
        {
            "article": articles["article"],
            "headline": articles["title"],
            "words": articles["body_words"],
            "grade": pd.Series(grade, dtype=float),
            "hedges_per_100w": articles["hedges_per_100w"].astype(float),
            "boosters_per_100w": articles["boosters_per_100w"].astype(float),
        }
    )
    if attributions is not None and sources is not None:
        n = articles["attr_attributions"].astype(int)
        out["attributions"] = n
        out["anonymous_pct"] = [round(100 * a / k) if k else None for a, k in zip(
            articles["attr_anonymous"], n, strict=True)]  # fmt: skip
        out["outlet_pct"] = [round(100 * a / k) if k else None for a, k in zip(
            articles["attr_outlet_attributions"], n, strict=True)]  # fmt: skip
        body = attributions[attributions["part_kind"].isin(BODY_KINDS)]
        cited = {
            (art, source_key_name(name, mention))
            for art, name, mention in zip(body["article"], body["source_name"], body["mention"], strict=True)
        }
        counts: dict[str, int] = {}
        for art, name in zip(sources["article"], sources["source_name"], strict=True):
            counts[art] = counts.get(art, 0) + ((art, name) in cited)
        out["sources"] = [counts.get(a, 0) for a in out["article"]]
    out = out.reindex(columns=[c for c, _, _ in COLUMNS] if attributions is not None else out.columns)
    return out.sort_values("article", kind="stable").reset_index(drop=True)


def read_summary(tables: Path, wanted: set[tuple[str, str]] | None = None) -> pd.DataFrame:
    """:func:`summary_from_tables` of a corpus run's folder (``articles``, ``attributions``, ``sources``),
    only for the articles whose ``(id, where)`` is in ``wanted`` when given (the same id, made unique as
    the loader makes it, and the same file: a row is never credited to another file's article)."""
    read = {name: pd.read_parquet(tables / name) for name in ("articles", "attributions", "sources")}
    articles = read["articles"]
    if wanted is not None:
        pairs = zip(articles["article"], articles["where"], strict=True)
        articles = articles[[(i, str(w)) in wanted for i, w in pairs]]
    return summary_from_tables(articles, read["attributions"], read["sources"])


def _cell(value, kind: str, digits: int = 2) -> str:
    missing = value is None or (isinstance(value, float) and math.isnan(value))
    if kind == "number":
        shown = "–" if missing else (f"{value:.{digits}f}" if isinstance(value, float) else f"{value:,}")
        data = "" if missing else f"{value}"
        return f'<td class="num" data-value="{html.escape(data)}">{html.escape(shown)}</td>'
    text = "" if missing else str(value)
    return f'<td data-value="{html.escape(text.lower(), quote=True)}">{html.escape(text)}</td>'


def index_html(table: pd.DataFrame, links: dict[str, str], problems: Sequence[str] = ()) -> str:
    """The whole index page. ``links`` maps article id to its report's file name."""
    css = (ASSETS / "index.css").read_text(encoding="utf-8")
    js = (ASSETS / "sort.js").read_text(encoding="utf-8")
    head = "".join(
        f'<th scope="col" data-type="{kind}">{html.escape(title)}</th>' for _, title, kind in COLUMNS
    )
    rows = []
    for rec in table.to_dict("records"):
        cells = []
        for col, _, kind in COLUMNS:
            if col == "article":
                href = links.get(rec["article"], "")
                cells.append(
                    f'<td data-value="{html.escape(rec["article"].lower(), quote=True)}">'
                    f'<a href="{html.escape(href, quote=True)}">{html.escape(rec["article"])}</a></td>'
                )
            else:
                cells.append(_cell(rec.get(col), kind, 1 if col == "grade" else 2))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    n = len(table)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Article reports: index</title>",
        f"<style>\n{css}</style></head>",
        "<body>",
        "<h1>Article reports</h1>",
        f'<p class="note">{n} article{"" if n == 1 else "s"} from the seeds folder. Click a column '
        "header to sort; "
        "click an article for its full report (key findings, tables, charts and the annotated "
        "text). Grades are "
        "Flesch-Kincaid grades of the body paragraphs; shares are over body attributions; hedges "
        "and boosters per "
        "100 body words.</p>",
        '<table class="ar-sortable" id="articles">',
        f"<thead><tr>{head}</tr></thead>",
        "<tbody>",
        *rows,
        "</tbody></table>",
    ]
    if n > 1:
        png = base64.b64encode(png_bytes(comparison_chart(table))).decode("ascii")
        parts += [
            "<h2>Comparison</h2>",
            f'<img class="chart" alt="Bar charts comparing the articles: grade, anonymous and outlet shares, '
            f'hedges per 100 words" src="data:image/png;base64,{png}">',
        ]
    if problems:
        parts += ["<h2>Files that could not be read</h2>", "<ul>"]
        parts += [f"<li>{html.escape(p)}</li>" for p in problems]
        parts += ["</ul>"]
    parts += [f"<script>\n{js}</script>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"
