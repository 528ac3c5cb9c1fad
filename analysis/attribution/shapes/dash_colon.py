"""A newsletter's source line: ``HEADLINE - Philip Bump: "C"``, ``HEADLINE - More from Jones: "C"``.

The dash must follow the headline it is joined to: a dash that opens the sentence finds nothing here
(a paragraph ``- Jane Doe.`` under a quotation is :mod:`.dash_signature`'s).

Rule id: ``bare_colon`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Clinton leads in Ohio - Philip Bump: "The race is closer than it looks."
    Clinton leads in Ohio - More from Jones: "The race is closer than it looks."
"""

from __future__ import annotations

from ..rule_base import (
    DASHES,
    MAX_COLON_SOURCE,
    OPEN_QUOTE_TOKENS,
    Raw,
    Sentence,
)
from ..rule_words import WORDS
from .bare_colon import bare_colon
from .context import Context

RULE = "bare_colon"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    'Clinton leads in Ohio - Philip Bump: "The race is closer than it looks."',
    'Clinton leads in Ohio - More from Jones: "The race is closer than it looks."',
)


def dash_colon(ctx: Context, s: Sentence) -> Raw | None:
    """``... HEADLINE - Philip Bump: "C"`` / ``HEADLINE - More from Jones: "C"``: a newsletter's source line.

    A digest quotes its sources as a dash, a name and a colon before a quotation; the sentence
    splitter often joins that line to the item's headline before it, so the name opens no sentence.
    """
    c = s.lw.index(":")
    if c + 1 >= s.end or s.tx[c + 1] not in OPEN_QUOTE_TOKENS:
        return None
    k = next((k for k in range(c - 1, max(0, c - MAX_COLON_SOURCE - 3), -1) if s.tx[k] in DASHES), None)
    if k is None or k == 0:
        return None
    a = k + 1
    if " ".join(s.lw[a : a + 2]) in WORDS.dash_lead:
        a += 2
    if c - a > MAX_COLON_SOURCE:
        return None
    return bare_colon(ctx, s, a)
