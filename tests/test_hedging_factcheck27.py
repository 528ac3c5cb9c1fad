"""Session 23's fact-check of unread Wikinews pages, the hedging part: wikinews-2019-140 quoted a scientist
saying that how much an effect matters "we don't yet know", a question fronted before "don't know" with
"yet" between, and the sentence was judged certain (rule ``know_open``, class ``fronted_question``); and
"they observed", "they concluded" after "researchers from <a named university> reported" were weasel, though
"the researchers concluded" is not (rule ``team_pronoun``); wikinews-2019-087's "police were investigating
the conditions leading up to his death" was certain ("conditions" added to class ``find_out_object``).
Every sentence here is written for the test, none is taken from an article."""

from __future__ import annotations

from analysis import parse_article
from analysis.hedging import judge


def flags(text: str) -> list[tuple[str, bool, bool]]:
    """(sentence, uncertain, weasel) of each sentence of ``text``."""
    art = parse_article(text, id="t")
    return [(text[j.start : j.end], j.uncertain, j.weasel) for j in judge(art)]


def test_a_question_fronted_before_dont_know_leaves_the_claim_open():
    text = "The damage is real. But exactly how large it is, we do not yet know."
    assert flags(text) == [
        ("The damage is real.", False, False),
        ("But exactly how large it is, we do not yet know.", True, False),
    ]
    assert flags("We do not yet know whether the bridge is safe.") == [
        ("We do not yet know whether the bridge is safe.", True, False),
    ]


def test_dont_know_after_an_adverbial_clause_or_before_an_object_is_no_open_question():
    # near misses: "when" opens an adverbial clause, not a question; "the driver" is an object
    for text in ("When asked about it, he did not know.", "She said they do not know the driver."):
        assert flags(text) == [(text, False, False)]


def test_they_for_a_study_team_is_no_vague_source():
    text = (
        "In a study published on Monday, researchers from Harvard University reported a new kind of frog. "
        "They concluded that the frog was rare."
    )
    assert flags(text) == [
        ("In a study published on Monday, researchers from Harvard University reported a new kind of frog.",
         False, False),
        ("They concluded that the frog was rare.", False, False),
    ]


def test_they_for_a_vague_group_stays_weasel():
    # near miss: "diplomats" are no study's team
    assert flags("Diplomats said the talks had stalled. They said a deal was far off.") == [
        ("Diplomats said the talks had stalled.", False, True),
        ("They said a deal was far off.", False, True),
    ]


def test_investigating_the_conditions_of_an_event_leaves_its_cause_open():
    text = "Police were investigating the conditions that led to the crash."
    assert flags(text) == [(text, True, False)]
    # near miss: conditions improved are no investigation
    text = "The new rules improved the conditions at the plant."
    assert flags(text) == [(text, False, False)]
