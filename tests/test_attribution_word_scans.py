"""Word scans of the source resolver written with ``str.find`` instead of a pattern compiled per word
(issue 15: compiling one pattern per surname of a corpus was 2% of a BBC pass). Each must find exactly what
the pattern it replaces finds, on real sentences and on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.attribution.sources import _word_before, words_before

LASSITER = (
    "Scott Lassiter and Jamie Liles Lassiter arrived. Mr. Lassiter spoke first; later, lassiter Lassiters "
    "and Ann-Marie Lassiter-Jones left. Ms Lassiter said: “O’Neill Lassiter”. dr.Jo Lassiter"
)


def test_words_before_a_surname_on_a_real_sentence() -> None:
    # "Liles" (not "Jamie Liles"), "Mr." keeps its full stop, "O’Neill" after a curly quote, "dr.Jo" from
    # its capital; not "Lassiters" or "Lassiter-Jones" (the surname runs on), nor "later, lassiter"
    assert words_before(LASSITER, "Lassiter", len(LASSITER)) == [
        "Scott", "Liles", "Mr.", "Ms", "O’Neill", "Jo",
    ]  # fmt: skip
    assert words_before(LASSITER, "Lassiter", LASSITER.index("Mr.")) == ["Scott", "Liles"]
    # the end of the searched text ends the surname: "Lassiter" of "Lassiter-Jones" counts when cut there
    cut = LASSITER.index("-Jones")
    assert words_before(LASSITER, "Lassiter", cut) == ["Scott", "Liles", "Mr.", "Ann-Marie"]


def test_words_before_does_not_overlap_its_matches() -> None:
    # findall's matches do not overlap: the second "Smith" is no word before the third
    assert words_before("Anna Smith Smith Smith", "Smith", 22) == ["Anna", "Smith"]
    assert words_before("Anna Smith Smith Smith", "Smith", 22) == _word_before("Smith").findall(
        "Anna Smith Smith Smith", 0, 22
    )


def test_words_before_no_word() -> None:
    assert words_before("", "Smith", 0) == []
    assert words_before("smith Smith, 4 Smith", "Smith", 20) == []
    # a surname with a space or none at all is left to the pattern itself
    assert words_before("Ann Lee Smith", "Lee Smith", 13) == ["Ann"]
    assert words_before("Ann  x", "", 6) == _word_before("").findall("Ann  x", 0, 6)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.text(alphabet="Aa Bb.-'’_é1\n,Smith", max_size=40),
    st.sampled_from(["Smith", "S", "b", "B.", "mith", "é"]),
    st.integers(min_value=0, max_value=40),
)
def test_words_before_is_the_pattern(text: str, surname: str, end: int) -> None:
    end = min(end, len(text))
    assert words_before(text, surname, end) == _word_before(surname).findall(text, 0, end)
