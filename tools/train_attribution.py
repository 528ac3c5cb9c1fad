"""Train the attribution tagger and write ``analysis/data/attribution/tagger.tsv``; measure news training.

Run ``make train`` (or ``.venv/bin/python tools/train_attribution.py``): PolNeAR train, the shipped tagger.
The output is byte for byte the same on every run: the documents are read in file order, python-crfsuite's
L-BFGS is deterministic, and weights are written rounded to 4 decimals in sorted order. ``--check`` trains
and compares with the shipped file instead of writing it.

``--news`` adds our own labels (``benchmarks/wikinews/attribution.jsonl``, the readable development splits
of ``articles.tsv``, texts from ``../shared``; ``--news-splits`` narrows them). The sealed ``test`` split and
the untuned splits (:data:`UNTUNED_SPLITS`, the session's honest estimate) are refused for training
(:func:`news_records`, :func:`check_trainable`); ``--news-cv`` only holds the untuned splits out.
PolNeAR's guideline counts wants, plans and many actions as attributions, ours only reports of speech,
writing, belief and findings, so the news sentences (about 3,500 in session 16) are repeated
:data:`NEWS_REPEAT` times and carry news-only copies of their features (:func:`training_sequences`), so
that where the two guidelines disagree ours can win.

``--news-cv`` measures that honestly: for each group of development splits (:data:`CV_GROUPS`) it trains on
PolNeAR plus the news labels of the *other* groups and scores the held-out group with the news scorer
(``benchmarks/wikinews/score.py``), next to the shipped PolNeAR-only tagger on the same articles, the shipped
keep model held fixed for both (since session 23; before, both were scored without it). The gain
is small (session 8: fully correct F1 dev7 0.717 -> 0.720, dev8 0.573 -> 0.590; session 11, dev10+dev12 held
out: 0.617 -> 0.622; session 16, trained on every readable split and scored on the four untuned ones with
the keep model held fixed: 0.703 -> 0.699, a loss) and PolNeAR dev falls (content F1 0.655 -> 0.650, source
accuracy 0.892 -> 0.863; session 16: 0.624 -> 0.619, 0.916 -> 0.876; README, "The tagger's training data"),
so the shipped tagger stays PolNeAR's. Session 23, with 60% more labels (dev20-dev26 held out, 175 articles,
trained on the other 273 readable ones): fully correct F1 0.785 -> 0.785, not a report 23 -> 18 of about
1,780 predictions; without the keep model 0.742 -> 0.748 (not a report 121 -> 89): the keep model already
sets aside most of what the news labels teach the tagger to drop.

``--holdout`` instead trains on four fifths of the PolNeAR training documents and scores the other fifth
(every fifth document) with the shared scorer, rules alone and rules plus model: the PolNeAR development
loop. PolNeAR dev is for the benchmark (``make bench BENCH=attribution``) only.

Needs python-crfsuite (pinned in requirements.lock); the package itself never imports it.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import parse_article  # noqa: E402
from analysis.attribution.extract import PROSE_KINDS, find_attributions, rule_sentences  # noqa: E402
from analysis.attribution.refine import inside_quotes, rule_labels  # noqa: E402
from analysis.attribution.tagger import LABELS, Tagger, parse_weights, token_features  # noqa: E402
from benchmarks.common import SHARED  # noqa: E402

DATA = SHARED / "data" / "attribution"
OUT = ROOT / "analysis" / "data" / "attribution" / "tagger.tsv"
#: Our own labels (news guideline); only their development splits are ever read here.
NEWS_LABELS = ROOT / "benchmarks" / "wikinews" / "attribution.jsonl"
#: ``--news``: how many times the news sentences are repeated among PolNeAR's (about 1,700 news sentences
#: against 18,300 of PolNeAR), the weight of our guideline where the two disagree. 10 with news-only feature
#: copies (:data:`NEWS_DOMAIN`) cut not-a-report predictions more than 3 without them in ``--news-cv``
#: (README, "The tagger's training data"); neither raised fully correct F1 by more than 0.01.
NEWS_REPEAT = 10
#: News sentences carry news-only copies of their features (:func:`training_sequences`).
NEWS_DOMAIN = True
#: The held-out groups of ``--news-cv``: the Wikinews splits together (rules were tuned on all of them),
#: then each set of outlet-written Zyte pages (dev7 and dev8 were the only splits no rule was tuned on in
#: session 8), and ``untuned``: the Fundus pages of dev10 and dev12 together, the splits no rule was
#: written from (session 11's untuned check; dev13 and dev15 since session 16). Session 23 added the readable
#: splits labelled since (``dev9-14``, ``dev16-19``, ``dev20-26``), so that every labelled article is held out
#: by some group; session 24 added dev27 to the last (``dev20-27``).
CV_GROUPS: dict[str, tuple[str, ...]] = {
    "wikinews": ("train", "dev", "dev2", "dev3", "dev4", "dev5"),
    "dev6": ("dev6",),
    "dev7": ("dev7",),
    "dev8": ("dev8",),
    "dev9-14": ("dev9", "dev11", "dev14"),
    "dev16-19": ("dev16", "dev17", "dev18", "dev19"),
    "dev20-27": ("dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27"),
    "untuned": ("dev10", "dev12", "dev13", "dev15"),
}
#: The splits no rule was written from (session 16's untuned checks): never trained on, only held out.
UNTUNED_SPLITS = ("dev10", "dev12", "dev13", "dev15")
CV_RESULTS = ROOT / "benchmarks" / "results" / "attribution_news_cv.json"
#: CRF settings: L1 keeps the file small (most features get weight 0), L2 keeps the rest steady.
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
DECIMALS = 4
HEADER = """\
# Attribution tagger weights (analysis/attribution/tagger.py): a linear-chain CRF over the tokens of the
# sentences the rules read, labels O (none), S (source), C (cue), T (content); one row per feature and
# label: feature <TAB> label <TAB> weight; rows "->" hold the label transitions (from>to).
# Source: trained by tools/train_attribution.py (make train) with python-crfsuite 0.9.12 on PolNeAR train
# (../shared/data/attribution/polnear_train.jsonl; Newell, Margolin and Ruths 2018, "An Attribution
# Relations Corpus for Political News", LREC){news}, settings {params}. Do not edit: retrain.
# Training sequences sha256 {digest} (a rule change that alters what the tagger reads changes it: make train).
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


Seq = tuple[list[list[str]], list[str]]


def sequences(recs: list[dict]) -> list[Seq]:
    """Feature strings and gold labels of every sentence the rules read, in document order."""
    out = []
    for rec in recs:
        art = parse_article(rec["text"], id=rec["id"])
        golds = doc_golds(rec)
        for s, raws, quotes in rule_sentences(art, PROSE_KINDS):
            xs = token_features(s.tx, rule_labels(s, raws), inside_quotes(s, quotes))
            out.append((xs, gold_labels([t.start for t in s.toks], golds)))
    return out


def news_record(label: dict[str, Any], text: str) -> dict[str, Any]:
    """One of our label records (``attribution.jsonl``) as a training record for :func:`doc_golds`.

    Ours give ``content`` as a list of ``[start, end]`` fragments and may have no cue ("according to" is
    the cue; a colon attribution has none) or no source; PolNeAR's records name the fragments
    ``content_fragments``. Kind, names and types are not tagged (the tagger labels token roles only); the
    label record itself is kept under ``labels`` for the news scorer.
    """
    atts = []
    for a in label.get("attributions", []):
        atts.append(
            {
                "source": a.get("source"),
                "cue": a.get("cue"),
                "content_fragments": [list(f) for f in a.get("content") or []],
            }
        )
    return {"id": label["id"], "split": label["split"], "text": text, "attributions": atts, "labels": label}


def readable_splits() -> tuple[str, ...]:
    """The development splits whose labels may train the tagger: every one but :data:`UNTUNED_SPLITS`."""
    from benchmarks.wikinews.corpus import DEVELOPMENT_SPLITS

    return tuple(s for s in DEVELOPMENT_SPLITS if s not in UNTUNED_SPLITS)


def news_records(
    splits: Iterable[str] | None = None, labels: Path = NEWS_LABELS, held_out: bool = False
) -> list[dict[str, Any]]:
    """Our labelled articles of ``splits`` (default: every readable split, :func:`readable_splits`), with
    their texts from ``../shared``, in id order.

    The sealed ``test`` split is refused, never read. So are the untuned splits (:data:`UNTUNED_SPLITS`),
    unless ``held_out``: ``--news-cv`` scores them, and nothing may train on them, since they are the
    session's honest estimate (:func:`check_trainable` guards the training itself).
    """
    from benchmarks.wikinews.corpus import DEVELOPMENT_SPLITS, texts_of
    from benchmarks.wikinews.score import read_gold

    allowed = DEVELOPMENT_SPLITS if held_out else readable_splits()
    wanted = set(allowed if splits is None else splits)
    if not wanted <= set(allowed):
        what = "development" if held_out else "readable"
        raise ValueError(f"not {what} splits: {sorted(wanted - set(allowed))}")
    golds = sorted((r for r in read_gold(labels) if r["split"] in wanted), key=lambda r: r["id"])
    ids = {r["id"] for r in golds}
    found = {k: a.text for k, a in texts_of(ids).items()}
    missing = sorted(ids - set(found))
    if missing:
        raise ValueError(
            f"{labels}: no text in ../shared for {len(missing)} labelled articles ({missing[0]}, ...)"
        )
    return [news_record(r, found[r["id"]]) for r in golds]


def check_trainable(recs: Iterable[dict[str, Any]]) -> None:
    """Refuse to train on an article of an untuned split or of the sealed test (a ValueError naming them)."""
    bad = sorted({r["split"] for r in recs if r["split"] not in readable_splits()})
    if bad:
        raise ValueError(f"refusing to train on splits {bad}: only {', '.join(readable_splits())}")


def cv_folds(
    recs: Sequence[dict[str, Any]], groups: dict[str, tuple[str, ...]] = CV_GROUPS
) -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    """``(group, training records, held-out records)`` per group that has labelled records: the held-out
    group's articles (by split, and by id in case an article were labelled twice) never train its fold, and
    nor does any article of an untuned split (:data:`UNTUNED_SPLITS`: held out, never trained on)."""
    out = []
    for name, splits in groups.items():
        held = [r for r in recs if r["split"] in splits]
        if not held:
            continue
        held_ids = {r["id"] for r in held}
        fit = [
            r
            for r in recs
            if r["split"] not in splits and r["split"] not in UNTUNED_SPLITS and r["id"] not in held_ids
        ]
        out.append((name, fit, held))
    return out


def news_note(recs: Sequence[dict[str, Any]], repeat: int, domain: bool = False) -> str:
    """The header's words on the news labels a model was trained with ('' when none)."""
    if not recs:
        return ""
    splits = sorted({r["split"] for r in recs}, key=lambda s: (len(s), s))
    copies = "; news-only feature copies folded in" if domain else ""
    return (
        f"\n# plus our news labels (benchmarks/wikinews/attribution.jsonl, {len(recs)} articles of splits "
        f"{', '.join(splits)}; texts from ../shared; each sentence {repeat} times{copies})"
    )


#: ``--domain``: the prefix of the news-only copy of a feature (see :func:`training_sequences`).
DOMAIN = "N:"


def training_sequences(polnear: list[Seq], news: list[Seq], repeat: int, domain: bool = False) -> list[Seq]:
    """PolNeAR's sequences, then the news sequences ``repeat`` times (a fixed order: a fixed model).

    ``domain``: every feature of a news token also appears as a news-only copy (:data:`DOMAIN`), so the CRF
    can learn where our guideline departs from PolNeAR's without unlearning what they share (Daumé 2007,
    "Frustratingly easy domain adaptation"). :func:`train` folds the copies into the shared weights, since
    the shipped tagger reads news only: the weights file and the run-time scorer stay as they are.
    """
    if domain:
        news = [([f + [DOMAIN + a for a in f] for f in xs], ys) for xs, ys in news]
    return polnear + news * repeat


def sequences_digest(seqs: list[Seq]) -> str:
    """The sha256 of the training sequences, written into the weights' header.

    The tagger's features include the rules' labels, so a rule change can leave the shipped weights stale
    (trained on what the rules used to say) while every other test passes; a test recomputes this digest
    from PolNeAR train in about 20 s, where a retraining takes minutes.
    """
    return hashlib.sha256(json.dumps(seqs).encode("utf-8")).hexdigest()


def shipped_digest(text: str) -> str | None:
    """The training sequences' digest a weights file's header names (None for a file without one)."""
    m = re.search(r"^# Training sequences sha256 ([0-9a-f]{64}) ", text, re.M)
    return m.group(1) if m else None


def train(seqs: list[Seq], news: str = "") -> str:
    """The weights file's text for a CRF trained on ``seqs`` (``news``: :func:`news_note`)."""
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
    weights: dict[tuple[str, str], float] = {}
    for (attr, label), w in sorted(info.state_features.items()):
        key = (attr.removeprefix(DOMAIN), label)
        weights[key] = weights.get(key, 0.0) + w
    rows = []
    for (attr, label), w in weights.items():
        if round(w, DECIMALS) != 0:
            rows.append(f"{attr}\t{label}\t{w:.{DECIMALS}f}")
    for (a, b), w in info.transitions.items():
        rows.append(f"->\t{a}>{b}\t{w:.{DECIMALS}f}")
    assert set(info.labels) <= set(LABELS), info.labels
    params = json.dumps(PARAMS, sort_keys=True)
    header = HEADER.format(params=params, news=news, digest=sequences_digest(seqs))
    return header + "\n".join(sorted(rows)) + "\n"


def _scorer():
    path = SHARED / "eval" / "score.py"
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


def news_predictor(tagger: Tagger | None, keep: bool = True):
    """A ``predict(article id, text)`` for the news scorer that uses ``tagger``: the ``attribution``
    predict task's attributions (every prose part), with this tagger in place of the shipped one.

    ``keep``: the shipped keep model has the last word, as in the shipped analyzer, held fixed whatever
    the tagger (until session 23 ``--news-cv`` scored both taggers without it, so its figures ran about
    0.05 below the news scorer's).
    """
    from analysis.attribution.extract import SHIPPED
    from analysis.attribution.predict import attribution_dict

    def predict(art_id: str, text: str) -> list[dict[str, Any]]:
        art = parse_article(text, id=art_id)
        atts = find_attributions(art, PROSE_KINDS, tagger=tagger, keep=SHIPPED if keep else None)
        return [attribution_dict(a) for a in atts]

    return predict


def score_news(recs: Sequence[dict[str, Any]], tagger: Tagger | None, keep: bool = True) -> dict[str, Any]:
    """The news scorer's figures over ``recs`` taken together (one tally for the whole group)."""
    from benchmarks.wikinews import score

    tally = score.Tally()
    predict = news_predictor(tagger, keep)
    for rec in sorted(recs, key=lambda r: r["id"]):
        gold = rec["labels"]["attributions"]
        score.score_article(rec["text"], gold, predict(rec["id"], rec["text"]), tally, rec["id"])
    return tally.figures()


def _cached_train(seqs: list[Seq], news: str) -> str:
    """:func:`train`, remembered in the temporary folder by a hash of its input (folds are rerun often)."""
    h = hashlib.sha256(json.dumps([PARAMS, news, seqs], sort_keys=True).encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"attribution-cv-{h}.tsv"
    if not cache.exists():
        t0 = time.perf_counter()
        cache.write_text(train(seqs, news), encoding="utf-8")
        print(f"  trained on {len(seqs):,} sentences in {time.perf_counter() - t0:.0f} s", flush=True)
    return cache.read_text(encoding="utf-8")


def _line(name: str, f: dict[str, Any]) -> str:
    fc = f["fully_correct"]
    return (
        f"  {name:10} fully correct P/R/F1 {fc['p']:.3f}/{fc['r']:.3f}/{fc['f1']:.3f}  content F1 "
        f"{f['content']['f1']:.3f}  type {f['source_type_acc']:.3f}  name {f['source_name_acc']:.3f}  "
        f"not a report {f['not_report']}/{f['pred']} ({f['not_report_share']:.3f})"
    )


def news_cv(
    polnear: list[Seq],
    news: list[dict[str, Any]],
    repeat: int,
    domain: bool = False,
    only: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Grouped cross-validation: per group (of ``only``, default all), the shipped PolNeAR-only tagger and
    PolNeAR plus the other groups' news labels, both scored on the held-out group with the news scorer."""
    seq_of = {r["id"]: sequences([r]) for r in news}
    # The shipped PolNeAR-only tagger (``make train``; the ``--check`` test keeps it equal to a retraining).
    baseline = parse_weights(_entries(OUT.read_text(encoding="utf-8")))
    out: dict[str, Any] = {"repeat": repeat, "domain": domain, "groups": {}}
    for name, fit, held in cv_folds(news):
        if only is not None and name not in only:
            continue
        print(f"{name}: {len(held)} articles held out, {len(fit)} news articles train", flush=True)
        check_trainable(fit)
        fit_seqs = [x for r in fit for x in seq_of[r["id"]]]
        model = parse_weights(
            _entries(
                _cached_train(
                    training_sequences(polnear, fit_seqs, repeat, domain), news_note(fit, repeat, domain)
                )
            )
        )
        res = {
            "baseline": score_news(held, baseline),
            "news": score_news(held, model),
            "articles": sorted(r["id"] for r in held),
        }
        print(_line("baseline", res["baseline"]) + "\n" + _line("+news", res["news"]), flush=True)
        out["groups"][name] = res
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=DATA / "polnear_train.jsonl")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    ap.add_argument("--repeat", type=int, default=NEWS_REPEAT, help="news sentences repeated this many times")
    ap.add_argument(
        "--domain",
        action=argparse.BooleanOptionalAction,
        default=NEWS_DOMAIN,
        help="news-only feature copies, folded into the weights",
    )
    ap.add_argument("--news", action="store_true", help="also train on our news labels (not shipped)")
    ap.add_argument(
        "--news-splits", nargs="+", metavar="SPLIT", help="with --news: only these readable splits' labels"
    )
    ap.add_argument(
        "--check", action="store_true", help="train and compare with the shipped weights, write nothing"
    )
    ap.add_argument("--news-cv", action="store_true", help="cross-validate by group of news splits")
    ap.add_argument(
        "--groups", nargs="+", choices=sorted(CV_GROUPS), help="with --news-cv: only these groups"
    )
    ap.add_argument(
        "--holdout", action="store_true", help="train on 4/5 of PolNeAR train, score the other 1/5"
    )
    ap.add_argument("--reuse", action="store_true", help="with --holdout: reuse the last holdout weights")
    args = ap.parse_args(argv)
    if not args.train.exists():
        print(f"train_attribution: {args.train} not found (it lives in ../shared)", file=sys.stderr)
        return 2
    if args.repeat < 1:
        print(f"train_attribution: --repeat must be at least 1, got {args.repeat}", file=sys.stderr)
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
    try:
        if args.news_cv:
            news = news_records(held_out=True)
        else:
            news = news_records(args.news_splits) if args.news else []
            check_trainable(news)
    except (OSError, ValueError) as exc:
        print(f"train_attribution: {exc}", file=sys.stderr)
        return 2
    polnear = sequences(recs)
    if args.news_cv:
        res = news_cv(polnear, news, args.repeat, args.domain, args.groups)
        if CV_RESULTS.exists() and args.groups:  # the other groups' figures stay when they were run alike
            old = json.loads(CV_RESULTS.read_text(encoding="utf-8"))
            if (old.get("repeat"), old.get("domain")) == (args.repeat, args.domain):
                # so do the notes and other settings' figures kept next to them (README)
                res = {**old, **res, "groups": {**old.get("groups", {}), **res["groups"]}}
        CV_RESULTS.parent.mkdir(parents=True, exist_ok=True)
        CV_RESULTS.write_text(json.dumps(res, sort_keys=True, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {CV_RESULTS}")
        return 0
    news_seqs = sequences(news)
    text = train(
        training_sequences(polnear, news_seqs, args.repeat, args.domain),
        news_note(news, args.repeat, args.domain),
    )
    if args.check:
        same = args.output.exists() and args.output.read_text(encoding="utf-8") == text
        print(f"{args.output}: {'identical' if same else 'DIFFERS from the retrained weights'}")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(text):,} bytes)")
    return 0


def _entries(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


if __name__ == "__main__":
    raise SystemExit(main())
