"""The one exception type users see: it names the input and the problem, in one line."""

from __future__ import annotations


class InputError(ValueError):
    """An input that cannot be analysed; ``str(err)`` is ``"<where>: <problem>"``."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem
