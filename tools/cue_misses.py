"""List the gold attributions whose cue the analyzer missed, grouped by cue word and shape.

``.venv/bin/python tools/cue_misses.py`` predicts every labelled article of the splits developers may read
(``tools.attribution_misses.UNREAD`` is left out: the untuned checks and the sealed test) with the rules,
the tagger and the keep model, takes the gold attributions of class "missed_cue"
(:func:`benchmarks.wikinews.score.classify_gold`: nothing found touches their content or their cue) and
prints them grouped by the cue's first word, whether that word is a lexicon cue word
(``lexicon.tables().cue_words``) and the shape around it: where the source stands (``L`` left of the
cue, ``R`` right of it, ``-`` none) and the content (``L``/``R``; ``q`` when it opens with a quote mark).
Why: a lexicon cue word that no shape turned into an attribution is a recall gap a fallback shape can
close (``analysis/attribution/recall.py``); a cue word outside the lexicon asks for a list entry instead.
``--lines`` also prints one line per miss (article, cue, source, the content's first words).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.attribution.lexicon import tables  # noqa: E402
from tools.attribution_misses import UNREAD, classified  # noqa: E402

QUOTES = "\"“”‘’'«»"


def shape(text: str, g: dict) -> str:
    """Where the source and the content stand around the cue: "src=L content=Rq" and so on."""
    cue = g.get("cue")
    if not cue:
        return "no cue"
    a, b = cue
    src = g.get("source")
    s = "-" if not src else ("L" if src[1] <= a else "R" if src[0] >= b else "in")
    c0 = min(x for x, _ in g["content"])
    c = "L" if c0 < a else "R"
    q = "q" if text[c0] in QUOTES else ""
    return f"src={s} content={c}{q}"


def misses(split_filter: frozenset[str] = UNREAD) -> list[tuple[str, str, dict]]:
    """(article id, text, gold attribution) of each "missed_cue" gold attribution outside ``split_filter``."""
    return [
        (rec["id"], text, g)
        for rec, text, classes in classified(split_filter)
        for g, c in zip(rec["attributions"], classes, strict=True)
        if c == "missed_cue"
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", action="store_true", help="one line per miss as well")
    args = ap.parse_args(argv)
    lexicon = tables().cue_words
    rows = misses()
    by_word: Counter[tuple[str, str, str]] = Counter()
    for art, text, g in rows:
        cue = text[g["cue"][0] : g["cue"][1]] if g.get("cue") else ""
        first = cue.split()[0].lower() if cue else "(none)"
        in_lex = "yes" if first in lexicon else "no"
        by_word[(first, in_lex, shape(text, g))] += 1
        if args.lines:
            src = text[g["source"][0] : g["source"][1]] if g.get("source") else "-"
            c0, c1 = g["content"][0]
            print(f"{art}\t{cue!r}\t{in_lex}\t{shape(text, g)}\t{src!r}\t{text[c0 : min(c1, c0 + 60)]!r}")
    print(f"{len(rows)} missed cues; in the lexicon: {sum(n for k, n in by_word.items() if k[1] == 'yes')}")
    print("| cue word | lexicon | shape | misses |\n|---|---|---|---|")
    for (w, lex, sh), n in sorted(by_word.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {w} | {lex} | {sh} | {n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
