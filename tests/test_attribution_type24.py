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


def test_the_fed_is_a_government_body():
    # was: a named organisation
    assert _found("Headline\n\nThe Fed said interest rates would rise.") == [
        ("said", "The Fed", "Fed", "government_body")
    ]
    # near miss: the verb "fed" in a group's description makes no body
    assert _found("Headline\n\nResidents fed up with the noise said the road was unsafe.")[0][3] != (
        "government_body"
    )


def test_two_nationality_adjectives_share_the_plural_after_them():
    # was: "Iranian", a named person
    assert _found("Headline\n\nIraqi and Western diplomats say the talks are over.") == [
        ("say", "Iraqi and Western diplomats", "iraqi and Western diplomats", "unnamed_group")
    ]
    # near miss: a country is no adjective; it stays the first conjunct
    assert _found("Headline\n\nTurkey and Greek officials say the talks are over.") == [
        ("say", "Turkey and Greek officials", "Turkey", "government_body")
    ]


def test_a_capitalised_title_after_the_is_the_role():
    # was: a named organisation called "Judge" (rule definite_name)
    assert _found("Headline\n\nJudge Ann Vale heard the case. The Judge wrote that the claim was void.") == [
        ("wrote", "The Judge", "Ann Vale", "named_person")
    ]
    # near miss: a name after "the" is still an organisation's
    assert _found("Headline\n\nThe Lantern Forum wrote that the claim was void.") == [
        ("wrote", "The Lantern Forum", "Lantern Forum", "named_organisation")
    ]


def test_a_comite_and_an_affairs_committee():
    # was: a person called "Het Comite"; a named organisation
    assert _found("Headline\n\nHet Comite claims the levy is unfair.") == [
        ("claims", "Het Comite", "Het Comite", "named_organisation")
    ]
    assert _found("Headline\n\nThe Home Affairs Committee said the deal was bad.") == [
        ("said", "The Home Affairs Committee", "Home Affairs Committee", "government_body")
    ]
    # near miss: another committee stays an organisation
    assert _found("Headline\n\nThe Prize Committee said the award was fair.") == [
        ("said", "The Prize Committee", "Prize Committee", "named_organisation")
    ]


def test_a_faiths_adherents_in_the_plural_are_a_group():
    # was: a person called "Catholics"
    assert _found("Headline\n\nCatholics urged a boycott of the film.") == [
        ("urged", "Catholics", "Catholics", "unnamed_group")
    ]
    # near miss: a name that is no plural stays a name
    assert _found("Headline\n\nCatholic Relief said the film was bad.")[0][2] == "Catholic Relief"


def test_bodies_described_by_capitals_in_the_plural_are_a_group():
    # was: a named organisation "Roman Catholic organisations"
    assert _found("Headline\n\nGreek Orthodox organisations in Tarnia demanded that the film be banned.") == [
        (
            "demanded",
            "Greek Orthodox organisations in Tarnia",
            "Greek Orthodox organisations in Tarnia",
            "unnamed_group",
        )
    ]
    # near miss: one body by its name
    assert _found("Headline\n\nThe Greek Orthodox Organisation demanded that the film be banned.")[0][3] == (
        "named_organisation"
    )


def test_a_leads_described_speaker_is_the_person_the_next_paragraph_names():
    # was: "firm chief", an anonymous person (BBC leads name their speaker a paragraph later)
    text, body = (
        "Sales will rise, the firm's chief has told reporters.",
        "Speaking at a fair, Ann Vale predicted",
    )
    assert _found(f"Headline\n\n{text}\n\n{body} that demand would grow.")[0] == (
        "told",
        "the firm's chief",
        "Ann Vale",
        "named_person",
    )
    # near misses: a spokesman is someone else; a name the lead already wrote is someone else too
    assert _found(
        "Headline\n\nTaxes will rise, a spokesman said.\n\nMinister Tom Reed said the plan was fair."
    )[0] == ("said", "a spokesman", "spokesman", "anonymous_person")
    assert _found(
        "Headline\n\nAnn Vale's firm will grow, the firm's chief has told reporters.\n\nSpeaking at a fair, "
        "Ann Vale predicted that demand would grow."
    )[0] == ("told", "the firm's chief", "firm chief", "anonymous_person")
