"""Issue 13, session 19 (hedge23): wire forecasts and epistemic "should" missed on the readable splits.

- ``nominal_forecast`` (kind ``match``): a forecast, expectation, estimate or projection given with its
  figure ("analyst expectations of 512m dollars", "forecasts of a 2% rise", "the growth forecast for 2027")
  or with a clause ("expectations that the bank will cut rates") is a hedge, even when the figure was
  missed (labelling notes: nominal forecasts with their figure). Held by a vague market holder written
  before it (class ``forecast_holder``: "analyst", "private", "consensus", "widespread") it is a shield,
  so the sentence is weasel too. Without a figure or a clause it is no cue here ("expectations of the
  deficit", a relative "forecasts that were cut").
- ``estimate_compared`` (kind ``refuse``): the noun "estimates" after a word of comparison ("topped
  estimates", "above previous estimates", "Other estimates ...") is a benchmark, not a figure put forward.
- ``projection_clause`` (kind ``match``): a forecaster's "projects / projected ... that" is a forecast; the
  noun ("projects that could cut emissions") and a projected image are not.
- ``epistemic_should``: a thing's "should be" + a degree word + a figure ("growth should be at least two
  pct") and "should show" of a thing are expectations; a bare figure after "should be" may be a demand
  and a person's "should show" a duty.
- ``named_forecast``: a document that forecasts ("The report predicts that ...") is a forecaster.
- ``estimated_amount``: "the estimated" before a figure, as "an estimated"; "looks / seems certain to" is
  "is likely to" (rule ``news_hedge``), while "is certain to" stays refused.
- ``unowned_claim_clause`` (kind ``match``): "amid fresh claims that ...", "on speculation that ...": a
  claim passed on from nobody named, a shield (uncertain and weasel); not the verb ("The report claims
  that ..."), an owned claim ("Their claims that ...") or a relative "that".
- ``inverted_would_have`` (kind ``match``): "Would there have been a vote?" is the counterfactual "would
  have" inverted; "Would you like ...?" and a "would ... have to" duty are not.
- "suspicion(s) that" + a clause (rule ``sign_clause``) and "hopefully" (rule ``news_hedge``) are hedges.
- ``named_kin`` (a veto of sources.py): the members or kin of someone named ("the parents of 14-year-old Tom
  Reed", "The members of the Harbour Street Band") are not weasel; a possessive ("Representatives of
  Ortiz's family") and a lower-case owner ("Lawyers for the shareholders") stay vague.
- ``dealers`` joins the vague source heads (``sources.tsv``): "..., dealers said" is the wire's unnamed
  market source, weasel like "traders said"; dealers selling cars say nothing.

Every sentence here was written for these tests (none is copied from an article or a corpus). Weasel
flags are judged from the cue patterns alone (``attributions=()``), but for the source heads (the
attribution analyzer's sources).
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.hedging import judge
from analysis.hedging.cues import find_cues, scan


def _judged(text: str) -> tuple[str, str, str, str]:
    [j] = judge(parse_article(text, id="t"), ())
    return ("U" if j.uncertain else "-"), j.uncertain_rule, ("W" if j.weasel else "-"), j.weasel_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Profits were well below analyst expectations of 512m dollars.",
            (
                "U",
                "firm_cue:{forecast_holder} {forecast_noun}",
                "W",
                "shield_cue:{forecast_holder} {forecast_noun}",
            ),
        ),
        (
            "Sales grew 3% last month, compared with forecasts of a 2% rise.",
            ("U", "firm_cue:{forecast_noun}", "-", ""),
        ),
        (
            "The ministry cut its growth forecast for 2027 to 1%.",
            ("U", "firm_cue:{forecast_noun}", "-", ""),
        ),
        ("The growth forecast for 2027 was cut.", ("-", "", "-", "")),
        (
            "The town's forecast of about 4,000 visitors was lowered.",
            ("U", "firm_cue:{forecast_noun}", "-", ""),
        ),
        (
            "Shares rose despite expectations that the bank will cut rates.",
            ("U", "firm_cue:{forecast_noun}", "-", ""),
        ),
        # no figure, no clause: a topic or a relative clause, no cue
        ("The minister spoke of expectations of the new school.", ("-", "", "-", "")),
        ("The forecasts that were published on Monday were wrong.", ("-", "", "-", "")),
        ("There were no forecasts of 5% growth in the paper.", ("-", "", "-", "")),
    ],
)
def test_nominal_forecast(text, want):
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Earnings topped estimates on Tuesday.", ("-", "rejected:estimates/estimate_compared")),
        (
            "The figure was above previous estimates of the deficit.",
            ("-", "rejected:estimates/estimate_compared"),
        ),
        ("Other estimates are in the same range.", ("-", "rejected:estimates/estimate_compared")),
        # a source's estimate stays a hedge
        ("The agency estimates the crowd at 3,000.", ("U", "firm_cue:estimates")),
    ],
)
def test_estimate_compared(text, want):
    assert _judged(text)[:2] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Budget Office projects that the new levy will cut output by 0.2%.",
            ("U", "firm_cue:projects"),
        ),
        (
            "The Tax Institute projected in March that the duties would cost 40,000 jobs.",
            ("U", "firm_cue:projected"),
        ),
        ("Protesters shouted and projected slogans onto the wall.", ("-", "")),
        ("The council funds building projects that start this year.", ("-", "")),
    ],
)
def test_projection_clause(text, want):
    assert _judged(text)[:2] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Growth this year should be at least two pct, he said.", ("U", "firm_cue:should")),
        ("Output should be around 3 mln tonnes next season.", ("U", "firm_cue:should")),
        ("The economy should show an upturn in the autumn.", ("U", "firm_cue:should")),
        # a demand, a person's duty: no expectation
        ("He said the minimum wage should be raised to 12 dollars.", ("-", "")),
        ("She said they should show more respect.", ("-", "")),
        ("We should show our support.", ("-", "")),
    ],
)
def test_epistemic_should_figure(text, want):
    assert _judged(text)[:2] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The report predicts that most phones will have a camera by 2030.",
            ("U", "firm_cue:predicts/named_forecast"),
        ),
        ("The plan aims to cut the estimated 171 billion dollar deficit.", ("U", "firm_cue:the estimated")),
        (
            "Sales rose in 2025 and looked certain to rise again this year.",
            ("U", "firm_cue:{certain_look} certain to"),
        ),
        # "the estimated" before no figure (rule estimate refuses it after a determiner), "is certain to"
        ("The estimated costs were published.", ("-", "rejected:estimated/estimate")),
        ("It is certain to be a hit.", ("-", "")),
    ],
)
def test_forecast_documents_and_seeming(text, want):
    assert _judged(text)[:2] == want


def test_nominal_forecast_is_news_only():
    """Under the Szeged annotation no new row matches: the sentence model's features stay as trained."""
    art = parse_article("Sales fell short of analyst expectations of 512m dollars.", id="t")
    rules = {g: [m.rule for sc in scan(art, guideline=g) for m in sc.matches] for g in ("news", "szeged")}
    assert rules == {"news": ["nominal_forecast"], "szeged": []}


@pytest.mark.parametrize(
    "text",
    ["estimates of", "forecast for", "Projects that", "should be at least", "x " * 3000 + "expectations of"],
)
def test_bad_input_no_exception(text):
    """Fragments ending where the rules look ahead: no exception, spans inside the text."""
    art = parse_article(text, id="t")
    for c in find_cues(art):
        assert 0 <= c.start < c.end <= len(text)
    judge(art, ())


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The pound rose amid fresh claims that the minister was seething.",
            ("U", "firm_cue:{claim_clause_noun} that", "W", "shield_cue:{claim_clause_noun} that"),
        ),
        (
            "The dollar fell on speculation that the pact had ended.",
            ("U", "firm_cue:{claim_clause_noun} that", "W", "shield_cue:{claim_clause_noun} that"),
        ),
        # the verb with its subject, an owned claim, a relative clause: no shield
        ("The indictment claims that the unrest was planned.", ("-", "", "-", "")),
        ("Their claims that the vote was rigged were rejected.", ("-", "", "-", "")),
        ("The claims that were dropped were old.", ("-", "", "-", "")),
    ],
)
def test_unowned_claim_clause(text, want):
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The dollar closed lower at 1.80 marks, dealers said.", ("W", "vague_source:dealers")),
        ("Tokyo dealers said the central bank bought dollars.", ("W", "vague_source:tokyo dealers")),
        # dealers who sell say nothing; a named dealer is never weasel
        ("Car dealers sold 30,000 vehicles last month.", ("-", "")),
        ("Ana Ruiz, a dealer at Banco Norte, said the bank bought dollars.", ("-", "")),
    ],
)
def test_dealers_are_a_vague_source(text, want):
    [j] = judge(parse_article(text, id="t"))
    assert (("W" if j.weasel else "-"), j.weasel_rule) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Would there have been a vote against him?", ("U", "firm_cue:would/inverted_would_have")),
        ("Would the board have agreed to it?", ("U", "firm_cue:would/inverted_would_have")),
        (
            "The stock was seized on suspicion that the real owner was his friend.",
            ("U", "firm_cue:suspicion that"),
        ),
        ("I'm pleased and hopefully I'll get better.", ("U", "firm_cue:hopefully")),
        # a request, a duty, a relative "that", no clause: not these rules
        ("Would you like some tea?", ("-", "rejected:would/would; rejected:some/quantity")),
        # (the weighed "would" is left to the sentence model, whose weights the lead retrains: flag only)
        ("He asked: would they have to pay?", ("-", None)),
        ("There is a suspicion that lasts.", ("-", "")),
    ],
)
def test_inverted_would_have_suspicion_hopefully(text, want):
    got = _judged(text)
    assert got[:2] == want if want[1] is not None else got[0] == want[0]
    assert "inverted_would_have" not in got[1] or want[0] == "U"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The members of the Harbour Street Band do not expect serious rivals soon.",
            ("-", "named_kin:the members of the harbour street band"),
        ),
        (
            "The game was blamed by the parents of 14-year-old Tom Reed, who died in June.",
            ("-", "named_kin:the parents of 14-year-old tom reed"),
        ),
        (
            "Representatives of Ortiz's family said he was killed.",
            # the whole source since session 20 ("family" was skipped as an adverb ending in -ly: ly_noun)
            ("W", "role_group:representatives of ortiz's family"),
        ),
        (
            "Lawyers for the shareholders said the firm lied.",
            ("W", "role_group:lawyers for the shareholders"),
        ),
    ],
)
def test_named_kin(text, want):
    [j] = judge(parse_article(text, id="t"))
    assert (("W" if j.weasel else "-"), j.weasel_rule) == want
