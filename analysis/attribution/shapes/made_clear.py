"""``X made (it) clear C``: what X said plainly.

Rule id: ``made_clear`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Mr Kennedy made it clear he was determined to counter that accusation.
    Kohl made clear that the dismantling would mainly hit German farmers.
    It had been made clear that the testimony had weakened. (a passive: nothing found)
    The ruling made clear progress possible. (no clause: nothing found)

Why: "made clear" and "made it clear" report what the source said plainly, and the guideline labels them
(three gold cues on the readable splits: BBC politics, two Reuters pages; every past "made (it) clear"
outside a quotation there is one). "made" is in no verb list (a plain act elsewhere), and "make clear" in
the present was no report there ("should make clear how sorry he is", an imperative), so only the past
``made_clear_verb`` of ``rule_words.tsv`` is read, before "clear" or "it clear" and a finite clause. Like
``report_clause`` the shape is read after the tagger (``order.AFTER_TAGGER``), so the tagger's training input
stays as it was.
"""

from __future__ import annotations

from ...model import Span
from ..boundaries import content_end, content_spans, occasion_end
from ..rule_base import Raw, Sentence, in_quotation
from ..rule_words import WORDS
from .context import Context
from .report_clause import finite_clause

RULE = "made_clear"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Mr Kennedy made it clear he was determined to counter that accusation.",
    "Kohl made clear that the dismantling would mainly hit German farmers.",
    "It had been made clear that the testimony had weakened.",
    "The ruling made clear progress possible.",
)


def may_make_clear(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold "made (it) clear"? One search, so that the shape reads only the
    articles and sentences where it may find something."""
    stop = len(text) if end is None else end
    return any(text.find(w + " clear", start, stop) >= 0 or text.find(w + " it clear", start, stop) >= 0
               for w in WORDS.made_clear_verb)


def made_clear(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at "made" before "clear" or "it clear" and a finite clause (or "that"): the cue is
    "made (it) clear", the source the noun phrase before it, the content the clause to its end."""
    w = s.lw[i]
    if w not in WORDS.made_clear_verb or s.tx[i] != w or i == 0 or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    k = i + 1
    if k < s.end and s.lw[k] == "it":
        k += 1
    if k >= s.end or s.lw[k] != "clear":
        return None
    if s.lw[i - 1] in ctx.t.passive_aux:
        return None  # "it had been made clear that C": no source
    c = k + 1
    if not finite_clause(ctx, s, c):
        return None
    np = ctx.left_np(s, i)
    if np is None and s.tx[i - 1] == ",":
        app = ctx.appositive_np(s, i)  # "The Belgian minister, whose country ..., made clear C"
        np = (app[0], app[1]) if app is not None else None
    if np is None:
        return None
    e = occasion_end(ctx, s, c, content_end(ctx, s, c))
    content, qs = content_spans(ctx, s, c, e)
    if not content:
        return None
    cue = Span(s.toks[i].start, s.toks[k].end)
    return Raw(cue, s.span_of(*np), content, "make clear", "assertive", s.index, quotes=qs, rule=RULE)
