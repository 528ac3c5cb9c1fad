"""One attribution per coordinated source (analysis/attribution/conjuncts.py), the function alone on
spans, then through the whole analyzer. Sentences written for the project."""

from __future__ import annotations

from analysis import parse_article
from analysis.attribution import find_attributions
from analysis.attribution.conjuncts import split_conjuncts
from analysis.model import Span


def _split(text: str, source: str) -> list[str]:
    a = text.index(source)
    return [text[s.start : s.end] for s in split_conjuncts(text, Span(a, a + len(source)))]


def test_two_countries_are_two_sources():
    text = "Turkey and Greece expressed concern."
    assert _split(text, "Turkey and Greece") == ["Turkey", "Greece"]


def test_a_list_with_commas_splits_at_each():
    text = "Turkey, Greece and Cyprus said the talks would resume."
    assert _split(text, "Turkey, Greece and Cyprus") == ["Turkey", "Greece", "Cyprus"]
    text = "Turkey, Greece, and Cyprus said the talks would resume."
    assert _split(text, "Turkey, Greece, and Cyprus") == ["Turkey", "Greece", "Cyprus"]


def test_both_is_not_part_of_the_first_source_and_a_group_may_follow():
    text = "Both President Trump and some Democrats have expressed support."
    assert _split(text, "Both President Trump and some Democrats") == ["President Trump", "some Democrats"]


def test_a_surname_the_article_names_elsewhere_stands_alone():
    text = "Dick Durbin spoke first, then Adam Schiff. Durbin and Schiff both questioned the plan."
    assert _split(text, "Durbin and Schiff both"[:17]) == ["Durbin", "Schiff"]
    # named only side by side ("Durbin and Schiff"), they are not named apart
    text = "Durbin and Schiff spoke. Durbin and Schiff both questioned the plan."
    assert _split(text, "Durbin and Schiff both"[:17]) == ["Durbin and Schiff"]


def test_a_given_name_the_article_uses_as_a_surname_is_a_person_of_its_own():
    # "Taylor" is a given name, but the article writes "Megan Taylor": a surname, so two people
    text = "Megan Taylor met Owen Price on Monday. Taylor and Price rejected the offer."
    assert _split(text, "Taylor and Price") == ["Taylor", "Price"]
    # never after a given name: a lone given name before a full name is one couple
    text = "Taylor and Sean Price rejected the offer."
    assert _split(text, "Taylor and Sean Price") == ["Taylor and Sean Price"]


def test_a_body_named_on_its_own_is_not_half_of_one_name():
    # an abbreviation is a body's name of its own, though "World Bank" ends in an organisation word
    text = "Both the WTO and World Bank warned that trade would slow."
    assert _split(text, "Both the WTO and World Bank") == ["the WTO", "World Bank"]
    # a first conjunct the article names elsewhere on its own
    text = "The African Union met on Monday. The African Union and Arab League condemned the coup."
    assert _split(text, "The African Union and Arab League") == ["The African Union", "Arab League"]
    # never named apart: one body
    text = "The Northern Fisheries and Marine Authority said stocks fell."
    assert _split(text, "The Northern Fisheries and Marine Authority") == [
        "The Northern Fisheries and Marine Authority"
    ]


def test_one_name_with_and_stays_whole():
    # the article never names Smith or Wesson apart: one company
    text = "Smith and Wesson said sales rose."
    assert _split(text, "Smith and Wesson") == ["Smith and Wesson"]
    # a lone given name first: one couple; a foundation named after two people
    text = "Cherie and Sean O'Donnell said they were delighted."
    assert _split(text, "Cherie and Sean O'Donnell") == ["Cherie and Sean O'Donnell"]
    text = "The Bill and Melinda Gates Foundation said it would help."
    assert _split(text, "The Bill and Melinda Gates Foundation") == ["The Bill and Melinda Gates Foundation"]
    text = "Carl Hensman of the Bill and Melinda Gates Foundation said it would help."
    src = "Carl Hensman of the Bill and Melinda Gates Foundation"
    assert _split(text, src) == [src]
    # a title with "and" in it
    title = "Minister of Trade and Industry Tom Lee"
    assert _split(title + " said prices would fall.", title) == [title]


def test_shared_heads_possessives_and_examples_stay_whole():
    text = "Lee and Park's mother, Anwar, said he was innocent."
    assert _split(text, "Lee and Park's mother") == ["Lee and Park's mother"]
    text = "New Orleans and Jefferson Parish officials said the levees held."
    assert _split(text, "New Orleans and Jefferson Parish officials") == [
        "New Orleans and Jefferson Parish officials"
    ]
    text = "Researchers from Harvard and Yale said the drug works."
    assert _split(text, "Researchers from Harvard and Yale") == ["Researchers from Harvard and Yale"]
    text = "German firms including Daimler and Siemens said they would leave."
    assert _split(text, "German firms including Daimler and Siemens") == [
        "German firms including Daimler and Siemens"
    ]


def test_bad_inputs_give_the_span_back():
    text = "Turkey, Greece said so. The EU (and NATO) said so. Turkey and said so."
    assert _split(text, "Turkey, Greece") == ["Turkey, Greece"]  # an appositive comma, no "and"
    assert _split(text, "The EU (and NATO)") == ["The EU (and NATO)"]
    assert _split(text, "Turkey and") == ["Turkey and"]
    assert split_conjuncts("", Span(0, 0)) == [Span(0, 0)]


def _found(text: str) -> list[tuple[str, str, str, str, str]]:
    art = parse_article("Headline\n\n" + text)
    return [
        (
            art.text[a.source.start : a.source.end] if a.source else "",
            a.source_name,
            a.source_type,
            art.text[a.content[0].start : a.content[-1].end],
            a.source_by.rule,
        )
        for a in find_attributions(art)
    ]


_BY = "source_from_clause_start+conjunct"


def test_the_analyzer_gives_one_attribution_per_conjunct():
    assert _found("Turkey and Greece expressed concern about the talks.") == [
        ("Turkey", "Turkey", "government_body", "concern about the talks", _BY),
        ("Greece", "Greece", "government_body", "concern about the talks", _BY),
    ]
    assert _found("The AP and NBC News also called the race for the governor.") == [
        ("AP", "AP", "media_outlet", "the race for the governor", _BY),
        ("NBC News", "NBC News", "media_outlet", "the race for the governor", _BY),
    ]


def test_the_analyzer_keeps_one_name_whole():
    assert [f[:3] for f in _found("Smith and Wesson said that sales rose.")] == [
        ("Smith and Wesson", "Smith", "named_person")
    ]
