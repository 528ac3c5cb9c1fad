"""``python -m analysis corpus``: the tables, bad inputs, resume, and the same bytes on every engine."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from analysis import load_articles
from analysis.attribution import find_attributions, set_aside
from analysis.cli import main
from analysis.corpus import TABLES
from analysis.hedging import accepted_cues, densities, find_cues, judge
from analysis.readability import SCORE_NAMES, analyze

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
WIKINEWS = ROOT.parent / "shared" / "corpora" / "wikinews"


def corpus(*args: str) -> int:
    return main(["corpus", "--no-progress", *args])


def table(out: Path, name: str):
    return pq.read_table(out / name).to_pandas()


def files(out: Path) -> dict[str, bytes]:
    """Every table file and partition marker, by path relative to ``out``."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name not in ("manifest.json", "_run.json")
    }


def manifest(out: Path) -> dict:
    m = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    m.pop("timing")
    return m


def test_fixture_folder_gives_tables_that_agree_with_the_analyzers(tmp_path, capsys):
    out = tmp_path / "out"
    assert corpus(str(FIXTURES), "-o", str(out)) == 0
    assert "corpus: 5 articles, 0 errors, 0 warnings in 1 partition (1 computed)" in capsys.readouterr().err
    articles, _ = load_articles(FIXTURES)
    arts = table(out, "articles")
    assert list(arts["article"]) == [a.id for a in articles] and list(arts["seq"]) == [0, 1, 2, 3, 4]
    sents, atts, hedges = table(out, "sentences"), table(out, "attributions"), table(out, "hedges")
    for a, row in zip(articles, arts.itertuples(index=False), strict=True):
        res = analyze(a)
        for name in SCORE_NAMES:
            assert getattr(row, name) == res.scores[name].value or res.scores[name].value is None
        assert (row.rd_words, row.rd_sentences) == (res.counts.words, res.counts.sentences)
        assert (sents["article"] == a.id).sum() == len(a.sentences)
        assert list(atts[atts["article"] == a.id]["start"]) == [x.start for x in find_attributions(a)]
        mine_atts = atts[atts["article"] == a.id]
        assert list(mine_atts["keep_by"]) == [x.keep.label() for x in find_attributions(a)]
        aside = table(out, "set_aside")
        assert list(aside[aside["article"] == a.id]["start"]) == [x.start for x in set_aside(a)]
        content = [c for x in find_attributions(a) for c in x.content]
        cues = accepted_cues(find_cues(a, content), judge(a, ()))  # as the report counts them
        mine = hedges[hedges["article"] == a.id]
        assert list(zip(mine["start"], mine["voice"], strict=True)) == [(c.start, c.voice) for c in cues]
        body = densities(a).iloc[-1]  # the whole-body row, as the report shows it
        assert (row.hedges, row.boosters, row.shields, row.weasels) == (
            body.hedges,
            body.boosters,
            body.shields,
            body.weasels,
        )
        assert (row.body_words, row.body_sentences) == (body.words, body.sentences)
        assert (row.uncertain_share, row.weasel_share) == (body.uncertain_share, body.weasel_share)
        assert row.hedges_per_100w == body.hedges_per_100w
    assert table(out, "errors").empty
    m = manifest(out)
    assert m["counts"] == {
        "records": 5,
        "articles": 5,
        "errors": 0,
        "warnings": 0,
        "body_words": int(arts["body_words"].sum()),
        "partitions": 1,
        "rows": {t: len(table(out, t)) for t in TABLES},
    }
    assert [i["path"] for i in m["inputs"]] == [str(FIXTURES / f"{a.id}.txt") for a in articles]


def test_textstat_is_not_run_in_corpus_runs(tmp_path, monkeypatch):
    import analysis.readability.textstat_offline as ts

    def refuse(text):
        raise AssertionError("textstat ran in a corpus run")

    monkeypatch.setattr(ts, "textstat_scores", refuse)
    assert corpus(str(FIXTURES / "101_harbour_bridge.txt"), "-o", str(tmp_path / "o")) == 0


def test_textstat_columns_only_when_asked(tmp_path):
    from analysis import load_article
    from analysis.readability import scored_text
    from analysis.readability.textstat_offline import textstat_scores

    path = FIXTURES / "102_heatwave_hospitals.txt"
    assert corpus(str(path), "-o", str(tmp_path / "plain")) == 0
    assert corpus(str(path), "-o", str(tmp_path / "ts"), "--textstat") == 0
    plain, ts = table(tmp_path / "plain", "articles"), table(tmp_path / "ts", "articles")
    expected = textstat_scores(scored_text(load_article(path)))
    for name in SCORE_NAMES:
        assert plain[f"textstat_{name}"].isna().all()
        assert ts[f"textstat_{name}"].iloc[0] == expected[name]
    assert json.loads((tmp_path / "ts" / "manifest.json").read_text(encoding="utf-8"))["options"]["textstat"]


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_broken_jsonl_line_goes_to_the_errors_table_and_the_rest_is_analysed(tmp_path):
    src = _jsonl(
        tmp_path / "c.jsonl",
        [
            json.dumps({"id": "a", "text": "The mayor said the bridge may open."}),
            '{"id": "b", "text": "cut off',
            json.dumps({"id": "c", "text": "Officials said it would cost more."}),
        ],
    )
    out = tmp_path / "out"
    assert corpus(str(src), "-o", str(out)) == 0
    assert list(table(out, "articles")["article"]) == ["a", "c"]
    errors = table(out, "errors")
    assert errors.to_dict("records") == [
        {
            "seq": 1,
            "article": f"{src}:2",
            "where": f"{src}:2",
            "severity": "error",
            "message": f"{src}:2: is not valid JSON (Unterminated string, column 21)",
        }
    ]
    assert manifest(out)["counts"]["records"] == 3


def test_records_refused_while_reading_are_named_in_the_errors_table(tmp_path):
    """The ``article`` column of a refused record was empty: it is the id the record gave, else file:line."""
    src = _jsonl(
        tmp_path / "r.jsonl",
        [
            json.dumps({"id": "ok", "text": "The mayor said the bridge may open."}),
            json.dumps({"id": "no-text", "body": "The text is under another name."}),
            json.dumps({"id": 17, "text": ["not", "a", "string"]}),
            json.dumps({"text": "\x00\x01\x02PNG\x00" * 50}),
            json.dumps({"id": "big", "text": "word " * 400}),  # read, then refused: its id is known
            json.dumps({"id": "huge", "text": "word " * 1000}),  # refused unread (too long a line)
            "not json at all",
        ],
    )
    out = tmp_path / "out"
    assert corpus(str(src), "-o", str(out), "--max-mb", "0.001") == 0
    errors = table(out, "errors")
    over = "over the 1,048 bytes limit for one article (raise it with --max-mb)"
    assert errors[["seq", "article", "message"]].values.tolist() == [
        [1, "no-text", f'{src}:2: has no "text" field'],
        [2, "17", f'{src}:3: "text" must be a string, found an array'],
        [3, f"{src}:4", f"{src}:4: looks like binary data, not text"],
        [4, "big", f"{src}:5: is 0.0 MB, {over}"],
        [5, f"{src}:6", f"{src}:6: is 0.0 MB, {over}"],
        [6, f"{src}:7", f"{src}:7: is not valid JSON (Expecting value, column 1)"],
    ]
    assert table(out, "articles")["article"].tolist() == ["ok"]


def test_an_empty_csv_cell_is_named_by_the_rows_id(tmp_path):
    src = tmp_path / "e.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerows([["id", "text"], ["n1", "Officials said it would rain."], ["n2", " "], ["", ""]])
    out = tmp_path / "out"
    assert corpus(str(src), "-o", str(out)) == 0
    assert table(out, "errors")[["article", "message"]].values.tolist() == [
        ["n2", f"{src}:3: column 'text' is empty"],
        [f"{src}:4", f"{src}:4: column 'text' is empty"],
    ]


def test_duplicate_ids_are_kept_apart_and_reported(tmp_path):
    src = _jsonl(
        tmp_path / "d.jsonl",
        [json.dumps({"id": "x", "text": t}) for t in ("One said so.", "Two said so.", "Three said so.")],
    )
    out = tmp_path / "out"
    assert corpus(str(src), "-o", str(out)) == 0
    arts = table(out, "articles")
    assert list(zip(arts["article"], arts["id"], strict=True)) == [("x", "x"), ("x-2", "x"), ("x-3", "x")]
    assert list(table(out, "errors")["message"]) == [
        f"duplicate id 'x' (first at {src}:1): kept apart as 'x-2'",
        f"duplicate id 'x' (first at {src}:1): kept apart as 'x-3'",
    ]
    assert set(table(out, "errors")["severity"]) == {"warning"}


def test_the_summary_names_the_first_errors_and_warnings(tmp_path, capsys):
    """New-user trial (session 8): "1 error, 1 warning" named neither; the first five are named on
    standard error, each with its file and line, then how many more and where the table is."""
    good = json.dumps({"id": "a", "text": "Officials said it would rain."})
    src = _jsonl(tmp_path / "s.jsonl", [good, '{"id": "b", "text": "unterminated', good])
    out = tmp_path / "out"
    assert corpus(str(src), "-o", str(out)) == 0
    assert capsys.readouterr().err.splitlines()[1:] == [
        f"error: {src}:2: is not valid JSON (Unterminated string, column 21)",
        f"warning: {src}:3: duplicate id 'a' (first at {src}:1): kept apart as 'a-2'",
        f'the errors table: pandas.read_parquet("{out / "errors"}")',
    ]
    many = _jsonl(tmp_path / "m.jsonl", ["{"] * 7)
    assert corpus(str(many), "-o", str(tmp_path / "m")) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("corpus: 0 articles, 7 errors, 0 warnings in 1 partition (1 computed)")
    why = "is not valid JSON (Expecting property name enclosed in double quotes, column 2)"
    assert lines[1:] == [
        *(f"error: {many}:{n}: {why}" for n in range(1, 6)),
        "... and 2 more",
        f'the errors table: pandas.read_parquet("{tmp_path / "m" / "errors"}")',
    ]
    clean = _jsonl(tmp_path / "c.jsonl", [good])
    assert corpus(str(clean), "-o", str(tmp_path / "c")) == 0
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_the_first_errors_come_from_the_first_partitions_with_errors_in_corpus_order(tmp_path, capsys):
    """The summary reads only the error files it names (the markers hold every partition's count): the
    same lines as reading the whole table, also when a marker is missing (that partition is read)."""
    from analysis.corpus.runner import first_errors

    good = json.dumps({"id": "a", "text": "Officials said it would rain."})
    lines = [good, good, good, "{", good, "{", "{", good, good, "{", "{", "{", "{"]  # 3 partitions of 5
    src = _jsonl(tmp_path / "e.jsonl", lines)
    out = tmp_path / "out"
    assert corpus(str(src), "-o", str(out), "--partition-size", "5") == 0
    whole = sorted(pq.read_table(out / "errors").to_pylist(), key=lambda r: r["seq"])
    # 7 broken lines and the duplicate ids' 5 warnings, in every partition
    assert [(r["seq"], r["severity"]) for r in whole] == [
        (1, "warning"), (2, "warning"), (3, "error"), (4, "warning"), (5, "error"), (6, "error"),
        (7, "warning"), (8, "warning"), (9, "error"), (10, "error"), (11, "error"), (12, "error"),
    ]  # fmt: skip
    assert first_errors(out, 5) == (whole[:5], 12)
    assert first_errors(out, 20) == (whole, 12)
    (out / "_partitions" / "part-00001.json").unlink()
    assert first_errors(out, 2) == (whole[:2], 12)
    assert first_errors(out, 7) == (whole[:7], 12)
    assert first_errors(out, 0) == ([], 12)
    empty = tmp_path / "none"
    assert corpus(str(_jsonl(tmp_path / "g.jsonl", [good])), "-o", str(empty)) == 0
    assert first_errors(empty, 5) == ([], 0)


COLUMNS = "uid, body, when, paper, title"


def test_a_csv_column_named_id_is_the_id_by_default(tmp_path):
    """New-user trial: ``corpus arts.csv --text-column body`` named the articles arts-1, arts-2 although
    the file has an ``id`` column; an empty id cell still falls back to the file name and row."""
    src = tmp_path / "arts.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "body"])
        w.writerow(["storm-1", "The storm closed the road, officials said."])
        w.writerow(["", "The road opened again on Monday."])
    out = tmp_path / "out"
    assert corpus(str(src), "-o", str(out), "--text-column", "body") == 0
    assert table(out, "articles")["article"].tolist() == ["storm-1", "arts-2"]


def test_csv_columns_and_a_missing_column(tmp_path, capsys):
    src = tmp_path / "c.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["uid", "body", "when", "paper", "title"])
        w.writerow(["n1", "The minister said taxes may rise.", "2020-01-02", "Daily", "Taxes"])
        w.writerow(["n2", "", "2020-01-03", "Daily", "Empty"])
        w.writerow(["n3", "Experts say it could rain.", "2020-02-01", "Weekly", "Rain"])
    out = tmp_path / "out"
    assert corpus(str(src), "-o", str(out)) == 2
    assert capsys.readouterr().err.strip() == (
        f"error: {src}: no column 'text' (named by --text-column); the columns are: {COLUMNS}"
    )
    assert corpus(str(src), "-o", str(out), "--text-column", "story") == 2
    assert capsys.readouterr().err.strip() == (
        f"error: {src}: no column 'story' (named by --text-column); the columns are: {COLUMNS}"
    )
    assert not out.exists()
    args = [
        "--text-column",
        "body",
        "--id-column",
        "uid",
        "--date-column",
        "when",
        "--outlet-column",
        "paper",
    ]
    assert corpus(str(src), "-o", str(out), *args) == 0
    arts = table(out, "articles")
    assert arts[["article", "date", "outlet", "title"]].values.tolist() == [
        ["n1", "2020-01-02", "Daily", "Taxes"],
        ["n3", "2020-02-01", "Weekly", "Rain"],
    ]
    assert list(table(out, "errors")["message"]) == [f"{src}:3: column 'body' is empty"]


def test_empty_corpus_and_missing_inputs_are_refused(tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    out = tmp_path / "out"
    assert corpus(str(empty), "-o", str(out)) == 2
    assert capsys.readouterr().err.strip() == f"error: {empty}: no article found (empty corpus)"
    assert not out.exists()
    assert corpus(str(tmp_path / "nope.jsonl"), "-o", str(out)) == 2
    assert capsys.readouterr().err.strip() == f"error: {tmp_path / 'nope.jsonl'}: does not exist"
    assert corpus(str(tmp_path / "*.csv"), "-o", str(out)) == 2
    assert capsys.readouterr().err.strip() == f"error: {tmp_path / '*.csv'}: no file matches this pattern"
    (tmp_path / "folder").mkdir()
    assert corpus(str(tmp_path / "folder"), "-o", str(out)) == 2
    assert "folder holds no .txt, .json, .jsonl, .html or .csv file" in capsys.readouterr().err


def test_existing_output_is_refused_unless_resume_or_overwrite(tmp_path, capsys):
    out = tmp_path / "out"
    assert corpus(str(FIXTURES), "-o", str(out), "--partition-size", "2") == 0
    before = files(out)
    capsys.readouterr()
    assert corpus(str(FIXTURES), "-o", str(out)) == 2
    assert capsys.readouterr().err.strip() == (
        f"error: {out}: exists; use --resume to complete it or --overwrite to replace it"
    )
    assert corpus(str(FIXTURES), "-o", str(out), "--partition-size", "3", "--resume") == 2
    assert "was started with different partition_size" in capsys.readouterr().err
    assert corpus(str(FIXTURES), "-o", str(out), "--partition-size", "2", "--overwrite") == 0
    assert files(out) == before
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", encoding="utf-8")
    assert corpus(str(FIXTURES), "-o", str(other), "--overwrite") == 2
    assert "not a corpus output folder" in capsys.readouterr().err
    assert (other / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_an_output_folder_of_another_format_or_without_run_file_is_not_resumed(tmp_path, capsys):
    out = tmp_path / "out"
    assert corpus(str(FIXTURES), "-o", str(out)) == 0
    complete = files(out)
    # As format 1 (before workers wrote their partitions) left it: both files say analysis-corpus/1.
    for name in ("_run.json", "manifest.json"):
        path = out / name
        path.write_text(path.read_text(encoding="utf-8").replace("analysis-corpus/2", "analysis-corpus/1"))
    capsys.readouterr()
    assert corpus(str(FIXTURES), "-o", str(out), "--resume") == 2
    assert capsys.readouterr().err.strip() == (
        f"error: {out}: written in format analysis-corpus/1 by another version of this command, which "
        "writes analysis-corpus/2; it cannot be resumed: use --overwrite to compute it again"
    )
    (out / "_run.json").write_text("[1, 2]\n", encoding="utf-8")
    assert corpus(str(FIXTURES), "-o", str(out), "--resume") == 2
    assert capsys.readouterr().err.strip() == (
        f"error: {out / '_run.json'}: unreadable (not a JSON object); use --overwrite"
    )
    (out / "_run.json").unlink()
    assert corpus(str(FIXTURES), "-o", str(out), "--resume") == 2
    assert capsys.readouterr().err.strip() == (
        f"error: {out}: has no _run.json, so what it was started with is unknown; "
        "use --overwrite to compute it again"
    )
    assert corpus(str(FIXTURES), "-o", str(out), "--overwrite") == 0
    assert files(out) == complete and manifest(out)["format"] == "analysis-corpus/2"


def test_an_interrupted_run_resumes_and_loses_nothing(tmp_path, capsys):
    out = tmp_path / "out"
    assert corpus(str(FIXTURES), "-o", str(out), "--partition-size", "2") == 0
    complete, complete_manifest = files(out), manifest(out)
    # As a run stopped after the first partition leaves it: later markers and tables missing or partial.
    for p in sorted(out.glob("_partitions/part-0000[12].json")):
        p.unlink()
    (out / "hedges" / "part-00002.parquet").unlink()
    (out / "manifest.json").unlink()
    capsys.readouterr()
    assert corpus(str(FIXTURES), "-o", str(out), "--partition-size", "2", "--resume") == 0
    assert "(2 computed, 1 kept from before)" in capsys.readouterr().err
    assert files(out) == complete and manifest(out) == complete_manifest


def test_the_manifest_says_where_the_cpu_time_went(tmp_path):
    """``timing.cpu_s``: each stage's CPU seconds over the partitions computed in this run, whichever
    process computed them; a resumed run that computes nothing spent none."""
    from analysis.corpus.runner import STAGES

    src = _fixture_corpus(tmp_path, 2)
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}"
        assert corpus(str(src), "-o", str(out), "--partition-size", "3", "--workers", workers) == 0
        cpu = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["timing"]["cpu_s"]
        assert tuple(cpu) == STAGES == (
            "parse", "tag_ahead", "readability", "judged_attributions", "attributions", "hedges",
            "hedge_voices", "judgements", "rows", "tables", "write",
        )  # fmt: skip
        assert all(isinstance(v, float) and v >= 0 for v in cpu.values())
        assert cpu["parse"] > 0 and cpu["judged_attributions"] > 0 and cpu["write"] > 0
    assert corpus(str(src), "-o", str(tmp_path / "w1"), "--partition-size", "3", "--resume") == 0
    cpu = json.loads((tmp_path / "w1" / "manifest.json").read_text(encoding="utf-8"))["timing"]["cpu_s"]
    assert cpu == dict.fromkeys(STAGES, 0.0)


def test_a_full_disk_stops_the_run_in_one_line_and_resume_completes_it(tmp_path, capsys, monkeypatch):
    import analysis.corpus.runner as runner

    clean = tmp_path / "clean"
    assert corpus(str(FIXTURES), "-o", str(clean), "--partition-size", "2") == 0
    real, calls = runner.write_partition, []

    def full_disk(out, index, tables, marker):
        calls.append(index)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(out, index, tables, marker)

    monkeypatch.setattr(runner, "write_partition", full_disk)
    out = tmp_path / "out"
    capsys.readouterr()
    assert corpus(str(FIXTURES), "-o", str(out), "--partition-size", "2") == 2
    assert capsys.readouterr().err.strip() == (
        f"error: {out}: cannot write (No space left on device); the completed partitions are kept: "
        "run again with --resume"
    )
    monkeypatch.setattr(runner, "write_partition", real)
    assert corpus(str(FIXTURES), "-o", str(out), "--partition-size", "2", "--resume") == 0
    assert "(2 computed, 1 kept from before)" in capsys.readouterr().err
    assert files(out) == files(clean) and manifest(out) == manifest(clean)


def test_binary_and_oversized_records_among_ten_thousand(tmp_path):
    lines = [
        json.dumps({"id": f"a{i:05d}", "text": f"The mayor said on day {i} that the bridge may open."})
        for i in range(10_000)
    ]
    lines[1234] = json.dumps({"id": "binary", "text": "\x00\x01\x02PNG\x00" * 50})
    lines[8765] = json.dumps({"id": "huge", "text": "word " * (6 * 1024 * 1024 // 5)})
    src = _jsonl(tmp_path / "big.jsonl", lines)
    out = tmp_path / "out"
    assert corpus(str(src), "-o", str(out), "--partition-size", "1000") == 0
    errors = table(out, "errors")
    assert errors[["seq", "message"]].values.tolist() == [
        [1234, f"{src}:1235: looks like binary data, not text"],
        [8765, f"{src}:8766: is 6.0 MB, over the 5 MB limit for one article (raise it with --max-mb)"],
    ]
    arts = table(out, "articles")
    assert len(arts) == 9_998 and arts["seq"].is_monotonic_increasing
    assert manifest(out)["counts"]["records"] == 10_000


def _same_tables(a: Path, b: Path) -> None:
    assert files(a) == files(b)
    assert manifest(a) == manifest(b)


def _fixture_corpus(tmp_path: Path, copies: int) -> Path:
    """``copies`` of each fixture article as one JSONL (distinct ids), for multi-partition runs."""
    articles, _ = load_articles(FIXTURES)
    lines = [json.dumps({"id": f"{a.id}-{n}", "text": a.text}) for n in range(copies) for a in articles]
    return _jsonl(tmp_path / "fixtures.jsonl", lines)


def test_one_worker_n_workers_and_dask_give_the_same_bytes(tmp_path):
    src = _fixture_corpus(tmp_path, 2)
    common = [str(src), "--partition-size", "3"]
    assert corpus(*common, "-o", str(tmp_path / "one")) == 0
    assert corpus(*common, "-o", str(tmp_path / "two"), "--workers", "2") == 0
    assert corpus(*common, "-o", str(tmp_path / "dask"), "--dask", "--workers", "2") == 0
    assert len(list((tmp_path / "one" / "_partitions").iterdir())) == 4
    _same_tables(tmp_path / "one", tmp_path / "two")
    _same_tables(tmp_path / "one", tmp_path / "dask")
    timing = json.loads((tmp_path / "dask" / "manifest.json").read_text(encoding="utf-8"))["timing"]
    assert timing["engine"] == "dask LocalCluster, 2 worker(s)"


def test_a_dask_scheduler_address_runs_the_same_partitions(tmp_path):
    from distributed import LocalCluster

    src = _fixture_corpus(tmp_path, 1)
    assert corpus(str(src), "-o", str(tmp_path / "one"), "--partition-size", "2") == 0
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        args = [str(src), "-o", str(tmp_path / "remote"), "--partition-size", "2"]
        assert corpus(*args, "--scheduler", cluster.scheduler_address) == 0
    _same_tables(tmp_path / "one", tmp_path / "remote")


def test_an_unreachable_scheduler_is_named_and_leaves_nothing(tmp_path, capsys, monkeypatch):
    import analysis.corpus.runner as corpus_run

    monkeypatch.setattr(corpus_run, "SCHEDULER_TIMEOUT", "1s")
    out = tmp_path / "out"
    assert corpus(str(FIXTURES), "-o", str(out), "--scheduler", "tcp://127.0.0.1:9") == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (") and "\n" not in err
    assert not out.exists()


def test_a_worker_killed_mid_run_loses_nothing(tmp_path):
    psutil = pytest.importorskip("psutil")
    src = _fixture_corpus(tmp_path, 12)
    assert corpus(str(src), "-o", str(tmp_path / "one"), "--partition-size", "2") == 0
    out = tmp_path / "two"
    cmd = [sys.executable, "-m", "analysis", "corpus", str(src), "-o", str(out), "--partition-size", "2",
           "--workers", "2", "--no-progress"]  # fmt: skip
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ})
    deadline = time.monotonic() + 120
    killed = False
    while time.monotonic() < deadline and proc.poll() is None and not killed:
        done = list((out / "_partitions").glob("*.json")) if out.exists() else []
        servers = [c for c in psutil.Process(proc.pid).children() if "forkserver" in " ".join(c.cmdline())]
        workers = [w for s in servers for w in s.children()]  # the pool's processes are forked by the server
        if done and workers:
            workers[0].kill()
            killed = True
        time.sleep(0.05)
    try:
        _, err = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:  # a hang must fail the test, not hold the suite
        _kill_tree(psutil, proc.pid)
        pytest.fail("the run did not finish within 300 s of a worker being killed")
    assert killed, "the run ended before a worker could be killed"
    assert proc.returncode == 0, err
    assert "a worker process died; restarting workers (1/3)" in err
    _same_tables(tmp_path / "one", out)


def test_ctrl_c_on_a_dask_run_ends_with_one_line_and_resume_completes_it(tmp_path):
    """Ctrl-C reaches the terminal's whole process group: the LocalCluster's workers too. They used to die
    mid-task and print some sixty lines of Dask tracebacks and warnings before the command's line."""
    import signal

    psutil = pytest.importorskip("psutil")
    src = _fixture_corpus(tmp_path, 40)
    assert corpus(str(src), "-o", str(tmp_path / "one"), "--partition-size", "2") == 0
    out = tmp_path / "dask"
    cmd = [sys.executable, "-m", "analysis", "corpus", str(src), "-o", str(out), "--partition-size", "2",
           "--dask", "--workers", "2", "--no-progress"]  # fmt: skip
    # As in a terminal, Ctrl-C has its default action in the command: a test run started in the background
    # of a shell without job control (as CI may start it) ignores SIGINT, and a child inherits that.
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    sent = False
    while time.monotonic() < deadline and proc.poll() is None and not sent:
        if out.exists() and any((out / "_partitions").glob("*.json")):
            os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C in a terminal: the whole process group
            sent = True
        time.sleep(0.05)
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        _kill_tree(psutil, proc.pid)
        pytest.fail("the run did not stop within 120 s of Ctrl-C")
    assert sent, "the run ended before it could be interrupted"
    assert proc.returncode == 130
    # The command's own line comes last. A LocalCluster worker caught in a heartbeat while the scheduler
    # closes can still log a line of its own before it; Dask's tracebacks of killed tasks no longer come.
    assert err.strip().splitlines()[-1] == (
        f"corpus: interrupted; the partitions written so far are kept in {out}: run the same command "
        "with --resume to complete it"
    )
    assert "KeyboardInterrupt" not in err
    kept = len(list((out / "_partitions").glob("*.json")))
    assert 0 < kept < 100
    args = [str(src), "-o", str(out), "--partition-size", "2", "--dask", "--workers", "2", "--resume"]
    assert corpus(*args) == 0
    _same_tables(tmp_path / "one", out)


def _kill_tree(psutil, pid: int) -> None:
    """Kill a process and everything it started (a hung run must not outlive its test)."""
    try:
        root = psutil.Process(pid)
        procs = [*root.children(recursive=True), root]
    except psutil.Error:
        return
    for p in procs:
        try:
            p.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(procs, timeout=10)


def _pool_workers(psutil) -> list:
    """This process's live local pool workers (the fork server's children)."""
    found = []
    for server in psutil.Process().children():
        try:
            if "forkserver" in " ".join(server.cmdline()):
                found += [w for w in server.children() if w.status() != psutil.STATUS_ZOMBIE]
        except psutil.Error:  # a process that ended while being looked at
            pass
    return found


def test_a_stuck_worker_stops_the_run_in_one_line_and_is_killed(tmp_path, capsys, monkeypatch):
    """Every wait for a worker has a limit: past it the run stops with a clear error (the completed
    partitions kept) instead of hanging, and the pool's processes are killed, not waited for. Here the
    limit is cut to 1 s and two long articles take longer than that."""
    psutil = pytest.importorskip("psutil")
    import analysis.corpus.runner as runner

    monkeypatch.setattr(runner, "STALL_FLOOR_S", 1.0)
    monkeypatch.setattr(runner, "STALL_CHARS_PER_S", 10**12)
    sentence = "The mayor said on Monday that the new bridge may open next spring, officials said. "
    lines = [json.dumps({"id": f"long-{n}", "text": sentence * 12_000}) for n in range(2)]
    src = _jsonl(tmp_path / "long.jsonl", lines)
    out = tmp_path / "out"
    started = time.monotonic()
    assert corpus(str(src), "-o", str(out), "--partition-size", "1", "--workers", "2") == 2
    assert capsys.readouterr().err == (
        "error: the run stopped (StalledError: no partition finished in 1 s: a worker is stuck or the "
        "machine is overloaded); the completed partitions are kept: run again with --resume\n"
    )
    deadline = time.monotonic() + 30
    while _pool_workers(psutil) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _pool_workers(psutil) == []
    assert time.monotonic() - started < 60, "the driver waited for the stuck workers"


def _send_half_a_result_and_die() -> None:
    """In a pool worker: what a worker killed while sending a large result leaves, half a message in the
    pool's result pipe (a header announcing 100 KB, then 4 KB), and then the worker is killed."""
    import signal
    import struct

    frame = sys._getframe(1)
    while frame is not None and "result_queue" not in frame.f_locals:
        frame = frame.f_back
    assert frame is not None
    os.write(frame.f_locals["result_queue"]._writer.fileno(), struct.pack("!i", 100_000) + b"x" * 4000)
    os.kill(os.getpid(), signal.SIGKILL)


def test_half_a_message_from_a_killed_worker_hangs_a_pool_until_it_is_killed():
    """Why workers send back only a small status (one write, under the pipe's atomic size) and why every
    wait has a limit: half a message left by a worker killed while sending makes the pool's manager thread
    wait for the rest for ever, and the dead worker is never noticed. Killing the pool
    (:func:`analysis.corpus.runner._kill_pool`, what the run does past its limit) ends the wait."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    from analysis.corpus.runner import _kill_pool

    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver"))
    fut = pool.submit(_send_half_a_result_and_die)
    done, _ = wait([fut], timeout=3)
    assert not done, "the pool noticed its dead worker: the hang this guards against is gone"
    _kill_pool(pool)
    done, _ = wait([fut], timeout=30)
    assert done and isinstance(fut.exception(), BrokenProcessPool)
    pool.shutdown(wait=True)


def test_a_worker_that_cannot_write_says_so_in_its_status(tmp_path):
    """A worker never raises back through the pool (a large traceback could be cut by a kill): an
    unwritable output is a small status, which the driver turns into the run's one-line OSError."""
    from analysis.corpus.runner import MARKERS, STAGES, TABLES, Task, _check, compute
    from analysis.record import Record

    for sub in (*TABLES, MARKERS):
        (tmp_path / sub).mkdir()
    gone = tmp_path / "gone"
    status = compute(Task(str(gone), 3, [(0, "a", Record("a", "The mayor said so.", "a"), "a", "", "")]))
    assert status["index"] == 3 and status["oserror"][0] == 2
    assert "No such file or directory" in status["oserror"][1]
    assert "rows" not in status and len(json.dumps(status)) < 1000
    done = compute(Task(str(tmp_path), 0, [(0, "a", Record("a", "The mayor said so.", "a"), "a", "", "")]))
    assert done["rows"]["articles"] == 1 and set(done["cpu_s"]) == set(STAGES)
    assert len(json.dumps(done)) < 1000  # under the pipe's atomic write size, stage timings included
    with pytest.raises(OSError, match="No such file or directory") as err:
        _check(status)
    assert err.value.errno == 2 and str(gone / "articles") in err.value.strerror


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="../shared/corpora/wikinews not found (a user's clone)")
def test_wikinews_sample_on_dask_equals_the_local_run(tmp_path):
    with (WIKINEWS / "wikinews_2019.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = [r for _, r in zip(range(24), reader, strict=False)]
    src = tmp_path / "sample.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    assert corpus(str(src), "-o", str(tmp_path / "one"), "--partition-size", "5") == 0
    assert (
        corpus(str(src), "-o", str(tmp_path / "dask"), "--partition-size", "5", "--dask", "--workers", "2")
        == 0
    )
    _same_tables(tmp_path / "one", tmp_path / "dask")
    assert len(table(tmp_path / "one", "articles")) == 24
    shutil.rmtree(tmp_path / "dask")


def test_the_worker_fork_server_loads_the_lexicons_and_models_once():
    """The pool's fork server imports analysis.corpus.warm: its sample article must reach the tagger, the
    hedging model and the pronouncing dictionary, so that no worker loads them again."""
    probe = (
        "import analysis.corpus.warm\n"
        "from analysis.attribution.tagger import load_tagger\n"
        "from analysis.hedging.classifier import model\n"
        "from analysis.readability.syllables import cmu_counts\n"
        "print([f.cache_info().currsize for f in (load_tagger, model, cmu_counts)])\n"
    )
    got = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert got.stdout.split() == ["[1,", "1,", "1]"]


def test_an_interrupted_run_says_that_resume_completes_it(tmp_path, monkeypatch, capsys):
    import analysis.corpus

    def interrupted(opts):  # Ctrl-C half way: the partitions written so far stay on disk
        raise KeyboardInterrupt

    monkeypatch.setattr(analysis.corpus, "run", interrupted)
    out = tmp_path / "out"
    assert main(["corpus", str(FIXTURES), "-o", str(out)]) == 130
    assert capsys.readouterr().err == (
        f"corpus: interrupted; the partitions written so far are kept in {out}: run the same command with "
        "--resume to complete it\n"
    )


def test_the_last_partitions_go_to_workers_in_pieces_that_join_to_the_same_tables(tmp_path):
    """With N workers the last 2N partitions are cut into up to 2N pieces each, so the workers finish
    together; the pieces' tables, written by the workers as Arrow files and joined by the driver, are the
    partition's tables as computed whole (same file bytes), and the piece files are gone."""
    from analysis.corpus import runner
    from analysis.corpus.runner import Task, analyse_partition, compute, join_pieces, work_units
    from analysis.record import Record

    articles, _ = load_articles(FIXTURES)
    payload = [(i, a.id, Record(a.id, a.text, a.id), a.id, "", "") for i, a in enumerate(articles)]
    assert len(payload) == 5
    sizes = (5, 5, 5, 4, 3, 1)
    parts = [(i, payload[:n]) for i, n in enumerate(sizes)]
    units = list(work_units(iter(parts), lookahead=4, pieces=4))
    assert [(u.index, u.piece, u.pieces, u.start, len(u.records)) for u in units] == [
        (0, 0, 1, 0, 5), (1, 0, 1, 0, 5),  # whole: 4 more partitions follow each
        (2, 0, 3, 0, 2), (2, 1, 3, 2, 2), (2, 2, 3, 4, 1),  # 5 records in 4 pieces of 2 are 3 pieces
        (3, 0, 4, 0, 1), (3, 1, 4, 1, 1), (3, 2, 4, 2, 1), (3, 3, 4, 3, 1),
        (4, 0, 3, 0, 1), (4, 1, 3, 1, 1), (4, 2, 3, 2, 1),
        (5, 0, 1, 0, 1),
    ]  # fmt: skip
    for index, records in parts:
        assert [r for u in units if u.index == index for r in u.records] == records

    def parquet(table) -> bytes:
        buf = io.BytesIO()
        pq.write_table(table, buf, compression="zstd", use_dictionary=True, write_statistics=True)
        return buf.getvalue()

    whole = analyse_partition(payload)
    cuts = [payload[:2], payload[2:3], payload[3:]]
    joined = join_pieces([analyse_partition(c) for c in cuts])
    assert all(len(whole[t]) for t in ("articles", "sentences", "attributions", "hedges"))
    assert {t: parquet(joined[t]) for t in TABLES} == {t: parquet(whole[t]) for t in TABLES}
    statuses = [compute(Task(str(tmp_path), 7, cut, piece=k, pieces=3)) for k, cut in enumerate(cuts)]
    assert [(s["index"], s["piece"], s["records"]) for s in statuses] == [(7, 0, 2), (7, 1, 1), (7, 2, 2)]
    assert len(list((tmp_path / "_pieces").iterdir())) == 3 * len(TABLES)
    written = runner.join_written(tmp_path, 7, 3)
    assert {t: parquet(written[t]) for t in TABLES} == {t: parquet(whole[t]) for t in TABLES}
    assert list((tmp_path / "_pieces").iterdir()) == []
    runner.write_piece(tmp_path, 8, 0, whole)  # a piece file is written under a temporary name, then renamed
    assert sorted(p.name for p in (tmp_path / "_pieces").iterdir()) == [
        f"part-00008-000-{t}.arrow" for t in sorted(TABLES)
    ]


def test_the_corpus_driver_and_workers_do_not_import_what_they_do_not_use():
    """The driver imports no pandas, textstat or nltk (half a second before it can start its workers), a
    worker no textstat or nltk unless --textstat asks; the packages' public names still all resolve."""
    probe = (
        "import sys\n"
        "import analysis.corpus.runner\n"
        "print(sorted(m for m in ('pandas', 'textstat', 'nltk') if m in sys.modules))\n"
        "import analysis.corpus.warm\n"
        "print(sorted(m for m in ('pandas', 'textstat', 'nltk') if m in sys.modules))\n"
        "import analysis, analysis.readability as r\n"
        "print(all(callable(getattr(p, n)) for p in (analysis, r) for n in p.__all__ if not n.isupper()))\n"
        "print(r.syllables('harbour'), r.textstat_counts.__module__, 'textstat' in sys.modules)\n"
    )
    got = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert got.stdout.splitlines() == [
        "[]",
        "['pandas']",
        "True",
        "2 analysis.readability.differences True",
    ]


def test_a_group_of_records_is_tagged_together_with_the_same_attributions_as_alone():
    """analyse_partition parses a group of records and tags their sentences in one pass (tag_together);
    each article's attributions are exactly those it gets alone, and the tagged sentences are consumed."""
    from analysis.attribution.extract import SENTENCE_CHUNK, tag_together

    alone = [find_attributions(a) for a in load_articles(FIXTURES)[0]]
    together, _ = load_articles(FIXTURES)
    long = load_articles(FIXTURES)[0][0]
    long.sentences = long.sentences * (SENTENCE_CHUNK // len(long.sentences) + 1)  # too many: left alone
    tag_together([*together, long])
    assert [sorted(a.derived) for a in together] == [["ahead:attribution:caption,heading,paragraph"]] * 5
    assert long.derived == {}
    assert [find_attributions(a) for a in together] == alone
    assert sum(len(x) for x in alone) > 10
    assert [sorted(k for k in a.derived if k.startswith("ahead:")) for a in together] == [[]] * 5


def test_a_partition_tags_each_sentence_once(monkeypatch):
    """The sentences tagged ahead for a group are the ones the first attribution run (the hedging judge's,
    over every prose part) reads, so the tagger runs once per group, not again per article."""
    from analysis.attribution.tagger import Tagger
    from analysis.corpus.runner import analyse_partition
    from analysis.record import Record

    payload = [
        (i, a.id, Record(a.id, a.text, f"x:{i}"), f"x:{i}", "", "")
        for i, a in enumerate(load_articles(FIXTURES)[0])
        if a.id != "199_adversarial_markup"  # quotations in its headline: the body is read again, rightly
    ]
    analyse_partition(payload)  # the lexicons and the model are loaded, and the tables to compare with
    expected = analyse_partition(payload)
    batches: list[int] = []
    tag_batch = Tagger.tag_batch

    def counted(self, seqs):
        batches.append(len(seqs))
        return tag_batch(self, seqs)

    monkeypatch.setattr(Tagger, "tag_batch", counted)
    tables = analyse_partition(payload)
    assert len(batches) == 1 and batches[0] > 20
    assert all(tables[t].equals(expected[t]) for t in TABLES)


def test_a_record_that_fails_to_parse_inside_a_group_is_its_own_error_row_in_order():
    from analysis.corpus.runner import analyse_partition
    from analysis.record import Record

    empty_page = "<html><body><script>1</script></body></html>"
    payload = [
        (0, "a", Record("a", "The mayor said the bridge may open.", "x:1"), "x:1", "", ""),
        (1, "b", Record("b", "", "x:2", {}, empty_page), "x:2", "", ""),
        (2, "c", Record("c", "Officials said it would cost more.", "x:3"), "x:3", "", ""),
        (3, "d", None, "x:4", "x:4: is not valid JSON (Expecting value, column 1)", ""),
    ]
    tables = analyse_partition(payload)
    assert tables["articles"].column("article").to_pylist() == ["a", "c"]
    assert tables["errors"].select(["seq", "article", "message"]).to_pylist() == [
        {"seq": 1, "article": "b", "message": "x:2: no article text was found in the HTML"},
        {"seq": 3, "article": "d", "message": "x:4: is not valid JSON (Expecting value, column 1)"},
    ]


def test_what_the_keep_model_set_aside_is_its_own_table_with_the_decision(tmp_path):
    # The attributions the keep model leaves out of the attributions table are not lost: the corpus keeps
    # them in "set_aside", same columns, each with its decision. On the fixtures session 19's weights (L2 3,
    # threshold 0.32, trained with dev22 added, and again once after all of the session's merges) set aside
    # three real reports, wrongly (findings of head teachers, and the refusal "Neither side would confirm
    # the details"; README, keep model), as session 18's first weights did; its final weights kept the
    # refusal. Session 20's first (dev23 added) set aside the same three; its last (retrained once after all
    # of its merges) also "The report, prepared by the engineering firm Larsen & Cole, found" (wrongly);
    # session 21's first (dev24 added) set aside the same four; its last (after its merges) keeps the report;
    # session 22's first (dev25 added, threshold 0.34) keeps "most head teachers say" (p=0.34); session 23's
    # first (dev26 added, threshold 0.35) sets aside the same three; session 24's first (dev27 added, 0.34)
    # also the refusal "the company declined to comment" (p 0.30), its last (0.33) the same three again.
    # The adversarial page's sourceless "said" over a fragment of broken markup ("Mayor Ann <"), set aside
    # in session 16, is kept (closing note of session 17).
    out = tmp_path / "out"
    assert corpus(str(FIXTURES), "-o", str(out)) == 0
    aside = table(out, "set_aside")
    assert aside[["article", "source", "cue", "keep_by"]].values.tolist() == [
        ["103_battery_plant", "Neither side", "confirm", "model keep p=0.20"],
        # recall26's estimate_at: "Some reports put the figure at more than $4 billion" (p=0.24 before the
        # keep model was retrained with the rule at session 22's end)
        ["103_battery_plant", "Some reports", "put", "model keep p=0.15"],
        ["104_school_phones", "71 percent of head teachers", "said", "model keep p=0.25"],
    ]
    atts = table(out, "attributions")
    # 67 since recall25 (session 21): the two requests for anonymity are refused attributions; 68 since
    # session 22's first weights keep "most head teachers say"; 69 with recall26's estimate_at ("a
    # consultant's report put the likely cost at roughly $48 million"); 67 with session 22's last tagger,
    # which drops "Emergency departments reported a sharp rise ..." and "The district is considering ...";
    # 69 with session 23's last tagger, which finds both again
    assert len(atts) == 69 and atts["keep_by"].str.startswith("model keep p=").all()
    assert list(atts.columns) == list(aside.columns)
