"""The news sentence model experiment (issue 13): features, grouped cross-validation, reproducibility.

``tools/train_news_hedging.py`` measures whether a logistic regression over the hedging rules' outputs
judges news better than the rules; it showed no gain, so the analyzer does not use it. These tests pin what
the measurement rests on: the features of real sentences, folds that never train on the group they score,
and weights that come out the same byte for byte.
"""

from __future__ import annotations

import pytest

from tools import train_news_hedging as news
from tools.train_news_hedging import Example


def test_features_of_a_vague_source_and_a_hedge_exactly() -> None:
    got = news.judge_text("Some experts say the plan could fail.")
    assert got is not None
    j, feats = got
    assert (j.uncertain, j.weasel) == (True, True)
    assert feats == [
        "category:modal",
        "category:weasel",
        "context:could",
        "context:vague_say",
        "cue:could",
        "cue:{vague_quant} {vague_source} {say_verb}",
        "firm:plain",
        "hedge_quoted:False",
        "hedge_vs_attribution:after",  # "could" comes after the attribution cue "say"
        "kind:hedge",
        "kind:weasel",
        "length:<20",
        "mention:description",
        "modal&attribution:after",
        "modal&quoted:False",
        "rules:uncertain",
        "rules:weasel",
        "source:unnamed_group",
        "source:unnamed_group&mention:description",
        "source_quoted:False",
        "szeged_p:<0.3",
        "weasel&attribution:before",
        "weasel&quoted:False",
        "weasel_quoted:False",
        "weasel_vs_attribution:before",
        "why_uncertain:firm_cue",
        "why_weasel:vague_source",
        "why_weasel:weasel_pattern",
    ]


def test_features_of_a_hedge_inside_a_named_quote() -> None:
    got = news.judge_text('"We may never know what happened," said Jane Smith, the mayor.')
    assert got is not None
    j, feats = got
    assert (j.uncertain, j.weasel) == (True, False)
    assert {"hedge_quoted:True", "hedge_vs_attribution:before", "modal&quoted:True", "first_person"} <= set(
        feats
    )
    assert {"source:named_person", "mention:name", "has_quotation"} <= set(feats)
    assert not any(f.startswith(("why_weasel:", "rules:weasel")) for f in feats)


def test_features_of_refused_cues_and_a_question() -> None:
    got = news.judge_text("The minister said the bridge would open in May.")
    assert got is not None
    j, feats = got
    assert not j.uncertain
    assert {"refused:would", "refused:may", "why_uncertain:rejected", "no_cue"} <= set(feats)
    got = news.judge_text("Is the economy about to collapse?")
    assert got is not None
    assert got[1] == [
        "length:<8",
        "no_cue",
        "no_cue&szeged_p:<0.05",
        "question",
        "source:none",
        "szeged_p:<0.05",
    ]


@pytest.mark.parametrize("text", ['"""', ".", "A", "ÉTÉ 東京 ۱۲", "x" * 5000, '"unclosed quote could'])
def test_bad_input_gives_features_or_none_never_an_exception(text: str) -> None:
    got = news.judge_text(text)
    if got is not None:
        assert got[1] == sorted(set(got[1]))
        assert any(f.startswith("length:") for f in got[1])


def test_quotations_and_rule_ids() -> None:
    text = 'He said "it may" and “perhaps” then "never'
    assert news.quoted(text, 0, len(text)) == [(8, 16), (21, 30), (36, len(text))]
    assert news.quoted("", 0, 0) == []
    assert news.rule_ids("firm_cue:may; rejected:would/would; firm_cue:could") == ["firm_cue", "rejected"]
    assert news.rule_ids("") == []


def _examples() -> list[Example]:
    """Three groups of 40 sentences: ``shared`` predicts the label in every group, ``leak:<split>`` only in
    its own split."""
    out = []
    for split in ("train", "dev6", "dev7"):
        for k in range(40):
            gold = k % 2 == 0
            feats = ["common", *(["shared", f"leak:{split}"] if gold else [])]
            out.append(Example(f"{split}:{k}", split, {"uncertain": gold, "weasel": False}, {}, tuple(feats)))
    return out


def test_folds_never_train_on_the_held_out_group() -> None:
    examples = _examples()
    seen = []
    for held, training, test in news.folds(examples):
        seen.append(held)
        assert {news.GROUPS[e.split] for e in test} == {held}
        assert held not in {news.GROUPS[e.split] for e in training}
        assert len(training) + len(test) == len(examples)
    assert seen == ["dev6", "dev7", "wikinews"]


def test_a_feature_seen_only_in_the_held_out_group_is_not_learned() -> None:
    examples = _examples()
    leak_only = [
        Example(
            e.id,
            e.split,
            e.gold,
            {"uncertain": False, "weasel": False},
            tuple(f for f in e.feats if f != "shared"),
        )
        for e in examples
    ]
    scores = news.cross_validate(leak_only, variants={"all": ()}, log=lambda _line: None)
    for group in ("dev6", "dev7", "wikinews"):
        assert scores[group]["uncertain"]["all"]["f1"] < 1.0  # the leak of the scored group was never seen
    with_shared = [
        Example(e.id, e.split, e.gold, {"uncertain": False, "weasel": False}, e.feats) for e in examples
    ]
    scores = news.cross_validate(with_shared, variants={"all": ()}, log=lambda _line: None)
    for group in ("dev6", "dev7", "wikinews"):
        assert scores[group]["uncertain"]["all"]["f1"] == 1.0  # a feature of every group is learned
        assert scores[group]["uncertain"]["rules"]["f1"] == 0.0


def test_weights_are_reproducible_byte_for_byte() -> None:
    examples = _examples()
    first = news.model_text(examples)
    assert first == news.model_text(list(reversed(examples)))
    rows = [line.split("\t") for line in first.splitlines() if not line.startswith("#")]
    assert all(len(r) == 3 and r[0] in news.TARGETS for r in rows)
    assert "# Source: trained by tools/train_news_hedging.py" in first
    weights = {(r[0], r[1]): float(r[2]) for r in rows}
    assert weights[("uncertain", "shared")] > 1.0
    assert ("uncertain", "__threshold__") in weights


def test_the_test_split_is_refused_before_anything_is_read() -> None:
    with pytest.raises(ValueError, match=r"not development splits: \['test'\]"):
        news.load_examples(("dev7", "test"))


def test_reach_counts_the_misses_without_rule_evidence() -> None:
    def ex(k: int, gold: bool, rules: bool, feats: tuple[str, ...]) -> Example:
        return Example(
            f"dev7:{k}",
            "dev7",
            {"uncertain": gold, "weasel": gold},
            {"uncertain": rules, "weasel": rules},
            feats,
        )

    examples = [
        ex(0, True, True, ("category:modal", "why_weasel:vague_source")),
        ex(1, True, False, ("refused:would", "source:unnamed_group")),  # missed, with evidence for both
        ex(2, True, False, ("no_cue", "source:named_person")),  # missed, nothing the rules could weigh
        ex(3, False, True, ("category:modal",)),
        ex(4, True, False, ("category:approximator", "category:booster")),  # not uncertainty evidence
    ]
    assert news.reach(examples) == {
        "dev7": {
            "uncertain": {"gold": 4, "missed_by_rules": 3, "missed_without_evidence": 2},
            "weasel": {"gold": 4, "missed_by_rules": 3, "missed_without_evidence": 2},
        }
    }
