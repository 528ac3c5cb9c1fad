"""The resolver reads only the parts of a long article that can matter, and decides as a full pass would.

``Resolver._salient_person`` used to weigh every earlier person and mention for each "he"/"she", which grew
with the square of the article. The faster reading must make exactly the same choices, so these tests run
a full pass written out here beside it at every pronoun of real and constructed articles, for all three
genders, and compare.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from analysis import parse_article
from analysis.attribution import find_attributions
from analysis.attribution.sources import (
    NamesBefore,
    Resolver,
    _first,
    _initials_run,
    _longer,
    _NameRuns,
    _names_before,
    _surname_first_pattern,
)

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def full_pass(resolver: Resolver, gender: str, pos: int) -> tuple[str, str] | None:
    """The old quadratic reading: every person cited before ``pos`` and every mention ending by it."""
    here = resolver._sentence(pos)
    best: dict[str, list] = {}

    def consider(name: str, at: int, subject: bool, speaker: bool, sex: str, kind: str) -> None:
        score = 0.5 ** max(0, here - resolver._sentence(at)) * (1 + 0.5 * subject + 0.5 * speaker)
        cur = best.get(name)
        if cur is None:
            best[name] = [score, kind, sex, at]
            return
        cur[0] = max(cur[0], score)
        cur[2] = cur[2] or sex
        cur[3] = max(cur[3], at)
        cur[1] = cur[1] or kind

    for p in resolver.people:
        if p.pos < pos:
            consider(p.name, p.pos, True, True, p.gender, p.source_type)
    for m in resolver.mentions():
        if m.end <= pos:
            consider(m.name, m.start, m.sentence_initial, False, m.gender, "named_person")
    ranked = sorted(
        ((v[0], v[3], k, v[1]) for k, v in best.items() if not (gender and v[2] and v[2] != gender)),
        reverse=True,
    )
    return (ranked[0][2], ranked[0][3]) if ranked else None


@pytest.fixture
def compared(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, tuple[str, str] | None]]:
    """Every pronoun query of the attributions found while it is active, checked against the full pass
    for "m", "f" and "" at the same position; returns the pronouns' own (gender, position, answer)."""
    fast = Resolver._salient_person
    seen: list[tuple[str, int, tuple[str, str] | None]] = []

    def checked(self: Resolver, gender: str, pos: int) -> tuple[str, str] | None:
        for g in ("m", "f", ""):
            assert fast(self, g, pos) == full_pass(self, g, pos), (g, pos, self.text[pos : pos + 40])
        answer = fast(self, gender, pos)
        seen.append((gender, pos, answer))
        return answer

    monkeypatch.setattr(Resolver, "_salient_person", checked)
    return seen


def test_the_fixture_articles_resolve_every_pronoun_as_a_full_pass_would(compared):
    paragraphs = [
        block
        for path in sorted(FIXTURES.glob("10*.txt"))
        for block in path.read_text(encoding="utf-8").split("\n\n")
    ]
    # the four articles, then the same paragraphs again in another order: people named far back
    text = "\n\n".join(paragraphs + paragraphs[::3] + paragraphs[1::3] + paragraphs[2::3])
    find_attributions(parse_article(text, id="fixtures"))
    assert len(compared) == 10
    assert {g for g, _, _ in compared} == {"m", "f"}


# A woman named once at the start; then many men, each also cited by surname alone after "Mr" gave his
# gender; then "she" far from any woman, and "he".
_MEN = ["Brandt", "Holm", "Keller", "Lindqvist", "Moreau", "Novak", "Ortiz", "Petrov", "Quinn", "Rossi"]
LONG_WAY_BACK = (
    "Council Vote Delayed\n\n"
    "Mayor Ana Souza opened the meeting on Monday.\n\n"
    + "".join(
        f"Councillor Peter {a} spoke about the budget. Mr {b} listened. "
        f"{b} said the roads needed repair. Mr {a} said the schools came first.\n\n"
        for a, b in zip(_MEN, _MEN[1:] + _MEN[:1], strict=True)
    )
    + "Later she said the vote would wait until March. He said nothing more.\n"
)


def test_a_she_far_from_any_woman_still_finds_her_and_agrees_with_a_full_pass(compared):
    atts = find_attributions(parse_article(LONG_WAY_BACK, id="far"))
    she = next(a for a in atts if a.source and LONG_WAY_BACK[a.source.start : a.source.end] == "she")
    assert (she.source_name, she.source_type) == ("Ana Souza", "named_person")
    he = [a for a in atts if a.source and LONG_WAY_BACK[a.source.start : a.source.end] == "He"]
    assert [(a.source_name, a.source_type) for a in he] == [("Peter Rossi", "named_person")]
    assert [(g, answer) for g, _, answer in compared] == [
        ("f", ("Ana Souza", "named_person")),
        ("m", ("Peter Rossi", "named_person")),
    ]


# --------------------------------------------------------------------------- names before a surname

_PIECES = ["Smith", "Park", "Jin", "Mr", "Dr.", "J.", "Anna", "Thin-skinned'", "O’Neil", "said", "the",
           "minister", "of", "Smithson", "Smith-Jones", "Park Avenue", "x", " ", " ", " ", ", ", ". ", "\n",
           "'", "(", ")", "-", "&", "3", "É"]
_FULL = re.compile(r"((?:[A-Z][\w’'\-]*\.? ){1,4})Smith\b")
_SURNAME_FIRST = re.compile(r"\b([\w.]+) Park ([A-Z][a-z][\w’'\-]*)\b")


@pytest.mark.parametrize("seed", range(40))
def test_name_runs_find_what_a_scan_of_the_whole_text_finds(seed):
    """_NameRuns reads only the runs holding the word; every fold up to every position must equal the
    fold over a scan of the text up to it (random texts of names, punctuation and line breaks)."""
    rng = random.Random(seed)
    text = "".join(rng.choice(_PIECES) + rng.choice(["", " "]) for _ in range(300))
    runs = _NameRuns(text)
    for pattern, word in ((_FULL, "Smith"), (_SURNAME_FIRST, "Park")):
        for step in (_longer, _first):
            kind = f"{word}-{step.__name__}"
            for before in range(0, len(text) + 1, 7):
                expected = ""
                for m in pattern.finditer(text, 0, before):
                    expected = step(expected, m.group(0))
                got = runs.fold(kind, word, lambda _w, p=pattern: p, lambda m: m.group(0), step, before)
                assert got == expected, before


def test_name_runs_build_a_word_pattern_only_when_a_run_holds_the_word():
    """No word and space precede "Stoltenberg" here (it opens the text and follows a full stop): there is
    no run to read and the pattern is never built; "Smith" follows "Anna ", so its pattern is built."""
    text = "Stoltenberg spoke. Anna Smith said so.\nStoltenberg said it."
    runs = _NameRuns(text)
    built: list[str] = []

    def pattern_of(word: str) -> re.Pattern[str]:
        built.append(word)
        return re.compile(r"((?:[A-Z][\w’'\-]*\.? ){1,4})" + re.escape(word) + r"\b")

    for before in (0, 20, len(text)):
        assert runs.fold("full", "Stoltenberg", pattern_of, lambda m: m.group(1), _longer, before) == ""
    assert built == []
    assert runs.fold("full", "Smith", pattern_of, lambda m: m.group(1), _longer, len(text)) == "Anna "
    assert built == ["Smith"]


@pytest.mark.parametrize("seed", range(20))
def test_the_first_word_before_a_capital_is_where_a_search_finds_it(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(_PIECES) + rng.choice(["", " "]) for _ in range(300))
    runs = _NameRuns(text)
    for word in ("Smith", "Park", "Jin", "Anna", "Dr.", "Jones", "O’Neil", "Avenue", "mith", "Park Avenue"):
        at = text.find(word + " ")
        while at >= 0 and not text[at + len(word) + 1 : at + len(word) + 2].isupper():
            at = text.find(word + " ", at + 1)
        assert runs.before_capital(word) == (None if at < 0 else at), word


_NAME_PIECES = [*_PIECES, "McDonald", "Donald", "Smith.", "Smiths", "Smith_", "S", "S.", "Ab_c", "X1", "Ü",
                "2", "..", "Jin-Park", "Park’s", "DONALD", "Ms", "_", "a."]


@pytest.mark.parametrize("seed", range(60))
def test_names_before_finds_what_its_pattern_finds(seed):
    """NamesBefore reads the pattern of _names_before without compiling it: on random texts of names,
    initials, capitals inside words, full stops, underscores, digits and accents, every surname and every
    search window, it must give the matches the compiled pattern gives, spans and groups alike."""
    rng = random.Random(seed)
    text = "".join(rng.choice(_NAME_PIECES) + rng.choice(["", " ", " ", "  "]) for _ in range(200))
    found = 0
    for surname in ("Smith", "Park", "Jin", "Donald", "S", "Ab_c", "X1", "DONALD", "Smithson"):
        fast = _names_before(surname)
        assert isinstance(fast, NamesBefore)
        slow = re.compile(r"((?:[A-Z][\w’'\-]*\.? ){1,4})" + re.escape(surname) + r"\b")
        windows = [(0, None), *((rng.randrange(len(text)), rng.randrange(len(text) + 5)) for _ in range(6))]
        for pos, endpos in windows:
            args = (pos,) if endpos is None else (pos, endpos)
            got = [(m.span(), m.group(0), m.groups(), m.end()) for m in fast.finditer(text, *args)]
            want = [(m.span(), m.group(0), m.groups(), m.end()) for m in slow.finditer(text, *args)]
            assert got == want, (surname, pos, endpos)
            found += len(got)
    assert found  # a text with no match would check nothing


def test_names_before_compiles_a_pattern_only_for_a_surname_that_is_not_one_capitalised_word():
    """ "O’Neil" (an apostrophe) and "smith" (lower case) are read by a compiled pattern, as before."""
    assert isinstance(_names_before("Stoltenberg"), NamesBefore)
    for surname in ("O’Neil", "smith", "Smith-Jones"):
        pattern = _names_before(surname)
        assert isinstance(pattern, re.Pattern)
        assert [m.group(1) for m in pattern.finditer(f"Mr Sean {surname} said")] == ["Mr Sean "]
    found = _names_before("Stoltenberg").finditer("NATO chief Jens Stoltenberg said")
    assert [m.group(1) for m in found] == ["Jens "]


@pytest.mark.parametrize("seed", range(20))
def test_patterns_built_per_word_match_what_the_plain_character_class_matches(seed):
    """The per-word patterns spell ``[\\w’'\\-]`` so that they compile fast; they must match exactly the
    same text, groups and all (random texts of names with curly apostrophes, hyphens and accents)."""
    rng = random.Random(seed)
    text = "".join(rng.choice(_PIECES) + rng.choice(["", " "]) for _ in range(300))
    cls = r"[\w’'\-]"
    plain = {
        _names_before("Smith"): re.compile(rf"((?:[A-Z]{cls}*\.? ){{1,4}})Smith\b"),
        _surname_first_pattern("Park"): re.compile(rf"\b([\w.]+) Park ([A-Z][a-z]{cls}*)\b"),
        _initials_run("AJ"): re.compile(rf"\bA{cls}* J{cls}*\b"),
    }
    found = 0
    for fast, slow in plain.items():
        got = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in slow.finditer(text)], slow.pattern
        found += len(got)
    assert found  # a text with no match would check nothing
