"""Content boundaries, session 21 (issue 12, content25): a negated second predicate of the source after
"but"/"and", a participle cue inside the sentence's subject, a final ", which" clause that lists nouns, a
contrast clause that reports nobody, and a participle cue with no comma before it. Every sentence here is
written for the tests."""

from __future__ import annotations

from attribution_helpers import content_rows

_contents = content_rows


# ----- negated_second_predicate: 'called X a Y but did not vote' -------------------------------------------


def test_negated_second_predicate_ends_an_object_content():
    got = _contents("The mayor called the plan a disaster but did not vote against it.")
    assert got == [("called", "The mayor", ["the plan a disaster"], "subject_verb")]


def test_negated_second_predicate_written_as_one_token():
    got = _contents("The mayor called the plan a disaster but didn't vote against it.")
    assert got == [("called", "The mayor", ["the plan a disaster"], "subject_verb")]


def test_negated_predicate_after_said_stays_in_the_clause():
    # near miss: after "said" the content is a clause whose verb ("broke") the word forms miss
    got = _contents("She said the aircraft broke into two pieces but did not catch fire.")
    assert got == [
        ("said", "She", ["the aircraft broke into two pieces but did not catch fire"], "subject_verb")
    ]


# ----- subject_participle_verb: 'groups claiming C gathered' ------------------------------------------------


def test_participle_in_the_subject_ends_before_the_main_verb():
    got = _contents("On Monday, groups claiming the election was stolen gathered outside the court.")
    assert got == [("claiming", "groups", ["the election was stolen"], "subject_verb")]


def test_participle_in_the_subject_skips_the_verb_chain_of_its_clause():
    got = _contents("Dozens of activists claiming the vote had been rigged marched to the city hall.")
    assert got == [("claiming", "Dozens of activists", ["the vote had been rigged"], "subject_verb")]


def test_participle_with_an_object_only_is_left_whole():
    # near miss: one verb only ("blocked"): whose it is cannot be told from word forms
    got = _contents("Farmers demanding higher prices blocked the road.")
    assert got == [("demanding", "Farmers", ["higher prices blocked the road"], "subject_verb")]


# ----- embedded relative: ", which" set off by a second comma before a verb --------------------------------


def test_final_which_clause_with_a_list_ends_the_content():
    got = _contents(
        "The minister pledged to end the tax on books, which has angered writers, publishers and readers."
    )
    assert got == [("pledged", "The minister", ["to end the tax on books"], "subject_verb")]


def test_which_clause_inside_the_subject_stays():
    # near miss: the verb of the reported clause follows the second comma
    got = _contents("She argued the pipeline, which the party backs, would not be built.")
    assert got == [
        ("argued", "She", ["the pipeline, which the party backs, would not be built"], "subject_verb")
    ]


# ----- contrast_in_content: ', although C2' that reports nobody -------------------------------------------


def test_contrast_without_a_cue_goes_on_the_content():
    got = _contents("The mayor said the budget was balanced, although he would raise the parking fees.")
    assert got == [
        (
            "said",
            "The mayor",
            ["the budget was balanced, although he would raise the parking fees"],
            "subject_verb",
        )
    ]


def test_contrast_with_its_own_cue_ends_the_content():
    got = _contents("The mayor said the budget was balanced, while critics said it was not.")
    assert got == [
        ("said", "The mayor", ["the budget was balanced"], "subject_verb"),
        ("said", "critics", ["it was not"], "subject_verb"),
    ]


# ----- bare_participle_cue: 'called for X arguing that C' -------------------------------------------------


def test_participle_cue_without_a_comma_opens_its_own_report():
    got = _contents("The bishop called for religious tolerance arguing that minorities were under attack.")
    assert got == [
        ("called for", "The bishop", ["religious tolerance"], "subject_verb"),
        ("arguing", "The bishop", ["that minorities were under attack"], "subject_verb"),
    ]


def test_participle_cue_before_a_pronoun_takes_the_speaker_as_source():
    got = _contents("Smith argued against the quota saying it is unjust.")
    assert got == [
        ("argued", "Smith", ["against the quota"], "subject_verb"),
        ("saying", "Smith", ["it is unjust"], "subject_verb"),
    ]


def test_participle_after_not_goes_on_the_content():
    # near miss: "was not suggesting" is the reported clause's own verb
    got = _contents("He said he was not suggesting that the law should change.")
    assert got[0] == ("said", "He", ["he was not suggesting that the law should change"], "subject_verb")
