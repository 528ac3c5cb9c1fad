"""A source and a speech verb alone, after the quotation they sign: ``"We will win. It is ours." Lee said.``

A full stop inside the quotation marks made the sentence splitter cut the quotation off from its cue;
the sentence that is only a source and a speech verb reports the quotation that closes just before it.

Rule id: none yet (``RULE`` is "", which the predict output shows as a null rule; giving it an id of
``rule_ids.tsv`` changes the provenance of the attributions it finds). Examples::

    "We will win. It is ours." Lee said.
"""

from __future__ import annotations

from ...model import Span
from ..quotes import QUOTE_CHARS as QUOTE_MARK_CHARS
from ..rule_base import END_PUNCT, Raw, Sentence
from ..rule_words import WORDS
from .context import Context

RULE = ""
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = ('"We will win. It is ours." Lee said.',)


def quote_before(ctx: Context, s: Sentence) -> Raw | None:
    """The quotation closing right before a sentence of a source and a clause-taking speech verb."""
    i = s.end - 1
    forms = ctx.t.cue_forms.get(s.lw[i]) if i > 0 else None
    if not forms or forms[0].frame != "clause" or forms[0].cue_class in WORDS.no_inversion_class:
        return None
    np = ctx.left_np(s, i)
    if np is None or np[0] != 0:
        return None
    start = s.toks[0].start
    q = next(
        (q for q in ctx.quotes if q.closed and q.end <= start and not ctx.text[q.end : start].strip()),
        None,
    )
    if q is None or ctx.text[q.start : q.end].rstrip(QUOTE_MARK_CHARS)[-1:] not in END_PUNCT:
        return None
    f = forms[0]
    cue = Span(s.toks[i].start, s.toks[i].end)
    return Raw(
        cue, s.span_of(*np), [Span(q.start, q.end)], f.lemma, f.cue_class, s.index, quotes=[q], rule=RULE
    )
