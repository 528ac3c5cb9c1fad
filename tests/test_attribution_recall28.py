"""Recall rules of session 24 (issue 12, recall24): reports the analyzer missed; the sentences are the
project's own, of the same shapes as the misses (dev27 and the readable splits).

* ``long_inversion`` (shapes/long_inversion.py): "C, the Organisation for Economic Cooperation and
  Development said", "C, Milton Hertz, administrator for X said at a hearing", "C, Commerzbank AG <CBKG.F>
  chairman Walter Seipp said": a source too long for ``inversion`` or joined by "and".
"""

from __future__ import annotations

from attribution_helpers import rule_rows

# ----- long_inversion --------------------------------------------------------------------------------------


def test_a_long_organisation_name_after_the_content():
    # was: nothing found ("and Development" was read as the noun phrase before "said", with no comma)
    text = "Labour costs could hinder growth, the Organisation for Economic Cooperation and Development said."
    assert rule_rows(text) == [
        (
            "said",
            "Organisation for Economic Cooperation and Development",
            ["Labour costs could hinder growth"],
            "long_inversion",
        )
    ]


def test_two_sources_joined_by_and_after_the_content():
    assert rule_rows("Rates will stay low, the Bank of England and the Treasury said.") == [
        ("said", "Bank of England and the Treasury", ["Rates will stay low"], "long_inversion")
    ]


def test_a_name_with_a_long_description_and_adjuncts_after_the_cue():
    text = (
        "Producers submitted bids for 12 mln acres, Milton Hertz, administrator for the Agricultural "
        "Stabilization and Conservation Service said at a congressional hearing yesterday."
    )
    assert rule_rows(text) == [
        ("said", "Milton Hertz", ["Producers submitted bids for 12 mln acres"], "long_inversion")
    ]


def test_a_reuters_ticker_inside_the_source():
    text = "The Bundesbank should cut rates, Commerzbank AG <CBKG.F> board chairman Walter Seipp said."
    expected = [("said", "Walter Seipp", ["The Bundesbank should cut rates"], "long_inversion")]
    assert rule_rows(text) == expected


def test_no_long_inversion_after_a_clause_word_a_verb_or_an_adverbial():
    assert rule_rows("Prices were cut in March, April and May, and traders said.") == []
    assert rule_rows("The plan was dropped last week, the man who founded the firm said.") == []
    text = "As prices fell, the head of the national council of the union of mine and steel workers said."
    assert rule_rows(text) == []
