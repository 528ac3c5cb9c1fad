"""Issue 13, session 22 (hedge26): duties, claims nobody made, permissions, optimism, closed questions.

From a fact-check of unread Wikinews pages and the labels of the readable splits (labels only; counts in the
data files' headers and the rules' docstrings):

- "are expected to" after a plural role noun (class ``duty_holder``: "Members are expected to attend") states
  a duty, not a forecast passed on (rule ``duty``); with a time word or a number after it, it is a forecast
  again ("are expected to vote next week");
- an allegation quantified by "any" / "no" (class ``claim_any_det``) is no claim made, so nothing is passed on
  (rule ``unowned_claim``);
- "may" before an adverb of class ``permission_adverb`` ("may freely move") is a permission (rule ``may``);
- "optimistic" is a hedge in news with or without a clause, and "not quite / so ... sure" as "not sure"
  (rule ``news_hedge``);
- "no idea / no clue" before an open question, "on course to / for" (rule ``news_hedge``);
- a whether-clause said not to matter ("it is irrelevant whether", "makes no difference whether") is no open
  question (rule ``whether``, class ``closed_whether``);
- "far from clear", "(not) conclusive", "inconclusive", "the jury is still out", "you never know" are hedges
  in news (rule ``news_hedge``);
- "I think it makes (a lot of) sense" is an opinion over an evaluation (rule ``belief_evaluation``, class
  ``sense_verb``).
- a trailing "if" after a verb of threat or warning (class ``threat_verb``: "warned Iran of countermeasures
  if ...", "threatened to use live fire if ...") is an open condition (rule ``if``, not ``stated_condition``).
- "suggested (that)" + a singular subject + a base-form verb of class ``subjunctive_verb`` is advice
  ("suggested that the patient change his diet": rule ``suggest_advice``).
- a reception by a vague group is weasel wording ("lukewarm reviews from critics", "was poorly received by
  critics": class ``objection_noun``, and a new weasel row after ``reception_pp``).
- blockers: a copyright line's "may not be published / reproduced ..." (permission) and "feel that way".

Every sentence here was written for these tests (none is copied from an article or a corpus).
"""

from __future__ import annotations

import re

import pytest

from analysis import parse_article
from analysis.hedging import judge


def _judged(text: str) -> tuple[str, str, str]:
    [j] = judge(parse_article(text, id="t"), ())
    return ("U" if j.uncertain else "-"), ("W" if j.weasel else "-"), j.uncertain_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a role's standing duty (was UW: hearsay)
        (
            "Members are expected to attend every meeting.",
            ("-", "-", "weighed:expected(model p); rejected:{be} expected to/duty"),
        ),
        (
            "Pupils are expected to wear a blazer in class.",
            ("-", "-", "weighed:expected(model p); rejected:{be} expected to/duty"),
        ),
        # near misses: the same nouns with a time word or a number, and a person's forecast, stay forecasts
        (
            "Union members are expected to vote on the offer next week.",
            ("U", "W", "firm_cue:{be} expected to"),
        ),
        ("Members are expected to back the plan on Tuesday.", ("U", "W", "firm_cue:{be} expected to")),
        ("Staff are expected to number 2,000 by the spring.", ("U", "W", "firm_cue:{be} expected to")),
        ("The mayor is expected to attend the opening.", ("U", "W", "firm_cue:{be} expected to")),
    ],
)
def test_a_role_expected_to_do_something_is_a_duty(text: str, want: tuple[str, str, str]) -> None:
    got = _judged(text)
    assert got[:2] == want[:2]
    assert _no_p(got[2]) == want[2]


def _no_p(rule: str) -> str:
    """The rule string with the model's probability replaced by ``p`` (it moves when the lead retrains)."""
    return re.sub(r"model [0-9.]+", "model p", rule)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a kind of allegation, none made (was UW through unowned_claim)
        ("He denied any sexual allegations against him.", ("-", "-", "weighed:allegations(model p)")),
        ("There were no allegations of misconduct at the club.", ("-", "-", "weighed:allegations(model p)")),
        # near misses: an allegation made by nobody named stays a shield
        ("The vote was marred by allegations of fraud.", ("U", "W", "firm_cue:{allegation_noun}")),
        (
            "He resigned after sexual misconduct allegations came to light.",
            ("U", "W", "firm_cue:{allegation_noun}"),
        ),
    ],
)
def test_any_allegation_is_no_claim_passed_on(text: str, want: tuple[str, str, str]) -> None:
    got = _judged(text)
    assert (got[0], got[1], _no_p(got[2])) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a permission with its manner (was U: firm_cue:may)
        (
            "Under the new rules, residents may freely move between the two zones.",
            ("-", "-", "rejected:may/may"),
        ),
        ("Once registered, dealers may legally sell the land.", ("-", "-", "rejected:may/may")),
        # near misses: a possibility, and "may" with another adverb
        ("The storm may hit the coast on Friday.", ("U", "-", "firm_cue:may")),
        ("The storm may well hit the coast on Friday.", ("U", "-", "firm_cue:may well")),
    ],
)
def test_may_with_a_permission_adverb_is_a_permission(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # optimism with no clause (was no cue: the row needed a clause)
        ("I am reasonably optimistic about the second half.", ("U", "-", "firm_cue:optimistic")),
        ("That is the optimistic view of the chairman.", ("U", "-", "firm_cue:optimistic")),
        # doubt with a degree word (was refused as the booster "sure")
        ("The fans are not quite sure what to make of the new kit.", ("U", "-", "firm_cue:not quite sure")),
        ("Other lenders were not so sure about the plan.", ("U", "-", "firm_cue:not so sure")),
        # no idea of an open question; a forecast on course
        ("I have no idea what the board will decide.", ("U", "-", "firm_cue:no idea {open_wh}")),
        ("The bank is on course for a record profit this year.",
         ("U", "-", "firm_cue:on course for {determiner}")),  # fmt: skip
        # near misses: certainty, a hopeful mood without a clause, no question after "no clue"
        ("I am sure the team will recover.", ("-", "-", "")),
        ("The union remained hopeful.", ("-", "-", "")),
        ("The doctors had no clue as to the cause.", ("-", "-", "")),
    ],
)
def test_optimism_doubt_and_forecasts(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a question said not to matter (was U: firm_cue:whether)
        (
            "He said it was irrelevant whether the post was renamed.",
            ("-", "-", "rejected:whether/whether"),
        ),
        (
            "The minister said it made little difference whether the tax was cut.",
            ("-", "-", "rejected:whether/whether"),
        ),
        # near miss: an open question
        ("The panel asked whether the tax will be cut.", ("U", "-", "firm_cue:whether")),
    ],
)
def test_whether_that_does_not_matter(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


def test_data_sources_named() -> None:
    """The new classes carry their source in the data file's header comments (no literals in code)."""
    from analysis.hedging.cues import lexicon

    classes = lexicon().classes
    assert {"members", "pupils"} <= classes["duty_holder"]
    assert classes["claim_any_det"] == frozenset({"any", "no"})
    assert "freely" in classes["permission_adverb"]
    assert {"irrelevant", "difference"} <= classes["closed_whether"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # phrases of doubt (were no cue)
        ("The answer is far from clear.", ("U", "-", "firm_cue:far from clear")),
        ("The jury is still out on the new stadium.", ("U", "-", "firm_cue:jury is still out")),
        ("The tests of the water were not conclusive.", ("U", "-", "firm_cue:{negator} conclusive")),
        ("The tests of the water were inconclusive.", ("U", "-", "firm_cue:inconclusive")),
        ("You never know what the weather will do.", ("U", "-", "firm_cue:you never know")),
        # near misses: a settled result, a jury that has retired to decide
        ("The tests of the water were conclusive.", ("-", "-", "")),
        ("The jury went out at noon.", ("-", "-", "")),
    ],
)
def test_phrases_of_doubt(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an opinion over "makes sense" (was U: firm_cue:think)
        ("I don't think the new route makes a lot of sense.", ("-", "-", "rejected:think/belief_evaluation")),
        ("We think the plan makes sense.", ("-", "-", "rejected:think/belief_evaluation")),
        # near miss: a claim about what the plan makes stays a belief held open
        ("I think the plan makes money by the summer.", ("U", "-", "firm_cue:think")),
    ],
)
def test_think_it_makes_sense_is_an_opinion(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a threat or a warning hangs on an event to come (was refused: stated_condition)
        (
            "The president warned the rebels of air strikes if the fighting continued.",
            ("U", "-", "firm_cue:if"),
        ),
        ("Police threatened to use water cannon if the crowd stayed.", ("U", "-", "firm_cue:if")),
        # near misses: a rule's condition, and a threat in another clause before a comma
        ("The rules let players rejoin if cleared by a doctor.", ("-", "-", "rejected:if/stated_condition")),
        (
            "The union threatened a strike, and members can vote if they paid their dues.",
            ("-", "-", "rejected:if/stated_condition"),
        ),
    ],
)
def test_a_threat_with_if_is_an_open_condition(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a subjunctive after a singular subject: advice (was U: firm_cue:suggested)
        (
            "The doctor suggested that the patient change his diet.",
            ("-", "-", "rejected:suggested/suggest_advice"),
        ),
        (
            "The envoy suggested that Lisbon resume talks in the spring.",
            ("-", "-", "rejected:suggested/suggest_advice"),
        ),
        # near misses: evidence put forward, a past tense that reads as a claim, a plural subject
        ("The survey suggested that the town has grown.", ("U", "-", "firm_cue:suggested")),
        ("The survey suggested the plan cut jobs.", ("U", "-", "firm_cue:suggested")),
        ("The survey suggested the firms change their plans often.", ("U", "-", "firm_cue:suggested")),
    ],
)
def test_suggest_with_a_subjunctive_is_advice(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a reception voiced by a vague group (was no flag)
        ("Despite cool reviews from critics, the play ran for a year.", ("-", "W", "")),
        ("The album was poorly received by critics.", ("-", "W", "")),
        # near misses: a named reviewer, a response from a named person
        ("The album was poorly received by the Herald's reviewer Ann Lee.", ("-", "-", "")),
        ("The plan drew a response from the minister.", ("-", "-", "")),
    ],
)
def test_a_reception_by_a_vague_group_is_weasel(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # blockers (were U: firm_cue:may, firm_cue:feel that)
        ("This story may not be published or redistributed without consent.", ("-", "-", "")),
        ("I no longer feel that way after the defeat.", ("-", "-", "")),
        # near misses: a possibility after the blocked words, a belief with a clause
        ("I feel that way too, but the vote may fail.", ("U", "-", "firm_cue:may")),
        ("I feel that the vote will fail.", ("U", "-", "firm_cue:feel that")),
    ],
)
def test_copyright_lines_and_feel_that_way(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want
