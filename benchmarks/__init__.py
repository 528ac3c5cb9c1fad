"""Benchmarks: standalone ``bench_*.py`` scripts, each with a ``main()``.

Run them all (sorted by name) with ``python -m benchmarks`` / ``make bench``, or only those whose
name contains a filter: ``python -m benchmarks sentences`` / ``make bench BENCH=sentences``.
"""

from __future__ import annotations

import pkgutil
from pathlib import Path

PREFIX = "bench_"


def discover(filters: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Names of the ``bench_*`` modules in this package, sorted, matching any of ``filters``.

    A filter matches when it is a substring of the module name (``sentences`` matches
    ``bench_sentences``); no filters means every benchmark.
    """
    names = sorted(
        info.name
        for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if info.name.startswith(PREFIX) and not info.ispkg
    )
    if filters:
        names = [name for name in names if any(f in name for f in filters)]
    return names
