"""The tagger's labels turned back into attributions: the rules propose, the model disposes.

For every sentence the rules read, the CRF (:mod:`analysis.attribution.tagger`) labels each token source,
cue, content or none, with the rules' own labels among its features. Then, for that sentence only:

1. a rule attribution whose cue the model is nearly sure is no cue (mean cue probability under
   ``DROP_BELOW``) is dropped: a plain action, not speech; the core speech verbs of ``kept_cues.txt``
   ("said", "told") and the rules' punctuation cues (":", "-") are never dropped;
2. a source becomes the model's shorter source when that ends at an appositive's comma ("Warren" from
   "Warren, who has not endorsed a candidate"); a rule attribution with no source takes the source run
   right before its cue;
3. a cue run the rules did not find, when the model is sure of it (``NEW_CUE_AT_LEAST``), becomes a new
   attribution, with the nearest free content run (after the cue first) and the nearest free source run
   (before the cue first); without content, none.

The content of a rule attribution stays the rules': replacing it by the model's content run lowered
content F1 on a held-out fifth of PolNeAR train (0.710 -> 0.703, and to 0.707 allowing only
longer contents), because the model runs a content on
over a second reporting verb ("... and warned of ...") and merges two attributions into one. The
thresholds were chosen on that held-out fifth (``tools/train_attribution.py --holdout``), never on dev;
new cues at 0.5 or 0.85 and drops under 0.15 gave the same F1 within 0.004.

Each changed part records ``model`` and the mean probability of its label over its tokens (forward-backward
marginals); parts the model left alone keep their rule id. When the model's labels equal the rules', the
sentence costs one Viterbi pass and nothing else.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import numpy as np

from .. import lexicons
from ..model import Span
from .lexicon import tables
from .quotes import Quote
from .rule_base import Raw, Sentence
from .tagger import Tagger, confidence

MODEL = "model"
#: A rule cue is dropped when the model gives it less than this mean probability of being a cue.
DROP_BELOW = 0.05
#: A cue the rules missed becomes an attribution when the model is at least this sure of it.
NEW_CUE_AT_LEAST = 0.7
#: Tokens between a rule cue and a source run before it for the run to be that cue's source.
_MAX_SOURCE_GAP = 2


def token_range(s: Sentence, span: Span) -> tuple[int, int] | None:
    """Indices ``[a, b)`` of the sentence tokens inside ``span``, or None when none is."""
    a = bisect_left(s.starts, span.start)
    b = bisect_right(s.ends, span.end)
    return (a, b) if a < b else None


def rule_labels(s: Sentence, raws: Sequence[Raw]) -> list[str]:
    """The rules' decisions as one label per token (the first rule to claim a token wins)."""
    lab = ["O"] * s.n
    # nxt[i]: a later index at or before the first unlabelled token from i (path-compressed), so that
    # nested contents of a run-on sentence skip the tokens already claimed instead of rescanning them
    nxt = list(range(s.n + 1))

    def free(i: int) -> int:
        root = i
        while nxt[root] != root:
            root = nxt[root]
        while nxt[i] != root:
            nxt[i], i = root, nxt[i]
        return root

    for r in raws:
        spans: list[tuple[Span | None, str]] = [(r.cue, "C"), (r.source, "S")]
        spans += [(c, "T") for c in r.content]
        for sp, label in spans:
            if sp is None or sp.end <= s.span.start or sp.start >= s.span.end:
                continue
            rng = token_range(s, sp)
            if rng is None:
                continue
            i = free(rng[0])
            while i < rng[1]:
                lab[i] = label
                nxt[i] = i + 1
                i = free(i + 1)
    return lab


def inside_quotes(s: Sentence, quotes: Sequence[Quote]) -> list[bool]:
    """Is each token inside a quotation (strictly, so the opening mark itself is not)?"""
    out = [False] * s.n
    # the quotations are sorted and disjoint (quotes.scan_parts): start at the last one opening before the
    # sentence, not at the article's first (a scan of all of them per sentence made long articles quadratic)
    for k in range(max(0, bisect_left(quotes, s.span.start, key=lambda q: q.start) - 1), len(quotes)):
        q = quotes[k]
        if q.start >= s.span.end:
            break
        if q.end > s.span.start:
            for i in range(bisect_right(s.starts, q.start), bisect_left(s.starts, q.end)):
                out[i] = True
    return out


def runs(labels: Sequence[str], label: str) -> list[tuple[int, int]]:
    """Maximal runs ``[a, b)`` of ``label``."""
    out = []
    i, n = 0, len(labels)
    while i < n:
        if labels[i] == label:
            j = i
            while j < n and labels[j] == label:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _overlapping(rs: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    return [(x, y) for x, y in rs if x < b and a < y]


class _Marginals:
    """The sentence's label probabilities, computed on first use: most sentences never need them."""

    def __init__(self, tagger: Tagger, em: np.ndarray, value: np.ndarray | None = None) -> None:
        self.tagger = tagger
        self.em = em
        self.value = value

    def conf(self, a: int, b: int, label: str) -> float:
        if self.value is None:
            self.value = self.tagger.marginals(self.em)
        return confidence(self.value, a, b, label)


def same_cues_and_sources(labels: Sequence[str], rule: Sequence[str]) -> bool:
    """Do the model's labels put cues and sources exactly where the rules' do?"""
    return all((a == b) or (a not in "CS" and b not in "CS") for a, b in zip(labels, rule, strict=True))


def tagger_inputs(
    s: Sentence, raws: Sequence[Raw], quotes: Sequence[Quote]
) -> tuple[list[str], list[str], list[bool]]:
    """What the tagger reads of a sentence: its token texts, the rules' labels, the in-quote flags."""
    return s.tx, rule_labels(s, raws), inside_quotes(s, quotes)


def refine(
    s: Sentence,
    raws: list[Raw],
    quotes: Sequence[Quote],
    tagger: Tagger,
    tagged: tuple[list[str], np.ndarray, list[str], np.ndarray | None] | None = None,
) -> list[Raw]:
    """The sentence's attributions after the model's decisions (see the module docstring).

    ``tagged`` is the tagger's labels, its emissions, the rules' labels and the marginals (or None) when
    already computed over the whole article (``Tagger.tag_batch``, ``forward_backward_batch``).
    """
    if tagged is None:
        _, rule, inq = tagger_inputs(s, raws, quotes)
        labels, em = tagger.tag_batch([(s.tx, rule, inq)])[0]
        marginals = None
    else:
        labels, em, rule, marginals = tagged
    if same_cues_and_sources(labels, rule):
        return raws  # nothing below would change (contents stay the rules')
    probs = _Marginals(tagger, em, marginals)
    kept_lemmas = lexicons.words("attribution/kept_cues.txt")
    cue_runs, src_runs, con_runs = runs(labels, "C"), runs(labels, "S"), runs(labels, "T")
    kept: list[Raw] = []
    for r in raws:
        cue_rng = token_range(s, r.cue) if r.cue is not None and _within(s, r.cue) else None
        if (
            cue_rng is not None
            and r.lemma not in kept_lemmas
            and any(s.toks[i].is_word for i in range(*cue_rng))  # ":" and "-" cues are the rules' alone
            and not any(labels[i] == "C" for i in range(*cue_rng))
            and probs.conf(*cue_rng, "C") < DROP_BELOW
        ):
            continue
        if r.source is not None and _within(s, r.source):
            rng = token_range(s, r.source)
            ov = _overlapping(src_runs, *rng) if rng is not None else []
            # only a shorter source: letting the model lengthen one measured +0.004 source accuracy on
            # the held-out fifth but gives "Mayor Lee to Voters" from "Mayor Lee to Voters: ..."
            # and only cut at an appositive's comma, so the source stays a whole noun phrase ("Bob
            # Jones, the head of a group that sued", not "... of a group")
            if (
                ov
                and rng is not None
                and rng[0] == ov[0][0]
                and ov[-1][1] < rng[1]
                and s.tx[ov[-1][1]] in (",", "(")
            ):
                a, b = ov[0][0], ov[-1][1]
                sp = s.span_of(a, b)
                if sp is not None and (sp.start, sp.end) != (r.source.start, r.source.end):
                    r.source = sp
                    r.source_by = MODEL
                    r.conf["source"] = probs.conf(a, b, "S")
        elif r.source is None and not r.inherited and cue_rng is not None:
            before = [x for x in src_runs if x[1] <= cue_rng[0] and cue_rng[0] - x[1] <= _MAX_SOURCE_GAP]
            if before:
                a, b = before[-1]
                sp = s.span_of(a, b)
                if sp is not None:
                    r.source = sp
                    r.source_by = MODEL
                    r.conf["source"] = probs.conf(a, b, "S")
        kept.append(r)
    kept += _new_attributions(s, kept, labels, probs, cue_runs, src_runs, con_runs)
    return kept


def _within(s: Sentence, sp: Span) -> bool:
    return s.span.start <= sp.start and sp.end <= s.span.end


def _new_attributions(
    s: Sentence,
    kept: list[Raw],
    labels: list[str],
    probs: _Marginals,
    cue_runs: list[tuple[int, int]],
    src_runs: list[tuple[int, int]],
    con_runs: list[tuple[int, int]],
) -> list[Raw]:
    """Attributions for the model's cue runs that no kept rule attribution holds."""
    claimed: dict[str, list[tuple[int, int]]] = {"C": [], "S": [], "T": []}
    for r in kept:
        for sp, key in [(r.cue, "C"), (r.source, "S")] + [(c, "T") for c in r.content]:
            if sp is not None and _within(s, sp):
                rng = token_range(s, sp)
                if rng is not None:
                    claimed[key].append(rng)
    t = tables()
    out: list[Raw] = []
    for ca, cb in cue_runs:
        if _overlapping(claimed["C"], ca, cb):
            continue
        free_con = [x for x in con_runs if not _overlapping(claimed["T"], *x)]
        after = [x for x in free_con if x[0] >= cb]
        before = [x for x in free_con if x[1] <= ca]
        con = after[0] if after else (before[-1] if before else None)
        if con is None:
            continue
        if probs.conf(ca, cb, "C") < NEW_CUE_AT_LEAST:
            continue
        content = s.span_of(*con)
        cue = s.span_of(ca, cb)
        if content is None or cue is None:
            continue
        free_src = [x for x in src_runs if not _overlapping(claimed["S"], *x)]
        src_before = [x for x in free_src if x[1] <= ca]
        src_after = [x for x in free_src if x[0] >= cb]
        src = src_before[-1] if src_before else (src_after[0] if src_after else None)
        source = s.span_of(*src) if src is not None else None
        words = s.lw[ca:cb]
        forms = next((t.cue_forms[w] for w in words if w in t.cue_forms), None)
        cls = forms[0].cue_class if forms else "neutral"
        lemma = forms[0].lemma if forms else " ".join(words)
        r = Raw(cue, source, [content], lemma, cls, s.index, rule=MODEL)
        r.cue_by = r.content_by = MODEL
        r.conf["cue"] = probs.conf(ca, cb, "C")
        r.conf["content"] = probs.conf(*con, "T")
        if source is not None and src is not None:
            r.source_by = MODEL
            r.conf["source"] = probs.conf(*src, "S")
        claimed["C"].append((ca, cb))
        claimed["T"].append(con)
        if src is not None:
            claimed["S"].append(src)
        out.append(r)
    return out
