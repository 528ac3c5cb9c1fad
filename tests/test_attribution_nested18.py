"""Reports nested inside another report's content (issue 12, session 14): the tagger no longer drops a nested
belief, the inner agentless report's subject starts where the outer content starts, and a nested agentless
shield is held by the outer source. Every sentence here is written for the tests."""

from __future__ import annotations

from analysis import parse_article
from analysis.attribution import find_attributions
from analysis.attribution.extract import PROSE_KINDS
from analysis.attribution.model import Attribution, Decision
from analysis.attribution.nested import (
    NESTED_SHIELD_HOLDER,
    NESTED_SUBJECT_START,
    is_shield_cue,
    nested_shield_holder,
    nested_subject_start,
)
from analysis.attribution.predict import attribution_dict
from analysis.attribution.refine import nested_report_cue
from analysis.attribution.rule_base import Raw
from analysis.lexicons import load
from analysis.model import Span


def _all(text: str, **kw) -> tuple[str, list[dict]]:
    """Every attribution found in ``text`` (keep=None: what the keep model judges), as dicts."""
    art = parse_article("Headline\n\n" + text)
    return art.text, [attribution_dict(a) for a in find_attributions(art, kinds=PROSE_KINDS, keep=None, **kw)]


def _show(t: str, d: dict) -> tuple[str, str | None, str | None, list[str]]:
    src = d["source"]
    return (
        t[slice(*d["cue"])],
        t[slice(*src)] if src else None,
        d["source_name"],
        [t[slice(*c)] for c in d["content"]],
    )


def test_the_new_rule_ids_are_documented():
    ids = {row[0] for row in load("attribution/rule_ids.tsv").rows()}
    assert {NESTED_SUBJECT_START, NESTED_SHIELD_HOLDER, "nested_report"} <= ids


def test_rule_nested_report_cue_keeps_a_nested_belief_from_the_tagger():
    # the shipped tagger dropped "hoped" and "believed" here before (PolNeAR seldom labels nested cues)
    t, got = _all("The coach also said he hoped the deal would open the way for new players.")
    assert [_show(t, d) for d in got] == [
        ("said", "The coach", "coach", ["he hoped the deal would open the way for new players"]),
        ("hoped", "he", "coach", ["the deal would open the way for new players"]),
    ]
    assert got[1]["provenance"]["cue"]["rule"] == "subject_verb+nested_report"
    t, got = _all("The farmer sighed and said she believed her son was innocent.")
    assert [_show(t, d)[0] for d in got] == ["said", "believed"]


def test_nested_report_cue_is_a_belief_inside_a_subordinate_content_only():
    said = Raw(Span(10, 14), Span(0, 9), [Span(15, 60)], "say", "neutral", 0, rule="subject_verb")
    hoped = Raw(Span(18, 23), Span(15, 17), [Span(24, 60)], "hope", "cognitive", 0, rule="subject_verb")
    assert nested_report_cue(hoped, [said, hoped]) is True
    assert nested_report_cue(hoped, [hoped]) is False  # nothing holds it
    opposes = Raw(Span(18, 25), Span(15, 17), [Span(26, 60)], "oppose", "stance", 0, rule="subject_verb")
    assert nested_report_cue(opposes, [said, opposes]) is False  # a stance stays part of what was said
    # "According to NBC, Time considered X": the according-to content is the main clause
    according = Raw(
        Span(0, 12), Span(13, 16), [Span(18, 60)], "according to", "according_to", 0, rule="according_to"
    )
    considered = Raw(
        Span(23, 33), Span(18, 22), [Span(34, 60)], "consider", "cognitive", 0, rule="subject_verb"
    )
    assert nested_report_cue(considered, [according, considered]) is False


def test_rule_nested_subject_start_cuts_the_outer_source_and_cue_off_the_inner_subject():
    text = "The minister said the bridge is expected to open in May."
    said = Raw(Span(13, 17), Span(0, 12), [Span(18, 55)], "say", "neutral", 0, rule="subject_verb")
    expected = Raw(
        Span(29, 40), None, [Span(0, 28), Span(41, 55)], "expect", "predicting", 0, rule="passive_clause"
    )
    assert text[29:40] == "is expected" and text[18:28] == "the bridge"
    assert nested_subject_start(expected, [said, expected]) == Span(18, 28)
    assert nested_subject_start(expected, [expected]) is None  # no outer report
    assert nested_subject_start(said, [said, expected]) is None  # a content right of its cue is not cut
    # an inverted "C, said X" (a source of its own) is never cut, whatever the rules read inside C
    inverted = Raw(Span(40, 44), Span(45, 52), [Span(0, 38)], "say", "neutral", 0, rule="inversion")
    hoped = Raw(Span(20, 25), Span(16, 19), [Span(26, 52)], "hope", "cognitive", 0, rule="subject_verb")
    assert nested_subject_start(inverted, [inverted, hoped]) is None
    t, got = _all("Bank analysts said profits are expected to rise next year.")
    inner = next(d for d in got if t[slice(*d["cue"])] == "are expected")
    assert [t[slice(*c)] for c in inner["content"]] == ["profits", "to rise next year"]
    assert inner["provenance"]["content"]["rule"] == f"passive_clause+{NESTED_SUBJECT_START}"


def _agentless(cue: Span, content: tuple[Span, ...] = (), part: int = 1) -> Attribution:
    rule = Decision("rule", "passive_clause")
    return Attribution(
        cue,
        None,
        content or (cue,),
        "indirect",
        "none",
        "",
        "none",
        "",
        "",
        part,
        False,
        "predicting",
        rule,
        rule,
        rule,
    )


def test_rule_nested_shield_holder_names_an_agentless_shield_after_the_report_that_holds_it():
    t, got = _all("Bank analysts said profits are expected to rise next year.")
    assert [(_show(t, d)[:3], d["source_type"], d["mention"]) for d in got] == [
        (("said", "Bank analysts", "bank analysts"), "unnamed_group", "description"),
        (("are expected", None, "bank analysts"), "unnamed_group", "none"),
    ]
    assert got[1]["provenance"]["source"]["rule"] == f"passive_clause+{NESTED_SHIELD_HOLDER}"
    # no outer report: the agentless report stays unnamed, as the guideline labels it
    t, got = _all("The bridge is expected to open in May.")
    assert [(_show(t, d), d["source_type"]) for d in got] == [
        (("is expected", None, None, ["The bridge", "to open in May"]), "none")
    ]
    # an evaluation is not a shield: "is seen as" inside the minister's words keeps no holder
    t, got = _all("The minister said the shift is seen as a risk.")
    seen = next(d for d in got if t[slice(*d["cue"])] == "is seen as")
    assert (seen["source_name"], [t[slice(*c)] for c in seen["content"]]) == (None, ["the shift", "a risk"])


def _analysts_said(content: Span) -> Attribution:
    """The outer report "Analysts said C" (cue 9-13, source 0-8) with ``content``, as the rules make it."""
    rule = Decision("rule", "subject_verb")
    return Attribution(
        Span(9, 13), Span(0, 8), (content,), "indirect", "unnamed_group", "analysts", "description", "", "",
        1, False, "neutral", rule, rule, rule,
    )


def test_nested_shield_holder_needs_the_same_sentence_and_a_named_holder():
    text = "Analysts said. Sales are expected to rise."
    a = _agentless(Span(21, 33))
    assert is_shield_cue(text, a) is True
    rule = Decision("rule", "subject_verb")
    outer = _analysts_said(Span(0, 42))
    assert nested_shield_holder(text, a, [outer, a]) is None  # the outer cue is in another sentence
    same = "Analysts said sales are expected to rise."
    inner = _agentless(Span(20, 32), (Span(14, 19), Span(33, 41)))
    outer2 = _analysts_said(Span(14, 41))
    got = nested_shield_holder(same, inner, [outer2, inner])
    assert got is not None and (got.source, got.source_name, got.source_type, got.mention) == (
        None,
        "analysts",
        "unnamed_group",
        "none",
    )
    unnamed = Attribution(
        Span(9, 13),
        Span(0, 8),
        (Span(14, 41),),
        "indirect",
        "none",
        "",
        "none",
        "",
        "",
        1,
        False,
        "neutral",
        rule,
        rule,
        rule,
    )
    assert nested_shield_holder(same, inner, [unnamed, inner]) is None  # nobody named to hold it
    # the shield's content must lie inside the holder's: "Analysts said sales" is no content of the analysts
    wide = _agentless(Span(20, 32), (Span(0, 19), Span(33, 41)))
    assert nested_shield_holder(same, wide, [outer2, wide]) is None
    told = "Analysts said staff were told to leave."
    assert is_shield_cue(told, _agentless(Span(20, 29))) is False  # a notice: the teller is another party
