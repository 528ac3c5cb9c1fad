"""Source attribution: who an article cites for what, named or anonymous, first-hand or via another outlet.

``find_attributions(article)`` returns one :class:`Attribution` per reported statement (cue, source,
content fragments, kind, source type and resolved name, role, channel); ``attributions_table``,
``source_inventory`` and ``attribution_shares`` turn them into tidy tables. Rules propose, a small CRF
trained on PolNeAR train reviews them (:mod:`analysis.attribution.refine`); every attribution says which
rule (an id of ``analysis/data/attribution/rule_ids.tsv``) or model decision, with its confidence, gave
its cue, source and content (``cue_by``, ``source_by``, ``content_by``). ``named_antecedent(text, start,
end)`` says whom a definite description ("the experts") refers back to when the article named them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names
from .extract import DEFAULT_KINDS, PROSE_KINDS, find_attributions, set_aside
from .model import ANONYMOUS_TYPES, KINDS, MENTIONS, NAMED_TYPES, SOURCE_TYPES, Attribution, Decision
from .referents import named_antecedent

if TYPE_CHECKING:
    from .tables import attribution_shares, attributions_table, source_inventory, source_records

#: Public name -> the module that defines it, imported on first use (PEP 562): the tables need pandas,
#: which a corpus worker and ``predict`` never use (about half a second and 50 MB in every process).
_LAZY = {
    "attribution_shares": "tables",
    "attributions_table": "tables",
    "source_inventory": "tables",
    "source_records": "tables",
}

__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())

__all__ = [
    "ANONYMOUS_TYPES",
    "Attribution",
    "DEFAULT_KINDS",
    "Decision",
    "KINDS",
    "MENTIONS",
    "NAMED_TYPES",
    "PROSE_KINDS",
    "SOURCE_TYPES",
    "attribution_shares",
    "attributions_table",
    "find_attributions",
    "named_antecedent",
    "set_aside",
    "source_inventory",
    "source_records",
]
