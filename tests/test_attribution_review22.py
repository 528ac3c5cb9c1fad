"""A read-only review of session 22's merged rules (a helper, on invented sentences) found these; each test
fails on the merged code before the fix and holds a near miss that must still be found. Every sentence is
written for the test."""

from __future__ import annotations

from attribution_helpers import found_sources, span_rows

from analysis import parse_article
from analysis.hedging import judge


def _flags(text: str) -> tuple[bool, bool]:
    [j] = judge(parse_article(text, id="t"))
    return j.uncertain, j.weasel


def test_an_estimate_needs_a_figure_not_a_place_a_time_or_one_of_a_set():
    for text in (
        "The army placed troops in the region.",
        "Firefighters put out the fire at 3 am.",
        "Police placed the suspect at the scene at 10 pm.",
        "Thieves placed the bomb in one of the bags.",
        "The clerk placed the files in the order they arrived.",
    ):
        assert found_sources(text) == [], text
    # near misses: a figure, "the region of" a figure, an approximate figure
    assert span_rows("Analysts put the cost in the region of $5 million.") == [
        ("put", "Analysts", ["the cost in the region of $5 million"]),
    ]
    assert span_rows("The agency put the toll at about 300.") == [
        ("put", "The agency", ["the toll at about 300"])
    ]


def test_a_second_aside_after_a_time_phrase_is_not_the_content():
    for text in (
        "The coach said on Monday, in a statement, that the team was tired.",
        "The firm said Monday, without giving details, that it would close.",
        "The firm said on Monday, however, that it would close.",
    ):
        assert span_rows(text)[0][2] == ["that " + text.split("that ")[1].rstrip(".")], text
    # near miss: the comma after the time opens the clause itself
    assert span_rows("Local officials said on Saturday, about 20 buildings collapsed.") == [
        ("said", "Local officials", ["about 20 buildings collapsed"]),
    ]


def test_be_expected_to_with_a_time_or_a_figure_after_it_is_a_forecast():
    assert span_rows("Members are expected to attend every meeting.") == []
    assert span_rows("Every force will be expected to keep to a contract.") == []
    for text in (
        "Inflation would be expected to fall next year.",
        "The Fed will be expected to cut rates in March.",
        "All members are expected to attend the vote on Tuesday.",
    ):
        assert span_rows(text)[0][0].endswith("expected"), text
    assert _flags("All members are expected to attend the vote on Tuesday.") == (True, True)


def test_a_found_that_clause_after_a_time_is_a_finding_not_a_place():
    assert found_sources("The probe found in 2019 that the bank had broken the rules.")[0][:2] == (
        "found",
        "The probe",
    )


def test_a_brand_name_given_is_naming_and_a_judgement_is_a_report():
    assert found_sources("The company branded its new phone the Galaxy X.") == []
    assert found_sources("Critics branded the scheme a waste of money.") == [
        ("branded", "Critics", "critics", "unnamed_group"),
    ]
    # a capital right after the object's determiner is the object's ("the ID scheme"), no name given
    assert found_sources("Critics branded the ID scheme a waste of money.")[0][0] == "branded"


def test_a_role_abbreviation_keeps_its_capitals_in_the_name():
    assert found_sources("A Conservative MP said the vote was lost.") == [
        ("said", "A Conservative MP", "Conservative MP", "anonymous_person"),
    ]


def test_hedges_that_the_review_found_read_literally_are_no_hedges():
    for text in (
        "Police warned drivers to call 911 if they see anybody driving erratically.",
        "Research suggests that children get less exercise than their parents did.",
        "The jury is out deliberating on the murder charge.",
        "The aircraft was on course for Heathrow when it lost contact.",
    ):
        expect_uncertain = text.startswith(
            "Research"
        )  # "suggests" stays a hedge; the advice rule must not fire
        assert _flags(text)[0] is expect_uncertain, text
    assert _flags("The report may not be published until after the election.") == (True, False)
    # near misses: the idioms and a threat keep their hedge; the copyright line has none
    assert _flags("The jury is still out on whether the plan works.")[0] is True
    assert _flags("The team is on course for a record season.")[0] is True
    assert _flags("The president threatened to veto the bill if it passed.")[0] is True
    assert _flags("This material may not be published, broadcast, rewritten or redistributed.") == (
        False,
        False,
    )


def test_maintained_that_is_read_again_after_the_retrained_tagger_drops_it():
    # session 22's retrained tagger drops "The firm maintained that C" (that_verbs.tsv reads it again)
    assert span_rows("The firm maintained that it would cover the fees.") == [
        ("maintained", "The firm", ["that it would cover the fees"]),
    ]
    # near miss: "maintained the road" is an act, no "that" clause
    assert span_rows("The firm maintained the road for years.") == []


def test_a_list_of_names_opening_the_sentence_keeps_its_first_name():
    # nonreport26's note: "Turkey, Greece and Cyprus said C" lost Turkey (rule name_list)
    assert [row[1] for row in found_sources("Turkey, Greece and Cyprus said the talks had failed.")] == [
        "Turkey",
        "Greece",
        "Cyprus",
    ]
    assert [
        row[2] for row in found_sources("The IMF, the EU and the World Bank said the talks had failed.")
    ] == [
        "IMF",
        "EU",
        "World Bank",
    ]
    # near misses: a fronted adjunct or a sentence adverb before the comma is no name
    for text in (
        "Yesterday, Greece and Cyprus said the talks had failed.",
        "However, Greece and Cyprus said the talks had failed.",
    ):
        assert [row[1] for row in found_sources(text)] == ["Greece", "Cyprus"], text
