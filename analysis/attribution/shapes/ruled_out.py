"""A possibility ruled out, which the news guideline labels as a statement: ``X ruled out Y``.

Rule id: ``ruled_out`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The finance ministry immediately ruled out any such move.
    The firm did not rule out an earlier launch date.
    The champion has ruled out any chance of playing in the final.
    The referee ruled out the goal. (an official's decision: no "any", "the possibility" or "a" plan)
    The referee ruled out a late goal. (a call on a play: "a" before a ``ruled_out_call`` noun)

Why: to rule something out is to say it will not happen or is not so; every "rule(d) out" of the readable
splits (six, on BBC, Reuters and Zyte pages) is a gold cue with the object as its content, negated ones
("did not rule out an earlier date") of kind "refused", and none was found: "ruled" is in no verb list
(``that_verb`` reads it only before a clause, never before "out"). The object must open with a word that
names a possibility (``ruled_out_object``: "any", "the possibility", "an earlier date"), not a thing an
official disallows ("ruled out the goal", "ruled out a late goal": a referee's call on a play that
happened, ``ruled_out_call``, whatever its article). Like ``that_verb`` the shape is read after the tagger
(``order.AFTER_TAGGER``), so the tagger's training input stays as it was.
"""

from __future__ import annotations

import re

from ...model import Span
from ..boundaries import content_end, content_spans, occasion_end
from ..lexicon import negators
from ..rule_base import Raw, Sentence, in_quotation
from ..rule_words import WORDS
from .context import Context

RULE = "ruled_out"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The finance ministry immediately ruled out any such move.",
    "The firm did not rule out an earlier launch date.",
    "The champion has ruled out any chance of playing in the final.",
    "The referee ruled out the goal.",
    "The referee ruled out a late goal.",
)
#: The most words between the auxiliary and the verb ("did not immediately rule out").
MAX_LEAD = 3
#: The most words after "a"/"an" read for a referee's call ("a [second-half stoppage-time] goal").
CALL_WINDOW = 4

_SENTENCE_RE = re.compile(r"\brul(?:e|es|ed|ing) out\b")


def may_rule_out(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold "rule(d) out"? One search, so that the shape reads only the articles
    and sentences where it may find something."""
    return _SENTENCE_RE.search(text, start, len(text) if end is None else end) is not None


def negated_lead(lw: list[str], i: int, aux: frozenset[str]) -> int | None:
    """The token of the auxiliary that opens a negation right before the verb at ``i`` ("did not rule
    out", "has not ruled out", "didn't rule out", "did not immediately rule out"), or None.

    >>> negated_lead(["it", "did", "not", "rule", "out"], 3, frozenset({"did"}))
    1
    >>> negated_lead(["it", "has", "ruled", "out"], 2, frozenset({"has"})) is None
    True
    """
    k = i - 1
    while k > 0 and i - k <= MAX_LEAD and lw[k].endswith("ly") and lw[k].isalpha():
        k -= 1
    if k > 0 and lw[k] in negators() and lw[k - 1] in aux:
        return k - 1
    if k >= 0 and lw[k].replace("’", "'").endswith("n't"):
        return k
    return None


def possibility_object(lw: list[str], c: int, end: int) -> bool:
    """Does the object at token ``c`` name a possibility: a ``ruled_out_object`` word ("any such move", "an
    earlier date"), or "the" and a ``ruled_out_noun`` ("the possibility of ...")?

    >>> possibility_object(["the", "possibility", "of", "cuts"], 0, 4)
    True
    >>> possibility_object(["the", "goal"], 0, 2)
    False
    """
    if c >= end:
        return False
    if lw[c] in WORDS.indefinite_article and referee_call(lw, c + 1, end):
        return False
    if lw[c] in WORDS.ruled_out_object:
        return True
    return lw[c] in WORDS.article and c + 1 < end and lw[c + 1] in WORDS.ruled_out_noun


def referee_call(lw: list[str], c: int, end: int) -> bool:
    """``ruled_out_call``: do the words of an "a"/"an" object from token ``c`` name a referee's call on a
    play ("a late goal", "a second-half try"), read up to :data:`CALL_WINDOW` words and stopping at the
    first that is not a word? "The referee ruled out a goal" rules on what happened, says nothing will be;
    "ruled out a retrial" still names a possibility.

    >>> referee_call(["late", "goal", "for", "offside"], 0, 4)
    True
    >>> referee_call(["retrial", "for", "the", "men"], 0, 4)
    False
    """
    for k in range(c, min(end, c + CALL_WINDOW)):
        if not lw[k].replace("-", "").isalpha():
            return False
        if lw[k] in WORDS.ruled_out_call:
            return True
    return False


def ruled_out(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at "rule(d) out" (token ``i`` and "out" after it) before an object naming a
    possibility: the cue is the verb and "out" (from the auxiliary when negated), the source the noun phrase
    on its left, the content the object to the end of its clause."""
    if s.lw[i] not in WORDS.rule_out_verb or s.tx[i] != s.lw[i] or i == 0 or i + 2 >= s.end:
        return None
    if s.lw[i + 1] not in WORDS.ruling_particle or s.lw[i + 1] != s.tx[i + 1]:
        return None
    c = i + 2
    if not possibility_object(s.lw, c, s.end) or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    neg = negated_lead(s.lw, i, ctx.t.verb_aux)
    j = neg if neg is not None else i
    np = ctx.left_np(s, j)
    if np is None:
        return None
    e = occasion_end(ctx, s, c, content_end(ctx, s, c))
    content, qs = content_spans(ctx, s, c, e)
    source = s.span_of(*np)
    if not content or source is None:
        return None
    cue = Span(s.toks[j].start, s.toks[i + 1].end)
    return Raw(cue, source, content, "rule out", "neutral", s.index, quotes=qs, rule=RULE)
