"""The source and its verb after the content: ``C, he said (on Monday)[, C2].``

The source (at most 8 tokens, not a relative pronoun) follows a comma or a closing quote mark, nothing
but adjuncts follow the cue, and no other attribution's content holds the clause before it (or the source
is a media outlet: "X has estimated that C, Reuters reported"). A clause before a quotation that only
sets the scene ('Minutes later, she said, "Done."') is left out.

Rule id: ``inversion`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The plan will fail, he said.
"""

from __future__ import annotations

from ..boundaries import (
    adjunct_end,
    adverbial,
    continuation,
    has_quote_mark,
    left_content,
    nested_only,
    opens_adverbial,
    statement_around,
)
from ..refine import cue_sense
from ..rule_base import CLOSE_QUOTE_TOKENS, Raw, Sentence
from ..rule_words import WORDS
from .context import Context
from .verb import VerbCue, left_source

RULE = "inversion"
#: Rule id of an inversion read around another report (:func:`boundaries.statement_around`).
STATEMENT_AROUND = "statement_around"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = ("The plan will fail, he said.", 'Minutes later, she said, "Done."')


def inversion(ctx: Context, v: VerbCue) -> Raw | None:
    """The clause before the source's comma (or closing quote mark) is the content."""
    s, i, width, form = v.s, v.i, v.width, v.form
    left = left_source(ctx, v)
    if left is None or left.tokens is None or left.inherited:
        return None
    a, b = left.tokens
    r = i + width
    if not (
        a > 0
        and (s.tx[a - 1] == "," or s.tx[a - 1] in CLOSE_QUOTE_TOKENS)
        and b - a <= 8
        and s.lw[a] not in WORDS.relative_pronoun
    ):
        return None
    stop = adjunct_end(ctx, s, r, form)
    if stop is None:
        return None
    around = False
    if not (
        nested_only(ctx, s, reporting(s, v.found), a)
        or s.tx[a - 1] in CLOSE_QUOTE_TOKENS
        or ctx.outlet(s, a, b)  # "X has estimated that C, Reuters reported": the outlet's report
    ):
        if not statement_around(ctx, s, v.found, a, i, stop, form.lemma):
            return None
        around = True
    content, qs = left_content(ctx, s, a)
    if content and not qs and form.lemma in ctx.t.addressee_verbs and adverbial(ctx, s, content[0]):
        content = []  # "Since October, officials have told ...": no clause before the comma
    if content and not qs and stop - r > 3 and opens_adverbial(ctx, s, content[0]):
        content = []  # "As in 2008, the union agreed in 2011 to a ...": an adjunct, not a clause
    if not content:
        return None
    lead = None if qs else content[0]
    continuation(ctx, s, stop, content, qs)
    if lead is not None and qs and not has_quote_mark(ctx, lead):
        # 'Minutes later, she said, "Done."': before a quotation, the unquoted words ahead of the source
        # set the scene; the quotation alone is what was said
        content = content[1:]
    raw = v.raw(RULE, left.source, content, role=left.role, quotes=qs)
    if around:  # "Early figures suggest C, officials said": around another report (rule statement_around)
        raw.unseen = True
        raw.cue_by = raw.content_by = f"{RULE}+{STATEMENT_AROUND}"
    return raw


def reporting(s: Sentence, found: list[Raw]) -> list[Raw]:
    """Part of rule ``inversion``: ``found`` without the cues read in a sense that reports nothing
    (``senses.py``: "claimed three lives", "saw a rise"). Refinement drops those later; until then they
    held the clause before the comma, and "The storm claimed three lives, police said" lost its report
    (fact-check of wikinews-2020-075, session 18: "claimed ... lives" is the commonest death-toll verb).
    Example: the raws of "The storm claimed three lives" -> []."""
    return [r for r in found if not cue_sense(s, r)] if found else found
