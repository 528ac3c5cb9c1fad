"""The shapes reported speech takes in news, one pure function per module (``order`` lists them in turn).

Each module holds one shape: its rule id (``analysis/data/attribution/rule_ids.tsv``), its examples and
a function ``shape(ctx, sentence, ...) -> Raw | None`` that reads one cue in a sentence. ``ctx`` is the
article's :class:`~analysis.attribution.shapes.context.Context`; noun phrases come from
``noun_phrases`` and content boundaries from ``boundaries``, through it.
"""

from .context import Context
from .order import ORDER, drop_misread, read_after_tagger, read_sentence

__all__ = ["ORDER", "Context", "drop_misread", "read_after_tagger", "read_sentence"]
