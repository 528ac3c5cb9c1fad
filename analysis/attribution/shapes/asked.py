"""A question as content: ``(When) asked (by X) whether C, Y said ...``.

Rule id: ``asked`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Asked whether he would run, Smith said no.
    When asked by reporters if the plan would work, she laughed.
"""

from __future__ import annotations

from ..boundaries import content_spans, occasion_end
from ..quotes import QUOTE_CHARS as QUOTE_MARK_CHARS
from ..rule_base import (
    HARD_PUNCT,
    OPEN_QUOTE_TOKENS,
    Raw,
    quote_starting_at,
)
from .context import Context
from .verb import VerbCue

RULE = "asked"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Asked whether he would run, Smith said no.",
    "When asked by reporters if the plan would work, she laughed.",
)


def claims(ctx: Context, v: VerbCue) -> bool:
    """ "asked" opening the sentence or after "when" or an auxiliary is read by this shape alone: the
    question is the content, never what follows it."""
    s, i = v.s, v.i
    return (
        v.form.lemma == "ask"
        and s.lw[i] == "asked"
        and (i == 0 or s.lw[i - 1] in ctx.t.asked_lead or s.lw[i - 1] in ctx.t.passive_aux)
    )


def asked(ctx: Context, v: VerbCue) -> Raw | None:
    """``(When) asked (by X) (on Fox News) whether C, Y said``: the question is the content.

    The one who asked is the source when named ("by X"), else there is none; the answer is a separate
    attribution found at its own cue.
    """
    s, i = v.s, v.i
    t = ctx.t
    source = None
    k = i + 1
    lim = min(s.end, i + 14)
    while k < lim:
        w = s.lw[k]
        if w in t.question_words:
            break
        if w == "by" and source is None:
            b = k + 1
            while (
                b < lim
                and s.lw[b] not in HARD_PUNCT
                and s.lw[b] not in t.question_words
                and not (b > k + 1 and (s.lw[b] in t.adjunct or s.lw[b] in t.time))
            ):
                b += 1
            source = s.span_of(k + 1, b)
            k = b
            continue
        if w in HARD_PUNCT or s.tx[k] in OPEN_QUOTE_TOKENS:
            return None
        k += 1
    if k >= lim:
        return None
    e = k + 1
    while e < s.end and s.tx[e] not in (",", ";", ":", "—", "–"):
        if s.tx[e] in OPEN_QUOTE_TOKENS:
            q = quote_starting_at(ctx.quotes, s.toks[e].start)
            if q is None or e == k + 1:
                break
            # 'asked if she would sign his "pledge" on the issue': a quotation inside the question
            while e < s.end and s.toks[e].start < q.end:
                e += 1
            if ctx.text[q.start : q.end].rstrip(QUOTE_MARK_CHARS).endswith(","):
                break  # 'asked if she is "ready to serve," Lee said': the comma ends the question
            continue
        e += 1
    if e - k < 2:
        return None
    e = occasion_end(ctx, s, k, e)
    content, qs = content_spans(ctx, s, k, e)
    if not content:
        return None
    return v.raw(RULE, source, content, quotes=qs)
