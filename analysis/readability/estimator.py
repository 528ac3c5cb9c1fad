"""Syllables of a word that no dictionary knows: vowel groups, each worth a learned number of syllables.

A word is cut into *vowel groups* (maximal runs of a, e, i, o, u, y; a "y" that opens the word before a
vowel is a consonant, as in "yes"). Most groups are one syllable, but not all: the final "e" of "make"
is silent, "ia" in "media" is two, "ed" in "walked" is silent but in "wanted" is not. The number each
group is worth depends on the letters around it, so the estimator looks the group up with its context,
from the most specific to the least:

1. two letters before, the group, two letters after ("^m" "a" "ke");
2. one letter before, the group, two letters after;
3. one letter before, the group, one letter after;
4. the group and the letter after it;
5. the group alone;

(``^`` and ``$`` mark the word's edges) and takes the value stored for the first context it finds in
``data/readability/syllable_rules.tsv``. A context that is not in the file is worth one syllable. A word
with letters has at least one syllable.

The rules are *learned* from 90% of the CMU Pronouncing Dictionary by
``python -m tools.build_syllable_rules`` (hard expectation-maximisation: each word's
syllable count is shared out over its groups in the most probable way, the context tables are re-counted,
and so on). The other 10%, chosen by a hash of the word, is never seen by the builder and is what
``benchmarks/bench_readability.py`` measures the estimator on.
"""

from __future__ import annotations

from functools import cache, lru_cache

from .. import lexicons

VOWELS = frozenset("aeiouy")
RULES_FILE = "readability/syllable_rules.tsv"
#: Context levels, most specific first: (letters before, letters after).
LEVELS: tuple[tuple[int, int], ...] = ((2, 2), (1, 2), (1, 1), (0, 1), (0, 0))


def vowel_groups(word: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each vowel group of a lower-case word of letters."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        if ch in VOWELS and not (ch == "y" and i == 0 and n > 1 and word[1] in VOWELS):
            j = i + 1
            while j < n and word[j] in VOWELS:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def context_keys(word: str, start: int, end: int) -> list[str]:
    """The lookup keys of the group ``word[start:end]``, most specific first."""
    padded = "^^" + word + "$$"
    s, e = start + 2, end + 2
    group = word[start:end]
    return [f"{b}|{padded[s - b : s]}|{group}|{padded[e : e + a]}" for b, a in LEVELS]


@cache
def rules() -> dict[str, int]:
    """Context key -> syllables, from the learned rules file."""
    table: dict[str, int] = {}
    for row in lexicons.load(RULES_FILE).rows():
        key, value = row[0], row[1]
        table[key] = int(value)
    return table


def group_value(word: str, start: int, end: int, table: dict[str, int] | None = None) -> int:
    table = rules() if table is None else table
    for key in context_keys(word, start, end):
        v = table.get(key)
        if v is not None:
            return v
    return 1


@lru_cache(maxsize=65536)
def estimate(word: str) -> int:
    """Estimated syllables of ``word`` (letters only; other characters are ignored); 0 without letters."""
    w = "".join(ch for ch in word.lower() if "a" <= ch <= "z")
    if not w:
        return 0
    table = rules()
    total = sum(group_value(w, s, e, table) for s, e in vowel_groups(w))
    return max(total, 1)
