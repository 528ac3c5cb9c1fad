"""A forecast or an estimate of a subject before the clause it forecasts: ``Analysts estimate C``,
``Some bank officials forecast C``.

Rule id: ``forecast_clause`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Analysts estimate the tax relief will save oil companies 1.5 billion dlrs.
    They forecast the market will grow to 836 mln euros by 2009.
    Some bank officials forecast the Bank will hold out this week.
    The IMF forecast was revised down in April. (a noun before "was": nothing found)
    Sales forecast for the year were cut. (a noun before "for": nothing found)
    The OECD forecast 2 pct growth. (a noun phrase, no clause: nothing found)

Why: "estimate", "forecast" and "forecasts" are left out of the verb lists because they are far more
often nouns ("the estimate", "the IMF forecast"), so a subject's forecast before a clause found nothing
(Reuters' "Analysts estimate the tax relief will save ...", "some bank officials forecast the Bank will
...", Wikinews' "the researchers estimate it had a top speed of ..."). The shape reads them
(``forecast_form`` of ``rule_words.tsv``) only right after a plural noun of people or a subject pronoun (a
name before the form is more often the modifier of a noun: "the IMF forecast"), and only before a finite
clause; like ``report_clause`` it is read after the tagger (``order.AFTER_TAGGER``), so the tagger's
training input stays as it was, and it adds an attribution only where the rules and the tagger kept none
with that cue.
"""

from __future__ import annotations

import re
from functools import cache

from ...model import Span
from ..boundaries import content_end, content_spans, occasion_end
from ..rule_base import Raw, Sentence, in_quotation
from ..rule_words import WORDS
from .context import Context
from .report_clause import finite_clause
from .that_verb import negated_before

RULE = "forecast_clause"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Analysts estimate the tax relief will save oil companies 1.5 billion dlrs.",
    "They forecast the market will grow to 836 mln euros by 2009.",
    "Some bank officials forecast the Bank will hold out this week.",
    "The IMF forecast was revised down in April.",
    "Sales forecast for the year were cut.",
    "The OECD forecast 2 pct growth.",
)
#: The most words of the forecast clause's subject before its verb ("the European digital music market").
MAX_SUBJECT = 6
#: The cue class of every form read (``reporting_verbs.tsv``: "forecast" and "estimate" forecast a figure).
CUE_CLASS = "predicting"


def may_forecast(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a form of ``forecast_form``? One search, so that the shape reads only
    the articles and sentences where it may find something."""
    return _form_re().search(text, start, len(text) if end is None else end) is not None


@cache
def _form_re() -> re.Pattern[str]:
    """A form of ``forecast_form`` as a whole word (built from the data file, as estimate_at's)."""
    return re.compile(r"\b(?:" + "|".join(sorted(WORDS.forecast_form, key=len, reverse=True)) + r")\b")


def forecast_clause(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at a form of ``forecast_form`` whose subject (a plural noun of people,
    ``role_plural``, or a subject pronoun) stands right before it and whose object is a finite clause: the
    cue is the form, the source the noun phrase before it, the content the clause to its end."""
    w = s.lw[i]
    if w not in WORDS.forecast_form or s.tx[i] != w or i == 0 or i + 2 >= s.end:
        return None
    if in_quotation(ctx.quotes, s.toks[i].start) or negated_before(s.lw, i):
        return None
    t = ctx.t
    prev = s.lw[i - 1]
    if not (prev in t.subject_pronouns or prev in t.role_plural):
        # people forecast: "analysts", "they"; not "Costs estimate ...", and a name before the form is far
        # more often a noun's modifier ("the IMF forecast", "a Treasury estimate") than its subject
        return None
    if prev in t.determiner or prev in t.verb_aux or prev in WORDS.modal or prev == "to":
        return None
    k = i + 1
    nxt = s.lw[k]
    if nxt in t.verb_aux or nxt in t.passive_aux or nxt in t.head_stops or nxt in t.adjunct:
        return None  # "The IMF forecast was revised", "Sales forecast for the year were cut": a noun
    if not finite_clause(ctx, s, k, MAX_SUBJECT):
        return None
    np = ctx.left_np(s, i)
    if np is None:
        return None
    e = occasion_end(ctx, s, k, content_end(ctx, s, k))
    content, qs = content_spans(ctx, s, k, e)
    if not content:
        return None
    lemma = w[:-1] if w.endswith("s") else w
    cue = Span(s.toks[i].start, s.toks[i].end)
    return Raw(cue, s.span_of(*np), content, lemma, CUE_CLASS, s.index, quotes=qs, rule=RULE)
