"""Issue 13, session 17 (hedge21): uncertain and weasel errors of dev20, dev19 and the readable splits.

From the error lists of dev20, dev19 and the other readable splits (labels only), five constructions that
recur across publishers, each a news-only rule (``guidelines.tsv``; the Szeged model's features are
unchanged):

- ``estimated_amount`` (kind ``match``): "an estimated" before a figure ("killed an estimated 300 people"):
  the figure is put forward as an estimate, not counted (readable splits: 6 of 6 uncertain, found 0 times,
  because the row was an approximator, which alone never makes a sentence uncertain).
- ``can_expect`` (kind ``refuse``): "can / cannot expect" is what is normal or what one is entitled to
  ("the service residents can expect", "you can normally expect rain"), not a forecast (readable splits: 3
  of 3 not uncertain, all flagged).
- ``first_person_could`` (kind ``refuse``): "I could" before a verb other than "have" / "be" is the
  speaker's ability or option ("I could climb the stairs", "I could take the bus"), not a possibility
  (readable splits: 4 of 4 such sentences not uncertain, all flagged); "I could be wrong" stays a hedge.
- ``could_open`` (kind ``match``): a passive after "could" is capability ("a pump could be installed") only
  with a participle of class ``capability_pp``; otherwise it says what may happen ("the vote could be
  delayed"; readable splits: 6 such sentences uncertain, all refused); "could also be X" reads as "could be
  X", and a discourse "So," is no purpose "so".
- ``unowned_claim``: an allegation that refers back ("denied both allegations"; an appositive "- an
  allegation the company rejects" restating the claim the sentence just gave) is not a claim passed on from
  nobody named (readable splits: 2 of 2 not uncertain and not weasel, both flagged).

Every sentence here was written for these tests (none is copied from an article or a corpus). Weasel
flags are judged from the cue patterns alone (``attributions=()``).
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
        # estimated_amount: "an estimated" before a figure
        ("The storm destroyed an estimated 300 homes in the valley.", ("U-", "firm_cue:an estimated", "")),
        ("Sales rose to 40 tonnes from an estimated 35 tonnes.", ("U-", "firm_cue:an estimated", "")),
        ("The mine employs an estimated two thousand workers.", ("U-", "firm_cue:an estimated", "")),
        ("About 300 homes were destroyed.", ("--", "approximate_figure:about", "")),
        # can_expect: what is normal or owed, not a forecast
        (
            "The leaflet lists the service that residents can expect from the council.",
            ("--", "rejected:expect/can_expect", ""),
        ),
        ("In this valley you can normally expect snow in April.", ("--", "rejected:expect/can_expect", "")),
        ("Clubs cannot expect the league to pay for stands.", ("--", "rejected:expect/can_expect", "")),
        ("The traders expect the bank to cut rates.", ("U-", "firm_cue:expect", "")),
        ("I would expect the bank to cut rates.", ("U-", "firm_cue:expect", "")),
        # first_person_could: the speaker's ability or option
        ("On day two I could climb the stairs again.", ("--", "rejected:could/first_person_could", "")),
        (
            "I could take the bus, but the station is an hour away.",
            ("--", "rejected:could/first_person_could", ""),
        ),
        ("I could be wrong about the date.", ("U-", "firm_cue:could", "")),
        ("The ferry could sink in a storm.", ("U-", "firm_cue:could", "")),
        ("I could have missed the train.", ("U-", "firm_cue:could have", "")),
        # could_open: a passive after "could" is capability only with a capability participle
        ("The vote could be delayed until May.", ("U-", "firm_cue:could", "")),
        ("Residents could be given a free parking permit.", ("U-", "firm_cue:could", "")),
        ("A second pump could be installed later.", ("--", "rejected:could/could", "")),
        ("The midfielder could also be sold.", ("U-", "firm_cue:could", "")),
        ("It could also be a leak in the roof.", ("U-", "firm_cue:could", "")),
        ("So, this could be a turning point.", ("U-", "firm_cue:could", "")),
        ("He left early so he could catch the train.", ("--", "rejected:could/could", "")),
        ("The ship waited until the crew could be rescued.", ("--", "rejected:could/could", "")),
        # unowned_claim: an allegation that refers back is not passed on from nobody named
        ("The minister has denied both allegations.", ("--", "weighed:allegations(model 0.09)", "")),
        (
            "The mayor says the firm bribed officials - an allegation the firm rejects.",
            ("--", "", ""),
        ),
        (
            "The race was marred by allegations of bribery.",
            ("UW", "firm_cue:{allegation_noun}", "shield_cue:{allegation_noun}"),
        ),
    ],
)
def test_session17_rules(text, want):
    assert _judged(text) == want


def test_rules_are_news_only():
    # under the Szeged annotation "an estimated" is the approximator it was, and "can expect" and "I could"
    # are cues as before: the model's features stay as trained
    text = "I could tell that the dam held back an estimated 300 tonnes, more than residents can expect."
    later = "The vote could be delayed."
    rules = {
        g: (
            {m.rule for sc in scan(parse_article(text, id="t"), guideline=g) for m in sc.matches},
            {m.rule for sc in scan(parse_article(text, id="t"), guideline=g) for m in sc.rejected},
        )
        for g in ("news", "szeged")
    }
    assert "estimated_amount" in rules["news"][0]
    assert {"can_expect", "first_person_could"} <= rules["news"][1]
    assert "estimated_amount" not in rules["szeged"][0]
    assert not {"can_expect", "first_person_could"} & rules["szeged"][1]
    assert {"could", "expect_justified"} <= rules["szeged"][0]
    # "could be delayed" is a hedge by the news guideline (rule could_open), capability under Szeged
    for g, want in (("news", ["could"]), ("szeged", [])):
        assert [m.rule for sc in scan(parse_article(later, id="t"), guideline=g) for m in sc.matches] == want
