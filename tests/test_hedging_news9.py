"""Issue 13, ninth round (session 8, hedge13j): classes of error read in dev7 and dev6 (outlet-written news),
fixed for the whole class the guideline names, not sentence by sentence.

- ``role_group``: an unnamed group of people named only by a plural role ("Health chiefs said",
  "executives of both companies announced") is a vague source, like the words of class ``vague``; a named
  body's possessive does not name the people of such a group ("NASA's scientists have confirmed").
- Agentless criticism and accusation (the guideline's "was criticised by diplomats", "drew criticism"): any
  reaction noun of class ``criticism_noun`` ("faced backlash", "drew a mix of criticism and ridicule"), "is
  under fire", a time word inside ("was accused Wednesday of"), a vague agent ("is accused by critics of").
- ``epistemic_should``: "should" of a prediction (a future time in its clause, "be able", "have been") is a
  hedge under the news guideline; "should" of duty is no cue; under Szeged the row does not match.
- ``purpose_find_out``: a purpose of finding something out ("To uncover the effects, ...", "a probe to look
  for evidence of ice") leaves the thing sought open; "failed to understand" or "to discover more of" do not.

Every sentence here was written for these tests (none is copied from an article or a corpus).
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.hedging import judge
from analysis.hedging.cues import scan
from analysis.hedging.sources import Source, judge_source


def _flag(text: str, source: str, cue: str, kind: str = "unnamed_group", mention: str = "description"):
    """The (flag, rule) the source words ``source`` with cue ``cue`` raise in ``text`` (None: no flag)."""
    a, c = text.index(source), text.index(cue)
    got = judge_source(Source(a, a + len(source), c, c + len(cue), kind, mention), text)
    return (got.flag, got.rule) if got else None


@pytest.mark.parametrize(
    ("text", "source", "cue", "want"),
    [
        ("Health chiefs said the ward had been closed.", "Health chiefs", "said", ("weasel", "role_group")),
        (
            "The airline bought ten jets, executives of both companies announced.",
            "executives of both companies",
            "announced",
            ("weasel", "role_group"),
        ),
        ("Some lawyers argue the law is void.", "Some lawyers", "argue", ("weasel", "vague_source")),
        # a group owned by someone the article names: their own lawyers, not a vague group
        ("His lawyers said he would appeal.", "His lawyers", "said", None),
        # "the" and the role alone: a group the article introduced (as "the spokesman")
        ("The authors said the effect was small.", "The authors", "said", None),
        # a named member coordinated with the group
        ("Smith and his lawyers said he would appeal.", "Smith and his lawyers", "said", None),
        # a singular role is no group (anonymous_person decides it)
        ("The company said profits rose.", "The company", "said", None),
        # a named body's possessive names the body, not its people; one person's own campaign is named
        ("NASA's scientists found it.", "NASA's scientists", "found", ("weasel", "vague_source")),
        ("China's health chiefs said so.", "China's health chiefs", "said", ("weasel", "role_group")),
        ("Senator Klobuchar's campaign said she would stay.", "Senator Klobuchar's campaign", "said", None),
        # a pronoun names no role
        ("They said the road was closed.", "They", "said", None),
    ],
)
def test_role_group(text: str, source: str, cue: str, want: tuple[str, str] | None) -> None:
    assert _flag(text, source, cue, mention="pronoun" if source == "They" else "description") == want


def weasel(text: str) -> tuple[bool, str]:
    """The ``weasel`` flag and rule of a one-sentence text judged from the cue patterns alone."""
    [j] = judge(parse_article(text), ())
    return j.weasel, j.weasel_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The campaign has faced backlash since its launch.", (True, "weasel_pattern:{criticism_verb} "
         "{criticism_mod}? {criticism_noun}")),  # fmt: skip
        ("The slogan drew a mix of criticism and ridicule online.", (True, "weasel_pattern:{criticism_verb} "
         "{criticism_mod}? {criticism_noun}")),  # fmt: skip
        ("She once encountered fierce backlash for a poster.", (True, "weasel_pattern:{criticism_verb} "
         "{criticism_mod}? {criticism_noun}")),  # fmt: skip
        ("The minister is under fire for the delay.", (True, "weasel_pattern:{be} under fire")),
        ("The party was accused Wednesday of misleading voters.", (True, "shield_cue:{be} {accuse_adv}? "
         "accused {accuse_time} of")),  # fmt: skip
        ("He is accused by critics of ignoring the report.", (True, "weasel_pattern:{be} {accuse_adv}? "
         "accused by {vague_quant}? {vague_source}")),  # fmt: skip
        # the critics are written: the attributed source decides, no pattern flag
        ("The plan drew backlash from Senator Smith.", (False, "")),
        ("The minister is under fire from the opposition leader.", (False, "")),
        # a "backlash" nobody faced, gunfire for a time, and fire with no reason given
        ("The backlash was expected.", (False, "")),
        ("The town was under fire for three days.", (False, "")),
        ("The convoy came under fire near the border.", (False, "")),
    ],
)
def test_agentless_criticism(text: str, want: tuple[bool, str]) -> None:
    assert weasel(text) == want


def uncertain(text: str) -> tuple[bool, str]:
    """The ``uncertain`` flag and rule of a one-sentence text (no model-decided case is asserted here)."""
    [j] = judge(parse_article(text), ())
    return j.uncertain, j.uncertain_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The new lander should be available for missions starting in 2023.", (True, "firm_cue:should")),
        ("The order should be released sometime soon, she said.", (True, "firm_cue:should")),
        ("The rate cut should keep loans cheap for the remainder of the year.", (True, "firm_cue:should")),
        ("With the grant, the museum should be able to reopen.", (True, "firm_cue:should")),
        ("The road should have been cleared by now.", (True, "firm_cue:should")),
        # duty, advice and a question: no cue at all
        ("The public should be informed of the risks.", (False, "")),
        ("Drivers who see the car should call the police.", (False, "")),
        ("Should the council raise taxes next year?", (False, "")),
        # the future time is in another clause
        ("Parents should stay calm, and the school reopens next week.", (False, "")),
    ],
)
def test_epistemic_should(text: str, want: tuple[bool, str]) -> None:
    assert uncertain(text) == want


def test_epistemic_should_is_news_only() -> None:
    """Under the Szeged annotation the row does not match: the Szeged features stay as trained."""
    text = "The new lander should be available in 2023."
    news = [m.pattern for sc in scan(parse_article(text)) for m in sc.matches]
    szeged = [m.pattern for sc in scan(parse_article(text), "szeged") for m in sc.matches]
    assert (news, szeged) == (["should"], [])


PURPOSE = (True, "firm_cue:to {find_out_purpose}")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("To uncover the effects, the team read 5,000 surveys.", PURPOSE),
        ("NASA will fly a rover in 2022 to look for evidence of ice.", PURPOSE),
        ("They met the families, to understand what had gone wrong.", PURPOSE),
        ("Police spoke to staff to establish the cause of the fire.", PURPOSE),
        # a verb that takes "to" as its object, information sought, and "establish" of founding
        ("The board failed to understand the risk.", (False, "")),
        ("Readers wrote in to discover more of the story.", (False, "")),
        ("Settlers came to establish a colony.", (False, "")),
    ],
)
def test_purpose_find_out(text: str, want: tuple[bool, str]) -> None:
    assert uncertain(text) == want
