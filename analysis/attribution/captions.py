"""A named source's report in a photo caption, kept whatever the keep model says: rule ``named_caption``.

"South Korean Foreign Minister Park Jin discussed ... with NATO Secretary General Jens Stoltenberg": a
caption reports what the person pictured said or discussed, and the report shows it flagged as a caption
(issue 4; ``Attribution.in_caption``). The keep model (``keep.py``) never learned captions: the Wikinews
guideline labels the body only, so its probability on a caption is an extrapolation from body text (the
seed's caption fell to p 0.33 < 0.34 when session 24's retrain added dev27, with no caption in it).
Unnamed or sourceless caption attributions stay with the model.
"""

from __future__ import annotations

from .model import Attribution

RULE = "named_caption"
#: Source types that name who spoke.
NAMED_TYPES = frozenset({"named_person", "named_organisation", "government_body"})


def named_caption(a: Attribution) -> bool:
    """Rule ``named_caption``: is ``a`` in a photo caption with a named source and content?

    Example: the seed's caption "... Park discussed ..." -> True; "They talked about ..." (body) -> False.
    """
    return a.in_caption and a.source is not None and bool(a.content) and a.source_type in NAMED_TYPES
