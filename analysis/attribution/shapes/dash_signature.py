"""A dash signing the quotation above it: a paragraph ``- Jane Doe.`` after a paragraph that is one quotation.

Rule id: ``dash_signature`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    "We were proud of every one of them."\\n\\n- Jane Doe.
"""

from __future__ import annotations

from ...model import Span
from ..rule_base import (
    HARD_PUNCT,
    Raw,
    Sentence,
    is_cap,
)
from ..rule_words import WORDS
from .context import Context

RULE = "dash_signature"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = ('"We were proud of every one of them."\n\n- Jane Doe.',)


def dash_signature(ctx: Context, s: Sentence) -> Raw | None:
    """A paragraph ``- Jane Doe.`` (or ``— Jane Doe, tweeting``) after a paragraph that is one quotation.

    The dash signs the quotation above it: the name is the source, the quotation the content.
    """
    art = ctx.article
    part_idx = art.sentences[s.index].part
    part = art.parts[part_idx]
    if part_idx == 0 or s.span.start > part.start + 1 or not is_cap(s.tx[1]):
        return None
    prev = art.parts[part_idx - 1]
    body = ctx.text[prev.start : prev.end].strip()
    q = next((q for q in ctx.quotes if q.start == ctx.text.find(body, prev.start)), None)
    if q is None or not q.closed or q.end - q.start != len(body):
        return None
    b = 1
    while b < s.end and s.tx[b] not in HARD_PUNCT and b <= 6:
        b += 1
    if b > 6 or not all(is_cap(x) or x.lower() in WORDS.name_particle for x in s.tx[1:b]):
        return None
    source = s.span_of(1, b)
    if source is None:
        return None
    role = s.span_of(b + 1, s.end) if b < s.end and s.tx[b] == "," else None
    cue = Span(s.toks[0].start, s.toks[0].end)
    return Raw(
        cue,
        source,
        [Span(q.start, q.end)],
        "-",
        "neutral",
        s.index,
        role=role,
        quotes=[q],
        rule=RULE,
    )
