"""An evidential adverb: ``X is reportedly Y``.

Rule id: ``adverb`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The company is reportedly near a deal.
"""

from __future__ import annotations

from ..boundaries import content_end
from ..rule_base import (
    HARD_PUNCT,
    OPEN_QUOTE_TOKENS,
    Raw,
)
from ..rule_words import WORDS
from .context import Context
from .verb import VerbCue

RULE = "adverb"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = ("The company is reportedly near a deal.",)


def claims(ctx: Context, v: VerbCue) -> bool:
    """An adverb cue ("reportedly") is read by this shape alone."""
    return v.form.frame == "adverb"


def adverb(ctx: Context, v: VerbCue) -> Raw | None:
    """``X is reportedly Y``: the clause around the adverb is the content, in two fragments.

    The sentence names no source. When a cue verb follows ("X reportedly said C") that verb's rule
    finds the attribution and the adverb is no cue of its own.
    """
    s, i = v.s, v.i
    t = ctx.t
    if i + 1 >= s.end or s.lw[i + 1] in t.cue_forms or s.lw[i + 1] in t.passive_cues:
        return None
    a = i
    while a > 0 and s.tx[a - 1] not in HARD_PUNCT and s.tx[a - 1] not in OPEN_QUOTE_TOKENS:
        a -= 1
    while a < i and s.lw[a] in WORDS.conjunction:
        a += 1
    if a == i:
        return None
    before = s.span_of(a, i)
    after = s.span_of(i + 1, content_end(ctx, s, i + 1))
    if before is None or after is None:
        return None
    return v.raw(RULE, None, [before, after])
