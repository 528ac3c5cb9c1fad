"""Hedging and certainty: how sure an article sounds, and whose uncertainty it is.

- :func:`find_cues` finds hedges, boosters, attribution shields and weasel wording with exact spans
  (:mod:`analysis.hedging.cues`, patterns in ``data/hedging/cues.tsv``);
- :func:`judge_sentences` says which sentences express semantic uncertainty and which rest on vague
  attribution (:mod:`analysis.hedging.sentences`, a small linear model in ``data/hedging/model.tsv``);
- :func:`densities`, :func:`cues_table` and :func:`voice_split` turn them into tables and split the cues
  between the reporter's voice and the sources' words; :func:`accepted_cues` drops the cues a sentence
  judgement set aside (a weighed "expected" in a certain sentence), so counts agree with the judgements;
- :func:`judge_attributions` is the one place that says which attributions the judge reads (every prose
  part), so the report, the corpus tables and ``predict hedging`` give a sentence the same flags.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names
from .cues import CATEGORIES, KINDS, Cue, find_cues, voice_split
from .sentences import SentenceJudgement, accepted_cues, judge, judge_attributions, judge_sentences

if TYPE_CHECKING:
    from .tables import cues_table, densities, voice_table

#: Public name -> the module that defines it, imported on first use (PEP 562): the tables need pandas,
#: which a corpus worker and ``predict`` never use (about half a second and 50 MB in every process).
_LAZY = {"cues_table": "tables", "densities": "tables", "voice_table": "tables"}

__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())

__all__ = [
    "CATEGORIES",
    "KINDS",
    "Cue",
    "accepted_cues",
    "cues_table",
    "densities",
    "find_cues",
    "judge",
    "judge_attributions",
    "judge_sentences",
    "SentenceJudgement",
    "voice_split",
    "voice_table",
]
