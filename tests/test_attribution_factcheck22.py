"""Session 18's fact-check of two unread Wikinews pages (wikinews-2019-125, wikinews-2020-075) and the BBC
shapes it led to: every sentence here is written for the test, none is taken from an article.

- "The storm claimed three lives, police said": "claimed ... lives" is read as a death toll (sense
  ``prize_taken``), but until refinement dropped it, it held the clause before the comma, so the police's
  report was never read (the fact-checked page's "claimed 15,393 lives" had its source credited only
  because "according to" reads differently).
- "That showed a 93% increase": a sentence-opening "That" was read as a relative pronoun and credited as a
  person named "That".
- "Clinic and advocacy manager <name>": the capitalised first word of the title was taken as a first
  conjunct and the person credited as a group called "clinic".
- "according to the Canadian Public Health Infobase": a demonym opening a longer name kept it a person.
- "told BBC Radio 4's Today programme that C": the tokenizer cut "4's" into "4", "'", "s", and the
  apostrophe was read as an opening quote mark: the content began at "'s Today programme" (80 such
  addressees over the BBC corpus, 33 of them "BBC Radio 4's Today programme").
"""

from __future__ import annotations

from attribution_helpers import found_sources, span_rows

from analysis import parse_article
from analysis.attribution.extract import rule_sentences
from analysis.attribution.shapes.inversion import reporting
from analysis.tokens import tokenize


def test_a_numbers_possessive_is_one_token_not_a_quote_mark():
    text = "BBC Radio 4's Today programme and the 1990's boom, 'quoted'"
    assert [text[t.start : t.end] for t in tokenize(text)] == [
        "BBC", "Radio", "4's", "Today", "programme", "and", "the", "1990's", "boom", ",", "'", "quoted", "'",
    ]  # fmt: skip
    # a number before a closing quote mark is still the number and the mark
    text = "the word '4' stood out"
    assert [text[t.start : t.end] for t in tokenize(text)] == ["the", "word", "'", "4", "'", "stood", "out"]


def test_told_a_programme_of_a_numbered_radio_station_that_c():
    assert span_rows("Mr Smith told BBC Radio 4's Today programme that the plan was flawed.") == [
        ("told", "Mr Smith", ["that the plan was flawed"])
    ]
    assert span_rows('Ms Jones told BBC Radio 5 Live\'s Sportsweek programme: "We will be back."') == [
        ("told", "Ms Jones", ['"We will be back."'])
    ]


def test_a_death_toll_before_the_comma_is_what_police_said():
    assert span_rows("The storm claimed three lives, police said.") == [
        ("said", "police", ["The storm claimed three lives"])
    ]
    assert span_rows("The crash claimed two lives on Sunday, the agency said.") == [
        ("said", "the agency", ["The crash claimed two lives on Sunday"])
    ]


def test_a_real_report_before_the_comma_is_nested_in_the_inverted_one():
    # "denied" reports: the inverted "police said" takes the clause that holds it (statement_around),
    # and the denial stays an attribution of its own
    assert span_rows("He denied the charge, police said.") == [
        ("said", "police", ["He denied the charge"]),
        ("denied", "He", ["the charge"]),
    ]


def test_reporting_leaves_out_a_cue_read_as_no_report():
    art = parse_article("The storm claimed three lives.")
    [(s, raws, _)] = list(rule_sentences(art, frozenset(p.kind for p in art.parts)))
    assert [art.text[r.cue.start : r.cue.end] for r in raws] == ["claimed"]
    assert reporting(s, raws) == []
    art = parse_article("The mayor claimed the vote was rigged.")
    [(s, raws, _)] = list(rule_sentences(art, frozenset(p.kind for p in art.parts)))
    assert reporting(s, raws) == raws and len(raws) == 1


def test_a_sentence_opening_that_is_no_person():
    assert found_sources("Deaths doubled in May. That showed a 93% increase from a year before.") == []
    # a relative pronoun after its noun still stands for it
    assert found_sources("Officials who said the plan failed were fired.") == [
        ("said", "who", "officials", "unnamed_group")
    ]


def test_and_inside_a_lower_case_title_joins_no_sources():
    assert found_sources("Sales and marketing director Jane Smith said the plan had failed.") == [
        ("said", "Sales and marketing director Jane Smith", "Jane Smith", "named_person")
    ]
    assert found_sources("Health and safety officer Tom Price said the plan had failed.") == [
        ("said", "Health and safety officer Tom Price", "Tom Price", "named_person")
    ]
    # two people, the second with a lower-case title, stay two
    assert found_sources("Anna Berg and finance minister Tom Lee said the plan had failed.") == [
        ("said", "Anna Berg", "Anna Berg", "named_person"),
        ("said", "finance minister Tom Lee", "Tom Lee", "named_person"),
    ]


def test_a_demonym_opening_a_longer_definite_name_is_an_organisation():
    assert found_sources("Deaths rose, according to the Canadian Public Health Infobase.") == [
        ("according to", "the Canadian Public Health Infobase", "Canadian Public Health Infobase",
         "named_organisation")
    ]  # fmt: skip


def test_questioning_a_person_is_an_interview_not_a_report():
    # wikinews-2020-004's shape: the police's "they questioned <a person>" was credited as a report
    assert found_sources("Police said on Monday that they questioned the van's owner.") == [
        ("said", "Police", "police", "government_body")
    ]
    assert found_sources("Detectives questioned a 34-year-old man on Friday.") == []
    # doubts voiced stay reports
    assert found_sources("Smith questioned the decision to close the ward.") == [
        ("questioned", "Smith", "Smith", "named_person")
    ]
    assert found_sources("MPs questioned whether the plan would work.") == [
        ("questioned", "MPs", "MPs", "unnamed_group")
    ]
    # a person named inside the questioned clause is no person questioned
    assert found_sources("Jane Roe questioned if that made him a criminal.") == [
        ("questioned", "Jane Roe", "Jane Roe", "named_person")
    ]


def test_a_warning_to_people_of_a_place_is_read_with_its_addressee():
    assert span_rows("Local police warned people in the area to stay inside.") == [
        ("warned", "Local police", ["people in the area to stay inside"])
    ]
    assert span_rows("Officials advised residents near the plant to leave.") == [
        ("advised", "Officials", ["residents near the plant to leave"])
    ]
    # a second noun phrase after the addressee is still no instruction
    assert span_rows("He promised the voters the tax cuts to win.") == []


def test_the_comma_after_a_statement_s_medium_opens_the_content():
    # wikinews-2019-148's shape: the content was the adjunct "its report", and the report was set aside
    assert span_rows("Phivolcs said in its report, the fault makes the province seismically active.") == [
        ("said", "Phivolcs", ["the fault makes the province seismically active"])
    ]
    assert span_rows("The agency said in a statement, the plan would cut costs.") == [
        ("said", "The agency", ["the plan would cut costs"])
    ]
    # a relative clause or a participle after the comma is no reported clause
    body = "The agency said in a statement, which was issued late, that the plan would cut costs."
    assert span_rows(body) == [
        ("said", "The agency", ["that the plan would cut costs"])
    ]


def test_a_philippine_news_site_is_an_outlet():
    assert found_sources("Rappler reported three malls were damaged.") == [
        ("reported", "Rappler", "Rappler", "media_outlet")
    ]


def test_an_outlet_s_person_with_a_capitalised_or_two_word_role_is_named():
    # wikinews-2020-052 (dev5) read with the Philippine outlets added: "ABS-CBN CEO <name>" became the outlet
    assert found_sources("ABS-CBN CEO Carlo Reyes said the refunds were offered.") == [
        ("said", "ABS-CBN CEO Carlo Reyes", "Carlo Reyes", "named_person")
    ]
    assert found_sources("BBC director general Tony Hall said the plan was flawed.") == [
        ("said", "BBC director general Tony Hall", "Tony Hall", "named_person")
    ]
    # the outlet alone, and its unnamed reporter, stay as they were
    assert found_sources("Rappler reported the plan was flawed.") == [
        ("reported", "Rappler", "Rappler", "media_outlet")
    ]
    assert found_sources("A CNN reporter said the plan was flawed.") == [
        ("said", "A CNN reporter", "CNN reporter", "anonymous_person")
    ]
