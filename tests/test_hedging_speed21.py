"""The cue scan's faster paths find exactly what the plain ones found (issue 13's speed target, session 17):
candidate patterns read from a token's word and the next one (``lexicon().following``) against trying
every pattern its word starts, the raw token texts cut only when a context rule reads them, a sentence's
offsets as slices of its article's arrays, and apostrophes folded by ``str.replace``."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from analysis import load_article, parse_article
from analysis.hedging import cues
from analysis.hedging.cues import Match, Offsets, lexicon, scan, sentence_tokens
from analysis.tokens import APOSTROPHE_FOLD, fold_apostrophes, match_form

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"

# Sentences where the next-word table must let long patterns through: multi-word first alternatives
# ("a few", "a number of"), optional slots before the required word ("is later accused"), a pattern that
# can end at its first word, weasel matches with hedges inside, blockers, capitals read by rules.
SENTENCES = [
    "A few experts say the plan could fail, and a number of critics believe it may well be too late.",
    "He is later accused of fraud; it is widely thought that prices will probably rise.",
    "It is understood that some officials have said the talks might resume if the rebels agree.",
    "Could you send it? May Smith said it would send about 50 troops, possibly more.",
    "Many believe that, in fact, there is no doubt the vote is expected to pass.",
    "Nobody knows whether it is said to be true, allegedly.",
    "THE COUNCIL MAY RESIGN, REPORTEDLY.",
    "Some",
    "a",
    "It is",
]


def _reference(words, raw, question, rejected, news):
    """The matching loop as it was before session 17: every pattern of the token's word is tried."""
    lex = lexicon()
    ctx = None
    out = []
    n = len(words)
    i = 0
    weasel_until = 0
    while i < n:
        cands = lex.index.get(words[i])
        if cands is None:
            i += 1
            continue
        if ctx is None:
            ctx = cues._Ctx(words, raw, question, lex.classes, news)
        found = []
        for pat in cands:
            if i < weasel_until and pat.kind == "weasel":
                continue
            if pat.single:
                found.append((-1, pat.order, i + 1, pat))
                continue
            end = cues._match(pat.elements, 0, words, i, n)
            if end > i:
                found.append((i - end, pat.order, end, pat))
        found.sort(key=lambda f: (f[0], f[1]))
        chosen = None
        refused = None
        for _, _, end, pat in found:
            ok = True if pat.kind == "none" else cues._RULES[pat.rule](ctx, i, end)
            if ok is True:
                chosen = (end, pat)
                break
            if ok is not None and refused is None:
                why = ok if isinstance(ok, str) else pat.rule
                refused = Match(i, end, pat.text, pat.category, pat.kind, why)
        if refused is not None and (chosen is None or chosen[1].kind == "none"):
            rejected.append(refused)
        if chosen is None:
            i += 1
            continue
        end, pat = chosen
        if pat.kind != "none":
            out.append(Match(i, end, pat.text, pat.category, pat.kind, pat.rule))
        if pat.kind == "weasel":
            weasel_until = max(weasel_until, end)
            i += 1
        else:
            i = end
    return out


def _articles():
    for path in sorted(FIXTURES.glob("*.txt")):
        yield load_article(path)
    for text in SENTENCES:
        yield parse_article(text)


@pytest.mark.parametrize("news", [True, False])
def test_matches_are_those_of_trying_every_pattern_of_the_word(news: bool) -> None:
    n_matches = n_rejected = 0
    for article in _articles():
        text = article.text
        for si, words, raw, offsets in sentence_tokens(article):
            s = article.sentences[si]
            question = text[s.start : s.end].rstrip("\"'”’)» ").endswith("?")
            written = raw if raw is not None else [text[a:b] for a, b in offsets]
            want_rejected: list[Match] = []
            want = _reference(words, list(written), question, want_rejected, news)
            got_rejected: list[Match] = []
            got = cues._sentence_matches(words, raw, question, got_rejected, news, (text, offsets))
            assert (got, got_rejected) == (want, want_rejected), (si, words)
            n_matches += len(got)
            n_rejected += len(got_rejected)
    assert n_matches > 50 and n_rejected > 5  # the comparison covered real matches and refusals


def test_the_next_word_table_keeps_every_pattern_that_can_match_after_a_word() -> None:
    lex = lexicon()
    words = ["a", "few", "experts", "say"]
    always, after = lex.following["a"]
    tried = {p.text for p in (*always, *after.get("few", ()))}
    assert "{vague_quant} {vague_source} {say_verb}" in tried  # "a few" is one alternative of {vague_quant}
    assert "a reported" not in tried  # needs "reported" next
    reported = next(p for p in lex.index["a"] if p.text == "a reported")
    assert cues._match(reported.elements, 0, words, 0, 4) == -1
    # every pattern left out before some next word fails there: checked for each first word and each word
    # that some pattern needs after it
    for first, pats in lex.index.items():
        always, after = lex.following[first]
        assert set(always) | {p for v in after.values() for p in v} == set(pats)
        for nxt in [*after, "zzz"]:
            kept = set(always) | set(after.get(nxt, ()))
            for p in set(pats) - kept:
                assert cues._match(p.elements, 0, [first, nxt, nxt, nxt, nxt, nxt], 0, 6) == -1, (p.text, nxt)


def test_scan_cuts_written_token_texts_only_for_rules_that_read_them() -> None:
    # "May" capitalised is a name (rule may reads the written text); lower-case it is a modal
    (name,) = scan(parse_article("May Smith resigned."))
    (modal,) = scan(parse_article("She may resign."))
    assert name.matches == [] and [m.pattern for m in modal.matches] == ["may"]
    article = parse_article("It may rain. But THE MAYOR MAY GO.")
    (_, words, raw, offsets), _ = sentence_tokens(article)
    assert raw is None and words == ["it", "may", "rain", "."]
    ctx = cues._Ctx(words, None, False, lexicon().classes, True, (article.text, offsets))
    assert ctx.raw == ["It", "may", "rain", "."]


def test_penn_treebank_sentences_give_their_own_texts_and_offsets() -> None:
    article = parse_article("He did n't say -LRB- maybe -RRB- .")
    ((si, words, raw, offsets),) = sentence_tokens(article)
    assert words == ["he", "didn't", "say", "(", "maybe", ")", "."]
    assert raw == ["He", "didn't", "say", "(", "maybe", ")", "."]
    assert list(offsets) == [(0, 2), (3, 10), (11, 14), (15, 20), (21, 26), (27, 32), (33, 34)]


def test_offsets_of_token_arrays_equal_offsets_of_pairs() -> None:
    pairs = [(0, 3), (4, 9), (10, 13)]
    o = Offsets.of_tokens(array("q", [0, 4, 10]), array("q", [3, 9, 13]))
    assert o == Offsets(pairs) == pairs and o[-1] == (10, 13) and o[1:] == pairs[1:] and o.span() == (0, 13)
    with pytest.raises(IndexError):
        o[3]
    with pytest.raises(ValueError):
        Offsets.of_tokens(array("q", [0]), array("q", []))
    with pytest.raises(IndexError):
        Offsets([]).span()


def test_fold_apostrophes_is_the_translation_table() -> None:
    for text in ["", "don't", "Korea’s ‘best’ ʼtis", "naïve café", "’’", "İstanbul’s", "plain ascii"]:
        assert fold_apostrophes(text) == text.translate(APOSTROPHE_FOLD)
        assert match_form(text) == text.lower().translate(APOSTROPHE_FOLD)
