"""The per-article report's HTML pieces, as the report notebook displays them.

Every function returns an HTML string (the notebook wraps it in ``IPython.display.HTML``) or a table; all
article text is escaped (:func:`analysis.report.annotate.esc`). The stylesheet is a data file
(``assets/report.css``) inlined once at the top, so the exported report loads nothing from elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pandas as pd

from ..model import SET_ASIDE_KINDS, Article
from . import annotate, collect, findings, limits, methods
from .annotate import PART_NAMES, esc
from .collect import ArticleReport
from .layers import CUE_KIND_NAMES, CUE_TAGS, SOURCE_TYPE_NAMES

ASSETS = Path(__file__).resolve().parent / "assets"


@cache
def stylesheet() -> str:
    return (ASSETS / "report.css").read_text(encoding="utf-8")


def _source_file(where: str) -> Path:
    """The file behind a record's ``where`` ("a.jsonl:12", "list.json[3]", "a.txt")."""
    m = re.fullmatch(r"(.*?)(?::\d+|\[\d+\])", where)
    if m and Path(m.group(1)).is_file():
        return Path(m.group(1))
    return Path(where)


#: The article the report notebook shows when it is run as it is (``ARTICLE = ""``: opened in JupyterLab,
#: checked by nbval, run in place by ``make report``): the repository's seed article. In a folder without
#: it, the first article that is not long (:data:`~analysis.report.limits.LONG_ARTICLE_CHARS`). Never
#: simply "the first file", which may be any size and makes the committed outputs depend on the folder.
DEFAULT_ARTICLE = "000_479d4342943fee16"


def default_article(articles: Sequence[tuple[str, int]]) -> str:
    """The id :data:`DEFAULT_ARTICLE` picks among ``(id, characters)`` pairs in folder order ("" if none)."""
    ids = [i for i, _ in articles]
    if DEFAULT_ARTICLE in ids:
        return DEFAULT_ARTICLE
    short = [i for i, n in articles if n <= limits.LONG_ARTICLE_CHARS]
    return (short or ids or [""])[0]


def load_report(
    seeds: Path, wanted: str, tables: str | Path | None = None
) -> tuple[ArticleReport, pd.DataFrame]:
    """The report of article ``wanted`` (:func:`default_article` when empty) and the folder's comparison
    table.

    With ``tables`` (a corpus run over the seeds folder, as ``make report`` makes once), only the article's
    own file is read and analysed, and the folder's numbers come from the ``articles`` table: the cost of
    one report does not grow with the folder. Without it (the notebook opened by hand), every article of
    the folder is analysed to compare with, as before; both give the same comparisons.
    """
    from .. import load_articles
    from . import collect, index

    if tables and (Path(tables) / "articles").is_dir():
        columns = ["seq", "id", "where", "article", "title", "body_words", "flesch_kincaid_grade",
                   "hedges_per_100w", "boosters_per_100w", "chars"]  # fmt: skip
        rows = pd.read_parquet(Path(tables) / "articles", columns=columns)
        rows = rows.sort_values("seq", kind="stable")
        # "article" is the id made unique in the corpus (record.unique_id), as the file loader names it
        wanted = wanted or default_article(list(zip(rows["article"], rows["chars"], strict=True)))
        match = rows[rows["article"] == wanted]
        if len(match) == 1:
            where = str(match["where"].iloc[0])
            articles, _ = load_articles(_source_file(where))
            # read alone, its file may name the article by its own id ("dup", not the folder's "dup-2")
            article = next((a for a in articles if where in places(a)), None)
            if article is not None:
                article.id = wanted
                return collect.build(article), index.summary_from_tables(rows)
        # Not once in the tables (tables of another folder): found by its file, only it is analysed.
        articles, _ = load_articles(seeds)
        article = choose(articles, wanted)
        if places(article) & set(rows["where"].astype(str)):
            return collect.build(article), index.summary_from_tables(rows)
    articles, _ = load_articles(seeds)
    reports = {a.id: collect.build(a) for a in articles}
    return reports[choose(articles, wanted).id], index.summary(list(reports.values()))


def places(article: Article) -> set[str]:
    """How the corpus tables' ``where`` column may name the article's place: the file loader names the
    only record of a one-record JSONL file by the file alone, the corpus run adds its line (``x.jsonl:1``)."""
    source = str(article.source)
    return {source, f"{source}:1"}


def choose(articles: list[Article], wanted: str) -> Article:
    """The article with id ``wanted`` (:func:`default_article` when ``wanted`` is empty); a clear error
    otherwise."""
    if not articles:
        raise ValueError("the seeds folder holds no article to report on")
    wanted = wanted or default_article([(a.id, len(a.text)) for a in articles])
    for a in articles:
        if a.id == wanted:
            return a
    raise ValueError(f"no article with id {wanted!r} in the seeds folder")


def header_html(report: ArticleReport) -> str:
    """Stylesheet, headline and where the article came from."""
    a = report.article
    title = a.title or "(no headline found)"
    body_words = sum(len(a.words_in(p)) for p in a.body_parts)
    meta = [f"Article id: <code>{esc(a.id)}</code>", f"{body_words:,} words in the body"]
    if a.publisher:
        meta.append(f"publisher: {esc(a.publisher)}")
    return (
        f"<style>\n{stylesheet()}</style>\n"
        f'<div class="ar-report"><h2 class="ar-title">{esc(title)}</h2>'
        f'<p class="ar-meta">{" · ".join(meta)}</p></div>'
    )


def findings_html(report: ArticleReport, corpus: pd.DataFrame | None) -> str:
    found = findings.key_findings(report, corpus)
    if not found:
        return '<div class="ar-report"><p>No analyzer was available, so there are no findings.</p></div>'
    return f'<div class="ar-report">{findings.findings_html(found)}</div>'


# ------------------------------------------------------------------ key tables (pandas escapes cell text)


def readability_table(report: ArticleReport) -> pd.DataFrame:
    if report.scores is None:
        return pd.DataFrame({"note": ["readability is not available"]})
    textstat = "textstat (same text)"
    if not collect.with_textstat(report.article):
        textstat = f"textstat (not computed: over {limits.LONG_ARTICLE_CHARS:,} characters)"
    t = report.scores[["label", "value", "band", "textstat", "flags"]].rename(
        columns={"label": "score", "textstat": textstat}
    )
    return t.set_index("score")


def sources_table(report: ArticleReport) -> pd.DataFrame:
    if report.inventory is None:
        return pd.DataFrame({"note": ["attribution is not available"]})
    inv = report.inventory
    labels = {k.name: k.label for k in report.sources}
    return pd.DataFrame(
        {
            "key": [labels.get(n, "") for n in inv["source_name"]],
            "source": inv["source_name"],
            "type": [SOURCE_TYPE_NAMES.get(t, t) for t in inv["source_type"]],
            "role": inv["role"],
            "attributions": inv["attributions"],
            "quoted": inv["direct"],
            "via outlet": inv["channels"],
        }
    ).set_index("key")


def certainty_table(report: ArticleReport) -> pd.DataFrame:
    if report.density is None:
        return pd.DataFrame({"note": ["hedging is not available"]})
    cols = [
        "section",
        "words",
        "hedges",
        "boosters",
        "shields",
        "weasels",
        "hedges_per_100w",
        "boosters_per_100w",
        "uncertain_share",
    ]
    return report.density[cols].set_index("section")


# ------------------------------------------------------------------ annotated article


def legend_html(report: ArticleReport) -> str:
    """What every mark means, drawn with the very classes the article uses."""
    out = ['<div class="ar-legend ar-report"><b>How to read the annotated article</b>']
    out.append(
        "<h4>Parts</h4><ul>"
        "<li>Each block is labelled with its part (headline, standfirst, subheading, paragraph).</li>"
        '<li><span class="ar-set-aside">Grey dashed boxes</span> are set aside from the body '
        "(captions, credits, "
        "bylines, footers, page furniture): shown, never counted. The reason is given beside the "
        "label.</li></ul>"
    )
    if report.grades:
        out.append(
            "<h4>Sentence difficulty</h4><ul>"
            "<li>The small boxed number before a sentence is its Flesch-Kincaid grade; the shading deepens "
            "with the grade. Sentences without a number (headline, subheadings, set-aside parts) "
            "are not scored.</li>"
        )
        for cls, text in annotate.difficulty_legend():
            out.append(f'<li><span class="ar-sent {cls}">{esc(text)}</span></li>')
        out.append("</ul>")
    if report.sources:
        out.append(
            "<h4>Sources and what they are credited with</h4><ul>"
            '<li><span class="ar-seg ar-source ar-ss0" data-before="S1">boxed, with its label</span>: '
            "the source mention (hover for the name and type)</li>"
            '<li><span class="ar-seg ar-cue ar-cs0">bold, dotted line</span>: the attribution cue</li>'
            '<li><span class="ar-seg ar-content ar-ts0">underlined</span>: the words attributed to '
            "the source; "
            "each source has its own colour and underline style, listed here:</li></ul>"
        )
        out.append(
            "<table><tr><th>key</th><th>source</th><th>type</th><th>attributions</th><th>marked as</th></tr>"
        )
        for k in report.sources:
            sample = f'<span class="ar-seg ar-content ar-ts{k.style}">attributed words</span>'
            out.append(
                f'<tr><td><span class="ar-seg ar-source ar-ss{k.style}" data-before="{esc(k.label)}">'
                f"&#8203;</span></td><td>{esc(k.name)}</td>"
                f"<td>{esc(SOURCE_TYPE_NAMES.get(k.source_type, k.source_type))}</td>"
                f"<td>{k.attributions}</td><td>{sample}</td></tr>"
            )
        out.append("</table>")
    if report.set_aside:
        out.append(set_aside_html(report))
    if report.cues is not None:
        out.append("<h4>Certainty</h4><ul>")
        kinds = {
            "hedge": ["modal", "epistemic_verb", "adverb", "adjective", "approximator", "conditional"],
            "shield": ["shield"],
            "weasel": ["weasel"],
            "booster": ["booster"],
        }
        for kind, cats in kinds.items():
            samples = ", ".join(
                f'<span class="ar-seg ar-hedge ar-kind-{kind}" data-after="{esc(CUE_TAGS[c])}">'
                f"{esc(c.replace('_', ' '))}</span>"
                for c in cats
            )
            line = {
                "hedge": "dotted line above, italic",
                "booster": "solid line above, bold",
                "shield": "dashed line above, italic",
                "weasel": "double line above, italic",
            }[kind]
            out.append(
                f"<li>{esc(CUE_KIND_NAMES[kind].capitalize())}s ({line}; the tag names the "
                f"category): {samples}</li>"
            )
        out.append("</ul>")
    out.append("</div>")
    return "\n".join(out)


#: At most this many set-aside attributions are listed by name in a report (a run-on sentence can hold
#: thousands).
SET_ASIDE_LISTED = 100


def set_aside_html(report: ArticleReport) -> str:
    """What the keep model set aside (``attribution.set_aside``): counted and listed, never silently lost.

    The rules found these, the learned keep model judged them unlikely to be a report with the right words
    credited to the right person; they are left out of the highlights, tables and shares, and listed here
    with the model's probability so a reader can check them."""
    text = report.article.text
    items = []
    for a in report.set_aside[:SET_ASIDE_LISTED]:
        cue = esc(text[a.cue.start : a.cue.end]) if a.cue else "(no cue)"
        words = " … ".join(text[c.start : c.end] for c in a.content)
        words = words if len(words) <= 120 else words[:119] + "…"
        who = esc(a.source_name or "no source")
        items.append(f"<li>{who}, <i>{cue}</i>: {esc(words)} <small>[{esc(a.keep.label())}]</small></li>")
    n = len(report.set_aside)
    if n > SET_ASIDE_LISTED:
        items.append(f"<li>… and {n - SET_ASIDE_LISTED} more (attribution.set_aside has them all)</li>")
    return (
        f"<h4>Set aside by the keep model ({n} {'attribution' if n == 1 else 'attributions'})</h4>"
        "<p>Found by the rules, judged unlikely to be a report of speech, writing, belief or findings "
        "credited to the right source; not highlighted and not counted above.</p><ul>"
        + "".join(items)
        + "</ul>"
    )


def article_html(report: ArticleReport, limit: int | None = limits.ANNOTATED_CHARS) -> str:
    """Legend, then the annotated text: all of it, or up to about ``limit`` characters and
    :data:`~analysis.report.limits.ANNOTATED_MARKS` marks, with a note saying how much is drawn (the tables
    above count it all). ``limit=None`` draws everything."""
    a = report.article
    stop = annotate.cut_offset(a, limit, report.highlights, limits.ANNOTATED_MARKS if limit else None)
    set_aside = sum(1 for p in a.parts if p.kind in SET_ASIDE_KINDS)
    if stop < len(a.text):
        drawn = sum(1 for h in report.highlights if h.start < stop)
        shown_parts = sum(1 for p in a.parts if p.start < stop)
        ends = any(s.end == stop for s in a.sentences)
        where = "at the end of a sentence" if ends else "inside a sentence longer than that"
        intro = (
            f'<p class="ar-meta ar-cut-note"><strong>This article is too long to draw whole:</strong> '
            f"it has {len(a.text):,} characters in {len(a.parts):,} parts. The annotated text below is its "
            f"first {stop:,} characters ({shown_parts:,} parts, {drawn:,} of {len(report.highlights):,} "
            f"marked spans), cut {where}. Every number and table above counts the whole article.</p>"
        )
    else:
        intro = (
            f'<p class="ar-meta">The full original text: {len(a.parts)} parts, {set_aside} of them '
            f"set aside; {len(report.highlights)} marked spans. Hover over a mark for what it is.</p>"
        )
    body = annotate.render_article(a, report.highlights, report.grades, end=stop)
    return f'<div class="ar-report">{intro}{legend_html(report)}{body}</div>'


def methods_section_html() -> str:
    return f'<div class="ar-report">{methods.methods_html()}</div>'


__all__ = [
    "PART_NAMES",
    "article_html",
    "certainty_table",
    "choose",
    "findings_html",
    "header_html",
    "legend_html",
    "methods_section_html",
    "readability_table",
    "sources_table",
    "stylesheet",
]
