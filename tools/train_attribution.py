"""Train the attribution tagger on PolNeAR train and write ``analysis/data/attribution/tagger.tsv``.

Run ``make train`` (or ``.venv/bin/python tools/train_attribution.py``). The output is byte for byte the
same on every run: the documents are read in file order, python-crfsuite's L-BFGS is deterministic, and
weights are written rounded to 4 decimals in sorted order.

``--holdout`` instead trains on four fifths of the training documents and scores the other fifth (every
fifth document) with the shared scorer, rules alone and rules plus model: the development loop. PolNeAR
dev is for the benchmark (``make bench BENCH=attribution``) only.

Needs python-crfsuite (pinned in requirements.lock); the package itself never imports it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import parse_article  # noqa: E402
from analysis.attribution.extract import PROSE_KINDS, find_attributions, rule_sentences  # noqa: E402
from analysis.attribution.refine import inside_quotes, rule_labels  # noqa: E402
from analysis.attribution.tagger import LABELS, Tagger, parse_weights, token_features  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "attribution"
OUT = ROOT / "analysis" / "data" / "attribution" / "tagger.tsv"
#: CRF settings: L1 keeps the file small (most features get weight 0), L2 keeps the rest steady.
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
DECIMALS = 4
HEADER = """\
# Attribution tagger weights (analysis/attribution/tagger.py): a linear-chain CRF over the tokens of the
# sentences the rules read, labels O (none), S (source), C (cue), T (content); one row per feature and
# label: feature <TAB> label <TAB> weight; rows "->" hold the label transitions (from>to).
# Source: trained by tools/train_attribution.py (make train) with python-crfsuite 0.9.12 on PolNeAR train
# (../shared/data/attribution/polnear_train.jsonl; Newell, Margolin and Ruths 2018, "An Attribution
# Relations Corpus for Political News", LREC), settings {params}. Do not edit: retrain.
"""


#: When gold spans overlap (a cue nested in another attribution's content), the narrower role wins.
_PRIORITY = {"C": 0, "S": 1, "T": 2}


def gold_labels(starts: list[int], golds: list[tuple[str, int, int]]) -> list[str]:
    """One gold label per token (by where it starts): cue over source over content where spans nest."""
    out = []
    for st in starts:
        held = [label for label, a, b in golds if a <= st < b]
        out.append(min(held, key=_PRIORITY.__getitem__) if held else "O")
    return out


def doc_golds(rec: dict) -> list[tuple[str, int, int]]:
    golds = []
    for a in rec.get("attributions", []):
        if a.get("source"):
            golds.append(("S", a["source"][0], a["source"][1]))
        if a.get("cue"):
            golds.append(("C", a["cue"][0], a["cue"][1]))
        frags = [(f[0], f[1]) for f in a.get("content_fragments") or []]
        if not frags and a.get("content"):
            frags = [(a["content"][0], a["content"][1])]
        golds += [("T", x, y) for x, y in frags]
    return golds


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def sequences(recs: list[dict]) -> list[tuple[list[list[str]], list[str]]]:
    """Feature strings and gold labels of every sentence the rules read, in document order."""
    out = []
    for rec in recs:
        art = parse_article(rec["text"], id=rec["id"])
        golds = doc_golds(rec)
        for s, raws, quotes in rule_sentences(art, PROSE_KINDS):
            xs = token_features(s.tx, rule_labels(s, raws), inside_quotes(s, quotes))
            out.append((xs, gold_labels([t.start for t in s.toks], golds)))
    return out


def train(seqs: list[tuple[list[list[str]], list[str]]]) -> str:
    """The weights file's text for a CRF trained on ``seqs``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in seqs:
        trainer.append(xs, ys)
    trainer.set_params(PARAMS)
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "tagger.crfsuite")
        trainer.train(model)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        info = tagger.info()
        tagger.close()
    rows = []
    for (attr, label), w in info.state_features.items():
        if round(w, DECIMALS) != 0:
            rows.append(f"{attr}\t{label}\t{w:.{DECIMALS}f}")
    for (a, b), w in info.transitions.items():
        rows.append(f"->\t{a}>{b}\t{w:.{DECIMALS}f}")
    assert set(info.labels) <= set(LABELS), info.labels
    header = HEADER.format(params=json.dumps(PARAMS, sort_keys=True))
    return header + "\n".join(sorted(rows)) + "\n"


def _scorer():
    path = ROOT.parent / "shared" / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def evaluate(recs: list[dict], tagger: Tagger | None) -> dict:
    """The shared scorer's figures for ``recs`` predicted with ``tagger`` (None: rules alone)."""
    from analysis.attribution.predict import attribution_task
    from analysis.pipeline import Doc

    score = _scorer()
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        with open(gold, "w", encoding="utf-8") as g, open(pred, "w", encoding="utf-8") as p:
            for rec in recs:
                g.write(json.dumps(rec) + "\n")
                art = parse_article(rec["text"], id=rec["id"])
                atts = find_attributions(art, PROSE_KINDS, tagger=tagger)
                ans = attribution_task(Doc(art, layers={"attributions": atts}))
                p.write(json.dumps({"id": rec["id"], **ans}) + "\n")
        return score.score_attribution(str(gold), str(pred))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=DATA / "polnear_train.jsonl")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    ap.add_argument("--holdout", action="store_true", help="train on 4/5 of train, score the other 1/5")
    ap.add_argument("--reuse", action="store_true", help="with --holdout: reuse the last holdout weights")
    args = ap.parse_args(argv)
    if not args.train.exists():
        print(f"train_attribution: {args.train} not found (it lives in ../shared)", file=sys.stderr)
        return 2
    recs = read(args.train)
    if args.holdout:
        fit = [r for i, r in enumerate(recs) if i % 5]
        held = [r for i, r in enumerate(recs) if not i % 5]
        cache = Path(tempfile.gettempdir()) / "attribution-holdout-tagger.tsv"
        if not (args.reuse and cache.exists()):
            cache.write_text(train(sequences(fit)), encoding="utf-8")
        tagger = parse_weights(_entries(cache.read_text(encoding="utf-8")))
        for name, tg in (("rules", None), ("rules+model", tagger)):
            res = evaluate(held, tg)
            c = res["content"]
            print(
                f"{name:12} content P/R/F1 {c['p']:.3f}/{c['r']:.3f}/{c['f1']:.3f}  speech recall "
                f"{res['speech_recall']:.3f}  source acc {res['source_acc']:.3f}  "
                f"cue acc {res['cue_acc']:.3f}"
            )
        return 0
    text = train(sequences(recs))
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(text):,} bytes)")
    return 0


def _entries(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


if __name__ == "__main__":
    raise SystemExit(main())
