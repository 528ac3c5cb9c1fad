"""The Wikinews who-said-what scorer: content pairs as score.py pairs them, plus the source's name."""

from __future__ import annotations

import json

import pytest

from benchmarks.wikinews.score import Tally, name_matches, normalise_name, read_gold, score, score_article

TEXT = 'Const. Dave Woodford said the road was closed. "It was awful," he said. Police charged the driver.'


def _gold(**kw):
    rec = {
        "cue": [21, 25],
        "source": [0, 20],
        "content": [[26, 45]],
        "kind": "indirect",
        "source_type": "named_person",
        "mention": "name",
        "source_name": "Dave Woodford",
        "aliases": ["Woodford"],
    }
    rec.update(kw)
    return rec


def test_names_compare_without_case_space_titles_determiners_or_possessive():
    assert normalise_name("Const.  Dave Woodford") == "dave woodford"
    assert normalise_name("the Florida Highway Patrol's") == "florida highway patrol"
    assert normalise_name("President") == "president"  # a title alone stays: nothing else names it
    assert normalise_name(None) == ""
    assert name_matches("Const. Dave Woodford", "Dave Woodford")
    assert name_matches("WOODFORD", "Dave Woodford", ["Woodford"])
    assert not name_matches("Tom McManus", "Dave Woodford", ["Woodford"])
    assert name_matches(None, None) and name_matches("", None)
    assert not name_matches("Dave Woodford", None)  # an unresolved pronoun is never given a name
    assert not name_matches(None, "Dave Woodford")


def test_fully_correct_needs_half_overlap_and_the_right_name():
    t = Tally()
    gold = [
        _gold(),
        _gold(cue=[66, 70], source=[63, 65], content=[[47, 62]], kind="direct", mention="pronoun"),
    ]
    pred = [
        {
            "content": [[26, 45]],
            "source_name": "Dave Woodford",
            "source_type": "named_person",
            "mention": "name",
            "kind": "indirect",
            "cue": [21, 25],
            "source": [0, 20],
        },
        # right words, wrong person: a content match but not fully correct
        {
            "content": [[47, 62]],
            "source_name": "Police",
            "source_type": "government_body",
            "mention": "pronoun",
            "kind": "direct",
            "cue": [66, 70],
            "source": [63, 65],
        },
        # a plain action: touches no gold content and no gold cue
        {
            "content": [[87, 97]],
            "source_name": "Police",
            "source_type": "government_body",
            "mention": "name",
            "kind": "indirect",
            "cue": [79, 86],
            "source": [72, 78],
        },
    ]
    score_article(TEXT, gold, pred, t, "x", explain=True)
    f = t.figures()
    assert (f["gold"], f["pred"], f["matched"]) == (2, 3, 2)
    assert f["fully_correct"] == {"p": 0.3333, "r": 0.5, "f1": 0.4}
    assert f["content"] == {"p": 0.6667, "r": 1.0, "f1": 0.8}
    assert (f["source_type_acc"], f["mention_acc"], f["kind_acc"]) == (0.5, 1.0, 1.0)
    assert (f["not_report"], f["not_report_share"]) == (1, 0.3333)
    assert [e.split()[1] for e in t.errors] == ["WRONG", "NOT"]


def test_an_over_long_prediction_does_not_match():
    t = Tally()
    pred = [{"content": [[0, 97]], "source_name": "Dave Woodford", "source_type": "named_person"}]
    score_article(TEXT, [_gold()], pred, t)
    assert t.figures()["matched"] == 0 and t.figures()["not_report"] == 0  # it touches gold: unmatched


def test_test_articles_are_scored_only_when_asked_and_never_explained():
    gold = [
        {"id": "a", "split": "train", "attributions": [_gold()]},
        {"id": "b", "split": "test", "attributions": [_gold()]},
    ]
    calls = []

    def predict(art_id, text):
        calls.append(art_id)
        return []

    tallies = score(gold, {"a": TEXT, "b": TEXT}, predict, ("train", "dev"), explain=("train", "dev"))
    assert calls == ["a"] and set(tallies) == {"train", "dev"}
    tallies = score(gold, {"a": TEXT, "b": TEXT}, predict, ("train", "dev", "test"), explain=("test",))
    assert tallies["test"].figures()["gold"] == 1 and tallies["test"].errors == []


def test_bad_gold_files_give_one_line_errors(tmp_path):
    p = tmp_path / "attribution.jsonl"
    p.write_text('{"id": "a", "split": "train", "attributions": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"attribution.jsonl:2: not JSON"):
        read_gold(p)
    p.write_text(json.dumps({"id": "a", "split": "holdout"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r":1: a record needs an 'id' and a 'split'"):
        read_gold(p)


def _pred(content, name, cue=None):
    return {"content": content, "source_name": name, "cue": cue}


def test_each_gold_attribution_gets_the_class_of_its_miss():
    from benchmarks.wikinews.score import classify_gold

    quoted = _gold(cue=[66, 70], source=[63, 65], content=[[47, 62]], kind="direct", mention="pronoun")
    charged = _gold(cue=[79, 86], source=[72, 78], content=[[87, 97]], source_name="Police", aliases=[])
    gold = [_gold(), quoted, charged]
    # "the road was closed" right and kept; the quote found but dropped by the keep model; "charged" found
    # as a cue whose content was looked for elsewhere ("Police")
    pred = [
        _pred([[26, 45]], "Dave Woodford", [21, 25]),
        _pred([[47, 62]], "Dave Woodford", [66, 70]),
        _pred([[72, 78]], "Police", [79, 86]),
    ]
    got = classify_gold(TEXT, gold, pred, [True, False, True])
    assert got == ["fully", "dropped_right", "missed_content"]
    # the same quote kept with the wrong person; dropped with the wrong person
    pred[1]["source_name"] = "Police"
    assert classify_gold(TEXT, gold, pred, [True, True, True])[1] == "wrong_source"
    assert classify_gold(TEXT, gold, pred, [True, False, True])[1] == "wrong_source_dropped"


def test_a_touch_without_a_pair_is_a_boundary_miss_and_nothing_found_a_missed_cue():
    from benchmarks.wikinews.score import classify_gold

    # "the road" is 7 of the 16 content characters of "the road was closed": under half, no pair
    short = _pred([[26, 34]], "Dave Woodford", [21, 25])
    assert classify_gold(TEXT, [_gold()], [short], [True]) == ["boundary"]
    assert classify_gold(TEXT, [_gold()], [], []) == ["missed_cue"]
    assert classify_gold(TEXT, [_gold(content=[[45, 45]])], [], []) == ["empty"]
