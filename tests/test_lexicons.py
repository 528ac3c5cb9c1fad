"""Every data file says where it came from."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from analysis import lexicons


def _data_files() -> list[str]:
    root = resources.files("analysis").joinpath("data")
    out = []

    def walk(node, prefix: str) -> None:
        for child in node.iterdir():
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith((".txt", ".tsv")):
                out.append(f"{prefix}{child.name}")

    walk(root, "")
    return sorted(out)


@pytest.mark.parametrize("name", _data_files())
def test_every_data_file_has_a_source_header(name):
    lex = lexicons.load(name)
    assert "Source:" in lex.header
    assert lex.entries, f"{name} has no entries"


def test_missing_header_is_refused(tmp_path, monkeypatch):
    (tmp_path / "x.txt").write_text("no header\n", encoding="utf-8")
    monkeypatch.setattr(lexicons, "data_path", lambda name: tmp_path / name)
    lexicons.load.cache_clear()
    try:
        with pytest.raises(ValueError, match="no 'Source:' line"):
            lexicons.load("x.txt")
    finally:
        lexicons.load.cache_clear()


def test_the_data_files_are_found_when_a_clone_named_analysis_shadows_the_package(tmp_path):
    # git clones into a folder named "analysis": run from the folder above it, Python imports that folder as a
    # namespace package of the same name, and importlib.resources found no data there (session 17's new-user
    # trial: a 40-line FileNotFoundError traceback from `analysis/.venv/bin/python -m analysis predict`)
    root = Path(lexicons.__file__).resolve().parents[1]
    (tmp_path / "analysis").symlink_to(root, target_is_directory=True)
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "The mayor said the bridge may close."}\n')
    run = subprocess.run(
        [sys.executable, "-m", "analysis", "predict", "hedging", "in.jsonl"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert (run.returncode, run.stderr) == (0, "")
    assert json.loads(run.stdout)["uncertain"] is True
    expected = root / "analysis/data/attribution/rule_words.tsv"
    assert lexicons.data_path("attribution/rule_words.tsv") == expected


def test_word_classes_reads_class_word_rows_into_a_dataclass_and_ignores_other_classes():
    from dataclasses import dataclass

    from analysis.attribution.anonymity import AnonymityWords, anonymity_words

    @dataclass(frozen=True)
    class LeadOnly:
        lead: frozenset[str]

    assert lexicons.word_classes("attribution/anonymity_requests.tsv", LeadOnly) == LeadOnly(
        frozenset({"also", "both"})
    )
    got = anonymity_words()
    assert isinstance(got, AnonymityWords) and got.lead == frozenset({"also", "both"})
    assert (len(got.ask), len(got.decline), len(got.name)) == (7, 4, 3)
