"""Session 19's fact-check of six unread Wikinews pages (wikinews-2020-018, 2019-077, 2019-115, 2019-023,
2019-050, 2019-065) and the rules it led to: every sentence here is written for the test, none is taken from
an article.

- ', finding that C' after a clause was read as the noun "finding" and credited to nobody (rule
  ``participle_noun``: the sentence's subject);
- "the High Court of England and Wales" was split into two sources, one a government body called "Wales";
- 'said, "C." ((es))Spanish language: ...': a translation the sentence splitter left in the sentence was
  taken into the content, and so was the scene-setting phrase before the source;
- "since the winter of 2006–2007": the content stopped at the range's dash;
- "Ecologist Ryan Norris of the University of Guelph" was typed an organisation of that whole name
  (scientists' fields added to the role nouns);
- "Factors cited for the drop include ...": credited to "Factors" (sense ``particle_action`` of "cited for");
- 'The summary of the decision read in part: "..."' was missed ("in part" between "read" and its colon);
- "as of yesterday no arrests were reported" was a refusal with the content "of yesterday no arrests";
- "In the filing itself Ford also made this point, writing ...": the participle was the filing's;
- hedging: "To be thought of as ..." was a firm hedge (rule ``infinitive_opinion``), and "is widely
  suspected of" was not weasel.
"""

from __future__ import annotations

from attribution_helpers import found_sources, rule_attributions

from analysis import parse_article
from analysis.hedging import judge


def _rows(body: str) -> list[tuple[str, str | None, list[str], str]]:
    text, found = rule_attributions(body)
    return [
        (
            text[a.cue.start : a.cue.end] if a.cue else "",
            text[a.source.start : a.source.end] if a.source else None,
            [text[c.start : c.end] for c in a.content],
            a.source_by.rule,
        )
        for a in found
    ]


def _flags(text: str) -> list[tuple[bool, bool]]:
    return [(j.uncertain, j.weasel) for j in judge(parse_article(text), ())]


def test_a_participle_finding_after_a_comma_is_the_subjects_report():
    assert _rows("The court also ruled on Monday, finding that the law was void.") == [
        ("finding", "The court", ["that the law was void"], "clause_noun+participle_noun")
    ]
    # the noun after a determiner still names nobody
    assert _rows("The report came out on Monday, with the finding that the law was void.") == [
        ("finding", None, ["that the law was void"], "clause_noun")
    ]


def test_a_body_of_two_places_is_one_source():
    assert found_sources("The High Court of England and Wales said the plan was void.") == [
        ("said", "High Court of England and Wales", "High Court of England and Wales", "government_body")
    ]
    # two bodies, each named apart, stay two
    text = "Germany said no. The Bank of England and Germany said the plan was void."
    assert [row[1] for row in found_sources(text)] == ["Germany", "Bank of England", "Germany"]


def test_a_quotation_that_ends_its_sentence_ends_the_content():
    body = 'In his speech, Ross said, "We will win the vote today." ((es))Spanish language: Vamos.'
    assert _rows(body) == [("said", "Ross", ['"We will win the vote today."'], "inversion")]
    # a quotation that does not end a sentence is continued as before
    assert _rows('"We will win," he said, "and then we rest." The crowd cheered.') == [
        ("said", "he", ['"We will win,"', '"and then we rest."'], "direct_inversion")
    ]


def test_a_range_of_years_does_not_end_the_content():
    body = "The group announced on Wednesday the count was the highest since 2006–2007. It rained."
    assert _rows(body) == [
        ("announced", "The group", ["the count was the highest since 2006–2007"], "subject_verb")
    ]
    # a dash with spaces still ends it
    assert _rows("The group said the plan would fail – and it did.") == [
        ("said", "The group", ["the plan would fail"], "subject_verb")
    ]


def test_a_scientists_field_before_a_name_is_a_role():
    text = "Ecologist Ryan Norris of the University of Guelph in Ontario said the count was low."
    source = "Ecologist Ryan Norris of the University of Guelph in Ontario"
    assert found_sources(text) == [("said", source, "Ryan Norris", "named_person")]
    assert found_sources("Biologists said the fish were dying.") == [
        ("said", "Biologists", "biologists", "unnamed_group")
    ]


def test_factors_cited_for_a_drop_are_no_source():
    assert _rows("Factors cited for the drop include habitat loss and insecticides.") == []
    assert _rows("Analysts cited weak demand for the drop.") == [
        ("cited", "Analysts", ["weak demand for the drop"], "subject_verb")
    ]


def test_a_document_read_in_part():
    assert _rows('The summary of the decision read in part: "The order is void."') == [
        ("read", "The summary of the decision", ['"The order is void."'], "subject_verb")
    ]
    assert _rows("A statement read out by his lawyer was short.") == []


def test_an_infinitive_of_regard_is_no_opinion_passed_on():
    assert _flags('She said, "To be thought of as a hole of disease is not going to be productive."') == [
        (False, False)
    ]
    assert _flags("He wants to be seen as a leader.") == [(False, False)]
    assert _flags("The town is thought of as a safe place.") == [(False, True)]  # agentless_opinion


def test_a_suspicion_held_widely_is_weasel():
    assert _flags("He is widely suspected of lying.") == [(True, True)]
    assert _flags("He is suspected of lying.") == [(True, False)]


def test_as_of_a_day_opens_no_subject():
    # "as" ends the noun phrase on its left, so "of yesterday" was read as the subject's start
    assert _rows("The crash was examined by police, and as of yesterday no arrests were reported.") == []
    assert _rows("As of Monday two injuries were reported.") == [
        ("were reported", None, ["two injuries"], "passive_clause")
    ]


def test_a_participles_subject_after_a_prepositional_phrase_with_no_comma():
    body = 'In the filing itself Ford also made this point, writing "We are fully cooperating."'
    assert _rows(body) == [("writing", "Ford", ['"We are fully cooperating."'], "subject_verb")]
