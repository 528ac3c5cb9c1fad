"""The hedging judge's faster paths give exactly the answers of the plain ones (issue 13's speed target):
the sentence model scored from words and pairs (:meth:`LinearModel.score_words`) against the score of the
feature names, the anonymity quick test by substring against the pattern it replaced, and a sentence with
no source and no weasel or shield cue answered from its anonymity phrases alone."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import load_article
from analysis.hedging import judge
from analysis.hedging.classifier import LinearModel, features, model
from analysis.hedging.cues import Match, Offsets, scan
from analysis.hedging.sentences import attribution_flags
from analysis.hedging.sources import Source, anonymity_phrases

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"


def test_score_words_is_the_score_of_the_features_on_every_fixture_sentence() -> None:
    m = model()
    assert m is not None
    n = 0
    for path in sorted(FIXTURES.glob("*.txt")):
        for sc in scan(load_article(path)):
            if sc.words:
                want = m.score(features(sc.words, sc.matches, sc.rejected))
                assert m.score_words(sc.words, sc.matches, sc.rejected) == want
                n += 1
    assert n == 96


def test_score_words_counts_a_repeated_word_or_pair_once_and_reads_refused_cues_as_placeholders() -> None:
    weights = {"w:may": 0.5, "w:rain": 0.25, "b:may rain": 1.0, "c:may": 2.0, "w:<refused:r>": -4.0}
    m = LinearModel(weights, bias=-1.0, threshold=0.5)
    words = ["it", "may", "rain", ",", "may", "rain"]
    cue = Match(1, 2, "may", "modal", "hedge")
    # -1 + 0.5 + 0.25 + 1.0 + 2.0 = 2.75, each distinct word and pair once
    assert (
        m.score_words(words, [cue]) == m.score(features(words, [cue])) == 1 / (1 + 2.718281828459045**-2.75)
    )
    refused = Match(4, 5, "may", "modal", "hedge", "r")
    assert m.score_words(words, [cue], [refused]) == m.score(features(words, [cue], [refused]))


def test_a_word_holding_a_space_is_scored_by_the_feature_names() -> None:
    # "b:a b c" is the pair ("a", "b c") and the pair ("a b", "c"): only the names can tell
    m = LinearModel({"b:a b c": 3.0}, bias=0.0, threshold=0.5)
    assert m.score_words(["a", "b c"], []) == m.score(features(["a", "b c"], [])) > 0.9
    assert m.score_words(["a b", "c"], []) == m.score(features(["a b", "c"], [])) > 0.9
    assert m.score_words(["a", "b", "c"], []) == 0.5


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet="abcdeilmnorstuxİ. ,", max_size=60))
def test_the_anonymity_quick_test_finds_what_the_pattern_of_its_words_found(text: str) -> None:
    from analysis.hedging.sources import _anonymity_re

    keys = _anonymity_re()[0]
    pattern = re.compile("|".join(map(re.escape, keys)))
    for k in keys:
        assert any(map((text + k).__contains__, keys)) and pattern.search(text + k) is not None
    assert any(map(text.__contains__, keys)) == (pattern.search(text) is not None)


def test_a_sentence_without_source_or_weasel_cue_is_flagged_by_its_anonymity_phrase_alone() -> None:
    text = "Prices may rise, an official said on condition of anonymity. Prices may rise."
    may = Match(1, 2, "may", "modal", "hedge")
    first = attribution_flags(text, 0, 60, [(7, 10, may)], [])
    assert first[2] is True and first[3] == "anonymity_phrase:on condition of anonymity"
    assert attribution_flags(text, 61, len(text), [(68, 71, may)], []) == (False, "", False, "", ())
    source = Source(17, 28, 29, 33, "anonymous_person")
    assert attribution_flags(text, 0, 60, [], [source])[2] is True  # the full path, as before
    assert anonymity_phrases(text, 61, len(text)) == []


def test_offsets_answer_an_index_as_a_list_of_pairs_does() -> None:
    pairs = [(0, 2), (3, 7), (8, 9)]
    o = Offsets(pairs)
    assert [o[i] for i in range(-3, 3)] == [pairs[i] for i in range(-3, 3)]
    assert o.span() == (0, 9) and o[1:] == pairs[1:]
    for bad in (3, -4):
        try:
            o[bad]
        except IndexError:
            continue
        raise AssertionError(f"no IndexError for {bad}")


def test_judge_of_a_fixture_article_keeps_its_exact_probabilities() -> None:
    article = load_article(FIXTURES / "102_heatwave_hospitals.txt")
    got = judge(article, ())
    m = model()
    assert m is not None
    for j, sc in zip(got, scan(article), strict=True):
        want = round(m.score(features(sc.words, sc.matches, sc.rejected)), 4) if sc.words else 0.0
        assert j.p_uncertain == want
