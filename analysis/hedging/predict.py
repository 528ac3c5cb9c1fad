"""The ``hedging`` task of ``python -m analysis predict``: one judgement and the cues of each record.

A record of the labelled data is one sentence; the parser may still cut it in two (a colon-heavy
sentence, a stray full stop), so the record is judged as one text: features are pooled over its
sentences, exactly as the model was trained (``tools/train_hedging.py``). The record's sources come
from the attribution analyzer run on the record itself.

Output: ``uncertain``, ``weasel``, ``anonymous_source`` and ``cues``. Cue ``category`` is the kind for
hedges ("hedge"), boosters ("booster") and shields ("shield"), ``weasel`` for weasel wording and
``anonymous`` for the words of an anonymous source; the finer category (modal, approximator, ...) is
``subtype``, and ``rule`` names the context rule or source rule behind the cue. ``why`` holds the rule or
model decision behind each flag (see :mod:`analysis.hedging.sentences`).
"""

from __future__ import annotations

from typing import Any

from ..pipeline import Doc
from .cues import cues_of, scan
from .sentences import article_sources, judge_scans


def hedging_task(doc: Doc) -> dict[str, Any]:
    article = doc.article
    scans = [sc for sc in scan(article) if sc.words]
    j = judge_scans(article, scans, article_sources(article, None))
    cues: list[dict[str, Any]] = [
        {"start": c.start, "end": c.end, "category": c.kind, "subtype": c.category, "rule": c.rule}
        for sc in scans
        for c in cues_of(sc)
    ]
    for f in j.flag_spans:
        if f.rule in ("weasel_pattern", "shield_cue"):
            continue  # the flag's words are a cue already
        category = "weasel" if f.flag == "weasel" else "anonymous"
        if not any(c["start"] < f.end and f.start < c["end"] for c in cues if c["category"] == category):
            cues.append(
                {"start": f.start, "end": f.end, "category": category, "subtype": "source", "rule": f.rule}
            )
    cues.sort(key=lambda c: (c["start"], c["end"], c["category"]))
    return {
        "uncertain": j.uncertain,
        "weasel": j.weasel,
        "anonymous_source": j.anonymous_source,
        "cues": cues,
        "why": {"uncertain": j.uncertain_rule, "weasel": j.weasel_rule, "anonymous_source": j.anonymous_rule},
    }
