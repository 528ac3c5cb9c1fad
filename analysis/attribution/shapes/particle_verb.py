"""A verb with a particle that reports a stance on its object, outside the reporting-verb lexicon: ``the
ministry ruled out any such move``, ``Siemens did not rule out an earlier date``.

Rule id: ``particle_verb`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The finance minister ruled out any cut in the sales tax.
    The company did not rule out further job losses.
    Traders shrugged off the weak retail figures.
    The ruling out of the bid surprised investors. (no subject: nothing found)
    He ruled out. (no object: nothing found)

Why: the readable news splits label every "rule out" (5 of 5, BBC, Reuters and Zyte pages) and "shrug off"
(3 of 3, Reuters) as a cue whose content is the object, and the analyzer found none of them; the negated
form ("did not rule out") is the refusal the issue asks to keep apart, and gets kind "refused" as every cue
with a negator before it does (``refusals.tsv``). The verbs are in no cue list the tagger was trained with;
like ``that_verb`` the shape is read after the tagger (``order.AFTER_TAGGER``) and adds an attribution only
where the rules and the tagger kept none with that cue. Words: ``particle_verbs.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicons import load
from ...model import Span
from ..boundaries import content_end, content_spans, np_clause, occasion_end
from ..rule_base import HARD_PUNCT, OPEN_QUOTE_TOKENS, Raw, Sentence, before_clitic, in_quotation
from ..rule_words import WORDS
from .context import Context

RULE = "particle_verb"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The finance minister ruled out any cut in the sales tax.",
    "The company did not rule out further job losses.",
    "Traders shrugged off the weak retail figures.",
    "The ruling out of the bid surprised investors.",
    "He ruled out.",
)


@cache
def particle_verbs() -> dict[tuple[str, str], tuple[str, str]]:
    """(verb form, particle) -> (lemma, cue class), from ``analysis/data/attribution/particle_verbs.tsv``."""
    return {(r[0], r[1]): (r[2], r[3]) for r in load("attribution/particle_verbs.tsv").rows()}


@cache
def _sentence_re() -> re.Pattern[str]:
    pairs = "|".join(sorted(f"{v}\\s+{p}" for v, p in particle_verbs()))
    return re.compile(rf"\b(?:{pairs})\b", re.IGNORECASE)


def may_have_particle_cue(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a verb and particle of ``particle_verbs.tsv``? One regular-expression
    search, so that the shape reads only the articles and sentences where it may find something."""
    return _sentence_re().search(text, start, len(text) if end is None else end) is not None


def object_end(ctx: Context, s: Sentence, c: int, e: int) -> int:
    """Where the object ``[c, e)`` ends: before "and" or "but" that opens a clause of its own (a quotation,
    a subject pronoun, or a noun phrase with its auxiliary: "shrugged off the smell and "the officer left""),
    else ``e``. A second object ("ruled out a cut and a freeze") runs on. Only the coordinators of the
    object are read, never the rest of the sentence."""
    t = ctx.t
    for k in range(c + 1, e - 1):
        if s.lw[k] not in WORDS.coordinator:
            continue
        nxt = s.lw[k + 1]
        if (
            s.tx[k + 1] in OPEN_QUOTE_TOKENS
            or before_clitic(nxt) in t.subject_pronouns
            or np_clause(s.lw, s.tx, k + 1, s.end, t)
        ):
            return k
    return e


def particle_verb(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at verb ``i`` followed by its particle: the cue is verb and particle, the source the
    noun phrase on the left (auxiliaries, adverbs and a negator skipped), the content the object to the end
    of its clause."""
    if i + 2 >= s.end or s.tx[i] != s.lw[i] or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    entry = particle_verbs().get((s.lw[i], s.lw[i + 1]))
    if entry is None or s.tx[i + 2] in HARD_PUNCT or s.lw[i + 2] in ctx.t.head_stops:
        return None  # "ruled out.", "the ruling out of the bid": no object
    np = ctx.left_np(s, i)
    if np is None:
        return None
    c = i + 2
    e = object_end(ctx, s, c, occasion_end(ctx, s, c, content_end(ctx, s, c)))
    content, qs = content_spans(ctx, s, c, e)
    source = s.span_of(*np)
    if not content or source is None:
        return None
    lemma, cls = entry
    cue = Span(s.toks[i].start, s.toks[i + 1].end)
    return Raw(cue, source, content, lemma, cls, s.index, quotes=qs, rule=RULE)
