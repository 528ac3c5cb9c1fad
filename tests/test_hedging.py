"""Tests of analysis.hedging: cue spans on the seed and hand-made sentences, judgements, voice, bad input."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from timing import LINEAR_BOUND, growth

from analysis import load_article, parse_article
from analysis.hedging import (
    CATEGORIES,
    KINDS,
    Cue,
    cues_table,
    densities,
    find_cues,
    judge,
    judge_sentences,
    voice_split,
    voice_table,
)
from analysis.hedging.classifier import model
from analysis.hedging.report import findings
from analysis.lexicons import load
from analysis.model import Article, Span

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_479d4342943fee16.txt"
DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="module")
def seed():
    return load_article(SEED)


def cue_list(text: str) -> list[tuple[str, str, str]]:
    a = parse_article(text)
    return [(text[c.start : c.end], c.category, c.kind) for c in find_cues(a)]


def at(text: str, phrase: str, anchor: str = "") -> tuple[int, int]:
    """Span of ``phrase``, searched from the start of ``anchor`` (to pick one occurrence)."""
    start = text.index(phrase, text.index(anchor) if anchor else 0)
    return start, start + len(phrase)


# ---- the seed


def test_seed_cues_exact(seed):
    t = seed.text
    stolt = "Stoltenberg encouraged South Korea"
    expected = [
        (*at(t, "if", stolt + " to increase"), "conditional", "hedge"),
        (*at(t, "could", stolt), "modal", "hedge"),
        (*at(t, "could", "South Korea could do it too"), "modal", "hedge"),
        (*at(t, "may", "South Korea may not be directly sending"), "modal", "hedge"),
        (*at(t, "concerns that"), "epistemic_verb", "hedge"),
        (*at(t, "would", "would be too challenging to manage"), "modal", "hedge"),
        (*at(t, "could", "could exacerbate"), "modal", "hedge"),
    ]
    got = [(c.start, c.end, c.category, c.kind) for c in find_cues(seed)]
    assert got == expected
    assert [c.start for c in find_cues(seed)] == sorted(c.start for c in find_cues(seed))


def test_seed_decisions_is_set_to_and_will_stand_behind(seed):
    t = seed.text
    for phrase in ("is set to send", "will stand behind"):
        s, e = at(t, phrase)
        assert not [c for c in find_cues(seed) if c.start < e and s < c.end], phrase


def test_seed_about_only_before_numbers(seed):
    # The seed's "about" (talked about how, talks about supplying) never qualifies a number.
    assert "about" in seed.text
    assert not [c for c in find_cues(seed) if c.category == "approximator"]


def test_seed_voice_split_with_hand_made_span(seed):
    t = seed.text
    para_start = t.index("Stoltenberg encouraged")
    content_start = t.index("arguing that ", para_start) + len("arguing that ")
    content_end = t.index("do it too.", para_start) + len("do it too")
    cues = voice_split(seed, [Span(content_start, content_end)])
    source = [(t[c.start : c.end], c.start) for c in cues if c.voice == "source"]
    assert source == [
        ("if", at(t, "if", "Stoltenberg encouraged South Korea to increase")[0]),
        ("could", at(t, "could", "Stoltenberg encouraged")[0]),
        ("could", at(t, "could", "South Korea could do it too")[0]),
    ]
    assert [c.voice for c in cues].count("reporter") == 4
    assert all(c.voice == "" for c in find_cues(seed))
    vt = voice_table(seed, [Span(content_start, content_end)])
    hedge = vt[vt["kind"] == "hedge"].set_index("voice")["cues"].to_dict()
    assert hedge == {"reporter": 4, "source": 3}


def test_seed_sentence_table(seed):
    df = judge_sentences(seed)
    assert list(df.columns[:9]) == [
        "article",
        "sentence",
        "start",
        "end",
        "kind",
        "uncertain",
        "weasel",
        "anonymous_source",
        "n_hedges",
    ]
    assert "text" in df.columns
    assert len(df) == len(seed.sentences)
    assert df["sentence"].tolist() == list(range(len(seed.sentences)))
    row = df[df["text"].str.startswith("South Korea may not be directly sending")].iloc[0]
    assert row["n_hedges"] == 1 and bool(row["uncertain"])
    assert int(df["n_hedges"].sum()) == 7
    assert [j.uncertain for j in judge(seed)] == df["uncertain"].tolist()


def test_seed_densities(seed):
    d = densities(seed)
    whole = d[d["section"] == "(whole body)"].iloc[0]
    assert whole["hedges"] == 7
    assert (whole["boosters"], whole["shields"], whole["weasels"]) == (0, 0, 0)
    assert whole["sentences"] == 20
    assert whole["uncertain_sentences"] == int(whole["uncertain_share"] * 20 + 0.5)
    assert whole["hedges_per_100w"] == round(100 * 7 / whole["words"], 2)
    sections = d["section"].tolist()
    assert sections[:3] == ["(before the first heading)", "Increase Military Support", "Fast-Track Talks"]
    assert d["words"].iloc[:-1].sum() == whole["words"]
    assert d["hedges"].iloc[:-1].sum() == whole["hedges"]


def test_cues_table_and_findings(seed):
    tab = cues_table(seed)
    assert tab[["text", "kind", "rule"]].values.tolist() == [
        ["if", "hedge", "if"],
        ["could", "hedge", "could"],
        ["could", "hedge", "could"],
        ["may", "hedge", "may"],
        ["an American authority", "anonymous", "anonymous_person"],
        ["South Korean officials", "weasel", "vague_source"],
        ["a top Ukrainian presidential aide", "anonymous", "anonymous_person"],
        ["concerns that", "hedge", "-"],
        ["would", "hedge", "would"],
        ["could", "hedge", "could"],
    ]
    assert tab["sentence_uncertain_rule"].tolist()[:4] == ["firm_cue:if"] * 3 + ["firm_cue:may"]
    assert set(tab["part_kind"]) == {"paragraph"}
    lines = findings([seed])
    assert lines[0] == (
        "Across 1 article (408 body words), the cue patterns found 7 hedges (1.72 per 100 words) and "
        "0 boosters (0.00 per 100 words), plus 0 attribution shields and 0 weasel phrases."
    )
    assert lines[2] == (
        "4 of 20 body sentences (20%) read as uncertain (a firm hedge or the sentence model), 1 (5%) leans "
        "on a vague source (weasel wording) and 2 (10%) on an anonymous one."
    )
    assert any("most frequent kind of hedge is modal" in s for s in lines)
    t = seed.text
    s0 = t.index("arguing that ", t.index("Stoltenberg encouraged")) + len("arguing that ")
    lines = findings([seed], {seed.id: [Span(s0, t.index("do it too.") + 9)]})
    assert lines[-1].startswith("Of 7 body hedges, 3 (43%) sit inside")
    assert lines[-1].endswith("most hedging is the reporter's own.")


# ---- hand-made sentences: context rules


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It may rain tomorrow.", [("may", "modal", "hedge")]),
        ("In May, the council met.", []),
        ("The vote was held on May 5.", []),
        ("Theresa May spoke to reporters.", []),
        ("May 2023 was warm.", []),
        ("He could not attend the meeting.", []),
        ("He couldn't attend the meeting.", []),
        ("They might as well stay home.", []),
        ("It may well rain.", [("may well", "modal", "hedge")]),
        ("Could you send the file?", []),
        ("She said it would send troops.", []),
        ("Critics fear it would fail.", [("Critics fear", "weasel", "weasel"), ("would", "modal", "hedge")]),
        ("Without help the plan would fail.", [("would", "modal", "hedge")]),
        ("About 100,000 people came.", [("About", "approximator", "hedge")]),
        ("They talked about the war.", []),
        ("It cost around $5bn.", [("around", "approximator", "hedge")]),
        ("Nearly half of them left.", [("Nearly", "approximator", "hedge")]),
        ("Some experts say the plan is risky.", [("Some experts say", "weasel", "weasel")]),
        # the weasel words are the vague source; the belief verb inside them is still a hedge of its own
        (
            "It is widely believed that he lied.",
            [("It is widely believed", "weasel", "weasel"), ("believed", "epistemic_verb", "hedge")],
        ),
        ("Critics argue the law is unfair.", [("Critics argue", "weasel", "weasel")]),
        ("The minister is said to be furious.", [("is said to", "shield", "shield")]),
        ("He reportedly left.", [("reportedly", "shield", "shield")]),
        ("There is no doubt that it works.", [("There is no doubt", "booster", "booster")]),
        (
            "It is not clear whether it works.",
            [("It is not clear", "adjective", "hedge"), ("whether", "conditional", "hedge")],
        ),
        ("This is clearly wrong.", [("clearly", "booster", "booster")]),
        ("This is not clearly wrong.", []),
        ("In fact, it works.", [("In fact", "booster", "booster")]),
        ("He must be tired.", [("must", "booster", "booster")]),
        ("We must act now.", []),
        ("I am certain that it works.", [("certain", "booster", "booster")]),
        ("A certain person called.", []),
        ("The plan will fail.", []),
        ("The plan is set to launch in June.", []),
        ("The results suggest a link.", [("suggest", "epistemic_verb", "hedge")]),
        ("It is likely to rain.", [("likely", "adjective", "hedge")]),
        ("If it rains, we stay.", [("If", "conditional", "hedge")]),
    ],
)
def test_context_rules(text, expected):
    assert cue_list(text) == expected


def test_curly_apostrophe_and_all_caps():
    assert cue_list("It’s not clear who won.") == [("It’s not clear", "adjective", "hedge")]
    caps = "SOUTH KOREA MAY NOT SEND WEAPONS. IN MAY 2023 IT DID."
    assert cue_list(caps) == [("MAY", "modal", "hedge")]
    assert cue_list(caps)[0] and caps.index("MAY") == find_cues(parse_article(caps))[0].start


def test_treebank_tokenised_text_reads_as_plain_text():
    """PTB escapes and split clitics give the words, features and cues of the plain spelling."""
    from analysis.hedging.classifier import features
    from analysis.hedging.cues import scan

    ptb = "Critics say it could n't -LRB- probably -RRB- work , `` as Smith 's team '' did ."
    plain = "Critics say it couldn't (probably) work, \"as Smith's team\" did."
    [a], [b] = scan(parse_article(ptb)), scan(parse_article(plain))
    assert a.words == b.words
    assert features(a.words, a.matches) == features(b.words, b.matches)
    assert cue_list(ptb) == [("Critics say", "weasel", "weasel"), ("probably", "adverb", "hedge")]
    assert [ptb[s:e] for s, e in a.offsets[3:6]] == ["could n't", "-LRB-", "probably"]


def test_scans_keep_offsets_compactly_and_one_string_per_word_form():
    """The scans live as long as the article's analysis: offsets are one integer array per sentence, and a
    word that recurs is one string object, with the same answers as the lists they replace."""
    from analysis.hedging.cues import Offsets, scan

    text = "The mayor may resign. The council said the mayor may stay."
    first, second = scan(parse_article(text))
    assert first.words == ["the", "mayor", "may", "resign", "."]
    assert second.words[3] is first.words[0] and second.words[4] is first.words[1]
    assert list(first.offsets) == [(0, 3), (4, 9), (10, 13), (14, 20), (20, 21)]
    assert first.offsets[-1] == (20, 21) and first.offsets[1:3] == [(4, 9), (10, 13)]
    assert first.offsets[::-2] == [(20, 21), (10, 13), (0, 3)] and len(first.offsets) == 5
    assert first.offsets == [(0, 3), (4, 9), (10, 13), (14, 20), (20, 21)]
    assert first.offsets == Offsets([(0, 3), (4, 9), (10, 13), (14, 20), (20, 21)])
    assert first.offsets != second.offsets and first.offsets != [(0, 3)]
    with pytest.raises(IndexError):
        first.offsets[5]
    with pytest.raises(IndexError):
        first.offsets[-6]
    assert Offsets([]) == [] and len(Offsets([])) == 0


def test_cue_record_and_vocabularies():
    c = find_cues(parse_article("It may rain."))[0]
    assert c == Cue(3, 6, "modal", "hedge", 0, "", "may", "may")
    assert set(CATEGORIES) == {
        "modal",
        "epistemic_verb",
        "adverb",
        "adjective",
        "approximator",
        "conditional",
        "shield",
        "weasel",
        "booster",
    }
    assert KINDS == ("hedge", "booster", "shield", "weasel")


# ---- judgements


def test_model_is_shipped_with_attribution():
    m = model()
    assert m is not None and len(m.weights) > 1000
    header = load("hedging/model.tsv").header
    for needle in ("Source:", "Szeged Uncertainty Corpus", "Szarvas", "CC BY-SA"):
        assert needle in header
    for name in ("hedging/cues.tsv", "hedging/classes.tsv", "hedging/sources.tsv", "hedging/weighed.tsv"):
        assert "Source:" in load(name).header


def test_judgements_on_hand_made_sentences():
    def verdict(text: str) -> tuple[bool, bool]:
        row = judge_sentences(parse_article(text)).iloc[0]
        return bool(row["uncertain"]), bool(row["weasel"])

    assert verdict("These results suggest that the protein may regulate growth.") == (True, False)
    assert verdict("The treaty was signed in Paris in 1990.") == (False, False)
    assert verdict("Some critics say the museum is the finest in Europe.")[1] is True


def test_nb_scaled_fit_on_toy_data():
    """The NB-LR fit of the uncertain model: a word as frequent in both classes gets no weight at all (its
    naive-Bayes ratio is zero), the class-specific words get weights of opposite signs, and the returned
    weights are plain ones that :func:`tools.train_hedging.predict` uses directly."""
    import numpy as np

    from tools.train_hedging import fit, predict

    rows = [{"w:good", "w:both"}] * 10 + [{"w:bad", "w:both"}] * 10
    y = np.array([True] * 10 + [False] * 10)
    weights, bias = fit(rows, y, nb=True)
    assert "w:both" not in weights
    assert weights["w:good"] > 1.0 and weights["w:bad"] < -1.0
    p = predict((weights, bias), [{"w:good"}, {"w:bad"}, {"w:both"}])
    assert p[0] > 0.9 and p[1] < 0.1 and abs(p[2] - 0.5) < 0.05


# ---- bad input


def test_bad_inputs_do_not_raise():
    odd = [
        "x",
        "Thisisatextwithoutanyspacesatallmaybeitmayormaynotbeahedge" * 50,
        "LA CONFERENCE A ETE ANNULEE. DER VERTRAG WURDE UNTERZEICHNET.",
        "Der Vertrag wurde gestern in Berlin unterzeichnet. Das Wetter war schön.",
        "北京今天宣布了新的政策。可能会下雨。",
        "!!! ??? ... ---",
    ]
    for text in odd:
        a = parse_article(text)
        assert isinstance(find_cues(a), list)
        df = judge_sentences(a)
        assert len(df) == len(a.sentences)
        assert densities(a)["section"].iloc[-1] == "(whole body)"
    assert cue_list(odd[2]) == []
    assert cue_list(odd[4]) == []


def test_huge_single_sentence_is_read_in_linear_time():
    """Cues and the sentence judge on one 100,000-character sentence: 4x the characters must not cost 16x
    the time (the absolute figure is measured by ``benchmarks/bench_scaling.py``)."""
    text = (
        "it may be about 100 people who could not say if some experts say it is widely believed to be "
        "clearly so "
    ) * 1000
    text = text[:100_000]
    small, a = parse_article(text[:25_000]), parse_article(text)

    def work(article: Article) -> Callable[[], object]:
        def run() -> object:
            article.derived.clear()  # what one run derived is not the next one's head start
            return find_cues(article), judge_sentences(article)

        return run

    assert growth(work(small), work(a), repeat=2) < LINEAR_BOUND
    cues = find_cues(a)
    assert len(text) == 100_000 and len(cues) > 5000


# ---- predict


def test_predict_task_output():
    from analysis.predict import run

    lines = [
        json.dumps({"id": "a", "text": "About 300 people may have left, some experts say."}),
        json.dumps({"id": "b", "text": "The bridge opened in 1990."}),
        json.dumps({"id": "c", "text": ""}),
    ]
    out = io.StringIO()
    errors = run("hedging", lines, out)
    got = [json.loads(x) for x in out.getvalue().splitlines()]
    assert errors == 1 and [g["id"] for g in got] == ["a", "b", "c"]
    text = json.loads(lines[0])["text"]
    assert [(text[c["start"] : c["end"]], c["category"]) for c in got[0]["cues"]] == [
        ("About", "hedge"),
        ("may have", "hedge"),
        ("some experts say", "weasel"),
    ]
    assert got[0]["uncertain"] is True and got[0]["weasel"] is True and got[0]["anonymous_source"] is False
    assert got[0]["why"] == {
        "uncertain": "firm_cue:may have",
        "weasel": "weasel_pattern:{vague_quant} {vague_source} {say_verb}; vague_source:some experts",
        "anonymous_source": "",
    }
    assert got[1] == {
        "id": "b",
        "uncertain": False,
        "weasel": False,
        "anonymous_source": False,
        "cues": [],
        "why": {"uncertain": "", "weasel": "", "anonymous_source": ""},
    }
    assert "error" in got[2]


def test_shipped_model_on_training_sample():
    """In-sample sanity check on labelled data (skips without ../shared/data), judged by the Szeged
    annotation the labels follow: the news guideline (what ``predict`` uses) reads Szeged's biomedical
    "investigation" sentences ("We examined the effect of ...") and "indicate" of a finding as certain, so
    it would measure the disagreement between the guidelines, not the model."""
    path = DATA / "hedging" / "szeged_bio_train.jsonl"
    if not path.exists():
        pytest.skip("../shared/data not found")
    from analysis.hedging.classifier import article_features
    from analysis.hedging.cues import scan
    from analysis.hedging.sentences import uncertainty

    tp = fp = fn = 0
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= 600:
                break
            r = json.loads(line)
            scans = [sc for sc in scan(parse_article(r["text"]), guideline="szeged") if sc.words]
            matches = [m for sc in scans for m in sc.matches]
            rejected = [m for sc in scans for m in sc.rejected]
            pred, _, _ = uncertainty(article_features(scans), matches, rejected, news=False)
            tp += pred and r["uncertain"]
            fp += pred and not r["uncertain"]
            fn += r["uncertain"] and not pred
    assert 2 * tp / (2 * tp + fp + fn) > 0.85


def test_make_train_reproduces_the_shipped_hedging_model_byte_for_byte(capsys):
    """The shipped weights are what ``make train`` writes from today's cue rules: a rule change that moves
    the model's features must come with the retrained ``model.tsv`` (session 11 shipped a stale one)."""
    from tools import train_hedging

    if not train_hedging.DATA.is_dir():
        pytest.skip("../shared/data not found")
    assert train_hedging.main(["--check"]) == 0
    assert capsys.readouterr().out.endswith("hedging/model.tsv: identical to a fresh training run\n")


# ---- counts agree with the sentence judgements (new-user trial, item 7)

SET_ASIDE = (
    "Harbour repairs begin\n\nWe found corrosion in places nobody expected, the engineer said. "
    "The repairs may take a year. The cost was not what anyone expected. Workers will start on Monday."
)


def test_a_weighed_cue_the_judgement_sets_aside_is_not_counted_or_highlighted():
    """ "expected" is weighed by the model and set aside (``weighed:expected``) in both certain
    sentences, so rates, counts and highlights count only the firm "may": 1 hedge in 28 body words."""
    from analysis.hedging.report import highlight_html

    a = parse_article(SET_ASIDE, id="h")
    assert [(SET_ASIDE[c.start : c.end], c.sentence) for c in find_cues(a)] == [
        ("expected", 1),
        ("may", 2),
        ("expected", 3),
    ]  # the pattern matches; the judgement decides
    judged = judge(a, ())
    assert [(j.uncertain, j.n_hedges) for j in judged[1:4]] == [(False, 0), (True, 1), (False, 0)]
    assert judged[1].uncertain_rule.startswith("weighed:expected(model ")
    whole = densities(a).iloc[-1]
    assert (whole["hedges"], whole["words"], whole["hedges_per_100w"]) == (1, 28, 3.57)
    assert list(cues_table(a, attributions=())["text"]) == ["may"]
    vt = voice_table(a, [])
    assert vt[vt["kind"] == "hedge"]["cues"].tolist() == [1, 0]
    assert "<mark" not in highlight_html(a, 1)
    assert highlight_html(a, 2).count("<mark") == 1


def test_corpus_rows_count_only_the_cues_the_judgements_accept():
    from analysis.corpus.rows import LAYERS, article_rows, empty_rows
    from analysis.pipeline import Pipeline

    out = empty_rows()
    article_rows(0, "h", Pipeline(LAYERS)(parse_article(SET_ASIDE, id="h")), out)
    assert [r["text"] for r in out["hedges"]] == ["may"]
    assert (out["articles"][0]["hedges"], out["articles"][0]["hedges_per_100w"]) == (1, 3.57)
    assert [r["hedges"] for r in out["sentences"]][1:4] == [0, 1, 0]


def test_the_sentence_model_score_does_not_depend_on_feature_order() -> None:
    # A set of features iterates in an order that depends on string hashing, which differs between processes
    # unless PYTHONHASHSEED is fixed; summed left to right, 1e16 + 1 - 1e16 is 0.0 in one order and 1.0 in
    # another. The score must be the exactly rounded sum whatever the order.
    from analysis.hedging.classifier import LinearModel

    m = LinearModel(weights={"big": 1e16, "one": 1.0, "minus": -1e16}, bias=-1.0, threshold=0.5)
    orders = (
        ["big", "one", "minus"],
        ["big", "minus", "one"],
        ["one", "big", "minus"],
        ["unknown", "minus", "one", "big"],
    )
    assert {m.score(o) for o in orders} == {0.5}


def test_uncertainty_is_read_from_the_kept_judgement_and_equals_judging_without_attributions(monkeypatch):
    """The voice table and the report's cue list read only each sentence's ``uncertain`` flag: from the
    judgement kept on the article when a cue table made one, else judged without running attribution."""
    from analysis.attribution import extract
    from analysis.hedging.sentences import judge, judged_for_uncertainty

    path = Path(__file__).resolve().parent / "fixtures" / "articles" / "102_heatwave_hospitals.txt"
    fresh = load_article(path)

    def no_attribution(*args, **kwargs):
        raise AssertionError("attribution must not run")

    with monkeypatch.context() as m:
        m.setattr(extract, "_find", no_attribution)
        alone = judged_for_uncertainty(fresh)
    assert alone == judge(fresh, ()) and "hedging.judge" not in fresh.derived
    article = load_article(path)
    kept = judge(article)  # runs attribution and keeps the answer
    got = judged_for_uncertainty(article)
    assert got == kept and all(a is b for a, b in zip(got, kept, strict=True))
    assert [j.uncertain for j in got] == [j.uncertain for j in alone]
    assert any(j.uncertain for j in got) and not all(j.uncertain for j in got)
    assert [j.weasel for j in got] != [j.weasel for j in alone] or [j.anonymous_source for j in got] != [
        j.anonymous_source for j in alone
    ]
