"""analysis.hedging.sentences.QuoteMarks answers inside_quotation's question from an index built once per
sentence (the count from the sentence's start per cue was quadratic in a run-on sentence)."""

from __future__ import annotations

import random

from analysis.hedging.sentences import QuoteMarks, inside_quotation


def test_the_index_gives_the_counts_answer_at_every_position():
    text = 'He said "some experts fear" it, and “others say” so; "a "b" c “d” e'
    marks = QuoteMarks(text, 3, len(text))
    assert [marks.inside(k) for k in range(3, len(text) + 1)] == [
        inside_quotation(text, 3, k) for k in range(3, len(text) + 1)
    ]
    assert marks.inside(text.index("some")) and not marks.inside(text.index("it,"))
    assert marks.inside(text.index("others")) and not marks.inside(text.index("so;"))


def test_it_agrees_on_random_texts_and_past_the_end():
    rng = random.Random(19)
    for _ in range(100):
        text = "".join(rng.choice('ab "“”') for _ in range(rng.randint(0, 60)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        marks = QuoteMarks(text, start, end)
        for at in range(start, len(text) + 1):  # past ``end`` it falls back to the count
            assert marks.inside(at) == inside_quotation(text, start, at)
