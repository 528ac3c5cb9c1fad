"""The ``hedging`` task of ``python -m analysis predict``: one judgement and the cues of each record.

A record of the labelled data is one sentence; the parser may still cut it in two (a colon-heavy
sentence, a stray full stop), so the record is judged as one text: features are pooled over its
sentences, exactly as the model was trained (:mod:`analysis.hedging.train`).

Cue ``category`` in the output is the kind for hedges ("hedge"), boosters ("booster") and shields
("shield"), and ``weasel`` for weasel wording; the finer category (modal, approximator, ...) is given as
``subtype``, as :func:`analysis.hedging.find_cues` returns it.
"""

from __future__ import annotations

from typing import Any

from ..pipeline import Doc
from .cues import cues_of, scan
from .sentences import judge_text


def hedging_task(doc: Doc) -> dict[str, Any]:
    scans = [sc for sc in scan(doc.article) if sc.words]
    j = judge_text(scans)
    cues = sorted((c for sc in scans for c in cues_of(sc)), key=lambda c: (c.start, c.end))
    return {
        "uncertain": j.uncertain,
        "weasel": j.weasel,
        "cues": [{"start": c.start, "end": c.end, "category": c.kind, "subtype": c.category} for c in cues],
    }
