"""The plain present "report" of a plural subject before the clause it reports: ``scientists report C``,
``Sources report she is ...``.

Rule id: ``report_clause`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    In a new study, scientists report spiky shells evolved many times.
    Sources report she is treated as royalty.
    Residents report that the water is brown. (noun_cue reads it already: nothing added)
    Officials will report the results on Monday. (a modal before it: nothing found)
    The annual report the board released was short. (a noun after "The annual": nothing found)
    They report problems with the software. (a noun phrase, no clause: nothing found)

Why: the base form "report" is left out of the verb lists because it is far more often the noun (lexicon
``infinitives``: a verb only after "to" or a modal), so a plural subject's "report" before a clause found
nothing (three readable Wikinews pages: "scientists report ...", "Sources report ...", "and report they
are considering ..."). Adding it to the lists would change what the rules say on PolNeAR train, the
tagger's training input; like ``that_verb`` the shape is read after the tagger (``order.AFTER_TAGGER``)
and adds an attribution only where the rules and the tagger kept none with that cue.
"""

from __future__ import annotations

import re

from ...model import Span
from ..boundaries import content_end, content_spans, occasion_end
from ..rule_base import Raw, Sentence, before_clitic, in_quotation
from ..rule_words import WORDS
from .context import Context
from .that_verb import negated_before

RULE = "report_clause"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "In a new study, scientists report spiky shells evolved many times.",
    "Sources report she is treated as royalty.",
    "Residents report that the water is brown.",
    "Officials will report the results on Monday.",
    "The annual report the board released was short.",
    "They report problems with the software.",
)
#: The form read, as written (lower case: "Report" opening a sentence is a heading or an imperative).
FORM = "report"
#: The most words of the reported clause's subject before its verb ("spiky shells evolved").
MAX_SUBJECT = 4

_SENTENCE_RE = re.compile(r"\b(?:[Ss]ources|[a-z]+s|they|we|I) report\b")


def may_report_plainly(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a plural subject's plain "report" ("scientists report", "they
    report")? One regular-expression search, so that the shape reads only the articles and sentences where
    it may find something."""
    return _SENTENCE_RE.search(text, start, len(text) if end is None else end) is not None


def finite_clause(ctx: Context, s: Sentence, k: int, most: int = MAX_SUBJECT) -> bool:
    """Does a reported clause open at ``k``: "that", a subject pronoun ("she is"), or up to ``most``
    (``MAX_SUBJECT``) words of a noun phrase and then a finite verb (an auxiliary, or a lower-case word in
    "-ed")? "problems with the software" (a preposition before any verb) is a noun phrase, no clause."""
    t = ctx.t
    if k >= s.end - 1:
        return False
    w = before_clitic(s.lw[k])
    if w == "that" or w in t.subject_pronouns:
        return True
    for j in range(k + 1, min(s.end, k + most + 1)):
        x = s.lw[j]
        if x in t.verb_aux or x in t.passive_aux or (x.endswith("ed") and s.tx[j] == x):
            return s.lw[j - 1] not in WORDS.relative_pronoun
        if not x.replace("-", "").isalnum() or x in t.head_stops or x in t.adjunct:
            return False
    return False


def report_clause(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at a plain "report" whose subject is a plural noun or a plural pronoun right before it
    and whose object is a finite clause: the cue is "report", the source that noun phrase, the content the
    clause to its end."""
    if s.tx[i] != FORM or i == 0 or i + 2 >= s.end or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    prev = s.lw[i - 1]
    if prev in s_modal_or_to(ctx) or negated_before(s.lw, i):
        return None
    if not (prev in WORDS.clause_subject or prev.endswith("s") and s.tx[i - 1].isalpha()):
        return None
    if prev in ctx.t.determiner or prev in ctx.t.verb_aux or not finite_clause(ctx, s, i + 1):
        return None
    np = ctx.left_np(s, i)
    if np is None:
        return None
    source = s.span_of(*np)
    c = i + 1
    e = occasion_end(ctx, s, c, content_end(ctx, s, c))
    content, qs = content_spans(ctx, s, c, e)
    if not content or source is None:
        return None
    cue = Span(s.toks[i].start, s.toks[i].end)
    return Raw(cue, source, content, "report", "neutral", s.index, quotes=qs, rule=RULE)


def s_modal_or_to(ctx: Context) -> frozenset[str]:
    """The words after which "report" is the base form of a verb the rules already read ("will report",
    "to report"): the modals and "to"."""
    return WORDS.modal | {"to"}
