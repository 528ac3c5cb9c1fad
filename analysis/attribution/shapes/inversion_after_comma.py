"""A speech verb after a comma, its source after it: ``C, said X, a spokesman for Y``.

Speech cues only ("C, wants X" is no inversion); the source is a noun phrase after the cue (not a thing:
"C, said the report" is read elsewhere), with nothing but adjuncts after it; the content is the clause
before the comma.

Rule id: ``inversion_after_comma`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The plan will fail, said Ann Lee, a spokeswoman.
    The LSE, which saw its shares rise, said the bid undervalued the business. (not this shape's: the
    comma closes a relative clause on the subject)
"""

from __future__ import annotations

from ..boundaries import adjunct_end, continuation, left_content, name_ends, nested_only, verbless_lead
from ..rule_base import Raw, Sentence
from ..rule_words import WORDS
from .context import Context
from .verb import VerbCue, appositive

RULE = "inversion_after_comma"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The plan will fail, said Ann Lee, a spokeswoman.",
    "The LSE, which saw its shares rise, said the bid undervalued the business.",
)


def inversion_after_comma(ctx: Context, v: VerbCue) -> Raw | None:
    """The clause before the comma is the content, the noun phrase after the cue the source."""
    s, i, width, form = v.s, v.i, v.width, v.form
    if i == 0 or s.tx[i - 1] != "," or form.cue_class in WORDS.no_inversion_class:
        return None
    if not (appositive(ctx, v) is None or name_ends(ctx, s, i + width)):
        return None
    if closes_relative(s, i - 1):
        return None  # "The LSE, which saw its shares rise 25%, said the bid ...": a subject, then its verb
    np = ctx.right_np(s, i + width - 1)
    if np is None or ctx.thing_after_cue(s, np[0], np[1], form):
        return None
    a, b, rl = np
    after = rl[1] if rl else b
    stop = adjunct_end(ctx, s, after, form)
    if stop is None or not nested_only(ctx, s, v.found, i):
        return None
    content, qs = left_content(ctx, s, i)
    if not content:
        return None
    if connective_only(ctx, s, content):
        content, qs = [], []
        continuation(ctx, s, stop, content, qs)
        if not content:
            return None
    else:
        # 'On average, said Mr Lee, users run ten searches': a verbless lead goes on after the source's comma
        lead_goes_on = verbless_lead(ctx, s, content) or fronted_clause(ctx, content)
        continuation(ctx, s, stop, content, qs, quoted_only=not lead_goes_on)
    role = s.span_of(*rl) if rl else None
    return v.raw(RULE, s.span_of(a, after), content, role=role, quotes=qs)


def connective_only(ctx: Context, s: Sentence, content: list) -> bool:
    """Rule ``connective_then_clause``: 'Instead, said Mr Lee, the rules were meant to protect the banks': is
    the content before the cue's comma one connective adverb alone (``lone_connective`` in rule_words.tsv)?
    It reports nothing; what was said is the clause after the source's comma (a fact-check of unlabelled
    BBC text, session 15: the content was "Instead")."""
    if len(content) != 1:
        return False
    words = ctx.text[content[0].start : content[0].end].split()
    return len(words) == 1 and words[0].lower() in WORDS.lone_connective


def fronted_clause(ctx: Context, content: list) -> bool:
    """Rule ``fronted_clause_goes_on``: 'Because warm water rises, says the study, it melts the ice from
    below': is the content before the cue's comma one adverbial clause opened by a conjunction
    (``fronted_clause_opener`` in rule_words.tsv)? It cannot stand alone, so the main clause after the
    source's comma is what was said too, not only a quotation (a fact-check of unread Wikinews,
    wikinews-2019-140, session 23: the content was "Because warmer water is more buoyant")."""
    if len(content) != 1:
        return False
    words = ctx.text[content[0].start : content[0].end].split()
    return len(words) >= 3 and words[0].lower() in WORDS.fronted_clause_opener


def closes_relative(s: Sentence, comma: int) -> bool:
    """Does the comma at token ``comma`` close a relative clause opened after the comma before it ("The
    LSE, which saw its shares rise 25%, said ...")? Then what precedes is a subject, not a content."""
    k = comma - 1
    while k > 0 and s.tx[k] != ",":
        k -= 1
    return k > 0 and s.tx[k] == "," and s.lw[k + 1] in WORDS.wh_relative
