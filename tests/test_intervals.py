"""analysis.intervals.StartOrderedEnds: the latest-starting span in a range of starts that reaches a point,
checked against the plain scan it replaces (nested.nested_subject_start's question)."""

from __future__ import annotations

import random

from analysis.intervals import StartOrderedEnds


def _scan(spans, after, before, reach, accept=None):
    found = [s for s in spans if after < s[0] < before and s[1] >= reach and (accept is None or accept(s[2]))]
    return max(found, key=lambda s: s[0]) if found else None


def test_the_latest_start_that_reaches():
    spans = [(0, 50, "a"), (5, 12, "b"), (10, 40, "c"), (20, 25, "d"), (30, 45, "e")]
    index = StartOrderedEnds(spans)
    assert index.last_reaching(0, 35, 41) == (30, 45, "e")
    assert index.last_reaching(0, 30, 41) is None  # "c" ends at 40; "a" starts at 0, not after it
    assert index.last_reaching(0, 30, 30) == (10, 40, "c")
    assert index.last_reaching(0, 35, 41, accept=lambda o: o != "e") is None
    assert index.last_reaching(-1, 35, 41, accept=lambda o: o != "e") == (0, 50, "a")
    assert StartOrderedEnds([]).last_reaching(0, 10, 0) is None


def test_it_agrees_with_the_scan_on_random_spans():
    rng = random.Random(19)
    for _ in range(200):
        spans = []
        for k in range(rng.randint(0, 40)):
            a = rng.randint(0, 100)
            spans.append((a, a + rng.randint(1, 60), k))
        index = StartOrderedEnds(spans)
        for _ in range(20):
            after, before, reach = rng.randint(-5, 100), rng.randint(0, 110), rng.randint(0, 160)
            odd = rng.random() < 0.5
            accept = (lambda o: o % 2 == 1) if odd else None
            got = index.last_reaching(after, before, reach, accept)
            want = _scan(spans, after, before, reach, accept)
            assert (got[0] if got else None) == (want[0] if want else None)
