"""Train the attribution keep model and write ``analysis/data/attribution/keep.tsv``; cross-validate it.

Run ``make train`` (or ``.venv/bin/python tools/train_attribution_keep.py``). The analyzer (rules and
tagger, no keep model) predicts every labelled article of the development splits
(``benchmarks/wikinews/attribution.jsonl``, texts from ``../shared``; the sealed ``test`` split is never
read), each prediction is labelled by the scorer's matching (``benchmarks.wikinews.score.match_predictions``:
1 when the right words are credited to the right source, "fully correct"), and an L2-regularised logistic
regression (numpy, Newton's method, a fixed number of steps) learns which to keep from
:func:`analysis.attribution.keep.features`. Only features seen in at least :data:`MIN_ARTICLES` articles
are kept, so no article's own phrase gets a weight. The regularisation and the threshold are chosen by
grouped cross-validation inside the training data (:func:`tune`), maximising fully-correct F1.

The output is byte for byte the same on every run: articles in id order, deterministic numpy arithmetic,
weights rounded to 4 decimals and written sorted. ``--check`` trains and compares with the shipped file.

``--cv`` measures it honestly: the articles are split into :data:`FOLDS` folds by publisher group (each
Zyte or Fundus hostname one group, each Wikinews split one group: a group is never split across folds), and
each fold is predicted by a model trained, tuned and thresholded on the other folds alone. It prints rules
alone against rules + keep model per split, for dev10 + dev12 together (no rule was written from them) and
for everything, and writes the table with ``--table PATH``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import parse_article  # noqa: E402
from analysis.attribution.extract import PROSE_KINDS, find_attributions  # noqa: E402
from analysis.attribution.keep import WEIGHTS_FILE, features  # noqa: E402
from analysis.attribution.predict import attribution_dict  # noqa: E402

OUT = ROOT / "analysis" / "data" / "attribution" / WEIGHTS_FILE
ARTICLES_TSV = ROOT / "benchmarks" / "wikinews" / "articles.tsv"
#: A feature gets a weight only when it is seen in at least this many training articles.
MIN_ARTICLES = 3
#: L2 penalties tried by :func:`tune` (the penalty is ``l2 * |w|^2 / 2``, the bias unpenalised).
L2_GRID = (1.0, 3.0, 10.0, 30.0)
#: Thresholds tried by :func:`tune`.
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 13))
#: Folds of the outer cross-validation (``--cv``) and of the tuning inside each training set.
FOLDS = 10
INNER_FOLDS = 5
#: Newton steps (the loss is convex; 12 steps reach the optimum to far below the 4 decimals written).
STEPS = 12
#: The splits no rule was written from (the session's untuned check).
UNTUNED = ("dev10", "dev12")


@dataclass
class Row:
    """One predicted attribution: its article, publisher group and split, features and scorer label."""

    article: str
    group: str
    split: str
    feats: list[str]
    label: str  # match_predictions: fully, content, unmatched, not_report
    pred: dict = field(default_factory=dict, repr=False)  # as the predict task writes it (for rescoring)

    @property
    def y(self) -> int:
        return int(self.label == "fully")


def groups() -> dict[str, tuple[str, str]]:
    """Article id -> (publisher group, split) for the development splits (never ``test``)."""
    out = {}
    for line in ARTICLES_TSV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        art, split, url = (line.split("\t") + ["", ""])[:3]
        if art == "id" or split == "test":
            continue
        host = urlparse(url).hostname or ""
        if url.startswith(("reuters21578:", "bbc:")):  # a corpus without addresses: one publisher each
            group = url.split(":")[0]
        elif "wikinews" in host or not host:
            group = f"wikinews-{split}"
        else:
            group = host.removeprefix("www.")
        out[art] = (group, split)
    return out


def dev_texts() -> dict[str, str]:
    """The texts of the development articles only: the sealed test's sources are never opened here."""
    from benchmarks.wikinews.corpus import texts_of

    return {k: a.text for k, a in texts_of(groups()).items()}


def collect() -> tuple[list[Row], dict[str, int]]:
    """Every prediction of the analyzer (no keep model) on the labelled development articles, labelled;
    and the gold count per split (the recall denominators)."""
    from benchmarks.wikinews.corpus import DEVELOPMENT_SPLITS
    from benchmarks.wikinews.score import content_chars, match_predictions, read_gold

    grp = groups()
    arts = dev_texts()
    rows: list[Row] = []
    gold_n: Counter[str] = Counter()
    for rec in sorted(read_gold(), key=lambda r: r["id"]):
        split = rec["split"]
        if split not in DEVELOPMENT_SPLITS or rec["id"] not in grp:
            continue
        text = arts[rec["id"]]
        gold_n[split] += sum(1 for g in rec["attributions"] if content_chars(text, g["content"]))
        article = parse_article(text, id=rec["id"])
        atts = find_attributions(article, kinds=PROSE_KINDS, keep=None)
        labels = match_predictions(text, rec["attributions"], [attribution_dict(a) for a in atts])
        for a, label in zip(atts, labels, strict=True):
            if label != "empty":  # no content characters: the scorer never counts it
                rows.append(
                    Row(rec["id"], grp[rec["id"]][0], split, features(article, a), label, attribution_dict(a))
                )
    return rows, dict(gold_n)


def vocabulary(rows: Sequence[Row]) -> list[str]:
    """The features seen in at least :data:`MIN_ARTICLES` articles of ``rows``, sorted."""
    seen: defaultdict[str, set[str]] = defaultdict(set)
    for r in rows:
        for f in r.feats:
            seen[f].add(r.article)
    return sorted(f for f, arts in seen.items() if len(arts) >= MIN_ARTICLES or f == "bias")


def matrix(rows: Sequence[Row], vocab: list[str]) -> np.ndarray:
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for n, r in enumerate(rows):
        for f in r.feats:
            if f in index:
                x[n, index[f]] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float, bias: int) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (``bias``: the unpenalised column)."""
    w = np.zeros(x.shape[1])
    pen = np.full(x.shape[1], l2)
    pen[bias] = 1e-6
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + pen * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(pen)
        w = w - np.linalg.solve(hess, grad)
    return w


def train(rows: Sequence[Row], l2: float) -> dict[str, float]:
    vocab = vocabulary(rows)
    w = fit(matrix(rows, vocab), np.array([r.y for r in rows], float), l2, vocab.index("bias"))
    return {f: round(float(v), 4) for f, v in zip(vocab, w, strict=True)}


def probabilities(rows: Sequence[Row], weights: dict[str, float]) -> np.ndarray:
    z = np.array([sum(weights.get(f, 0.0) for f in r.feats) for r in rows])
    return np.floor(1000.0 / (1.0 + np.exp(-z)) + 0.5) / 1000


def fold_of(rows: Sequence[Row], k: int) -> dict[str, int]:
    """Publisher group -> fold: groups by size, largest first, each to the fold with fewest rows so far
    (ties to the lower fold), so folds are of similar size and deterministic."""
    size = Counter(r.group for r in rows)
    load = [0] * k
    out = {}
    for g, n in sorted(size.items(), key=lambda kv: (-kv[1], kv[0])):
        f = min(range(k), key=lambda i: (load[i], i))
        out[g] = f
        load[f] += n
    return out


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def tune(rows: Sequence[Row], gold: int) -> tuple[float, float]:
    """The L2 penalty and threshold that maximise fully-correct F1 over ``rows`` (whose articles hold
    ``gold`` gold attributions) out of fold, in :data:`INNER_FOLDS` publisher-grouped folds."""
    folds = fold_of(rows, INNER_FOLDS)
    y = np.array([r.y for r in rows])
    best: tuple[float, float, float] = (-1.0, 0.0, 0.0)
    for l2 in L2_GRID:
        p = np.zeros(len(rows))
        for k in range(INNER_FOLDS):
            held = [i for i, r in enumerate(rows) if folds[r.group] == k]
            weights = train([r for r in rows if folds[r.group] != k], l2)
            p[held] = probabilities([rows[i] for i in held], weights)
        for t in THRESHOLDS:
            kept = p >= t
            score = f1(int(y[kept].sum()), int(kept.sum()), gold)
            if score > best[0] + 1e-9:
                best = (score, l2, t)
    return best[1], best[2]


def gold_in(rows: Sequence[Row], gold_by_article: dict[str, int]) -> int:
    return sum(gold_by_article[a] for a in {r.article for r in rows})


def write(weights: dict[str, float], l2: float, threshold: float, n_rows: int, n_articles: int) -> str:
    head = [
        "# Attribution keep model (analysis/attribution/keep.py): a logistic regression over each",
        "# attribution the rules and the tagger found; P(keep) = logistic(sum of the weights of its",
        "# features); kept when P >= threshold. One row per feature: feature <TAB> weight (features seen in",
        f"# >= {MIN_ARTICLES} training articles only).",
        "# Source: trained by tools/train_attribution_keep.py (make train) on the project's hand-labelled",
        "# news attributions (benchmarks/wikinews/attribution.jsonl, development splits:",
        f"# {n_articles} articles, {n_rows} predicted attributions labelled by benchmarks.wikinews.score),",
        f"# L2 {l2} and the threshold chosen by publisher-grouped cross-validation.",
        "# Licence: feature names and weights only, no article text. The texts stay in ../shared: Wikinews",
        "# (CC BY 2.5), Zyte extraction benchmark and Fundus pages (MIT; pages (c) their publishers);",
        "# research use, as README.md, 'Data and licences'. Do not edit: retrain.",
        f"threshold\t{threshold}",
    ]
    body = [f"{f}\t{w:.4f}" for f, w in sorted(weights.items()) if w != 0.0 or f == "bias"]
    return "\n".join(head + body) + "\n"


def shipped(rows: list[Row], gold_n: dict[str, int]) -> str:
    gold_by_article = _gold_by_article()
    l2, t = tune(rows, gold_in(rows, gold_by_article))
    return write(train(rows, l2), l2, t, len(rows), len({r.article for r in rows}))


def _gold_by_article() -> dict[str, int]:
    from benchmarks.wikinews.score import content_chars, read_gold

    arts = dev_texts()
    return {
        rec["id"]: sum(1 for g in rec["attributions"] if content_chars(arts[rec["id"]], g["content"]))
        for rec in read_gold()
        if rec["id"] in arts and rec["split"] != "test"
    }


def cross_validate(rows: list[Row], gold_n: dict[str, int]) -> tuple[str, dict]:
    """Out-of-fold figures, rules alone against rules + keep model, as a markdown table."""
    gold_by_article = _gold_by_article()
    folds = fold_of(rows, FOLDS)
    p = np.zeros(len(rows))
    chosen = []
    for k in range(FOLDS):
        fit_rows = [r for r in rows if folds[r.group] != k]
        held = [i for i, r in enumerate(rows) if folds[r.group] == k]
        l2, t = tune(fit_rows, gold_in(fit_rows, gold_by_article))
        weights = train(fit_rows, l2)
        p[held] = probabilities([rows[i] for i in held], weights) - t  # >= 0: kept
        chosen.append((k, l2, t))
        print(f"fold {k}: {len(held)} held out, l2 {l2}, threshold {t}", file=sys.stderr)
    kept = p >= 0

    def figures(sel: list[int], use: bool) -> dict[str, float]:
        idx = [i for i in sel if kept[i] or not use]
        pred = len(idx)
        tp = sum(rows[i].label == "fully" for i in idx)
        content = sum(rows[i].label in ("fully", "content") for i in idx)
        nr = sum(rows[i].label == "not_report" for i in idx)
        gold = sum(gold_by_article[a] for a in {rows[i].article for i in sel})
        return {
            "pred": pred,
            "gold": gold,
            "fully": tp,
            "p": tp / pred if pred else 0.0,
            "r": tp / gold if gold else 0.0,
            "f1": f1(tp, pred, gold),
            "content_f1": f1(content, pred, gold),
            "not_report": nr,
            "nr_share": nr / pred if pred else 0.0,
        }

    def rescored(sel_splits: tuple[str, ...]) -> tuple[dict, dict]:
        """The scorer itself on the kept predictions (dropping one can change the greedy pairing)."""
        from benchmarks.wikinews.score import Tally, read_gold, score_article

        arts = dev_texts()
        before, after = Tally(), Tally()
        by_article: defaultdict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(rows):
            by_article[r.article].append(i)
        for rec in sorted(read_gold(), key=lambda r: r["id"]):
            if rec["split"] not in sel_splits:
                continue
            idx = by_article.get(rec["id"], [])
            text = arts[rec["id"]]
            score_article(text, rec["attributions"], [rows[i].pred for i in idx], before)
            score_article(text, rec["attributions"], [rows[i].pred for i in idx if kept[i]], after)
        return before.figures(), after.figures()

    lines = [
        "| rows | gold | rules: pred, fully-correct P/R/F1, content F1, not a report | "
        "+ keep model: pred, fully-correct P/R/F1, content F1, not a report | ΔF1 |",
        "|---|---|---|---|---|",
    ]
    out = {}
    splits = sorted({r.split for r in rows}, key=lambda s: (len(s), s))
    for name, sel_splits in [(s, (s,)) for s in splits] + [("dev10+dev12", UNTUNED), ("all", tuple(splits))]:
        sel = [i for i, r in enumerate(rows) if r.split in sel_splits]
        a, b = figures(sel, False), figures(sel, True)
        out[name] = {"rules": a, "keep": b}

        def cell(f: dict[str, float]) -> str:
            return (
                f"{f['pred']}, {f['p']:.3f}/{f['r']:.3f}/{f['f1']:.3f}, {f['content_f1']:.3f}, "
                f"{f['not_report']} ({f['nr_share']:.3f})"
            )

        bold = "**" if name in ("dev10+dev12", "all") else ""
        lines.append(
            f"| {bold}{name}{bold} | {a['gold']} | {cell(a)} | {cell(b)} | {b['f1'] - a['f1']:+.3f} |"
        )
    out["folds"] = chosen
    lines += [
        "",
        "The scorer itself (`benchmarks.wikinews.score.score_article`) on the out-of-fold kept predictions:",
        "",
        "| rows | rules: fully-correct P/R/F1, content F1, source type acc, not a report | "
        "+ keep model: same | ΔF1 |",
        "|---|---|---|---|",
    ]
    for name, sel_splits in [("dev10+dev12", UNTUNED), ("all", tuple(splits))]:
        a2, b2 = rescored(sel_splits)

        def cell2(f: dict) -> str:
            fc = f["fully_correct"]
            return (
                f"{fc['p']:.3f}/{fc['r']:.3f}/{fc['f1']:.3f}, {f['content']['f1']:.3f}, "
                f"{f['source_type_acc']:.3f}, {f['not_report']} ({f['not_report_share']:.3f})"
            )

        lines.append(
            f"| {name} | {cell2(a2)} | {cell2(b2)} | "
            f"{b2['fully_correct']['f1'] - a2['fully_correct']['f1']:+.3f} |"
        )
        out[name + " rescored"] = {"rules": a2, "keep": b2}
    return "\n".join(lines), out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="train and compare with the shipped weights")
    ap.add_argument("--cv", action="store_true", help="cross-validate by publisher group, write nothing")
    ap.add_argument("--table", type=Path, help="with --cv: also write the markdown table here")
    args = ap.parse_args(argv)
    from benchmarks.wikinews.corpus import CORPUS_DIR

    if not CORPUS_DIR.exists():
        print(
            f"train_attribution_keep: {CORPUS_DIR} not found (the texts live in ../shared)", file=sys.stderr
        )
        return 2
    rows, gold_n = collect()
    if args.cv:
        table, out = cross_validate(rows, gold_n)
        print(table)
        print(json.dumps(out["folds"]))
        if args.table:
            args.table.write_text(table + "\n", encoding="utf-8")
        return 0
    text = shipped(rows, gold_n)
    if args.check:
        same = args.output.exists() and args.output.read_text(encoding="utf-8") == text
        print(f"{args.output}: {'identical' if same else 'DIFFERS'}")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
