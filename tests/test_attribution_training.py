"""Training the attribution tagger on our news labels: the label conversion, the grouped cross-validation's
folds, the development-splits-only guard and the byte-for-byte ``--check``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from benchmarks.common import SHARED
from benchmarks.wikinews.corpus import DEVELOPMENT_SPLITS
from benchmarks.wikinews.score import read_gold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import train_attribution as ta  # noqa: E402

HAS_TEXTS = (SHARED / "corpora" / "wikinews").is_dir() and (SHARED / "data" / "extraction").is_dir()


def _label(art_id: str) -> dict:
    return next(r for r in read_gold(ta.NEWS_LABELS) if r["id"] == art_id)


def test_a_real_news_label_becomes_source_cue_and_content_spans():
    # wikinews-2019-051 (dev4): one indirect report, its source, cue and one content fragment
    rec = ta.news_record(_label("wikinews-2019-051"), "")
    assert rec["attributions"] == [
        {"source": [350, 398], "cue": [399, 405], "content_fragments": [[406, 505]]}
    ]
    assert ta.doc_golds(rec) == [("S", 350, 398), ("C", 399, 405), ("T", 406, 505)]
    assert rec["labels"]["attributions"][0]["kind"] == "indirect"  # kept for the news scorer


def test_a_label_with_no_cue_no_source_and_two_fragments():
    label = {
        "id": "x",
        "split": "dev",
        "attributions": [
            {"cue": None, "source": None, "content": [[10, 20], [30, 40]], "kind": "direct"},
            {"cue": [50, 54], "source": [41, 49], "content": [], "kind": "refused"},
        ],
    }
    assert ta.doc_golds(ta.news_record(label, "")) == [
        ("T", 10, 20),
        ("T", 30, 40),
        ("S", 41, 49),
        ("C", 50, 54),
    ]


@pytest.mark.skipif(not HAS_TEXTS, reason="../shared (Wikinews and Zyte texts) not found (a user's clone)")
def test_a_real_news_article_gives_exact_token_labels():
    (rec,) = [r for r in ta.news_records(["dev4"]) if r["id"] == "wikinews-2019-051"]
    seqs = ta.sequences([rec])
    labelled = ["".join(ys) for _, ys in seqs if set(ys) != {"O"}]
    assert (len(seqs), labelled) == (12, ["S" * 8 + "C" + "T" * 15 + "O"])  # the full stop is no content


def test_news_records_never_read_the_sealed_test():
    with pytest.raises(ValueError, match=r"not readable splits: \['test'\]"):
        ta.news_records(["dev7", "test"])
    with pytest.raises(ValueError, match=r"not development splits: \['test'\]"):
        ta.news_records(["dev7", "test"], held_out=True)


def test_news_records_for_training_refuse_the_untuned_splits():
    # dev10, dev12, dev13 and dev15 are the session's honest estimate: the tagger may be scored on them
    # (held out, --news-cv) but never trained on them
    assert ta.UNTUNED_SPLITS == ("dev10", "dev12", "dev13", "dev15")
    assert set(ta.readable_splits()) == set(DEVELOPMENT_SPLITS) - set(ta.UNTUNED_SPLITS)
    with pytest.raises(ValueError, match=r"not readable splits: \['dev13', 'dev15'\]"):
        ta.news_records(["dev7", "dev15", "dev13"])


def test_training_refuses_a_record_of_an_untuned_split_or_the_test():
    ta.check_trainable([{"split": "dev19"}, {"split": "train"}])
    for split in ("dev10", "dev12", "dev13", "dev15", "test"):
        with pytest.raises(ValueError, match=rf"refusing to train on splits \['{split}'\]"):
            ta.check_trainable([{"split": "dev19"}, {"split": split}])


def test_the_trainer_refuses_untuned_news_splits_in_one_line(tmp_path, capsys):
    train = tmp_path / "train.jsonl"
    train.write_text("", encoding="utf-8")
    out = tmp_path / "tagger.tsv"
    assert ta.main(["--train", str(train), "-o", str(out), "--news", "--news-splits", "dev19", "dev10"]) == 2
    assert capsys.readouterr().err == "train_attribution: not readable splits: ['dev10']\n"
    assert not out.exists()


def test_a_test_record_in_the_labels_is_skipped_never_looked_up(tmp_path):
    # The sealed test's labels live in the same file (split "test"): by default only development splits are
    # read, so this record's text is never searched for (a reader of every record would fail: no such text).
    labels = tmp_path / "attribution.jsonl"
    record = {"id": "fundus-xx-NoSuchPage-V1", "split": "test", "attributions": []}
    labels.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert ta.news_records(labels=labels) == []


@pytest.mark.skipif(not HAS_TEXTS, reason="../shared (news texts) not found (a user's clone)")
def test_training_reads_every_development_article_and_no_test_article():
    gold = read_gold(ta.NEWS_LABELS)
    assert any(r["split"] == "test" for r in gold)  # the guard below is exercised on the real file
    readable = ta.news_records()
    assert {r["id"] for r in readable} == {r["id"] for r in gold if r["split"] in ta.readable_splits()}
    recs = ta.news_records(held_out=True)
    assert {r["id"] for r in recs} == {r["id"] for r in gold if r["split"] in DEVELOPMENT_SPLITS}
    assert "test" not in {r["split"] for r in recs}
    (untuned,) = [(fit, held) for name, fit, held in ta.cv_folds(recs) if name == "untuned"]
    assert {r["split"] for r in untuned[1]} == {"dev10", "dev12", "dev13", "dev15"}
    assert len(untuned[0]) + len(untuned[1]) == len(recs)
    assert {r["id"] for r in untuned[0]} == {r["id"] for r in readable}


def test_cross_validation_never_trains_on_the_held_out_group():
    recs = [ta.news_record(r, "") for r in read_gold(ta.NEWS_LABELS) if r["split"] in DEVELOPMENT_SPLITS]
    folds = ta.cv_folds(recs)
    assert [name for name, _, _ in folds] == [
        g for g, s in ta.CV_GROUPS.items() if any(r["split"] in s for r in recs)
    ]
    for name, fit, held in folds:
        held_ids = {r["id"] for r in held}
        assert held and {r["split"] for r in held} <= set(ta.CV_GROUPS[name])
        assert not held_ids & {r["id"] for r in fit}
        assert not {r["split"] for r in fit} & set(ta.CV_GROUPS[name])
        assert not {r["split"] for r in fit} & set(ta.UNTUNED_SPLITS)  # held out, never trained on
        untuned_elsewhere = [r for r in recs if r["split"] in ta.UNTUNED_SPLITS and r["id"] not in held_ids]
        assert len(fit) + len(held) + len(untuned_elsewhere) == len(recs)


def test_every_development_split_is_held_out_by_exactly_one_group():
    # session 23: dev9, dev11, dev14 and dev16-dev26 were in no group, so --news-cv never held them out
    held = [s for splits in ta.CV_GROUPS.values() for s in splits]
    assert sorted(held) == sorted(DEVELOPMENT_SPLITS)
    assert ta.CV_GROUPS["untuned"] == ta.UNTUNED_SPLITS


def test_the_cross_validation_scores_what_the_shipped_analyzer_reports():
    # the shipped tagger given as weights, with the keep model held fixed, reports what `predict attribution`
    # does (until session 23 --news-cv scored both taggers without the keep model)
    from analysis import parse_article
    from analysis.attribution.tagger import load_tagger
    from analysis.predict import task_output

    text = (
        "Harbour Board\n\nThe board said on Monday that the new pier would open in May. Critics fear the "
        "cost will rise, according to a report by the city auditor. \"We are ready,\" said Ana Ruiz, the "
        "board's chair. Officials are expected to say the plan works."
    )
    got = ta.news_predictor(load_tagger())("invented-1", text)
    want = task_output("attribution", parse_article(text, id="invented-1"))["attributions"]
    assert got == want
    # the keep model sets aside the nested "say" (the analyzer without it reports five)
    assert [text[a:b] for a, b in (p["cue"] for p in got)] == ["said", "according to", "said", "are expected"]


def test_an_article_labelled_in_two_splits_is_held_out_of_both():
    a = {"id": "a", "split": "dev6", "attributions": []}
    b = {"id": "a", "split": "train", "attributions": []}
    c = {"id": "c", "split": "dev7", "attributions": []}
    folds = {name: (fit, held) for name, fit, held in ta.cv_folds([a, b, c])}
    assert [r["id"] for r in folds["dev6"][0]] == ["c"]
    assert [r["id"] for r in folds["wikinews"][0]] == ["c"]
    assert [r["id"] for r in folds["dev7"][0]] == ["a", "a"]


def test_news_sentences_follow_polnear_repeated():
    p, n = [(["b"], ["O"])], [(["x"], ["C"]), (["y"], ["T"])]
    assert ta.training_sequences(p, n, 2) == [p[0], n[0], n[1], n[0], n[1]]


def test_the_header_names_both_sources():
    recs = [{"split": "dev7"}, {"split": "dev"}, {"split": "train"}, {"split": "dev"}]
    note = ta.news_note(recs, 3)
    assert note == (
        "\n# plus our news labels (benchmarks/wikinews/attribution.jsonl, 4 articles of splits dev, dev7, "
        "train; texts from ../shared; each sentence 3 times)"
    )
    assert ta.news_note([], 3) == ""


def test_check_compares_byte_for_byte(tmp_path, capsys):
    pytest.importorskip("pycrfsuite")
    text = 'Headline\n\nThe mayor said that the bridge would close. "It is safe," Lee told reporters.'
    i = text.index("that the bridge")
    m = text.index("The mayor")
    att = {"source": [m, m + 9], "cue": [i - 5, i - 1], "content": [i, text.index(". ")]}
    rec = {"id": "t", "text": text, "attributions": [att]}
    train = tmp_path / "train.jsonl"
    train.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    out = tmp_path / "tagger.tsv"
    args = ["--train", str(train), "-o", str(out)]  # PolNeAR-format input alone, as `make train`
    assert ta.main(args) == 0
    assert ta.main([*args, "--check"]) == 0
    assert "identical" in capsys.readouterr().out
    out.write_text(out.read_text(encoding="utf-8") + "b\tO\t0.0001\n", encoding="utf-8")
    assert ta.main([*args, "--check"]) == 1
    assert "DIFFERS" in capsys.readouterr().out


def test_bad_arguments_are_one_line_errors(tmp_path, capsys):
    assert ta.main(["--train", str(tmp_path / "none.jsonl")]) == 2
    assert "none.jsonl not found" in capsys.readouterr().err
    train = tmp_path / "train.jsonl"
    train.write_text("", encoding="utf-8")
    assert ta.main(["--train", str(train), "--repeat", "0"]) == 2
    assert "--repeat must be at least 1, got 0" in capsys.readouterr().err


def test_domain_copies_are_news_only_and_folded_into_the_shared_weights():
    pytest.importorskip("pycrfsuite")
    p = [([["b", "w[0]=said"]], ["C"])]
    n = [([["b", "w[0]=said"]], ["O"])]
    seqs = ta.training_sequences(p, n, 1, domain=True)
    assert seqs == [p[0], ([["b", "w[0]=said", "N:b", "N:w[0]=said"]], ["O"])]
    text = ta.train(seqs * 3)
    assert "N:" not in text
    rows = [
        r.split("\t") for r in text.splitlines() if r and not r.startswith("#") and not r.startswith("->")
    ]
    assert {a for a, _, _ in rows} <= {"b", "w[0]=said"}


@pytest.mark.skipif(not (ta.DATA / "polnear_train.jsonl").exists(), reason="needs ../shared PolNeAR train")
def test_the_shipped_tagger_was_trained_on_what_the_rules_say_today():
    # The tagger's features include the rules' own labels: a rule change alters its training sequences, and
    # the shipped weights then describe rules that no longer exist (session 14 shipped such a stale tagger,
    # unnoticed: retraining takes minutes, so no test did it). The header names the sha256 of the sequences
    # it was trained on; recomputing them takes about 20 s. If this fails, run `make train` and commit.
    shipped = ta.OUT.read_text(encoding="utf-8")
    seqs = ta.training_sequences(ta.sequences(ta.read(ta.DATA / "polnear_train.jsonl")), [], ta.NEWS_REPEAT,
                                 ta.NEWS_DOMAIN)
    # recall20: "speculate", "fear", "signaled" are cue words (33 more sentences); session 19: 18375 (the
    # cue words of recall23's and the fact-check's rules: "reads" inverted, "read in part:");
    # session 22: 18387 (new cue words: "elaborated", "termed", "branded", a plural document's "state",
    # "forecast"/"predicted" passives, "read" after a document's "of" phrase or aside); session 23: 18400
    # (fc27's "clarify", the fact-check's "specify", "attribute", "ascribe", recall27's document openings);
    # session 24: 18408 (recall24's "hint", "hints", "hinted", "hinting" cue words and the other branches'
    # rules, merged; retrained at the session's end)
    assert len(seqs) == 18408
    assert ta.shipped_digest(shipped) == ta.sequences_digest(seqs)


def test_the_digest_is_read_from_the_header_and_changes_with_a_label():
    seqs = [([["w=said"], ["w=it"]], ["C", "O"])]
    digest = ta.sequences_digest(seqs)
    assert len(digest) == 64 and digest != ta.sequences_digest([([["w=said"], ["w=it"]], ["C", "T"])])
    text = ta.HEADER.format(params="{}", news="", digest=digest) + "b\tO\t0.1\n"
    assert ta.shipped_digest(text) == digest
    assert ta.shipped_digest("# no digest here\nb\tO\t0.1\n") is None
