"""Content boundaries and "not a report" readings of session 13 (issue 12, bound16), each a general rule
found from the readable Wikinews splits' errors; the sentences are the project's own, of the same shape.

* ``passive_agent`` (boundaries.agent_end): after a passive cue, the "by" phrase is the holder of the view,
  not part of the content ("Cows are considered sacred by Hindus").
* ``relative_antecedent`` (boundaries.relative_antecedent): "fires, which state media said were under
  control": the pronoun's antecedent is the content's first fragment.
* ``referent_only`` (senses.referent_only): "..., referring to the Russian invasion" names a referent,
  nothing said.
* ``plural_noun`` with time adjectives ("previous estimates", "Current fears"): a noun, not a verb.
"""

from __future__ import annotations

import pytest
from attribution_helpers import rule_attributions

from analysis.attribution.senses import referent_only


def _rows(body: str) -> list[tuple[str | None, list[str], str]]:
    """(cue, content fragments, content rule) of each attribution the rules find (no keep model)."""
    t, found = rule_attributions(body)
    out = []
    for x in found:
        out.append((t[x.cue.start : x.cue.end] if x.cue else None, [t[c.start : c.end] for c in x.content],
                    x.content_by.rule))
    return out


# ----- passive_agent ----------------------------------------------------------------------------------------


def test_the_by_phrase_after_a_passive_cue_is_no_content():
    # was: content "sacred by Hindus across the country" (the holders of the view read as what is held)
    assert _rows("Cows are considered sacred by Hindus across the country.") == [
        ("are considered", ["Cows", "sacred"], "passive_clause+passive_agent"),
    ]
    assert _rows("The virus was declared to be a pandemic by the World Health Organization.") == [
        ("was declared", ["The virus", "to be a pandemic"], "passive_clause+passive_agent"),
    ]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # an embedded passive of the reported clause: its agent is part of what is believed
        ("The minister is believed to have been killed by militants.",
         ["The minister", "to have been killed by militants"]),
        # time, measure and amount phrases are no agent
        ("The factory is expected to close by the end of the year.",
         ["The factory", "to close by the end of the year"]),
        ("The plan was widely expected to pass by a large margin.",
         ["The plan", "to pass by a large margin"]),
        ("Prices are expected to rise by 5% next year.", ["Prices", "to rise by 5% next year"]),
    ],
)
def test_a_by_phrase_that_is_no_agent_stays_in_the_content(body: str, content: list[str]) -> None:
    [(_, got, rule)] = _rows(body)
    assert got == content
    assert rule == "passive_clause"


def test_an_unbalanced_quote_around_the_by_phrase_raises_nothing():
    assert _rows('The plan is widely expected to pass "by the council.') == [
        ("is widely expected", ["The plan", 'to pass "by the council'], "passive_clause"),
    ]
    assert _rows('The vaccine was declared safe by "the agency.') == [
        ("was declared", ["The vaccine", "safe"], "passive_clause+passive_agent"),
    ]


# ----- relative_antecedent ----------------------------------------------------------------------------------


def test_the_antecedent_of_a_relative_pronoun_before_the_source_opens_the_content():
    # was: content "were under control" alone, under half of the labelled span
    body = (
        "The attacks triggered major fires at a processing plant and an oil field, which state media said "
        "were under control."
    )
    assert _rows(body) == [
        ("said", ["major fires at a processing plant and an oil field", "were under control"],
         "subject_verb+relative_antecedent"),
    ]
    # "who" and no comma; the walk stops before "with", the verb's preposition
    assert _rows("Israel will negotiate with the man who they say orchestrated the attacks.") == [
        ("say", ["the man", "orchestrated the attacks"], "subject_verb+relative_antecedent"),
    ]
    assert _rows("The man, who police said was armed, fled.") == [
        ("said", ["The man", "was armed"], "subject_verb+relative_antecedent"),
    ]


def test_a_content_with_a_subject_of_its_own_takes_no_antecedent():
    # "that" is a complementizer here: the nested cue's content has its own words, no verb first
    assert _rows("He says that Ms. Lassiter confessed to the affair.") == [
        ("says", ["that Ms. Lassiter confessed to the affair"], "subject_verb"),
        ("confessed", ["to the affair"], "subject_verb"),
    ]
    assert _rows("He wrote a letter which he said he regretted.") == [
        ("wrote", ["a letter which he said he regretted"], "subject_verb"),
        ("said", ["he regretted"], "subject_verb"),
    ]


def test_an_unbalanced_quote_before_the_relative_clause_raises_nothing():
    assert _rows('The plan, which "officials said would fail, was dropped.') == []
    assert _rows('It was a decision that "officials say will cost jobs.') == []


# ----- referent_only and plural nouns ----------------------------------------------------------------------


def test_referring_to_a_noun_phrase_is_no_report():
    # was: an attribution of the government with content "the Russian invasion of Ukraine" (not a report)
    assert _rows("The government released new guidance, referring to the Russian invasion of Ukraine.") == []
    # with a quotation it names what the speaker called it, and stays
    assert _rows('Trump attacked the inquiry, referring to it as "a hoax".') == [
        ("attacked", ["the inquiry"], "subject_verb"),
        ("referring to", ['"a hoax"'], "subject_verb+called_quotation"),
    ]


def test_referent_only_reads_the_content_words():
    tx = "referring to the Russian invasion of Ukraine".split()
    assert referent_only(tx, (0, 2), (2, 7), "refer to") is True
    assert referent_only(tx, (0, 2), (2, 7), "say") is False  # not a verb of the referent list
    quoted = 'referred to it as " a hoax "'.split()
    assert referent_only(quoted, (0, 2), (2, 8), "refer to") is False
    assert referent_only(tx, (0, 2), None, "refer to") is False


def test_a_plural_noun_after_a_time_adjective_is_no_cue():
    # was: "estimates" and "fears" read as verbs (not a report)
    assert _rows("This was above previous estimates of the current account deficit.") == []
    assert _rows("Current fears about a plague outbreak are fuelled by past crises.") == []
    # the adjective before a noun source does not stop its verb
    assert _rows("Current officials say the plan failed.") == [("say", ["the plan failed"], "subject_verb")]
