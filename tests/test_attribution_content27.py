"""Content boundaries, session 23 (issue 12, content27): a serial list whose last item follows ", and a",
a quotation that belongs to a fronted participle rather than to the inverted cue after it, a second
report after ", but" and a fronted adjunct, an "-ed" cue word used as an adjective after a comma, and a
stance in the simple past inside a statement ("said it welcomed C"), and a verbless lead before an
interrupting cue ('On average, said Mr Lee, C'), a quote mark typed with no space before it, and an
unclosed quotation that a reporter's "He added:" ends, and a relative clause with a cue inside the subject.
Every sentence here is written for the tests."""

from __future__ import annotations

from attribution_helpers import content_rows

from analysis.lexicons import load

_contents = content_rows


def test_the_rule_ids_are_listed():
    ids = {row[0] for row in load("attribution/rule_ids.tsv").rows()}
    new = {"serial_list", "participle_quote", "fronted_adjunct_cue", "attributive_cue", "past_stance_report"}
    new |= {"verbless_lead", "glued_open_quote", "colon_lead_quote", "relative_cue_aside"}
    assert new <= ids


# ----- serial_list: 'considered A, B, C, and a whistleblower who revealed ...' ------------------------------


def test_a_serial_list_keeps_its_last_item():
    # brief case 1: ", and a whistleblower who revealed" read as a new clause with a cue of its own
    got = _contents(
        "According to NBC, Time also considered Sarah Palin, the Pope, the Dalai Lama, and a whistleblower"
        " who revealed the scheme."
    )
    assert got[0] == (
        "According to",
        "NBC",
        [
            "Time also considered Sarah Palin, the Pope, the Dalai Lama, and a whistleblower who revealed"
            " the scheme"
        ],
        "according_to",
    )


def test_clauses_between_the_commas_are_no_list():
    # near miss: the items hold verbs ("rose", "were"): the comma before "and the mayor" ends a clause
    got = _contents("According to NBC, the costs rose, the roads were bad, and the mayor quit.")
    assert got == [("According to", "NBC", ["the costs rose, the roads were bad"], "according_to")]


def test_one_middle_item_is_too_few_for_a_serial_list():
    # near miss: a single long item between two commas is not enough to read the comma as a list's last
    got = _contents(
        "According to NBC, Time considered Sarah Palin, the Dalai Lama, and a whistleblower who spoke."
    )
    assert got[0] == ("According to", "NBC", ["Time considered Sarah Palin, the Dalai Lama"], "according_to")


# ----- participle_quote: 'Saying "C1", X elaborated, "C2"' ------------------------------------------------


def test_a_fronted_participle_keeps_its_quotation():
    # brief case 2: "elaborated" took both quotations
    got = _contents('Saying "the plan is dead", Smith elaborated, "we will not revive it."')
    assert got == [
        ("Saying", "Smith", ['"the plan is dead"'], "fronted_participle"),
        ("elaborated", "Smith", ['"we will not revive it."'], "subject_verb"),
    ]


def test_without_a_participle_the_inverted_cue_takes_both_quotations():
    # near miss: no cue before the first quotation, so it is the inverted cue's as before
    got = _contents('"The plan is dead", Smith elaborated, "we will not revive it."')
    assert got == [
        ("elaborated", "Smith", ['"The plan is dead"', '"we will not revive it."'], "direct_inversion"),
    ]


# ----- fronted_adjunct_cue: 'denied C, but upon learning X he claimed C2' ---------------------------------


def test_a_second_report_after_a_fronted_adjunct_ends_the_first():
    # brief case 3: the claim was folded into the denial's content
    got = _contents(
        "Quirin denied any sexual activity, but upon learning his DNA was on her underwear he claimed she"
        " had consented."
    )
    assert got == [
        ("denied", "Quirin", ["any sexual activity"], "subject_verb"),
        ("claimed", "he", ["she had consented"], "subject_verb"),
    ]


def test_a_fronted_adjunct_without_a_report_stays_in_the_content():
    # near miss: no cue after the adjunct, so ", but ..." goes on the denial's content as before
    got = _contents(
        "Quirin denied any sexual activity, but upon learning the results, the prosecutors dropped"
        " the charges."
    )
    assert got == [
        (
            "denied",
            "Quirin",
            ["any sexual activity, but upon learning the results, the prosecutors dropped the charges"],
            "subject_verb",
        )
    ]


def test_a_cue_after_a_contrast_word_is_no_second_report_of_the_source():
    # near miss: 'whereas before she lost weight she felt' lies past a comma and a contrast: the list goes on
    got = _contents(
        "She said people now hold doors for her, greet her in the street, and strike up conversations with"
        " her, whereas before she lost weight she felt invisible."
    )
    assert got[0] == (
        "said",
        "She",
        ["people now hold doors for her, greet her in the street, and strike up conversations with her"],
        "subject_verb",
    )


# ----- attributive_cue: 'extradite Lee, 47, over his alleged role' ------------------------------------------


def test_an_adjective_cue_after_a_possessive_opens_no_clause():
    # ", over his alleged role" ended the content as if "alleged" were a report of its own
    got = _contents("The US wants the UK to extradite Assange, 47, over his alleged role in the leak.")
    assert got == [
        (
            "wants",
            "The US",
            ["the UK to extradite Assange, 47, over his alleged role in the leak"],
            "subject_verb",
        )
    ]


def test_a_cue_after_a_noun_still_opens_a_clause():
    # near miss: "whose lawyers alleged a plot" has a subject before the cue: a report of its own
    got = _contents("The US wants the UK to extradite Assange, whose lawyers alleged a plot.")
    assert got == [
        ("wants", "The US", ["the UK to extradite Assange"], "subject_verb"),
        ("alleged", "lawyers", ["a plot"], "subject_verb"),
    ]


# ----- past_stance_report: 'said it welcomed the offer' -----------------------------------------------------


def test_a_past_stance_after_a_pronoun_is_a_report_of_its_own():
    # the inner stance was dropped as part of the statement; the labels count it as a report
    got = _contents("The firm said it welcomed the offer.")
    assert got == [
        ("said", "The firm", ["it welcomed the offer"], "subject_verb"),
        ("welcomed", "it", ["the offer"], "subject_verb"),
    ]


def test_a_present_or_modal_stance_stays_in_the_statement():
    # near misses: "opposes" (present) and "would back" (a modal) stay part of what was said
    assert _contents("Lee said he opposes the plans for new cards.") == [
        ("said", "Lee", ["he opposes the plans for new cards"], "subject_verb")
    ]
    assert _contents("Lee said he would back the plan.") == [
        ("said", "Lee", ["he would back the plan"], "subject_verb")
    ]


# ----- verbless_lead: 'On average, said Mr Lee, C' ----------------------------------------------------------


def test_a_verbless_lead_goes_on_after_the_source():
    # the content was "On average" alone
    got = _contents("On average, said Mr Lee, users run ten searches a day and the tools should help them.")
    assert got == [
        (
            "said",
            "Mr Lee",
            ["On average", "users run ten searches a day and the tools should help them"],
            "inversion_after_comma",
        )
    ]


def test_a_clause_before_the_cue_keeps_one_fragment():
    # near misses: a lead with a verb, and a verbless lead whose source's comma opens her appositive
    got = _contents("Sales were weak in Europe, said Ann Lee, the head of the sales team.")
    src = "Ann Lee, the head of the sales team"
    assert got == [("said", src, ["Sales were weak in Europe"], "inversion_after_comma")]
    got = _contents("In Europe, said Ann Lee, the head of the sales team.")
    assert got == [("said", src, ["In Europe"], "inversion_after_comma")]


# ----- glued_open_quote: 'when he arrived."It is ...' -------------------------------------------------------


def test_a_quote_mark_glued_to_a_full_stop_opens_a_quotation():
    # the mark was no opening one, so "told" took only the quotation's last sentence
    from analysis.attribution.quotes import scan_block

    text = 'The crowd cheered when he arrived."It is loud. It is new," he said.'
    assert [text[q.start : q.end] for q in scan_block(text, 0, len(text))] == ['"It is loud. It is new,"']
    got = _contents('The crowd cheered when he came."It is unlike anything. It is loud," he told the BBC.')
    assert got[-1][0] == "told"
    assert got[-1][2] == ['"It is unlike anything. It is loud,"']


def test_a_glued_mark_inside_an_open_quotation_still_closes_it():
    # near miss: '"We won."He left': the open quotation closes at the mark, as before
    from analysis.attribution.quotes import scan_block

    text = '"We won."He left the room.'
    assert [text[q.start : q.end] for q in scan_block(text, 0, len(text))] == ['"We won."']


# ----- colon_lead_quote: '"... a year. He added: "It is over."' --------------------------------------------


def test_a_colon_lead_in_ends_an_unclosed_quotation():
    # the open quotation ran over "He added:", so "said" took the added words and "added" none
    got = _contents('He said: "The plan is dead. "We tried for a year. He added: "It is over." The end.')
    assert got == [
        ("said", "He", ['"The plan is dead. "We tried for a year.'], "subject_verb"),
        ("added", "He", ['"It is over."'], "subject_verb"),
    ]


def test_a_reopened_paragraph_mark_stays_in_one_quotation():
    # near miss: 'dead. "We tried' reopens the same quotation (paragraphs run together): one quotation
    from analysis.attribution.quotes import scan_block

    text = 'He said: "The plan is dead. "We tried for a year. It is over." The end.'
    assert [text[q.start : q.end] for q in scan_block(text, 0, len(text))] == [
        '"The plan is dead. "We tried for a year. It is over."'
    ]


# ----- relative_cue_aside: ', and others who see C, is likely to ...' ---------------------------------------


def test_a_relative_cue_inside_the_subject_does_not_end_the_content():
    # the content ended at ", with" / "and others who see", as if "see" were the source's own report
    got = _contents(
        "Diplomats said the gap between ministers like Lee, with his commitment to farms, and others who see"
        " spending as waste, is likely to widen."
    )
    assert got[0] == (
        "said",
        "Diplomats",
        [
            "the gap between ministers like Lee, with his commitment to farms, and others who see spending as"
            " waste, is likely to widen"
        ],
        "subject_verb",
    )


def test_a_relative_cue_with_no_verb_after_its_clause_still_ends_the_content():
    # near miss: no comma and verb after "who said they were calm": the content ends at the comma
    got = _contents("Most said they were worried, compared with four in 10 who said they were calm.")
    assert got[0] == ("said", "Most", ["they were worried"], "subject_verb")
