"""Content boundaries, session 22 (issue 12, content26): a listed object of an "np" cue, a list of objects
after ", a/an", an irregular past verb after an aside in the subject, "not only ... but", a fronted
"based on" adjunct after "that", the occasion of a nested report, a participle aside in a reported
clause's subject, and a noun's "that" clause. Every sentence here is
written for the tests."""

from __future__ import annotations

from attribution_helpers import content_rows

_contents = content_rows


# ----- np_list: 'discusses his background, his campaign, the pandemic and C' ------------------------------


def test_a_listed_object_keeps_every_item():
    # brief case 1: the object of "discusses" ended at its first comma
    got = _contents("The book discusses his background, his campaign, the pandemic and the recession.")
    assert got == [
        (
            "discusses",
            "The book",
            ["his background, his campaign, the pandemic and the recession"],
            "subject_verb",
        )
    ]


def test_a_comma_then_and_alone_is_no_list():
    # near miss: ", and his campaign" has no middle item; it may be a second clause, the object ends
    got = _contents("The book discusses his background, and his campaign.")
    assert got == [("discusses", "The book", ["his background"], "subject_verb")]


def test_a_clause_after_the_comma_is_no_list_item():
    # near miss: "the unions reacted" holds a verb, so the comma ends the object
    got = _contents("The report discusses the cuts, the unions reacted angrily and the mayor resigned.")
    assert got == [("discusses", "The report", ["the cuts"], "subject_verb")]


# ----- listed_object: 'called for X, an immediate ban on Y and a reversal of Z' -----------------------------


def test_an_article_item_followed_by_and_an_article_is_a_list():
    got = _contents(
        "He called for more money for farms, an immediate ban on waste and a reversal of the policy."
    )
    assert got == [
        (
            "called for",
            "He",
            ["more money for farms, an immediate ban on waste and a reversal of the policy"],
            "subject_verb",
        )
    ]


def test_an_appositive_after_the_last_noun_still_ends_the_content():
    # near miss: ", a union leader ..." with no "and a" after it describes the last noun
    got = _contents("The union called for higher pay for nurses, a union leader running for office.")
    assert got == [("called for", "The union", ["higher pay for nurses"], "subject_verb")]


# ----- simple_past: an irregular past verb closes an aside inside the reported clause's subject ----------


def test_an_irregular_past_after_a_relative_aside_keeps_the_clause():
    got = _contents(
        "Officials said the sector, which accounts for most of the output, grew by 2% in the year."
    )
    assert got == [
        (
            "said",
            "Officials",
            ["the sector, which accounts for most of the output, grew by 2% in the year"],
            "subject_verb",
        )
    ]


def test_rose_after_a_relative_aside_keeps_the_clause():
    got = _contents("The minister said the park, which covers most of the valley, rose in value.")
    assert got == [
        ("said", "The minister", ["the park, which covers most of the valley, rose in value"], "subject_verb")
    ]


def test_a_relative_clause_that_lists_nouns_still_ends_the_content():
    # near miss: no verb after the second comma ("trucks"), so ", which" comments on the clause
    got = _contents("The firm said the plant, which makes cars, trucks and buses.")
    assert got == [("said", "The firm", ["the plant"], "subject_verb")]


# ----- not_only_but ----------------------------------------------------------------------------------------


def test_not_only_then_comma_but_goes_on():
    got = _contents(
        "The firm said that it would not only cover the fees, but the travel costs as well."
    )
    assert got == [
        (
            "said",
            "The firm",
            ["that it would not only cover the fees, but the travel costs as well"],
            "subject_verb",
        )
    ]


def test_a_plain_comma_but_with_a_new_subject_still_ends_the_content():
    # near miss: no "not only" before ", but the union rejected"
    # "said" since session 22's retrained tagger drops "maintained" here (that_verb reads it again, tested in
    # test_attribution_review22.py)
    got = _contents("The firm said that it would cover the fees, but the union rejected the offer.")
    assert got == [("said", "The firm", ["that it would cover the fees"], "subject_verb")]


# ----- that_comma_adverbial: a fronted "based on" after "that" ---------------------------------------------


def test_a_fronted_based_on_adjunct_does_not_end_the_content():
    got = _contents(
        "Doctors said that based on 9,000 patients, the three deaths of young patients attributed to the "
        "virus are far higher than expected."
    )
    assert got == [
        (
            "said",
            "Doctors",
            [
                "that based on 9,000 patients, the three deaths of young patients attributed to the virus "
                "are far higher than expected"
            ],
            "subject_verb",
        )
    ]


def test_based_on_inside_the_clause_still_ends_at_the_comma():
    # near miss: "based on" is not right after "that"; the comma opens a report of its own
    got = _contents(
        "Doctors said the trial was based on 9,000 patients, the three deaths of young patients attributed "
        "to the virus are rare."
    )
    assert got[0] == ("said", "Doctors", ["the trial was based on 9,000 patients"], "subject_verb")


# ----- past_cue: the occasion of a nested report (brief case 2) ---------------------------------------------


def test_a_nested_report_keeps_its_occasion_and_clause_in_the_outer_content():
    # brief case 2: "X said Y told him C": the outer content was cut before "on Monday" (taken for the
    # occasion of "said"), leaving "his aides told him" and losing the inner report's clause
    got = _contents("The mayor said his aides told him on Monday that the bridge was safe.")
    assert got == [
        ("said", "The mayor", ["his aides told him on Monday that the bridge was safe"], "subject_verb"),
        ("told", "his aides", ["that the bridge was safe"], "subject_verb"),
    ]


def test_an_object_before_an_occasion_is_still_cut():
    # near miss: "new plans" is a noun phrase (no reporting verb in it): "on Monday" is the cue's occasion
    got = _contents("The mayor announced new plans on Monday after a long delay.")
    assert got == [("announced", "The mayor", ["new plans"], "subject_verb")]


# ----- subject_aside_participle (refine.object_end) ---------------------------------------------------------


def test_a_participle_aside_in_the_subject_keeps_the_reported_clause():
    got = _contents("He said the M0 measure, reflecting variations in demand, was not an adequate indicator.")
    assert got == [
        (
            "said",
            "He",
            ["the M0 measure, reflecting variations in demand, was not an adequate indicator"],
            "subject_verb",
        )
    ]


def test_a_participle_after_an_object_is_still_narration():
    # near miss: no auxiliary after a second comma, so ", subscribing" is the reporter's
    got = _contents("Investors welcomed the deal, subscribing for twice the shares on offer.")
    assert got == [("welcomed", "Investors", ["the deal"], "subject_verb+object_end")]


# ----- noun_that_clause: a noun's content clause runs on -------------------------------------------------


def test_a_nouns_that_clause_is_not_cut_at_so_far():
    got = _contents("The minister expressed surprise that markets had so far ignored the deficit.")
    assert got == [
        (
            "expressed",
            "The minister",
            ["surprise that markets had so far ignored the deficit"],
            "subject_verb",
        )
    ]


def test_a_relative_that_keeps_its_stops():
    # near miss: "that would cut" is a relative clause (a verb right after "that"): the rule stays out and
    # the object reads as it did before
    got = _contents("The firm announced plans that would cut costs for workers in May.")
    assert got == [
        ("announced", "The firm", ["plans that would cut costs for workers in May"], "subject_verb")
    ]
