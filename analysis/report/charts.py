"""The report's charts: one per section, plus the index's comparison. Grey-scale readable, labelled axes.

Figures are built with :class:`matplotlib.figure.Figure` (not pyplot), so a notebook shows each exactly once
when a cell returns it, and nothing is left open. Text taken from the article (source names, ids) has its
``$`` escaped so matplotlib never reads it as mathematics.
"""

from __future__ import annotations

import base64
import html
import io

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure

from .. import plotting
from . import limits
from .collect import ArticleReport
from .findings import ANONYMOUS, HARD_SENTENCE_GRADE, TARGET_GRADE

DARK, MID, LIGHT = "#333333", "#8c8c8c", "#d9d9d9"
NAMED = frozenset({"named_person", "named_organisation", "government_body", "media_outlet", "document"})


def _label(text: str, limit: int = 34) -> str:
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("$", r"\$")


def _figure(height: float = 3.4) -> Figure:
    with mpl.rc_context(plotting.RC):
        return Figure(figsize=(6.4, height), dpi=plotting.DPI)


def sentence_blocks(t: pd.DataFrame, bars: int = limits.SENTENCE_BARS) -> tuple[pd.DataFrame, int]:
    """The scored sentences as at most ``bars`` rows, and how many sentences each row stands for.

    Up to ``bars`` sentences: one row each (``size`` 1). Beyond: consecutive blocks of ``size`` sentences,
    each row holding the first sentence's number and the block's mean grade, so a book-length text draws a
    readable chart in the time of a short one.
    """
    t = t.dropna(subset=["difficulty"])[["sentence", "difficulty"]].reset_index(drop=True)
    if len(t) <= bars:
        return t, 1
    size = -(-len(t) // bars)  # ceiling division
    block = t.index // size
    return t.groupby(block).agg(sentence=("sentence", "first"), difficulty=("difficulty", "mean")), size


def readability_chart(report: ArticleReport) -> Figure | None:
    """Bar per scored sentence (its Flesch-Kincaid grade), with the target grade and the article's grade.

    A long article gets one bar per block of consecutive sentences (:func:`sentence_blocks`), and the axis
    label says how many sentences a bar stands for."""
    t = report.sentences
    if t is None or t["difficulty"].dropna().empty:
        return None
    t, size = sentence_blocks(t)
    with mpl.rc_context(plotting.RC):
        fig = _figure()
        ax = fig.add_subplot()
        hard = t["difficulty"] > HARD_SENTENCE_GRADE
        ax.bar(
            range(len(t)),
            t["difficulty"],
            width=0.8 if size == 1 else 1.0,
            color=[DARK if h else MID for h in hard],
            hatch=None,
            edgecolor="white",
            linewidth=0.5 if size == 1 else 0,
        )
        ax.axhline(
            TARGET_GRADE,
            color="black",
            linestyle="--",
            linewidth=1.2,
            label=f"general-audience target (grade {TARGET_GRADE})",
        )
        grade = report.score("flesch_kincaid_grade")
        if grade is not None:
            ax.axhline(
                grade, color="black", linestyle=":", linewidth=1.4, label=f"whole article (grade {grade:.1f})"
            )
        if size == 1:
            ax.set_xticks(range(len(t)), [str(s) for s in t["sentence"]], fontsize=7)
            ax.set_xlabel("sentence number in the article (dark bars: above grade 12)")
            ax.set_ylabel("Flesch-Kincaid grade of the sentence")
        else:
            ticks = list(range(0, len(t), max(1, len(t) // 8)))
            ax.set_xticks(ticks, [str(t["sentence"].iloc[i]) for i in ticks], fontsize=7)
            ax.set_xlabel(
                f"first sentence number of each bar; a bar is the mean of {size:,} consecutive sentences "
                "(dark: above grade 12)",
                fontsize=8,
            )
            ax.set_ylabel("mean Flesch-Kincaid grade")
        ax.set_title("How hard is each sentence?", loc="left")
        ax.legend(loc="upper right", fontsize=8)
        ax.set_axisbelow(True)
        ax.grid(axis="x", visible=False)
        fig.tight_layout()
    return fig


def sources_chart(report: ArticleReport) -> Figure | None:
    """Attributions per source: named sources solid, anonymous or unnamed ones hatched."""
    inv = report.inventory
    if inv is None or inv.empty:
        return None
    total = len(inv)
    if total > limits.CHART_SOURCES:  # the most cited, in order of first appearance; the table has them all
        keep = inv["attributions"].rank(method="first", ascending=False) <= limits.CHART_SOURCES
        inv = inv[keep]
    with mpl.rc_context(plotting.RC):
        fig = _figure(max(2.2, 0.45 * len(inv) + 1.2))
        ax = fig.add_subplot()
        keys = {k.name: k.label for k in report.sources}
        labels = [_label(f"{keys.get(n, '')} {n}") for n in inv["source_name"]]
        y = list(range(len(inv)))[::-1]
        for yi, value, kind in zip(y, inv["attributions"], inv["source_type"], strict=True):
            anon, named = kind in ANONYMOUS, kind in NAMED
            ax.barh(
                yi,
                value,
                color=LIGHT if anon else DARK if named else "white",
                hatch="///" if anon else ".." if not named else None,
                edgecolor="black",
                linewidth=0.6,
            )
        ax.set_axisbelow(True)
        ax.set_yticks(y, labels, fontsize=8)
        ax.set_xlabel("attributions (body and captions)")
        ax.set_ylabel("source (S-number as in the annotated article)")
        shown = "" if total == len(inv) else f" ({len(inv)} of {total} sources: the most cited)"
        ax.set_title(
            f"Who is cited, and how often?{shown}\n"
            "(solid: named; hatched: anonymous or unnamed; dotted: other)",
            loc="left",
            fontsize=9,
        )
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="y", visible=False)
        fig.tight_layout()
    return fig


def certainty_chart(report: ArticleReport) -> Figure | None:
    """Cues by kind, split by voice (reporter / sources) when attributions are known."""
    v = report.voices
    if v is None:
        return None
    with mpl.rc_context(plotting.RC):
        fig = _figure(3.0)
        ax = fig.add_subplot()
        kinds = list(dict.fromkeys(v["kind"]))
        width = 0.38
        for i, (voice, color, hatch) in enumerate((("reporter", DARK, None), ("source", LIGHT, "///"))):
            counts = v[v["voice"] == voice].set_index("kind")["cues"].reindex(kinds, fill_value=0)
            ax.bar(
                [k + (i - 0.5) * width for k in range(len(kinds))],
                counts,
                width,
                color=color,
                hatch=hatch,
                edgecolor="black",
                linewidth=0.6,
                label="in the reporter's voice" if voice == "reporter" else "inside sources' words",
            )
        ax.set_xticks(range(len(kinds)), [k + "s" for k in kinds])
        ax.set_ylabel("cues in the body")
        ax.set_xlabel("kind of cue")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_title("How sure does it sound, and in whose voice?", loc="left")
        ax.legend(fontsize=8)
        ax.set_axisbelow(True)
        ax.grid(axis="x", visible=False)
        fig.tight_layout()
    return fig


def comparison_chart(summary: pd.DataFrame) -> Figure:
    """Index: one panel per key number, one bar per article (grade, anonymous share, hedges per 100 words)."""
    panels = [
        ("grade", "Flesch-Kincaid grade"),
        ("anonymous_pct", "% attributions anonymous"),
        ("outlet_pct", "% attributions via outlets"),
        ("hedges_per_100w", "hedges per 100 words"),
    ]
    panels = [(c, t) for c, t in panels if c in summary]
    with mpl.rc_context(plotting.RC):
        fig = Figure(figsize=(3.0 * len(panels), 0.42 * len(summary) + 1.4), dpi=plotting.DPI)
        axes = fig.subplots(1, len(panels), sharey=True, squeeze=False)[0]
        y = list(range(len(summary)))[::-1]
        labels = [_label(a, 22) for a in summary["article"]]
        for ax, (col, title) in zip(axes, panels, strict=True):
            ax.barh(y, summary[col].fillna(0), color=MID, edgecolor="black", linewidth=0.6)
            if col == "grade":
                ax.axvline(
                    TARGET_GRADE, color="black", linestyle="--", linewidth=1, label=f"target {TARGET_GRADE}"
                )
                ax.legend(fontsize=7, loc="lower right")
            ax.set_xlabel(title, fontsize=8)
            ax.set_axisbelow(True)
            ax.grid(axis="y", visible=False)
        axes[0].set_yticks(y, labels, fontsize=7)
        axes[0].set_ylabel("article")
        fig.tight_layout()
    return fig


#: Colours kept in a chart's PNG: the charts are drawn in a few greys and viridis shades, so a palette
#: image looks the same at about a third of the bytes (a report is a self-contained file of <= 200 KB).
PNG_COLOURS = 64


def png_bytes(fig: Figure) -> bytes:
    """The figure as a palette PNG without the version/date metadata (byte-reproducible)."""
    from PIL import Image

    buf = io.BytesIO()
    with mpl.rc_context(plotting.RC):
        fig.savefig(buf, format="png", **plotting.PRINT_FIGURE_KWARGS["png"])
    buf.seek(0)
    with Image.open(buf) as img:
        small = img.convert("RGB").quantize(
            colors=PNG_COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    out = io.BytesIO()
    small.save(out, format="PNG", optimize=True)
    return out.getvalue()


#: Text alternatives for the charts (what each shows; the numbers are in the table above each chart).
ALT = {
    "readability": "Bar chart of the Flesch-Kincaid grade of every scored sentence (in a long article, the "
    "mean of each block of consecutive sentences), in text order, "
    "with a dashed line at the general-audience target grade and a dotted line at the whole article's grade.",
    "sources": "Horizontal bar chart of the number of attributions per source; named sources solid, "
    "anonymous or unnamed ones hatched.",
    "certainty": "Bar chart of hedges, boosters, shields and weasel phrases in the body, in the "
    "reporter's voice and inside sources' words.",
}


def as_html(fig: Figure | None, what: str) -> str:
    """The figure as an ``<img>`` with a text alternative; a PNG data URI keeps the report self-contained."""
    if fig is None:
        return '<p class="ar-meta">No chart: there is nothing to plot for this article.</p>'
    data = base64.b64encode(png_bytes(fig)).decode("ascii")
    alt = html.escape(ALT[what], quote=True)
    return f'<img class="ar-chart" alt="{alt}" src="data:image/png;base64,{data}">'
