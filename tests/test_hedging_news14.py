"""Issue 13, session 14 (hedge18): weasel misses of dev16, dev17 and the readable splits, as rules.

From the error lists of the readable splits (labels only), grouped by construction:

- ``agentless_expectation``: an expectation passed on with nobody written as holding it, in the forms the
  row "{be} expected to" misses ("A ruling is expected early next month", "It had been expected the bank
  would ...", "has been anticipated", "are tipped to", "widely predicted"): uncertain and weasel (a shield).
- ``raised_mood``: "widespread fears of ...", "Concerns were also raised about ...", "Speculation has
  mounted": a mood nobody holds by name, weasel.
- ``ongoing_say``: "Some fans have been saying ...": a vague group's saying, weasel.

Every sentence here was written for these tests (none is copied from an article or a corpus). Weasel
flags are judged from the cue patterns alone (``attributions=()``) so that they do not move with the
attribution analyzer.
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.hedging import judge
from analysis.hedging.cues import scan


def _judged(text: str) -> tuple[str, str, str]:
    [j] = judge(parse_article(text, id="t"), ())
    return ("U" if j.uncertain else "-") + ("W" if j.weasel else "-"), j.uncertain_rule, j.weasel_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # agentless_expectation: a time or the clause's end after "is expected", an "it" subject
        (
            "A ruling is expected early next month.",
            ("UW", "firm_cue:{be} expected", "shield_cue:{be} expected"),
        ),
        (
            "More than 30 are expected by year-end.",
            ("UW", "firm_cue:{be} expected", "shield_cue:{be} expected"),
        ),
        (
            "It had been expected the bank would be sold first.",
            ("UW", "firm_cue:{be} expected", "shield_cue:{be} expected"),
        ),
        (
            "A new bid has been anticipated since the talks began.",
            ("UW", "firm_cue:{be} anticipated", "shield_cue:{be} anticipated"),
        ),
        (
            "Rates are tipped to rise by a quarter point.",
            ("UW", "firm_cue:{be} tipped", "shield_cue:{be} tipped"),
        ),
        (
            "With the vote widely predicted for June, MPs were restless.",
            ("UW", "firm_cue:{weasel_adv} {forecast_pp}", "shield_cue:{weasel_adv} {forecast_pp}"),
        ),
        # raised_mood: a mood said to be widespread or to have been raised, nobody holding it
        (
            "Concerns were also raised about the council's plan.",
            ("-W", "rejected:about/quantity", "weasel_pattern:{be} {mood_rise_adv}? {mood_rise}"),
        ),
        (
            "Speculation has mounted since the chairman left.",
            ("UW", "firm_cue:speculation", "weasel_pattern:{have_aux} {mood_rise_adv}? {mood_rise}"),
        ),
        (
            "Prices fell despite widespread fears of a slowdown.",
            ("UW", "firm_cue:fears", "weasel_pattern:widespread {spread_mood_noun}"),
        ),
        # ongoing_say: a vague group's perfect progressive saying
        (
            "Some fans have been saying the coach should quit.",
            ("-W", "", "weasel_pattern:{vague_quant} {vague_source} {have_aux} been {say_ing}"),
        ),
    ],
)
def test_session14_weasel_rules(text, want):
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a comment on what happened, a holder after "by", "expected to" (its own row), a holder's
        # possessive, and a "tipped" that is no forecast
        ("That is to be expected, he said.", "--"),
        ("A decision is expected by the board.", "U-"),
        ("The unions' concerns were raised with the minister.", "--"),
        ("The waiter was tipped generously.", "--"),
        ("Results were better than expected.", "--"),
        ("Profits have grown since the merger.", "--"),
        ("Questions were raised about the cost.", "--"),
    ],
)
def test_session14_rules_leave_other_readings(text, want):
    assert _judged(text)[0] == want


def test_session14_rules_are_news_only():
    # under the Szeged annotation the new rows never match: the sentence model's features stay as trained
    text = "A ruling is expected early next month. Concerns were also raised, and some have been saying so."
    a = parse_article(text, id="t")
    rules = {g: {m.rule for sc in scan(a, guideline=g) for m in sc.matches} for g in ("news", "szeged")}
    new = {"agentless_expectation", "raised_mood", "ongoing_say"}
    assert new <= rules["news"]
    assert not new & rules["szeged"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # belief_evaluation (widened): a third person's "thought" over a quoted verdict is an opinion
        (
            'The mayor said he thought the fines were "entirely justified" and fair.',
            ("--", "rejected:thought/belief_evaluation"),
        ),
        ('She said she thought the report was a "non-story".', ("--", "rejected:thought/belief_evaluation")),
        # a claim about the world, or a forecast with a modal, stays a belief held open
        ("He thought the bridge was unsafe.", ("U-", "firm_cue:thought")),
        ('He thought it would be "justified" later.', ("U-", "firm_cue:thought")),
    ],
)
def test_quoted_verdict_is_no_hedge(text, want):
    assert _judged(text)[:2] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # inverted_should: an inverted condition left open (a future modal in the sentence, or leading it)
        ("The board asked how the city will pay its debts should they keep rising.", "firm_cue:should"),
        ("Should the bid fail, the firm would sell the unit.", "firm_cue:should"),
        # epistemic_should, widened: an adverb between, "be ... enough", more verbs of effect
        ("The injuries should at least give the young players a chance.", "firm_cue:should"),
        ("By then the pound should be strong enough to calm markets.", "firm_cue:should"),
        ("Merging the two teams should produce a strong side.", "firm_cue:should"),
    ],
)
def test_session14_should(text, want):
    assert _judged(text)[:2] == ("U-", want)


@pytest.mark.parametrize(
    "text",
    [
        "Buyers keep the right to cancel orders should the price exceed the cap.",  # a term, no future modal
        "And neither should you.",
        "Should the limit stay at nine?",
        "You should be careful enough to check.",  # a person's duty
        "We should give them a chance.",
    ],
)
def test_session14_should_leaves_duties_and_questions(text):
    assert _judged(text)[0] == "--"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # rate_comparison: how often groups do something, compared
        (
            "Older drivers were less likely than teenagers to crash at night.",
            ("--", "rejected:likely/rate_comparison"),
        ),
        # a probability stays a hedge
        ("The storm is more likely than not to hit the coast.", ("U-", "firm_cue:likely")),
        ("Rain is likely later.", ("U-", "firm_cue:likely")),
    ],
)
def test_rate_comparison(text, want):
    assert _judged(text)[:2] == want
