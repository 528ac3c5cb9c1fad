"""Recall rules of session 18 (issue 12, recall22), each a shape found among the missed cues of the readable
news splits (dev21, dev20, dev19 and earlier ones, several publishers); the sentences are the project's
own, of the same shape.

* ``that_verb`` (shapes/that_verb.py, read after the tagger): a verb of finding, judging or conjecture outside
  the reporting-verb lexicon before its "that"-clause ("the court ruled that C", "Beijing has calculated
  that C"), source its subject.
* ``told_passive`` (shapes/told_passive.py, read after the tagger): an agentless passive of telling before the
  clause told ("he was told he would be sent home", "staff were told that C"), no source named.
* ``of_noun`` (shapes/of_noun.py, read after the tagger): a plural noun of speech, belief or forecast before
  the preposition that opens what it reports ("amid reports of violence", "the president's claims of
  fraud"), source the possessor or none.
"""

from __future__ import annotations

import pytest
from attribution_helpers import rule_rows

from analysis.attribution.shapes.of_noun import may_cite_by_noun, of_nouns
from analysis.attribution.shapes.that_verb import may_report_that, negated_before, that_verbs
from analysis.attribution.shapes.told_passive import be_before, may_be_told

_rows = rule_rows


# ----- that_verb --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "name", "content"),
    [
        # was: nothing found ("ruled" is in no cue list; the rules and the tagger read nothing here)
        ("An appeals court ruled that the new zoning law must be suspended.",
         "ruled", "appeals court", "that the new zoning law must be suspended"),
        # auxiliaries and an adverb between the subject and the verb
        ("The city's auditors have quietly determined that the pension fund was short by $2m.",
         "determined", "city auditors", "that the pension fund was short by $2m"),
        # a bare plural noun opens the clause (was "hinted", a reporting verb since session 24's recall24)
        ("The governor calculated that fares could rise again in the spring.",
         "calculated", "governor", "that fares could rise again in the spring"),
        # a progressive: "is betting that"
        ("The new owner is betting that younger fans will return to the stadium.",
         "betting", "new owner", "that younger fans will return to the stadium"),
    ],
)
def test_a_verb_of_finding_before_its_that_clause_is_an_attribution(body, cue, name, content):
    assert (cue, name, [content], "that_verb") in _rows(body)


def test_the_relative_clause_of_a_that_verb_ends_at_its_comma():
    rows = _rows("The committee, which established that the samples were spoiled, closed the lab on Friday.")
    found = [(c, f, r) for c, _, f, r in rows]
    assert ("established", ["that the samples were spoiled"], "that_verb") in found


@pytest.mark.parametrize(
    "body",
    [
        "The referee ruled out a second penalty.",  # no "that"
        "The mayor signed a decree that bans parking on the square.",  # a noun and a relative "that"
        "The inquiry has not determined that the driver was at fault.",  # negated: a finding denied
        "It is safe to assume that the talks will resume.",  # no subject of the verb's own
        "The coach ruled that out on Friday.",  # a demonstrative "that"
    ],
)
def test_that_verb_leaves_these_alone(body):
    assert all(r != "that_verb" for _, _, _, r in _rows(body)), _rows(body)


def test_that_verb_adds_nothing_where_the_rules_read_the_cue():
    # "found" is a lexicon verb: subject_verb reads it, and that_verb (which lists it since recall26, for
    # where the tagger drops the rules' reading) adds nothing where the rules' reading stands
    assert "found" in that_verbs()
    rows = _rows("The inspectors found that the wiring was faulty.")
    assert [r for _, _, _, r in rows] == ["subject_verb"]


def test_may_report_that_is_the_sentence_filter():
    assert may_report_that("Officials later determined that it was arson.")
    assert not may_report_that("Officials later determined the cause.")
    assert not may_report_that("Determined that it was arson, officials left.")  # a capital: read as a name


def test_negated_before_looks_at_the_words_before_the_verb():
    assert negated_before(["it", "has", "not", "determined"], 3)
    assert negated_before(["they", "didn't", "assume"], 2)
    assert not negated_before(["it", "has", "determined"], 2)


# ----- told_passive -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        # was: nothing found ("told" is no passive cue: "X was told to leave" is an instruction)
        ("After a long wait the driver was told he could keep his licence.", "was told",
         "he could keep his licence"),
        ("Tenants were also told that the rent would double in May.", "were also told",
         "that the rent would double in May"),
        # a noun-phrase subject with its auxiliary: a clause, not an object
        ("Parents have been told the school buses will not run on Monday.", "been told",
         "the school buses will not run"),  # the occasion ("on Monday") is cut, as for every rule
    ],
)
def test_an_agentless_passive_of_telling_reports_its_clause_with_no_source(body, cue, content):
    assert (cue, "", [content], "told_passive") in _rows(body)


@pytest.mark.parametrize(
    "body",
    [
        "The fans were told to stay in their seats.",  # an instruction
        "The pupils were told a story about the old mill.",  # an object, no clause
        "The family was never told that the trial had been moved.",  # negated
        "The children were told off for running in the hall.",  # a phrasal verb
    ],
)
def test_told_passive_leaves_these_alone(body):
    assert all(r != "told_passive" for _, _, _, r in _rows(body)), _rows(body)


def test_be_before_allows_one_adverb_and_the_sentence_filter_needs_a_form_of_be():
    assert be_before(["they", "were", "also", "told"], 3, frozenset({"were"})) == 1
    assert be_before(["they", "told"], 1, frozenset({"were"})) is None
    assert may_be_told("Staff were told that the office will close.")
    assert not may_be_told("She told staff that the office will close.")
    assert may_be_told("Staff were also told that the office will close.")


# ----- of_noun ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "name", "content"),
    [
        # was: nothing found ("reports of", "claims of" are no pairs of noun_cues.tsv)
        ("The match was halted amid reports of racist abuse in the stands.", "reports of", "",
         "racist abuse in the stands"),
        # a possessor is the source; the noun phrase ends before the sentence's auxiliary
        ("The senator's claims of a rigged count have been rejected by every court.", "claims of", "senator",
         "a rigged count"),
        ("Exports rose 4%, against the private forecasts of a small fall.", "forecasts of", "",
         "a small fall"),
    ],
)
def test_a_plural_noun_of_speech_before_its_preposition_is_an_attribution(body, cue, name, content):
    assert (cue, name, [content], "of_noun") in _rows(body)


@pytest.mark.parametrize(
    "body",
    [
        "The council published the reports, which ran to 90 pages.",  # no preposition
        "Claims of the kind are rare.",  # capitalised: the sentence's first word, read as a name
    ],
)
def test_of_noun_leaves_these_alone(body):
    assert all(r != "of_noun" for _, _, _, r in _rows(body)), _rows(body)


def test_of_nouns_are_plural_and_the_filter_reads_lower_case():
    assert all(n.endswith("s") for n, _ in of_nouns())
    assert may_cite_by_noun("amid reports of violence")
    assert not may_cite_by_noun("amid a report of violence")


def test_the_rules_misreading_of_a_noun_as_a_verb_is_dropped():
    # the rules read "claims" as a verb with "The mayor's repeated" as its subject; of_noun's cue holds it
    assert _rows("The mayor's repeated claims of a conspiracy have not convinced the council.") == [
        ("claims of", "", ["a conspiracy"], "of_noun")
    ]
