"""tools/cue_misses.py: how a missed gold attribution's shape is named, and which splits it may read."""

from __future__ import annotations

from tools.attribution_misses import UNREAD
from tools.cue_misses import shape

TEXT = 'The CDC advises people to seek treatment. "We are ready," said Ann Lee. It was seen as a win.'


def _span(word: str) -> list[int]:
    a = TEXT.index(word)
    return [a, a + len(word)]


def test_shape_names_where_source_and_content_stand_around_the_cue():
    source_left = {"cue": _span("advises"), "source": _span("The CDC"), "content": [_span("people to seek")]}
    assert shape(TEXT, source_left) == "src=L content=R"
    quote_first = {"cue": _span("said"), "source": _span("Ann Lee"), "content": [_span('"We are ready,"')]}
    assert shape(TEXT, quote_first) == "src=R content=Lq"
    no_source = {"cue": _span("seen as"), "source": None, "content": [_span("It")]}
    assert shape(TEXT, no_source) == "src=- content=L"
    assert shape(TEXT, {"cue": None, "source": None, "content": [_span("It")]}) == "no cue"


def test_the_untuned_checks_and_the_test_are_never_read():
    assert UNREAD == frozenset({"dev10", "dev12", "dev13", "dev15", "test"})
