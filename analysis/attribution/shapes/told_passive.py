"""An agentless passive of telling before the clause told: ``he was told he would be sent home``,
``employees were told that layoffs will begin``.

Rule id: ``told_passive`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Within a week he was told he would be moved to another prison.
    Staff were told that the office will close in March.
    Workers have been informed that their contracts will end.
    The crowd was told to leave the square. (an instruction: nothing found)
    She was told by the police that her son was safe. (an agent: nothing found)
    He was not told that the flight had been cancelled. (negated: nothing found)
    He was told the truth about the accident. (an object, no clause: nothing found)

Why: news pages report what someone was told with nobody named as the teller; the Wikinews guideline labels
the clause as the content of an attribution with source null, and the readable splits (BBC, Zyte pages of
several publishers) missed these: ``passive_cues.tsv`` leaves "told" out because "X was told to leave" is
an instruction (PolNeAR train 4 of 8), and "was told he would" is read by no shape. Read after the tagger
(``order.AFTER_TAGGER``), so the tagger's training input on PolNeAR stays as it was; it adds an attribution
only where the rules and the tagger kept none with that cue. Words: ``told_passives.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicons import load
from ...model import Span
from ..boundaries import content_end, content_spans, np_clause, occasion_end
from ..rule_base import Raw, Sentence, before_clitic, in_quotation
from .clause_noun import opens_clause
from .context import Context
from .that_verb import negated_before

RULE = "told_passive"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Within a week he was told he would be moved to another prison.",
    "Staff were told that the office will close in March.",
    "Workers have been informed that their contracts will end.",
    "The crowd was told to leave the square.",
    "She was told by the police that her son was safe.",
    "He was not told that the flight had been cancelled.",
    "He was told the truth about the accident.",
)
#: The most adverbs between the form of "be" and the participle ("were also told").
MAX_ADVERBS = 1


@cache
def told_passives() -> dict[str, str]:
    """Participle -> cue class, from ``analysis/data/attribution/told_passives.tsv``."""
    return {r[0]: r[1] for r in load("attribution/told_passives.tsv").rows()}


@cache
def _sentence_re() -> re.Pattern[str]:
    forms = "|".join(sorted(told_passives()))
    be = r"\b(?:was|were|been|being|is|are|be)\s+"
    return re.compile(rf"{be}(?:(?:\w+ly|also)\s+)?(?:{forms})\b", re.IGNORECASE)


def may_be_told(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a passive of telling ("was told")? One regular-expression search, so
    that the shape reads only the articles and sentences where it may find something."""
    return _sentence_re().search(text, start, len(text) if end is None else end) is not None


def be_before(lw: list[str], i: int, be: frozenset[str]) -> int | None:
    """The index of the form of "be" right before participle ``i``, with at most ``MAX_ADVERBS`` "-ly" adverb
    or "also" between ("were also told"), or None.

    >>> be_before(["staff", "were", "also", "told"], 3, frozenset({"were"}))
    1
    >>> be_before(["he", "told"], 1, frozenset({"was"}))
    """
    j = i - 1
    while j > 0 and i - j <= MAX_ADVERBS and (lw[j].endswith("ly") or lw[j] == "also") and lw[j] not in be:
        j -= 1
    return j if j >= 0 and lw[j] in be else None


def told_passive(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at participle ``i`` of ``told_passives.tsv`` after a form of "be" and before "that" or
    a clause: the cue runs from the form of "be" to the participle, the content is the clause (with its
    "that"), and no source is named."""
    w = s.lw[i]
    cls = told_passives().get(w)
    if cls is None or s.tx[i] != w or i + 2 >= s.end or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    j = be_before(s.lw, i, ctx.t.passive_aux)
    if j is None or negated_before(s.lw, j + 1):
        return None
    c = i + 1
    if s.lw[c] == "that":
        if not opens_clause(ctx, s, c + 1):
            return None
    elif not (before_clitic(s.lw[c]) in ctx.t.subject_pronouns or np_clause(s.lw, s.tx, c, s.end, ctx.t)):
        return None  # "was told the truth": an object, no clause (a clause has its verb: "the plan would")
    e = occasion_end(ctx, s, c, content_end(ctx, s, c))
    content, qs = content_spans(ctx, s, c, e)
    if not content:
        return None
    return Raw(Span(s.toks[j].start, s.toks[i].end), None, content, w, cls, s.index, quotes=qs, rule=RULE)
