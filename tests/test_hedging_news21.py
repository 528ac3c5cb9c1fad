"""Issue 13, session 21 (hedge25): fears, hopes, "it is understood", longer opinion subjects, advice.

From the labels of the readable splits (labels only; counts in the data files' headers and the rules'
docstrings):

- the plural "fears" before "of", "over", "about" points at a feared event whatever its object ("fears
  about the spread of the disease", "fears of inflation"): rule ``open_event_noun``, class ``feared_mood``;
  "concerns about the state of the pitch" (a topic) and a singular "fear of heights" stay no cue;
- "it is understood" with no source is a shield in news (uncertain and weasel; rule ``news_hedge``);
- a hope held as a clause or a purpose ("My hope is that ...", "It is our hope that ...", "in the hope
  of ...", "pinned their hopes on ...") is a hedge in news (rule ``news_hedge``);
- an opinion's subject may run to seven tokens, a bracketed gloss not counted ("I think the claims against
  the former minister are unfair": rule ``belief_evaluation``); a forecast with the same subject stays a
  hedge;
- "suggest" with a clause that states a duty is advice ("suggested that the school needs to hire more
  staff": rule ``suggest_advice``); a "should" of prediction in it is still a hedge of its own;
- the progressive "are estimating 15%" is a source's estimate (rule ``estimate``); a method's "estimating"
  is not;
- a trailing "if" before a participle of a decision still pending ("faces ten years in prison if
  convicted", "will take the post if selected": class ``pending_decision``) leaves the condition open (rule
  ``if``); a rule's condition ("can rejoin if cleared by a doctor") stays ``stated_condition``;
- "foresee(s)", "run(s) the risk of", "not guaranteed", "no guarantee" are hedges in news (rule
  ``news_hedge``);
- "possibility" is a firm cue in news (guidelines.tsv ``possibility_noun``), unless denied ("without the
  possibility of parole": rule ``denied_possibility``) or a penalty (``possible_penalty``).

Every sentence here was written for these tests (none is copied from an article or a corpus).
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.hedging import judge


def _judged(text: str) -> tuple[str, str, str]:
    [j] = judge(parse_article(text, id="t"), ())
    return ("U" if j.uncertain else "-"), ("W" if j.weasel else "-"), j.uncertain_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the plural "fears" with any object: a feared event (was: no cue, or about/quantity refused)
        (
            "The council closed the pool over fears about the safety of swimmers.",
            ("U", "-", "firm_cue:fears"),
        ),
        ("Prices rose on fears of a shortage in the spring.", ("U", "-", "firm_cue:fears")),
        # near misses: a singular fear of a thing, a denied fear, a concern about a topic
        ("The fear of heights kept him off the roof.", ("-", "-", "")),
        ("There are no fears about the outcome, the coach said.", ("-", "-", "rejected:about/quantity")),
        ("The club raised its concerns about the state of the pitch.", ("-", "-", "rejected:about/quantity")),
    ],
)
def test_fears_point_at_an_event(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "it is understood": a claim passed on (was weasel only)
        ("It is understood the talks broke down on Tuesday.", ("U", "W", "firm_cue:it {be} understood")),
        ("It is understood that the minister will resign.", ("U", "W", "firm_cue:it {be} understood")),
        # hopes as clauses and purposes (were no cue: the noun rows need a preposition)
        ("Our hope is that the bridge reopens before winter.", ("U", "-", "firm_cue:hope is that")),
        ("It is our hope that the players return safely.", ("U", "-", "firm_cue:our hope that")),
        ("The town planted trees in the hope of cooling the streets.", ("U", "-", "firm_cue:in the hope of")),
        (
            "The farmers have pinned their hopes on a wet spring.",
            ("U", "-", "firm_cue:pinned their hopes on"),
        ),
        # near misses: a hope that is a person or a manner, no clause and no purpose
        ("The hope of the nation rests on her.", ("-", "-", "")),
        ("She read the letter with hope.", ("-", "-", "")),
    ],
)
def test_understood_and_hopes(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a six-token subject, a bracketed gloss: an opinion (was firm_cue:think)
        (
            '"I think the claims against the former minister are unfair," she said.',
            ("-", "-", "rejected:think/belief_evaluation"),
        ),
        (
            '"I think the new scheme (a card, issued free by the council to every pupil) is very important,"'
            " he said.",
            ("-", "-", "rejected:think/belief_evaluation"),
        ),
        # near misses: the same subjects with a forecast stay hedges
        (
            '"I think the claims against the former minister are going to collapse," she said.',
            ("U", "-", "firm_cue:think"),
        ),
        (
            '"I think the new scheme (a card, issued free by the council) will fail," he said.',
            ("U", "-", "firm_cue:think"),
        ),
    ],
)
def test_longer_opinion_subject(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a duty in the suggested clause: advice (was firm_cue:suggested)
        (
            "The tutors suggested that the school needs to hire more staff.",
            ("-", "-", "rejected:suggested/suggest_advice"),
        ),
        ("He suggested that I should try the other road.", ("-", "-", "rejected:suggested/suggest_advice")),
        # near misses: evidence put forward stays a hedge; a "should" of prediction is judged on its own
        ("The figures suggest that prices could fall further.", ("U", "-", "firm_cue:suggest")),
        ("The figures suggest prices should fall next year.", ("U", "-", "firm_cue:should")),
    ],
)
def test_suggested_duty_is_advice(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a trailing "if" before a decision still pending: open (was rejected:if/stated_condition)
        ("The driver faces up to ten years in prison if convicted of the charge.", ("U", "-", "firm_cue:if")),
        ('"I intend to take the post if selected," she said.', ("U", "-", "firm_cue:if")),
        ("The treaty takes effect in May if ratified by the senate.", ("U", "-", "firm_cue:if")),
        # near misses: the condition of a rule or a state, no decision pending
        ("Players can rejoin the match if cleared by a doctor.", ("-", "-", "rejected:if/stated_condition")),
        ("The bridge is closed to lorries if wet.", ("-", "-", "rejected:if/stated_condition")),
    ],
)
def test_condition_on_a_pending_decision(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the progressive: a source's estimate (was no cue)
        ('"In the north they are estimating a rise of 4%," she said.', ("U", "-", "firm_cue:estimating")),
        # near miss: a method, no estimate put forward
        (
            "The team found a new way of estimating the age of trees.",
            ("-", "-", "rejected:estimating/estimate"),
        ),
    ],
)
def test_progressive_estimate(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # forecasts and possibilities of the guideline (were no cue)
        ("The bank foresees a slow recovery in the second half.", ("U", "-", "firm_cue:foresees")),
        (
            "Without repairs the town runs the risk of flooding every winter.",
            ("U", "-", "firm_cue:runs the risk of"),
        ),
        ("A place in the final is not guaranteed.", ("U", "-", "firm_cue:not guaranteed")),
        ("There is no guarantee the talks will succeed.", ("U", "-", "firm_cue:no guarantee")),
        # near misses: a denied past forecast, a guarantee given
        ("Nobody foresaw the crash.", ("-", "-", "")),
        ("The warranty guaranteed a refund.", ("-", "-", "")),
    ],
)
def test_forecasts_and_open_outcomes(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "possibility" is firm in news (was weighed by the model, which read these as certain)
        (
            "The council is exploring the possibility of a new bridge.",
            ("U", "-", "firm_cue:possibility/possibility_noun"),
        ),
        (
            "There was some possibility of a deal, he added.",
            ("U", "-", "firm_cue:possibility/possibility_noun"),
        ),
        # near misses: a possibility denied, a penalty the law allows
        (
            "He was jailed for life without the possibility of parole.",
            ("-", "-", "rejected:possibility/denied_possibility"),
        ),
        ("There is no possibility of a refund.", ("-", "-", "rejected:possibility/denied_possibility")),
        (
            "The charge carries the possibility of a life sentence.",
            ("-", "-", "rejected:possibility/possible_penalty"),
        ),
    ],
)
def test_possibility_is_firm_unless_denied(text: str, want: tuple[str, str, str]) -> None:
    assert _judged(text) == want
