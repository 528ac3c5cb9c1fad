"""Source attribution: who an article cites for what, named or anonymous, first-hand or via another outlet.

``find_attributions(article)`` returns one :class:`Attribution` per reported statement (cue, source,
content fragments, kind, source type and resolved name, role, channel); ``attributions_table``,
``source_inventory`` and ``attribution_shares`` turn them into tidy tables. Rules only, no model: every
result can be traced to a rule in :mod:`analysis.attribution.patterns` and a word list in
``analysis/data/attribution/``.
"""

from .extract import DEFAULT_KINDS, PROSE_KINDS, find_attributions
from .model import ANONYMOUS_TYPES, KINDS, MENTIONS, NAMED_TYPES, SOURCE_TYPES, Attribution
from .tables import attribution_shares, attributions_table, source_inventory, source_records

__all__ = [
    "ANONYMOUS_TYPES",
    "Attribution",
    "DEFAULT_KINDS",
    "KINDS",
    "MENTIONS",
    "NAMED_TYPES",
    "PROSE_KINDS",
    "SOURCE_TYPES",
    "attribution_shares",
    "attributions_table",
    "find_attributions",
    "source_inventory",
    "source_records",
]
