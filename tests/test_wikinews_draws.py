"""The labelled news articles' draws are reproducible from the committed seeds and lists.

Needs ``../shared`` (the Wikinews CSVs and the Zyte gold texts); skipped, with the reason, where it is absent.
"""

from __future__ import annotations

import pytest

from benchmarks.wikinews import corpus
from benchmarks.wikinews.labels import add_split, zyte_dev7_test8_draw, zyte_dev8_draw, zyte_dev_draw

pytestmark = pytest.mark.skipif(
    not (corpus.ZYTE_DIR / "ground-truth.json").exists() or not corpus.CORPUS_DIR.exists(),
    reason="needs ../shared (Wikinews corpus and the Zyte extraction benchmark)",
)


def _hosts(split: str) -> set[str]:
    selected = corpus.selected()
    return {a.url.split("/")[2] for a in corpus.read_zyte() if selected.get(a.id) == split}


def test_dev7_is_session_7s_seeded_zyte_draw_one_page_per_news_outlet():
    drawn = corpus.select_zyte(list(corpus.read_zyte()), corpus.news_outlets())
    test_ids = sorted(k for k, split in corpus.selected().items() if split == "dev7")
    assert sorted(a.id for a in drawn) == test_ids
    assert len(test_ids) == corpus.N_ZYTE == 18
    hosts = [a.url.split("/")[2] for a in drawn]
    assert len(set(hosts)) == 18 and set(hosts) <= corpus.news_outlets()
    assert all(corpus.MIN_WORDS <= len(a.text.split()) <= corpus.MAX_WORDS for a in drawn)


def test_the_dev6_draw_is_seeded_and_shares_no_page_or_outlet_with_dev7():
    selected = corpus.selected()
    # as drawn in session 7, when dev7 was the test and session 8's draws did not exist
    drawn = zyte_dev_draw({k: "test" for k, split in selected.items() if split == "dev7"})
    assert sorted(a.id for a in drawn) == sorted(k for k, split in selected.items() if split == "dev6")
    assert len(drawn) == 18 and not {a.url.split("/")[2] for a in drawn} & _hosts("dev7")
    zyte_splits = {split for k, split in selected.items() if k.startswith("zyte-")}
    assert zyte_splits == {"dev6", "dev7", "dev8", "test"}
    assert set(corpus.texts()) == set(selected)


def test_session_8s_test_is_seeded_and_shares_no_outlet_with_dev6_dev7_or_dev8():
    selected = corpus.selected()
    drawn = zyte_dev7_test8_draw(selected)
    assert sorted(a.id for a in drawn) == sorted(k for k, split in selected.items() if split == "test")
    hosts = [a.url.split("/")[2] for a in drawn]
    assert len(drawn) == corpus.N_ZYTE_TEST8 == 18 and len(set(hosts)) == 18
    assert not set(hosts) & (_hosts("dev6") | _hosts("dev7") | _hosts("dev8"))
    assert all(corpus.MIN_WORDS <= len(a.text.split()) <= corpus.MAX_WORDS for a in drawn)


def test_dev8_is_every_other_news_page_in_bounds_of_a_non_test_outlet():
    selected = corpus.selected()
    without_dev8 = {k: split for k, split in selected.items() if split != "dev8"}
    drawn = zyte_dev8_draw(without_dev8)
    assert sorted(a.id for a in drawn) == sorted(k for k, split in selected.items() if split == "dev8")
    assert len(drawn) == 21 and not {a.url.split("/")[2] for a in drawn} & _hosts("test")
    pool = corpus.zyte_pool(list(corpus.read_zyte()), corpus.news_outlets())
    left = [a for a in pool if a.id not in selected]
    assert {a.url.split("/")[2] for a in left} <= _hosts("test")


def test_a_draw_never_overwrites_a_split_that_is_already_there(capsys):
    before = corpus.ARTICLES_TSV.read_bytes()
    with pytest.raises(SystemExit) as exc:
        add_split("test", lambda taken: [], "nothing")
    assert exc.value.code == 1
    assert capsys.readouterr().err == f"{corpus.ARTICLES_TSV} already holds a test split; nothing written\n"
    assert corpus.ARTICLES_TSV.read_bytes() == before


def test_the_outlet_list_is_a_data_file_with_its_source():
    head = corpus.ZYTE_OUTLETS.read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("# Source:")
    assert "www.bbc.com" in corpus.news_outlets() and "digg.com" not in corpus.news_outlets()


@pytest.mark.skipif(not (corpus.FUNDUS_DIR / "index.jsonl").exists(),
                    reason="needs ../shared (the Fundus benchmark)")
def test_the_fundus_reserve_reads_the_english_pages_none_yet_drawn():
    arts = list(corpus.read_fundus())
    ids = [a.id for a in arts]
    assert len(arts) == 77 and ids == sorted(ids) and len(set(ids)) == 77
    assert {i.split("-")[1] for i in ids} == corpus.FUNDUS_COUNTRIES
    assert all(a.text.strip() and a.url.startswith("http") for a in arts)
    assert sum(corpus.MIN_WORDS <= len(a.text.split()) <= corpus.MAX_WORDS for a in arts) == 35
    assert set(corpus.FUNDUS_SEEN) <= set(ids) and not set(ids) & set(corpus.selected())
