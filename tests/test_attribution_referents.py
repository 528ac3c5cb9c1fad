"""What a definite description refers back to (issue 12 item 2, issue 13): ``named_antecedent``.

"the experts" after "Experts from Wren Kitchens", "the expert" after "expert Radek Babicek" (dev11, a
gardening article): a reader takes "the" and a role noun as someone the article introduced, and when the
introduction names them the description rests on a source the reader can check. Every sentence here was
written for these tests (none is copied from an article or a corpus).
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.attribution import named_antecedent
from analysis.hedging import judge


def _antecedent(text: str, description: str) -> str:
    at = text.rindex(description)
    return named_antecedent(text, at, at + len(description))


@pytest.mark.parametrize(
    ("text", "description", "want"),
    [
        ("Experts from Wren Kitchens met. The experts agree.", "The experts", "Experts from Wren Kitchens"),
        (
            "Researchers at NASA met on Monday. Later the researchers said it was cold.",
            "the researchers",
            "Researchers at NASA",
        ),
        (
            "NASA's scientists met on Monday. Later the scientists said it was cold.",
            "the scientists",
            "NASA's scientists",
        ),
        (
            '"It grows," said expert Radek Novak. "Water it," the expert explains.',
            "the expert",
            "Radek Novak",
        ),
        (
            "Indiana Gov. Eric Holcomb signed the bill. The governor said it was fair.",
            "The governor",
            "Eric Holcomb",
        ),
        # nothing named: the group or person stays unnamed
        ("Experts met. The experts agree.", "The experts", ""),
        ("Some experts say it is fine. The experts agree.", "The experts", ""),
        # "of" says what critics oppose, not where they come from
        ("Critics of Donald Trump say it fails. The critics agree.", "The critics", ""),
        # introduced only after the description: nothing to refer back to
        ("The experts agree. Experts from Wren Kitchens met.", "The experts", ""),
        # a longer description is judged by its own words; a sentence alone has no antecedent
        ("Experts from Wren Kitchens met. The plant experts agree.", "The plant experts", ""),
        ('"It grows fast," the expert explains.', "the expert", ""),
        ("", "", ""),
    ],
)
def test_named_antecedent(text: str, description: str, want: str) -> None:
    assert _antecedent(text, description) == want


def test_named_antecedent_ignores_spans_outside_a_description() -> None:
    text = "Experts from Wren Kitchens met. The experts agree."
    assert named_antecedent(text, 0, 7) == ""  # "Experts": no "the"
    assert named_antecedent(text, 40, 10) == ""  # an empty span


def test_named_antecedent_is_the_last_person_titled_before_each_description() -> None:
    # one article asked twice: each description refers back to the governor named last before it, and a
    # governor named only later is no antecedent
    text = "Indiana Gov. Eric Holcomb spoke. The governor left. Ohio Gov. Ann Lee came. The governor said no."
    first, last = text.index("The governor"), text.rindex("The governor")
    assert named_antecedent(text, first, first + 12) == "Eric Holcomb"
    assert named_antecedent(text, last, last + 12) == "Ann Lee"
    assert named_antecedent("The governor said no. Indiana Gov. Eric Holcomb spoke.", 0, 12) == ""


def test_hedging_does_not_flag_a_description_the_article_named_before() -> None:
    # whole articles (the reports and corpus runs); the benchmark judges each sentence alone
    named = judge(
        parse_article(
            "Plants\n\nExperts from Green Gardens tested twenty plants. The experts recommend an ivy plant "
            "for the kitchen.",
            id="t",
        )
    )
    assert [(j.weasel, j.anonymous_source) for j in named] == [(False, False)] * 3
    person = judge(
        parse_article(
            'Plants\n\n"Water it weekly," said expert Radek Novak of Green Gardens. "It grows fast," the '
            "expert explains.",
            id="t",
        )
    )
    assert [(j.weasel, j.anonymous_source) for j in person] == [(False, False)] * 3
    alone = judge(parse_article('Plants\n\n"It grows fast," the expert explains.', id="t"))
    assert [(j.anonymous_source, j.anonymous_rule) for j in alone][1] == (True, "anonymous_person:the expert")
