"""Source names and types of session 21 (source25, issue 12), each on a sentence written for the test in the
shape of a case read on the readable development splits or named in the session's brief; none is taken from
an article. Each case that used to fail has a near miss beside it that must not move."""

from __future__ import annotations

from attribution_helpers import found_sources

from analysis.attribution.conjuncts import split_conjuncts
from analysis.attribution.lexicon import tables
from analysis.attribution.sources import name_after_body, one_of_named_org, strip_period, vague_quantity
from analysis.model import Span

_found = found_sources


def test_a_vague_quantifier_is_no_part_of_a_group_name():
    # was: "some Westland lawmakers", "most forecasts", "most of the companies" (the labels drop the
    # quantifier)
    assert _found("Headline\n\nSome Westland lawmakers said the tax was too high.") == [
        ("said", "Some Westland lawmakers", "Westland lawmakers", "unnamed_group")
    ]
    assert _found("Headline\n\nMost forecasts show the rate rising next year.") == [
        ("show", "Most forecasts", "forecasts", "unnamed_group")
    ]
    assert _found("Headline\n\nMost of the companies said the rule was unfair.") == [
        ("said", "Most of the companies", "companies", "unnamed_group")
    ]
    # near misses: a preposition after the quantifier keeps it as the head; a number counts
    assert _found("Headline\n\nMany in Westland said the tax was too high.") == [
        ("said", "Many in Westland", "many in westland", "unnamed_group")
    ]
    assert _found("Headline\n\nThree institutes said the rate would rise.") == [
        ("said", "Three institutes", "three institutes", "unnamed_group")
    ]


def test_vague_quantity_needs_a_vague_quantifier_and_a_noun():
    t = tables()
    assert vague_quantity(["Some"], ["Westland", "lawmakers"], t)
    assert vague_quantity(["most"], ["companies"], t)
    assert not vague_quantity(["many"], ["in", "Gaza"], t)
    assert not vague_quantity(["some"], ["them"], t)
    assert not vague_quantity(["three"], ["institutes"], t)
    assert not vague_quantity([], ["institutes"], t)


def test_a_name_after_a_body_whose_given_name_is_unlisted():
    # was: the whole phrase, an anonymous person ("Man-kei" is in no given-name list)
    assert _found(
        "Headline\n\nWestland director of Amnesty International Man-kei Tam said the arrests were unlawful."
    ) == [
        (
            "said",
            "Westland director of Amnesty International Man-kei Tam",
            "Man-kei Tam",
            "named_person",
        )
    ]
    # near miss: no name after the body
    assert _found("Headline\n\nThe director of Amnesty International said the arrests were unlawful.") == [
        (
            "said",
            "The director of Amnesty International",
            "director of Amnesty International",
            "anonymous_person",
        )
    ]
    t = tables()
    assert name_after_body(["Amnesty", "International", "Man-kei", "Tam"], t) == 2
    assert name_after_body(["Amnesty", "International"], t) == 0
    assert name_after_body(["Bank", "of", "Westland"], t) == 0


def test_a_statement_issued_on_behalf_of_a_person_is_theirs():
    # was: the document "statement issued"
    assert _found(
        'Headline\n\n"There is no single customs office," a statement issued on behalf of Tom Reed, Westland '
        "Trade Representative, said."
    ) == [
        (
            "said",
            "a statement issued on behalf of Tom Reed, Westland Trade Representative",
            "Tom Reed",
            "named_person",
        )
    ]
    # near miss: no one named after "on behalf of"
    assert _found("Headline\n\nA statement on behalf of families said the tariffs would stay.") == [
        ("said", "A statement on behalf of families", "statement", "document")
    ]


def test_a_short_name_of_a_named_firm_is_the_firm():
    # was: "Alden Capital" typed a person (the fuller name came from the person path)
    assert _found("Headline\n\nAnn Vale runs Alden Capital. Alden said it would buy the firm.") == [
        ("said", "Alden", "Alden Capital", "named_organisation")
    ]
    # near miss: a surname of a person named before stays the person
    assert _found("Headline\n\nAnn Vale founded Vale Bank. Vale said she would sell it.") == [
        ("said", "Vale", "Ann Vale", "named_person")
    ]


def test_a_playing_position_before_a_name_is_the_role():
    # was: "Striker Paulo Marenti"
    assert _found("Headline\n\nStriker Paulo Marenti says Westland can still win the title.") == [
        ("says", "Striker Paulo Marenti", "Paulo Marenti", "named_person")
    ]
    # near miss: a listed given name was already found
    assert _found("Headline\n\nStriker John Smith says Westland can still win the title.") == [
        ("says", "Striker John Smith", "John Smith", "named_person")
    ]


def test_a_position_opening_a_name_is_its_title():
    # was: "Wing Paulo Marenti" for him and every later "Marenti"
    assert _found(
        'Headline\n\nWing Paulo Marenti says Westland can still win. "We can win," said Marenti.'
    ) == [
        ("says", "Wing Paulo Marenti", "Paulo Marenti", "named_person"),
        ("said", "Marenti", "Paulo Marenti", "named_person"),
    ]
    # near miss: a party's wing is no title (a group, as before)
    assert _found("Headline\n\nThe party's youth wing said the vote was rigged.") == [
        ("said", "The party's youth wing", "party youth wing", "unnamed_group")
    ]


def test_one_of_a_group_named_by_its_appositive_organisation():
    # was: the group "of the losing bidders" (rule one_of_named_org)
    assert _found(
        "Headline\n\nOne of the losing bidders, Westland-based group Norvex, said it welcomed the review."
    ) == [("said", "One of the losing bidders, Westland-based group Norvex", "Norvex", "named_organisation")]
    assert one_of_named_org("One of the bidders who lost out, steel giant Norvex", "", tables()) == "Norvex"
    # near misses: no organisation noun before the name; no name
    assert one_of_named_org("One of the bidders", "Ann Vale", tables()) == ""
    assert one_of_named_org("One of the bidders", "a local man", tables()) == ""


def test_the_bare_title_is_the_holder_titled_before_the_name():
    # was: Ann Vale, the last holder cited, though her title is another body's (rule bare_title_holder)
    text = (
        'Headline\n\nPresident Tom Reed met bankers. "Growth is slowing," Ann Vale, the president of the '
        "Westland Reserve Bank, said. The president says his approach has worked."
    )
    assert [row[2] for row in _found(text)] == ["Ann Vale", "Tom Reed"]
    # near miss: no one titled "President" before a name; the bank's president is meant
    text = (
        'Headline\n\n"Growth is slowing," Ann Vale, the president of the Westland Reserve Bank, said. The '
        "president said rates would rise."
    )
    assert [row[2] for row in _found(text)] == ["Ann Vale", "Ann Vale"]


def test_a_period_adjunct_is_no_part_of_the_source():
    # was: "harcourt last week", a document; "last week the group" (rule period_adjunct)
    assert _found("Headline\n\nNorvex last week said it would sell the unit.") == [
        ("said", "Norvex last week", "Norvex", "named_organisation")
    ]
    assert strip_period("Last week the group") == "the group"
    assert strip_period("The court earlier this month") == "The court"
    # near misses: a period alone; a period dating a document after its participle
    assert strip_period("last week") == "last week"
    assert strip_period("A study published last year") == "A study published last year"


def test_an_aside_after_plural_officials_is_no_part_of_the_source():
    # brief case 3: already right at the session's start (kept as a guard)
    text = "Headline\n\nOfficials, following an investigation, stated that the fire was an accident."
    assert _found(text) == [("stated", "Officials", "officials", "unnamed_group")]


def _split(text: str, source: str) -> list[str]:
    a = text.index(source)
    return [text[s.start : s.end] for s in split_conjuncts(text, Span(a, a + len(source)))]


def test_a_name_and_other_members_of_a_group_are_two_sources():
    # was: one source "Dunham and other officials", named after Dunham alone (rule and_others)
    text = "Reed and other officials said the deal was dead."
    assert _split(text, "Reed and other officials") == ["Reed", "other officials"]
    assert _split("He and other analysts said so.", "He and other analysts") == ["He", "other analysts"]
    assert _found("Headline\n\nThe UN and other aid agencies condemned the strike.") == [
        ("condemned", "UN", "UN", "government_body"),
        ("condemned", "other aid agencies", "aid agencies", "unnamed_group"),
    ]
    # near miss: "other" and no group of people or bodies
    assert _split("Reed and other matters came up.", "Reed and other matters") == ["Reed and other matters"]


def test_two_unnamed_groups_are_two_sources():
    # was: one source named after the first group (rule plural_pair)
    assert _found("Headline\n\nBusinesses and residents say the road is unsafe.") == [
        ("say", "Businesses", "businesses", "unnamed_group"),
        ("say", "residents", "residents", "unnamed_group"),
    ]
    text = "Government delegates and trade experts said the talks would fail."
    assert _split(text, "Government delegates and trade experts") == ["Government delegates", "trade experts"]
    # near misses: modifiers that may be shared; a list of three; capitalised names are the name rules'
    text = "Westland grain traders and merchandisers said the crop was poor."
    assert _split(text, "Westland grain traders and merchandisers") == [
        "Westland grain traders and merchandisers"
    ]
    text = "Executives, founders, and industry veterans said the deal was dead."
    assert len(_split(text, "Executives, founders, and industry veterans")) == 1
    text = "Ospreys and Scarlets say the match will go ahead."
    assert _split(text, "Ospreys and Scarlets") == ["Ospreys and Scarlets"]
