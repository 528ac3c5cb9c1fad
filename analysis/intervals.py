"""Interval queries in logarithmic time, for rules that ask "is this inside any of those?".

Several rules ask, for each of n candidates, whether it lies inside one of m spans of the article. Scanning
the m spans every time costs n x m: on a long article (a 5 MB page, a 100,000-character sentence) that
is what made analysis quadratic. :class:`SpanIndex` answers the same questions after sorting once.
(A span here is a pair of offsets, any pair: they may overlap and nest.)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

#: A span's owner: any object, compared by identity.
Owner = TypeVar("Owner")


class SpanIndex(Generic[Owner]):
    """Spans ``(start, end, owner)``; asks whether one of them contains or overlaps ``[a, b]``.

    ``owner`` (compared by identity) lets a rule leave out the spans of one owner ("inside the content
    of *another* attribution"): for each prefix of the spans sorted by start, the largest end and the
    largest end of a different owner are kept, which is all such a question needs.
    """

    def __init__(self, spans: Iterable[tuple[int, int, Owner]]) -> None:
        given = list(spans)
        # sorted by start; equal starts keep the order given (sorted is stable)
        self._ranked = sorted(range(len(given)), key=lambda i: given[i][0])
        self._spans = [given[i] for i in self._ranked]
        self._starts = [s for s, _, _ in self._spans]
        self._best: list[tuple[int, Owner | None]] = []  # (largest end so far, its owner)
        self._other: list[int] = []  # largest end so far whose owner differs from _best's
        best_end, best_owner, other_end = -1, None, -1
        for _, end, owner in self._spans:
            if end > best_end:
                if owner is not best_owner:
                    other_end = best_end
                best_end, best_owner = end, owner
            elif owner is not best_owner and end > other_end:
                other_end = end
            self._best.append((best_end, best_owner))
            self._other.append(other_end)

    def contains(self, a: int, b: int, exclude: Owner | None = None) -> bool:
        """Is there a span with ``start <= a`` and ``b <= end`` (and an owner other than ``exclude``)?"""
        i = bisect_right(self._starts, a) - 1
        if i < 0:
            return False
        end, owner = self._best[i]
        if exclude is None or owner is not exclude:
            return b <= end
        return b <= self._other[i]

    def overlaps(self, a: int, b: int) -> bool:
        """Is there a span with ``start < b`` and ``a < end`` (two ``[start, end)`` spans overlapping)?"""
        i = bisect_left(self._starts, b) - 1
        return i >= 0 and self._best[i][0] > a

    def overlapping(self, a: int, b: int) -> list[Owner]:
        """The owners of every span overlapping ``[a, b)``, in the order the spans were given.

        Walks back from the last span starting before ``b`` while an earlier span can still reach past
        ``a``: the cost is the spans near ``[a, b)`` (and any long one still open), not all of them.
        """
        found: list[int] = []
        i = bisect_left(self._starts, b) - 1
        while i >= 0 and self._best[i][0] > a:
            if self._spans[i][1] > a:
                found.append(i)
            i -= 1
        return [self._spans[i][2] for i in sorted(found, key=lambda i: self._ranked[i])]

    def first_owner(self, a: int, b: int) -> Owner | None:
        """The owner of the first span (in the order given) that contains ``[a, b]``, or None.

        Walks back from the last span starting at or before ``a`` and stops as soon as no earlier span
        reaches ``b``: the cost is the number of spans around ``a``, not all of them.
        """
        found = None
        i = bisect_right(self._starts, a) - 1
        while i >= 0 and self._best[i][0] >= b:
            if self._spans[i][1] >= b and (found is None or self._ranked[i] < self._ranked[found]):
                found = i
            i -= 1
        return None if found is None else self._spans[found][2]


class StartOrderedEnds(Generic[Owner]):
    """Spans ``(start, end, owner)`` sorted by start, with a tree of their largest ends: finds the span with
    the largest start in a range of starts whose end reaches a point, in logarithmic time.

    Why: "which report's content, starting inside this subject, holds this cue?" asked for each of n
    reports by scanning every span whose start is in range cost n x n on a run-on sentence of hearsay
    (``nested.nested_subject_start``: a 200,000-character sentence spent 10 of its 13 s there).
    """

    def __init__(self, spans: Iterable[tuple[int, int, Owner]]) -> None:
        self._spans = sorted(spans, key=lambda s: s[0])
        self._starts = [s for s, _, _ in self._spans]
        size = 1
        while size < len(self._spans):
            size *= 2
        self._size = size
        tree = [-1] * (2 * size)
        for i, (_, end, _) in enumerate(self._spans):
            tree[size + i] = end
        for i in range(size - 1, 0, -1):
            tree[i] = max(tree[2 * i], tree[2 * i + 1])
        self._tree = tree

    def last_reaching(
        self, after: int, before: int, reach: int, accept: Callable[[Owner], bool] | None = None
    ) -> tuple[int, int, Owner] | None:
        """The span with the largest start such that ``after < start < before`` and ``end >= reach`` (and
        ``accept(owner)``, when given), or None."""
        lo, hi = bisect_right(self._starts, after), bisect_left(self._starts, before)
        while lo < hi:
            i = self._rightmost(1, 0, self._size, lo, hi, reach)
            if i < 0:
                return None
            if accept is None or accept(self._spans[i][2]):
                return self._spans[i]
            hi = i  # refused: look further left
        return None

    def _rightmost(self, node: int, nl: int, nr: int, lo: int, hi: int, reach: int) -> int:
        """The largest index in ``[lo, hi)`` under ``node`` (covering ``[nl, nr)``) whose end reaches."""
        if nr <= lo or hi <= nl or self._tree[node] < reach:
            return -1
        if nr - nl == 1:
            return nl
        mid = (nl + nr) // 2
        found = self._rightmost(2 * node + 1, mid, nr, lo, hi, reach)
        return found if found >= 0 else self._rightmost(2 * node, nl, mid, lo, hi, reach)
