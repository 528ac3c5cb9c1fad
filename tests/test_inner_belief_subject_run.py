"""Rule ``inner_belief`` reads the subject run word by word and stops at the first run that cannot be a
subject (session 21, issue 12 speed: every longer run fails the same checks, so reading on only repeated
them, about four ``_subject`` calls in six per statement). These pin what is found at the edges of that
stop. Every sentence here is written for the tests."""

from __future__ import annotations

from attribution_helpers import rule_attributions, shown


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
