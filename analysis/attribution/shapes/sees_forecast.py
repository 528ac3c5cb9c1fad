"""A forecast with the present "sees": ``Jane Roe sees Acme earning 50 cts a share``, ``analysts see few
signs the slump will end``.

Rule id: ``sees_forecast`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Jane Roe sees Acme earning 50 to 75 cts a share in 1987.
    Analysts see few signs the slump will end.
    The plan sees the firm cut 500 jobs. (a plan as the subject, nobody's view: nothing found)
    They could see the smoke from the road. (a modal before it, a perception: nothing found)
    Voters see their friends leave town. (a plural subject that is no forecaster: nothing found)

Why: in business news the present "sees" of a named analyst, a firm or a pronoun is a forecast or a view
("Bradford sees Armco earning ...", "She sees the stock going to the mid 30s", "Home Depot sees fiscal year
sales growth of 1.8 percent"), and the news guideline labels each; the rules find them, but the tagger,
trained on PolNeAR, drops them (six on the readable splits, Reuters and Zyte). Like ``report_clause`` the
shape is read after the tagger (``order.AFTER_TAGGER``) and adds an attribution only where the rules and
the tagger kept none with that cue. A perception ("I could see", "will see") has a modal or an auxiliary
before it, and a plural "see" is read only after a noun of forecasters (``forecaster_plural``: "analysts",
"economists").
"""

from __future__ import annotations

import re

from ...model import Span
from ..boundaries import content_end, content_spans, occasion_end
from ..rule_base import Raw, Sentence, in_quotation, is_cap
from ..rule_words import WORDS
from .context import Context
from .that_verb import negated_before

RULE = "sees_forecast"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Jane Roe sees Acme earning 50 to 75 cts a share in 1987.",
    "Analysts see few signs the slump will end.",
    "The plan sees the firm cut 500 jobs.",
    "They could see the smoke from the road.",
    "Voters see their friends leave town.",
)
#: The singular form read, as written (lower case).
SINGULAR = "sees"
#: The plural form read, only after a noun of forecasters (``forecaster_plural``).
PLURAL = "see"
#: The cue class of the attribution (a forecast).
CUE_CLASS = "predicting"

_SENTENCE_RE = re.compile(r"\bsees\b|\b[A-Za-z]+s see\b")


def may_see(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a present "sees" or a plural noun's "see"? One regular-expression
    search, so that the shape reads only the articles and sentences where it may find something."""
    return _SENTENCE_RE.search(text, start, len(text) if end is None else end) is not None


def sees_forecast(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at a present "sees" (or a forecasters' plural "see") whose subject stands right before
    it: a name, a capitalised organisation, "he", "she" or a noun phrase headed by a role noun; the cue is
    the verb, the source that noun phrase, the content what follows to the end of its clause."""
    w = s.tx[i]
    if w != SINGULAR and w != PLURAL or i == 0 or i + 2 >= s.end or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    prev = s.lw[i - 1]
    if prev in WORDS.modal or prev == "to" or prev in ctx.t.verb_aux or negated_before(s.lw, i):
        return None
    np = ctx.left_np(s, i)
    if np is None or np[1] != i:
        return None
    if w == PLURAL:
        if prev not in WORDS.forecaster_plural:
            return None
    elif not (is_cap(s.tx[i - 1]) or prev in WORDS.forecast_pronoun or prev in ctx.t.role_singular):
        return None
    if s.lw[i + 1] in WORDS.regard_complement:
        return None  # "sees as": the belief shapes read it
    c = i + 1
    e = occasion_end(ctx, s, c, content_end(ctx, s, c))
    content, qs = content_spans(ctx, s, c, e)
    source = s.span_of(*np)
    if not content or source is None:
        return None
    cue = Span(s.toks[i].start, s.toks[i].end)
    return Raw(cue, source, content, "see", CUE_CLASS, s.index, quotes=qs, rule=RULE)
