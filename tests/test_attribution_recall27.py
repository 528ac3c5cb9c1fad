"""Recall rules of session 23 (issue 12, recall27): reports the analyzer missed; the sentences are the
project's own, of the same shapes as the misses (session 22's fact-check of unread pages and the readable
splits).

* ``statement_object`` (shapes/statement_object.py): "The council issued a statement that C", 'The club
  released a statement: "C"', 'X gave a different account, also speaking via Twitter: "C"'.
* ``document_clause`` (shapes/document_clause.py): a document's finding before a bare clause, which the
  tagger drops ("Figures showed C", "the advisory indicated C", "Estimates by the government state C").
* ``document_modifier`` (lexicon.document_modified): a sentence-initial document noun with a modifier
  ("Estimates by the government state C") reads "state" as a document cue.
* ``fronted_quotation`` (shapes/fronted_participle.py): 'Calling it a "culture of death" the archbishop
  said C' (no comma after the quotation).
* ``function_word_surname`` (noun_phrases.py): "Martin How said C" at a sentence start.
* ``withheld_information`` (shapes/withheld.py, withheld.tsv ``topic_verb``): "The ministry would not
  comment on the size of the deal", "would not speculate on C" (kind refused).
* ``identified_as`` (shapes/identified_as.py): "Police identified the suspect as C".
* ``medium_clause`` (shapes/medium_clause.py): "The central bank said in a statement the measures included
  C" (a bare clause after a medium adjunct).
"""

from __future__ import annotations

from attribution_helpers import rule_rows

from analysis.attribution.lexicon import document_modified

# ----- statement_object ------------------------------------------------------------------------------------


def test_a_statement_issued_with_a_that_clause_is_a_report():
    # was: nothing found ("issued" and "statement" were no cue here)
    assert rule_rows("The council issued a statement that the road would stay closed until Friday.") == [
        ("issued a statement", "council", ["the road would stay closed until Friday"], "statement_object")
    ]


def test_a_statement_released_before_a_colon_reports_the_quotation():
    assert rule_rows('The club released a statement: "We are deeply saddened by the news."') == [
        ("released a statement", "club", ['"We are deeply saddened by the news."'], "statement_object")
    ]


def test_an_account_given_with_an_aside_before_the_colon():
    rows = rule_rows('Bolton gave a different account, also speaking via Twitter: "The talks went well."')
    assert rows == [("gave a different account", "Bolton", ['"The talks went well."'], "statement_object")]


def test_a_statement_issued_with_nothing_reported_or_a_relative_that_is_no_report():
    assert rule_rows("The company released a statement on Monday.") == []
    assert rule_rows("The firm issued a statement that appeared to end the row.") == []
    assert rule_rows("The bank released a new policy: rates will rise.") == []


# ----- document_clause -------------------------------------------------------------------------------------


def test_figures_showing_a_clause_are_kept_after_the_tagger():
    # was: nothing (the rules read subject_verb, the tagger dropped it)
    assert rule_rows("Figures showed house prices are still rising.") == [
        ("showed", "figures", ["house prices are still rising"], "document_clause")
    ]


def test_an_advisory_indicating_a_clause_is_kept_after_the_tagger():
    assert rule_rows("The NHC advisory indicated the maximum sustained winds were near 120 mph.") == [
        ("indicated", "NHC advisory", ["the maximum sustained winds were near 120 mph"], "document_clause")
    ]


def test_estimates_by_a_body_state_a_clause():
    # was: nothing ("Estimates" opens the sentence, so "state" was no document cue)
    assert rule_rows("Estimates by the government state about 350,000 people have fled the region.") == [
        ("state", "government", ["about 350,000 people have fled the region"], "document_clause")
    ]


def test_a_video_a_noun_phrase_or_a_person_is_left_to_the_tagger():
    assert rule_rows("A video shows the officers rammed the door.") == []
    assert rule_rows("The figures showed a rise.") == []
    assert rule_rows("The engineers showed the bridge was safe.") == [
        ("showed", "engineers", ["the bridge was safe"], "subject_verb")
    ]


def test_document_modified_at_the_sentence_start():
    assert document_modified(["Estimates", "by", "the", "government"], 3)
    assert not document_modified(["Herald", "by", "the", "sea"], 3)


# ----- fronted_quotation -----------------------------------------------------------------------------------


def test_a_fronted_participle_closed_by_its_quotation():
    # was: only "said" ("Calling" needed a comma after its clause)
    assert rule_rows('Calling it a "culture of death" the archbishop said the law would harm the poor.') == [
        ("Calling", "archbishop", ['"culture of death"'], "fronted_participle"),
        ("said", "archbishop", ["the law would harm the poor"], "subject_verb"),
    ]


def test_a_quotation_inside_the_participle_clause_before_its_comma_changes_nothing():
    assert rule_rows('Calling it a "culture of death", the archbishop said the law would harm the poor.') == [
        ("Calling", "archbishop", ['"culture of death"'], "fronted_participle"),
        ("said", "archbishop", ["the law would harm the poor"], "subject_verb"),
    ]
    assert rule_rows('Calling it a "culture of death" and a disgrace, the archbishop left.') == []


# ----- function_word_surname -------------------------------------------------------------------------------


def test_a_surname_that_is_a_function_word_after_a_given_name():
    # was: the source was empty ("How" ended the noun phrase)
    assert rule_rows("Martin How said the plan would fail.") == [
        ("said", "Martin How", ["the plan would fail"], "subject_verb")
    ]


def test_a_wh_word_after_a_name_in_lower_case_is_no_surname():
    rows = rule_rows("He asked Martin how he felt.")
    assert [r[1] for r in rows] != ["Martin how"]
    assert rule_rows("Asked about Martin, How said nothing.") == []


# ----- medium_clause ---------------------------------------------------------------------------------------


def test_a_bare_clause_after_in_a_statement_is_reported():
    # was: nothing found (the clause after the adjunct has no auxiliary)
    body = "The central bank said in a statement the measures included higher provisions for bad loans."
    content = ["the measures included higher provisions for bad loans"]
    # since session 23's retrain the tagger reads it first (its cue takes the adjunct in); medium_clause adds
    # only what the rules and the tagger left unread
    # ... and since session 24's end retrain the tagger leaves it, and medium_clause reads it again
    assert rule_rows(body) == [("said", "central bank", content, "medium_clause")]


def test_a_bare_clause_after_in_the_past_keeps_the_appositive_source():
    rows = rule_rows("Acme, the maker of the game, has said in the past it markets its games responsibly.")
    # since session 23's retrain the tagger reads it first, its source the appositive alone (a known defect,
    # closing note of session 23): medium_clause, which kept "Acme", no longer sees it; the resolver names
    # the name the appositive describes (rule appositive_source_name, session 24)
    # since session 24's end retrain the tagger leaves it again and medium_clause reads it, with "Acme"
    assert rows == [("said", "Acme", ["it markets its games responsibly"], "medium_clause")]


def test_an_adjunct_with_no_clause_after_it_is_no_medium_clause():
    rows = rule_rows("The bank said in a statement on its website.")
    assert [r for r in rows if r[3] == "medium_clause"] == []


# ----- withheld_information: comment / speculate on --------------------------------------------------------


def test_would_not_comment_on_a_topic_is_a_refusal():
    # was: nothing found ("comment" after "would not" was read as no verb)
    assert rule_rows("The ministry would not comment on the size of the deal.") == [
        ("would not comment", "ministry", ["on the size of the deal"], "withheld_information")
    ]
    assert rule_rows("Delegates wouldn't speculate on the chances of a deal.") == [
        ("wouldn't speculate", "delegates", ["on the chances of a deal"], "withheld_information")
    ]


def test_a_comment_not_negated_or_with_no_topic_is_no_refusal():
    assert rule_rows("The ministry would not comment.") == []
    assert [r for r in rule_rows("Delegates will speculate on the chances of a deal.") if r[3]] == []


# ----- identified_as ---------------------------------------------------------------------------------------


def test_identified_as_reports_what_the_source_found():
    # was: nothing found ("identify" is in no verb list)
    assert rule_rows("Police identified the suspect as a 21-year-old man from Leeds.") == [
        ("identified", "police", ["the suspect as a 21-year-old man from Leeds"], "identified_as")
    ]


def test_identified_without_as_or_in_the_passive_is_no_report():
    assert rule_rows("The team identified the problem quickly.") == []
    assert rule_rows("The body was identified as that of a local man.") == []
