"""Content boundaries and nested reports, session 17 (issue 12): a belief, a hope or a view reported inside a
statement ("The spokesman said he thought C") is a report of its own, held by the subject that opens the
statement's content. Every sentence here is written for the tests."""

from __future__ import annotations

from dataclasses import replace

from attribution_helpers import rule_attributions, shown

from analysis.attribution.inner_reports import (
    INNER_BELIEF,
    STATEMENT_PRONOUN,
    inner_belief,
    statement_pronoun_holder,
)
from analysis.attribution.model import Attribution, Decision
from analysis.attribution.rule_base import Raw
from analysis.intervals import SpanIndex
from analysis.lexicons import load
from analysis.model import Span

_show = shown


def test_the_rule_id_is_documented():
    assert {INNER_BELIEF, STATEMENT_PRONOUN} <= {row[0] for row in load("attribution/rule_ids.tsv").rows()}


def test_rule_inner_belief_thought_inside_a_statement():
    t, got = rule_attributions("A council spokesman said he thought the new road would cut journey times.")
    assert _show(t, got) == [
        (
            "said",
            "A council spokesman",
            "council spokesman",
            ["he thought the new road would cut journey times"],
        ),
        ("thought", "he", "council spokesman", ["the new road would cut journey times"]),
    ]
    assert got[1].content_by.rule == INNER_BELIEF and got[1].cue_by.rule == INNER_BELIEF


def test_rule_inner_belief_expected_and_a_named_subject():
    t, got = rule_attributions(
        "Northway Foods Ltd told investors that it expected sales to double by the autumn."
    )
    assert _show(t, got)[1] == ("expected", "it", "Northway Foods Ltd", ["sales to double by the autumn"])
    t, got = rule_attributions("Northway Foods Ltd said it expected to open six stores.")
    assert [x[0] for x in _show(t, got)] == ["said"]  # an intention of its own, no belief about others
    t, got = rule_attributions("The report says the villagers thought the dam would never be finished.")
    assert _show(t, got)[1][:2] == ("thought", "the villagers")
    assert _show(t, got)[1][3] == ["the dam would never be finished"]


def test_rule_inner_belief_hopeful_and_afraid():
    t, got = rule_attributions(
        "Aid workers said they were hopeful the ceasefire would hold through the winter."
    )
    assert _show(t, got)[1] == (
        "were hopeful",
        "they",
        "aid workers",
        ["the ceasefire would hold through the winter"],
    )
    t, got = rule_attributions(
        "The farmer said she was fairly confident that the river would not flood again."
    )
    assert _show(t, got)[1][:2] == ("was fairly confident", "she")
    assert _show(t, got)[1][3] == ["the river would not flood again"]


def test_rule_inner_belief_decided_that_after_a_perfect():
    t, got = rule_attributions("The envoy said the president has decided that the embassy will stay open.")
    assert _show(t, got)[1][:2] == ("decided", "the president")
    assert _show(t, got)[1][3] == ["the embassy will stay open"]
    t, got = rule_attributions("The envoy said the president has decided to keep the embassy open.")
    assert [x[0] for x in _show(t, got)] == ["said"]  # an act decided, no belief


def test_rule_inner_belief_regarding_as():
    t, got = rule_attributions("The ministry said it viewed the new tariff as a breach of the trade treaty.")
    assert _show(t, got)[1] == (
        "viewed",
        "it",
        "ministry",
        ["the new tariff as a breach of the trade treaty"],
    )
    t, got = rule_attributions(
        "The coach said the players saw the derby as their last chance to save the season."
    )
    assert _show(t, got)[1][:2] == ("saw", "the players")
    t, got = rule_attributions("The study said using the drug occasionally is not thought to cause harm.")
    assert [x[0] for x in _show(t, got)] == ["said"]  # a passive: its subject holds no belief


def test_rule_inner_belief_reads_nothing_else():
    text = "The pilot said he thought about the weather for a long time."
    said = Raw(Span(10, 14), Span(0, 9), [Span(15, 59)], "say", "neutral", 0, rule="subject_verb")
    assert text[said.content[0].start : said.content[0].end] == "he thought about the weather for a long time"
    assert inner_belief(text, said) is None  # a thought about something, no belief reported
    text = "The mayor said he saw the parade from the town hall."
    said = Raw(Span(10, 14), Span(0, 9), [Span(15, 50)], "say", "neutral", 0, rule="subject_verb")
    assert inner_belief(text, said) is None  # sight: no "as"
    text = "The judge said the jury, which thought the fine too low, had erred."
    said = Raw(Span(10, 14), Span(0, 9), [Span(15, 66)], "say", "neutral", 0, rule="subject_verb")
    assert inner_belief(text, said) is None  # the belief does not open the statement's content
    t, got = rule_attributions('"I thought the match was over," the captain said.')
    assert [x[0] for x in _show(t, got)] == ["said"]  # a direct quotation's own words


def test_rule_statement_pronoun_holder_names_the_pronoun_that_opens_a_statement():
    body = "The river rose overnight. Both councils said they believed the new wall would hold."
    t, got = rule_attributions(body)
    assert _show(t, got) == [
        ("said", "Both councils", "both councils", ["they believed the new wall would hold"]),
        ("believed", "they", "both councils", ["the new wall would hold"]),
    ]
    assert got[1].source_by.rule.endswith("+" + STATEMENT_PRONOUN)
    assert got[1].mention == "pronoun"
    t, got = rule_attributions("Both councils said they were hopeful the new wall would hold.")
    assert _show(t, got)[1][:3] == ("were hopeful", "they", "both councils")


def test_rule_statement_pronoun_holder_leaves_other_pronouns():
    text = "Both councils said that after the storm they believed the wall would hold."
    said = _att(Span(14, 18), Span(0, 13), (Span(19, 73),), "both councils")
    believed = _att(Span(45, 53), Span(40, 44), (Span(54, 73),), "")
    assert text[40:44] == "they" and text[45:53] == "believed"
    index = SpanIndex([(19, 73, said)])
    pronouns = frozenset({"they"})
    assert statement_pronoun_holder(text, believed, index, pronouns) is None  # "they" does not open it
    opened = _att(Span(14, 18), Span(0, 13), (Span(40, 73),), "both councils")
    got = statement_pronoun_holder(text, believed, SpanIndex([(40, 73, opened)]), pronouns)
    assert got is not None and got.source_name == "both councils"
    named = replace(believed, source_name="the engineers")
    assert statement_pronoun_holder(text, named, SpanIndex([(40, 73, opened)]), pronouns) is None


def _att(cue: Span, source: Span, content: tuple[Span, ...], name: str) -> Attribution:
    rule = Decision("rule", "subject_verb")
    return Attribution(
        cue,
        source,
        content,
        "indirect",
        "unnamed_group" if name else "none",
        name,
        "description",
        "",
        "",
        0,
        False,
        "neutral",
        rule,
        rule,
        rule,
    )
