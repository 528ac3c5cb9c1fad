"""A noun cue with its possessor and its content: ``her claims that C``, ``his criticism of N``.

Tried at a word of ``noun_cues.tsv`` that is no verb here; the possessor (or the sentence's subject:
"Clinton dismissed the idea that C") is the source.

Rule id: ``noun_cue`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Smith stood by her claims that the vote was rigged.
    The report drew his criticism of the budget.
"""

from __future__ import annotations

from ...model import Span
from ..boundaries import content_end, content_spans, np_end, occasion_end
from ..rule_base import (
    Raw,
    Sentence,
    in_quotation,
)
from ..rule_words import WORDS
from .context import Context

RULE = "noun_cue"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Smith stood by her claims that the vote was rigged.",
    "The report drew his criticism of the budget.",
)


def noun_cue(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """``Trump's attacks on Clinton``, ``his claim that C``: a noun cue, its possessor and its content."""
    t = ctx.t
    if i + 2 >= s.end or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    if s.tx[i] != s.lw[i] and not s.title:
        return None  # "the Foundation for Defense of Democracies": a capitalised noun is part of a name
    nxt = s.lw[i + 1]
    cls = t.noun_cues[s.lw[i]].get(nxt)
    if cls is None:
        return None
    source = None
    j = i - 1
    while (
        j >= 0 and j >= i - 3 and s.tx[j] == s.lw[j] and s.lw[j] not in t.determiner and s.tx[j][:1].isalpha()
    ):
        j -= 1  # adjectives between possessor and noun ("his repeated attacks on")
    if j >= 0 and (s.lw[j].endswith(("'s", "’s")) or s.lw[j] in t.possessives):
        np = ctx.left_np(s, j + 1) if s.lw[j].endswith(("'s", "’s")) else (j, j + 1)
        if np is not None:
            source = s.span_of(*np)
    if source is None and disputed_object(ctx, s, i):
        pass  # "Williams rejected claims that C": the claims are others', unnamed (rule disputed_object)
    elif source is None:  # "Clinton dismissed the idea that ...": the subject holds the idea
        np = ctx.subject(s, i)
        if np is not None and np[1] < i and s.lw[np[0]] not in t.determiner:
            source = s.span_of(*np)
    c = i + 1 if nxt == "that" else i + 2
    e = content_end(ctx, s, c)
    if nxt != "that":
        e = np_end(ctx, s, c, e)
    e = occasion_end(ctx, s, c, e)
    content, qs = content_spans(ctx, s, c, e)
    if not content:
        return None
    cue = Span(s.toks[i].start, s.toks[i + 1].end if nxt != "that" else s.toks[i].end)
    return Raw(cue, source, content, s.lw[i], cls, s.index, quotes=qs, rule=RULE)


def disputed_object(ctx: Context, s: Sentence, i: int) -> bool:
    """Rule ``disputed_object``: does a disputing verb (cue class ``disputed_object_class`` of
    ``rule_words.tsv``: "rejected", "denied", "dismissed") stand right before the bare plural noun cue at
    ``i`` ("rejected claims that C")? Then the claims are someone else's, unnamed, and the verb's subject is
    no source of them.

    Example: "Williams rejected claims that ..." -> True at "claims"; "Smith stood by her claims" -> False.
    Why: read as the subject's, "Serena Williams has angrily rejected claims that she and Venus are a
    declining force" credited the claims to Williams herself (dev27's bbc-sport-445; the gold names none)."""
    if i == 0:
        return False
    forms = ctx.t.cue_forms.get(s.lw[i - 1], ())
    return any(f.cue_class in WORDS.disputed_object_class for f in forms)
