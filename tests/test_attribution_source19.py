"""Sources credited to the wrong words on pages of publishers nobody had read (session 14's test, now
dev18), each in a sentence of the same shape written for the test: a wire dateline written with two
hyphens or a spaced hyphen taken into the source ("BERLIN -- The agency says" credited to "BERLIN"), and a
name followed by two appositives ("X, a senior analyst at Y, the Z-based group, told") credited to the
first appositive instead of the person; an organisation whose name lists its fields ("Ministry of Trade,
Industry and Energy") cut at the list's comma and credited to "Industry", a named person."""

from __future__ import annotations

from attribution_helpers import found_sources

from analysis.attribution.lexicon import tables
from analysis.attribution.noun_phrases import dateline_length, listed_name_comma
from analysis.attribution.senses import appointed_to

_found = found_sources


def test_a_dateline_with_two_hyphens_is_no_part_of_the_source():
    # was: source "OSLO -- The weather service", named "OSLO", a named organisation
    assert _found("OSLO -- The weather service says the storm will reach the coast tonight.") == [
        ("says", "The weather service", "weather service", "government_body"),
    ]
    assert _found("OSLO - The weather service says the storm will reach the coast tonight.") == [
        ("says", "The weather service", "weather service", "government_body"),
    ]


def test_dateline_length_reads_only_an_all_capitals_place_before_a_dash():
    assert dateline_length("OSLO -- The weather service") == len("OSLO -- ")
    assert dateline_length("LA CROSSE, Wis. (AP) - The city") == len("LA CROSSE, Wis. (AP) - ")
    assert dateline_length("WASHINGTON — 3M said") == len("WASHINGTON — ")
    # no dash, a lower-case word or a capitalised name: no dateline
    assert dateline_length("OSLO officials") == 0
    assert dateline_length("Oslo -- The city") == 0
    assert dateline_length("The weather service") == 0
    assert dateline_length("NATO - the alliance") == 0  # the lede's first word is capitalised


def test_a_name_before_two_appositives_is_the_source():
    # was: source "a senior economist at Norbank, the Bergen-based lender", an anonymous person
    assert _found(
        "Ingrid Solberg, a senior economist at Norbank, the Bergen-based lender, told reporters on Monday "
        "that rates would rise."
    ) == [
        ("told", "Ingrid Solberg, a senior economist at Norbank, the Bergen-based lender", "Ingrid Solberg",
         "named_person"),
    ]
    # one appositive was already right, and stays so
    assert _found("Ingrid Solberg, a senior economist at Norbank, told reporters that rates would rise.") == [
        ("told", "Ingrid Solberg, a senior economist at Norbank", "Ingrid Solberg", "named_person"),
    ]


def test_an_organisation_name_that_lists_its_fields_is_not_cut_at_the_comma():
    # was: source "Industry and Energy (MTIE)", named "Industry", a named person
    sentence = "Norway’s Ministry of Fisheries, Industry and Energy (MFIE) unveiled a plan to cut taxes."
    assert _found(sentence) == [
        ("unveiled", "Ministry of Fisheries, Industry and Energy (MFIE)",
         "Ministry of Fisheries Industry and Energy", "government_body"),
    ]
    # was: source "Disease Control and Research", named "Disease Control", a named person
    assert _found("The Institute of Statistics, Census and Research reported that 30 people had died.") == [
        ("reported", "The Institute of Statistics, Census and Research",
         "Institute of Statistics Census and Research", "named_organisation"),
    ]
    tx = ["the", "Office", "of", "Trade", ",", "Tourism", ",", "Sport", "and", "Culture", "(", "OTTSC", ")"]
    assert listed_name_comma(tx, 7, len(tx), tables()) == 1
    assert listed_name_comma(tx, 5, len(tx), tables()) == 1
    # a list of people after a comma, or a comma after no "<organisation word> of": no name goes on
    ann_lee = ["the", "Office", "of", "Trade", ",", "Ann", "Lee", "said"]
    assert listed_name_comma(ann_lee, 5, 7, tables()) == -1
    assert listed_name_comma(["In", "Paris", ",", "Ann", "and", "Tom"], 3, 6, tables()) == -1


def test_a_team_head_before_a_name_is_a_title_not_an_organisation():
    # was: "Maria Olsen", a named organisation (the "team" of "survey team head" read as its name's word)
    assert _found("But survey team head Maria Olsen says the count is accurate.") == [
        ("says", "survey team head Maria Olsen", "Maria Olsen", "named_person"),
    ]


def test_maintain_and_reject_with_a_noun_phrase_alone_report_nothing():
    # was: two reports, their contents "a narrow lead ...", "the council's request ..."
    text = (
        "The mayor maintained a narrow lead in the polls for weeks. "
        "The court rejected the council's request to delay the hearing."
    )
    assert _found(text) == []
    # with a clause they stay reports
    assert _found("Police maintained that the count was fair.") == [
        ("maintained", "Police", "police", "government_body"),
    ]
    assert _found("Her brother wrote that the band had split.") == [
        ("wrote", "Her brother", "brother", "anonymous_person"),
    ]


def test_named_to_a_post_reports_nothing():
    # was: a report with no source, its content "Ana Lopez ... the new leader of the party in May"
    assert _found("Ana Lopez was named the new leader of the party in May.") == []
    assert _found("Tom Berg was named chairman of the board in 2018.") == []
    assert appointed_to("the", frozenset({"chairman"}))
    assert not appointed_to("as", frozenset({"chairman"}))  # "was named as the suspect": identified
