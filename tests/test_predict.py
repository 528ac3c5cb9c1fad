"""The machine interface: ``python -m analysis predict TASK`` as the predict contract says."""

from __future__ import annotations

import json
import os
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


def test_parse_listing_fits_the_terminal_with_the_text_left_aligned():
    # It used to pad every row to the longest part (a caption): 630-character lines, text right-aligned.
    res = subprocess.run(
        [sys.executable, "-m", "analysis", "parse", str(SEED)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "COLUMNS": "80"},
    )
    lines = res.stdout.splitlines()
    assert max(len(x) for x in lines[1:]) == 80
    assert lines[1:3] == [
        "kind        start  end words  text",
        "headline        0   90    12  NATO Secretary-General Encour…  [first line, read…",
    ]
    assert "footer       3262 3340    11  ⓒ 2024 TECHTIMES.com All rights…  [copyright line]" in lines


def test_batch_run_settles_loaded_lexicons_once(monkeypatch):
    import io

    from analysis import predict, runtime

    calls = []
    monkeypatch.setattr(predict, "settle", lambda **kw: calls.append(kw))
    lines = [json.dumps({"id": str(i), "text": "One sentence. Two."}) for i in range(3)]
    out = io.StringIO()
    assert predict.run("sentences", lines, out) == 0
    assert len(out.getvalue().splitlines()) == 3
    assert calls == [{"rarer_middle": True}]  # after the first record only, middle passes made rarer
    monkeypatch.setattr(runtime, "_settled", False)
    import gc

    saved = gc.get_threshold()
    runtime.settle(rarer_middle=True)
    gc.set_threshold(*saved)  # the other tests run with the thresholds they had
    assert gc.get_freeze_count() > 0


def predict_bytes(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "predict", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.parametrize("task", ["sentences", "article", "readability", "attribution", "hedging"])
def test_one_bad_record_never_stops_the_rest(task):
    lines = [
        json.dumps({"id": "s\ud800", "text": "He said \ud800 it was fine."}).encode(),  # a lone surrogate
        b'{"id": "latin1", "text": "caf\xe9 au lait."}',  # not UTF-8
        json.dumps({"id": "bin", "text": "\x00\x01\x02\x03\x04\x05\x06"}).encode(),
        json.dumps({"id": "nel", "text": "One.\u0085Two.\u2028Three."}, ensure_ascii=False).encode(),
        json.dumps({"id": "last", "text": "The last record is answered."}).encode(),
    ]
    res = predict_bytes(task, "-", stdin=b"\n".join(lines) + b"\n")
    assert res.returncode == 0, res.stderr
    out = [json.loads(line) for line in res.stdout.decode("utf-8").split("\n")[:-1]]
    assert [o["id"] for o in out] == ["s\ufffd", None, "bin", "nel", "last"]
    assert ["error" in o for o in out] == [False, True, True, False, False]
    assert out[1]["error"] == "<stdin>:2: not UTF-8 text (invalid continuation byte at byte 29 of the line)"
    assert out[2]["error"] == "<stdin>:3: looks like binary data, not text"
    err = res.stderr.decode()
    surrogate = "1 lone surrogate (half of a UTF-16 pair, not a character) replaced with U+FFFD"
    assert f"note: <stdin>:1: {surrogate}" in err
    assert "Traceback" not in err


def test_size_limit_and_the_option_to_raise_it(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "big", "text": "Word. " * 200_000}) + "\n", encoding="utf-8")  # 1.2 MB
    res = predict("sentences", str(inp), "--max-mb", "1")
    assert json.loads(res.stdout) == {
        "id": "big",
        "error": f'{inp}:1: "text" is 1.1 MB, over the 1 MB limit for one article',
    }
    res = predict("sentences", str(inp), "--max-mb", "2")
    assert len(json.loads(res.stdout)["sentences"]) == 200_000
    bad = predict("sentences", str(inp), "--max-mb", "none")
    assert bad.returncode == 2 and "'none' is not a number of megabytes" in bad.stderr


def test_progress_is_plain_lines_when_not_a_terminal(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps({"id": str(i), "text": "One."}) + "\n" for i in range(1000)), "utf-8")
    res = predict("sentences", str(inp), "-o", str(tmp_path / "out.jsonl"), "--progress")
    lines = res.stderr.splitlines()
    assert lines[0].startswith("predict sentences: 1,000 of 1,000 records, 0 errors, ")
    assert lines[-1] == "predict sentences: done, 1,000 records, 0 errors"
    assert "\r" not in res.stderr  # no bar redraws in a log


def test_a_nul_in_a_record_keeps_every_offset_on_the_input_text():
    # Removing the NUL shifted each later span by one: "sentences" gave [10, 69] on such a record, a span
    # that started on the input's space and ended one character early.
    text = 'Nul\x00 here. The bridge reopened on Monday, officials said. "We found rust," said Maria Lopez.'
    stdin = json.dumps({"id": "nul", "text": text}) + "\n"
    got = {}
    for task in ("sentences", "attribution", "hedging"):
        res = predict(task, "-", stdin=stdin)
        assert res.stderr == "note: <stdin>:1: 1 NUL character replaced with a space\n"
        got[task] = json.loads(res.stdout)
    assert [text[s:e] for s, e in got["sentences"]["sentences"]] == [
        "Nul\x00 here.",
        "The bridge reopened on Monday, officials said.",
        '"We found rust," said Maria Lopez.',
    ]
    assert [
        (text[slice(*a["cue"])], text[slice(*a["source"])], [text[slice(*c)] for c in a["content"]])
        for a in got["attribution"]["attributions"]
    ] == [
        ("said", "officials", ["The bridge reopened on Monday"]),
        ("said", "Maria Lopez", ['"We found rust,"']),
    ]
    # framed_source: ", officials said" is a weasel cue
    assert [text[c["start"] : c["end"]] for c in got["hedging"]["cues"]] == ["officials said"]


def test_a_binary_input_file_is_refused_in_one_line_not_one_error_per_line(tmp_path):
    inp = tmp_path / "archive.zip"
    inp.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 20)  # 21 "lines" of bytes
    res = predict("sentences", str(inp))
    assert res.returncode == 2 and res.stdout == ""
    why = "a NUL byte at byte 5: binary data, or text in UTF-16"
    assert res.stderr == f"error: {inp}: not JSON Lines ({why})\n"
    utf16 = predict_bytes("sentences", "-", stdin=json.dumps({"id": "a", "text": "One."}).encode("utf-16"))
    assert utf16.returncode == 2
    assert utf16.stderr.decode().startswith("error: <stdin>: not JSON Lines (a NUL byte at byte 3")


def test_an_article_or_csv_file_is_refused_in_one_line_saying_what_to_run(tmp_path):
    """New-user trial (session 8): ``predict attribution seeds/story.txt`` printed one "not valid JSON"
    line per line of the article and exited 0."""
    need = 'not JSON Lines: predict reads one {"id", "text"} object per line'
    res = predict("attribution", str(SEED))
    assert (res.returncode, res.stdout) == (2, "")
    assert res.stderr == (
        f"error: {SEED}: an article, {need}; run `make report SEEDS=folder` or "
        "`python -m analysis corpus FILE -o OUT/`\n"
    )
    page = tmp_path / "story.HTML"
    page.write_text(
        "<!DOCTYPE html>\n<html><body><p>Officials said so.</p></body></html>\n", encoding="utf-8"
    )
    assert predict("hedging", str(page)).stderr == (
        f"error: {page}: an article, {need}; run `make report SEEDS=folder` or "
        "`python -m analysis corpus FILE -o OUT/`\n"
    )
    table = tmp_path / "arts.csv"
    table.write_text('id,body\nn1,"Officials said so."\n', encoding="utf-8")
    res = predict("readability", str(table))
    assert res.returncode == 2
    assert res.stderr == (
        f"error: {table}: a CSV table, {need}; run "
        "`python -m analysis corpus FILE --text-column COLUMN -o OUT/`\n"
    )
    # JSON Lines kept in a .txt file are read as ever; a .jsonl with a bad first line keeps its line errors
    lines = tmp_path / "records.txt"
    lines.write_text("\ufeff" + json.dumps({"id": "a", "text": "One. Two."}) + "\n", encoding="utf-8")
    res = predict("sentences", str(lines))
    assert (res.returncode, res.stdout) == (0, '{"id": "a", "sentences": [[0, 4], [5, 9]]}\n')
    bad = tmp_path / "bad.jsonl"
    bad.write_text("Headline\n" + json.dumps({"id": "a", "text": "One."}) + "\n", encoding="utf-8")
    res = predict("sentences", str(bad))
    assert res.returncode == 0
    assert res.stdout.splitlines() == [
        f'{{"id": null, "error": "{bad}:1: not valid JSON (Expecting value, column 1)"}}',
        '{"id": "a", "sentences": [[0, 4]]}',
    ]


def test_a_nul_byte_in_a_later_line_is_that_records_error_only(tmp_path):
    inp = tmp_path / "in.jsonl"
    good = json.dumps({"id": "a", "text": "One."}).encode()
    inp.write_bytes(good + b"\n" + b'{"id": "b", "text": "T\x00wo."}\n' + good + b"\n")
    res = predict("sentences", str(inp))
    assert res.returncode == 0
    assert [json.loads(x).get("error") for x in res.stdout.splitlines()] == [
        None,
        f"{inp}:2: not valid JSON (Invalid control character, column 23)",
        None,
    ]


@pytest.mark.parametrize("task", ["attribution", "hedging"])
def test_records_are_tagged_a_group_at_a_time_with_the_answers_each_gets_alone(task, monkeypatch):
    """``predict attribution`` and ``predict hedging`` parse a group of records and tag their sentences in
    one tagger pass (tag_together): every line's answer is the one it gets alone, errors in place."""
    import io

    from analysis import predict
    from analysis.attribution.tagger import Tagger
    from analysis.loading import article_from_record, record_from_json

    texts = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
    good = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) for p in texts]
    lines = [good[0], "not json", json.dumps({"id": "h", "html": "<p>Hi.</p>"}), *good[1:], ""]
    records = [record_from_json(json.loads(g), "x", "") for g in good]
    alone = [{"id": r.id, **predict.task_output(task, article_from_record(r))} for r in records]
    batches: list[int] = []
    tag_batch = Tagger.tag_batch

    def counted(self, seqs):
        batches.append(len(seqs))
        return tag_batch(self, seqs)

    monkeypatch.setattr(Tagger, "tag_batch", counted)
    monkeypatch.setattr(predict, "GROUP_RECORDS", 4)  # two groups: 4 lines, then 4
    out = io.StringIO()
    assert predict.run(task, lines, out) == 3
    got = [json.loads(line) for line in out.getvalue().splitlines()]
    errors = ["", "<stdin>:2", "<stdin>:3", "", "", "", "", "<stdin>:8"]
    assert [g.get("error", "")[:9] for g in got] == errors
    assert [got[0], *got[3:7]] == alone
    assert len(batches) == 2 and all(batches)  # one tagger pass per group, each article read ahead


def test_groups_of_lines_hold_at_most_the_records_and_characters_allowed():
    from analysis.predict import line_chars
    from analysis.runtime import GROUP_CHARS, in_groups

    bad = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
    lines = [(1, "a" * 10), (2, "b"), (3, bad), (4, "c"), (5, "d")]
    assert [line_chars(x) for x in lines] == [10, 1, 0, 1, 1]
    assert [[n for n, _ in g] for g in in_groups(lines, line_chars, 2)] == [[1, 2], [3, 4], [5]]
    big = [(1, "x"), (2, "y" * GROUP_CHARS), (3, "z")]
    assert [[n for n, _ in g] for g in in_groups(big, line_chars, 100)] == [[1], [2], [3]]
