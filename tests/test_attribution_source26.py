"""Source names and types of session 22 (source26, issue 12), each on a sentence written for the test in the
shape of a case named in the session's brief or read on the readable development splits; none is taken
from an article. Each case that used to fail has a near miss beside it that must not move."""

from __future__ import annotations

from attribution_helpers import found_sources

from analysis.attribution.lexicon import tables
from analysis.attribution.source_types import (
    Seen,
    capitalised_plural_name,
    commercial_service,
    name_then_role,
    outlet_report,
    self_described,
)
from analysis.attribution.sources import head_named_before, impersonal_name, surname_outlet

_found = found_sources


# ----- surname_outlet: "Mr Fox" is a person, not the outlet Fox ---------------------------------------------


def test_an_outlet_word_after_an_honorific_or_a_given_name_is_a_surname():
    # was: media_outlet "Fox" for both
    assert _found("Headline\n\nMr Fox said the plan would fail.") == [
        ("said", "Mr Fox", "Fox", "named_person")
    ]
    assert _found("Headline\n\nLiam Fox said the plan would fail.") == [
        ("said", "Liam Fox", "Liam Fox", "named_person")
    ]
    # near misses: the outlet alone, or owned by someone, stays the outlet
    assert _found("Headline\n\nFox said the plan would fail.") == [("said", "Fox", "Fox", "media_outlet")]
    assert _found("Headline\n\nMurdoch's Fox said the plan would fail.") == [
        ("said", "Murdoch's Fox", "Fox", "media_outlet")
    ]


def test_surname_outlet_needs_one_outlet_word_after_a_name_word():
    t = tables()
    assert surname_outlet(["Mr", "Fox"], "Fox", t)
    assert surname_outlet(["Ann", "Fox"], "Fox", t)
    assert not surname_outlet(["Murdoch's", "Fox"], "Fox", t)
    assert not surname_outlet(["Fox"], "Fox", t)
    assert not surname_outlet(["New", "York", "Times"], "New York Times", t)


# ----- person_pronoun_person: "she" is no Grand Prix --------------------------------------------------------


def test_a_persons_pronoun_never_refers_to_an_events_name():
    text = (
        "Headline\n\nDouble champion Kelly Brown won the 1,000m at the Norwich Union Westmoor Indoor Grand "
        'Prix.\n\nThe 34-year-old is undecided. "I\'ll decide later," she said.'
    )
    # was: "Westmoor Indoor Grand Prix" (a person titled "Norwich Union" to the name finder)
    assert _found(text) == [("said", "she", "Kelly Brown", "named_person")]
    # near miss: a pronoun after a plain person mention is unchanged
    assert _found('Headline\n\nKelly Brown won the race. "I\'ll decide later," she said.') == [
        ("said", "she", "Kelly Brown", "named_person")
    ]


def test_impersonal_name():
    assert impersonal_name("Westmoor Indoor Grand Prix")
    assert impersonal_name("Westland Daily")
    assert not impersonal_name("Tom Reed")
    assert not impersonal_name("Ann Fox")


# ----- commercial_service and capitalised_plural_name: "Amazon Web Services" --------------------------------


def test_a_company_named_services_is_no_public_body():
    # was: government_body ("service" names public services)
    assert _found("Headline\n\nAmazon Web Services said the outage was over.") == [
        ("said", "Amazon Web Services", "Amazon Web Services", "named_organisation")
    ]
    assert commercial_service(
        Seen("Quarn Financial Services", "government_body", "Quarn Financial Services")
    ) == (
        "named_organisation",
        "Quarn Financial Services",
    )
    # near miss: a public service's name keeps its type
    assert (
        commercial_service(Seen("Child Protective Services", "government_body", "Child Protective Services"))
        is None
    )


def test_three_capitalised_words_ending_in_a_plural_name_an_organisation():
    # was: unnamed_group (a name ending in a plural read as several people)
    assert capitalised_plural_name(Seen("Amazon Web Services", "unnamed_group", "amazon web services")) == (
        "named_organisation",
        "Amazon Web Services",
    )
    # near misses: a role's plural, two words without "The"
    assert capitalised_plural_name(Seen("Westland Police Officers", "unnamed_group", "x")) is None
    assert capitalised_plural_name(Seen("Westland Lawmakers", "unnamed_group", "x")) is None


# ----- head_named_before and self_described: "The party, which describes itself as ..." ---------------------


def test_the_party_is_the_party_named_before():
    # was: unnamed_group "party"
    assert _found(
        "Headline\n\nThe Greenway Party won seats. The party, which describes itself as a centre-left "
        "movement, said the vote was rigged."
    )[-1] == (
        "said",
        "The party, which describes itself as a centre-left movement",
        "Greenway Party",
        "named_organisation",
    )
    assert _found("Headline\n\nThe Greenway Party won seats. The party said the vote was rigged.") == [
        ("said", "The party", "Greenway Party", "named_organisation")
    ]
    # near miss: no party named before it, so its own description names it
    assert _found(
        "Headline\n\nAnn Lee won seats. The party, which describes itself as a centre-left movement, "
        "said the vote was rigged."
    )[-1] == (
        "said",
        "The party, which describes itself as a centre-left movement",
        "centre-left movement",
        "named_organisation",
    )


def test_head_named_before_and_self_described():
    assert head_named_before("The Greenway Party won. The party said", "party", 24) == "Greenway Party"
    assert head_named_before("Ann Lee won. The party said", "party", 13) == ""
    assert (
        head_named_before("Headline\n\nThe Greenway Party won. The party said", "party", 34)
        == "Greenway Party"
    )
    assert head_named_before("Tarn Bank won. The bank said", "bank", 15) == ""  # not a name_head noun
    assert self_described(
        Seen("The party, which describes itself as a centre-left movement", "unnamed_group", "party")
    ) == ("named_organisation", "centre-left movement")
    assert self_described(Seen("The party, which was founded in 2001", "unnamed_group", "party")) is None
    assert (
        self_described(Seen("The minister, who calls himself a reformer", "anonymous_person", "minister"))
        is None
    )


def test_a_relative_clause_after_the_party_keeps_it_an_organisation():
    # was: unnamed_group (rule definite_org_noun read only two or three words); since session 23's retrain
    # the source span stops before the relative clause, typed the same
    assert _found("Headline\n\nThe party, which was founded in 2001, said the vote was rigged.") == [
        # session 24's end retrain: the tagger's span takes the relative clause in again, typed the same
        ("said", "The party, which was founded in 2001", "party", "named_organisation")
    ]


# ----- inner_subject: "Officials said a constable had been injured and learned C" ---------------------------


def test_a_participle_after_a_reported_perfect_is_the_reported_subjects():
    # was: "learned" credited to the officials
    assert _found(
        "Headline\n\nOfficials said a constable had been injured and learned the car was stolen."
    ) == [
        ("said", "Officials", "officials", "unnamed_group"),
        ("learned", "a constable", "constable", "anonymous_person"),
    ]
    assert _found("Headline\n\nOfficials said Ann Lee had been injured and learned the car was stolen.")[
        -1
    ] == (
        "learned",
        "Ann Lee",
        "Ann Lee",
        "named_person",
    )
    # near misses: no person in the reported clause, or no perfect ("was injured and added": the officials
    # added)
    assert _found("Headline\n\nOfficials said the plan had been approved and learned the car was stolen.")[
        -1
    ] == (
        "learned",
        "Officials",
        "officials",
        "unnamed_group",
    )
    assert _found("Headline\n\nOfficials said a constable was injured and added that the car was stolen.")[
        -1
    ] == (
        "added",
        "Officials",
        "officials",
        "unnamed_group",
    )


# ----- outlet_report: "The report" of an outlet cited two sentences before ----------------------------------


def test_the_report_of_an_outlet_cited_before_other_sources():
    text = (
        "Headline\n\nAccording to a report in the Tulsa Beacon, the mayor launched the campaign on "
        'Monday.\n\n"We are on it," officials say in the ads.\n\n'
        "The report says the agency was paid $400,000."
    )
    # was: document "report" (another source came between)
    assert _found(text)[-1] == ("says", "The report", "Tulsa Beacon", "media_outlet")
    # near miss: no outlet cited before it
    assert _found(
        "Headline\n\nThe ministry published a study on Monday. The report said the river was polluted."
    ) == [("said", "The report", "report", "document")]
    assert outlet_report(Seen("The report", "document", "report", recent_outlet="Tulsa Beacon")) == (
        "media_outlet",
        "Tulsa Beacon",
    )
    assert outlet_report(Seen("The report", "document", "report")) is None


# ----- sole_named_speaker with a party word or "home": "Michael Howard ... The Tory leader said" ------------


def test_a_party_title_after_the_one_named_speaker_is_that_speaker():
    text = (
        "Headline\n\nMichael Howard has denied his team was split over the plans.\n\n"
        "The Tory leader said his team had agreed to back the plans."
    )
    # was: an unnamed person "Tory leader"
    assert _found(text)[-1] == ("said", "The Tory leader", "Michael Howard", "named_person")
    assert _found(
        "Headline\n\nPolice plans were unveiled by David Blunkett. The home secretary said targets would be "
        "set."
    )[-1] == ("said", "The home secretary", "David Blunkett", "named_person")
    # near miss: two named speakers, a reader cannot tell which one leads the party
    text = (
        "Headline\n\nMichael Howard said the plans were flawed. Tony Blair said they were sound. "
        "The Tory leader said his team had agreed."
    )
    assert _found(text)[-1] == ("said", "The Tory leader", "Tory leader", "anonymous_person")


# ----- a sentence adverb before a name, and the newswire's ticker -------------------------------------------


def test_a_sentence_adverb_is_no_part_of_an_owners_name():
    text = "Headline\n\nNow Apple has sued the firm over its designs. Apple's lawsuit claims it copied them."
    # was: named_person "Now Apple"
    assert _found(text) == [("claims", "Apple's lawsuit", "Apple", "named_organisation")]
    # near miss: no adverb, the same owner
    text = "Headline\n\nApple has sued the firm over its designs. Apple's lawsuit claims it copied them."
    assert _found(text) == [("claims", "Apple's lawsuit", "Apple", "named_organisation")]


def test_an_angle_bracket_ticker_closes_a_company_name():
    # was: named_person "Transco Energy Co T"
    assert _found("Headline\n\nShares rose, said Transco Energy Co <T>.") == [
        ("said", "Transco Energy Co <T>", "Transco Energy Co", "named_organisation")
    ]
    # near miss: no ticker
    assert _found("Headline\n\nShares rose, said Transco Energy Co.") == [
        ("said", "Transco Energy Co.", "Transco Energy Co.", "named_organisation")
    ]


# ----- a playing position is a person's role ----------------------------------------------------------------


def test_the_defender_is_a_person():
    text = (
        "Headline\n\nArsenal's Tom Reed has called the rivalry \"bitter\".\n\nThe sides meet again on "
        'Tuesday. "It is just more bitter," the defender told The Guardian newspaper.'
    )
    # was: a document named "defender"
    assert _found(text)[-1] == ("told", "the defender", "Tom Reed", "named_person")
    # near miss: nobody named before, an unnamed person
    assert _found('Headline\n\n"It is just more bitter," the defender said.') == [
        ("said", "the defender", "defender", "anonymous_person")
    ]


# ----- name_then_role without an article --------------------------------------------------------------------


def test_a_name_then_a_bare_role_is_the_named_person():
    written = "Flic Evert, journalist and dating expert for Quill magazine and the Guardian"
    # was: None (a determiner had to open the role), the source stayed an anonymous person named by it all
    assert name_then_role(Seen(written, "anonymous_person", written.replace(",", ""))) == (
        "named_person",
        "Flic Evert",
    )
    # near misses: no role noun opening a bare role; an organisation's name
    assert name_then_role(Seen("Tavish Mungo, new journalist", "anonymous_person", "x")) is None
    text = (
        "Headline\n\nBrix Dane, journalist and dating expert for Company magazine and the Daily Express, "
        'said the app was popular. "People like it," she added.'
    )
    # was: an anonymous person named by the whole phrase, for the source and for the "she" after it
    assert [(cue, name, kind) for cue, _, name, kind in _found(text)] == [
        ("said", "Brix Dane", "named_person"),
        ("added", "Brix Dane", "named_person"),
    ]
    assert name_then_role(Seen("Westmoor Council, journalist and critic", "anonymous_person", "x")) is None
