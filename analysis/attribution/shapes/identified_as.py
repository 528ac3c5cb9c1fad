"""Naming someone or something as what a source found it to be: ``U.S. officials identified the suspect as
a 21-year-old man from Leeds``, ``The appeal identified children under five as the most at risk``.

Rule id: ``identified_as`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Police identified the suspect as a 21-year-old man from Leeds.
    The appeal identified children under five as the group most at risk.
    The team identified the problem quickly. (no "as": a plain act, nothing found)
    The body was identified as that of a local man. (a passive: nothing found here)
    Police identified him only as "Mr. A" as the inquiry went on. (the second "as" ends the content)

Why: every active "identified X as Y" of the readable splits (five, Wikinews, BBC and Zyte pages) is a gold
report of what the source found or said X is, and the two with no other cue word were missed ("identify"
is in no verb list: "identified the problem" is a plain act). The shape needs a form of ``identify_verb``
after its subject and "as" within :data:`MAX_OBJECT` tokens with no punctuation between; the content is the
object and the "as" phrase to the end of the clause. Read after the tagger (``order.AFTER_TAGGER``), so
the tagger's training input stays as it was.
"""

from __future__ import annotations

import re
from functools import cache

from ...model import Span
from ..boundaries import content_end, content_spans, occasion_end
from ..rule_base import HARD_PUNCT, Raw, Sentence, in_quotation
from ..rule_words import WORDS
from .context import Context
from .that_verb import negated_before

RULE = "identified_as"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Police identified the suspect as a 21-year-old man from Leeds.",
    "The appeal identified children under five as the group most at risk.",
    "The team identified the problem quickly.",
    "The body was identified as that of a local man.",
    'Police identified him only as "Mr. A" as the inquiry went on.',
)
#: The most tokens of the object between the verb and "as" ("children under 5 years of age").
MAX_OBJECT = 8


@cache
def _sentence_re() -> re.Pattern[str]:
    forms = "|".join(sorted(WORDS.identify_verb, key=len, reverse=True))
    return re.compile(rf"\b(?:{forms})\b[^.;:!?]{{1,80}}?\bas\b")


def may_identify(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a form of ``identify_verb`` before "as"? One search, so that the shape
    reads only the articles and sentences where it may find something."""
    return _sentence_re().search(text, start, len(text) if end is None else end) is not None


def not_naming_as(lw: list[str], a: int, end: int, subjects: frozenset[str]) -> bool:
    """Rule ``identified_as``'s guard (session 23's review): is the "as" at ``a`` no "as" of naming: a
    comparison or time ("as well as", "as soon as", "as early as March": another "as" two words on), a clause
    ("as it left the garage": a subject pronoun next) or a phrase of class ``not_naming_as`` ("as part of",
    "as though")?

    >>> not_naming_as(["x", "as", "well", "as", "y"], 1, 5, frozenset({"it"}))
    True
    >>> not_naming_as(["x", "as", "a", "local", "man"], 1, 5, frozenset({"it"}))
    False
    """
    nxt = lw[a + 1] if a + 1 < end else ""
    return (a + 2 < end and lw[a + 2] == "as") or nxt in subjects or nxt in WORDS.not_naming_as


def identified_as(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at an active form of ``identify_verb`` followed by its object and "as": the cue is the
    verb, the source the noun phrase before it, the content the object and the "as" phrase."""
    lw = s.lw
    if lw[i] not in WORDS.identify_verb or s.tx[i] != lw[i] or i + 3 >= s.end:
        return None
    if in_quotation(ctx.quotes, s.toks[i].start) or negated_before(lw, i):
        return None
    j = ctx.before_adverbs(s, i)
    if j < 0 or lw[j] in ctx.t.passive_aux or lw[j] in WORDS.relative_pronoun:
        return None  # "was identified as": a passive names no source here
    a = next((k for k in range(i + 2, min(s.end - 1, i + 2 + MAX_OBJECT)) if lw[k] == "as"), None)
    if a is None or any(s.tx[k] in HARD_PUNCT for k in range(i + 1, a)):
        return None
    if not_naming_as(lw, a, s.end, ctx.t.subject_pronouns):
        return None  # "identified the virus as well as ...", "the car as it left": no "as" of naming
    np = ctx.left_np(s, i)
    if np is None:
        return None
    source = s.span_of(*np)
    c = i + 1
    e = occasion_end(ctx, s, c, content_end(ctx, s, c))
    # a second "as" opens a clause of time ("identified him as X as the inquiry went on"): the content ends
    e = next((k for k in range(a + 2, e) if lw[k] == "as" and not in_quotation(ctx.quotes, s.starts[k])), e)
    if e <= a + 1:
        return None
    content, qs = content_spans(ctx, s, c, e)
    if not content or source is None:
        return None
    cue = Span(s.toks[i].start, s.toks[i].end)
    return Raw(cue, source, content, "identify", "evidential", s.index, quotes=qs, rule=RULE)
