"""Recall and source rules of session 20 (issue 12, recall24): reports missed or credited to the wrong words,
from the session's line-by-line fact-check; the sentences are the project's own, of the same shapes.

* ``object_colon`` (shapes/subject_verb.py): 'X responded to the new rules via Twitter: "C."': the quotation
  after the colon is the content, not the object "the new rules" (which senses.response_only then dropped).
* ``sender_subject`` (shapes/verb.py): "Pompeo sent a letter requesting C": the participle's source is the
  writer, not "Pompeo sent a letter".
* ``accused_act`` (shapes/verb.py): "accused A of trying to ..., threatening to ...": the threat is A's act
  inside the accusation, not the accusers' speech.
"""

from __future__ import annotations

from attribution_helpers import rule_attributions

from analysis import parse_article
from analysis.attribution.rule_base import Sentence
from analysis.attribution.shapes import Context, sees_forecast
from analysis.attribution.shapes.sees_forecast import may_see
from analysis.attribution.shapes.verb import sender_verb_in
from analysis.model import Span


def _rows(body: str) -> list[tuple[str, str | None, str, str, list[str]]]:
    """(cue, source span, source name, source rule, content fragments) of each attribution found."""
    t, found = rule_attributions(body)
    return [
        (
            t[x.cue.start : x.cue.end],
            t[x.source.start : x.source.end] if x.source else None,
            x.source_name,
            x.source_by.rule,
            [t[c.start : c.end] for c in x.content],
        )
        for x in found
    ]


# ----- object_colon ----------------------------------------------------------------------------------------


def test_a_quotation_after_the_object_and_a_colon_is_the_response():
    # was: nothing found (the content "the new rules" named what was answered, and was dropped)
    rows = _rows(
        'Jane Roe, the foreign minister, responded to the new rules via Twitter: "We will not comply."'
    )
    assert [(c, src, name, f) for c, src, name, _, f in rows] == [
        ("responded to", "Jane Roe, the foreign minister", "Jane Roe", ['"We will not comply."'])
    ]


def test_the_quotation_after_the_colon_carries_its_provenance():
    t, found = rule_attributions('Jane Roe responded to the rules in a statement: "We will not comply."')
    assert [x.content_by.rule for x in found] == ["subject_verb+object_colon"]


def test_without_an_object_the_colon_quotation_was_already_found():
    assert _rows('Jane Roe responded via Twitter: "We will not comply."') == [
        ("responded", "Jane Roe", "Jane Roe", "subject_verb", ['"We will not comply."'])
    ]


def test_a_quotation_in_the_next_sentence_is_not_the_objects_colon():
    # near miss: no colon, the object stands alone and nothing said is reported at "responded to"
    rows = _rows('Jane Roe responded to the new rules. "We will not comply," she said.')
    assert [(c, f) for c, _, _, _, f in rows] == [("said", ['"We will not comply,"'])]


def test_a_colon_before_a_list_is_no_response():
    # near miss: a colon, but no quotation after it
    assert _rows("Jane Roe responded to the new rules on the list: apples, pears and plums.") == []


# ----- sender_subject --------------------------------------------------------------------------------------


def test_the_writer_of_a_letter_is_the_source_of_its_request():
    # was: source "Pompeo sent a letter" (typed a document), or nothing found
    rows = _rows("Pompeo sent a letter requesting that the rules be withdrawn.")
    assert rows == [
        ("requesting", "Pompeo", "Pompeo", "subject_verb+sender_subject", ["that the rules be withdrawn"])
    ]


def test_the_writer_with_an_addressee_between_is_the_source():
    rows = _rows("Mike Pompeo sent a letter to the chairman requesting information about the deal.")
    assert [(c, src, name, f) for c, src, name, _, f in rows] == [
        ("requesting", "Mike Pompeo", "Mike Pompeo", ["information about the deal"])
    ]


def test_an_issued_statement_is_its_issuers():
    rows = _rows("The firm issued a statement denying that it had broken the law.")
    assert [(c, src, f) for c, src, _, _, f in rows] == [
        ("denying", "The firm", ["that it had broken the law"])
    ]


def _sender_at(text: str) -> int | None:
    """:func:`sender_verb_in` over the words of ``text`` left of its last word (the participle cue)."""
    art = parse_article(text)
    sent = art.sentences[0]
    s = Sentence(art.text, art.tokens_in(sent), 0, Span(sent.start, sent.end))
    cue = s.lw.index(text.split()[-1].lower())
    return sender_verb_in(Context(art, []), s, (0, cue))


def test_a_verb_of_sending_with_no_document_is_no_writer():
    # near miss: "sent troops" is no piece of writing, so the source is not cut at "sent"
    assert _sender_at("Mike Pompeo sent troops requesting") is None
    assert _sender_at("Mike Pompeo sent a letter requesting") == 2
    assert (
        _sender_at("Mike Pompeo sent a long and very detailed formal letter to the board requesting") is None
    )


# ----- accused_act -----------------------------------------------------------------------------------------


def test_a_threat_inside_an_accusation_is_not_the_accusers_speech():
    # was: "threatening" credited to the prosecutors
    rows = _rows(
        "Prosecutors accused Smith of trying to pressure the lender to release funds, "
        "threatening to hold a news conference."
    )
    assert [(c, src, f) for c, src, _, _, f in rows] == [
        ("accused", "Prosecutors", ["Smith of trying to pressure the lender to release funds"])
    ]


def test_a_statement_after_an_accusation_stays_the_accusers():
    # near miss: "saying" is a plain statement, the prosecutors'
    rows = _rows("Prosecutors accused Smith of lying to the bank, saying that he had forged the documents.")
    assert [(c, src, f) for c, src, _, _, f in rows] == [
        ("accused", "Prosecutors", ["Smith of lying to the bank"]),
        ("saying", "Prosecutors", ["that he had forged the documents"]),
    ]


def test_a_threat_after_an_accusation_of_a_noun_stays_the_accusers():
    # near miss: "accused Smith of fraud" holds no act of his that the threat could continue
    rows = _rows("Prosecutors accused Smith of fraud, threatening to seize his assets.")
    assert [(c, src, f) for c, src, _, _, f in rows] == [
        ("accused", "Prosecutors", ["Smith of fraud"]),
        ("threatening", "Prosecutors", ["to seize his assets"]),
    ]


# ----- fronted_concession ----------------------------------------------------------------------------------


def test_a_concessive_clause_after_said_opens_the_content():
    # was: nothing found ("while" was skipped as an adjunct, and no "that" or quotation followed)
    rows = _rows("He said while everyone had the right to be safe, they also had duties.")
    assert [(c, src, f) for c, src, _, _, f in rows] == [
        ("said", "He", ["while everyone had the right to be safe, they also had duties"])
    ]


def test_a_conditional_clause_after_said_opens_the_content():
    rows = _rows("She said if the talks fail, the plant will close.")
    assert [(c, f) for c, _, _, _, f in rows] == [("said", ["if the talks fail, the plant will close"])]


def test_a_participle_after_while_is_the_occasion_not_the_content():
    # near miss: "while visiting Paris" says when he spoke; the content is the "that" clause
    rows = _rows("He said while visiting Paris that the deal was done.")
    assert [(c, f) for c, _, _, _, f in rows] == [("said", ["that the deal was done"])]


# ----- sees_forecast ---------------------------------------------------------------------------------------


def test_a_present_sees_of_a_named_analyst_is_a_forecast():
    # was: nothing found (the rules read "sees", the tagger, trained on PolNeAR, dropped it)
    rows = _rows("Jane Roe sees Acme earning 50 to 75 cts a share in 1987.")
    assert [(c, src, name, f) for c, src, name, _, f in rows] == [
        ("sees", "Jane Roe", "Jane Roe", ["Acme earning 50 to 75 cts a share in 1987"])
    ]
    t, found = rule_attributions("Jane Roe sees Acme earning 50 to 75 cts a share in 1987.")
    assert [(x.cue_by.rule, x.cue_class) for x in found] == [("sees_forecast", "predicting")]


def test_a_firm_that_sees_growth_is_forecasting():
    rows = _rows("Looking ahead, Home Depot sees sales growth of 1.8 percent.")
    assert [(c, src, f) for c, src, _, _, f in rows] == [
        ("sees", "Home Depot", ["sales growth of 1.8 percent"])
    ]


def test_a_perception_is_no_forecast():
    # near misses: a modal before "see", a past "saw", a subject that is nobody
    assert _rows("He could see the smoke from the road.") == []
    assert _rows("She saw the stock fall on Monday.") == []
    assert _rows("The deal sees the firm cut 500 jobs.") == []


def test_the_shapes_examples_after_the_tagger():
    # what the analyzer finds in each of the shape's examples (tests/test_shapes.py shows the rules alone)
    assert [[(c, src) for c, src, _, _, _ in _rows(e)] for e in sees_forecast.EXAMPLES] == [
        [("sees", "Jane Roe")],
        [("see", "Analysts")],
        [],
        [],
        [],
    ]


def test_the_prefilter_finds_only_a_sees_or_a_plural_nouns_see():
    assert may_see("Analysts see few signs.") and may_see("he sees a rise")
    assert not may_see("You will see it.") and not may_see("See page 4.")
