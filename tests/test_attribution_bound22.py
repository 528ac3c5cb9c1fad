"""Content boundaries and nested reports, session 18 (issue 12): a report that holds another report in its
content is a report of its own ("Buyers are expected to pay more, the sources said": the sources' statement
and the agentless expectation inside it). Every sentence here is written for the tests."""

from __future__ import annotations

from attribution_helpers import rule_attributions, shown

from analysis import parse_article
from analysis.attribution.extract import PROSE_KINDS, rule_sentences
from analysis.attribution.inner_reports import NESTED_SOURCE_START, holds_cue_of, nested_source_start
from analysis.attribution.refine import rule_labels
from analysis.attribution.rule_base import Raw
from analysis.model import Span

_show = shown


def test_holds_cue_of_reads_nesting_not_overlap():
    # "Ferry fares are expected to rise in May, the operators said."
    inner = Raw(
        Span(12, 24), None, [Span(0, 11), Span(25, 39)], "expect", "cognitive", 0, rule="passive_clause"
    )
    outer = Raw(Span(55, 59), Span(41, 54), [Span(0, 39)], "say", "speech", 0, rule="inversion")
    assert holds_cue_of(outer, inner)
    assert not holds_cue_of(inner, outer)
    assert not holds_cue_of(outer, outer)


def test_an_inverted_statement_around_an_agentless_report_is_kept():
    t, got = rule_attributions("Ferry fares are expected to rise in May, the operators said.")
    assert _show(t, got) == [
        ("are expected", None, "operators", ["Ferry fares", "to rise in May"]),
        ("said", "the operators", "operators", ["Ferry fares are expected to rise in May"]),
    ]


def test_rule_nested_source_start_cuts_the_outer_report_off_the_inner_source():
    t, got = rule_attributions("The spokesman said the mayor rejected the claim that the bridge was unsafe.")
    assert _show(t, got)[:2] == [
        ("said", "The spokesman", "spokesman", ["the mayor rejected the claim that the bridge was unsafe"]),
        ("rejected", "the mayor", "mayor", ["the claim that the bridge was unsafe"]),
    ]
    assert got[1].source_by.rule == f"subject_verb+{NESTED_SOURCE_START}"
    t, got = rule_attributions(
        "The harbour master said that the ferry operators blamed the storm for the delays."
    )
    assert _show(t, got)[1][:3] == ("blamed", "the ferry operators", "ferry operators")


def test_nested_source_start_needs_the_outer_content_to_hold_the_inner_cue():
    # "Ann Lee said Tom Carr told them so."
    text = "Ann Lee said Tom Carr told them so."
    outer = Raw(Span(8, 12), Span(0, 7), [Span(13, 34)], "say", "speech", 0, rule="subject_verb")
    inner = Raw(Span(22, 26), Span(0, 21), [Span(27, 34)], "tell", "speech", 0, rule="subject_verb")
    assert nested_source_start(text, inner, [outer, inner]) == Span(13, 21)
    assert nested_source_start(text, outer, [outer, inner]) is None
    elsewhere = Raw(Span(8, 12), Span(0, 7), [Span(27, 34)], "say", "speech", 0, rule="subject_verb")
    assert nested_source_start(text, inner, [elsewhere, inner]) is None


def test_nested_source_start_leaves_relative_clauses_and_evidence_alone():
    text = "Ms Rowe, who insists she is safe, said so."
    outer = Raw(Span(13, 20), Span(9, 12), [Span(21, 41)], "insist", "speech", 0, rule="subject_verb")
    inner = Raw(Span(34, 38), Span(0, 32), [Span(39, 41)], "say", "speech", 0, rule="subject_verb")
    assert nested_source_start(text, inner, [outer, inner]) is None
    text = "The report shown above claimed that fares rose."
    outer = Raw(Span(11, 16), Span(0, 10), [Span(17, 46)], "show", "evidential", 0, rule="subject_verb")
    inner = Raw(Span(23, 30), Span(0, 22), [Span(31, 46)], "claim", "speech", 0, rule="subject_verb")
    assert nested_source_start(text, inner, [outer, inner]) is None


def test_rule_nested_source_start_before_a_source_that_opens_with_the_outer_cue_is_dropped():
    # the shape read "said his client" as the source of "believed": cut, not dropped as a role clash
    t, got = rule_attributions(
        "The agent rejected the offer and said his client believed the club had acted unfairly."
    )
    assert _show(t, got)[-1] == ("believed", "his client", "client", ["the club had acted unfairly"])
    assert got[-1].source_by.rule == f"subject_verb+{NESTED_SOURCE_START}"


def test_an_inverted_statement_around_a_sourced_report_is_read_and_kept_from_the_tagger():
    t, got = rule_attributions("Early figures suggest that the scheme is working, council officials said.")
    assert _show(t, got) == [
        (
            "said",
            "council officials",
            "council officials",
            ["Early figures suggest that the scheme is working"],
        ),
        ("suggest", "Early figures", "early figures", ["that the scheme is working"]),
    ]
    assert got[0].content_by.rule == "inversion+statement_around"
    art = parse_article(
        "Headline\n\n" + "Early figures suggest that the scheme is working, council officials said."
    )
    (s, raws, _), *_ = [x for x in rule_sentences(art, PROSE_KINDS) if x[1]]
    said = [r for r in raws if r.rule == "inversion"]
    assert len(said) == 1 and said[0].unseen
    assert [lab for lab, w in zip(rule_labels(s, raws), s.tx, strict=True) if w in ("said", "officials")] == [
        "O",
        "O",
    ]


def test_statement_around_leaves_a_cue_with_its_content_after_it():
    t, got = rule_attributions('Asked whether the pier would reopen, Ms Reed said, "Not this year."')
    said = [x for x in _show(t, got) if x[0] == "said"]
    assert said == [("said", "Ms Reed", "Reed", ['"Not this year."'])]
