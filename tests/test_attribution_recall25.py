"""Recall rules of session 21 (issue 12, recall25): reports the analyzer missed; the sentences are the
project's own, of the same shapes as the misses.

* ``anonymity_request`` (attribution/anonymity.py): "one trader, who asked not to be named, told C": the
  request is refused speech by the trader (the labelling notes), no longer dropped.
* ``according_relative`` (shapes/according_to.py): "according to a source, who declined to be named, C":
  C is what the source is cited for, not the relative clause.
* ``described_addressee`` (addressed.py): "told Brussels-based media network EURACTIV C".
* ``adjunct_aside`` and ``adjunct_comma`` (boundaries.py): "announced via Twitter around 11:30 am (1830
  UTC), C".
"""

from __future__ import annotations

from attribution_helpers import rule_attributions

from analysis.attribution.addressed import described_addressee_end
from analysis.attribution.anonymity import EXAMPLES, anonymity_requests, may_request_anonymity
from analysis.attribution.rule_base import Raw
from analysis.model import Span


def _rows(body: str) -> list[tuple[str, str | None, str, str, list[str], str]]:
    """(cue, source span, source name, kind, content fragments, cue rule) of each attribution found."""
    t, found = rule_attributions(body)
    return [
        (
            t[x.cue.start : x.cue.end] if x.cue else "",
            t[x.source.start : x.source.end] if x.source else None,
            x.source_name,
            x.kind,
            [t[c.start : c.end] for c in x.content],
            x.cue_by.rule,
        )
        for x in found
    ]


def _refused(body: str) -> list[tuple[str, str, list[str]]]:
    """(cue, source name, content) of each refused attribution of ``anonymity_request``."""
    return [(c, name, f) for c, _, name, kind, f, rule in _rows(body) if rule == "anonymity_request"]


# ----- anonymity_request -----------------------------------------------------------------------------------


def test_a_relative_request_for_anonymity_is_refused_speech_by_its_antecedent():
    # was: dropped ("asked" with the content "not to be named" was set aside as a condition of the interview)
    rows = _rows(
        "Prices rose. However, one trader, who asked not to be named, told Reuters the sale was due."
    )
    refused = [r for r in rows if r[5] == "anonymity_request"]
    assert [(c, name, kind, f) for c, _, name, kind, f, _ in refused] == [
        ("asked not to be named", "trader", "refused", ["asked not to be named"])
    ]
    # the trader's own statement is still there, with the same source
    assert ("told", "trader", "indirect", ["the sale was due"]) in [(c, n, k, f) for c, _, n, k, f, _ in rows]


def test_a_participle_after_the_subject_is_the_subjects_request():
    assert _refused("The officials, asking not to be identified, said the plan would go ahead.") == [
        ("asking not to be identified", "officials", ["asking not to be identified"])
    ]


def test_a_participle_after_a_cue_takes_the_cues_source():
    body = 'A trader said prices fell. "We are still waiting," he added, asking not to be identified.'
    assert _refused(body) == [("asking not to be identified", "trader", ["asking not to be identified"])]


def test_a_request_with_an_adverb_after_who_and_a_verb_of_declining():
    body = "Jane Roe spoke. A second official, who also declined to be identified, said the talks had failed."
    assert _refused(body) == [("declined to be identified", "second official", ["declined to be identified"])]


def test_the_request_inside_an_appositive_resolves_as_the_host_does():
    # the whole source span of "said" (with its appositive): the resolver reads both alike
    body = "The Harbour spokesman, a ministry official who wished not to be identified, said sales were up."
    rows = _rows(body)
    assert {(c, name) for c, _, name, _, _, _ in rows} == {
        ("wished not to be identified", "Harbour spokesman"),
        ("said", "Harbour spokesman"),
    }


def test_asking_someone_else_not_to_name_a_person_is_no_request_for_anonymity():
    assert _refused("The trader asked the bank not to name the buyer.") == []


def test_a_request_after_and_is_read_only_right_after_who_or_a_comma():
    # near miss: the request is the second verb of a relative clause; the labellers left such a one unlabelled
    assert (
        _refused("A refugee who feared retaliation and asked not to be identified said the camp was full.")
        == []
    )


def test_the_pure_function_adds_the_request_and_drops_a_reading_inside_it():
    t = EXAMPLES[0]
    told = Raw(Span(39, 43), Span(0, 37), [Span(52, 74)], "tell", "neutral", 0, span=Span(0, len(t)))
    asked = Raw(Span(16, 21), Span(12, 15), [Span(22, 37)], "ask", "neutral", 0, span=Span(0, len(t)))
    out = anonymity_requests(t, [told, asked])
    assert [(t[r.cue.start : r.cue.end], r.rule) for r in out] == [
        ("told", ""),
        ("asked not to be named", "anonymity_request"),
    ]
    assert told.content == [Span(52, 74)] and len(out) == 2  # the inputs are not changed
    assert not may_request_anonymity("The trader asked the bank not to name the buyer.")


# ----- according_relative ----------------------------------------------------------------------------------


def test_according_to_a_source_with_a_relative_clause_cites_the_clause_after_it():
    # was: the content was "who also declined to be named" (the source's own request)
    rows = _rows("But, according to a second source, who also declined to be named, the talks had failed.")
    assert ("according to", "second source", "according_to", ["the talks had failed"]) in [
        (c, n, k, f) for c, _, n, k, f, _ in rows
    ]


# ----- described_addressee ---------------------------------------------------------------------------------


def test_told_an_outlet_described_before_its_name_then_the_clause():
    # was: nothing found (the addressee opened with lower-case words, so no clause was found after it)
    rows = _rows("Jane Roe told Brussels-based media network EURACTIV the deal was dead.")
    assert [(c, src, f) for c, src, _, _, f, _ in rows] == [("told", "Jane Roe", ["the deal was dead"])]


def test_the_described_addressee_needs_a_name_after_its_head_noun():
    words = "media network staff about the plan".split()
    assert described_addressee_end(words, words, 0, len(words)) is None
    words = "the local newspaper Harbour Herald she would resign".split()
    assert described_addressee_end(words, [w.lower() for w in words], 0, len(words)) == 5
    assert _rows("Jane Roe told media network staff about the plan.") == []


# ----- adjunct_aside, adjunct_comma ------------------------------------------------------------------------


def test_a_time_with_a_parenthesis_and_a_comma_before_the_clause():
    # was: nothing found (the parenthesis ended the search for the content)
    rows = _rows("The company announced via Twitter around 11:30 am (1830 UTC), the launch would be delayed.")
    assert [(c, f) for c, _, _, _, f, _ in rows] == [("announced", ["the launch would be delayed"])]


def test_a_parenthesis_before_that_is_skipped_too():
    rows = _rows("The company announced via Twitter around 11:30 am (1830 UTC) that the launch was delayed.")
    assert [(c, f) for c, _, _, _, f, _ in rows] == [("announced", ["that the launch was delayed"])]


def test_a_comma_after_the_adjunct_needs_a_clause_after_it():
    # near misses: a participle, a relative clause after the comma open no reported clause
    rows = _rows("The company announced on Monday, adding that it would close.")
    assert [(c, f) for c, _, _, _, f, _ in rows] == [("adding", ["that it would close"])]
    assert _rows("The firm said on Monday, when the talks ended, the deal was off.") == []


# ----- relative_subject ------------------------------------------------------------------------------------


def test_a_subject_with_a_relative_clause_before_the_cue():
    # was: "ordered" with the rest of the sentence as its content, and "claimed" lost
    rows = _rows(
        "The rules changed. The officials who ordered that change claimed the new system would save money."
    )
    assert [(c, src, name, f, rule) for c, src, name, _, f, rule in rows] == [
        ("claimed", "The officials", "officials", ["the new system would save money"], "relative_subject")
    ]


def test_the_object_of_the_relative_clause_is_no_source():
    rows = _rows("Some customers who sought help on launch day reported wait times of two hours.")
    assert [(c, name, f) for c, _, name, _, f, _ in rows] == [
        ("reported", "customers", ["wait times of two hours"])
    ]


def test_a_relative_clause_with_no_cue_after_it_adds_nothing():
    # near miss: "was arrested" is no cue; the relative clause's own "said" is left as the rules read it
    rows = _rows("The man who said the plan failed was arrested.")
    assert [rule for *_, rule in rows] in ([], ["subject_verb"])
    assert "relative_subject" not in [rule for *_, rule in rows]


# ----- bare_ruling -----------------------------------------------------------------------------------------


def test_a_ruling_without_that_reports_its_clause():
    # was: nothing found (that_verb read "ruled" only before "that")
    rows = _rows("A judge ruled Evers lacked authority to move the vote.")
    assert [(c, name, f, rule) for c, _, name, _, f, rule in rows] == [
        ("ruled", "judge", ["Evers lacked authority to move the vote"], "that_verb")
    ]


def test_ruling_over_a_country_out_a_retrial_or_a_passive_reports_nothing():
    for body in (
        "The king ruled the country for a decade.",
        "The judge ruled out a retrial.",
        "The try was ruled to have started in front of the kicker.",
        "The way customs rules are applied failed the firms.",
    ):
        assert [c for c, *_ in _rows(body) if c in ("ruled", "rules")] == [], body


# ----- ruled_out -------------------------------------------------------------------------------------------


def test_a_possibility_ruled_out_is_a_statement_and_a_negated_one_refused():
    # was: nothing found ("ruled" is in no verb list before "out")
    rows = _rows("The champion has ruled out any chance of playing in the final.")
    assert [(c, name, kind, f, rule) for c, _, name, kind, f, rule in rows] == [
        ("ruled out", "champion", "indirect", ["any chance of playing in the final"], "ruled_out")
    ]
    rows = _rows("The new owner has not ruled out the possibility of a new model.")
    assert [(c, kind, f) for c, _, _, kind, f, _ in rows] == [
        ("has not ruled out", "refused", ["the possibility of a new model"])
    ]


def test_ruling_out_a_goal_names_no_possibility():
    assert _rows("The referee ruled out the goal.") == []


# ----- belief_adjective ------------------------------------------------------------------------------------


def test_an_adjective_of_belief_after_be_reports_its_clause():
    # was: nothing found (the adjectives are in no verb list)
    rows = _rows("Critics are also concerned that the directive could spread.")
    assert [(c, name, f, rule) for c, _, name, _, f, rule in rows] == [
        ("concerned", "critics", ["that the directive could spread"], "that_verb")
    ]
    rows = _rows("Jane Roe spoke on Sunday. She is concerned too many children are playing the games.")
    assert [(c, name, f) for c, _, name, _, f, _ in rows] == [
        ("concerned", "Jane Roe", ["too many children are playing the games"])
    ]


def test_an_adjective_of_belief_before_a_topic_or_as_a_modifier_reports_nothing():
    for body in (
        "Residents are concerned about the levees.",
        "The people concerned were told.",
        "A concerned parent wrote in.",
        "Officials are not concerned that the levee will fail.",
    ):
        assert [c for c, *_ in _rows(body) if "concerned" in c] == [], body


def test_inside_a_statement_the_belief_stays_the_inner_beliefs():
    rows = _rows("Officials said they are confident they can make the pact work.")
    assert [(c, rule) for c, *_, rule in rows] == [
        ("said", "subject_verb"),
        ("are confident", "inner_belief"),
    ]


# ----- reported_intention ----------------------------------------------------------------------------------


def test_an_adverb_before_an_intention_reports_the_clause():
    # was: nothing found (the adverb gave way to "planning", which senses.intention then dropped)
    rows = _rows("The government is reportedly planning to sell the bank.")
    assert [(c, src, f) for c, src, _, _, f, _ in rows] == [
        ("reportedly", None, ["The government is", "planning to sell the bank"])
    ]


def test_an_adverb_before_a_reporting_verb_still_yields_to_it():
    rows = _rows("The government reportedly said it would sell the bank.")
    assert [(c, src) for c, src, *_ in rows] == [("said", "The government")]
