"""Issue 13, session 20 (hedge24): a belief over an evaluation or a norm is an opinion, not a claim left open.

The labelling notes read "I think it is inappropriate" (B's "considered it inappropriate") and "I staunchly
believe no two people should get married" (J) as no hedge. Rule ``belief_evaluation`` (news only) now also
covers:

- a longer subject before the "be" of the evaluation ("we think the whole case is very weak"; up to five
  tokens, with no verb in it: "I think all of us thought it was wrong" stays a hedge) and more evaluative
  words (``evaluation_adjective``: "weak", "harsh", "reasonable", ...);
- "I also thought ..." (rule ``past_belief``), "I feel this is ..." (rule ``impression_clause``) and "feel
  that" (now read by rule ``belief``) over an evaluation;
- a clause that states a duty, whoever holds it (``normative_modal``, ``normative_need``: "the panel
  believed that more must be done", "we feel that prices have to reflect costs"); an inference ("must have
  left", "must be doing something right") stays a hedge.

And "Think" capitalised after a lower-case word ("the Think Ahead website") is a name, no cue at all.

The speaker's own tentative view, "I would say ...", "I'd bet ...", "I would still place my money on ..."
(rule ``news_hedge``, news only), is a firm hedge: the weighed "would" left it to the sentence model, which
read it as certain.

Also from dev22/dev23 (labels only): "worried about" a thing is a fear (rule ``belief_clause``; "not worried
about" is none); "in danger of", "at risk of", "not yet known", "not convinced", "perceive(s) that", "for
fear of", "looks / looked to be" are hedges in news (rule ``news_hedge``); "No-one doubts ..." is a blocker;
"think for oneself", "didn't think to ask" hold no belief (rule ``think_about``); "as many songs as he
could" and "could remember / recall" are abilities (rule ``could``); "think" before a quotation mark
('You think "oh no"') is a thought given word for word (rule ``quoted_thought``, news only).

Every sentence here was written for these tests (none is copied from an article or a corpus).
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.hedging import judge
from analysis.hedging.cues import find_cues


def _judged(text: str) -> tuple[str, str]:
    [j] = judge(parse_article(text, id="t"), ())
    return ("U" if j.uncertain else "-"), j.uncertain_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a longer subject, a new evaluative word: an opinion (used to be firm_cue:think)
        ('"We think the whole case is very weak," she said.', ("-", "rejected:think/belief_evaluation")),
        (
            '"I think the mood in town is calm and reasonable," he said.',
            ("-", "rejected:think/belief_evaluation"),
        ),
        # past_belief and impression_clause over an evaluation
        ("I also thought the penalty was very harsh.", ("-", "rejected:thought/belief_evaluation")),
        ('"I feel this is a giant leap for the club."', ("-", "rejected:feel/belief_evaluation")),
        # a duty, whoever believes it
        (
            "The panel said its members believed that more must be done to cut waste.",
            ("-", "rejected:believed/belief_evaluation"),
        ),
        (
            '"We do feel that prices have to reflect costs," he said.',
            ("-", "rejected:feel that/belief_evaluation"),
        ),
        # near misses: a claim about others, a factual claim, an inference stay hedges
        ("I think all of us thought it was wrong.", ("U", "firm_cue:think")),
        ('"I think the ferry is running late," she said.', ("U", "firm_cue:think")),
        ("Police believe the thief must have left by the back door.", ("U", "firm_cue:believe")),
        ("People will think the mayor must be doing something right.", ("U", "firm_cue:think")),
        ("The board thought the merger would fail.", ("U", "firm_cue:thought")),
    ],
)
def test_belief_evaluation_widened(text: str, want: tuple[str, str]) -> None:
    assert _judged(text) == want


def test_capitalised_think_is_a_name() -> None:
    text = "The leak was first reported by the Think Ahead website."
    assert [c.text for c in find_cues(parse_article(text, id="t"))] == []
    assert _judged(text)[0] == "-"
    # the verb, lower case or opening the sentence, is still read as a belief
    assert _judged("They think the bridge will close.") == ("U", "firm_cue:think")
    assert _judged("Think the bridge will close?") == ("U", "firm_cue:think")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"I\'d say the bridge is safe," he said.', ("U", "firm_cue:i'd {own_view_adv}? {own_view_verb}")),
        ("I would just say it is a busy week.", ("U", "firm_cue:i would {own_view_adv}? {own_view_verb}")),
        (
            "I would still place my money on the home side.",
            ("U", "firm_cue:would {own_view_adv}? {stake_verb} my money"),
        ),
        # near miss: someone's reported future saying is no view held open
        ("He said he would say more on Monday.", ("-", "rejected:would/would")),
    ],
)
def test_own_tentative_view(text: str, want: tuple[str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Many shoppers are worried about rising rents.", ("U", "firm_cue:worried")),
        ("Worried about a backlash, the council held back.", ("U", "firm_cue:worried")),
        ("She was not worried about the cost.", ("-", "rejected:about/quantity")),
        ("The town is in danger of losing its only bank.", ("U", "firm_cue:in danger of")),
        ("Coastal homes are at risk of flooding this winter.", ("U", "firm_cue:at risk of")),
        ("The club has a new coach, although his name is not yet known.", ("U", "firm_cue:not yet known")),
        ('"I\'m not convinced the deal was fair," she said.', ("U", "firm_cue:not convinced")),
        ("Traders perceive that the bank will act soon.", ("U", "firm_cue:perceive that")),
        ("They shut the gate for fear of the dogs escaping.", ("U", "firm_cue:for fear of")),
        ("The runner looked to be in pain near the finish.", ("U", "firm_cue:looked to be")),
        # near misses: a doubt denied, thinking with no claim
        ('"No-one doubts the mayor is serious."', ("-", "")),
        ("Students are taught to think for themselves.", ("-", "rejected:think/think_about")),
        ("The band played as many songs as they could before midnight.", ("-", "rejected:could/could")),
        ("It was the worst storm she could remember.", ("-", "rejected:could/could")),
        # near miss: a possibility after a comparison stays a hedge
        ("The storm was as bad as forecast and could get worse.", ("U", "firm_cue:could")),
    ],
)
def test_news_hedges_dev22_dev23(text: str, want: tuple[str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('You think "not again" - and then it rains.', ("-", "rejected:think/quoted_thought")),
        ("Then you start to think: 'This is not my night.'", ("-", "rejected:think/quoted_thought")),
        # near miss: a belief with its clause stays a hedge
        ("You think the rain will stop soon.", ("U", "firm_cue:think")),
    ],
)
def test_quoted_thought(text: str, want: tuple[str, str]) -> None:
    assert _judged(text) == want
