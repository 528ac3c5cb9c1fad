"""Sources resolved the way a reader resolves them (issue 12, item 2): names, titles, pronouns, aliases."""

from __future__ import annotations

from analysis import parse_article
from analysis.attribution import find_attributions, source_inventory
from analysis.attribution.names import acronyms, person_mentions, split_name
from analysis.attribution.noun_phrases import clean_source
from analysis.model import Span


def _sources(body: str) -> list[tuple[str | None, str, str, str]]:
    """(source text, type, resolved name, mention) of each attribution, in content order."""
    a = parse_article("Headline\n\n" + body)
    t = a.text
    out = []
    for x in find_attributions(a):
        for sp in (x.cue, x.source, *x.content):
            if sp is not None:
                assert 0 <= sp.start < sp.end <= len(t)
                assert not t[sp.start].isspace() and not t[sp.end - 1].isspace()
        out.append(
            (t[x.source.start : x.source.end] if x.source else None, x.source_type, x.source_name, x.mention)
        )
    return out


def test_person_mentions_find_names_after_titles_given_names_and_role_appositives():
    text = (
        "Senate Minority Whip Dick Durbin spoke first. Opposition candidate Sviatlana Tsikhanouskaya, "
        "an economist by training, held a rally. Const. Dave Woodford arrived. Later Durbin left."
    )
    got = [(m.name, sorted(m.titles), m.gender) for m in person_mentions(text, [0])]
    assert got == [
        ("Dick Durbin", ["minority", "senate", "whip"], "m"),
        ("Sviatlana Tsikhanouskaya", ["candidate"], ""),
        ("Dave Woodford", ["const"], "m"),
        ("Dick Durbin", ["minority", "senate", "whip"], "m"),
    ]


def test_split_name_starts_the_name_at_its_given_name_or_after_the_titles():
    assert split_name("Senate Minority Whip Dick Durbin".split()) == (
        ["Senate", "Minority", "Whip"],
        ["Dick", "Durbin"],
    )
    assert split_name("Const. Woodford".split()) == (["Const."], ["Woodford"])
    assert split_name("Tsikhanouskaya".split()) == ([], ["Tsikhanouskaya"])


def test_acronyms_are_the_initials_of_the_name_before_the_brackets():
    text = (
        "The Movement for the Emancipation of the Niger Delta (MEND) and the African Union (AU) met "
        "the Florida Highway Patrol (FHP). The talks (ABC) failed."
    )
    assert acronyms(text) == {
        "MEND": "Movement for the Emancipation of the Niger Delta",
        "AU": "African Union",
        "FHP": "Florida Highway Patrol",
    }


def test_a_pronoun_goes_to_the_person_named_in_the_narration():
    got = _sources(
        "On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate, held a rally in Minsk. "
        "She promised to hold a fair election."
    )
    assert got == [("She", "named_person", "Sviatlana Tsikhanouskaya", "pronoun")]


def test_a_pronoun_takes_the_person_whose_gender_agrees_by_given_name():
    got = _sources('John Smith met Mary Jones on Monday. "We will win," she said.')
    assert got == [("she", "named_person", "Mary Jones", "pronoun")]


def test_a_pronoun_prefers_the_recent_speaker_and_the_subject():
    got = _sources(
        "Attorney General Tom Reyes criticised opposition leader Ann Lee on Monday. Reyes said the plan "
        'was unlawful. "It will not stand," he said.'
    )
    assert got[-1] == ("he", "named_person", "Tom Reyes", "pronoun")


def test_a_pronoun_with_no_antecedent_stays_unresolved_and_typed_none():
    assert _sources("He said the road was closed.") == [("He", "none", "", "pronoun")]
    assert _sources("The bridge was shut. It said the road was closed.")[-1][1:] == ("none", "", "pronoun")


def test_titles_and_abbreviated_titles_are_dropped_from_the_name_and_aliases_merge():
    body = (
        "Const. Dave Woodford said the driver was drunk. Woodford said the car was stolen. "
        "Fr Tom McManus said a mass would be held. Fr McManus said the parish was in shock."
    )
    got = _sources(body)
    assert [(g[2], g[1]) for g in got] == [
        ("Dave Woodford", "named_person"),
        ("Dave Woodford", "named_person"),
        ("Tom McManus", "named_person"),
        ("Tom McManus", "named_person"),
    ]
    inv = source_inventory(parse_article("Headline\n\n" + body))
    assert list(inv["source_name"]) == ["Dave Woodford", "Tom McManus"]
    assert list(inv["aliases"]) == ["Const. Dave Woodford; Woodford", "Fr McManus; Fr Tom McManus"]


def test_a_description_with_its_name_or_abbreviation_is_the_organisation():
    got = _sources(
        "The Movement for the Emancipation of the Niger Delta (MEND) blew up a pipeline. "
        "The group MEND said the attack was a warning. The African Union (AU) met in Niamey. "
        "The AU announced a free trade zone."
    )
    assert [(g[1], g[2]) for g in got] == [
        ("named_organisation", "Movement for the Emancipation of the Niger Delta"),
        ("government_body", "African Union"),
    ]


def test_an_appositive_name_after_a_role_is_the_source():
    got = _sources(
        "The Vice President, Mike Pence, said talks would go on. "
        "Another eyewitness, Nicole Towarek, said the heat was intense."
    )
    assert [(g[1], g[2]) for g in got] == [("named_person", "Mike Pence"), ("named_person", "Nicole Towarek")]


def test_a_named_person_of_an_organisation_is_the_person():
    got = _sources("Nikki Holland of the UK's National Crime Agency (NCA) said the site was closed.")
    assert [(g[1], g[2]) for g in got] == [("named_person", "Nikki Holland")]


def test_police_patrols_and_intergovernmental_bodies_are_government_bodies():
    got = _sources(
        "The Florida Highway Patrol said two lanes were closed. "
        "The World Health Organization said cases were rising."
    )
    assert [(g[1], g[2]) for g in got] == [
        ("government_body", "Florida Highway Patrol"),
        ("government_body", "World Health Organization"),
    ]


def test_a_source_is_a_noun_phrase_never_a_clause_fragment():
    text = "By 5:00 further the city issued a statement One of the"
    assert clean_source(text, Span(0, 7)) is None  # "By 5:00"
    assert clean_source(text, Span(8, 15)) is None  # "further"
    got = clean_source(text, Span(16, 45))  # "the city issued a statement"
    assert got is not None and text[got.start : got.end] == "the city"
    assert clean_source(text, Span(46, 56)) is None  # "One of the"
    assert clean_source(text, None) is None
