"""A quotation before its cue: ``"C," (X, role,) said (X) (on Monday)[, "C2"]``.

The quotation that closes right before the cue (or before the source and the cue) is the content; the
source stands between it and the cue or right after the cue, and nothing but adjuncts ("on Monday", "in a
statement") may follow, unless the quotation ends in a comma, "?" or "!" and an adjunct clause follows
('"C," he said as the crowd cheered').

Rule id: ``direct_inversion`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    "We will win," he said on Monday.
    "We will win," said Ann Lee, a spokeswoman.
"""

from __future__ import annotations

from ...model import Span
from ..boundaries import (
    adjunct_end,
    continuation,
    lead_in,
    participle_quote,
    quote_left,
    quote_then_adjunct,
)
from ..rule_base import Raw, Sentence, quote_ending_at
from .context import Context
from .verb import VerbCue

RULE = "direct_inversion"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    '"We will win," he said on Monday.',
    '"We will win," said Ann Lee, a spokeswoman.',
)


def direct_inversion(ctx: Context, v: VerbCue) -> Raw | None:
    """The quotation closing before the cue, with the source between them or after the cue."""
    s, i, width, form = v.s, v.i, v.width, v.form
    if i == 0:
        return None
    k = quote_left(ctx, s, i)
    if k is None:
        return None
    q = quote_ending_at(ctx.quotes, s.toks[k].end)
    if q is not None and participle_quote(ctx, s, q):
        return None  # 'Saying "C1", X elaborated': the quotation is the participle's
    src = s.span_of(k + 1, signer_end(ctx, s, k, i))
    role = None
    after = i + width
    if src is None:
        np = ctx.right_np(s, i + width - 1, possessive=True)
        if np is not None:
            a, b, rl = np
            src = s.span_of(a, rl[1] if rl else b)
            role = s.span_of(*rl) if rl else None
            after = rl[1] if rl else b
    else:
        mid = ctx.appositive_np(s, i)
        if mid is not None:
            role = s.span_of(mid[2], mid[3])
    stop = adjunct_end(ctx, s, after, form)
    if q is not None and stop is not None:
        lead = lead_in(ctx, s, q)
        content = [Span(lead if lead is not None else q.start, q.end)]
        qs = [q]
        continuation(ctx, s, stop, content, qs)
        return v.raw(RULE, src, content, role=role, quotes=qs)
    if q is not None and src is not None and quote_then_adjunct(ctx, s, q, i, after, form):
        # '"C," he said as the crowd cheered' / '"C," Trump said late last week': a quotation that ends in
        # a comma, "?" or "!" is the inverted cue's content when an adjunct follows
        lead = lead_in(ctx, s, q)
        content = [Span(lead if lead is not None else q.start, q.end)]
        return v.raw(RULE, src, content, role=role, quotes=[q])
    return None


def signer_end(ctx: Context, s: Sentence, k: int, i: int) -> int:
    """Rule ``signer_before_adverbs``: '"C," Lee had said', '"C," the coach would later say': where the
    source between the closing quote mark at ``k`` and the cue at ``i`` ends, once the auxiliaries and
    adverbs before the cue are left out (``Context.before_adverbs``, as for a subject before its verb).

    Why: the source was every word between the quotation and the cue, so "Lee had" became a name and "he
    has" no pronoun at all (found among dev19's misses: "Bushnell had announced"). When nothing but such
    words stands there, the span is left as it was.
    """
    j = ctx.before_adverbs(s, i, k + 1)
    return j + 1 if j > k else i

