"""``make report``'s per-article step on 20 and 100 articles: wall time, and the size of each report.

The articles are the first N of the Wikinews corpus (``../shared/corpora/wikinews``), written as .txt files
(headline, blank line, text) into a temporary seeds folder beside a copy of the article-report notebook.
As ``make report`` does, the folder's tables are computed once (``python -m analysis corpus``) and every
report reads its comparisons from them; the time includes that corpus run. Nothing in the checkout is
touched. ``BENCH_REPORT_SIZES=20`` runs only the smaller folder.

Targets (issue 15): 20 articles <= 60 s, 100 articles <= 240 s, every article report <= 200 KB.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import SHARED, MissingData, write_results

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = SHARED / "corpora" / "wikinews"
TARGETS = {"20": 60.0, "100": 240.0, "report_kb": 200}


def _articles(n: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in sorted(WIKINEWS.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f), 1):
                out.append((f"{path.stem}-{i:03d}", f"{row['title']}\n\n{row['text']}"))
                if len(out) == n:
                    return out
    return out


def run(n: int) -> dict:
    import io

    from analysis import reporting
    from analysis.corpus import Options
    from analysis.corpus import run as corpus_run

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "notebooks").mkdir()
        (root / "reports").mkdir()
        shutil.copy(ROOT / "notebooks" / "article-report.ipynb", root / "notebooks")
        seeds = root / "seeds"
        seeds.mkdir()
        for name, text in _articles(n):
            (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
        paths = reporting.Paths.for_root(root, seeds)
        started = time.perf_counter()
        tables = root / "build" / "seeds"
        corpus_run(Options(inputs=[str(seeds)], out=tables, progress=False))
        os.environ["ANALYSIS_SEEDS_TABLES"] = str(tables)
        try:
            reporting.build_article_reports(
                paths.notebooks / "article-report.ipynb", paths, log=io.StringIO()
            )
        finally:
            del os.environ["ANALYSIS_SEEDS_TABLES"]
        wall = time.perf_counter() - started
        sizes = sorted(p.stat().st_size for p in (root / "reports").glob("*.html") if p.name != "index.html")
    return {
        "articles": n,
        "wall_s": round(wall, 1),
        "s_per_article": round(wall / n, 2),
        "reports": len(sizes),
        "largest_report_kb": round(sizes[-1] / 1024, 1) if sizes else None,
        "median_report_kb": round(sizes[len(sizes) // 2] / 1024, 1) if sizes else None,
    }


def main() -> int:
    if not WIKINEWS.is_dir():
        raise MissingData(f"{WIKINEWS} not found")
    sizes = [int(s) for s in os.environ.get("BENCH_REPORT_SIZES", "20,100").split(",") if s]
    res: dict = {"data": "corpora/wikinews (first N articles)", "targets": TARGETS, "runs": []}
    for n in sizes:
        r = run(n)
        res["runs"].append(r)
        target = TARGETS.get(str(n))
        verdict = (
            ""
            if target is None
            else f" (target {target:.0f} s: {'met' if r['wall_s'] <= target else 'MISSED'})"
        )
        small = (r["largest_report_kb"] or 0) <= TARGETS["report_kb"]
        print(
            f"make report's article step, {n} articles: {r['wall_s']} s{verdict}; {r['s_per_article']} s per "
            f"article; largest report {r['largest_report_kb']} KB, median {r['median_report_kb']} KB "
            f"(target {TARGETS['report_kb']} KB: {'met' if small else 'MISSED'})"
        )
    write_results("report", res)
    return 0
