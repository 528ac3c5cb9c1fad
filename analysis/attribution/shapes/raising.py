"""A raising verb: ``X seems (unlikely) to Y``, ``It appears that C``.

Rule id: ``raising`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The senator seems unlikely to run.
    It appears that the talks failed.
"""

from __future__ import annotations

from ..boundaries import content_end
from ..rule_base import (
    HARD_PUNCT,
    Raw,
)
from ..rule_words import WORDS
from .context import Context
from .verb import VerbCue

RULE = "raising"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The senator seems unlikely to run.",
    "It appears that the talks failed.",
)


def claims(ctx: Context, v: VerbCue) -> bool:
    """A raising verb ("seem", "appear") is read by this shape alone: "X seems to Y" names no source."""
    return v.form.frame == "raising"


def raising(ctx: Context, v: VerbCue) -> Raw | None:
    """``X seems (unlikely) to Y`` / ``X seemed lost``: the content is X and what follows the cue.

    The sentence names no source. With "it" as the subject ("It appears that C", "it seems C") the
    content is only the clause after the cue; a relative pronoun before the cue is the subject
    ("a voter who seemed confused").
    """
    s, i, width, form = v.s, v.i, v.width, v.form
    r = i + width
    if (
        r >= s.end
        or s.tx[r] in HARD_PUNCT
        and not (
            s.tx[r] == "," and r + 3 < s.end and s.lw[r + 1] in ctx.t.interjection and s.tx[r + 2] == ","
        )
    ):
        return None
    if s.tx[r] == ",":
        r += 3  # "It appears, though, that C"
    j = max(0, ctx.before_adverbs(s, i))
    it = s.lw[j] == "it" and j + 1 >= i - 2
    if form.lemma != "seem" and not it and "to" not in s.lw[r : r + 3]:
        return None  # "T-shirts appeared in front of ...": "appear" without "to" is to be seen
    e = content_end(ctx, s, r)
    second = s.span_of(r, e)
    if second is None:
        return None
    if it:
        return v.raw(RULE, None, [second])
    if i > 0 and s.lw[j] in WORDS.relative_pronoun:
        np: tuple[int, int] | None = (j, j + 1)
    else:
        np = ctx.left_np(s, i)
    if np is None:
        return None
    first = s.span_of(*np)
    if first is None:
        return None
    return v.raw(RULE, None, [first, second])
