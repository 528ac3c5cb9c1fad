"""Recall rules of session 15 (issue 12, recall19), each a general shape found among the misses of the
readable Wikinews splits (dev18 and earlier ones, several publishers); the sentences are the project's own,
of the same shape.

* ``addressee_infinitive`` (addressed.py): "advises travellers to carry water": a warning or advice with a
  plain-noun addressee and a to-infinitive; the addressee and the infinitive are the content.
* ``addressee_clause`` (addressed.py): "warned there could be more strikes", "warned the planned freeze could
  ...": a clause without "that" after an addressee verb.
* ``passive_adjunct`` (adjuncts.py): "The finding was announced in a paper": the subject alone is the content.
"""

from __future__ import annotations

import pytest
from attribution_helpers import rule_attributions

from analysis import parse_article
from analysis.attribution import find_attributions
from analysis.attribution.addressed import addressee_clause, addressee_infinitive
from analysis.attribution.adjuncts import passive_adjunct
from analysis.attribution.boundaries import instruction_to
from analysis.attribution.extract import PROSE_KINDS
from analysis.attribution.lexicon import tables


def _rows(body: str) -> list[tuple[str | None, str | None, list[str], str]]:
    """(cue, source, content fragments, content rule) of each attribution the rules find (no keep model)."""
    t, found = rule_attributions(body)
    out = []
    for x in found:
        out.append((
            t[x.cue.start : x.cue.end] if x.cue else None,
            t[x.source.start : x.source.end] if x.source else None,
            [t[c.start : c.end] for c in x.content],
            x.content_by.rule,
        ))
    return out


# ----- addressee_infinitive ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "source", "content"),
    [
        # was: nothing found (a plain-noun addressee was read as no content at all)
        ("The regional health agency advises travellers to carry bottled water on long trips.",
         "advises", "The regional health agency", "travellers to carry bottled water on long trips"),
        ("Park rangers warned hikers to keep away from the flooded trails.",
         "warned", "Park rangers", "hikers to keep away from the flooded trails"),
        ("Park rangers warned the public not to swim in the lake.",
         "warned", "Park rangers", "the public not to swim in the lake"),
        ("The council advised residents of her town to stay indoors.",
         "advised", "The council", "residents of her town to stay indoors"),
    ],
)
def test_advice_to_a_plain_noun_addressee_is_reported(body, cue, source, content):
    assert _rows(body) == [(cue, source, [content], "subject_verb")]


def test_addressee_infinitive_reads_a_short_plain_addressee_only():
    t = tables()
    lw = ["advises", "citizens", "to", "keep", "cash"]
    assert addressee_infinitive(lw, 1, 5, t, instruction_to(lw, 1, 5, t)) is True
    lw = ["advised", "residents", "of", "her", "city", "to", "leave"]
    assert addressee_infinitive(lw, 1, 7, t, instruction_to(lw, 1, 7, t)) is True
    # a pronoun addressee is read by the boundaries before this rule
    lw = ["warned", "him", "to", "stop"]
    assert addressee_infinitive(lw, 1, 4, t, instruction_to(lw, 1, 4, t)) is False
    # two noun phrases before "to": no instruction to an addressee
    lw = ["promised", "voters", "the", "cuts", "to", "come"]
    assert addressee_infinitive(lw, 1, 6, t, 4) is False
    assert addressee_infinitive(lw, 1, 6, t, None) is False


# ----- addressee_clause -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # was: nothing found ("there" and a plain noun phrase were read as an addressee)
        ("The union leader warned there could be more strikes next month.",
         "there could be more strikes next month"),
        ("The union leader warned the planned pay freeze could trigger more strikes.",
         "the planned pay freeze could trigger more strikes"),
        ("The union leader warned investors could lose money.", "investors could lose money"),
    ],
)
def test_a_clause_without_that_after_a_warning_is_its_content(body, content):
    assert _rows(body) == [("warned", "The union leader", [content], "subject_verb")]


def test_addressee_clause_needs_a_modal_after_one_noun_phrase():
    t = tables()
    assert addressee_clause(["warned", "there", "was", "a", "risk"], 1, 5, t) is True
    assert addressee_clause(["warned", "there", "and", "then", "left"], 1, 5, t) is False
    assert addressee_clause(["warned", "the", "planned", "freeze", "could", "hurt"], 1, 6, t) is True
    # an addressee and then a clause of its own: not one noun phrase before the modal
    assert addressee_clause(["warned", "investors", "prices", "could", "fall"], 1, 5, t) is False
    assert addressee_clause(["warned", "him", "they", "could", "fall"], 1, 5, t) is False
    # still nothing found there, and a neutral verb of telling is not read by the rule
    assert _rows("The union leader warned investors prices could fall.") == []
    assert _rows("The minister told reporters the plan would fail.") == [
        ("told", "The minister", ["the plan would fail"], "subject_verb"),
    ]


# ----- passive_adjunct --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "subject"),
    [
        # was: content "The finding … in a paper published Tuesday in the journal Science"
        ("The finding was announced in a paper published Tuesday in the journal Science.",
         "was announced", "The finding"),
        ("Three new cases were confirmed on Friday.", "were confirmed", "Three new cases"),
    ],
)
def test_the_occasion_of_an_announcing_passive_is_no_content(body, cue, subject):
    assert _rows(body) == [(cue, None, [subject], "passive_clause+passive_adjunct")]


def test_other_passives_keep_what_follows_the_participle():
    assert _rows("Smith was confirmed as the new coach.") == [
        ("was confirmed", None, ["Smith", "as the new coach"], "passive_clause"),
    ]
    assert _rows("The patient was reported in critical condition.") == [
        ("was reported", None, ["The patient", "in critical condition"], "passive_clause"),
    ]
    assert passive_adjunct(["in", "critical", "condition"], 0, 3, "neutral") is False
    assert passive_adjunct(["on", "friday"], 0, 2, "announcing") is True
    assert passive_adjunct(["on", "friday"], 2, 2, "announcing") is False


# ----- withheld_information (shapes/withheld.py) ------------------------------------------------------------


def test_information_withheld_is_a_refused_attribution():
    # was: nothing found ("provide" is no reporting verb)
    a = parse_article("Headline\n\nOfficials did not immediately provide any other details about the crash.")
    found = find_attributions(a, kinds=PROSE_KINDS, keep=None)
    assert [(a.text[x.cue.start : x.cue.end], x.kind, x.content_by.rule) for x in found] == [
        ("did not immediately provide", "refused", "withheld_information"),
    ]
    a = parse_article("Headline\n\nThe agency didn't estimate how many people had been evacuated.")
    assert [x.kind for x in find_attributions(a, kinds=PROSE_KINDS, keep=None)] == ["refused"]
    # an act, and a plain statement of fact, are no attribution
    assert _rows("The rebels did not release the hostages until Friday.") == []
    assert _rows("The company provided details of the plan on Monday.") == []
