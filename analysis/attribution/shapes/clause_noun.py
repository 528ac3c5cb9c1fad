"""A noun of speech or belief before its "that"-clause, which the news guideline labels: ``Lee's
announcement that C``, ``amid fresh claims that C``.

Rule id: ``clause_noun`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The exit came after Lee's announcement that his wife had been taken to hospital.
    The vote took place amid fresh allegations that the count had been rigged.
    There were suggestions that the mayor would resign.
    The allegations that were made last year have been withdrawn. (a relative "that": nothing found)
    The union claims that the deal is unfair. (a verb, read by subject_verb: nothing found here)
    The court ruled on Monday, finding that the law was void. (a participle: the court's; participle_noun)

Why: the readable news splits hold such nouns before a clause on pages of many publishers (BBC, Reuters,
Zyte and Fundus pages: "announcement that" 3 of 3 labelled, "claims that" 7 of 7, "fears that" 6 of 8), and
the analyzer missed most of them: the pairs of ``noun_cues.tsv`` are those PolNeAR's annotators label at
40% or more, and the tagger, trained on PolNeAR, drops many of the rest. Like ``belief_passive`` the shape
is read after the tagger (``order.AFTER_TAGGER``), so the tagger's training input and weights stay as
they were; it adds an attribution only where the rules and the tagger kept none with that cue. The
source is the possessor ("Lee's", "his") or none ("there were suggestions that C" names nobody). Words:
``clause_nouns.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...lexicons import load
from ...model import Span
from ..boundaries import content_end, content_spans, occasion_end
from ..prefilter import match_starts
from ..rule_base import Raw, Sentence, before_clitic, in_quotation, is_cap
from ..rule_words import WORDS
from .context import Context

RULE = "clause_noun"
#: Rule id of the source of a participle read as a noun of ``clause_nouns.tsv`` (:func:`participle_subject`).
PARTICIPLE_NOUN = "participle_noun"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The exit came after Lee's announcement that his wife had been taken to hospital.",
    "The vote took place amid fresh allegations that the count had been rigged.",
    "There were suggestions that the mayor would resign.",
    "The allegations that were made last year have been withdrawn.",
    "The union claims that the deal is unfair.",
)
#: The most words between a possessor and its noun ("Mr. Lee's Oct. 11 announcement").
MAX_POSSESSED_LEAD = 4
#: The most modifiers between a determiner or preposition and a noun that is also a verb ("fresh claims").
MAX_MODIFIERS = 2


@dataclass(frozen=True)
class ClauseNouns:
    """The classes of ``clause_nouns.tsv``."""

    noun: dict[str, str]  # noun -> cue class
    verb_form: frozenset[str]  # nouns whose form is also a finite verb ("claims")
    lead: frozenset[str]
    modifier: frozenset[str]


@cache
def clause_nouns() -> ClauseNouns:
    """The classes of ``analysis/data/attribution/clause_nouns.tsv``."""
    rows = load("attribution/clause_nouns.tsv").rows()
    return ClauseNouns(
        noun={r[1]: r[2] for r in rows if r[0] == "noun"},
        verb_form=frozenset(r[1] for r in rows if r[0] == "noun" and r[3].endswith("verb")),
        lead=frozenset(r[1] for r in rows if r[0] == "lead"),
        modifier=frozenset(r[1] for r in rows if r[0] == "modifier"),
    )


@cache
def _noun_re() -> re.Pattern[str]:
    nouns = "|".join(sorted(clause_nouns().noun, key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\s+that\b", re.IGNORECASE)


def name_clause_pattern() -> re.Pattern[str]:
    """The pattern :func:`may_name_clause` searches (for :class:`prefilter.MatchStarts`)."""
    return _noun_re()


#: A run of spaces, then "that": every match of :func:`name_clause_pattern` holds one right after its noun.
_THAT = re.compile(r"\s+that\b", re.IGNORECASE)


@cache
def _noun_lengths() -> tuple[int, ...] | None:
    """The lengths of the nouns of ``clause_nouns.tsv``; None if a noun holds anything but letters."""
    nouns = clause_nouns().noun
    return tuple(sorted({len(n) for n in nouns})) if all(n.isalpha() for n in nouns) else None


def name_clause_starts(text: str) -> list[int]:
    """Every position where :func:`name_clause_pattern` matches in ``text`` (``prefilter.match_starts``),
    found from the runs of spaces before a "that": a noun of letters (case-folded, still no space) ends
    right where such a run starts, so its match starts there minus its length. ``_THAT.finditer`` finds
    every such run from its first space (a match ends at "that", before the next run). Five times faster
    than trying the alternation of nouns at every character; a noun with another character than letters
    falls back to that. The same list as ``prefilter.anchored_starts`` with every noun length (checked on
    BBC, the development articles, a Reuters sample and 100,000 random texts), with one try per "that"."""
    lengths = _noun_lengths()
    if lengths is None:
        return match_starts(_noun_re(), text)
    # the match's "\b" and letters make its noun the whole run of word characters (``\w``: ``isalnum`` or
    # "_", on every code point) that ends where the spaces start: only that run's start is tried, not each
    # length's (ten tries per "that"; "He said that " * 7,700 spent 2% of its time there)
    pattern, most, out = _noun_re(), lengths[-1], []
    for m in _THAT.finditer(text):
        h = m.start()
        i = h
        while i > 0 and h - i <= most and (text[i - 1].isalnum() or text[i - 1] == "_"):
            i -= 1
        if h - i in lengths and pattern.match(text, i) is not None:
            out.append(i)
    return out


def may_name_clause(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a noun of ``clause_nouns.tsv`` before "that"? One regular-expression
    search, so that the shape reads only the articles and sentences where it may find something."""
    return _noun_re().search(text, start, len(text) if end is None else end) is not None


def opens_clause(ctx: Context, s: Sentence, k: int) -> bool:
    """Can token ``k``, right after "that", open a clause with its own subject (a pronoun, a determiner, a
    quantifier, a capitalised word or a number), so that "that" is a conjunction and no relative pronoun
    ("the claims that were made")?"""
    if k >= s.end:
        return False
    w = before_clitic(s.lw[k])
    t = ctx.t
    return (
        w in t.subject_pronouns
        or w in t.determiner
        or w in WORDS.clause_start
        or w in t.quantifiers
        or (is_cap(s.tx[k]) and w not in t.verb_aux)
        or w[:1].isdigit()
    )


def noun_reading(lw: list[str], i: int, t_determiner: frozenset[str], words: ClauseNouns) -> bool:
    """Is ``lw[i]``, a form that is also a finite verb ("claims", "fears"), a noun here? Only after a
    determiner or possessive ("the claims", "his fears"), a possessor ("Lee's claims"), a preposition of
    class ``lead`` ("amid claims") or a modifier of that class after one of them ("amid fresh claims"); never
    after a name or a pronoun ("he claims", "Officials fear").

    >>> w = clause_nouns()
    >>> noun_reading(["amid", "fresh", "claims"], 2, frozenset({"the"}), w)
    True
    >>> noun_reading(["the", "union", "claims"], 2, frozenset({"the"}), w)
    False
    """
    j = i - 1
    while j >= 0 and i - j <= MAX_MODIFIERS and lw[j] in words.modifier:
        j -= 1
    if j < 0:
        return False
    w = lw[j]
    if w == "to" and not lw[i].endswith("s"):
        return False  # "to claim that C": a verb after "to"; "in response to claims that C" stays a noun
    return w in t_determiner or w in words.lead or w.endswith(("'s", "’s"))


def possessor(ctx: Context, s: Sentence, i: int) -> Span | None:
    """The possessor of the noun at ``i``: a possessive pronoun ("his announcement") or a noun phrase
    ending in "'s" ("Mr. Lee's Oct. 11 announcement", "Schiff's own doubling-down admission"), with at
    most ``MAX_POSSESSED_LEAD`` words between, none of them a preposition, an auxiliary or a cue word;
    None when there is none ("its tanks despite concerns that C": no possessor of "concerns"). The noun
    phrase starts after the last preposition before it ("in light of Van Der Beek's announcement": "Van
    Der Beek's")."""
    t = ctx.t
    words = clause_nouns()
    for j in range(i - 1, max(-1, i - 2 - MAX_POSSESSED_LEAD), -1):
        w = s.lw[j]
        if w in t.possessives:
            return s.span_of(j, j + 1)
        if w.endswith(("'s", "’s")):
            lo = j
            while lo > 0 and j - lo < MAX_POSSESSED_LEAD and (
                is_cap(s.tx[lo - 1]) or (s.lw[lo - 1] in WORDS.name_particle and lo - 1 > 0)
            ):
                lo -= 1  # "Van Der Beek's", "Mr. Lee's", "Bank of Montreal's": the name's words
            while lo < j and s.lw[lo] in WORDS.name_particle:
                lo += 1  # "light of Van Der Beek's": "of" opens no name
            if lo == j and not is_cap(s.tx[j]):
                np = ctx.left_np(s, j + 1)  # "the company's": the noun phrase with its determiner
                return s.span_of(*np) if np is not None else None
            return s.span_of(lo, j + 1)
        if (
            w in t.determiner
            or w in t.head_stops
            or w in words.lead
            or w in t.verb_aux
            or w in t.cue_forms
            or not w.replace(".", "").replace("-", "").isalnum()
        ):
            return None  # "despite concerns that": no possessor (and none further left, "its M1 tanks")
    return None


def fronted_end(lw: list[str], i: int, c: int, e: int, words: ClauseNouns) -> int:
    """Where the content ``[c, e)`` of the noun at ``i`` ends when the noun stands in a phrase that opens
    the sentence ("Despite Lee's announcement that C, talks stalled"): at the first comma after ``c``, which
    closes that phrase; else ``e``. The sentence opens with a preposition of class ``lead`` (or "despite")
    and no comma stands before the noun.

    >>> fronted_end(["despite", "claims", "that", "it", "failed", ",", "we", "won"], 1, 2, 8, clause_nouns())
    5
    >>> fronted_end(["we", "won", "despite", "claims", "that", "it", "failed", ","], 3, 4, 8, clause_nouns())
    8
    """
    if lw[0] not in words.lead or "," in lw[:i]:
        return e
    for k in range(c, e):
        if lw[k] == ",":
            return k
    return e


def clause_noun(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The attribution at noun ``i`` of ``clause_nouns.tsv`` before "that" and a clause: the cue is the
    noun, the content the "that"-clause to the end of its clause, the source the possessor or none."""
    words = clause_nouns()
    w = s.lw[i]
    cls = words.noun.get(w)
    if cls is None or s.tx[i] != w or i + 2 >= s.end or s.lw[i + 1] != "that":
        return None
    if in_quotation(ctx.quotes, s.toks[i].start) or not opens_clause(ctx, s, i + 2):
        return None
    if w in words.verb_form and not noun_reading(s.lw, i, ctx.t.determiner, words):
        return None
    c = i + 1
    e = occasion_end(ctx, s, c, content_end(ctx, s, c))
    e = fronted_end(s.lw, i, c, e, words)
    content, qs = content_spans(ctx, s, c, e)
    if not content:
        return None
    source, inherited = possessor(ctx, s, i), False
    if source is None:
        source = participle_subject(ctx, s, i)
        inherited = source is not None
    raw = Raw(Span(s.toks[i].start, s.toks[i].end), source, content, w, cls, s.index, quotes=qs, rule=RULE,
              inherited=inherited)
    if inherited:
        raw.source_by = f"{RULE}+{PARTICIPLE_NOUN}"
    return raw


def participle_subject(ctx: Context, s: Sentence, i: int) -> Span | None:
    """Rule ``participle_noun``: "The court ruled on Monday, finding that the law was void": an "-ing" form of
    ``clause_nouns.tsv`` right after a comma is a participle whose source is the sentence's subject (as the
    verb shapes read "..., saying that C"); it was credited to nobody (session 19's fact-check of
    wikinews-2019-115). None when no subject is found."""
    if not s.lw[i].endswith("ing") or i < 2 or s.tx[i - 1] != ",":
        return None
    np = ctx.subject(s, i - 1)
    return s.span_of(*np) if np is not None else None
