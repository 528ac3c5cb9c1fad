"""What every benchmark needs: where the labelled data is, the project's scorer, timing and results.

The data and the scorer live beside the checkout in ``../shared`` and are never copied into the
project; a benchmark whose data is missing says so and is skipped.
"""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ANALYSIS_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
RESULTS = ROOT / "benchmarks" / "results"


class MissingData(RuntimeError):
    """Raised when a benchmark's labelled data is not available (``../shared`` absent)."""


def data_file(relative: str) -> Path:
    path = DATA / relative
    if not path.exists():
        raise MissingData(f"{path} not found: benchmarks need ../shared/data beside the checkout")
    return path


def scorer() -> ModuleType:
    """The independent scorer ``../shared/eval/score.py``, imported as a module."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        raise MissingData(f"{path} not found")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def best_time(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best wall-clock time of ``repeat`` runs: the least disturbed by other work on the machine."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def write_results(name: str, results: dict[str, Any]) -> Path:
    """Write ``benchmarks/results/<name>.json`` (sorted keys) so that reports can quote the figures."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def score_predictions(score_fn: Callable[[str], Any], predictions: Iterable[dict[str, Any] | str]) -> Any:
    """Run one of score.py's ``score_*`` functions on predictions held in memory.

    The scorer reads a JSONL path, so the predictions (dicts, or lines already encoded) are written to a
    temporary file that is removed afterwards; ``score_fn`` receives that path.
    """
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for p in predictions:
            f.write((p if isinstance(p, str) else json.dumps(p)).rstrip("\n") + "\n")
        name = f.name
    try:
        return score_fn(name)
    finally:
        Path(name).unlink()
