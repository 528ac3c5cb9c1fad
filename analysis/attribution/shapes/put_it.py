"""``As X put it, C`` / ``C, as X put it``: what X said, in X's words.

Rule id: ``put_it`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    As one banker put it, "Many banks took the view it was better to get some money back."
    The market is simply tired, as one trader put it.
    "We were simply tired," as one trader put it.
    Ronaldo put it away in the second half. (no "as X" before it: a plain act)

Why: "as X put it" is news shorthand for "in X's words"; the guideline labels "put" as the cue and what
stands on the other side of the comma as the content (a Reuters page of the readable splits). "put" is in
no verb list (it is mostly a plain act, ``estimate_at`` reads it before a figure), so the idiom found
nothing. The shape needs "as", a noun phrase and "put it" (``put_it_verb``) right after it, and a comma
between the idiom and the content. Read after the tagger (``order.AFTER_TAGGER``), so the tagger's
training input stays as it was.
"""

from __future__ import annotations

import re
from functools import cache

from ...model import Span
from ..boundaries import content_end, content_spans
from ..rule_base import CLOSE_QUOTE_TOKENS, Raw, Sentence, in_quotation
from ..rule_words import WORDS
from .context import Context

RULE = "put_it"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    'As one banker put it, "Many banks took the view it was better to get some money back."',
    "The market is simply tired, as one trader put it.",
    '"We were simply tired," as one trader put it.',
    "Ronaldo put it away in the second half.",
)

def may_put_it(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold "put it"? One search, so that the shape reads only the articles and
    sentences where it may find something."""
    return _sentence_re().search(text, start, len(text) if end is None else end) is not None


@cache
def _sentence_re() -> re.Pattern[str]:
    """A form of ``put_it_verb`` and "it", as whole words (built from the data file, as estimate_at's)."""
    forms = "|".join(sorted(WORDS.put_it_verb, key=len, reverse=True))
    return re.compile(r"\b(?:" + forms + r") it\b")


def put_it(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at "put it" (token ``i`` and "it") after "as" and a noun phrase: the source is that
    noun phrase, the content the clause after the idiom's comma (when "as" opens the sentence) or the clause
    before the comma that precedes "as"."""
    lw = s.lw
    if lw[i] not in WORDS.put_it_verb or i + 1 >= s.end or lw[i + 1] != "it" or i < 2:
        return None
    if in_quotation(ctx.quotes, s.toks[i].start):
        return None
    np = ctx.left_np(s, i)
    if np is None or np[0] < 1 or lw[np[0] - 1] != "as":
        return None
    a = np[0] - 1  # "as"
    source = s.span_of(*np)
    if a == 0 or (a == 1 and lw[0] in WORDS.coordinator):
        if i + 3 >= s.end or s.tx[i + 2] != ",":
            return None
        c = i + 3
        content, qs = content_spans(ctx, s, c, content_end(ctx, s, c))
    elif _comma_before(s, a) and (i + 2 >= s.end or s.tx[i + 2] in (".", ",", ";", "!", "?")):
        start = 1 if lw[0] in WORDS.coordinator else 0
        # '"C," as one banker put it': the quotation with its marks; 'C, as X put it': the clause
        content, qs = content_spans(ctx, s, start, a if s.tx[a - 1] in CLOSE_QUOTE_TOKENS else a - 1)
    else:
        return None
    if not content or source is None:
        return None
    cue = Span(s.toks[i].start, s.toks[i].end)
    return Raw(cue, source, content, "put", "neutral", s.index, quotes=qs, rule=RULE)


def _comma_before(s: Sentence, a: int) -> bool:
    """Does a comma end the clause before "as" at ``a`` ("C, as", '"C," as')?"""
    return s.tx[a - 1] == "," or (a >= 2 and s.tx[a - 1] in CLOSE_QUOTE_TOKENS and s.tx[a - 2] == ",")
