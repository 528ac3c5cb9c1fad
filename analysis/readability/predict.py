"""``python -m analysis predict readability``: counts, the seven scores and textstat's, per record.

Output fields follow ``shared/predict-contract.md``; for a full article the counts cover the body's
paragraphs only. An undefined score is ``null`` (with the ``no_words`` flag), never NaN; ``flags`` lists
the qualifications of :mod:`.result` (``smog_under_30_sentences``, ``non_english``, ...).
"""

from __future__ import annotations

from typing import Any

from ..pipeline import Doc
from .formulas import SCORE_NAMES


def readability_task(doc: Doc) -> dict[str, Any]:
    res = doc["readability"]  # analysed with textstat's figures (see analysis.predict.TASKS)
    c = res.counts
    out: dict[str, Any] = {
        "sentences": c.sentences,
        "words": c.words,
        "syllables": c.syllables,
        "characters": c.characters,
        "complex_words": c.complex_words,
        "difficult_words": c.difficult_words,
        "polysyllables": c.polysyllables,
    }
    for name in SCORE_NAMES:
        v = res.scores[name].value
        out[name] = None if v is None else round(v, 2)
    out["textstat"] = {name: res.textstat.get(name) for name in SCORE_NAMES}
    out["scope"] = res.scope
    out["flags"] = list(res.flags)
    return out
