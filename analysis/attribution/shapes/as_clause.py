"""An "as" clause around the source: ``As X reported, C`` / ``C, as X noted.``

The clause the "as" clause is attached to is the content. Nothing but adjuncts may follow the cue inside
the "as" clause (else "as he told reporters that C" is an ordinary cue). When that clause is itself a
report ("Jones argued that C, as the court found"), the "as" clause vouches for C, not for Jones's arguing:
the content is C (:func:`~analysis.attribution.boundaries.reported_clause_start`), so Jones's claim is not
credited to the court.

Rule id: ``as_clause`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    As Reuters reported, the talks broke down.
    The talks broke down, as Reuters reported.
    Jones argued that the law was void, as the court found.
"""

from __future__ import annotations

from bisect import bisect_left

from ..boundaries import adjunct_end, content_end, content_spans, left_content, reported_clause_start
from ..model import Span
from ..rule_base import Raw
from ..rule_words import WORDS
from .context import Context
from .verb import VerbCue, left_source

RULE = "as_clause"
#: The content is the clause another cue reports, not that cue's whole clause (content24).
AS_CLAUSE_REPORT = "as_clause_report"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "As Reuters reported, the talks broke down.",
    "The talks broke down, as Reuters reported.",
    "Jones argued that the law was void, as the court found.",
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
        if len(content) == 1 and not qs:
            # "Jones argued that C, as the court found": the court found C, not that Jones argued it
            r = reported_clause_start(ctx, s, bisect_left(s.starts, content[0].start), o - 1)
            if r is not None:
                content = [Span(s.toks[r].start, content[0].end)]
                raw = v.raw(RULE, left.source, content, role=left.role, quotes=qs)
                raw.content_by = f"{RULE}+{AS_CLAUSE_REPORT}"
                return raw
    else:
        return None
    if not content:
        return None
    return v.raw(RULE, left.source, content, role=left.role, quotes=qs)
