"""An estimate given as a figure: ``X put/placed/estimated Y at N``, ``what X estimated at N``.

Rule id: ``estimate_at`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The ministry put the cost of the repairs at $5 million.
    Police placed the death toll in the hundreds.
    Protesters gathered in what organizers estimated at 1.7 million people.
    She put the book at the end of the shelf. (a place, not a figure: no estimate)
    The team placed third in 2019. (a year, not a figure)

Why: the news guideline labels an estimate as a statement of its maker, the object and the figure as
its content ("USDA put cattle-on-feed at 7.52 mln head", "AFP has placed the death count in the
hundreds"); "put" and "placed" are in no verb list (they are mostly plain acts), and "estimated" with no
object before "at" ("what organizers estimated at 1.7 million") found no content (the rules read "at" as
an adjunct). The figure decides: a preposition of ``estimate_preposition`` ("at", "in", "around") must
open a quantity (a number, a number word of ``quantity_word``, an approximator of ``quantity_lead`` and
then a number, or "the range", "the hundreds" ...). Read after the tagger (``order.AFTER_TAGGER``), so the
tagger's training input stays as it was; a cue the rules already read ("Organizers estimated the crowd at
1.7 million") is left to them.
"""

from __future__ import annotations

import re
from functools import cache

from ...model import Span
from ..boundaries import content_end, content_spans
from ..lexicon import CueForm
from ..rule_base import HARD_PUNCT, OPEN_QUOTE_TOKENS, Raw, Sentence, in_quotation
from ..rule_words import WORDS
from .context import Context
from .verb import VerbCue, left_source

RULE = "estimate_at"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The ministry put the cost of the repairs at $5 million.",
    "Police placed the death toll in the hundreds.",
    "Protesters gathered in what organizers estimated at 1.7 million people.",
    "She put the book at the end of the shelf.",
    "The team placed third in 2019.",
)
#: The most tokens of the object between the verb and the figure ("the value of the artwork").
MAX_OBJECT = 14
#: The most tokens between an approximator and its number ("close to 25 pct", "at least 300").
MAX_LEAD = 2
#: The verb's form as the verb shapes would read it: an estimate, a noun-phrase object.
FORM = CueForm("estimate", "evidential", "", "np")


def may_estimate(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold an estimate verb (``estimate_verb``)? One search, so that the shape
    reads only the articles and sentences where it may find something."""
    return _verb_re().search(text, start, len(text) if end is None else end) is not None


@cache
def _verb_re() -> re.Pattern[str]:
    """A form of ``estimate_verb`` as a whole word."""
    return re.compile(r"\b(?:" + "|".join(sorted(WORDS.estimate_verb, key=len, reverse=True)) + r")\b")


def quantity_at(tx: list[str], lw: list[str], k: int, end: int) -> bool:
    """Does a quantity open at token ``k``: a number ("1.7", "$5"), a number word ("hundreds"), an
    approximator and a number ("close to 25", "at least 300"), or "the" and a quantity noun ("the range of
    five to six", "the hundreds")?

    >>> quantity_at(["1.7", "million"], ["1.7", "million"], 0, 2)
    True
    >>> quantity_at(["the", "end"], ["the", "end"], 0, 2)
    False
    >>> quantity_at(["close", "to", "25"], ["close", "to", "25"], 0, 3)
    True
    """
    if k >= end:
        return False
    if _number(tx[k], lw[k]):
        return _figure(tx, lw, k, end)
    if lw[k] in WORDS.article and k + 1 < end and lw[k + 1] in WORDS.quantity_noun:
        return True
    if lw[k] in WORDS.article and k + 3 < end and lw[k + 1] in WORDS.quantity_of_noun and lw[k + 2] == "of":
        return quantity_at(tx, lw, k + 3, end)  # "in the region of $5m"; "in the region" is a place
    if lw[k] in WORDS.quantity_lead:
        lead = range(k + 1, min(end, k + 1 + MAX_LEAD))
        return any(_number(tx[j], lw[j]) and _figure(tx, lw, j, end) for j in lead)
    return False


def _figure(tx: list[str], lw: list[str], k: int, end: int) -> bool:
    """Is the number at token ``k`` a figure: not a clock time ("at 3 am", "at 10:30") and not one of a
    set ("in one of the bags")? (Session 22's review: both were read as estimates.)"""
    if ":" in tx[k] or (k + 1 < end and lw[k + 1] in WORDS.time_after_number):
        return False
    one_of = k + 1 < end and lw[k + 1] == "of" and not tx[k][:1].isdigit()
    return not (one_of and lw[k] not in WORDS.quantity_noun)  # "hundreds of" is a figure, "one of" a set


def _year(tx: list[str], k: int) -> bool:
    """Is token ``k`` a year ("placed third in 2019"): a time, not a figure?"""
    return len(tx[k]) == 4 and tx[k].isdigit() and tx[k][0] in "12"


def _number(word: str, lower: str) -> bool:
    return word[:1].isdigit() or word[:1] in "$£€" or lower in WORDS.quantity_word


def estimate_at(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at an estimate verb (token ``i``) whose object (perhaps none) runs to a preposition
    that opens a quantity: the source on its left (as a verb's), the content the object and the figure to
    the end of the clause, after "what" when the object is that relative ("what X estimated at N")."""
    lw, tx = s.lw, s.tx
    if lw[i] not in WORDS.estimate_verb or tx[i] != lw[i] or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    if i == 0 or lw[i - 1] in ctx.t.passive_aux or lw[i - 1] == "to":
        return None  # "was put at", "to put the cost at": no source before the verb
    if i + 1 < s.end and lw[i + 1] in WORDS.phrasal_particle:
        return None  # "put out the fire", "put off the vote": a phrasal verb of action
    fig = None
    for j in range(i + 1, min(s.end, i + 2 + MAX_OBJECT)):
        if tx[j] in HARD_PUNCT or tx[j] in OPEN_QUOTE_TOKENS or lw[j] in ctx.t.verb_aux:
            return None
        if lw[j] in WORDS.estimate_preposition and quantity_at(tx, lw, j + 1, s.end) and not _year(tx, j + 1):
            fig = j
            break
        if lw[j] in WORDS.complementizer:
            return None
    if fig is None:
        return None
    v = VerbCue(s, i, 1, FORM, [])
    left = left_source(ctx, v)
    if left is None or left.source is None:
        return None
    what = left.tokens is not None and left.tokens[0] >= 1 and lw[left.tokens[0] - 1] in WORDS.free_relative
    bare = fig == i + 1
    if bare and not what:
        return None  # "estimated at 1.7 million" with no object: only after "what" ("what X estimated")
    c = i + 1
    e = content_end(ctx, s, c)
    content, qs = content_spans(ctx, s, c, e)
    if not content:
        return None
    if bare and left.tokens is not None:
        k = left.tokens[0] - 1  # the guideline: "what" stands for the object, a fragment of the content
        content = [Span(s.toks[k].start, s.toks[k].end), *content]
    return v.raw(RULE, left.source, content, role=left.role, inherited=left.inherited, quotes=qs)
