"""Rule ``inner_belief`` reads the subject run word by word and stops at the first run that cannot be a
subject (session 21, issue 12 speed: every longer run fails the same checks, so reading on only repeated
them, about four ``_subject`` calls in six per statement). These pin what is found at the edges of that
stop. Every sentence here is written for the tests."""

from __future__ import annotations

from attribution_helpers import rule_attributions, shown

from analysis.attribution.inner_reports import inner_belief
from analysis.attribution.rule_base import Raw
from analysis.model import Span


def _found(sentence: str) -> list[tuple]:
    t, got = rule_attributions(sentence)
    return [x[:2] for x in shown(t, got)]


def test_a_five_word_subject_is_still_reached():
    # the longest subject the rule takes: each shorter run is a subject too, so the run goes on to five
    assert _found("The spokesman said the new city council leader thought the plan would work.") == [
        ("said", "The spokesman"),
        ("thought", "the new city council leader"),
    ]


def test_a_six_word_subject_is_none():
    assert _found("The spokesman said the new city council leader and mayor thought it would work.") == [
        ("said", "The spokesman")
    ]


def test_a_pronoun_subject_is_one_word():
    assert _found("The spokesman said she thought the plan would work.") == [
        ("said", "The spokesman"),
        ("thought", "she"),
    ]


def test_a_comma_after_the_first_word_ends_the_run():
    # "Smith" is a subject but "who" no belief verb; "Smith, who" has a comma inside: the reading stops
    assert _found("The spokesman said Smith, who thought the plan would fail, had resigned.") == [
        ("said", "The spokesman")
    ]


def test_a_lower_case_first_word_stops_at_once():
    # "using" opens no subject: no longer run can be one, and "thought" is not read as a belief
    assert _found("The study said using the drug thought to be safe is common.") == [("said", "The study")]



def _inner(text: str) -> tuple[str, str, str] | None:
    """What rule ``inner_belief`` reads in the statement "The spokesman said C" of ``text``."""
    said = Raw(Span(14, 18), Span(0, 13), [Span(19, len(text) - 1)], "say", "neutral", 0, rule="subject_verb")
    got = inner_belief(text, said)
    if got is None or got.cue is None or got.source is None:
        return None
    return (text[got.cue.start : got.cue.end], text[got.source.start : got.source.end],
            text[got.content[0].start : got.content[0].end])  # fmt: skip


def test_words_read_past_the_first_few():
    # the rule reads a statement's first nine words, and more only for a longer subject or a regarding verb
    # (session 24, issue 12 speed): a five-word subject, "was", two adverbs, an adjective and "that" reach
    # word 11; a regarding verb's "as" stands twelve words on
    assert _inner(
        "The spokesman said that the new city council leader was very fairly confident that the plan would"
        " work."
    ) == ("was very fairly confident", "the new city council leader", "the plan would work")
    assert _inner(
        "The spokesman said the council viewed the new tariff on imported steel from abroad as a breach."
    ) == ("viewed", "the council", "the new tariff on imported steel from abroad as a breach")
    # no "as": the whole window read to find none
    assert _inner("The spokesman said he viewed the new tariff on steel from abroad with alarm.") is None
