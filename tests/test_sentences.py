"""News-aware sentence boundaries and tokens."""

from __future__ import annotations

import pytest
from timing import LINEAR_BOUND, growth

from analysis import parse_article
from analysis.sentences import split_span
from analysis.tokens import tokenize, word_count


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_span(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, Jan. 30, he spoke. Then he left.", ["On Monday, Jan. 30, he spoke.", "Then he left."]),
        ("Aid from the U.S. has grown. Allies agree.", ["Aid from the U.S. has grown.", "Allies agree."]),
        ("It came from the U.S. The allies agreed.", ["It came from the U.S.", "The allies agreed."]),
        ("Gov. Gavin Newsom spoke. Mr. Smith did not.", ["Gov. Gavin Newsom spoke.", "Mr. Smith did not."]),
        ("He lives at No. 10 Downing St. in London.", ["He lives at No. 10 Downing St. in London."]),
        ("J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
        (
            "Prices rose 3.5 percent to 100,000. Sales fell.",
            ["Prices rose 3.5 percent to 100,000.", "Sales fell."],
        ),
        ('"We will win," he said. "Soon."', ['"We will win," he said.', '"Soon."']),
        ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
        ("“It is over.” Then he left.", ["“It is over.”", "Then he left."]),
        ("Wait... What happened? Nobody knew!", ["Wait...", "What happened?", "Nobody knew!"]),
        ("He paused... and went on.", ["He paused... and went on."]),
        ('"Why?" she asked.', ['"Why?" she asked.']),
        (
            "The vote passed. (Two members abstained.) It takes effect now.",
            ["The vote passed.", "(Two members abstained.)", "It takes effect now."],
        ),
        (
            "It was built in World War I. Based on a design from 1915, it flew.",
            ["It was built in World War I.", "Based on a design from 1915, it flew."],
        ),
        (
            "Const. Dave Woodford was there. Sgt. Ann Lee, Insp. Ray Poole and Det. Kim Ho came.",
            ["Const. Dave Woodford was there.", "Sgt. Ann Lee, Insp. Ray Poole and Det. Kim Ho came."],
        ),
        (
            "Fr. John Kelly and Rev. Ann Moss met then-Sen. Barack Obama. Ex-Gov. Jerry Brown did not.",
            ["Fr. John Kelly and Rev. Ann Moss met then-Sen. Barack Obama.", "Ex-Gov. Jerry Brown did not."],
        ),
        # A hyphenated word that does not end in a title still ends a sentence.
        ("Prices were then-current. The rest followed.", ["Prices were then-current.", "The rest followed."]),
        ("No punctuation at the end", ["No punctuation at the end"]),
        ("", []),
        ("   ", []),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sents(text) == expected


def test_caption_title_line_is_its_own_sentence(seed):
    caption = seed.parts_of("caption")[0]
    first = next(s for s in seed.sentences if s.start == caption.start)
    assert seed.span_text(first) == "NATO Secretary General Jens Stoltenberg Visits South Korea"


def test_sentences_never_cross_parts_and_are_trimmed(seed):
    for s in seed.sentences:
        part = seed.parts[s.part]
        assert part.start <= s.start < s.end <= part.end
        assert not seed.text[s.start].isspace() and not seed.text[s.end - 1].isspace()


def test_seed_sentence_counts(seed):
    assert len(seed.sentences_in({"paragraph"})) == 18
    assert len(seed.body_sentences) == 20  # 18 in paragraphs, 2 headings
    assert len(seed.sentences) == 33


def test_seed_jan_30_does_not_split(seed):
    texts = [seed.span_text(s) for s in seed.sentences]
    assert (
        "On Monday, Jan. 30, Stoltenberg also had a meeting with Yoon Suk Yeol, the president of South Korea."
        in texts
    )


def test_tokens_and_words():
    text = "Korea's war-torn ally bought 100,000 rounds ($5 each, 9%) from the U.S. on Jan. 30."
    toks = tokenize(text)
    assert [text[t.start : t.end] for t in toks if t.is_word] == [
        "Korea's", "war-torn", "ally", "bought", "100,000", "rounds", "5", "each", "9", "from", "the", "U.S.",
        "on", "Jan.", "30",
    ]  # fmt: skip
    assert [text[t.start : t.end] for t in toks if not t.is_word] == ["(", "$", ",", "%", ")", "."]
    assert word_count(text) == 15


def test_numbers_with_a_hyphenated_tail_are_one_word():
    text = "A 15-year-old won 2-1 in the 1990-91 season."
    assert [text[t.start : t.end] for t in tokenize(text) if t.is_word] == [
        "A", "15-year-old", "won", "2-1", "in", "the", "1990-91", "season",
    ]  # fmt: skip


def test_tokens_cover_the_text_and_have_offsets(seed):
    for t in seed.tokens:
        assert seed.text[t.start : t.end].strip() == seed.text[t.start : t.end] != ""
    assert sum(len(seed.words_in(s)) for s in seed.sentences_in({"paragraph"})) == 403


def test_sentences_task_spans_for_unstructured_text():
    a = parse_article("First sentence here. Second one follows. Third.")
    assert [(s.start, s.end) for s in a.sentences] == [(0, 20), (21, 40), (41, 47)]


def test_long_text_without_punctuation_is_one_sentence_quickly():
    text = "word " * 100_000
    small = text[:125_000]
    ratio = growth(lambda: split_span(small, 0, len(small)), lambda: split_span(text, 0, len(text)))
    assert ratio < LINEAR_BOUND
    assert split_span(text, 0, len(text)) == [(0, len(text) - 1)]


def test_match_form_folds_apostrophes_without_moving_offsets():
    from analysis.tokens import match_form

    text = "Korea’s ‘Big’ Plan ʼ"
    assert match_form(text) == "korea's 'big' plan '"
    assert len(match_form(text)) == len(text)
