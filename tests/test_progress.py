"""Progress on long runs: a tqdm bar in a terminal, plain lines in logs and CI (issue 11)."""

from __future__ import annotations

import io

import pytest

from analysis.progress import Progress, choose_mode


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("requested", "tty", "ci", "mode"),
    [
        (True, True, None, "bar"),
        (True, True, "true", "lines"),  # CI logs get plain lines even on a pseudo-terminal
        (True, False, None, "lines"),
        (False, True, None, "off"),
        ("lines", True, None, "lines"),
        ("bar", False, None, "bar"),
    ],
)
def test_mode_follows_the_stream_and_ci(monkeypatch, requested, tty, ci, mode):
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    assert choose_mode(requested, Terminal() if tty else io.StringIO()) == mode


def test_plain_lines_every_n_items_and_messages_in_between():
    out = io.StringIO()
    with Progress("predict hedging", total=5, unit="record", mode="lines", stream=out, every=2) as p:
        for n in range(5):
            p.update(errors=n // 3)
            if n == 2:
                p.write("note: something")
    lines = out.getvalue().splitlines()
    assert [line.split(", ")[:2] for line in lines if not line.startswith("note")] == [
        ["predict hedging: 2 of 5 records", "0 errors"],
        ["predict hedging: 4 of 5 records", "1 errors"],
    ]
    assert lines[1] == "note: something"
    assert "\r" not in out.getvalue()


def test_a_bar_in_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    out = Terminal()
    with Progress("article reports", total=3, unit="report", stream=out) as p:
        for _ in range(3):
            p.update(errors=0)
        p.write("executing x … 1.0 s")
    text = out.getvalue()
    assert "\r" in text and "article reports: 100%" in text and "3/3" in text
    assert "executing x … 1.0 s\n" in text
