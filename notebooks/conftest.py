"""nbval: a notebook whose inputs are absent here (the corpus notebook without corpus tables) is skipped.

The rule is :func:`analysis.reporting.skip_reason`'s, so ``make test`` skips exactly what ``make report``
keeps as committed, with the same one-line message.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_collection_modifyitems(config, items):
    from analysis.reporting import read_notebook, skip_reason

    reasons: dict[Path, str | None] = {}
    for item in items:
        path = Path(str(item.fspath))
        if path.suffix != ".ipynb":
            continue
        if path not in reasons:
            reasons[path] = skip_reason(read_notebook(path))
        if reasons[path]:
            item.add_marker(pytest.mark.skip(reason=reasons[path]))


_SKIPPED: dict[str, str] = {}


def pytest_collection_finish(session):
    for item in session.items:
        for mark in item.iter_markers("skip"):
            _SKIPPED.setdefault(Path(str(item.fspath)).name, mark.kwargs.get("reason", ""))


def pytest_terminal_summary(terminalreporter):
    for name, reason in sorted(_SKIPPED.items()):
        terminalreporter.write_line(f"skipped {name}: {reason}")
