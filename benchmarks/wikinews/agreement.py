"""How far two labellers agree on the Wikinews labels: the ceiling to read the analyzers' figures against.

``python -m benchmarks.wikinews.agreement import DRAFT.json...``  resolve a second labeller's drafts (same
    guideline, labelled without seeing the first labels) into ``second/attribution.jsonl`` and
    ``second/hedging.jsonl`` beside this file (offsets only)
``python -m benchmarks.wikinews.agreement``  print the agreement and write ``results/wikinews_agreement.json``

Attribution agreement uses the very scorer the analyzer is measured with (``score.py``), the first
labeller's labels as gold and the second's as predictions; content F1 is symmetric, the name match takes
the first labeller's aliases. Hedging agreement is, per flag, the F1 of the second labeller against the
first and Cohen's kappa over the sentences both labelled.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT
from benchmarks.wikinews import score as attribution_score
from benchmarks.wikinews.corpus import HERE, selected, texts
from benchmarks.wikinews.labels import LabelError, resolve

SECOND = HERE / "second"
FLAGS = ("uncertain", "weasel", "anonymous_source")
RESULT = ROOT / "benchmarks" / "results" / "wikinews_agreement.json"


def _read(path: Path) -> dict[str, dict[str, Any]]:
    recs = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {r["id"]: r for r in recs}


def cmd_import(paths: list[str]) -> int:
    split, arts = selected(), texts()
    # earlier sessions' second labels stay: importing adds or replaces articles, it never drops one
    attr, hedge = ((_read(SECOND / "attribution.jsonl"), _read(SECOND / "hedging.jsonl"))
                   if (SECOND / "attribution.jsonl").exists() else ({}, {}))
    for p in paths:
        try:
            draft = json.loads(Path(p).read_text(encoding="utf-8"))
            a, h = resolve(draft, arts[draft["id"]].text)
        except (LabelError, KeyError, json.JSONDecodeError) as exc:
            print(f"error: {p}: {exc}", file=sys.stderr)
            return 1
        a["split"] = h["split"] = split[a["id"]]
        attr[a["id"]], hedge[h["id"]] = a, h
    SECOND.mkdir(exist_ok=True)
    for name, recs in (("attribution.jsonl", attr), ("hedging.jsonl", hedge)):
        (SECOND / name).write_text("".join(json.dumps(recs[k], sort_keys=True) + "\n" for k in sorted(recs)),
                                   encoding="utf-8")
    print(f"wrote {SECOND} ({len(paths)} drafts imported, {len(attr)} articles in all)")
    return 0


def kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two labellers' yes/no decisions on the same items."""
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return round((observed - expected) / (1 - expected), 4) if expected < 1 else 1.0


def f1(gold: list[bool], pred: list[bool]) -> float:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    denom = sum(gold) + sum(pred)
    return round(2 * tp / denom, 4) if denom else 1.0


def agreement() -> dict[str, Any]:
    first_attr = _read(attribution_score.ATTRIBUTION_JSONL)
    second_attr = _read(SECOND / "attribution.jsonl")
    ids = sorted(second_attr)
    arts = texts()
    gold = [first_attr[i] for i in ids]
    tallies = attribution_score.score(
        gold, {i: arts[i].text for i in ids}, lambda art_id, _text: second_attr[art_id]["attributions"],
        splits=attribution_score.SPLITS)
    total = attribution_score.Tally()
    for t in tallies.values():
        for name in ("articles", "gold", "pred", "matched", "fully", "type_ok", "mention_ok", "kind_ok",
                     "name_ok", "not_report"):
            setattr(total, name, getattr(total, name) + getattr(t, name))
    first_h, second_h = _read(HERE / "hedging.jsonl"), _read(SECOND / "hedging.jsonl")
    hedging: dict[str, Any] = {}
    for flag in FLAGS:
        a: list[bool] = []
        b: list[bool] = []
        for i in ids:
            pairs = zip(first_h[i]["sentences"], second_h[i]["sentences"], strict=True)
            for s1, s2 in pairs:
                a.append(s1[flag])
                b.append(s2[flag])
        hedging[flag] = {"first": sum(a), "second": sum(b), "f1": f1(a, b), "kappa": kappa(a, b)}
    return {"articles": ids, "sentences": sum(len(first_h[i]["sentences"]) for i in ids),
            "attribution": total.figures(), "hedging": hedging,
            "attribution_by_split": {s: t.figures() for s, t in tallies.items() if t.articles}}


def main(argv: list[str]) -> int:
    if argv[:1] == ["import"]:
        return cmd_import(argv[1:])
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    result = agreement()
    RESULT.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    a = result["attribution"]
    print(f"{len(result['articles'])} articles, {a['gold']} / {a['pred']} attributions (first / second)")
    print(f"  content F1 {a['content']['f1']}, fully-correct F1 {a['fully_correct']['f1']}, "
          f"source-type acc {a['source_type_acc']}, kind acc {a['kind_acc']}")
    for split, f in result["attribution_by_split"].items():
        print(f"  {split}: {f['articles']} articles, content F1 {f['content']['f1']}, "
              f"fully-correct F1 {f['fully_correct']['f1']}, source-type acc {f['source_type_acc']}")
    for flag, h in result["hedging"].items():
        print(f"  {flag}: {h['first']} / {h['second']} sentences, F1 {h['f1']}, kappa {h['kappa']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
