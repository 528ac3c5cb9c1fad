"""Mistakes a fact-checker found reading the analyzers' output on unlabelled articles (session 15:
wikinews-2020-061, wikinews-2019-159, bbc-tech-285), each in a sentence of the same shape written for the
test: a content running on over the occasion ("announced the measure at the UK Government's daily
coronavirus briefing"), deliberation ("she was considering it") kept as a report, a counterfactual "would
have shown" taken for a finding of its subject while the real report ("they reasoned") was missed, a plural
"they" resolved to a group cited before the group the narration follows, or left unresolved after two people
named with their roles, a person typed as an organisation for an "it" inside her own quotation, the cue
"maintains" missed, a connective ("Instead, said Mr X, ...") taken for the content, and an occasion phrase
("In a joint statement the firms said") taken into the source."""

from __future__ import annotations

from analysis import parse_article
from analysis.attribution import find_attributions, set_aside
from analysis.attribution.noun_phrases import occasion_then_subject
from analysis.attribution.senses import counterfactual, deliberation, score_line
from analysis.attribution.sources import before_quotation


def _all(text: str):
    art = parse_article(text, id="t")
    return sorted([*find_attributions(art), *set_aside(art)], key=lambda a: a.start)


def _words(text: str, sp) -> str:
    return text[sp.start : sp.end] if sp is not None else ""


def _cues(text: str) -> list[str]:
    return [_words(text, a.cue) for a in _all(text)]


def _toks(sentence: str) -> list[str]:
    art = parse_article(sentence)
    return [art.text[t.start : t.end] for t in art.tokens]


def test_a_long_occasion_phrase_is_not_content():
    # was: content "the plan at the city's weekly press briefing" (the occasion noun is the phrase's fifth
    # word, beyond the three the rule read)
    text = "Jones announced the plan at the city's weekly press briefing."
    (a,) = _all(text)
    assert [_words(text, c) for c in a.content] == ["the plan"]
    # (session 16: the tagger retrained on session 16's rules drops "unveiled" here, p < 0.05; "announced"
    # carries the same occasion phrase)
    text = "The minister announced the scheme at the party's spring conference in Leeds."
    (a,) = _all(text)
    assert [_words(text, c) for c in a.content] == ["the scheme"]
    # a phrase that ends in no occasion noun stays content
    text = "Jones announced a ban on cars at the end of the old harbour road."
    (a,) = _all(text)
    assert [_words(text, c) for c in a.content] == ["a ban on cars at the end of the old harbour road"]


def test_considering_something_is_no_report():
    # was: a second attribution, cue "considering", source "she", content "it"
    text = "Asked about the toll, the chair of the council said she was considering it."
    assert _cues(text) == ["said"]
    assert deliberation(_toks("She was considering it."), (2, 3), (3, 4))
    assert deliberation(_toks("The board is considering a bid."), (3, 4), (4, 6))
    # a clause after it, or no progressive, stays
    assert not deliberation(_toks("She was considering whether to run."), (2, 3), (3, 6))
    assert not deliberation(_toks("She considers it a mistake."), (1, 2), (2, 5))


def test_a_counterfactual_finding_is_none_and_the_reasoning_is_found():
    # was: cue "shown", source "the fields" (set aside), "reasoned" no cue at all
    text = "If the crops had been watered, they reasoned, the fields would have shown far less damage."
    (a,) = _all(text)
    assert _words(text, a.cue) == "reasoned"
    assert _words(text, a.source) == "they"
    assert [_words(text, c) for c in a.content] == [
        "If the crops had been watered",
        "the fields would have shown far less damage",
    ]
    tx = _toks("The fields would have shown far less damage.")
    assert counterfactual(tx, (4, 5), None, "show")
    assert not counterfactual(_toks("The fields may have shown damage."), (4, 5), None, "show")
    assert not counterfactual(_toks("Tests would show the damage."), (2, 3), None, "show")


def test_they_is_the_group_the_narration_follows():
    # was: "They" resolved to "scholars", the group cited two paragraphs before the team was narrated
    text = (
        "Some historians have argued that the canal was dug by hand. "
        "The team collected soil from four sites along its banks. "
        "They were able to date nine of the samples. "
        "They found the oldest layers to be about 3,000 years old. "
        "If the soil had been moved, they reasoned, the layers would have been mixed."
    )
    found = [a for a in find_attributions(parse_article(text, id="t")) if _words(text, a.cue) != "argued"]
    assert [(_words(text, a.cue), a.source_name, a.source_type) for a in found] == [
        ("found", "team", "unnamed_group"),
        ("reasoned", "team", "unnamed_group"),
    ]


def test_they_after_two_people_named_with_their_roles():
    # was: "They" unresolved (set aside)
    text = (
        "Interior minister Anna Berg and finance minister Karl Holm visited the port on Friday. "
        "They said the harbour would reopen within a month."
    )
    (a,) = find_attributions(parse_article(text, id="t"))
    assert (a.source_name, a.source_type) == ("Anna Berg and Karl Holm", "named_person")
    # an article before the second name: no pair of people
    text = "Sam Wilson and the Red Cross visited the port. They said the harbour would reopen within a month."
    assert [a.source_name for a in find_attributions(parse_article(text, id="t"))] == []
    # a pair with roles three sentences back: the "they" is the group that spoke since
    text = (
        "Her post drew two politicians: Senator Ann Lee and congresswoman Mary Holt. "
        "They criticised the label. "
        "Crestline Records have denied doing anything wrong. "
        '"We never blocked her," they said in a statement.'
    )
    said = [a for a in _all(text) if _words(text, a.cue) == "said"]
    assert [(a.source_name, a.source_type) for a in said] == [("Crestline Records", "named_organisation")]


def test_an_it_inside_the_quotation_does_not_make_the_speaker_an_organisation():
    # was: named_organisation (the quoted "it" counted as a reference back to "Wasif")
    text = 'Wasif suggested, "there was a lake - it is a natural habitat for the birds."'
    (a,) = find_attributions(parse_article(text, id="t"))
    assert (a.source_name, a.source_type) == ("Wasif", "named_person")
    assert before_quotation(' suggested, "there was a lake - it is"') == " suggested, "
    assert before_quotation(" said it would appeal.") == " said it would appeal."


def test_maintains_is_a_cue():
    # was: nothing found
    text = "The company maintains that the payment was legal."
    (a,) = find_attributions(parse_article(text, id="t"))
    assert (_words(text, a.cue), _words(text, a.source)) == ("maintains", "The company")
    assert [_words(text, c) for c in a.content] == ["that the payment was legal"]
    # keeping something up is an act, as with "declared"
    assert _cues("The department maintains a policy of not charging a sitting president.") == []


def test_a_connective_before_an_inverted_cue_is_no_content():
    # was: content "Instead", source "Ms Lee, the rules were meant to protect the banks"
    text = "Instead, said Ms Lee, the rules were meant to protect the banks."
    (a,) = find_attributions(parse_article(text, id="t"))
    assert _words(text, a.source) == "Ms Lee"
    assert [_words(text, c) for c in a.content] == ["the rules were meant to protect the banks"]
    # a role after the comma stays the source's; a clause before the cue stays the content
    text = "The plan will fail, said Ann Lee, a spokeswoman who was at the meeting."
    (a,) = find_attributions(parse_article(text, id="t"))
    assert _words(text, a.source) == "Ann Lee, a spokeswoman who was at the meeting"
    assert [_words(text, c) for c in a.content] == ["The plan will fail"]


def test_an_occasion_before_the_subject_is_not_the_source():
    # was: source "a joint statement the companies", named "joint statement the companies"
    text = "In a joint statement the companies said they would cut prices."
    (a,) = find_attributions(parse_article(text, id="t"))
    assert (_words(text, a.source), a.source_name) == ("the companies", "companies")
    assert (
        occasion_then_subject(
            ["a", "joint", "statement", "the", "firms"], frozenset({"statement"}), frozenset({"the", "a"})
        )
        == 3
    )
    assert (
        occasion_then_subject(
            ["a", "statement", "by", "the", "firm"], frozenset({"statement"}), frozenset({"the", "a"})
        )
        == 0
    )


def test_a_score_is_no_report():
    # the retrained tagger kept the rules' "points to" between two numbers
    text = "Headline\n\nCaloundra defeated Wynnum 45 points to 24 in their match on Saturday."
    assert find_attributions(parse_article(text), keep=None) == []
    assert score_line(_toks("Caloundra won 45 points to 24."), (3, 5), None)
    assert not score_line(_toks("The data points to a slowdown."), (2, 4), None)
