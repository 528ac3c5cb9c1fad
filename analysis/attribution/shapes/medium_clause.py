"""A statement verb, an adjunct of medium, then the reported clause without "that": ``The central
bank said in a statement the measures included C``, ``X has said in the past it markets C``.

Rule id: ``medium_clause`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The central bank said in a statement the measures included higher provisions for bad loans.
    Acme, the maker of the game, has said in the past it markets its games responsibly.
    The bank said in a statement on its website. (no clause after the adjunct: nothing found)
    She said in the kitchen the cat was asleep. (an auxiliary after the subject: subject_verb reads it)

Why: newswire reports drop "that" after "said in a statement" (readable splits: Reuters "said in a
statement the measures included ...", BBC "has said in the past it markets ..."); the rules open the
content after such an adjunct only at "that", a colon, a quotation, a subject pronoun or a noun phrase
before an auxiliary, so a noun-phrase subject before a plain past verb found nothing. The shape is read
after the tagger (``order.AFTER_TAGGER``) and adds an attribution only where the rules and the tagger kept
none at that cue; the adjunct is a preposition of ``medium_preposition`` with at most :data:`MAX_ADJUNCT`
words ending in an attribution noun ("in a statement", "in its annual report") or "in the past"
(``medium_past``); the clause opens with a noun phrase and reaches a finite verb (``document_clause``'s
test).
"""

from __future__ import annotations

import re
from functools import cache

from ..boundaries import content_end, content_spans, occasion_end
from ..lexicon import tables
from ..rule_base import Raw, Sentence, in_quotation
from ..rule_words import WORDS
from .context import Context
from .cue_form import match_form
from .document_clause import clause_follows
from .verb import VerbCue, left_source

RULE = "medium_clause"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The central bank said in a statement the measures included higher provisions for bad loans.",
    "Acme, the maker of the game, has said in the past it markets its games responsibly.",
    "The bank said in a statement on its website.",
    "She said in the kitchen the cat was asleep.",
)
#: The most words of a medium adjunct after its preposition ("a written statement", "its annual report").
MAX_ADJUNCT = 4


@cache
def _sentence_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(WORDS.medium_verb, key=len, reverse=True))
    preps = "|".join(sorted(WORDS.medium_preposition))
    return re.compile(rf"\b(?:{verbs})\s+(?:{preps})\s+((?:[\w’'-]+\s+){{0,{MAX_ADJUNCT}}}[\w’'-]+)")


@cache
def _adjunct_nouns() -> frozenset[str]:
    return tables().attribution_nouns | WORDS.medium_past


def may_say_in_medium(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a verb of ``medium_verb`` before a medium adjunct ("said in a
    statement", "said in the past")? A search for the verb and its preposition, then a look-up of the next
    few words (an attribution noun or ``medium_past``), so that the shape reads only the articles and
    sentences where it may find something: "said in" alone is in most news articles."""
    nouns = _adjunct_nouns()
    for m in _sentence_re().finditer(text, start, len(text) if end is None else end):
        if not nouns.isdisjoint(m.group(1).lower().split()):
            return True
    return False


def adjunct_end(ctx: Context, s: Sentence, r: int) -> int | None:
    """The index after a medium adjunct at ``r`` ("in a statement", "in its annual report", "in the past"),
    or None. A time adjunct ("on Monday") before a clause is the rules' already (``boundaries.np_clause``)."""
    lw = s.lw
    if lw[r] not in WORDS.medium_preposition:
        return None
    if r + 2 < s.end and lw[r + 1] in WORDS.article and lw[r + 2] in WORDS.medium_past:
        return r + 3  # "in the past"
    for m in range(r + 1, min(s.end, r + 2 + MAX_ADJUNCT)):
        w = lw[m]
        if w in ctx.t.attribution_nouns:
            return m + 1
        if not (w.isalpha() and s.tx[m] == w) and not (m == r + 1 and w in WORDS.possessive):
            return None
    return None


def medium_clause(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at a statement verb ``i`` followed by a medium adjunct and a reported clause
    with a noun-phrase subject: source as ``subject_verb`` finds it, content from the clause to its end."""
    w = s.lw[i]
    if w not in WORDS.medium_verb or s.tx[i] != w or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    forms = ctx.t.cue_forms.get(w)
    if forms is None:
        return None
    form, width = match_form(ctx, s, i, forms)
    if form is None or width != 1:
        return None
    r = i + 1
    if r + 2 >= s.end:
        return None
    k = adjunct_end(ctx, s, r)
    if k is None or k + 1 >= s.end:
        return None
    while k < s.end and s.tx[k] == ",":
        k += 1
    x = s.lw[k]
    opens = x in ctx.t.determiner or x in ctx.t.quantifiers or x in ctx.t.subject_pronouns or x[:1].isdigit()
    if not (opens or s.tx[k][:1].isupper()) or not clause_follows(ctx, s, k):
        return None
    v = VerbCue(s, i, width, form, [])
    left = left_source(ctx, v)
    if left is None or left.source is None or left.inherited:
        return None
    e = occasion_end(ctx, s, k, content_end(ctx, s, k))
    content, qs = content_spans(ctx, s, k, e)
    if not content:
        return None
    return v.raw(RULE, left.source, content, role=left.role, quotes=qs)
