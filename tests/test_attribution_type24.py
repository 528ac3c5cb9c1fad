"""Source types and names of session 20 (type24, issue 12), each on a sentence written for the test in the
shape of a case found by a fact-check or read on the readable development splits; none is taken from an
article. Each case that used to fail has a near miss beside it that must not move."""

from __future__ import annotations

from attribution_helpers import found_sources

from analysis.attribution.lexicon import tables
from analysis.attribution.sources import joined_portfolio

_found = found_sources


def test_a_national_committee_is_a_government_body():
    # was: a named organisation ("committee" was no public body after a state word)
    assert _found(
        "Headline\n\nThe National Road Safety Committee of Westmoor announced that the bridge had failed."
    ) == [
        (
            "announced",
            "The National Road Safety Committee of Westmoor",
            "National Road Safety Committee of Westmoor",
            "government_body",
        )
    ]
    # near miss: a party's national committee opens with no state word
    assert _found("Headline\n\nThe Liberal National Committee said the vote was fair.") == [
        ("said", "The Liberal National Committee", "Liberal National Committee", "named_organisation")
    ]


def test_a_second_portfolio_joined_by_and_stays_in_the_title():
    # was: "Mines Tomaso", "Industry Ann Vale"
    assert _found("Headline\n\nMinister of Energy and Mines Tomaso said that output would rise.") == [
        ("said", "Minister of Energy and Mines Tomaso", "Tomaso", "named_person")
    ]
    assert _found("Headline\n\nMinister of Trade and Industry Ann Vale said that output would rise.") == [
        ("said", "Minister of Trade and Industry Ann Vale", "Ann Vale", "named_person")
    ]
    # near misses: one portfolio; a given name right after "and" is the name's
    assert _found("Headline\n\nMinister of Trade Tomaso said that output would rise.") == [
        ("said", "Minister of Trade Tomaso", "Tomaso", "named_person")
    ]
    words = "Minister of Trade and Industry James Reed".split()
    assert joined_portfolio(words, 3, tables()) == 2
    assert joined_portfolio(words, 2, tables()) == 0
    assert joined_portfolio("Minister of Trade and James Reed".split(), 3, tables()) == 0
