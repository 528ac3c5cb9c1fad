"""Source attribution: the seed as a test, the rule shapes on hand-made sentences, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import load_article, parse_article
from analysis.attribution import (
    MENTIONS,
    PROSE_KINDS,
    SOURCE_TYPES,
    Attribution,
    attribution_shares,
    attributions_table,
    find_attributions,
    set_aside,
    source_inventory,
)
from analysis.attribution.lexicon import tables
from analysis.attribution.predict import attribution_dict
from analysis.attribution.quotes import scan_block, scan_parts, scan_single_block, single_quote_style
from analysis.attribution.refine import negated_passive
from analysis.attribution.report import corpus_findings, findings
from analysis.model import Span
from analysis.predict import task_output

QUOTES = "\"'“”‘’«»„"


def _span(text: str, s: str, after: int = 0) -> Span:
    i = text.index(s, after)
    return Span(i, i + len(s))


def _by_cue(article, atts: list[Attribution], cue: str, after: int = 0) -> Attribution:
    hits = [
        a for a in atts if a.cue and article.text[a.cue.start : a.cue.end] == cue and a.cue.start >= after
    ]
    assert hits, f"no attribution with cue {cue!r}"
    return hits[0]


def _check_spans(text: str, atts: list[Attribution]) -> None:
    for a in atts:
        for sp in [a.cue, a.source, *a.content]:
            if sp is None:
                continue
            assert 0 <= sp.start < sp.end <= len(text)
            assert not text[sp.start].isspace() and not text[sp.end - 1].isspace()


def _one(text: str) -> list[tuple[str, str | None, list[str], str, str]]:
    # the rules alone: these tests pin the rule shapes; what the tagger changes is tested in
    # test_attribution_model.py
    a = parse_article("Headline\n\n" + text)
    atts = find_attributions(a, tagger=None)
    _check_spans(a.text, atts)
    t = a.text
    return [
        (
            t[x.cue.start : x.cue.end] if x.cue else None,
            t[x.source.start : x.source.end] if x.source else None,
            [t[c.start : c.end] for c in x.content],
            x.kind,
            x.source_type,
        )
        for x in atts
    ]


# ----- the seed ---------------------------------------------------------------------------------------


def test_seed_stoltenberg_urged_with_ap_as_channel(seed):
    atts = find_attributions(seed)
    t = seed.text
    a = _by_cue(seed, atts, "urged")
    # the rules take the appositive into the source and keep it as the role; the tagger may cut the source
    # at the comma (PolNeAR's sources are the name: the weights shipped before session 6 did, the retrained
    # ones leave it), and the reader sees the same person and role either way
    whole = _span(t, "Jens Stoltenberg, the secretary-general of NATO")
    assert a.source in (_span(t, "Jens Stoltenberg"), whole)
    assert find_attributions(seed, tagger=None)[1].source == whole
    assert a.content == (_span(t, "South Korea to send direct military aid to Ukraine"),)
    assert (a.kind, a.source_type, a.source_name) == ("indirect", "named_person", "Jens Stoltenberg")
    assert (a.role, a.channel, a.cue_class) == ("secretary-general of NATO", "AP", "directive")
    arg = _by_cue(seed, atts, "arguing")
    assert arg.content == (_span(t, "that Kyiv urgently needs weaponry in its raging war against Russia"),)
    assert (arg.source_name, arg.channel, arg.cue_class) == ("Jens Stoltenberg", "AP", "assertive")


def test_seed_according_to_a_report_by_ap(seed):
    atts = find_attributions(seed)
    t = seed.text
    acc = _by_cue(seed, atts, "according to")
    assert t[acc.source.start : acc.source.end] == "a report by AP"
    assert acc.content == (
        _span(
            t,
            "Jens Stoltenberg, the secretary-general of NATO, urged South Korea to send "
            "direct military aid to Ukraine, arguing that Kyiv urgently needs weaponry "
            "in its raging war against Russia",
        ),
    )
    assert (acc.kind, acc.source_type, acc.source_name) == ("according_to", "media_outlet", "AP")
    acc2 = _by_cue(seed, atts, "According to")
    assert acc2.source == _span(t, "AP", t.index("According to AP"))
    assert acc2.content == (
        _span(
            t,
            "the Asian country has received billions of dollars worth of deals to give "
            "NATO member Poland tanks, fighter jets, and other weapons",
        ),
    )
    assert (acc2.source_type, acc2.source_name, acc2.channel) == ("media_outlet", "AP", "")


def test_seed_second_stoltenberg_resolved_from_surname(seed):
    atts = find_attributions(seed)
    t = seed.text
    enc = _by_cue(seed, atts, "encouraged")
    assert enc.source == _span(t, "Stoltenberg", t.index("Stoltenberg encouraged"))
    assert (enc.source_type, enc.source_name) == ("named_person", "Jens Stoltenberg")
    arg = _by_cue(seed, atts, "arguing", enc.cue.start)
    assert arg.content == (
        _span(
            t,
            "that if other nations such as Sweden, Norway, and Germany could modify "
            "their policies, South Korea could do it too",
        ),
    )
    assert arg.source_name == "Jens Stoltenberg"


def test_seed_anonymous_sources(seed):
    atts = find_attributions(seed)
    t = seed.text
    told = _by_cue(seed, atts, "told")
    assert told.source == _span(t, "an American authority")
    assert told.content == (
        _span(
            t,
            "that the US had made deals with South Korea to buy 100,000 artillery "
            "rounds from them to support Ukraine",
        ),
    )
    assert (told.source_type, told.channel, told.cue_class) == ("anonymous_person", "AP", "neutral")
    said = _by_cue(seed, atts, "said")
    assert said.source == _span(t, "South Korean officials")
    assert said.content == (_span(t, "that these weapons were made to supply the US military"),)
    assert said.source_type == "unnamed_group"
    aide = _by_cue(seed, atts, "said", said.cue.end)
    assert aide.source == _span(t, "a top Ukrainian presidential aide")
    assert aide.content == (
        _span(
            t,
            "that the nation and its allies are having fast-track talks about "
            "supplying Kyiv with long-range missiles and other weapon systems",
        ),
    )
    assert aide.source_type == "anonymous_person"


def test_seed_order_parts_and_captions(seed):
    atts = find_attributions(seed)
    assert [a.start for a in atts] == sorted(a.start for a in atts)
    t = seed.text
    # the photo caption reports what the foreign minister discussed: found, and flagged as a caption
    (cap,) = [a for a in atts if a.in_caption]
    assert (t[cap.cue.start : cap.cue.end], t[cap.source.start : cap.source.end]) == ("discussed", "Park")
    assert seed.parts[cap.part].kind == "caption"
    for a in atts:
        if not a.in_caption:
            assert seed.parts[a.part].kind in ("paragraph", "heading")
    _check_spans(seed.text, atts)


def test_seed_has_no_inanimate_or_noun_cue_sources(seed):
    """A thing urges nobody ("The US move encouraged ..."), "It has supported Ukraine" is no statement,
    and "talks about" after "fast-track" is a noun, not a cue."""
    t = seed.text
    cues = [
        (t[a.cue.start : a.cue.end], t[a.source.start : a.source.end] if a.source else None)
        for a in find_attributions(seed)
    ]
    assert ("encouraged", "The US move") not in cues
    assert ("supported", "It") not in cues
    assert not any(c.startswith("talks") for c, _ in cues)
    found = find_attributions(seed, keep=None)
    they = [a for a in found if a.source and t[a.source.start : a.source.end] == "They"]
    assert [(t[a.cue.start : a.cue.end], a.source_name) for a in they] == [("talked about", "")]
    # the keep model sets that one aside (an unresolved "They"): listed in the report, counted nowhere else
    assert [(t[a.cue.start : a.cue.end], a.keep.label()) for a in set_aside(seed)] == [
        ("talked about", "model keep p=0.01")
    ]


def test_seed_tables_and_shares(seed):
    df = attributions_table(seed)
    assert list(df.columns[:3]) == ["article", "attribution", "sentence"]
    row = df[df["cue_text"] == "told"].iloc[0]
    assert row["source_text"] == "an American authority"
    assert seed.text[row["content_start"] : row["content_end"]] == row["content_text"]
    inv = source_inventory(seed)
    st = inv[inv["source_name"] == "Jens Stoltenberg"].iloc[0]
    assert (st["source_type"], st["role"], st["attributions"], st["channels"]) == (
        "named_person",
        "secretary-general of NATO",
        4,
        "AP",
    )
    assert st["aliases"] == "Stoltenberg"  # the appositive is the role, never part of an alias
    assert inv["source_name"].is_unique
    sh = attribution_shares(seed)
    assert sh["anonymous"] == 3
    assert sh["direct"] == 0 and sh["direct_share"] == 0.0
    assert sh["outlet_attributions"] >= 4
    assert 0 < sh["attributed_sentence_share"] < 1
    assert findings(seed)[1:5] == [
        "Of 9 body attributions with a source, 3 (33%) cite an anonymous person or an unnamed group and "
        "6 (67%) a named one.",
        # recall21: "despite concerns that they would be too challenging to manage" (clause_noun, no source)
        "0 of the 10 attributions quote the source's own words; 10 paraphrase them or rest on "
        "'according to'.",
        "5 of the 10 attributions (50%) rest on another outlet's reporting (AP).",
        "The most cited source is Jens Stoltenberg (named person), with 4 attributions.",
    ]
    assert corpus_findings([sh, sh]) == [
        "Across 2 articles, the extractor found 20 attributions in the body.",
        "Of 18 body attributions with a source, 6 (33%) cite an anonymous person or an unnamed group and "
        "12 (67%) a named one.",
        "0% of attributions carry quoted words (direct or mixed), 100% are paraphrase or 'according to'; "
        "50% rest on another outlet's reporting.",
    ]


# ----- rule shapes on hand-made sentences ---------------------------------------------------------------


def test_a_quotation_resumed_after_the_cue_sentence_is_an_attribution_of_its_own():
    # the news guideline (benchmarks/wikinews: "A's 2019-150 rule"): same speaker, credited by the same cue
    got = _one('"We will win," she said on Monday. "Nobody can stop us."')
    assert got == [
        ("said", "she", ['"We will win,"'], "direct", "none"),
        ("said", "she", ['"Nobody can stop us."'], "direct", "none"),
    ]
    # interrupted by its cue inside one sentence: one attribution with two fragments
    got = _one('"We will win," she said, "and nobody can stop us."')
    assert got == [("said", "she", ['"We will win,"', '"and nobody can stop us."'], "direct", "none")]


def test_inversion_with_role_and_organisation():
    got = _one("The plan is dead, said Jane Roe, a spokeswoman for the Acme Corporation.")
    assert got == [
        (
            "said",
            "Jane Roe, a spokeswoman for the Acme Corporation",
            ["The plan is dead"],
            "indirect",
            "named_person",
        )
    ]


def test_told_the_ap_makes_ap_the_channel():
    a = parse_article("Headline\n\nMary Poppins told the AP that the talks had failed.")
    (att,) = find_attributions(a)
    assert a.text[att.content[0].start : att.content[0].end] == "that the talks had failed"
    assert (att.source_name, att.channel, att.source_type) == ("Mary Poppins", "AP", "named_person")


def test_pronoun_resolves_to_earlier_full_name():
    a = parse_article("Headline\n\nJohn Smith said the budget was fine. Later he said that it was not.")
    atts = find_attributions(a)
    assert [(x.source_type, x.source_name) for x in atts] == [
        ("named_person", "John Smith"),
        ("named_person", "John Smith"),
    ]
    assert [x.mention for x in atts] == ["name", "pronoun"]


def test_colon_lead_in_and_quote_over_paragraphs():
    got = _one("The minister said: “We tried.\n\n“And we failed.”")
    assert got == [("said", "The minister", ["“We tried.", "“And we failed.”"], "direct", "anonymous_person")]


def test_mixed_quote():
    got = _one('Ryan said he was "not ready" to support the plan.')
    assert got == [("said", "Ryan", ['he was "not ready" to support the plan'], "mixed", "named_person")]


def test_was_quoted_as_saying():
    got = _one("The senator was quoted as saying that taxes would rise.")
    assert got[0][:3] == ("saying", "The senator", ["that taxes would rise"])


def test_according_to_in_the_middle_gives_two_fragments():
    got = _one(
        "The economy, according to official figures from the bureau, grew faster than expected this year."
    )
    assert got == [
        (
            "according to",
            "official figures from the bureau",
            ["The economy", "grew faster than expected this year"],
            "according_to",
            "government_body",  # figures from a government bureau: the bureau is the source
        )
    ]


def test_nouns_are_not_cues():
    assert _one("The report was long. His statement came late. The state of the United States is good.") == []


def test_passive_is_not_a_cue():
    assert _one("The man was told to leave.") == []


# ----- shapes added from the PolNeAR train error analysis ------------------------------------------------


def test_question_quote_split_by_the_sentence_splitter_keeps_its_cue():
    got = _one('"Are you ready?" Sanders asked. "Okay, great!"')
    assert got == [
        ("asked", "Sanders", ['"Are you ready?"'], "direct", "named_person"),
        ("asked", "Sanders", ['"Okay, great!"'], "direct", "named_person"),
    ]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Bamberg, who is 28, said he decided to support Sanders.",
            "Bamberg, who is 28",
            "he decided to support Sanders",
        ),
        ("Murphy, though, said he was with Clinton.", "Murphy", "he was with Clinton"),
        (
            "Sen. Mitch McConnell (R-Ky.) said that he did not want a vote.",
            "Sen. Mitch McConnell (R-Ky.)",
            "that he did not want a vote",
        ),
        ("Murphy told me he had a tragedy-free life.", "Murphy", "he had a tragedy-free life"),
        ("A spokesman for the campaign declined to comment.", "A spokesman for the campaign", "to comment"),
    ],
)
def test_source_shapes_before_the_cue(text, source, content):
    (got,) = [g for g in _one(text) if g[1] == source]
    assert got[2] == [content]


def test_however_between_cue_and_content():
    got = _one("He said, however, that he hopes to win.")
    assert got[0][:3] == ("said", "He", ["that he hopes to win"])


def test_inverted_source_with_lower_case_modifiers():
    got = _one('"October was good for her," said former Obama adviser David Axelrod.')
    assert got == [
        (
            "said",
            "former Obama adviser David Axelrod",
            ['"October was good for her,"'],
            "direct",
            "named_person",
        )
    ]


def test_relative_clause_source_ends_its_content_at_the_comma():
    got = _one("Norton, which declined to comment, returned the rights.")
    assert got == [("declined", "which", ["to comment"], "refused", "named_organisation")]


def test_bare_colon_cue_but_not_a_list():
    assert _one('Trump: "We will win the whole thing."') == [
        (":", "Trump", ['"We will win the whole thing."'], "direct", "named_person")
    ]
    assert _one("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Sam Clovis.") == []


def test_asked_question_and_its_answer():
    got = _one("Asked on Fox News who leads the party, he said Ryan.")
    assert got == [
        ("Asked", None, ["who leads the party"], "indirect", "none"),
        ("said", "he", ["Ryan"], "indirect", "none"),  # no antecedent: unresolved, never guessed
    ]


def test_seems_to_has_two_fragments_and_no_source():
    assert _one("Ben Carson appears to be slipping.") == [
        ("appears", None, ["Ben Carson", "to be slipping"], "indirect", "none")
    ]


def test_noun_phrase_cue_takes_only_its_object():
    got = _one("Trump talked about the stock market, then left.")
    assert got == [("talked about", "Trump", ["the stock market"], "indirect", "named_person")]
    got = _one("They talked about how the plan would work and how much it would cost.")
    assert got[0][2] == ["how the plan would work and how much it would cost"]


def test_noun_cue_with_possessor():
    got = _one("Clinton dismissed his suggestion that the judge was biased.")
    assert ("suggestion", "his", ["that the judge was biased"], "indirect", "named_person") in got


def test_passive_with_agent():
    assert _one("The deal was first reported by the New York Times.") == [
        ("reported", "the New York Times", ["The deal"], "indirect", "media_outlet")
    ]


def test_indirect_statement_continued_by_a_quotation():
    got = _one('She said that she would stay. "We are in till the last ballot is cast!"')
    assert got == [
        ("said", "She", ["that she would stay"], "indirect", "none"),
        ("said", "She", ['"We are in till the last ballot is cast!"'], "direct", "none"),
    ]


def test_lead_in_before_a_quotation_is_content():
    got = _one('After the vote, "we won the argument," she said.')
    assert got == [("said", "she", ['After the vote, "we won the argument,"'], "mixed", "none")]


def test_title_case_headline_cue():
    a = parse_article("Trump Says He Will Win The Whole Thing\n\nBody text here.")
    t = a.text
    got = [
        (
            t[x.cue.start : x.cue.end],
            t[x.source.start : x.source.end],
            [t[c.start : c.end] for c in x.content],
        )
        for x in find_attributions(a, PROSE_KINDS)
    ]
    assert got == [("Says", "Trump", ["He Will Win The Whole Thing"])]
    assert _one("The United States Post Office Is Closed Today") == []


def test_a_belief_inside_a_statement_is_a_report_of_its_own_a_stance_is_not():
    # rule nested_report: the news guideline labels both levels of "said she thinks C" (the outer report
    # keeps its whole content), but "said he opposes C" only the statement (a stance, not a belief)
    assert _one("She said she thinks the plan will fail.") == [
        ("said", "She", ["she thinks the plan will fail"], "indirect", "none"),
        ("thinks", "she", ["the plan will fail"], "indirect", "none"),
    ]
    assert _one("He said he opposes the plan.") == [
        ("said", "He", ["he opposes the plan"], "indirect", "none")
    ]
    assert _one("She thinks the plan will fail.") == [
        ("thinks", "She", ["the plan will fail"], "indirect", "none")
    ]


def test_adverbial_between_source_and_cue_is_not_a_role():
    got = _one("Clinton, during a town hall meeting in Columbus, Ohio, said she would win.")
    assert got == [("said", "Clinton", ["she would win"], "indirect", "named_person")]


def test_cue_first_and_cue_word_in_a_relative_clause():
    assert _one("Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”") == [
        (
            "Said",
            "Dorothy Poynter, who grew up with Ali",
            ["“We were all so proud of him.”"],
            "direct",
            "named_person",
        )
    ]
    got = _one('"I do not believe in it," Warren, who has not endorsed a candidate, told reporters.')
    assert got == [
        (
            "told",
            "Warren, who has not endorsed a candidate",
            ['"I do not believe in it,"'],
            "direct",
            "named_person",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The pledged delegates met on Monday.",
        "The talks about trade went on.",
    ],
)
def test_not_attributions(text):
    assert _one(text) == []


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        ('"We need a fighter," he said as the crowd cheered.', "said", "he", '"We need a fighter,"'),
        ('"I cannot believe it," Trump said 30 minutes in.', "said", "Trump", '"I cannot believe it,"'),
        ('"Dad gave me money," Trump said late last week.', "said", "Trump", '"Dad gave me money,"'),
        ('"Is it over?" she asked quietly.', "asked", "she", '"Is it over?"'),
        ('"I am with Tom," she said and hung up.', "said", "she", '"I am with Tom,"'),
        (
            '"That is a concern," Jane Roe told MSNBC Monday when asked about the vote.',
            "told",
            "Jane Roe",
            '"That is a concern,"',
        ),
    ],
)
def test_quotation_before_its_cue_with_a_clause_after_the_cue(text, cue, source, content):
    got = [(c, s, x) for c, s, x, _, _ in _one(text) if c == cue]
    assert got == [(cue, source, [content])]


def test_quotation_before_a_belief_cue_is_not_its_content():
    # "sees" attributes a belief: the quotation before it is not what "he sees"
    got = _one('Trump has "a forceful persona," he sees Christie as a rival.')
    assert all(x != ['"a forceful persona,"'] for _, _, x, _, _ in got)


def test_an_adverbial_before_told_is_not_content():
    got = _one("Since October, officials have told residents not to drink the water.")
    assert all(c != ["Since October"] for _, _, c, _, _ in got)


def test_a_bare_clause_after_a_prepositional_adjunct_is_the_content():
    # Wikinews dev4 2019-170: no "that" after "said in an interview with X"
    got = _one("Stern said in an interview with Rolling Stone he was open to having Imus as a guest.")
    assert got == [("said", "Stern", ["he was open to having Imus as a guest"], "indirect", "named_person")]
    # an infinitive is no adjunct, and a subordinator before the pronoun opens the reporter's clause
    got = _one("He continued to write songs he would mail to Garcia.")
    assert all(c != ["he would mail to Garcia"] for _, _, c, _, _ in got)
    got = _one("Trump declared the emergency last Friday so he could fund a wall.")
    assert all(not c or c[0] != "he could fund a wall" for _, _, c, _, _ in got)


def test_a_bare_clause_after_a_month_or_a_time_phrase_and_a_number_is_the_content():
    # Wikinews dev2 2019-069, dev 2019-042
    got = _one("The IMF said in May the bloc might be a game changer.")
    # government_body since session 24: the guideline types intergovernmental bodies so (imf became a
    # government_acronym of source_words.tsv; it was a named organisation)
    assert got == [("said", "The IMF", ["the bloc might be a game changer"], "indirect", "government_body")]
    assert _one("He said in May 2019 the plan failed.")[0][2] == ["the plan failed"]
    assert _one("Organizers reported this year 908 attendees came.")[0][2] == ["908 attendees came"]
    assert _one("He said he may go.")[0][2] == ["he may go"]  # the modal is no month


def test_a_clause_after_a_named_addressee_keeps_its_quotation_inside():
    # Wikinews dev4 2019-002: the reported clause, not only the quoted words at its end
    got = _one('Kubiak told Agence France-Presse the victim is in intensive care with "severe burns".')
    assert got[0][2] == ['the victim is in intensive care with "severe burns"']
    assert _one('She told reporters the plan was "dead".')[0][2] == ['the plan was "dead"']
    assert _one('He told CNN: "We won."')[0][2] == ['"We won."']


def test_an_adverb_cue_inside_a_content_does_not_end_it():
    # Wikinews dev 2020-079: "allegedly" in a relative clause stays inside what "claiming" reports
    got = _one("The KGB held 33 men, claiming them to be mercenaries, who allegedly were preparing attacks.")
    claiming = [c for cue, _, c, _, _ in got if cue == "claiming"]
    assert claiming == [["them to be mercenaries, who allegedly were preparing attacks"]]


@pytest.mark.parametrize(
    "text", ["Reportedly.", "Reportedly, .", "He said, reportedly,", "Allegedly", ", allegedly,"]
)
def test_a_bare_shield_adverb_finds_nothing(text):
    assert _one(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kipchoge's time was not considered an official world record.",  # Wikinews dev3 2019-142
        "No deaths were reported on the ground.",  # dev3 2019-012: nothing is reported
        "Same-sex marriage is not recognized there.",  # dev4 2019-059
        "He wasn't told about the plan.",
    ],
)
def test_a_negated_agentless_passive_cites_nobody(text):
    assert _one(text) == []
    a = parse_article("Headline\n\n" + text)
    assert find_attributions(a) == []  # nor does the model make one of it


def test_refine_reads_a_negated_passive_run_as_no_cue():
    assert negated_passive(["was", "not", "considered"])
    assert negated_passive(["weren't", "reported"])
    assert not negated_passive(["has", "not", "commented"])  # refused speech: kept, kind "refused"
    assert not negated_passive(["was", "reported"])


# ----- bad input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        '"',
        "“He said “nothing",
        'He said "unbalanced and “mixed” quotes" everywhere "and more',
        'The boxer, known as "Shorty", said nothing.',
        '"' + "This is one long quote that never closes. " * 200,
        "“Headline with a quote,” he said\n\nBody text.",
        "said said said said , , , according to according to",
        "''''''''",
        "\u201c\u201d\u201c\u201d said",
    ],
)
def test_bad_input_never_raises_and_spans_stay_inside(text):
    a = parse_article(text)
    for kinds in (None, PROSE_KINDS):
        atts = find_attributions(a, kinds)
        _check_spans(a.text, atts)
        attributions_table(a, atts)
        source_inventory(a, atts)
        attribution_shares(a, atts)
        findings(a, atts)


def test_nickname_in_quotes_is_not_a_quotation_of_anyone():
    got = _one('The boxer, known as "Shorty", trained hard.')
    assert got == []


def test_unclosed_quote_runs_to_paragraph_end():
    text = "“This never closes, he said"
    (q,) = scan_block(text, 0, len(text))
    assert (q.start, q.end, q.closed) == (0, len(text), False)


def test_curly_and_straight_quotes_pair_by_direction():
    text = "“A ‘b’ c,” then \"d\" and ''e''"
    got = [text[q.start : q.end] for q in scan_block(text, 0, len(text))]
    assert got == ["“A ‘b’ c,”", '"d"', "''e''"]


# A Daily Mail paragraph (dev11) in the British house style: single quote marks, no double ones anywhere.
UK_STYLE = (
    "Headline\n\n'In the last two or three years, people started to discover the error. The community, "
    "through social media, has been able to connect,' Hawk said.\n\n'If someone's already reported this "
    "number, you might be able to pair up. They may be willing to pay a big premium for that,' he said."
)


def test_single_quote_style_needs_closings_and_no_double_marks():
    assert single_quote_style(UK_STYLE)
    assert not single_quote_style(UK_STYLE + ' He called it "rare".')  # double marks: singles are apostrophes
    assert not single_quote_style("The bills' value rose, it's said. 'Nothing,' he said.")  # one closing only


def test_single_quotes_of_a_uk_style_article_are_quotations_and_apostrophes_are_not():
    text = UK_STYLE
    parts = [Span(0, 8), Span(10, text.index("\n\n'If")), Span(text.index("'If"), len(text))]
    got = [text[q.start : q.end] for q in scan_parts(text, parts)]
    assert got == [
        "'In the last two or three years, people started to discover the error. The community, through "
        "social media, has been able to connect,'",
        "'If someone's already reported this number, you might be able to pair up. They may be willing to "
        "pay a big premium for that,'",
    ]
    # curly singles (Metro): ’ inside a word is an apostrophe, ‘ only opens; an open quote runs on
    text = "Sweden’s brochure says ‘If Sweden is attacked, we will never surrender"
    (q,) = scan_single_block(text, 0, len(text))
    assert (text[q.start : q.end], q.closed) == ("‘If Sweden is attacked, we will never surrender", False)


@pytest.mark.parametrize(
    "text, found",
    [
        ("'", []),  # a lone mark
        ("'' ‘’ '", []),  # marks only
        ("rock 'n' roll", ["'n'"]),  # a one-word quotation, as a nickname: harmless
        ("'Never closed", ["'Never closed"]),  # runs to the paragraph end
        ("‘A’ ‘B’", ["‘A’", "‘B’"]),
        ("’Backwards‘", []),  # ’ never opens
    ],
)
def test_single_quote_scanner_on_bad_input(text, found):
    got = scan_single_block(text, 0, len(text))
    assert [text[q.start : q.end] for q in got] == found
    assert all(0 <= q.start < q.end <= len(text) for q in got)


def test_a_two_sentence_single_quoted_quotation_is_one_direct_attribution():
    a = parse_article(UK_STYLE)
    t = a.text
    atts = find_attributions(a)
    got = [(t[x.source.start : x.source.end], [t[c.start : c.end] for c in x.content]) for x in atts]
    assert got == [
        ("Hawk", [t[t.index("'In the last") : t.index(" Hawk said")]]),
        ("he", [t[t.index("'If someone") : t.index(" he said")]]),
    ]


def test_most_cited_source_type_is_named_in_the_singular():
    # The plural labels do not singularise by dropping an "s": once "government bodie", "named people".
    a = parse_article(
        "The Interior Ministry said the road would reopen on Monday. "
        "The ministry said repairs cost $2 million."
    )
    assert findings(a)[-1] == (
        "The most cited source is Interior Ministry (government body), with 2 attributions."
    )


def test_empty_article_shares_are_zero_not_errors():
    a = parse_article("")
    assert attribution_shares(a)["named_share"] == 0.0
    assert findings(a)[0].endswith("(0 sentences read).")
    assert corpus_findings([]) == ["No article was read."]


# ----- predict and lexicons ------------------------------------------------------------------------------


def test_predict_output_is_json_and_offsets_match(seed):
    out = task_output("attribution", seed)
    json.dumps(out)
    for a in out["attributions"]:
        assert a["kind"] in ("direct", "indirect", "mixed", "according_to")
        for s, e in a["content"]:
            frag = seed.text[s:e]
            assert frag.strip(QUOTES) and frag == frag.strip()


def test_lexicons_have_the_verb_classes_the_api_promises():
    classes = {f.cue_class for forms in tables().cue_forms.values() for f in forms}
    assert {
        "neutral",
        "assertive",
        "concessive",
        "disputing",
        "announcing",
        "predicting",
        "directive",
        "accusatory",
    } <= classes
    assert "AP" in tables().media and "said" in tables().cue_forms
    assert "states" not in tables().cue_forms


def test_accuracy_lines_from_results_file(tmp_path):
    from analysis.attribution.report import accuracy_lines

    results = {
        "dev": {"gold": 2192, "content_r": 0.551, "content_p": 0.763, "content_f1": 0.64,
                "speech_recall": 0.777, "source_acc": 0.881, "cue_acc": 0.956},
        "targets": {"content_f1": 0.75, "speech_recall": 0.85, "source_acc": 0.85, "cue_acc": 0.9},
    }  # fmt: skip
    path = tmp_path / "attribution.json"
    path.write_text(json.dumps(results), encoding="utf-8")
    assert accuracy_lines(path) == [
        "On labelled US political news (PolNeAR dev, 2,192 attributions), the extractor finds 55% of the "
        "annotated attributions and 76% of what it reports matches one: content F1 0.64 (target 0.75, "
        "missed by 0.11).",
        "Of the attributions with a speech verb it finds 78% (target 85%, missed by 7.3 points); where it "
        "finds one, the source is right 88% of the time and the cue 96%.",
    ]
    results["dev"]["speech_recall"] = 0.842
    path.write_text(json.dumps(results), encoding="utf-8")
    assert "(target 85%, missed by 0.8 points)" in accuracy_lines(path)[1]
    results["dev"]["speech_recall"] = 0.84
    path.write_text(json.dumps(results), encoding="utf-8")
    assert "(target 85%, missed by 1 point)" in accuracy_lines(path)[1]
    assert accuracy_lines(tmp_path / "missing.json") == [
        "The accuracy benchmark has not been run here (missing.json is missing)."
    ]


def test_attribution_html_escapes_and_marks_every_span():
    from analysis.attribution.report import attribution_html

    a = parse_article('The mayor said that the <b>bridge</b> "will <script>x()</script> reopen" soon.')
    atts = find_attributions(a)
    assert len(atts) == 1
    out = attribution_html(a, atts[0])
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "<b>" not in out and "&lt;b&gt;bridge&lt;/b&gt;" in out
    assert '<u title="cue: rule subject_verb">said</u>' in out
    assert out.count("<mark ") == len(atts[0].content)


# ----- source typing, names and pronouns as a reader sees them -----------------------------------------


def _typed(text: str, tagger: str | None = None) -> list[tuple[str | None, str | None, str, str]]:
    """(cue, source text, source type, source name) of each attribution, in content order."""
    a = parse_article("Headline\n\n" + text)
    atts = find_attributions(a, tagger=tagger)
    _check_spans(a.text, atts)
    t = a.text
    return [
        (
            t[x.cue.start : x.cue.end] if x.cue else None,
            t[x.source.start : x.source.end] if x.source else None,
            x.source_type,
            x.source_name,
        )
        for x in atts
    ]


def test_person_role_nouns_without_a_name_are_anonymous_people():
    got = _typed(
        "A senior city engineer, who spoke on condition of anonymity, said the figure was too high. "
        '"Consultants price in every risk," the engineer said.'
    )
    assert [(g[2], g[3]) for g in got] == [
        ("anonymous_person", "senior city engineer"),
        ("anonymous_person", "senior city engineer"),  # "the engineer" is the one described before
    ]
    assert _typed("A farmer said the rain came late.")[0][2:] == ("anonymous_person", "farmer")
    assert _typed("Two nurses said the ward was full.")[0][2:] == ("unnamed_group", "nurses")
    assert _typed("An economist said prices would rise.")[0][2:] == ("anonymous_person", "economist")


def test_ministerial_titles_with_a_portfolio_are_not_part_of_the_name():
    got = _typed(
        "Secretary of State Mike Pompeo said the talks would resume. "
        "Chancellor of the Exchequer Rachel Reeves said taxes would rise."
    )
    assert [(g[2], g[3]) for g in got] == [("named_person", "Mike Pompeo"), ("named_person", "Rachel Reeves")]
    pompeo = find_attributions(parse_article("Head\n\nSecretary of State Pompeo said talks would resume."))
    assert (pompeo[0].source_name, pompeo[0].role) == ("Pompeo", "Secretary of State")


def test_a_surname_first_name_after_a_title_resolves_a_later_surname():
    got = _typed("Foreign Minister Park Jin met the envoy on Monday. Park said the talks were useful.")
    assert got[-1][2:] == ("named_person", "Park Jin")
    # no title before it: "Park Avenue" is a place, and "Park" stays as written
    assert _typed("The meeting was on Park Avenue. Park said it went well.")[-1][3] == "Park"


def test_sentence_initial_organisation_names_with_of_stay_names():
    assert _typed("Bank of America said profits rose.")[0][2:] == ("named_organisation", "Bank of America")
    assert _typed("Officials of the bank said profits rose.")[0][2] == "unnamed_group"


def test_sentence_initial_plural_common_nouns_are_groups_not_names():
    assert _typed("Inspectors estimated that the damage could spread.")[0][1:] == (
        "Inspectors",
        "unnamed_group",
        "inspectors",
    )
    assert _typed("Emergency departments reported a sharp rise in admissions.")[0][2:] == (
        "unnamed_group",
        "emergency departments",
    )
    got = _typed("Environmental groups welcomed the jobs but said they would watch the river.")
    assert [(g[0], g[1], g[3]) for g in got] == [
        ("welcomed", "Environmental groups", "environmental groups"),
        ("said", "Environmental groups", "environmental groups"),  # not the adjective "Environmental"
    ]
    # a surname at a sentence start stays a name, even one ending like a plural
    assert _typed("Sanders said the plan would fail.")[0][2:] == ("named_person", "Sanders")


def test_lower_case_institutions_resolve_to_the_organisation_named_before():
    got = _typed(
        "Northline Motors said it would build a plant. Northline did not say how much it would invest. "
        "The company declined to comment on the figure."
    )
    assert [(g[1], g[2], g[3]) for g in got] == [
        ("Northline Motors", "named_organisation", "Northline Motors"),
        ("Northline", "named_organisation", "Northline Motors"),
        ("The company", "named_organisation", "Northline Motors"),
    ]
    # nothing named before: left unresolved, but typed a company (session 18, rule definite_org_noun: news
    # writes "the company" after naming one; every definite company noun of the labels is a named one)
    assert _typed("The company said the work would start soon.")[0][2:] == ("named_organisation", "company")
    assert _typed("The national weather service said it would be hot.")[0][2:] == (
        "government_body",
        "national weather service",
    )
    assert _typed("The district is considering a ban on phones.")[0][2:] == ("government_body", "district")


def test_media_outlets_by_name_shape_and_media_nouns():
    got = _typed("The mayor said the town had waited a long time, according to the Millbrook Gazette.")
    assert ("according to", "the Millbrook Gazette", "media_outlet", "Millbrook Gazette") in got
    a = parse_article(
        "Headline\n\nOfficials said federal money might cover the bill, according to the local "
        "newspaper, the Harbour Herald. Several students told the local radio station, KRVR, that the "
        "rule was unfair."
    )
    atts = find_attributions(a)
    acc = _by_cue(a, atts, "according to")
    assert (acc.source_type, acc.source_name) == ("media_outlet", "Harbour Herald")
    assert _by_cue(a, atts, "said").channel == "Harbour Herald"
    told = _by_cue(a, atts, "told")
    assert (told.source_type, told.source_name, told.channel) == ("unnamed_group", "students", "KRVR")
    assert attribution_shares(a, atts)["outlet_attributions"] == 3


def test_quantities_of_people_are_groups_named_by_their_noun():
    got = _typed(
        "In a survey, 71 percent of head teachers said behaviour had improved. "
        "Only four said it had worsened."
    )
    assert [(g[1], g[2], g[3]) for g in got] == [
        ("71 percent of head teachers", "unnamed_group", "head teachers"),
        ("Only four", "unnamed_group", "head teachers"),  # four of the head teachers
    ]
    assert _typed("People familiar with the negotiations said the state had offered more.")[0][2:] == (
        "unnamed_group",
        "people familiar with the negotiations",
    )
    # PolNeAR annotates refusals by negated sources too: kept, typed as a group
    assert _typed("Neither side would confirm the details.")[0][2:] == ("unnamed_group", "neither side")
    assert _typed("One mother said her son had missed a message.")[0][2:] == ("anonymous_person", "mother")


def test_bad_source_spans_are_repaired():
    got = _typed(
        "A 15-year-old at Riverside said she had been angry at first but now apparently prefers "
        "lunchtime without phones."
    )
    assert {(g[1], g[2], g[3]) for g in got} == {
        ("A 15-year-old at Riverside", "anonymous_person", "15-year-old at Riverside")
    }
    got = _typed("The report, prepared by a firm, found corrosion and said the joints may fail.")
    assert [(g[0], g[1], g[2]) for g in got] == [
        ("found", "The report, prepared by a firm", "document"),
        ("said", "The report", "document"),  # the subject's head noun, not a lone "The"
    ]
    got = _typed("A spokesman for the builders' federation said the industry would adapt.")
    assert got == [
        (
            "said",
            "A spokesman for the builders' federation",
            "anonymous_person",
            "spokesman for the builders' federation",
        )
    ]


def test_a_request_for_anonymity_is_refused_speech_not_a_statement():
    # recall25: the Wikinews guideline labels the request as an attribution of kind "refused" (labelling
    # notes, "asked not to be identified"), with the nurse as its source; before, it was dropped
    got = _typed("A nurse at one of the largest hospitals, who asked not to be named, said staff were tired.")
    assert [(g[0], g[2], g[3]) for g in got] == [
        ("asked not to be named", "anonymous_person", "nurse at one of the largest hospitals"),
        ("said", "anonymous_person", "nurse at one of the largest hospitals"),
    ]


def test_pronouns_resolve_by_gender_and_to_anonymous_people():
    got = _typed(
        'Professor Mark Odell said the survey was thin. "We do not know yet," he said. '
        'One mother said her son had missed a message. "It seems a small thing," she said.'
    )
    assert [g[3] for g in got] == ["Mark Odell", "Mark Odell", "mother", "mother"]
    got = _typed('Mr. Smith said the vote was close. Ms. Jones said it was not. "We will see," he said.')
    assert got[-1][2:] == ("named_person", "Smith")  # "he" skips the more recent Ms. Jones
    got = _typed("The report found corrosion in the supports. It did not say the bridge was unsafe.")
    assert [(g[2], g[3]) for g in got] == [("document", "report"), ("document", "report")]
    # a "they" still goes to the last group; an "it" after a person stays unresolved
    got = _typed("Residents said the road was closed. They said it was dangerous.")
    assert got[1][2:] == ("unnamed_group", "residents")


def test_outlet_reporting_an_attribution_keeps_both():
    a = parse_article(
        "Headline\n\nThe health ministry has estimated that around 1,300 deaths were linked to the "
        "heatwave, Reuters reported."
    )
    atts = find_attributions(a)
    t = a.text
    rep = _by_cue(a, atts, "reported")
    assert (rep.source_type, rep.source_name) == ("media_outlet", "Reuters")
    assert [t[c.start : c.end] for c in rep.content] == [
        "The health ministry has estimated that around 1,300 deaths were linked to the heatwave"
    ]
    est = _by_cue(a, atts, "estimated")
    assert (est.source_type, est.source_name, est.channel) == (
        "government_body",
        "health ministry",
        "Reuters",
    )
    assert attribution_shares(a, atts)["outlet_attributions"] == 2


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"


@pytest.mark.parametrize(
    "name, expected",
    [
        (
            "101_harbour_bridge.txt",
            [
                ("Inspectors", "unnamed_group", "inspectors"),
                ("the engineer", "anonymous_person", "senior city engineer"),
                ("The report", "document", "report"),
                ("It", "document", "report"),
                ("the local newspaper, the Harbour Herald", "media_outlet", "Harbour Herald"),
                (
                    "council member Dana Whitfield, who chairs the transport committee",
                    "named_person",
                    "Dana Whitfield",
                ),
            ],
        ),
        (
            "102_heatwave_hospitals.txt",
            [
                # "Emergency departments reported a sharp rise ..." is lost here since the tagger retrained at
                # session 18's end (its sentence alone is still read:
                # test_sentence_initial_plural_common_nouns_are_groups_not_names)
                ("The national weather service", "government_body", "national weather service"),
                ("she", "anonymous_person", "nurse at one of the largest hospitals"),
                ("Reuters", "media_outlet", "Reuters"),
                (
                    "A spokesman for the builders' federation",
                    "anonymous_person",
                    "spokesman for the builders' federation",
                ),
            ],
        ),
        (
            "103_battery_plant.txt",
            [
                ("Northline Motors", "named_organisation", "Northline Motors"),
                ("the company", "named_organisation", "Northline Motors"),
                ("Northline", "named_organisation", "Northline Motors"),
                (
                    "People familiar with the negotiations",
                    "unnamed_group",
                    "people familiar with the negotiations",
                ),
                ("Environmental groups", "unnamed_group", "environmental groups"),
                ("the Millbrook Gazette", "media_outlet", "Millbrook Gazette"),
                ("The mayor of Millbrook, Ana Souza", "named_person", "Ana Souza"),
            ],
        ),
        (
            "104_school_phones.txt",
            [
                ("71 percent of head teachers", "unnamed_group", "head teachers"),
                ("Only four", "unnamed_group", "head teachers"),
                ("One mother, who did not want her name published", "anonymous_person", "mother"),
                ("she", "anonymous_person", "mother"),
                ("he", "named_person", "Mark Odell"),
                ("A 15-year-old at Riverside", "anonymous_person", "15-year-old at Riverside"),
            ],
        ),
    ],
)
def test_fixture_sources_as_a_reader_sees_them(name, expected):
    a = load_article(FIXTURES / name)
    atts = find_attributions(a, keep=None)  # the rules' sources (the keep model is tested on its own)
    t = a.text
    got = {(t[x.source.start : x.source.end], x.source_type, x.source_name) for x in atts if x.source}
    for row in expected:
        assert row in got
    bad = {"The", "now", "who", "Environmental", "federation"}
    assert not [x for x in atts if x.source and t[x.source.start : x.source.end] in bad]
    # recall26's estimate_at reads "a consultant's report put the likely cost at roughly $48 million" (101)
    # and "Some reports put the figure at more than $4 billion" (103): documents, rightly
    reports = ("report", "consultant report", "reports")
    assert all(x.source_type != "document" or x.source_name in reports for x in atts)


def test_titles_affiliations_and_organisation_names():
    got = _typed(
        "The data was weak, said economist Gary Thayer of AG Edwards & Sons. "
        "The deal is good, said director of telecoms research Tony Lavender. "
        "Mr Bez - himself a former executive at rival Porsche - said the car was cheap. "
        "Profits rose, said US behemoth General Electric."
    )
    assert [(g[2], g[3]) for g in got] == [
        ("named_person", "Gary Thayer"),
        ("named_person", "Tony Lavender"),
        ("named_person", "Bez"),
        ("named_organisation", "General Electric"),
    ]
    a = parse_article("Headline\n\nThe economy grew, said the Munich-based research institute Ifo.")
    (att,) = find_attributions(a)
    assert (att.source_type, att.source_name, att.role) == (
        "named_organisation",
        "Ifo",
        "Munich-based research institute",
    )


# ----- content boundaries -----------------------------------------------------------------------------


def _content_of(text: str, cue: str) -> list[str]:
    hits = [c for k, _s, c, _k, _t in _one(text) if k == cue]
    assert hits, f"no attribution with cue {cue!r}"
    return hits[0]


def _run_of(text: str, cue: str) -> list[list[str]]:
    """The contents of the attribution with ``cue`` and of the attributions after it that the same cue
    credits (a quotation run, split by rule resumed_quotation)."""
    a = parse_article("Headline\n\n" + text)
    atts = find_attributions(a, tagger=None)
    t = a.text
    k = next(i for i, x in enumerate(atts) if x.cue and t[x.cue.start : x.cue.end] == cue)
    run = [atts[k]]
    for x in atts[k + 1 :]:
        if x.content_by.rule == "resumed_quotation" and x.cue == atts[k].cue:
            assert (x.source, x.source_name, x.source_type) == (atts[k].source, atts[k].source_name,
                                                                atts[k].source_type)
            run.append(x)
    return [[t[c.start : c.end] for c in x.content] for x in run]


def test_content_in_an_opening_adverbial_clause_ends_at_its_comma():
    text = "While the mayor said the budget was balanced, her council voted to cut the parks fund."
    assert _content_of(text, "said") == ["the budget was balanced"]
    text = "Even though Ortiz has said she will run again, few donors have called her office."
    assert _content_of(text, "said") == ["she will run again"]


def test_indirect_content_runs_on_to_the_end_of_a_quotation_it_opens():
    text = 'The senator said that farmers "want a fair price. They have waited long enough." Then she left.'
    assert _content_of(text, "said") == ['that farmers "want a fair price. They have waited long enough."']


def test_a_second_that_clause_belongs_to_the_same_content():
    text = "The coach said the team was tired and that the players wanted a week off."
    assert _content_of(text, "said") == ["the team was tired and that the players wanted a week off"]


def test_a_relative_clause_set_off_by_two_commas_stays_inside_the_content():
    text = "The mayor argued the bridge, which opened in May, would carry twice the traffic."
    assert _content_of(text, "argued") == ["the bridge, which opened in May, would carry twice the traffic"]
    text = "The mayor argued the bridge would carry twice the traffic, which pleased the drivers."
    assert _content_of(text, "argued") == ["the bridge would carry twice the traffic"]


def test_a_quotation_opening_the_next_paragraph_continues_a_direct_attribution():
    text = '"We will win the county," Ortiz said on Monday in Dayton.\n\n"Nobody expected it."'
    assert _run_of(text, "said") == [['"We will win the county,"'], ['"Nobody expected it."']]


def test_a_participle_after_the_cue_does_not_stop_the_quotation_run():
    text = '"It was a long night," she said, describing how volunteers counted by hand. "We never stopped."'
    assert _run_of(text, "said") == [['"It was a long night,"'], ['"We never stopped."']]


def test_and_ends_the_content_only_right_before_a_cue_of_its_own():
    text = "Officials said the mayor and his deputies were tired of the delays and hoped for a vote."
    assert _content_of(text, "said") == ["the mayor and his deputies were tired of the delays"]
    text = "The mayor said the bridge was safe and later added that repairs would start soon."
    assert _content_of(text, "said") == ["the bridge was safe"]


def test_a_speaker_label_takes_the_whole_paragraph_as_its_turn():
    text = "HALVORSEN: We did our best. The voters decided otherwise.\n\nThe studio went quiet."
    assert _content_of(text, ":") == ["We did our best. The voters decided otherwise"]


def test_a_quotation_inside_a_participle_content_is_not_added_to_the_cue_before_it():
    text = '"We are old friends," Ortiz told us, noting that the two "talk every week. We argue a lot."'
    assert _content_of(text, "told") == ['"We are old friends,"']
    assert _content_of(text, "noting") == ['that the two "talk every week. We argue a lot."']


def test_after_an_inverted_source_only_a_quotation_continues_the_content():
    text = "The repairs will cost more than planned, said a city spokesman, Ann Lee, who joined in May."
    assert _content_of(text, "said") == ["The repairs will cost more than planned"]


def test_an_adverbial_clause_right_after_that_stays_inside_the_content():
    text = "Economists argue that, while prices may fall, wages will not rise this year."
    assert _content_of(text, "argue") == ["that, while prices may fall, wages will not rise this year"]


def test_a_comma_inside_closing_quote_marks_ends_the_clause_like_a_comma():
    text = 'The mayor said the plan was "bold and fair," while her rivals called it reckless.'
    assert _content_of(text, "said") == ['the plan was "bold and fair,"']


def test_unquoted_words_before_an_inverted_source_do_not_join_a_quotation_after_it():
    text = 'Minutes later, the clerk said, "The count is final."'
    assert _content_of(text, "said") == ['"The count is final."']


def test_told_an_addressee_then_a_clause_starts_the_content_at_its_subject():
    text = 'The senator told a news conference they had "won the night" in every county.'
    assert _content_of(text, "told") == ['they had "won the night" in every county']


def test_quoted_words_in_the_lead_in_to_a_quotation_stay_in_the_content():
    text = '"Old Songs" was to be a "sad tale," said Ann Lee, the agent.'
    assert _content_of(text, "said") == ['"Old Songs" was to be a "sad tale,"']


def test_a_quotation_inside_a_longer_clause_before_an_inverted_cue():
    text = 'Two rivals "were dull and slow" in comparison to her, Lee said.'
    assert _one(text)[0][:3] == ("said", "Lee", ['Two rivals "were dull and slow" in comparison to her'])


def test_according_to_inside_a_quotation_does_not_end_the_content():
    text = 'She told reporters that "the driver fired first, according to the police."'
    assert _content_of(text, "told") == ['that "the driver fired first, according to the police."']


def test_a_question_after_asked_runs_over_a_quotation_inside_it():
    assert _content_of('Asked if she would sign his "pledge" on the issue, Lee said no.', "Asked") == [
        'if she would sign his "pledge" on the issue'
    ]
    text = 'Asked if she is "ready to serve," Lee said no.'
    assert _content_of(text, "Asked") == ['if she is "ready to serve,"']


def test_content_before_an_inverted_cue_runs_on_into_the_next_quotation():
    text = 'The bridge is safe, Ames said on Monday. "We checked it twice."'
    assert _run_of(text, "said") == [["The bridge is safe"], ['"We checked it twice."']]
    text = 'The mayor "felt bound to act" on it, Ames said. "It is core for her."'
    assert _run_of(text, "said") == [['The mayor "felt bound to act" on it'], ['"It is core for her."']]


def test_a_short_lead_in_comes_with_a_quotation_that_continues_a_direct_attribution():
    text = '"We were not happy," said Ann Lee, head of policy. Now, "we see it differently."'
    assert _run_of(text, "said") == [['"We were not happy,"'], ['Now, "we see it differently."']]


def test_a_comma_before_a_clause_with_its_own_cue_ends_the_content():
    text = "Voters said they were worried about jobs, compared with four in ten who said prices mattered."
    assert _content_of(text, "said") == ["they were worried about jobs"]


def test_while_before_a_clause_with_its_own_cue_ends_the_content():
    text = "Most residents said the park was safe while many more say the lake is not."
    assert _content_of(text, "said") == ["the park was safe"]


def test_a_quotation_run_passes_a_title_and_a_sourceless_cue_in_the_cue_sentence():
    text = '"We will publish the records," Lee said on the "Morning Show" on Sunday. "It is not a problem."'
    assert _run_of(text, "said") == [['"We will publish the records,"'], ['"It is not a problem."']]
    text = '"It was nice," he told us when asked about the dinner, which ran late. "She was charming."'
    assert _run_of(text, "told") == [['"It was nice,"'], ['"She was charming."']]


def test_a_quotation_run_takes_a_quotation_followed_by_words_that_name_no_speaker():
    text = '"We are in good shape," said Tad Lee, an adviser. "We could win Ohio," which votes in June.'
    assert _run_of(text, "said") == [['"We are in good shape,"'], ['"We could win Ohio,"']]
    text = '"We are in good shape," said Tad Lee, an adviser. "We could win Ohio," the judge exclaimed.'
    assert _content_of(text, "said") == ['"We are in good shape,"']


def test_an_as_complement_stays_in_an_object_content():
    assert _content_of("He referred to his plan as a way out.", "referred to") == ["his plan as a way out"]


def test_an_aside_between_two_dashes_stays_inside_the_content():
    assert _content_of("She said the plan — a costly one — had failed in May.", "said") == [
        "the plan — a costly one — had failed in May"
    ]
    assert _content_of("She said the plan had failed — a costly end.", "said") == ["the plan had failed"]


def test_a_pronoun_object_before_an_adjunct_is_the_whole_content():
    assert _content_of("The minister said so in December.", "said") == ["so"]
    assert _content_of("The minister denied it on Monday through a lawyer.", "denied") == ["it"]
    assert _content_of("The minister said it was over.", "said") == ["it was over"]


def test_an_unfinished_quotation_goes_on_after_the_cue_with_a_verb_phrase():
    text = '"Only you, Lee," she said, would use a funeral to ask for votes.'
    assert _content_of(text, "said") == ['"Only you, Lee,"', "would use a funeral to ask for votes"]
    assert _content_of('"We won," he said, as the crowd cheered.', "said") == ['"We won,"']


def test_a_closing_appositive_without_a_verb_is_left_out_of_the_content():
    text = "She wrote a check to a group backing Faso, a Republican running for an open seat."
    assert _content_of(text, "wrote") == ["a check to a group backing Faso"]
    text = "He said the mayor quit, the council was stunned."
    assert _content_of(text, "said") == ["the mayor quit, the council was stunned"]


def test_a_bare_verb_after_and_goes_on_the_reported_clause():
    text = "The governor says he would call the mayor and tell him to stop."
    assert _content_of(text, "says") == ["he would call the mayor and tell him to stop"]
    text = "The governor said he would call the mayor and added that talks would resume."
    assert _content_of(text, "said") == ["he would call the mayor"]


# ----- recall rules (issue 4: gold attributions with no prediction on PolNeAR train) -----------------------
def _cue_src_content(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c, s, frags) for c, s, frags, _, _ in _one(text)]


def test_role_before_auxiliaries_is_part_of_the_source():
    got = _cue_src_content("Ann Lee, who won the county vote, is calling for her rivals to step aside.")
    assert got == [("calling for", "Ann Lee, who won the county vote", ["her rivals to step aside"])]


def test_long_subject_up_to_the_comma_before_the_cue():
    got = _cue_src_content(
        "Bob Jones, the head of a small group that sued the town over its parking rules and its rents,"
        " said that the damage is done."
    )
    assert got == [
        (
            "said",
            "Bob Jones, the head of a small group that sued the town over its parking rules and its rents",
            ["that the damage is done"],
        )
    ]


def test_cue_after_a_catenative_verb():
    assert _cue_src_content("He continues to insist that he will stay in the race.") == [
        ("insist", "He", ["that he will stay in the race"])
    ]
    assert _cue_src_content("The mayor went on to say that the bridge was safe.") == [
        ("say", "The mayor", ["that the bridge was safe"])
    ]


def test_agentless_passive_gives_subject_and_rest_without_source():
    assert _cue_src_content("The council is expected to approve the budget next week.") == [
        ("is expected", None, ["The council", "to approve the budget next week"])
    ]
    assert _cue_src_content("Jane Doe was declared the winner in the third district.") == [
        ("was declared", None, ["Jane Doe", "the winner in the third district"])
    ]


def test_day_word_then_pronoun_opens_the_content():
    assert _cue_src_content("Mr. Smith said Thursday he would leave the board.") == [
        ("said", "Mr. Smith", ["he would leave the board"])
    ]


def test_reportedly_takes_the_clause_around_it():
    assert _cue_src_content("The club is reportedly spending a fortune on new players.") == [
        ("reportedly", None, ["The club is", "spending a fortune on new players"])
    ]
    # with a cue verb after it the verb's own rule finds the attribution
    assert _cue_src_content("He reportedly said that he would run.") == [
        ("said", "He", ["that he would run"])
    ]


def test_no_inversion_when_a_clause_follows_the_cue():
    got = _cue_src_content(
        "Tom Reyes, head of the tenants' union, which organized the protest, said the answer was weak."
    )
    assert got == [
        (
            "said",
            "Tom Reyes, head of the tenants' union, which organized the protest",
            ["the answer was weak"],
        )
    ]


def test_another_and_one_stand_alone_as_sources():
    assert _cue_src_content("Another said, “The vote was rigged.”") == [
        ("said", "Another", ["“The vote was rigged.”"])
    ]
    assert _cue_src_content("One told me that the plant would close.") == [
        ("told", "One", ["that the plant would close"])
    ]


def test_then_between_subject_and_cue():
    assert _cue_src_content("He then said that the meeting was over.") == [
        ("said", "He", ["that the meeting was over"])
    ]


def test_as_clause_attaches_to_the_main_clause():
    assert _cue_src_content("As the Daily Courier reported, the mill will close in May.") == [
        ("reported", "the Daily Courier", ["the mill will close in May"])
    ]
    assert _cue_src_content("The mill will close in May, as the Daily Courier noted.") == [
        ("noted", "the Daily Courier", ["The mill will close in May"])
    ]


def test_quoted_title_stays_in_the_inverted_role():
    got = _cue_src_content(
        '"We will win this," said Jane Doe, the author of "Winning Big," a book about elections.'
    )
    assert got == [
        ("said", 'Jane Doe, the author of "Winning Big," a book about elections', ['"We will win this,"'])
    ]


def test_promised_with_infinitive_and_stray_comma_before_that():
    assert _cue_src_content("The governor promised on Tuesday to cut the sales tax.") == [
        ("promised", "The governor", ["to cut the sales tax"])
    ]
    assert _cue_src_content("She promised to cut the sales tax.") == [
        ("promised", "She", ["to cut the sales tax"])
    ]
    assert _cue_src_content("He added, that the plan was fair.") == [
        ("added", "He", ["that the plan was fair"])
    ]


def test_backed_takes_its_object_and_bare_want_its_clause():
    assert _cue_src_content("The union backed the new contract.") == [
        ("backed", "The union", ["the new contract"])
    ]
    assert _cue_src_content("Most voters want lower taxes.") == [("want", "Most voters", ["lower taxes"])]


def test_addressee_then_infinitive_and_day_word_then_determiner():
    assert _cue_src_content("Two senators warned the Fed not to raise rates.") == [
        ("warned", "Two senators", ["the Fed not to raise rates"])
    ]
    assert _cue_src_content("The mayor said Tuesday the bridge would reopen.") == [
        ("said", "The mayor", ["the bridge would reopen"])
    ]


def test_doubled_apostrophes_closing_a_nested_single_quote():
    text = "''I like the word 'plain,''' said Ann Marsh, a former envoy."
    (q,) = scan_block(text, 0, len(text))
    assert text[q.start : q.end] == "''I like the word 'plain,'''"
    assert _cue_src_content(text) == [("said", "Ann Marsh, a former envoy", ["''I like the word 'plain,'''"])]


def test_opening_curly_mark_typed_for_a_closing_one():
    text = "“It is rare,“ said Ann Marsh, a lawyer."
    (q,) = scan_block(text, 0, len(text))
    assert (text[q.start : q.end], q.closed) == ("“It is rare,“", True)
    assert _cue_src_content(text) == [("said", "Ann Marsh, a lawyer", ["“It is rare,“"])]


def test_no_inversion_when_the_cue_has_an_infinitive_or_object():
    assert _cue_src_content("In nearly every area, the mayor vowed to cut spending.") == [
        ("vowed", "the mayor", ["to cut spending"])
    ]
    assert _cue_src_content("In court papers, his lawyer asked for a shorter sentence.") == [
        ("asked", "his lawyer", ["for a shorter sentence"])
    ]
    assert _cue_src_content(
        "Another delegate, Mike Brown of Dayton, Ohio, explained the reason for his vote."
    ) == [("explained", "Another delegate, Mike Brown of Dayton, Ohio", ["the reason for his vote"])]


def test_relative_pronoun_with_auxiliaries_is_the_source():
    assert _cue_src_content("Voters like Ann Lee, who has said she will run again.") == [
        ("said", "who", ["she will run again"])
    ]


def test_fronted_participle_takes_the_main_clause_subject():
    got = _cue_src_content(
        "Conceding that a deal would come later, the envoy warned that it would take years."
    )
    assert got == [
        ("Conceding", "the envoy", ["that a deal would come later"]),
        ("warned", "the envoy", ["that it would take years"]),
    ]


def test_according_to_source_runs_on_to_its_comma():
    assert _cue_src_content("According to a new poll broadcast on local radio, the mayor is far ahead.") == [
        ("According to", "a new poll broadcast on local radio", ["the mayor is far ahead"])
    ]


def test_dash_paragraph_signs_the_quotation_above_it():
    got = _cue_src_content('"Nobody can stop us now."\n\n- Jane Doe.\n\nShe left.')
    assert got == [("-", "Jane Doe", ['"Nobody can stop us now."'])]
    # a dash paragraph after ordinary prose signs nothing
    assert _cue_src_content("Nobody can stop us now.\n\n- Jane Doe.") == []


def test_capitalised_auxiliary_is_a_name_and_role_ends_before_a_verb():
    assert _cue_src_content("In short, Will wrote, the mayor can win.") == [
        ("wrote", "Will", ["In short", "the mayor can win"])
    ]
    assert _cue_src_content("Any fair reading, said Ann Lee, an expert, would call it a retreat.") == [
        ("said", "Ann Lee, an expert", ["Any fair reading", "would call it a retreat"])
    ]


def test_present_tense_vows_and_cautioned():
    assert _cue_src_content("The senator vows to fight on.") == [("vows", "The senator", ["to fight on"])]
    assert _cue_src_content("She cautioned that the plan was risky.") == [
        ("cautioned", "She", ["that the plan was risky"])
    ]


def test_more_cues_from_polnear_train():
    assert _cue_src_content("The mayor threatened to close the pool.") == [
        ("threatened", "The mayor", ["to close the pool"])
    ]
    assert _cue_src_content("The union denounced the new contract.") == [
        ("denounced", "The union", ["the new contract"])
    ]


def test_calls_as_a_verb():
    assert _cue_src_content("The mayor calls the plan a risk to safety.") == [
        ("calls", "The mayor", ["the plan a risk to safety"])
    ]


def test_seem_without_to_and_it_appears_that():
    assert _cue_src_content("The senator seemed lost during the debate.") == [
        ("seemed", None, ["The senator", "lost during the debate"])
    ]
    assert _cue_src_content("It appears, though, that the game was not boring.") == [
        ("appears", None, ["that the game was not boring"])
    ]
    # "appear" without "to" is to be seen, not a cue
    assert _cue_src_content("The senator appeared on the stage at noon.") == []


def test_as_reported_by_an_agent():
    assert _cue_src_content("As reported by the Daily Courier, the mill will close in May.") == [
        ("reported", "the Daily Courier", ["the mill will close in May"])
    ]
    assert _cue_src_content("The mill will close in May, as reported by the Daily Courier.") == [
        ("reported", "the Daily Courier", ["The mill will close in May"])
    ]


def test_colon_at_paragraph_end_takes_the_next_quotation():
    got = _cue_src_content('She went on to say:\n\n"We will win this race."')
    assert got == [("say", "She", ['"We will win this race."'])]


def test_long_subject_with_a_dash_parenthesis():
    got = _cue_src_content(
        "Most insiders in the state — and nearly all in the capital — said that the mayor would lose."
    )
    assert got == [
        ("said", "Most insiders in the state — and nearly all in the capital", ["that the mayor would lose"])
    ]


def test_subject_clause_colon_quotation():
    got = _cue_src_content("Senator Ann Lee issued the following statement:\n\n“We mourn with the city.”")
    assert got == [("issued the following statement:", "Senator Ann Lee", ["“We mourn with the city.”"])]
    assert _cue_src_content("She then turned to the crowd: “We are not done.”") == [
        ("then turned to the crowd:", "She", ["“We are not done.”"])
    ]
    assert _cue_src_content("Here is the list: “one” and “two”.") == []


def test_told_outlet_of_place_and_time_before_the_clause():
    assert _cue_src_content("Ann Lee told The Courier of Dayton last week she would run.") == [
        ("told", "Ann Lee", ["she would run"])
    ]


def test_party_label_then_stray_comma_before_the_cue():
    assert _cue_src_content("Sen. Ann Lee (D-Ohio), said that she had not read the plan.") == [
        ("said", "Sen. Ann Lee (D-Ohio)", ["that she had not read the plan"])
    ]


def test_demonstrative_subject_however_and_contracted_pronoun():
    assert _cue_src_content("Others say this is only a rough patch.") == [
        ("say", "Others", ["this is only a rough patch"])
    ]
    assert _cue_src_content("Carter however said he would back the plan.") == [
        ("said", "Carter", ["he would back the plan"])
    ]
    assert _cue_src_content("Murphy, though, said he’s with the governor.") == [
        ("said", "Murphy", ["he’s with the governor"])
    ]


def test_inverted_asked_with_object_pronoun_and_month_adjunct():
    assert _cue_src_content('"But why?" the reporter asked him.') == [
        ("asked", "the reporter", ['"But why?"'])
    ]
    assert _cue_src_content('"We will win," Ann Lee said Dec. 6 on the radio.') == [
        ("said", "Ann Lee", ['"We will win,"'])
    ]


def test_copula_subject_before_according_to():
    assert _cue_src_content("That’s according to early results of the exit polls.") == [
        ("according to", "early results of the exit polls", ["That"])
    ]


def test_headline_colon_with_preposition_or_noun_in_the_name():
    assert _cue_src_content("Mayor Lee to Voters: The tax plan is dead.") == [
        (":", "Mayor Lee", ["The tax plan is dead"])
    ]


def test_no_inversion_onto_an_adverbial_when_the_cue_goes_on():
    assert (
        _cue_src_content(
            "As has been the case in other plants, the union agreed in 2011 to a new wage system."
        )
        == []
    )
    assert _cue_src_content("In the end, the deal failed, he said on Monday.") == [
        ("said", "he", ["In the end, the deal failed"])
    ]


def test_as_clause_inside_the_sentence():
    got = _cue_src_content("He left, and, as the Courier reported on Monday, the plan will cost more.")
    assert got == [("reported", "the Courier", ["the plan will cost more"])]


def test_contracted_pronoun_before_the_cue():
    got = _cue_src_content("She's suggesting that the delegates should switch sides.")
    assert got == [("suggesting", "She's", ["that the delegates should switch sides"])]


def test_long_adjunct_before_the_quotation():
    got = _cue_src_content(
        "Ann Lee said in an opinion piece before the big hearing in the state capital, “We failed.”"
    )
    assert got == [("said", "Ann Lee", ["“We failed.”"])]


def test_agree_with_takes_its_object():
    assert _cue_src_content("The medical association agrees with the governor.") == [
        ("agrees with", "The medical association", ["the governor"])
    ]


def test_particle_cues_with_an_object():
    assert _cue_src_content("The union pushed for a higher minimum wage.") == [
        ("pushed for", "The union", ["a higher minimum wage"])
    ]


def test_listed_and_estimates():
    assert _cue_src_content("The report listed three reasons for the delay.") == [
        ("listed", "The report", ["three reasons for the delay"])
    ]


def test_a_final_occasion_phrase_is_left_out_of_the_content():
    text = "The senator criticized the governor during a debate."
    assert _content_of(text, "criticized") == ["the governor"]
    assert _content_of("She posted the story on Facebook.", "posted") == ["the story"]
    assert _content_of("He denied the charges through his lawyer.", "denied") == ["the charges"]
    assert _content_of("He said the mill had closed at a rally on Friday.", "said") == ["the mill had closed"]
    # the phrase names no occasion: it is part of what was said
    assert _content_of("He said the council would vote on the budget.", "said") == [
        "the council would vote on the budget"
    ]
    # the occasion belongs to a later phrase than the first preposition
    assert _content_of("She reported spending money on ads on Facebook.", "reported") == [
        "spending money on ads"
    ]


def test_an_adjunct_fronted_after_that_does_not_end_the_content_at_its_comma():
    text = "He told reporters that if the plan were a car, he would advise buying it."
    assert _content_of(text, "told") == ["that if the plan were a car, he would advise buying it"]
    text = "She said that despite the cost, the mayor should know the risks."
    assert _content_of(text, "said") == ["that despite the cost, the mayor should know the risks"]


def test_an_aside_inside_the_subject_of_the_content_does_not_end_it():
    text = "Some suggested that Lee, the most cautious member on their side, would be slow to act."
    expected = "that Lee, the most cautious member on their side, would be slow to act"
    assert _content_of(text, "suggested") == [expected]
    text = "He said fans of the band, also known as the Crew, were sharing the news."
    assert _content_of(text, "said") == ["fans of the band, also known as the Crew, were sharing the news"]


def test_a_second_predicate_of_the_source_ends_a_verbless_content():
    text = "The senator criticized the mayor and challenged him to a debate."
    assert _content_of(text, "criticized") == ["the mayor"]
    assert _content_of("She vowed to cut taxes and praised the ruling.", "vowed") == ["to cut taxes"]
    # a reported clause goes on over "and" and its verb
    text = "He said he recorded calls for the party and hosted a dinner."
    assert _content_of(text, "said") == ["he recorded calls for the party and hosted a dinner"]


def test_a_closing_appositive_with_a_relative_clause_is_left_out_of_the_content():
    text = "She vowed to repeal the rule, a provision that bans most sales."
    assert _content_of(text, "vowed") == ["to repeal the rule"]
    # a verb right after the noun: a clause, which stays
    text = "She said that in 1990, a boss invited her to lunch."
    assert _content_of(text, "said") == ["that in 1990, a boss invited her to lunch"]
    # after "the", an "and" makes it the end of a list
    text = "He said they differ on taxes, the border and the courts."
    assert _content_of(text, "said") == ["they differ on taxes, the border and the courts"]


def test_a_belief_verb_after_and_goes_on_the_reported_clause():
    text = "She said she was elated but still feared the army."
    assert _content_of(text, "said") == ["she was elated but still feared the army"]
    # with "that" after it, the belief verb is a new attribution of the source's
    text = "He said he heard shots and suspected that the base was under attack."
    assert _content_of(text, "said") == ["he heard shots"]


def test_a_final_occasion_phrase_is_left_out_after_asked_and_noun_cues():
    # an agentless passive: the subject and the rest, without the occasion
    passive = _content_of("She was asked about the plan in an interview.", "was asked")
    assert passive == ["She", "about the plan"]
    assert _content_of("She asked about the plan in an interview.", "asked") == ["about the plan"]
    text = "They voiced criticism of the mayor during the debate."
    assert _content_of(text, "criticism of") == ["the mayor"]


def test_quotation_inside_the_sources_relative_clause():
    got = _cue_src_content('"We are fine," said John Smith, who thinks the mayor "needs to listen more."')
    # the relative clause, quotation and all, belongs to the source mention, not to the content
    assert got[0] == ("said", 'John Smith, who thinks the mayor "needs to listen more."', ['"We are fine,"'])


def test_participle_after_a_comma_inside_the_closing_quote():
    got = _cue_src_content('Ann Lee said the plan was "a good start," adding that more work was needed.')
    assert got[1] == ("adding", "Ann Lee", ["that more work was needed"])


def test_participle_after_before_or_after():
    got = _cue_src_content("Ann Lee smiled before adding that the vote was close.")
    assert got == [("adding", "Ann Lee", ["that the vote was close"])]


def test_participle_after_a_dash():
    got = _cue_src_content("The mayor changed course — saying the budget would not pass.")
    assert got == [("saying", "The mayor", ["the budget would not pass"])]


def test_addressee_verb_with_a_clause_and_no_addressee():
    assert _cue_src_content("The growers warned they could lose the harvest.") == [
        ("warned", "The growers", ["they could lose the harvest"])
    ]


def test_since_between_auxiliary_and_cue():
    assert _cue_src_content("The mayor has since said she would sign the bill.") == [
        ("said", "The mayor", ["she would sign the bill"])
    ]


def test_adjunct_between_commas_after_the_cue():
    assert _cue_src_content("The senator said, without any evidence, that the vote was rigged.") == [
        ("said", "The senator", ["that the vote was rigged"])
    ]


def test_base_form_cue_after_to():
    assert _cue_src_content("The senator continued to question whether the plan was legal.") == [
        ("question", "The senator", ["whether the plan was legal"])
    ]


def test_agentless_passive_criticized():
    assert _cue_src_content("The senator was criticized for missing the vote.") == [
        ("was criticized", None, ["The senator", "for missing the vote"])
    ]


def test_purpose_infinitive_cue_takes_the_subject():
    got = _cue_src_content("The mayor went on television to say that the race was over.")
    assert got == [("say", "The mayor", ["that the race was over"])]


def test_object_before_the_infinitive_is_the_speaker():
    got = _cue_src_content("The defeat led her to declare that the race was over.")
    assert got == [("declare", "her", ["that the race was over"])]


def test_party_label_after_the_name():
    got = _cue_src_content("Sen. Ann Lee, D-N.Y., told reporters that the bill would pass.")
    assert got == [("told", "Sen. Ann Lee, D-N.Y.", ["that the bill would pass"])]


def test_bracketed_aside_between_source_and_cue():
    got = _cue_src_content("Kasich (who has won only one state so far) said it is still possible.")
    assert got == [("said", "Kasich (who has won only one state so far)", ["it is still possible"])]


def test_newsletter_dash_name_colon_after_a_headline():
    got = _cue_src_content("WHY THE RACE IS CLOSE - Ann Lee: “The numbers have not moved since June.”")
    assert got == [(":", "Ann Lee", ["“The numbers have not moved since June.”"])]


def test_adjunct_between_commas_then_a_pronoun_clause():
    got = _cue_src_content("The governor says, win or lose on Tuesday, she is staying in the race.")
    assert got == [("says", "The governor", ["she is staying in the race"])]


def test_plural_noun_form_is_a_cue_only_after_a_name():
    assert _cue_src_content("The Daily Planet reports the mayor will resign.") == [
        ("reports", "The Daily Planet", ["the mayor will resign"])
    ]
    assert _cue_src_content("The reports say the mayor will resign.")[0][0] == "say"


def test_state_abbreviation_before_the_next_quotation():
    got = _cue_src_content("''Smith seemed closed,'' said Ann Jones, 20, of Dover, Del. ''She is typical.''")
    assert got == [
        ("said", "Ann Jones, 20, of Dover, Del.", ["''Smith seemed closed,''", "''She is typical.''"])
    ]


def test_quotation_after_several_asides():
    got = _cue_src_content('The mayor wrote on Facebook, in capital letters, "We are not done yet."')
    assert got == [("wrote", "The mayor", ['"We are not done yet."'])]


def test_source_and_verb_alone_after_a_quotation():
    got = _cue_src_content('"We will win the state. It is ours." Ann Lee said.')
    assert got == [("said", "Ann Lee", ['"We will win the state. It is ours."'])]


def test_questions_about_as_a_noun_cue():
    # the rules alone still read it (the tagger's features); the sense questions_raised drops it after the
    # tagger (test_attribution_senses.py)
    got = _cue_src_content("The senator raised questions about the new budget.")
    assert got == [("questions about", None, ["the new budget"])]


def test_complaints_that_as_a_noun_cue():
    got = _cue_src_content("Residents filed complaints that the water was unsafe.")
    assert got == [("complaints", "Residents", ["that the water was unsafe"])]


def test_pledge_to_as_a_noun_cue():
    got = _cue_src_content("Voters cheered the governor's pledge to cut taxes.")
    assert ("pledge to", ["cut taxes"]) in [(c, content) for c, _, content in got]


def test_part_of_day_after_the_day_word():
    got = _cue_src_content("The club said in a statement Thursday night it had cancelled the sale.")
    assert got == [("said", "The club", ["it had cancelled the sale"])]


def test_long_addressee_with_commas_before_that():
    got = _cue_src_content("Lee told a crowd in Windham, New Hampshire, on Tuesday that he has few regrets.")
    assert got == [("told", "Lee", ["that he has few regrets"])]


def test_that_after_asides_set_off_by_commas():
    got = _cue_src_content("Lee said on CNN, where he is now a paid analyst, that the manager should resign.")
    assert got == [("said", "Lee", ["that the manager should resign"])]


def test_inversion_over_a_clause_holding_a_belief_cue():
    got = _cue_src_content("In Ohio, a state she hoped to win, the race is tight, said Dan Lee, a pollster.")
    assert ("said", "Dan Lee, a pollster", ["In Ohio, a state she hoped to win, the race is tight"]) in got


def test_clause_opening_with_this_before_an_inverted_cue():
    got = _cue_src_content("This includes a new unit for the border, the minister told a panel Wednesday.")
    assert got == [("told", "the minister", ["This includes a new unit for the border"])]


def test_two_groups_joined_by_and_are_two_sources():
    # session 21 (source25, rule plural_pair): was one source "teachers and union officials"; the guideline
    # labels one attribution per coordinated source, and the readable labels split such pairs of groups
    got = _cue_src_content("The plan is popular, teachers and union officials told the paper.")
    assert got == [
        ("told", "teachers", ["The plan is popular"]),
        ("told", "union officials", ["The plan is popular"]),
    ]


def test_inversion_after_a_clause_with_a_list():
    got = _cue_src_content("The firm worked on tax, trade and jobs, said lobbyist and GOP aide Jo Black.")
    assert got == [("said", "lobbyist and GOP aide Jo Black", ["The firm worked on tax, trade and jobs"])]


def test_single_marks_inside_the_sources_relative_clause():
    got = _cue_src_content("“Is it far?” asked the boy, who was wearing a 'Go Team' cap.")
    assert got[0][0] == "asked" and got[0][2] == ["“Is it far?”"]


def test_noun_cue_that_is_also_a_verb_form():
    got = _cue_src_content("Voters doubted the reports that the mayor would resign.")
    assert ("reports", ["that the mayor would resign"]) in [(c, content) for c, _, content in got]


def test_call_for_as_a_noun_cue():
    got = _cue_src_content("The senator's call for a special prosecutor was ignored.")
    assert got[0][0] == "call for" and got[0][2][0].startswith("a special prosecutor")


def test_a_participle_that_names_a_thing_is_no_cue():
    assert _one("She founded a group called Citizens for Fairness, which meets weekly.") == []
    assert _one('He practised a move called "the boneless" all day.') == []
    assert _one("The speech called to mind the campaign of 2008.") == []
    # no determiner before the noun: critics are cited
    got = _one("Critics called Trump a liar.")
    assert [(g[0], g[1]) for g in got] == [("called", "Critics")]


def test_a_participle_before_a_plural_noun_after_a_number_is_an_adjective():
    assert _one("Clinton leads by 270 pledged delegates.") == []
    assert [g[0] for g in _one("Of those polled, 270 said they would vote.")] == ["said"]


def test_a_final_while_speaking_phrase_is_the_occasion_not_the_content():
    text = "The minister urged the council to act quickly while speaking at a forum in Leeds."
    assert _content_of(text, "urged") == ["the council to act quickly"]
    # "while" that opens a clause of the content itself stays
    text = "She said prices rose while wages fell."
    assert _content_of(text, "said") == ["prices rose while wages fell"]


# ----- the contract's source types, and how a source is mentioned -----------------------------------------


def test_source_types_are_exactly_the_contracts_and_mention_is_its_own_field():
    assert SOURCE_TYPES == (
        "named_person",
        "named_organisation",
        "government_body",
        "media_outlet",
        "anonymous_person",
        "unnamed_group",
        "document",
        "none",
    )
    assert MENTIONS == ("name", "pronoun", "description", "none")
    a = parse_article(
        "Headline\n\nNorthline Motors said the plant would open. The company said it would hire 300 people. "
        'A police spokesman said nobody was hurt. "We are relieved," he said. Reuters reported the blaze.'
    )
    atts = find_attributions(a)
    t = a.text
    got = [
        (t[x.source.start : x.source.end] if x.source else None, x.source_type, x.source_name, x.mention)
        for x in atts
    ]
    assert got == [
        ("Northline Motors", "named_organisation", "Northline Motors", "name"),
        ("The company", "named_organisation", "Northline Motors", "description"),
        ("A police spokesman", "anonymous_person", "police spokesman", "description"),
        ("he", "anonymous_person", "police spokesman", "pronoun"),
        ("Reuters", "media_outlet", "Reuters", "name"),
    ]
    asked_text = "Headline\n\nAsked on Fox News who leads the party, he smiled."
    (asked,) = find_attributions(parse_article(asked_text), keep=None)
    assert (asked.source, asked.source_type, asked.source_name, asked.mention) == (None, "none", "", "none")


def test_predict_writes_contract_types_mention_and_null_for_an_unresolved_pronoun():
    a = parse_article("Headline\n\nShe said the vote was lost.")
    out = task_output("attribution", a)
    assert out["attributions"] == []  # the keep model sets it aside (p 0.1), and predict says so:
    (aside,) = out["set_aside"]
    assert (aside["cue"], aside["source"], aside["content"]) == ([14, 18], [10, 13], [[19, 36]])
    assert aside["provenance"]["keep"] == {"by": "model", "rule": "keep", "confidence": 0.094}
    (ans,) = [attribution_dict(x) for x in find_attributions(a, PROSE_KINDS, keep=None)]
    assert ans == {**aside, "provenance": {k: v for k, v in aside["provenance"].items() if k != "keep"}}
    assert (ans["source_type"], ans["source_name"], ans["mention"]) == ("none", None, "pronoun")


_BODY = (
    "Mayor Bill de Blasio said on Sunday that the explosion was intentional. He said there was no "
    'evidence of terrorism.\n\n"We are safe," he told reporters.\n'
)
_STANDFIRST = (
    "The mayor of New York spoke on Sunday after a blast in Chelsea injured 29 people, police said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "rules_runs", "whole_article_runs", "headline_sources"),
    [
        # nothing in the headline or standfirst: the run over every prose part is the body's answer
        ("City is safe\n\nThe mayor of New York spoke on Sunday.\n\n" + _BODY, 1, 1, 0),
        # attributions there: the sentences are read once, the steps over the whole article run again
        ("De Blasio says the city is safe\n\n" + _STANDFIRST + _BODY, 1, 2, 2),
        # a quotation in the headline changes what the rules see: the body is analysed on its own
        ('Crowds hear "We are safe" from the mayor\n\n' + _STANDFIRST + _BODY, 2, 2, 1),
    ],
)
def test_the_body_layer_is_selected_from_the_prose_run_exactly_as_its_own_run(
    text, rules_runs, whole_article_runs, headline_sources, monkeypatch
):
    """A report asks for every prose part (hedging judge) and then for the body and captions: the second
    answer comes from the first run where that is the same analysis, and is always what a run of its own
    gives (``_find`` without the cache)."""
    from analysis.attribution import DEFAULT_KINDS, PROSE_KINDS, extract
    from analysis.attribution.tagger import load_tagger

    calls = {"rules": 0, "whole": 0}
    rules, whole = extract.rule_sentences, extract._whole_article

    def count_rules(*args):
        calls["rules"] += 1
        return rules(*args)

    def count_whole(*args):
        calls["whole"] += 1
        return whole(*args)

    article = parse_article(text, id="x", source="x.txt")
    assert [p.kind for p in article.parts] == ["headline", "standfirst", "paragraph", "paragraph"]
    monkeypatch.setattr(extract, "rule_sentences", count_rules)
    monkeypatch.setattr(extract, "_whole_article", count_whole)
    prose = find_attributions(article, PROSE_KINDS, keep=None)
    body = find_attributions(article, DEFAULT_KINDS, keep=None)
    assert (calls["rules"], calls["whole"]) == (rules_runs, whole_article_runs)
    assert sum(article.parts[a.part].kind in ("headline", "standfirst") for a in prose) == headline_sources
    monkeypatch.setattr(extract, "rule_sentences", rules)
    monkeypatch.setattr(extract, "_whole_article", whole)
    assert body == extract._find(article, DEFAULT_KINDS, load_tagger())
    assert prose == extract._find(article, PROSE_KINDS, load_tagger())
    assert [a.kind for a in body] == ["indirect", "indirect", "direct"]


def test_the_whole_text_is_read_for_names_once_per_article_however_many_runs(monkeypatch):
    """The steps over the whole article run twice for a report with attributions in the headline; what
    the resolver reads from the whole text (people named, abbreviations, name runs, the companies the
    narration names for "the company") is read once and
    gives the answers of runs that each read it afresh."""
    from analysis.attribution import DEFAULT_KINDS, PROSE_KINDS, extract, names, sources
    from analysis.attribution.sources import Resolver, TextNames
    from analysis.attribution.tagger import load_tagger

    text = (
        "De Blasio says the city is safe\n\n" + _STANDFIRST + _BODY
        + "The New York Police Department (NYPD) said it had no leads. NYPD officials said so again.\n"
        + "Toy maker Hasbro opened a store nearby. The company said sales rose.\n"
    )
    calls = {"mentions": 0, "acronyms": 0, "narrated": 0}
    mentions, acronyms = sources.person_mentions, sources.acronyms
    narrated = sources.Resolver._narrated_orgs

    def count_narrated(self, *args):
        calls["narrated"] += 1
        return narrated(self, *args)

    monkeypatch.setattr(sources.Resolver, "_narrated_orgs", count_narrated)

    def count_mentions(*args):
        calls["mentions"] += 1
        return mentions(*args)

    def count_acronyms(*args):
        calls["acronyms"] += 1
        return acronyms(*args)

    monkeypatch.setattr(sources, "person_mentions", count_mentions)
    monkeypatch.setattr(sources, "acronyms", count_acronyms)
    article = parse_article(text, id="x")
    prose = find_attributions(article, PROSE_KINDS, keep=None)
    body = find_attributions(article, DEFAULT_KINDS, keep=None)
    assert calls == {"mentions": 1, "acronyms": 1, "narrated": 1}
    assert [a.source_name for a in body][-3:] == ["New York Police Department", "NYPD officials", "Hasbro"]
    monkeypatch.setattr(sources, "person_mentions", names.person_mentions)
    fresh = parse_article(text, id="x")  # no names kept: each run reads the text itself
    assert body == extract._find(fresh, DEFAULT_KINDS, load_tagger())
    assert prose == extract._find(fresh, PROSE_KINDS, load_tagger())
    starts = [s.start for s in article.sentences]
    with pytest.raises(ValueError, match="another text"):
        Resolver(text, starts, TextNames(text.upper(), starts))
    with pytest.raises(ValueError, match="another text"):
        Resolver(text, starts, TextNames(text, starts[1:]))


def test_clean_source_remembers_the_spans_of_one_text_at_a_time(monkeypatch):
    """``clean_source`` answers a span it was asked about in the same text without cleaning it again (a
    report's two runs over a 5 MB article ask ~45,000 spans twice), and a span of another text gets that
    text's answer, never the remembered one."""
    from analysis.attribution import noun_phrases
    from analysis.attribution.noun_phrases import clean_source

    cleaned: list[Span] = []
    clean = noun_phrases._clean_source

    def count_clean(text, source):
        cleaned.append(source)
        return clean(text, source)

    monkeypatch.setattr(noun_phrases, "_clean_source", count_clean)
    trump, time = "Like Trump, he left.", "By 5:00 pm he left."
    assert clean_source(trump, Span(0, 10)) == Span(5, 10)  # "like Trump" -> "Trump"
    assert clean_source(trump, Span(0, 10)) == Span(5, 10)
    assert len(cleaned) == 1
    assert clean_source(time, Span(0, 10)) is None  # the same offsets in another text: a time, no source
    assert clean_source(trump, Span(0, 10)) == Span(5, 10)
    assert clean_source(trump, None) is None
    assert len(cleaned) == 3


def test_a_copy_of_a_raw_attribution_is_equal_and_its_lists_its_own():
    """``extract._copy`` (the trace's and each reusing run's copy) is ``dataclasses.replace`` with new
    content and quotation lists: equal field by field, and what the steps over the whole article change
    in the copy's lists leaves the original as it was."""
    from dataclasses import fields, replace

    from analysis.attribution import extract
    from analysis.attribution.quotes import Quote
    from analysis.attribution.rule_base import Raw

    raw = Raw(
        Span(10, 14), Span(0, 9), [Span(15, 30)], "say", "speech", 2, role=Span(3, 5), inherited=True,
        quotes=[Quote(15, 30)], span=Span(0, 31), rule="sv", cue_by="model", conf={"cue": 0.75},
    )
    copy = extract._copy(raw)
    assert copy == replace(raw, content=list(raw.content), quotes=list(raw.quotes))
    assert [f.name for f in fields(copy) if getattr(copy, f.name) is not getattr(raw, f.name)] == [
        "content",
        "quotes",
    ]
    copy.content.append(Span(32, 40))
    copy.quotes.clear()
    copy.span = None
    assert (raw.content, raw.quotes, raw.span) == ([Span(15, 30)], [Quote(15, 30)], Span(0, 31))


def test_rule_nested_report_keeps_beliefs_and_findings_inside_a_statement():
    from analysis.attribution.extract import NESTED_REPORT, is_nested_report
    from analysis.attribution.predict import attribution_dict

    assert is_nested_report("cognitive", "believe", True) is True  # "said they believe C"
    assert is_nested_report("evidential", "show", True) is True  # "said tests showed C"
    assert is_nested_report("stance", "oppose", True) is False  # "said he opposes C": part of what was said
    assert is_nested_report("cognitive", "prefer", True) is False  # "said he would prefer that C"
    assert is_nested_report("cognitive", "believe", False) is False  # not in a subordinate clause
    art = parse_article("Headline\n\nPolice said they believe the theft involved two men.")
    t = art.text
    got = [attribution_dict(a) for a in find_attributions(art, tagger=None)]
    assert [
        (t[slice(*d["cue"])], t[slice(*d["source"])], d["source_name"], [t[slice(*c)] for c in d["content"]])
        for d in got
    ] == [
        ("said", "Police", "police", ["they believe the theft involved two men"]),
        ("believe", "they", "police", ["the theft involved two men"]),
    ]
    assert [d["provenance"]["cue"]["rule"] for d in got] == ["subject_verb", f"subject_verb+{NESTED_REPORT}"]


@pytest.mark.parametrize(
    ("text", "scans"),
    [
        ("City is safe\n\nThe mayor of New York spoke on Sunday.\n\n" + _BODY, 1),  # no mark outside the body
        ("De Blasio says the city is safe\n\n" + _STANDFIRST + _BODY, 1),
        # a quotation in the headline: scanned again to compare, and once more as the body is read again
        ('Crowds hear "We are safe" from the mayor\n\n' + _STANDFIRST + _BODY, 3),
    ],
)
def test_the_body_layer_scans_the_quotations_again_only_when_a_headline_holds_a_quote_mark(
    text, scans, monkeypatch
):
    """The run over the body and captions is selected from the run over every prose part; the quotations
    are scanned once (twice before: the second to compare), unless the extra parts hold a quote mark."""
    from analysis.attribution import DEFAULT_KINDS, PROSE_KINDS, extract

    calls = []
    scan = extract.scan_parts

    def counted(*args):
        calls.append(1)
        return scan(*args)

    article = parse_article(text, id="x", source="x.txt")
    monkeypatch.setattr(extract, "scan_parts", counted)
    find_attributions(article, PROSE_KINDS, keep=None)
    find_attributions(article, DEFAULT_KINDS, keep=None)
    assert len(calls) == scans


def test_quotations_are_taken_as_unchanged_only_when_a_scan_would_find_them_so():
    """``extract._same_quotes`` (no second scan) answers yes only where scanning the body and captions
    alone gives the quotations scanned over every prose part: random articles of quoted paragraphs."""
    import random

    from analysis.attribution import DEFAULT_KINDS, PROSE_KINDS, extract

    rng = random.Random(15)
    marks = ['"', "“", "”", "'", "‘", "’", "''", ""]
    said = {True: 0, False: 0}
    for _ in range(300):
        paras = []
        for k in range(rng.randint(2, 6)):
            words = ["The", "mayor", "said", "it", "was", "fine", "today"]
            for _ in range(rng.randint(0, 3)):
                words.insert(rng.randint(0, len(words)), rng.choice(marks))
            paras.append(" ".join(w for w in words if w) + ("." if k else ""))
        article = parse_article("\n\n".join(paras) + "\n", id="x", source="x.txt")
        prose = [p for p in article.parts if p.kind in PROSE_KINDS]
        body = [p for p in article.parts if p.kind in DEFAULT_KINDS]
        same = extract._same_quotes(article, DEFAULT_KINDS, PROSE_KINDS)
        said[same] += 1
        if same:
            assert scan_parts(article.text, body) == scan_parts(article.text, prose)
    assert said[True] > 30 and said[False] > 30
