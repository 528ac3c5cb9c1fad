"""Sentence boundaries: the package's segmenter against pySBD, side by side, on Szeged Wikipedia.

Documents are rebuilt from the sentence-per-line data exactly as ``score.py inputs sentences`` does
(sentences of one document joined by one space), both segmenters answer the ``sentences`` task, and
``score.py``'s own boundary P/R/F1 scores them. Speed is words (white-space separated) per second on
one core; for the package it is the whole predict path (article parse, sentences and tokens), for
pySBD its plain segmentation (``char_span=False``, its fastest mode) — a comparison that favours pySBD.

Targets (issue 2): F1 >= 0.975 and >= 300,000 words/s, five times pySBD's speed.
"""

from __future__ import annotations

import sys

from analysis.parsing import parse_article
from analysis.predict import task_output
from benchmarks.common import MissingData, best_time, data_file, score_predictions, scorer, write_results

GOLD = "hedging/szeged_wiki_train.jsonl"


def main() -> int:
    try:
        gold = data_file(GOLD)
        score = scorer()
    except MissingData as exc:
        print(f"bench_sentences: skipped: {exc}")
        return 0
    docs = [{"id": d["id"], "text": d["text"]} for d in score.sentence_docs(str(gold))]
    words = sum(len(d["text"].split()) for d in docs)

    def ours() -> list[dict]:
        out = []
        for d in docs:
            out.append({"id": d["id"], **task_output("sentences", parse_article(d["text"]))})
        return out

    ours_pred = ours()
    ours_s = best_time(ours)
    results: dict = {
        "data": GOLD,
        "documents": len(docs),
        "words": words,
        "analysis": {
            **score_predictions(lambda f: score.score_sentences(str(gold), f), ours_pred),
            "words_per_s": round(words / ours_s),
        },
    }
    try:
        import pysbd
    except ImportError:
        results["pysbd"] = None
    else:
        spans = pysbd.Segmenter(language="en", clean=False, char_span=True)
        plain = pysbd.Segmenter(language="en", clean=False)
        sbd_pred = [
            {"id": d["id"], "sentences": [[s.start, s.end] for s in spans.segment(d["text"])]} for d in docs
        ]
        sbd_s = best_time(lambda: [plain.segment(d["text"]) for d in docs], repeat=1)
        results["pysbd"] = {
            **score_predictions(lambda f: score.score_sentences(str(gold), f), sbd_pred),
            "words_per_s": round(words / sbd_s),
        }
        results["speedup_vs_pysbd"] = round(sbd_s / ours_s, 1)
    for name in ("analysis", "pysbd"):
        r = results.get(name)
        if r:
            print(
                f"{name:>9}: P {r['p']:.4f}  R {r['r']:.4f}  F1 {r['f1']:.4f}"
                f"  {r['words_per_s']:>10,} words/s"
            )
    if "speedup_vs_pysbd" in results:
        print(f"  speed-up: {results['speedup_vs_pysbd']}x pySBD")
    print(f"results: {write_results('sentences', results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
