"""Benchmark of the news sentence model that sees the words (issue 13, session 11): does it beat the rules?

Run ``make bench BENCH=news_words`` (or ``.venv/bin/python -m benchmarks.bench_news_words``). Reads the
hand-labelled development splits (``benchmarks/wikinews/hedging.jsonl``, texts from ``../shared``; skips with
a message when they are absent; never the test split) and writes ``benchmarks/results/news_words.json``.

Cross-validation (:mod:`tools.train_news_model`): leave one split out (Wikinews train..dev5 as one group,
each outlet split dev6..dev12 alone), the training side without any article of a publisher the held-out
split has; penalty and thresholds chosen inside the training side only. The figures are the rules' and the
model's (alone and combined with the rules) precision, recall and F1 of ``uncertain`` and ``weasel`` per
held-out group, on dev10+dev12 (no rule was written from them: the honest estimate) and on all sentences,
with the sentences each combination changes from the rules' flag (wrong to right, right to wrong).
About 4 minutes on one core.
"""

from __future__ import annotations

import json
import time

from benchmarks.common import RESULTS as RESULTS_DIR
from benchmarks.common import MissingData
from benchmarks.wikinews.corpus import CORPUS_DIR, ZYTE_DIR

RESULTS = RESULTS_DIR / "news_words.json"
VARIANT = "words"


def main() -> int:
    for folder in (CORPUS_DIR, ZYTE_DIR):
        if not folder.is_dir():
            raise MissingData(f"{folder} not found: the labelled news sentences need their texts")
    from tools import train_news_model as train

    t0 = time.perf_counter()
    examples = train.restrict(train.load_examples(), train.VARIANTS[VARIANT])
    oof = train.cross_validate(examples)
    got = train.table(examples, oof)
    print(train.format_table(got))
    untuned = [e for e in examples if e.split in train.UNTUNED]
    gains = {
        t: {d: train.bootstrap(untuned, oof, t, d) for d in sorted(train.DECISIONS) if d != "rules"}
        for t in train.TARGETS
    }
    for t, row in gains.items():
        print(
            f"{t} on dev10+dev12, F1 gain over the rules [95% interval, articles resampled]: "
            + "; ".join(f"{d} {v['gain']:+.3f} [{v['low']:+.3f}, {v['high']:+.3f}]" for d, v in row.items())
        )
    results = {
        "cross_validated": got,
        "cross_validation": "leave one split out (wikinews = train..dev5; dev6..dev12 each alone); the "
        "training side drops every article of a publisher the held-out split has; l2 and thresholds chosen "
        "by leave-one-split-out inside the training side; 'rules' is the analyzer's judgement",
        "gain_on_dev10_dev12": gains,
        "gain_is": "F1 of each decision minus the rules' on dev10+dev12, with the 2.5 and 97.5 percentiles "
        "of 2,000 resamplings of the articles (seed 0)",
        "variant": VARIANT,
        "left_out_feature_prefixes": list(train.VARIANTS[VARIANT]),
        "decisions": sorted(train.DECISIONS),
        "sentences": {s: sum(e.split == s for e in examples) for s in sorted({e.split for e in examples})},
        "min_articles_per_feature": train.MIN_ARTICLES,
        "l2_grid": list(train.L2_GRID),
    }
    print(f"({time.perf_counter() - t0:.0f} s)")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, sort_keys=True, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
