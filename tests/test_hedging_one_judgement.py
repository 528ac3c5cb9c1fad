"""One judgement everywhere (issue 13, item 2): the per-article report and the corpus tables give every
sentence the same hedging flags, headline and standfirst included, because both judge with the same
attribution spans (:func:`analysis.hedging.judge_attributions`, every prose part).

Before, the report judged with the attributions of every prose part and the corpus with those of the body
and captions only, so the standfirst "Engineers say the 1962 crossing is safe ..." was weasel wording in
the report and not in the corpus tables.
"""

from __future__ import annotations

from report_helpers import FIXTURES

from analysis import load_article
from analysis.corpus.rows import LAYERS, TABLES, article_rows
from analysis.hedging import judge_attributions
from analysis.pipeline import Pipeline
from analysis.report import collect

ARTICLE = FIXTURES / "101_harbour_bridge.txt"


def _corpus_sentences():
    article = load_article(ARTICLE)
    out: dict[str, list] = {t: [] for t in TABLES}
    article_rows(0, article.id, Pipeline(LAYERS)(article), out)
    return article, out


def test_report_and_corpus_tables_flag_the_standfirst_alike():
    report = collect.build(load_article(ARTICLE))
    article, out = _corpus_sentences()
    table = {r["sentence"]: r for r in out["sentences"]}

    # the standfirst rests on a vague group ("residents want a date" is a wish, no claim and no attribution
    # since session 7): flagged in the report's cue table ...
    standfirst = [r for r in report.cues.itertuples(index=False) if r.part_kind == "standfirst"]
    assert [(r.text, r.kind, r.rule) for r in standfirst if r.kind == "weasel"] == [
        ("Engineers", "weasel", "vague_source"),
    ]
    [sentence] = {r.sentence for r in standfirst}
    assert {r.sentence_weasel_rule for r in standfirst} == {"vague_source:engineers"}
    # ... and in the corpus sentences table, with the same rule
    row = table[sentence]
    assert (row["part_kind"], row["weasel"], row["weasel_rule"]) == (
        "standfirst",
        True,
        "vague_source:engineers",
    )

    # every sentence the report's cue table shows has the corpus table's rules, and the body shares agree
    for r in report.cues.itertuples(index=False):
        assert (r.sentence_uncertain_rule, r.sentence_weasel_rule) == (
            table[r.sentence]["uncertain_rule"],
            table[r.sentence]["weasel_rule"],
        ), r.text
    [articles_row] = out["articles"]
    body = report.body_density
    assert (body["uncertain_share"], body["weasel_share"]) == (
        articles_row["uncertain_share"],
        articles_row["weasel_share"],
    )


def test_every_sentence_judged_alike_in_the_report_and_the_corpus():
    report = collect.build(load_article(ARTICLE))
    judged = report.article.derived["hedging.judge"]  # what the report's tables and highlights read
    _, out = _corpus_sentences()
    flags = ("uncertain", "weasel", "anonymous_source", "uncertain_rule", "weasel_rule", "anonymous_rule")
    assert [tuple(getattr(j, f) for f in flags) for j in judged] == [
        tuple(r[f] for f in flags) for r in out["sentences"]
    ]
    assert sum(j.weasel for j in judged) >= 2  # the standfirst and at least one body sentence


def test_the_judge_reads_the_headline_and_standfirst_attributions():
    article = load_article(ARTICLE)
    kinds = {article.parts[a.part].kind for a in judge_attributions(article)}
    assert "standfirst" in kinds
    # the corpus pipeline computes the same list once, before the body-and-captions layer
    doc = Pipeline(LAYERS)(load_article(ARTICLE))
    assert [(a.start, a.end) for a in doc["judged_attributions"]] == [
        (a.start, a.end) for a in judge_attributions(article)
    ]
    assert all(doc.article.parts[a.part].kind != "standfirst" for a in doc["attributions"])
