"""Issue 13, eleventh round (session 10, hedge13m): general mechanisms read in dev11 (15 publishers), each
checked against the guideline before it was written.

- An embedded question after a verb or noun of wondering is an open question (the guideline's "open
  questions"): "many wondered how the appointment would affect the talks", "questions over how he will
  manage", "questioned if that made him a criminal", "I want to know how", "The question is who". Not "why"
  (it grants what it asks about: "wondered why the state bothered" is a complaint), nor questions with an
  object ("questions about the cost"), nor a wh-word before an infinitive ("how to pay": a method).
- A condition put to the generic "you" ("If you burn yourself, cut off a leaf") is advice or what holds
  for anyone (news guideline: instructions and reported conditions are not uncertain).
- A reception with nobody written as receiving ("have been well received") is weasel wording.

Every sentence here was written for these tests (none is copied from an article or a corpus).
"""

from __future__ import annotations

import pytest
from timing import LINEAR_BOUND, growth

from analysis import parse_article
from analysis.hedging import judge

WONDER = (True, "firm_cue:{wonder_verb} {open_wh}")
QUESTION = (True, "firm_cue:{question_noun} {question_prep} {open_wh}")


def _uncertain(text: str) -> tuple[bool, str]:
    j = judge(parse_article(text, id="t"))[0]
    return j.uncertain, j.uncertain_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Many residents wondered how the merger would change the town.", WONDER),
        ("Fans are wondering what the new coach will do.", WONDER),
        ("The delay has created questions over how the council will pay.", QUESTION),
        ("It raises questions on who will lead the party.", QUESTION),
        ("She questioned if the rule made her a criminal.", (True, "firm_cue:if")),
        (
            "I just want to know how the two men got in.",
            (True, "firm_cue:{want_verb} to {know_see} {open_wh}"),
        ),
        (
            "The question is who gets the first debate slot.",
            (True, "firm_cue:the {question_noun} {be} {open_wh}"),
        ),
        # an infinitive asks for a method: no claim left open
        ("Scroll down to see how to spot the rare coins.", (False, "")),
        (
            "Owners are wondering how to pay the new fee.",
            (False, "rejected:{wonder_verb} {open_wh}/embedded_question"),
        ),
        # a why-question grants what it asks about; an object is no question
        ("One reader wondered why the city bothered to print the leaflet.", (False, "")),
        ("He stumbled through questions about the cost of the plan.", (False, "rejected:about/quantity")),
        ("The minister answered questions on the budget.", (False, "")),
    ],
)
def test_embedded_open_question(text, want):
    assert _uncertain(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a condition put to the generic "you": advice or what holds for anyone
        ("If you burn yourself, rub the gel on the burn.", (False, "rejected:if/generic_you")),
        ("If you look at the list, the entries are all different.", (False, "rejected:if/generic_you")),
        ("It's what I enjoy; if you don't like that, then bye.", (False, "rejected:if/generic_you")),
        (
            "If you're lucky enough to own one, the next step is to find a twin.",
            (False, "rejected:if/generic_you"),
        ),
        # one addressee asked to act ("you'll"): the offer's condition stays open
        ("I give you a chance if you'll fix it.", (True, "firm_cue:if")),
        # a counterfactual imagines a case: still open
        ("If you were mayor, what would you change first?", (True, "firm_cue:if")),
        # a question to one addressee about a case left open (Wikinews interviews)
        ("If you are elected, what will you do first?", (True, "firm_cue:if")),
        # a main clause hedged by a modal: the condition belongs to a guess (BBC fact-check)
        ("I would not be surprised if you see protests.", (True, "firm_cue:if")),
        # a condition on someone else stays open
        ("If the river rises, the town will flood.", (True, "firm_cue:if")),
    ],
)
def test_generic_you_condition(text, want):
    assert _uncertain(text) == want


def test_generic_you_is_news_only():
    """Szeged's annotators label every conditional uncertain: under their guideline the rule refuses none."""
    from analysis.hedging.cues import scan

    article = parse_article("If you burn yourself, rub the gel on the burn.", id="t")
    news = [m.rule for sc in scan(article) for m in sc.rejected]
    szeged = [m.rule for sc in scan(article, guideline="szeged") for m in sc.rejected]
    assert (news, szeged) == (["generic_you"], [])


def test_generic_you_word_at_sentence_end():
    """An "if" that ends the text has no subject to read: the rule does not look past the end."""
    from analysis.hedging.cues import generic_you

    assert (generic_you(["it", "ends", "if"], 3), generic_you(["if", "you"], 1)) == (False, True)


def test_generic_you_past_counterfactual_keeps_the_if():
    """ "If you had known" imagines a past case: the "if" is kept as a cue, not refused as generic."""
    from analysis.hedging.cues import scan

    article = parse_article("If you had known the risk, you might have stayed.", id="t")
    scans = scan(article)
    kept = [m.pattern for sc in scans for m in sc.matches]
    refused = [m.rule for sc in scans for m in sc.rejected]
    assert ("if" in kept, refused) == (True, [])


def _weasel(text: str) -> tuple[bool, str]:
    j = judge(parse_article(text, id="t"))[0]
    return j.weasel, j.weasel_rule


RECEPTION = "weasel_pattern:{be} {reception_adv} {reception_pp}"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a reception with nobody written as receiving: the verdict of an unnamed audience
        ("The new earbuds have been well received.", (True, RECEPTION)),
        ("The sequel was poorly reviewed.", (True, RECEPTION)),
        ("The album was well-received.", (True, "weasel_pattern:{be} {reception_hyphen}")),
        # its source written: judged as that source
        ("The plan was well received by Mayor Ann Lee.", (False, "")),
        # a parcel received is no verdict
        ("The parcel was received on Monday.", (False, "")),
    ],
)
def test_agentless_reception(text, want):
    assert _weasel(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # idioms that hold no belief
        ("The fees caused teachers to think twice before they signed.", (False, "")),
        ("His temper is legendary—think a volcano rather than a kettle.", (False, "")),
        # a belief stays one
        ("I think the vote will be close.", (True, "firm_cue:think")),
    ],
)
def test_think_idioms(text, want):
    assert _uncertain(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an adverb inside the verb group leaves the shield what it is: uncertain and weasel
        ("Gangs are also reported to have bribed guards.", (True, True)),
        ("The mine was previously thought to be empty.", (True, True)),
        ("The singer is widely said to be retiring.", (True, True)),
        # "reported to" a body is no shield
        ("The theft was also reported to the police.", (False, False)),
    ],
)
def test_shield_with_an_adverb(text, want):
    j = judge(parse_article(text, id="t"))[0]
    assert (j.uncertain, j.weasel) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a claim that could not be checked is left open
        (
            "Reuters could not independently verify the report.",
            (True, "firm_cue:could not {verify_adv}? {verify_verb}"),
        ),
        (
            "It was not possible to verify the group's claim.",
            (True, "firm_cue:not possible to {verify_adv}? {verify_verb}"),
        ),
        (
            "The death toll has not been independently confirmed.",
            (True, "firm_cue:not been {verify_adv}? {verified_pp}"),
        ),
        ("We found no evidence to corroborate the story.", (True, "firm_cue:no evidence to {verify_verb}")),
        ("The claim is wholly unsubstantiated.", (True, "firm_cue:unsubstantiated")),
        # a check that succeeded, and "could not be reached", are no doubt
        ("Police confirmed the death on Monday.", (False, "")),
        ("The mayor could not be reached for comment.", (False, "")),
    ],
)
def test_unverified_claims(text, want):
    assert _uncertain(text) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "I would not mind if you wonder how critics are also reported to see if you could not verify ",
        "if you were here they want to know what the question is who if you had known ",
    ],
)
def test_session10_rules_stay_linear_on_a_run_on_sentence(sentence):
    """Bad input: 100,000 characters without a full stop, full of this session's cues (every "if" asks
    whether a modal came before it, once per sentence): spans inside the text, and judging 4x the text costs
    about 4x, not 16x (``tests/timing.py``: the time itself is ``bench_scaling``'s target, not a test's)."""

    def run_on(chars: int) -> str:
        return (sentence * (chars // len(sentence) + 1))[:chars]

    text = run_on(100_000)
    rows = judge(parse_article(text), ())
    assert rows and all(0 <= r.start <= r.end <= len(text) for r in rows)
    # 100,000 against 400,000 characters: judging takes ~10 ms and ~50 ms, long enough to time against load
    small, large = parse_article(text), parse_article(run_on(400_000))
    assert growth(lambda: judge(small, ()), lambda: judge(large, ())) < LINEAR_BOUND


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Wondered", (False, "")),  # one word
        ("IF YOU BURN YOURSELF, RUB THE GEL ON IT.", (False, "rejected:if/generic_you")),  # all capitals
        ("WONDERED HOW", (True, "firm_cue:{wonder_verb} {open_wh}")),
        ('“ ” " "', (False, "")),  # quote marks only
        ("1234 5678 !!!", (False, "")),  # no letters
        ("Si tu veux, on se demande comment faire.", (False, "")),  # another language
    ],
)
def test_session10_rules_on_bad_input(text, want):
    assert _uncertain(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the verb of claiming with its speaker written: a report, not a hedge
        ("The lawsuit alleges that the mayor hid the funds.", (False, "rejected:alleges/claim_verb")),
        ("Ann Lee alleges the firm knew of the fault.", (False, "rejected:alleges/claim_verb")),
        # the adjective and the agentless shield stay hedges
        ("The alleged plot was foiled.", (True, "firm_cue:alleged")),
        ("He allegedly hid the funds.", (True, "firm_cue:allegedly")),
    ],
)
def test_claim_verb(text, want):
    assert _uncertain(text) == want


def test_claim_verb_is_news_only():
    from analysis.hedging.cues import scan

    article = parse_article("The lawsuit alleges that the mayor hid the funds.", id="t")
    szeged = [m.pattern for sc in scan(article, guideline="szeged") for m in sc.matches]
    assert szeged == ["alleges"]
