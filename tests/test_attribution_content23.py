"""Content boundaries, session 19 (issue 12, content23): an occasion phrase after a noun-phrase content, a
second verb phrase of the reported clause after "and" and an auxiliary, a quoted description after "as", a
model content that opens a quotation running on, a semicolon inside one quotation and the lead-in before a
dash of "C, according to X". Every sentence here is written for the tests."""

from __future__ import annotations

from attribution_helpers import rule_attributions

from analysis.attribution.quotes import Quote
from analysis.attribution.refine import as_quotation, model_quote_runs_on
from analysis.attribution.rule_base import Raw
from analysis.model import Span


def _contents(body: str) -> list[tuple[str, list[str], str]]:
    """(cue, content fragments, content rule) of every attribution the rules and the tagger find."""
    text, got = rule_attributions(body)
    return [
        (
            text[a.cue.start : a.cue.end] if a.cue else "",
            [text[c.start : c.end] for c in a.content],
            a.content_by.rule,
        )
        for a in got
    ]


# ----- object_occasion: a long occasion phrase after a noun-phrase content --------------------------------


def test_object_occasion_ends_a_noun_phrase_before_a_long_time_phrase():
    got = _contents("The bank reported losses in the past month following two rivals.")
    assert [(c, f) for c, f, _ in got] == [("reported", ["losses"])]
    got = _contents(
        "The agency reported its third case of plague on Sunday after two other cases were revealed "
        "last week."
    )
    assert [(c, f) for c, f, _ in got] == [("reported", ["its third case of plague"])]


def test_object_occasion_leaves_a_clause_and_a_limit_whole():
    # a verb after the time phrase: the noun phrase is the subject of the reported clause
    got = _contents("Traders said the quiet trade on Thursday had hurt prices.")
    assert [(c, f) for c, f, _ in got] == [("said", ["the quiet trade on Thursday had hurt prices"])]
    # "no later than May 10" limits what was asked for
    got = _contents("Officials asked for answers no later than May 10.")
    assert [(c, f) for c, f, _ in got] == [("asked", ["for answers no later than May 10"])]


# ----- shared_auxiliary: "and" + auxiliary + cue inside the reported clause ---------------------------------


def test_shared_auxiliary_keeps_the_reported_clause_going():
    got = _contents("A spokesman said his firm would sell the unit and could announce a buyer next week.")
    assert got[0][:2] == ("said", ["his firm would sell the unit and could announce a buyer next week"])


def test_another_auxiliary_after_and_is_the_source_own_act():
    got = _contents("The director says the film is not offensive and has refused to withdraw it.")
    assert ("says", ["the film is not offensive"]) in [(c, f) for c, f, _ in got]


# ----- called_quotation: any cue, an object, "as" and a quotation -----------------------------------------


def test_a_quoted_description_after_as_is_the_content():
    got = _contents('Mayor Ann Lee denounced the council\'s plan as a "costly folly" on Friday.')
    assert got == [("denounced", ['"costly folly"'], "subject_verb+called_quotation")]
    got = _contents('Ann Lee slammed the hearings as a "disgrace."')
    assert got == [("slammed", ['"disgrace."'], "subject_verb+called_quotation")]


def test_a_name_closed_by_punctuation_inside_the_content_is_the_content():
    got = _contents('Lee called it the "end of an era," as the last plant closed.')
    assert got == [("called", ['"end of an era,"'], "subject_verb+called_quotation")]


def test_a_quotation_the_description_goes_on_after_or_a_clause_stays_whole():
    got = _contents('Lee called his dismissal "a stain on the city" within the party.')
    whole = 'his dismissal "a stain on the city" within the party'
    assert [(c, f) for c, f, _ in got] == [("called", [whole])]
    got = _contents('She said the team worked as a "family".')
    assert [(c, f) for c, f, _ in got] == [("said", ['the team worked as a "family"'])]
    got = _contents('She said she works as a "fixer".')
    assert [(c, f) for c, f, _ in got] == [("said", ['she works as a "fixer"'])]


def test_as_quotation_reads_the_words_before_the_quotation():
    assert as_quotation(["the", "plan", "as", "a"])
    assert as_quotation(["the", "lineup", "as", "its"])
    assert as_quotation(["the", "plan", "as"])
    assert not as_quotation(["the", "plan", "in", "a"])
    assert not as_quotation(["the", "team", "worked", "as", "a"])
    assert not as_quotation(["he", "works", "as", "a"])
    assert not as_quotation(["that", "it", "is", "seen", "as", "a"])
    assert not as_quotation([])


# ----- model_quote_runs_on ---------------------------------------------------------------------------------


def test_model_content_opening_a_quotation_runs_to_its_closing_mark():
    text = 'Ann Lee, in remarks, said, "We had rain [...] In May it stopped. Nobody knows why."'
    q0 = text.index('"')
    quote = Quote(q0, len(text))
    first_end = text.index("[...]") + len("[...]")  # the model's content: one sentence only
    r = Raw(Span(21, 25), Span(0, 7), [Span(q0, first_end)], "say", "speech", 0, rule="model")
    r.content_by = "model"
    assert model_quote_runs_on(r, [quote])
    assert r.content == [Span(q0, len(text))]
    assert r.quotes == [quote]
    assert r.content_by == "model+model_quote_runs_on"


def test_model_content_inside_a_closed_quotation_is_left_alone():
    text = 'Ann Lee said "We had rain." Then it stopped.'
    q0 = text.index('"')
    quote = Quote(q0, text.index(".") + 2)
    r = Raw(Span(8, 12), Span(0, 7), [Span(q0, quote.end)], "say", "speech", 0, rule="model")
    assert not model_quote_runs_on(r, [quote])
    assert r.content == [Span(q0, quote.end)]
    r = Raw(Span(8, 12), Span(0, 7), [Span(q0, q0 + 5)], "say", "speech", 0, rule="model")
    assert not model_quote_runs_on(r, [])


# ----- clause_after_semicolon stays out of one quotation ----------------------------------------------------


def test_a_semicolon_inside_the_quotation_does_not_cut_it():
    got = _contents('"We lost; I lost," Tom Reed allegedly told a supervisor.')
    assert ("told", ['"We lost; I lost,"']) in [(c, f) for c, f, _ in got]


def test_a_semicolon_before_a_reported_clause_still_cuts():
    got = _contents("A car hit the rail; about 50 gallons of fuel, officials said, spilled.")
    assert ("said", ["about 50 gallons of fuel"]) in [(c, f) for c, f, _ in got]


# ----- according_lead_in -----------------------------------------------------------------------------------


def test_according_to_content_starts_after_a_lone_dash():
    got = _contents(
        "It is unclear whether the director will return — both stars ran into contract issues in 2018, "
        "according to the Daily Planet."
    )
    assert ("according to", ["both stars ran into contract issues in 2018"]) in [(c, f) for c, f, _ in got]


def test_according_to_content_goes_on_around_an_aside_between_two_dashes():
    got = _contents("The plan — a costly one — failed, according to two officials.")
    assert ("according to", ["The plan — a costly one — failed"]) in [(c, f) for c, f, _ in got]


# ----- that_comma_adverbial and narration_after_cue --------------------------------------------------------


def test_an_adverbial_set_off_right_after_that_stays_inside_the_content():
    got = _contents("They fear that, unless a lid can be put on the rivalry, it may threaten the campaign.")
    assert got[0][:2] == (
        "fear",
        ["that, unless a lid can be put on the rivalry, it may threaten the campaign"],
    )


def test_a_participle_or_a_time_clause_after_an_inverted_cue_is_narration():
    got = _contents(
        "Every policy will be fully costed, the minister said, swiping at the former leader whose budget "
        "caused turmoil."
    )
    assert ("said", ["Every policy will be fully costed"]) in [(c, f) for c, f, _ in got]
    got = _contents("The house will be turned into a police station, officials said, after years of debate.")
    assert [(c, f) for c, f, _ in got] == [("said", ["The house will be turned into a police station"])]


def test_the_reported_sentence_still_goes_on_after_an_inverted_cue():
    got = _contents("The deal, she said, would raise prices.")
    assert [(c, f) for c, f, _ in got] == [("said", ["The deal", "would raise prices"])]
    got = _contents('"The plan," she said, "after all this time, is dead."')
    assert [(c, f) for c, f, _ in got][0] == ("said", ['"The plan,"', '"after all this time, is dead."'])


# ----- clause_before_cue -----------------------------------------------------------------------------------


def test_a_quotation_inside_the_reported_clause_is_not_the_whole_content():
    got = _contents(
        'While his promotion might seem like a direct "challenge to the city," a deal was still possible, '
        "the official told reporters."
    )
    whole = 'While his promotion might seem like a direct "challenge to the city," a deal was still possible'
    assert got == [("told", [whole], "inversion")]


def test_auxiliaries_before_the_cue_or_in_a_relative_clause_leave_the_quotation_whole():
    assert _contents('"We will win," Lee had said.') == [("said", ['"We will win,"'], "direct_inversion")]
    got = _contents('"The plan is fine," Warren, who has not endorsed anyone, told reporters.')
    assert got[0] == ("told", ['"The plan is fine,"'], "direct_inversion")


# ----- coordinated_subject ---------------------------------------------------------------------------------


def test_a_coordinated_subject_after_said_is_not_cut_at_and():
    got = _contents("Officials said the EU and US hoped to avoid a trade dispute.")
    assert got[0][:2] == ("said", ["the EU and US hoped to avoid a trade dispute"])


def test_a_second_report_after_a_clause_is_still_cut():
    got = _contents("The minister said the talks had failed and Ann Lee said they would resume.")
    assert got[0][:2] == ("said", ["the talks had failed"])


def test_a_belief_verb_right_after_and_still_opens_the_source_own_report():
    got = _contents("He said he heard shots and suspected that the base was under attack.")
    assert got[0][:2] == ("said", ["he heard shots"])
