"""The shared wording of findings: number formats and the phrases several reports state (issue 15)."""

from __future__ import annotations

from analysis import wording
from analysis.report.findings import Fact, _Facts


def test_number_formats():
    assert wording.count(1153) == "1,153"
    assert wording.count(0) == "0"
    assert wording.ratio(1, 3) == 1 / 3
    assert wording.ratio(5, 0) == 0.0  # an empty article is 0%, not a ZeroDivisionError
    assert wording.pct(3 / 7) == "43%"
    assert wording.pct(0.0) == "0%" and wording.pct(1.0) == "100%"
    assert wording.pct(0.125) == "12%"  # half to even, as Python rounds; the same in every report
    assert wording.noun(1, "source") == "source" and wording.noun(0, "source") == "sources"
    assert wording.noun(2, "more has", "more have") == "more have"
    assert wording.plural(1, "word") == "1 word"
    assert wording.plural(1200, "word") == "1,200 words"
    assert wording.plural(3, "other reports", "others report") == "3 others report"
    assert wording.rate(1.7156) == "1.72" and wording.rate(0) == "0.00"
    assert wording.grade(13.67) == "13.7" and wording.grade(9.0) == "9.0"


def test_outlet_reliance():
    assert wording.outlet_reliance(5, 10, ["Reuters", "AP"]) == (
        "5 of the 10 attributions (50%) rest on another outlet's reporting (AP, Reuters)."
    )
    assert wording.outlet_reliance(1, 3) == (
        "1 of the 3 attributions (33%) rests on another outlet's reporting."
    )
    assert wording.outlet_reliance(0, 1) == "None of the 1 attribution rests on another outlet's reporting."
    assert wording.outlet_share(0.114) == "11% rest on another outlet's reporting"


def test_quotes_and_speech():
    assert wording.direct_quotes(0, 10) == "0 of the 10 attributions quote the source's own words"
    assert wording.direct_quotes(1, 1) == "1 of the 1 attribution quotes the source's own words"
    assert wording.speech_shares(0.29, 0.66) == (
        "29% of attributions carry quoted words (direct or mixed), 66% are paraphrase or 'according to'"
    )


def test_sourced_split():
    assert wording.sourced_split(59, 32, 23) == (
        "Of 59 body attributions with a source, 32 (54%) cite an anonymous person or an unnamed group and "
        "23 (39%) a named one"
    )
    assert wording.sourced_split(1, 1, 0) == (
        "Of 1 body attribution with a source, 1 (100%) cites an anonymous person or an unnamed group and "
        "0 (0%) a named one"
    )
    assert wording.sourced_split(0, 0, 0).startswith("Of 0 body attributions with a source, 0 (0%) cite")


def test_sentence_certainty():
    assert wording.sentence_certainty(20, 4, 1, 2) == (
        "4 of 20 body sentences (20%) read as uncertain (a firm hedge or the sentence model), 1 (5%) leans "
        "on a vague source (weasel wording) and 2 (10%) on an anonymous one"
    )
    assert wording.sentence_certainty(1200, 300, 216) == (
        "300 of 1,200 body sentences (25%) read as uncertain (a firm hedge or the sentence model) and 216 "
        "(18%) lean on a vague source (weasel wording)"
    )


def test_a_fill_sees_every_figure_and_names():
    """The article report's fill turns each figure into a Fact and leaves ``{}`` in the template."""
    fill = _Facts("attribution_shares", {"outlet_name": "attributions_table: channel"})
    template = wording.outlet_reliance(2, 1000, ["A{B}"], fill)
    assert template == "{} of the {} attributions ({}) rest on another outlet's reporting ({})."
    assert fill.facts == [
        Fact(2, "2", "attribution_shares: outlet_attributions"),
        Fact(1000, "1,000", "attribution_shares: attributions"),
        Fact(0, "0%", "attribution_shares: outlet_share"),
        Fact("A{B}", "A{B}", "attributions_table: channel"),
    ]
    # the plain fill and the collector give the same sentence
    filled = template.format(*(f.shown for f in fill.facts))
    assert filled == wording.outlet_reliance(2, 1000, ["A{B}"])
