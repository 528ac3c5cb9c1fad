"""An "as" clause around the source: ``As X reported, C`` / ``C, as X noted.``

The clause the "as" clause is attached to is the content. Nothing but adjuncts may follow the cue inside
the "as" clause (else "as he told reporters that C" is an ordinary cue).

Rule id: ``as_clause`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    As Reuters reported, the talks broke down.
    The talks broke down, as Reuters reported.
"""

from __future__ import annotations

from ..boundaries import adjunct_end, content_end, content_spans, left_content
from ..rule_base import Raw
from ..rule_words import WORDS
from .context import Context
from .verb import VerbCue, left_source

RULE = "as_clause"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "As Reuters reported, the talks broke down.",
    "The talks broke down, as Reuters reported.",
)


def as_clause(ctx: Context, v: VerbCue) -> Raw | None:
    """The clause after the "as" clause's comma, or before the comma that opens it, is the content."""
    s, form = v.s, v.form
    left = left_source(ctx, v)
    if left is None or left.tokens is None or left.inherited:
        return None
    a = left.tokens[0]
    if a == 0 or s.lw[a - 1] != "as":
        return None
    o = a - 1
    stop = adjunct_end(ctx, s, v.i + v.width, form)
    if stop is None:
        return None
    if (
        (o == 0 or s.lw[o - 1] in WORDS.coordinator or s.tx[o - 1] == ",")
        and stop < s.end
        and s.tx[stop] == ","
    ):
        e = content_end(ctx, s, stop + 1)
        content, qs = content_spans(ctx, s, stop + 1, e)
    elif o > 1 and s.tx[o - 1] in (",", "—", "–") and stop >= s.end:
        content, qs = left_content(ctx, s, o)
    else:
        return None
    if not content:
        return None
    return v.raw(RULE, left.source, content, role=left.role, quotes=qs)
