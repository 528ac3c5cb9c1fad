"""The source-type cross-validation tool (``tools/source_type_cv.py``): its features on real sentences,
the scorer's pairing, whole-group folds, the override rule and the missing-data error."""

from __future__ import annotations

import numpy as np
import pytest

import benchmarks.wikinews.corpus as corpus
from analysis import parse_article
from analysis.attribution.extract import PROSE_KINDS, find_attributions
from tools import source_type_cv as cv


def _only(text: str):
    atts = find_attributions(parse_article(text, id="t"), PROSE_KINDS, keep=None)  # every one the rules found
    assert len(atts) == 1
    return atts[0]


def test_features_of_a_named_source_with_its_title():
    text = "Police spokesman John Smith said the road would stay closed until Monday."
    a = _only(text)
    assert (a.source_name, a.source_type, a.mention) == ("John Smith", "named_person", "name")
    assert cv.features(text, a) == [
        "type=named_person", "mention=name", "type*mention=named_person*name", "rule=subject_verb",
        "after=said", "after=the", "w=police", "w=spokesman", "w=john", "w=smith", "head=smith",
        "first=police", "shape=XxXX", "len=4", "src:given_inner", "src:org=government", "src:role=government",
        "src:roles=government", "src:body_noun", "src:honorific", "src:role=person", "name_shape=XX",
        "name_head=smith", "name:given", "name_differs", "cue=said", "kind=indirect",
    ]  # fmt: skip


def test_a_pronoun_with_no_antecedent_stays_none_and_is_never_retyped():
    text = "He said the plan would fail."
    a = _only(text)
    assert (a.source_name, a.source_type, a.mention) == ("", "none", "pronoun")
    feats = tuple(cv.features(text, a))
    assert "no_name" in feats and "src:pronoun=person" in feats
    row = cv.Row("a", "dev", "g", feats, "none", "named_person", retypable=False)
    sure = np.array([[0.99, 0, 0, 0, 0, 0, 0, 0.01]])  # the model all but certain it is a named person
    assert cv.decide([row], sure, 0.5) == ["none"]


def test_the_model_never_overrides_to_none_nor_below_its_threshold():
    row = cv.Row("a", "dev", "g", ("w=x",), "named_person", "none", retypable=True)
    to_none = np.array([[0.05, 0, 0, 0, 0, 0, 0, 0.95]])
    to_group = np.array([[0.3, 0, 0, 0, 0, 0.7, 0, 0]])
    assert cv.decide([row], to_none, 0.5) == ["named_person"]
    assert cv.decide([row, row], np.vstack([to_group, to_group]), 0.8) == ["named_person", "named_person"]
    assert cv.decide([row], to_group, 0.6) == ["unnamed_group"]
    assert cv.decide([row], None, 0.0) == ["named_person"]


def test_pairs_are_the_scorers_one_to_one_by_overlap():
    text = "The minister said the plan was dead. Critics said it was 'alive'."
    gold = [{"content": [[18, 36]]}, {"content": [[50, 64]]}]
    # prediction 0 covers all of gold 0; prediction 1 half of gold 0 only; prediction 2 gold 1 with the quotes
    pred = [[(18, 36)], [(27, 36)], [(50, 65)]]
    assert cv.pairs(text, gold, pred) == {0: 0, 2: 1}
    assert cv.pairs(text, gold, [[(0, 3)]]) == {}


def test_groups_are_publishers_and_folds_keep_them_whole():
    urls = {"zyte-7": "https://www.bbc.com/news/x"}
    assert cv.group_of("zyte-7", "dev8", urls) == "zyte:bbc.com"
    assert cv.group_of("fundus-au-NineNews-V2", "dev10", urls) == "fundus:NineNews"
    assert cv.group_of("wikinews-2019-3", "dev4", urls) == "wikinews:dev4"
    rows = [cv.Row(str(i), "dev", f"g{i % 5}", (), "none", "none", False) for i in range(23)]
    fs = cv.folds(rows, 3)
    assert fs == cv.folds(rows, 3)
    for g in {r.group for r in rows}:
        assert len({f for r, f in zip(rows, fs, strict=True) if r.group == g}) == 1
    assert sorted({f for f in fs}) == [0, 1, 2]


def test_fit_learns_a_feature_seen_in_three_articles_and_ignores_rarer_ones():
    rows = [
        cv.Row(f"a{i}", "dev", "g", ("w=ministry", "head=ministry"), "named_person", "government_body", True)
        for i in range(3)
    ] + [cv.Row(f"b{i}", "dev", "g", ("w=smith",), "named_person", "named_person", True) for i in range(3)]
    rows.append(cv.Row("c", "dev", "g", ("w=rare",), "named_person", "document", True))
    m = cv.fit(rows, 0.001)
    assert m.vocab == ("head=ministry", "w=ministry", "w=smith")
    p = cv.probabilities(m, rows[:1] + rows[3:4])
    classes = cv.type_classes()
    assert classes[int(np.argmax(p[0]))] == "government_body"
    assert classes[int(np.argmax(p[1]))] == "named_person"
    again = cv.fit(rows, 0.001)
    assert np.array_equal(m.w, again.w) and np.array_equal(m.b, again.b)


def test_missing_texts_are_a_one_line_error(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(corpus, "CORPUS_DIR", tmp_path / "absent")
    assert cv.main(["--cv"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "absent not found" in err and err.count("\n") == 1


@pytest.mark.parametrize("argv", [["--nope"], ["--cv", "x"]])
def test_bad_arguments_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        cv.main(argv)
    assert exc.value.code == 2
