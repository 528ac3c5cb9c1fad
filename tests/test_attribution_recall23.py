"""Recall rules of session 19 (issue 12, recall23): reports the analyzer missed, found from the brief's list
and the missed attributions of the readable news splits; the sentences are the project's own, of the same
shapes.

* ``possessed_source`` (noun_phrases.right_np, for direct_inversion): a possessive determiner opens the
  source after an inverted cue ('"C," said his wife').
* ``inverted_document`` (lexicon.inverted_document): a document cue inverted after its quotation ('"C,"
  reads an AEW press release').
* ``attributive_participle`` with an adjective of number or order between ("the total reported casualties").
* ``programme_addressee``, ``bare_subject_clause`` (boundaries): the addressee of "told" naming a programme
  or an outlet, and a bare subject after a named addressee.
* ``name_verb_clause``: after a time phrase, a name and its "-s"/"-ed" verb open the clause.
* ``coordinated_subject``: "said France and Spain hoped ...": the content goes on through "and".
* ``demand_on_other`` (senses): "Beijing wants Trump to eliminate ..." is a demand on another party, kept.
* ``final_affiliation``, ``affiliation_and`` (noun_phrases): a long inverted source with its affiliation
  that ends the sentence, "and" inside the affiliation's name.
* ``report_clause`` (shapes/report_clause.py, read after the tagger): "scientists report C".
"""

from __future__ import annotations

import pytest
from attribution_helpers import rule_attributions

from analysis.attribution.lexicon import inverted_document
from analysis.attribution.shapes.report_clause import may_report_plainly


def _rows(body: str) -> list[tuple[str, str | None, str, str, list[str]]]:
    """(cue, source span, source name, source type, content fragments) of each attribution found."""
    t, found = rule_attributions(body)
    return [
        (
            t[x.cue.start : x.cue.end],
            t[x.source.start : x.source.end] if x.source else None,
            x.source_name,
            x.source_type,
            [t[c.start : c.end] for c in x.content],
        )
        for x in found
    ]


# ----- possessed_source ------------------------------------------------------------------------------------


def test_a_possessive_source_after_an_inverted_cue_is_read():
    # was: nothing found (a pronoun opening a longer phrase was refused as a clause)
    assert _rows('"We will be back next year," said his wife.') == [
        ("said", "his wife", "wife", "anonymous_person", ['"We will be back next year,"'])
    ]


def test_a_possessive_source_with_a_named_appositive_takes_the_name():
    assert _rows('"The team is ready," said her coach, Tom Lee.') == [
        ("said", "her coach", "Tom Lee", "named_person", ['"The team is ready,"'])
    ]


def test_a_possessive_opening_a_clause_after_said_is_no_source():
    # near miss: "his plan was ..." is a clause (an auxiliary follows), not a speaker
    assert _rows('"The figures are wrong," said his plan was to wait.') == []


def test_a_possessive_after_a_plain_comma_stays_the_reported_clause():
    # near miss: after "X, Y, said" the possessive opens what was said, not an inverted source
    rows = _rows("His aunt, Mary, said her son's friend, Tom Lee, had copied the game.")
    assert [(c, src, f) for c, src, _, _, f in rows] == [
        ("said", "His aunt, Mary", ["her son's friend, Tom Lee, had copied the game"])
    ]


# ----- inverted_document -----------------------------------------------------------------------------------


def test_a_document_cue_inverted_after_its_quotation_is_read():
    # was: nothing found ("reads" was a cue only right after a document noun)
    assert _rows('"The show goes on," reads an AEW press release.') == [
        ("reads", "an AEW press release", "AEW press release", "document", ['"The show goes on,"'])
    ]


@pytest.mark.parametrize(
    "body",
    [
        "He reads the news every day.",  # no quotation before, no document noun
        "The United States, reads more books than ever.",  # no document noun after
    ],
)
def test_reads_without_an_inverted_document_is_no_cue(body):
    assert _rows(body) == []


def test_inverted_document_needs_a_document_noun_before_punctuation():
    words = ['"', "C", '"', ",", "reads", "the", "statement", "."]
    assert inverted_document(words, 4)
    assert not inverted_document(["He", "reads", "the", "news", "."], 1)
    assert not inverted_document([",", "reads", "the", "crowd", "well", "."], 1)


# ----- attributive participle ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The total reported casualties rose to 40 on Monday.",  # was: cue "reported", source "The total"
        "The first alleged victim testified on Monday.",
    ],
)
def test_an_attributive_participle_after_an_adjective_of_number_is_no_cue(body):
    assert _rows(body) == []


def test_a_subject_before_reported_still_reports():
    # near miss: "The new owner reported profits rose" keeps its report ("owner" is a noun, not in the list)
    assert _rows("The new owner reported profits rose by 4%.") == [
        ("reported", "The new owner", "new owner", "anonymous_person", ["profits rose by 4%"])
    ]


# ----- told: programme addressee, bare subject -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # was: nothing found ("4's" and "programme" were read as the clause's first word)
        ("The minister told BBC Radio 4's Today programme the plan would cost more.",
         "the plan would cost more"),
        ("The minister told the Today programme the plan would cost more.", "the plan would cost more"),
        ("The minister told BBC Radio 4 the plan would cost more.", "the plan would cost more"),
        # was: nothing found ("This" after a name read as a determiner opening a clause)
        ("The farmer told Kamloops This Week that the crop had failed.", "that the crop had failed"),
        # was: nothing found (a bare subject after a named addressee)
        ("The planner told the Supreme Court industrial output should rise by 4%.",
         "industrial output should rise by 4%"),
        ("After the trip, her aunt told her enough was enough.", "enough was enough"),
        # was: nothing found (an audience or an occasion as the addressee, a clause after it)
        ("The premier told the press his nephew needed a dose.", "his nephew needed a dose"),
        ("He told the bank's annual news conference this did not mean a cut in rates.",
         "this did not mean a cut in rates"),
    ],
)
def test_told_with_a_named_addressee_and_a_clause_without_that(body, content):
    rows = _rows(body)
    assert [(c, f) for c, _, _, _, f in rows] == [("told", [content])]


@pytest.mark.parametrize(
    "body", ["She told Ann goodbye.", "He told them goodbye.", "He told the committee about the plan."]
)
def test_told_with_no_clause_after_the_addressee_finds_nothing(body):
    assert _rows(body) == []


# ----- name_verb_clause ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # was: nothing found (a name and a verb without an auxiliary after "today")
        ("The minister said today OPEC faces a choice between two plans.",
         "OPEC faces a choice between two plans"),
        ("The firm said Monday Acme Corp reported a loss.", "Acme Corp reported a loss"),
    ],
)
def test_a_name_and_its_verb_open_the_clause_after_a_time_phrase(body, content):
    assert [(c, f) for c, _, _, _, f in _rows(body)][:1] == [("said", [content])]


# ----- coordinated_subject ---------------------------------------------------------------------------------


def test_two_coordinated_subjects_keep_the_reported_clause_whole():
    # was: content "France" (the cue after "and" was read as a second clause of the speaker's)
    rows = _rows("Lee said France and Spain hoped to avoid a dispute.")
    assert ("said", "Lee", "Lee", "named_person", ["France and Spain hoped to avoid a dispute"]) in rows


@pytest.mark.parametrize(
    ("body", "first"),
    [
        # near misses: the speaker's own second verb, a second speaker's statement
        ("Lee criticized Smith and said he was wrong.", ("criticized", ["Smith"])),
        ("Lee praised Smith and the mayor said he was wrong.", ("praised", ["Smith"])),
    ],
)
def test_and_before_a_second_verb_or_speaker_still_ends_the_content(body, first):
    assert [(c, f) for c, _, _, _, f in _rows(body)][0] == first


# ----- demand_on_other -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "content"),
    [
        # was: nothing found (every verb of wanting was read as an intention)
        ("Beijing wants Trump to eliminate the tariffs on its goods.", "Beijing",
         "Trump to eliminate the tariffs on its goods"),
        ("The US wants the UK to extradite Assange over the leaks.", "US",
         "the UK to extradite Assange over the leaks"),
    ],
)
def test_a_demand_on_another_named_party_is_an_attribution(body, name, content):
    assert [(c, n, f) for c, _, n, _, f in _rows(body)] == [("wants", name, [content])]


@pytest.mark.parametrize(
    "body",
    [
        "She wants to resign.",  # an own intention
        "Most Republicans want them to stay in place.",  # a pronoun, as the guideline's example
        "He wanted sterling to stay where it was.",  # a wish about a thing
        "It wants the renewed contract to begin on June 1.",  # "the" and a thing, no body or person
    ],
)
def test_an_intention_or_a_wish_is_still_no_attribution(body):
    assert _rows(body) == []


# ----- final_affiliation, affiliation_and ----------------------------------------------------------------


def test_a_long_inverted_source_with_its_affiliation_ends_the_sentence():
    # was: nothing found (13 words, over the limit that keeps clauses out)
    body = ('"We wanted to find out how the bugs spread" said lead author Professor Ann Lee of the University'
            " of East Anglia's medical school.")
    assert [(c, src, n) for c, src, n, _, _ in _rows(body)] == [
        ("said", "lead author Professor Ann Lee of the University of East Anglia's medical school", "Ann Lee")
    ]


def test_and_inside_the_name_of_the_sources_firm():
    # was: nothing found ("and" ended the source)
    rows = _rows("The car market is open now, says analyst Tom Lee of Lee and Associates.")
    assert [(c, src, n, f) for c, src, n, _, f in rows] == [
        ("says", "analyst Tom Lee of Lee and Associates", "Tom Lee", ["The car market is open now"])
    ]


def test_and_after_an_inverted_source_still_ends_it():
    # near miss: "and" then a clause of its own, no firm's name
    rows = _rows('"We won," said Tom Lee of Leeds and his wife went home.')
    assert [(c, src) for c, src, _, _, _ in rows] == [("said", "Tom Lee of Leeds")]


def test_and_inside_the_firm_of_an_inverted_source_keeps_one_source():
    # was (with affiliation_and alone): two sources, "Earl Jones of Harris Trust" and "Savings Bank"
    rows = _rows('"I am not convinced," said Earl Jones of Harris Trust and Savings Bank in Chicago.')
    assert [(src, n) for _, src, n, _, _ in rows] == [
        ("Earl Jones of Harris Trust and Savings Bank", "Earl Jones")
    ]


def test_two_people_after_an_inverted_cue_are_still_two_sources():
    rows = _rows('"We won," said Tom Lee of Leeds and Ann Smith.')
    assert [n for _, _, n, _, _ in rows] == ["Tom Lee", "Ann Smith"]


# ----- report_clause ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "source", "content"),
    [
        # was: nothing found (the base form "report" is a verb only after "to" or a modal in the lists)
        ("In a new study, scientists report spiky shells evolved many times.", "scientists",
         "spiky shells evolved many times"),
        ("Sources report she is treated as royalty.", "Sources", "she is treated as royalty"),
    ],
)
def test_a_plural_subjects_plain_report_before_a_clause(body, source, content):
    assert [(c, src, f) for c, src, _, _, f in _rows(body)] == [("report", source, [content])]


@pytest.mark.parametrize(
    "body",
    [
        "The annual report the board released was short.",  # the noun
        "They report problems with the software.",  # a noun phrase, no clause
        "The tribes have plans and report they are considering a merger.",  # no subject right before it
    ],
)
def test_report_as_a_noun_or_without_a_clause_adds_nothing(body):
    assert _rows(body) == []


def test_may_report_plainly_prefilter():
    assert may_report_plainly("In a study, scientists report that ...")
    assert not may_report_plainly("The annual report was short.")


def test_a_quantifier_before_an_attributive_participle_still_makes_it_no_cue():
    # was (with attributive_lead holding "several"): cue "alleged", source "several"
    assert _rows("Several alleged accomplices were tried by the same court.") == []
