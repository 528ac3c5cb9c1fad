"""A clause and a colon before a quotation: ``She then addressed the crowd again: "C"``.

Rule id: ``subject_colon`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    She then addressed the crowd again: "Thank you all for coming."
    The fans were kinder: "We love her", wrote Jane Roe on Twitter. (none: the cue after the quotation has it)
"""

from __future__ import annotations

from ...model import Span
from ..boundaries import cue_after_quote, quote_after
from ..rule_base import (
    HARD_PUNCT,
    OPEN_QUOTE_TOKENS,
    Raw,
    Sentence,
    is_cap,
    quote_starting_at,
)
from ..rule_words import WORDS
from .context import Context

RULE = "subject_colon"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    'She then addressed the crowd again: "Thank you all for coming."',
    'The fans were kinder: "We love her", wrote Jane Roe on Twitter.',
)


def subject_colon(ctx: Context, s: Sentence) -> Raw | None:
    """``She then addressed the crowd again: "C"``: a clause with a named or pronoun subject, then a
    colon and a quotation (in the sentence or opening the next paragraph); the cue is what stands
    between the subject and the colon, colon included ("issued the following statement:")."""
    t = ctx.t
    c = s.lw.index(":")
    if c < 2 or c > 14 or any(x in HARD_PUNCT or x in OPEN_QUOTE_TOKENS for x in s.tx[:c]):
        return None
    if not (is_cap(s.tx[0]) or s.lw[0] in t.subject_pronouns) or s.lw[0] in t.determiner:
        return None
    if s.lw[0] in t.boundary or s.lw[0] in t.adjunct or s.lw[0] in t.colon_stop:
        return None
    if c + 1 < s.n:
        q = quote_starting_at(ctx.quotes, s.toks[c + 1].start)
        if q is None or q.end < s.toks[s.end - 1].end:
            return None
        if cue_after_quote(ctx, q.end):
            return None
        content, qs = [Span(q.start, q.end)], [q]
    else:
        content, qs = quote_after(ctx, s)
    if not content:
        return None
    b = 1
    while b < c and (is_cap(s.tx[b]) or s.lw[b] in WORDS.name_word) and s.lw[0] not in t.subject_pronouns:
        b += 1
    cue = Span(s.toks[b].start if b < c else s.toks[c].start, s.toks[c].end)  # "issued a statement:"
    return Raw(cue, s.span_of(0, b), content, ":", "neutral", s.index, quotes=qs, rule=RULE)

