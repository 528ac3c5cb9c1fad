"""Shared by the tests that guard against a quadratic blow-up on long inputs.

Measured targets ("a 100,000-character sentence in under a second") are reported by
``benchmarks/bench_scaling.py``; a test that asserts an absolute time fails whenever the shared machine is
busy. What a test can check robustly is how the time *grows*: the same work on an input four times as long
takes about 4x the CPU time when it is linear and 16x when it is quadratic. Both runs see the same load, so
the ratio stays near 4 on a busy machine, while a quadratic stage still goes past the bound.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

#: Linear work on 4x the input takes ~4x the time, quadratic ~16x: the bound sits well between the two.
LINEAR_BOUND = 10.0


def cpu_seconds(work: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU time of ``repeat`` runs of ``work`` (the least: a busy cache in one run is noise, not the
    cost of the work), with the garbage collector off while it runs, as ``timeit`` does. Late in a full test
    run the process holds millions of objects, so a full collection that falls inside a 40 ms run can
    multiply it; that is the test process's cost, not the work's. (Session 16: the run-on hedging test
    measured 14x in a clean clone's ``make test`` and about 7x alone.)"""
    best = float("inf")
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.process_time()
            work()
            best = min(best, time.process_time() - started)
    finally:
        if enabled:
            gc.enable()
    return best


def growth(small: Callable[[], object], large: Callable[[], object], repeat: int = 3) -> float:
    """CPU time of ``large`` (the work on 4x the input) over that of ``small`` (floored at 1 ms, so that a
    very fast small run does not make the ratio meaningless)."""
    return cpu_seconds(large, repeat) / max(cpu_seconds(small, repeat), 0.001)
