"""What follows an announcing passive's participle when it is only the occasion of the announcement.

Rule ``passive_adjunct``: "The discovery was announced in an article published Monday", "The first cases
were confirmed on November 12", "Two more titles were revealed last week": the subject is what was
announced; the phrase after the participle says when, where or in what it was announced, and is no part
of the content. ``passive_clause`` took it as the content's second fragment (PolNeAR's frame for "X is
expected to Y", "X was declared the winner", where what follows is the rest of the belief). The readable
Wikinews splits label the subject alone in all six such passives (recall19: dev7, dev9, dev18 of four
publishers; the second fragment made three of them miss their pair). Cues of other classes keep the
phrase: "was reported in critical condition", "is expected in March" say what is reported or expected.
"""

from __future__ import annotations

from collections.abc import Sequence

from .rule_words import WORDS

#: The cue class (``passive_cues.tsv``) whose passive content is the subject alone before an adjunct.
ANNOUNCING = "announcing"


def passive_adjunct(lw: Sequence[str], a: int, b: int, cue_class: str) -> bool:
    """Rule ``passive_adjunct``: is the text after a passive cue (lower-cased tokens ``a`` to ``b``) of the
    announcing class only an adjunct, opened by a word of ``adjunct_lead`` (``rule_words.tsv``: "in",
    "on", "over", "last", ...), so that the content is the passive's subject alone?

    >>> passive_adjunct(["in", "an", "article"], 0, 3, "announcing")
    True
    >>> passive_adjunct(["in", "critical", "condition"], 0, 3, "neutral")
    False
    >>> passive_adjunct(["as", "the", "new", "coach"], 0, 4, "announcing")
    False
    """
    return cue_class == ANNOUNCING and a < b and lw[a] in WORDS.adjunct_lead
