"""Sentences for readers, generated from the numbers, and the escaping every rendered string needs.

Notebooks and reports never type a number into prose: they call functions here (and the analyzers'
own ``report`` modules), which build each sentence from the same tables the reader sees.
"""

from __future__ import annotations

import html
import re

from .dates import find_dates
from .model import BODY_KINDS, SET_ASIDE_KINDS, Article
from .wording import plural

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")

_KIND_NAMES = {
    "caption": ("photo caption", "photo captions"),
    "credit": ("photo credit", "photo credits"),
    "byline": ("byline", "bylines"),
    "footer": ("footer line", "footer lines"),
    "boilerplate": ("piece of page furniture", "pieces of page furniture"),
}


def md_escape(text: str) -> str:
    """Article text made safe for Markdown cells: HTML-escaped, Markdown syntax neutralised."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def join_words(items: list[str]) -> str:
    """``"a"``, ``"a and b"``, ``"a, b and c"``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def parse_findings(article: Article) -> list[str]:
    """What the parser found in one article, as Markdown sentences (text escaped)."""
    body_words = sum(len(article.words_in(p)) for p in article.parts if p.kind in BODY_KINDS)
    paragraphs = len(article.parts_of("paragraph"))
    headings = len(article.parts_of("heading"))
    body_sentences = len(article.body_sentences)
    title = f"*{md_escape(article.title)}*" if article.title else "The article (no headline found)"
    out = [
        f"{title}: a body of {plural(body_words, 'word')} in {plural(paragraphs, 'paragraph')}"
        + (f" under {plural(headings, 'subheading')}" if headings else "")
        + f", {plural(body_sentences, 'sentence')} in all.",
    ]
    set_aside = []
    for kind in ("caption", "credit", "byline", "footer", "boilerplate"):
        parts = article.parts_of(kind)
        if parts:
            one, many = _KIND_NAMES[kind]
            words = sum(len(article.words_in(p)) for p in parts)
            set_aside.append(f"{plural(len(parts), one, many)} ({plural(words, 'word')})")
    if set_aside:
        n = sum(len(article.parts_of(k)) for k in SET_ASIDE_KINDS)
        out.append(f"Set aside from the body: {join_words(set_aside)} — {plural(n, 'part')} in all.")
    else:
        out.append("Nothing was set aside: every part of the text is headline, standfirst or body.")
    front = [k for k in ("headline", "standfirst") if article.parts_of(k)]
    if front:
        out.append(f"Before the body: {join_words(['the ' + k for k in front])}.")
    if article.publisher:
        out.append(f"Publisher, from the footer: {md_escape(article.publisher)}.")
    dates = find_dates(article.text)
    if dates:
        values = sorted({d.value for d in dates})
        out.append(
            f"Dates written in the text: {plural(len(dates), 'mention')} of {plural(len(values), 'date')}."
        )
    return out


def bullets(lines: list[str]) -> str:
    """Markdown bullet list."""
    return "\n".join(f"- {line}" for line in lines)


def corpus_line(articles: list[Article], problems: list) -> str:
    """One sentence on what was loaded: how many articles, and how many inputs failed."""
    line = f"{plural(len(articles), 'article')} read"
    if problems:
        line += f"; {plural(len(problems), 'input')} could not be read (listed below)"
    return line + "."


def problems_table(problems: list):
    """The inputs that could not be read, one row each (file and problem), or a note that there were none."""
    import pandas as pd

    if not problems:
        return pd.DataFrame({"note": ["Every file in the seeds folder was read."]})
    return pd.DataFrame({"input": [p.where for p in problems], "problem": [p.problem for p in problems]})
