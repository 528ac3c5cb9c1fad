"""Issue 13, fifth round: uncertainty rules that read the sentence, from the errors of the dev4 split (session
5's scored test set) and a fact-checker's read of three unseen Wikinews articles.

Every sentence here was written for these tests (none is copied from an article or a corpus). Each case
states the flags and the exact rule id behind them; sentences are judged with ``attributions=()`` (weasel
wording from the cue patterns only), so that these tests do not move with the attribution analyzer.
"""

from __future__ import annotations

import re
import time

import pytest

from analysis import parse_article
from analysis.hedging import judge
from analysis.hedging.classifier import article_features, model
from analysis.hedging.cues import scan
from analysis.hedging.sentences import uncertainty


def judged(text: str) -> tuple[str, str, str]:
    """'UW' letters (uncertain, weasel) and the two rule strings of a one-sentence text, with the model's
    probabilities written "p" (they move when the model is retrained; the rules and decisions must not)."""
    [j] = judge(parse_article(text), ())
    rule = re.sub(r"(model |model_without_cue:)\d\.\d\d", r"\1p", j.uncertain_rule)
    return ("U" if j.uncertain else "-") + ("W" if j.weasel else "-"), rule, j.weasel_rule


@pytest.mark.parametrize(
    ("text", "flags", "uncertain_rule"),
    [
        # a second "would" coordinated with a reported future is part of the same report
        (
            "The ministry said the bridge would reopen in June and would carry buses again.",
            "--",
            "rejected:would/would",
        ),
        # ... a "would" under another clause is not ("officials think")
        (
            "The ministry said the bridge would reopen, and officials think the tolls would rise.",
            "U-",
            "firm_cue:think",
        ),
        # conditions of a stated rule: an obligation, a legal status or a power as the consequence
        ("If members break the code, they must be expelled.", "--", "rejected:if/rule_condition"),
        (
            "The scheme would be unlawful if its aim was to avoid tax.",
            "--",
            "weighed:would(model p); rejected:if/rule_condition",
        ),
        (
            "If there is a warrant, then the bank has to release the files.",
            "--",
            "rejected:if/rule_condition",
        ),
        (
            "If the council disagrees, it has the power to overturn the plan.",
            "--",
            "rejected:if/rule_condition",
        ),
        # ... not an obligation inside the condition, nor a rule whose own application is possible
        ("If we have to evacuate, the shelter will open.", "U-", "firm_cue:if"),
        # ... nor a forecast "will / would have to"
        ("If he is unable to play, the midfield will have to be altered.", "U-", "firm_cue:if"),
        ("The plan could be illegal if the land is protected.", "U-", "firm_cue:could"),
        ("If the rain continues, the river may flood.", "U-", "firm_cue:if"),
        # "hypothesis" is a hedge cue in news (labelling notes), weighed by the model under Szeged
        ("Our hypothesis is that the lake formed late.", "U-", "firm_cue:hypothesis/hypothesis_is_open"),
        # a counterfactual "would otherwise" (labelling notes)
        ("The fund pays for programs that would otherwise be cut.", "U-", "firm_cue:would otherwise"),
        # "should" of expectation is no instruction; a past counterfactual leaves its condition open
        ("After August, if we receive any relief, we should be able to continue.", "U-", "firm_cue:if"),
        ("If it were a star, it should have been visible.", "U-", "firm_cue:if"),
        ("If you see him, you should call the police.", "--", "rejected:if/if"),
        ("He said he risked losing the players if he had not taken a hard line.", "U-", "firm_cue:if"),
        ("The rules let players rejoin if cleared by a doctor.", "--", "rejected:if/stated_condition"),
        # "if" meaning "whether" after a verb of telling or disclosing: an open question
        ("The officials did not mention if anyone was hurt.", "U-", "firm_cue:if"),
        ("The firm did not confirm if the plant would close.", "U-", "firm_cue:if"),
        # attributive "possible": a candidate; not degree, nor the penalty a charge carries
        (
            "Doctors are testing three possible treatments for the fever.",
            "U-",
            "firm_cue:possible/possible_attributive",
        ),
        ("The charge carries a possible death penalty.", "--", "rejected:possible/possible_penalty"),
        (
            "The crime carries the possibility of life in prison.",
            "--",
            "rejected:possibility/possible_penalty",
        ),
        ("We will act as soon as possible.", "--", "weighed:possible(model p)"),
        # ... nor predicative, a result of "make", or degree ("every"); "it is possible the ..." is kept
        (
            "The stunts that are possible thanks to the engine are popular.",
            "--",
            "weighed:possible(model p)",
        ),
        ("What the new phones make possible does change habits.", "--", "weighed:possible(model p)"),
        ("The range suits every possible taste.", "--", "weighed:possible(model p)"),
        (
            "It is possible the posters were designed to shock.",
            "U-",
            "firm_cue:possible/possible_attributive",
        ),
        ("The player escaped a possible ban last year.", "--", "rejected:possible/possible_penalty"),
        # "appears" with a complement is an impression; "appeared in court" is being present
        ("The drug appears able to slow the disease.", "U-", "firm_cue:appears/appear_claim"),
        ("The minister appeared in court on Monday.", "--", ""),
        ("She appears on the ballot in four states.", "--", "weighed:appears(model p)"),
        # belief with a pronoun object closing the clause is trust, not a claim
        ("Fans will start believing it and buying tickets.", "--", "rejected:believing/believe_object"),
        ("I believe you.", "--", "rejected:believe/believe_object"),
        ("Police believe him to be 25.", "U-", "firm_cue:believe"),
        # a suggestion is not a possibility
        ("You could just ask the driver.", "--", "rejected:could/suggestion"),
        ("You could always try again next year.", "--", "rejected:could/suggestion"),
        ("The lawsuit would fail, and we could simply change the name.", "U-", "firm_cue:could"),
        ("You could get sick from the water.", "U-", "firm_cue:could"),
        # what a court's ruling allows; a scientist's finding and "could have" stay hedges
        ("The court found that it could rule on the dispute.", "--", "rejected:could/ruling_permission"),
        ("The judge ruled the trial could go ahead.", "--", "rejected:could/ruling_permission"),
        ("Researchers found that the drug could reduce deaths.", "U-", "firm_cue:could"),
        ("The court found the crash could have been avoided.", "U-", "firm_cue:could have"),
        # "indicate" of a finding is a finding cue in news (the labelling notes); "suggests" is a hedge
        (
            "Data from the probe indicating the air holds water were published.",
            "--",
            "rejected:indicating/finding_cue",
        ),
        ("The results indicate the lake is salty.", "--", "rejected:indicate/finding_cue"),
        # an investigation that names its open question; a bare one is not (and the model alone flags nothing)
        (
            "Agents were told to investigate who leaked the memo.",
            "U-",
            "firm_cue:{investigate_verb} {wh_question}",
        ),
        ("The agency investigated the crash.", "--", "model_without_cue:p"),
        # an inferring "must be" is no rule: the condition stays open
        ("If the star is not bright, it must be a black hole.", "U-", "firm_cue:if"),
        # a comparative before "possible" is degree; a blame after "can be" is the speaker's own judgement
        ("She began to see chess as a more possible career.", "--", "weighed:possible(model p)"),
        ("This is a loss that can be blamed on poor planning.", "--", "weighed:can be(model p)"),
        # "say if" opens a reported condition, not an open question
        ("The rules say if you miss a dose, you die.", "--", "rejected:if/stated_condition"),
        # an open question named as such
        ("Questions remain over how the money was spent.", "U-", "firm_cue:questions remain"),
        # a figure put forward as an estimate; "placed the wreath" is no cue
        ("The agency placed the death toll in the hundreds.", "U-", "firm_cue:placed"),
        ("Officials put the damage at two million dollars.", "U-", "firm_cue:put"),
        ("He placed the wreath at the memorial.", "--", ""),
        ("She put the plan on hold.", "--", ""),
        # belief verbs that were missing, and a hope with a clause
        ("The writer supposes the town was founded by traders.", "U-", "firm_cue:supposes"),
        ('The union remained "cautiously optimistic" a deal would be reached.', "U-", "firm_cue:optimistic"),
        ("The union is hopeful that talks resume.", "U-", "firm_cue:hopeful"),
        # session 22 (hedge26): "optimistic" is a hedge in news with or without a clause (labelling notes:
        # bare "cautiously optimistic" flagged; readable splits 7 of 7 "optimistic" sentences uncertain)
        ("The union is optimistic about the talks.", "U-", "firm_cue:optimistic"),
    ],
)
def test_uncertainty_rules_that_read_the_sentence(text, flags, uncertain_rule):
    got, rule, _ = judged(text)
    assert (got, rule) == (flags, uncertain_rule)


@pytest.mark.parametrize(
    ("text", "flags", "uncertain_rule", "weasel_rule"),
    [
        # a blame or an ascription from nobody named: a shield, uncertain and weasel
        (
            "Another blast ascribed to the rebels killed four.",
            "UW",
            "firm_cue:ascribed to",
            "shield_cue:ascribed to",
        ),
        ("The fire was blamed on faulty wiring.", "UW", "firm_cue:blamed on", "shield_cue:blamed on"),
        # ... not when the one who blames is written, before or after
        ("The losses, which the company blamed on the weather, were large.", "--", "", ""),
        ("The fire was blamed on faulty wiring by the inspectors.", "--", "", ""),
    ],
)
def test_ascriptions_without_their_source_are_shields(text, flags, uncertain_rule, weasel_rule):
    assert judged(text) == (flags, uncertain_rule, weasel_rule)


def test_the_model_flags_no_news_sentence_without_a_cue():
    """A bare investigation ("continuing to investigate the incident") has no cue word: the model's high
    score is shown but not taken (news guideline, ``model_without_cue``); by the Szeged annotation, which
    labels such sentences uncertain, the model decides as before."""
    text = "Police are continuing to investigate the incident."
    assert judged(text) == ("--", "model_without_cue:p", "")
    [j] = judge(parse_article(text), ())
    threshold = model().threshold
    assert j.p_uncertain >= threshold
    scans = [sc for sc in scan(parse_article(text), guideline="szeged") if sc.words]
    unc, p, rule = uncertainty(article_features(scans), [], [], news=False)
    assert (unc, round(p, 4), rule) == (True, j.p_uncertain, f"model:{p:.2f}>={threshold:.2f}")


def test_szeged_reading_of_the_news_only_rows():
    """The rows of kind ``match`` do not match under the Szeged annotation: the weighed row of the same
    pattern does, so the model's features (and the shipped model) do not change."""
    news = scan(
        parse_article("Doctors are testing three possible treatments. The blast was blamed on rebels.")
    )
    szeged = scan(
        parse_article("Doctors are testing three possible treatments. The blast was blamed on rebels."),
        "szeged",
    )
    assert [[(m.pattern, m.rule) for m in sc.matches] for sc in news] == [
        [("possible", "possible_attributive")],
        [("blamed on", "ascribed")],
    ]
    assert [[(m.pattern, m.rule) for m in sc.matches] for sc in szeged] == [
        [("possible", "possible_penalty")],
        [],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "they said it would rain and would snow and would ",  # coordinated "would" after a report
        "if they fail they must pay and if they win they must ",  # "if" with a rule's consequence
        "the court found that it could rule and could ",  # "could" after a ruling
    ],
)
def test_new_rules_stay_linear_on_a_run_on_sentence(sentence):
    """Each new rule looks at a bounded window around its cue: 100,000 characters without a full stop
    judge in well under a second, and every span stays inside the text."""
    text = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    article = parse_article(text)
    t0 = time.process_time()
    rows = judge(article, ())
    assert time.process_time() - t0 < 1.0
    assert rows and all(0 <= r.start <= r.end <= len(text) for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Possible.", [(False, "weighed:possible(model p)")]),  # one word: punctuation next, weighed
        ("IF THEY BREAK THE CODE, THEY MUST BE EXPELLED.", [(False, "rejected:if/rule_condition")]),
        ('" " "', []),  # quote marks only: no sentence with words
        ("1234 5678", [(False, "")]),
        ("Blamed on", [(True, "firm_cue:blamed on")]),  # a cue at the very end: the rules read past nothing
        ("Die Regierung könnte möglicherweise zurücktreten.", [(False, "")]),  # another language
    ],
)
def test_bad_inputs_give_a_judgement_not_an_exception(text, expected):
    rows = judge(parse_article(text), ())
    got = [
        (r.uncertain, r.uncertain_rule) for r in rows if r.end > r.start and text[r.start : r.end].strip('" ')
    ]
    assert [(u, re.sub(r"model \d\.\d\d", "model p", rule)) for u, rule in got] == expected
    assert all(0 <= r.start <= r.end <= len(text) for r in rows)
