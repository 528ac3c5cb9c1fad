"""Content boundaries after a verbless content (rule ``content_end_verbless_clause``, session 15, issue 12).

When what was said is an object, an infinitive or a quotation, a clause the reporter adds after it ("as
revenue fell short", ", but on Monday it was extended") is about the event, not what the source said.
Sentences written for the project.
"""

from __future__ import annotations

from analysis import parse_article
from analysis.attribution import find_attributions


def _contents(text: str) -> list[tuple[str, list[str]]]:
    art = parse_article("Headline\n\n" + text)
    t = art.text
    return [
        (t[a.cue.start : a.cue.end], [t[c.start : c.end] for c in a.content])
        for a in find_attributions(art, keep=None)
    ]


def test_a_subordinate_clause_after_an_object_is_the_reporters():
    assert _contents("The brewer reported record profits as sales of lager rose sharply.") == [
        ("reported", ["record profits"])
    ]
    # a relative clause inside the object keeps its verb; the clause after "as" is still cut
    assert _contents("The brewer reported profits that beat forecasts as sales of lager rose sharply.") == [
        ("reported", ["profits that beat forecasts"])
    ]


def test_a_coordinated_clause_after_a_comma_ends_an_infinitive_content():
    assert _contents(
        "The curfew was expected to continue until Friday, but on Thursday it was lifted early."
    ) == [("was expected", ["The curfew", "to continue until Friday"])]


def test_the_clause_stays_when_the_content_has_its_own_verb_or_a_phrase_holds_the_word():
    # a reported clause: its subordinate clause is part of what was said
    assert _contents("The minister said prices rose as demand grew.") == [
        ("said", ["prices rose as demand grew"])
    ]
    # "as we understand them" sits inside the content's subject: its own verb comes later
    found = _contents("The museum says birds as we understand them evolved from dinosaurs.")
    assert found[0] == ("says", ["birds as we understand them evolved from dinosaurs"])
    # "soon after": a time phrase, not the reporter's clause
    assert _contents("The mayor praised the crews soon after the storm passed.") == [
        ("praised", ["the crews soon after the storm passed"])
    ]
