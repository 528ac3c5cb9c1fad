"""Checks the hedging judge makes once per article instead of once per sentence (issue 15), each giving
exactly the per-sentence answer: the quick test of anonymity phrases (a text none of whose lower-cased
letters spell a word of the quick test holds no anonymity phrase in any sentence), and the word limit of
prose (only a sentence of more characters than the limit can hold more words)."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import parse_article
from analysis.hedging import sources
from analysis.hedging.sentences import MAX_ATTRIBUTION_WORDS, judge_attributions
from analysis.hedging.sources import _keyless, anonymity_phrases

ANONYMOUS = "Officials said the plan was late. A source, who asked not to be named, said it would fail."
#: Words of the generated texts: phrase words, capitals that lower-case longer (İ), by context (Σ) or to
#: ASCII (the Kelvin sign in "ASKED")
WORDS = ["an", "aide", "off", "the", "record", "RECORD", "İ", "Σ", "AS\u212aED", "unnamed", "source", "."]
PLAIN = "The council said the plan was late. It will be discussed on Monday."


def test_a_text_without_the_words_is_keyless() -> None:
    assert _keyless(PLAIN)
    assert [anonymity_phrases(PLAIN, a, b) for a, b in ((0, 33), (34, len(PLAIN)))] == [[], []]


def test_a_text_with_the_words_is_read_sentence_by_sentence() -> None:
    assert not _keyless(ANONYMOUS)
    second = ANONYMOUS.index("A source")
    spans = anonymity_phrases(ANONYMOUS, second, len(ANONYMOUS))
    assert [ANONYMOUS[a:b] for a, b in spans] == ["asked not to be named"]
    assert anonymity_phrases(ANONYMOUS, 0, second - 1) == []


def test_a_text_that_lower_cases_longer_is_never_keyless() -> None:
    # "İ" lower-cases to two characters: each sentence is then read case-blind on the text itself
    text = "İstanbul officials spoke on condition of anonymity."
    assert not _keyless(text)
    assert [text[a:b] for a, b in anonymity_phrases(text, 0, len(text))] == ["on condition of anonymity"]
    assert _keyless("İstanbul was calm.") is False


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            [
                "an",
                "aide",
                "off",
                "the",
                "record",
                "RECORD",
                "İ",
                "Σ",
                "K",
                "unnamed",
                "source",
                ",",
                ".",
                "x",
            ]
        ),
        max_size=16,
    ),
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=80),
)
def test_keyless_changes_no_answer(words: list[str], a: int, b: int) -> None:
    text = " ".join(words)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    got = anonymity_phrases(text, start, end)
    with mock.patch.object(sources, "_keyless", lambda _text: False):  # every sentence read as before
        assert got == anonymity_phrases(text, start, end)


def _one_long_sentence(words: int) -> str:
    return "Officials said that " + " ".join(["rain"] * (words - 3)) + ".\n\nThe mayor said it was fine."


def test_a_sentence_over_the_word_limit_is_not_prose() -> None:
    # 1,000 words is prose: both attributions are read; 1,001 is not, and the judge reads none (the
    # characters of a sentence bound its words, so only long sentences have their words counted)
    at_limit, over = parse_article(_one_long_sentence(1_000)), parse_article(_one_long_sentence(1_001))
    assert [at_limit.count_words(s) for s in at_limit.sentences] == [MAX_ATTRIBUTION_WORDS, 6]
    assert [a.cue_class for a in judge_attributions(at_limit)] == ["neutral", "neutral"]
    assert [over.count_words(s) for s in over.sentences] == [MAX_ATTRIBUTION_WORDS + 1, 6]
    assert judge_attributions(over) == []
