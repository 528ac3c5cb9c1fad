"""The one exception type users see: it names the input and the problem, in one line."""

from __future__ import annotations


class InputError(ValueError):
    """An input that cannot be analysed; ``str(err)`` is ``"<where>: <problem>"``.

    ``record_id`` is the refused record's own id when it could be read (a JSON line that parsed but whose
    text is refused), so that a table of refusals can name the record as its good neighbours are named.
    """

    def __init__(self, where: str, problem: str, record_id: str = "") -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem
        self.record_id = record_id


def size_text(n: int) -> str:
    """``"5.2 MB"``, ``"5 MB"``, or bytes below a megabyte: never "0.0 MB" or "0.000999451 MB"."""
    return f"{n / 1048576:.1f} MB".replace(".0 MB", " MB") if n >= 1048576 else f"{n:,} bytes"
