"""HTML pages to article body: the ``article`` task on the Zyte (scrapinghub) extraction benchmark.

Each page goes through the whole path a user's ``.html`` file takes (trafilatura for the main content,
then the article parser, which sets captions, credits and page furniture aside); ``score.py``'s
bag-of-words P/R/F1 compares the ``body`` with the gold article text. Published figures on the same
pages for reference: trafilatura 0.958, newspaper4k 0.949, readability-lxml 0.922, goose3 0.896.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import re
import sys
import time

from analysis.errors import InputError
from analysis.loading import Record, article_from_record
from analysis.predict import run
from benchmarks.bench_parsing import ENGLISH
from benchmarks.common import MissingData, data_file, read_jsonl, score_predictions, scorer, write_results

GOLD = "extraction/scrapinghub"
FUNDUS = "extraction/fundus"
_TOKEN = re.compile(r"\w+")


def _norm(s: str) -> str:
    """As score.py compares headlines: the words, lower-cased."""
    return " ".join(_TOKEN.findall(s.lower()))


#: Seed of the publisher split of the Fundus pages. Fundus has no train/dev distinction, so its English
#: publishers are shuffled with this seed and halved: the headline rules are developed on half "A" only,
#: and half "B" shows whether they carry over to publishers nobody looked at.
SPLIT_SEED = 14


def publisher_halves(publishers: list[str]) -> dict[str, str]:
    """Each publisher's half ("A" to develop on, "B" to check), from a fixed-seed shuffle."""
    order = sorted(set(publishers))
    random.Random(SPLIT_SEED).shuffle(order)
    return {p: ("A" if i < len(order) // 2 else "B") for i, p in enumerate(order)}


def fundus_headlines() -> dict[str, object]:
    """Exact-headline rate of the HTML path on the English Fundus pages, overall and per publisher half,
    with the misses and where each headline came from."""
    index = data_file(f"{FUNDUS}/index.jsonl")
    pages = [p for p in read_jsonl(index) if p["country"] in ENGLISH]
    half = publisher_halves([p["publisher"] for p in pages])
    exact = {"A": 0, "B": 0}
    total = {"A": 0, "B": 0}
    errors = 0
    misses: list[dict[str, str]] = []
    for page in pages:
        h = half[page["publisher"]]
        total[h] += 1
        html = gzip.open(index.parent / page["html"]).read().decode("utf-8", "replace")
        try:
            art = article_from_record(Record(page["id"], "", page["id"], {}, html))
        except InputError:
            errors += 1
            continue
        if _norm(art.title) == _norm(page["title"]):
            exact[h] += 1
        else:
            misses.append({"page": page["id"], "half": h, "headline_from": art.meta.get("headline_from", "")})
    return {
        "pages": len(pages),
        "exact": round(sum(exact.values()) / len(pages), 4),
        "split_seed": SPLIT_SEED,
        "halves": {
            h: {
                "publishers": sum(v == h for v in half.values()),
                "pages": total[h],
                "exact": round(exact[h] / total[h], 4),
            }
            for h in ("A", "B")
        },  # fmt: skip
        "errors": errors,
        "misses": sorted(misses, key=lambda m: m["page"]),
    }


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
    try:
        result["fundus_headlines"] = heads = fundus_headlines()
        print(
            f"headlines from HTML, Fundus English pages: exact {heads['exact']:.4f} over {heads['pages']} "
            f"pages, {heads['errors']} errors (target 0.90); publisher half A (developed on) "
            f"{heads['halves']['A']['exact']:.4f} over {heads['halves']['A']['pages']} pages, half B "
            f"{heads['halves']['B']['exact']:.4f} over {heads['halves']['B']['pages']} pages"
        )
    except MissingData as exc:
        print(f"fundus headlines: skipped: {exc}")
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
