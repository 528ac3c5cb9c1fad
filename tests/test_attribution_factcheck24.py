"""Session 20's fact-check of unread Wikinews pages (wikinews-2020-118, 2019-062, 2020-064, 2019-039,
2019-100, 2020-045, 2020-116) and the rules it led to: every sentence here is written for the test, none is
taken from an article.

- "Organizers of the rally said" was credited to "Organizers of the": a noun ending in "-ly" before a cue
  was skipped as an adverb ("A close ally said" -> "A close"; class ``ly_noun``);
- "Another former Trump adviser, X, also spoke ... and encouraged C": the sentence's subject stopped at
  "former", a title word (honorific) before a name;
- "X spoke since he was pardoned by Trump. He said C" credited C to Trump: a person named as the object of a
  preposition is named in passing (rule ``object_of_preposition``);
- "Police announced an arrest while two suspects were reportedly at large": the adverb's content took the
  arrest too (class ``adverb_clause_opener``);
- "Transport for London (TfL) told passengers to ..." was a person named "London" (rule ``name_with_for``);
- 'Fellow Democrats were more supportive: "C", wrote Elizabeth Warren' credited Warren's words to the
  Democrats (a cue after the quotation takes it from the clause before the colon);
- 'spoke on the morning show: "C"' took "show" as a verb with the source "X spoke on the" ("morning" as a
  compound modifier of "show");
- '"C", said Ryan Cloutier of the Harvard–Smithsonian Center' had no source (a dash inside a name);
- "the first time scientists have found ..." was credited to "the first time scientists" (rule
  ``time_clause_source``);
- "Writing for the Court, Justice Kagan declared C" was also a report of "for the Court"
  (``behalf_preposition``);
- "a crash involving allegedly politically motivated chaos": the adverb's content took the sentence's main
  clause (the court's ruling) as alleged (``adverb.attributive``);
- 'indicated C: "Q1," he said, "Q2"': the indicating took the quotation, which is "he said"'s (rule
  ``colon_quote``);
- "The city's security chief, Abdullah al-Jahafi, announced": an anonymous "city security chief" (a particle
  before a capital is part of a name);
- "According to local news" was an unnamed group ("news" a media noun, as "media" and "press" are);
- '"C", read the warning' was missed ("warning", "advisory", "bulletin" are attribution nouns), and 'said X,
  the regional president, as the storm bore down' kept the "as" clause in the source (wikinews-2019-124);
- "a video in which he thanked his supporters": the clause before "in which" was taken as the antecedent of
  the content, and "according to WSET-TV" was a named organisation (a call sign is a station);
- wikinews-2020-035: "According to Dr. Tom Frieden, formerly the director of the CDC, C" put the role into C
  (rule ``according_definite_role``); 'Fauci said of the outbreak, "C"' put the topic into C (rule
  ``topic_of``); 'the WHO noted N: "Q1. Q2," said Tedros' took the quotation that runs past the sentence
  (``colon_quote``);
- "Daily Xtra\u200d's editorial director, Rachel Giese, said she felt C" (a zero-width joiner in the
  outlet's name, wikinews-2019-021, read at the end): the "said" was lost; the joiner stays inside the word;
- hedging: "since 1984 it has been held by conservative parties" was weasel ("held" was a belief word; now
  only "held that" and "widely held").
"""

from __future__ import annotations

from attribution_helpers import found_sources, span_rows

from analysis import parse_article
from analysis.attribution.noun_phrases import clean_source
from analysis.hedging import judge
from analysis.model import Span
from analysis.tokens import tokenize


def test_a_noun_ending_in_ly_before_the_cue_is_part_of_the_source():
    assert found_sources("Organizers of the rally said they were fighting corruption.") == [
        ("said", "Organizers of the rally", "organizers of the rally", "unnamed_group")
    ]
    assert found_sources("A close ally said the plan would fail.") == [
        ("said", "A close ally", "close ally", "anonymous_person")
    ]
    # an adverb ending in -ly is still skipped
    assert found_sources("The man quickly said he was fine.") == [
        ("said", "The man", "man", "anonymous_person")
    ]


def test_a_title_word_before_a_name_stays_in_the_subject_of_a_coordinated_cue():
    got = found_sources(
        "Another former Trump adviser, Sebastian Gorka, also spoke at the event and encouraged supporters to "
        "remain hopeful."
    )
    assert got == [("encouraged", "Another former Trump adviser", "Sebastian Gorka", "named_person")]


def test_a_person_named_after_a_preposition_is_less_salient_than_the_subject():
    text = (
        "President Donald Trump flew above the crowd. Former adviser Michael Flynn was on stage while Trump "
        "flew over. This was the first time Flynn spoke since he was pardoned by Trump. He said the day was "
        "cool."
    )
    assert found_sources(text) == [("said", "He", "Michael Flynn", "named_person")]
    # named as the sentence's subject, Trump is still the one "he" refers to
    text = "Former adviser Michael Flynn was on stage. Donald Trump flew over. He said the day was cool."
    assert found_sources(text) == [("said", "He", "Donald Trump", "named_person")]


def test_an_evidential_adverb_after_while_reports_only_its_own_clause():
    body = "Police announced the arrest of a farmer while two other suspects were reportedly at large."
    assert span_rows(body) == [
        ("announced", "Police", ["the arrest of a farmer"]),
        ("reportedly", None, ["two other suspects were", "at large"]),
    ]
    # opening the sentence, the clause is the same; after a preposition ("after") the main clause stays in
    assert span_rows("While two suspects were reportedly at large, police made an arrest.") == [
        ("reportedly", None, ["two suspects were", "at large"])
    ]
    assert span_rows("He was jailed after reportedly stealing a car.") == [
        ("reportedly", None, ["He was jailed after", "stealing a car"])
    ]


def test_a_capitalised_name_joined_by_for_is_an_organisation():
    assert found_sources("Transport for London (TfL) told passengers to take another route.") == [
        ("told", "Transport for London (TfL)", "Transport for London", "named_organisation")
    ]
    assert found_sources("Doctors for Life said the clinic would close.") == [
        ("said", "Doctors for Life", "Doctors for Life", "named_organisation")
    ]
    # a title with "for" before a name is the person's role; a person "of" a body is the person
    assert found_sources("Minister for Health Jane Roe said the plan would fail.") == [
        ("said", "Minister for Health Jane Roe", "Jane Roe", "named_person")
    ]
    assert found_sources('"It is a good sign," said Ryan Cloutier of the Center for Astrophysics.') == [
        ("said", "Ryan Cloutier of the Center for Astrophysics", "Ryan Cloutier", "named_person")
    ]


def test_a_dash_written_inside_a_name_keeps_the_inverted_source():
    text = '"It is a good sign", said Ryan Cloutier of the Harvard–Smithsonian Center, who was not an author.'
    assert found_sources(text) == [
        ("said", "Ryan Cloutier of the Harvard–Smithsonian Center, who was not an author", "Ryan Cloutier",
         "named_person")
    ]


def test_the_first_time_is_no_part_of_the_source():
    text = "This was not the first time scientists have found signs of water on a planet."
    start = text.index("the first")
    got = clean_source(text, Span(start, text.index(" have")))
    assert got is not None and text[got.start : got.end] == "scientists"
    # (the tagger retrained on session 20's rules drops this report of a finding: the rule is tested alone)
    # a name holding "Times" is no time clause
    assert found_sources("The Times said the road was safe.") == [
        ("said", "The Times", "Times", "media_outlet")
    ]


def test_a_cue_after_the_quotation_takes_it_from_the_clause_before_the_colon():
    text = 'Fellow Democrats were kinder: "We will win. Keep fighting", wrote Jane Roe on Twitter.'
    assert found_sources(text) == [("wrote", "Jane Roe", "Jane Roe", "named_person")]
    # a quotation that ends its sentence is the colon's; the next sentence's cue is a report of its own
    body = 'Governor Jane Roe addressed the public: "No one should take this lightly." She said help came.'
    assert span_rows(body) == [
        ("addressed the public:", "Governor Jane Roe", ['"No one should take this lightly."']),
        ("said", "She", ["help came"]),
    ]


def test_a_morning_show_is_no_verb_of_showing():
    assert found_sources('Mayor Bill Roe spoke on the morning show: "I have given all I can."') == []
    # after "this" the time is an adverbial, and "show" the verb
    assert span_rows("Figures released this morning show that sales fell.") == [
        ("show", "Figures", ["that sales fell"])
    ]


def test_writing_for_the_court_is_whom_she_wrote_for():
    assert span_rows("Writing for the court, Judge Ann Lee ruled that the law was void.") == [
        ("ruled", "Judge Ann Lee", ["that the law was void"])
    ]
    # a participle with a clause after it still reports it
    assert span_rows("Conceding that he lost, Smith warned of a recount.") == [
        ("Conceding", "Smith", ["that he lost"]),
        ("warned", "Smith", ["a recount"]),
    ]


def test_an_evidential_adverb_inside_a_noun_phrase_qualifies_only_what_follows():
    assert span_rows("The court overturned a case involving allegedly rigged bids at the port.") == [
        ("allegedly", None, ["rigged bids at the port"])
    ]
    # after a verb of being it still reports the clause around it
    assert span_rows("The company is reportedly near a deal.") == [
        ("reportedly", None, ["The company is", "near a deal"])
    ]


def test_a_quotation_after_a_colon_with_its_own_cue_is_not_the_clauses():
    body = (
        'A spokesperson, Morgan Ortagus, indicated the country was disappointed by the decision: "While we '
        'await clarification," he said, "we urge the leaders to reconsider."'
    )
    assert span_rows(body) == [
        ("indicated", "A spokesperson, Morgan Ortagus", ["the country was disappointed by the decision"]),
        ("said", "he", ['"While we await clarification,"', '"we urge the leaders to reconsider."']),
    ]
    # a quotation after a colon with no cue of its own stays in the content
    assert span_rows('The minister said the plan had one aim: "to win."') == [
        ("said", "The minister", ['the plan had one aim: "to win."'])
    ]


def test_an_appositive_name_with_a_particle_names_the_person():
    text = "The city's security chief, Abdullah al-Jahafi, announced there were suspects in custody."
    assert found_sources(text) == [
        ("announced", "The city's security chief, Abdullah al-Jahafi", "Abdullah al-Jahafi", "named_person")
    ]


def test_local_news_is_a_media_outlet():
    assert found_sources("According to local news, the schools were closed.") == [
        ("According to", "local news", "local news", "media_outlet")
    ]
    assert found_sources("Sky News said the plan failed.") == [
        ("said", "Sky News", "Sky News", "media_outlet")
    ]


def test_a_warning_is_a_document_and_an_occasion_clause_no_part_of_the_source():
    assert found_sources('"Storm Lorenzo will bring high waves. Floods will follow", read the warning.') == [
        ("read", "the warning", "warning", "document")
    ]
    text = '"The situation will worsen", said Vasco Cordeiro, the regional president, as the storm came.'
    assert found_sources(text) == [
        ("said", "Vasco Cordeiro, the regional president", "Vasco Cordeiro", "named_person")
    ]


def test_a_relative_pronoun_after_a_preposition_has_no_antecedent_in_the_content():
    body = "He made his announcement in a video in which he said the race was over."
    assert span_rows(body) == [("said", "he", ["the race was over"])]
    # the subject of the content, it brings its noun phrase in
    assert span_rows("Officials inspected the plant, which state media said was under control.") == [
        ("said", "state media", ["the plant", "was under control"])
    ]


def test_a_call_sign_is_a_station():
    assert found_sources("The judge recommended treatment, according to WSET-TV.")[0] == (
        "according to", "WSET-TV", "WSET-TV", "media_outlet"
    )


def test_a_definite_role_after_according_to_belongs_to_the_source():
    body = "According to Dr. Tom Frieden, formerly the director of the agency, the pandemic is new."
    assert span_rows(body) == [
        ("According to", "Dr. Tom Frieden, formerly the director of the agency", ["the pandemic is new"])
    ]
    # no role noun, no closing comma: what follows is the content
    assert span_rows("According to Smith, the plan failed.") == [
        ("According to", "Smith", ["the plan failed"])
    ]


def test_the_topic_of_a_saying_is_not_what_is_said():
    assert span_rows('Dr. Anthony Fauci said of the outbreak, "Bottom line, it will get worse."') == [
        ("said", "Dr. Anthony Fauci", ['"Bottom line, it will get worse."'])
    ]
    # "complained of" takes the of-phrase as what is said
    assert span_rows("Businesses complained of poor communications.") == [
        ("complained", "Businesses", ["of poor communications"])
    ]


def test_a_quotation_after_a_colon_running_past_its_sentence_keeps_its_own_cue():
    body = (
        'The agency noted the need to act: "All countries can change course. If they act," said Tedros '
        "Ghebreyesus, the head of the agency."
    )
    assert span_rows(body) == [
        ("noted", "The agency", ["the need to act"]),
        (
            "said",
            "Tedros Ghebreyesus, the head of the agency",
            ['"All countries can change course. If they act,"'],
        ),
    ]


def test_a_zero_width_joiner_inside_a_word_keeps_the_word_whole():
    text = "Daily Xtra\u200d's editor, Rachel Giese, said she felt the pleas might help."
    assert [text[k.start : k.end] for k in tokenize(text)][:3] == ["Daily", "Xtra\u200d's", "editor"]
    assert [(cue, src) for cue, src, _ in span_rows(text)] == [
        ("said", "Daily Xtra\u200d's editor, Rachel Giese"),
        ("felt", "she"),
    ]
    # without the joiner the same two reports, so nothing else moved
    plain = text.replace("\u200d", "")
    assert [cue for cue, _, _ in span_rows(plain)] == ["said", "felt"]


def _weasel(text: str) -> list[tuple[bool, str]]:
    return [(j.weasel, j.weasel_rule) for j in judge(parse_article(text), ())]


def test_held_is_a_belief_only_with_that_or_a_widely():
    assert _weasel("Since 1984 it has been held by conservative parties.") == [(False, "")]
    assert _weasel("The summit opened on Monday. It was held in Paris.") == [(False, ""), (False, "")]
    assert _weasel("Meetings are usually held on Fridays.") == [(False, "")]
    assert _weasel("It is widely held that the earth is flat.") == [
        (True, "weasel_pattern:it {be} {weasel_adv}? held that")
    ]
    assert _weasel("It has been held that the earth is flat.") == [
        (True, "weasel_pattern:it has been {weasel_adv}? held that")
    ]
    assert _weasel("It is a commonly held view that taxes are too high.") == [
        (True, "weasel_pattern:commonly held")
    ]
