"""Session 18's attribution speed-ups answer exactly what the plain code answered (issues 15 and 12).

``prefilter.MatchStarts``: the after-tagger shapes' prefilter searches (``has_belief_passive``,
``may_withhold``, ``may_name_clause``), run once per article and looked up per sentence, against running
each search on the whole text and on each sentence as before; and each pattern's match starts found from
its anchors (``belief_passive_starts``, ``withhold_starts``, ``name_clause_starts``) against a lookahead
search at every character (``prefilter.match_starts``). ``sources.pronoun_after`` with its per-word memo
against the loop it replaced.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from analysis import parse_article
from analysis.attribution import sources
from analysis.attribution.lexicon import (
    belief_passive_pattern,
    belief_passive_starts,
    has_belief_passive,
    tables,
)
from analysis.attribution.names import given_names
from analysis.attribution.prefilter import MatchStarts, match_starts
from analysis.attribution.shapes.clause_noun import may_name_clause, name_clause_pattern, name_clause_starts
from analysis.attribution.shapes.withheld import may_withhold, withhold_pattern, withhold_starts
from analysis.attribution.sources import person_noun, pronoun_after

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
FINDERS = (
    (belief_passive_pattern(), belief_passive_starts),
    (withhold_pattern(), withhold_starts),
    (name_clause_pattern(), name_clause_starts),
)
PLAIN = tuple((p, None) for p, _ in FINDERS)


def _plain(text: str, start: int, end: int) -> bool:
    """The sentence test as ``extract._after_tagger`` ran it before session 18."""
    return (
        has_belief_passive(text, start, end)
        or may_withhold(text, start, end)
        or may_name_clause(text, start, end)
    )


def _every_span(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a in range(len(text)) for b in range(a + 1, len(text) + 1)]


SENTENCES = [
    "There were claims thatched roofs burn.",
    "He left and and is thought to be hiding.",
    "It is seen as a breach, and officials did not immediately provide details.",
    "The firm didn’t release figures amid fears that sales fell.",
    "Nothing here at all.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a final \b holds where the sentence's search stops ("thatched" cut to "that"), not in the text
        ("There were claims thatched roofs burn.", 12),
        # a match starting inside another one: "and ... thought" inside "and ... and is thought"
        ("He left and and is thought to be hiding.", 195),
        ("It is seen as a breach, and officials did not immediately provide details.", 794),
        ("The firm didn’t release figures amid fears that sales fell.", 806),
        ("Nothing here at all.", 0),
    ],
)
def test_match_starts_answer_as_each_search_does_on_every_span(text, expected):
    gate = MatchStarts(text, FINDERS)
    spans = _every_span(text)
    assert gate.anywhere() == _plain(text, 0, len(text))
    assert [gate.within(a, b) for a, b in spans] == [_plain(text, a, b) for a, b in spans]
    assert sum(gate.within(a, b) for a, b in spans) == expected


def test_a_match_cut_at_the_sentence_end_is_still_found():
    text = "There were claims thatched roofs burn."
    end = text.index("thatched") + 4
    assert re.search(r"\bthat\b", text) is None
    assert MatchStarts(text, FINDERS).within(0, end) is True
    assert MatchStarts(text, FINDERS).within(0, end + 1) is False


def test_match_starts_answer_as_the_searches_on_every_sentence_of_an_article():
    texts = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("10*.txt"))]
    article = parse_article("\n\n".join([*texts, *SENTENCES]))
    gate = MatchStarts(article.text, FINDERS)
    assert [len(s) for s in gate.starts] == [3, 2, 1]  # "and and is thought": two starts, overlapping
    assert gate.anywhere() is True
    spans = [(s.start, s.end) for s in article.sentences]
    assert [gate.within(a, b) for a, b in spans] == [_plain(article.text, a, b) for a, b in spans]
    assert sum(gate.within(a, b) for a, b in spans) == 3


ANCHOR_CASES = [
    "claims that",
    "CLAIMS \n THAT x",
    "the claims thatched",
    "xclaims that, fears that fears that",
    "didn't give",
    "did NOT provide it, cannot provide, xnot give, never  released, won’t offer",
    "seen as",
    "xseen as",
    "seen asx, regarded as, viewed as",
    "and is thought",
    "and and is thought, Sand is thought, and they are believed",
    "",
]


@pytest.mark.parametrize("text", ANCHOR_CASES)
def test_anchored_starts_are_the_lookahead_starts(text):
    for pattern, find in FINDERS:
        assert find(text) == match_starts(pattern, text), (pattern.pattern[:30], text)


def test_anchored_starts_find_each_shape_where_it_starts():
    text = " ".join(ANCHOR_CASES)
    got = [find(text) for _, find in FINDERS]
    assert got == [match_starts(p, text) for p, _ in FINDERS]
    assert [[text[i : i + 8] for i in starts] for starts in got] == [
        # not "xseen as", "seen asx" or "Sand is thought": no word boundary there
        ["seen as ", "regarded", "viewed a", "and is t", "and and ", "and is t", "and they"],
        ["n't give", "NOT prov", "never  r", "n’t offe"],  # not "cannot provide", "xnot give"
        ["claims t", "CLAIMS \n", "fears th", "fears th"],  # not "claims thatched", "xclaims that"
    ]


def test_plain_and_anchored_finders_gate_alike_on_the_fixtures():
    for path in sorted(FIXTURES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        fast, plain = MatchStarts(text, FINDERS), MatchStarts(text, PLAIN)
        assert fast.starts == plain.starts, path.name


def _pronoun_after_before(words: list[str], t) -> str:
    """``sources.pronoun_after`` as it was before session 18 (every word read on every call)."""
    for k, w in enumerate(words):
        bare = w.strip(",;:\"“”()'’")
        lw = bare.lower()
        kind = t.pronouns.get(lw, "")
        if kind in ("person", "organisation") and bare[:1].islower():
            return kind
        named = bare in given_names() and k + 1 < len(words) and sources._capitalised(words[k + 1])
        nearer = named or lw in t.honorifics or lw in t.role_singular
        if nearer or person_noun(lw) is not None:
            return ""
    return ""


def test_pronoun_after_with_its_word_memo_answers_as_before_after_every_word_of_the_fixtures():
    t = tables()
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("10*.txt")))
    extra = "Coles, in its release; Julian Assange said he; (His) “she” Dr. Smith's India German insurer it"
    words = (text + " " + extra).split()
    got = [pronoun_after(words[k : k + 40], t) for k in range(len(words))]
    assert got == [_pronoun_after_before(words[k : k + 40], t) for k in range(len(words))]
    assert (got.count("person"), got.count("organisation")) == (189, 255)
    # the same answers again from the memo, and with tables that are not the shipped ones (no memo)
    assert got == [pronoun_after(words[k : k + 40], t) for k in range(len(words))]
    other = replace(t, pronouns={**t.pronouns, "its": "person"})
    assert pronoun_after(["in", "its", "release"], other) == "person"
    assert pronoun_after(["in", "its", "release"], t) == "organisation"


def test_name_clause_starts_read_the_word_run_before_each_that():
    """``name_clause_starts`` tries one start per "that", where the run of word characters before its spaces
    starts (session 24: ten noun lengths tried there before): a run longer than any noun, a digit or "_"
    joined to the noun, a run at the text's start, letters that fold to a noun's, no noun at all."""
    text = (
        "_claims that 1claims that claims_ that claimsclaimsclaims that fear that ſuggestions that, "
        "\u212aey claims that, He said that He said that"
    )
    got = name_clause_starts(text)
    assert got == match_starts(name_clause_pattern(), text)
    assert [text[i : i + 8] for i in got] == ["fear tha", "ſuggesti", "claims t"]
