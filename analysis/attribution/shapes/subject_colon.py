"""A clause and a colon before a quotation: ``She then addressed the crowd again: "C"``.

Rule id: ``subject_colon`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    She then addressed the crowd again: "Thank you all for coming."
    The fans were kinder: "We love her", wrote Jane Roe on Twitter. (none: the cue after the quotation has it)
"""

from __future__ import annotations

import re

from ...model import Span
from ..boundaries import quote_after
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


_AFTER_QUOTE = re.compile(r"[,\s]*([\w’']+)(?:\s+([\w’']+))?")


def cue_after_quote(ctx: Context, end: int) -> bool:
    """Does a cue follow the quotation that ends at ``end`` (``", wrote Jane Roe"``, ``", she said"``)? Then
    the quotation is that cue's, not the clause's before the colon: 'Fellow Democrats were more supportive:
    "C", wrote Jane Roe' credited Jane Roe's words to the Democrats (wikinews-2019-112, session 20)."""
    m = _AFTER_QUOTE.match(ctx.text, end)
    if m is None:
        return False
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    cues = ctx.t.cue_forms
    if first in cues and m.group(1).islower():
        return True  # '"C", wrote Jane Roe', '"C?" asked Jane Roe'
    # '"C," she said': a pronoun or a name, then the cue, after a comma ('"C." He said ...' starts anew)
    comma = ctx.text[max(0, end - 2) : end].startswith(",") or ctx.text[end : m.start(1)].strip() == ","
    return comma and (first in ctx.t.subject_pronouns or m.group(1)[:1].isupper()) and second in cues
