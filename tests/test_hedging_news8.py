"""Issue 13, eighth round: uncertainty judged right on outlet-written news, from the error analysis of dev6
(18 Zyte news pages of outlets other than the test's): hopes, fears and expectations pointing at an event
left open, belief and impression words the news guideline lists ("seeming", "hinting", "sceptical of",
"anticipate", "are of the view", "They worry ...", "it looks fair", "Must have been"), and what reads as a
cue but leaves nothing open ("kept the team's hopes alive", "was supposed to be" a plan, "Do you think
...?", an "if" followed by a verb of telling that instructs nobody).

Every sentence here was written for these tests (none is copied from an article or a corpus). Sentences are
judged with ``attributions=()`` so that they do not move with the attribution analyzer.
"""

from __future__ import annotations

import re
import time

import pytest

from analysis import parse_article
from analysis.hedging import judge
from analysis.hedging.cues import scan


def judged(text: str) -> tuple[bool, str]:
    """The ``uncertain`` flag and rule of a one-sentence text (model probabilities written "p": they move
    when the model is retrained, the rules must not)."""
    [j] = judge(parse_article(text), ())
    return j.uncertain, re.sub(r"model \d\.\d\d", "model p", j.uncertain_rule)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # open_event_noun: a hope, fear or expectation pointing at an event that may or may not happen
        ("Hopes of a ceasefire lifted shares in Asia.", (True, "firm_cue:hopes/hope_is_open")),
        ("Markets rose on expectations of further rate cuts.", (True, "firm_cue:expectations")),
        ("Some worries over weaker demand next year weighed on copper.", (True, "firm_cue:worries")),
        ("The hope of recovery kept the index higher.", (True, "firm_cue:hope/hope_is_open")),
        ("Copper prices fell on oversupply concerns.", (True, "firm_cue:concerns")),
        ("Shares slid amid recession fears.", (True, "firm_cue:fears")),
        ("Years of suspicions of fraud followed the firm.", (True, "firm_cue:{allegation_noun}")),
        # ... a topic, not an event: a definite or possessive object, a state now, a charge
        ("Concerns over the national economy are growing.", (False, "")),
        ("The council addressed concerns about rising rents.", (False, "rejected:about/quantity")),
        ("Police held a man on suspicion of theft.", (False, "")),
        ("The defeat ended the club's title hopes.", (False, "")),
        # ... exclusions set by a sweep of the BBC corpus: a forecast figure compared with a result, a mood
        # denied, someone hoped for, a bare topic of a noun that names topics as often as events
        # session 19 (hedge23): a forecast noun with its figure is a hedge although the figure was missed
        # (labelling notes, later sessions: "analyst expectations of 374m euros"; readable splits 5 of 5
        # uncertain), so rule nominal_forecast now reads this sentence (open_event_noun still refuses it)
        ("Hiring was below expectations of 150,000 new jobs.", (True, "firm_cue:{forecast_noun}")),
        ("Output confounded hopes of a 0.4% rise.", (False, "")),
        ("Small parties have no hope of a seat.", (False, "")),
        ("They can speak without fear of arrest.", (False, "")),
        ("The coaches have high hopes for him.", (False, "")),
        # session 21: the plural "fears" points at a feared event whatever its object (class feared_mood;
        # the readable splits label 7 of 7 such sentences uncertain, this shape among them); was a topic
        ("Schools banned the phones over fears about privacy.", (True, "firm_cue:fears")),
        ("Schools banned the phones over concerns about privacy.", (False, "rejected:about/quantity")),
        ("Fears of injury ahead of the final kept him out.", (True, "firm_cue:fears")),
        # hope: a possessor's hopes are the noun, nothing left open ("kept ... hopes alive")
        ("The striker kept the club's hopes alive with a late goal.", (False, "")),
        # news_hedge: words the news guideline lists as hedges
        ("His seeming calm hid a long feud with the board.", (True, "firm_cue:seeming")),
        ("The minister denied the memo, hinting that it was forged.", (True, "firm_cue:hinting")),
        ("We remain sceptical of a quick rebound in sales.", (True, "firm_cue:sceptical of")),
        ("We anticipate strong demand for the new model.", (True, "firm_cue:anticipate")),
        ("Analysts are of the view that rates have peaked.", (True, "firm_cue:{be} of the view")),
        ("The trailer hinted at the scope of the game.", (False, "")),
        ("The aide hinted at a tax cut in the spring.", (True, "firm_cue:hinted")),
        ("Let's hope the rain stops.", (True, "firm_cue:hope/hope_is_open")),
        # belief_clause: "worry" / "worried" with a clause
        ("Residents worry the river will flood again.", (True, "firm_cue:worry")),
        ("She was worried the bridge would not hold.", (True, "firm_cue:worried")),
        ("The cost does not worry me.", (False, "")),
        # dropped_subject: "Thought I ..." opening a quotation
        ('"Thought I had done enough to win," he said.', (True, "firm_cue:thought")),
        # looks_impression: an impression, as "seems"
        ("So far it looks fair, the analyst said.", (True, "firm_cue:it looks")),
        ("The report looks at three schools.", (False, "")),
        # inferred_past: "must have" with a participle is an inference; with a noun an obligation
        ("Must have been a long night for the staff?", (True, "firm_cue:must have")),
        ("Drivers must have a valid licence.", (False, "")),
        ("To qualify, members must have been in the club for a year.", (False, "")),
        # plain rows: "chances are", counterfactual "otherwise would", "there is hope", a named question
        ("Chances are you own a phone with this chip.", (True, "firm_cue:chances are")),
        ("Her chances are slim this year.", (False, "")),
        ("The patients fared better than they otherwise would have.", (True, "firm_cue:otherwise would")),
        ("Doctors said there is still hope for the boy.", (True, "firm_cue:there {be} still hope")),
        ("Was the trip made to find out how weak the rival was?", (True, "firm_cue:find out {wh_question}")),
        # forecast_verb (BBC fact-check): the verb after its subject; the noun is no cue
        ("The company forecast sales growth of 3% next year.", (True, "firm_cue:forecast")),
        ("Analysts forecast a sharp fall in prices.", (True, "firm_cue:forecast")),
        ("The growth forecast for 2019 was cut.", (False, "")),
        ("Output beat forecasts.", (False, "")),
        ("Few shared the group's optimism that the plan would work.", (True, "firm_cue:optimism that")),
        # arguably: firm in news (Szeged's annotators weigh it)
        ("It is arguably the best team in the league.", (True, "firm_cue:arguably/arguably_is_open")),
        # planned_supposed: "was supposed to be" is a plan; "is supposed to be" passes a claim on
        (
            "The deal was supposed to be a small first step.",
            (False, "rejected:supposed to be/planned_supposed"),
        ),
        ("The cave is supposed to be haunted.", (True, "firm_cue:supposed to be")),
        # opinion_question: asking someone's opinion holds no claim open
        ("Do you think I was wrong to ask?", (False, "rejected:think/opinion_question")),
        # ... an interviewer's question without "do" (session 23, wikinews-2020-115); a statement stays
        ("What is one law you think needs changing?", (False, "rejected:think/opinion_question")),
        ("You think the law needs changing.", (True, "firm_cue:think")),
        # if: a verb of telling after the condition instructs only with its "to"
        (
            "I would not be upset if a friend asked me that.",
            (True, "firm_cue:if"),
        ),
        (
            "If anyone sees the van, they are asked to call police.",
            (False, "rejected:if/if"),
        ),
        # ... "asked <someone> if" names an open question
        ("When I asked my younger sister if the parcel had come, she laughed.", (True, "firm_cue:if")),
        # ... only a verb of asking reaches past three words: "knows she can run fast if" states an ability
        ("She knows she can run fast if she needs to.", (False, "rejected:if/stated_condition")),
    ],
)
def test_dev6_uncertainty_rules(text, want):
    assert judged(text) == want


def test_unowned_accusation_answered_by_its_target():
    """A verb answering the claim ends the search for its owner: "the city's police deny accusations of
    brutality" names who denies, not who accuses (a shield, rule ``unowned_claim``)."""
    [j] = judge(parse_article("The city's police deny accusations of brutality."), ())
    assert (j.uncertain, j.uncertain_rule) == (True, "firm_cue:{allegation_noun}")
    [k] = judge(parse_article("The city's accusations of brutality were rejected."), ())
    assert k.uncertain_rule != "firm_cue:{allegation_noun}"


def test_szeged_reading_of_the_dev6_rows():
    """The news-only rows of this round do not match under the Szeged annotation, so the features the model
    learns from do not change ("must" stays the booster it was)."""
    text = "Hopes of a deal grew. Must have been hard. We anticipate a rise. They worry it will fail."
    news = [[(m.pattern, m.rule) for m in sc.matches] for sc in scan(parse_article(text))]
    szeged = [[(m.pattern, m.rule) for m in sc.matches] for sc in scan(parse_article(text), "szeged")]
    assert news == [
        [("hopes", "open_event_noun")],
        [("must have", "inferred_past")],
        [("anticipate", "news_hedge")],
        [("worry", "belief_clause")],
    ]
    assert szeged == [[], [("must", "must")], [], []]


@pytest.mark.parametrize(
    "sentence",
    [
        "hopes of a deal and fears of a war and worries over ",
        "when I asked a friend and a neighbour if it rained and if ",
        "they worry the talks fail and we anticipate that it looks ",
    ],
)
def test_dev6_rules_stay_linear_on_a_run_on_sentence(sentence):
    """Each rule reads a bounded window around its cue: 100,000 characters without a full stop judge in well
    under a second, and every span stays inside the text."""
    text = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    article = parse_article(text)
    t0 = time.process_time()
    rows = judge(article, ())
    assert time.process_time() - t0 < 1.0
    assert rows and all(0 <= r.start <= r.end <= len(text) for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hopes", [(False, "")]),  # one word: the mood noun with nothing after it
        ("HOPES OF A DEAL LIFTED STOCKS.", [(True, "firm_cue:hopes/hope_is_open")]),  # all capitals
        ("Thought", [(False, "")]),
        ("must have", [(False, "")]),  # nothing after "have": no inference
        ("Sie hoffen auf einen Waffenstillstand.", [(False, "")]),  # another language
        ('" "', []),  # quote marks only
    ],
)
def test_bad_inputs_give_a_judgement_not_an_exception(text, expected):
    rows = judge(parse_article(text), ())
    got = [(r.uncertain, r.uncertain_rule) for r in rows if text[r.start : r.end].strip('" ')]
    assert got == expected
    assert all(0 <= r.start <= r.end <= len(text) for r in rows)
