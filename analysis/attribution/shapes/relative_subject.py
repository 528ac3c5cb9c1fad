"""A subject with a relative clause before its reporting verb: ``the officials who ordered that change
claimed C``.

Rule id: ``relative_subject`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The officials who ordered that change claimed the new system would save money.
    Some customers who sought help on launch day reported wait times of two hours.
    The nurse who took the call recalled that the man was calm. (the rules' source was "took the call")
    The man who said the plan failed was arrested. (no cue after the relative clause: nothing found)
    Those who attended said the talks had gone well. (a past verb alone: the source is "Those")

Why: the verb of the relative clause ("ordered", "sought") was read as the cue, with the rest of the
sentence as its content, and the real cue after the clause's object took that object as its source
("change claimed C"); the tagger then kept neither reading right and the report was lost (brief recall25,
a case a fresh test's report showed; two more on the readable splits, zyte pages). The subject is the noun
phrase before "who", and the verb of the relative clause is no cue of its own: ``order.drop_misread`` drops
an attribution whose cue stands inside the relative clause (``SOURCE_CLAUSE_RULES``). Like ``that_verb``
the shape is read after the tagger (``order.AFTER_TAGGER``), so the tagger's training input stays as it was.
"""

from __future__ import annotations

import re

from ...model import Span
from ..boundaries import after_cue, content_end, content_spans, occasion_end
from ..rule_base import Raw, Sentence, in_quotation
from ..rule_words import WORDS
from .context import Context
from .cue_form import match_form

RULE = "relative_subject"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The officials who ordered that change claimed the new system would save money.",
    "Some customers who sought help on launch day reported wait times of two hours.",
    "The nurse who took the call recalled that the man was calm.",
    "The man who said the plan failed was arrested.",
    "Those who attended said the talks had gone well.",
)
#: The most words of the relative clause's object before the cue ("help on launch day").
MAX_OBJECT = 5

_SENTENCE_RE = re.compile(r"\bwho [a-z]+ ")


def may_have_relative_subject(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a relative clause opened by "who" and a verb? One search, so that the
    shape reads only the articles and sentences where it may find something."""
    return _SENTENCE_RE.search(text, start, len(text) if end is None else end) is not None


def relative_clause_start(ctx: Context, s: Sentence, i: int) -> int | None:
    """The token of "who" that opens a relative clause ending right before the cue word ``i``: "who", a
    plain lower-case verb (no auxiliary: "who was arrested" is read elsewhere), then one to
    :data:`MAX_OBJECT` words of its object with no punctuation, pronoun, auxiliary or relative word among
    them, or no object when the verb is a past form ("who attended"); None otherwise."""
    t = ctx.t
    lo = max(1, i - MAX_OBJECT - 2)
    k = next((j for j in range(i - 2, lo - 1, -1) if s.lw[j] == "who"), None)
    if k is None:
        return None
    if k == i - 2 and not (s.lw[k + 1].endswith("ed") and s.lw[k + 1] not in t.role_plural):
        return None  # "Those who attended said": a past verb alone; "the man who police said" is police's
    for j in range(k + 2, i):
        w = s.lw[j]
        if not w.replace("-", "").isalnum() or w in t.verb_aux or w in t.pronouns or w in WORDS.relative_word:
            return None
        if w == "who":
            return None
    v = s.lw[k + 1]
    if s.tx[k + 1] != v or not v.isalpha() or v in t.verb_aux or v in t.passive_aux or v in t.determiner:
        return None
    return k


def relative_subject(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at reporting verb ``i`` whose subject is the noun phrase before a relative clause
    ending right before it: the cue is the verb, the source the noun phrase before "who", the content the
    verb's object clause to its end."""
    t = ctx.t
    forms = t.cue_forms.get(s.lw[i])
    if forms is None or i < 3 or i + 1 >= s.end or in_quotation(ctx.quotes, s.toks[i].start):
        return None
    k = relative_clause_start(ctx, s, i)
    if k is None:
        return None
    np = ctx.left_np(s, k)
    if np is None or np[1] != k:
        return None
    if np[0] >= 2 and s.tx[np[0] - 1] == "," and s.lw[np[0]] in t.determiner:
        # "David Ng, a former officer who responded, said": the role is an appositive of the name before it
        name = ctx.left_np(s, np[0] - 1)
        if name is not None and name[1] == np[0] - 1 and s.tx[name[0]][:1].isupper():
            np = (name[0], np[1])
    form, width = match_form(ctx, s, i, forms)
    if form is None or form.frame != "clause":
        return None
    c = after_cue(ctx, s, i + width, form)
    if c is None:
        return None
    e = occasion_end(ctx, s, c, content_end(ctx, s, c))
    content, qs = content_spans(ctx, s, c, e)
    source = s.span_of(*np)
    if not content or source is None:
        return None
    cue = Span(s.toks[i].start, s.toks[i + width - 1].end)
    return Raw(cue, source, content, form.lemma, form.cue_class, s.index, quotes=qs, rule=RULE)
