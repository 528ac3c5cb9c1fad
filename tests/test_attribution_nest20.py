"""Nested reports, session 16 (issue 12): the channel a report came through ("Lynn said, via the Los Angeles
Times") holds the whole report; a nested agentless confirmation is held by the report around it; the United
Nations is a government body. Every sentence here is written for the tests."""

from __future__ import annotations

from analysis import parse_article
from analysis.attribution import find_attributions
from analysis.attribution.agent_nouns import AGENT_NOUN, agent_noun_report
from analysis.attribution.extract import PROSE_KINDS
from analysis.attribution.nested import (
    CHANNEL_RIDER,
    CITED_SOURCE,
    channel_rider,
    cited_np,
    rider_at,
    source_before_rider,
)
from analysis.attribution.predict import attribution_dict
from analysis.attribution.rule_base import Raw
from analysis.lexicons import load
from analysis.model import Span


def _all(text: str) -> tuple[str, list[dict]]:
    """Every attribution found in ``text`` (keep=None: what the keep model judges), as dicts."""
    art = parse_article("Headline\n\n" + text)
    return art.text, [attribution_dict(a) for a in find_attributions(art, kinds=PROSE_KINDS, keep=None)]


def _show(t: str, d: dict) -> tuple[str, str | None, str | None, str, str, list[str]]:
    src = d["source"]
    return (
        t[slice(*d["cue"])],
        t[slice(*src)] if src else None,
        d["source_name"],
        d["source_type"],
        d["kind"],
        [t[slice(*c)] for c in d["content"]],
    )


def test_the_rule_ids_are_documented():
    assert {CHANNEL_RIDER, CITED_SOURCE, AGENT_NOUN} <= {
        row[0] for row in load("attribution/rule_ids.tsv").rows()
    }


def test_rule_channel_rider_after_an_inverted_quotation():
    t, got = _all(
        '"We played hard and we lost the game," Keller said, via Dana Marsh of the Toledo Blade. '
        '"Next week is another story."'
    )
    assert [_show(t, d) for d in got] == [
        ("said", "Keller", "Keller", "named_person", "direct", ['"We played hard and we lost the game,"']),
        (
            "via",
            "Dana Marsh of the Toledo Blade",
            "Dana Marsh",
            "named_person",
            "according_to",
            [
                '"We played hard and we lost the game," Keller said',
            ],
        ),  # the channel holds the cue sentence's quotation only, not the one resumed after it
        ("said", "Keller", "Keller", "named_person", "direct", ['"Next week is another story."']),
    ]
    assert got[1]["provenance"]["source"]["rule"] == CHANNEL_RIDER


def test_rule_channel_rider_between_source_and_cue():
    t, got = _all('Okafor, via the Boston Globe, said that the coach "owes the fans an apology."')
    assert [_show(t, d) for d in got] == [
        (
            "via",
            "the Boston Globe",
            "Boston Globe",
            "media_outlet",
            "according_to",
            [
                "Okafor",
                'said that the coach "owes the fans an apology."',
            ],
        ),
        ("said", "Okafor", "Okafor", "named_person", "mixed", ['that the coach "owes the fans an apology."']),
    ]


def test_rule_channel_rider_cuts_a_source_read_through_the_rider():
    t, got = _all('"Prices will fall by spring," said Maria Ortiz per Radio Canada.')
    assert [_show(t, d) for d in got] == [
        ("said", "Maria Ortiz", "Maria Ortiz", "named_person", "direct", ['"Prices will fall by spring,"']),
        (
            "per",
            "Radio Canada",
            "Radio Canada",
            "media_outlet",
            "according_to",
            [
                '"Prices will fall by spring," said Maria Ortiz',
            ],
        ),
    ]
    assert got[0]["provenance"]["source"]["rule"] == "direct_inversion+channel_rider"


def test_per_and_via_that_name_nobody_are_no_rider():
    t, got = _all("Rents rose 4 per cent, the agency said.")
    assert [_show(t, d)[0] for d in got] == ["said"]
    t, got = _all('"We will appeal," Smith said, via a statement.')
    assert [_show(t, d)[0] for d in got] == ["said"]
    t = "Lee said, per cent."
    assert rider_at(t, t.index(","), len(t)) is None
    assert source_before_rider(t, Span(0, 3), len(t)) is None


def test_channel_rider_is_a_pure_function_of_the_report():
    t = '"Go," Ann Cole said, via Kim Ray.'
    said = Raw(Span(15, 19), Span(6, 14), [Span(0, 5)], "say", "neutral", 0, rule="direct_inversion")
    got = channel_rider(t, said, len(t))
    assert got is not None and got.rule == CHANNEL_RIDER and got.lemma == "according to"
    assert (t[got.cue.start : got.cue.end], t[got.source.start : got.source.end]) == ("via", "Kim Ray")
    assert [t[c.start : c.end] for c in got.content] == ['"Go," Ann Cole said']
    assert said.content == [Span(0, 5)]  # the report itself is left as it was
    # the content after the cue: "Ann Cole said, via Kim Ray, ..." is no rider of a report read that way
    later = Raw(Span(9, 13), Span(0, 8), [Span(28, 43)], "say", "neutral", 0, rule="subject_verb")
    assert channel_rider("Ann Cole said, via Kim Ray, that it is late.", later, 44) is None


def test_a_nested_agentless_confirmation_is_held_by_the_report_around_it():
    # session 15's fact-check of an unlabelled article: the inner "have been confirmed" had no source
    t, got = _all("The governor said that twelve people have been confirmed dead after the storm.")
    assert [_show(t, d) for d in got] == [
        (
            "said",
            "The governor",
            "governor",
            "anonymous_person",
            "indirect",
            [
                "that twelve people have been confirmed dead after the storm",
            ],
        ),
        (
            "have been confirmed",
            None,
            "governor",
            "anonymous_person",
            "indirect",
            [
                "twelve people",
                "dead after the storm",
            ],
        ),
    ]
    assert got[1]["provenance"]["source"]["rule"] == "passive_clause+nested_shield_holder"
    # on its own it stays agentless: nobody in the sentence confirmed it
    t, got = _all("Twelve people have been confirmed dead after the storm.")
    assert [(_show(t, d)[1], _show(t, d)[2]) for d in got] == [(None, None)]


def test_the_united_nations_is_a_government_body():
    # the guideline (labelling-notes.md: intergovernmental bodies, "African Union, International Monetary
    # Fund" -> government_body) and the contract type it as a government body, not an organisation
    t, got = _all("The United Nations said some 60,000 people need food and drinking water.")
    assert [_show(t, d)[2:4] for d in got] == [("United Nations", "government_body")]


def test_rule_cited_source_between_the_outlet_and_its_verb():
    # before: one attribution, the outlet "citing" with content "anonymous sources, reported ..."
    t, got = _all("Reuters, citing anonymous sources, reported exports of copper had stopped.")
    assert [_show(t, d) for d in got] == [
        (
            "citing",
            "anonymous sources",
            "anonymous sources",
            "unnamed_group",
            "indirect",
            [
                "exports of copper had stopped",
            ],
        ),
        ("reported", "Reuters", "Reuters", "media_outlet", "indirect", ["exports of copper had stopped"]),
    ]
    assert got[0]["provenance"]["source"]["rule"] == CITED_SOURCE
    assert got[1]["provenance"]["cue"]["rule"] == CITED_SOURCE


def test_rule_cited_source_after_the_verb_and_after_an_inversion():
    t, got = _all("The Herald reported, citing Lakeview County data, there were 40 new cases on Friday.")
    assert [_show(t, d)[:4] + (_show(t, d)[5],) for d in got] == [
        ("reported", "The Herald", "Herald", "media_outlet", ["there were 40 new cases on Friday"]),
        (
            "citing",
            "Lakeview County data",
            "Lakeview County",
            "government_body",
            [
                "there were 40 new cases on Friday",
            ],
        ),
    ]
    t, got = _all(
        "The bridge will stay closed until May, the news agency said, citing the regional transport office."
    )
    assert [_show(t, d)[:3] + (_show(t, d)[5],) for d in got] == [
        ("said", "the news agency", "news agency", ["The bridge will stay closed until May"]),
        (
            "citing",
            "the regional transport office",
            "regional transport office",
            [
                "The bridge will stay closed until May",
            ],
        ),
    ]


def test_rule_cited_source_cuts_the_statement_before_citing():
    t, got = _all("Several newspapers reported the minister to be ill citing aides close to the cabinet.")
    assert [_show(t, d)[:2] + (_show(t, d)[5],) for d in got] == [
        ("reported", "Several newspapers", ["the minister to be ill"]),
        ("citing", "aides close to the cabinet", ["the minister to be ill"]),
    ]


def test_a_reason_cited_is_no_source():
    t, got = _all('"Sales will recover," she said, citing lower costs in the second half.')
    assert [_show(t, d)[:2] for d in got] == [("said", "she"), ("citing", "she")]
    t = "The mayor cancelled the parade, citing heavy rain."
    assert cited_np(t, t.index("citing") + 6, len(t)) is None
    assert (
        cited_np(t.replace("heavy rain", "police officials"), t.index("citing") + 6, len(t) + 6) is not None
    )


def test_rule_agent_noun_reads_an_estimate_whose_source_follows_it():
    # before: "some" estimates (the noun read as a verb, "some" as its source), content the clause before
    t, got = _all(
        "Many homes were lost, with some estimates by the Red Cross ranging from 40% to 50% of the town."
    )
    assert [_show(t, d)[:2] + (_show(t, d)[5],) for d in got] == [
        ("estimates", "the Red Cross", ["ranging from 40% to 50% of the town"]),
    ]
    assert got[0]["provenance"]["cue"]["rule"] == AGENT_NOUN
    t, got = _all("Growth will slow, according to projections from the Legislative Services Agency.")
    assert [_show(t, d)[:2] for d in got] == [
        ("according to", "projections from the Legislative Services Agency"),
    ]
    t = "Forecasts from the weather service that the storm will turn north were published."
    assert agent_noun_report(t, 0, len(t), 0) is None  # where the "that" clause ends is left unread
