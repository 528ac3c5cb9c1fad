"""The hedging benchmark's in-article scoring: which analyzer sentence's flags a labelled sentence takes."""

from __future__ import annotations

from analysis import parse_article
from analysis.hedging import judge
from benchmarks.bench_hedging import assign_sentences


def test_each_judged_sentence_goes_to_the_labelled_sentence_holding_most_of_it():
    labelled = [(0, 40), (41, 90), (91, 120)]
    judged = [(0, 25), (26, 60), (61, 90), (91, 120), (130, 140)]
    # (26, 60) overlaps the first label by 14 characters and the second by 19: it goes to the second;
    # a sentence outside every label (a headline not labelled) goes nowhere
    assert assign_sentences(labelled, judged) == [0, 1, 1, 2, None]


def test_a_tie_goes_to_the_first_labelled_sentence_and_no_labels_leave_every_sentence_unowned():
    assert assign_sentences([(0, 10), (10, 20)], [(5, 15)]) == [0]
    assert assign_sentences([], [(0, 5), (6, 9)]) == [None, None]


def test_a_real_article_judged_whole_gives_each_labelled_sentence_its_own_flags():
    text = (
        "Some experts say the bridge may collapse. "
        "The mayor, Jane Smith, said the bridge was closed on Monday."
    )
    judged = judge(parse_article(text, id="bridge"))
    labelled = [(0, 41), (42, len(text))]
    owner = assign_sentences(labelled, [(j.start, j.end) for j in judged])
    assert owner == [0, 1]
    assert [(j.uncertain, j.weasel) for j in judged] == [(True, True), (False, False)]
