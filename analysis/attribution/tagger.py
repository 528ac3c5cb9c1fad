"""The attribution tagger: a linear-chain CRF that labels every token of a candidate sentence.

PolNeAR is univocal: each token is part of a source (``S``), a cue (``C``), a content (``T``) or nothing
(``O``). The rules (:mod:`analysis.attribution.patterns`) plateaued on where a content ends and which
cues count; a CRF trained on PolNeAR *train* with the rules' own labels as features learns when to trust
them. :mod:`analysis.attribution.refine` turns its labels back into attributions.

Why a hand-written scorer and not ``pycrfsuite`` at run time: the features here are all functions of one
token at an offset, so the weights of a word type can be summed once per type and cached; a sentence's
label scores are then a few array additions instead of building thousands of feature strings. Training
(``tools/train_attribution.py``, ``make train``) uses python-crfsuite and writes the weights to
``analysis/data/attribution/tagger.tsv``; run time needs only numpy and that file.

Features (the same function, :func:`token_features`, feeds training, so the two cannot drift):

* of the word type at offsets -3..3: the lower-case word (``w``) and its lexicon class (``lx``: reporting
  verb class, attribution noun, pronoun, role noun, ...); at -1..1 its shape (``sh``); at 0 its last three
  letters (``s3``); ``w=<>`` past the sentence edge;
* of the token: the rules' label at -2..2 (``r``), inside a quotation at -1..1 (``q``), and at 0 which side
  of the rules' cues it stands on (``side``), that side with the rules' label (``rs``), and its distance to
  the nearest rules' cue token, bucketed (``d``).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from .. import lexicons
from .lexicon import AREA, tables

#: The labels, in the order of the weight vectors.
LABELS: tuple[str, ...] = ("O", "S", "C", "T")
#: The rules' labels as features (the same alphabet) plus the padding past the sentence edge.
_RULE_IDS = {"O": 0, "S": 1, "C": 2, "T": 3}
_PAD = 4
_SIDES = ("N", "L", "M", "R")
#: How far a feature looks (tokens either side); the sentences are padded by this much.
RADIUS = 3
_OFFSETS = tuple(range(-RADIUS, RADIUS + 1))
#: Type-level templates and the offsets each is used at.
TYPE_TEMPLATES: dict[str, tuple[int, ...]] = {
    "w": (-3, -2, -1, 0, 1, 2, 3),
    "lx": (-3, -2, -1, 0, 1, 2, 3),
    "sh": (-1, 0, 1),
    "s3": (0,),
}
#: Signed distance from a token to the nearest rule cue token, in buckets (``d`` feature).
_DIST = ("none", "<=-7", "-6..-4", "-3", "-2", "-1", "0", "1", "2", "3", "4..6", ">=7")
#: Token-level templates and their offsets.
TOKEN_TEMPLATES: dict[str, tuple[int, ...]] = {
    "r": (-2, -1, 0, 1, 2),
    "q": (-1, 0, 1),
    "side": (0,),
    "rs": (0,),
    "d": (0,),
}
WEIGHTS_FILE = "tagger.tsv"
#: Tokens scored in one piece by :meth:`Tagger.emissions_batch`, sentences decoded in one piece by
#: :func:`viterbi_batch`: bounds on their work arrays (a news article fits in one piece; a 5 MB one does not).
CHUNK_TOKENS = 16_384
CHUNK_SENTENCES = 512


def shape(w: str) -> str:
    """A word's shape: ``Xx``, ``X`` (all capitals), ``x``, ``d`` (digit) or its first character."""
    c = w[:1]
    if c.isupper():
        return "X" if len(w) > 1 and w.isupper() else "Xx"
    if c.islower():
        return "x"
    if c.isdigit():
        return "d"
    return c


@cache
def lexicon_class(lw: str) -> str:
    """The word lists' class of a lower-case word, or ``-`` when none holds it."""
    t = tables()
    forms = t.cue_forms.get(lw)
    if forms:
        return "v:" + forms[0].cue_class
    if lw in t.noun_cues:
        return "n"
    if lw in t.subject_pronouns:
        return "p"
    if lw in t.determiner:
        return "det"
    if lw in t.role_singular or lw in t.role_plural:
        return "role"
    if lw in t.aux:
        return "aux"
    return "-"


def type_attributes(w: str) -> dict[str, str]:
    """The type-level attribute values of a token's text."""
    lw = w.lower()
    return {"w": lw, "lx": lexicon_class(lw), "sh": shape(w), "s3": lw[-3:]}


def side_of(i: int, cues: Sequence[int]) -> str:
    """Where token ``i`` stands relative to the rules' cue tokens ``cues`` (sorted): N(one), L, M, R."""
    if not cues:
        return "N"
    if i < cues[0]:
        return "L"
    if i > cues[-1]:
        return "R"
    return "M"


def dist_bucket(i: int, cues: Sequence[int]) -> str:
    """Token ``i``'s signed distance to the nearest of the rules' cue tokens (sorted ``cues``), bucketed
    (:data:`_DIST`)."""
    if not cues:
        return "none"
    k = bisect_left(cues, i)  # the nearest cue is cues[k - 1] or cues[k]; ties go to the one before
    d = min((i - c for c in cues[max(0, k - 1) : k + 1]), key=abs)
    if d <= -7:
        return "<=-7"
    if d <= -4:
        return "-6..-4"
    if d >= 7:
        return ">=7"
    if d >= 4:
        return "4..6"
    return str(d)


#: Bucket id (index in _DIST) of each signed distance -7..7 (clipped).
_DIST_OF = np.array([_DIST.index(dist_bucket(d, [0])) for d in range(-7, 8)], dtype=np.intp)


def _side_and_distance(is_cue: np.ndarray, sent: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`side_of` and :func:`dist_bucket` (as ids) of every token of a batch of sentences at once.

    ``is_cue`` marks the rules' cue tokens, ``sent`` gives each position's sentence (-1 for padding).
    For each token the nearest cue at or before it and at or after it are found by binary search over
    all cue positions and kept only when they are in the token's own sentence.
    """
    pos = np.arange(len(is_cue))
    cpos = np.flatnonzero(is_cue)
    if not len(cpos):
        return np.zeros(len(pos), dtype=np.intp), np.zeros(len(pos), dtype=np.intp)  # "N", "none"
    csent = sent[cpos]
    kp = np.searchsorted(cpos, pos, side="right") - 1
    kn = np.searchsorted(cpos, pos, side="left")
    kpc, knc = np.maximum(kp, 0), np.minimum(kn, len(cpos) - 1)
    has_p = (kp >= 0) & (csent[kpc] == sent) & (sent >= 0)
    has_n = (kn < len(cpos)) & (csent[knc] == sent) & (sent >= 0)
    d_p, d_n = pos - cpos[kpc], pos - cpos[knc]
    # L: a cue only after; R: only before; M: both; N: none (indices in _SIDES)
    side = np.where(has_p, np.where(has_n, 2, 3), np.where(has_n, 1, 0))
    # the nearest cue; on a tie the one before (as min() over sorted cues picks it)
    use_p = has_p & (~has_n | (np.abs(d_p) <= np.abs(d_n)))
    d = np.where(use_p, d_p, d_n)
    dist = np.where(has_p | has_n, _DIST_OF[np.clip(d, -7, 7) + 7], 0)
    return side, dist


def token_features(tx: Sequence[str], rule: Sequence[str], inq: Sequence[bool]) -> list[list[str]]:
    """The CRF's feature strings of every token (training only; :class:`Tagger` scores the same ones)."""
    n = len(tx)
    attrs = [type_attributes(w) for w in tx]
    cues = [i for i in range(n) if rule[i] == "C"]
    out = []
    for i in range(n):
        f = ["b"]
        for name, offs in TYPE_TEMPLATES.items():
            for k in offs:
                j = i + k
                if 0 <= j < n:
                    f.append(f"{name}[{k}]={attrs[j][name]}")
                elif name == "w":
                    f.append(f"w[{k}]=<>")
        for k in TOKEN_TEMPLATES["r"]:
            j = i + k
            if 0 <= j < n:
                f.append(f"r[{k}]={rule[j]}")
        for k in TOKEN_TEMPLATES["q"]:
            j = i + k
            if 0 <= j < n:
                f.append(f"q[{k}]={int(inq[j])}")
        side = side_of(i, cues)
        f.append(f"side[0]={side}")
        f.append(f"rs[0]={rule[i]}|{side}")
        f.append(f"d[0]={dist_bucket(i, cues)}")
        out.append(f)
    return out


@dataclass(frozen=True)
class Tagged:
    """A sentence's labels (one of :data:`LABELS` per token) and, when asked, each label's probability."""

    labels: list[str]
    probs: np.ndarray | None  # (n, len(LABELS)) marginals, or None


class Tagger:
    """The CRF with its weights regrouped per template and offset; see the module docstring for why."""

    def __init__(self, weights: Mapping[str, Sequence[float]], transitions: np.ndarray) -> None:
        self.trans = transitions
        self.bias = np.array(weights.get("b", [0.0] * len(LABELS)), dtype=float)
        self._w: dict[tuple[str, int], dict[str, Sequence[float]]] = {}
        # per type template: an index of its values (0: a value with no weights) and a matrix of their
        # weights at each offset, so a word type is four indices and a sentence's type scores are four
        # array lookups
        self._vocab: dict[str, dict[str, int]] = {name: {} for name in TYPE_TEMPLATES}
        cells: dict[str, tuple[list[int], list[int], list[Sequence[float]]]] = {
            name: ([], [], []) for name in TYPE_TEMPLATES
        }
        for key, vec in weights.items():
            if key == "b":
                continue
            head, value = key.split("=", 1)
            name, k = head[:-1].split("[")
            if name in self._vocab:
                vocab = self._vocab[name]
                vi = vocab.get(value)
                if vi is None:
                    vi = vocab[value] = len(vocab) + 1
                rows, offs, vecs = cells[name]
                rows.append(vi)
                offs.append(int(k) + RADIUS)
                vecs.append(vec)
            else:
                self._w.setdefault((name, int(k)), {})[value] = vec
        self._mats: list[np.ndarray] = []
        for name in TYPE_TEMPLATES:
            mat = np.zeros((len(self._vocab[name]) + 1, len(_OFFSETS), len(LABELS)))
            rows, offs, vecs = cells[name]
            if rows:
                mat[rows, offs] = vecs  # each (value, offset) occurs once
            self._mats.append(mat)
        zero = np.zeros(len(LABELS))
        # token-level tables indexed by value id
        self._r = np.zeros((len(_OFFSETS), _PAD + 1, len(LABELS)))
        for off in TOKEN_TEMPLATES["r"]:
            for lab, idx in _RULE_IDS.items():
                self._r[off + RADIUS, idx] = self._w.get(("r", off), {}).get(lab, zero)
        self._q = np.zeros((len(_OFFSETS), 3, len(LABELS)))
        for off in TOKEN_TEMPLATES["q"]:
            for v in (0, 1):
                self._q[off + RADIUS, v] = self._w.get(("q", off), {}).get(str(v), zero)
        self._side = np.array([self._w.get(("side", 0), {}).get(s, zero) for s in _SIDES])
        self._rs = np.zeros((_PAD + 1, len(_SIDES), len(LABELS)))  # the padding row stays 0
        for r, ri in _RULE_IDS.items():
            for si, sd in enumerate(_SIDES):
                self._rs[ri, si] = self._w.get(("rs", 0), {}).get(f"{r}|{sd}", zero)
        self._d = np.array([self._w.get(("d", 0), {}).get(b, zero) for b in _DIST])
        # one row of template-value indices per word type seen so far; row 0 is the padding past the
        # sentence edge, whose only feature is "w[k]=<>"
        self._ids: dict[str, int] = {}
        self._keys = np.zeros((1024, len(TYPE_TEMPLATES)), dtype=np.intp)
        self._keys[0, list(TYPE_TEMPLATES).index("w")] = self._vocab["w"].get("<>", 0)
        self._n = 1
        # and each type's summed weights at every offset, filled for new types once per batch
        self._table = np.zeros((1024, len(_OFFSETS), len(LABELS)))
        self._filled = 0

    def _type_id(self, w: str) -> int:
        """The row of word type ``w`` in the table of template-value indices (added on first sight)."""
        i = self._ids.get(w)
        if i is None:
            attrs = type_attributes(w)
            if self._n == len(self._keys):
                self._keys = np.concatenate([self._keys, np.zeros_like(self._keys)])
            i = self._ids[w] = self._n
            self._keys[i] = [self._vocab[name].get(attrs[name], 0) for name in TYPE_TEMPLATES]
            self._n += 1
        return i

    def emissions(self, tx: Sequence[str], rule: Sequence[str], inq: Sequence[bool]) -> np.ndarray:
        """Label scores of every token: the sum of its features' weights, shape (n, len(LABELS))."""
        return self.emissions_batch([(tx, rule, inq)])[0]

    def emissions_batch(self, seqs: Sequence[Sequence[Sequence]]) -> list[np.ndarray]:
        """:meth:`emissions` of several sentences at once (``seqs``: (texts, rule labels, in-quote flags)).

        The sentences are laid end to end with :data:`RADIUS` padding tokens between them, so each
        feature window sees only its own sentence, and every feature is one array operation over the
        whole article, or over :data:`CHUNK_TOKENS` tokens at a time of a long one: the type scores of
        every token at every offset take 224 bytes a token, 200 MB for a 5 MB article read in one piece.
        Each token's scores are the same additions in the same order either way, so the chunks change no
        bit of the result.
        """
        out: list[np.ndarray] = []
        group: list[Sequence[Sequence]] = []
        size = 0
        for seq in seqs:
            if group and size + len(seq[0]) > CHUNK_TOKENS:
                out += self._emissions_chunk(group)
                group, size = [], 0
            group.append(seq)
            size += len(seq[0])
        if group or not out:
            out += self._emissions_chunk(group)
        return out

    def _emissions_chunk(self, seqs: Sequence[Sequence[Sequence]]) -> list[np.ndarray]:
        """:meth:`emissions_batch` of sentences read in one piece."""
        R = RADIUS
        ids, rid, qid, sent = [0] * R, [_PAD] * R, [2] * R, [-1] * R
        bounds = []
        known = self._ids.get  # a type seen before is a dict hit (ids start at 1); a new one is added
        type_id = self._type_id
        rule_id = _RULE_IDS.__getitem__
        for j, (tx, rule, inq) in enumerate(seqs):
            a = len(ids)
            ids += [known(w) or type_id(w) for w in tx]
            rid += map(rule_id, rule)
            qid += map(int, inq)
            sent += [j] * len(tx)
            bounds.append((a, len(ids)))
            ids += [0] * R
            rid += [_PAD] * R
            qid += [2] * R
            sent += [-1] * R
        n = len(ids) - 2 * R
        if self._filled < self._n:  # the types first seen in this batch, all in one go
            new = self._keys[self._filled : self._n]
            rows = self._mats[0][new[:, 0]]
            for j in range(1, len(self._mats)):
                rows = rows + self._mats[j][new[:, j]]
            while len(self._table) < self._n:
                self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._table[self._filled : self._n] = rows
            self._filled = self._n
        typ = self._table[ids]
        r = np.array(rid)
        q = np.array(qid)
        sd, dist = _side_and_distance(r[R : R + n] == _RULE_IDS["C"], np.array(sent[R : R + n]))
        # token i's feature at offset k is a property of token i+k: row i+k of the padded arrays
        em = self.bias + typ[R : R + n, R]
        for k in _OFFSETS:
            if k:
                em = em + typ[R + k : R + k + n, k + R]
        for k in TOKEN_TEMPLATES["r"]:
            em = em + self._r[k + R, r[R + k : R + k + n]]
        for k in TOKEN_TEMPLATES["q"]:
            em = em + self._q[k + R, q[R + k : R + k + n]]
        em = em + self._side[sd] + self._rs[r[R : R + n], sd] + self._d[dist]
        return [em[a - R : b - R] for a, b in bounds]

    def tag(
        self, tx: Sequence[str], rule: Sequence[str], inq: Sequence[bool], marginals: bool = False
    ) -> Tagged:
        """The most likely labels (Viterbi) and, with ``marginals``, each token's label probabilities."""
        em = self.emissions(tx, rule, inq)
        labels = [LABELS[i] for i in viterbi_batch([em], self.trans)[0]]
        return Tagged(labels, forward_backward(em, self.trans) if marginals else None)

    def tag_batch(self, seqs: Sequence[Sequence[Sequence]]) -> list[tuple[list[str], np.ndarray]]:
        """The labels and emissions of several sentences (one Viterbi pass over all of them at once)."""
        if not seqs:
            return []
        ems = self.emissions_batch(seqs)
        paths = viterbi_batch(ems, self.trans)
        return [([LABELS[i] for i in p], em) for p, em in zip(paths, ems, strict=True)]

    def marginals(self, em: np.ndarray) -> np.ndarray:
        """Each token's label probabilities (forward-backward) from its :meth:`emissions`."""
        return forward_backward(em, self.trans)


def viterbi_batch(ems: Sequence[np.ndarray], trans: np.ndarray) -> list[list[int]]:
    """Best label path of each emission matrix; ties go to the lower label index (deterministic).

    All sentences advance together, one token position per step, so the number of numpy calls grows
    with the longest sentence, not with the number of tokens. The sentences are taken longest first, so
    the ones still running at a step are a prefix of the batch and each step works on that prefix only.
    """
    if not ems:
        return []
    order = sorted(range(len(ems)), key=lambda k: -len(ems[k]))
    out: list[list[int]] = [[] for _ in ems]
    # a chunk of sentences at a time: the work arrays hold (longest sentence x sentences x labels), which
    # for the thousands of sentences of a 5 MB article is hundreds of MB; each sentence's path is computed
    # on its own row, so the chunks change no result
    for c in range(0, len(order), CHUNK_SENTENCES):
        chunk = order[c : c + CHUNK_SENTENCES]
        for k, path in zip(chunk, _viterbi_sorted([ems[k] for k in chunk], trans), strict=True):
            out[k] = path
    return out


def _viterbi_sorted(ems: Sequence[np.ndarray], trans: np.ndarray) -> list[list[int]]:
    """:func:`viterbi_batch` of emission matrices given longest first."""
    b, m = len(ems), trans.shape[0]
    order = range(b)
    lens = [len(ems[k]) for k in order]
    width = max(lens[0], 1)  # as when a longer sentence shares the batch: a path of one label
    em = np.zeros((width, b, m))
    for j, k in enumerate(order):
        em[: lens[j], j] = ems[k]
    # running[t]: how many sentences are longer than t (a prefix, as lengths are sorted)
    running = np.searchsorted(-np.array(lens), -np.arange(width), side="left").tolist()
    score = em[0].copy()
    # once the longest sentence runs alone (from step ``alone``), its steps are taken in plain Python: a
    # numpy call per step costs more than four labels' arithmetic (a run-on sentence of 23,000 tokens:
    # 90 ms -> 40 ms), and the sums, the maxima and the first index of each are the same floats
    alone = next((t for t in range(1, width) if running[t] <= 1), width)
    back = np.zeros((alone, b, m), dtype=np.intp)
    best = np.maximum.reduce  # what ndarray.max() calls, without its Python-level wrapper (same values)
    for t in range(1, alone):
        k = running[t]
        cand = score[:k, :, None] + trans
        back[t, :k] = cand.argmax(axis=1)
        score[:k] = best(cand, axis=1) + em[t, :k]
    tail: list[list[int]] = []
    if alone < width:
        tail, first = _viterbi_steps(score[0].tolist(), ems[0][alone:].tolist(), trans.tolist())
        score[0] = first
    last = score.argmax(axis=1).tolist()
    out: list[list[int]] = []
    for j in order:
        ptrs = back[1 : lens[j], j].tolist() + (tail if j == 0 else [])
        path = [last[j]]
        for row in reversed(ptrs):
            path.append(row[path[-1]])
        path.reverse()
        out.append(path)
    return out


def _viterbi_steps(
    score: list[float], rows: Sequence[Sequence[float]], trans: Sequence[Sequence[float]]
) -> tuple[list[list[int]], list[float]]:
    """Viterbi steps over the emission ``rows`` of one sentence from the label scores ``score``: the back
    pointers of each step and the scores after the last. Each label's best predecessor is the first with
    the greatest sum (numpy's argmax), so the result is :func:`_viterbi_sorted`'s own."""
    m = len(trans)
    if m == 4:
        return _viterbi_steps4(score, rows, trans)
    labels = range(m)
    cols = [[trans[i][j] for i in labels] for j in labels]
    back: list[list[int]] = []
    for row in rows:
        ptr: list[int] = []
        new: list[float] = []
        for j in labels:
            col = cols[j]
            best_i, best = 0, score[0] + col[0]
            for i in range(1, m):
                v = score[i] + col[i]
                if v > best:
                    best_i, best = i, v
            ptr.append(best_i)
            new.append(best + row[j])
        back.append(ptr)
        score = new
    return back, score


def _viterbi_steps4(
    score: list[float], rows: Sequence[Sequence[float]], trans: Sequence[Sequence[float]]
) -> tuple[list[list[int]], list[float]]:
    """:func:`_viterbi_steps` written out for the four labels of :data:`LABELS` (a quarter faster): each
    label's sums in predecessor order, ``max`` (the first greatest) and ``index`` (its first position)."""
    (t00, t01, t02, t03), (t10, t11, t12, t13), (t20, t21, t22, t23), (t30, t31, t32, t33) = trans
    s0, s1, s2, s3 = score
    back: list[list[int]] = []
    for e0, e1, e2, e3 in rows:
        c = (s0 + t00, s1 + t10, s2 + t20, s3 + t30)
        b0 = max(c)
        p0 = c.index(b0)
        c = (s0 + t01, s1 + t11, s2 + t21, s3 + t31)
        b1 = max(c)
        p1 = c.index(b1)
        c = (s0 + t02, s1 + t12, s2 + t22, s3 + t32)
        b2 = max(c)
        p2 = c.index(b2)
        c = (s0 + t03, s1 + t13, s2 + t23, s3 + t33)
        b3 = max(c)
        p3 = c.index(b3)
        back.append([p0, p1, p2, p3])
        s0, s1, s2, s3 = b0 + e0, b1 + e1, b2 + e2, b3 + e3
    return back, [s0, s1, s2, s3]


def viterbi(em: Sequence[Sequence[float]], trans: Sequence[Sequence[float]]) -> list[int]:
    """Best label path; ties go to the lower label index (deterministic).

    Plain Python over lists: with four labels that is faster than numpy's per-call overhead.
    """
    m = len(trans)
    labels = range(m)
    score = list(em[0])
    back: list[list[int]] = []
    for row in em[1:]:
        ptr = []
        new = []
        for j in labels:
            best_i, best = 0, score[0] + trans[0][j]
            for i in range(1, m):
                v = score[i] + trans[i][j]
                if v > best:
                    best_i, best = i, v
            ptr.append(best_i)
            new.append(best + row[j])
        back.append(ptr)
        score = new
    last = max(labels, key=lambda j: (score[j], -j))
    path = [last]
    for ptr in reversed(back):
        path.append(ptr[path[-1]])
    path.reverse()
    return path


def forward_backward(em: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Each token's marginal label probabilities under the CRF.

    Computed in probability space with each step rescaled to sum to one (the usual scaled
    forward-backward), which needs two small array operations per token instead of log-sum-exps.
    """
    n, m = em.shape
    e = np.exp(em - np.maximum.reduce(em, axis=1, keepdims=True))
    tr = np.exp(trans - trans.max())
    alpha = np.empty((n, m))
    beta = np.ones((n, m))
    total = np.add.reduce  # what ndarray.sum() calls, without its Python-level wrapper (same sums)
    a = e[0] / total(e[0])
    alpha[0] = a
    for i in range(1, n):
        a = (a @ tr) * e[i]
        a /= total(a)
        alpha[i] = a
    for i in range(n - 2, -1, -1):
        b = tr @ (e[i + 1] * beta[i + 1])
        beta[i] = b / total(b)
    p = alpha * beta
    return p / p.sum(axis=1, keepdims=True)


class LazyMarginals:
    """:func:`forward_backward`'s rows computed only as far as asked: rows ``[a, b)`` need the forward
    pass up to ``b`` and the backward pass down to ``a``, not both over the whole sentence.

    ``refine`` asks for the mean probability over a cue or source run, usually inside the sentence, so
    about half of each pass is skipped. Each pass runs the same operations on the same arrays in the same
    order as :func:`forward_backward` (alpha forwards from the first token, beta backwards from the
    last), so every row, and every mean over rows, has the same bits.
    """

    def __init__(self, em: np.ndarray, trans: np.ndarray) -> None:
        n, m = em.shape
        self.e = np.exp(em - np.maximum.reduce(em, axis=1, keepdims=True))
        self.tr = np.exp(trans - trans.max())
        self.alpha = np.empty((n, m))
        self.beta = np.ones((n, m))
        self.n = n
        self._fwd = 0  # alpha[:_fwd] computed
        self._bwd = n - 1  # beta[_bwd:] computed (the last row is ones)
        self._a: np.ndarray | None = None  # the running forward vector, as forward_backward's ``a``

    def rows(self, a: int, b: int) -> np.ndarray:
        """Rows ``[a, b)`` of ``forward_backward(em, trans)`` (``0 <= a < b <= n``)."""
        e, tr, alpha, beta = self.e, self.tr, self.alpha, self.beta
        total = np.add.reduce
        if self._fwd == 0:
            x = e[0] / total(e[0])
            alpha[0] = x
            self._a, self._fwd = x, 1
        x = self._a
        for i in range(self._fwd, b):
            x = (x @ tr) * e[i]
            x /= total(x)
            alpha[i] = x
        if b > self._fwd:
            self._a, self._fwd = x, b
        for i in range(self._bwd - 1, a - 1, -1):
            y = tr @ (e[i + 1] * beta[i + 1])
            beta[i] = y / total(y)
        self._bwd = min(self._bwd, a)
        p = alpha[a:b] * beta[a:b]
        return p / p.sum(axis=1, keepdims=True)

    def confidence(self, a: int, b: int, label: str) -> float:
        """:func:`confidence` of the full marginals, from rows ``[a, b)`` alone."""
        if b <= a:
            return 0.0
        j = LABELS.index(label)
        return math.floor(float(self.rows(a, b)[:, j].mean()) * 1000 + 0.5) / 1000


def parse_weights(lines: Sequence[str]) -> Tagger:
    """A :class:`Tagger` from the lines of ``tagger.tsv`` (``feature<TAB>label<TAB>weight``, and
    ``->`` rows ``from<TAB>to<TAB>weight`` for the transitions)."""
    weights: dict[str, list[float]] = {}
    trans = np.zeros((len(LABELS), len(LABELS)))
    index = {lab: i for i, lab in enumerate(LABELS)}
    for ln, line in enumerate(lines, 1):
        cols = line.split("\t")
        if len(cols) != 3 or cols[1] not in index and cols[0] != "->":
            raise ValueError(f"{WEIGHTS_FILE} line {ln}: expected feature<TAB>label<TAB>weight, got {line!r}")
        if cols[0] == "->":
            a, b = cols[1].split(">")
            trans[index[a], index[b]] = float(cols[2])
            continue
        vec = weights.get(cols[0])
        if vec is None:
            vec = weights[cols[0]] = [0.0] * len(LABELS)
        vec[index[cols[1]]] = float(cols[2])
    return Tagger(weights, trans)


@cache
def load_tagger() -> Tagger:
    """The shipped tagger (read once per process)."""
    return parse_weights(lexicons.load(f"{AREA}/{WEIGHTS_FILE}").entries)


def confidence(probs: np.ndarray, a: int, b: int, label: str) -> float:
    """Mean probability of ``label`` over tokens ``[a, b)``, rounded to 3 places (shown to readers)."""
    if b <= a:
        return 0.0
    j = LABELS.index(label)
    return math.floor(float(probs[a:b, j].mean()) * 1000 + 0.5) / 1000
