"""The attribution keep model: its features, its decision on real sentences, where the attributions it sets
aside go (not lost), its weights file's errors, and its trainer (grouped folds, the three-article rule, the
byte-for-byte ``--check``)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from analysis import parse_article
from analysis.attribution import PROSE_KINDS, attributions_table, find_attributions, set_aside
from analysis.attribution.keep import KeepModel, features, is_kept, load_keep_model, parse_keep_weights
from analysis.attribution.predict import attribution_dict
from analysis.hedging.sentences import judge_attributions
from benchmarks.common import SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import train_attribution_keep as tk  # noqa: E402

HAS_TEXTS = (SHARED / "corpora" / "wikinews").is_dir() and (SHARED / "data" / "extraction").is_dir()

MINISTER = "The minister said that the plan would fail."
UNDERSTOOD = "It is understood that the talks collapsed."


def test_a_report_is_kept_and_says_so_in_its_provenance():
    art = parse_article(MINISTER, id="minister")
    [a] = find_attributions(art)
    assert a.keep is not None
    assert (a.keep.by, a.keep.rule, a.keep.confidence) == ("model", "keep", 0.911)
    assert a.keep.label() == "model keep p=0.91"
    assert attribution_dict(a)["provenance"]["keep"] == {"by": "model", "rule": "keep", "confidence": 0.911}
    assert attributions_table(art)["keep_by"].tolist() == ["model keep p=0.91"]
    assert set_aside(art) == []


def test_the_keep_decision_id_is_documented_with_its_examples():
    from analysis.attribution.keep import KEEP_RULE
    from analysis.lexicons import load

    rows = {row[0]: row for row in load("attribution/rule_ids.tsv").rows()}
    assert rows[KEEP_RULE][1] == "keep.judge"
    example = rows[KEEP_RULE][2]
    assert example.startswith(f"{MINISTER} (kept) {UNDERSTOOD} (set aside")
    # and so the shipped model decides them
    assert len(find_attributions(parse_article(MINISTER, id="m"))) == 1
    assert len(set_aside(parse_article(UNDERSTOOD, id="u"))) == 1


def test_the_features_of_a_real_sentence():
    art = parse_article(MINISTER, id="minister")
    [a] = find_attributions(art, keep=None)
    assert a.keep is None
    assert features(art, a) == [
        "C1=that",
        "L1=minister",
        "L=minister",
        "L=the",
        "R1=that",
        "R=plan",
        "R=that",
        "R=the",
        "bias",
        "content_by=rule subject_verb",
        "content_rule=subject_verb",
        "content_words=<=7",
        "cue=said",
        "cue_before",
        "cue_by=rule subject_verb",
        "cue_class=neutral",
        "cue_rule=subject_verb",
        "fragments=1",
        "kind*cue_class=indirect*neutral",
        "kind=indirect",
        "mention=description",
        "part=paragraph",
        "position=0",
        "role=-",
        "sentence=<=0",
        "source_by=rule subject_verb",
        "source_cap",
        "source_head=minister",
        "source_rule=subject_verb",
        "source_words=<=2",
        "type*mention=anonymous_person*description",
        "type=anonymous_person",
    ]


def test_a_sourceless_hearsay_is_set_aside_but_not_lost():
    art = parse_article(UNDERSTOOD, id="understood")
    assert find_attributions(art) == []
    [a] = set_aside(art)
    assert (a.keep.confidence, a.keep.label()) == (0.079, "model keep p=0.08")
    assert not is_kept(a)
    [b] = find_attributions(art, keep=None)
    assert (b.cue, b.content) == (a.cue, a.content)
    # the hedging judge reads every attribution found: "it is understood" is what weasel wording rests on
    assert len(judge_attributions(parse_article(UNDERSTOOD, id="u2"))) == 1


def test_another_model_and_threshold_decide():
    art = parse_article(UNDERSTOOD, id="understood")
    keep_all = KeepModel({"bias": 0.0}, 0.5)
    [a] = find_attributions(art, keep=keep_all)
    assert a.keep.confidence == 0.5
    assert find_attributions(art, tagger=None, keep=KeepModel({"bias": -1.0}, 0.5)) == []
    assert len(find_attributions(art, tagger=None, keep=None)) == 1


def test_the_shipped_weights_have_a_threshold_and_only_named_features():
    model = load_keep_model()
    assert model.threshold == 0.33  # session 24's end (0.34 at its start, dev27 added; 0.35 in session 23)
    assert "bias" in model.weights
    assert all("\t" not in f and f for f in model.weights)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (["bias\t0.1"], "keep.tsv: no 'threshold<TAB>t' row with t in [0, 1]"),
        (["threshold\t1.5", "bias\t0.1"], "keep.tsv: no 'threshold<TAB>t' row with t in [0, 1]"),
        (["threshold\t0.3", "bias 0.1"], "keep.tsv: row 2 is not 'feature<TAB>weight': 'bias 0.1'"),
        (
            ["threshold\t0.3", "cue=said\tmany"],
            "keep.tsv: row 2 is not 'feature<TAB>weight': 'cue=said\\tmany'",
        ),
    ],
)
def test_a_bad_weights_file_is_a_one_line_error(rows, message):
    with pytest.raises(ValueError) as exc:
        parse_keep_weights(rows)
    assert str(exc.value) == message


def _row(article: str, group: str, feats: list[str], label: str = "fully") -> tk.Row:
    return tk.Row(article, group, "dev", ["bias", *feats], label)


def test_a_feature_needs_three_articles():
    rows = [
        _row("a", "g1", ["cue=said", "L1=x"]),
        _row("a", "g1", ["cue=said", "L1=x"]),
        _row("b", "g2", ["cue=said", "L1=x"]),
        _row("c", "g3", ["cue=said"]),
    ]
    assert tk.vocabulary(rows) == ["bias", "cue=said"]


def test_folds_keep_each_publisher_group_whole():
    rows = [_row(f"a{i}", f"g{i % 7}", []) for i in range(40)]
    folds = tk.fold_of(rows, 5)
    assert sorted(folds) == [f"g{i}" for i in range(7)]
    assert folds == {"g0": 0, "g1": 1, "g2": 2, "g3": 3, "g4": 4, "g5": 0, "g6": 1}


def test_another_repeat_is_another_assignment_of_whole_groups():
    rows = [_row(f"a{i}", f"g{i % 7}", []) for i in range(40)]
    assert tk.fold_of(rows, 5, 1) == {"g0": 0, "g4": 1, "g6": 2, "g2": 3, "g1": 4, "g5": 2, "g3": 0}
    assert tk.fold_of(rows, 5, 2) == {"g4": 0, "g3": 1, "g1": 2, "g2": 3, "g5": 4, "g6": 4, "g0": 0}


def test_a_lone_peak_of_the_f1_curve_loses_to_a_plateau():
    # the threshold is where the smoothed curve peaks: a spike of one grid step (noise) is averaged away
    curve = np.array([0, 0, 1, 0, 0, 0.6, 0.6, 0.6, 0.6, 0.6])
    smooth = tk.smoothed(curve, 1)
    assert [round(v, 4) for v in smooth] == [0.0, 0.3333, 0.3333, 0.3333, 0.2, 0.4, 0.6, 0.6, 0.6, 0.6]
    assert int(np.argmax(smooth)) == 6 and int(np.argmax(curve)) == 2


def test_the_trainer_never_reads_the_sealed_test():
    grp = tk.groups()
    tests = {
        r[0]
        for line in tk.ARTICLES_TSV.read_text(encoding="utf-8").splitlines()
        if (r := line.split("\t"))[1:2] == ["test"]
    }
    assert len(tests) == 25 and not tests & set(grp)
    assert grp and all(split != "test" for _, split in grp.values())
    assert grp["fundus-ca-CBCNews-V1"] == ("cbc.ca", "dev11")  # a hostname is a publisher group
    assert {g for g, s in grp.values() if s == "dev"} == {"wikinews-dev"}


def test_collect_skips_a_test_record_even_when_its_text_is_at_hand(monkeypatch):
    # the second guard: a labelled record of split "test" is skipped by its own split field, whatever
    # articles.tsv says (a model whose training saw a test record is void)
    import benchmarks.wikinews.score as score

    text = "The minister said that the plan would fail."
    gold = [{"content": [[23, 42]], "source": [0, 12], "cue": [13, 17], "source_name": None}]
    monkeypatch.setattr(tk, "groups", lambda: {"d1": ("g1", "dev"), "t1": ("g2", "test")})
    monkeypatch.setattr(tk, "dev_texts", lambda: {"d1": text, "t1": text})
    monkeypatch.setattr(
        score,
        "read_gold",
        lambda: [
            {"id": "t1", "split": "test", "attributions": gold},
            {"id": "d1", "split": "dev", "attributions": gold},
        ],
    )
    rows, gold_n = tk.collect()
    assert [(r.article, r.split, r.label) for r in rows] == [("d1", "dev", "content")]  # paired; no gold name
    assert gold_n == {"dev": 1}


def test_fit_is_deterministic_and_learns_the_sign():
    rows = [
        _row(f"a{i}", f"g{i}", ["good"] if i % 2 else ["bad"], "fully" if i % 2 else "not_report")
        for i in range(12)
    ]
    w1, w2 = tk.train(rows, 1.0), tk.train(rows, 1.0)
    assert w1 == w2
    assert w1["good"] > 0 > w1["bad"]


def test_the_sparse_newton_fit_reaches_the_optimum():
    # the gradient of the penalised loss is zero at the weights it returns (dense arithmetic as reference)
    rng = np.random.default_rng(7)
    x = (rng.random((60, 6)) < 0.4).astype(float)
    x[:, 0] = 1.0  # the bias column
    y = (rng.random(60) < 0.5).astype(float)
    cols = [np.flatnonzero(row) for row in x]
    w = tk.fit(cols, y, 6, 2.0, 0)
    p = 1.0 / (1.0 + np.exp(-(x @ w)))
    pen = np.array([1e-6, 2.0, 2.0, 2.0, 2.0, 2.0])
    assert np.abs(x.T @ (p - y) + pen * w).max() < 1e-9


@pytest.mark.skipif(
    not HAS_TEXTS, reason="../shared (Wikinews, Zyte and Fundus texts) not found (a user's clone)"
)
def test_make_train_reproduces_the_shipped_weights_byte_for_byte(capsys):
    assert tk.main(["--check"]) == 0
    assert capsys.readouterr().out.endswith("keep.tsv: identical\n")


def test_without_the_texts_the_trainer_says_so(monkeypatch, capsys):
    import benchmarks.wikinews.corpus as corpus

    monkeypatch.setattr(corpus, "CORPUS_DIR", Path("/nonexistent/wikinews"))
    assert tk.main([]) == 2
    assert (
        capsys.readouterr().err
        == "train_attribution_keep: /nonexistent/wikinews not found (the texts live in ../shared)\n"
    )


def test_prose_kinds_and_default_kinds_are_judged_alike():
    text = (
        "Plan fails\n\nThe minister said that the plan would fail. It is understood that the talks collapsed."
    )
    art = parse_article(text, id="two")
    prose = find_attributions(art, kinds=PROSE_KINDS)
    body = find_attributions(art)
    assert [a.keep.confidence for a in prose] == [a.keep.confidence for a in body]
    assert len(set_aside(art)) == 1
