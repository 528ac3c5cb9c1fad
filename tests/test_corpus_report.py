"""The corpus notebook's numbers and sentences, from tables of the fixture articles (with dates)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import load_articles
from analysis.cli import main
from analysis.corpus import report as cr

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"

DATES = ["2024-01-03", "2024-01-20", "2024-02-11", "2024-02-28", "2024-03-01"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("corpus")
    articles, _ = load_articles(FIXTURES)
    lines = [
        json.dumps({"id": a.id, "text": a.text, "published": d, "url": f"https://example.org/{a.id}"})
        for a, d in zip(articles, DATES, strict=True)
    ]
    (tmp / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["corpus", "--no-progress", str(tmp / "c.jsonl"), "-o", str(tmp / "out")]) == 0
    return cr.load(tmp / "out")


def test_findings_are_generated_from_the_tables(corpus):
    a = corpus.articles
    sourced = corpus.attributions[corpus.attributions["source_type"] != "none"]
    # 63 since session 11: the keep model sets aside "A report found corrosion ..." and the two findings of
    # "71 percent of head teachers" (3 of 66; wrongly: each is a report of findings, see README, keep model);
    # 64 since the fact-check rules and retrained weights, which keep "71 percent of head teachers said";
    # 63 in session 12 (fix13's weights), 64 with the weights trained on dev13 and dev14 too; 62 with session
    # 13's, trained on dev15 and dev16 too, set aside "The report found" and "most head teachers say"; 63
    # since they were retrained after the session's rules, which keep "the company estimates"; 64 with the
    # weights trained on dev17 too (session 14), which keep "The report found"; 62 in session 15, when the
    # tagger retrained on today's rules no longer finds "which the company estimates will happen in 2029" and
    # the keep model retrained after it sets "The report ... found" aside again; 63 with recall19's retrained
    # weights, which keep "A report found corrosion in several steel supports" (a report of findings); 62
    # again with the weights retrained once after all of session 15's merges, which set it aside; 63 with
    # session 16's (retrained once after all of its merges), which keep it; 62 with bound22's (session 18);
    # 63 with the weights retrained once after all of session 18's merges; 62 with session 19's first (dev22
    # added), which set "Neither side would confirm" aside; 61 with session 20's last, which also set aside
    # "The report, prepared by the engineering firm Larsen & Cole, found"; 63 with recall25's
    # anonymity_request (session 21): "who asked not to be named" is refused speech by the nurse and by the
    # spokesman (fixture 199); 64 with session 21's last weights, which keep "The report, prepared by ...
    # Larsen & Cole, found" again; 66 with recall26's estimate_at (session 22): "a consultant's report put
    # the likely cost at roughly $48 million" is the report's estimate (fixture 101); 64 with session 22's
    # last tagger, which drops "Emergency departments reported ..." and "The district is considering ...";
    # 66 with session 23's last tagger, which finds both again
    assert len(sourced) == 66 and int(a["body_words"].sum()) == 1153
    assert cr.findings(corpus) == [
        "5 articles (1,153 words in their bodies) from 2024-01 to 2024-03.",
        "Half the articles read at a Flesch-Kincaid grade between 9.1 and 11.2 (median 10.0); by month the "
        "median ranges from 9.3 (2024-02) to 14.2 (2024-03).",
        # session 8: a quotation resumed after its cue's sentence is an attribution of its own (resumed.py)
        # session 18's end: 63 with a source, 30 anonymous or unnamed, 29 named ("The company" is Northline
        # Motors since type22; bound22's keep retrain had 62, 30, 28)
        # session 19's first weights: 62, 29, 29 ("Neither side" set aside); its last: 62, 30, 28 (the
        # retrained tagger misses "which the company estimates will happen in 2029" again, as session 15's)
        # session 20's last weights: 61, 30, 28 ("The report, prepared by ... Larsen & Cole" set aside)
        # recall25 (session 21): 63, 32, 28 (two requests for anonymity: refused speech, anonymous persons);
        # session 21's last weights: 64, 32, 28 (the Larsen & Cole report kept); session 22's first (dev25
        # added): 65, 33, 28 ("most head teachers say" kept); recall26: 66, 33, 28 (estimate_at: "a
        # consultant's report put the likely cost at ...", a document); session 22's last weights: 64, 32, 27
        # (the tagger drops "Emergency departments reported ..." and "The district is considering ...");
        # session 23's last weights: 66, 33, 28 (the tagger finds both again)
        "Of 66 body attributions with a source, 33 (50%) cite an anonymous person or an unnamed group and 28 "
        "(42%) a named one.",
        # recall25: 36%, 57%, 5 refusals, 10% (two requests for anonymity added as refused speech); 35% with
        # session 22's first weights (one more paraphrase kept); 58% paraphrase with recall26's estimate_at;
        # 36%, 57% with session 22's last tagger (two paraphrases dropped); 35%, 58% with session 23's (found)
        "35% of attributions carry quoted words (direct or mixed), 58% are paraphrase or 'according to' (5 "
        "others report a refusal to speak); 10% rest on another outlet's reporting.",
        "Most quoted: Northline Motors (3 attributions in 1 article), Samuel Adeyemi (3 attributions in 1 "
        "article), Dana Whitfield (2 attributions in 1 article).",
        "The median article has 2.67 hedges and 0.38 boosters per 100 words; 19 of 72 body sentences (26%) "
        # 17 since session 7: "The district is reportedly considering ..." (a shield whose named subject's
        # cue comes after it is no longer held by that subject); 18 since session 8: "Inspectors estimated
        # that ..." (unnamed inspectors, rule role_group)
        "read as uncertain (a firm hedge or the sentence model) and 18 (25%) lean on a vague source (weasel "
        "wording).",
    ]


def test_a_corpus_of_one_month_says_in_that_month(tmp_path):
    """New-user trial (session 8): two CSV rows of January 2026 read "from 2026-01 to 2026-01"."""
    src = tmp_path / "arts.csv"
    src.write_text(
        "id,body,date\n"
        'c1,"Officials said the bridge may reopen in May.",2026-01-10\n'
        'c2,"""It is safe,"" engineer Li Wei said.",2026-01-11\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["corpus", "--no-progress", str(src), "-o", str(out), "--text-column", "body"]) == 0
    assert cr.findings(cr.load(out))[0] == "2 articles (15 words in their bodies) in 2026-01."


def test_monthly_tables_and_kinds(corpus):
    by_month = cr.readability_by_month(corpus)
    assert list(by_month.index) == ["2024-01", "2024-02", "2024-03"]
    assert list(by_month["articles"]) == [2, 2, 1]
    kinds = cr.speech_kinds(corpus)
    # 'who called it "a fair plan ..."' reports the quoted words only (direct); a stray "said" whose
    # content was "Mayor Ann <" (markup inside a name) is dropped as a name read as content (extract.py);
    # 'told reporters the pattern was "unusual but not unprecedented"' reports the clause (mixed); "which the
    # company estimates will happen in 2029" is found since session 7's tagger (indirect); six quotations
    # resumed after their cue's sentence are attributions of their own since session 8 (direct 11 -> 17)
    assert kinds["attributions"].to_dict() == {
        "direct": 17,
        "mixed": 7,
        "indirect": 36,  # 34 with bound22's keep retrain, 35 after session 18's last, 34 with session 19's
        # first weights ("Neither side would confirm the details" set aside); 38 before the keep
        # model set 3 aside (session 11), 2 since the fact-check rules;
        # 34 since session 13's weights set aside "The report found" and "most head teachers say"; 35 since
        # they were retrained after the session's rules, which keep "the company estimates" again; 36 with
        # session 14's weights (dev17 in the training data), which keep "The report found" again; 34 in
        # session 15 (the retrained tagger misses "the company estimates"; "The report found" set aside); 35
        # with recall19's retrained weights, which keep "A report found corrosion ..." again; 34 with the
        # weights retrained after all of session 15's merges; 35 with session 16's, which keep "The report
        # found" again; 35 with session 22's first (dev25 added), which keep "most head teachers say"; 36
        # with recall26's estimate_at ("a consultant's report put the likely cost at roughly $48 million"); 34
        # with session 22's last tagger ("Emergency departments reported ...", "is considering ..." dropped);
        # 36 with session 23's last tagger (both found again)
        "according_to": 4,
        "refused": 5,  # 3 before recall25's anonymity_request ("who asked not to be named", twice)
    }
    # 65 at bound22, session 19 start; 67 with recall25's two requests for anonymity (refused speech); 68
    # with session 22's first weights ("most head teachers say" kept); 69 with recall26's estimate_at ("a
    # consultant's report put the likely cost at ..."); 67 with session 22's last tagger (two dropped); 69
    # with session 23's last tagger (both found again)
    assert int(cr.sourcing_by_month(corpus)["attributions"].sum()) == 69


def test_a_resolved_pronoun_counts_as_its_referent(corpus):
    top = cr.top_sources(corpus)
    okafor = top[top["source_name"] == "Maria Okafor"].iloc[0]
    # "Maria Okafor said ..." and, later, "... she said": two attributions to one named person
    assert (okafor["attributions"], okafor["direct"]) == (2, 1)


def test_outlier_links_escape_the_title(corpus):
    out = cr.outliers(corpus, 1)
    hardest = out[out["measure"] == "hardest to read (FK grade)"].iloc[0]
    assert hardest["article"].startswith(
        '<a href="https://example.org/199_adversarial_markup">Council &lt;script&gt;'
    )
    assert "<script" not in "".join(out["article"])


def test_credit_line(corpus):
    assert cr.credit_line("Wikinews contributors, CC BY 2.5", corpus) == (
        "Texts: Wikinews contributors, CC BY 2.5. 5 records read from 1 input file."
    )
    assert cr.credit_line("", corpus) == "5 records read from 1 input file."


def test_a_corpus_without_dates_has_empty_monthly_tables_not_an_error(tmp_path):
    # A user's JSONL with no "published": 05-corpus failed in its sourcing cell ("Buffer has wrong number
    # of dimensions"), because grouping no rows by month gave pandas an empty frame, not a column.
    articles, _ = load_articles(FIXTURES)
    lines = [json.dumps({"id": a.id, "text": a.text}) for a in articles]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["corpus", "--no-progress", str(tmp_path / "c.jsonl"), "-o", str(tmp_path / "out")]) == 0
    c = cr.load(tmp_path / "out")
    for table in (cr.readability_by_month(c), cr.sourcing_by_month(c), cr.hedging_by_month(c)):
        assert table.empty and table.index.name == "month"
    assert list(cr.sourcing_by_month(c).columns) == [
        "attributions",
        "anonymous_share",
        "named_share",
        "outlet_share",
        "direct_share",
    ]
    assert cr.findings(c)[0] == "5 articles (1,153 words in their bodies); 5 articles without a date."
