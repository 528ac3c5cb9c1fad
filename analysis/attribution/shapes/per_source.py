"""``Per X, C`` / ``C, per X, D`` / ``C, per X.``: "per" used as "according to".

Rule id: ``per_source`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Per the decree, the tax will rise to 20 percent next year.
    Per numbers reported by AP, more than 300 people have died.
    The virus, per the health ministry, is spreading fast across the north.
    Per capita income rose by 3 percent. (a rate: "per" before a unit, no source)

Why: news copy (American above all) writes "per the decree" for "according to the decree", and the news
guideline labels it as it labels "according to"; the rules read "per" only as a channel after a cue
(``nested.channel_rider``: "said Ann Lee per ABC News"), so a sentence-initial "Per the decree, C" was
missed (session 22's fact-check of unread pages; one more in the readable splits, "C, per the WHO, D").
"per" is far more often a rate ("$5 per share", "per capita"): the word after it must open a noun phrase
that can be a source (``per_source_opener``: an article, a possessive, a demonstrative; or a capitalised
name or a plural noun) and must be no unit (``per_unit``), and "per" must open the sentence or follow a
comma. The phrase is then read as "according to" is (``according_to``, one cue token). Read after the
tagger (``order.AFTER_TAGGER``), so the tagger's training input stays as it was.
"""

from __future__ import annotations

from ..lexicon import Tables, document_word
from ..rule_base import Raw, Sentence, in_quotation, is_cap
from ..rule_words import WORDS
from .according_to import according_to
from .context import Context

RULE = "per_source"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Per the decree, the tax will rise to 20 percent next year.",
    "Per numbers reported by AP, more than 300 people have died.",
    "The virus, per the health ministry, is spreading fast across the north.",
    "Per capita income rose by 3 percent.",
)


def may_cite_per(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold "per" as "according to" (sentence-initial "Per", or ", per")? One
    search, so that the shape reads only the articles and sentences where it may find something."""
    stop = len(text) if end is None else end
    return text.find("Per ", start, stop) >= 0 or text.find(", per ", start, stop) >= 0


def source_after_per(tx: list[str], lw: list[str], k: int, end: int) -> bool:
    """Does token ``k`` (right after "per") open a noun phrase that can be a source, not a unit?

    >>> source_after_per(["the", "WHO"], ["the", "who"], 0, 2)
    True
    >>> source_after_per(["capita", "income"], ["capita", "income"], 0, 2)
    False
    >>> source_after_per(["cent"], ["cent"], 0, 1)
    False
    """
    if k >= end or lw[k] in WORDS.per_unit:
        return False
    w = lw[k]
    if w in WORDS.per_source_opener:
        return True
    return is_cap(tx[k]) or (w.isalpha() and w.endswith("s") and not w.endswith("ss"))


def per_source(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at "per" (token ``i``) that opens the sentence or follows a comma and comes before a
    source: read as "according to X" is (:func:`according_to.according_to`)."""
    lw = s.lw
    if lw[i] != "per" or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    opens = i == 0 or (i > 0 and s.tx[i - 1] == "," and i >= 2)
    if not opens or not source_after_per(s.tx, lw, i + 1, s.end):
        return None
    if i == 0 and s.tx[i] != "Per":
        return None
    if i >= 2 and s.lw[i - 2] in ctx.t.cue_forms:
        return None  # '"C," one man said, per Jane Roe, ...': the channel of that report (channel_rider)
    r = according_to(ctx, s, i, width=1, rule=RULE)
    if r is None or r.source is None or not source_head(ctx.t, s.text[r.source.start : r.source.end]):
        return None
    if i == 0 and r.content and _verb_first(ctx, s.text[r.content[0].start : r.content[0].end]):
        return None  # "Per Olsen, the chief executive, said C": a man named Per, the subject of "said"
    return r


def _verb_first(ctx: Context, content: str) -> bool:
    """Does ``content`` open with a verb (a cue form or an auxiliary), as a predicate does, not a clause?"""
    words = content.split()
    return bool(words) and (words[0] in ctx.t.cue_forms or words[0] in ctx.t.verb_aux)


def source_head(t: Tables, source: str) -> bool:
    """Can ``source`` (as written) cite anyone: does its last word name a person, a body or a document (a
    capitalised name, an attribution noun, a role, an organisation or media noun)? "Per the framework, C"
    follows a rule ("in accordance with"), which the news guideline does not label; "per the decree" does
    cite the decree's signatory.

    >>> from analysis.attribution.lexicon import tables
    >>> source_head(tables(), "the WHO"), source_head(tables(), "the health ministry")
    (True, True)
    >>> source_head(tables(), "the new framework")
    False
    """
    words = source.split()
    if not words:
        return False
    head = words[-1].strip(".,;:()'\"’")
    if is_cap(head) or document_word(head):
        return True
    w = head.lower()
    return w in t.role_singular or w in t.role_plural or w in t.org_words or w in t.media_nouns
