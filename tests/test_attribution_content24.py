"""Content boundaries, session 20 (issue 12, content24): an "as" clause after a clause that is itself a
report vouches for the reported clause only, a "cited X as Y" content keeps its "as" complement, and two
subjects joined by "and" inside an embedded "whether" clause do not end the content. Every sentence here
is written for the tests."""

from __future__ import annotations

from attribution_helpers import content_rows

_contents = content_rows


# ----- as_clause_report: "X argued that C, as Y found" -----------------------------------------------------


def test_as_clause_after_a_report_takes_the_reported_clause():
    got = _contents("Jones argued that the law was void, as the Court of Session found.")
    assert got == [
        ("argued", "Jones", ["that the law was void"], "subject_verb"),
        ("found", "the Court of Session", ["the law was void"], "as_clause+as_clause_report"),
    ]


def test_as_clause_after_a_bare_say_clause_keeps_both_reports():
    # the same content as the said clause: both sources report it, neither is dropped as a duplicate
    got = _contents("Smith said the plan would fail, as the auditors had warned.")
    assert got == [
        ("said", "Smith", ["the plan would fail"], "subject_verb"),
        ("warned", "the auditors", ["the plan would fail"], "as_clause+as_clause_report"),
    ]


def test_as_clause_after_narration_takes_the_whole_clause():
    # near miss: no cue in the clause, so all of it is what was reported
    got = _contents("The talks broke down, as the Daily Courier reported.")
    assert got == [("reported", "the Daily Courier", ["The talks broke down"], "as_clause")]


# ----- "cited X as Y" ---------------------------------------------------------------------------------------


def test_cited_keeps_its_as_complement():
    got = _contents("He cited the delays as his motivation.")
    assert got == [("cited", "He", ["the delays as his motivation"], "subject_verb")]


# ----- coordinated_subject_question: "whether A and B could agree" ----------------------------------------


def test_two_subjects_of_an_embedded_whether_clause_keep_the_content_going():
    got = _contents(
        "Analysts cited the doubt over whether Spain and Italy could agree on a budget as a reason for the"
        " fall."
    )
    assert got == [
        (
            "cited",
            "Analysts",
            ["the doubt over whether Spain and Italy could agree on a budget as a reason for the fall"],
            "subject_verb",
        )
    ]


def test_a_whether_clause_with_its_own_verb_still_ends_at_and():
    # near miss: "Smith would stay" has its verb before "and", so "the board agreed" is a new clause
    got = _contents("He asked whether Smith would stay and the board agreed to wait.")
    assert got[0] == ("asked", "He", ["whether Smith would stay"], "subject_verb")


# ----- list_subject: "said A, B, and C <verb>" ----------------------------------------------------------


def test_a_listed_subject_keeps_the_reported_clause_whole():
    got = _contents(
        "The judge said the mayor, the board of directors, and the city council engaged in a scheme."
    )
    assert got == [
        (
            "said",
            "The judge",
            ["the mayor, the board of directors, and the city council engaged in a scheme"],
            "subject_verb",
        )
    ]
    # the cue after the last item ("declined") is the clause's own verb, not a new report
    got = _contents("Drivers say the quality of the food, the rooms, and the service has declined.")
    assert got == [
        (
            "say",
            "Drivers",
            ["the quality of the food, the rooms, and the service has declined"],
            "subject_verb",
        )
    ]


def test_a_list_of_predicates_still_ends_the_content():
    # near miss: "was" makes the commas end clauses, so "and refused" is the mayor's own act
    got = _contents("The mayor said the plan was costly, slow, and refused to sign it.")
    assert got[0] == ("said", "The mayor", ["the plan was costly, slow"], "subject_verb")


# ----- occasion_object_noun: a meeting or a medium after a noun-phrase content -----------------------------


def test_a_meeting_after_a_noun_phrase_content_is_the_occasion():
    got = _contents("Trump announced the trade deal during a meeting in the Oval Office with Liu He.")
    assert got == [("announced", "Trump", ["the trade deal"], "subject_verb")]


def test_a_meeting_inside_a_reported_clause_stays():
    # near miss: a clause content keeps its own "at the next meeting"
    got = _contents("He said he would seek action at the next meeting of the group.")
    assert got == [("said", "He", ["he would seek action at the next meeting of the group"], "subject_verb")]


# ----- progressive_not_participle: "the firm was not considering" is no participle clause ------------------


def test_a_progressive_verb_after_a_fronted_adjunct_keeps_the_content():
    got = _contents("She said despite the pressure, the firm was not considering a sale.")
    assert got[0] == (
        "said",
        "She",
        ["despite the pressure, the firm was not considering a sale"],
        "subject_verb",
    )


def test_a_participle_with_its_own_speaker_still_ends_the_content():
    # near miss: "with Scalise calling it" is a participle clause of another speaker
    got = _contents("He attacked the inquiry, with Scalise calling it a sham.")
    assert got[0] == ("attacked", "He", ["the inquiry"], "subject_verb+end_before_participle")


# ----- fronted_clause_after_cue: "said after X, he ..." ----------------------------------------------------


def test_a_clause_opener_right_after_the_cue_is_fronted_in_the_content():
    got = _contents("He said after losing the first set, he began to doubt himself.")
    assert got == [("said", "He", ["after losing the first set, he began to doubt himself"], "subject_verb")]


def test_an_adjunct_before_that_stays_the_cue_own():
    # near miss: "that" opens the content after the adjunct
    got = _contents("She said after the vote that the party had lost.")
    assert got == [("said", "She", ["that the party had lost"], "subject_verb")]
