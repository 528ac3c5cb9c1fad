"""Train (and cross-validate) the sentence model of :mod:`analysis.hedging.classifier`.

Run ``make train`` (or ``.venv/bin/python -m tools.train_hedging``) to rewrite
``analysis/data/hedging/model.tsv`` from the training splits in ``../shared/data/hedging`` (read at run
time, never copied into the repository). Needs numpy (already a pandas dependency); the package itself
only reads the resulting text file. The run is
deterministic: the same data and code write the same file byte for byte (``--check`` verifies it).

Data: the Szeged Uncertainty Corpus (Szarvas et al. 2012; Wikipedia and biomedical parts, CC BY-SA; the
model file carries that attribution) for the ``uncertain`` target. Weasel wording is no longer learned:
the CoNLL-2010 weasel model did not transfer to news (:mod:`analysis.hedging.sources` judges it from the
attributed sources instead).

Why this shape:

- Logistic regression with an L2 penalty, fitted by full-batch Adam on a sparse design held as index
  arrays (``np.bincount`` does the sparse products): a few seconds per fit, no ML library.
- The model scales each binary feature by its naive-Bayes log-count ratio before the fit (NB-LR, Wang
  and Manning 2012, "Baselines and bigrams"), computed on the training rows of the fit only. The penalty
  then shrinks weights towards the naive-Bayes evidence rather than towards zero, which suits rare cue
  words: nested cross-validated F1 on Szeged Wikipedia rose from 0.845 to 0.861 (biomedical 0.878 to
  0.886). The shipped weight is the product (weight x ratio), so scoring is unchanged.
- Folds are by document: Szeged documents that share a sentence are one group (:func:`document_groups`),
  so a sentence is never in the training folds of a model that is scored on it.
- The threshold is chosen for what is judged: a sentence with a firm cue is uncertain whatever the model
  says (:func:`analysis.hedging.sentences.firm_cue`), so the threshold maximises F1 of "firm cue or
  model" on out-of-fold predictions *inside* the training folds (nested); the reported cross-validated
  figures never use the test fold to pick it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analysis.hedging.classifier import MODEL_FILE, article_features
from analysis.hedging.cues import scan
from analysis.hedging.sentences import firm_cue
from analysis.parsing import parse_article
from benchmarks.common import SHARED

DATA = SHARED / "data" / "hedging"
CORPORA = {
    "wiki": "szeged_wiki_train.jsonl",
    "bio": "szeged_bio_train.jsonl",
}
FOLDS = 5
L2 = 1e-4
ITERS = 250
MIN_COUNT = 2
NB_ALPHA = 1.0  # add-one smoothing of the naive-Bayes feature counts (uncertain model)
PRUNE = 0.1  # weights smaller than this are dropped: a 4x smaller file, the same figures to within 0.005
HEADER = """\
Sentence model for analysis.hedging: logistic-regression weights over sentence features
(see analysis/hedging/classifier.py), one row per feature: feature <TAB> uncertain weight.
The weights come from an NB-LR fit (features scaled by their naive-Bayes log-count ratio; the weights
stored here already include that scale). Rows __bias__ and __threshold__ hold the intercept and the
decision threshold on the probability (chosen for "firm cue or model", see tools/train_hedging.py).
Source: trained by tools/train_hedging.py (make train, or python -m tools.train_hedging) on the training
  splits of the Szeged Uncertainty Corpus, Wikipedia and biomedical parts (Szarvas, Vincze, Farkas, Mora
  and Gurevych 2012, "Cross-genre and cross-domain detection of semantic uncertainty", Computational
  Linguistics 38(2)).
Licence: the training data are licensed CC BY-SA (attribution required); these weights are derived from
  them and are shared under the same licence (https://creativecommons.org/licenses/by-sa/3.0/).
  No sentence of the data is stored here; feature names are single words and word pairs."""


@dataclass(slots=True)
class Example:
    corpus: str
    id: str
    group: str
    y: bool
    feats: set[str]
    firm: bool  # a firm cue matched: the record is judged uncertain whatever the model says


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}


def _key(text: str) -> str:
    for a, b in _PTB.items():
        text = text.replace(a, b)
    return re.sub(r"[\W_]+", "", text.lower())


def record_features(text: str, guideline: str = "szeged") -> tuple[set[str], bool]:
    """Features of a whole record, as :func:`analysis.hedging.predict.hedging_task` computes them, and
    whether a firm cue matched in it, by the Szeged annotation: the news-only rules of
    ``data/hedging/guidelines.tsv`` do not apply to the data the model learns from (``guideline="news"``
    measures what they would cost on Szeged: ``--cv --guideline news``)."""
    scans = [sc for sc in scan(parse_article(text), guideline=guideline) if sc.words]
    feats = article_features(scans)
    return feats, firm_cue((m for sc in scans for m in sc.matches), news=guideline == "news") is not None


def load_examples(data: Path = DATA, guideline: str = "szeged") -> list[Example]:
    out: list[Example] = []
    records = {c: read_jsonl(data / f) for c, f in CORPORA.items()}
    groups = document_groups(records["wiki"], records["bio"])
    for corpus in ("wiki", "bio"):
        for r, group in zip(records[corpus], groups[corpus], strict=True):
            feats, firm = record_features(r["text"], guideline)
            out.append(Example(corpus, r["id"], group, bool(r["uncertain"]), feats, firm))
    return out


_MIN_SHARED = 30  # letters and digits: a shared sentence this long links two documents (not "References")


def document_groups(wiki: list[dict], bio: list[dict]) -> dict[str, list[str]]:
    """The cross-validation group (a document, or documents that share text) of every record.

    Why so careful: a sentence must never be scored by a model that saw the same sentence in training.
    Szeged documents that share a sentence are one group: the corpus holds some articles twice under two
    ids (two revisions of one Wikipedia page) and pairs of closely related pages.
    """
    parent: dict[str, str] = {}

    def find(a: str) -> str:
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    first: dict[str, str] = {}
    szeged: dict[str, list[str]] = {}
    for corpus, recs in (("wiki", wiki), ("bio", bio)):
        szeged[corpus] = []
        for r in recs:
            doc = f"{corpus}:{r.get('doc_id') or r['id']}"
            find(doc)
            szeged[corpus].append(doc)
            k = _key(r["text"])
            if len(k) >= _MIN_SHARED:
                other = first.setdefault(f"{corpus}:{k}", doc)
                parent[find(doc)] = find(other)
    return {corpus: [find(d) for d in docs] for corpus, docs in szeged.items()}


def fold_of(group: str) -> int:
    return int(hashlib.md5(group.encode("utf-8")).hexdigest(), 16) % FOLDS


# ---- logistic regression on index arrays


def fit_arrays(
    cols: np.ndarray, ridx: np.ndarray, y: np.ndarray, d: int, l2: float, iters: int, nb: bool
) -> tuple[np.ndarray, float]:
    """The solver both hedging trainers share (this one and ``tools/train_news_model.py``): L2-penalised
    logistic regression by full-batch Adam over binary features given as index arrays (``cols[k]`` is a
    feature of row ``ridx[k]``; ``d`` features, ``len(y)`` rows), deterministic; with ``nb``, over features
    scaled by their naive-Bayes log-count ratio (NB-LR). Returns the weights of the unscaled binary
    features and the bias, unrounded."""
    n = len(y)
    if nb:
        pos = np.bincount(cols, weights=y[ridx], minlength=d) + NB_ALPHA
        neg = np.bincount(cols, weights=1.0 - y[ridx], minlength=d) + NB_ALPHA
        scale = np.abs(np.log((pos / pos.sum()) / (neg / neg.sum())))
    else:
        scale = np.ones(d)
    xs = scale[cols]
    w = np.zeros(d)
    prior = min(max(y.mean(), 1e-3), 1 - 1e-3)
    b = float(np.log(prior / (1 - prior)))
    m, v = np.zeros(d), np.zeros(d)
    mb = vb = 0.0
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, iters + 1):
        z = np.bincount(ridx, weights=w[cols] * xs, minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-z))
        g = p - y
        gw = np.bincount(cols, weights=g[ridx] * xs, minlength=d) / n + l2 * w
        gb = float(g.mean())
        m = b1 * m + (1 - b1) * gw
        v = b2 * v + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        c1, c2 = 1 - b1**t, 1 - b2**t
        w -= lr * (m / c1) / (np.sqrt(v / c2) + eps)
        b -= lr * (mb / c1) / (np.sqrt(vb / c2) + eps)
    w = w * scale  # weights of the unscaled binary features: what the package reads
    return w, b


def fit(
    rows: Sequence[set[str]],
    y: np.ndarray,
    l2: float | None = None,
    iters: int | None = None,
    nb: bool = False,
) -> tuple[dict[str, float], float]:
    """L2-penalised logistic regression; with ``nb``, over features scaled by their NB log-count ratio."""
    l2 = L2 if l2 is None else l2
    iters = ITERS if iters is None else iters
    counts = Counter(f for r in rows for f in r)
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    cols_l, rows_l = [], []
    for i, r in enumerate(rows):
        ids = [index[f] for f in r if f in index]
        cols_l.extend(ids)
        rows_l.extend([i] * len(ids))
    cols = np.asarray(cols_l, dtype=np.int64)
    ridx = np.asarray(rows_l, dtype=np.int64)
    d = len(vocab)
    w, b = fit_arrays(cols, ridx, y.astype(float), d, l2, iters, nb)
    return {f: round(float(w[i]), 3) for i, f in enumerate(vocab) if abs(w[i]) >= PRUNE}, round(b, 4)


def predict(model: tuple[dict[str, float], float], rows: Sequence[set[str]]) -> np.ndarray:
    weights, b = model
    z = np.array([b + sum(weights.get(f, 0.0) for f in r) for r in rows])
    return 1.0 / (1.0 + np.exp(-z))


def f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = float(np.sum(y & pred))
    fp = float(np.sum(~y & pred))
    fn = float(np.sum(y & ~pred))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


_GRID = np.round(np.arange(0.10, 0.91, 0.01), 2)


def best_threshold(y: np.ndarray, p: np.ndarray) -> float:
    scores = [f1(y, p >= t) for t in _GRID]
    return float(_GRID[int(np.argmax(scores))])


def best_firm_threshold(y: np.ndarray, p: np.ndarray, firm: np.ndarray) -> float:
    """The threshold that maximises F1 of what is judged: a firm cue, or the model at the threshold."""
    scores = [f1(y, firm | (p >= t)) for t in _GRID]
    return float(_GRID[int(np.argmax(scores))])


@dataclass(slots=True)
class Trained:
    uncertain: tuple[dict[str, float], float]
    tu: float


def _fit(examples: list[Example]) -> tuple[dict[str, float], float]:
    return fit([e.feats for e in examples], np.array([e.y for e in examples]), nb=True)


def train(examples: list[Example], folds: Sequence[int], log=print) -> Trained:
    """Fit the model on ``examples``; the threshold from out-of-fold predictions over ``folds``."""
    pu = np.zeros(len(examples))
    fold_ids = np.array([fold_of(e.group) for e in examples])
    for j in folds:
        mu = _fit([e for e, f in zip(examples, fold_ids, strict=True) if f != j])
        te = np.flatnonzero(fold_ids == j)
        pu[te] = predict(mu, [examples[i].feats for i in te])
    y = np.array([e.y for e in examples])
    firm = np.array([e.firm for e in examples])
    tu = best_firm_threshold(y, pu, firm)
    log(f"  threshold from inner folds {list(folds)}: uncertain {tu:.2f}")
    return Trained(_fit(examples), tu)


def cross_validate(examples: list[Example], log=print) -> dict:
    """Nested cross-validation by document: per outer fold, train (threshold included) on the others."""
    fold_ids = np.array([fold_of(e.group) for e in examples])
    firm = np.array([e.firm for e in examples])
    pred_u = np.zeros(len(examples), dtype=bool)
    for k in range(FOLDS):
        log(f"fold {k + 1}/{FOLDS}")
        tr_idx = np.flatnonzero(fold_ids != k)
        te_idx = np.flatnonzero(fold_ids == k)
        inner = [j for j in range(FOLDS) if j != k]
        model = train([examples[i] for i in tr_idx], inner, log)
        rows = [examples[i].feats for i in te_idx]
        pred_u[te_idx] = (predict(model.uncertain, rows) >= model.tu) | firm[te_idx]
    y = np.array([e.y for e in examples])
    out = {}
    for corpus in CORPORA:
        sel = np.array([e.corpus == corpus for e in examples])
        pred, yt = pred_u[sel], y[sel]
        tp, fp, fn = int(np.sum(yt & pred)), int(np.sum(~yt & pred)), int(np.sum(yt & ~pred))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[corpus] = {
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "n": int(sel.sum()),
        }
    return out


def model_text(model: Trained) -> str:
    """The model file's text: weights rounded, in a stable (sorted) order."""
    lines = ["# " + h if h else "#" for h in HEADER.splitlines()]
    lines.append(f"__bias__\t{model.uncertain[1]:.4f}")
    lines.append(f"__threshold__\t{model.tu:.2f}")
    for f in sorted(model.uncertain[0]):
        if "\t" in f or "\n" in f or f.startswith("#"):
            continue
        lines.append(f"{f}\t{round(model.uncertain[0][f], 3):g}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="also run the nested cross-validation and print it")
    ap.add_argument("--no-write", action="store_true", help="do not rewrite the shipped model file")
    ap.add_argument(
        "--guideline",
        choices=("szeged", "news"),
        default="szeged",
        help="with --cv --no-write: judge the Szeged records by this guideline (news: what the news-only "
        "rules of data/hedging/guidelines.tsv cost on Szeged); the shipped model is always trained by szeged",
    )
    ap.add_argument(
        "--check",
        action="store_true",
        help="retrain and compare with the shipped file byte for byte (no write)",
    )
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"training data not found at {DATA}", file=sys.stderr)
        return 2
    if args.guideline != "szeged" and not (args.cv and args.no_write):
        print(
            "--guideline news only measures (with --cv --no-write); the model is trained by szeged",
            file=sys.stderr,
        )
        return 2
    examples = load_examples(guideline=args.guideline)
    print(f"{len(examples):,} training sentences")
    if args.cv:
        print(json.dumps(cross_validate(examples), sort_keys=True))
    if args.no_write and not args.check:
        return 0
    from analysis.lexicons import data_path

    path = Path(str(data_path(MODEL_FILE)))
    text = model_text(train(examples, range(FOLDS)))
    if args.check:
        same = path.read_bytes() == text.encode("utf-8")
        print(f"{MODEL_FILE}: {'identical to' if same else 'DIFFERS from'} a fresh training run")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - len(HEADER.splitlines()) - 2:,} features to {MODEL_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
