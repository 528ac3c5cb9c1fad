"""What the overview notebooks (02-readability, 03-sources, 04-hedging) show of each article, and the notes
that say what they leave out.

An overview explains one analyzer on every article of the seeds folder. A long article
(:data:`~analysis.report.limits.LONG_ARTICLE_CHARS`, far beyond any news article) is not analysed and drawn
there again: its numbers are in its own report and in the index, both from one analysis, and the overview
names it with a link to its report. Per-article listings stop after
:data:`~analysis.report.limits.OVERVIEW_ROWS` rows with a note saying how many more there are and where
they are, so no overview page grows without bound (a 4.9 MB article made ``03-sources`` a 14.6 MB page).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from ..model import Article
from ..narrative import md_escape
from ..wording import plural
from . import limits

#: Where the overview reports (``reports/<notebook>.html``) find an article's report: beside them. Written
#: as ``../reports/`` so that the link also works from the notebook itself in ``notebooks/``.
REPORTS_LINK = "../reports/"


def split_long(
    articles: Sequence[Article], limit: int = limits.LONG_ARTICLE_CHARS
) -> tuple[list[Article], list[Article]]:
    """The articles an overview analyses (``limit`` characters or fewer) and the long ones, in order."""
    return [a for a in articles if len(a.text) <= limit], [a for a in articles if len(a.text) > limit]


def report_links(articles: Sequence[Article], notebooks: Path = Path()) -> dict[str, str]:
    """Each article id's report file as a link from an overview report (the names ``make report`` gives)."""
    from ..reporting import INDEX, MANIFEST, report_names

    reserved = {INDEX, MANIFEST} | {f"{p.stem}.html" for p in notebooks.glob("*.ipynb")}
    names, _ = report_names([a.id for a in articles], reserved)
    return {i: REPORTS_LINK + name for i, name in names.items()}


def long_note(long: Sequence[Article], links: dict[str, str]) -> str:
    """Markdown naming the long articles left out of an overview, with links; "" when there are none."""
    if not long:
        return ""
    named = ", ".join(
        f"[{md_escape(a.id)}]({links.get(a.id, '')}) ({len(a.text):,} characters)" for a in long
    )
    return (
        f"**Left out of this overview:** {plural(len(long), 'article')} longer than "
        f"{limits.LONG_ARTICLE_CHARS:,} characters, far beyond a news article: {named}. Each has its own "
        "report with every number of the whole text, and a row in the index; this page covers the other "
        "articles."
    )


def rows_note(shown: int, total: int, what: str, article: Article, links: dict[str, str], table: str) -> str:
    """HTML under a per-article listing cut at ``shown`` of ``total`` rows; "" when nothing was cut.

    ``table`` names the seeds table (``build/seeds/<table>``, written by ``make report``) that lists them
    all."""
    if total <= shown:
        return ""
    link = html.escape(links.get(article.id, ""), quote=True)
    return (
        f"<p><small>The first {shown:,} of {total:,} {html.escape(what)} of <b>{html.escape(article.id)}</b> "
        f"are listed here. The numbers above count them all; every one is in the <code>{html.escape(table)}"
        "</code> table of <code>build/seeds</code> (written by <code>make report</code>), and the article "
        f'has <a href="{link}">its own report</a>.</small></p>'
    )
