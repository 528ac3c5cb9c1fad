"""The attribution tagger and what it decides: weights, scoring, refine, provenance, refused speech."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from analysis import parse_article
from analysis.attribution import attributions_table, find_attributions
from analysis.attribution.extract import PROSE_KINDS, rule_sentences
from analysis.attribution.lexicon import tables
from analysis.attribution.refine import DROP_BELOW, inside_quotes, refine, rule_labels, runs
from analysis.attribution.report import attribution_html
from analysis.attribution.tagger import (
    LABELS,
    Tagger,
    forward_backward,
    load_tagger,
    parse_weights,
    token_features,
    viterbi,
)
from analysis.lexicons import load
from analysis.predict import task_output

ROOT = Path(__file__).resolve().parents[1]
RULE_IDS = {row[0] for row in load("attribution/rule_ids.tsv").rows()}


def _att(text: str, tagger=None):
    art = parse_article("Headline\n\n" + text)
    kw = {} if tagger == "shipped" else {"tagger": tagger}
    return art, find_attributions(art, **kw)


# ----- the tagger's arithmetic ----------------------------------------------------------------------------


def test_table_scores_equal_the_sum_of_the_feature_weights():
    """The per-type tables must score exactly the features the trainer saw (token_features)."""
    tagger = load_tagger()
    rows = load("attribution/tagger.tsv").rows()
    w = {}
    for feat, label, val in rows:
        if feat != "->":
            w.setdefault(feat, np.zeros(len(LABELS)))[LABELS.index(label)] = float(val)
    art = parse_article(
        'Headline\n\n"We will not back down," the mayor told reporters on Monday, Jones said.'
    )
    checked = 0
    for s, raws, quotes in rule_sentences(art, PROSE_KINDS):
        rule, inq = rule_labels(s, raws), inside_quotes(s, quotes)
        em = tagger.emissions(s.tx, rule, inq)
        for i, feats in enumerate(token_features(s.tx, rule, inq)):
            want = sum((w[f] for f in feats if f in w), np.zeros(len(LABELS)))
            assert np.allclose(em[i], want), (s.tx[i], em[i], want)
            checked += 1
    assert checked >= 15


def test_viterbi_follows_transitions_and_breaks_ties_low():
    em = np.array([[0.0, 1.0], [0.0, 0.0], [0.0, 0.0]])
    stay = np.array([[0.0, -5.0], [-5.0, 2.0]])
    assert viterbi(em.tolist(), stay.tolist()) == [1, 1, 1]
    assert viterbi([[0.0, 0.0], [0.0, 0.0]], [[0.0, 0.0], [0.0, 0.0]]) == [0, 0]


def test_batched_viterbi_finds_the_plain_paths_and_ties():
    """``viterbi_batch`` takes the steps of a sentence running alone in plain Python (session 24, issue 12
    speed: a run-on sentence's 23,000 numpy steps); with sentences of every length together or alone and
    emissions of small integers (ties everywhere), each path is the plain :func:`viterbi`'s."""
    from analysis.attribution.tagger import viterbi_batch

    rng = np.random.default_rng(24)
    # the shipped four labels (the steps written out for four) and three (the general loop)
    for trans in (load_tagger().trans, rng.integers(-1, 2, size=(3, 3)).astype(float)):
        m = len(trans)
        for _ in range(200):
            ems = [rng.integers(-2, 3, size=(int(n), m)).astype(float) for n in rng.integers(1, 40, size=4)]
            for batch in (ems, ems[:1], ems[1:2]):
                assert viterbi_batch(batch, trans) == [viterbi(e.tolist(), trans.tolist()) for e in batch]


def test_long_articles_are_tagged_in_chunks_with_the_same_result(monkeypatch):
    """Scoring and decoding a long article a few tokens and sentences at a time (to bound memory) gives
    the same bits as one piece: each row is the same additions in the same order."""
    from analysis.attribution import tagger as tagger_module

    fixtures = sorted((ROOT / "tests/fixtures/articles").glob("10*.txt"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in fixtures)
    tagger = load_tagger()
    seqs = [(s.tx, rule_labels(s, raws), inside_quotes(s, quotes))
            for s, raws, quotes in rule_sentences(parse_article(text), PROSE_KINDS)]  # fmt: skip
    assert len(seqs) >= 20
    whole = tagger.tag_batch(seqs)
    monkeypatch.setattr(tagger_module, "CHUNK_TOKENS", 30)
    monkeypatch.setattr(tagger_module, "CHUNK_SENTENCES", 3)
    chunked = tagger.tag_batch(seqs)
    assert [labels for labels, _ in chunked] == [labels for labels, _ in whole]
    assert all(np.array_equal(a, b) for (_, a), (_, b) in zip(chunked, whole, strict=True))
    # an empty sentence decoded in a chunk of its own gets the one-label path it gets beside a longer one
    assert tagger_module.viterbi_batch([np.zeros((0, 4))] + [np.zeros((2, 4))] * 3, tagger.trans)[0] == [0]


def test_a_long_article_read_a_few_sentences_at_a_time_gives_the_same_attributions(monkeypatch):
    """find_attributions reads, tags and refines SENTENCE_CHUNK sentences at a time (memory on a 5 MB
    article); the shapes and refine read only their sentence, so any chunk size gives the same answer."""
    from analysis.attribution import extract

    fixtures = sorted((ROOT / "tests/fixtures/articles").glob("10*.txt"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in fixtures)
    whole = find_attributions(parse_article(text), kinds=PROSE_KINDS)
    assert len(whole) >= 20
    for size in (1, 3, 7):
        monkeypatch.setattr(extract, "SENTENCE_CHUNK", size)
        assert find_attributions(parse_article(text), kinds=PROSE_KINDS) == whole, size


def test_distance_buckets_to_the_nearest_rule_cue():
    from analysis.attribution.tagger import dist_bucket

    got = [dist_bucket(i, [8, 9]) for i in (0, 3, 6, 7, 8, 10, 12, 15, 16)]
    assert got == ["<=-7", "-6..-4", "-2", "-1", "0", "1", "3", "4..6", ">=7"]
    assert dist_bucket(3, []) == "none"


def test_marginals_are_probabilities():
    rng = np.random.default_rng(0)
    p = forward_backward(rng.normal(size=(6, 4)), rng.normal(size=(4, 4)))
    assert p.shape == (6, 4)
    assert np.allclose(p.sum(axis=1), 1.0) and (p >= 0).all()


def test_lazy_marginals_give_the_same_bits_as_the_full_pass_in_any_order_of_asking():
    from analysis.attribution.tagger import LazyMarginals, confidence, load_tagger

    trans = load_tagger().trans
    rng = np.random.default_rng(7)
    for n in (1, 2, 5, 40):
        em = rng.normal(scale=3.0, size=(n, 4))
        full = forward_backward(em, trans)
        lazy = LazyMarginals(em, trans)
        asks = [(a, b) for a in range(n) for b in range(a + 1, n + 1)]
        rng.shuffle(asks)
        for a, b in asks[:30]:
            assert lazy.rows(a, b).tobytes() == full[a:b].tobytes()
            for label in ("S", "C", "T", "O"):
                assert lazy.confidence(a, b, label) == confidence(full, a, b, label)
    assert LazyMarginals(np.zeros((3, 4)), trans).confidence(2, 2, "C") == 0.0


def test_bad_weight_line_names_the_file_and_line():
    with pytest.raises(ValueError, match=r"tagger.tsv line 2: expected feature<TAB>label<TAB>weight"):
        parse_weights(["b\tO\t0.5", "w[0]=said\tX\t1.0"])
    with pytest.raises(ValueError, match="line 1"):
        parse_weights(["just one column"])


def test_shipped_weights_are_small_and_have_a_source_header():
    path = ROOT / "analysis" / "data" / "attribution" / "tagger.tsv"
    assert path.stat().st_size < 5_000_000
    header = load("attribution/tagger.tsv").header
    assert "Source:" in header
    assert "PolNeAR train" in header
    assert load_tagger().trans.shape == (len(LABELS), len(LABELS))


# ----- refine: the model reviews the rules ----------------------------------------------------------------


def _forcing(label_of_rule: dict[str, str]) -> Tagger:
    """A tagger that labels each token with ``label_of_rule[rule label]``, very surely."""
    weights = {f"r[0]={r}": np.eye(len(LABELS))[LABELS.index(lab)] * 50 for r, lab in label_of_rule.items()}
    return Tagger(weights, np.zeros((len(LABELS), len(LABELS))))


def test_a_tagger_that_agrees_changes_nothing_and_leaves_rule_ids():
    text = "The minister said that the plan would fail."
    art, rules_only = _att(text)
    _, agreed = _att(text, _forcing({"O": "O", "S": "S", "C": "C", "T": "T"}))
    assert agreed == rules_only
    (a,) = agreed
    assert (a.cue_by.by, a.cue_by.rule) == ("rule", "subject_verb")
    assert a.content_by.label() == "rule subject_verb"


def test_a_cue_the_model_rejects_is_dropped():
    _, atts = _att("The minister posted that the plan would fail.", _forcing({"C": "O"}))
    assert atts == []
    assert DROP_BELOW < 0.5


def test_a_model_cue_becomes_an_attribution_with_model_provenance():
    # the rules find the "said" attribution; a tagger that also calls "mocked" a cue adds one
    text = "Critics mocked the plan. The minister said that the plan would fail."
    art = parse_article("Headline\n\n" + text)
    sents = list(rule_sentences(art, PROSE_KINDS))
    s, raws, quotes = sents[-1]
    labels = ["S", "C", "T", "T", "T"]
    tagger = _forcing({"O": "O", "S": "S", "C": "C", "T": "T"})
    # a sentence the rules do not read stays untouched; one they read keeps its rule attribution
    out = refine(s, raws, quotes, tagger)
    assert [r.rule for r in out] == ["subject_verb"]
    assert runs(labels, "T") == [(2, 5)] and runs(labels, "S") == [(0, 1)]


def test_refine_adds_a_cue_the_rules_missed():
    text = "The minister said that our plan would fail."
    art = parse_article("Headline\n\n" + text)
    (s, raws, quotes), *_ = list(rule_sentences(art, PROSE_KINDS))
    # the model: "The minister" source, "said" cue, the rest content -- but the rules found nothing
    weights = {}
    for i, w in enumerate(s.lw):
        lab = "S" if i < 2 else "C" if w == "said" else "O" if w == "." else "T"
        weights[f"w[0]={w}"] = np.eye(len(LABELS))[LABELS.index(lab)] * 50
    tagger = Tagger(weights, np.zeros((len(LABELS), len(LABELS))))
    (r,) = refine(s, [], quotes, tagger)
    t = art.text
    assert t[r.cue.start : r.cue.end] == "said"
    assert t[r.source.start : r.source.end] == "The minister"
    assert t[r.content[0].start : r.content[0].end] == "that our plan would fail"
    assert (r.rule, r.cue_by, r.content_by) == ("model", "model", "model")
    assert r.conf["cue"] == 1.0 and r.conf["content"] == 1.0


def test_a_model_cue_with_noreporting_word_or_in_a_plain_sense_is_no_attribution():
    """The model's own cues must hold a word of the cue lists ("blinked an animation" holds none), and a
    cue in a sense that reports nothing ("known as") stays dropped even when the model calls it a cue."""
    from analysis.attribution.refine import reporting_word

    words = ("blinked", "an", "animation", "said", "reportedly", "according")
    assert [w for w in words if reporting_word(w)] == ["said", "reportedly", "according"]
    art = parse_article("Headline\n\nThe forum was known as Harbour Talk.")
    (s, raws, quotes), *_ = list(rule_sentences(art, PROSE_KINDS))
    weights = {}
    for i, w in enumerate(s.lw):
        lab = "S" if i < 2 else "C" if w in ("was", "known", "as") else "O" if w == "." else "T"
        weights[f"w[0]={w}"] = np.eye(len(LABELS))[LABELS.index(lab)] * 50
    tagger = Tagger(weights, np.zeros((len(LABELS), len(LABELS))))
    assert refine(s, raws, quotes, tagger) == []


# ----- provenance in the outputs --------------------------------------------------------------------------


def test_every_provenance_id_is_documented(seed):
    atts = find_attributions(seed, PROSE_KINDS)
    assert atts
    for a in atts:
        for d in (a.cue_by, a.source_by, a.content_by):
            assert d.by in ("rule", "model")
            if d.by == "rule":
                assert set(d.rule.split("+")) <= RULE_IDS, d.rule
            else:
                assert d.confidence is None or 0.0 <= d.confidence <= 1.0


def test_predict_and_table_carry_provenance(seed):
    out = task_output("attribution", seed)
    json.dumps(out)
    first = out["attributions"][0]
    assert set(first["provenance"]) == {"cue", "source", "content", "keep", "type"}
    assert set(first["provenance"]["cue"]) == {"by", "rule", "confidence"}
    # the model decides, except Stoltenberg's two directives ("urged NATO members to ...", "encouraged South
    # Korea to ..."), which rule named_directive keeps (session 23), and the caption's "Park discussed ...",
    # which rule named_caption keeps (session 24)
    rules = [a["provenance"]["keep"]["rule"] for a in out["attributions"]]
    assert (rules.count("named_directive"), rules.count("named_caption")) == (2, 1)
    assert set(rules) == {"keep", "named_directive", "named_caption"}
    df = attributions_table(seed)
    assert {"cue_by", "source_by", "content_by", "keep_by", "type_by", "part_kind"} <= set(df.columns)
    assert df["content_by"].str.match(r"^(rule [a-z_+]+|model( \d\.\d\d)?)$").all()
    assert df["keep_by"].str.match(r"^(model keep p=\d\.\d\d|rule named_directive|rule named_caption)$").all()


def test_report_shows_provenance_on_hover_escaped():
    art, (a,) = _att('Ann <Lee> said that "x & y" would <b>fail</b>.')
    html = attribution_html(art, a)
    assert '<u title="cue: rule subject_verb">said</u>' in html
    assert "&lt;b&gt;fail&lt;/b&gt;" in html


def test_headline_attributions_are_marked():
    art = parse_article("Mayor says the bridge will close\n\nThe bridge closed on Monday.")
    df = attributions_table(art, find_attributions(art, PROSE_KINDS))
    assert list(df["part_kind"]) == ["headline"]


# ----- refused and negated speech -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The minister declined to comment on the report.", "declined"),
        ("The company would not confirm that the plant would close.", "confirm"),
        ("Smith didn't say whether he would run.", "say"),
        # the retrained keep model (session 12) keeps the refusal's own cue, "refused", not the nested "say"
        ("Smith refused to say whether he would run.", "refused"),
    ],
)
def test_refused_speech_has_its_own_kind(text, cue):
    art, atts = _att(text, "shipped")
    got = [(art.text[a.cue.start : a.cue.end], a.kind) for a in atts if a.cue]
    assert (cue, "refused") in got


def test_plain_speech_is_not_refused():
    _, atts = _att("Smith said that he would not run again.", "shipped")
    assert [a.kind for a in atts] == ["indirect"]


def test_refusal_words_come_from_the_data_file():
    assert {"not", "declined", "refused"} <= tables().refusals


# ----- training reproduces its output ---------------------------------------------------------------------


def test_training_is_byte_for_byte_reproducible():
    pytest.importorskip("pycrfsuite")
    sys.path.insert(0, str(ROOT / "tools"))
    import train_attribution as ta

    text = 'Headline\n\nThe mayor said that the bridge would close. "It is safe," Lee told reporters.'
    i = text.index("that the bridge")
    rec = {
        "id": "t",
        "text": text,
        "attributions": [
            {
                "source": [text.index("The mayor"), text.index("The mayor") + 9],
                "cue": [i - 5, i - 1],
                "content": [i, text.index(". ")],
            },
        ],
    }
    first = ta.train(ta.sequences([rec, rec]))
    assert first == ta.train(ta.sequences([rec, rec]))
    assert first.startswith("# Attribution tagger weights")
    assert "\n->\t" in first


def test_refused_speech_is_counted_apart_in_the_shares():
    from analysis.attribution import attribution_shares

    art = parse_article(
        "Headline\n\nThe mayor said the bridge would close. The ministry declined to comment on the plan."
    )
    sh = attribution_shares(art)
    assert (sh["attributions"], sh["refused"]) == (2, 1)


def test_core_speech_cues_are_never_dropped():
    # the same tagger that drops "posted" keeps "said": kept_cues.txt
    _, atts = _att("The minister said that the plan would fail.", _forcing({"C": "O"}))
    assert [a.cue_by.rule for a in atts] == ["subject_verb"]


@pytest.mark.parametrize(
    "text, cue, content, rule",
    [
        # real sentences of a CBC article (dev11) and Zyte pages (dev9), shortened
        (
            "He hasn't been seen in public since Oct. 7, and is thought to be hiding in tunnels.",
            "is thought",
            ["He", "to be hiding in tunnels"],
            "belief_passive",  # read after the tagger
        ),
        (
            "Yersinia pestis is believed to have originated in China.",
            "is believed",
            ["Yersinia pestis", "to have originated in China"],
            "passive_clause",  # read before it, and kept by rule hearsay_passive
        ),
        (
            "He is viewed as a potential successor to Bob Iger.",
            "is viewed as",
            ["He", "a potential successor to Bob Iger"],
            "belief_passive",
        ),
    ],
)
def test_agentless_belief_passives_are_never_dropped(text, cue, content, rule):
    # the same tagger that drops "posted" keeps the belief passive
    art, atts = _att(text, _forcing({"C": "O"}))
    t = art.text
    (a,) = atts
    assert (t[a.cue.start : a.cue.end], [t[c.start : c.end] for c in a.content]) == (cue, content)
    assert (a.source, a.source_name, a.cue_by.rule) == (None, "", rule)


def test_expected_passives_stay_the_taggers_to_drop():
    # "expected" is PolNeAR's (passive_cues.tsv), not a hearsay participle: a rejecting tagger drops it
    _, atts = _att("The bill is widely expected to pass.", _forcing({"C": "O"}))
    assert atts == []


def test_a_model_source_run_inside_the_content_is_no_source():
    # a tagger that calls the subject a source: the subject is the passive's content, so no source is taken
    _, atts = _att("The bill is widely expected to pass.", _forcing({"T": "S", "C": "C", "O": "O"}))
    (a,) = atts
    assert a.source is None and not a.source_name


def test_shipped_model_on_hand_made_sentences():
    """What the shipped tagger changes on a sentence the rules' tests pin (it keeps the rules' content)."""
    art, atts = _att("Bamberg, who is 28, said he decided to support Sanders.", "shipped")
    t = art.text
    (a,) = atts
    assert t[a.source.start : a.source.end] == "Bamberg"
    assert (a.source_by.by, a.cue_by.label(), a.content_by.label()) == (
        "model",
        "rule subject_verb",
        "rule subject_verb",
    )
    assert t[a.content[0].start : a.content[0].end] == "he decided to support Sanders"
    assert a.source_name == "Bamberg"


def test_article_report_hover_names_the_rule_or_model(seed):
    from analysis.report import collect

    labels = [h.label for h in collect.build(seed).highlights if h.layer in ("source", "cue", "content")]
    assert any(lab.endswith("[rule subject_verb]") for lab in labels)
    # a source the tagger shortened at its appositive's comma (whether it shortens the seed's depends on
    # the weights of the day: the rules keep the appositive as the role either way)
    art = parse_article(
        "Headline\n\nThe court, which rules on constitutional matters, said not allowing gay citizens to "
        'marry constituted "different treatment".'
    )
    labels = [h.label for h in collect.build(art).highlights if h.layer in ("source", "cue", "content")]
    assert any("[model 0." in lab for lab in labels)


def test_a_model_cue_run_opening_with_a_plural_source_noun_splits_into_source_and_cue():
    from analysis.attribution.refine import source_noun_in_cue

    lw = ["reports", "said", "at", "least", "116", "people", "died", "."]
    assert [source_noun_in_cue(lw, a, b) for a, b in [(0, 2), (1, 2), (4, 7)]] == [1, 0, 0]
    art = parse_article("Headline\n\nReports said at least 116 people died.")
    (s, raws, quotes), *_ = list(rule_sentences(art, PROSE_KINDS))
    weights = {}
    for i, w in enumerate(s.lw):
        lab = "C" if i < 2 else "O" if w == "." else "T"
        weights[f"w[0]={w}"] = np.eye(len(LABELS))[LABELS.index(lab)] * 50
    tagger = Tagger(weights, np.zeros((len(LABELS), len(LABELS))))
    out = refine(s, [], quotes, tagger)
    t = art.text
    got = [(t[r.cue.start : r.cue.end], t[r.source.start : r.source.end]) for r in out]
    assert got == [("said", "Reports")]
