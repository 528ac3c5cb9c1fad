"""A passive with its agent: ``C was criticized by X``, ``as reported by X, C``.

The subject (or, with no auxiliary, the clause the "as" phrase is attached to) is the content and the
agent after "by" the source.

Rule id: ``passive_by`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The plan was criticized by the mayor.
    As reported by Reuters, the talks broke down.
"""

from __future__ import annotations

from ...model import Span
from ..boundaries import reduced_passive_content
from ..lexicon import CueForm
from ..rule_base import (
    HARD_PUNCT,
    MAX_SOURCE_WORDS,
    Raw,
    Sentence,
)
from ..rule_words import WORDS
from .context import Context

RULE = "passive_by"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The plan was criticized by the mayor.",
    "As reported by Reuters, the talks broke down.",
)


def passive_by(ctx: Context, s: Sentence, i: int, forms: tuple[CueForm, ...]) -> Raw | None:
    """``C was criticized by X``: the subject is the content and the agent after "by" the source."""
    t = ctx.t
    w = s.lw[i]
    if not (w.endswith("ed") or w.endswith("en")) or i < 1 or i + 2 >= s.end:
        return None
    form = next((f for f in forms if not f.particle), None)
    if form is None:
        return None
    k = i + 1
    if s.lw[k].endswith("ly") and k + 1 < s.end:
        k += 1
    if s.lw[k] != "by":
        return None
    j = i - 1
    while j > 0 and (s.lw[j] in t.aux or s.lw[j].endswith("ly") or s.lw[j] in WORDS.be_form):
        if s.lw[j] in t.passive_aux:
            break
        j -= 1
    reduced = None  # "As reported by Y, C" / "C, as reported by Y": no auxiliary
    if s.lw[j] == "as" and (j == 0 or s.tx[j - 1] == ","):
        reduced = j
    elif s.lw[j] not in t.passive_aux:
        return None
    np = None
    if reduced is None:
        while j > 0 and (s.lw[j - 1] in t.aux or s.lw[j - 1] in t.passive_aux):
            j -= 1
        np = ctx.left_np(s, j)
        if np is None:
            return None
    b = k + 1
    while (
        b < s.end
        and b - k <= MAX_SOURCE_WORDS
        and s.tx[b] not in HARD_PUNCT
        and s.lw[b] not in t.boundary
        and not (b > k + 1 and s.lw[b] in t.head_stops and s.lw[b] != "of")
        and s.lw[b] not in t.time
    ):
        b += 1
    source = s.span_of(k + 1, b)
    if reduced is not None:
        content = reduced_passive_content(ctx, s, reduced, b)
    else:
        content = s.span_of(*np) if np else None
    if source is None or content is None:
        return None
    cue = Span(s.toks[i].start, s.toks[i].end)
    return Raw(cue, source, [content], form.lemma, form.cue_class, s.index, rule=RULE)
