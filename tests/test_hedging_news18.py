"""Issue 13, session 18 (hedge22): uncertain misses of dev21, dev20, dev19 and the readable splits.

- ``purpose_how`` (kind ``match``): a purpose of finding out or settling *how* something can, should or
  will be done ("a meeting to discuss how the rules can be made fairer", "working with the council to see
  how the targets could be met") names an open question under discussion, as "to determine whether" does
  (labelling notes, session 17: "to discuss how labelling can be made clearer" and the notes it cites,
  "to see how the targets can be met", "to look at how"). Only with a modal in the how-clause: without one
  "to see how many people came" and "to see how to apply" ask nothing open (readable splits: such
  sentences certain). Only an infinitive of purpose, as rule ``purpose_find_out``: not after a word of
  class ``to_taker`` ("it is easy to see how this would help").
- ``feared_event`` (kind ``match``): "feared" before the event it fears ("the growers feared a second bad
  harvest", "a driver who feared reprisals"): an event held open, as the row "feared that" (the guideline's
  "feared"; readable splits: 3 of 3 sentences with "feared" + object uncertain, all missed). Not the
  participle after "be" ("he was feared by his rivals") nor after a determiner or a degree adverb ("the
  feared police chief", "much feared"), not before "for" ("feared for his safety") nor closing its clause
  ("as the growers had feared."), not negated.
- ``sign_clause`` (kind ``match``): "a sign / signs that" + a clause ("taken as a sign that more cuts were
  coming", "there are signs that prices are rising"): evidence read as pointing to a claim, which it
  leaves open (readable splits: 4 of 4 such sentences uncertain, all missed). Not a placard ("a sign that
  read ...": no clause start next).
- ``undecided`` (kind ``match``): someone "undecided" leaves the choice open (readable splits: 2 of 2
  uncertain, both missed). Predicative only: "undecided voters" names a category.
- Regression checks from the fact-checks: "could be linked" in an unnamed official's claim stays a hedge.

Every sentence here was written for these tests (none is copied from an article or a corpus). Weasel
flags are judged from the cue patterns alone (``attributions=()``).
"""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.hedging import judge
from analysis.hedging.cues import scan


def _judged(text: str) -> tuple[str, str]:
    [j] = judge(parse_article(text, id="t"), ())
    return ("U" if j.uncertain else "-"), j.uncertain_rule


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The council will meet the bus companies on Monday to discuss how fares can be cut.",
            ("U", "firm_cue:to {inquire_how} how"),
        ),
        (
            "Engineers are working with the airlines to see how the noise limits could be met.",
            ("U", "firm_cue:to {inquire_how} how"),
        ),
        (
            "The panel's task is to look at how the museum should be funded in future.",
            ("U", "firm_cue:to {inquire_how} how"),
        ),
        # no modal in the how-clause: nothing left open
        ("Visitors went to the top floor to see how many paintings were hung.", ("-", "")),
        ("Scroll down to see how the prizes are shared out.", ("-", "")),
        # not an infinitive of purpose: the model weighs "would" as before
        ("It is easy to see how the change would help small firms.", ("-", "weighed:would(model 0.12)")),
    ],
)
def test_purpose_how(text: str, want: tuple[str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The growers feared a second bad harvest in the valley.", ("U", "firm_cue:feared")),
        ("A driver who feared reprisals spoke to the paper.", ("U", "firm_cue:feared")),
        ("The mayor said the town feared flooding once the snow melted.", ("U", "firm_cue:feared")),
        ("He was feared by the other captains.", ("-", "")),
        ("The feared striker missed the match.", ("-", "")),
        ("The harvest failed, as the growers had feared.", ("-", "")),
        ("The captain never feared the sea.", ("-", "")),
        ("The growers feared for their crops.", ("-", "")),
        ("The growers feared that the harvest would fail.", ("U", "firm_cue:feared that")),
    ],
)
def test_feared_event(text: str, want: tuple[str, str]) -> None:
    assert _judged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The sale of the mill was taken as a sign that more closures were coming.",
            ("U", "firm_cue:sign that"),
        ),
        ("There are signs that farmers are planting less wheat this year.", ("U", "firm_cue:signs that")),
        (
            "In a sign that tourists are returning, the hotel reopened its second wing.",
            ("U", "firm_cue:sign that"),
        ),
        ("Protesters carried a sign that read: no new runway.", ("-", "")),
        ("Many voters remain undecided ahead of the vote.", ("U", "firm_cue:undecided")),
        ("She is still undecided about running in the marathon.", ("U", "firm_cue:undecided")),
        ("The poll found that undecided voters favour the smaller parties.", ("-", "")),
    ],
)
def test_sign_clause_and_undecided(text: str, want: tuple[str, str]) -> None:
    assert _judged(text) == want


def test_purpose_how_is_news_only() -> None:
    text = "The council will meet the bus companies on Monday to discuss how fares can be cut."
    art = parse_article(text, id="t")
    news = [m.rule for s in scan(art) for m in s.matches]
    szeged = [m.rule for s in scan(art, "szeged") for m in s.matches]
    assert "purpose_how" in news
    assert "purpose_how" not in szeged
    art = parse_article("The growers feared a second bad harvest in the valley.", id="t")
    assert [m.rule for s in scan(art) for m in s.matches] == ["feared_event"]
    assert [m.rule for s in scan(art, "szeged") for m in s.matches] == []


@pytest.mark.parametrize(
    "text",
    [
        "An official, who asked not to be named, said the two fires could be linked.",
        "A police spokesman said the break-ins could be linked to the same gang.",
    ],
)
def test_could_be_linked_stays_a_hedge(text: str) -> None:
    """ "linked" is no capability participle (class ``capability_pp``): a possible link, not an ability."""
    assert _judged(text) == ("U", "firm_cue:could")
