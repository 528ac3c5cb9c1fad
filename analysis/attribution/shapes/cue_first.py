"""A cue verb that opens the sentence: ``Said Dorothy Poynter, "We were all so proud."``.

Rule id: ``cue_first`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."
"""

from __future__ import annotations

from ...model import Span
from ..rule_base import (
    OPEN_QUOTE_TOKENS,
    Raw,
    is_cap,
    quote_starting_at,
)
from .context import Context
from .verb import VerbCue

RULE = "cue_first"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = ('Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."',)


def cue_first(ctx: Context, v: VerbCue) -> Raw | None:
    """``Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."``"""
    s, i, width, form = v.s, v.i, v.width, v.form
    if not (i == 0 and is_cap(s.tx[0]) and form.cue_class == "neutral"):
        return None
    for k in range(width + 1, min(s.end - 1, width + 30)):
        if s.tx[k] in (".", ";", ":", "?", "!"):
            return None
        if s.tx[k] == "," and s.tx[k + 1] in OPEN_QUOTE_TOKENS:
            q = quote_starting_at(ctx.quotes, s.toks[k + 1].start)
            src = s.span_of(width, k)
            if q is None or src is None or not is_cap(s.tx[width]):
                return None
            comma = next((c for c in range(width + 1, k) if s.tx[c] == ","), None)
            role = s.span_of(comma + 1, k) if comma is not None else None
            return v.raw(RULE, src, [Span(q.start, q.end)], role=role, quotes=[q])
    return None
