"""Source types right and wrong, over the readable development splits only (issue 12's type target).

``.venv/bin/python -m tools.type_confusion [--errors]`` predicts every labelled article of the splits
developers may read (not ``dev10``, ``dev12``, ``dev13``, ``dev15``: the untuned checks; never ``test``)
exactly as ``benchmarks/wikinews/score.py`` does (the package's ``attribution`` task, keep model included),
pairs predictions with gold attributions with the scorer's pairing, and prints the confusion matrix of
source types (gold rows, predicted columns) over the matched pairs. ``--errors`` also lists each wrongly
typed pair: the article, the source as written, the gold name and type, the predicted name and type, and
the rule behind the predicted source (its provenance), so the errors can be grouped by cause.
Why: a type accuracy alone says nothing about which rule to fix.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.attribution_misses import UNREAD  # noqa: E402


def pair(g_cs: list[frozenset[int]], p_cs: list[frozenset[int]]) -> dict[int, int]:
    """Predicted index -> gold index, one to one, greedily by content overlap of at least ``TAU`` of the
    larger span: the pairing of ``benchmarks/wikinews/score.py`` (whose own function is private)."""
    from benchmarks.wikinews.score import TAU

    cand = sorted(
        (-len(pc & gc) / max(len(pc), len(gc)), i, j)
        for i, pc in enumerate(p_cs)
        for j, gc in enumerate(g_cs)
        if pc and gc and pc & gc
    )
    pairs: dict[int, int] = {}
    for neg, i, j in cand:
        if -neg >= TAU and i not in pairs and j not in pairs.values():
            pairs[i] = j
    return pairs


def matched_pairs(split_filter: frozenset[str] = UNREAD) -> list[tuple[str, str, dict, dict]]:
    """(article id, text, gold, predicted) for every content pair of the splits outside ``split_filter``."""
    from benchmarks.wikinews.corpus import texts
    from benchmarks.wikinews.score import content_chars, predict_attributions, read_gold

    arts = {k: a.text for k, a in texts().items()}
    out = []
    for rec in sorted(read_gold(), key=lambda r: r["id"]):
        if rec["split"] in split_filter or rec["id"] not in arts:
            continue
        text = arts[rec["id"]]
        pred = predict_attributions(rec["id"], text)
        gold = rec["attributions"]
        g_cs = [content_chars(text, g["content"]) for g in gold]
        p_cs = [content_chars(text, p["content"]) for p in pred]
        for i, j in sorted(pair(g_cs, p_cs).items()):
            out.append((rec["id"], text, gold[j], pred[i]))
    return out


def confusion(rows: list[tuple[str, str, dict, dict]]) -> str:
    """Gold type rows, predicted type columns, as Markdown (counts), with the accuracy."""
    from analysis.attribution.model import SOURCE_TYPES

    counts = Counter((g["source_type"], p["source_type"]) for _, _, g, p in rows)
    short = [t.split("_")[-1][:6] for t in SOURCE_TYPES]
    lines = ["| gold \\ predicted | " + " | ".join(short) + " | n |", "|---|" + "---|" * (len(short) + 1)]
    for gt in SOURCE_TYPES:
        cells = [str(counts[(gt, pt)]) for pt in SOURCE_TYPES]
        lines.append(
            f"| {gt} | " + " | ".join(cells) + f" | {sum(counts[(gt, pt)] for pt in SOURCE_TYPES)} |"
        )
    right = sum(counts[(t, t)] for t in SOURCE_TYPES)
    lines.append(f"\naccuracy {right}/{len(rows)} = {right / len(rows) if rows else 0.0:.3f}")
    return "\n".join(lines)


def error_lines(rows: list[tuple[str, str, dict, dict]]) -> list[str]:
    """One line per wrongly typed pair (see the module docstring)."""
    out = []
    for art, text, g, p in rows:
        if g["source_type"] == p["source_type"]:
            continue
        src = text[p["source"][0] : p["source"][1]] if p.get("source") else "-"
        gsrc = text[g["source"][0] : g["source"][1]] if g.get("source") else "-"
        rule = (p.get("provenance") or {}).get("source", {}).get("rule")
        type_rule = (p.get("provenance") or {}).get("type", {}).get("rule")
        out.append(
            f"{g['source_type']:>18} <- {p['source_type']:<18} {art}: {src!r} -> {p.get('source_name')!r} "
            f"(gold {gsrc!r} -> {g.get('source_name')!r}; source rule {rule}, type rule {type_rule})"
        )
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list each wrongly typed pair")
    args = parser.parse_args(argv)
    from benchmarks.wikinews.corpus import CORPUS_DIR

    if not CORPUS_DIR.exists():
        print(f"type_confusion: {CORPUS_DIR} not found (the texts live in ../shared)", file=sys.stderr)
        return 2
    rows = matched_pairs()
    print(confusion(rows))
    if args.errors:
        print("\n".join(error_lines(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
