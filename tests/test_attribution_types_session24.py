"""Source types and names of session 24 (type24, issue 12), each on a sentence written for the test in the
shape of a case read on the readable development splits (dev27 first); none is taken from an article. Each
case that used to fail has a near miss beside it that must not move."""

from __future__ import annotations

from attribution_helpers import found_sources

from analysis.attribution.lexicon import tables
from analysis.attribution.sources import employer_name, org_name_opening

_found = found_sources


def test_a_company_named_short_after_its_full_name_is_the_company():
    # rule org_short_name; was: a person "Harwell Optics"
    text = "Headline\n\nHarwell Optics Group Inc said it would sell a plant. Harwell Optics said it was near."
    # (named as the article cuts the name, as a later "its" names it)
    # merged with source24's cited_org_opening, it is named in full
    assert _found(text)[1] == ("said", "Harwell Optics", "Harwell Optics Group Inc", "named_organisation")
    # near misses: a person's name followed by capitals that end in no organisation word; a given name opens
    # the short name (a company named after its founder, whose name the article also writes)
    text = "Headline\n\nAnn Lee Thursday said the plant was safe. Later Marrow Tessel said the sale was near."
    assert org_name_opening(text, "Marrow Tessel", len(text), tables().org_words) == ""
    text = "Headline\n\nThe Doris Tessel Animal Foundation said it was glad. Doris Tessel said she was happy."
    assert _found(text)[1][2:] == ("Doris Tessel", "named_person")


def test_org_name_opening_reads_the_fullest_name_and_no_preposition_first():
    org = tables().org_words
    text = "Jardine Holt Ltd <JHH.HK> said X. Jardine Holt and Partners Ltd. said Y. Jardine Holt said Z."
    fullest = "Jardine Holt and Partners Ltd."
    assert org_name_opening(text, "Jardine Holt", text.rfind("Jardine"), org) == fullest
    text = "said Ray Stone of Merrill Lynch Inc. Stone said the dollar would fall."
    assert org_name_opening(text, "Ray Stone", len(text), org) == ""
    text = "said Marrow Tessel Bank. Then Marrow Tessel said the dollar would fall."
    assert org_name_opening(text, "Marrow Tessel", text.rfind("Marrow"), org) == "Marrow Tessel Bank"


def test_people_an_outlet_reached_are_the_source():
    # rule reached_by_outlet; was: the media outlet Reuters
    assert _found("Headline\n\nShare analysts polled by Reuters said the bank would post a loss.") == [
        # merged with source24's gathering_outlet, which names a group in lower case
        ("said", "Share analysts polled by Reuters", "share analysts", "unnamed_group")
    ]
    # near miss: the outlet's own report stays the outlet's
    assert _found("Headline\n\nA report by Reuters said the bank would post a loss.")[0][3] == "media_outlet"


def test_a_body_and_lower_case_officials_are_one_group():
    # rule body_and_officials; was: the government body "Westland Ministry"
    assert _found("Headline\n\nWestland Ministry and defence officials said the ships would sail.") == [
        (
            "said",
            "Westland Ministry and defence officials",
            "Westland Ministry and defence officials",
            "unnamed_group",
        )
    ]
    # near miss: a person and officials stay two sources (the person first)
    assert _found("Headline\n\nAnn Lee and defence officials said the ships would sail.") == [
        ("said", "Ann Lee and defence officials", "Ann Lee", "named_person")
    ]


def test_intergovernmental_bodies_are_government_bodies():
    # the guideline's rule A (intergovernmental bodies); was: named organisations
    assert _found("Headline\n\nThe OECD said growth would slow.") == [
        ("said", "The OECD", "OECD", "government_body")
    ]
    assert _found("Headline\n\nThe Arab League said the move was illegal.") == [
        ("said", "The Arab League", "Arab League", "government_body")
    ]
    # near miss: a league that is no body of states stays an organisation
    assert _found("Headline\n\nThe Westland Football League said the match was off.") == [
        ("said", "The Westland Football League", "Westland Football League", "named_organisation")
    ]


def test_a_nationality_after_the_is_the_person_the_article_is_about():
    # rule definite_demonym; was: an organisation "New Zealander"
    text = "Headline\n\nTomas Vale won the prize on Sunday. The New Zealander said he was tired."
    assert _found(text) == [("said", "The New Zealander", "Tomas Vale", "named_person")]
    # near miss: with no person before it, the national stays unnamed
    assert _found("Headline\n\nThe South African said he was tired.") == [
        ("said", "The South African", "south african", "anonymous_person")
    ]


def test_the_name_a_cited_person_works_at_is_an_organisation():
    # rule employer_name; was: a person "Harwell Marrow" (and "he" then referred to it)
    text = (
        "Headline\n\nAnn Vale, economist at recently-privatised Harwell Marrow, said prices would rise. "
        "Vale said Harwell Marrow expected more."
    )
    assert [f[2:] for f in _found(text)] == [
        ("Ann Vale", "named_person"), ("Ann Vale", "named_person"), ("Harwell Marrow", "named_organisation")
    ]
    assert not employer_name("He had lunch with Ann Lee. Ann Lee said so.", "Ann Lee", tables())


def test_a_disease_control_agency_is_a_government_body():
    # was: a named organisation
    assert _found("Headline\n\nThe Centers for Disease Control said cases had risen.") == [
        ("said", "The Centers for Disease Control", "Centers for Disease Control", "government_body")
    ]
    # near miss: a centre with no public body's words stays an organisation
    found = _found("Headline\n\nThe Westland Research Center said cases had risen.")
    assert found[0][3] == "named_organisation"


def test_a_name_whose_head_is_an_organisation_word_is_an_organisation():
    # rule org_name_head; was: a government body ("Bureau", "Legislatures" only modify the head)
    assert _found("Headline\n\nThe Westland Farm Bureau Federation said prices had fallen.") == [
        (
            "said",
            "The Westland Farm Bureau Federation",
            "Westland Farm Bureau Federation",
            "named_organisation",
        )
    ]
    # near miss: a government word as the head stays a government body
    assert _found("Headline\n\nThe Westland Bureau of Statistics said prices had fallen.")[0][3] == (
        "government_body"
    )


def test_a_common_word_opening_a_sentence_shares_the_plural_after_and():
    # rule common_word_conjunct; was: a person "Trade"
    text = "Headline\n\nThe trade gap widened. Trade and industry sources said exports would fall."
    assert _found(text) == [
        ("said", "Trade and industry sources", "trade and industry sources", "unnamed_group")
    ]
    # near miss: a name the article never writes in lower case stays a conjunct of its own
    text = "Headline\n\nThe gap widened. Tessel and industry sources said exports would fall."
    assert _found(text)[0][2:] == ("Tessel", "named_person")


def test_a_capitalised_description_in_the_plural_is_a_group():
    # rule plural_description; was: an anonymous person
    assert _found("Headline\n\nUS companies said the tariffs would hurt.") == [
        ("said", "US companies", "US companies", "unnamed_group")
    ]
    assert _found("Headline\n\nBackers of tariffs said the plan would help.")[0][2:] == (
        "Backers of tariffs",
        "unnamed_group",
    )
    # near miss: a capitalised title in the singular stays one unnamed person
    assert _found("Headline\n\nThe Minister said the plan would help.")[0][3] == "anonymous_person"


def test_those_opening_a_sentence_with_a_phrase_after_it_is_a_group():
    # rule postmodified_pronoun, now also for a capitalised "Those"; was: a document named "Those in favor"
    assert _found("Headline\n\nThose in favor of punishment said the law was weak.") == [
        ("said", "Those in favor of punishment", "those in favor of punishment", "unnamed_group")
    ]
