"""HTML pages to article body: the ``article`` task on the Zyte (scrapinghub) extraction benchmark.

Each page goes through the whole path a user's ``.html`` file takes (trafilatura for the main content,
then the article parser, which sets captions, credits and page furniture aside); ``score.py``'s
bag-of-words P/R/F1 compares the ``body`` with the gold article text. Published figures on the same
pages for reference: trafilatura 0.958, newspaper4k 0.949, readability-lxml 0.922, goose3 0.896.
"""

from __future__ import annotations

import io
import json
import sys
import time

from analysis.predict import run
from benchmarks.common import MissingData, data_file, score_predictions, scorer, write_results

GOLD = "extraction/scrapinghub"


def main() -> int:
    try:
        gold = data_file(GOLD)
        score = scorer()
    except MissingData as exc:
        print(f"bench_extraction: skipped: {exc}")
        return 0
    lines = [json.dumps(r) for r in score.make_inputs("extraction-scrapinghub", str(gold))]
    out = io.StringIO()
    t = time.perf_counter()
    errors = run("article", lines, out, name=GOLD)
    seconds = time.perf_counter() - t
    result = score_predictions(
        lambda f: score.score_extraction("extraction-scrapinghub", str(gold), f), out.getvalue().splitlines()
    )
    result.update(data=GOLD, pages=len(lines), errors=errors, pages_per_s=round(len(lines) / seconds, 1))
    m = result["micro"]
    print(
        f"extraction: bag-of-words P {m['p']:.4f}  R {m['r']:.4f}  F1 {m['f1']:.4f}  "
        f"(mean per page {result['mean_doc_f1']:.4f}), {len(lines)} pages, {errors} errors, "
        f"{result['pages_per_s']} pages/s"
    )
    print(f"results: {write_results('extraction', result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
