"""Count why gold attributions are not fully correct, over the readable development splits.

``.venv/bin/python tools/attribution_misses.py`` predicts every labelled article of the splits developers
may read (not ``dev10``, ``dev12``, ``dev13``, ``dev15``: the untuned checks; never ``test``) with the
rules, the tagger and the keep model, and prints how many gold attributions fall in each class of
:func:`benchmarks.wikinews.score.classify_gold` (cue missed, content looked for elsewhere, content
boundary, wrong source, dropped by the keep model although right), per publisher kind and in all. Why:
the remedy differs per class, and the largest class is the one worth a learned component.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import parse_article  # noqa: E402
from analysis.attribution.extract import PROSE_KINDS, find_attributions  # noqa: E402
from analysis.attribution.keep import is_kept, judge, load_keep_model  # noqa: E402
from analysis.attribution.predict import attribution_dict  # noqa: E402

#: The development splits whose errors nobody may read (the session's untuned checks).
UNREAD = frozenset({"dev10", "dev12", "dev13", "dev15", "test"})


def classified(split_filter: frozenset[str] = UNREAD) -> Iterator[tuple[dict, str, list[str]]]:
    """(gold record, article text, class of each gold attribution) for every labelled development article
    outside ``split_filter``, predicted with the rules, the tagger and the keep model."""
    from benchmarks.wikinews.score import classify_gold, read_gold
    from tools.train_attribution_keep import dev_texts

    texts = dev_texts()
    for rec in sorted(read_gold(), key=lambda r: r["id"]):
        if rec["split"] in split_filter or rec["id"] not in texts:
            continue
        text = texts[rec["id"]]
        article = parse_article(text, id=rec["id"])
        judged = judge(article, find_attributions(article, kinds=PROSE_KINDS, keep=None), load_keep_model())
        pred = [attribution_dict(a) for a in judged]
        yield rec, text, classify_gold(text, rec["attributions"], pred, [is_kept(a) for a in judged])


def count(split_filter: frozenset[str] = UNREAD) -> Counter[tuple[str, str]]:
    """(publisher kind, class) -> gold attributions, over the development splits outside ``split_filter``."""
    out: Counter[tuple[str, str]] = Counter()
    for rec, _text, classes in classified(split_filter):
        kind = rec["id"].split("-")[0]
        for c in classes:
            if c != "empty":
                out[(kind, c)] += 1
    return out


def table(counts: Counter[tuple[str, str]]) -> str:
    """The counts as a markdown table, one row per class, one column per publisher kind and the total."""
    from benchmarks.wikinews.score import MISS_CLASSES

    kinds = sorted({k for k, _ in counts})
    total = sum(counts.values())
    lines = [
        "| class | " + " | ".join(kinds) + " | all | share |",
        "|---|" + "---|" * (len(kinds) + 2),
    ]
    for c in MISS_CLASSES:
        n = sum(counts[(k, c)] for k in kinds)
        cells = " | ".join(str(counts[(k, c)]) for k in kinds)
        lines.append(f"| {c} | {cells} | {n} | {n / total if total else 0.0:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    from benchmarks.wikinews.corpus import CORPUS_DIR

    if not CORPUS_DIR.exists():
        print(f"attribution_misses: {CORPUS_DIR} not found (the texts live in ../shared)", file=sys.stderr)
        return 2
    print(table(count()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
