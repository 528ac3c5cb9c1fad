"""Does a model over the hedging rules' outputs judge news better than the rules? Grouped cross-validation.

Run ``make bench BENCH=news_model`` (or ``.venv/bin/python -m tools.train_news_hedging``): every
hand-labelled news sentence of the development splits (``benchmarks/wikinews/hedging.jsonl``, texts from
``../shared`` at run time, never copied; never the test split) is judged by the rules, turned into
features, and a logistic regression deciding ``uncertain`` and ``weasel`` is cross-validated by group.
``--weights PATH`` writes the weights trained on every split, for inspection.

Why: seven sessions of hand-written rules lifted the splits they were written from to F1 0.9-1.0 and left
each fresh set of outlet news where it was. The question is whether a model can learn, from ~2,700
labelled news sentences, how far to trust each rule and what the rules found but set aside.

Features (:func:`features`): only what the rules computed and a few general facts, no words: the rules'
flags and rule ids (``rules:``, ``why_*:``, ``firm:``), each cue's pattern, category, kind and context rule,
refused cues' rules, the Szeged model's probability in buckets, the attributed sources' types and mention
forms, whether a hedge or weasel cue is inside a quotation and before or after the attribution cue, a
question, first person, length.

Result (the reason the analyzer does not use it), ``make bench BENCH=news_model``: on dev8, the one split
nothing was tuned on, ``uncertain`` F1 0.773 for the rules, 0.767 for the model with the rules' decisions as
features (it copies them), 0.777 without them, 0.779 ``coarse``; ``weasel`` 0.469 / 0.462 / 0.472 / 0.500
(precision 0.46-0.47); trained on outlet pages only (``--outlet-only``) no better. On the
splits the rules were written from the model is below them. Most sentences the rules miss hold nothing the
rules found (:func:`reach`: on dev8, 19 of 30 missed uncertain and 16 of 28 missed weasel sentences), and a
model over the rules' outputs cannot see them. Figures: ``benchmarks/results/news_model.json``.

Why this shape:

- Logistic regression with an L2 penalty fitted by Newton's method (a few hundred binary features; numpy
  solves it exactly in a few steps, deterministic); features seen in fewer than ``MIN_COUNT`` training
  sentences are dropped.
- Cross-validation is grouped by where the text comes from (``GROUPS``: the Wikinews splits together, and
  each outlet-news split alone): the model scored on a group never saw a sentence of it. The threshold is
  chosen inside the training groups (F1 on out-of-fold probabilities of a leave-one-split-out run over the
  training splits), never on the group scored.
- The rules were written from train..dev6: there a firing rule looks perfectly reliable. dev7 and dev8 are
  the only splits no rule was tuned on, so their figures are the honest ones.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from analysis.hedging.cues import Match, SentenceScan
from analysis.hedging.sentences import UNCERTAIN_CATEGORIES, Judgement, firm_cue, firm_reason
from analysis.hedging.sources import Source

TARGETS = ("uncertain", "weasel")
#: Cross-validation groups: split -> group. Splits of articles.tsv not listed here are not read.
GROUPS = {
    "train": "wikinews",
    "dev": "wikinews",
    "dev2": "wikinews",
    "dev3": "wikinews",
    "dev4": "wikinews",
    "dev5": "wikinews",
    "dev6": "dev6",
    "dev7": "dev7",
    "dev8": "dev8",
}
L2 = 1.0
MIN_COUNT = 3
NEWTON_STEPS = 30
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 19))  # 0.10 .. 0.90
#: Model variants: name -> the feature-name prefixes left out. ``without_rule_decisions``: no flag or rule id
#: of the rules' judgement, only what they found (cues, context rules, refusals, sources): the rules were
#: written from train..dev6, where a rule that fired looks perfectly reliable. ``coarse``: not the cue
#: patterns and context rule ids either (categories, kinds, refusals, sources and the general facts).
VARIANTS: dict[str, tuple[str, ...]] = {
    "all": (),
    "without_rule_decisions": ("rules:", "why_", "firm:"),
    "coarse": ("rules:", "why_", "firm:", "cue:", "context:"),
}

#: Upper bounds of the buckets of the Szeged model's probability (``p_uncertain``) as a feature.
P_BUCKETS = (0.05, 0.15, 0.3, 0.5, 0.7, 0.9)
#: Upper bounds of the sentence length buckets (words and punctuation).
LENGTH_BUCKETS = (8, 20, 35, 60)
#: Quotation marks that open and close a quotation (a straight mark does both).
OPENING = "“«"
CLOSING = "”»"
STRAIGHT = '"'
FIRST_PERSON = frozenset({"i", "we", "my", "our", "me"})  # not "us": the normalised "US"


def _bucket(x: float, bounds: Sequence[float]) -> str:
    for b in bounds:
        if x < b:
            return f"<{b:g}"
    return f">={bounds[-1]:g}"


def quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations of ``text[start:end]`` as character spans (a quotation left open runs to ``end``)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for k in range(start, end):
        ch = text[k]
        if opened is None and (ch in OPENING or ch == STRAIGHT):
            opened = k
        elif opened is not None and (ch in CLOSING or ch == STRAIGHT):
            spans.append((opened, k + 1))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans


def rule_ids(why: str) -> list[str]:
    """The rule ids of a ``uncertain_rule`` / ``weasel_rule`` / ``anonymous_rule`` text, in order, each once
    ("firm_cue:may; rejected:would/would" -> ["firm_cue", "rejected"])."""
    out = [part.split(":", 1)[0].strip() for part in why.split("; ") if part.strip()]
    return list(dict.fromkeys(out))


def features(
    text: str,
    start: int,
    end: int,
    scans: Sequence[SentenceScan],
    sources: Sequence[Source],
    rules: Judgement,
) -> list[str]:
    """The feature names of the text ``[start, end)`` (one or more scanned sentences), sorted, each once.

    ``rules``: the rules' judgement of that text (:func:`analysis.hedging.sentences.judge_scans`);
    ``sources``: the attributed sources of the article (those starting inside the text count)."""
    f: set[str] = set()
    matches: list[tuple[int, int, Match]] = []
    for sc in scans:
        o = sc.offsets
        matches.extend((o[m.i][0], o[m.end - 1][1], m) for m in sc.matches)
        for m in sc.rejected:
            f.add("refused:" + m.rule)
    words = [w for sc in scans for w in sc.words]
    # what the rules decided
    if rules.uncertain:
        f.add("rules:uncertain")
    if rules.weasel:
        f.add("rules:weasel")
    if rules.anonymous_source:
        f.add("rules:anonymous_source")
    firm = firm_cue(m for _a, _b, m in matches)
    if firm is not None:
        f.add("firm:" + (firm_reason(firm) or "plain"))
    f.update("why_uncertain:" + r for r in rule_ids(rules.uncertain_rule))
    f.update("why_weasel:" + r for r in rule_ids(rules.weasel_rule))
    f.update("why_anonymous:" + r for r in rule_ids(rules.anonymous_rule))
    f.add("szeged_p:" + _bucket(rules.p_uncertain, P_BUCKETS))
    # the cues
    quotes = quoted(text, start, end)
    mine = [s for s in sources if start <= s.start < end]
    attribution_cues = [s.cue_start for s in mine]
    for a, _b, m in matches:
        f.add("category:" + m.category)
        f.add("kind:" + m.kind)
        f.add("cue:" + m.pattern)
        if m.rule != "-":
            f.add("context:" + m.rule)
        if m.category not in UNCERTAIN_CATEGORIES and m.kind != "weasel":
            continue
        group = "hedge" if m.category in UNCERTAIN_CATEGORIES else "weasel"
        inside = any(q0 <= a < q1 for q0, q1 in quotes)
        if attribution_cues:
            before = all(a < c for c in attribution_cues)
            after = all(a > c for c in attribution_cues)
            where = "before" if before else "after" if after else "between"
        else:
            where = "none"
        f.add(f"{group}_quoted:{inside}")
        f.add(f"{group}_vs_attribution:{where}")
        f.add(f"{m.category}&quoted:{inside}")
        f.add(f"{m.category}&attribution:{where}")
    if not matches:
        f.add("no_cue")
        f.add("no_cue&szeged_p:" + _bucket(rules.p_uncertain, P_BUCKETS))
    # the sources
    for s in mine:
        f.add("source:" + s.type)
        f.add("mention:" + (s.mention or "unknown"))
        f.add(f"source:{s.type}&mention:{s.mention or 'unknown'}")
        f.add(f"source_quoted:{any(q0 <= s.cue_start < q1 for q0, q1 in quotes)}")
    if not mine:
        f.add("source:none")
    # the sentence
    if quotes:
        f.add("has_quotation")
    if text[start:end].rstrip().rstrip("\"”’'»)").endswith("?"):
        f.add("question")
    if FIRST_PERSON.intersection(words):
        f.add("first_person")
    f.add("length:" + _bucket(len(words), LENGTH_BUCKETS))
    return sorted(f)


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled sentence: its id, split, gold flags, the rules' flags and the model's features."""

    id: str
    split: str
    gold: dict[str, bool]
    rules: dict[str, bool]
    feats: tuple[str, ...]


def judged_record(text: str, rid: str = "") -> tuple[Any, list[Any], list[Any], Judgement] | None:
    """``text`` read as one ``predict hedging`` record, as ``bench_hedging`` scores it: ``(article, its
    scans, its attributed sources, the rules' judgement)`` (None: no words). Shared with
    ``tools/train_news_model.py``."""
    from analysis.hedging.cues import scan
    from analysis.hedging.sentences import article_sources, judge_scans
    from analysis.loading import record_from_json

    record = record_from_json({"id": rid, "text": text}, rid or "<text>", "")
    article = hedging_pipeline().run_record(record).article
    scans = [sc for sc in scan(article) if sc.words]
    if not scans:
        return None
    sources = article_sources(article, None)
    return article, scans, sources, judge_scans(article, scans, sources)


def judge_text(text: str, rid: str = "") -> tuple[Judgement, list[str]] | None:
    """The rules' judgement of ``text`` as one ``predict hedging`` record and the model's features of it
    (None: no words)."""
    got = judged_record(text, rid)
    if got is None:
        return None
    article, scans, sources, j = got
    start, end = scans[0].offsets[0][0], scans[-1].offsets[-1][1]
    return j, features(article.text, start, end, scans, sources, j)


@cache
def hedging_pipeline() -> Any:
    """The ``hedging`` task's pipeline, built once per process: the trainers judge each labelled sentence
    through it, as ``bench_hedging`` scores it (so training and scoring read the same judgement)."""
    from analysis.predict import resolve

    return resolve("hedging")[0]


def load_examples(splits: Sequence[str] = tuple(GROUPS)) -> list[Example]:
    """Every labelled sentence of ``splits`` judged by the rules, with its features (needs ``../shared``).

    Each sentence is one record through the ``hedging`` task's pipeline, as ``bench_hedging`` scores it."""
    from benchmarks.wikinews.corpus import DEVELOPMENT_SPLITS

    bad = sorted(set(splits) - set(DEVELOPMENT_SPLITS))
    if bad:
        raise ValueError(f"not development splits: {bad} (the test split is never read here)")
    from benchmarks.bench_hedging import wikinews_records

    out = []
    for r in wikinews_records(tuple(splits)):
        got = judge_text(r["text"], r["id"])
        if got is None:
            continue
        j, feats = got
        out.append(
            Example(
                r["id"],
                r["split"],
                {t: r[t] for t in TARGETS},
                {t: bool(getattr(j, t)) for t in TARGETS},
                tuple(feats),
            )
        )
    return out


def folds(examples: Sequence[Example]) -> Iterator[tuple[str, list[Example], list[Example]]]:
    """``(held-out group, training examples, test examples)`` for each group of :data:`GROUPS`: the training
    examples are every example of the other groups, the test examples every one of the held-out group."""
    for held in sorted({GROUPS[e.split] for e in examples}):
        yield (
            held,
            [e for e in examples if GROUPS[e.split] != held],
            [e for e in examples if GROUPS[e.split] == held],
        )


def design(examples: Sequence[Example], vocab: dict[str, int]) -> np.ndarray:
    """The binary design matrix of ``examples`` over ``vocab`` (features outside it are ignored)."""
    x = np.zeros((len(examples), len(vocab)), dtype=np.float64)
    for i, e in enumerate(examples):
        for f in e.feats:
            k = vocab.get(f)
            if k is not None:
                x[i, k] = 1.0
    return x


def vocabulary(examples: Sequence[Example]) -> dict[str, int]:
    counts = Counter(f for e in examples for f in e.feats)
    return {f: k for k, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}


def fit(x: np.ndarray, y: np.ndarray, l2: float | None = None) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression (the intercept unpenalised) by Newton's method; ``l2``: the
    penalty (default :data:`L2`)."""
    l2 = L2 if l2 is None else l2
    n, d = x.shape
    a = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    pen = np.full(d + 1, l2)
    pen[-1] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        g = a.T @ (p - y) + pen * w
        h = (a * (p * (1 - p))[:, None]).T @ a + np.diag(pen + 1e-9)
        step = np.linalg.solve(h, g)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w[:-1], float(w[-1])


def probabilities(w: np.ndarray, b: float, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ w + b)))


def prf(y: Sequence[bool], p: Sequence[bool]) -> dict[str, float | int]:
    tp = sum(a and b for a, b in zip(y, p, strict=True))
    fp = sum(b and not a for a, b in zip(y, p, strict=True))
    fn = sum(a and not b for a, b in zip(y, p, strict=True))
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return {"p": round(pr, 3), "r": round(rc, 3), "f1": round(f1, 3), "gold": sum(y)}


def train(examples: Sequence[Example], target: str) -> tuple[dict[str, int], np.ndarray, float]:
    """The vocabulary, weights and bias of ``target`` fitted on ``examples``."""
    vocab = vocabulary(examples)
    y = np.array([e.gold[target] for e in examples], dtype=np.float64)
    w, b = fit(design(examples, vocab), y)
    return vocab, w, b


def choose_threshold(examples: Sequence[Example], target: str) -> float:
    """The threshold with the best F1 on out-of-fold probabilities, leaving out one split of ``examples`` at
    a time (ties: the one nearest 0.5)."""
    probs: list[float] = []
    gold: list[bool] = []
    for held in sorted({e.split for e in examples}):
        tr = [e for e in examples if e.split != held]
        te = [e for e in examples if e.split == held]
        vocab, w, b = train(tr, target)
        probs.extend(probabilities(w, b, design(te, vocab)).tolist())
        gold.extend(e.gold[target] for e in te)
    return max(THRESHOLDS, key=lambda t: (prf(gold, [p >= t for p in probs])["f1"], -abs(t - 0.5)))


def restrict(examples: Sequence[Example], drop: Sequence[str]) -> list[Example]:
    """``examples`` without the features whose names start with one of ``drop``."""
    prefixes = tuple(drop)
    if not prefixes:
        return list(examples)
    return [replace(e, feats=tuple(f for f in e.feats if not f.startswith(prefixes))) for e in examples]


Scores = dict[str, dict[str, dict[str, dict[str, float | int]]]]


def cross_validate(
    examples: Sequence[Example],
    variants: dict[str, tuple[str, ...]] | None = None,
    log: Callable[[str], None] = print,
) -> Scores:
    """Per held-out group (:data:`GROUPS`) and target: the rules' precision, recall and F1 and each model
    variant's (``variants``: name -> feature-name prefixes it drops; default :data:`VARIANTS`). Weights and
    threshold are learned on the other groups only."""
    variants = VARIANTS if variants is None else variants
    out: Scores = {}
    for held, training, test in folds(examples):
        gold = {target: [e.gold[target] for e in test] for target in TARGETS}
        out[held] = {t: {"rules": prf(gold[t], [e.rules[t] for e in test])} for t in TARGETS}
        for name, drop in variants.items():
            tr = restrict(training, drop)
            te = restrict(test, drop)
            for target in TARGETS:
                t = choose_threshold(tr, target)
                vocab, w, b = train(tr, target)
                p = probabilities(w, b, design(te, vocab))
                out[held][target][name] = {**prf(gold[target], [bool(v >= t) for v in p]), "threshold": t}
        for target in TARGETS:
            got = out[held][target]
            r = got["rules"]
            line = f"{held:8} {target:9} [{r['gold']:3} gold, {len(test)} sentences] " + "  ".join(
                f"{name} F1 {v['f1']:.3f} (P {v['p']:.3f} R {v['r']:.3f})" for name, v in got.items()
            )
            log(line)
    return out


#: Per target: the feature-name prefixes that are rule evidence for it (a cue, a refused cue or a source
#: the rules could weigh). A gold sentence with none of them is out of reach of any model over the rules.
EVIDENCE: dict[str, tuple[str, ...]] = {
    "uncertain": (*(f"category:{c}" for c in sorted(UNCERTAIN_CATEGORIES)), "refused:"),
    "weasel": (
        "category:weasel",
        "category:shield",
        "why_weasel:",
        "refused:agentless_opinion",
        *(f"source:{t}" for t in ("anonymous_person", "document", "media_outlet", "unnamed_group")),
    ),
}


def reach(examples: Sequence[Example]) -> dict[str, dict[str, dict[str, int]]]:
    """Per group and target: gold sentences, those the rules missed, and of those how many hold no rule
    evidence (:data:`EVIDENCE`): the misses a model over the rules' outputs cannot recover."""
    out: dict[str, dict[str, dict[str, int]]] = {}
    for held, _training, test in folds(examples):
        out[held] = {}
        for target in TARGETS:
            gold = [e for e in test if e.gold[target]]
            missed = [e for e in gold if not e.rules[target]]
            blind = [e for e in missed if not any(f.startswith(EVIDENCE[target]) for f in e.feats)]
            out[held][target] = {
                "gold": len(gold),
                "missed_by_rules": len(missed),
                "missed_without_evidence": len(blind),
            }
    return out


HEADER = """\
# News sentence model, variant {variant!r} (tools/train_news_hedging.py): logistic-regression weights
# over what the hedging rules computed for a sentence and a few general facts about it. NOT used by the
# analyzer: grouped cross-validation showed no gain over the rules (see the tool's docstring); written
# only for inspection (which rule decisions the labelled news trusts). Rows: target <TAB> feature <TAB>
# weight; __bias__ and __threshold__ rows hold each target's intercept and decision threshold.
# Source: trained by tools/train_news_hedging.py --weights on the hand-labelled news sentences of the
#   development splits of benchmarks/wikinews/hedging.jsonl ({splits}; {n} sentences; labels by this
#   project; texts: Wikinews, CC BY 2.5, and outlet news pages, read at training time only). No text of
#   the data is stored here; feature names are rule ids, cue patterns and categories.
"""


def model_text(examples: Sequence[Example], variant: str = "all") -> str:
    """The weights file of ``variant`` trained on all of ``examples`` (deterministic, byte for byte)."""
    splits = sorted({e.split for e in examples})
    examples = restrict(examples, VARIANTS[variant])
    lines = [HEADER.format(variant=variant, splits=", ".join(splits), n=len(examples))]
    for target in TARGETS:
        t = choose_threshold(examples, target)
        vocab, w, b = train(examples, target)
        lines.append(f"{target}\t__bias__\t{b:.4f}\n{target}\t__threshold__\t{t:.2f}\n")
        lines.extend(f"{target}\t{f}\t{w[k]:.4f}\n" for f, k in vocab.items() if round(w[k], 4) != 0)
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="grouped cross-validation of the news sentence model")
    ap.add_argument("--json", type=Path, help="also write the cross-validated figures as JSON here")
    ap.add_argument("--weights", type=Path, help="instead: write the weights trained on every split here")
    ap.add_argument("--variant", choices=sorted(VARIANTS), default="all", help="with --weights (default all)")
    ap.add_argument(
        "--outlet-only", action="store_true", help="leave the Wikinews splits out (outlet news pages only)"
    )
    args = ap.parse_args(argv)
    try:
        examples = load_examples([s for s in GROUPS if not args.outlet_only or GROUPS[s] != "wikinews"])
    except (OSError, ValueError, KeyError, RuntimeError) as exc:  # ../shared absent (MissingData): one line
        print(f"train_news_hedging: cannot read the labelled news sentences: {exc}", file=sys.stderr)
        return 1
    counts = Counter(e.split for e in examples)
    print(f"{len(examples)} sentences: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if args.weights:
        text = model_text(examples, args.variant)
        args.weights.write_text(text, encoding="utf-8")
        print(f"wrote {args.weights} (sha256 {hashlib.sha256(text.encode()).hexdigest()[:12]})")
        return 0
    got = {"cross_validated": cross_validate(examples), "reach": reach(examples)}
    for group, targets in got["reach"].items():
        print(
            f"{group:8} "
            + "; ".join(
                f"{t}: {v['missed_by_rules']} of {v['gold']} gold missed by the rules, "
                f"{v['missed_without_evidence']} of them without rule evidence"
                for t, v in targets.items()
            )
        )
    if args.json:
        args.json.write_text(json.dumps(got, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
