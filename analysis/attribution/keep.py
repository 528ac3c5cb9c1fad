"""The keep model: a learned last word on each attribution the rules and the tagger found.

Why: ten sessions of hand-written rules lifted the splits they were read from and left each fresh test of
new publishers where it was; about one prediction in six on new pages is no report at all ("charged him
with impaired driving") or has content that matches nothing a labeller marked. This is a logistic
regression, trained by ``tools/train_attribution_keep.py`` (``make train``) on our hand-labelled news
articles (``benchmarks/wikinews/attribution.jsonl``): each attribution the analyzer predicts there is
labelled by the scorer's matching (right words credited to the right source, or not), and the model learns
which ones to keep from what the rules and the article say about it: the cue word and the words around it,
the ids of the rules that found cue, source and content, the source's type and mention, the content's
form and length, where the sentence stands in the article.

Small and explainable: one weight per feature in ``analysis/data/attribution/keep.tsv`` (only features
seen in at least three training articles). An attribution is kept when its probability reaches the
threshold in that file; every kept one says so in its provenance ("model keep p=0.87"), and the ones set
aside stay on the article (:func:`set_aside`) so the tables and the report can count and show them.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import lexicons
from ..model import Article
from .captions import RULE as CAPTION_RULE
from .captions import named_caption
from .directives import RULE as DIRECTIVE_RULE
from .directives import named_directive
from .findings import RULE as FINDING_RULE
from .findings import document_finding
from .lexicon import AREA
from .model import Attribution, Decision

WEIGHTS_FILE = "keep.tsv"
#: The rule id the keep decision carries (``Decision("model", KEEP_RULE, p)``).
KEEP_RULE = "keep"
#: Words either side of the cue read as features.
WINDOW = 3
#: Upper bounds of the bins of content length in words (the last bin is open).
_LENGTH_BINS = (3, 7, 15, 30, 60)
#: Characters read from the start of a source or a content for its first and last words.
_SLICE = 200
#: Upper bounds of the bins of the sentence index in the article.
_SENTENCE_BINS = (0, 1, 2, 5, 10, 20, 40)


def _bin(value: int, bounds: tuple[int, ...]) -> str:
    for b in bounds:
        if value <= b:
            return f"<={b}"
    return f">{bounds[-1]}"


def _word(text: str) -> str:
    """A token as a feature value: lower case, digits folded (a date or a figure is not a word to learn)."""
    w = text.lower()
    return "0" if not w.isalpha() and any(c.isdigit() for c in w) else w


def _rules(decision: Decision) -> list[str]:
    """The rule ids of one decision ("model" for the tagger), split where later rules trimmed the part."""
    if decision.by == "model":
        return ["model"]
    return decision.rule.split("+") if decision.rule else ["none"]


def features(article: Article, a: Attribution) -> list[str]:
    """The features of attribution ``a`` in ``article``: names only (every feature is 0 or 1), sorted and
    deduplicated, so the score is the sum of their weights. Read from the article and the attribution alone
    (never from the other attributions), so dropping one never changes another's score."""
    return sorted(_features(article, a))


def _features(article: Article, a: Attribution) -> set[str]:
    """:func:`features` unsorted (the score is a sum: :func:`judge` needs no order)."""
    text = article.text
    out = set(
        _label_features(
            a.cue_class, a.kind, a.source_type, a.mention, a.role, bool(a.channel), a.cue_by, a.source_by,
            a.content_by,
        )
    )
    cue_word = _word(text[a.cue.start : a.cue.end]) if a.cue else "-"
    out.add(f"cue={cue_word}")
    # the words around the cue
    if a.cue is not None:
        starts, ends = article.token_starts(), article.token_ends()
        i = bisect_left(starts, a.cue.start)
        j = bisect_right(ends, a.cue.end, i)
        left = [_word(text[t.start : t.end]) for t in article.tokens[max(0, i - WINDOW) : i]]
        right = [_word(text[t.start : t.end]) for t in article.tokens[j : j + WINDOW]]
        out.add(f"L1={left[-1] if left else '<s>'}")
        out.add(f"R1={right[0] if right else '</s>'}")
        out.update(f"L={w}" for w in left)
        out.update(f"R={w}" for w in right)
        first = a.content[0].start
        out.add(
            "cue_before"
            if a.cue.end <= first
            else "cue_after"
            if a.cue.start >= a.content[-1].end
            else "cue_inside"
        )
    else:
        out.add("no_cue")
    # the source (a noun phrase: short, but read through a bounded slice like the content below)
    if a.source is None:
        out.add("no_source")
    else:
        words = text[a.source.start : min(a.source.end, a.source.start + _SLICE)].split()
        out.add(f"source_words={_bin(article.count_words(a.source), (1, 2, 4))}")
        out.add(f"source_head={_word(words[-1].strip('.,;:')) if words else '-'}")
        out.add("source_cap" if text[a.source.start].isupper() else "source_lower")
    if not a.source_name:
        out.add("no_name")
    # the content: counted and sliced in bounded pieces, so that thousands of nested contents in one
    # run-on sentence cost linear time (never a copy of each content)
    n_words = sum(article.count_words(c) for c in a.content)
    out.add(f"content_words={_bin(n_words, _LENGTH_BINS)}")
    out.add(f"fragments={min(len(a.content), 3)}")
    first, last = a.content[0], a.content[-1]
    head = text[first.start : min(first.end, first.start + _SLICE)].split()[:1]
    out.add(f"C1={_word(head[0].strip(chr(34) + '“”‘’,')) if head else '-'}")
    if text[max(last.start, last.end - 8) : last.end].rstrip("\"”’'").endswith("?"):
        out.add("content_question")
    # where the sentence stands
    part = article.parts[a.part] if 0 <= a.part < len(article.parts) else None
    out.add(f"part={part.kind if part else '-'}")
    sent = _sentence_index(article, a.content[0].start)
    out.add(f"sentence={_bin(sent, _SENTENCE_BINS)}")
    if article.sentences:
        out.add(f"position={min(4, 5 * sent // len(article.sentences))}")
    return out


@lru_cache(maxsize=4096)
def _label_features(
    cue_class: str,
    kind: str,
    source_type: str,
    mention: str,
    role: str,
    channel: bool,
    cue_by: Decision,
    source_by: Decision,
    content_by: Decision,
) -> frozenset[str]:
    """The features of an attribution's labels and of who decided its parts (with "bias"): made once for
    each combination (the attributions of an article share a few; a run-on sentence's 7,700 share one)."""
    out: set[str] = {"bias"}
    out.add(f"cue_class={cue_class or '-'}")
    out.add(f"kind={kind}")
    out.add(f"type={source_type}")
    out.add(f"mention={mention}")
    out.add(f"type*mention={source_type}*{mention}")
    out.add(f"kind*cue_class={kind}*{cue_class or '-'}")
    out.add(f"role={role or '-'}")
    if channel:
        out.add("channel")
    for part, decision in (("cue", cue_by), ("source", source_by), ("content", content_by)):
        out.add(f"{part}_by={decision.label()}")
        out.update(f"{part}_rule={r}" for r in _rules(decision))
    return frozenset(out)


def _sentence_index(article: Article, pos: int) -> int:
    return max(0, bisect_right(article.sentences, pos, key=lambda s: s.start) - 1)


@dataclass(frozen=True)
class KeepModel:
    """The weights of the keep model and the threshold a probability must reach to keep an attribution."""

    weights: Mapping[str, float]
    threshold: float

    def probability(self, feats: Iterable[str]) -> float:
        """P(keep): the logistic of the summed weights, rounded to 3 places (shown to readers)."""
        weights = self.weights
        # fsum: exactly rounded whatever the order, so a set of features (ordered by string hashes, which
        # PYTHONHASHSEED changes) gives the same probability in every process
        z = math.fsum([weights[f] for f in feats if f in weights])
        p = 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0
        return math.floor(p * 1000 + 0.5) / 1000


def parse_keep_weights(entries: Iterable[str], name: str = WEIGHTS_FILE) -> KeepModel:
    """A :class:`KeepModel` from the rows of a weights file: ``threshold <TAB> t`` and ``feature <TAB>
    weight``; a malformed row is an error naming the file and the row."""
    weights: dict[str, float] = {}
    threshold: float | None = None
    for n, row in enumerate(entries, 1):
        cols = row.split("\t")
        try:
            if len(cols) != 2:
                raise ValueError
            value = float(cols[1])
        except ValueError:
            raise ValueError(f"{name}: row {n} is not 'feature<TAB>weight': {row[:80]!r}") from None
        if cols[0] == "threshold":
            threshold = value
        else:
            weights[cols[0]] = value
    if threshold is None or not 0.0 <= threshold <= 1.0:
        raise ValueError(f"{name}: no 'threshold<TAB>t' row with t in [0, 1]")
    return KeepModel(weights, threshold)


#: How near the threshold (its two-place figure at most this far from it) a probability is shown to 3 places,
#: with the comparison that decided it.
NEAR_THRESHOLD = 0.01


def keep_label(p: float, threshold: float) -> str:
    """The keep decision as a reader sees it: ``model keep p=0.87``, two places; near the threshold, where
    two places could not tell which side a probability is on (0.296 shows as "0.30" against a threshold
    of 0.30, and "0.29" reads as kept by rounding), three places and the comparison that decided it:
    ``model keep p=0.296 < 0.30`` (set aside), ``model keep p=0.304 >= 0.30`` (kept). The probability is
    already rounded to 3 places (:meth:`KeepModel.probability`), the figure compared with the threshold."""
    if abs(round(p, 2) - threshold) <= NEAR_THRESHOLD + 1e-9:
        sign = ">=" if p >= threshold else "<"
        return f"model keep p={p:.3f} {sign} {threshold:.2f}"
    return f"model keep p={p:.2f}"


@cache
def load_keep_model() -> KeepModel:
    """The shipped keep model (read once per process)."""
    return parse_keep_weights(lexicons.load(f"{AREA}/{WEIGHTS_FILE}").entries)


def judge(article: Article, atts: Iterable[Attribution], model: KeepModel) -> list[Attribution]:
    """Every attribution of ``atts`` with the model's decision on it (``keep``: "model", rule "keep", its
    probability); :func:`is_kept` says which are kept. A document's finding ("One study noted that C",
    rule ``document_finding`` of :mod:`.findings`) and a named source's directive ("Stoltenberg encouraged
    South Korea to increase ...", rule ``named_directive`` of :mod:`.directives`) and a named source's
    report in a photo caption (rule ``named_caption`` of :mod:`.captions`) are kept by their rules, with no
    probability."""
    return [
        _with_keep(a, Decision("rule", FINDING_RULE))
        if document_finding(article, a)
        else _with_keep(a, Decision("rule", DIRECTIVE_RULE))
        if named_directive(article, a)
        else _with_keep(a, Decision("rule", CAPTION_RULE))
        if named_caption(a)
        else _with_keep(a, Decision("model", KEEP_RULE, model.probability(_features(article, a))))
        for a in atts
    ]


def _with_keep(a: Attribution, decision: Decision) -> Attribution:
    """``dataclasses.replace(a, keep=decision)`` without its per-call field walk (a tenth of the model's
    cost): ``Attribution`` has no ``__post_init__`` and every field is an init field, so a copy of the
    instance dict is the same object."""
    new = object.__new__(Attribution)
    new.__dict__.update(a.__dict__)
    new.__dict__["keep"] = decision
    return new


def is_kept(a: Attribution, threshold: float | None = None) -> bool:
    """Is ``a`` kept: no keep decision on it (the rules alone), or its probability reaches the threshold."""
    if a.keep is None or a.keep.confidence is None:
        return True
    t = load_keep_model().threshold if threshold is None else threshold
    return a.keep.confidence >= t
