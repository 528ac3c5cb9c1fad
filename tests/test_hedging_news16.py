"""Issue 13, session 16 (hedge20): uncertain and weasel misses of dev19 and the readable splits, as rules.

From the error lists of dev19 and the other readable splits (labels only), the constructions that recur
across publishers and that no row found, each a news-only row (``guidelines.tsv``, kind ``match``; the
Szeged model's features are unchanged):

- ``hope_intent``: the verb "hope" before "to" or "for" ("the group hopes to release an album", "they hope
  for a grant", "the finale he hoped for"): what is hoped for is open (readable splits: 9 of 9 uncertain).
- ``afraid``: "afraid" with a clause ("I'm afraid that the bakery will close"): a fear, as "feared that";
  not "afraid to" (reluctance) nor "not afraid".
- ``stand_to``: "stands to" before a verb ("the airline stands to lose millions"): is likely to; not "stands
  to reason".
- ``estimated_figure``: a passive estimate of a figure ("is estimated at 5,000"); "was estimated using" stays
  refused by rule ``estimate``.
- "{be} forecasting" (rule ``news_hedge``): "Traders are forecasting a cut", as the verb "forecast".
- ``public_mood``: a public's reaction with nobody named ("after public criticism", "despite public
  outrage"): weasel wording, as "drew criticism"; with "from" its source is written.

Every sentence here was written for these tests (none is copied from an article or a corpus). Weasel
flags are judged from the cue patterns alone (``attributions=()``) so that they do not move with the
attribution analyzer.
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.hedging import judge
from analysis.hedging.cues import scan

ESTIMATED = "{be} {accuse_adv}? estimated {estimate_figure_prep}"


def _judged(text: str) -> tuple[str, str, str]:
    [j] = judge(parse_article(text, id="t"), ())
    return ("U" if j.uncertain else "-") + ("W" if j.weasel else "-"), j.uncertain_rule, j.weasel_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # hope_intent: the verb before "to" / "for"
        ("The band hopes to release a second album next spring.", ("U-", "firm_cue:hopes/hope_intent", "")),
        ("The farmers hope for rain before the harvest.", ("U-", "firm_cue:hope/hope_intent", "")),
        ("The council never got the bridge it had hoped for.", ("U-", "firm_cue:hoped/hope_intent", "")),
        # not a name, nor the noun after a determiner or a possessive
        ("Bob Hope to headline the show.", ("--", "", "")),
        ("Their hopes for a title were dashed.", ("--", "", "")),
        ("Fans still have hope for a title.", ("--", "", "")),
        ("The coaches have high hopes for him.", ("--", "", "")),
        # afraid: with a clause only
        ("I'm afraid that the bakery will close.", ("U-", "firm_cue:afraid", "")),
        ("She was afraid the ferry would sink.", ("U-", "firm_cue:afraid", "")),
        ("The crew was afraid to sail in the storm.", ("--", "", "")),
        ("She is not afraid that anyone will object.", ("--", "", "")),
        ("We were afraid.", ("--", "", "")),
        # stand_to: is likely to
        ("The airline stands to lose millions from the strike.", ("U-", "firm_cue:stands to", "")),
        ("Growers stand to gain from the new tariff.", ("U-", "firm_cue:stand to", "")),
        ("It stands to reason that prices rose.", ("--", "", "")),
        ("The guard stood to attention.", ("--", "", "")),
        # estimated_figure: a passive estimate of a figure
        ("The crowd is estimated at 5,000.", ("U-", f"firm_cue:{ESTIMATED}", "")),
        ("Reserves are estimated between 10 and 20 million tonnes.", ("U-", f"firm_cue:{ESTIMATED}", "")),
        ("The cost was estimated using a new model.", ("--", "rejected:estimated/estimate", "")),
        # "{be} forecasting" (news_hedge)
        ("Traders are forecasting a rate cut in March.", ("U-", "firm_cue:{be} forecasting", "")),
        # public_mood: a public's reaction with nobody named
        (
            "The mayor resigned after public criticism of the budget.",
            ("-W", "", "weasel_pattern:public {public_mood_noun}"),
        ),
        ("The law passed despite public outrage.", ("-W", "", "weasel_pattern:public {public_mood_noun}")),
        ("The mayor faced public criticism from the opposition.", ("--", "", "")),
    ],
)
def test_session16_rules(text, want):
    assert _judged(text) == want


def test_rules_are_news_only():
    # under the Szeged annotation none of the new rows matches: the model's features stay as trained, and
    # "hopes to" is refused as an intention by rule hope as before (no match at all)
    text = (
        "The band hopes to tour, though it is afraid the hall will close, stands to lose money on seats "
        "that are estimated at 5,000, and traders are forecasting a fall after public criticism."
    )
    new = {"hope_intent", "afraid", "stand_to", "estimated_figure", "news_hedge", "public_mood"}
    rules = {
        g: {m.rule for sc in scan(parse_article(text, id="t"), guideline=g) for m in sc.matches}
        for g in ("news", "szeged")
    }
    assert new <= rules["news"]
    assert not new & rules["szeged"]
