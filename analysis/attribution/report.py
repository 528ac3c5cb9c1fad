"""Findings sentences generated from the attribution numbers, so that no figure is typed by hand.

Every sentence is built from :func:`~analysis.attribution.tables.attribution_shares` and
:func:`~analysis.attribution.tables.source_inventory`; change the rules and the prose changes with them.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from ..model import Article
from ..wording import (
    direct_quotes,
    outlet_reliance,
    outlet_share,
    pct,
    plural,
    ratio,
    sourced_split,
    speech_shares,
)
from .extract import find_attributions
from .model import Attribution
from .tables import attribution_shares, sentence_index, source_inventory

TYPE_LABELS = {
    "named_person": "named people",
    "named_organisation": "named organisations",
    "government_body": "government bodies",
    "media_outlet": "media outlets",
    "anonymous_person": "unnamed individuals",
    "unnamed_group": "unnamed groups",
    "document": "documents and data",
    "none": "no stated source",
}

# One source of each type, for "The most cited source is X (named person)": the plural labels above do
# not singularise by dropping an "s" ("named people", "government bodies", "documents and data").
TYPE_LABEL_ONE = {
    "named_person": "named person",
    "named_organisation": "named organisation",
    "government_body": "government body",
    "media_outlet": "media outlet",
    "anonymous_person": "unnamed individual",
    "unnamed_group": "unnamed group",
    "document": "document or data",
    "none": "no stated source",
}


def findings(article: Article, atts: list[Attribution] | None = None) -> list[str]:
    """A few plain sentences on whose words the article is made of (body only, captions aside)."""
    atts = find_attributions(article) if atts is None else atts
    sh = attribution_shares(article, atts)
    inv = source_inventory(article, atts)
    title = article.title or article.id or "The article"
    n = int(sh["attributions"])
    if n == 0:
        return [
            f"{title}: the extractor found no attribution in the body "
            f"({plural(int(sh['body_sentences']), 'sentence')} read)."
        ]
    out = [
        f"{title}: {plural(n, 'attribution')} in the body, touching "
        f"{pct(sh['attributed_sentence_share'])} of its {plural(int(sh['body_sentences']), 'sentence')}."
    ]
    if sh["with_source"]:
        out.append(sourced_split(int(sh["with_source"]), int(sh["anonymous"]), int(sh["named"])) + ".")
    out.append(
        f"{direct_quotes(int(sh['direct']), n)}; "
        f"{int(sh['indirect'])} paraphrase them or rest on 'according to'."
    )
    if sh["outlet_attributions"]:
        outlets = sorted(
            {a.channel for a in atts if a.channel}
            | {a.source_name for a in atts if a.source_type == "media_outlet" and a.source_name}
        )
        out.append(outlet_reliance(int(sh["outlet_attributions"]), n, outlets))
    body = inv[inv["source_type"] != "none"]
    if len(body):
        top = body.sort_values(["attributions", "first_start"], ascending=[False, True]).iloc[0]
        label = TYPE_LABEL_ONE.get(str(top["source_type"]), str(top["source_type"]))
        out.append(
            f"The most cited source is {top['source_name']} ({label}), with "
            f"{plural(int(top['attributions']), 'attribution')}."
        )
    return out


def corpus_findings(shares: list[dict[str, float | int]]) -> list[str]:
    """Sentences over several articles' shares (as returned by ``attribution_shares``)."""
    if not shares:
        return ["No article was read."]
    n = sum(int(s["attributions"]) for s in shares)
    src = sum(int(s["with_source"]) for s in shares)
    anon = sum(int(s["anonymous"]) for s in shares)
    named = sum(int(s["named"]) for s in shares)
    direct = sum(int(s["direct"]) for s in shares)
    outlet = sum(int(s["outlet_attributions"]) for s in shares)
    out = [
        f"Across {plural(len(shares), 'article')}, the extractor found "
        f"{plural(n, 'attribution')} in the body."
    ]
    if src:
        out.append(sourced_split(src, anon, named) + ".")
    if n:
        out.append(
            f"{speech_shares(ratio(direct, n), ratio(n - direct, n))}; {outlet_share(ratio(outlet, n))}."
        )
    return out


def attribution_html(article: Article, att: Attribution) -> str:
    """One attribution in its sentence as escaped HTML: content in ``<mark>``, cue ``<u>``, source ``<b>``,
    each with a ``title`` naming the rule or model decision that produced it (shown on hover).

    The excerpt runs from the start of the cue's sentence to the end of the attribution, so the reader sees
    the words around it; every highlight is one of the attribution's own spans.
    """
    text = article.text
    sent = article.sentences[sentence_index(article, att.cue.start if att.cue else att.start)]
    lo = min([sent.start, att.start] + ([att.source.start] if att.source else []))
    hi = max([sent.end, att.end] + ([att.source.end] if att.source else []))
    content_title = f"content: {att.content_by.label()}" + (f"; {att.keep.label()}" if att.keep else "")
    marks = [(c.start, c.end, "mark", content_title) for c in att.content]
    marks += [(att.cue.start, att.cue.end, "u", f"cue: {att.cue_by.label()}")] if att.cue else []
    if att.source:
        marks += [(att.source.start, att.source.end, "b", f"source: {att.source_by.label()}")]
    events = sorted([(s, 1, t, ti) for s, _e, t, ti in marks] + [(e, 0, t, "") for _s, e, t, _ti in marks])
    out, pos = [], lo
    for at, is_open, tag, title in events:
        at = min(max(at, lo), hi)
        out.append(html.escape(text[pos:at]))
        # the rule or model decision behind each highlight shows on hover (issue 12, provenance)
        out.append(f'<{tag} title="{html.escape(title)}">' if is_open else f"</{tag}>")
        pos = at
    out.append(html.escape(text[pos:hi]))
    return "".join(out)


def attributions_html(article: Article, atts: list[Attribution]) -> str:
    """Every attribution of an article as a numbered HTML list (kind, source type and name above each)."""
    rows = []
    for a in atts:
        via = f" via {html.escape(a.channel)}" if a.channel else ""
        who = html.escape(a.source_name or "—")
        label = f"{html.escape(a.kind)} · {html.escape(a.source_type)} · {who}{via}"
        rows.append(f"<li><small>{label}</small><br>{attribution_html(article, a)}</li>")
    return f"<p><b>{html.escape(article.id)}</b></p><ol>{''.join(rows)}</ol>"


def accuracy_lines(results_path: str | Path) -> list[str]:
    """How accurate the extractor is on labelled news, from the benchmark's results file (if it was run)."""
    path = Path(results_path)
    if not path.exists():
        return [f"The accuracy benchmark has not been run here ({path.name} is missing)."]
    r = json.loads(path.read_text(encoding="utf-8"))
    dev, tg = r["dev"], r["targets"]

    def verdict(key: str, points: bool = False) -> str:
        gap = tg[key] - dev[key]
        if gap <= 0:
            return "met"
        if not points:
            return f"missed by {gap:.2f}"
        pts = f"{100 * gap:.1f}".removesuffix(".0")
        return f"missed by {pts} {'point' if pts == '1' else 'points'}"

    return [
        f"On labelled US political news (PolNeAR dev, {dev['gold']:,} attributions), the extractor finds "
        f"{pct(dev['content_r'])} of the annotated attributions and {pct(dev['content_p'])} of what it "
        f"reports matches one: content F1 {dev['content_f1']:.2f} (target {tg['content_f1']:.2f}, "
        f"{verdict('content_f1')}).",
        f"Of the attributions with a speech verb it finds {pct(dev['speech_recall'])} (target "
        f"{pct(tg['speech_recall'])}, {verdict('speech_recall', points=True)}); "
        "where it finds one, the source is right "
        f"{pct(dev['source_acc'])} of the time and the cue {pct(dev['cue_acc'])}.",
    ]
