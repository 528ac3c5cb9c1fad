"""The counts behind every readability formula: sentences, words, syllables, characters, complex and
difficult words, each counted the same way for a sentence, a paragraph, a section and the whole body.

* **sentences**: the package's sentence segmentation (:mod:`analysis.sentences`); for an article, only the
  sentences of its ``paragraph`` parts (see :func:`readability_sentences`).
* **words**: the package's word tokens (a token with a letter or a digit). A hyphenated compound
  ("war-torn"), a possessive ("Kyiv's"), a figure ("100,000", "3.5") and a dotted abbreviation ("U.S.",
  "Jan.") are one word each. Symbols ("%", "$") and punctuation are not words.
* **syllables**: each word as read aloud (:mod:`.syllables`): CMUdict, figures and abbreviations in words,
  compounds by their parts, the fall-back estimator for the rest. A symbol read next to a figure adds its
  syllables to that figure's word ("5%" = five percent, 3 syllables, one word; "$5" = five dollars).
* **characters**: letters and digits of the words (no spaces, punctuation, apostrophes or hyphens); used
  as "characters" by ARI and as "letters" by Coleman-Liau.
* **polysyllables**: words of three or more syllables, every word included (names, compounds and
  figures read aloud too), as McLaughlin's SMOG counts them.
* **complex words** (Gunning's Fog): words of three or more syllables, except (a) proper nouns, (b)
  hyphenated compounds, (c) words whose third syllable comes only from an "-es", "-ed" or "-ing" ending
  ("supporting" = support + ing: two syllables before the ending), and (d) figures.
* **difficult words** (New Dale-Chall): words not on the Dale-Chall familiar-word list
  (``data/readability/dale_chall_familiar.txt``), where, as the published rules say, regular inflections
  of a listed word are familiar (-s, -es, -ies, -ed, -d, -ied, -ing, -er, -est, -ly, possessive 's),
  names of persons and places are familiar, figures are familiar, and a hyphenated compound is familiar
  when every part is.

A **proper noun** is a capitalised word that is not the first word of its sentence; a capitalised first word
is a proper noun too when the same word appears capitalised inside a sentence elsewhere in the text, when
CMUdict does not know it in lower case, or when it is not a familiar word and the next word is a proper noun
("Jens Stoltenberg said", but not "The US said").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from functools import cache, lru_cache

from .. import lexicons
from ..model import Article, Span, Token
from .syllables import Reading, cmu_counts, fold, read_aloud, symbol_syllables, word_reading

FAMILIAR_FILE = "readability/dale_chall_familiar.txt"


@dataclass(frozen=True, slots=True)
class Counts:
    """The inputs of the formulas for one stretch of text. Add two with ``+``."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    characters: int = 0
    polysyllables: int = 0
    complex_words: int = 0
    difficult_words: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Counts)))

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(Counts)}


@dataclass(frozen=True, slots=True)
class WordFacts:
    """One word token in its sentence: what it counts for and why."""

    start: int
    end: int
    text: str
    syllables: int
    how: str  # the syllable rule (see analysis.readability.syllables)
    said: str  # the words counted, when not the token itself
    characters: int
    proper: bool
    polysyllable: bool
    complex: bool
    difficult: bool


@cache
def familiar_words() -> frozenset[str]:
    return lexicons.words(FAMILIAR_FILE)


# Hot paths run once per distinct word of a corpus: C-level scans instead of generator expressions.
_has_digit = re.compile(r"\d").search


def _is_hyphenated(tok: str) -> bool:
    return "-" in tok or "‑" in tok or "‐" in tok


def _parts(tok: str) -> list[str]:
    return [p for p in tok.replace("‑", "-").replace("‐", "-").split("-") if p]


def _inflection_bases(w: str) -> list[str]:
    """Candidate base forms of a regularly inflected word (the Dale-Chall inflection rule)."""
    out: list[str] = []
    n = len(w)

    def add(stem: str) -> None:
        if len(stem) >= 2:
            out.append(stem)

    def doubled(stem: str) -> bool:
        return len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou"

    if w.endswith(("ies", "ied", "ier")) and n > 4:
        add(w[:-3] + "y")
    if w.endswith("iest") and n > 5:
        add(w[:-4] + "y")
    if w.endswith("ily") and n > 4:
        add(w[:-3] + "y")
    if w.endswith("ing") and n > 4:
        stem = w[:-3]
        add(stem)
        add(stem + "e")
        if doubled(stem):
            add(stem[:-1])
    if w.endswith(("ed", "er")) and n > 3:
        stem = w[:-2]
        add(stem)
        add(w[:-1])
        if doubled(stem):
            add(stem[:-1])
    if w.endswith("est") and n > 4:
        stem = w[:-3]
        add(stem)
        add(w[:-2])
        if doubled(stem):
            add(stem[:-1])
    if w.endswith("es") and n > 3:
        add(w[:-2])
    if w.endswith("ly") and n > 3:
        add(w[:-2])
    if w.endswith(("s", "d", "r")) and n > 2:
        add(w[:-1])
    return out


def _strip_possessive(w: str) -> str:
    if w.endswith("'s") and len(w) > 2:
        return w[:-2]
    if w.endswith("s'") and len(w) > 2:
        return w[:-1]
    return w


@lru_cache(maxsize=200_000)
def is_familiar_word(tok: str) -> bool:
    """Is the (non-proper) word token on the Dale-Chall list, directly or as a regular inflection?"""
    if _has_digit(tok):
        return True
    if _is_hyphenated(tok):
        parts = _parts(tok)
        return bool(parts) and all(is_familiar_word(p) for p in parts)
    hit = read_aloud().get(tok)
    if hit is not None and hit[1] == "abbreviation":
        return all(is_familiar_word(w) for w in hit[0].split())
    familiar = familiar_words()
    w = _strip_possessive(fold(tok).rstrip("."))
    if w in familiar:
        return True
    return any(b in familiar for b in _inflection_bases(w))


def _stem_syllables(w: str, syllables: int) -> int:
    """Syllables before an "-es", "-ed" or "-ing" ending (Gunning's rule); ``syllables`` if there is none."""
    counts = cmu_counts()
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        cands = [stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""]
        adds = 1
    elif w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        cands = [
            w[:-1],
            stem,
            stem[:-1] if stem[-1] == stem[-2] else "",
            w[:-3] + "y" if w.endswith("ied") else "",
        ]
        adds = 1 if stem[-1] in "td" else 0
    elif w.endswith("es") and len(w) > 4:
        cands = [w[:-1], w[:-2], w[:-3] + "y" if w.endswith("ies") else ""]
        adds = 1 if w[:-2].endswith(("s", "z", "x", "ch", "sh", "c", "g")) else 0
    else:
        return syllables
    for c in cands:
        if c and c in counts:
            return counts[c]
    return syllables - adds


@lru_cache(maxsize=200_000)
def _complex_if_common(tok: str, syllables: int) -> bool:
    """Gunning's rule for a word that is not a proper noun."""
    if syllables < 3 or _is_hyphenated(tok) or _has_digit(tok):
        return False
    return _stem_syllables(_strip_possessive(fold(tok)), syllables) >= 3


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper()


@lru_cache(maxsize=200_000)
def word_static(tok: str) -> tuple[int, int, bool, bool, bool, bool, bool, bool]:
    """What a word token counts for, whatever its context (cached per distinct token string).

    ``(syllables, characters, capitalised, complex unless a name, familiar unless a name,
    lower-case form in CMUdict, has a letter, starts with a lower-case letter)``.
    """
    r = word_reading(tok)
    return (
        r.syllables,
        sum(map(str.isalnum, tok)),
        tok[:1].isupper(),
        _complex_if_common(tok, r.syllables),
        is_familiar_word(tok),
        fold(tok).rstrip(".") in cmu_counts(),
        any(map(str.isalpha, tok)),
        tok[:1].isalpha() and not tok[:1].isupper(),
    )


def word_facts(text: str, tok: Token, proper: bool, extra_syllables: int = 0) -> WordFacts:
    """Everything one word token counts for."""
    s = text[tok.start : tok.end]
    r: Reading = word_reading(s)
    syl, chars, _cap, complex_common, familiar, _in_cmu, _letter, _lower = word_static(s)
    syl += extra_syllables
    return WordFacts(
        start=tok.start,
        end=tok.end,
        text=s,
        syllables=syl,
        how=r.how,
        said=r.said,
        characters=chars,
        proper=proper,
        polysyllable=syl >= 3,
        complex=(not proper) and complex_common,
        difficult=not (proper or familiar),
    )


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """One sentence: its span, the index of its part, its counts, and (built on demand) its words.

    The word tokens, their proper-noun judgements and the syllables added by symbols are kept, so that
    :attr:`words` can rebuild each :class:`WordFacts` for tables without slowing down a corpus count.
    """

    start: int
    end: int
    part: int
    counts: Counts
    text: str = field(repr=False, compare=False, default="")
    tokens: tuple[Token, ...] = field(repr=False, default=())
    proper: tuple[bool, ...] = field(repr=False, default=())
    extras: tuple[int, ...] = field(repr=False, default=())
    #: (lower-case words, of which familiar, words with a letter, of which familiar): for the language check
    english: tuple[int, ...] = field(repr=False, default=(0, 0, 0, 0))

    @property
    def words(self) -> tuple[WordFacts, ...]:
        return tuple(
            word_facts(self.text, t, p, x)
            for t, p, x in zip(self.tokens, self.proper, self.extras, strict=True)
        )


def sentence_tokens(article: Article, sentences: Sequence[Span]) -> list[list[Token]]:
    """All tokens (words and symbols) of each sentence."""
    starts = article.token_starts()
    toks = article.tokens
    out: list[list[Token]] = []
    ends = article.token_ends()
    for s in sentences:
        # tokens never overlap, so those ending inside the sentence are a prefix of those starting in it
        i = bisect_left(starts, s.start)
        out.append(toks[i : bisect_right(ends, s.end, i)])
    return out


def analyse_sentences(article: Article, sentences: Sequence[Span]) -> list[SentenceFacts]:
    """Counts for each sentence, proper nouns judged over all of ``sentences`` (see the module docstring).

    This is the hot loop of a corpus run: one cached look-up per word token (:func:`word_static`), no
    regular expression, no object per word.
    """
    text = article.text
    symbols = _symbol_table()
    # Pass 1: word tokens and strings per sentence, symbols read aloud, and capitalised words seen inside
    # sentences (names wherever they appear).
    inside_caps: set[str] = set()
    prepared: list[tuple[list[Token], list[str], list[int] | None]] = []
    for toks in sentence_tokens(article, sentences):
        word_toks = [t for t in toks if t.is_word]
        ws = [text[t.start : t.end] for t in word_toks]
        extras: list[int] | None = None
        if len(word_toks) < len(toks) and any(
            not t.is_word and t.end - t.start == 1 and text[t.start] in symbols for t in toks
        ):
            all_extras = _symbol_extras(text, toks, symbols)
            extras = [all_extras[k] for k, t in enumerate(toks) if t.is_word]
        prepared.append((word_toks, ws, extras))
        inside_caps.update([w for w in ws[1:] if w[:1].isupper()])
    out: list[SentenceFacts] = []
    for s, (word_toks, ws, extras) in zip(sentences, prepared, strict=True):
        proper: list[bool] = []
        add_proper = proper.append
        low = low_known = lettered = lettered_known = 0
        syl = chars = poly = comp = diff = 0
        n = len(ws)
        for k in range(n):
            w = ws[k]
            wsyl, wchars, cap, complex_common, familiar, in_cmu, letter, lower = word_static(w)
            if letter:
                lettered += 1
                lettered_known += familiar
                if lower:
                    low += 1
                    low_known += familiar
            if cap:
                is_proper = k > 0 or w in inside_caps or not in_cmu
                if not is_proper and not familiar and k + 1 < n:
                    # "Jens Stoltenberg ...": an unfamiliar first word that opens a run of names.
                    is_proper = ws[k + 1] in inside_caps
            else:
                is_proper = False
            add_proper(is_proper)
            if extras is not None:
                wsyl += extras[k]
            syl += wsyl
            chars += wchars
            poly += wsyl >= 3
            if not is_proper:
                comp += complex_common
                diff += not familiar
        out.append(
            SentenceFacts(
                start=s.start,
                end=s.end,
                part=getattr(s, "part", -1),
                counts=Counts(1, n, syl, chars, poly, comp, diff),
                text=text,
                tokens=tuple(word_toks),
                proper=tuple(proper),
                extras=tuple(extras) if extras is not None else (0,) * n,
                english=(low, low_known, lettered, lettered_known),
            )
        )
    return out


@cache
def _symbol_table() -> dict[str, tuple[int, str]]:
    return {sym: symbol_syllables(sym) for sym, (_r, kind) in read_aloud().items() if kind == "symbol"}


def _symbol_extras(text: str, toks: list[Token], symbols: dict[str, tuple[int, str]]) -> list[int]:
    """Per token: syllables added by a read-aloud symbol touching that figure ("5%", "$5")."""
    extras = [0] * len(toks)
    for k, t in enumerate(toks):
        if t.is_word or t.end - t.start != 1:
            continue
        hit = symbols.get(text[t.start])
        if hit is None:
            continue
        syl, side = hit
        if side == "after" and k > 0 and toks[k - 1].is_word and toks[k - 1].end == t.start:
            target = k - 1
        elif side == "before" and k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].start == t.end:
            target = k + 1
        else:
            continue
        if any("0" <= ch <= "9" for ch in text[toks[target].start : toks[target].end]):
            extras[target] += syl
    return extras


def count_words(facts: Iterable[WordFacts], sentences: int) -> Counts:
    """Sum word facts into :class:`Counts`."""
    words = syl = chars = poly = comp = diff = 0
    for f in facts:
        words += 1
        syl += f.syllables
        chars += f.characters
        poly += f.polysyllable
        comp += f.complex
        diff += f.difficult
    return Counts(sentences, words, syl, chars, poly, comp, diff)


def total(items: Iterable[SentenceFacts]) -> Counts:
    """Counts of several sentences together."""
    acc = [0] * 7
    for s in items:
        c = s.counts
        acc[0] += c.sentences
        acc[1] += c.words
        acc[2] += c.syllables
        acc[3] += c.characters
        acc[4] += c.polysyllables
        acc[5] += c.complex_words
        acc[6] += c.difficult_words
    return Counts(*acc)
