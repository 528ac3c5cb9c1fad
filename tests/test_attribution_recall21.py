"""Recall rules of session 17 (issue 12, recall21), each a shape found among the missed cues of the readable
news splits (dev20, dev19 and earlier ones, several publishers) or in the fact-check of the unlabelled
wikinews-2019-161; the sentences are the project's own, of the same shape.

* ``clause_noun`` (shapes/clause_noun.py, read after the tagger): a noun of speech or belief before its
  "that"-clause ("Lee's announcement that C", "amid fresh allegations that C"), source the possessor or none.
* ``coordinated_that`` (boundaries.py): "reported that A; that B; and that C": the content runs over every
  "that"-clause of the cue, not only the first.
* ``np_clause`` (boundaries.py): "found in 36 states most of the people ... were affected", "said earlier
  this week the ministry might act": after an adjunct, a reported clause whose subject is a noun phrase.
"""

from __future__ import annotations

import pytest
from attribution_helpers import rule_rows

from analysis import parse_article
from analysis.attribution import find_attributions
from analysis.attribution.boundaries import coordinated_that, np_clause
from analysis.attribution.extract import PROSE_KINDS
from analysis.attribution.lexicon import tables
from analysis.attribution.shapes.clause_noun import clause_nouns, fronted_end, noun_reading

_rows = rule_rows


def _rules_alone(body: str) -> list[tuple[str | None, str | None, list[str]]]:
    """(cue, source name, content fragments) of what the rules alone find (no tagger, no keep model)."""
    art = parse_article("Headline\n\n" + body)
    t = art.text
    return [
        (x.cue and t[x.cue.start : x.cue.end], x.source_name, [t[c.start : c.end] for c in x.content])
        for x in find_attributions(art, kinds=PROSE_KINDS, tagger=None, keep=None)
    ]


# ----- clause_noun ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "name", "content"),
    [
        # was: nothing found (no pair of noun_cues.tsv; "announcement" is no verb)
        ("The exit came after Lee's announcement that his wife had been taken to hospital.",
         "announcement", "Lee", "that his wife had been taken to hospital"),
        # a possessor with a date and a modifier between, in a phrase that opens the sentence (the content
        # ends at that phrase's comma)
        ("Despite Mr. Okafor's Oct. 11 announcement that the two sides had reached a deal, talks stalled.",
         "announcement", "Okafor", "that the two sides had reached a deal"),
        # no possessor: nobody is named
        ("There were suggestions that the mayor would resign before the summer.",
         "suggestions", None, "that the mayor would resign before the summer"),
        # a form that is also a verb, read as a noun after a preposition and a modifier
        ("There are growing concerns that the vote may become a distraction.",
         "concerns", None, "that the vote may become a distraction"),
        # the possessor is looked for only up to the preposition before the noun ("its" is the tanks')
        ("The army sent its new tanks despite concerns that they would be hard to repair.",
         "concerns", None, "that they would be hard to repair"),
    ],
)
def test_a_noun_of_speech_before_its_that_clause_is_an_attribution(body, cue, name, content):
    rows = _rows(body)
    assert (cue, name or "", [content], "clause_noun") in [(c, n or "", f, r) for c, n, f, r in rows]


def test_for_fear_that_is_a_belief_with_no_source_named():
    # recall20 asserted this was no report; the readable news labels count "for fear that C" (a Zyte page of
    # dev19), and clause_noun reads it, naming nobody
    body = "China is wary of offering concessions, for fear that he will only demand more."
    assert _rows(body) == [("fear", "", ["that he will only demand more"], "clause_noun")]


def test_clause_noun_adds_nothing_where_the_tagger_found_the_cue_itself():
    # the tagger reads "fresh allegations" as the cue; the noun's own cue lies inside it and is not added
    assert _rows("The vote took place amid fresh allegations that the count had been rigged.") == [
        ("fresh allegations", "", ["that the count had been rigged"], "")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The allegations that were made last year have been withdrawn.",  # a relative "that"
        "Abandoning the plan allowed Ortega to claim that the city was safe.",  # "to claim": a verb
        "The union claims that the deal is unfair.",  # a verb after its subject
    ],
)
def test_clause_noun_leaves_relatives_and_verbs_alone(body):
    assert all(r != "clause_noun" for _, _, _, r in _rows(body))


def test_the_verb_reading_of_a_clause_noun_form_is_kept():
    assert _rows("Officials fear that the river will flood.") == [
        ("fear", "officials", ["that the river will flood"], "subject_verb")
    ]


def test_noun_reading_needs_a_determiner_possessor_or_preposition_before_a_verb_form():
    w = clause_nouns()
    det = tables().determiner
    assert noun_reading(["amid", "fresh", "claims"], 2, det, w)
    assert noun_reading(["lee's", "claims"], 1, det, w)
    assert not noun_reading(["officials", "fear"], 1, det, w)
    assert not noun_reading(["to", "claim"], 1, det, w)  # a verb after "to" ...
    assert noun_reading(["to", "claims"], 1, det, w)  # ... a plural noun after it


def test_fronted_end_cuts_only_a_phrase_that_opens_the_sentence():
    w = clause_nouns()
    assert fronted_end(["despite", "claims", "that", "it", "failed", ",", "we", "won"], 1, 2, 8, w) == 5
    assert fronted_end(["we", "won", "despite", "claims", "that", "it", "failed", ",", "so"], 3, 4, 9, w) == 9


# ----- coordinated_that -------------------------------------------------------------------------------------


def test_three_coordinated_that_clauses_are_one_content():
    # was: only "that rents rose fastest in the cities"
    rows = _rows(
        "In findings published on Monday, economists from two universities reported that rents rose fastest "
        "in the cities; that wages lagged behind; and that a large share of tenants moved."
    )
    assert rows == [
        ("reported", "economists from two universities",
         ["that rents rose fastest in the cities; that wages lagged behind; and that a large share of "
          "tenants moved"], "subject_verb")
    ]


def test_a_semicolon_without_another_that_still_ends_the_content():
    assert _rows("The mayor said that rents rose; wages fell.")[0][2] == ["that rents rose"]


def test_coordinated_that_reads_only_after_a_that_content():
    assert coordinated_that(["that", "a", "rose", ";", "that", "b", "fell"], 0, 3)
    assert coordinated_that(["that", "a", "rose", ";", "but", "that", "b", "fell"], 0, 3)
    assert not coordinated_that(["a", "rose", ";", "that", "b", "fell"], 0, 2)
    assert not coordinated_that(["that", "a", "rose", ";"], 0, 3)


# ----- np_clause --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # was: nothing found by the rules (the clause after the adjunct opens with a noun phrase)
        ("The survey also found in most regions the number of nurses had fallen.",
         "the number of nurses had fallen"),
        ("The council said in a statement the new rules would include higher fees.",
         "the new rules would include higher fees"),
        ("The ministry said on its website most of the schools would reopen.",
         "most of the schools would reopen"),
        # two time leads: "earlier this week"
        ("Local farmers said earlier this week the ministry might act soon.", "the ministry might act soon"),
        # unchanged: a pronoun subject after the adjunct
        ("She said in an interview with the Times she was open to a deal.", "she was open to a deal"),
    ],
)
def test_a_clause_with_a_noun_phrase_subject_after_an_adjunct_is_content(body, content):
    assert [f for _, _, f in _rules_alone(body)] == [[content]]


def test_an_object_after_an_adjunct_is_no_clause():
    assert _rules_alone("Police found in the house the body of a man who was missing.") == []


def test_np_clause_needs_an_auxiliary_and_no_pronoun_or_new_determiner():
    t = tables()
    words = ["most", "of", "the", "people", "who", "died", "were", "hit"]
    assert np_clause(words, words, 0, 8, t)
    assert not np_clause(["the", "times", "he", "was"], ["the", "Times", "he", "was"], 0, 4, t)
    assert not np_clause(["reuters", "the", "firm", "was"], ["Reuters", "the", "firm", "was"], 0, 4, t)
    assert not np_clause(["a", "reuter", "report", "had"], ["a", "Reuter", "report", "had"], 1, 4, t)
    assert not np_clause(["the", "rules", "included", "fees"], ["the", "rules", "included", "fees"], 0, 4, t)
