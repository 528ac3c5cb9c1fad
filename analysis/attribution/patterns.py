"""The attribution rules: from a sentence's tokens, a cue, its source and its content.

Each rule is one of the shapes reported speech takes in news, tried in this order for every cue word
found outside quotation marks:

* ``according to X, C`` / ``C, according to X`` (and ``C1, according to X, C2``, two fragments);
* inversion, ``"C," X said`` / ``C, said X, a spokesman for Y`` — the cue is preceded by a comma or a
  closing quote mark and nothing but adjuncts ("on Monday", "in a statement") follows the source;
* subject-verb-content, ``X said (that) C`` / ``X told the AP (that) C`` (the addressee is skipped: it is
  the channel, not the source) / ``X said: "C"`` (colon lead-in);
* participles and coordinated verbs, ``..., arguing that C`` / ``... and said C``, whose source is the
  subject of the sentence; ``X was quoted as saying C``;
* shapes added from error analysis on PolNeAR train: the bare colon ``Trump: "C"``; ``(When) asked
  whether C``; ``X seems to C`` (content X and "to C", no source); cues whose content is only their object
  noun phrase (``talked about N``, frame "np" in ``polnear_cues.tsv``); attribution nouns ``his claim
  that C`` (``noun_cues.tsv``); passives with an agent ``C was reported by X``.

Content that opens with a quote mark and runs to the end of the clause is direct speech and takes the
whole quotation (which may cross sentences). Quotations that follow a direct attribution with nothing but
its own cue and source in between (``"A," he said. "B."``, or a next paragraph that is all quotation) are
added to it as further fragments. These rules follow the PolNeAR conventions: content includes "that",
excludes the final full stop of indirect speech, keeps quote marks of direct speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Article, Span, Token
from .lexicon import CueForm, Tables, tables
from .quotes import QUOTE_CHARS as QUOTE_MARK_CHARS
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
#: Pronouns that can only be a subject: after "told <addressee>" one starts the reported clause
_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "i", "we"})
#: Tokens between "and" and a cue that makes them a coordinated clause of its own ("and he also said")
MAX_COORD_GAP = 3
#: Cue classes that never stand after their content with the source behind them ("C, wants X").
_NO_INVERSION = frozenset({"cognitive", "stance", "intention", "evidential"})
#: Clause words that do not end an object noun phrase: "talked about jobs and taxes", "referred to him as
#: a friend" (PolNeAR train keeps the "as" complement in the content)
_NP_JOIN = frozenset({"that", "and", "or", "as"})
#: Determiners that stand alone as a source ("Another said", "One told me", "each said").
_PRONOUN_DETERMINERS = frozenset({"another", "one", "each"})
#: Words before a sentence-initial participle cue ("After arguing that C, X said ...").
_PARTICIPLE_LEAD = frozenset({"in", "after", "before", "while", "by", "since", "when", "but", "and"})
#: Words before a participle cue inside a sentence that make it an adjunct of the sentence's subject
#: ("..., by saying", "before adding that", "— saying"); "when" measured 0 on PolNeAR train.
_PARTICIPLE_ADJUNCT = frozenset({"by", "while", "as", "before", "after", "in", "—", "–"})
#: A party-and-state label after a politician's name ("R-Ky.", "D-N.Y.", "I-Vt.", "R-NY").
_PARTY_LABEL_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,6}")
_DASHES = frozenset({"-", "–", "—"})
#: Cue classes of beliefs, intentions, evidence and stance, which a statement may hold in its content
_BELIEF_CLASSES = frozenset({"cognitive", "intention", "evidential", "stance"})
#: Words after which a reporting verb's base form is a verb, not a noun ("to question", "will claim").
_INFINITIVE_LEAD = frozenset({"to", "will", "would", "could", "can", "may", "might", "should", "must", "did"})
#: Marks that close an appositive or a parenthesis before a cue ("X, a group ..., said").
_CLOSERS = frozenset({",", "—", "–"})
#: Nouns of a time phrase after a cue's addressee ("told the AP last week she ...").
_TIME_NOUNS = frozenset({"week", "month", "year", "night", "morning", "afternoon", "evening", "weekend"})
#: Tokens of a final occasion phrase after the content ("at a rally in Iowa on Monday")
_MAX_OCCASION = 8
#: Tokens of an adverbial clause that opens the content ("that if the plan failed, ...")
_MAX_FRONTED = 15
#: Tokens of a subject before an aside inside the content, and of the aside ("the minister, a ..., would")
_MAX_ASIDE_SUBJECT = 6
_MAX_ASIDE = 12
#: Tokens from the preposition to the occasion noun ("at [a Florida rally]")
_OCCASION_HEAD = 3
#: Finite auxiliaries besides the forms of "be": one after a cue's object means a clause follows it.
_FINITE = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must"})


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


class _Sent:
    """A sentence's tokens with the lookups the rules need (lower-case text, quote membership)."""

    __slots__ = ("toks", "tx", "lw", "n", "text", "index", "span", "end", "title")

    def __init__(self, text: str, toks: list[Token], index: int, span: Span) -> None:
        self.toks = toks
        self.tx = [text[t.start : t.end] for t in toks]
        self.lw = [w.lower() for w in self.tx]
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


def _quote_ending_at(quotes: list[Quote], pos: int) -> Quote | None:
    for q in quotes:
        if q.end == pos:
            return q
    return None


def _quote_starting_at(quotes: list[Quote], pos: int) -> Quote | None:
    for q in quotes:
        if q.start == pos:
            return q
    return None


def _inside(quotes: list[Quote], start: int) -> bool:
    for q in quotes:
        if q.start < start < q.end:
            return True
    return False


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


class Rules:
    """The rules over one article; :meth:`sentence` returns the raw attributions of one sentence."""

    def __init__(self, article: Article, quotes: list[Quote]) -> None:
        self.article = article
        self.text = article.text
        self.quotes = quotes
        self.t: Tables = tables()

    # ----- noun phrases -------------------------------------------------------------------------------
    def _left_np(self, s: _Sent, i: int, lo: int = 0) -> tuple[int, int] | None:
        """The noun phrase that ends just before token ``i`` (auxiliaries skipped): ``(start, end)``."""
        t = self.t
        j = self._before_adverbs(s, i, lo)
        if j < lo:
            return None
        end = j + 1
        w = s.lw[j]
        if w == ")":
            # "Sen. Mitch McConnell (R-Ky.) said": a party label in brackets belongs to the name, and
            # "Kasich (who has 25 delegates) said": a bracketed aside on the source is skipped
            o = j - 1
            while o > lo and j - o < 20 and s.tx[o] != "(":
                o -= 1
            if o > lo and s.tx[o] == "(" and _is_cap(s.tx[o - 1]):
                j = o - 1
                w = s.lw[j]
        if w in HARD_PUNCT or s.tx[j] in CLOSE_QUOTE_TOKENS or w in t.boundary:
            return None
        if w in t.head_stops or w in ("to", "by"):
            return None  # "he began by saying": a preposition ends no noun phrase
        if w in t.subject_pronouns:
            return j, end  # "names he said would be released": the pronoun alone is the source
        k = j
        while k - 1 >= lo:
            w = s.lw[k - 1]
            if w == "and" and k - 2 >= lo and s.lw[k - 2] in t.role_plural and s.lw[j] in t.role_plural:
                k -= 1  # "teachers and union officials told ...": two groups are one source
                continue
            if w in HARD_PUNCT or w in t.boundary:
                break
            if s.tx[k - 1] in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS and not self._possessive_mark(s, k - 1):
                break
            if w in t.aux and w not in ("first",):
                break
            k -= 1
        if end - k > MAX_SOURCE_WORDS:
            k = end - MAX_SOURCE_WORDS
        return k, end

    def _appositive_np(self, s: _Sent, i: int) -> tuple[int, int, int, int] | None:
        """``Name, the role of X,`` before token ``i`` (the comma at ``i - 1``): name and role ranges.

        The role may itself hold a comma ("Mike Shields, president of the CLF, a super PAC, said").
        """
        if i - 1 < 0 or s.tx[i - 1] != ",":
            return None
        label = self._party_label(s, i - 1)
        if label is not None:
            name = self._left_np(s, label)
            if name is not None and _is_cap(s.tx[name[0]]):
                return name[0], name[1], label + 1, i - 1
        role_b = i - 1
        k = i - 1
        for _ in range(3):
            k -= 1
            while (
                k >= 0
                and s.tx[k] not in HARD_PUNCT
                and s.tx[k] not in OPEN_QUOTE_TOKENS
                and s.tx[k] not in CLOSE_QUOTE_TOKENS
            ):
                k -= 1
            if k < 1 or s.tx[k] != ",":
                return None
            role_a = k + 1
            if role_b - role_a == 1 and _is_cap(s.tx[role_a]) and not s.tx[role_a].isupper():
                continue  # "in Columbus, Ohio,": a place after a comma belongs to the segment before it
            if role_b - role_a < 1 or (role_b - role_a == 1 and not s.tx[role_a][:1].isdigit()):
                return None
            # "X, who was governor when Y was mayor, said": a relative clause may hold verbs of its own;
            # "X, speaking to Iowans, said" / "X, during a town hall, said": an adverbial, not a role
            relative = any(w in ("who", "whose") for w in s.lw[role_a:role_b]) or self._adverbial_start(
                s, role_a
            )
            if not relative and any(
                x in self.t.cue_forms or x in self.t.passive_aux for x in s.lw[role_a:role_b]
            ):
                return None
            if (
                role_b - role_a > (30 if relative else 16)
                or s.lw[role_a] in ("which",)
                or (s.lw[role_a] in self.t.interjection)
            ):
                return None
            name = self._left_np(s, k)
            if name is None:
                return None
            if (
                (_is_cap(s.tx[name[0]]) or s.lw[name[0]] in self.t.determiner)
                # "A nurse at one of the largest hospitals, who ..., said": a described person may be longer
                and name[1] - name[0] <= (10 if s.lw[name[0]] in self.t.determiner else 7)
                # "Its chief forecaster, Helen Marsh, told": a possessive before a noun is no pronoun source
                and (s.lw[name[0]] not in self.t.pronouns or name[1] - name[0] > 1)
                and not (name[0] > 0 and s.tx[name[0] - 1] == "," and name[1] - name[0] == 1 and False)
            ):
                return name[0], name[1], role_a, role_b
        return None

    def _party_label(self, s: _Sent, c: int) -> int | None:
        """'Sen. Ann Lee, D-N.Y., said': the comma before a party-and-state label that ends at comma ``c``.

        The label is too short for a role and its dots split it into tokens; it belongs to the name.
        """
        for k in range(c - 1, max(-1, c - 5), -1):
            if s.tx[k] == ",":
                label = self.text[s.toks[k + 1].start : s.toks[c - 1].end] if k + 1 < c else ""
                return k if _PARTY_LABEL_RE.fullmatch(label) else None
        return None

    def _adverbial_start(self, s: _Sent, k: int) -> bool:
        """Does token ``k`` open an adverbial ("during a town hall", "speaking to Iowans")?"""
        w = s.lw[k]
        if w in self.t.boundary:  # "who", "which", "that": a relative clause, part of the role
            return False
        return (w in self.t.adjunct or w in self.t.head_stops or w.endswith("ing")) and s.tx[k] == w

    def _right_np(self, s: _Sent, i: int) -> tuple[int, int, tuple[int, int] | None] | None:
        """The noun phrase after token ``i`` (inversion "said X, a spokesman for Y"): name and role."""
        t = self.t
        a = i + 1
        if a >= s.end:
            return None
        b = a
        while b < s.end:
            w = s.lw[b]
            if w == "and" and b > a and s.lw[b - 1] in t.role_singular and _is_cap(s.tx[min(b + 1, s.n - 1)]):
                b += 1  # "said lobbyist and GOP strategist Charlie Black": two roles of one person
                continue
            if w in HARD_PUNCT or s.tx[b] in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS or w in t.boundary:
                break
            if b > a and (w in t.passive_aux or w in _FINITE):
                return None  # "C, said Clinton's response was ...": a clause after the cue, no inversion
            if (
                b > a
                and (w in t.adjunct and w not in ("by", "from", "with", "to") or w in t.time)
                and not _is_cap(s.tx[b])
            ):
                break
            b += 1
        if b == a or b - a > MAX_SOURCE_WORDS:
            return None
        first = s.tx[a]
        if s.lw[a].replace("’", "'").split("'")[0] in t.pronouns and s.lw[a] not in t.pronouns:
            return None  # "said he's with ...": a contracted pronoun opens a clause
        if s.lw[a] in t.pronouns:
            if b - a > 1:
                return None  # "said he decided ...": a pronoun is a whole source, what follows is a clause
        elif not (
            _is_cap(first)
            or s.lw[a] in t.determiner
            or s.lw[a] in t.role_singular
            or s.lw[a] in t.role_plural
            # "said former Obama adviser David Axelrod": lower-case modifiers before a name or a role
            or any(
                _is_cap(s.tx[k]) or s.lw[k] in t.role_singular or s.lw[k] in t.role_plural
                for k in range(a + 1, b)
            )
        ):
            return None
        if b < s.end and s.lw[b] in ("who", "whose") and s.lw[a] not in t.pronouns:
            # "said a data expert who has worked for a rival": the relative clause belongs to the source
            d = b
            while d < s.end and s.tx[d] not in (",", ";", "(", ")", "—", "–"):
                if s.tx[d] in OPEN_QUOTE_TOKENS:
                    d2 = self._quoted_in_relative(s, b, d)
                    if d2 is None:
                        break
                    d = d2
                    continue
                d += 1
            if d - b <= 20 or s.tx[d - 1] in CLOSE_QUOTE_TOKENS:
                return a, d, (b, d)
        role = None
        if b < s.end and s.tx[b] == "," and b + 1 < s.end:
            c = b + 1
            if (
                s.lw[c] in t.determiner
                or s.lw[c] in t.role_singular
                or s.lw[c] in ("who", "whose")
                or s.tx[c][:1].isdigit()  # "said Sara Walker, 44, a home-care aide"
                or (c + 1 < s.end and s.lw[c + 1] == "of" and not _is_cap(s.tx[c]))  # ", co-director of"
            ):
                # the appositive runs on through a relative clause to the end of the sentence
                d = c
                while d < s.end and s.tx[d] not in (";", "(", ")", "—", "–"):
                    if s.tx[d] in OPEN_QUOTE_TOKENS:
                        # "the author of "Winning Big," a book": a short title in quotes stays in the role
                        d2 = self._title_end(s, d) or self._quoted_in_relative(s, c, d)
                        if d2 is None:
                            break
                        d = d2
                        continue
                    if (
                        s.tx[d] == ","
                        and d + 1 < s.end
                        and (
                            s.tx[d + 1] in OPEN_QUOTE_TOKENS
                            or s.lw[d + 1].endswith("ing")
                            and s.lw[d + 1] in t.cue_forms
                            # "C1, said X, an expert, would see C2": the sentence goes on after the role
                            or s.lw[d + 1] in _FINITE
                            or s.lw[d + 1] in t.passive_aux
                        )
                    ):
                        break
                    d += 1
                role = (c, d)
        return a, b, role

    def _quoted_in_relative(self, s: _Sent, c: int, d: int) -> int | None:
        """'"C," said Ann Lee, who thinks the mayor "needs to listen": the quotation at ``d`` is inside
        the source's relative clause (opened at ``c`` by "who"), so the clause, and with it the source,
        runs on to the quotation's end; the token after the quotation, or ``s.end``. ``None`` otherwise.

        Without this the quotation looked like content after the inverted cue, and the cue's own
        quotation before it was lost.
        """
        if "who" not in s.lw[c:d] or s.tx[d - 1] in (",", ":"):
            return None
        q = _quote_starting_at(self.quotes, s.toks[d].start)
        if q is None:
            return d + 1  # "a 'Make America Great Again' hat": single marks the scanner took for no quotation
        if not q.closed:
            return None
        k = d + 1
        while k < s.end and s.toks[k].start < q.end:
            k += 1
        return k

    def _title_end(self, s: _Sent, d: int) -> int | None:
        """Token after a short closed quotation at ``d`` that more words follow (a title); else None."""
        q = _quote_starting_at(self.quotes, s.toks[d].start)
        if q is None or not q.closed or q.end - q.start > 60:
            return None
        k = d + 1
        while k < s.end and s.toks[k].start < q.end:
            k += 1
        return k if k < s.end else None

    def _subject(self, s: _Sent, before: int) -> tuple[int, int] | None:
        """The sentence's subject, for participle and coordinated cues ("..., arguing that ...")."""
        t = self.t
        a = 0
        # skip a leading adverbial ("On Monday, ...") up to its comma
        for k in range(min(before, 8)):
            if s.tx[k] == ",":
                if (
                    s.lw[0] in t.adjunct
                    or s.lw[0] in t.time
                    or s.lw[0] in t.boundary
                    or s.tx[0][:1].isdigit()
                ):
                    a = k + 1
                break
        while a < before and (s.tx[a] in OPEN_QUOTE_TOKENS or s.lw[a] in ("but", "and", "so")):
            a += 1
        b = a
        while b < before and b - a < 9:
            w, x = s.lw[b], s.tx[b]
            # "15-year-old" is three tokens here: a hyphen with no space either side joins them
            joined = 0 < b < s.n - 1 and s.toks[b - 1].end == s.toks[b].start
            joined = joined and (
                x in ("-", "–") and s.toks[b].end == s.toks[b + 1].start or s.tx[b - 1] == "-"
            )
            if w in HARD_PUNCT and not joined and not (x == "," and self._is_appositive_comma(s, b, before)):
                break
            if (
                b > a
                and not joined
                and not (
                    _is_cap(x)
                    or w in t.determiner
                    or w in t.role_singular
                    or w in t.role_plural
                    or w in ("of", "for", "and", "at", "'s", "’s")
                    or x[:1].isdigit()
                    # "The report ... and said", "Environmental groups welcomed ... but said": a head noun
                    or self._head_noun(w)
                    or (b + 1 < before and w.isalpha() and self._head_noun(s.lw[b + 1]))
                    or self._possessive_mark(s, b)
                )
            ):
                break
            if w in t.cue_forms or w in t.aux:
                break
            b += 1
        if b == a:
            return None
        return a, b

    def _long_subject(self, s: _Sent, i: int) -> tuple[int, int] | None:
        """``X, a group that has sued the city over its rules, said C``: a subject too long for a role.

        When a comma (or a dash: "X — and Y — said") stands before cue ``i`` (auxiliaries aside) and no
        shorter source was found, the subject is the sentence up to it: its head opens the sentence,
        capitalised, and an earlier comma (dash) opens the appositive or relative clause that it closes.
        """
        c = self._before_adverbs(s, i) if i > 1 and s.tx[i - 1] not in _CLOSERS else i - 1
        if c < 2 or s.tx[c] not in _CLOSERS:
            return None
        a = 0
        while a < c and (s.tx[a] in OPEN_QUOTE_TOKENS or s.lw[a] in ("but", "and", "yet", "so")):
            a += 1
        if a >= c or not _is_cap(s.tx[a]) or s.lw[a] in self.t.adjunct or s.lw[a] in self.t.boundary:
            return None
        if c - a > 45 or any(
            (x in CLOSE_QUOTE_TOKENS and not self._possessive_mark(s, k)) or x in (";", ":", ".", "?", "!")
            for k, x in enumerate(s.tx[a:c], a)
        ):
            return None
        if s.tx[c] not in s.tx[a + 1 : c]:
            return None  # "The boxer, known as ...": no appositive opened, so no subject closed by the comma
        return a, c

    def _is_appositive_comma(self, s: _Sent, b: int, before: int) -> bool:
        return False

    def _head_noun(self, w: str) -> bool:
        """Is ``w`` a listed noun that can head a source ("report", "company", "groups", "teachers")?"""
        t = self.t
        return (
            w in t.role_singular
            or w in t.role_plural
            or w in t.org_words
            or w in t.attribution_nouns
            or (w.endswith("s") and w[:-1] in t.org_words)
        )

    def _possessive_mark(self, s: _Sent, k: int) -> bool:
        """Is token ``k`` the apostrophe of a plural possessive ("the builders' federation"), not a quote?"""
        x = s.tx[k]
        return (
            x in ("'", "’")
            and 0 < k < s.n - 1
            and s.lw[k - 1].endswith("s")
            and s.toks[k - 1].end == s.toks[k].start
            and s.toks[k].end < s.toks[k + 1].start
            and s.tx[k + 1][:1].isalpha()
            and _quote_ending_at(self.quotes, s.toks[k].end) is None
            and _quote_starting_at(self.quotes, s.toks[k].start) is None
        )

    # ----- content ------------------------------------------------------------------------------------
    def _content_end(self, s: _Sent, a: int) -> int:
        """Where content starting at token ``a`` ends: the clause end, cut before a new attribution.

        Cut before ", arguing"/", according to" and before a contrast (", while", ", although") or a
        coordinated clause that has its own cue ("..., and three-quarters said ...", "... and said ...").
        """
        t = self.t
        later_cue = [
            k
            for k in range(a + 1, s.end)
            if s.lw[k] in t.cue_forms and s.tx[k] == s.lw[k] and not _inside(self.quotes, s.toks[k].start)
        ]
        # "argued that, while C1, C2": an adverbial right after "that" is inside the content
        first = a + 2 if a < s.n and s.lw[a] == "that" else a + 1
        first = self._fronted_adverbial_end(s, a, first)
        first = self._subject_aside_end(s, a, first)
        aside_ends: set[int] = set()  # dashes that close an aside ("the plan — a costly one — failed")
        for k in range(first, s.end - 1):
            x = s.tx[k]
            w = s.lw[k + 1]
            # '... this cycle," while others ...': a quotation that ends in a comma inside its marks ends
            # the clause as a comma would; the content keeps the closing mark
            quote_comma = (
                x in CLOSE_QUOTE_TOKENS
                and s.tx[k - 1] == ","
                and _quote_ending_at(self.quotes, s.toks[k].end) is not None
            )
            if x == "," or quote_comma:
                cut = k + 1 if quote_comma else k
                outside = not _inside(self.quotes, s.toks[k].end if quote_comma else s.toks[k].start)
                if w == "according" and k + 2 < s.n and s.lw[k + 2] == "to" and outside:
                    return cut
                if w.endswith("ing") and w in t.cue_forms and outside:
                    return cut
                if w in t.contrast and outside and not (w == "which" and self._embedded_relative(s, k)):
                    return cut
                if outside and x == "," and self._clause_with_cue(s, k, later_cue):
                    return cut
                if outside and x == "," and self._final_appositive(s, k):
                    return cut
                if (
                    w in ("and", "but")
                    and k + 2 < s.end
                    and s.lw[k + 2] != "that"
                    and (s.lw[k + 2] in t.pronouns or _is_cap(s.tx[k + 2]) or s.lw[k + 2] in t.determiner)
                    and outside
                    and not self._in_list(s, a, k)
                ):
                    return cut
            if x == ";" and not _inside(self.quotes, s.toks[k].start):
                return k
            if x in ("—", "–") and not _inside(self.quotes, s.toks[k].start) and k not in aside_ends:
                close = self._dash_pair(s, k)
                if close is None:
                    return k
                aside_ends.add(close)
            if (
                s.lw[k] in t.contrast
                and s.lw[k] != "which"
                and not _inside(self.quotes, s.toks[k].start)
                and self._clause_with_cue(s, k, later_cue)
            ):
                return k  # "see him negatively while 61 percent say ...": a contrast without a comma
            if s.lw[k] == "and" and self._second_predicate(s, a, k):
                return k
            if (
                s.lw[k] in ("and", "but")
                and s.lw[k + 1] != "that"  # "said A and that B": a second complement of the same cue
                and later_cue
                and self._own_cue_follows(s, a, k, later_cue)
                and not _inside(self.quotes, s.toks[k].start)
            ):
                return k
        return s.end

    def _fronted_adverbial_end(self, s: _Sent, a: int, first: int) -> int:
        """Past the comma of an adverbial clause that opens the content ("that if X were a stock, ...").

        "He said that if the plan failed, he would resign": the clause after "that" opens with a
        subordinator (``opener`` in ``content_bounds.tsv``), and its comma leads into the main reported
        clause, so the comma must not end the content even when a cue word follows it ("..., he would
        advise ...").
        """
        b = a + 1
        if a >= s.n or s.lw[a] != "that" or b >= s.end:
            return first
        if s.lw[b] not in self.t.clause_openers and s.lw[b] not in self.t.fronted_openers:
            return first
        for k in range(b + 2, min(s.end - 1, b + _MAX_FRONTED)):
            if s.tx[k] in (";", ":", "—", "–") or s.tx[k] in OPEN_QUOTE_TOKENS:
                return first
            if s.tx[k] == "," and not _inside(self.quotes, s.toks[k].start):
                return k + 1
        return first

    def _subject_aside_end(self, s: _Sent, a: int, first: int) -> int:
        """Past an aside set off by commas inside the subject of the content ("that X, a Y of Z, would").

        "She said the minister, under fire for the delays, would resign": a short subject, then an
        appositive or aside between two commas, then the verb of the reported clause (an auxiliary, a form
        of "be" or an "-ed" word). The first comma does not end the content, even when a word of the aside
        is a cue form ("also known as", "on their side").
        """
        t = self.t
        b = a + 1 if a < s.n and s.lw[a] in ("that", "whether", "if") else a
        k = next((k for k in range(b + 1, min(s.end, b + 1 + _MAX_ASIDE_SUBJECT)) if s.tx[k] == ","), None)
        if k is None or k < first or _inside(self.quotes, s.toks[k].start):
            return first
        if any(s.tx[j] in HARD_PUNCT or s.tx[j] in OPEN_QUOTE_TOKENS for j in range(b, k)):
            return first
        for m in range(k + 2, min(s.end - 1, k + 1 + _MAX_ASIDE)):
            x = s.tx[m]
            if x in OPEN_QUOTE_TOKENS or x in CLOSE_QUOTE_TOKENS or (x in HARD_PUNCT and x != ","):
                return first
            if x == ",":
                v = s.lw[m + 1]
                verb = v in t.verb_aux or v in t.passive_aux or (v == s.tx[m + 1] and v.endswith("ed"))
                return m + 1 if verb else first
        return first

    def _second_predicate(self, s: _Sent, a: int, k: int) -> bool:
        """Does "and" at ``k`` join a second predicate of the source to a verbless content from ``a``?

        "She criticized the mayor and challenged him to a debate", "vowed to cut taxes and praised the
        ruling": when the content is an object or an infinitive (no finite verb: no auxiliary, no "-ed"
        word, not opened by "that") and "and" is followed by an "-ed" verb with no auxiliary after it,
        the verb is the source's next act, not part of what was said. In a reported clause ("said he
        recorded calls and hosted a dinner") the same shape continues the clause, so it is left alone.
        """
        t = self.t
        v = s.lw[k + 1]
        if not (v.endswith("ed") and s.tx[k + 1] == v) or _inside(self.quotes, s.toks[k].start):
            return False
        if s.lw[a] in ("that", "whether", "if"):
            return False

        def finite(j: int) -> bool:
            w = s.lw[j]
            return w in t.verb_aux or w in t.passive_aux or (w.endswith("ed") and s.tx[j] == w)

        return not any(finite(j) for j in range(a, k)) and not any(finite(j) for j in range(k + 2, s.end))

    def _embedded_relative(self, s: _Sent, k: int) -> bool:
        """Is ", which ..." at comma ``k`` an aside inside the subject of content from ``a``?

        "She argued the pipeline, which the party backs, would not be built": the relative clause is set
        off by a second comma and the reported clause goes on after it. A ", which" with no second comma
        before the sentence ends comments on the whole clause and ends the content.
        """
        for j in range(k + 2, s.end - 1):
            if s.tx[j] in (";", ":", ".", "?", "!") or s.tx[j] in ("—", "–"):
                return False
            if s.tx[j] == "," and not _inside(self.quotes, s.toks[j].start):
                return True
        return False

    def _clause_with_cue(self, s: _Sent, k: int, later_cue: list[int]) -> bool:
        """Does the comma at ``k`` open a clause with a reporting verb of its own?

        "Most said they were worried, compared with four in 10 who said ...", "..., and 39 have said
        ...": the words after the comma report someone else, so the content ends at the comma. The cue
        (not a participle, which the participle rule handles) must come within ``MAX_CLAUSE_TO_CUE``
        tokens with no punctuation or quote mark between.
        """
        for c in later_cue:
            if c <= k + 1 or c > k + MAX_CLAUSE_TO_CUE:
                continue
            if s.lw[c].endswith("ing"):
                return False
            return not any(
                s.tx[j] in HARD_PUNCT or s.tx[j] in OPEN_QUOTE_TOKENS or s.tx[j] in CLOSE_QUOTE_TOKENS
                for j in range(k + 1, c)
            )
        return False

    def _final_appositive(self, s: _Sent, k: int) -> bool:
        """Does ", a/an/the ..." at comma ``k`` close the sentence as an appositive?

        "She wrote a check to a group backing Faso, a Republican running for an open seat", "vowed to
        repeal the rule, a provision that bans ...": the noun phrase after the comma (with any relative
        clause of its own) describes the last noun of the content; PolNeAR train leaves it out. It stays
        when more punctuation follows before the sentence end (an aside the clause goes on after), when a
        verb comes right after its noun (", a boss invited her": a clause), and, after "the", when an
        "and"/"or" follows (", the nuclear deal and the budget": the end of a list).
        """
        t = self.t
        if k + 2 >= s.end or s.lw[k + 1] not in ("a", "an", "the"):
            return False
        if any(s.tx[j] in HARD_PUNCT for j in range(k + 2, s.end)):
            return False
        v = s.lw[k + 3] if k + 3 < s.end else ""
        if v in t.verb_aux or v in t.passive_aux or (v.endswith("ed") and s.tx[k + 3] == v):
            return False
        return s.lw[k + 1] != "the" or not any(s.lw[j] in ("and", "or") for j in range(k + 2, s.end))

    def _own_cue_follows(self, s: _Sent, a: int, k: int, later_cue: list[int]) -> bool:
        """Does "and"/"but" at ``k`` open a clause with a cue of its own ("... and said", "but he added")?

        The cue must come within ``MAX_COORD_GAP`` tokens with no other "and"/"but" between: in "said both
        Trump and Sanders are tapping into the anger and seem to ...", the first "and" joins two names and
        the reported clause goes on (measured on PolNeAR train: a window of 10 tokens cut more right spans
        than wrong ones).
        """
        for c in later_cue:
            if k < c <= k + MAX_COORD_GAP and not any(s.lw[j] in ("and", "but") for j in range(k + 1, c)):
                # "says he'd sit Putin down and tell him ...": a bare verb after "and" goes on the
                # reported clause ("would ... and tell"); a cue of the source's own is inflected ("and said")
                if self._shared_subject_belief(s, a, k, c):
                    return False
                return not (c == k + 1 and self._base_form(s.lw[c]))
        return False

    def _shared_subject_belief(self, s: _Sent, a: int, k: int, c: int) -> bool:
        """Is the cognitive cue at ``c`` after "and"/"but" at ``k`` a second verb of the reported clause?

        "She said she was elated but still feared the military", "says he fears going home and wants
        asylum": when the content from ``a`` opens with a subject pronoun (the source speaking of
        itself), a belief verb ("cognitive" class) with no subject of its own and no "that" after it goes
        on the content's clause, not a new attribution of the source's ("... and suspected that ...").
        """
        t = self.t
        b = a + 1 if s.lw[a] == "that" else a
        if s.lw[b] not in _CLAUSE_SUBJECTS:
            return False
        if not all(f.cue_class == "cognitive" for f in t.cue_forms.get(s.lw[c], ())):
            return False
        if any(s.lw[j] in t.pronouns or _is_cap(s.tx[j]) for j in range(k + 1, c)):
            return False
        return not any(s.lw[j] == "that" for j in range(c + 1, min(s.end, c + 3)))

    def _base_form(self, w: str) -> bool:
        """Is cue word ``w`` the bare form of its verb ("tell", not "tells" or "told")?"""
        return any(f.lemma.split(" ")[0] == w for f in self.t.cue_forms.get(w, ()))

    def _dash_pair(self, s: _Sent, k: int) -> int | None:
        """The second dash of an aside opened by the dash at ``k``, when the clause goes on after it.

        "She said the plan — a costly one — had failed": the words between the dashes are an aside inside
        the reported clause, which goes on after the second dash, so the first does not end the content.
        """
        for j in range(k + 1, s.end - 1):
            if s.tx[j] in (";", ".", "?", "!", ":"):
                return None
            if s.tx[j] == s.tx[k]:
                return None if _inside(self.quotes, s.toks[j].start) else j
        return None

    def _adverbial(self, s: _Sent, sp: Span) -> bool:
        """Is ``sp`` a short adverbial ("Since October", "On Monday") rather than a reported clause?"""
        toks = [k for k in range(s.n) if sp.start <= s.toks[k].start < sp.end]
        if not toks or len(toks) > 4:
            return False
        w = s.lw[toks[0]]
        return (
            w in self.t.adjunct or w in self.t.time or w in self.t.boundary or w in ("since", "for", "until")
        )

    def _opens_adverbial(self, s: _Sent, sp: Span) -> bool:
        """Does ``sp`` open with a preposition, subordinator or adverb ("As ...", "Specifically")?"""
        k = next((k for k in range(s.n) if s.toks[k].start >= sp.start), None)
        if k is None:
            return False
        w = s.lw[k]
        t = self.t
        return (
            (w in t.adjunct and w not in t.determiner)  # "This includes ...": a subject, not "this week"
            or w in t.boundary
            or w in t.head_stops
            or (w.endswith("ly") and k + 1 < s.n and s.tx[k + 1] == ",")
        )

    def _in_list(self, s: _Sent, a: int, k: int) -> bool:
        """Is the comma at ``k`` the last one of a list ("Sweden, Norway, and Germany")?"""
        j = k - 1
        while j > a and s.tx[j] != ",":
            j -= 1
        return j > a and k - j <= 3

    def _content(self, s: _Sent, a: int, b: int) -> tuple[list[Span], list[Quote]]:
        """Content over tokens ``[a, b)``: a whole quotation when it opens there and runs to ``b``."""
        if a >= b:
            return [], []
        if s.tx[a] in OPEN_QUOTE_TOKENS:
            q = _quote_starting_at(self.quotes, s.toks[a].start)
            if q is not None and q.end >= s.toks[b - 1].end:
                return [Span(q.start, q.end)], [q]
        sp = s.span_of(a, b)
        if sp is not None and b >= s.end:
            q = self._quote_running_on(sp)
            if q is not None:
                return [Span(sp.start, q.end)], [q]
        return ([sp] if sp else []), []

    def _quote_running_on(self, sp: Span) -> Quote | None:
        """A quotation that opens inside content ``sp`` and runs on past its end (and its sentence's).

        'He said that voters "want a change. They are tired of waiting."': the reported clause goes on
        inside the quotation into the next sentence; PolNeAR train takes the content to the closing mark.
        """
        for q in self.quotes:
            if q.start >= sp.end:
                return None
            if sp.start <= q.start and q.end > sp.end:
                return q
        return None

    def _skip_adjuncts(self, s: _Sent, r: int, infinitive: bool = False) -> int | None:
        """From ``r``, skip "on Monday", "in a statement" up to "that", ":" or a quote (None: no content).

        With ``infinitive`` (cues that take one: "promised on Tuesday to refrain"), "to" after a day word
        opens the content too.
        """
        k = r
        limit = min(s.end, r + 14)
        while k < limit:
            w = s.lw[k]
            if w == "that":
                return k
            if infinitive and w == "to" and k > r and s.lw[k - 1] in self.t.time:
                return k
            if w == ":" or (w == "," and k + 1 < s.end and s.tx[k + 1] in OPEN_QUOTE_TOKENS):
                return k + 1
            if s.tx[k] in OPEN_QUOTE_TOKENS and k > r:
                return k
            if w in (",", ";", "(", ")", "—", "–"):
                return self._quote_after_asides(s, k) if w == "," else None
            if w in self.t.time and k + 1 < s.end and self._clause_opener(s, k + 1):
                return k + 1  # "said Thursday he would leave": a day word, then the reported clause
            k += 1
        return None

    def _name_ends(self, s: _Sent, a: int) -> bool:
        """'C, taxes and other issues, said GOP strategist Charlie Black.': only a name (with its role
        words) follows the cue up to the end, so the commas before the cue are the content's own, not a
        "name, role," appositive of a source on the left."""
        k = a
        while k < s.end and s.tx[k] not in HARD_PUNCT and k - a < 8:
            if not (_is_cap(s.tx[k]) or s.lw[k] in self.t.role_singular or s.lw[k] == "and"):
                return False
            k += 1
        return k > a and _is_cap(s.tx[k - 1]) and (k >= s.end or s.tx[k] == ",")

    def _that_after_addressee(self, s: _Sent, k: int) -> int | None:
        """'told a crowd in Windham, New Hampshire, on Monday that C': the "that" after a long addressee.

        An addressee with a place, a title ("Sen. Ann Lee, chairman of the committee,") or a sentence
        adverb ("told POLITICO, however, that") holds commas; up to 16 tokens after the comma at ``k``
        with no cue word, quotation or clause end may come before the "that" that opens the content.
        """
        for j in range(k + 1, min(s.end, k + 17)):
            w = s.lw[j]
            if w == "that":
                return j if j + 1 < s.end else None
            if w in END_PUNCT or w in (";", ":") or s.tx[j] in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS:
                return None
            if w in self.t.cue_forms or w in self.t.boundary:
                return None
        return None

    def _quote_after_asides(self, s: _Sent, k: int) -> int | None:
        """'said on Twitter, in all capital letters, "C"': a quotation after more asides set off by commas.

        From the comma at ``k``, up to 25 tokens of asides with no cue word, no sentence end and no
        quotation of their own may come before a comma or colon that opens the quotation the cue reports,
        or before a comma and "that" ('said on CNN, where he now works, that C').
        """
        for j in range(k + 1, min(s.end - 1, k + 26)):
            w = s.lw[j]
            if w in (",", ":") and s.tx[j + 1] in OPEN_QUOTE_TOKENS:
                return j + 1
            if w in END_PUNCT or w == ";" or s.tx[j] in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS:
                return None
            if w == "that" and s.tx[j - 1] == ",":
                return j  # 'said on CNN, where he now works, that C'
            if w in self.t.cue_forms or w == "that":
                return None
        return None

    def _bare_verb(self, s: _Sent, k: int) -> bool:
        """Does token ``k`` look like a bare verb after "to" ("continued to question"), not a noun phrase
        ("said to reporters", "told to the AP")? Lower case, not a determiner or pronoun, no plural -s."""
        if k >= s.end:
            return False
        w, x = s.lw[k], s.tx[k]
        t = self.t
        return (
            x == w
            and w.isalpha()
            and not w.endswith("s")
            and w not in t.determiner
            and w not in t.pronouns
            and w not in t.possessives
            and w not in t.object_pronouns
        )

    def _skip_time(self, s: _Sent, k: int) -> int:
        """Index after a time phrase at ``k`` ("last week", "on Monday", "Tuesday night"), else ``k``."""
        t = self.t
        j = k
        if j < s.end and s.lw[j] in ("last", "this", "on", "earlier", "late", "early"):
            j += 1
        n = j
        while n < s.end and (s.lw[n] in t.time or s.lw[n] in _TIME_NOUNS):
            n += 1
        return n if n > j else k

    def _clause_opener(self, s: _Sent, k: int) -> bool:
        """Can token ``k`` open a reported clause after a day word ("he", "the", "his", "its")?"""
        w = s.lw[k].replace("’", "'").split("'")[0]  # "he's" is one token
        return (
            w in self.t.subject_pronouns
            or w in self.t.possessives
            or w in ("the", "a", "an", "this", "there")
        )

    def _after_cue(self, s: _Sent, r: int, form: CueForm) -> int | None:
        """The token where content starts after a cue ending at ``r`` (None when nothing follows)."""
        t = self.t
        if r >= s.end:
            return None
        if form.lemma in t.addressee_verbs:
            if s.lw[r] in ("of", "about", "against") and r + 1 < s.end:
                return r + 1  # "warned of the implications", "told of his plans"
            if s.lw[r] == "to" and form.cue_class != "neutral" and r + 1 < s.end:
                return r  # "promised to push for ...": the infinitive is content
            if s.lw[r] in t.time or (s.lw[r] == "on" and r + 1 < s.end and s.lw[r + 1] in t.time):
                k = self._skip_adjuncts(s, r, form.cue_class != "neutral")
                if k is not None:
                    return k  # "promised on Tuesday to cut ...", "told on Monday that ..."
            if s.lw[r] in _CLAUSE_SUBJECTS and r + 2 < s.end:
                return r  # "warned they could ...", "promised he would ...": no addressee, the clause
            # "told (the AP|reporters|him) that ..." — skip the addressee up to "that", ":" or a quote
            for k in range(r, min(s.end, r + 14)):
                w = s.lw[k]
                if k > r and w in _CLAUSE_SUBJECTS:
                    return k  # "told a news conference they are ...": a clause begins at its subject
                if w == "that":
                    return k
                if w in (":",) or s.tx[k] in OPEN_QUOTE_TOKENS:
                    return k + 1 if w == ":" else k
                if w in (",", ";", "(", ".", "—"):
                    if w == "," and k + 1 < s.end and s.tx[k + 1] in OPEN_QUOTE_TOKENS:
                        return k + 1
                    if w == ",":
                        j = self._that_after_addressee(s, k)
                        if j is not None:
                            return j  # "told a crowd in Salem, New Hampshire, on Monday that ..."
                    if w == "," and self._media_noun_before(s, r, k):
                        # "told the local radio station, KRVR, that ...": the outlet's name is an appositive
                        d = self._name_after(s, k + 1)
                        if d is not None and d + 1 < s.end and s.tx[d] == "," and s.lw[d + 1] == "that":
                            return d + 1
                    break
            # no "that": "told POLITICO he had ...", "told me she was ...", "told the AP her group ..."
            k = r
            if s.lw[k] in t.object_pronouns:
                k += 1
            else:
                if s.lw[k] in ("the",):
                    k += 1
                while k < s.end and k - r < 5 and _is_cap(s.tx[k]) and s.lw[k] not in t.pronouns:
                    k += 1
                    if k + 1 < s.end and s.lw[k] == "of" and _is_cap(s.tx[k + 1]):
                        k += 1  # "told The Star-Ledger of Newark ..."
                if k < s.end and s.lw[k] in ("'s", "’s"):
                    return None
            if k > r:
                k = self._skip_time(s, k)  # "told the AP last week she ..."
            if k == r or k >= s.end or k + 2 > s.end:
                return None
            if form.cue_class != "neutral" and (s.lw[k] == "to" or s.lw[k : k + 2] == ["not", "to"]):
                return r  # "warned the Fed not to act": addressee and infinitive are the content
            nxt = s.lw[k].replace("’", "'").split("'")[0]
            if nxt in t.pronouns or nxt in t.determiner or _is_cap(s.tx[k]):
                return k
            return None
        w = s.lw[r]
        if w == "," and r + 3 < s.end and s.lw[r + 1] in t.interjection and s.tx[r + 2] == ",":
            r += 3  # "He said, however, that ..."
            w = s.lw[r]
        if w in (":", ","):
            if w == "," and r + 2 < s.end and s.lw[r + 1] == "that":
                return r + 1  # "He added, that ...": a stray comma before "that"
            if w == ",":
                k = self._comma_adjunct_end(s, r)
                if k is not None:
                    return k  # "He said, without evidence, that ...": an adjunct between commas
            if w == "," and not (r + 1 < s.end and s.tx[r + 1] in OPEN_QUOTE_TOKENS):
                return None
            return r + 1
        if w == "to" and form.cue_class not in ("neutral", "announcing") and r + 1 < s.end:
            return r  # "declined to comment", "vowed to fight", "urged to act": the infinitive is content
        if w in ("this", "that") and r + 1 < s.end and s.lw[r + 1] in t.passive_aux:
            return r  # "Others say this is a rough patch": a demonstrative subject, not "this week"
        if w in t.adjunct or w in t.time or s.tx[r] in ("(",):
            return self._skip_adjuncts(s, r, form.cue_class != "neutral")
        if w in HARD_PUNCT:
            return None
        return r

    def _comma_adjunct_end(self, s: _Sent, r: int) -> int | None:
        """'said, among other things, that C': where content starts after an adjunct set off by commas.

        The comma at ``r`` opens a short phrase (at most eight words, no quote mark or cue of its own)
        closed by a second comma; only "that", a quotation or a subject pronoun ("says, win or lose,
        he's staying") after it shows that the content follows.
        """
        for k in range(r + 1, min(s.end - 1, r + 10)):
            if s.tx[k] in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS or s.lw[k] in HARD_PUNCT and s.lw[k] != ",":
                return None
            if s.lw[k] in self.t.cue_forms:
                return None
            if s.lw[k] == ",":
                if k == r + 1:
                    return None
                if s.lw[k + 1] == "that" or s.tx[k + 1] in OPEN_QUOTE_TOKENS:
                    return k + 1
                if s.lw[k + 1].replace("’", "'").split("'")[0] in _CLAUSE_SUBJECTS:
                    return k + 1  # "says, win or lose, he's staying": a clause opens at its pronoun
                return None
        return None

    # ----- the rules ----------------------------------------------------------------------------------
    def sentence(self, s: _Sent) -> list[Raw]:
        t = self.t
        out: list[Raw] = []
        if ":" in s.lw[: MAX_COLON_SOURCE + 1]:
            r = self._bare_colon(s)
            if r is not None:
                out.append(r)
        elif ":" in s.lw:
            r = self._dash_colon(s)
            if r is not None:
                out.append(r)
        if s.tx[0] in ("-", "—", "–") and s.n >= 2:
            r = self._dash_signature(s)
            if r is not None:
                out.append(r)
        i = 0
        while i < s.n:
            w = s.lw[i]
            if w == "according" and i + 1 < s.n and s.lw[i + 1] == "to":
                if not _inside(self.quotes, s.toks[i].start):
                    r = self._according(s, i)
                    if r:
                        out.append(r)
                i += 2
                continue
            if w in t.passive_cues and i > 1 and not _inside(self.quotes, s.toks[i].start):
                r = self._passive_clause(s, i)
                if r is not None:
                    out.append(r)
                    i += 1
                    continue
            forms = t.cue_forms.get(w)
            if forms is None and i > 0 and s.lw[i - 1] in _INFINITIVE_LEAD:
                forms = t.infinitives.get(w)  # "continued to question whether ...": a verb after "to"
            if forms is None and w in t.noun_cues:
                r = self._noun_cue(s, i)
                if r is not None:
                    out.append(r)
                i += 1
                continue
            if forms is None or _inside(self.quotes, s.toks[i].start):
                i += 1
                continue
            form, width = self._match_form(s, i, forms)
            if form is None:
                r = self._passive_by(s, i, forms)
                if r is None and w in t.noun_cues:
                    r = self._noun_cue(s, i)  # "the reports that ...": a form read as a noun here
                if r is not None:
                    out.append(r)
                i += 1
                continue
            r = self._verb(s, i, width, form, out)
            if r is not None:
                out.append(r)
            i += width
        if not out and ":" in s.lw:
            r = self._subject_colon(s)
            if r is not None:
                out.append(r)
        if not out and s.end <= MAX_COLON_SOURCE + 1:
            r = self._signs_quote_before(s)
            if r is not None:
                out.append(r)
        return out

    def _signs_quote_before(self, s: _Sent) -> Raw | None:
        """'"We will win. It is ours." Lee said.': a sentence that is only a source and a speech verb
        reports the quotation that closes just before it (a full stop inside the marks split the two).
        """
        i = s.end - 1
        forms = self.t.cue_forms.get(s.lw[i]) if i > 0 else None
        if not forms or forms[0].frame != "clause" or forms[0].cue_class in _NO_INVERSION:
            return None
        np = self._left_np(s, i)
        if np is None or np[0] != 0:
            return None
        start = s.toks[0].start
        q = next(
            (q for q in self.quotes if q.closed and q.end <= start and not self.text[q.end : start].strip()),
            None,
        )
        if q is None or self.text[q.start : q.end].rstrip(QUOTE_MARK_CHARS)[-1:] not in END_PUNCT:
            return None
        f = forms[0]
        cue = Span(s.toks[i].start, s.toks[i].end)
        return Raw(cue, s.span_of(*np), [Span(q.start, q.end)], f.lemma, f.cue_class, s.index, quotes=[q])

    def _np_end(self, s: _Sent, c: int, e: int) -> int:
        """Where an object noun phrase from ``c`` ends, before ``e`` ("talked about [the stock market]").

        A clause word after "and"/"or" opens a second object, not the end of the first ("talked about how
        the country will help and how NATO can"), so the content never ends on a dangling "and".
        """
        t = self.t
        if c < e and s.tx[c] in OPEN_QUOTE_TOKENS:
            return e
        k = c + 1
        while k < e:
            w = s.lw[k]
            if s.tx[k] in HARD_PUNCT or (w in t.boundary and w not in _NP_JOIN) or w in t.time:
                if s.lw[k - 1] in ("and", "or") and s.tx[k] not in HARD_PUNCT:
                    k += 1  # "talked about how X and how Y": a coordinated second object goes on
                    continue
                return k
            if w in t.cue_forms and s.tx[k] == w and not w.endswith("s"):
                return k
            k += 1
        return e

    def _noun_cue(self, s: _Sent, i: int) -> Raw | None:
        """``Trump's attacks on Clinton``, ``his claim that C``: a noun cue, its possessor and its content."""
        t = self.t
        if i + 2 >= s.end or _inside(self.quotes, s.toks[i].start):
            return None
        if s.tx[i] != s.lw[i] and not s.title:
            return None  # "the Foundation for Defense of Democracies": a capitalised noun is part of a name
        nxt = s.lw[i + 1]
        cls = t.noun_cues[s.lw[i]].get(nxt)
        if cls is None:
            return None
        source = None
        j = i - 1
        while (
            j >= 0
            and j >= i - 3
            and s.tx[j] == s.lw[j]
            and s.lw[j] not in t.determiner
            and s.tx[j][:1].isalpha()
        ):
            j -= 1  # adjectives between possessor and noun ("his repeated attacks on")
        if j >= 0 and (s.lw[j].endswith(("'s", "’s")) or s.lw[j] in t.possessives):
            np = self._left_np(s, j + 1) if s.lw[j].endswith(("'s", "’s")) else (j, j + 1)
            if np is not None:
                source = s.span_of(*np)
        if source is None:  # "Clinton dismissed the idea that ...": the subject holds the idea
            np = self._subject(s, i)
            if np is not None and np[1] < i and s.lw[np[0]] not in t.determiner:
                source = s.span_of(*np)
        c = i + 1 if nxt == "that" else i + 2
        e = self._content_end(s, c)
        if nxt != "that":
            e = self._np_end(s, c, e)
        e = self._occasion_end(s, c, e)
        content, qs = self._content(s, c, e)
        if not content:
            return None
        cue = Span(s.toks[i].start, s.toks[i + 1].end if nxt != "that" else s.toks[i].end)
        return Raw(cue, source, content, s.lw[i], cls, s.index, quotes=qs)

    def _passive_by(self, s: _Sent, i: int, forms: tuple[CueForm, ...]) -> Raw | None:
        """``C was criticized by X``: the subject is the content and the agent after "by" the source."""
        t = self.t
        w = s.lw[i]
        if not (w.endswith("ed") or w.endswith("en")) or i < 1 or i + 2 >= s.end:
            return None
        form = next((f for f in forms if not f.particle), None)
        if form is None:
            return None
        k = i + 1
        if s.lw[k].endswith("ly") and k + 1 < s.end:
            k += 1
        if s.lw[k] != "by":
            return None
        j = i - 1
        while j > 0 and (s.lw[j] in t.aux or s.lw[j].endswith("ly") or s.lw[j] in ("been", "being", "be")):
            if s.lw[j] in t.passive_aux:
                break
            j -= 1
        reduced = None  # "As reported by Y, C" / "C, as reported by Y": no auxiliary
        if s.lw[j] == "as" and (j == 0 or s.tx[j - 1] == ","):
            reduced = j
        elif s.lw[j] not in t.passive_aux:
            return None
        np = None
        if reduced is None:
            while j > 0 and (s.lw[j - 1] in t.aux or s.lw[j - 1] in t.passive_aux):
                j -= 1
            np = self._left_np(s, j)
            if np is None:
                return None
        b = k + 1
        while (
            b < s.end
            and b - k <= MAX_SOURCE_WORDS
            and s.tx[b] not in HARD_PUNCT
            and s.lw[b] not in t.boundary
            and not (b > k + 1 and s.lw[b] in t.head_stops and s.lw[b] not in ("of",))
            and s.lw[b] not in t.time
        ):
            b += 1
        source = s.span_of(k + 1, b)
        if reduced is not None:
            content = self._reduced_passive_content(s, reduced, b)
        else:
            content = s.span_of(*np) if np else None
        if source is None or content is None:
            return None
        cue = Span(s.toks[i].start, s.toks[i].end)
        return Raw(cue, source, [content], form.lemma, form.cue_class, s.index)

    def _reduced_passive_content(self, s: _Sent, j: int, b: int) -> Span | None:
        """Content of "as" + passive at ``j``, its agent ending at ``b``: ``As reported by Y, C`` (the
        clause after the comma) or ``C, as reported by Y.`` (the clause before "as")."""
        if j == 0 and b < s.end and s.tx[b] == ",":
            return s.span_of(b + 1, self._content_end(s, b + 1))
        if j > 0 and b >= s.end:
            left, _ = self._left_content(s, j)
            return left[0] if left else None
        return None

    def _passive_clause(self, s: _Sent, i: int) -> Raw | None:
        """``X is (widely) expected to Y`` / ``X was declared the winner``: a passive with no agent.

        The content is the subject and what follows the participle, two fragments, and no source is
        named (PolNeAR's reading: the sentence does not say who expects or declares). With "by" after
        the participle the agent is the source: see :meth:`_passive_by`.
        """
        t = self.t
        if s.tx[i] != s.lw[i] and not s.title or (i + 1 < s.end and s.lw[i + 1] == "by"):
            return None
        j = i - 1
        while j > 0 and s.lw[j] not in t.passive_aux and (s.lw[j] in t.aux or s.lw[j].endswith("ly")):
            j -= 1
        if s.lw[j] not in t.passive_aux and s.lw[j] not in ("'s", "’s"):
            return None
        while j > 0 and (s.lw[j - 1] in t.aux or s.lw[j - 1] in t.passive_aux):
            j -= 1
        if j > 0 and s.lw[j - 1] in ("who", "which", "that"):
            np: tuple[int, int] | None = (j - 1, j)  # "a vote that is expected to ..."
        else:
            np = self._left_np(s, j)
        if np is None:
            return None
        subject = s.span_of(*np)
        if subject is None:
            return None
        content = [subject]
        e = self._content_end(s, i + 1)
        if s.lw[np[0]] in ("who", "which") and np[0] > 0 and s.tx[np[0] - 1] == ",":
            e = next(
                (k for k in range(i + 1, e) if s.tx[k] == ","), e
            )  # the relative clause ends at its comma
        if s.lw[i + 1 : i + 2] != ["by"] and e > i + 1 and s.tx[i + 1] not in HARD_PUNCT:
            rest = s.span_of(i + 1, self._occasion_end(s, i + 1, e))
            if rest is not None:
                content.append(rest)
        cue = Span(s.toks[j].start, s.toks[i].end)
        return Raw(cue, None, content, s.lw[i], t.passive_cues[s.lw[i]], s.index)

    def _adverb(self, s: _Sent, i: int, form: CueForm, cue: Span) -> Raw | None:
        """``X is reportedly Y``: the clause around the adverb is the content, in two fragments.

        The sentence names no source. When a cue verb follows ("X reportedly said C") that verb's rule
        finds the attribution and the adverb is no cue of its own.
        """
        t = self.t
        if i + 1 >= s.end or s.lw[i + 1] in t.cue_forms or s.lw[i + 1] in t.passive_cues:
            return None
        a = i
        while a > 0 and s.tx[a - 1] not in HARD_PUNCT and s.tx[a - 1] not in OPEN_QUOTE_TOKENS:
            a -= 1
        while a < i and s.lw[a] in ("but", "and", "so", "yet"):
            a += 1
        if a == i:
            return None
        before = s.span_of(a, i)
        after = s.span_of(i + 1, self._content_end(s, i + 1))
        if before is None or after is None:
            return None
        return Raw(cue, None, [before, after], form.lemma, form.cue_class, s.index)

    def _raising(self, s: _Sent, i: int, width: int, form: CueForm, cue: Span) -> Raw | None:
        """``X seems (unlikely) to Y`` / ``X seemed lost``: the content is X and what follows the cue.

        The sentence names no source. With "it" as the subject ("It appears that C", "it seems C") the
        content is only the clause after the cue; a relative pronoun before the cue is the subject
        ("a voter who seemed confused").
        """
        r = i + width
        if (
            r >= s.end
            or s.tx[r] in HARD_PUNCT
            and not (
                s.tx[r] == "," and r + 3 < s.end and s.lw[r + 1] in self.t.interjection and s.tx[r + 2] == ","
            )
        ):
            return None
        if s.tx[r] == ",":
            r += 3  # "It appears, though, that C"
        j = max(0, self._before_adverbs(s, i))
        it = s.lw[j] == "it" and j + 1 >= i - 2
        if form.lemma != "seem" and not it and "to" not in s.lw[r : r + 3]:
            return None  # "T-shirts appeared in front of ...": "appear" without "to" is to be seen
        e = self._content_end(s, r)
        second = s.span_of(r, e)
        if second is None:
            return None
        if it:
            return Raw(cue, None, [second], form.lemma, form.cue_class, s.index)
        if i > 0 and s.lw[j] in ("who", "which", "that"):
            np: tuple[int, int] | None = (j, j + 1)
        else:
            np = self._left_np(s, i)
        if np is None:
            return None
        first = s.span_of(*np)
        if first is None:
            return None
        return Raw(cue, None, [first, second], form.lemma, form.cue_class, s.index)

    def _cue_first(self, s: _Sent, width: int, form: CueForm, cue: Span) -> Raw | None:
        """``Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."``"""
        for k in range(width + 1, min(s.end - 1, width + 30)):
            if s.tx[k] in (".", ";", ":", "?", "!"):
                return None
            if s.tx[k] == "," and s.tx[k + 1] in OPEN_QUOTE_TOKENS:
                q = _quote_starting_at(self.quotes, s.toks[k + 1].start)
                src = s.span_of(width, k)
                if q is None or src is None or not _is_cap(s.tx[width]):
                    return None
                comma = next((c for c in range(width + 1, k) if s.tx[c] == ","), None)
                role = s.span_of(comma + 1, k) if comma is not None else None
                return Raw(
                    cue,
                    src,
                    [Span(q.start, q.end)],
                    form.lemma,
                    form.cue_class,
                    s.index,
                    role=role,
                    quotes=[q],
                )
        return None

    def _asked(self, s: _Sent, i: int, form: CueForm, cue: Span) -> Raw | None:
        """``(When) asked (by X) (on Fox News) whether C, Y said``: the question is the content.

        The one who asked is the source when named ("by X"), else there is none; the answer is a separate
        attribution found at its own cue.
        """
        t = self.t
        source = None
        k = i + 1
        lim = min(s.end, i + 14)
        while k < lim:
            w = s.lw[k]
            if w in t.question_words:
                break
            if w == "by" and source is None:
                b = k + 1
                while (
                    b < lim
                    and s.lw[b] not in HARD_PUNCT
                    and s.lw[b] not in t.question_words
                    and not (b > k + 1 and (s.lw[b] in t.adjunct or s.lw[b] in t.time))
                ):
                    b += 1
                source = s.span_of(k + 1, b)
                k = b
                continue
            if w in HARD_PUNCT or s.tx[k] in OPEN_QUOTE_TOKENS:
                return None
            k += 1
        if k >= lim:
            return None
        e = k + 1
        while e < s.end and s.tx[e] not in (",", ";", ":", "—", "–"):
            if s.tx[e] in OPEN_QUOTE_TOKENS:
                q = _quote_starting_at(self.quotes, s.toks[e].start)
                if q is None or e == k + 1:
                    break
                # 'asked if she would sign his "pledge" on the issue': a quotation inside the question
                while e < s.end and s.toks[e].start < q.end:
                    e += 1
                if self.text[q.start : q.end].rstrip(QUOTE_MARK_CHARS).endswith(","):
                    break  # 'asked if she is "ready to serve," Lee said': the comma ends the question
                continue
            e += 1
        if e - k < 2:
            return None
        e = self._occasion_end(s, k, e)
        content, qs = self._content(s, k, e)
        if not content:
            return None
        return Raw(cue, source, content, form.lemma, form.cue_class, s.index, quotes=qs)

    def _subject_colon(self, s: _Sent) -> Raw | None:
        """``She then addressed the crowd again: "C"``: a clause with a named or pronoun subject, then a
        colon and a quotation (in the sentence or opening the next paragraph); the cue is what stands
        between the subject and the colon, colon included ("issued the following statement:")."""
        t = self.t
        c = s.lw.index(":")
        if c < 2 or c > 14 or any(x in HARD_PUNCT or x in OPEN_QUOTE_TOKENS for x in s.tx[:c]):
            return None
        if not (_is_cap(s.tx[0]) or s.lw[0] in t.subject_pronouns) or s.lw[0] in t.determiner:
            return None
        if s.lw[0] in t.boundary or s.lw[0] in t.adjunct or s.lw[0] in t.colon_stop:
            return None
        if c + 1 < s.n:
            q = _quote_starting_at(self.quotes, s.toks[c + 1].start)
            if q is None or q.end < s.toks[s.end - 1].end:
                return None
            content, qs = [Span(q.start, q.end)], [q]
        else:
            content, qs = self._quote_after(s)
        if not content:
            return None
        b = 1
        while (
            b < c
            and (_is_cap(s.tx[b]) or s.lw[b] in ("of", "'s", "’s"))
            and s.lw[0] not in t.subject_pronouns
        ):
            b += 1
        cue = Span(s.toks[b].start if b < c else s.toks[c].start, s.toks[c].end)  # "issued a statement:"
        return Raw(cue, s.span_of(0, b), content, ":", "neutral", s.index, quotes=qs)

    def _dash_signature(self, s: _Sent) -> Raw | None:
        """A paragraph ``- Jane Doe.`` (or ``— Jane Doe, tweeting``) after a paragraph that is one quotation.

        The dash signs the quotation above it: the name is the source, the quotation the content.
        """
        art = self.article
        part_idx = art.sentences[s.index].part
        part = art.parts[part_idx]
        if part_idx == 0 or s.span.start > part.start + 1 or not _is_cap(s.tx[1]):
            return None
        prev = art.parts[part_idx - 1]
        body = self.text[prev.start : prev.end].strip()
        q = next((q for q in self.quotes if q.start == self.text.find(body, prev.start)), None)
        if q is None or not q.closed or q.end - q.start != len(body):
            return None
        b = 1
        while b < s.end and s.tx[b] not in HARD_PUNCT and b <= 6:
            b += 1
        if b > 6 or not all(_is_cap(x) or x.lower() in ("of", "de", "van") for x in s.tx[1:b]):
            return None
        source = s.span_of(1, b)
        if source is None:
            return None
        role = s.span_of(b + 1, s.end) if b < s.end and s.tx[b] == "," else None
        cue = Span(s.toks[0].start, s.toks[0].end)
        return Raw(cue, source, [Span(q.start, q.end)], "-", "neutral", s.index, role=role, quotes=[q])

    def _dash_colon(self, s: _Sent) -> Raw | None:
        """``... HEADLINE - Philip Bump: "C"`` / ``- More from Jones: "C"``: a newsletter's source line.

        A digest quotes its sources as a dash, a name and a colon before a quotation; the sentence
        splitter often joins that line to the item's headline before it, so the name opens no sentence.
        """
        c = s.lw.index(":")
        if c + 1 >= s.end or s.tx[c + 1] not in OPEN_QUOTE_TOKENS:
            return None
        k = next((k for k in range(c - 1, max(0, c - MAX_COLON_SOURCE - 3), -1) if s.tx[k] in _DASHES), None)
        if k is None or k == 0:
            return None
        a = k + 1
        if s.lw[a : a + 2] == ["more", "from"]:
            a += 2
        if c - a > MAX_COLON_SOURCE:
            return None
        return self._bare_colon(s, a)

    def _bare_colon(self, s: _Sent, a: int = 0) -> Raw | None:
        """``Trump: "We will win."`` / ``Poll: Trump trails``: a short name before a colon is the source.

        The name must open the sentence (or start at ``a``), be capitalised throughout (or a role noun:
        "Officials:"), hold no cue word, and what follows the colon must be a clause of three words or more.
        """
        t = self.t
        c = s.lw.index(":")
        if c == 0 or c + 3 > s.end:
            return None
        while a < c and s.tx[a] in OPEN_QUOTE_TOKENS:
            a += 1
        if a >= c or s.tx[c - 1] in CLOSE_QUOTE_TOKENS:
            return None
        for k in range(a, c):
            x, w = s.tx[k], s.lw[k]
            if w in t.cue_forms or w in HARD_PUNCT or x[:1].isdigit():
                return None
            if not (
                _is_cap(x)
                or w in ("'s", "’s", "of", "the", "&")
                or w in t.role_plural
                or (k > a and self._head_noun(w))  # "Clinton camp:", "WSJ editorial:"
                or (k > a and w in ("to", "at") and k + 1 < c and _is_cap(s.tx[k + 1]))  # "Clinton to X:"
            ):
                return None
        if s.lw[a] in t.determiner or s.lw[a] in t.boundary or s.lw[a] in t.colon_stop:
            return None
        e = self._content_end(s, c + 1)
        content, qs = self._content(s, c + 1, e)
        if not content or (not qs and s.tx[c + 1 : e].count(",") > 3):
            return None  # "Iowa: Tim Albrecht, Brad Anderson, ...": a list, not a statement
        cue = Span(s.toks[c].start, s.toks[c].end)
        b = next(
            (k for k in range(a + 1, c) if s.lw[k] in ("to", "at")), c
        )  # "Clinton to X:": X is addressed
        return Raw(cue, s.span_of(a, b), content, ":", "neutral", s.index, quotes=qs)

    def _match_form(self, s: _Sent, i: int, forms: tuple[CueForm, ...]) -> tuple[CueForm | None, int]:
        t = self.t
        x = s.tx[i]
        if (
            x != s.lw[i] and i > 0 and not s.title
        ):  # "States", "Post": a capitalised word mid-sentence is a name
            return None, 1
        prev = s.lw[i - 1] if i > 0 else ""
        if (
            (prev in t.determiner and prev not in _PRONOUN_DETERMINERS)
            or (prev.endswith(("'s", "’s")) and prev[:-2] not in t.subject_pronouns)  # "He's suggesting"
        ):
            return None, 1
        if s.lw[i] in t.after_name_only and not (
            i > 0 and (_is_cap(s.tx[i - 1]) or prev in t.subject_pronouns or prev in ("who", "which"))
        ):
            return None, 1  # "the reports", "raised questions": a plural noun, not the verb
        nxt = s.lw[i + 1] if i + 1 < s.n else ""
        for f in forms:
            if f.particle:
                if nxt == f.particle:
                    return f, 2
                continue
            w = s.lw[i]
            if w == "asked" and (i == 0 or prev in t.asked_lead or prev in t.passive_aux):
                return f, 1  # "When asked (by X) whether ...", "He was asked about ...": see _asked
            if f.frame == "adverb":
                return f, 1
            if prev in t.passive_aux and not w.endswith("ing"):
                return None, 1  # passive "was told", "is expected": the subject is not the source
            if nxt == "by" and w.endswith("ed"):
                return None, 1
            return f, 1
        return None, 1

    def _according(self, s: _Sent, i: int) -> Raw | None:
        t = self.t
        a = i + 2
        b = a
        while (
            b < s.end
            and s.tx[b] not in (",", ";", ":", "(", ")", "—", "–")
            and s.tx[b] not in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS
        ):
            if b > a and (s.lw[b] in t.time or s.lw[b] in ("on", "at", "during", "last", "this", "when")):
                break
            b += 1
        role = None
        src_end = b
        # "according to Crowdpac, a political crowdfunding website, ..." keeps the appositive
        if b + 1 < s.end and s.tx[b] == "," and s.lw[b + 1] in ("a", "an") and _is_cap(s.tx[b - 1]):
            c = b + 1
            while c < s.end and s.tx[c] not in (",", ";", "(", ")", "—", "–"):
                c += 1
            role = (b + 1, c)
            src_end = c
        elif b + 2 < s.n and s.tx[b] == "," and self._media_noun_before(s, a, b):
            # "according to the local newspaper, the Harbour Herald": the outlet's name is its appositive
            c = self._name_after(s, b + 1)
            if c is not None:
                role = (b + 1, c)
                src_end = c
        if b == a:
            return None
        source = s.span_of(a, src_end)
        cue = Span(s.toks[i].start, s.toks[i + 1].end)
        frags: list[Span] = []
        qs: list[Quote] = []
        lead = i
        while lead > 0 and s.tx[lead - 1] in OPEN_QUOTE_TOKENS:
            lead -= 1
        subj = self._copula_subject(s, lead)
        if subj is not None:
            # "That's according to the exit polls": the subject of the copula is the content
            return Raw(cue, source, [subj], "according to", "according_to", s.index)
        if (
            lead > 0
            and s.tx[lead - 1] in (",", "(", "—", "–")
            or (lead > 0 and s.lw[lead - 1] in ("and", "but") and lead - 1 > 0)
        ):
            # "C, according to X" (and "C1, according to X, C2")
            start = 0
            while start < lead and s.lw[start] in ("but", "and"):
                start += 1
            fr, q = self._content(s, start, lead - 1)
            frags += fr
            qs += q
            if (
                src_end < s.end - 4
                and s.tx[src_end] == ","
                and s.lw[src_end + 1] not in t.time
                and not s.tx[src_end + 1][:1].isdigit()
                and s.tx[src_end + 1] not in t.months
                and s.lw[src_end + 1] not in ("who", "whose", "which")
            ):
                e = self._content_end(s, src_end + 1)
                sp = s.span_of(src_end + 1, e)
                if sp and e - src_end > 4:
                    frags.append(sp)
        else:
            # "According to X, C" (possibly after "But")
            if src_end < s.end and s.tx[src_end] != "," and role is None:
                # "According to a poll broadcast on MSNBC, C": the source runs on to its comma
                src_end = next((k for k in range(src_end, min(s.end, src_end + 15)) if s.tx[k] == ","), s.end)
                source = s.span_of(a, src_end)
            if src_end >= s.end or s.tx[src_end] != ",":
                return None
            e = self._content_end(s, src_end + 1)
            fr, q = self._content(s, src_end + 1, e)
            frags += fr
            qs += q
        if not frags:
            return None
        return Raw(
            cue,
            source,
            frags,
            "according to",
            "according_to",
            s.index,
            role=s.span_of(*role) if role else None,
            quotes=qs,
        )

    def _copula_subject(self, s: _Sent, lead: int) -> Span | None:
        """The subject of "is"/"'s" right before "according to" at ``lead`` ("That's according to X")."""
        if lead < 1:
            return None
        w = s.lw[lead - 1]
        start = 0
        while start < lead - 1 and s.lw[start] in ("but", "and"):
            start += 1
        if w.endswith(("'s", "’s")) and len(w) > 2 and start == lead - 1:
            tok = s.toks[lead - 1]
            return Span(tok.start, tok.end - 2)
        if w in ("is", "was", "are", "were") and 0 < lead - 1 - start <= 6:
            if any(x in HARD_PUNCT for x in s.tx[start : lead - 1]):
                return None
            return s.span_of(start, lead - 1)
        return None

    def _verb(self, s: _Sent, i: int, width: int, form: CueForm, found: list[Raw]) -> Raw | None:
        t = self.t
        cue = Span(s.toks[i].start, s.toks[i + width - 1].end)
        if form.frame == "raising":
            return self._raising(s, i, width, form, cue)
        if form.frame == "adverb":
            return self._adverb(s, i, form, cue)
        if i == 0 and _is_cap(s.tx[0]) and form.cue_class == "neutral":
            r0 = self._cue_first(s, width, form, cue)
            if r0 is not None:
                return r0
        if (
            form.lemma == "ask"
            and s.lw[i] == "asked"
            and (i == 0 or s.lw[i - 1] in t.asked_lead or s.lw[i - 1] in t.passive_aux)
        ):
            return self._asked(s, i, form, cue)
        if s.lw[i].endswith("ing") and (i == 0 or (i == 1 and s.lw[0] in _PARTICIPLE_LEAD)):
            r0 = self._fronted_participle(s, i, width, form, cue)
            if r0 is not None:
                return r0
        r = i + width
        w = s.lw[i]
        prev = s.tx[i - 1] if i > 0 else ""
        participle = w.endswith("ing") and self._comma_before(s, i)
        app = None if participle else self._appositive_np(s, i)
        if app is None and not participle and i > 1:
            # "Cruz, who won Texas, is calling for ...": auxiliaries may stand between the role and the cue
            j = self._before_adverbs(s, i) + 1
            if j < i:
                app = self._appositive_np(s, j)
        if i > 0:
            # --- direct inversion: '"C," (X, role,) said (X) (on Monday)[, "C2"]'
            k = self._quote_left(s, i)
            if k is not None:
                q = _quote_ending_at(self.quotes, s.toks[k].end)
                src = s.span_of(k + 1, i)
                role = None
                after = r
                if src is None:
                    np = self._right_np(s, i + width - 1)
                    if np is not None:
                        a, b, rl = np
                        src = s.span_of(a, rl[1] if rl else b)
                        role = s.span_of(*rl) if rl else None
                        after = rl[1] if rl else b
                else:
                    mid = self._appositive_np(s, i)
                    if mid is not None:
                        role = s.span_of(mid[2], mid[3])
                stop = self._adjunct_end(s, after, form)
                if q is not None and stop is not None:
                    lead = self._lead_in(s, q)
                    content = [Span(lead if lead is not None else q.start, q.end)]
                    qs = [q]
                    self._continuation(s, stop, content, qs)
                    return Raw(cue, src, content, form.lemma, form.cue_class, s.index, role=role, quotes=qs)
                if q is not None and src is not None and self._quote_then_adjunct(s, q, i, after, form):
                    # '"C," he said as the crowd cheered' / '"C," Trump said late last week': a quotation
                    # that ends in a comma, "?" or "!" is the inverted cue's content when an adjunct follows
                    lead = self._lead_in(s, q)
                    content = [Span(lead if lead is not None else q.start, q.end)]
                    return Raw(cue, src, content, form.lemma, form.cue_class, s.index, role=role, quotes=[q])
            # --- inversion B: 'C, said X, a spokesman for Y' (speech cues only: "C, wants X" is no inversion)
            named = app is None or self._name_ends(s, i + width)
            if prev == "," and form.cue_class not in _NO_INVERSION and named:
                np = self._right_np(s, i + width - 1)
                if np is not None and self._thing_after_cue(s, np[0], np[1], form):
                    np = None
                if np is not None:
                    a, b, rl = np
                    after = rl[1] if rl else b
                    stop = self._adjunct_end(s, after, form)
                    if stop is not None and self._nested_only(s, found, i):
                        content, qs = self._left_content(s, i)
                        if content:
                            self._continuation(s, stop, content, qs, quoted_only=True)
                            return Raw(
                                cue,
                                s.span_of(a, after),
                                content,
                                form.lemma,
                                form.cue_class,
                                s.index,
                                role=s.span_of(*rl) if rl else None,
                                quotes=qs,
                            )
        # --- source on the left
        role = None
        np: tuple[int, int] | None
        if (
            app is None
            and i >= 3
            and s.tx[i - 1] == ","
            and s.lw[i - 2] in t.interjection
            and s.tx[i - 3] == ","
        ):
            # "Murphy, though, said ...": the sentence adverb is neither source nor role
            np = self._left_np(s, i - 3)
            if np is not None:
                return self._svc(s, i, width, form, cue, s.span_of(*np), False, None)
        if app is not None and self._adverbial_start(s, app[2]):
            np = (app[0], app[1])  # "Clinton, during a town hall meeting, said": the adverbial is no role
        elif app is not None:
            np = (app[0], app[3] + 1)
            role = s.span_of(app[2], app[3])
        else:
            np = self._left_np(s, i)
        inherited = False
        if (
            np is None
            and i > 0
            and w.endswith("ing")
            and (self._comma_before(s, i) or s.lw[i - 1] in _PARTICIPLE_ADJUNCT)
        ):
            # participle: "..., arguing that C" / "X was quoted as saying C"; a preposition before it
            # ("before adding that C", "after saying C", "in declaring C") or a dash ("— saying C")
            # makes the same adjunct
            if s.lw[i - 1] == "as" and i >= 3 and s.lw[i - 2] == "quoted":
                np = self._left_np(s, i - 2)
            elif found and found[-1].source is not None:
                prevsrc = found[-1]
                return self._svc(s, i, width, form, cue, prevsrc.source, True, prevsrc.role)
            else:
                np = self._subject(s, i)
            inherited = True
        elif np is None and i > 0 and s.lw[max(0, self._before_adverbs(s, i))] in ("and", "but"):
            # "... and said", "... but now apparently prefers": the subject of the sentence
            np = self._subject(s, max(0, self._before_adverbs(s, i)))
            inherited = True
        elif np is None and i > 0 and s.lw[i - 1] in ("who", "which", "that"):
            np = (i - 1, i)  # "officials who said ...": the relative pronoun is the source mention
        elif (
            np is None
            and i > 1
            and s.lw[max(0, self._before_adverbs(s, i))] in ("who", "which")
            and form.cue_class not in _NO_INVERSION
        ):
            j = max(0, self._before_adverbs(s, i))
            np = (j, j + 1)  # "voters who have typically backed ...": auxiliaries after the relative pronoun

        elif np is None and i > 2 and s.lw[i - 1] == "to" and form.cue_class not in _NO_INVERSION:
            np = self._infinitive_source(s, i - 1)
            inherited = np is not None
        elif np is None and i >= 3 and s.tx[i - 1] == "," and s.tx[i - 2] == ")":
            np = self._left_np(s, i - 1)  # "Sen. Jack Reed (D-R.I.), said ...": a stray comma after the label
        elif np is None and not participle:
            np = self._long_subject(s, i)
            inherited = np is not None
        if np is None:
            return None
        a, b = np
        if not inherited and a > 0 and s.lw[a - 1] == "as":
            r_as = self._as_clause(s, a, r, form, cue, s.span_of(a, b), role)
            if r_as is not None:
                return r_as
        # --- inversion A: 'C, he said (on Monday)[, C2].'
        if (
            a > 0
            and not inherited
            and (s.tx[a - 1] == "," or s.tx[a - 1] in CLOSE_QUOTE_TOKENS)
            and b - a <= 8
            and s.lw[a] not in ("who", "which", "that")
        ):
            stop = self._adjunct_end(s, r, form)
            if stop is not None and (
                self._nested_only(s, found, a)
                or s.tx[a - 1] in CLOSE_QUOTE_TOKENS
                or self._outlet(s, a, b)  # "X has estimated that C, Reuters reported": the outlet's report
            ):
                content, qs = self._left_content(s, a)
                if content and not qs and form.lemma in t.addressee_verbs and self._adverbial(s, content[0]):
                    content = []  # "Since October, officials have told ...": no clause before the comma
                if content and not qs and stop - r > 3 and self._opens_adverbial(s, content[0]):
                    content = []  # "As in 2008, the union agreed in 2011 to a ...": an adjunct, not a clause
                if content:
                    lead = None if qs else content[0]
                    self._continuation(s, stop, content, qs)
                    if lead is not None and qs and not self._has_quote_mark(lead):
                        # 'Minutes later, she said, "Done."': before a quotation, the unquoted words ahead
                        # of the source set the scene; the quotation alone is what was said
                        content = content[1:]
                    return Raw(
                        cue,
                        s.span_of(a, b),
                        content,
                        form.lemma,
                        form.cue_class,
                        s.index,
                        role=role,
                        quotes=qs,
                    )
        return self._svc(s, i, width, form, cue, s.span_of(a, b), inherited, role)

    def _comma_before(self, s: _Sent, i: int) -> bool:
        """A comma just before token ``i``, also inside a closing quote mark ('"a good plan," adding that').

        American style puts the comma inside the quotation; the participle after it ("adding",
        "claiming", "saying") still continues the attribution of the clause before it.
        """
        if i > 0 and s.tx[i - 1] == ",":
            return True
        return i > 1 and s.tx[i - 1] in CLOSE_QUOTE_TOKENS and s.tx[i - 2] == ","

    def _infinitive_source(self, s: _Sent, k: int) -> tuple[int, int] | None:
        """'The loss led her to declare C' / 'He went on CNN to say C': who speaks in an infinitive at ``k``.

        An object pronoun or a name just before "to" (after a verb: "led her", "forced Sanders") is the
        speaker; otherwise the infinitive says what the sentence's subject did it for.
        """
        w = s.lw[k - 1]
        if w in self.t.object_pronouns or (_is_cap(s.tx[k - 1]) and k - 1 > 0 and not _is_cap(s.tx[k - 2])):
            return k - 1, k
        return self._subject(s, k)

    def _has_quote_mark(self, sp: Span) -> bool:
        return any(ch in QUOTE_MARK_CHARS for ch in self.text[sp.start : sp.end])

    def _as_clause(
        self, s: _Sent, a: int, r: int, form: CueForm, cue: Span, source: Span | None, role: Span | None
    ) -> Raw | None:
        """``As X reported, C`` / ``C, as X noted.``: the clause the "as" clause is attached to is content.

        The source at token ``a`` follows "as"; the cue ends at ``r``. Nothing but adjuncts may follow the
        cue inside the "as" clause (else "as he told reporters that C" is an ordinary cue).
        """
        o = a - 1
        stop = self._adjunct_end(s, r, form)
        if stop is None:
            return None
        if (
            (o == 0 or s.lw[o - 1] in ("and", "but") or s.tx[o - 1] == ",")
            and stop < s.end
            and s.tx[stop] == ","
        ):
            e = self._content_end(s, stop + 1)
            content, qs = self._content(s, stop + 1, e)
        elif o > 1 and s.tx[o - 1] in (",", "—", "–") and stop >= s.end:
            content, qs = self._left_content(s, o)
        else:
            return None
        if not content:
            return None
        return Raw(cue, source, content, form.lemma, form.cue_class, s.index, role=role, quotes=qs)

    def _fronted_participle(self, s: _Sent, i: int, width: int, form: CueForm, cue: Span) -> Raw | None:
        """``Conceding that C, he warned ...``: a participle opening the sentence, its source the subject.

        The content runs from the cue to the comma that closes the participle clause; the source is the
        subject of the main clause after that comma (up to its first auxiliary or cue word).
        """
        t = self.t
        c = self._after_cue(s, i + width, form)
        if c is None:
            return None
        e = next(
            (k for k in range(c + 1, s.end) if s.tx[k] == "," and not _inside(self.quotes, s.toks[k].start)),
            None,
        )
        if e is None:
            return None
        b = e + 1
        while (
            b < s.end
            and b - e <= 8
            and s.tx[b] not in HARD_PUNCT
            and s.lw[b] not in t.aux
            and s.lw[b] not in t.passive_aux
            and s.lw[b] not in t.cue_forms
        ):
            b += 1
        if b >= s.end or b == e + 1 or b - e > 8 or s.tx[b] in HARD_PUNCT:
            return None
        content, qs = self._content(s, c, e)
        source = s.span_of(e + 1, b)
        if not content or source is None:
            return None
        return Raw(cue, source, content, form.lemma, form.cue_class, s.index, inherited=True, quotes=qs)

    def _thing_after_cue(self, s: _Sent, a: int, b: int, form: CueForm) -> bool:
        """Is ``[a, b)`` after a cue other than "said" a thing, its object ("explained the reason")?

        Only "said", "added", "wrote" invert freely ("C, said the farmer"); after other cues a
        determiner phrase with no capital and no person or organisation noun is the cue's object.
        """
        if form.lemma in ("say", "add", "write", "tell") or s.lw[a] not in self.t.determiner or b - a < 2:
            return False
        return not any(_is_cap(s.tx[k]) or self._head_noun(s.lw[k]) for k in range(a + 1, b))

    def _outlet(self, s: _Sent, a: int, b: int) -> bool:
        """Are tokens ``[a, b)`` a listed media outlet ("Reuters", "the AP")?"""
        words = s.tx[a:b]
        if words and s.lw[a] == "the":
            words = words[1:]
        return " ".join(words) in self.t.media

    def _media_noun_before(self, s: _Sent, a: int, b: int) -> bool:
        """Do tokens ``[a, b)`` end in a media noun ("the local newspaper", "a radio station")?"""
        if b <= a:
            return False
        m = self.t.media_nouns
        return s.tx[b - 1] == s.lw[b - 1] and (s.lw[b - 1] in m or " ".join(s.lw[max(a, b - 2) : b]) in m)

    def _name_after(self, s: _Sent, c: int) -> int | None:
        """End of a capitalised name of one to four words from ``c`` ("the Harbour Herald"), else None."""
        if c < s.n and s.lw[c] == "the":
            c += 1
        d = c
        while d < s.n and d - c < 4 and _is_cap(s.tx[d]) and s.tx[d][:1].isalpha():
            d += 1
        if d == c or (d < s.n and s.tx[d] not in (",", ".", ";", ")") and s.tx[d] not in END_PUNCT):
            return None
        return d

    def _before_adverbs(self, s: _Sent, i: int, lo: int = 0) -> int:
        """Index of the token before cue ``i`` once auxiliaries and adverbs are skipped ("but now often").

        A catenative verb and its "to" are skipped too: "He continues to insist", "she went on to say".
        """
        k = i - 1
        while k >= lo:
            if (
                (s.lw[k] in self.t.aux and (s.tx[k] == s.lw[k] or k == 0))  # "Will wrote": a name
                or (k > lo and s.lw[k].endswith("ly") and s.tx[k] == s.lw[k])
                or (
                    k > lo and s.lw[k] in ("then", "however") and s.tx[k - 1] not in HARD_PUNCT
                )  # "He then asked"
            ):
                k -= 1
            elif s.lw[k] == "to" and k > lo and self._catenative(s, k):
                k -= 3 if s.lw[k - 1] == "on" else 2
            else:
                break
        return k

    def _catenative(self, s: _Sent, k: int) -> bool:
        """Is the "to" at ``k`` an infinitive marker after "continues", "went on", "is expected"?"""
        if k < 1:
            return False
        w = s.lw[k - 1]
        if w == "on":
            return k >= 2 and s.lw[k - 2] in self.t.catenative and s.lw[k - 2].startswith(("go", "went"))
        return w in self.t.catenative and not w.startswith(("go", "went"))

    def _nested_only(self, s: _Sent, found: list[Raw], a: int) -> bool:
        """May an inverted cue at token ``a`` take the clause before it as content, given ``found``?

        Only when nothing was found before it in the sentence (measured on PolNeAR train: letting a cue
        take a clause that already holds another attribution found more wrong spans than right ones),
        or only belief and stance cues ("C, a state she hoped to carry, ..., said X"): those are dropped
        inside a statement's content anyway (``extract._drop_nested_beliefs``).
        """
        return all(r.cue_class in _BELIEF_CLASSES for r in found)

    def _quote_left(self, s: _Sent, i: int) -> int | None:
        """Index of a closing quote mark shortly before cue ``i`` with only a name/role between them."""
        t = self.t
        saw_and = False
        for k in range(i - 1, max(-1, i - 24), -1):
            x = s.tx[k]
            if x in CLOSE_QUOTE_TOKENS | OPEN_QUOTE_TOKENS and _quote_ending_at(self.quotes, s.toks[k].end):
                if saw_and and not (
                    k + 2 < i
                    and (_is_cap(s.tx[k + 1]) or s.lw[k + 1] in t.determiner)
                    and "," in s.tx[k + 1 : i]
                ):
                    return None  # '"C" and said': a coordination, not a source between quote and cue
                if self._clause_goes_on(s, k, i):
                    return None
                return k
            if x in (".", ";", ":", "!", "?", "—", "–") or x in OPEN_QUOTE_TOKENS:
                return None
            if s.lw[k] == "that":
                return None
            if s.lw[k] in t.cue_forms:
                # '"C," Warren, who has not endorsed anyone, told reporters': a cue in a relative clause
                if not any(w in ("who", "whose", "which") for w in s.lw[max(0, k - 8) : k]):
                    return None
            if s.lw[k] in ("and", "but"):
                saw_and = True
        return None

    def _clause_goes_on(self, s: _Sent, k: int, i: int) -> bool:
        """'They "were dull" in comparison to her, Lee said': does the clause go on after the quote at ``k``?

        Lower-case words after the closing mark that are no source (not a determiner, pronoun or role
        noun), then a comma before the cue: the quotation is part of a longer clause, which is the content
        of an inverted "C, X said"; the words between are not the source.
        """
        t = self.t
        w = s.lw[k + 1] if k + 1 < i else ""
        return (
            bool(w)
            and s.tx[k + 1] == w
            and w[:1].isalpha()
            and w not in t.determiner
            and w not in t.pronouns
            and w not in t.role_singular
            and w not in t.role_plural
            and "," in s.tx[k + 1 : i]
        )

    def _quote_then_adjunct(self, s: _Sent, q: Quote, i: int, r: int, form: CueForm) -> bool:
        """'"C," X said as ...': does quotation ``q`` end in ",", "?" or "!" inside its marks (so its
        sentence goes on to the cue at ``i``), and does an adjunct, not content, follow the cue at ``r``?

        Measured on PolNeAR train: such a quotation is the cue's content also when the adjunct is a clause
        ("as the crowd cheered", "when asked about it", "before adding: ...") that the adjunct rule rejects.
        """
        body = self.text[q.start : q.end].rstrip(QUOTE_MARK_CHARS)
        if not q.closed or body[-1:] not in (",", "?", "!"):
            return False
        if form.cue_class in _NO_INVERSION or s.lw[i].endswith("ing"):
            return False
        t = self.t
        if form.lemma in t.addressee_verbs:
            # '"C," she told MSNBC Monday when asked ...': the addressee comes first
            k = r
            while k < s.end and k - r < 4 and (s.lw[k] in t.object_pronouns or _is_cap(s.tx[k])):
                k += 1
            r = k
        if r >= s.end:
            return False
        w = s.lw[r]
        return (
            w in t.adjunct
            or w in t.time
            or w in t.post_cue
            or w == "and"
            or w[:1].isdigit()
            or (s.tx[r] == w and (w.endswith("ly") or w.endswith("ing")))
        )

    def _adjunct_end(self, s: _Sent, r: int, form: CueForm) -> int | None:
        """After a cue that closes an inversion: the index of the comma or end where adjuncts stop.

        ``None`` when what follows is content ("that ...", ":", a quotation, a clause): no inversion then.
        """
        t = self.t
        if r >= s.end or s.tx[r] in END_PUNCT or s.tx[r] == ";":
            return r
        if s.tx[r] in OPEN_QUOTE_TOKENS and s.tx[r - 1].endswith("."):
            return r  # '"C," said Ann Lee of Dover, Del. "D."': the splitter took "Del." for no full stop
        if s.tx[r] not in HARD_PUNCT and (form.particle or form.frame == "np"):
            return (
                None  # "asked for a sentence", "refused to comment on the donations": the object is content
            )
        if s.lw[r] == "to" and (form.cue_class not in ("neutral", "announcing") or self._bare_verb(s, r + 1)):
            return None  # "vowed to put the country first": the infinitive is content
        if s.lw[r] in ("for", "about", "against", "of") and form.cue_class not in ("neutral", "announcing"):
            return None  # "asked for a sentence", "warned about the risk": the object is content
        k = r
        if s.lw[r] in ("him", "her", "them", "me", "us"):
            if r + 1 >= s.end or s.tx[r + 1] in END_PUNCT or s.tx[r + 1] in (",", ";"):
                return r + 1  # '"But why?" she asked him.', '"C," he urged them, as ...': the addressee
        if form.lemma in t.addressee_verbs:
            while (
                k < s.end
                and k - r < 5
                and s.lw[k] not in HARD_PUNCT
                and s.lw[k] not in t.adjunct
                and s.lw[k] != "that"
                and s.tx[k] not in OPEN_QUOTE_TOKENS
                and not (k > r and s.lw[k] in t.pronouns and s.lw[k] not in t.object_pronouns)
            ):
                k += 1
            if k >= s.end:
                return s.end
            if s.lw[k] in t.pronouns and s.lw[k] not in t.object_pronouns:
                return None  # "he told POLITICO he had ...": a clause follows the addressee
            if any(w in t.passive_aux or w in _FINITE for w in s.lw[r + 1 : k + 1]):
                return None  # "X, Y told reporters he was ...": a finite verb, so a clause follows
        w = s.lw[k]
        if w == ",":
            return k
        if (
            w in t.adjunct
            or w in t.time
            or w in t.head_stops
            or w in t.post_cue
            or s.tx[k] in t.months  # '"C," Rubio said Dec. 6 on CNN'
            or s.tx[k] == "("
            or k > r
        ):
            while k < s.end:
                w = s.lw[k]
                if (
                    w == "that"
                    or w == ":"
                    or (
                        s.tx[k] in OPEN_QUOTE_TOKENS
                        and not _inside(self.quotes, s.toks[k].start)
                        and k > r
                        and s.tx[k - 1] in (",", ":")
                    )
                ):
                    return None
                if w in (",", ";"):
                    return k
                k += 1
            return s.end
        return None

    def _continuation(
        self, s: _Sent, stop: int, content: list[Span], qs: list[Quote], quoted_only: bool = False
    ) -> None:
        """'C1, he said, C2' / '"C1," he said, "C2."': the part after the cue's comma is content too.

        With ``quoted_only`` (a source after the cue: 'C1, said X, ...'), only a quotation or a verb phrase
        opened by an auxiliary ('Any fair reading, said Ann Lee, would call it a retreat') continues: a
        comma after such a source more often opens an appositive of it ('said a spokesman, Ann Lee, who
        ...') than the rest of the reported sentence.
        """
        if stop >= s.end or s.tx[stop] != ",":
            return
        a = stop + 1
        if a >= s.end:
            return
        if quoted_only and s.tx[a] not in OPEN_QUOTE_TOKENS and s.lw[a] not in self.t.verb_aux:
            return
        w = s.lw[a]
        if w == "according" or (w.endswith("ing") and w in self.t.cue_forms) or w in ("who", "which"):
            return
        if qs and s.tx[a] not in OPEN_QUOTE_TOKENS and not self._runs_on(qs[-1], s, a):
            return  # after a quotation, only another quotation continues it ('"A," she said, "B."')
        e = self._content_end(s, a)
        fr, q = self._content(s, a, e)
        if fr and (q or e - a >= 3):
            content.extend(fr)
            qs.extend(q)

    def _runs_on(self, q: Quote, s: _Sent, a: int) -> bool:
        """'"Only you, Lee," she said, "would do this"' unquoted: does the quoted sentence go on at ``a``?

        A quotation that ends in a comma inside its marks is an unfinished sentence; when the words after
        the cue's comma open with an auxiliary (``verb_aux`` in ``content_bounds.tsv``) or "to" ("would
        use ...", "to build ..."), they finish it (measured on PolNeAR train).
        Other words there (an adjunct: "as the crowd cheered") describe the speaking, not what was said.
        """
        body = self.text[q.start : q.end].rstrip(QUOTE_MARK_CHARS)
        w = s.lw[a]
        return body.endswith(",") and s.tx[a] == w and (w in self.t.verb_aux or w == "to")

    def _svc(
        self,
        s: _Sent,
        i: int,
        width: int,
        form: CueForm,
        cue: Span,
        source: Span | None,
        inherited: bool,
        role: Span | None,
    ) -> Raw | None:
        r = i + width
        c = self._after_cue(s, r, form)
        if c is None:
            return None
        addressee = s.span_of(r, c) if c > r and form.lemma in self.t.addressee_verbs else None
        e = self._content_end(s, c)
        if form.frame == "np":
            e = self._np_end(s, c, e)
        rel = max(0, self._before_adverbs(s, i))
        if rel > 0 and s.lw[rel] in ("who", "which") and s.tx[rel - 1] == ",":
            # "Norton, which declined to comment, returned ...": the relative clause ends at its comma
            for k in range(c + 1, e):
                if s.tx[k] == "," and not _inside(self.quotes, s.toks[k].start):
                    e = k
                    break
        e = self._opening_clause_end(s, i, c, e)
        e = self._pronoun_object_end(s, c, e)
        e = self._occasion_end(s, c, e)
        content, qs = self._content(s, c, e)
        if not content and c >= s.end and s.tx[c - 1] == ":":
            content, qs = self._quote_after(s)
        if not content:
            return None
        return Raw(
            cue,
            source,
            content,
            form.lemma,
            form.cue_class,
            s.index,
            addressee=addressee,
            role=role,
            inherited=inherited,
            quotes=qs,
        )

    def _pronoun_object_end(self, s: _Sent, c: int, e: int) -> int:
        """'said so in December', 'denied it through a lawyer': a pronoun object is the whole content.

        When the content opens with a pronoun object ("it", "them", "so", "this") and an adjunct follows
        it ("in", "on", "at", a time word), the adjunct says when or where the cue happened, not what was
        said (both lists in ``content_bounds.tsv``).
        """
        t = self.t
        if c + 1 >= e or s.lw[c] not in t.pronoun_objects:
            return e
        return c + 1 if s.lw[c + 1] in t.object_adjuncts else e
        return e

    def _occasion_end(self, s: _Sent, c: int, e: int) -> int:
        """'criticized him during a debate', 'posted the story on Facebook': a final occasion is the cue's.

        When the content ``[c, e)`` ends with a short phrase opened by a preposition ("in", "on", "at",
        "during", ...) that names the occasion or medium of the statement ("in an interview", "on
        Twitter", "at a rally", "on Wednesday"; ``occasion`` and ``time`` words), that phrase says where or
        when the source spoke, not what was said; PolNeAR train leaves it out of the content.
        """
        t = self.t
        for k in range(c + 1, e - 1):
            if s.lw[k] not in t.object_adjuncts or s.tx[k] != s.lw[k]:
                continue
            if _inside(self.quotes, s.toks[k].start):
                continue
            rest = range(k + 1, e)
            if len(rest) > _MAX_OCCASION or any(s.tx[j] in HARD_PUNCT or s.lw[j] in t.verb_aux for j in rest):
                continue
            for j in range(k + 1, min(e, k + 1 + _OCCASION_HEAD)):
                if s.lw[j] in t.occasions or s.lw[j] in t.time:
                    return k
                if s.lw[j] in t.object_adjuncts:
                    break  # "on advertising on Facebook": the occasion belongs to a later phrase
        return e

    def _opening_clause_end(self, s: _Sent, i: int, c: int, e: int) -> int:
        """End of content ``[c, e)`` of a cue at ``i`` that stands in a sentence-initial adverbial clause.

        "While she said the plan was sound, her party voted against it": the clause opened by "while"
        ends at its comma, and the main clause after it is the reporter's, not the source's. PolNeAR
        train ends the content there.
        """
        a = 0
        while a < i and (s.tx[a] in OPEN_QUOTE_TOKENS or s.lw[a] in ("but", "and", "so", "yet")):
            a += 1
        if a + 1 < i and s.lw[a] == "even":
            a += 1  # "Even though she said ..."
        if a >= i or s.lw[a] not in self.t.clause_openers:
            return e
        for k in range(c + 1, e):
            if s.tx[k] == "," and not _inside(self.quotes, s.toks[k].start):
                return k
        return e

    def _quote_after(self, s: _Sent) -> tuple[list[Span], list[Quote]]:
        """``She went on to say:`` ending its paragraph: the quotation that opens the next one is content."""
        end = s.toks[s.n - 1].end
        q = next((q for q in self.quotes if q.start >= end), None)
        if q is None or self.text[end : q.start].strip():
            return [], []
        return [Span(q.start, q.end)], [q]

    def _lead_in(self, s: _Sent, q: Quote) -> int | None:
        """Where the reporter's own lead-in to a quotation starts ('After the vote, "we won," he said').

        ``None`` when the quotation opens the sentence, or what precedes it holds a cue or a colon of its
        own (then it is not part of this attribution's content). Quoted words in the lead-in ('"Old Songs"
        was to be a "sad tale," she said') are part of it: measured on PolNeAR train.
        """
        j = 0
        while j < s.n and s.toks[j].start < q.start:
            j += 1
        if j == 0 or not (q.start >= s.span.start):
            return None
        start = 0
        while start < j and (
            s.lw[start] in ("but", "and")
            or s.tx[start] in OPEN_QUOTE_TOKENS
            and _quote_starting_at(self.quotes, s.toks[start].start) is None
        ):
            start += 1
        if j - start < 2:
            return None
        for k in range(start, j):
            w = s.lw[k]
            if w in (":", ";", "—", "–", ".", "?", "!"):
                return None
            if w in self.t.cue_forms or w == "according":
                return None
        return s.toks[start].start

    def _left_content(self, s: _Sent, a: int) -> tuple[list[Span], list[Quote]]:
        """Content before an inverted cue: the quotation that closes there, or the clause up to the comma."""
        k = a - 1
        while k >= 0 and s.tx[k] in (",",):
            k -= 1
        if k < 0:
            return [], []
        if s.tx[k] in CLOSE_QUOTE_TOKENS:
            q = _quote_ending_at(self.quotes, s.toks[k].end)
            if q is not None:
                lead = self._lead_in(s, q)
                if lead is not None:
                    return [Span(lead, q.end)], [q]
                return [Span(q.start, q.end)], [q]
        start = 0
        while start < k and s.lw[start] in ("but", "and"):
            start += 1
        sp = s.span_of(start, k + 1)
        return ([sp] if sp else []), []
