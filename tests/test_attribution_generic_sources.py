"""Session 23's fact-check of an unread Wikinews page (wikinews-2020-061) and what reading around it showed:
every sentence here is written for the test, none is taken from an article.

- "... could be subject to a fine under National Rail Conditions of Travel ..." was a report the tagger made
  (cue "could be subject to a fine under National Rail"): the cheap check that a model cue holds a word that
  reports let "rail" through, the first word of the two-word cue "rail against". A verb that reports only with
  its particle counts only when the particle follows (:func:`analysis.attribution.refine.reporting_run`).
- "Anyone who ignores the guidance will be fined" was a report by a person named "Anyone": a relative "who"
  after an indefinite pronoun is a hypothetical speaker (rule_words class ``generic_antecedent``).
- "Those who attended said C" and "Those close to the minister said C" were set aside as documents named
  "attended" and "those": a relative clause made of a past verb alone is read by ``relative_subject`` (the
  source is the noun phrase before "who"), and "those" with a phrase after it is an unnamed group (rule
  ``postmodified_pronoun`` of the resolver; ``source_words.tsv``).
"""

from __future__ import annotations

from attribution_helpers import found_sources

from analysis import parse_article
from analysis.attribution import find_attributions
from analysis.attribution.refine import reporting_run


def test_a_particle_verb_reports_only_with_its_particle():
    assert reporting_run(["a", "fine", "under", "national", "rail", "conditions"], 0, 6) is False
    assert reporting_run(["she", "railed", "against", "the", "plan"], 1, 3) is True
    # the particle may stand just outside the run the tagger marked
    assert reporting_run(["she", "railed", "against", "the", "plan"], 1, 2) is True
    assert reporting_run(["he", "talked", "about", "taxes"], 1, 2) is True
    assert reporting_run(["he", "talked", "to", "us"], 1, 2) is False
    # a word that reports alone is unchanged
    assert reporting_run(["the", "minister", "said"], 0, 3) is True
    assert reporting_run(["the", "minister", "left"], 0, 3) is False


def test_a_hypothetical_speaker_after_anyone_who_is_no_source():
    text = "Anyone who ignores the guidance will be fined."
    assert find_attributions(parse_article(text, id="t"), keep=None) == []
    assert found_sources(text) == []


def test_a_relative_who_after_a_group_still_reports():
    # near misses: the relative pronoun after a plural noun is the source mention, as before
    text = "Officials who said the bridge was safe have resigned."
    assert [row[:2] + row[3:] for row in found_sources(text)] == [("said", "who", "unnamed_group")]
    text = "Rivera, who attended, said the talks had gone well."
    assert found_sources(text) == [("said", "Rivera, who attended", "Rivera", "named_person")]


def test_those_who_attended_are_the_source_not_the_verb_attended():
    text = "Those who attended said the talks had gone well."
    assert found_sources(text) == [("said", "Those", "those", "unnamed_group")]
    text = "Everyone who attended said the talks had gone well."
    assert found_sources(text) == [("said", "Everyone", "everyone", "unnamed_group")]
    text = "Passengers who disembarked said the crew stayed calm."
    assert found_sources(text) == [("said", "Passengers", "passengers", "unnamed_group")]


def test_a_relative_clause_with_a_subject_of_its_own_keeps_that_subject():
    # near miss: "who police said" has its own subject, the police
    text = "The man who police said was armed has fled."
    assert [row[:2] + row[3:] for row in found_sources(text)] == [("said", "police", "government_body")]


def test_those_with_a_phrase_after_it_is_an_unnamed_group():
    text = "Those close to the minister said he would resign."
    assert found_sources(text) == [
        ("said", "Those close to the minister", "those close to the minister", "unnamed_group"),
    ]
    text = "Those familiar with the talks said a deal was near."
    assert found_sources(text) == [
        ("said", "Those familiar with the talks", "those familiar with the talks", "unnamed_group"),
    ]
    # "those" as a demonstrative before a verb reports nothing
    assert found_sources("Those were the words the minister used.") == []


def test_a_described_name_before_who_is_the_source_with_its_description():
    # a readable page's "Name, a former police officer who responded said:": the name, not the role alone
    text = "David Ng, a former officer who responded said the woman was calm."
    assert found_sources(text) == [("said", "David Ng, a former officer", "David Ng", "named_person")]
