"""Source attribution: the seed as a test, the rule shapes on hand-made sentences, and bad input."""

from __future__ import annotations

import json

import pytest

from analysis import parse_article
from analysis.attribution import (
    PROSE_KINDS,
    Attribution,
    attribution_shares,
    attributions_table,
    find_attributions,
    source_inventory,
)
from analysis.attribution.lexicon import tables
from analysis.attribution.predict import attribution_task
from analysis.attribution.quotes import scan_block
from analysis.attribution.report import corpus_findings, findings
from analysis.loading import Record
from analysis.model import Span

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
    a = parse_article("Headline\n\n" + text)
    atts = find_attributions(a)
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
    assert a.source == _span(t, "Jens Stoltenberg, the secretary-general of NATO")
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
    assert (acc.kind, acc.source_type, acc.source_name) == ("according_to", "media", "AP")
    acc2 = _by_cue(seed, atts, "According to")
    assert acc2.source == _span(t, "AP", t.index("According to AP"))
    assert acc2.content == (
        _span(
            t,
            "the Asian country has received billions of dollars worth of deals to give "
            "NATO member Poland tanks, fighter jets, and other weapons",
        ),
    )
    assert (acc2.source_type, acc2.source_name, acc2.channel) == ("media", "AP", "")


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
    assert not any(a.in_caption for a in atts)
    for a in atts:
        assert seed.parts[a.part].kind in ("paragraph", "heading")
    _check_spans(seed.text, atts)


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
    assert inv["source_name"].is_unique
    sh = attribution_shares(seed)
    assert sh["anonymous"] == 3
    assert sh["direct"] == 0 and sh["direct_share"] == 0.0
    assert sh["outlet_attributions"] >= 4
    assert 0 < sh["attributed_sentence_share"] < 1
    text = " ".join(findings(seed))
    assert "unnamed person or group" in text and "AP" in text


# ----- rule shapes on hand-made sentences ---------------------------------------------------------------


def test_direct_quote_split_by_cue_is_one_attribution_with_two_fragments():
    got = _one('"We will win," she said on Monday. "Nobody can stop us."')
    assert got == [("said", "she", ['"We will win,"', '"Nobody can stop us."'], "direct", "pronoun")]


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
        ("pronoun", "John Smith"),
    ]


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
            "document",
        )
    ]


def test_nouns_are_not_cues():
    assert _one("The report was long. His statement came late. The state of the United States is good.") == []


def test_passive_is_not_a_cue():
    assert _one("The man was told to leave.") == []


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


def test_empty_article_shares_are_zero_not_errors():
    a = parse_article("")
    assert attribution_shares(a)["named_share"] == 0.0
    assert findings(a)[0].endswith("(0 sentences read).")
    assert corpus_findings([]) == ["No article was read."]


# ----- predict and lexicons ------------------------------------------------------------------------------


def test_predict_output_is_json_and_offsets_match(seed):
    rec = Record(id="x", text=seed.text, where="test", meta={})
    out = attribution_task(seed, rec)
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
