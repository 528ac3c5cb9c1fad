"""The machine interface: ``python -m analysis predict TASK`` as the predict contract says."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT, SEED


def predict(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "predict", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_one_line_per_input_line_errors_included():
    lines = [
        json.dumps({"id": "a", "text": "One sentence here. Another one."}),
        "not json",
        "",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": 7, "text": "Third."}),
    ]
    res = predict("sentences", "-", stdin="\n".join(lines) + "\n")
    assert res.returncode == 0, res.stderr
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert out == [
        {"id": "a", "sentences": [[0, 18], [19, 31]]},
        {"id": None, "error": "<stdin>:2: not valid JSON (Expecting value, column 1)"},
        {"id": None, "error": "<stdin>:3: empty line"},
        {"id": "c", "error": "<stdin>:4: is empty"},
        {"id": 7, "sentences": [[0, 6]]},
    ]


def test_article_task_on_the_seed(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "seed", "text": text}) + "\n", encoding="utf-8")
    res = predict("article", str(inp), "-o", str(tmp_path / "out.jsonl"))
    assert res.returncode == 0, res.stderr
    out = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert out["id"] == "seed"
    assert out["title"].startswith("NATO Secretary-General")
    assert [p["kind"] for p in out["parts"]].count("caption") == 1
    assert out["body"].startswith("Jens Stoltenberg") and "Getty" not in out["body"]
    for p in out["parts"]:
        span = text[p["start"] : p["end"]]
        assert span == span.strip() and span


def test_article_task_html_input_returns_text():
    html = (
        "<html><head><title>Budget Approved</title></head><body><article><h1>Budget Approved</h1><p>"
        + "The council met on Tuesday to approve the annual budget for the city. " * 3
        + "</p></article></body></html>"
    )
    res = predict("article", "-", stdin=json.dumps({"id": "h", "html": html}) + "\n")
    out = json.loads(res.stdout)
    assert out["title"] == "Budget Approved"
    assert out["text"].startswith("Budget Approved\n\nThe council met")
    assert out["parts"][0] == {"kind": "headline", "start": 0, "end": 15}


def test_output_is_deterministic(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text(
        json.dumps({"id": "seed", "text": SEED.read_text(encoding="utf-8")}) + "\n", encoding="utf-8"
    )
    assert predict("sentences", str(inp)).stdout == predict("sentences", str(inp)).stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nosuchtask",), "error: unknown task 'nosuchtask'"),
        (("sentences", "/nonexistent/in.jsonl"), "error: /nonexistent/in.jsonl: cannot be read"),
    ],
)
def test_unusable_arguments_exit_2_with_one_line(args, message):
    res = predict(*args)
    assert res.returncode == 2
    assert res.stderr.startswith(message)
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_parse_command_lists_parts():
    res = subprocess.run(
        [sys.executable, "-m", "analysis", "parse", str(SEED)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert res.returncode == 0
    assert "standfirst" in res.stdout and "copyright line" in res.stdout


def test_batch_run_settles_loaded_lexicons_once(monkeypatch):
    import io

    from analysis import predict, runtime

    calls = []
    monkeypatch.setattr(predict, "settle", lambda: calls.append(1))
    lines = [json.dumps({"id": str(i), "text": "One sentence. Two."}) for i in range(3)]
    out = io.StringIO()
    assert predict.run("sentences", lines, out) == 0
    assert len(out.getvalue().splitlines()) == 3
    assert calls == [1]  # after the first record only
    monkeypatch.setattr(runtime, "_settled", False)
    runtime.settle()
    import gc

    assert gc.get_freeze_count() > 0
