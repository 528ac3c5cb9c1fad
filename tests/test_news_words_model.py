"""The news sentence model that sees the words (issue 13, session 11): features, folds, fit, table.

``tools/train_news_model.py`` measures whether a model over a sentence's words and the rules' findings
judges news better than the rules, cross-validated by publisher. It did not beat the rules on dev10+dev12,
so the analyzer does not use it. These tests pin what the measurement rests on: the features of real
sentences (and of bad input), folds that never train on a held-out publisher, the three-article rule for
features, a deterministic fit, and the counts of the comparison table.
"""

from __future__ import annotations

import numpy as np
import pytest

from tools import train_news_model as news
from tools.train_news_model import Example


def test_features_of_a_vague_source_and_a_hedge_exactly() -> None:
    got = news.judge_record("Some experts say the plan could fail.")
    assert got is not None
    rules, feats, firm = got
    assert (rules.uncertain, rules.weasel, firm) == (True, True, True)
    assert [f for f in feats if f.startswith(("cw:", "named:", "w:", "b:"))] == [
        "b:could fail",
        "b:experts say",
        "b:fail .",
        "b:plan could",
        "b:say the",
        "b:some experts",
        "b:the plan",
        "cw:modal:+1:fail",
        "cw:modal:+2:.",
        "cw:modal:-1:plan",
        "cw:modal:-2:the",
        "cw:weasel:+1:the",
        "cw:weasel:+2:plan",
        "cw:weasel:-1:<s>",
        "cw:weasel:-2:<s>",
        "named:unnamed_group:False",
        "w:.",
        "w:could",
        "w:experts",
        "w:fail",
        "w:plan",
        "w:say",
        "w:some",
        "w:the",
    ]
    # the rule features of session 8's model are all there too, and the "words" variant drops the decisions
    assert {"cue:could", "rules:uncertain", "why_weasel:vague_source", "source:unnamed_group"} <= set(feats)
    (kept,) = news.restrict([_example("a:0", "a", "dev6", "x", True, tuple(feats))], news.VARIANTS["words"])
    assert not any(f.startswith(("rules:", "why_", "firm:")) for f in kept.feats)
    assert {"cue:could", "w:experts", "cw:modal:-1:plan"} <= set(kept.feats)


def test_a_refused_cue_has_its_own_window() -> None:
    got = news.judge_record("The minister said the bridge would open in May.")
    assert got is not None
    rules, feats, firm = got
    assert (rules.uncertain, firm) == (False, False)
    assert [f for f in feats if f.startswith("cw:")] == [
        "cw:refused_modal:+1:.",
        "cw:refused_modal:+1:open",
        "cw:refused_modal:+2:</s>",
        "cw:refused_modal:+2:in",
        "cw:refused_modal:-1:bridge",
        "cw:refused_modal:-1:in",
        "cw:refused_modal:-2:open",
        "cw:refused_modal:-2:the",
    ]


@pytest.mark.parametrize(
    ("text", "n_features"),
    [
        ('"""', 8),  # quote marks only
        (".", 6),  # no letters
        ("A", 6),  # one word
        ("ÉTÉ 東京 ۱۲", 10),  # other scripts
        ("x" * 5000, 6),  # one long token without punctuation
        ("“”", 9),
        ("Le plan pourrait échouer.", 14),  # another language: no cue
    ],
)
def test_bad_input_gives_features_never_an_exception(text: str, n_features: int) -> None:
    got = news.judge_record(text)
    assert got is not None
    rules, feats, firm = got
    assert (rules.uncertain, rules.weasel, firm) == (False, False, False)
    assert len(feats) == n_features
    assert feats == sorted(set(feats))


def test_all_capitals_are_read_as_words() -> None:
    got = news.judge_record("THE PLAN COULD FAIL, OFFICIALS SAID.")
    assert got is not None
    rules, feats, firm = got
    assert (rules.uncertain, firm) == (True, True)
    assert {"w:could", "b:plan could", "cw:modal:-1:plan"} <= set(feats)


def test_publishers() -> None:
    assert news.publisher("fundus-ca-CBCNews-V1", "") == "cbcnews"
    assert news.publisher("fundus-us-APNews-V1", "") == "ap"  # the Zyte host of the same agency
    assert news.publisher("zyte-1", "https://www.cnbc.com/2019/11/20/x.html") == "cnbc"
    assert news.publisher("zyte-2", "https://www.bbc.co.uk/news/x") == "bbc"
    assert news.publisher("zyte-3", "https://hosted.ap.org/citizensvoice/article/x") == "ap"
    assert news.publisher("wikinews-2019-003", "https://en.wikinews.org//wiki/X") == "wikinews"
    # the newswire collections have no host in their address: one agency each, the Fundus pages' name
    assert news.publisher("reuters21578-101", "reuters21578:101#earn") == "reuters"
    assert news.publisher("fundus-us-Reuters-V1", "") == "reuters"
    assert news.publisher("bbc-tech-007", "bbc:tech-007#tech") == "bbc"


def test_groups_follow_the_development_splits() -> None:
    from benchmarks.wikinews.corpus import DEVELOPMENT_SPLITS

    assert tuple(news.GROUPS) == DEVELOPMENT_SPLITS
    assert {news.GROUPS[s] for s in ("train", "dev", "dev5")} == {"wikinews"}
    assert (news.GROUPS["dev6"], news.GROUPS["dev23"]) == ("dev6", "dev23")
    assert "test" not in news.GROUPS


def _example(rid: str, article: str, split: str, pub: str, gold: bool, feats: tuple[str, ...]) -> Example:
    return Example(rid, article, split, pub, {"uncertain": gold, "weasel": False}, {}, feats, False)


def test_a_feature_needs_three_articles() -> None:
    examples = [
        _example("a:0", "a", "dev6", "x", True, ("two_articles", "three")),
        _example("a:1", "a", "dev6", "x", True, ("two_articles", "three")),
        _example("b:0", "b", "dev6", "x", True, ("two_articles", "three")),
        _example("c:0", "c", "dev6", "x", True, ("three",)),
    ]
    assert news.vocabulary(examples) == ["three"]


def test_folds_never_train_on_the_held_out_group_or_its_publishers() -> None:
    examples = [
        _example("w:0", "w", "train", "wikinews", True, ()),
        _example("w2:0", "w2", "dev2", "wikinews", False, ()),
        _example("b7:0", "b7", "dev7", "bbc", True, ()),
        _example("c7:0", "c7", "dev7", "cnn", False, ()),
        _example("b10:0", "b10", "dev10", "bbc", True, ()),
    ]
    got = {g: ([e.id for e in tr], [e.id for e in te]) for g, tr, te in news.outer_folds(examples)}
    assert got == {
        "dev10": (["w:0", "w2:0", "c7:0"], ["b10:0"]),  # dev7's BBC page is left out of training
        "dev7": (["w:0", "w2:0"], ["b7:0", "c7:0"]),
        "wikinews": (["b7:0", "c7:0", "b10:0"], ["w:0", "w2:0"]),
    }


def _toy() -> list[Example]:
    """60 sentences of 12 articles in three splits; ``cue`` marks the gold ones, ``noise`` every third."""
    out = []
    for k in range(60):
        gold = k % 2 == 0
        feats = tuple(f for f, on in (("cue", gold), ("noise", k % 3 == 0), ("common", True)) if on)
        split = ("train", "dev6", "dev7")[k % 3]
        out.append(_example(f"a{k % 12}:{k}", f"a{k % 12}", split, f"p{k % 12}", gold, feats))
    return out


def test_fit_is_deterministic_and_learns_the_cue() -> None:
    examples = _toy()
    first = news.fit(examples, "uncertain", 1e-3)
    assert news.fit(examples, "uncertain", 1e-3) == first
    weights, _bias = first
    assert weights["cue"] > 1.0
    assert abs(weights.get("noise", 0.0)) < weights["cue"] / 10
    p = news.predict(first, examples)
    assert [bool(x >= 0.5) for x in p] == [e.gold["uncertain"] for e in examples]


def test_the_design_fits_and_predicts_as_the_dictionaries_do() -> None:
    examples = _toy()
    design = news.Design.of(examples)
    rows = np.array([i for i, e in enumerate(examples) if e.split != "dev7"])
    held = np.array([i for i, e in enumerate(examples) if e.split == "dev7"])
    y = np.array([examples[i].gold["uncertain"] for i in rows])
    model = design.fit(rows, y, 1e-3)
    old = news.fit([examples[i] for i in rows], "uncertain", 1e-3)
    assert np.allclose(design.predict(model, held), news.predict(old, [examples[i] for i in held]))


def test_inner_folds_deal_the_groups_and_drop_their_publishers() -> None:
    examples = [
        _example("w:0", "w", "train", "wikinews", True, ()),
        _example("b7:0", "b7", "dev7", "bbc", True, ()),
        _example("c8:0", "c8", "dev8", "cnn", False, ()),
        _example("b9:0", "b9", "dev9", "bbc", True, ()),
    ]
    # groups dev7, dev8, dev9, wikinews dealt into three folds: dev7 with wikinews
    got = [(list(tr), list(te)) for tr, te in news.inner_folds(examples, [0, 1, 2, 3])]
    assert got == [([2], [0, 1]), ([0, 1, 3], [2]), ([0, 2], [3])]  # dev9's BBC keeps dev7's BBC out
    same = [(list(tr), list(te)) for tr, te in news.inner_folds(examples, [0, 1, 2, 3], exclude=False)]
    assert same[0] == ([2, 3], [0, 1])


def test_combined_thresholds_keep_the_rules_when_the_model_adds_nothing() -> None:
    y = np.array([True, True, False, False, True])
    rules = np.array([True, True, True, False, False])
    p = np.array([0.9, 0.8, 0.1, 0.2, 0.95])
    # rejecting the third sentence (p 0.1) and adding the fifth (p 0.95) make every decision right
    assert news.combined_thresholds(y, p, rules) == (0.11, 0.21)
    # a model that adds nothing right: no addition, no rejection
    assert news.combined_thresholds(y, np.full(5, 0.5), rules) == (0.0, 0.1)


def test_table_counts_what_each_decision_changes() -> None:
    examples = [
        _example("a:0", "a", "dev10", "x", True, ()),  # rules miss, the model finds it
        _example("b:0", "b", "dev12", "y", False, ()),  # rules flag wrongly, the model agrees
        _example("c:0", "c", "dev6", "z", True, ()),  # both right
    ]
    examples = [
        Example(e.id, e.article, e.split, e.publisher, e.gold, {"uncertain": r, "weasel": False}, (), False)
        for e, r in zip(examples, (False, True, True), strict=True)
    ]
    oof = {
        "a:0": {"uncertain": (0.9, 0.5, 0.5, 0.5), "weasel": (0.0, 0.5, 0.5, 0.5)},
        "b:0": {"uncertain": (0.7, 0.5, 0.5, 0.5), "weasel": (0.0, 0.5, 0.5, 0.5)},
        "c:0": {"uncertain": (0.8, 0.5, 0.5, 0.5), "weasel": (0.0, 0.5, 0.5, 0.5)},
    }
    got = news.table(examples, oof)["uncertain"]
    assert list(got) == ["dev10", "dev12", "dev6", "untuned", "newest", "all"]
    assert got["untuned"]["rules"] == {"f1": 0.0, "p": 0.0, "r": 0.0, "tp": 0, "fp": 1, "fn": 1}
    assert got["newest"]["rules"] == {"f1": 0.0, "p": 0.0, "r": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert got["untuned"]["model"] == {
        "f1": 0.667,
        "p": 0.5,
        "r": 1.0,
        "tp": 1,
        "fp": 1,
        "fn": 0,
        "wrong_to_right": 1,
        "right_to_wrong": 0,
    }
    assert got["all"]["rules_and_model"]["tp"] == 1


def test_the_test_split_is_refused() -> None:
    with pytest.raises(ValueError, match="not development splits: \\['test'\\]"):
        news.load_examples(["dev6", "test"])


def test_bootstrap_of_the_gain_by_article() -> None:
    examples = [
        Example(
            f"a{k}:0",
            f"a{k}",
            "dev10",
            "x",
            {"uncertain": k < 4, "weasel": False},
            {"uncertain": k < 2},
            (),
            False,
        )
        for k in range(8)
    ]
    # the model finds the two sentences the rules missed (a2, a3) and adds one false alarm (a4)
    oof = {
        e.id: {"uncertain": (0.9 if e.article in ("a2", "a3", "a4") else 0.1, 0.5, 0.5, 0.5)}
        for e in examples
    }
    got = news.bootstrap(examples, oof, "uncertain", "rules_or_model")
    # F1 of the rules: tp 2, fn 2 -> 4/6; of rules or model: tp 4, fp 1 -> 8/9
    assert got["gain"] == round(8 / 9 - 4 / 6, 3) == 0.222
    assert got["low"] <= 0.0 < got["gain"] <= got["high"]
    assert news.bootstrap(examples, oof, "uncertain", "rules") == {"gain": 0.0, "low": 0.0, "high": 0.0}
