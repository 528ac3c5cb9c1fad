"""Per-article reports read the folder's numbers from the corpus tables: the same findings, less work."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.cli import main
from analysis.report import collect, index, page

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"


def test_report_from_tables_equals_report_from_the_folder(tmp_path, monkeypatch):
    out = tmp_path / "tables"
    assert main(["corpus", "--no-progress", str(FIXTURES), "-o", str(out)]) == 0
    built: list[str] = []
    real = collect.build

    def counting(article):
        built.append(article.id)
        return real(article)

    monkeypatch.setattr(collect, "build", counting)
    for wanted in ("", "103_battery_plant"):
        built.clear()
        from_tables, corpus_t = page.load_report(FIXTURES, wanted, out)
        assert built == [wanted or "101_harbour_bridge"]  # only the article itself is analysed
        built.clear()
        from_folder, corpus_f = page.load_report(FIXTURES, wanted, None)
        assert len(built) == 5
        assert page.findings_html(from_tables, corpus_t) == page.findings_html(from_folder, corpus_f)
        cols = ["article", "grade", "hedges_per_100w", "boosters_per_100w", "words"]
        pd.testing.assert_frame_equal(corpus_t[cols], corpus_f[cols], check_dtype=False)
    shown = page.findings_html(*page.load_report(FIXTURES, "", out))
    assert 'the median of the <span class="ar-num">5</span> articles in this collection' in shown


def test_tables_of_another_folder_fall_back_to_the_folder(tmp_path):
    out = tmp_path / "tables"
    assert main(["corpus", "--no-progress", str(FIXTURES / "101_harbour_bridge.txt"), "-o", str(out)]) == 0
    report, corpus = page.load_report(FIXTURES, "104_school_phones", out)  # not in the tables
    assert report.article.id == "104_school_phones" and len(corpus) == 5
    table = index.summary_from_tables(pd.read_parquet(out / "articles"))
    assert list(table["article"]) == ["101_harbour_bridge"]


def test_a_renamed_duplicate_is_found_by_its_file_and_only_it_is_analysed(tmp_path, monkeypatch):
    seeds, out = tmp_path / "seeds", tmp_path / "tables"
    seeds.mkdir()
    (seeds / "dup.txt").write_text("Dup One\n\nIt rained on Monday in the city, officials said.\n")
    (seeds / "dup.json").write_text('{"text": "Dup Two\\n\\nIt snowed on Tuesday in the town."}')
    assert main(["corpus", "--no-progress", str(seeds), "-o", str(out)]) == 0
    built: list[str] = []
    real = collect.build
    monkeypatch.setattr(collect, "build", lambda a: built.append(a.id) or real(a))
    for wanted, first_words in (("dup", "Dup Two"), ("dup-2", "Dup One")):
        built.clear()
        report, corpus = page.load_report(seeds, wanted, out)
        assert built == [wanted] and report.article.text.startswith(first_words) and len(corpus) == 2


def test_duplicate_ids_are_named_alike_by_the_loader_the_corpus_run_the_index_and_the_report_files(
    tmp_path, monkeypatch
):
    """One naming of duplicates (record.unique_id): dup.json (sorted first) keeps "dup", dup.txt is "dup-2"
    in the loaded articles, the report file names, the corpus tables and the index rows read from them."""
    import io

    from analysis import load_articles
    from analysis.reporting import index_summary, report_names

    seeds, out = tmp_path / "seeds", tmp_path / "tables"
    seeds.mkdir()
    (seeds / "dup.txt").write_text("Dup One\n\nIt rained on Monday in the city, officials said.\n")
    (seeds / "dup.json").write_text('{"text": "Dup Two\\n\\nIt snowed on Tuesday in the town."}')
    articles, bad = load_articles(seeds)
    assert bad == [] and [(a.id, Path(a.source).name) for a in articles] == [
        ("dup", "dup.json"),
        ("dup-2", "dup.txt"),
    ]
    names, _ = report_names([a.id for a in articles])
    assert names == {"dup": "dup.html", "dup-2": "dup-2.html"}
    assert main(["corpus", "--no-progress", str(seeds), "-o", str(out)]) == 0
    tables = {name: pd.read_parquet(out / name) for name in ("articles", "sentences", "errors")}
    arts = tables["articles"]
    rows_of = zip(arts["article"], arts["id"], arts["where"], strict=True)
    assert [(k, i, Path(w).name) for k, i, w in rows_of] == [
        ("dup", "dup", "dup.json"),
        ("dup-2", "dup", "dup.txt"),
    ]
    assert sorted(set(tables["sentences"]["article"])) == ["dup", "dup-2"]
    assert list(tables["errors"]["message"]) == [
        f"duplicate id 'dup' (first at {seeds / 'dup.json'}): kept apart as 'dup-2'"
    ]
    built: list[str] = []
    real = collect.build
    unlisted: list[str] = []
    monkeypatch.setattr(collect, "build", lambda a: built.append(a.id) or real(a))
    rows = index_summary(articles, out, unlisted, io.StringIO())
    assert built == [] and unlisted == []  # both rows come from the tables: nothing analysed again
    assert list(rows["article"]) == ["dup", "dup-2"]


def test_the_only_record_of_a_jsonl_file_is_found_in_the_tables_and_only_it_is_analysed(
    tmp_path, monkeypatch
):
    # The file loader names it "x.jsonl", the corpus run "x.jsonl:1"; a miss analysed the whole folder
    # (38 s per such article beside a 4.9 MB one in bench_badinput).
    seeds, out = tmp_path / "seeds", tmp_path / "tables"
    seeds.mkdir()
    (seeds / "one.jsonl").write_text('{"id": "one", "text": "It rained on Monday, officials said."}\n')
    (seeds / "two.jsonl").write_text(
        '{"id": "a", "text": "It snowed on Tuesday in the town."}\n{"id": "b", "text": "It was windy."}\n'
    )
    assert main(["corpus", "--no-progress", str(seeds), "-o", str(out)]) == 0
    built: list[str] = []
    real = collect.build
    monkeypatch.setattr(collect, "build", lambda a: built.append(a.id) or real(a))
    for wanted in ("one", "a", "b"):
        built.clear()
        report, corpus = page.load_report(seeds, wanted, out)
        assert built == [wanted] and report.article.id == wanted and len(corpus) == 3
