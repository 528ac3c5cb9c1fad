"""Benchmark of the news sentence model that sees the words (issue 13, session 11): does it beat the rules?

Run ``make bench BENCH=news_words`` (or ``.venv/bin/python -m benchmarks.bench_news_words``). Reads the
hand-labelled development splits (``benchmarks/wikinews/hedging.jsonl``, texts from ``../shared``; skips with
a message when they are absent; never the test split) and writes ``benchmarks/results/news_words.json``.

Cross-validation (:mod:`tools.train_news_model`): leave one split out (Wikinews train..dev5 as one group,
each other development split alone, dev6..dev23), the training side without any article of a publisher the
held-out split has (BBC News and Reuters-21578 are one publisher each); penalty and thresholds chosen inside
the training side only (three folds of its groups). The figures are the rules' and the model's (alone and
combined with the rules) precision, recall and F1 of ``uncertain`` and ``weasel`` per held-out group, on the
untuned splits (dev10, dev12, dev13, dev15: no rule was written from them), on the newest (dev19..dev23) and
on all sentences, with the sentences each combination changes from the rules' flag (wrong to right, right to
wrong). About an hour on one core (~11,000 sentences, ~500 fits).
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
    write(examples, oof)
    print(f"({time.perf_counter() - t0:.0f} s)")
    return 0


def write(examples: list, oof: dict, extra: dict | None = None) -> None:
    """The table and the gains of ``oof`` (out-of-fold probabilities of ``examples``) printed and written
    to :data:`RESULTS` with ``extra`` (apart from :func:`main` so folds run in parallel processes can be
    merged)."""
    from tools import train_news_model as train

    got = train.table(examples, oof)
    print(train.format_table(got))
    gains = {}
    for name, splits in train.POOLED.items():
        pooled = [e for e in examples if e.split in splits]
        gains[name] = {
            t: {d: train.bootstrap(pooled, oof, t, d) for d in sorted(train.DECISIONS) if d != "rules"}
            for t in train.TARGETS
        }
        for t, row in gains[name].items():
            print(
                f"{t} on {name}, F1 gain over the rules [95% interval, articles resampled]: "
                + "; ".join(
                    f"{d} {v['gain']:+.3f} [{v['low']:+.3f}, {v['high']:+.3f}]" for d, v in row.items()
                )
            )
    results = {
        "cross_validated": got,
        "cross_validation": "leave one split out (wikinews = train..dev5; dev6..dev23 each alone); the "
        "training side drops every article of a publisher the held-out split has (bbc and reuters one each); "
        f"l2 and thresholds chosen by {train.INNER_FOLDS} folds of the training side's groups; 'rules' is "
        "the analyzer's judgement",
        "pooled": {k: list(v) for k, v in train.POOLED.items()},
        "gain_over_the_rules": gains,
        "gain_is": "F1 of each decision minus the rules' on each pooled group, with the 2.5 and 97.5 "
        "percentiles of 2,000 resamplings of the articles (seed 0)",
        "variant": VARIANT,
        "left_out_feature_prefixes": list(train.VARIANTS[VARIANT]),
        "decisions": sorted(train.DECISIONS),
        "sentences": {s: sum(e.split == s for e in examples) for s in sorted({e.split for e in examples})},
        "min_articles_per_feature": train.MIN_ARTICLES,
        "l2_grid": list(train.L2_GRID),
        **(extra or {}),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, sort_keys=True, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
