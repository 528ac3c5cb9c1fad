"""Article parts on real strings from 74 English-language pages of 50 publishers (Fundus test data).

The Fundus data gives, for each page, its checked structure: title, standfirst ("summary"), authors,
sections (subheadings and paragraphs) and images (caption and credit). This benchmark lays those real
strings out as a copied page would show them — title, standfirst, byline, sections with their
subheadings, and each photo as a caption line with its credit on the next line, placed after every
third paragraph — parses the page, and scores the kind given to each gold line: per-kind precision,
recall and F1 over lines. The layout is constructed, the strings are not: it measures how well the
rules generalise to headlines, subheadings, captions and credits of many publishers, not the layout
variety of real pages (issue 2: "parsing must generalise to other copied pages").
"""

from __future__ import annotations

import sys
from collections import Counter

from analysis.parsing import parse_article
from benchmarks.common import MissingData, data_file, read_jsonl, write_results

ENGLISH = frozenset({"us", "uk", "ca", "au", "za", "ie", "ind", "in", "nz"})
KINDS = ("headline", "standfirst", "byline", "heading", "paragraph", "caption", "credit")


def _clean(s: str | None) -> str:
    return " ".join((s or "").split())


def layout(page: dict) -> tuple[str, list[tuple[int, int, str]]]:
    """The page as text, with the gold kind of every line as ``(start, end, kind)``."""
    lines: list[tuple[str, str]] = []
    if _clean(page.get("title")):
        lines.append((_clean(page["title"]), "headline"))
    summary = _clean(" ".join(page.get("summary") or []))
    if summary:
        lines.append((summary, "standfirst"))
    authors = [_clean(a) for a in page.get("authors") or [] if _clean(a)]
    if authors:
        names = authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]
        lines.append((f"By {names}", "byline"))
    images = [im for im in page.get("images") or [] if _clean(im.get("caption"))]
    n_par = 0
    for section in page.get("sections") or []:
        for h in section.get("headline") or []:
            if _clean(h):
                lines.append((_clean(h), "heading"))
        for p in section.get("paragraphs") or []:
            if not _clean(p):
                continue
            lines.append((_clean(p), "paragraph"))
            n_par += 1
            if n_par % 3 == 0 and images:
                im = images.pop(0)
                lines.append((_clean(im["caption"]), "caption"))
                credit = "/".join(_clean(a) for a in im.get("authors") or [] if _clean(a))
                if credit:
                    lines.append((credit, "credit+"))  # same block as the caption
    text = ""
    gold: list[tuple[int, int, str]] = []
    for line, kind in lines:
        if text:
            text += "\n" if kind == "credit+" else "\n\n"
        gold.append((len(text), len(text) + len(line), kind.rstrip("+")))
        text += line
    return text, gold


def main() -> int:
    try:
        index = data_file("extraction/fundus/index.jsonl")
    except MissingData as exc:
        print(f"bench_parsing: skipped: {exc}")
        return 0
    pages = [p for p in read_jsonl(index) if p["country"] in ENGLISH and p.get("sections")]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    for page in pages:
        text, gold = layout(page)
        art = parse_article(text)
        for start, end, kind in gold:
            hit = [p.kind for p in art.parts if p.start < end and start < p.end]
            got = Counter(hit).most_common(1)[0][0] if hit else "none"
            if got == kind:
                tp[kind] += 1
            else:
                fn[kind] += 1
                fp[got] += 1
                confusions[(kind, got)] += 1
    per_kind = {}
    for k in KINDS:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else 0.0
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_kind[k] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "gold": tp[k] + fn[k]}
        print(f"{k:>11}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({tp[k] + fn[k]} gold lines)")
    total = sum(tp.values()) / max(1, sum(tp.values()) + sum(fn.values()))
    print(f"lines with the right kind: {total:.3f} over {len(pages)} pages")
    top = [{"gold": g, "parsed": p, "lines": n} for (g, p), n in confusions.most_common(8)]
    for c in top:
        print(f"  {c['gold']} read as {c['parsed']}: {c['lines']}")
    write_results(
        "parsing",
        {"data": "extraction/fundus (English pages)", "pages": len(pages), "per_kind": per_kind,
         "line_accuracy": round(total, 4), "top_confusions": top},
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
