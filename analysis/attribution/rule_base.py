"""What every attribution rule shares: the raw attribution, a sentence's tokens, and the rules' state.

Constants here are the limits and the punctuation classes the rules use; their word classes live in
``analysis/data/attribution`` (``rule_words.tsv``, read by ``rule_words.py``, and the cue tables).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..model import Article, Span, Token
from ..tokens import match_form
from .lexicon import Tables, document_cue_at, tables
from .quotes import Quote

CLOSE_QUOTE_TOKENS = frozenset({"”", "»", '"', "'", "’"})
OPEN_QUOTE_TOKENS = frozenset({"“", "«", "„", '"', "'", "‘"})
END_PUNCT = frozenset({".", "!", "?", "…"})
TRIM_PUNCT = frozenset({".", ",", ";", ":", "—", "–", "-", "…"})
HARD_PUNCT = frozenset({",", ";", ":", "(", ")", "[", "]", "—", "–", ".", "!", "?", "…"})
MAX_SOURCE_WORDS = 12
MAX_COLON_SOURCE = 6
#: Tokens from a comma to a cue of a clause of its own (", and more than 4 in 10 said")
MAX_CLAUSE_TO_CUE = 8
#: Tokens between "and" and a cue that makes them a coordinated clause of its own ("and he also said")
MAX_COORD_GAP = 3
#: How far (in tokens) past the start of a content the rules look for where it ends. Real sentences are
#: far shorter (the longest in PolNeAR train and 295 Wikinews articles: see benchmarks/bench_scaling.py);
#: the bound keeps a run-on "sentence" of 100,000 characters linear instead of quadratic. A content with
#: no cut inside the window still runs to its sentence end.
MAX_CONTENT_SCAN = 400
#: A party-and-state label after a politician's name ("R-Ky.", "D-N.Y.", "I-Vt.", "R-NY").
PARTY_LABEL_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,6}")
DASHES = frozenset({"-", "–", "—"})
#: Marks that close an appositive or a parenthesis before a cue ("X, a group ..., said").
CLOSERS = frozenset({",", "—", "–"})
#: Tokens of a final occasion phrase after the content ("at a rally in Iowa on Monday")
MAX_OCCASION = 8
#: Tokens of an adverbial clause that opens the content ("that if the plan failed, ...")
MAX_FRONTED = 15
#: Tokens of a subject before an aside inside the content, and of the aside ("the minister, a ..., would")
MAX_ASIDE_SUBJECT = 6
MAX_ASIDE = 12
#: Tokens from the preposition to the occasion noun ("at [a Florida rally]")
OCCASION_HEAD = 3


@dataclass
class Raw:
    """An attribution as the rules found it, before its source is typed and resolved."""

    cue: Span | None
    source: Span | None
    content: list[Span]
    lemma: str
    cue_class: str
    sentence: int
    addressee: Span | None = None
    role: Span | None = None  # an appositive after the name (", the secretary-general of NATO,")
    inherited: bool = False  # source taken from the sentence subject (participle, coordination)
    quotes: list[Quote] = field(default_factory=list)
    span: Span | None = None  # the span the rules read, when it is more than one sentence
    rule: str = ""  # id of the shape that found it (see extract.RULE_IDS), or "model"
    # who decided each part: "" for the rule above, "model" when the tagger changed it (refine.py) ...
    cue_by: str = ""
    source_by: str = ""
    content_by: str = ""
    conf: dict[str, float] = field(default_factory=dict)  # ... and the model's confidence in that part
    # a passive's whole subject when longer than a source may be (shapes/passive_clause.whole_subject);
    # the content takes it after the tagger (refine.take_whole_subject), so the rules' labels the tagger was
    # trained on stay as they were
    whole_subject: Span | None = None
    # found by a reading the tagger was never trained on (shapes/inversion.py, a statement around another
    # report): refine.rule_labels leaves it out, so the tagger's inputs stay those it was trained with
    unseen: bool = False


class Sentence:
    """A sentence's tokens with the lookups the rules need (lower-case text, quote membership)."""

    __slots__ = ("toks", "tx", "lw", "n", "text", "index", "span", "end", "title", "starts", "ends", "memo")

    def __init__(self, text: str, toks: list[Token], index: int, span: Span) -> None:
        self.memo: dict[str, object] = {}  # per-sentence facts a rule computes once (see boundaries.py)
        self.toks = toks
        self.tx = [text[t.start : t.end] for t in toks]
        self.starts = [t.start for t in toks]
        self.ends = [t.end for t in toks]
        self.lw = list(map(str.lower, self.tx))
        self.text = text
        self.index = index
        self.span = span
        n = len(toks)
        while n > 0 and (self.tx[n - 1] in END_PUNCT):
            n -= 1
        self.end = n  # index after the last token that is not final punctuation
        self.n = len(toks)
        # a headline in title case ("Trump Says He Will Win"): capitals say nothing about names there
        words = [w for w in self.tx if w[:1].isalpha()]
        self.title = len(words) >= 4 and sum(1 for w in words if w[:1].isupper()) >= 0.8 * len(words)

    def span_of(self, a: int, b: int) -> Span | None:
        """Span of tokens ``[a, b)``, trimmed of punctuation at either end (quote marks are kept)."""
        while a < b and self.tx[a] in TRIM_PUNCT:
            a += 1
        while b > a and self.tx[b - 1] in TRIM_PUNCT:
            b -= 1
        if a >= b:
            return None
        return Span(self.toks[a].start, self.toks[b - 1].end)


# The quotations of an article are sorted and disjoint (quotes.scan_parts), so their starts and their ends
# are both in order and each lookup below is a binary search: rules ask these for every token, and a scan
# of every quotation each time made a long article quadratic.


def quote_ending_at(quotes: list[Quote], pos: int) -> Quote | None:
    i = bisect_left(quotes, pos, key=_end)
    return quotes[i] if i < len(quotes) and quotes[i].end == pos else None


def quote_starting_at(quotes: list[Quote], pos: int) -> Quote | None:
    i = bisect_left(quotes, pos, key=_start)
    return quotes[i] if i < len(quotes) and quotes[i].start == pos else None


def in_quotation(quotes: list[Quote], start: int) -> bool:
    i = bisect_left(quotes, start, key=_start) - 1  # the last quotation opening before ``start``
    return i >= 0 and start < quotes[i].end


def _start(q: Quote) -> int:
    return q.start


def _end(q: Quote) -> int:
    return q.end


def is_cap(w: str) -> bool:
    return w[:1].isupper()


def before_clitic(w: str) -> str:
    """The word a contraction is built on: "he's", "they’re" -> "he", "they" (one token each)."""
    return match_form(w).split("'")[0]


class RuleBase:
    """The article, its quotations and the word tables that every rule reads."""

    def __init__(self, article: Article, quotes: list[Quote]) -> None:
        self.article = article
        self.text = article.text
        self.quotes = quotes
        self.t: Tables = tables()


def document_before(t: Tables, s: Sentence, i: int) -> bool:
    """Whether token ``i`` is a document cue right after a document or an outlet
    (``lexicon.document_cue_at``): "its website notes", "the motion reads", "The Aviation Herald states",
    'Their statement also read "..."'."""
    return document_cue_at(s.tx, i)


def offsets_of(s: Sentence, a: int, b: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of tokens ``a`` to ``b`` (exclusive) of sentence ``s``."""
    return [(x.start, x.end) for x in s.toks[a:b]]


def dotted_name(tx: list[str], offsets: list[tuple[int, int]]) -> bool:
    """Rule ``dotted_name``: are three tokens ``tx`` (at ``offsets``, their ``(start, end)``) a word, a dot
    and a word written with no space ("Znak.com", "Amazon.com"), one name the tokenizer split at its dot? (A
    fact-check of unlabelled Wikinews text, session 12: "Znak.com claiming ..." had the source "com".)"""
    if len(offsets) != 3 or len(tx) != 3 or tx[1] != ".":
        return False
    (_, a1), (d0, d1), (b0, _) = offsets
    return a1 == d0 and d1 == b0 and tx[0][-1:].isalnum() and tx[2][:1].isalnum()
