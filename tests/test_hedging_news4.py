"""Issue 13, fourth round: the rules added after a fact-checker's read of 15 unseen Wikinews articles.

Every sentence here was written for these tests (none is copied from an article or a corpus). Each case
states the flags and the exact rule id behind them. Sentences are judged with ``attributions=()`` (weasel
wording from the cue patterns only) unless a test gives sources by hand, so that these tests do not move
with the attribution analyzer.
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.hedging import judge
from analysis.hedging.sources import Source, named_conjunct, source_rule, vague_group, vague_media

REPORTS = "weasel_pattern:by {report_adj}? reports"
THERE_BE = "weasel_pattern:there {be} {report_adj}? {claim_noun}"
THERE_HAVE = "weasel_pattern:there {have_aux} been {report_adj}? {claim_noun}"


def judged(text: str, attributions: list | tuple = ()) -> tuple[str, str, str]:
    """'UW' letters (uncertain, weasel) and the two rule strings of a one-sentence text."""
    [j] = judge(parse_article(text), attributions)
    return ("U" if j.uncertain else "-") + ("W" if j.weasel else "-"), j.uncertain_rule, j.weasel_rule


@pytest.mark.parametrize(
    ("text", "flags", "uncertain_rule", "weasel_rule"),
    [
        # vague reports as the source of a figure or a claim, with no verb of saying
        ("The storm left two dead and, by early reports, forty homeless.", "-W", "", REPORTS),
        ("By reports on Monday, three of the hostages were freed.", "-W", "", REPORTS),
        ("There have been numerous complaints of noise near the airport.", "-W", "", THERE_HAVE),
        ("There had been reports of looting in the port.", "-W", "", THERE_HAVE),
        ("There were complaints that the water tasted of rust.", "-W", "", THERE_BE),
        # ... not when the reports' owner is written after them (the attributed source decides)
        ("The closure was confirmed by reports from the ministry.", "--", "", ""),
        ("There were complaints from the city council over the noise.", "--", "", ""),
        # ... nor reports that are the subject of the sentence, not its source
        ("The committee read the reports on Monday.", "--", "", ""),
        # reported future after "indicated", "wrote", "tweeted": not uncertain
        ("Most of the tenants indicated they would stay another year.", "--", "rejected:would/would", ""),
        ("The singer tweeted she would perform in Lagos.", "--", "rejected:would/would", ""),
        # "as its name suggests": the name is no evidence put forward, the claim is firm
        ("As its name suggests, the league plays only on grass.", "--", "", ""),
        ("The finding suggests the virus spreads in water.", "U-", "firm_cue:suggests", ""),
        # assume = take on, with a modifier between the article and the object
        (
            "The deputy assumed the vacant chairmanship in June.",
            "--",
            "rejected:assumed/assume_office",
            "",
        ),
        ("The deputy assumed the vacant seat would go to her party.", "U-", "firm_cue:assumed", ""),
        # duty: "are expected to notify" states a rule; a prediction stays uncertain and weasel (a shield)
        (
            "Teachers are expected to notify the school board of any absence.",
            "--",
            "weighed:expected(model 0.09); rejected:{be} expected to/duty",
            "",
        ),
        (
            "The strike was expected to end on Monday.",
            "UW",
            "firm_cue:{be} expected to",
            "shield_cue:{be} expected to",
        ),
        # reported_to_verb: "is reported to the council" is a report made to someone, not a shield
        ("Every fault is reported to the council within a day.", "--", "", ""),
        (
            "The pilot was reported to be in stable condition.",
            "UW",
            "firm_cue:{be} reported to/shield_is_doubt",
            "shield_cue:{be} reported to",
        ),
        # an agentless report with an adverb of time
        (
            "It was initially reported the blaze began in a kitchen.",
            "-W",
            "",
            "weasel_pattern:it {be} {report_time_adv} {belief_pp}",
        ),
    ],
)
def test_named_rules(text, flags, uncertain_rule, weasel_rule):
    assert judged(text) == (flags, uncertain_rule, weasel_rule)


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("Trump and his supporters", True),
        ("Greenpeace and its allies", True),
        ("Maria Lopez and the other organisers", True),
        # both names modify the head: nobody is named
        ("New Orleans and Jefferson Parish officials", False),
        # a capitalised vague or institutional noun at the start of a sentence is no name
        ("Protesters and their families", False),
        ("Police and their families", False),
        ("Some and their friends", False),
        # no coordination, or a second conjunct that is no group of its own
        ("his supporters", False),
        ("Trump and supporters", False),
        ("", False),
    ],
)
def test_named_conjunct(phrase, want):
    assert named_conjunct(phrase) is want


def _src(text: str, source: str, cue: str, type_: str, mention: str = "description") -> Source:
    s, c = text.index(source), text.index(cue)
    return Source(s, s + len(source), c, c + len(cue), type_, mention)


def test_a_name_coordinated_with_its_group_is_never_weasel():
    text = "Lopez and her supporters claimed the count was rigged."
    named = _src(text, "Lopez and her supporters", "claimed", "named_person", "name")
    assert not vague_group(named, text)  # typed named: stays named, the head "supporters" does not override
    assert source_rule(named, text) is None
    grouped = _src(text, "Lopez and her supporters", "claimed", "unnamed_group")
    assert source_rule(grouped, text) == ("", "named_member")
    plain = "Her supporters claimed the count was rigged."
    assert source_rule(_src(plain, "Her supporters", "claimed", "unnamed_group"), plain) == (
        "weasel",
        "vague_source",
    )


def test_reportedly_with_according_to_a_named_outlet_is_not_weasel():
    text = "The driver reportedly fled on foot, according to The Herald."
    s, c = text.index("The Herald"), text.index("according to")
    atts = [{"source": [s, s + 10], "cue": [c, c + 12], "source_type": "media_outlet", "mention": "name"}]
    assert judged(text, atts) == ("U-", "firm_cue:reportedly", "named_source:reportedly")
    # unnamed media after "according to" name nobody: the shield stays weasel wording
    vague = "The driver reportedly fled on foot, according to local media."
    s, c = vague.index("local media"), vague.index("according to")
    atts = [
        {"source": [s, s + 11], "cue": [c, c + 12], "source_type": "media_outlet", "mention": "description"}
    ]
    flags, _, weasel_rule = judged(vague, atts)
    assert flags == "UW"
    assert "shield_cue:reportedly" in weasel_rule
    # a named source of another cue after the shield does not vouch for it
    other = "The driver reportedly fled on foot, and The Herald said police were searching."
    s, c = other.index("The Herald"), other.index("said")
    atts = [{"source": [s, s + 10], "cue": [c, c + 4], "source_type": "media_outlet", "mention": "name"}]
    assert judged(other, atts)[0] == "UW"


@pytest.mark.parametrize(
    ("text", "source", "want"),
    [
        # a closing time phrase is set aside; the reports still name nobody
        ("Reports as of Friday said the dam held.", "Reports as of Friday", True),
        ("Reports on Monday morning said the dam held.", "Reports on Monday morning", True),
        # a sentence-initial media noun is no name
        ("Reports said the dam held.", "Reports", True),
        # ... but an owner after the time phrase, or a name first, still makes them checkable
        (
            "Reports from the ministry on Friday said the dam held.",
            "Reports from the ministry on Friday",
            False,
        ),
        ("Reuters reports said the dam held.", "Reuters reports", False),
        ("Reports as of the council meeting said the dam held.", "Reports as of the council meeting", False),
    ],
)
def test_vague_media_reports(text, source, want):
    assert vague_media(_src(text, source, "said", "unnamed_group"), text) is want
