"""When the garbage collector runs: held back from full passes while one article is analysed."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from analysis import parse_article, runtime
from analysis.pipeline import Pipeline
from analysis.report import collect
from analysis.runtime import HELD_BACK, MIDDLE, YOUNG, one_article, settle

ARTICLE = Path(__file__).resolve().parent / "fixtures" / "articles" / "101_harbour_bridge.txt"


@pytest.fixture
def thresholds():
    """Restore the process's thresholds whatever a test does to them."""
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_one_article_holds_back_full_passes_and_puts_the_threshold_back(thresholds):
    gc.set_threshold(500, 7, 9)
    with one_article():
        assert gc.get_threshold() == (YOUNG, 7, HELD_BACK)
        with one_article():  # parse inside a pipeline run
            assert gc.get_threshold() == (YOUNG, 7, HELD_BACK)
        assert gc.get_threshold() == (YOUNG, 7, HELD_BACK)
    assert gc.get_threshold() == (500, 7, 9)
    gc.set_threshold(2 * YOUNG, 7, 9)  # a higher young threshold set by the caller is kept
    with one_article():
        assert gc.get_threshold() == (2 * YOUNG, 7, HELD_BACK)
    assert gc.get_threshold() == (2 * YOUNG, 7, 9)


def test_settling_makes_middle_passes_rarer_when_asked_once_and_one_article_keeps_that(
    thresholds, monkeypatch
):
    monkeypatch.setattr(runtime, "_settled", False)
    gc.set_threshold(500, 7, 9)
    settle()  # the corpus run: the thresholds as they are
    assert gc.get_threshold() == (500, 7, 9)
    monkeypatch.setattr(runtime, "_settled", False)
    settle(rarer_middle=True)  # predict
    assert gc.get_threshold() == (500, MIDDLE, 9)
    with one_article():
        assert gc.get_threshold() == (YOUNG, MIDDLE, HELD_BACK)
    assert gc.get_threshold() == (500, MIDDLE, 9)
    gc.set_threshold(500, 7, 9)
    settle(rarer_middle=True)  # settled already: nothing changes
    assert gc.get_threshold() == (500, 7, 9)


def test_settling_inside_an_article_applies_at_its_end_and_leaves_collection_off(thresholds, monkeypatch):
    monkeypatch.setattr(runtime, "_settled", False)
    gc.set_threshold(500, 7, 9)
    with one_article():
        settle(rarer_middle=True)
        assert gc.get_threshold() == (YOUNG, 7, HELD_BACK)
    assert gc.get_threshold() == (500, MIDDLE, 9)
    monkeypatch.setattr(runtime, "_settled", False)
    gc.set_threshold(0, 7, 9)  # collection turned off stays off, with its other thresholds
    settle(rarer_middle=True)
    assert gc.get_threshold() == (0, 7, 9)


def test_one_article_puts_the_threshold_back_after_an_error(thresholds):
    gc.set_threshold(500, 7, 9)
    with pytest.raises(ValueError), one_article():
        raise ValueError("bad article")
    assert gc.get_threshold() == (500, 7, 9)
    assert runtime._depth == 0


def test_one_article_leaves_collection_turned_off_as_it_is(thresholds):
    gc.set_threshold(0, 7, 9)
    with one_article():
        assert gc.get_threshold() == (0, 7, 9)
    assert gc.get_threshold() == (0, 7, 9)


def test_overlapping_scopes_in_two_threads_restore_once_both_have_left(thresholds):
    gc.set_threshold(500, 7, 9)
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with one_article():
            entered.set()
            release.wait(10)

    t = threading.Thread(target=other)
    t.start()
    assert entered.wait(10)
    with one_article():
        assert gc.get_threshold()[2] == HELD_BACK
    assert gc.get_threshold()[2] == HELD_BACK  # the other thread is still analysing its article
    release.set()
    t.join(10)
    assert gc.get_threshold() == (500, 7, 9)


def test_parsing_the_pipeline_and_the_report_make_no_full_pass_but_young_ones_run(thresholds):
    text = ARTICLE.read_text(encoding="utf-8")
    gc.set_threshold(1, 1, 1)  # a full pass as often as the collector allows, outside the scopes
    inside: list[int] = []
    outside: list[int] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            (inside if runtime._depth else outside).append(info["generation"])

    gc.callbacks.append(watch)
    try:
        article = parse_article(text, id="x")
        Pipeline(["readability", "hedge_voices", "judgements"])(article)
        collect.build(parse_article(text, id="y"))
        with one_article():
            # as many objects as a long article keeps alive: 4 x YOUNG so that at least 3 young passes run
            # whatever the collector's count when the scope opened (3 x YOUNG gave 2 when the article work
            # before it allocated fewer objects: session 11, a report with one attribution fewer)
            kept = [[] for _ in range(4 * YOUNG)]
        parsed = len(inside)
        [[] for _ in range(100)]  # tracked objects: the collector runs between the articles
    finally:
        gc.callbacks.remove(watch)
    assert len(kept) == 4 * YOUNG
    assert parsed >= 3 and set(inside) == {0, 1}  # young generations still collected, every YOUNG objects
    assert 2 in outside  # the passes held back are not lost


def test_in_groups_holds_at_most_the_items_and_size_allowed_in_order():
    from analysis.runtime import in_groups

    words = ["aaaa", "bb", "c", "", "dddddd", "e", "ff"]
    # at most 3 items and 6 characters: a group is full at exactly 6; an item of 6 cannot join a group
    assert list(in_groups(words, len, 3, 6)) == [["aaaa", "bb"], ["c", ""], ["dddddd"], ["e", "ff"]]
    assert list(in_groups(words, len, 2, 100)) == [["aaaa", "bb"], ["c", ""], ["dddddd", "e"], ["ff"]]
    assert list(in_groups(["x" * 10, "y"], len, 5, 3)) == [["x" * 10], ["y"]]  # too large: alone
    assert list(in_groups([], len, 3, 6)) == []
