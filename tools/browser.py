"""Drive Debian's headless Chromium over the DevTools protocol on a pipe (stdlib only, no new dependency).

Why the pipe rather than ``--dump-dom``: the protocol reports every console message and uncaught exception
as an event, lets a check run JavaScript in the loaded page (the DOM as the browser built it, after any
script would have run) and takes screenshots, all in one browser process. ``--remote-debugging-pipe``
makes Chromium read commands on fd 3 and write replies on fd 4, each a JSON object ended by a NUL byte.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Where Debian installs it; ``CHROMIUM`` in the environment overrides.
DEFAULT_BINARY = "/usr/bin/chromium"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-pipe",
)


class BrowserError(Exception):
    """Chromium could not be started, or did not answer in time."""


def find_chromium() -> str | None:
    """Path of the Chromium binary, or None when it is not installed."""
    configured = os.environ.get("CHROMIUM")
    for candidate in (configured, DEFAULT_BINARY, shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@dataclass
class PageVisit:
    """What happened while one page loaded: console messages and exceptions, by level."""

    url: str
    console: list[tuple[str, str]] = field(default_factory=list)  # (level, text)
    exceptions: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        return [text for level, text in self.console if level in ("error", "assert")] + self.exceptions


class Chromium:
    """One headless Chromium with a fresh profile in a temporary directory; use as a context manager."""

    def __init__(
        self, binary: str | None = None, *, width: int = 1100, height: int = 1400, timeout: float = 30
    ):
        self.binary = binary or find_chromium()
        if not self.binary:
            raise BrowserError("chromium is not installed (Debian: apt-get install chromium)")
        self.width, self.height, self.timeout = width, height, timeout
        self._id = 0
        self._buffer = b""
        self._events: list[dict[str, Any]] = []

    # ---------------------------------------------------------------- process and transport
    def __enter__(self) -> Chromium:
        self._profile = tempfile.TemporaryDirectory(prefix="chromium-profile-")
        self._stderr = tempfile.TemporaryFile()
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def child_fds() -> None:  # runs in the child: put the pipe ends on fds 3 and 4
            read_end, write_end = os.dup(to_chrome_r), os.dup(from_chrome_w)  # above 4: no clobbering
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        args = [
            self.binary,
            *FLAGS,
            f"--user-data-dir={self._profile.name}",
            f"--window-size={self.width},{self.height}",
            "about:blank",
        ]
        self._proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
            preexec_fn=child_fds,
            pass_fds=(3, 4),
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        try:
            targets = self.send("Target.getTargets")["targetInfos"]
            pages = [t for t in targets if t.get("type") == "page"]
            target = (
                pages[0]["targetId"]
                if pages
                else self.send("Target.createTarget", url="about:blank")["targetId"]
            )
            self._session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
                self.send(domain, session=True)
            self.send(
                "Emulation.setDeviceMetricsOverride",
                session=True,
                width=self.width,
                height=self.height,
                deviceScaleFactor=1,
                mobile=False,
            )
        except Exception:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self._proc.poll() is None:
                try:
                    self._write({"id": self._next_id(), "method": "Browser.close"})
                except OSError:
                    pass
                try:
                    self._proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._proc.kill()
                    self._proc.wait()
        finally:
            for fd in (self._to_chrome, self._from_chrome):
                try:
                    os.close(fd)
                except OSError:
                    pass
            self._stderr.close()
            self._profile.cleanup()

    def _next_id(self) -> int:
        self._id += 1
        return self._id

    def _write(self, message: dict[str, Any]) -> None:
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("chromium did not answer in time")
            ready, _, _ = select.select([self._from_chrome], [], [], left)
            if ready:
                chunk = os.read(self._from_chrome, 1 << 16)
                if not chunk:
                    self._stderr.seek(0)
                    tail = self._stderr.read().decode(errors="replace").strip().splitlines()[-3:]
                    raise BrowserError("chromium closed the DevTools pipe: " + " | ".join(tail))
                self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        """Send one command and return its result; events that arrive meanwhile are kept for later."""
        message: dict[str, Any] = {"id": self._next_id(), "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        self._write(message)
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == message["id"]:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self._events.append(reply)

    def _wait_event(self, name: str) -> None:
        deadline = time.monotonic() + self.timeout
        while not any(e.get("method") == name for e in self._events):
            self._events.append(self._read_message(deadline))

    # ---------------------------------------------------------------- pages
    def open(self, path: Path | str) -> PageVisit:
        """Load a local file and wait for its load event; return the console messages it produced."""
        url = Path(path).resolve().as_uri() if not str(path).startswith(("file:", "about:")) else str(path)
        self._events.clear()
        result = self.send("Page.navigate", session=True, url=url)
        if result.get("errorText"):
            raise BrowserError(f"{url}: {result['errorText']}")
        self._wait_event("Page.loadEventFired")
        self.evaluate("new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)))", await_promise=True)
        visit = PageVisit(url)
        for event in self._events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled":
                text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
                visit.console.append((params.get("type", ""), text))
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                visit.exceptions.append(
                    details.get("exception", {}).get("description") or details.get("text", "exception")
                )
            elif method == "Log.entryAdded":
                entry = params.get("entry", {})
                visit.console.append((entry.get("level", ""), f"{entry.get('source')}: {entry.get('text')}"))
        return visit

    def evaluate(self, expression: str, *, await_promise: bool = False) -> Any:
        """Value of a JavaScript expression in the current page (JSON-serialisable values only)."""
        result = self.send(
            "Runtime.evaluate",
            session=True,
            expression=expression,
            returnByValue=True,
            awaitPromise=await_promise,
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"evaluate failed: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def screenshot(self, full_page: bool = False) -> bytes:
        """PNG of the viewport (or of the whole page when ``full_page``)."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            size = self.send("Page.getLayoutMetrics", session=True)["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
            params["captureBeyondViewport"] = True
        return base64.b64decode(self.send("Page.captureScreenshot", session=True, **params)["data"])


# --------------------------------------------------------------------------- screenshots for the README

#: (file name, CSS selector of the element the shot starts at, height in CSS pixels)
SHOTS = (
    ("screenshot-findings.png", ".ar-title", 620),
    ("screenshot-article.png", ".ar-article", 900),
)


def element_clip(browser: Chromium, selector: str, height: int) -> dict[str, float] | None:
    """Page-coordinate clip from the top of ``selector``'s element, full page width, ``height`` high."""
    js = (
        f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return null;"
        " const r = e.getBoundingClientRect();"
        " return {x: 0, y: Math.max(0, r.top + window.scrollY - 12),"
        " width: document.documentElement.clientWidth};"
        " })()"
    )
    box = browser.evaluate(js)
    if not box:
        return None
    return {"x": box["x"], "y": box["y"], "width": box["width"], "height": height, "scale": 1}


def screenshots(report: Path, out_dir: Path, browser: Chromium) -> list[Path]:
    """Write the README screenshots of one report into ``out_dir``; return the files written."""
    browser.open(report)
    written = []
    for name, selector, height in SHOTS:
        clip = element_clip(browser, selector, height)
        if clip is None:
            continue
        data = base64.b64decode(
            browser.send(
                "Page.captureScreenshot", session=True, format="png", clip=clip, captureBeyondViewport=True
            )["data"]
        )
        target = out_dir / name
        if not (target.exists() and target.read_bytes() == data):
            target.write_bytes(data)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m tools.browser [REPORT] [--out DIR]``: README screenshots of one report."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tools.browser", description=main.__doc__)
    parser.add_argument(
        "report", nargs="?", help="report HTML (default: the first article in reports/manifest.json)"
    )
    parser.add_argument("--out", default="reports", help="folder for the PNG files (default: reports)")
    args = parser.parse_args(argv)
    report = Path(args.report) if args.report else None
    if report is None:
        manifest = Path("reports") / "manifest.json"
        try:
            names = [n for n in json.loads(manifest.read_text())["generated"] if n != "index.html"]
        except (OSError, ValueError, KeyError):
            names = []
        if not names:
            print(
                "error: no article report in reports/manifest.json: run `make report` first", file=sys.stderr
            )
            return 2
        report = Path("reports") / names[0]
    if not report.is_file():
        print(f"error: no such report: {report}", file=sys.stderr)
        return 2
    try:
        with Chromium(width=1000, height=1000) as browser:
            for path in screenshots(report, Path(args.out), browser):
                print(f"wrote {path}")
    except BrowserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
