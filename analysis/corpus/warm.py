"""Imported by the local worker pool's fork server (``--workers N``): load once what every worker needs.

The word lists, the pronouncing dictionary and the two models are loaded on first use, about 1.3 s of CPU
in each process. The fork server imports this module once before it forks the workers, so they start
with all of it loaded (and frozen out of the garbage collector's sight, :func:`analysis.runtime.settle`)
instead of each loading it again while the other cores are busy. Nothing here changes a result: the same
lexicons are loaded either way, only earlier and once.
"""

from __future__ import annotations

from ..record import Record
from ..runtime import settle
from .runner import analyse_partition

#: A short article that reaches every analyzer: a headline, a named and a pronoun source, a quotation,
#: an "according to", hedges and a weasel phrase, figures and a symbol read aloud.
SAMPLE = (
    "Council Approves New Budget\n\n"
    "The city council approved a $5 million budget on Monday, Mayor Jane Smith said. "
    '"It may well be the hardest vote we have taken," she told reporters. '
    "Some critics argue the plan could possibly fail, according to a report by the Associated Press.\n\n"
    "Officials, who spoke on condition of anonymity, said 40% of the money would go to schools."
)


def warm_up() -> None:
    """Run the corpus pipeline once on :data:`SAMPLE` and freeze what it loaded."""
    analyse_partition([(0, "warm-up", Record("warm-up", SAMPLE, "warm-up"), "warm-up", "", "")])
    settle()


warm_up()
