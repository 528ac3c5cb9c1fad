"""A participle opening the sentence: ``Conceding that C, he warned ...``.

Rule id: ``fronted_participle`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Conceding that he lost, Smith warned of a recount.
    Writing for the court, Judge Ann Lee ruled that the law was void. (none: "for" names whom she wrote for)
    Calling it a "culture of death" the archbishop said the law would harm the poor. (no comma: the
    quotation ends the participle clause, rule fronted_quotation)
    Calling it a "culture of death" and a disgrace, the archbishop left. (the comma ends it)
"""

from __future__ import annotations

from ..boundaries import after_cue, content_spans
from ..rule_base import (
    CLOSE_QUOTE_TOKENS,
    HARD_PUNCT,
    Raw,
    in_quotation,
    quote_ending_at,
)
from ..rule_words import WORDS
from .context import Context
from .verb import VerbCue

RULE = "fronted_participle"
FRONTED_QUOTATION = "fronted_quotation"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Conceding that he lost, Smith warned of a recount.",
    "Writing for the court, Judge Ann Lee ruled that the law was void.",
    'Calling it a "culture of death" the archbishop said the law would harm the poor.',
    'Calling it a "culture of death" and a disgrace, the archbishop left.',
)


def fronted_participle(ctx: Context, v: VerbCue) -> Raw | None:
    """``Conceding that C, he warned ...``: a participle opening the sentence, its source the subject.

    The content runs from the cue to the comma that closes the participle clause; the source is the
    subject of the main clause after that comma (up to its first auxiliary or cue word).
    """
    s, i, width, form = v.s, v.i, v.width, v.form
    if not (s.lw[i].endswith("ing") and (i == 0 or (i == 1 and s.lw[0] in WORDS.participle_lead))):
        return None
    t = ctx.t
    c = after_cue(ctx, s, i + width, form)
    if c is None or (c < s.end and s.lw[c] in WORDS.behalf_preposition):
        return None  # "Writing for the Court, Kagan declared C": whom she wrote for, nothing said
    e = next(
        (k for k in range(c + 1, s.end) if s.tx[k] == "," and not in_quotation(ctx.quotes, s.toks[k].start)),
        None,
    )
    if e is None:
        e = quotation_then_subject(ctx, v, c)
        if e is None:
            return None
    b = e + 1
    while (
        b < s.end
        and b - e <= 8
        and s.tx[b] not in HARD_PUNCT
        and s.lw[b] not in t.aux
        and s.lw[b] not in t.passive_aux
        and s.lw[b] not in t.cue_forms
    ):
        b += 1
    if b >= s.end or b == e + 1 or b - e > 8 or s.tx[b] in HARD_PUNCT:
        return None
    no_comma = s.tx[e] != ","
    content, qs = content_spans(ctx, s, c, e + 1 if no_comma else e)
    source = s.span_of(e + 1, b)
    if not content or source is None:
        return None
    raw = v.raw(RULE, source, content, inherited=True, quotes=qs)
    if no_comma:
        raw.content_by = f"{RULE}+{FRONTED_QUOTATION}"
    return raw


def quotation_then_subject(ctx: Context, v: VerbCue, c: int) -> int | None:
    """Rule ``fronted_quotation`` (recall27): the index of the closing quote mark that ends the participle
    clause when no comma does ('Calling it a "culture of death" the archbishop said C'): the first
    quotation closing after the content start ``c`` whose next token opens the main clause's subject (a
    determiner or a capitalised word), or None. Why: session 22's fact-check of unread pages; the shape
    needed a comma and found nothing for "Calling"."""
    s = v.s
    for k in range(c + 1, s.end - 1):
        if s.tx[k] in CLOSE_QUOTE_TOKENS and quote_ending_at(ctx.quotes, s.toks[k].end) is not None:
            nxt = s.tx[k + 1]
            if s.lw[k + 1] in ctx.t.determiner or (nxt[:1].isupper() and nxt.isalpha()):
                return k
            return None
    return None
