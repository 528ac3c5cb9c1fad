"""Issue 13: uncertainty and weasel wording judged right on news sentences, each decision with its rule.

The sentences are written for these tests after the examples quoted in the issue (no corpus text). Each
test states the flag and the rule id or model decision behind it, so a changed rule shows up here.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest
from timing import LINEAR_BOUND, growth

from analysis import parse_article
from analysis.hedging import judge
from analysis.hedging.predict import hedging_task
from analysis.hedging.sentences import judge_sentences
from analysis.hedging.sources import SOURCE_TYPE_ALIASES, Source, judge_source, source_type, sources_from
from analysis.pipeline import Doc


def flags(text: str) -> tuple[str, dict[str, str]]:
    """'UWA' letters for uncertain / weasel / anonymous_source, and the non-empty reasons."""
    r = hedging_task(Doc(parse_article(text)))
    letters = (
        ("U" if r["uncertain"] else "-")
        + ("W" if r["weasel"] else "-")
        + ("A" if r["anonymous_source"] else "-")
    )
    return letters, {k: v for k, v in r["why"].items() if v}


@pytest.mark.parametrize(
    ("text", "want", "why"),
    [
        # weasel: a claim resting on an unnamed, vague source
        ("Experts agree that the vaccine is safe.", "-W-", {"weasel": "vague_source:experts"}),
        ("Most experts advise against travel to the region.", "-W-", {"weasel": "vague_source:most experts"}),
        ("The budget was criticised by diplomats as bloated.", "-W-", {"weasel": "vague_source:diplomats"}),
        (
            "Politicians and animal rights activists were quick to condemn the cull.",
            "-W-",
            # session 21 (source25, rule plural_pair): the two groups are two attributions, so two reasons
            {"weasel": "vague_source:politicians; vague_source:animal rights activists"},
        ),
        # session 21: "it is understood" is a shield in news (a claim passed on, not vouched for), so the
        # sentence is uncertain too, as the labelling notes read it (AX's "is understood to", politics-069)
        (
            "It is understood that the minister will resign.",
            "UW-",
            {"uncertain": "firm_cue:it {be} understood", "weasel": "shield_cue:it {be} understood"},
        ),
        # never weasel: a named source, a plain fact
        ('"He spent a lot of time looking after his family," Crammond said.', "---", {}),
        ("The EU gave the PA some $1.4 billion in 2007.", "---", {"uncertain": "approximate_figure:some"}),
        # anonymous but specific: its own flag
        (
            "A police spokesman said the road would reopen on Friday.",
            "--A",
            {"uncertain": "rejected:would/would", "anonymous_source": "anonymous_person:a police spokesman"},
        ),
        # uncertainty false alarms of the issue, each refused by a named rule
        ("The suspect was arrested on Monday.", "---", {"uncertain": "rejected:suspect/suspect"}),
        ("May the injured recover soon.", "---", {"uncertain": "rejected:may/may"}),
        # uncertainty misses of the issue, now firm cues
        ("A cigarette could have started the blaze.", "U--", {"uncertain": "firm_cue:could have"}),
        ("It sounds like the engine failed.", "U--", {"uncertain": "firm_cue:sounds like"}),
        ("She felt that the government had abandoned them.", "U--", {"uncertain": "firm_cue:felt that"}),
        ("The man had apparently been drinking.", "U--", {"uncertain": "firm_cue:apparently"}),
        ("Both houses would have to pass it.", "---", {"uncertain": "weighed:would(model 0.03)"}),
        ("It is not known whether anyone was hurt.", "U--", {"uncertain": "firm_cue:not known"}),
    ],
)
def test_issue_examples(text, want, why):
    got, reasons = flags(text)
    assert got == want
    if why is not None:
        assert reasons == why


def test_survey_most_likely_is_refused_as_a_cue():
    """The cue is refused by its rule; the sentence model may still weigh the words (a known limit)."""
    from analysis.hedging.cues import scan

    [sc] = scan(parse_article("Voters over 65 were most likely to vote for the party, at 45%."))
    assert [m.pattern for m in sc.matches] == []
    rejected = [(m.pattern, m.rule) for m in sc.rejected]
    assert rejected == [("most likely", "most_likely"), ("likely", "likely")]
    [sc] = scan(parse_article("The fire was most likely caused by a cigarette."))
    assert [(m.pattern, m.rule) for m in sc.matches] == [("most likely", "most_likely")]


def test_reported_instruction_is_not_uncertain():
    got, reasons = flags("Police said if the public sees anybody driving erratically, they should call 911.")
    assert got[0] == "-" and reasons["uncertain"] == "rejected:if/if"


def test_counterfactual_would_have_is_never_overruled():
    got, reasons = flags('"We would have heard something," a neighbour said.')
    assert got == "U-A"
    assert reasons == {"uncertain": "firm_cue:would have", "anonymous_source": "anonymous_person:a neighbour"}


def test_a_found_cue_is_rejected_by_a_rule_or_makes_the_sentence_uncertain(seed):
    """No silent overrule: every certain sentence with an uncertainty cue says which rule set it aside."""
    from analysis.hedging.cues import scan
    from analysis.hedging.sentences import UNCERTAIN_CATEGORIES

    rows = judge(seed, ())
    for sc, row in zip(scan(seed), rows, strict=True):
        if any(m.category in UNCERTAIN_CATEGORIES for m in sc.matches) and not row.uncertain:
            assert row.uncertain_rule.startswith("weighed:"), row
        if row.uncertain:
            assert row.uncertain_rule.startswith(("firm_cue:", "model:")), row


def test_seed_however_sentence_is_not_weasel_and_could_stays_stoltenbergs_hedge(seed):
    from analysis.attribution import find_attributions
    from analysis.hedging import find_cues

    t = seed.text
    df = judge_sentences(seed)
    however = df[df["text"].str.startswith("However, due to its policy")]
    assert len(however) == 1 and not however["weasel"].iloc[0] and however["weasel_rule"].iloc[0] == ""
    atts = find_attributions(seed)
    cues = find_cues(seed, [c for a in atts for c in a.content])
    at = t.index("South Korea could do it too") + len("South Korea ")
    [could] = [c for c in cues if c.start == at]
    assert (could.kind, could.voice, could.rule) == ("hedge", "source", "could")
    row = df[(df["start"] <= at) & (at < df["end"])].iloc[0]
    assert row["uncertain"] and row["uncertain_rule"] == "firm_cue:if"


def test_source_types_old_and_new_names_read_alike():
    assert SOURCE_TYPE_ALIASES == {
        "government": "government_body",
        "media": "media_outlet",
        "pronoun": "none",
    }
    assert [source_type(t) for t in ("government", "government_body", "media", "pronoun", "bogus")] == [
        "government_body",
        "government_body",
        "media_outlet",
        "none",
        "none",
    ]
    text = "Officials said it. Police said it. A spokesman said it. Reuters said it."
    old = [
        {"source": [0, 9], "cue": [10, 14], "source_type": "unnamed_group"},
        {"source": [19, 25], "cue": [26, 30], "source_type": "government"},
        {"source": [35, 46], "cue": [47, 51], "source_type": "anonymous_person"},
        {"source": [56, 63], "cue": [64, 68], "source_type": "media"},
        {"source": None, "cue": [64, 68], "source_type": "none"},
    ]
    new = [
        dict(
            a,
            source_type={"government": "government_body", "media": "media_outlet"}.get(
                a["source_type"], a["source_type"]
            ),
        )
        for a in old
    ]
    assert sources_from(old) == sources_from(new)
    got = [judge_source(s, text) for s in sources_from(new)]
    assert [(f.flag, f.rule, text[f.start : f.end]) if f else None for f in got] == [
        ("weasel", "vague_source", "Officials"),
        None,
        ("anonymous_source", "anonymous_person", "A spokesman"),
        None,
    ]
    # "police" stands for one institution even when typed as an unnamed group
    assert judge_source(Source(19, 25, 26, 30, "unnamed_group"), text) is None


def test_named_source_vetoes_a_weasel_pattern():
    text = "According to reports from the interior ministry, 200 people attended."
    atts = [{"source": [13, 47], "cue": [0, 12], "source_type": "government_body"}]
    [row] = judge(parse_article(text), atts)
    # since session 7 the pattern itself gives way when the reports' owner follows (rule owned_reports)
    assert (row.weasel, row.weasel_rule) == (False, "")
    text = "UN reports indicate 200 people attended."
    atts = [{"source": [0, 10], "cue": [11, 19], "source_type": "document"}]
    [row] = judge(parse_article(text), atts)
    assert (row.weasel, row.weasel_rule) == (False, "named_source:reports indicate")


def test_sentence_table_carries_rules():
    df = judge_sentences(parse_article("Critics say the plan may fail. The bridge opened in 1990."), ())
    assert df[["uncertain", "weasel", "uncertain_rule", "weasel_rule"]].values.tolist() == [
        [True, True, "firm_cue:may", "weasel_pattern:{inherently_vague} {say_verb}"],
        [False, False, "", ""],
    ]


# ---- bad input: no exception, spans inside the text


BAD_INPUTS = {
    "one word": "Maybe.",
    "all capitals": "POLICE SAY THE FIRE MAY HAVE BEEN STARTED DELIBERATELY, SOURCES SAID.",
    "no letters": "12:30 -- 45% / 7,000 ... ??? !!!",
    "another language": "Según algunos expertos, el fuego podría haber sido provocado.",
    "quote marks only": "\"\" '' “” ‘’ «»",
    "no punctuation": " ".join(["critics say it may rain if the experts could be right"] * 9100)[:100_000],
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input(name):
    from analysis.predict import run

    text = BAD_INPUTS[name]
    out = io.StringIO()
    errors = run("hedging", [json.dumps({"id": name, "text": text})], out)
    [got] = [json.loads(x) for x in out.getvalue().splitlines()]
    assert errors == 0 and "error" not in got
    for c in got["cues"]:
        assert 0 <= c["start"] < c["end"] <= len(text)
    if name == "no punctuation":
        assert len(text) == 100_000 and got["uncertain"] and got["weasel"]
    if name == "one word":
        assert got["uncertain"] and got["why"]["uncertain"] == "firm_cue:maybe"
    if name in ("no letters", "quote marks only"):
        assert got == {
            "id": name,
            "uncertain": False,
            "weasel": False,
            "anonymous_source": False,
            "cues": [],
            "why": {"uncertain": "", "weasel": "", "anonymous_source": ""},
        }


def test_a_run_on_sentence_of_hedges_is_judged_in_linear_time():
    """A 100,000-character sentence with no full stop is judged in < 1 s (measured by
    ``benchmarks/bench_scaling.py``, shape "hedges"); here: 4x the characters must not cost 16x the time."""
    from analysis.predict import run

    words = " ".join(["critics say it may rain if the experts could be right"] * 9100)

    def work(n: int) -> Callable[[], object]:
        line = json.dumps({"id": "run-on", "text": words[:n]})
        return lambda: run("hedging", [line], io.StringIO())

    assert growth(work(25_000), work(100_000), repeat=2) < LINEAR_BOUND


def test_source_head_named_context_and_bodies():
    text = (
        "State legislators supporting the law argued it was needed. "
        "Senator Klobuchar's campaign said she was ending her bid. "
        "His death was confirmed by his son, Wolfgang Van Halen. "
        "Countries announced stricter measures."
    )
    a = text.index
    srcs = [
        Source(a("State"), a(" argued"), a("argued"), a("argued") + 6, "unnamed_group"),
        Source(a("Senator"), a(" said"), a("said"), a("said") + 4, "anonymous_person"),
        Source(a("his son"), a(", Wolfgang"), a("confirmed"), a("confirmed") + 9, "anonymous_person"),
        Source(a("Countries"), a(" announced"), a("announced"), a("announced") + 9, "unnamed_group"),
    ]
    got = [judge_source(s, text) for s in srcs]
    assert [(f.flag, f.rule) if f else None for f in got] == [("weasel", "vague_source"), None, None, None]


def test_shield_is_weasel_unless_the_sentence_names_its_source():
    [plain] = judge(parse_article("The site was reportedly closed in 2019."), ())
    assert (plain.uncertain, plain.weasel, plain.weasel_rule) == (True, True, "shield_cue:reportedly")
    text = "The KGB arrested 33 men, who allegedly planned an attack."
    atts = [{"source": [0, 7], "cue": [8, 16], "source_type": "government"}]
    [named] = judge(parse_article(text), atts)
    assert (named.uncertain, named.weasel, named.weasel_rule) == (True, False, "named_source:allegedly")


def test_alleged_adjective_hedges_but_the_verb_reports():
    [adj] = judge(parse_article("Police arrested its alleged operator."), ())
    assert (adj.uncertain, adj.uncertain_rule, adj.weasel) == (True, "firm_cue:alleged", False)
    from analysis.hedging.cues import scan

    [sc] = scan(parse_article("Grenell alleged Mahan had lied."))
    assert sc.matches == [] and [(m.pattern, m.rule) for m in sc.rejected] == [("alleged", "alleged")]


def test_report_hover_names_the_rule_and_the_sentence_decision(seed):
    from analysis.hedging import cues_table
    from analysis.report.layers import hedging_highlights

    hl = hedging_highlights(cues_table(seed))
    t = seed.text
    could = t.index("South Korea could do it too") + len("South Korea ")
    [h] = [h for h in hl if h.start == could]
    assert h.label == "Hedge: modal (rule could; sentence uncertain: firm_cue:if)"
    [officials] = [h for h in hl if t[h.start : h.end] == "South Korean officials"]
    assert officials.label == (
        "Weasel wording: weasel (rule vague_source; sentence weasel: vague_source:south korean officials)"
    )


@pytest.mark.parametrize(
    ("text", "matched", "refused"),
    [
        (
            "Reuters estimated around 200 people attended.",
            [("estimated", "estimate"), ("around", "quantity")],
            [],
        ),
        ("The researchers estimate it had a top speed of 18 mph.", [("estimate", "estimate")], []),
        ("The age was estimated using tree rings.", [], [("estimated", "estimate")]),
        ("The estimates were published on Monday.", [], [("estimates", "estimate")]),
        ("I don't know what he is basing this on.", [("don't know", "know_open")], []),
        ("You have scientists who don't know the cure.", [], [("don't know", "know_open")]),
    ],
)
def test_estimate_and_know_rules(text, matched, refused):
    from analysis.hedging.cues import scan

    [sc] = scan(parse_article(text))
    assert [(m.pattern, m.rule) for m in sc.matches if m.kind == "hedge"] == matched
    assert [(m.pattern, m.rule) for m in sc.rejected] == refused


def test_pronoun_source_is_judged_by_what_it_resolves_to():
    text = "They also stated arrests were made in Spain."
    they = Source(0, 4, 10, 16, "unnamed_group", "pronoun", "US authorities")
    he = Source(0, 4, 10, 16, "named_person", "pronoun", "Troy Roberts")
    flag = judge_source(they, text)
    assert flag is not None and (flag.flag, flag.rule, flag.start, flag.end) == (
        "weasel",
        "vague_source",
        0,
        4,
    )
    assert judge_source(he, text) is None
    atts = [
        {
            "source": [0, 4],
            "cue": [10, 16],
            "source_type": "unnamed_group",
            "mention": "pronoun",
            "source_name": "US authorities",
        }
    ]
    [row] = judge(parse_article(text), atts)
    assert (row.weasel, row.weasel_rule) == (True, "vague_source:they (US authorities)")


# ---- issue 13, session 6 (hedge13f): anonymous-but-specific sources and vague sources after their cue.
# The sentences are written for these tests (not copied from the labelled articles).


def _one(text: str):
    [j, *_] = judge(parse_article(text))
    return j, [(f.flag, f.rule, text[f.start : f.end]) for f in j.flag_spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one unnamed member of a named body, whatever type the attribution analyzer gives the body: typed
        # anonymous_person by attribution (rule anonymous_person), else found by its shape (indefinite_member)
        (
            "A source within the Defence Ministry reportedly said the toll was far higher.",
            [
                ("anonymous_source", "anonymous_person", "A source within the Defence Ministry"),
                ("weasel", "shield_cue", "reportedly"),  # no longer vetoed as a named source
            ],
        ),
        (
            "An Reuters correspondent in Lagos said the road was closed.",
            [("anonymous_source", "anonymous_person", "An Reuters correspondent in Lagos")],
        ),
        # an acronym head: typed an organisation by attribution before session 22 (rule indefinite_member
        # caught it), an anonymous person since "MP" is a role noun
        ("One MP told the BBC the vote would fail.",
         [("anonymous_source", "anonymous_person", "One MP")]),  # fmt: skip
        ("One of the survivors said the boat sank within minutes.",
         [("anonymous_source", "anonymous_person", "One of the survivors")]),  # fmt: skip
        # the attribution analyzer types "One of them" an anonymous_person (session 7), which keeps that rule
        ("One of them went on to say the boat sank within minutes.",
         [("anonymous_source", "anonymous_person", "One of them")]),  # fmt: skip
        # "according to his manager, Smith had ...": the comma closes the phrase, no apposition names him
        ("According to his manager, Smith had been ill for months.",
         [("anonymous_source", "anonymous_person", "his manager")]),  # fmt: skip
        ("The agency reported being told off the record that the mine had closed.",
         [("anonymous_source", "anonymity_phrase", "off the record")]),  # fmt: skip
        # plural officials speaking anonymously: weasel wording, not an anonymous source
        ("Officials, speaking on condition of anonymity, said the mine had closed.",
         [("weasel", "vague_source", "Officials")]),  # fmt: skip
        (
            "The toll rose to 12 on Sunday, said officials, with 30 others hurt.",
            [("weasel", "weasel_pattern", "said officials"), ("weasel", "vague_source", "officials")],
        ),
        (
            "Reuters called it the worst attack this year, with officials reporting at the time 40 dead.",
            [
                ("weasel", "weasel_pattern", "with officials reporting"),
                ("weasel", "vague_source", "officials"),
            ],
        ),
        # a vague source framing the claim after a comma; one unnamed source is anonymous, not weasel
        (
            "The toll rose to 39, officials told state media, adding that the search had ended.",
            [("weasel", "vague_source", "officials"), ("weasel", "weasel_pattern", "officials told")],
        ),
        ("An anonymous source said the depot held explosives.",
         [("anonymous_source", "anonymous_person", "An anonymous source")]),  # fmt: skip
        # one member of a group, its head before "close to" (session 7); the source span is the analyzer's
        ("A source close to the family said he was recovering.",
         # the whole source since session 20 ("family" was skipped as an adverb ending in -ly: ly_noun); the
         # attribution types it an anonymous person since session 21 ("close to" ends the head, as "familiar
         # with" does), and that rule is tried first
         [("anonymous_source", "anonymous_person", "A source close to the family")]),  # fmt: skip
        (
            "Anonymous sources said the depot held explosives.",
            [  # same words, two rules: sorted by rule id as well (the order was a set's, and varied)
                ("weasel", "vague_source", "Anonymous sources"),
                ("weasel", "weasel_pattern", "Anonymous sources"),
            ],
        ),
        # not flagged: officials are what was said, not who said it; a named appositive; a named body
        ("He said officials would investigate the crash.", []),
        ("Hours later Sergey M, one of the maintainers of the tool, wrote that work would go on.", []),
        ("A Reuters report said the vote would fail.", []),  # a report, not a person of Reuters
        ("The death was confirmed by his son, Wolfgang Van Halen.", []),
        ("The Foreign Ministry said talks would go on.", []),
    ],
)
def test_anonymous_and_postposed_sources(text, expected):
    _, got = _one(text)
    assert got == expected


def test_indefinite_member_rule_needs_a_person_noun_before_any_postmodifier():
    from analysis.hedging.sources import anonymous_description

    text = (
        "A report by the Interior Ministry said so. A source said so. One said so. "
        "The source at the Ministry said so."
    )
    a = text.index
    cases = [
        Source(a("A report"), a(" said"), a("said"), a("said") + 4, "government_body"),  # a document's owner
        Source(a("A source said"), a("A source said") + 8, 0, 0, "none"),  # "a" and a person noun
        Source(a("One said"), a("One said") + 3, 0, 0, "none"),  # "One" with no "of"
        Source(a("The source"), a(" said so.", a("The source")), 0, 0, "government_body"),  # definite
        Source(a("A report"), a(" said"), a("said"), a("said") + 4, "named_person"),
    ]
    assert [anonymous_description(s, text) for s in cases] == ["", "indefinite_member", "", "", ""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Told OFF THE RECORD, he said the mine had closed.", ["OFF THE RECORD"]),
        # "İ" lower-cases to two characters: offsets stay on the text
        ("İzmir: a source close to the mayor said the port had closed.", ["a source close to"]),
        ("off the recordings were lost", []),  # a word boundary is needed
        ("", []),
        ('""', []),
    ],
)
def test_anonymity_phrases_keep_offsets_on_any_text(text, expected):
    from analysis.hedging.sources import anonymity_phrases

    assert [text[a:b] for a, b in anonymity_phrases(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of them went on to say the boat sank within minutes.", (True, "anonymous_person:one of them")),
        ("As one of the journalists assembled at the unveiling declared, it was all very post modern.",
         (True, "one_of:one of the journalists assembled at the unveiling")),  # fmt: skip
        # review6, unseen BBC text: no group of people, or one named in apposition
        ("The pledge was one of six election pledges unveiled by Mr Blair last week.", (False, "")),
        ("The plan is one of the most fiercely opposed plans.", (False, "")),
        ("One of the jilted bidders, Netherlands-based group LNM, said it welcomed the sale.", (False, "")),
    ],
)
def test_one_of_needs_a_group_of_people_and_no_name_in_apposition(text, expected):
    j, _ = _one(text)
    assert (j.anonymous_source, j.anonymous_rule) == expected


def test_told_after_a_comma_takes_its_addressee_not_a_postposed_source():
    """review6, unseen BBC text: "..., told researchers:" was flagged weasel (rule postposed_source)."""
    j, flags = _one('Barbara Follet, elected in 1997, told researchers: "I remember it well."')
    assert (j.weasel, j.weasel_rule, flags) == (False, "", [])
    j, flags = _one("A total of 39 are dead, officials told state media, adding that rescue had ended.")
    assert (j.weasel, flags) == (
        True,
        [("weasel", "vague_source", "officials"), ("weasel", "weasel_pattern", "officials told")],
    )
