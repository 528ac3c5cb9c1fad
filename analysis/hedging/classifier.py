"""A small linear model that judges a sentence: is it uncertain, does it rest on vague attribution?

Why a learned model on top of the cue patterns: the patterns say where hedging words are, but whether a
sentence as a whole expresses semantic uncertainty depends on more context than a rule can hold (a
conditional in a definition is not doubt, "suggest" in biomedical abstracts nearly always is, "would" in
history writing usually is not). Cue lists derived from labelled data reach F1 0.71-0.78; a logistic
regression over the sentence's words, word pairs and the rule cues it contains does better, and it stays
explainable: every feature has one weight, listed in a text file. (The ``uncertain`` weights are fitted
as NB-LR, features scaled by their naive-Bayes log-count ratio, see ``tools/train_hedging.py``; the
file stores the resulting plain weights, so scoring is the same sum either way.)

The model is a plain dictionary of weights in ``data/hedging/model.tsv`` (with its provenance header and
the CC BY-SA attribution of the data it was trained on); scoring needs no ML library. Features:

- ``w:<word>``: each distinct lower-cased token of the sentence (punctuation included);
- ``b:<word> <word>``: each distinct pair of adjacent tokens;
- ``c:<pattern>`` and ``k:<category>``: each rule cue (:mod:`analysis.hedging.cues`) in the sentence.

One target: ``uncertain`` (Szeged Uncertainty Corpus labels, Wikipedia and biomedical). Weasel wording is
not learned here: a model trained on Wikipedia's weasel labels did not transfer to news, so it is judged
from the attributed sources (:mod:`analysis.hedging.sources`). The model and its threshold are produced by
``tools/train_hedging.py`` (``make train``); the sentence judgement (:mod:`analysis.hedging.sentences`)
combines them with the firm cues.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat

from .. import lexicons
from .cues import Match, SentenceScan

MODEL_FILE = "hedging/model.tsv"


def features(words: Sequence[str], matches: Iterable[Match], refused: Iterable[Match] = ()) -> set[str]:
    """The feature names of one sentence (or one short text): words, adjacent pairs and rule cues.

    The words of a cue that a named context rule refused ("would" after "said", the noun "suspect") are
    read as one placeholder, ``<refused:rule>``: the refusal is evidence of its own, and the model cannot
    bring the refused word back in through its word weights.
    """
    refused = list(refused)
    if refused:
        words = list(words)
        for m in refused:
            for k in range(m.i, m.end):
                words[k] = f"<refused:{m.rule}>"
    feats = {"w:" + w for w in words}
    feats.update("b:" + a + " " + b for a, b in zip(words, words[1:], strict=False))
    feats.update(_cue_features(words, matches))
    return feats


def _cue_features(words: Sequence[str], matches: Iterable[Match]) -> set[str]:
    """The rule-cue features of a sentence: each matched pattern, its category, and the pattern with the
    word after and before it (``</s>`` / ``<s>`` at the edges). Shared by :func:`features` and
    :meth:`LinearModel.score_words`, so the two cannot drift."""
    cues: set[str] = set()
    n = len(words)
    for m in matches:
        cues.add("c:" + m.pattern)
        cues.add("k:" + m.category)
        cues.add("c>" + m.pattern + " " + (words[m.end] if m.end < n else "</s>"))
        cues.add("c<" + (words[m.i - 1] if m.i > 0 else "<s>") + " " + m.pattern)
    return cues


def article_features(scans: Iterable[SentenceScan]) -> set[str]:
    """Features of several sentences taken as one text (a record of labelled data is one text)."""
    words: list[str] = []
    matches: list[Match] = []
    refused: list[Match] = []
    for sc in scans:
        shift = len(words)
        words.extend(sc.words)
        for src, dst in ((sc.matches, matches), (sc.rejected, refused)):
            dst.extend(Match(m.i + shift, m.end + shift, m.pattern, m.category, m.kind, m.rule) for m in src)
    return features(words, matches, refused)


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Weights of the ``uncertain`` logistic regression, its bias and its threshold on the probability."""

    weights: dict[str, float]
    bias: float
    threshold: float
    header: str = ""
    #: The weights of the ``w:`` and ``b:`` features keyed by the word and by the pair of words (built
    #: from ``weights``), so that :meth:`score_words` looks them up without making each feature's name.
    by_word: dict[str, float] = field(init=False, repr=False, compare=False)
    by_pair: dict[tuple[str, str], float] = field(init=False, repr=False, compare=False)
    words: frozenset[str] = field(init=False, repr=False, compare=False)  # the keys of by_word
    pairs: frozenset[tuple[str, str]] = field(init=False, repr=False, compare=False)  # of by_pair

    def __post_init__(self) -> None:
        by_word: dict[str, float] = {}
        by_pair: dict[tuple[str, str], float] = {}
        for name, w in self.weights.items():
            if name.startswith("w:"):
                by_word[name[2:]] = w
            elif name.startswith("b:"):
                pair = name[2:].split(" ")
                if len(pair) == 2:  # a name of more spaces is read by score() alone (see score_words)
                    by_pair[pair[0], pair[1]] = w
        object.__setattr__(self, "by_word", by_word)
        object.__setattr__(self, "by_pair", by_pair)
        object.__setattr__(self, "words", frozenset(by_word))
        object.__setattr__(self, "pairs", frozenset(by_pair))

    def score_words(
        self, words: Sequence[str], matches: Sequence[Match], refused: Sequence[Match] = ()
    ) -> float:
        """``score(features(words, matches, refused))``, the same float, without making the names of the
        word and pair features (they were a third of the hedging judge's time).

        Why it is the same: every distinct word is one ``w:`` feature and every distinct pair one ``b:``
        feature (a pair's name ``b:a b`` names one pair when no word holds a space; a text whose words do
        is scored by :meth:`score`), the feature kinds never share a name, a feature without a weight adds
        an exact zero, and the sum is exactly rounded (``math.fsum``), so it does not depend on the order
        or grouping of its terms.
        """
        if refused:
            words = list(words)
            for m in refused:
                for k in range(m.i, m.end):
                    words[k] = f"<refused:{m.rule}>"
        if " " in "".join(words):
            return self.score(features(words, matches))
        cues = _cue_features(words, matches)
        # only the distinct words and pairs that have a weight: the others would add exact zeros
        return _sigmoid(
            math.fsum(
                [
                    self.bias,
                    *map(self.by_word.__getitem__, self.words.intersection(words)),
                    *map(
                        self.by_pair.__getitem__, self.pairs.intersection(zip(words, words[1:], strict=False))
                    ),
                    *map(self.weights.get, cues, repeat(0.0)),
                ]
            )
        )

    def score(self, feats: Iterable[str]) -> float:
        """The probability that one text (its feature set) is uncertain."""
        # math.fsum is exactly rounded whatever the order, so the answer does not depend on how a set of
        # features happens to iterate (string hashing differs between processes unless PYTHONHASHSEED is set).
        # A feature without a weight adds an exact 0.0, which leaves the exactly rounded sum as it is; the
        # look-ups run in C (map) instead of a generator with a test per feature (~1% of a Reuters run).
        return _sigmoid(math.fsum([self.bias, *map(self.weights.get, feats, repeat(0.0))]))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def parse_model(lex: lexicons.Lexicon) -> LinearModel:
    """Read a model file: ``__bias__`` and ``__threshold__`` rows, then ``feature<TAB>weight`` rows."""
    weights: dict[str, float] = {}
    bias = 0.0
    threshold = 0.5
    for row in lex.rows():
        if len(row) != 2:
            raise ValueError(f"{lex.name}: expected 2 tab-separated columns, got {row!r}")
        name, w = row[0], float(row[1])
        if name == "__bias__":
            bias = w
        elif name == "__threshold__":
            threshold = w
        else:
            weights[name] = w
    return LinearModel(weights, bias, threshold, lex.header)


@cache
def model() -> LinearModel | None:
    """The shipped model, or None when the file is missing (judgements then rest on the cues alone)."""
    try:
        lex = lexicons.load(MODEL_FILE)
    except FileNotFoundError:
        return None
    return parse_model(lex)
