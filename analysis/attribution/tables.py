"""Attributions as tidy tables: one row per attribution, one row per source, and the article's shares.

Column names are stable: the notebook, the report and other engineers' code rely on them. ``*_text``
columns hold the exact slice of the article text for the offsets beside them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..intervals import SpanIndex
from ..model import BODY_KINDS, Article, Sentence, Span
from .extract import find_attributions
from .model import ANONYMOUS_TYPES, NAMED_TYPES, Attribution

if TYPE_CHECKING:
    import pandas as pd

ATTRIBUTION_COLUMNS = [
    "article",
    "attribution",
    "sentence",
    "part",
    "in_caption",
    "part_kind",
    "kind",
    "cue_class",
    "cue_start",
    "cue_end",
    "cue_text",
    "source_start",
    "source_end",
    "source_text",
    "source_type",
    "source_name",
    "mention",
    "role",
    "channel",
    "content_start",
    "content_end",
    "content_fragments",
    "content_text",
    "content_words",
    "cue_by",
    "source_by",
    "content_by",
    "keep_by",
    "type_by",
]
INVENTORY_COLUMNS = [
    "article",
    "source_name",
    "source_type",
    "aliases",
    "role",
    "attributions",
    "direct",
    "indirect",
    "content_words",
    "first_start",
    "first_sentence",
    "channels",
]


def sentence_index(article: Article, pos: int) -> int:
    # a binary search on the sentences themselves: a list of their starts per call made tables quadratic
    return max(0, bisect_right(article.sentences, pos, key=lambda s: s.start) - 1)


def _content_words(article: Article, a: Attribution) -> int:
    return sum(article.count_words(c) for c in a.content)


def attributions_table(article: Article, atts: list[Attribution] | None = None) -> pd.DataFrame:
    """One row per attribution, in content order (body and captions; ``in_caption`` tells them apart)."""
    import pandas as pd  # here: the corpus rows use source_records and the shares, not pandas

    atts = find_attributions(article) if atts is None else atts
    text = article.text
    rows = []
    for k, a in enumerate(atts):
        anchor = a.cue.start if a.cue else a.content[0].start
        rows.append(
            {
                "article": article.id,
                "attribution": k,
                "sentence": sentence_index(article, anchor),
                "part": a.part,
                "in_caption": a.in_caption,
                "part_kind": article.parts[a.part].kind,
                "kind": a.kind,
                "cue_class": a.cue_class,
                "cue_start": a.cue.start if a.cue else None,
                "cue_end": a.cue.end if a.cue else None,
                "cue_text": text[a.cue.start : a.cue.end] if a.cue else "",
                "source_start": a.source.start if a.source else None,
                "source_end": a.source.end if a.source else None,
                "source_text": text[a.source.start : a.source.end] if a.source else "",
                "source_type": a.source_type,
                "source_name": a.source_name,
                "mention": a.mention,
                "role": a.role,
                "channel": a.channel,
                "content_start": a.content[0].start,
                "content_end": a.content[-1].end,
                "content_fragments": len(a.content),
                "content_text": " … ".join(text[c.start : c.end] for c in a.content),
                "content_words": _content_words(article, a),
                "cue_by": a.cue_by.label() if a.cue else "",
                "source_by": a.source_by.label() if a.source else "",
                "content_by": a.content_by.label(),
                "keep_by": a.keep.label() if a.keep else "",
                "type_by": a.type_by,
            }
        )
    df = pd.DataFrame(rows, columns=ATTRIBUTION_COLUMNS)
    for col in ("cue_start", "cue_end", "source_start", "source_end"):
        df[col] = df[col].astype("Int64")
    return df


def _source_key(a: Attribution) -> str:
    if a.source_name:
        return a.source_name
    return "(unresolved pronoun)" if a.mention == "pronoun" else "(no source)"


def nested_sourceless(atts: Sequence[Attribution]) -> set[int]:
    """Indices of the attributions without a source whose cue lies inside another attribution's content.

    "A senior official said the decision was reportedly made ...": the "reportedly" is the official's
    own hedge, found as an attribution of its own with no source. As a "(no source)" row of the inventory
    it would count one statement twice, so the inventory leaves it to the attribution around it.
    """
    # one owner per position in ``atts`` (compared by identity: SpanIndex), so that scanning every content
    # span for every cue, quadratic in a long article, becomes a binary search
    owners = [object() for _ in atts]
    contents = SpanIndex((c.start, c.end, owners[i]) for i, a in enumerate(atts) for c in a.content)
    out: set[int] = set()
    for i, a in enumerate(atts):
        if a.source is None and a.cue is not None and contents.contains(a.cue.start, a.cue.end, owners[i]):
            out.add(i)
    return out


def source_inventory(article: Article, atts: list[Attribution] | None = None) -> pd.DataFrame:
    """One row per distinct source (by resolved name), in order of first appearance.

    Every way the article writes one source counts toward it: a pronoun, a surname, a description that
    the resolver tied to a name ("the company"). ``aliases`` lists those written forms (pronouns left
    out), so a reader can check the merge; the type is the one the source got where it was not a pronoun.
    """
    import pandas as pd  # here: the corpus rows use source_records and the shares, not pandas

    return pd.DataFrame(source_records(article, atts), columns=INVENTORY_COLUMNS)


def source_records(article: Article, atts: list[Attribution] | None = None) -> list[dict]:
    """:func:`source_inventory`'s rows as plain dicts (no pandas: corpus runs build one per article).

    A sourceless attribution whose cue lies inside another's content is left out
    (:func:`nested_sourceless`)."""
    atts = find_attributions(article) if atts is None else atts
    text = article.text
    order: list[str] = []
    rows: dict[str, dict] = {}
    types: dict[str, str] = {}
    for a in atts:
        if a.mention != "pronoun" and a.source_name:
            types.setdefault(a.source_name, a.source_type)
    nested = nested_sourceless(atts)
    atts = [a for i, a in enumerate(atts) if i not in nested]
    for a in sorted(atts, key=lambda x: x.cue.start if x.cue else x.content[0].start):
        key = _source_key(a)
        if key not in rows:
            order.append(key)
            anchor = a.cue.start if a.cue else a.content[0].start
            rows[key] = {
                "article": article.id,
                "source_name": key,
                "source_type": types.get(key, a.source_type),
                "aliases": set(),
                "role": a.role,
                "attributions": 0,
                "direct": 0,
                "indirect": 0,
                "content_words": 0,
                "first_start": a.source.start if a.source else a.content[0].start,
                "first_sentence": sentence_index(article, anchor),
                "channels": set(),
            }
        row = rows[key]
        row["attributions"] += 1
        row["direct"] += a.kind in ("direct", "mixed")
        row["indirect"] += a.kind in ("indirect", "according_to")
        row["content_words"] += _content_words(article, a)
        if a.source is not None and a.mention != "pronoun" and a.source_name:
            written = " ".join(text[a.source.start : a.source.end].split())
            if a.role and ", " in written and a.role in written.split(", ", 1)[1]:
                # "Jens Stoltenberg, the secretary-general of NATO": the appositive is the role column's
                written = written.split(", ", 1)[0]
            if written != key:
                row["aliases"].add(written)
        if not row["role"] and a.role:
            row["role"] = a.role
        if a.channel:
            row["channels"].add(a.channel)
    out = []
    for key in order:
        row = dict(rows[key])
        row["channels"] = ", ".join(sorted(row["channels"]))
        row["aliases"] = "; ".join(sorted(row["aliases"]))
        out.append(row)
    return out


def _sentences_touched(sents: list[Sentence], spans: list[Span]) -> int:
    """How many of ``sents`` overlap at least one of ``spans``: merged intervals and a binary search each,
    so that a long article costs n log n, not sentences times attributions."""
    merged: list[list[int]] = []
    for sp in sorted(spans, key=lambda sp: sp.start):
        if merged and sp.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], sp.end)
        else:
            merged.append([sp.start, sp.end])
    ends = [e for _, e in merged]
    covered = 0
    for s in sents:
        i = bisect_right(ends, s.start)  # the first merged span ending after the sentence starts
        covered += i < len(merged) and merged[i][0] < s.end
    return covered


def attribution_shares(article: Article, atts: list[Attribution] | None = None) -> dict[str, float | int]:
    """The article's sourcing in a few numbers, over body attributions (captions excluded).

    ``named_share``/``anonymous_share``: of attributions with a source, the share whose source (a resolved
    pronoun has its referent's type) is named / anonymous; ``direct_share``: attributions with quoted words
    (direct or mixed); ``attributed_sentence_share``: body sentences holding a cue or content;
    ``outlet_share``: attributions whose source or channel is a media outlet (reliance on other outlets).
    Shares are 0.0 when there is nothing to divide. ``refused`` counts the attributions of refused or
    negated speech ("declined to comment", kind ``refused``) among them, which are no statements.
    """
    atts = find_attributions(article) if atts is None else atts
    body = [a for a in atts if article.parts[a.part].kind in BODY_KINDS]
    eff = [a.source_type for a in body]
    with_source = [t for t in eff if t != "none"]
    named = sum(t in NAMED_TYPES for t in with_source)
    anon = sum(t in ANONYMOUS_TYPES for t in with_source)
    direct = sum(a.kind in ("direct", "mixed") for a in body)
    outlet = sum(t == "media_outlet" or bool(a.channel) for a, t in zip(body, eff, strict=True))
    sents = article.body_sentences
    marked = [sp for a in body for sp in (*a.content, *([a.cue] if a.cue else []))]
    covered = _sentences_touched(sents, marked)

    def share(x: int, n: int) -> float:
        return round(x / n, 4) if n else 0.0

    return {
        "attributions": len(body),
        "refused": sum(a.kind == "refused" for a in body),
        "with_source": len(with_source),
        "named": named,
        "anonymous": anon,
        "named_share": share(named, len(with_source)),
        "anonymous_share": share(anon, len(with_source)),
        "direct": direct,
        "indirect": len(body) - direct,
        "direct_share": share(direct, len(body)),
        "indirect_share": share(len(body) - direct, len(body)),
        "body_sentences": len(sents),
        "attributed_sentences": covered,
        "attributed_sentence_share": share(covered, len(sents)),
        "outlet_attributions": outlet,
        "outlet_share": share(outlet, len(body)),
    }
