"""A document's finding that the tagger dropped: ``figures showed house prices are still rising``, ``the
advisory indicated the winds were near 120 mph``, ``Estimates by the government state C``.

Rule id: ``document_clause`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Figures showed house prices are still rising.
    The NHC advisory indicated the maximum sustained winds were near 120 mph.
    Estimates by the government state about 350,000 people have fled the region.
    The figures showed a rise. (a noun phrase, no clause: left to the rules and the tagger)
    The engineers showed the bridge was safe. (no document before the verb: nothing found)
    The report did not show that costs rose. (negated: nothing found)

Why: the rules read these as ``subject_verb`` and the shipped tagger (trained on PolNeAR, where a
document's "show"/"indicate" with a bare clause is rare) drops them, while the guideline labels a study's
or a data release's finding as its report (readable splits: 11 such gold reports dropped, "figures showed",
"statistics show", "the report suggests", "the study found" and more; session 22's fact-check: "the NHC
advisory indicated ..."). The shape re-reads, after the tagger, the rules' own reading at a finding verb
(``document_clause_verb`` of ``rule_words.tsv``) only where the word before it (adverbs aside) ends a
document (``lexicon.document_word``, or a document with a short modifier: "Estimates by the government") and
a finite clause follows, so the tagger's training input and its judgement elsewhere stay as they were.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import document_modified, document_word
from ..rule_base import Raw, Sentence, in_quotation
from ..rule_words import WORDS
from .context import Context
from .cue_form import match_form
from .subject_verb import subject_verb
from .that_verb import negated_before
from .verb import VerbCue

RULE = "document_clause"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Figures showed house prices are still rising.",
    "The NHC advisory indicated the maximum sustained winds were near 120 mph.",
    "Estimates by the government state about 350,000 people have fled the region.",
    "The figures showed a rise.",
    "The engineers showed the bridge was safe.",
    "The report did not show that costs rose.",
)
#: The most tokens of the reported clause's subject before its verb ("60 % of UK firms are").
MAX_SUBJECT = 8


@cache
def _sentence_re() -> re.Pattern[str]:
    forms = "|".join(sorted(WORDS.document_clause_verb, key=len, reverse=True))
    return re.compile(r"\b(?:" + forms + r")\b")


#: How far before a finding verb :func:`may_cite_document` looks for a document noun (characters).
LOOK_BEHIND = 60


def may_cite_document(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a finding verb of ``document_clause_verb`` after a document noun? A
    search for the verb, then a look-up of the few words before it (``lexicon.document_word``), so that the
    shape reads only the articles and sentences where it may find something: "found" and "show" alone are in
    most news articles."""
    for m in _sentence_re().finditer(text, start, len(text) if end is None else end):
        before = text[max(start, m.start() - LOOK_BEHIND) : m.start()]
        if any(document_word(w) for w in _WORD.findall(before)):
            return True
    return False


_WORD = re.compile(r"[\w’'-]+")


def document_subject(ctx: Context, s: Sentence, i: int) -> bool:
    """Does the word before token ``i`` (adverbs aside) end a document: an attribution noun ("figures",
    "the advisory") or a lower-case word ending a document's short modifier ("Estimates by the
    government")? A video, photo or map "shows" what is in it (``visual_document``: no finding); a base form
    ("state", "show") needs a plural subject ("the French state car group" is no cue)."""
    j = ctx.before_adverbs(s, i)
    if j < 0 or s.lw[j] in WORDS.visual_document:
        return False
    if document_word(s.tx[j]):
        head = s.lw[j]
    elif s.tx[j].islower() and document_modified(s.tx, j):
        head = next(s.lw[m - 1] for m in range(j, 0, -1) if s.lw[m] in ctx.t.document_modifier)
    else:
        return False
    return not s.lw[i].isalpha() or s.lw[i][-1] in "sd" or head.endswith("s") or head in WORDS.plural_document


def clause_follows(ctx: Context, s: Sentence, k: int) -> bool:
    """Does a finite clause open at token ``k``: "that", a subject pronoun, or a subject of at most
    :data:`MAX_SUBJECT` tokens (words, numbers, "%", "of" and other prepositions inside it) and then an
    auxiliary or a lower-case verb in "-ed"? "a rise in prices" (no verb) is a noun phrase, no clause."""
    t = ctx.t
    if k >= s.end - 1:
        return False
    if s.lw[k] == "that" or s.lw[k] in t.subject_pronouns:
        return True
    for j in range(k + 1, min(s.end, k + MAX_SUBJECT + 1)):
        x = s.lw[j]
        if x in t.verb_aux or x in t.passive_aux or (x.endswith("ed") and s.tx[j] == x and x.isalpha()):
            return s.lw[j - 1] not in WORDS.relative_pronoun
        if not (x.replace("-", "").replace(",", "").replace(".", "").isalnum() or x == "%"):
            return False
    return False


def document_clause(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The rules' ``subject_verb`` reading at finding verb ``i`` after a document, when a clause follows:
    cue, source and content as that shape finds them, under this rule's id."""
    w = s.lw[i]
    if w not in WORDS.document_clause_verb or s.tx[i] != w or i + 2 >= s.end:
        return None
    if in_quotation(ctx.quotes, s.toks[i].start) or negated_before(s.lw, i):
        return None
    if not document_subject(ctx, s, i):
        return None
    forms = ctx.t.cue_forms.get(w) or ctx.t.document_cues.get(w)
    if forms is None:
        return None
    form, width = match_form(ctx, s, i, forms)
    if form is None or not clause_follows(ctx, s, i + width):
        return None
    r = subject_verb(ctx, VerbCue(s, i, width, form, []))
    if r is None or r.source is None:
        return None
    r.rule = RULE
    r.source_by = r.content_by = ""
    return r
