"""The labelled news articles' draws are reproducible from the committed seeds and lists.

Needs ``../shared`` (the Wikinews CSVs and the Zyte gold texts); skipped, with the reason, where it is absent.
"""

from __future__ import annotations

import pytest

from benchmarks.wikinews import corpus
from benchmarks.wikinews.labels import (
    add_split,
    draw_dev14,
    draw_dev16,
    draw_test11,
    draw_test12,
    draw_test13,
    draw_test14,
    draw_test15,
    draw_test16,
    draw_test17,
    draw_test18,
    draw_test19,
    draw_test20,
    draw_test21,
    draw_test22,
    draw_test23,
    draw_test24,
    fundus_dev10_draw,
    fundus_test9_draw,
    fundus_test10_draw,
    zyte_dev7_test8_draw,
    zyte_dev8_draw,
    zyte_dev_draw,
)

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
    # dev18: session 14's test (unread outlets); test: session 15's (the last unread pages)
    assert zyte_splits == {"dev6", "dev7", "dev8", "dev9", "dev18", "dev19"}
    assert set(corpus.texts()) == set(selected)


def test_dev9_is_session_8s_test_seeded_and_sharing_no_outlet_with_dev6_dev7_or_dev8():
    selected = corpus.selected()
    # as drawn in session 8, before dev8 was added and while dev9 was the test
    as_then = {k: s for k, s in selected.items() if s in {"dev6", "dev7"} or k.startswith("wikinews-")}
    drawn = zyte_dev7_test8_draw(as_then)
    assert sorted(a.id for a in drawn) == sorted(k for k, split in selected.items() if split == "dev9")
    hosts = [a.url.split("/")[2] for a in drawn]
    assert len(drawn) == corpus.N_ZYTE_TEST8 == 18 and len(set(hosts)) == 18
    assert not set(hosts) & (_hosts("dev6") | _hosts("dev7") | _hosts("dev8"))
    assert all(corpus.MIN_WORDS <= len(a.text.split()) <= corpus.MAX_WORDS for a in drawn)


def test_dev8_is_every_other_news_page_in_bounds_of_a_non_test_outlet():
    selected = corpus.selected()
    as_then = {k: ("test" if s == "dev9" else s) for k, s in selected.items()
               if s not in {"dev8", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25",
                            "dev26", "dev27", "test"}
               and not k.startswith("fundus-")}
    drawn = zyte_dev8_draw(as_then)
    assert sorted(a.id for a in drawn) == sorted(k for k, split in selected.items() if split == "dev8")
    assert len(drawn) == 21 and not {a.url.split("/")[2] for a in drawn} & _hosts("dev9")
    pool = corpus.zyte_pool(list(corpus.read_zyte()), corpus.news_outlets())
    left = [a for a in pool if a.id not in selected]
    assert {a.url.split("/")[2] for a in left} <= _hosts("dev9")


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


needs_fundus = pytest.mark.skipif(not (corpus.FUNDUS_DIR / "index.jsonl").exists(),
                                  reason="needs ../shared (the Fundus benchmark)")


def _fundus_hosts(split: str) -> set[str]:
    selected = corpus.selected()
    return {a.url.split("/")[2] for a in corpus.read_fundus() if selected.get(a.id) == split}


@needs_fundus
def test_the_fundus_pages_read_as_articles_and_the_non_english_ones_are_left_out():
    arts = list(corpus.read_fundus())
    ids = [a.id for a in arts]
    assert len(arts) == 77 and ids == sorted(ids) and len(set(ids)) == 77
    assert {i.split("-")[1] for i in ids} == corpus.FUNDUS_COUNTRIES
    assert all(a.text.strip() and a.url.startswith("http") for a in arts)
    in_bounds = [a for a in arts if corpus.MIN_WORDS <= len(a.text.split()) <= corpus.MAX_WORDS]
    assert len(in_bounds) == 35
    assert sorted(a.id for a in in_bounds if not corpus.is_english(a.text)) == [
        "fundus-ind-Bhaskar-V1", "fundus-za-Dizindaba-V1", "fundus-za-EyethuNews-V1", "fundus-za-Ilanga-V1"]
    assert not set(corpus.FUNDUS_SEEN) & set(corpus.selected())


def test_english_is_told_by_the_share_of_the_commonest_english_words():
    assert corpus.is_english("The minister said that the plan was on track.")
    assert not corpus.is_english("Uhulumeni uthe uzokwakha izindlu ezintsha.")
    assert not corpus.is_english("") and not corpus.is_english("123 456")


@needs_fundus
def test_dev11_is_session_9s_test_one_fundus_page_per_publisher_in_no_development_split():
    selected = corpus.selected()
    # as drawn in session 9, before dev10 was added and while dev11 was the test
    as_then = {k: s for k, s in selected.items() if not k.startswith("fundus-")}
    drawn = fundus_test9_draw(as_then)
    assert sorted(a.id for a in drawn) == sorted(k for k, split in selected.items() if split == "dev11")
    hosts = [a.url.split("/")[2] for a in drawn]
    assert len(drawn) == corpus.N_FUNDUS_TEST9 == 15 and len(set(hosts)) == 15
    zyte_dev_hosts = {a.url.split("/")[2] for a in corpus.read_zyte() if a.id in selected}
    assert not set(hosts) & zyte_dev_hosts
    assert "www.bbc.com" in zyte_dev_hosts and all(corpus.is_english(a.text) for a in drawn)


@needs_fundus
def test_dev10_is_every_other_english_fundus_page_in_bounds_of_a_non_test_publisher():
    selected = corpus.selected()
    as_then = {k: ("test" if s == "dev11" else s) for k, s in selected.items()
               if s not in {"dev10", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19",
                            "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "test"}}
    drawn = fundus_dev10_draw(as_then)
    assert sorted(a.id for a in drawn) == sorted(k for k, split in selected.items() if split == "dev10")
    assert len(drawn) == 13 and not _fundus_hosts("dev10") & _fundus_hosts("dev11")
    left = [a for a in corpus.fundus_pool(list(corpus.read_fundus())) if a.id not in selected]
    assert {a.url.split("/")[2] for a in left} <= _fundus_hosts("dev11")


@needs_fundus
def test_dev12_is_session_10s_test_one_longer_fundus_page_per_publisher_in_no_other_split():
    selected = corpus.selected()
    # as drawn in session 10, while dev12 was the test (and before session 11's test existed)
    as_then = {k: s for k, s in selected.items()
               if s not in {"dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20",
                            "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "test"}}
    drawn = fundus_test10_draw(as_then)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev12")
    assert [a.id for a in drawn] == [
        "fundus-au-NineNews-V1", "fundus-ca-FinancialPost-V1", "fundus-ca-TheGlobeAndMail-V1",
        "fundus-ind-TimesOfIndia-V2", "fundus-uk-TheTelegraph-V1_1", "fundus-us-APNews-V1_1",
        "fundus-us-TechCrunch-V1", "fundus-us-TheIntercept-V1", "fundus-us-TheNation-V2",
        "fundus-us-VoiceOfAmerica-V1", "fundus-us-WashingtonPost-V1", "fundus-us-WorldTruth-V1",
        "fundus-za-DailyMaverick-V1_1"]
    assert all(901 <= len(a.text.split()) <= 1500 and corpus.is_english(a.text) for a in drawn)
    publishers = [corpus.fundus_publisher(a.id) for a in drawn]
    assert len(set(publishers)) == len(publishers) == 13
    other_hosts = ({a.url.split("/")[2] for a in corpus.read_zyte() if a.id in as_then}
                   # dev19 (drawn later) took single pages of publishers already in a split
                   | {h for split in set(corpus.DEVELOPMENT_SPLITS) - {"dev12", "dev13", "dev19"}
                      for h in _fundus_hosts(split)})
    assert not {a.url.split("/")[2] for a in drawn} & other_hosts
    assert corpus.fundus_publisher("fundus-au-NineNews-V2") == "NineNews"


@needs_fundus
@pytest.mark.skipif(not corpus.REUTERS_JSONL.exists(), reason="needs ../shared/data/corpora/reuters.jsonl")
def test_dev13_is_session_11s_test_reuters_items_one_per_topic_and_unread_fundus_pages_one_per_publisher():
    selected = corpus.selected()
    # as drawn in session 11, while dev13 was the test (and before session 12's test existed)
    as_then = {k: s for k, s in selected.items()
               if s not in {"dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21",
                            "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "test"}}
    drawn = draw_test11(as_then)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev13")
    wire = [a for a in drawn if a.id.startswith("reuters21578-")]
    pages = [a for a in drawn if a.id.startswith("fundus-")]
    assert len(wire) == corpus.N_REUTERS_TEST11 == 14 and len(pages) == corpus.N_FUNDUS_TEST11 == 6
    assert len({a.url.split("#")[1] for a in wire}) == 14
    assert all(corpus.MIN_WORDS <= len(a.text.split()) <= corpus.MAX_WORDS for a in wire)
    assert len({corpus.fundus_publisher(a.id) for a in pages}) == 6
    assert all(len(a.text.split()) <= corpus.LONG_WORDS[1] and corpus.is_english(a.text) for a in pages)
    assert not {a.id for a in drawn} & set(as_then)


@pytest.mark.skipif(not corpus.BBC_JSONL.exists() or not corpus.REUTERS_JSONL.exists(),
                    reason="needs ../shared/data/corpora (bbc.jsonl and reuters.jsonl)")
def test_session_12s_test_is_four_bbc_items_per_topic_and_dev14_twenty_more_reuters_items():
    selected = corpus.selected()
    # as drawn in session 12: the test (now dev15) first, from every split before it; dev14 after it
    before = {k: s for k, s in selected.items()
              if s not in {"dev15", "dev14", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22",
                           "dev23", "dev24", "dev25", "dev26", "dev27", "test"}}
    test = draw_test12(before)
    assert [a.id for a in test] == sorted(k for k, split in selected.items() if split == "dev15")
    assert [a.id for a in test][:3] == ["bbc-business-148", "bbc-business-275", "bbc-business-317"]
    topics = [a.url.split("#")[1] for a in test]
    assert sorted(set(topics)) == ["business", "entertainment", "politics", "sport", "tech"]
    assert all(topics.count(t) == corpus.N_BBC_PER_TOPIC == 4 for t in topics)
    assert all(corpus.MIN_WORDS <= len(a.text.split()) <= corpus.MAX_WORDS for a in test)
    dev14 = draw_dev14({**before, **{a.id: "test" for a in test}})
    assert [a.id for a in dev14] == sorted(k for k, split in selected.items() if split == "dev14")
    assert len(dev14) == corpus.N_REUTERS_DEV14 == 20 and len({a.url.split("#")[1] for a in dev14}) == 20
    assert not {a.id for a in dev14} & set(before)


@pytest.mark.skipif(not corpus.BBC_JSONL.exists(), reason="needs ../shared/data/corpora/bbc.jsonl")
def test_dev17_session_13s_test_and_dev16_are_four_more_unread_bbc_items_per_topic_each():
    selected = corpus.selected()
    # as drawn in session 13: the test (now dev17) first, from every split before it (dev15 included); dev16
    # after it
    before = {k: s for k, s in selected.items()
              if s not in {"dev17", "dev16", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24",
                           "dev25", "dev26", "dev27", "test"}}
    test = draw_test13(before)
    assert [a.id for a in test] == sorted(k for k, split in selected.items() if split == "dev17")
    assert [a.id for a in test][:3] == ["bbc-business-032", "bbc-business-220", "bbc-business-424"]
    dev16 = draw_dev16({**before, **{a.id: "test" for a in test}})
    assert [a.id for a in dev16] == sorted(k for k, split in selected.items() if split == "dev16")
    for drawn in (test, dev16):
        topics = [a.url.split("#")[1] for a in drawn]
        assert sorted(set(topics)) == ["business", "entertainment", "politics", "sport", "tech"]
        assert all(topics.count(t) == corpus.N_BBC_PER_TOPIC == 4 for t in topics)
        assert all(corpus.MIN_WORDS <= len(a.text.split()) <= corpus.MAX_WORDS for a in drawn)
        assert not {a.id for a in drawn} & set(before)
    assert not {a.id for a in dev16} & {a.id for a in test}
    assert {k for k, s in selected.items() if s == "dev15"} <= set(before)


@needs_fundus
def test_dev18_session_14s_test_is_one_page_per_hostname_of_publishers_in_no_other_split():
    selected = corpus.selected()
    # as drawn in session 14, while dev18 was the test (and before session 15's test existed)
    before = {k: s for k, s in selected.items()
              if s not in {"dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26",
                           "dev27", "test"}}
    drawn = draw_test14(before)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev18")
    assert [a.id for a in drawn][:3] == ["fundus-uk-Nature-V1", "fundus-uk-TheIndependent-V1",
                                         "zyte-0dd135704572"]
    hosts = [a.url.split("/")[2] for a in drawn]
    assert len(drawn) == len(set(hosts)) == 17
    assert all(100 <= len(a.text.split()) <= 2000 for a in drawn) and corpus.TEST14_WORDS == (100, 2000)
    earlier = {a.url.split("/")[2] for read in (corpus.read_zyte, corpus.read_fundus) for a in read()
               if a.id in before}
    assert not set(hosts) & earlier
    assert sum(a.id.startswith("zyte-") for a in drawn) == 15


@needs_fundus
def test_dev19_session_15s_test_is_every_unread_web_page_one_per_hostname():
    selected = corpus.selected()
    # as drawn in session 15, while dev19 was the test (and before session 16's test existed)
    before = {k: s for k, s in selected.items()
              if s not in {"dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27",
                           "test"}}
    drawn = draw_test15(before)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev19")
    assert [a.id for a in drawn][:3] == ["fundus-uk-EuronewsEN-V1_1", "fundus-uk-Metro-V1",
                                         "fundus-uk-TheMirror-V1_2"]
    hosts = [a.url.split("/")[2] for a in drawn]
    assert len(drawn) == len(set(hosts)) == 28 and not {a.id for a in drawn} & set(before)
    assert all(100 <= len(a.text.split()) <= 2000 for a in drawn)
    assert sum(a.id.startswith("zyte-") for a in drawn) == 19
    # every hostname with an unread page in bounds is drawn: none is left for a later draw
    again = draw_test15({**before, **{a.id: "dev19" for a in drawn}})
    assert not {a.url.split("/")[2] for a in again} - set(hosts)


@needs_fundus
def test_dev20_session_16s_test_is_unread_bbc_items_three_per_topic_and_reuters_items_one_per_topic():
    selected = corpus.selected()
    # as drawn in session 16, while dev20 was the test (and before session 17's test existed)
    before = {k: s for k, s in selected.items()
              if s not in {"dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "test"}}
    drawn = draw_test16(before)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev20")
    assert len(drawn) == 25 and not {a.id for a in drawn} & set(before)
    assert [a.id for a in drawn][:2] == ["bbc-business-117", "bbc-business-161"]
    topics = [a.url.split("#")[1] for a in drawn]
    bbc = [t for a, t in zip(drawn, topics, strict=True) if a.id.startswith("bbc-")]
    wire = [t for a, t in zip(drawn, topics, strict=True) if a.id.startswith("reuters21578-")]
    assert sorted(set(bbc)) == ["business", "entertainment", "politics", "sport", "tech"]
    assert all(bbc.count(t) == corpus.N_BBC_TEST16_PER_TOPIC == 3 for t in bbc)
    assert len(wire) == len(set(wire)) == corpus.N_REUTERS_TEST16 == 10
    assert all(corpus.MIN_WORDS <= len(a.text.split()) <= corpus.MAX_WORDS for a in drawn)


@needs_fundus
def test_dev21_session_17s_test_is_more_unread_newswire_items_drawn_like_session_16s():
    selected = corpus.selected()
    # as drawn in session 17, while dev21 was the test (and before session 18's test existed)
    before = {k: s for k, s in selected.items()
              if s not in {"dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "test"}}
    drawn = draw_test17(before)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev21")
    assert len(drawn) == 25 and not {a.id for a in drawn} & set(before)
    assert [a.id for a in drawn][:2] == ["bbc-business-384", "bbc-business-453"]
    _assert_newswire_design(drawn)
    # a draw with session 16's seed from the same pool is another one: the seed, not the pool, decides
    assert {a.id for a in draw_test16(before)} != {a.id for a in drawn}


@needs_fundus
def test_dev22_session_18s_test_is_more_unread_newswire_items_drawn_like_session_16s():
    selected = corpus.selected()
    # as drawn in session 18, while dev22 was the test (and before session 19's test existed)
    before = {k: s for k, s in selected.items()
              if s not in {"dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "test"}}
    drawn = draw_test18(before)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev22")
    assert len(drawn) == 25 and not {a.id for a in drawn} & set(before)
    assert [a.id for a in drawn][:2] == ["bbc-business-141", "bbc-business-151"]
    _assert_newswire_design(drawn)
    # a draw with session 17's seed from the same pool is another one: the seed, not the pool, decides
    assert {a.id for a in draw_test17(before)} != {a.id for a in drawn}


@needs_fundus
def test_dev23_session_19s_test_is_more_unread_newswire_items_drawn_like_session_16s():
    selected = corpus.selected()
    # as drawn in session 19, while dev23 was the test (and before session 20's test existed)
    before = {k: s for k, s in selected.items()
              if s not in {"dev23", "dev24", "dev25", "dev26", "dev27", "test"}}
    drawn = draw_test19(before)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev23")
    assert len(drawn) == 25 and not {a.id for a in drawn} & set(before)
    assert [a.id for a in drawn][:2] == ["bbc-business-197", "bbc-business-402"]
    _assert_newswire_design(drawn)
    # a draw with session 18's seed from the same pool is another one: the seed, not the pool, decides
    assert {a.id for a in draw_test18(before)} != {a.id for a in drawn}


@needs_fundus
def test_dev24_session_20s_test_is_more_unread_newswire_items_drawn_like_session_16s():
    selected = corpus.selected()
    # as drawn in session 20, while dev24 was the test (and before session 21's test existed)
    before = {k: s for k, s in selected.items() if s not in {"dev24", "dev25", "dev26", "dev27", "test"}}
    drawn = draw_test20(before)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev24")
    assert len(drawn) == 25 and not {a.id for a in drawn} & set(before)
    assert [a.id for a in drawn][:2] == ["bbc-business-136", "bbc-business-183"]
    _assert_newswire_design(drawn)
    # a draw with session 19's seed from the same pool is another one: the seed, not the pool, decides
    assert {a.id for a in draw_test19(before)} != {a.id for a in drawn}


@needs_fundus
def test_dev25_session_21s_test_is_more_unread_newswire_items_drawn_like_session_16s():
    selected = corpus.selected()
    # as drawn in session 21, while dev25 was the test (and before session 22's test existed)
    before = {k: s for k, s in selected.items() if s not in {"dev25", "dev26", "dev27", "test"}}
    drawn = draw_test21(before)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev25")
    assert len(drawn) == 25 and not {a.id for a in drawn} & set(before)
    assert [a.id for a in drawn][:2] == ["bbc-business-114", "bbc-business-184"]
    _assert_newswire_design(drawn)
    # a draw with session 20's seed from the same pool is another one: the seed, not the pool, decides
    assert {a.id for a in draw_test20(before)} != {a.id for a in drawn}


@needs_fundus
def test_dev26_session_22s_test_is_more_unread_newswire_items_drawn_like_session_16s():
    selected = corpus.selected()
    # as drawn in session 22, while dev26 was the test (and before session 23's test existed)
    before = {k: s for k, s in selected.items() if s not in {"dev26", "dev27", "test"}}
    drawn = draw_test22(before)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev26")
    assert len(drawn) == 25 and not {a.id for a in drawn} & set(before)
    assert [a.id for a in drawn][:2] == ["bbc-business-106", "bbc-business-327"]
    _assert_newswire_design(drawn)
    # a draw with session 21's seed from the same pool is another one: the seed, not the pool, decides
    assert {a.id for a in draw_test21(before)} != {a.id for a in drawn}


@needs_fundus
def test_dev27_session_23s_test_is_more_unread_newswire_items_drawn_like_session_16s():
    selected = corpus.selected()
    # as drawn in session 23, while dev27 was the test (and before session 24's test existed)
    before = {k: s for k, s in selected.items() if s not in {"dev27", "test"}}
    drawn = draw_test23(before)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "dev27")
    assert len(drawn) == 25 and not {a.id for a in drawn} & set(before)
    assert [a.id for a in drawn][:2] == ["bbc-business-404", "bbc-business-440"]
    _assert_newswire_design(drawn)
    # a draw with session 22's seed from the same pool is another one: the seed, not the pool, decides
    assert {a.id for a in draw_test22(before)} != {a.id for a in drawn}


@needs_fundus
def test_session_24s_test_is_more_unread_newswire_items_drawn_like_session_16s():
    selected = corpus.selected()
    before = {k: s for k, s in selected.items() if s != "test"}
    drawn = draw_test24(before)
    assert [a.id for a in drawn] == sorted(k for k, split in selected.items() if split == "test")
    assert len(drawn) == 25 and not {a.id for a in drawn} & set(before)
    assert [a.id for a in drawn][:2] == ["bbc-business-057", "bbc-business-091"]
    _assert_newswire_design(drawn)
    # a draw with session 23's seed from the same pool is another one: the seed, not the pool, decides
    assert {a.id for a in draw_test23(before)} != {a.id for a in drawn}


def _assert_newswire_design(drawn: list) -> None:
    """Session 16's design, which the later newswire tests repeat: three BBC News items for each of the five
    topics, ten Reuters-21578 items of ten first topic codes, all within the length bounds."""
    topics = [a.url.split("#")[1] for a in drawn]
    bbc = [t for a, t in zip(drawn, topics, strict=True) if a.id.startswith("bbc-")]
    wire = [t for a, t in zip(drawn, topics, strict=True) if a.id.startswith("reuters21578-")]
    assert sorted(set(bbc)) == ["business", "entertainment", "politics", "sport", "tech"]
    assert all(bbc.count(t) == corpus.N_BBC_TEST16_PER_TOPIC == 3 for t in bbc)
    assert len(wire) == len(set(wire)) == corpus.N_REUTERS_TEST16 == 10
    assert all(corpus.MIN_WORDS <= len(a.text.split()) <= corpus.MAX_WORDS for a in drawn)
