"""Who said what, scored as a fact-checker reads it: the right words credited to the right source.

``python -m benchmarks.wikinews.score [--errors] [--final]`` predicts every labelled Wikinews article and
prints, per split, the figures below. Train and dev are always scored; the test third only with
``--final``, which is run once, at the very end (the guideline in ``README.md`` beside this file).
``--errors`` lists, for train and dev only, every gold attribution missed or credited to the wrong source
and every prediction that matches nothing, so a developer can read them (never for test articles).

Pairing is that of ``../shared/eval/score.py``: predicted and gold attributions are paired one to one,
greedily by content overlap, and a pair counts when the overlap of their content (non-space, non-quote
characters) is at least half of the *larger* of the two. On top of that:

* **fully correct**: a content pair whose predicted ``source_name``, normalised (case, white space,
  determiners, titles, a possessive ``'s``), equals the gold name or one of its aliases; an unresolved
  pronoun (gold name null) is right only when the prediction names nobody either. Precision over all
  predictions, recall over all gold attributions.
* **source-type accuracy**, **mention accuracy** and **kind accuracy** over the content pairs.
* **not a report**: predictions whose content touches no gold content and whose cue touches no gold cue,
  i.e. the labellers saw no report of speech, writing, belief or findings there (the issue's "plain actions
  counted as speech"); the share is over all predictions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.wikinews.corpus import ALL_SPLITS, DEVELOPMENT_SPLITS

HERE = Path(__file__).resolve().parent
ATTRIBUTION_JSONL = HERE / "attribution.jsonl"
SPLITS = ALL_SPLITS
#: The splits developers may read and tune on (``test`` is scored only with ``--final``).
DEVELOPMENT = DEVELOPMENT_SPLITS
TAU = 0.5
_QUOTES = "\"'“”‘’"
_WORD = re.compile(r"[^\W_][\w’'\-&]*")
_POSSESSIVE = re.compile(r"['’]s?$")
#: Words dropped from the front of a name before two names are compared: determiners and the titles that
#: the guideline leaves out of a resolved name ("Const. Dave Woodford" is "Dave Woodford").
_LEADING = frozenset(
    "the a an mr mrs ms miss dr prof professor sir dame lord lady rev fr father sr sister brother const "
    "constable sgt sergeant det detective insp inspector supt superintendent chief officer cpl lt capt "
    "captain col colonel gen general adm admiral maj major pres president vice sen senator rep "
    "representative gov governor mayor judge justice minister secretary prime premier ambassador "
    "spokesman spokeswoman spokesperson st saint".split()
)


def normalise_name(name: str | None) -> str:
    """A name as compared: lower case, one space, no leading determiners or titles, no possessive."""
    if not name:
        return ""
    words = [_POSSESSIVE.sub("", w).lower() for w in _WORD.findall(name.replace(".", " "))]
    words = [w for w in words if w]
    while len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    return " ".join(words)


def content_chars(text: str, frags: Iterable[Iterable[int]]) -> frozenset[int]:
    """Non-space, non-quote character positions covered by ``frags`` (as ``score.py`` counts them).

    Public: the keep model's trainer counts the gold attributions the scorer can pair (non-empty) with it."""
    out: set[int] = set()
    for a, b in frags:
        out.update(
            i for i in range(max(0, a), min(len(text), b)) if not text[i].isspace() and text[i] not in _QUOTES
        )
    return frozenset(out)


def _span_set(text: str, span: list[int] | None) -> frozenset[int]:
    return content_chars(text, [span]) if span else frozenset()


def name_matches(pred: str | None, gold: str | None, aliases: Iterable[str] = ()) -> bool:
    """Does the predicted source name match the gold name or an alias (after :func:`normalise_name`)?"""
    p = normalise_name(pred)
    if not gold:
        return not p
    return bool(p) and p in {normalise_name(gold), *(normalise_name(a) for a in aliases)}


@dataclass
class Tally:
    """Counts over a set of articles; :meth:`figures` turns them into rates."""

    articles: int = 0
    gold: int = 0
    pred: int = 0
    matched: int = 0
    fully: int = 0
    type_ok: int = 0
    mention_ok: int = 0
    kind_ok: int = 0
    name_ok: int = 0
    not_report: int = 0
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        def prf(tp: int) -> dict[str, float]:
            p = tp / self.pred if self.pred else 0.0
            r = tp / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}

        def rate(x: int, n: int) -> float:
            return round(x / n, 4) if n else 0.0

        return {
            "articles": self.articles,
            "gold": self.gold,
            "pred": self.pred,
            "matched": self.matched,
            "content": prf(self.matched),
            "fully_correct": prf(self.fully),
            "source_name_acc": rate(self.name_ok, self.matched),
            "source_type_acc": rate(self.type_ok, self.matched),
            "mention_acc": rate(self.mention_ok, self.matched),
            "kind_acc": rate(self.kind_ok, self.matched),
            "not_report": self.not_report,
            "not_report_share": rate(self.not_report, self.pred),
        }


def score_article(
    text: str,
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    tally: Tally,
    art_id: str = "",
    explain: bool = False,
) -> None:
    """Add one article's gold and predicted attributions to ``tally`` (with reasons when ``explain``)."""
    g_cs = [content_chars(text, g["content"]) for g in gold]
    p_cs = [content_chars(text, p["content"]) for p in pred]
    keep = [i for i, cs in enumerate(p_cs) if cs]
    tally.articles += 1
    tally.gold += sum(1 for cs in g_cs if cs)
    tally.pred += len(keep)
    pairs = _pairs(g_cs, p_cs, keep)
    used_g = set(pairs.values())

    def show(span: list[int] | None) -> str:
        return repr(text[span[0] : span[1]]) if span else "-"

    for i, j in sorted(pairs.items()):
        p, g = pred[i], gold[j]
        tally.matched += 1
        ok_name = name_matches(p.get("source_name"), g.get("source_name"), g.get("aliases", ()))
        tally.name_ok += ok_name
        tally.fully += ok_name
        tally.type_ok += p.get("source_type") == g["source_type"]
        tally.mention_ok += p.get("mention") == g["mention"]
        tally.kind_ok += p.get("kind") == g["kind"]
        if explain and (not ok_name or p.get("source_type") != g["source_type"]):
            tally.errors.append(
                f"{art_id} WRONG SOURCE cue {show(g.get('cue'))} source {show(g.get('source'))}: gold "
                f"{g.get('source_name')!r}/{g['source_type']} (aliases {g.get('aliases', [])}), predicted "
                f"{show(p.get('source'))} -> {p.get('source_name')!r}/{p.get('source_type')}"
            )
    g_cues = [_span_set(text, g.get("cue")) for g in gold]
    all_gold = frozenset().union(*g_cs) if g_cs else frozenset()
    all_cues = frozenset().union(*g_cues) if g_cues else frozenset()
    for i in keep:
        if i in pairs:
            continue
        p = pred[i]
        touches = bool(p_cs[i] & all_gold) or bool(_span_set(text, p.get("cue")) & all_cues)
        tally.not_report += not touches
        if explain:
            what = "NOT A REPORT" if not touches else "UNMATCHED"
            frags = " … ".join(text[a:b] for a, b in p["content"])
            tally.errors.append(
                f"{art_id} {what} cue {show(p.get('cue'))} source {show(p.get('source'))}: {frags[:160]!r}"
            )
    if explain:
        for j, g in enumerate(gold):
            if j not in used_g and g_cs[j]:
                frags = " … ".join(text[a:b] for a, b in g["content"])
                tally.errors.append(
                    f"{art_id} MISSED cue {show(g.get('cue'))} source {show(g.get('source'))} "
                    f"({g['kind']}): {frags[:160]!r}"
                )


def _pairs(g_cs: list[frozenset[int]], p_cs: list[frozenset[int]], keep: list[int]) -> dict[int, int]:
    """Predicted index -> gold index: one to one, greedily by content overlap (at least :data:`TAU` of the
    larger span), as ``../shared/eval/score.py`` pairs them."""
    cand = []
    for i in keep:
        for j, gcs in enumerate(g_cs):
            inter = len(p_cs[i] & gcs)
            if inter and gcs:
                cand.append((inter / max(len(p_cs[i]), len(gcs)), i, j))
    cand.sort(key=lambda c: (-c[0], c[1], c[2]))
    pairs: dict[int, int] = {}
    used_g: set[int] = set()
    for ov, i, j in cand:
        if ov < TAU or i in pairs or j in used_g:
            continue
        pairs[i] = j
        used_g.add(j)
    return pairs


def match_predictions(text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[str]:
    """How the scorer reads each prediction, in order: "fully" (content paired with a gold attribution and
    the source name right), "content" (paired, wrong source), "unmatched" (touches gold content or a gold
    cue but is paired with none), "not_report" (touches neither) or "empty" (no content characters). The
    keep model's trainer labels the analyzer's own predictions with it."""
    g_cs = [content_chars(text, g["content"]) for g in gold]
    p_cs = [content_chars(text, p["content"]) for p in pred]
    keep = [i for i, cs in enumerate(p_cs) if cs]
    pairs = _pairs(g_cs, p_cs, keep)
    all_gold = frozenset().union(*g_cs) if g_cs else frozenset()
    all_cues = frozenset().union(*(_span_set(text, g.get("cue")) for g in gold)) if gold else frozenset()
    out = []
    for i, p in enumerate(pred):
        if not p_cs[i]:
            out.append("empty")
        elif i in pairs:
            g = gold[pairs[i]]
            ok = name_matches(p.get("source_name"), g.get("source_name"), g.get("aliases", ()))
            out.append("fully" if ok else "content")
        else:
            touches = bool(p_cs[i] & all_gold) or bool(_span_set(text, p.get("cue")) & all_cues)
            out.append("unmatched" if touches else "not_report")
    return out


#: The classes of :func:`classify_gold`, in the order the miss table lists them.
MISS_CLASSES: tuple[str, ...] = (
    "fully",
    "missed_cue",
    "missed_content",
    "boundary",
    "wrong_source",
    "wrong_source_dropped",
    "dropped_right",
)


def classify_gold(
    text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]], kept: list[bool]
) -> list[str]:
    """Why each gold attribution is or is not fully correct, in order (one of :data:`MISS_CLASSES`, or
    "empty" for a gold attribution with no content characters): ``pred`` is everything the rules and the
    tagger found, ``kept`` says which of them the keep model kept (the scorer sees only those).

    * "fully": a kept prediction pairs with it and names the right source;
    * "wrong_source": a kept prediction pairs with it, the source name is wrong;
    * "dropped_right" / "wrong_source_dropped": only a prediction the keep model dropped pairs with it
      (pairing over every prediction), with the right / a wrong source;
    * "boundary": some prediction touches its content but none pairs (less than half of the larger span);
    * "missed_content": no prediction touches its content but one has its cue (content looked for elsewhere);
    * "missed_cue": nothing touches its content or its cue (no cue word, or a shape the rules lack).

    Why: recall is what the fully-correct figure lacks, and each class asks for a different remedy (cue
    shapes, content boundaries, the source resolver, the keep model); ``tools/attribution_misses.py``
    counts them over the development splits.
    """
    g_cs = [content_chars(text, g["content"]) for g in gold]
    p_cs = [content_chars(text, p["content"]) for p in pred]
    live = [i for i, cs in enumerate(p_cs) if cs]
    by_kept = {j: i for i, j in _pairs(g_cs, p_cs, [i for i in live if kept[i]]).items()}
    by_all = {j: i for i, j in _pairs(g_cs, p_cs, live).items()}

    def right(i: int, g: dict[str, Any]) -> bool:
        return name_matches(pred[i].get("source_name"), g.get("source_name"), g.get("aliases", ()))

    out = []
    for j, g in enumerate(gold):
        if not g_cs[j]:
            out.append("empty")
        elif j in by_kept:
            out.append("fully" if right(by_kept[j], g) else "wrong_source")
        elif j in by_all:
            out.append("dropped_right" if right(by_all[j], g) else "wrong_source_dropped")
        elif any(p_cs[i] & g_cs[j] for i in live):
            out.append("boundary")
        else:
            cue = _span_set(text, g.get("cue"))
            has_cue = bool(cue) and any(cue & _span_set(text, p.get("cue")) for p in pred)
            out.append("missed_content" if has_cue else "missed_cue")
    return out


def read_gold(path: Path = ATTRIBUTION_JSONL) -> list[dict[str, Any]]:
    """The labelled articles, one record each (``labels.py resolve`` writes them)."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or "id" not in rec or rec.get("split") not in SPLITS:
            raise ValueError(f"{path}:{n}: a record needs an 'id' and a 'split' in {SPLITS}")
        out.append(rec)
    return out


def score(
    gold: list[dict[str, Any]],
    texts: dict[str, str],
    predict: Callable[[str, str], list[dict[str, Any]]],
    splits: Iterable[str],
    explain: Iterable[str] = (),
) -> dict[str, Tally]:
    """Tallies per split for the gold records of ``splits`` (``explain``: splits to list errors for)."""
    wanted, explained = set(splits), set(explain)
    tallies = {s: Tally() for s in SPLITS if s in wanted}
    for rec in sorted(gold, key=lambda r: r["id"]):
        split = rec["split"]
        if split not in wanted:
            continue
        text = texts[rec["id"]]
        score_article(
            text,
            rec["attributions"],
            predict(rec["id"], text),
            tallies[split],
            rec["id"],
            explain=split in explained and split != "test",
        )
    return tallies


def predict_attributions(art_id: str, text: str) -> list[dict[str, Any]]:
    """The package's ``attribution`` predict task on one article's text."""
    from analysis import parse_article
    from analysis.predict import task_output

    return task_output("attribution", parse_article(text, id=art_id))["attributions"]


def run(final: bool = False, errors: bool = False) -> dict[str, dict[str, Any]]:
    """Score the labelled articles (train and dev; test too when ``final``), printing what was found."""
    from benchmarks.common import MissingData
    from benchmarks.wikinews.corpus import CORPUS_DIR, texts

    if not ATTRIBUTION_JSONL.exists():
        raise MissingData(f"{ATTRIBUTION_JSONL} not found: no Wikinews labels yet")
    if not CORPUS_DIR.exists():
        raise MissingData(f"{CORPUS_DIR} not found: the Wikinews texts live in ../shared")
    gold = read_gold()
    arts = {k: a.text for k, a in texts().items()}
    splits = SPLITS if final else DEVELOPMENT
    tallies = score(gold, arts, predict_attributions, splits, explain=DEVELOPMENT if errors else ())
    for t in tallies.values():
        for line in t.errors:
            print(line)
    return {s: t.figures() for s, t in tallies.items()}


def describe(split: str, f: dict[str, Any]) -> str:
    """One line of figures for a split."""
    fc = f["fully_correct"]
    return (
        f"wikinews {split} ({f['articles']} articles, {f['gold']} gold, {f['pred']} predicted): "
        f"fully correct P/R/F1 {fc['p']:.3f}/{fc['r']:.3f}/{fc['f1']:.3f}, "
        f"content F1 {f['content']['f1']:.3f}, source type acc {f['source_type_acc']:.3f}, "
        f"source name acc {f['source_name_acc']:.3f}, mention acc {f['mention_acc']:.3f}, "
        f"kind acc {f['kind_acc']:.3f}, not a report {f['not_report']} ({f['not_report_share']:.3f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.wikinews.score",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--final", action="store_true", help="also score the test third (once, at the end)")
    parser.add_argument("--errors", action="store_true", help="list train/dev errors, one line each")
    args = parser.parse_args(argv)
    try:
        figures = run(final=args.final, errors=args.errors)
    except (ValueError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for split, f in figures.items():
        print(describe(split, f))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
