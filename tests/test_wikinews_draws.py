"""The labelled news articles' draws are reproducible from the committed seeds and lists.

Needs ``../shared`` (the Wikinews CSVs and the Zyte gold texts); skipped, with the reason, where it is absent.
"""

from __future__ import annotations

import pytest

from benchmarks.wikinews import corpus
from benchmarks.wikinews.labels import add_split, zyte_dev_draw

pytestmark = pytest.mark.skipif(
    not (corpus.ZYTE_DIR / "ground-truth.json").exists() or not corpus.CORPUS_DIR.exists(),
    reason="needs ../shared (Wikinews corpus and the Zyte extraction benchmark)",
)


def test_the_test_split_is_the_seeded_zyte_draw_one_page_per_news_outlet():
    drawn = corpus.select_zyte(list(corpus.read_zyte()), corpus.news_outlets())
    test_ids = sorted(k for k, split in corpus.selected().items() if split == "test")
    assert sorted(a.id for a in drawn) == test_ids
    assert len(test_ids) == corpus.N_ZYTE == 18
    hosts = [a.url.split("/")[2] for a in drawn]
    assert len(set(hosts)) == 18 and set(hosts) <= corpus.news_outlets()
    assert all(corpus.MIN_WORDS <= len(a.text.split()) <= corpus.MAX_WORDS for a in drawn)


def test_the_dev6_draw_is_seeded_and_shares_no_page_or_outlet_with_the_test():
    selected = corpus.selected()
    drawn = zyte_dev_draw(selected)
    assert sorted(a.id for a in drawn) == sorted(k for k, split in selected.items() if split == "dev6")
    test_pages = {a.id: a.url.split("/")[2] for a in corpus.read_zyte() if selected.get(a.id) == "test"}
    assert len(drawn) == 18 and not {a.url.split("/")[2] for a in drawn} & set(test_pages.values())
    assert {split for k, split in selected.items() if k.startswith("zyte-")} == {"dev6", "test"}
    assert set(corpus.texts()) == set(selected)


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
