"""Issue 13, session 13 (hedge16): uncertain and weasel misses of the readable splits, as rules.

From the error lists of train, dev, dev2-dev9, dev11 and dev14 (labels only), grouped by construction:

- ``unresolved_they`` (sources.tsv, :func:`analysis.hedging.sources.unresolved_they`): "..., they added."
  judged alone, with nobody the pronoun could stand for: weasel; not after a direct quotation, not "as they
  say", not "they found" (a study's team), and not inside an article, where the attribution analyzer
  resolves a "they" that stands for earlier speakers.
- ``vague_group_gap``: "some of the country's leading economists say" (words between the quantifier and
  the head of its group).
- ``forecast_see``, ``named_forecast``, ``expected_forecast``: an analyst's "sees X earning", "She predicts",
  "are expected by year-end"; and ``epistemic_should`` also reads a verb of effect after a thing ("which
  should facilitate trade").

Every sentence here was written for these tests (none is copied from an article or a corpus).
"""

from __future__ import annotations

import io
import json

import pytest
from timing import LINEAR_BOUND, growth

from analysis import parse_article
from analysis.hedging import judge
from analysis.hedging.cues import scan
from analysis.hedging.sources import Source, unresolved_they


def _judged(text: str) -> tuple[bool, str, bool, str]:
    j = judge(parse_article(text, id="t"))[0]
    return j.uncertain, j.uncertain_rule, j.weasel, j.weasel_rule


def _predict(text: str) -> dict:
    from analysis.predict import run

    out = io.StringIO()
    assert run("hedging", [json.dumps({"id": "t", "text": text})], out) == 0
    [got] = [json.loads(x) for x in out.getvalue().splitlines()]
    return got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # forecast_see: an outlook after the subject's "sees"
        ("Jones sees the company earning 40 cents a share next year.", (True, "firm_cue:sees")),
        ("She also sees some seasonal dropoff in the autumn.", (True, "firm_cue:sees")),
        ("Therefore, we see demand coming back in 2021.", (True, "firm_cue:see")),
        # a sight, an opinion and a negated "see" are no forecast
        ("In the footage, we see birds that had never been filmed.", (False, "")),
        ("The board backs the plan, which he sees as a turnaround.", (False, "")),
        # named_forecast: "predict" with a person or a named body as its subject
        ("She predicts the airline will earn $2 a share.", (True, "firm_cue:predicts/named_forecast")),
        ("Wall Street predicted a loss of 5 cents a share.", (True, "firm_cue:predicted/named_forecast")),
        # expected_forecast: a time after "be expected", a year after "expected for", a subject that expects
        # (session 14: "are expected by year-end" with nobody expecting is now agentless_expectation's
        # shield, uncertain and weasel, tests/test_hedging_news14.py; a year after "expected for" stays here)
        ("Revenues expected for 2027 were cut.", (True, "firm_cue:expected/expected_forecast")),
        ("The group said it expected output to be lower.", (True, "firm_cue:expected/expected_forecast")),
        # epistemic_should: a verb of effect after a thing, not a person's duty
        ("The storm should ease by Friday evening.", (True, "firm_cue:should")),
        ("The bank plans a split, which should facilitate trading.", (True, "firm_cue:should")),
        ("You should keep the plant on a high shelf.", (False, "")),
    ],
)
def test_session13_uncertain_rules(text, want):
    assert _judged(text)[:2] == want


@pytest.mark.parametrize(
    "text",
    [
        "The results were better than expected.",
        "The team used the model to predict rainfall.",
    ],
)
def test_forecast_rows_leave_other_readings_to_the_model(text):
    uncertain, rule, _, _ = _judged(text)
    assert uncertain is False
    assert rule.startswith("weighed:")


def test_session13_rows_are_news_only():
    # under the Szeged annotation the new rows never match: the sentence model's features stay as trained
    text = "Jones sees the firm earning more; she predicts it, and it expected more by Friday."
    a = parse_article(text, id="t")
    rules = {g: {m.rule for sc in scan(a, guideline=g) for m in sc.matches} for g in ("news", "szeged")}
    new = {"forecast_see", "named_forecast", "expected_forecast"}
    assert new <= rules["news"]
    assert not new & rules["szeged"]
    assert [m.pattern for sc in scan(a, guideline="szeged") for m in sc.matches] == ["predicts", "expected"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # unresolved_they: a sentence judged alone, "they" a source with no antecedent
        (
            "Prices will stay high through the summer, they added.",
            (True, "unresolved_they:they"),
        ),
        ("They said the port strike would end soon.", (True, "unresolved_they:they")),
        # a direct quotation is the quoted people's own words; "as they say" is a saying
        ('"We have nothing to add," they said.', (False, "")),
        ("Because, as they say, the market is always right.", (False, "")),
        # "they found" is a study's team reporting a finding, no claim passed on from nobody
        ("They found the samples held more iron than expected.", (False, "")),
        # vague_group_gap: words between the quantifier and the head of its group
        (
            "Some of the country's leading economists say growth will slow.",
            (True, "weasel_pattern:{vague_quant}; vague_source:some of the country's leading economists"),
        ),
        (
            "The advert prompted some Twitter users to argue it was in poor taste.",
            (True, "weasel_pattern:{vague_quant}"),
        ),
        # the adjacent row still wins when it matches
        (
            "Some experts say it will rain.",
            (True, "weasel_pattern:{vague_quant} {vague_source} {say_verb}; vague_source:some experts"),
        ),
        # other words in the gap: no pattern match; since recall25 (session 21) the attribution is found
        # (rule relative_subject: source "Some shoppers"), and its vague source makes the sentence weasel, as
        # the labellers marked zyte-098b's "Some consumers who sought help on launch day reported ..."
        ("Some shoppers who queued on Monday reported long waits.", (True, "vague_source:some shoppers")),
        # unowned_mood: a speculation or concern nobody holds by name
        (
            "There has been speculation in city circles that the bank would cut rates.",
            (True, "weasel_pattern:there {have_aux} been {mood_adj}? {mood_noun}"),
        ),
        (
            "There are growing concerns that the dam may fail.",
            (True, "weasel_pattern:there {be} {mood_adj}? {mood_noun}"),
        ),
        (
            "The report sparked speculation the minister would resign.",
            (True, "weasel_pattern:{stir_verb} {mood_adj}? speculation"),
        ),
        # its holders named after "from": the source decides, no pattern
        ("There were concerns from the unions that pay would fall.", (False, "")),
    ],
)
def test_session13_weasel_rules(text, want):
    assert _judged(text)[2:] == want


def test_unowned_mood_keeps_the_noun_a_hedge():
    # the weasel match lets its words match again: "speculation" stays the hedge of its own row
    uncertain, rule, weasel, _ = _judged("Shares rose amid speculation of a takeover.")
    assert (uncertain, rule, weasel) == (True, "firm_cue:speculation", True)


def test_unresolved_they_only_when_judged_alone():
    # in an article, the analyzer resolves a "they" that stands for earlier speakers (vague here: weasel by
    # what it stands for); one it leaves unresolved stands for people who said nothing before (named
    # here), so it is not read as a vague source
    text = "Trade sources said the deal was close. They said a letter was sent."
    vague = judge(parse_article(text, id="t"))
    assert [(j.weasel, j.weasel_rule) for j in vague][1] == (True, "vague_source:they (trade sources)")
    named = judge(parse_article("Smith and Jones met on Monday. They said the deal was close.", id="t"))
    assert [(j.weasel, j.weasel_rule) for j in named] == [(False, ""), (False, "")]
    # the same sentence alone, through predict: weasel, with the pronoun as the cue span
    got = _predict("They said the deal was close.")
    assert got["weasel"] is True
    assert got["why"]["weasel"] == "unresolved_they:they"


def test_unresolved_they_helper():
    text = "Prices rose, they said."
    src = Source(13, 17, 18, 22, "none", "pronoun", "")
    assert unresolved_they(src, text) is True
    # resolved to someone, or not a pronoun, or another pronoun: no
    assert unresolved_they(Source(13, 17, 18, 22, "unnamed_group", "pronoun", "traders"), text) is False
    assert unresolved_they(Source(13, 17, 18, 22, "none", "description", ""), text) is False
    he = "Prices rose, he said."
    assert unresolved_they(Source(13, 15, 16, 20, "none", "pronoun", ""), he) is False
    # earlier text: an antecedent was there to find
    later = "Markets fell. Prices rose, they said."
    assert unresolved_they(Source(27, 31, 32, 36, "none", "pronoun", ""), later) is False


@pytest.mark.parametrize(
    "text",
    [
        "Sees.",  # one word
        "THEY SAID SOME OF THE COUNTRY'S LEADING ECONOMISTS SEE PRICES RISING.",  # all capitals
        "12:30 -- 45% / 7,000 ... ??? !!!",  # no letters
        "Algunos economistas dicen que se espera más lluvia.",  # another language
        "\"\" '' “” ‘’ «»",  # quote marks only
    ],
)
def test_session13_rules_on_bad_input(text):
    got = _predict(text)
    assert "error" not in got
    assert all(0 <= c["start"] < c["end"] <= len(text) for c in got["cues"])


def test_session13_rules_on_a_run_on_sentence():
    """Bad input: 100,000 characters without a full stop, full of this session's cues. Spans inside the
    text, and judging 4x the text costs about 4x, not 16x (``tests/timing.py``; the time itself is
    ``bench_scaling``'s target). Before session 13, every "should" read to the end of its clause, which a
    run-on text never reaches: 4.6 s on 100,000 characters of this sentence, quadratic."""
    sentence = "some of the country's leading economists say they see prices rising and rents should go "

    def run_on(chars: int) -> str:
        return (sentence * (chars // len(sentence) + 1))[:chars]

    text = run_on(100_000)
    rows = judge(parse_article(text, id="t"), ())
    assert rows and all(0 <= r.start <= r.end <= len(text) for r in rows)
    assert (rows[0].uncertain, rows[0].weasel) == (True, True)
    small, large = parse_article(run_on(25_000), id="t"), parse_article(text, id="t")
    assert growth(lambda: judge(small, ()), lambda: judge(large, ()), repeat=2) < LINEAR_BOUND
