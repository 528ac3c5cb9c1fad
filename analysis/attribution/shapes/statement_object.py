"""A statement given as the object of a verb of issuing: ``The council issued a statement that C``, ``The
club released a statement: "C"``, ``Bolton gave a different account, also speaking via Twitter: "C"``.

Rule id: ``statement_object`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The council issued a statement that the road would stay closed until Friday.
    The club released a statement: "We are deeply saddened by the news."
    Bolton gave a different account, also speaking via Twitter: "The talks went well."
    The palace issued the following statement from the king: "We thank the nation."
    The company released a statement on Monday. (nothing reported: nothing found)
    He made a statement that was later withdrawn. (a relative "that": nothing found)
    The firm issued a statement that appeared to end the row. (a relative "that": nothing found)

Why: the guideline labels "issued a statement" as the cue of what the statement says (the readable
splits: "the palace issued a statement to the effect C", "issued the following statement from the
king: C"; session 22's fact-check of unread pages: "issued a statement that C", 'released a statement:
"C"', 'gave a different account ...: "C"'). No verb list holds "issued" or "released" (plain acts far
more often), and the noun after them was read as no cue, so nothing was found. The shape needs a verb of
issuing (``statement_verb``), a determiner, at most :data:`MAX_MODIFIERS` plain words and a statement noun
(``statement_noun``), then "that" and a clause, "to the effect (that)" or a colon (a short aside set off by a
comma may stand before it). Read after the tagger (``order.AFTER_TAGGER``), so the tagger's training input
stays as it was.
"""

from __future__ import annotations

import re
from functools import cache

from ...model import Span
from ..boundaries import content_end, content_spans
from ..rule_base import HARD_PUNCT, Raw, Sentence, in_quotation
from ..rule_words import WORDS
from .context import Context
from .that_verb import clause_after

RULE = "statement_object"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The council issued a statement that the road would stay closed until Friday.",
    'The club released a statement: "We are deeply saddened by the news."',
    'Bolton gave a different account, also speaking via Twitter: "The talks went well."',
    'The palace issued the following statement from the king: "We thank the nation."',
    "The company released a statement on Monday.",
    "He made a statement that was later withdrawn.",
    "The firm issued a statement that appeared to end the row.",
)
#: The most plain words between the determiner and the statement noun ("a different", "the following").
MAX_MODIFIERS = 2
#: The most tokens between the statement noun and the colon that opens its content (", also speaking via
#: Twitter:").
MAX_ASIDE = 8


@cache
def _sentence_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(WORDS.statement_verb, key=len, reverse=True))
    nouns = "|".join(sorted(WORDS.statement_noun, key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\s+(?:\S+\s+){{1,{MAX_MODIFIERS + 1}}}?(?:{nouns})\b")


def may_issue_statement(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a verb of ``statement_verb`` shortly before a ``statement_noun``? One
    search, so that the shape reads only the articles and sentences where it may find something."""
    return _sentence_re().search(text, start, len(text) if end is None else end) is not None


def statement_noun_at(ctx: Context, s: Sentence, i: int) -> int | None:
    """The index of the statement noun after the verb at ``i``: a determiner (or possessive pronoun) right
    after the verb, at most :data:`MAX_MODIFIERS` plain lower-case words, then a ``statement_noun``."""
    k = i + 1
    if k >= s.end or not (s.lw[k] in ctx.t.determiner or s.lw[k] in WORDS.possessive):
        return None
    for n in range(k + 1, min(s.end, k + 2 + MAX_MODIFIERS)):
        w = s.lw[n]
        if w in WORDS.statement_noun:
            return n
        if not (w.isalpha() and s.tx[n] == w) or w in ctx.t.head_stops:
            return None
    return None


def finite_aux_in(ctx: Context, s: Sentence, c: int) -> bool:
    """Does the clause from token ``c`` to its first punctuation hold an auxiliary or modal ("the talks would
    resume", "the club had been sold")? A relative clause after "a statement that" seldom does and lacks its
    object ("a statement that fans found offensive", "that it later withdrew", "that shareholders rejected"):
    the reported clauses of the readable splits after "issued a statement that" all have one (session 23's
    review of recall27's shape)."""
    for k in range(c, s.end):
        if s.tx[k] in HARD_PUNCT:
            return False
        if s.lw[k] in ctx.t.verb_aux:
            return True
    return False


def content_start(ctx: Context, s: Sentence, n: int) -> tuple[int, int] | None:
    """(content start, source start or -1) after the statement noun at ``n``: after "that" before a clause,
    after "to the effect (that)", or after a colon within :data:`MAX_ASIDE` tokens, reached directly, past
    "from"/"by" and the statement's author ("the following statement from the king:") or past an aside set
    off by a comma (", also speaking via Twitter:")."""
    lw = s.lw
    k = n + 1
    if k + 1 >= s.end:
        return None
    if lw[k] == "that":
        c = k + 1
        if c + 1 < s.end and lw[c] in WORDS.time_noun:
            c += 1  # "issued a statement that evening the talks would resume": "that evening" is the time
        # "a statement that appeared to ...": a relative "that" before its verb is no reported clause
        relative = lw[c].endswith("ed") and s.tx[c] == lw[c]
        return (c, -1) if clause_after(ctx, s, c) and not relative and finite_aux_in(ctx, s, c) else None
    if lw[k] == "to" and k + 2 < s.end and lw[k + 1] in WORDS.article and lw[k + 2] in WORDS.statement_effect:
        c = k + 3 + (1 if k + 3 < s.end and lw[k + 3] == "that" else 0)
        return (c, -1) if c < s.end else None
    author = k + 1 if lw[k] in WORDS.statement_author else -1
    if author < 0 and s.tx[k] not in (",", ":"):
        return None
    for m in range(k, min(s.end - 1, k + MAX_ASIDE + 1)):
        if s.tx[m] == ":":
            return m + 1, author
        if s.tx[m] in (".", ";", "?", "!") or in_quotation(ctx.quotes, s.toks[m].start):
            return None
    return None


def statement_object(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at a verb of issuing and its statement noun: the cue is verb to noun ("issued a
    statement"), the source the noun phrase before the verb (or the author after "from"), the content the
    clause or the quotation after the noun."""
    if s.lw[i] not in WORDS.statement_verb or s.tx[i] != s.lw[i] or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    n = statement_noun_at(ctx, s, i)
    if n is None:
        return None
    got = content_start(ctx, s, n)
    if got is None:
        return None
    c, author = got
    if author > 0:
        source = s.span_of(author, c - 1)
    else:
        np = ctx.left_np(s, i)
        source = s.span_of(*np) if np is not None else None
    content, qs = content_spans(ctx, s, c, content_end(ctx, s, c))
    if not content or source is None:
        return None
    cue = Span(s.toks[i].start, s.toks[n].end)
    return Raw(cue, source, content, s.lw[n], "neutral", s.index, quotes=qs, rule=RULE)
