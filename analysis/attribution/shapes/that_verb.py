"""A verb of finding, judging or conjecture before its "that"-clause, outside the reporting-verb lexicon:
``the court ruled that C``, ``Beijing has calculated that C``, ``she concurred that C``.

Rule id: ``that_verb`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    A federal judge ruled that the ban must be lifted.
    The inspectors have determined that the fire started in the kitchen.
    The ministry calculated that taxes could rise next year.
    The agency, which discovered that the files were missing, closed the office.
    The judge ruled out a retrial. (no "that": nothing found here; shapes/ruled_out.py reads it)
    The appeals court ruled the ban violated the constitution. (rule bare_ruling: "ruled", no "that")
    Critics are concerned that the directive could spread. (rule belief_adjective: an adjective after "be")
    He signed a decree that bars protests. (a noun and a relative "that": nothing found)
    The board has not determined that the loss was avoidable. (negated: nothing found)

Why: the readable news splits (pages of BBC, Reuters, Zyte and Fundus publishers) label these verbs as cues
of findings and beliefs whenever a "that"-clause follows (28 of 40 occurrences of such verbs before "that"
and a clause are gold cues), and the analyzer found none of those outside its lexicon (recall22's count:
ruled, determined, hinted, recognized twice each; discovered, calculated, concurred, established, assume,
professed, projects, betting once). Adding them to ``reporting_verbs.tsv`` would change what the rules
say on PolNeAR train, the tagger's training input; like ``clause_noun`` the shape is read after the tagger
(``order.AFTER_TAGGER``) and adds an attribution only where the rules and the tagger kept none with that
cue. Words: ``that_verbs.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicons import load
from ...model import Span
from ..boundaries import content_end, content_spans, occasion_end
from ..lexicon import negators
from ..rule_base import Raw, Sentence, in_quotation
from ..rule_words import WORDS
from .clause_noun import opens_clause
from .context import Context

RULE = "that_verb"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "A federal judge ruled that the ban must be lifted.",
    "The inspectors have determined that the fire started in the kitchen.",
    "The ministry calculated that taxes could rise next year.",
    "The agency, which discovered that the files were missing, closed the office.",
    "The judge ruled out a retrial.",
    "The appeals court ruled the ban violated the constitution.",
    "Critics are concerned that the directive could spread.",
    "He signed a decree that bars protests.",
    "The board has not determined that the loss was avoidable.",
)
#: The most words between the verb and its subject that may be auxiliaries, adverbs or a negator.
MAX_VERB_LEAD = 4


@cache
def that_verbs() -> dict[str, tuple[str, str]]:
    """Form -> (lemma, cue class), from ``analysis/data/attribution/that_verbs.tsv``."""
    return {r[0]: (r[1], r[2]) for r in load("attribution/that_verbs.tsv").rows()}


@cache
def _sentence_re() -> re.Pattern[str]:
    forms = "|".join(sorted({*that_verbs(), *WORDS.belief_adjective}, key=len, reverse=True))
    bare = "|".join(sorted(WORDS.bare_that_verb | WORDS.belief_adjective, key=len, reverse=True))
    particles = "|".join(sorted(WORDS.ruling_particle))
    return re.compile(rf"\b(?:{forms})\s+that\b|\b(?:{bare})\s+(?!(?:{particles})\b)[A-Za-z]")


def may_report_that(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a verb of ``that_verbs.tsv`` before "that"? One regular-expression
    search (lower case, as the shape reads only lower-case forms), so that the shape reads only the
    articles and sentences where it may find something."""
    return _sentence_re().search(text, start, len(text) if end is None else end) is not None


def negated_before(lw: list[str], i: int) -> bool:
    """Is the verb at ``i`` negated by one of the ``MAX_VERB_LEAD`` words before it ("has not determined",
    "never assumed", "didn't recognise")? A denied finding is no report of one.

    >>> negated_before(["it", "has", "not", "determined"], 3)
    True
    >>> negated_before(["it", "has", "determined"], 2)
    False
    """
    for k in range(max(0, i - MAX_VERB_LEAD), i):
        w = lw[k]
        if w in negators() or w.replace("’", "'").endswith("n't"):
            return True
    return False


def clause_after(ctx: Context, s: Sentence, k: int) -> bool:
    """Can token ``k``, right after "that", open the reported clause? After a verb "that" is a conjunction
    unless it is a demonstrative ("ruled that out", "assumed that was ..."): a word that opens a clause
    with its own subject (``clause_noun.opens_clause``: a pronoun, a determiner, a capital, a number) or a
    plain lower-case word followed by another word ("hinted that taxes could rise"), neither of them an
    auxiliary or a preposition."""
    if opens_clause(ctx, s, k):
        return True
    t = ctx.t
    w = s.lw[k]
    if not w.isalpha() or w in t.verb_aux or w in t.head_stops or k + 1 >= s.end:
        return False
    return s.lw[k + 1].isalpha() and s.lw[k + 1] not in t.head_stops


def belief_adjective(ctx: Context, s: Sentence, i: int) -> tuple[str, str] | None:
    """Rule ``belief_adjective`` (recall25): (lemma, cue class) of an adjective of belief or feeling at
    ``i`` after a form of "be" ("are concerned", "is also confident", "might be worried"; adverbs between
    skipped), which reports the clause after it as a belief; None otherwise ("a concerned parent", "the
    people concerned").

    Why: "Critics are concerned that C", "She is concerned too many children play C", "officials said they
    are confident they can C" are gold cues of the readable splits (BBC, Reuters, Zyte); the first two kinds
    (BBC) no shape read: the adjectives are in no verb list. The last is read as the statement's inner
    belief, and left to it (:func:`reported_subject`)."""
    w = s.lw[i]
    if w not in WORDS.belief_adjective:
        return None
    j = i - 1
    while (
        j > 0
        and i - j <= MAX_VERB_LEAD
        and (s.lw[j] in WORDS.degree_adverb or s.lw[j].endswith("ly") and s.tx[j] == s.lw[j])
    ):
        j -= 1  # "are increasingly concerned", "is very confident"
    return (w, "cognitive") if j > 0 and s.lw[j] in ctx.t.passive_aux else None


def reported_subject(ctx: Context, s: Sentence, k: int) -> bool:
    """Does the subject starting at token ``k`` open a clause reported by a cue right before it ("said they
    are confident", "said that they were hopeful")? Then a belief adjective after it is the statement's
    inner belief (``inner_reports.inner_belief``), not a report of its own."""
    j = k - 1
    if j >= 0 and s.lw[j] == "that":
        j -= 1
    return j >= 0 and s.lw[j] in ctx.t.cue_forms


#: The most words of the subject of a clause reported without "that" after a verb of ruling.
MAX_BARE_SUBJECT = 4


def bare_ruling(ctx: Context, s: Sentence, i: int) -> bool:
    """Rule ``bare_ruling`` (recall25): does a clause without "that" follow the verb of ruling at ``i``
    (``bare_that_verb``: "ruled the ban violated the constitution", "ruled Evers lacked authority")? A subject
    of one to :data:`MAX_BARE_SUBJECT` words (a determiner, a capitalised word or a plain word first; no
    preposition, pronoun object or punctuation) and then an auxiliary or a lower-case verb in "-ed".
    "ruled out a retrial", "ruled on the appeal", "ruled the country for a decade" and the passive "was
    ruled to have started" are no clauses.

    Why: five gold "ruled" cues of the readable splits (BBC, Wikinews) report a clause without "that", and
    the shape read only "ruled that C"."""
    t = ctx.t
    if (s.lw[i] not in WORDS.bare_that_verb and s.lw[i] not in WORDS.belief_adjective) or i + 2 >= s.end:
        return False
    first = s.lw[i + 1]
    if first in WORDS.ruling_particle or first in t.head_stops or first in t.object_pronouns:
        return False
    if (s.lw[i - 1] in t.passive_aux and s.lw[i] in WORDS.bare_that_verb) or first in WORDS.infinitive_lead:
        return False  # "was ruled to have started": a passive, no ruling reported
    for j in range(i + 2, min(s.end, i + 2 + MAX_BARE_SUBJECT)):
        x = s.lw[j]
        if x in t.verb_aux or x in t.passive_aux or (x.endswith("ed") and s.tx[j] == x and x.isalpha()):
            return s.lw[j - 1] not in WORDS.relative_pronoun
        if not x.replace("-", "").replace("'", "").replace("’", "").isalnum() or x in t.head_stops:
            return False
    return False


def aside_end(ctx: Context, s: Sentence, c: int, e: int) -> int:
    """Where a content ``[c, e)`` inside a relative clause set off by commas ends: at its first comma
    outside quotation marks (the sentence's own predicate follows), else ``e``."""
    for k in range(c + 1, e):
        if s.tx[k] == "," and not in_quotation(ctx.quotes, s.toks[k].start):
            return k
    return e


def that_verb(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at verb ``i`` of ``that_verbs.tsv`` before "that" and a clause: the cue is the verb,
    the source the noun phrase on its left (auxiliaries and adverbs skipped) or a relative pronoun ("which
    discovered that C"), the content the "that"-clause to the end of its clause."""
    w = s.lw[i]
    entry = that_verbs().get(w) or belief_adjective(ctx, s, i)
    if entry is None or s.tx[i] != w or i == 0 or i + 2 >= s.end:
        return None
    if s.lw[i + 1] != "that" and not bare_ruling(ctx, s, i):
        return None
    if in_quotation(ctx.quotes, s.toks[i].start):
        return None
    if s.lw[i + 1] == "that" and not clause_after(ctx, s, i + 2):
        return None
    if negated_before(s.lw, i):
        return None
    j = ctx.before_adverbs(s, i)
    relative = j >= 0 and s.lw[j] in WORDS.relative_pronoun and s.lw[j] != "that"
    if relative:
        source: Span | None = s.span_of(j, j + 1)  # "the agency, which discovered that C"
    else:
        np = ctx.left_np(s, i)
        if np is None:
            return None  # "after determining that C", "safe to assume that": no subject of its own
        if w in WORDS.belief_adjective and reported_subject(ctx, s, np[0]):
            return None  # "officials said they are confident C": rule inner_belief reads it in the statement
        source = s.span_of(*np)
    c = i + 1
    e = occasion_end(ctx, s, c, content_end(ctx, s, c))
    if relative and j > 0 and s.tx[j - 1] == ",":
        e = aside_end(ctx, s, c, e)  # "The agency, which discovered that C, called the police"
    content, qs = content_spans(ctx, s, c, e)
    if not content or source is None:
        return None
    lemma, cls = entry
    cue = Span(s.toks[i].start, s.toks[i].end)
    return Raw(cue, source, content, lemma, cls, s.index, quotes=qs, rule=RULE)
