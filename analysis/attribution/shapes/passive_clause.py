"""A passive with no agent: ``X is (widely) expected to Y``, ``X was declared the winner``.

Rule id: ``passive_clause`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The bill is widely expected to pass.
    Smith was declared the winner on Tuesday.
    The record was not recognized. (negated: nothing found)
"""

from __future__ import annotations

from ...model import Span
from ..boundaries import content_end, occasion_end
from ..lexicon import negators
from ..rule_base import (
    HARD_PUNCT,
    Raw,
    Sentence,
)
from ..rule_words import WORDS
from .context import Context

RULE = "passive_clause"


def _negator(w: str) -> bool:
    """Is ``w`` a negator of ``refusals.tsv`` ("not", "never") or a contraction ("isn't")?"""
    return w in negators() or w.replace("’", "'").endswith("n't")
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The bill is widely expected to pass.",
    "Smith was declared the winner on Tuesday.",
    "The record was not recognized.",
)


def passive_clause(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """``X is (widely) expected to Y`` / ``X was declared the winner``: a passive with no agent.

    The content is the subject and what follows the participle, two fragments, and no source is
    named (PolNeAR's reading: the sentence does not say who expects or declares). With "by" after
    the participle the agent is the source: see ``passive_by.py``.
    """
    t = ctx.t
    if s.tx[i] != s.lw[i] and not s.title or (i + 1 < s.end and s.lw[i + 1] == "by"):
        return None
    j = i - 1
    while j > 0 and s.lw[j] not in t.passive_aux and (s.lw[j] in t.aux or s.lw[j].endswith("ly")):
        j -= 1
    if s.lw[j] not in t.passive_aux and s.lw[j] not in ("'s", "’s"):
        return None
    if any(_negator(s.lw[k]) for k in range(j, i)):
        return None  # "X is not recognized", "was not considered a record": a fact denied, no one cited
    while j > 0 and (s.lw[j - 1] in t.aux or s.lw[j - 1] in t.passive_aux):
        j -= 1
    if j > 0 and s.lw[j - 1] in WORDS.relative_pronoun:
        np: tuple[int, int] | None = (j - 1, j)  # "a vote that is expected to ..."
    else:
        np = ctx.left_np(s, j)
    if np is None:
        return None
    subject = s.span_of(*np)
    if subject is None or _negator(s.lw[np[0]]):
        return None  # "No deaths were reported": nothing is reported
    content = [subject]
    e = content_end(ctx, s, i + 1)
    if s.lw[np[0]] in WORDS.wh_relative and np[0] > 0 and s.tx[np[0] - 1] == ",":
        e = next((k for k in range(i + 1, e) if s.tx[k] == ","), e)  # the relative clause ends at its comma
    if s.lw[i + 1 : i + 2] != ["by"] and e > i + 1 and s.tx[i + 1] not in HARD_PUNCT:
        rest = s.span_of(i + 1, occasion_end(ctx, s, i + 1, e))
        if rest is not None:
            content.append(rest)
    cue = Span(s.toks[j].start, s.toks[i].end)
    return Raw(cue, None, content, s.lw[i], t.passive_cues[s.lw[i]], s.index, rule=RULE)
