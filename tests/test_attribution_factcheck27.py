"""Session 23's fact-check of eight unread Wikinews pages (wikinews-2019-030, 2020-083, 2019-168, 2019-087,
2019-040, 2019-026, 2020-040, 2019-140) and the rules it led to: every sentence here is written for the test,
none is taken from an article.

- wikinews-2019-026: 'X remarked, "A. B," further remarking, "C"' credited the participle to the first words
  of "B" ("I'm starting", a document): the participle's sentence begins inside the quotation, so the subject
  read there is the speaker's own word (rule ``quoted_clause_subject``: the subject of the sentence that
  opened the quotation);
- wikinews-2019-140: '"C," said study co-author Ted Scambos of CU Boulder's Cooperative Institute for
  Research' named the whole phrase and typed it an organisation: its last word, "Research", is a document
  noun, and a capitalised phrase ending in one was read as a body's name even with a person's name before
  "of" (rule ``named_of_body``);
- wikinews-2019-026: "A Republican Assemblywoman, Jill Tolles, also commented" was named "Assemblywoman"
  (no role noun: assemblyman, assemblywoman, assemblymember, councilman, councilwoman, alderman added to
  ``role_nouns.tsv``);
- wikinews-2019-040: "Judge Jackson clarified in the proceedings that C" was missed ("clarify" was no
  reporting verb);
- wikinews-2019-168: "Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed C" made three
  attributions of one content, the count phrase and each name of its appositive (rule
  ``counted_appositive``: the count phrase is the source, as the guideline writes it);
- wikinews-2019-140: "Because warmer water is more buoyant, says the study, it rises above cooler water"
  reported only the fronted clause (rule ``fronted_clause_goes_on``: the main clause after the source's
  comma is content too);
- wikinews-2020-040: "In Ohio, which was planning to hold its primary on Tuesday, Governor Mike DeWine
  postponed it, citing the health crisis" credited the participle to "which" (named "Ohio"): the relative
  clause on the opening adverbial's noun was read as the subject (rule ``adverbial_relative``);
- wikinews-2019-140: "..., creating areas of open water called polynyas, which, they observed, occurred in
  the same places every year" reported the whole sentence from its start; what was observed is the relative
  clause, from "which" (rule ``relative_aside_content``, as the labels of the readable splits write it).
"""

from __future__ import annotations

from attribution_helpers import found_sources, rule_attributions

BRIDGE = (
    'Mayor Ann Lee said, "The new bridge took six years to build. We owe the crews our thanks for working '
    'through the winter," later adding, "Buses will use it from Monday."'
)


def test_a_participle_after_a_quotation_of_two_sentences_is_the_speakers_not_the_quotations_first_word():
    assert found_sources(BRIDGE) == [
        ("said", "Mayor Ann Lee", "Ann Lee", "named_person"),
        ("adding", "Mayor Ann Lee", "Ann Lee", "named_person"),
    ]
    text = (
        'Senator Joan Marsh remarked, "It was a long fight. I am only now seeing the '
        'results," further remarking, "The work is not done."'
    )
    assert found_sources(text) == [
        ("remarked", "Senator Joan Marsh", "Joan Marsh", "named_person"),
        ("remarking", "Senator Joan Marsh", "Joan Marsh", "named_person"),
    ]


def test_a_participle_after_a_quotation_with_its_speaker_after_it_keeps_that_speaker():
    # near miss: the speaker is named after the quotation, in the participle's own sentence, so the source
    # read there stays
    text = (
        '"The new bridge took six years to build. We owe the crews our thanks," Lee said, adding, "Buses '
        'will use it from Monday."'
    )
    assert found_sources(text) == [
        ("said", "Lee", "Lee", "named_person"),
        ("adding", "Lee", "Lee", "named_person"),
    ]


def test_a_person_of_a_body_whose_name_ends_in_a_document_noun_is_the_person():
    text = '"The shelf is thinning from below," said co-author Tom Reed of the Institute for Polar Research.'
    assert found_sources(text) == [
        ("said", "co-author Tom Reed of the Institute for Polar Research", "Tom Reed", "named_person"),
    ]
    text = "Co-author Tom Reed of the Center for Ocean Studies said the shelf was thinning."
    assert found_sources(text) == [
        ("said", "Co-author Tom Reed of the Center for Ocean Studies", "Tom Reed", "named_person"),
    ]


def test_a_body_whose_name_ends_in_a_document_noun_stays_a_body():
    # near misses: no person before "of" ("National Institute for Polar Research"), or a group noun before it
    assert found_sources("The National Institute for Polar Research said the shelf was thinning.") == [
        ("said", "The National Institute for Polar Research", "National Institute for Polar Research",
         "named_organisation"),
    ]
    assert found_sources("Officials of the Center for Ocean Studies said the shelf was thinning.") == [
        ("said", "Officials of the Center for Ocean Studies", "officials of the Center for Ocean Studies",
         "unnamed_group"),
    ]


def test_a_state_or_city_legislators_title_before_an_appositive_name_is_a_role():
    text = 'A Republican Assemblywoman, Jane Moss, also commented on the budget: "We cannot afford it."'
    assert found_sources(text) == [
        ("commented", "A Republican Assemblywoman, Jane Moss", "Jane Moss", "named_person"),
    ]
    assert found_sources("A Democratic Councilwoman, Jane Moss, said the budget was too small.") == [
        ("said", "A Democratic Councilwoman, Jane Moss", "Jane Moss", "named_person"),
    ]
    # near miss: the title alone is one unnamed person
    assert found_sources("The councilman said the budget was too small.") == [
        ("said", "The councilman", "councilman", "anonymous_person"),
    ]


def test_clarified_reports_what_follows_it():
    text = "Judge Ann Lee clarified in the hearing that her ruling was not tied to the earlier case."
    assert found_sources(text) == [("clarified", "Judge Ann Lee", "Ann Lee", "named_person")]
    t, found = rule_attributions(text)
    assert [t[c.start : c.end] for c in found[0].content] == [
        "that her ruling was not tied to the earlier case"
    ]


def test_a_counted_group_named_in_its_appositive_is_one_source():
    text = "Two Democratic Senators, Ann Lee and Bob Hart, said the plan was too costly."
    assert found_sources(text) == [
        ("said", "Two Democratic Senators", "two Democratic Senators", "unnamed_group"),
    ]
    # near miss: a plain list of names is one source per name
    assert found_sources("Ann Lee, Bob Hart and Cy Dean said the plan was too costly.") == [
        ("said", "Ann Lee", "Ann Lee", "named_person"),
        ("said", "Bob Hart", "Bob Hart", "named_person"),
        ("said", "Cy Dean", "Cy Dean", "named_person"),
    ]


def contents(body: str) -> list[tuple[str, list[str]]]:
    """(cue, content fragments) of each attribution the rules and the tagger find in ``body``."""
    t, found = rule_attributions(body)
    return [(t[x.cue.start : x.cue.end], [t[c.start : c.end] for c in x.content]) for x in found]


def test_a_fronted_clause_before_an_inverted_cue_reports_the_main_clause_too():
    assert contents("Because cold water is denser, says the report, it sinks to the bottom of the bay.") == [
        ("says", ["Because cold water is denser", "it sinks to the bottom of the bay"]),
    ]
    assert contents("If the dam fails, says the report, the town will flood.") == [
        ("says", ["If the dam fails", "the town will flood"]),
    ]


def test_a_whole_clause_before_an_inverted_cue_does_not_take_an_appositive_after_the_source():
    # near misses: a clause that stands alone, and a relative clause on the source, stay as they were
    assert contents("The plan will fail, said Ann Lee, a spokeswoman for the council.") == [
        ("said", ["The plan will fail"]),
    ]
    assert contents("When the ice melts, said Ann Lee, who led the study.") == [
        ("said", ["When the ice melts"]),
    ]


def test_a_relative_clause_on_an_opening_adverbial_is_not_the_participles_subject():
    text = "In Dover, which was to vote on Tuesday, Mayor Tom Reed postponed the vote, citing the storm."
    assert found_sources(text) == [("citing", "Mayor Tom Reed", "Tom Reed", "named_person")]
    # near miss: a relative clause on the subject itself leaves the subject where it was
    text = "Dover, which was planning to vote on Tuesday, postponed the vote, citing the storm."
    assert found_sources(text) == [("citing", "Dover", "Dover", "named_organisation")]


def test_a_cue_inside_a_relative_clause_reports_the_relative_clause_only():
    t, found = rule_attributions("The divers mapped the caves, which, they noted, flooded every spring.")
    assert [(t[x.cue.start : x.cue.end], [t[c.start : c.end] for c in x.content]) for x in found] == [
        ("noted", ["which", "flooded every spring"]),
    ]
    # near miss: a cue after a whole clause reports the clause from the sentence's start
    assert contents("The caves flooded every spring, the divers noted.") == [
        ("noted", ["The caves flooded every spring"]),
    ]
