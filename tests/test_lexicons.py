"""Every data file says where it came from."""

from __future__ import annotations

from importlib import resources

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
