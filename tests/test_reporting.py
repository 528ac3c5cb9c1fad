"""Tests of analysis.reporting: stripping, HTML post-processing, and deterministic execution."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest
from nbformat import v4

from analysis import reporting


def _executed_notebook() -> nbformat.NotebookNode:
    nb = v4.new_notebook()
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    nb.metadata["papermill"] = {"start_time": "2026-01-01T00:00:00"}
    cell = v4.new_code_cell("print(object())", execution_count=1)
    cell.metadata["execution"] = {
        "iopub.execute_input": "2026-01-01T00:00:00.000001Z",
        "shell.execute_reply": "2026-01-01T00:00:00.100000Z",
    }
    cell.metadata["ExecuteTime"] = {"end_time": "2026-01-01T00:00:01"}
    cell.metadata["tags"] = ["keep-me"]
    cell.outputs = [
        v4.new_output("stream", name="stdout", text="<object object at 0x7f3a2c1b4d90>\n"),
        v4.new_output(
            "display_data",
            data={
                "text/plain": "IntSlider(value=1)",
                "application/vnd.jupyter.widget-view+json": {"model_id": "4f1c", "version_major": 2},
            },
        ),
        v4.new_output(
            "display_data", data={"application/vnd.jupyter.widget-view+json": {"model_id": "9a0b"}}
        ),
        v4.new_output("execute_result", data={"text/plain": "'/home/ci/clone/seeds'"}, execution_count=1),
    ]
    nb.cells = [v4.new_markdown_cell("# Title"), cell]
    return nb


def test_strip_removes_volatile_metadata_and_keeps_the_rest():
    nb = reporting.strip_notebook(_executed_notebook(), root=Path("/home/ci/clone"))
    cell = nb.cells[1]

    assert "execution" not in cell.metadata
    assert "ExecuteTime" not in cell.metadata
    assert cell.metadata["tags"] == ["keep-me"]
    assert cell.execution_count == 1
    assert "widgets" not in nb.metadata and "papermill" not in nb.metadata

    # the widget-only output is gone, the widget view of the mixed one too
    assert [o.output_type for o in cell.outputs] == ["stream", "display_data", "execute_result"]
    assert cell.outputs[1].data == {"text/plain": "IntSlider(value=1)"}
    assert cell.outputs[0].text == "<object object at 0x…>\n"
    assert cell.outputs[2].data["text/plain"] == "'<repo>/seeds'"


def test_strip_is_idempotent_and_serialisation_is_stable():
    once = reporting.dumps_notebook(reporting.strip_notebook(_executed_notebook(), root=Path("/x")))
    twice = reporting.dumps_notebook(reporting.strip_notebook(nbformat.reads(once, as_version=4)))
    assert once == twice
    assert once.endswith("}\n") and not once.endswith("\n\n")
    assert once.startswith('{\n "cells": [\n  {\n')  # indent=1, like JupyterLab


def test_read_notebook_gives_missing_cell_ids_deterministic_values(tmp_path):
    raw = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": "# A"},
            {
                "cell_type": "code",
                "id": "cell-1",
                "metadata": {},
                "source": "1",
                "outputs": [],
                "execution_count": None,
            },
            {"cell_type": "code", "metadata": {}, "source": "2", "outputs": [], "execution_count": None},
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = tmp_path / "a.ipynb"
    path.write_text(json.dumps(raw), encoding="utf-8")
    ids = [[c.id for c in reporting.read_notebook(path).cells] for _ in range(2)]
    assert ids[0] == ids[1] == ["cell-0", "cell-1", "cell-2"]


def test_postprocess_html_removes_remote_scripts_links_and_imports():
    html = """<!DOCTYPE html>
<html><head>
<script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js"></script>
<script src="//cdn.example.org/mathjax.js?config=TeX"> </script>
<script src=""></script>
<script type="text/javascript">var local = 1;</script>
<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">
<link rel="icon" href="data:,">
<style>@import url("https://fonts.example.org/a.css");
body { color: black; }   </style>
</head><body><a href="https://example.org/source">a source link stays</a></body></html>"""
    out = reporting.postprocess_html(html)

    assert "cdnjs" not in out and "cdn.example.org" not in out
    assert "googleapis" not in out and "fonts.example.org" not in out
    assert '<script src=""' not in out
    assert "var local = 1;" in out
    assert 'href="data:,"' in out
    assert 'href="https://example.org/source"' in out  # hyperlinks are not resources
    assert reporting.remote_references(out) == []
    assert out.endswith("</html>\n")
    assert all(line == line.rstrip() for line in out.splitlines())


def test_remote_references_finds_what_would_be_fetched():
    html = '<img src="https://x.org/a.png"><link href="//x.org/a.css"><div style="background: url(http://x.org/b)">'
    assert len(reporting.remote_references(html)) == 3
    assert reporting.remote_references('<img src="data:image/png;base64,AAAA"><a href="https://x.org">') == []


@pytest.mark.parametrize(
    ("source", "title"),
    [
        ("Intro text\n\n## The *real* `title` ##\n", "The real title"),
        ("Readability of [news](https://example.org)\n===\n", "Readability of news"),
        ("no heading here", "fallback"),
    ],
)
def test_notebook_title_is_first_markdown_heading(source, title):
    nb = v4.new_notebook(cells=[v4.new_code_cell("# not a heading"), v4.new_markdown_cell(source)])
    assert reporting.notebook_title(nb, "fallback") == title


def test_export_html_has_title_no_code_and_no_remote_resources(tmp_path):
    paths = reporting.Paths.for_root(tmp_path)
    nb = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# Hedging in *news*\n\nMaths $x^2$ stays as text."),
            v4.new_code_cell(
                "secret_code_marker = 2",
                execution_count=1,
                outputs=[v4.new_output("execute_result", data={"text/plain": "42"}, execution_count=1)],
            ),
        ]
    )
    html = reporting.export_html(nb, "01-hedging", paths)

    assert "<title>Hedging in news</title>" in html
    assert "secret_code_marker" not in html
    assert "42" in html
    assert "<script" not in html
    assert reporting.remote_references(html) == []
    assert html == reporting.export_html(nb, "01-hedging", paths)


def _project(tmp_path: Path) -> reporting.Paths:
    (tmp_path / "notebooks").mkdir(parents=True)
    (tmp_path / "seeds").mkdir()
    nb = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# Throwaway"),
            v4.new_code_cell("print(1 + 1)"),
            v4.new_code_cell(
                "import os\nos.environ['ANALYSIS_SEEDS'], os.environ['PYTHONHASHSEED'], object()"
            ),
        ]
    )
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    nbformat.write(nb, tmp_path / "notebooks" / "01-throwaway.ipynb")
    return reporting.Paths.for_root(tmp_path)


def test_build_report_is_byte_identical_across_runs_and_checkouts(tmp_path, capsys):
    paths = _project(tmp_path / "a")
    notebook = paths.notebooks / "01-throwaway.ipynb"
    report = paths.reports / "01-throwaway.html"

    assert reporting.build_report(notebook, paths) == (True, True)
    first_nb, first_html = notebook.read_bytes(), report.read_bytes()
    assert reporting.build_report(notebook, paths) == (False, False)
    assert notebook.read_bytes() == first_nb and report.read_bytes() == first_html

    executed = nbformat.reads(first_nb.decode(), as_version=4)
    assert executed.cells[1].outputs[0].text == "2\n"
    assert [c.get("execution_count") for c in executed.cells] == [None, 1, 2]
    assert all("execution" not in c.metadata for c in executed.cells)
    result = executed.cells[2].outputs[0].data["text/plain"]
    assert result == "('<repo>/seeds',\n '0',\n <object at 0x…>)"

    # the same project in another folder (a fresh clone) produces the same bytes
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    other = reporting.Paths.for_root(tmp_path / "b")
    assert reporting.build_report(other.notebooks / "01-throwaway.ipynb", other) == (False, False)

    err = capsys.readouterr().err
    assert "executing notebooks/01-throwaway.ipynb …" in err


def test_failing_cell_is_reported_on_one_line_and_notebook_left_alone(tmp_path, capsys):
    paths = _project(tmp_path)
    notebook = paths.notebooks / "02-broken.ipynb"
    nbformat.write(v4.new_notebook(cells=[v4.new_code_cell("x = 1"), v4.new_code_cell("1 / 0")]), notebook)
    before = notebook.read_bytes()

    assert reporting.main(["--root", str(tmp_path)]) == 1
    assert notebook.read_bytes() == before
    assert not (paths.reports / "02-broken.html").exists()
    assert (paths.reports / "01-throwaway.html").exists()  # the other notebook still ran

    err = capsys.readouterr().err
    assert (
        "error: notebooks/02-broken.ipynb: cell 2 ('1 / 0') failed: ZeroDivisionError: division by zero"
        in err
    )
    assert "Traceback" not in err


# --------------------------------------------------------------------------- issue 11: safe names, failures

HOSTILE_IDS = [
    "../ESCAPED",
    "../../etc/passwd",
    "/abs/path",
    "sub/dir",
    "back\\slash",
    "..",
    ".",
    "",
    ".hidden",
    "a\x00b",
    "tab\there\nnewline",
    "CON",
    "nul.txt",
    "x" * 300,
    "trailing. ",
    "Dup",
    "dup",
    "DUP",
    "index",
    "manifest",
    "01-article",
    "é",  # NFC
    "e\u0301",  # the same letter, NFD
    "\ufffd",
    "<script>",
    "%2e%2e%2fx",
    "~user",
    "C:\\Windows",
]


def test_report_names_are_plain_unique_files_inside_reports(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    reserved = {"index.html", "manifest.json", "01-article.html"}
    names, messages = reporting.report_names(HOSTILE_IDS, reserved)
    assert set(names) == set(HOSTILE_IDS)
    folded = [n.casefold() for n in names.values()]
    assert len(set(folded)) == len(HOSTILE_IDS)  # unique even on a case-insensitive file system
    assert not set(folded) & reserved
    for name in names.values():
        assert name.endswith(".html") and not name.startswith(".")
        assert len(name) <= reporting.MAX_NAME + len(".html")
        assert not any(c in name for c in "/\\:\x00\t\n<>%~ ")
        assert reporting.inside(reports, name).resolve().parent == reports.resolve()
    assert names["../ESCAPED"] == "_ESCAPED.html"
    assert names["sub/dir"] == "sub_dir.html"
    assert [names[i] for i in ("..", ".", "")] == ["article.html", "article-2.html", "article-3.html"]
    assert names["CON"] == "_CON.html" and names["nul.txt"] == "_nul.txt.html"
    assert (names["Dup"], names["dup"], names["DUP"]) == ("Dup.html", "dup-2.html", "DUP-3.html")
    assert names["index"] == "index-2.html" and names["01-article"] == "01-article-2.html"
    assert names["é"] == "é.html" and names["e\u0301"] == "é-2.html"
    assert len(names["x" * 300]) == reporting.MAX_NAME + len(".html")
    assert (
        "article 'dup': reports/dup.html is taken (by another article or a notebook's report, "
        "ignoring case); its report is reports/dup-2.html"
    ) in messages
    assert reporting.report_names(HOSTILE_IDS, reserved) == (names, messages)  # deterministic


@pytest.mark.parametrize("name", ["../x.html", "a/b.html", "..", "", "/etc/x.html"])
def test_inside_refuses_any_name_that_leaves_the_folder(tmp_path, name):
    with pytest.raises(reporting.ReportError, match="not a plain file name inside"):
        reporting.inside(tmp_path, name)


def test_run_summary_counts_notebooks_and_articles_apart():
    run = reporting.RunSummary(notebooks=5, articles=19)
    assert run.line() == "done: 5 notebooks and 19 article reports"
    run.failed_notebooks.append("notebooks/03-sources.ipynb: ...")
    run.failed_articles += ["a", "b"]
    assert run.line() == "1 of 5 notebooks failed; 2 of 19 article reports failed"
    assert reporting.RunSummary(notebooks=1, failed_notebooks=["x"]).line() == "1 of 1 notebook failed"


def _template(tmp_path: Path) -> reporting.Paths:
    """A per-article template that fails for one article and hangs for another."""
    paths = reporting.Paths.for_root(tmp_path, tmp_path / "seeds")
    paths.notebooks.mkdir(parents=True)
    paths.seeds.mkdir()
    params = v4.new_code_cell('ARTICLE = ""')
    params.metadata["tags"] = ["parameters"]
    nb = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# Article"),
            params,
            v4.new_code_cell("import time\nif ARTICLE == 'slow':\n    time.sleep(120)"),
            v4.new_code_cell("if ARTICLE == 'bad':\n    raise ValueError('no body paragraphs')\nARTICLE"),
        ],
        metadata={"analysis": {"per_article": True}},
    )
    nbformat.write(nb, paths.notebooks / "article-report.ipynb")
    for name in ("bad", "good", "slow"):
        (paths.seeds / f"{name}.txt").write_text(f"Headline {name}\n\nThe {name} article said so.\n", "utf-8")
    return paths


def test_a_failing_article_is_named_marked_and_the_others_still_reported(tmp_path):
    import io

    paths = _template(tmp_path)
    paths.reports.mkdir()
    (paths.reports / "bad.html").write_text("an old report of 'bad' that must not look current")
    log = io.StringIO()
    template = paths.notebooks / "article-report.ipynb"
    run = reporting.build_article_reports(template, paths, log=log, timeout=15)
    assert run.articles == 3
    assert run.failures == [
        "notebooks/article-report.ipynb [article 'bad' from seeds/bad.txt]: cell 4 "
        "(\"if ARTICLE == 'bad':\") failed: ValueError: no body paragraphs",
        "notebooks/article-report.ipynb [article 'slow' from seeds/slow.txt]: stopped after 15 s in cell 3 "
        "(\"if ARTICLE == 'slow':\"): over the notebook's time limit",  # named past its imports
    ]
    assert "good" in (paths.reports / "good.html").read_text()
    stale = (paths.reports / "bad.html").read_text()
    assert "could not be made on the last run" in stale and "no body paragraphs" in stale
    assert "could not be made" in (paths.reports / "slow.html").read_text()
    index = (paths.reports / "index.html").read_text()
    assert all(f'href="{n}.html"' in index for n in ("bad", "good", "slow"))
    assert "Traceback" not in log.getvalue() and "ZMQ" not in log.getvalue()


def test_the_templates_own_run_failing_still_leaves_every_article_its_report(tmp_path, monkeypatch, capsys):
    # The template also runs in place on its default article; when that run failed (a cell raised, or a
    # huge first article ran past the time limit), `make report` used to stop there: no article report and
    # no index for the good articles beside it.
    paths = reporting.Paths.for_root(tmp_path, tmp_path / "seeds")
    paths.notebooks.mkdir(parents=True)
    paths.seeds.mkdir()
    params = v4.new_code_cell('ARTICLE = ""')
    params.metadata["tags"] = ["parameters"]
    nb = v4.new_notebook(
        cells=[params, v4.new_code_cell("if not ARTICLE:\n    raise ValueError('no default article')")],
        metadata={"analysis": {"per_article": True}},
    )
    nbformat.write(nb, paths.notebooks / "article-report.ipynb")
    for name in ("one", "two"):
        (paths.seeds / f"{name}.txt").write_text(f"Headline {name}\n\nThe {name} article said so.\n", "utf-8")
    monkeypatch.setenv("ANALYSIS_SEEDS", str(paths.seeds))
    assert reporting.main(["--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert (
        "error: notebooks/article-report.ipynb: cell 2 ('if not ARTICLE:') failed: ValueError: no default "
        "article" in err
    )
    for name in ("one", "two"):
        assert name in (paths.reports / f"{name}.html").read_text()
    index = (paths.reports / "index.html").read_text()
    assert 'href="one.html"' in index and 'href="two.html"' in index
    assert err.splitlines()[-1] == "1 of 1 notebook failed; 0 of 2 article reports failed"
