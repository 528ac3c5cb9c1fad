"""Session 23's review of the merged branches (lead23, content27, recall27, source27, fc27): each finding a
reader of real news would hit, fixed, with the sentence that showed it (every sentence written for the test).
"""

from __future__ import annotations

from attribution_helpers import found_sources

from analysis import parse_article
from analysis.attribution import find_attributions


def _found(text: str) -> list[tuple[str, list[str]]]:
    """(cue, content fragments) of each attribution kept in ``text``."""
    atts = find_attributions(parse_article(text, id="t"))
    return [(text[a.cue.start : a.cue.end], [text[c.start : c.end] for c in a.content]) for a in atts]


def test_identified_as_needs_an_as_of_naming():
    # identified_as read "as well as", "as it left", "as part of" as the naming "as"
    assert _found("Doctors identified the virus as well as two other strains.") == []
    assert _found("Investigators identified the car as it left the garage.") == []
    assert _found("Police identified three men as part of the investigation.") == []
    assert _found("Police identified the suspect as soon as possible.") == []
    # near miss: the naming "as" stands
    assert _found("Police identified the suspect as a 21-year-old man from Leeds.") == [
        ("identified", ["the suspect as a 21-year-old man from Leeds"]),
    ]


def test_a_spoken_attack_on_a_person_stays_a_report():
    # physical_attack took every role noun and pronoun for a target of violence
    assert [row[:2] for row in found_sources("Critics attacked the minister over the plan.")] == [
        ("attacked", "Critics"),
    ]
    assert [row[:2] for row in found_sources("Trump attacked him on Twitter.")] == [("attacked", "Trump")]
    # near misses: targets of violence, people and places
    assert found_sources("Gunmen attacked the team bus near the border.") == []
    assert found_sources("Militants attacked journalists outside the court.") == []


def test_a_relative_that_after_a_statement_is_no_reported_clause():
    # statement_object read "a statement that fans found offensive" as the statement's content
    assert [c for c, _ in _found("The club issued a statement that it later withdrew.")] == []
    text = "The council issued a statement that evening the road would reopen on Monday."
    assert _found(text) == [("issued a statement", ["the road would reopen on Monday"])]


def test_a_country_that_is_also_a_persons_name_stays_a_person():
    # company_country typed "DeAndre Jordan" and "Mr Jordan" an organisation
    text = "Marcus Jordan scored 20 points. Mr Jordan said the team played well."
    assert [row[2:] for row in found_sources(text)] == [("Marcus Jordan", "named_person")]
    # near miss: a company's national arm
    assert [row[2:] for row in found_sources("Texaco Canada said profits rose.")] == [
        ("Texaco Canada", "named_organisation"),
    ]


def test_a_described_person_after_the_is_no_organisation():
    # modified_definite_name typed "The injured Smith" an organisation
    text = "The injured Okafor said he would be back soon."
    assert [row[3] for row in found_sources(text)] == ["named_person"]
    # near miss: "the ruling Politburo" is a body
    assert [row[2:] for row in found_sources("The ruling Politburo said the plan was approved.")] == [
        ("Politburo", "named_organisation"),
    ]


def test_a_subordinate_clause_after_the_sources_comma_is_narration():
    # verbless_lead carried "as he walked away" into what the spokesman said
    assert _found("No comment, said the spokesman, as he walked away.") == [("said", ["No comment"])]
    # near miss: a verbless lead still goes on with its clause
    assert _found("On average, said Mr Lee, users run ten searches a day.") == [
        ("said", ["On average", "users run ten searches a day"]),
    ]


def test_a_firm_named_and_co_is_one_organisation():
    # and_co_firm named "Goldman Sachs and Co" a person "Co"
    assert [row[2:] for row in found_sources("Goldman Sachs and Co said the market would rise.")] == [
        ("Goldman Sachs and Co", "named_organisation"),
    ]


def test_an_occasion_after_but_is_no_subject():
    # clause_subject took "in a statement" for the second clause's subject (a document, set aside)
    text = "The company lost money, but in a statement said profits would recover."
    assert [row[3] for row in found_sources(text)] != ["document"]
    # near miss: a real second subject after "but"
    text = "Britain has been more cautious, but on Wednesday Mr Straw said the talks would go on."
    assert [row[2] for row in found_sources(text)] == ["Straw"]


def test_anyone_who_is_a_hypothetical_speaker_whoever_reads_it():
    # the tagger brought back "Anyone" as a person after generic_antecedent refused it
    text = "Anyone who said the vote was rigged was wrong, the judge ruled."
    assert [row[1] for row in found_sources(text)] == []


def test_a_named_sources_directive_is_kept_by_rule():
    # the keep model retrained at session 23's end set the seed's "Stoltenberg encouraged South Korea to
    # increase ..." aside (p 0.32); a named source urging someone to act is a report (rule named_directive)
    text = "The ministry urged residents to stay indoors until the storm passed."
    [a] = find_attributions(parse_article(text, id="t"))
    assert (text[a.cue.start : a.cue.end], a.keep.by, a.keep.rule) == ("urged", "rule", "named_directive")
    # near misses: no infinitive, or no named source, are the keep model's
    [b] = find_attributions(parse_article("Officials urged calm after the vote.", id="t"), keep=None)
    assert b.keep is None or b.keep.rule == "keep"
    judged = find_attributions(parse_article("Officials urged calm after the vote.", id="t"))
    assert all(x.keep.rule == "keep" for x in judged)
