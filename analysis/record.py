"""The raw input of one article, before parsing: what every loader produces and every command consumes.

It lives apart from :mod:`analysis.loading` (files and encodings) so that the pipeline, the predict tasks
and the corpus run can name it without importing the file readers: analyzers never touch files.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field


def unique_id(rid: str, taken: Container[str]) -> str:
    """``rid``, or ``rid-2``, ``rid-3``, ... (the first not in ``taken``) when ``rid`` is already taken.

    The one naming of duplicate ids: the file loader (``make report``, ``parse``) and the corpus run both
    use it, so the second ``dup`` is ``dup-2`` in its report's file name, the index and the corpus tables'
    ``article`` column alike, and a report finds its article's row in the tables by that name.
    """
    if rid not in taken:
        return rid
    n = 2
    while f"{rid}-{n}" in taken:
        n += 1
    return f"{rid}-{n}"


@dataclass(frozen=True, slots=True)
class Record:
    """One article's raw input: its id, text (or HTML), where it came from and the metadata given with it.

    ``where`` names the input for messages ("corpus.jsonl:12", "seeds/a.txt"); ``meta`` holds the fields
    given with the text (title, url, published, publisher, outlet ...), all as strings.
    """

    id: str
    text: str
    where: str
    meta: dict[str, str] = field(default_factory=dict)
    html: str | None = None
    #: What loading changed in the input (lone surrogates replaced, NULs removed, a duplicate id renamed:
    #: :func:`analysis.loading.normalise`), one phrase each, for the user to see.
    notes: tuple[str, ...] = ()
