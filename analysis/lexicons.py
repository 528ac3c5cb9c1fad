"""Word lists and patterns live in data files, not in code.

Every file under ``analysis/data/`` starts with a header of ``#`` lines that says what the list is for and
where it came from (a ``Source:`` line is required, and tests check it). Entries follow, one per line;
blank lines are ignored; a tab separates columns in ``.tsv`` files. Files are read once and cached.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

_Classes = TypeVar("_Classes")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A data file: its provenance header and its entries, in file order."""

    name: str
    header: str
    entries: tuple[str, ...]

    def rows(self) -> list[list[str]]:
        """Entries split on tabs (for ``.tsv`` files)."""
        return [e.split("\t") for e in self.entries]

    def lowered(self) -> frozenset[str]:
        return frozenset(e.lower() for e in self.entries)


#: The package's data folder, found from this file rather than by the name "analysis": a user who runs
#: ``analysis/.venv/bin/python -m analysis`` from the folder above a clone named ``analysis`` (git's default)
#: imports that folder as a namespace package of the same name, where ``importlib.resources`` finds no data.
DATA_DIR = Path(__file__).resolve().parent / "data"


def data_path(name: str) -> Path:
    """The packaged path of data file ``name`` (relative to ``analysis/data``)."""
    return DATA_DIR.joinpath(*name.split("/"))


@cache
def load(name: str) -> Lexicon:
    """Load ``analysis/data/<name>``; raise ``ValueError`` if it lacks a provenance header."""
    raw = data_path(name).read_text(encoding="utf-8")
    header: list[str] = []
    entries: list[str] = []
    for line in raw.splitlines():
        if not entries and line.startswith("#"):
            header.append(line[1:].strip())
        elif line.strip() and not line.startswith("#"):
            entries.append(line.rstrip("\n\r"))
    if not any(h.lower().startswith("source:") for h in header):
        raise ValueError(f"data file {name!r} has no 'Source:' line in its header")
    return Lexicon(name=name, header="\n".join(header), entries=tuple(entries))


def words(name: str) -> frozenset[str]:
    """The entries of a one-column list, lower-cased, as a set."""
    return load(name).lowered()


def word_classes(name: str, cls: type[_Classes]) -> _Classes:
    """The rows ``class<TAB>word`` of data file ``name`` as dataclass ``cls``: each field of ``cls`` the set
    of words of the class of its name (the shape word files read this way, e.g. ``withheld.tsv``)."""
    rows = load(name).rows()
    sets: dict[str, Any] = {f.name: frozenset(r[1] for r in rows if r[0] == f.name) for f in fields(cls)}
    return cls(**sets)
