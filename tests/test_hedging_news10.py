"""Issue 13, tenth round (session 9, hedge13k): weasel false positives read in dev9 and dev8 (outlet news),
each checked against the guideline and narrowed for the whole class it names.

- A shield ("reportedly", "allegedly") whose source the sentence names is that source's word, not weasel
  wording (labelling notes: a "reportedly" whose understood source is clear from the same sentence): a
  named source closing the sentence ("..., Harris said"), "according to" a named source, or one unnamed but
  specific person closing it ("..., the source claimed": anonymous, not weasel). The attribution analyzer
  now finds such a closing source at all: an inverted cue may take a clause holding a shield adverb, and a
  written source wins over a sourceless "allegedly" claiming the same content.
- A relative clause ("..., who mentioned it") frames nothing before it.

Every sentence here was written for these tests (none is copied from an article or a corpus).
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.attribution import PROSE_KINDS, find_attributions, set_aside
from analysis.hedging import judge
from analysis.hedging.sources import Source, source_rule


def _judged(text: str) -> tuple[bool, bool, bool, str]:
    j = judge(parse_article(text, id="t"))[0]
    return j.uncertain, j.weasel, j.anonymous_source, j.weasel_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a named source closing the sentence holds the shield
        (
            "Officers reportedly found cannabis in the car, Harris said.",
            (True, False, False, "named_source:reportedly"),
        ),
        (
            "The deal was allegedly signed in May, according to Reuters.",
            (True, False, False, "named_source:allegedly"),
        ),
        # one unnamed but specific person closing it: anonymous source, not weasel
        (
            "The singer allegedly has not returned his calls, the source claimed to the magazine.",
            (True, False, True, "named_source:allegedly"),
        ),
        # nobody written: the claim is passed on from nobody named
        # (session 15's and session 18's retrained taggers also keep "Officers ... found" as a finding of an
        # unnamed group, a plain act wrongly read as a report; session 17's and session 19's do not; session
        # 21's does again, so the weasel rule names the group too; session 22's last does not: the flags are
        # the same)
        (
            "Officers reportedly found cannabis in the car.",
            (True, True, False, "shield_cue:reportedly"),
        ),
        # a relative clause after the name frames nothing before it
        (
            "The bill was reportedly pushed by Ann Lee, who mentioned it to the mayor.",
            (True, True, False, "shield_cue:reportedly"),
        ),
    ],
)
def test_shield_held_by_the_source_the_sentence_names(text, want):
    assert _judged(text) == want


def test_closing_source_after_a_shield_adverb_is_found():
    text = "Officers reportedly found cannabis in the car, Harris said."
    atts = find_attributions(parse_article(text, id="t"), kinds=PROSE_KINDS)
    got = [(text[a.cue.start : a.cue.end], a.source and text[a.source.start : a.source.end]) for a in atts]
    assert ("said", "Harris") in got
    harris = next(a for a in atts if a.source is not None)
    content = [text[c.start : c.end] for c in harris.content]
    assert content == ["Officers reportedly found cannabis in the car"]
    assert harris.source_type == "named_person"


def test_written_source_wins_over_a_sourceless_adverb_for_the_same_content():
    text = "The deal was allegedly signed in May, according to Reuters."
    atts = find_attributions(parse_article(text, id="t"), kinds=PROSE_KINDS)
    sourced = [(text[a.cue.start : a.cue.end], text[a.source.start : a.source.end]) for a in atts if a.source]
    assert sourced == [("according to", "Reuters")]
    # alone, the adverb is still the attribution (source none); session 22's keep weights (dev25 added) set
    # this sourceless one aside (p 0.30 < 0.34; 0.32 < 0.36 at its end); session 23's first (dev26 added)
    # keep it (p 0.42 >= 0.35; 0.41 at its end); session 24's first (dev27 added) too (p 0.38 >= 0.34; 0.44
    # >= 0.33 at its end)
    text = "The deal was allegedly signed in May."
    atts = find_attributions(parse_article(text, id="t"), kinds=PROSE_KINDS, keep=None)
    assert [(text[a.cue.start : a.cue.end], a.source) for a in atts] == [("allegedly", None)]
    assert set_aside(parse_article(text, id="t")) == []
    kept = find_attributions(parse_article(text, id="t"), kinds=PROSE_KINDS)
    assert [a.keep.label() for a in kept] == ["model keep p=0.44"]


def _flag(text: str, source: str, cue: str, kind: str = "unnamed_group"):
    """The (flag, rule) the source words ``source`` with cue ``cue`` raise in ``text``, or the veto."""
    a, c = text.index(source), text.index(cue)
    return source_rule(Source(a, a + len(source), c, c + len(cue), kind, "description"), text)


@pytest.mark.parametrize(
    ("text", "source", "cue", "want"),
    [
        # a group the article counted off before: the people it named, not a vague source
        ("Both men claimed they were treated well.", "Both men", "claimed", ("", "definite_group")),
        ("But both witnesses testified it.", "both witnesses", "testified", ("", "definite_group")),
        ("The two lawyers said the trial was unfair.", "The two lawyers", "said", ("", "definite_group")),
        ("The other 28 people said they felt well.", "The other 28 people", "said", ("", "definite_group")),
        # "the" and a vague head alone, or a counted group with no "the", stay vague
        ("The officials said the road was closed.", "The officials", "said", ("weasel", "vague_source")),
        ("Two officials said the road was closed.", "Two officials", "said", ("weasel", "vague_source")),
        ("Other officials said the road was closed.", "Other officials", "said", ("weasel", "vague_source")),
        # a group's name: a capitalised head where no sentence starts
        ("The Doobie Brothers announced a tour.", "The Doobie Brothers", "announced", ("", "group_name")),
        ("The Liberal Democrats said it was wrong.", "The Liberal Democrats", "said", ("", "group_name")),
        ("But Democrats have accused the president.", "Democrats", "accused", ("", "group_name")),
        # a capital that only opens the sentence says nothing; a lower-case role stays vague
        ("Teachers chanted that schools need money.", "Teachers", "chanted", ("weasel", "role_group")),
        ("Consumer advocates are urging a change.", "Consumer advocates", "urging", ("weasel", "role_group")),
        ("He left. Health chiefs said the ward was shut.", "Health chiefs", "said", ("weasel", "role_group")),
        # an acronym is no name of a group
        ('"It is over." NGOs said the camp was shut.', "NGOs", "said", None),
        # a vague head owned by a pronoun: the doctors of someone the article names
        ("He could not breathe, his doctors say.", "his doctors", "say", ("", "owned_group")),
        ("Some of his doctors say so.", "Some of his doctors", "say", ("weasel", "vague_source")),
    ],
)
def test_groups_that_are_not_vague(text, source, cue, want):
    assert _flag(text, source, cue) == want


def test_vetoed_group_is_shown_in_the_rule_and_raises_no_flag():
    # "Both men claimed they were treated well": session 18's retrained tagger drops it (closing note)
    j = judge(parse_article("Both men claimed that they were treated well.", id="t"))[0]
    assert (j.weasel, j.weasel_rule) == (False, "definite_group:both men")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Her critics blame her for the delay.", "Her critics"),
        ("Their opponents say the runway is too loud.", "Their opponents"),
        ("His supporters claimed the count was rigged.", "His supporters"),
    ],
)
def test_a_side_owned_by_a_pronoun_stays_vague(text, source):
    cue = text.split()[2]
    assert _flag(text, source, cue) == ("weasel", "vague_source")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a plural possessive names who holds the allegation, as "Tsvangirai's allegations" does
        ("The Democrats' central allegation has been debunked.", (False, False, "")),
        ("The protesters’ claims of fraud were rejected.", (False, False, "")),
        # nobody written: passed on from nobody named
        ("The vote was marred by allegations of fraud.", (True, True, "shield_cue:{allegation_noun}")),
    ],
)
def test_plural_possessive_owns_the_allegation(text, want):
    u, w, _, rule = _judged(text)
    assert (u, w, rule) == want


@pytest.mark.parametrize(
    ("text", "source", "cue", "want"),
    [
        (
            "It would impose a ban on officials deemed responsible.",
            "officials",
            "deemed",
            ("", "preposition_object"),
        ),
        ("Sanctions against officials accused of abuse.", "officials", "accused", ("", "preposition_object")),
        # "according to", "by", "with" name the source
        (
            "The road is shut, according to officials.",
            "officials",
            "according to",
            ("weasel", "vague_source"),
        ),
        ("He was criticised by diplomats.", "diplomats", "criticised", ("weasel", "vague_source")),
        (
            "It closed, with officials saying it was unsafe.",
            "officials",
            "saying",
            ("weasel", "vague_source"),
        ),
    ],
)
def test_the_object_of_a_preposition_says_nothing(text, source, cue, want):
    assert _flag(text, source, cue) == want


@pytest.mark.parametrize(
    ("text", "kind", "want"),
    [
        # a lone quantifier opening the sentence is no name, whatever type the attribution analyzer gave it
        ("Others reported being logged off.", "named_person", ("weasel", "vague_source")),
        ("Many say the plan failed.", "named_person", ("weasel", "vague_source")),
        # a one-word name stays named
        ("Mayer said the plan failed.", "named_person", None),
    ],
)
def test_lone_quantifier_typed_as_a_name_is_vague(text, kind, want):
    first = text.split()[0]
    assert _flag(text, first, text.split()[1], kind) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the "from" of another clause names no critic
        (
            "The slogan drew enough criticism to get the ax from the state.",
            (True, "weasel_pattern:{criticism_verb} {criticism_mod}? {criticism_noun}"),
        ),
        # "from" right after the criticism names its source: the attributed source decides
        ("The slogan drew criticism from the governor.", (False, "")),
        # a prepositional "to" ends no phrase: the "by" after it still names the accuser (review9, BBC)
        (
            "China has been accused of blocking access to Google News by the media watchdog, Reporters "
            "Without Borders.",
            (False, ""),
        ),
        ("China has been accused of blocking access to the site by the media watchdog.", (False, "")),
        # an infinitive's "to" still ends it
        (
            "China has been accused of trying to block access.",
            (True, "shield_cue:{be} {accuse_adv}? accused of"),
        ),
    ],
)
def test_agent_of_criticism_is_in_its_own_phrase(text, want):
    _, w, _, rule = _judged(text)
    assert (w, rule) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an appositive "seen as" passes an opinion on from nobody named: weasel, not uncertain
        (
            "Israel took the territories, seen as vital parts of a future state, in 1967.",
            (False, True, "agentless_opinion:seen as"),
        ),
        (
            "The merger, viewed as the firm's last chance, was blocked.",
            (False, True, "agentless_opinion:viewed as"),
        ),
        # ", considered" glosses terms (labelling notes: "considered childbearing age" is not weasel)
        ("The order covers women aged 20 to 35, considered childbearing age.", (False, False, "")),
        # no comma, no "be", no adverb: no cue
        ("They have seen as many as ten fires this year.", (False, False, "")),
    ],
)
def test_appositive_seen_as_is_an_agentless_opinion(text, want):
    u, w, _, rule = _judged(text)
    assert (u, w, rule) == want


@pytest.mark.parametrize(
    ("text", "source", "want"),
    [
        (
            "The authors of the research published in the journal Nature argued it was rare.",
            "The authors of the research published in the journal Nature",
            ("", "named_institution"),
        ),
        # published, but nowhere named: still vague
        (
            "The authors of a study published last week argued it was rare.",
            "The authors of a study published last week",
            ("weasel", "role_group"),
        ),
    ],
)
def test_team_of_a_study_in_a_named_journal_is_checkable(text, source, want):
    assert _flag(text, source, "argued") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('It was known as the "Black Death" in Europe.', (False, "")),
        ("It was known for its tea gardens.", (False, "")),
        (
            "It is known that the virus spreads in winter.",
            (True, "weasel_pattern:it {be} {weasel_adv}? {belief_pp}"),
        ),
        ("It is widely known as the best cure.", (True, "weasel_pattern:it {be} {weasel_adv}? {belief_pp}")),
    ],
)
def test_known_as_a_name_is_no_weasel_wording(text, want):
    _, w, _, rule = _judged(text)
    assert (w, rule) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the perfect of a saying or belief verb after a vague source
        (
            "Officials have warned people to stay away from the area.",
            # recall19: the warning is an attribution now (addressee_infinitive): its vague source is named
            (True, "weasel_pattern:{vague_source} {say_verb}; vague_source:officials"),
        ),
        (
            "Many had feared the bridge would fall.",
            (True, "weasel_pattern:{vague_quant} {say_verb}; vague_source:many"),
        ),
        # inside a quotation a named person closes, the words are that person's: never weasel
        (
            '"Prices fell in the way some had feared," said economist Alex Bannister.',
            (False, "named_source:{vague_quant} {say_verb}"),
        ),
        (
            '"It is widely accepted that the show cannot be replaced," Jane Smith said.',
            (False, "named_source:it {be} {weasel_adv}? {belief_pp}"),
        ),
        # outside the quotation, or with nobody named, the pattern stays
        (
            "Some had feared the worst, said economist Alex Bannister.",
            # since session 13 the nested "Some had feared" is an attribution of its own (nested_report),
            # whose vague source "Some" names the same weasel
            (True, "weasel_pattern:{vague_quant} {say_verb}; vague_source:some"),
        ),
    ],
)
def test_perfect_say_verbs_and_quoted_weasel_patterns(text, want):
    _, w, _, rule = _judged(text)
    assert (w, rule) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # astonishment at what the speaker takes as true: no claim held open
        ("Frankly I couldn't believe what I was hearing.", (False, "rejected:believe/disbelief")),
        ("It is hard to believe it costs only $399.", (False, "rejected:believe/disbelief")),
        ("I can not believe it happened.", (False, "rejected:believe/disbelief")),
        # doubt of a claim, and plain belief, stay uncertain
        ("I find it hard to believe that the rules were met.", (True, "firm_cue:believe")),
        ("Police believe the fire was set.", (True, "firm_cue:believe")),
    ],
)
def test_disbelief_is_astonishment_not_uncertainty(text, want):
    u, _, _, _ = _judged(text)
    j = judge(parse_article(text, id="t"))[0]
    assert (u, j.uncertain_rule) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("If anything, this was the second cycle in a row.", False),
        ("Bloody suppression should be avoided if possible.", False),
        ("They will open every day if needed.", False),
        ("The players could sense their frustration.", False),
        # an open condition and an epistemic "could" stay
        ("If the dam fails, the town will flood.", True),
        ("The fire could have started in the kitchen.", True),
    ],
)
def test_provisos_and_perception_are_not_uncertain(text, want):
    assert _judged(text)[0] is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("No one knows just how much disruption the strike will bring.", (True, "firm_cue:no one knows")),
        ("Nobody knows exactly how many are out of work.", (True, "firm_cue:nobody knows")),
        ("We don't know exactly how many will fall ill.", (True, "firm_cue:don't know")),
        # an object, not an open question
        ("No one knows the answer to that riddle.", (False, "rejected:no one knows/know_open")),
    ],
)
def test_no_one_knows_an_open_question(text, want):
    j = judge(parse_article(text, id="t"))[0]
    assert (j.uncertain, j.uncertain_rule) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Analysts are trying to assess which firms are best placed.", True),
        ("The study sought to assess how far the targets were met.", True),
        # an object, no open question: an effort to measure, not a question held open
        ("Crews are trying to assess the damage to the bridge.", False),
    ],
)
def test_effort_to_assess_an_open_question(text, want):
    assert _judged(text)[0] is want
