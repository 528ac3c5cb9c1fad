"""Recall rules of session 22 (issue 12, recall26): reports the analyzer missed; the sentences are the
project's own, of the same shapes as the misses (a fact-check of unread pages and the readable splits).

* ``per_source`` (shapes/per_source.py): "Per the decree, C", "C, per the WHO, D": "per" as "according to".
* ``document_modifier`` (lexicon.document_modified): 'The decree signed by the Pope read "C"': a short
  modifier between the document and "read"; "decree" is an attribution noun.
* "termed" and "branded" are reporting verbs (reporting_verbs.tsv), read as "called" is.
* ``estimate_at`` (shapes/estimate_at.py): "what organizers estimated at 1.7 million", "X put Y at N".
* ``that_verb`` reads "found that C" again after the tagger (that_verbs.tsv).
* ``put_it`` (shapes/put_it.py): "As one banker put it, C", "C, as one trader put it".
"""

from __future__ import annotations

from attribution_helpers import rule_rows

from analysis import parse_article
from analysis.attribution.extract import PROSE_KINDS
from analysis.attribution.lexicon import document_cue_at, document_modified
from analysis.attribution.quotes import scan_parts
from analysis.attribution.rule_base import Sentence
from analysis.attribution.shapes import Context, read_after_tagger
from analysis.attribution.shapes.estimate_at import quantity_at
from analysis.attribution.shapes.per_source import source_after_per
from analysis.model import Span

# ----- per_source ------------------------------------------------------------------------------------------


def test_sentence_initial_per_cites_its_source():
    # was: nothing found ("per" was read only as a channel after a cue)
    assert rule_rows("Per the decree, the tax will rise to 20 percent next year.") == [
        ("Per", "decree", ["the tax will rise to 20 percent next year"], "per_source")
    ]


def test_per_with_a_reduced_relative_takes_the_source_to_its_comma():
    assert rule_rows("Per numbers reported by AP, more than 300 people have died.") == [
        ("Per", "AP", ["more than 300 people have died"], "per_source")
    ]


def test_per_between_commas_cites_both_sides():
    assert rule_rows("The virus, per the health ministry, is spreading fast across the north.") == [
        ("per", "health ministry", ["The virus", "is spreading fast across the north"], "per_source")
    ]


def test_per_before_a_unit_or_a_rule_is_no_report():
    assert rule_rows("Per capita income rose by 3 percent.") == []
    assert rule_rows("Per the new framework, all centres may give the drug.") == []
    assert rule_rows("Shares cost $5, per share, in the offer.") == []


def test_a_man_named_per_is_no_per_source():
    rows = rule_rows("Per Olsen, the chief executive, said profits would rise.")
    assert rows == [("said", "Olsen", ["profits would rise"], "subject_verb")]


def test_per_after_a_cue_is_left_to_the_channel_rider():
    rows = rule_rows('"We lost," one man said, per Jane Roe, "and we will not forget it."')
    assert [r for r in rows if r[3] == "per_source"] == []
    assert ("per", "Jane Roe", ['"We lost," one man said'], "channel_rider") in rows


def test_source_after_per():
    assert source_after_per(["the", "WHO"], ["the", "who"], 0, 2)
    assert source_after_per(["reports"], ["reports"], 0, 1)
    assert not source_after_per(["cent"], ["cent"], 0, 1)
    assert not source_after_per(["year"], ["year"], 0, 1)


# ----- document_modifier -----------------------------------------------------------------------------------


def test_a_document_with_a_participle_modifier_reads():
    # was: nothing found ("decree" was no document noun, and "Pope" stood next to "read")
    assert rule_rows('The decree signed by the Pope read "All bishops must resign at 75."') == [
        ("read", "pope", ['"All bishops must resign at 75."'], "subject_verb")
    ]


def test_a_document_with_a_prepositional_modifier_reads():
    assert rule_rows('The family\'s statement on the death read: "He loved his children."') == [
        ("read", "family statement", ['"He loved his children."'], "subject_verb")
    ]


def test_a_person_with_a_modifier_does_not_read_a_document():
    assert rule_rows('The man signed by the club read "The rules are clear."') == []
    assert rule_rows("The statement on the death read out by his lawyer was short.") == []


def test_document_modified():
    assert document_modified(["The", "decree", "signed", "by", "the", "Pope"], 5)
    assert document_modified(["the", "statement", "on", "the", "death"], 4)
    assert not document_modified(["The", "man", "signed", "by", "the", "club"], 5)
    assert not document_modified(["the", "report", "he", "has", "written"], 4)  # an auxiliary: a clause
    words = ["The", "decree", "signed", "by", "the", "Pope", "read", '"', "All"]
    assert document_cue_at(words, 6)


# ----- termed, branded -------------------------------------------------------------------------------------


def test_termed_and_branded_are_cues():
    # was: nothing found (neither was a reporting verb)
    assert rule_rows("Jane Roe termed the vote a farce.") == [
        ("termed", "Jane Roe", ["the vote a farce"], "subject_verb")
    ]
    assert rule_rows("Tom Lee branded the plan a waste of money.") == [
        ("branded", "Tom Lee", ["the plan a waste of money"], "subject_verb")
    ]


def test_termed_and_branded_as_names_and_adjectives_are_no_cues():
    assert rule_rows("A process termed apoptosis kills the cells.") == []
    assert rule_rows("Branded goods cost more.") == []


# ----- estimate_at -----------------------------------------------------------------------------------------


def test_what_organizers_estimated_at_a_figure():
    # was: nothing found ("at" after the verb read as an adjunct, no content)
    assert rule_rows("Protesters gathered in what organizers estimated at 1.7 million people.") == [
        ("estimated", "organizers", ["what", "at 1.7 million people"], "estimate_at")
    ]


def test_put_and_placed_with_a_figure_are_estimates():
    assert rule_rows("The ministry put the cost of the repairs at $5 million.") == [
        ("put", "ministry", ["the cost of the repairs at $5 million"], "estimate_at")
    ]
    assert rule_rows("The news agency AFP has placed the death count in the hundreds.") == [
        ("placed", "AFP", ["the death count in the hundreds"], "estimate_at")
    ]


def test_put_and_placed_with_a_place_or_a_year_are_no_estimates():
    assert rule_rows("She put the book at the end of the shelf.") == []
    assert rule_rows("The team placed third in 2019.") == []
    assert rule_rows("He put two men in jail.") == []
    assert rule_rows("The cost was put at $5 million.") == []  # no source before the verb


def test_the_rules_reading_of_estimated_with_an_object_stands():
    assert rule_rows("Organizers estimated the crowd at 1.7 million.") == [
        ("estimated", "organizers", ["the crowd at 1.7 million"], "subject_verb")
    ]


def test_quantity_at():
    assert quantity_at(["about", "$", "5"], ["about", "$", "5"], 0, 3)
    # "the range of" needs its figure after it since session 22's review ("in the region" is a place)
    assert quantity_at(["the", "range", "of", "5"], ["the", "range", "of", "5"], 0, 4)
    assert not quantity_at(["the", "region"], ["the", "region"], 0, 2)
    assert not quantity_at(["the", "door"], ["the", "door"], 0, 2)


# ----- put_it -----------------------------------------------------------------------------------------------


def test_as_x_put_it_cites_x():
    # was: nothing found ("put" is no reporting verb)
    assert rule_rows('As one banker put it, "Many banks took the view it was a loss."') == [
        ("put", "banker", ['"Many banks took the view it was a loss."'], "put_it")
    ]
    assert rule_rows("The market is simply tired, as one trader put it.") == [
        ("put", "trader", ["The market is simply tired"], "put_it")
    ]


def test_put_it_without_as_is_no_report():
    assert rule_rows("Ronaldo put it away in the second half.") == []
    assert rule_rows("They have now put it on par with the rest.") == []


# ----- found that (that_verb) ------------------------------------------------------------------------------


def _after_tagger_alone(body: str) -> list[tuple[str, str, str, list[str]]]:
    """(rule, cue, source, content) of what the shapes read after the tagger find when the tagger kept
    nothing in the sentence (as when it drops the rules' reading)."""
    art = parse_article("Headline\n\n" + body)
    t = art.text
    quotes = scan_parts(t, [p for p in art.parts if p.kind in PROSE_KINDS])
    out = []
    for idx, sent in enumerate(art.sentences):
        s = Sentence(t, art.tokens_in(sent), idx, Span(sent.start, sent.end))
        for r in read_after_tagger(Context(art, quotes), s, []) if s.toks else []:
            src = t[r.source.start : r.source.end] if r.source else ""
            cue = t[r.cue.start : r.cue.end] if r.cue else ""
            out.append((r.rule, cue, src, [t[c.start : c.end] for c in r.content]))
    return out


def test_found_that_is_read_after_the_tagger():
    assert _after_tagger_alone("The Intercept found that the same user had employed another handle.") == [
        ("that_verb", "found", "The Intercept", ["that the same user had employed another handle"])
    ]
    assert _after_tagger_alone("He was found guilty of fraud.") == []
