"""Rule ``resumed_quotation``: a quotation resumed after its cue's sentence is an attribution of its own.

The shipped analyzer (rules and tagger) on hand-written news paragraphs in the shape outlet sports and
business pages quote in; the news guideline's "A's 2019-150 rule" (``benchmarks/wikinews/README.md``).
"""

from __future__ import annotations

import json

from analysis import parse_article
from analysis.attribution import find_attributions
from analysis.predict import task_output

STORY = (
    "Wild beat Sabres 4-1\n\n"
    "Zach Parise scored twice as the Wild beat Buffalo on Saturday night.\n\n"
    "\u201cThat\u2019s perfect,\u201d coach Bruce Boudreau said. "
    "\u201cIt\u2019s the mark of a true competitor.\u201d\n\n"
    "Parise said: \u201cWe\u2019ve been there. We know what to do.\u201d\n\n"
    "\u201cWe kept going,\u201d he said after the game.\n\n"
    "\u201cNobody quit.\u201d"
)


def _rows(text: str) -> list[tuple[str | None, str | None, str, str, list[str], str]]:
    art = parse_article(text)
    t = art.text
    return [
        (
            t[a.cue.start : a.cue.end] if a.cue else None,
            t[a.source.start : a.source.end] if a.source else None,
            a.source_name,
            a.kind,
            [t[c.start : c.end] for c in a.content],
            a.content_by.label(),
        )
        for a in find_attributions(art)
    ]


def test_a_quotation_after_the_cue_sentence_is_a_row_of_its_own_credited_by_the_same_cue():
    assert _rows(STORY) == [
        ("said", "coach Bruce Boudreau", "Bruce Boudreau", "direct", ["\u201cThat\u2019s perfect,\u201d"],
         "rule direct_inversion"),
        ("said", "coach Bruce Boudreau", "Bruce Boudreau", "direct",
         ["\u201cIt\u2019s the mark of a true competitor.\u201d"], "rule resumed_quotation"),
        # a colon lead-in: the quotation is inside the cue's sentence, one attribution
        ("said", "Parise", "Zach Parise", "direct",
         ["\u201cWe\u2019ve been there. We know what to do.\u201d"], "rule subject_verb"),
        ("said", "he", "Zach Parise", "direct", ["\u201cWe kept going,\u201d"], "rule direct_inversion"),
        # the next paragraph's quotation, a new one: a row of its own, resolved to the same speaker
        ("said", "he", "Zach Parise", "direct", ["\u201cNobody quit.\u201d"], "rule resumed_quotation"),
    ]


def test_one_quotation_over_two_paragraphs_stays_one_attribution():
    # the first paragraph's quotation is never closed: the second paragraph continues it
    text = "Talks fail\n\nThe minister said: \u201cWe tried.\n\n\u201cAnd we failed.\u201d"
    assert [r[4] for r in _rows(text)] == [["\u201cWe tried.", "\u201cAnd we failed.\u201d"]]


def test_an_indirect_report_followed_by_a_quotation_becomes_indirect_plus_direct():
    text = 'Vote count\n\nThe senator said that she would stay. "We are in till the last ballot is cast!"'
    rows = _rows(text)
    assert [(r[0], r[3], r[4], r[5]) for r in rows] == [
        ("said", "indirect", ["that she would stay"], "rule subject_verb"),
        ("said", "direct", ['"We are in till the last ballot is cast!"'], "rule resumed_quotation"),
    ]


def test_the_predict_output_names_the_rule_of_the_resumed_content():
    art = parse_article(STORY, id="story")
    out = task_output("attribution", art)["attributions"]
    resumed = [a for a in out if a["provenance"]["content"]["rule"] == "resumed_quotation"]
    assert len(resumed) == 2
    assert [(a["cue"] is not None, a["source_name"]) for a in resumed] == [
        (True, "Bruce Boudreau"), (True, "Zach Parise")]
    assert [STORY[a["content"][0][0] : a["content"][0][1]] for a in resumed] == [
        "\u201cIt\u2019s the mark of a true competitor.\u201d",
        "\u201cNobody quit.\u201d",
    ]
    json.dumps(out)  # plain JSON


def test_quotations_that_never_close_or_run_on_for_pages_stay_inside_the_text():
    tail = "\n\n\u201cB.\u201d he said. \u201cC.\u201d \u201cD"
    text = "Headline\n\n" + "\u201cA long quote, he said. " * 200 + tail
    art = parse_article(text)
    for a in find_attributions(art):
        for span in (a.cue, a.source, *a.content):
            assert span is None or 0 <= span.start < span.end <= len(art.text)
