"""A plural noun of speech, belief or forecast before the preposition that opens what it reports: ``amid
reports of violence``, ``the president's claims of widespread fraud``.

Rule id: ``of_noun`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The vote went ahead amid reports of violence and fraud.
    The mayor's repeated claims of a conspiracy have not convinced the council.
    Output rose 2%, compared with private forecasts of a 1% rise.
    She reports for a local radio station. (a verb: nothing found)

Why: the readable news splits label these nouns as cues whenever a noun phrase follows the preposition
(BBC, Reuters, Wikinews and Zyte pages: "claims of" 3 of 4, "reports of" 3 of 4, "forecasts of" 2 of 2,
"requests for" 2 of 2), and the analyzer found almost none of them: the pairs of ``noun_cues.tsv`` are
those PolNeAR's annotators label at 40% or more. Like ``clause_noun`` the shape is read after the tagger
(``order.AFTER_TAGGER``), so the tagger's training input and weights stay as they were, and it adds an
attribution only where the rules and the tagger kept none with that cue. Words: ``of_nouns.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicons import load
from ...model import Span
from ..boundaries import content_end, content_spans, np_end, occasion_end
from ..rule_base import HARD_PUNCT, Raw, Sentence, in_quotation
from .clause_noun import clause_nouns, possessor
from .context import Context

RULE = "of_noun"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The vote went ahead amid reports of violence and fraud.",
    "The mayor's repeated claims of a conspiracy have not convinced the council.",
    "Output rose 2%, compared with private forecasts of a 1% rise.",
    "She reports for a local radio station.",
)
#: The most adjectives between a determiner, possessive or preposition and the noun ("repeated claims").
MAX_ADJECTIVES = 2


@cache
def of_nouns() -> dict[tuple[str, str], str]:
    """(noun, preposition) -> cue class, from ``analysis/data/attribution/of_nouns.tsv``."""
    return {(r[0], r[1]): r[2] for r in load("attribution/of_nouns.tsv").rows()}


@cache
def _sentence_re() -> re.Pattern[str]:
    pairs = "|".join(sorted(f"{n}\\s+{p}" for n, p in of_nouns()))
    return re.compile(rf"\b(?:{pairs})\b")


def may_cite_by_noun(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a noun and preposition of ``of_nouns.tsv`` (lower case)? One
    regular-expression search, so that the shape reads only the articles and sentences where it may find
    something."""
    return _sentence_re().search(text, start, len(text) if end is None else end) is not None


def noun_position(ctx: Context, s: Sentence, i: int) -> bool:
    """Is the form at ``i`` a noun here: after a determiner, a possessive pronoun, a possessor ("'s"), a
    preposition or a lead of ``clause_nouns.tsv`` ("amid"), with at most ``MAX_ADJECTIVES`` plain lower-case
    words between ("amid reports", "his repeated claims", "with private forecasts"), never right after a
    name or a pronoun ("she reports")? A lower-case noun before a verb form ("the station reports of ...")
    is taken for an adjective: no readable page has that shape."""
    t = ctx.t
    lead = clause_nouns().lead  # "amid", "despite", forms of "be"

    def opens(w: str) -> bool:
        return w in t.determiner or w in t.possessives or w in t.head_stops or w in lead

    j = i - 1
    while j >= 0 and i - j <= MAX_ADJECTIVES and s.tx[j] == s.lw[j] and s.lw[j].isalpha():
        if opens(s.lw[j]):
            break
        j -= 1
    return j >= 0 and (opens(s.lw[j]) or s.lw[j].endswith(("'s", "’s")))


def noun_object_end(ctx: Context, s: Sentence, c: int, e: int) -> int:
    """Where the noun phrase after the preposition ends: at the first auxiliary ("claims of fraud have not
    gained ..."), else ``e``."""
    for k in range(c + 1, e):
        if s.lw[k] in ctx.t.verb_aux:
            return k
    return e


def of_noun(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at noun ``i`` of ``of_nouns.tsv`` before its preposition: the cue is noun and
    preposition, the content the noun phrase after it, the source the possessor or none."""
    if i + 2 >= s.end or s.tx[i] != s.lw[i]:
        return None
    cls = of_nouns().get((s.lw[i], s.lw[i + 1]))
    if cls is None or s.tx[i + 2] in HARD_PUNCT or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    if not noun_position(ctx, s, i):
        return None
    c = i + 2
    e = content_end(ctx, s, c)
    e = occasion_end(ctx, s, c, noun_object_end(ctx, s, c, np_end(ctx, s, c, e)))
    content, qs = content_spans(ctx, s, c, e)
    if not content:
        return None
    cue = Span(s.toks[i].start, s.toks[i + 1].end)
    return Raw(cue, possessor(ctx, s, i), content, s.lw[i], cls, s.index, quotes=qs, rule=RULE)
