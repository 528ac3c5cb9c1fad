"""Sources credited to the wrong name on session 16's test (dev20) and dev19, each in a sentence of the same
shape written for the test: a capitalised word fronted before a name taken into it ("Following Assange's
arrest ... Assange said" named "Following Assange"; "Sacramento-based McClatchy"), and kept records credited
to the body before them ("according to court records" named "court", a government body)."""

from __future__ import annotations

from attribution_helpers import found_sources

from analysis.attribution.names import fronted_words
from analysis.attribution.sources import inner_particle, person_before_of, records_not_authored

_found = found_sources


def test_a_fronted_participle_is_no_part_of_a_name():
    # was: "Following Nordqvist", a named person
    assert _found(
        "Headline\n\nFollowing Nordqvist's resignation in May, the board met twice. Nordqvist said the board "
        "had ignored his warnings."
    ) == [("said", "Nordqvist", "Nordqvist", "named_person")]


def test_a_based_modifier_is_no_part_of_a_name():
    # was: "Oslo-based Fjordline", a named person
    assert _found(
        "Headline\n\nOslo-based Fjordline, a ferry operator, lost money. Fjordline said its costs had "
        "doubled."
    ) == [("said", "Fjordline", "Fjordline", "named_organisation")]


def test_fronted_words_counts_the_words_before_the_name():
    assert fronted_words(["Following", "Assange"]) == 1
    assert fronted_words(["Questioning", "Vindman"]) == 1
    assert fronted_words(["Sacramento-based", "McClatchy"]) == 1
    assert fronted_words(["Japan's", "Sumitomo"]) == 1
    assert fronted_words(["Norway’s", "Kari", "Holm"]) == 1
    # a listed given name, a short word, a name without such a word, and the surname itself stay
    assert fronted_words(["Sterling", "Moss"]) == 0
    assert fronted_words(["King", "Holm"]) == 0
    assert fronted_words(["Kurt", "Volker"]) == 0
    assert fronted_words(["Fielding"]) == 0


def test_kept_records_are_the_source_not_the_body_that_holds_them():
    # was: "court" and "court", government bodies; "prison records", an unnamed group
    assert _found(
        "Headline\n\nPrices rose sharply, according to court records. Guards slept for hours, court "
        "documents show. The guards skipped their rounds, according to prison records."
    ) == [
        ("according to", "court records", "court records", "document"),
        ("show", "court documents", "court documents", "document"),
        ("according to", "prison records", "prison records", "document"),
    ]
    # a statement is still its author's
    assert _found("Headline\n\nThe government statement said prices fell.") == [
        ("said", "The government statement", "government", "government_body"),
    ]


def test_records_not_authored_reads_the_record_nouns():
    assert records_not_authored("records") and records_not_authored("Documents")
    assert not records_not_authored("statement") and not records_not_authored("reports")


def test_a_name_with_a_lower_case_particle_before_of_and_a_firm_is_the_person():
    # was: "Inc.", a named person
    assert _found(
        'Headline\n\n"Demand is weak," added Peter van Dijk of Fjord Brothers Inc.\n\nPrices fell.'
    ) == [
        ("added", "Peter van Dijk of Fjord Brothers Inc.", "Peter van Dijk", "named_person"),
    ]


def test_who_after_a_person_of_a_firm_is_the_person():
    # was: "who" named "Nordea Bank", a named organisation
    assert _found(
        'Headline\n\n"Rates will stay low," said Lars Holm of Nordea Bank and Co Inc, who expects a cut in '
        "April."
    ) == [
        # recall23 (affiliation_and): "and Co Inc" is part of the firm's name, so the source no longer stops
        # at "and" and runs over the relative clause as the Bank of England's below; name and type unchanged
        (
            "said",
            "Lars Holm of Nordea Bank and Co Inc, who expects a cut in April",
            "Lars Holm",
            "named_person",
        ),
        ("expects", "who", "Lars Holm", "named_person"),
    ]
    # a body's own name with "of" stays the body
    found = _found('Headline\n\n"Rates will stay low," said the Bank of England, who expects a cut in April.')
    # the name and type stay the body's; session 17's retrained tagger lost the "who expects" report (the
    # source is not cut at the comma), session 18's finds it again (the source still runs over the clause)
    assert found == [
        ("said", "the Bank of England, who expects a cut in April", "Bank of England", "government_body"),
        ("expects", "who", "Bank of England", "government_body"),
    ]


def test_a_named_persons_surname_of_a_firm_is_the_person():
    # was: "Fjord Sachs", a named person, and "He" with it
    assert _found(
        'Headline\n\n"Many people are worried," said Mats Berg of Fjord Sachs.\n\nBerg of Fjord Sachs said '
        "there was demand. He expects more."
    ) == [
        ("said", "Mats Berg of Fjord Sachs", "Mats Berg", "named_person"),
        ("said", "Berg of Fjord Sachs", "Mats Berg", "named_person"),
        ("expects", "He", "Mats Berg", "named_person"),
    ]


def test_person_before_of_reads_a_name_before_of():
    text = "said Ward Lake of Merrill Lynch"
    sp = person_before_of(text, text.index("Merrill"))
    assert sp is not None and text[sp.start : sp.end] == "Ward Lake"
    text = "said Lars Holm of Nordea Bank"
    assert person_before_of(text, text.index("Nordea")) is None  # "Lars": no listed given name
    sp = person_before_of(text, text.index("Nordea"), {"Lars Holm"})
    assert sp is not None and text[sp.start : sp.end] == "Lars Holm"
    text = "said the Bank of England"
    assert person_before_of(text, text.index("England")) is None
    text = "said the head of Merrill Lynch"
    assert person_before_of(text, text.index("Merrill")) is None


def test_inner_particle_is_a_particle_between_capitalised_name_words():
    assert inner_particle(["Peter", "van", "Dijk"], 1)
    assert not inner_particle(["Peter", "van"], 1)
    assert not inner_particle(["Peter", "of", "Dijk"], 1)


def test_a_common_plural_opening_a_coordination_is_a_group_not_a_name():
    # was: "Businesses", a named person. Session 21 (source25, rule plural_pair): two unnamed groups joined by
    # "and" are two attributions, one per conjunct, as the guideline asks (this was one, named "businesses")
    assert _found("Headline\n\nBusinesses and residents say the water is unsafe.") == [
        ("say", "Businesses", "businesses", "unnamed_group"),
        ("say", "residents", "residents", "unnamed_group"),
    ]
    # a surname the article gave in full stays the person; two names are still two attributions
    assert _found("Headline\n\nTom Jones spoke. Jones and colleagues say the water is unsafe.") == [
        ("say", "Jones and colleagues", "Tom Jones", "named_person"),
    ]
    assert _found("Headline\n\nPrices rose. Turkey and Greece expressed concern about the plan.") == [
        ("expressed", "Turkey", "Turkey", "government_body"),
        ("expressed", "Greece", "Greece", "government_body"),
    ]


def test_the_antecedent_of_that_starts_after_a_verb():
    # was: "that" named "Nordline are", a document
    assert _found(
        "Headline\n\nFjordline, Tidewater and the ferry operator Nordline are among firms that said they "
        "raised prices."
    ) == [("said", "that", "firms", "unnamed_group")]


def test_a_floating_quantifier_is_no_part_of_the_name():
    # was: "residents both", a document
    assert _found("Headline\n\nResidents both said the water was unsafe.") == [
        ("said", "Residents both", "residents", "unnamed_group"),
    ]
