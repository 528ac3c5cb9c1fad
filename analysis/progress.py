"""Progress on long runs: a tqdm bar in a terminal, plain lines where a bar would be noise.

A bar redraws one line with carriage returns; in a CI log, a file or a pipe that becomes hundreds of
garbled lines, so there the same progress is printed as an occasional plain line instead. The choice is
made once per run: a bar only when the stream is a terminal and ``CI`` is not set in the environment
(GitHub Actions, GitLab and most CI services set it).
"""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import IO, Any, Literal

Mode = Literal["bar", "lines", "off"]


def choose_mode(requested: bool | str, stream: IO[str]) -> Mode:
    """``"bar"``, ``"lines"`` or ``"off"`` for a request of False/True/"auto"/"bar"/"lines"/"off"."""
    if requested is False or requested == "off":
        return "off"
    if requested in ("bar", "lines"):
        return requested  # type: ignore[return-value]
    is_tty = getattr(stream, "isatty", lambda: False)()
    return "bar" if is_tty and not os.environ.get("CI") else "lines"


class Progress:
    """Count items of a run and show it: ``with Progress("predict", total=n) as p: ... p.update()``.

    In ``lines`` mode a line is printed every ``every`` items (and at most once every 10 seconds for a
    slow run, so that a log shows the run is alive); messages for the user go through :meth:`write`, so
    that they are not drawn over by the bar.
    """

    def __init__(
        self,
        label: str,
        total: int | None = None,
        unit: str = "item",
        mode: bool | str = True,
        stream: IO[str] | None = None,
        every: int = 1000,
    ) -> None:
        self.label = label
        self.total = total
        self.unit = unit
        self.stream = sys.stderr if stream is None else stream
        self.mode = choose_mode(mode, self.stream)
        self.every = max(1, every)
        self.count = 0
        self.errors = 0
        self._bar: Any = None
        self._started = time.monotonic()
        self._last_line = self._started

    def __enter__(self) -> Progress:
        if self.mode == "bar":
            from tqdm import tqdm

            self._bar = tqdm(
                total=self.total, desc=self.label, unit=self.unit, file=self.stream, dynamic_ncols=True
            )
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def update(self, n: int = 1, errors: int | None = None) -> None:
        """Count ``n`` more items; ``errors`` is the run's error count so far, when it keeps one."""
        self.count += n
        if errors is not None:
            self.errors = errors
        if self._bar is not None:
            self._bar.update(n)
            if errors is not None:
                self._bar.set_postfix(errors=errors, refresh=False)
        elif self.mode == "lines":
            now = time.monotonic()
            if self.count % self.every == 0 or now - self._last_line >= 10:
                self._last_line = now
                print(self.line(now), file=self.stream, flush=True)

    def line(self, now: float | None = None) -> str:
        """The plain progress line: ``"predict sentences: 2,000 records, 3 errors, 450 records/s"``."""
        elapsed = max((time.monotonic() if now is None else now) - self._started, 1e-9)
        of = f" of {self.total:,}" if self.total is not None else ""
        plural = "" if self.count == 1 else "s"
        return (
            f"{self.label}: {self.count:,}{of} {self.unit}{plural}, {self.errors:,} errors, "
            f"{self.count / elapsed:,.0f} {self.unit}s/s"
        )

    def write(self, message: str) -> None:
        """Print a message for the user above the bar (or as a plain line)."""
        if self._bar is not None:
            self._bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream, flush=True)
