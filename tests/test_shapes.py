"""Each attribution shape finds what its examples say: exact cue, source and content of every example.

The examples are the ``EXAMPLES`` of each module of ``analysis/attribution/shapes/`` (shown in its
docstring); the expected values are written out here, so that a changed shape fails its own test. The
rules alone are run (no tagger), on the example as the body of an article.
"""

from __future__ import annotations

import importlib

import pytest

from analysis import parse_article
from analysis.attribution.extract import PROSE_KINDS, rule_sentences
from analysis.attribution.quotes import scan_parts
from analysis.attribution.rule_base import Sentence
from analysis.attribution.shapes import ORDER, Context, read_after_tagger
from analysis.model import Span

Found = tuple[str, str | None, str | None, list[str]]  # rule, cue, source, content fragments


def rules_on(text: str) -> list[Found]:
    """What the rules find in ``text`` (the body of an article), in order, as text: each sentence's
    ``read_sentence`` findings, then those of the shapes read after the tagger (``AFTER_TAGGER``)."""
    art = parse_article("Headline\n\n" + text)
    t = art.text
    quotes = scan_parts(t, [p for p in art.parts if p.kind in PROSE_KINDS])
    found = {s.index: raws for s, raws, _ in rule_sentences(art, PROSE_KINDS)}
    out: list[Found] = []
    for idx, sent in enumerate(art.sentences):
        raws = list(found.get(idx, []))
        s = Sentence(t, art.tokens_in(sent), idx, Span(sent.start, sent.end))
        raws += read_after_tagger(Context(art, quotes), s, raws) if s.toks else []
        for r in raws:
            cue = t[r.cue.start : r.cue.end] if r.cue else None
            src = t[r.source.start : r.source.end] if r.source else None
            out.append((r.rule, cue, src, [t[c.start : c.end] for c in r.content]))
    return out


EXPECTED: dict[str, list[list[Found]]] = {
    "according_to": [
        [("according_to", "according to", "two officials", ["The plan failed"])],
        [("according_to", "According to", "the police", ["the driver fled"])],
        # a clause cut after its verb goes on after the source, however short the rest
        [("according_to", "according to", "the fire service", ["One child was", "among the dead"])],
        # a coordinator after the source opens another clause, which is the reporter's
        [("according_to", "according to", "prosecutors", ["The firm paid him"])],
        # no comma before the cue: the clause before it
        [("according_to", "according to", "WHO statistics", ["Rates averaged 50%"])],
        # "but," before it opens what the agent is cited for
        [("according_to", "according to", "his agent", ["he had surgery"])],
        # a role's name is its appositive, and a time phrase set off by commas is the reporter's
        [("according_to", "According to", "the mayor, Dee Margo", ["police searched the house"])],
        # a relative clause set off by commas describes the source (according_relative; recall25)
        [
            # "who also declined": the relative pronoun is read across the adverb (rule relative_adverb,
            # recall24), as "who declined" was; extract's anonymity_request reads it in the full pipeline
            ("according_to", "According to", "a second source", ["the talks had failed"]),
            ("subject_verb", "declined", "who", ["to be named"]),
        ],
    ],
    "adverb": [
        [("adverb", "reportedly", None, ["The company is", "near a deal"])],
        [("adverb", "Reportedly", None, ["two people were hurt"])],  # set off at the start: all the rest
        [("adverb", "reportedly", None, ["The fans", "had waited for days"])],  # set off by two commas
        [("adverb", "allegedly", None, ["The site also", "used Tor"])],  # shield_adverbs.tsv
        # the dash aside left out
        [("adverb", "reportedly", None, ["Euronext", "is", "working with three banks"])],
        [("adverb", "Reportedly", None, ["he injured a man and two women"])],  # opening the sentence
        # after "while" the adverb reports that clause alone (session 20's fact-check)
        [("adverb", "reportedly", None, ["two men were", "at large"])],
        [("adverb", "allegedly", None, ["rigged bids"])],  # inside a noun phrase: the words after it
        # an intention after the adverb is no cue it yields to (reported_intention; recall25)
        [
            ("adverb", "reportedly", None, ["The government is", "planning to sell the bank"]),
            ("subject_verb", "planning", "The government", ["to sell the bank"]),
        ],
    ],
    "as_clause": [
        [("as_clause", "reported", "Reuters", ["the talks broke down"])],
        [("as_clause", "reported", "Reuters", ["The talks broke down"])],
        # the clause is itself a report: the court found what Jones argued, not that Jones argued it
        [("subject_verb", "argued", "Jones", ["that the law was void"]),
         ("as_clause", "found", "the court", ["the law was void"])],
    ],
    "asked": [
        # the answer is an attribution of its own, found at its own cue
        [("asked", "Asked", None, ["whether he would run"]), ("subject_verb", "said", "Smith", ["no."])],
        [("asked", "asked", "reporters", ["if the plan would work"])],
    ],
    "bare_colon": [
        [("bare_colon", ":", "Trump", ['"We will win."'])],
        [("bare_colon", ":", "Officials", ["the bridge will reopen on Monday"])],
    ],
    "cue_first": [
        [("cue_first", "Said", "Dorothy Poynter, who grew up with Ali", ['"We were all so proud of him."'])]
    ],
    "dash_colon": [
        [("bare_colon", ":", "Philip Bump", ['"The race is closer than it looks."'])],
        [("bare_colon", ":", "Jones", ['"The race is closer than it looks."'])],  # "More from" is no name
    ],
    "dash_signature": [[("dash_signature", "-", "Jane Doe", ['"We were proud of every one of them."'])]],
    "direct_inversion": [
        [("direct_inversion", "said", "he", ['"We will win,"'])],
        [("direct_inversion", "said", "Ann Lee, a spokeswoman", ['"We will win,"'])],
    ],
    "fronted_participle": [
        [
            ("fronted_participle", "Conceding", "Smith", ["that he lost"]),
            ("subject_verb", "warned", "Smith", ["a recount"]),
        ],
        # "for" after the participle names whom the judge wrote for: only the ruling is reported
        [("that_verb", "ruled", "Judge Ann Lee", ["that the law was void"])],
        # no comma: the closing quotation ends the participle clause (fronted_quotation, recall27)
        [
            ("fronted_participle", "Calling", "the archbishop", ['it a "culture of death"']),
            ("subject_verb", "said", "the archbishop", ["the law would harm the poor"]),
        ],
        [],  # the comma ends it, and "left" is no cue: no subject found
    ],
    "inversion": [
        [("inversion", "said", "he", ["The plan will fail"])],
        [("inversion", "said", "she", ['"Done."'])],  # the words ahead of the source set the scene
    ],
    "inversion_after_comma": [
        [("inversion_after_comma", "said", "Ann Lee, a spokeswoman", ["The plan will fail"])],
        # the subject and its relative clause, read by subject_verb
        [
            (
                "subject_verb",
                "said",
                "The LSE, which saw its shares rise",
                ["the bid undervalued the business"],
            )
        ],
    ],
    "noun_cue": [
        [("noun_cue", "claims", "her", ["that the vote was rigged"])],
        [("noun_cue", "criticism of", "his", ["the budget"])],
    ],
    "passive_by": [
        [("passive_by", "criticized", "the mayor", ["The plan"])],
        [("passive_by", "reported", "Reuters", ["the talks broke down"])],
    ],
    "passive_clause": [
        [("passive_clause", "is widely expected", None, ["The bill", "to pass"])],
        [("passive_clause", "was declared", None, ["Smith", "the winner"])],
        [],  # negated: a fact denied, nobody cited
        # the hearsay passive: "it" stands for the clause, which is the content
        [("passive_clause", "is understood", None, ["that the plan was dropped"])],
        [("passive_clause", "is understood", None, ["The plan was dropped"])],
        [("passive_clause", "is believed", None, ["The company", "will cut 500 jobs"])],
        [("passive_clause", "is expected", None, ["It", "to rain"])],  # with "to": a subject like any other
    ],
    "belief_passive": [
        # as_passives.tsv: a participle of regard is a cue only before "as", which the cue takes
        [("belief_passive", "is seen as", None, ["Sinwar", "a hard-liner"])],
        [("belief_passive", "is viewed as", None, ["He", "a potential successor to the chief executive"])],
        # after "and" the passive shares the first conjunct's subject ("seen" with no "as" is no cue)
        [("belief_passive", "is thought", None, ["He", "to be hiding"])],
        [],  # "seen as recently as": a comparison
        [],  # under a modal: a possibility, not a belief anyone holds
    ],
    "clause_noun": [
        # the possessor is the source; the noun is the cue, the "that"-clause the content
        [("clause_noun", "announcement", "Lee's", ["that his wife had been taken to hospital"])],
        # no possessor: nobody named
        [("clause_noun", "allegations", None, ["that the count had been rigged"])],
        [("clause_noun", "suggestions", None, ["that the mayor would resign"])],
        [],  # a relative "that": its verb follows
        [("subject_verb", "claims", "The union", ["that the deal is unfair"])],  # a verb, not this shape's
    ],
    "that_verb": [
        # a verb of finding outside the lexicon, before "that" and a clause: the subject is the source
        [("that_verb", "ruled", "A federal judge", ["that the ban must be lifted"])],
        [("that_verb", "determined", "The inspectors", ["that the fire started in the kitchen"])],
        # a bare plural noun opens the clause after a verb ("that" is no relative pronoun there); the
        # example was "hinted", a reporting verb since recall24 (reporting_verbs.tsv)
        [("that_verb", "calculated", "The ministry", ["that taxes could rise next year"])],
        # a relative pronoun is the source; the clause between commas ends at its comma
        [("that_verb", "discovered", "which", ["that the files were missing"])],
        # "ruled out": no "that", so not this shape's; ruled_out reads it (recall25)
        [("ruled_out", "ruled out", "The judge", ["a retrial"])],
        # a verb of ruling before a clause without "that" (bare_ruling; recall25)
        [("that_verb", "ruled", "The appeals court", ["the ban violated the constitution"])],
        # an adjective of belief after "be" (belief_adjective; recall25)
        [("that_verb", "concerned", "Critics", ["that the directive could spread"])],
        [],  # "a decree that bars": a noun, and a relative "that"
        [],  # negated: a finding denied
    ],
    "told_passive": [
        # the hearer is the subject; nobody is named as the teller: no source, the clause is the content
        [("told_passive", "was told", None, ["he would be moved to another prison"])],
        [("told_passive", "were told", None, ["that the office will close in March"])],
        [("told_passive", "been informed", None, ["that their contracts will end"])],
        [],  # an instruction ("to"): no report
        [],  # an agent: never this shape's ("told" with "by" is no cue of the rules either)
        [],  # negated
        [],  # an object, no clause
    ],
    "of_noun": [
        # noun and preposition are the cue, the noun phrase after it the content; no possessor, no source
        [("of_noun", "reports of", None, ["violence and fraud"])],
        # the noun phrase ends at the auxiliary of the sentence's own verb ("repeated" is a cue word, so
        # the possessor is not looked for past it); the rules' misreading of "claims" as a verb, whose cue
        # lies inside this one, is dropped after the tagger (order.drop_misread)
        [
            ("subject_verb", "claims", "The mayor's repeated",
             ["of a conspiracy have not convinced the council"]),
            ("of_noun", "claims of", None, ["a conspiracy"]),
        ],
        [("of_noun", "forecasts of", None, ["a 1% rise"])],
        [("subject_verb", "reports", "She", ["for a local radio station"])],  # a verb: the rules', not this
    ],
    "quote_before": [[("", "said", "Lee", ['"We will win. It is ours."'])]],
    # Before the tagger subject_verb reads every "see" (the tagger drops them, and sees_forecast, read after
    # it, adds back only the first two: tests/test_attribution_recall24.py checks what the analyzer finds)
    "ruled_out": [
        [("ruled_out", "ruled out", "The finance ministry", ["any such move"])],
        # negated: the cue runs from the auxiliary (the kind is "refused")
        [("ruled_out", "did not rule out", "The firm", ["an earlier launch date"])],
        [("ruled_out", "ruled out", "The champion", ["any chance of playing in the final"])],
        [],  # an official's decision on a thing: no possibility named
        [],  # a referee's call on a play: "a" before a ruled_out_call noun (nonreport26)
    ],
    "per_source": [
        [("per_source", "Per", "the decree", ["the tax will rise to 20 percent next year"])],
        # the source runs on to its comma, as after "According to"
        [("per_source", "Per", "numbers reported by AP", ["more than 300 people have died"])],
        [("per_source", "per", "the health ministry", ["The virus", "is spreading fast across the north"])],
        [],  # a rate: "per" before a unit
    ],
    "forecast_clause": [
        [
            (
                "forecast_clause",
                "estimate",
                "Analysts",
                ["the tax relief will save oil companies 1.5 billion dlrs"],
            )
        ],
        [("forecast_clause", "forecast", "They", ["the market will grow to 836 mln euros by 2009"])],
        [("forecast_clause", "forecast", "Some bank officials", ["the Bank will hold out this week"])],
        [],  # a noun before "was"
        [],  # a noun before "for"
        [],  # a noun phrase, no clause
    ],
    "made_clear": [
        [("made_clear", "made it clear", "Mr Kennedy", ["he was determined to counter that accusation"])],
        [("made_clear", "made clear", "Kohl", ["that the dismantling would mainly hit German farmers"])],
        [],  # a passive: no source
        [],  # no clause after "clear"
    ],
    "long_inversion": [
        [
            (
                "long_inversion",
                "said",
                "the Organisation for Economic Cooperation and Development",
                ["Sales will rise"],
            )
        ],
        # the description after the name's comma is its role, not the source
        [("long_inversion", "said", "Ann Lee", ["Bids fell sharply"])],
        [],  # "and" opens the run before the cue: no source
    ],
    "put_it": [
        [
            (
                "put_it",
                "put",
                "one banker",
                ['"Many banks took the view it was better to get some money back."'],
            )
        ],
        [("put_it", "put", "one trader", ["The market is simply tired"])],
        [("put_it", "put", "one trader", ['"We were simply tired,"'])],
        [],  # no "as X" before it: a plain act
    ],
    # the rules alone read these as subject_verb; document_clause re-reads them only where the tagger
    # dropped that reading (tests/test_attribution_recall27.py)
    "document_clause": [
        [("subject_verb", "showed", "Figures", ["house prices are still rising"])],
        [("subject_verb", "indicated", "The NHC advisory",
          ["the maximum sustained winds were near 120 mph"])],
        [("subject_verb", "state", "Estimates by the government",
          ["about 350,000 people have fled the region"])],
        [("subject_verb", "showed", "The figures", ["a rise"])],
        [("subject_verb", "showed", "The engineers", ["the bridge was safe"])],
        [("subject_verb", "show", "The report", ["that costs rose"])],
    ],
    "statement_object": [
        [("statement_object", "issued a statement", "The council",
          ["the road would stay closed until Friday"])],
        [("statement_object", "released a statement", "The club", ['"We are deeply saddened by the news."'])],
        [("statement_object", "gave a different account", "Bolton", ['"The talks went well."'])],
        [("statement_object", "issued the following statement", "the king", ['"We thank the nation."'])],
        [],  # nothing reported
        [],  # a relative "that"
        [("raising", "appeared", None, ["that", "to end the row"])],  # a relative "that": not this shape's
    ],
    "medium_clause": [
        [("medium_clause", "said", "The central bank",
          ["the measures included higher provisions for bad loans"])],
        [("medium_clause", "said", "Acme, the maker of the game", ["it markets its games responsibly"])],
        [],  # no clause after the adjunct
        [("subject_verb", "said", "She", ["the cat was asleep"])],  # an auxiliary: the rules read it
    ],
    "identified_as": [
        [("identified_as", "identified", "Police", ["the suspect as a 21-year-old man from Leeds"])],
        [("identified_as", "identified", "The appeal", ["children under five as the group most at risk"])],
        [],  # no "as": a plain act
        [],  # a passive
        [("identified_as", "identified", "Police", ['him only as "Mr. A"'])],  # the second "as" ends it
    ],
    "estimate_at": [
        [("estimate_at", "put", "The ministry", ["the cost of the repairs at $5 million"])],
        [("estimate_at", "placed", "Police", ["the death toll in the hundreds"])],
        # no object: "what" stands for it, a fragment of the content (the guideline)
        [("estimate_at", "estimated", "organizers", ["what", "at 1.7 million people"])],
        [],  # a place, not a figure
        [],  # a year, not a figure
    ],
    "sees_forecast": [
        [("subject_verb", "sees", "Jane Roe", ["Acme earning 50 to 75 cts a share in 1987"])],
        [("subject_verb", "see", "Analysts", ["few signs the slump will end"])],
        [("subject_verb", "sees", "The plan", ["the firm cut 500 jobs"])],
        [("subject_verb", "see", "They", ["the smoke from the road"])],
        [("subject_verb", "see", "Voters", ["their friends leave town"])],
    ],
    "relative_subject": [
        # the rules' readings ("ordered" with the rest as content, "change" as the source of "claimed") stay
        # here; extract drops them for the shape's (order.drop_misread)
        [
            ("subject_verb", "ordered", "who", ["that change claimed the new system would save money"]),
            ("subject_verb", "claimed", "change", ["the new system would save money"]),
            ("relative_subject", "claimed", "The officials", ["the new system would save money"]),
        ],
        [
            ("subject_verb", "sought", "who", ["help on launch day reported wait times of two hours"]),
            ("subject_verb", "reported", "sought help on launch day", ["wait times of two hours"]),
            ("relative_subject", "reported", "Some customers", ["wait times of two hours"]),
        ],
        [
            ("subject_verb", "recalled", "took the call", ["that the man was calm"]),
            ("relative_subject", "recalled", "The nurse", ["that the man was calm"]),
        ],
        [("subject_verb", "said", "who", ["the plan failed was arrested"])],  # no cue after the clause
        # a past verb alone: subject_verb no longer takes "attended" as the source (it was typed a document)
        [("relative_subject", "said", "Those", ["the talks had gone well"])],
    ],
    "report_clause": [
        [("report_clause", "report", "scientists", ["spiky shells evolved many times"])],
        [("report_clause", "report", "Sources", ["she is treated as royalty"])],
        [("noun_cue", "report", None, ["that the water is brown"])],  # the rules' reading stands
        [("subject_verb", "report", "Officials", ["the results"])],  # after a modal: the rules' verb
        [],  # a noun after an adjective
        [],  # a noun phrase, no clause
    ],
    "withheld": [
        [
            (
                "withheld_information",
                "did not immediately provide",
                "Officials",
                ["any further details about the fire"],
            )
        ],
        [("withheld_information", "didn't estimate", "The agency", ["how many people had been evacuated"])],
        [("withheld_information", "have not given", "The police", ["a reason for the arrests"])],
        [],  # an act, no information
        [],  # not negated: "provided details" is no cue of its own
        [("withheld_information", "would not comment", "The ministry", ["on the size of the deal"])],
        [],  # no topic after "comment"
        [("withheld_information", "gave no", "He", ["further details of the change"])],  # none_verb, recall24
    ],
    "raising": [
        [("raising", "seems", None, ["The senator", "unlikely to run"])],
        [("raising", "appears", None, ["that the talks failed"])],
    ],
    "subject_colon": [
        [("subject_colon", "then addressed the crowd again:", "She", ['"Thank you all for coming."'])],
        # a cue after the quotation ("wrote Jane Roe") makes it that cue's (session 20's fact-check)
        [("direct_inversion", "wrote", "Jane Roe", ['"We love her"'])],
    ],
    "subject_verb": [
        [("subject_verb", "said", "The minister", ["that the plan would fail"])],
        [
            ("subject_verb", "told", "Officials", ["the bridge was safe"]),  # the addressee is no source
            ("subject_verb", "arguing", "Officials", ["that it had been checked"]),  # a participle shares it
        ],
        # not "was armed, fled"; the relative pronoun's antecedent opens the content (relative_antecedent)
        [("subject_verb", "said", "police", ["The man", "was armed"])],
        # the quotation after the colon, not the object "the new rules" (object_colon; recall24)
        [("subject_verb", "responded to", "Jane Roe", ['"We will not comply."'])],
    ],
}


def _module(name: str):
    return importlib.import_module(f"analysis.attribution.shapes.{name}")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_shape_finds_what_its_examples_say(name: str) -> None:
    mod = _module(name)
    assert len(mod.EXAMPLES) == len(EXPECTED[name])
    for example, expected in zip(mod.EXAMPLES, EXPECTED[name], strict=True):
        assert rules_on(example) == expected, example
        assert example.replace("\n", "\\n") in mod.__doc__  # the docstring shows the examples it is tested on


def test_every_shape_of_the_order_table_has_its_test() -> None:
    modules = {fn.__module__.rsplit(".", 1)[-1] for _, fn in ORDER}
    assert modules == set(EXPECTED)


@pytest.mark.parametrize(
    "text",
    [
        "",  # nothing to read
        ":",  # a colon alone
        "- ",  # a dash alone
        "according to",  # the cue with nothing around it
        '"Unclosed quotation, he said',
        "?!?! … ;;; —",  # punctuation only
        "Asked whether",
    ],
)
def test_shapes_on_bad_input_find_nothing_and_raise_nothing(text: str) -> None:
    assert rules_on(text) == []
