"""The ``attribution`` task of ``python -m analysis predict`` (see ``shared/predict-contract.md``).

The task reads every prose part, headline and standfirst included (labelled corpora annotate them too),
and writes each attribution's cue, source and content fragments as ``[start, end]`` offsets.
"""

from __future__ import annotations

from typing import Any

from ..model import Span
from ..pipeline import Doc
from .extract import PROSE_KINDS, set_aside
from .model import Attribution


def _pair(s: Span | None) -> list[int] | None:
    return None if s is None else [s.start, s.end]


def attribution_dict(a: Attribution) -> dict[str, Any]:
    """One attribution as the task writes it (the keep model's trainer labels these with the scorer)."""
    provenance: dict[str, Any] = {
        "cue": a.cue_by.as_json(),
        "source": a.source_by.as_json(),
        "content": a.content_by.as_json(),
        "type": {"by": "rule", "rule": a.type_by, "confidence": None},
    }
    if a.keep is not None:
        provenance["keep"] = a.keep.as_json()
    return {
        "cue": _pair(a.cue),
        "source": _pair(a.source),
        "content": [[c.start, c.end] for c in a.content],
        "kind": a.kind,
        "source_type": a.source_type,
        "source_name": a.source_name or None,
        "mention": a.mention,
        "role": a.role,
        "channel": a.channel,
        "cue_class": a.cue_class,
        "provenance": provenance,
    }


def attribution_task(doc: Doc) -> dict[str, Any]:
    """``attributions``: what the analyzer reports; ``set_aside``: what the keep model left out of them, in
    the same form (its probability in ``provenance.keep``), so a user of the machine interface loses
    nothing the rules found (the scorer reads ``attributions`` only)."""
    atts = doc["attributions"]  # found over every prose part (see analysis.predict.TASKS)
    return {
        "attributions": [attribution_dict(a) for a in atts],
        "set_aside": [attribution_dict(a) for a in set_aside(doc.article, PROSE_KINDS)],
    }
