"""Issue 13, session 12 (learn15): hedge cues the rules did not find, from the labels' own cue spans.

The hedge and shield cue spans of the readable Wikinews splits were counted and matched against what
``find_cues`` finds; the classes that recur and that the hedging guideline or Hyland (2005) names became
news-only rows (``guidelines.tsv``, kind ``match``; the Szeged model is unchanged):

- ``past_belief``: "thought" of a subject with a clause and no "that" ("Trump thought voters would ...");
  not the speaker's own given-up belief ("I thought it was a prank") nor after "Initially".
- ``potential_attributive``: "potential" before a harm, cause or event noun is a firm cue, as "possible"
  before its noun; not before a person in a role ("a potential candidate").
- ``apparent_attributive``: "an apparent attempt", "his apparent guilt"; not "became apparent",
  "no apparent reason", "without apparent thought".
- ``in_case``: "in case" with a clause or "of" leaves an event open; not "in case you missed it".
- ``impression_clause``: "felt" of a person and "looks like" with a pronoun clause ("She felt they were
  wrong", "looks like it's coming to an end"); not a sensation ("felt the ground shake").

Every sentence here was written for these tests (none is copied from an article or a corpus).
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.hedging import find_cues, judge


def _judged(text: str) -> tuple[bool, str]:
    j = judge(parse_article(text, id="t"))[0]
    return j.uncertain, j.uncertain_rule


def _cue_rules(text: str) -> list[tuple[str, str | None]]:
    a = parse_article(text, id="t")
    return [(a.text[c.start : c.end], c.rule) for c in find_cues(a)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # past_belief
        ("The mayor thought the bridge was safe.", (True, "firm_cue:thought")),
        ("Jones said he thought the campaign was meant to shock.", (True, "firm_cue:thought")),
        ("I thought it was a prank when they called.", (False, "")),
        ("Initially, they thought it was a single star.", (False, "model_without_cue:0.42")),  # session 20
        ("Food for thought: the vote is on Sunday.", (False, "")),
        # potential_attributive
        (
            "Residents are bracing for a potential outbreak in the valley.",
            (True, "firm_cue:potential/potential_attributive"),
        ),
        (
            "The label warns of potential harms of the new pills.",
            (True, "firm_cue:potential/potential_attributive"),
        ),
        # apparent_attributive
        (
            "The rumour was spread in an apparent attempt to discredit the witness.",
            (True, "firm_cue:apparent"),
        ),
        ("It became apparent that the road was closed.", (False, "")),
        ("The bus stopped for no apparent reason on Tuesday.", (False, "")),
        # in_case
        ("Shoppers stocked up on rice in case the port closes.", (True, "firm_cue:in case")),
        ("The leaflet says what to do in case of a flood.", (True, "firm_cue:in case")),
        ("In case you missed it, the final is on Sunday.", (False, "")),
        # impression_clause
        ("She felt they were wrong to close the library.", (True, "firm_cue:felt")),
        ("The long dispute looks like it's coming to an end.", (True, "firm_cue:looks like")),
        ("He felt the ground shake under the stage.", (False, "")),
    ],
)
def test_session12_cues(text, want):
    assert _judged(text) == want


def test_potential_role_is_weighed_not_firm():
    # a person in a role after "potential" is what the person is, not a claim left open: the weighed row
    # matches and the model decides (it says certain here)
    text = "Smith, a potential presidential candidate, fled the country."
    assert _cue_rules(text) == [("potential", "-")]
    uncertain, rule = _judged(text)
    assert uncertain is False
    assert rule.startswith("weighed:potential(model ")
    # the noun: "potential of" / "upside potential" is no candidate put forward
    assert _cue_rules("Plants with a history or potential of shipping abroad need checks.") == [
        ("potential", "-")
    ]
    assert _cue_rules("It gives you more upside potential, Maley said.") == [("potential", "-")]


def test_rules_are_news_only():
    # under the Szeged annotation the new rows never match: the model's features stay as trained
    from analysis.hedging.cues import scan

    a = parse_article("The mayor thought the deal was a potential risk in case of delays.", id="t")
    rules = {g: {m.rule for sc in scan(a, guideline=g) for m in sc.matches} for g in ("news", "szeged")}
    new = {"past_belief", "potential_attributive", "in_case"}
    assert new <= rules["news"]
    assert not new & rules["szeged"]
