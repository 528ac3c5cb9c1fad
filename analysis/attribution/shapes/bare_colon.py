"""A short name before a colon: ``Trump: "We will win."``, ``Poll: Trump trails``.

Rule id: ``bare_colon`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Trump: "We will win."
    Officials: the bridge will reopen on Monday.
"""

from __future__ import annotations

from ...model import Span
from ..boundaries import content_end, content_spans
from ..rule_base import (
    CLOSE_QUOTE_TOKENS,
    HARD_PUNCT,
    OPEN_QUOTE_TOKENS,
    Raw,
    Sentence,
    is_cap,
)
from ..rule_words import WORDS
from .context import Context

RULE = "bare_colon"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    'Trump: "We will win."',
    "Officials: the bridge will reopen on Monday.",
)


def bare_colon(ctx: Context, s: Sentence, a: int = 0) -> Raw | None:
    """``Trump: "We will win."`` / ``Poll: Trump trails``: a short name before a colon is the source.

    The name must open the sentence (or start at ``a``), be capitalised throughout (or a role noun:
    "Officials:"), hold no cue word, and what follows the colon must be a clause of three words or more.
    """
    t = ctx.t
    c = s.lw.index(":")
    if c == 0 or c + 3 > s.end:
        return None
    while a < c and s.tx[a] in OPEN_QUOTE_TOKENS:
        a += 1
    if a >= c or s.tx[c - 1] in CLOSE_QUOTE_TOKENS:
        return None
    for k in range(a, c):
        x, w = s.tx[k], s.lw[k]
        if w in t.cue_forms or w in HARD_PUNCT or x[:1].isdigit():
            return None
        if not (
            is_cap(x)
            or w in WORDS.colon_name_word
            or w in t.role_plural
            or (k > a and ctx.head_noun(w))  # "Clinton camp:", "WSJ editorial:"
            or (k > a and w in WORDS.colon_addressee and k + 1 < c and is_cap(s.tx[k + 1]))  # "Clinton to X:"
        ):
            return None
    if s.lw[a] in t.determiner or s.lw[a] in t.boundary or s.lw[a] in t.colon_stop:
        return None
    e = content_end(ctx, s, c + 1)
    content, qs = content_spans(ctx, s, c + 1, e)
    if not content or (not qs and s.tx[c + 1 : e].count(",") > 3):
        return None  # "Iowa: Tim Albrecht, Brad Anderson, ...": a list, not a statement
    cue = Span(s.toks[c].start, s.toks[c].end)
    # "Clinton to X:": X is addressed
    b = next((k for k in range(a + 1, c) if s.lw[k] in WORDS.colon_addressee), c)
    return Raw(cue, s.span_of(a, b), content, ":", "neutral", s.index, quotes=qs, rule=RULE)
