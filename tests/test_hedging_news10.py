"""Issue 13, tenth round (session 9, hedge13k): weasel false positives read in dev9 and dev8 (outlet news),
each checked against the guideline and narrowed for the whole class it names.

- A shield ("reportedly", "allegedly") whose source the sentence names is that source's word, not weasel
  wording (labelling notes: a "reportedly" whose understood source is clear from the same sentence): a
  named source closing the sentence ("..., Harris said"), "according to" a named source, or one unnamed but
  specific person closing it ("..., the source claimed": anonymous, not weasel). The attribution analyzer
  now finds such a closing source at all: an inverted cue may take a clause holding a shield adverb, and a
  written source wins over a sourceless "allegedly" claiming the same content.
- A relative clause ("..., who mentioned it") frames nothing before it.

Every sentence here was written for these tests (none is copied from an article or a corpus).
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.attribution import PROSE_KINDS, find_attributions
from analysis.hedging import judge


def _judged(text: str) -> tuple[bool, bool, bool, str]:
    j = judge(parse_article(text, id="t"))[0]
    return j.uncertain, j.weasel, j.anonymous_source, j.weasel_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a named source closing the sentence holds the shield
        (
            "Officers reportedly found cannabis in the car, Harris said.",
            (True, False, False, "named_source:reportedly"),
        ),
        (
            "The deal was allegedly signed in May, according to Reuters.",
            (True, False, False, "named_source:allegedly"),
        ),
        # one unnamed but specific person closing it: anonymous source, not weasel
        (
            "The singer allegedly has not returned his calls, the source claimed to the magazine.",
            (True, False, True, "named_source:allegedly"),
        ),
        # nobody written: the claim is passed on from nobody named
        ("Officers reportedly found cannabis in the car.", (True, True, False, "shield_cue:reportedly")),
        # a relative clause after the name frames nothing before it
        (
            "The bill was reportedly pushed by Ann Lee, who mentioned it to the mayor.",
            (True, True, False, "shield_cue:reportedly"),
        ),
    ],
)
def test_shield_held_by_the_source_the_sentence_names(text, want):
    assert _judged(text) == want


def test_closing_source_after_a_shield_adverb_is_found():
    text = "Officers reportedly found cannabis in the car, Harris said."
    atts = find_attributions(parse_article(text, id="t"), kinds=PROSE_KINDS)
    got = [(text[a.cue.start : a.cue.end], a.source and text[a.source.start : a.source.end]) for a in atts]
    assert ("said", "Harris") in got
    harris = next(a for a in atts if a.source is not None)
    content = [text[c.start : c.end] for c in harris.content]
    assert content == ["Officers reportedly found cannabis in the car"]
    assert harris.source_type == "named_person"


def test_written_source_wins_over_a_sourceless_adverb_for_the_same_content():
    text = "The deal was allegedly signed in May, according to Reuters."
    atts = find_attributions(parse_article(text, id="t"), kinds=PROSE_KINDS)
    sourced = [(text[a.cue.start : a.cue.end], text[a.source.start : a.source.end]) for a in atts if a.source]
    assert sourced == [("according to", "Reuters")]
    # alone, the adverb is still the attribution (source none)
    text = "The deal was allegedly signed in May."
    atts = find_attributions(parse_article(text, id="t"), kinds=PROSE_KINDS)
    assert [(text[a.cue.start : a.cue.end], a.source) for a in atts] == [("allegedly", None)]
