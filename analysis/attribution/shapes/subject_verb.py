"""Subject, verb, content: ``X said (that) C``, ``X told the AP (that) C``, ``X said: "C"``.

The last verb shape, tried when no other one read the cue. The source is the noun phrase on the cue's
left, or the subject it shares ("..., arguing that C", "... and said C"); an addressee after the cue is
the channel, not the source; the content runs from the cue (or its "that") to the end of its clause.

Rule id: ``subject_verb`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The minister said that the plan would fail.
    Officials told the AP the bridge was safe, arguing that it had been checked.
    The man, who police said was armed, fled. (the relative clause ends at its comma)
    Jane Roe responded to the new rules via Twitter: "We will not comply." (rule ``object_colon``: the
    quotation after the colon is what she said, not "the new rules")
"""

from __future__ import annotations

from ...model import Span
from ..boundaries import (
    after_cue,
    colon_quote_end,
    content_end,
    content_spans,
    np_end,
    occasion_end,
    opening_clause_end,
    pronoun_object_end,
    quote_after,
    relative_antecedent,
)
from ..quotes import Quote
from ..rule_base import HARD_PUNCT, OPEN_QUOTE_TOKENS, Raw, Sentence, in_quotation, quote_starting_at
from ..rule_words import WORDS
from .context import Context
from .verb import VerbCue, left_source

RULE = "subject_verb"
#: Rule id of a quotation after the colon that ends a noun-phrase object (:func:`object_colon`).
OBJECT_COLON = "object_colon"
#: The most tokens between the end of the object and the colon ("via Twitter", "in a statement on Monday").
MAX_OBJECT_COLON = 8
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The minister said that the plan would fail.",
    "Officials told the AP the bridge was safe, arguing that it had been checked.",
    "The man, who police said was armed, fled.",
    'Jane Roe responded to the new rules via Twitter: "We will not comply."',
)


def subject_verb(ctx: Context, v: VerbCue) -> Raw | None:
    """The source on the left, the content from the cue to the end of its clause."""
    s, i, width, form = v.s, v.i, v.width, v.form
    left = left_source(ctx, v)
    if left is None:
        return None
    r = i + width
    c = after_cue(ctx, s, r, form)
    if c is None:
        return None
    addressee = s.span_of(r, c) if c > r and form.lemma in ctx.t.addressee_verbs else None
    e = content_end(ctx, s, c)
    if form.frame == "np":
        e = np_end(ctx, s, c, e)
    rel = max(0, ctx.before_adverbs(s, i))
    rel_k = left.tokens[0] - 1 if left.tokens is not None and not left.inherited else -1
    if rel_k > 0 and s.lw[rel_k] in WORDS.wh_relative and s.tx[rel_k - 1] == ",":
        rel = rel_k  # "The man, who police said was armed, fled": the clause ends at its comma
    if rel > 0 and s.lw[rel] in WORDS.wh_relative and s.tx[rel - 1] == ",":
        # "Norton, which declined to comment, returned ...": the relative clause ends at its comma
        for k in range(c + 1, e):
            if s.tx[k] == "," and not in_quotation(ctx.quotes, s.toks[k].start):
                e = k
                break
    e = opening_clause_end(ctx, s, i, c, e)
    e = pronoun_object_end(ctx, s, c, e)
    e = occasion_end(ctx, s, c, e)
    e = colon_quote_end(ctx, s, c, e)
    content, qs = content_spans(ctx, s, c, e)
    takes_object = form.frame == "np" or form.cue_class in WORDS.object_colon_class
    after_colon = object_colon(ctx, s, e) if takes_object and content and not qs else None
    if after_colon is not None:
        content, qs = after_colon
    if not content and c >= s.end and s.tx[c - 1] == ":":
        content, qs = quote_after(ctx, s)
    if not content:
        return None
    # "fires, which state media said were under control": the relative pronoun's antecedent comes first
    ante = None
    if left.tokens is not None and not left.inherited and c == r:
        ante = relative_antecedent(ctx, s, left.tokens[0] - 1, c)
    raw = v.raw(
        RULE,
        left.source,
        [ante, *content] if ante is not None else content,
        addressee=addressee,
        role=left.role,
        inherited=left.inherited,
        quotes=qs,
    )
    if ante is not None:
        raw.content_by = f"{RULE}+relative_antecedent"
    elif after_colon is not None:
        raw.content_by = f"{RULE}+{OBJECT_COLON}"
    if left.rule:
        raw.source_by = f"{RULE}+{left.rule}"
    return raw


def object_colon(ctx: Context, s: Sentence, e: int) -> tuple[list[Span], list[Quote]] | None:
    """Rule ``object_colon``: the quotation that follows a colon after a noun-phrase object ending at token
    ``e`` and runs to the sentence end ('Jane Roe responded to the new rules via Twitter: "C."'), as
    (content, quotations); None when no such colon and quotation follow within ``MAX_OBJECT_COLON`` tokens
    with no punctuation before the colon.

    Why: "respond to" takes a noun phrase, which named what was answered; the response itself stood after the
    colon and was lost (senses.response_only then dropped the noun phrase, rightly: nothing said). 'Jane Roe
    responded via Twitter: "C."' was found; with the object between, nothing was (session 20's fact-check).
    A stance verb's object is read the same way (class ``object_colon_class`` of ``rule_words.tsv``:
    'Michael Morell praised Mendez on Twitter: "Tony was one of the best officers ..."' credited him with
    "Mendez"; fact-check of wikinews-2019-014, session 24)."""
    for k in range(e, min(s.end - 1, e + MAX_OBJECT_COLON + 1)):
        if s.tx[k] == ":":
            q = quote_starting_at(ctx.quotes, s.toks[k + 1].start)
            if q is None or q.end < s.toks[s.end - 1].end:
                return None
            return [Span(q.start, q.end)], [q]
        if s.tx[k] in HARD_PUNCT or s.tx[k] in OPEN_QUOTE_TOKENS:
            return None
    return None
