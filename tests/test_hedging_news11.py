"""Issue 13, eleventh round (session 10, hedge13m): general mechanisms read in dev11 (15 publishers), each
checked against the guideline before it was written.

- An embedded question after a verb or noun of wondering is an open question (the guideline's "open
  questions"): "many wondered how the appointment would affect the talks", "questions over how he will
  manage", "questioned if that made him a criminal". Not "why" (it grants what it asks about: "wondered why
  the state bothered" is a complaint), nor questions with an object ("questions about the cost").

Every sentence here was written for these tests (none is copied from an article or a corpus).
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.hedging import judge


WONDER = (True, "firm_cue:{wonder_verb} {open_wh}")
QUESTION = (True, "firm_cue:{question_noun} {question_prep} {open_wh}")


def _uncertain(text: str) -> tuple[bool, str]:
    j = judge(parse_article(text, id="t"))[0]
    return j.uncertain, j.uncertain_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Many residents wondered how the merger would change the town.", WONDER),
        ("Fans are wondering what the new coach will do.", WONDER),
        ("The delay has created questions over how the council will pay.", QUESTION),
        ("It raises questions on who will lead the party.", QUESTION),
        ("She questioned if the rule made her a criminal.", (True, "firm_cue:if")),
        # a why-question grants what it asks about; an object is no question
        ("One reader wondered why the city bothered to print the leaflet.", (False, "")),
        ("He stumbled through questions about the cost of the plan.", (False, "rejected:about/quantity")),
        ("The minister answered questions on the budget.", (False, "")),
    ],
)
def test_embedded_open_question(text, want):
    assert _uncertain(text) == want
