"""Execute the notebooks in place and export them as self-contained HTML reports.

    python -m analysis.reporting [--root DIR] [NOTEBOOK ...]

Every ``notebooks/*.ipynb`` (or only the NOTEBOOKs given) is executed top to bottom in a fresh
``python3`` kernel whose working directory is ``notebooks/``, saved back in place, and exported
to ``reports/<stem>.html``.  Both outputs are deterministic: running twice changes no byte.

* The kernel gets ``ANALYSIS_SEEDS`` (absolute; default ``<root>/seeds``), ``PYTHONHASHSEED=0``
  and the inline matplotlib backend, whatever the caller's environment says.
* The saved notebook keeps outputs and ``execution_count`` (1..n) but loses everything that
  varies from run to run: cell execution timestamps, papermill bookkeeping, widget state, and
  in text outputs memory addresses (``at 0x7f..``) and the absolute path of the checkout
  (replaced by ``<repo>``, so a clone elsewhere produces the same bytes).
* The HTML report hides code cells and prompts, embeds images and loads nothing from the network
  (no require.js, MathJax, mermaid, widget or font URLs).  Its title is the notebook's first
  Markdown heading.

A failing cell is reported on one line (notebook, cell number, error) and the exit status is 1;
that notebook is then left untouched, and its report is replaced by a page that says it failed and why
(never a stale report that looks current). Each notebook has a time budget (``--timeout``, default
600 s for the whole notebook); one that runs longer is stopped and reported the same way.

Per-article notebooks (``metadata.analysis.per_article`` true, e.g. ``notebooks/article-report.ipynb``) are
templates: they are executed in place with their default parameters like any notebook (so that
``pytest --nbval`` checks them), but instead of ``reports/<stem>.html`` they produce one
``reports/<article-id>.html`` per article in the seeds folder, executing a copy with the article id injected
after the cell tagged ``parameters`` (papermill's convention; the copies are not saved). Then
``reports/index.html`` lists every article. ``reports/manifest.json`` records the files this step wrote;
a file it wrote earlier for an article no longer in the seeds folder is deleted, and nothing else is.

Report file names come from article ids, which a user (or a JSON file) chooses: :func:`report_names`
makes each a plain file name inside ``reports/`` (no separators, no ``..``, no control characters, at most
80 characters) and unique even on a case-insensitive file system, so that no id can write elsewhere and
no two articles share a report. An article whose report fails gets a page saying so; the others go on.
"""

from __future__ import annotations

import argparse
import copy
import html as html_lib
import json
import logging
import os
import re
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode

from .progress import Progress, choose_mode

KERNEL_NAME = "python3"
NOTEBOOK_TIMEOUT = 600  # seconds for a whole notebook (each per-article copy has its own budget)
INLINE_BACKEND = "module://matplotlib_inline.backend_inline"
REPO_PLACEHOLDER = "<repo>"

# Metadata written by Jupyter front ends / tools that changes on every run.
CELL_METADATA_VOLATILE = ("execution", "ExecuteTime", "papermill")
NOTEBOOK_METADATA_VOLATILE = ("widgets", "papermill")
WIDGET_VIEW_MIME = "application/vnd.jupyter.widget-view+json"

_ADDRESS_RE = re.compile(r"\bat 0x[0-9a-fA-F]+\b")
_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(?P<text>.+?)\s*#*\s*$", re.MULTILINE)
_SETEXT_RE = re.compile(r"^(?P<text>[^\n]*\S[^\n]*)\n\s{0,3}(=+|-+)\s*$", re.MULTILINE)

# Jinja template on top of nbconvert's "lab" template that drops every block loading a script
# from elsewhere.  Math in Markdown is therefore shown as TeX source.
_TEMPLATE_NAME = "analysis_report.html.j2"
_TEMPLATE = """\
{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""

# Safety net applied to the rendered HTML: tags that would fetch something remote.
_REMOTE = r"""(?:https?:)?//"""
_REMOTE_SCRIPT_RE = re.compile(
    rf"""<script\b[^>]*\bsrc\s*=\s*["']?(?:{_REMOTE}|["'])[^>]*>.*?</script\s*>\s*""",
    re.IGNORECASE | re.DOTALL,
)
_REMOTE_LINK_RE = re.compile(rf"""<link\b[^>]*\bhref\s*=\s*["']?{_REMOTE}[^>]*>\s*""", re.IGNORECASE)
_REMOTE_IMPORT_RE = re.compile(rf"""@import\s+(?:url\()?\s*["']?{_REMOTE}[^;]*;\s*""", re.IGNORECASE)
_REMOTE_REFERENCE_RE = re.compile(
    rf"""<(?:script|img|iframe|audio|video|source|embed)\b[^>]*\bsrc\s*=\s*["']?{_REMOTE}[^>]*>"""
    rf"""|<link\b[^>]*\bhref\s*=\s*["']?{_REMOTE}[^>]*>"""
    rf"""|url\(\s*["']?{_REMOTE}[^)]*\)""",
    re.IGNORECASE,
)


class ReportError(Exception):
    """A notebook could not be executed or exported; the message is one line for the user."""


@dataclass(frozen=True)
class Paths:
    root: Path
    notebooks: Path
    reports: Path
    seeds: Path

    @classmethod
    def for_root(cls, root: Path, seeds: str | os.PathLike[str] | None = None) -> Paths:
        root = root.resolve()
        seeds_path = Path(seeds) if seeds else root / "seeds"
        return cls(root, root / "notebooks", root / "reports", seeds_path.resolve())


# --------------------------------------------------------------------------- notebook I/O


def read_notebook(path: Path) -> NotebookNode:
    """Read a notebook, giving cells that lack an id a deterministic one (not a random one)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if (raw.get("nbformat"), raw.get("nbformat_minor", 0)) >= (4, 5):
        cells = raw.get("cells", [])
        taken = {cell["id"] for cell in cells if "id" in cell}
        for index, cell in enumerate(cells):
            if "id" not in cell:
                candidate, n = f"cell-{index}", 0
                while candidate in taken:
                    n += 1
                    candidate = f"cell-{index}-{n}"
                cell["id"] = candidate
                taken.add(candidate)
    return nbformat.from_dict(nbformat.reads(json.dumps(raw), as_version=4))


def dumps_notebook(nb: NotebookNode) -> str:
    """Serialise like JupyterLab does (sorted keys, indent 1, trailing newline)."""
    text = nbformat.writes(nb, version=4)
    return text if text.endswith("\n") else text + "\n"


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` as UTF-8 with ``\\n`` line ends unless the file already holds exactly that."""
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


# --------------------------------------------------------------------------- determinism


def scrub_text(text: str, root: Path | None = None) -> str:
    """Remove run-dependent details from an output string: memory addresses, the checkout path."""
    text = _ADDRESS_RE.sub("at 0x…", text)
    if root is not None:
        for variant in sorted({str(root), str(root.resolve())}, key=len, reverse=True):
            if len(variant) > 1:
                text = text.replace(variant, REPO_PLACEHOLDER)
    return text


def _scrub_value(value: Any, root: Path | None) -> Any:
    if isinstance(value, str):
        return scrub_text(value, root)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [scrub_text(v, root) for v in value]
    return value


def strip_notebook(nb: NotebookNode, root: Path | None = None) -> NotebookNode:
    """Strip what differs between two executions of ``nb`` (in place; also returned).

    Keeps sources, outputs and ``execution_count``.  Removes volatile cell/notebook metadata,
    widget state and widget views, and scrubs text outputs with :func:`scrub_text`.
    """
    for key in NOTEBOOK_METADATA_VOLATILE:
        nb.metadata.pop(key, None)
    for cell in nb.cells:
        for key in CELL_METADATA_VOLATILE:
            cell.metadata.pop(key, None)
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                output["text"] = _scrub_value(output.get("text", ""), root)
            elif "data" in output:
                data = output["data"]
                data.pop(WIDGET_VIEW_MIME, None)
                if not data:
                    continue
                for mime in list(data):
                    if mime.startswith("text/") or mime == "image/svg+xml":
                        data[mime] = _scrub_value(data[mime], root)
            elif output.get("output_type") == "error":
                output["traceback"] = [scrub_text(line, root) for line in output.get("traceback", [])]
                output["evalue"] = scrub_text(output.get("evalue", ""), root)
            outputs.append(output)
        cell["outputs"] = outputs
    return nb


# --------------------------------------------------------------------------- execution


def kernel_environment(paths: Paths, base: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for the notebook kernel."""
    env = dict(os.environ if base is None else base)
    env.update(
        ANALYSIS_SEEDS=str(paths.seeds),
        PYTHONHASHSEED="0",
        MPLBACKEND=INLINE_BACKEND,
        PYDEVD_DISABLE_FILE_VALIDATION="1",  # silence debugpy's frozen-modules warning
        JUPYTER_PLATFORM_DIRS="1",
    )
    return env


def _make_executor(env: dict[str, str], timeout: float = NOTEBOOK_TIMEOUT) -> Any:
    """An executor whose cells share one time budget of ``timeout`` seconds for the whole notebook."""
    import zmq
    from nbconvert.preprocessors import ExecutePreprocessor

    class _Executor(ExecutePreprocessor):
        """ExecutePreprocessor that starts its kernel with our environment."""

        def start_new_kernel(self, **kwargs: Any) -> None:
            kwargs.setdefault("env", env)
            if zmq.has("curve"):  # encrypt kernel traffic (and avoid ipykernel's warning about it)
                kwargs.setdefault("transport_encryption", "auto")
            return super().start_new_kernel(**kwargs)

    deadline = time.monotonic() + timeout
    started: list[NotebookNode] = []  # the cells given a time limit so far: the last is running

    def remaining(cell: NotebookNode) -> int:
        started.append(cell)
        return max(1, round(deadline - time.monotonic()))

    executor = _Executor(
        timeout_func=remaining,
        kernel_name=KERNEL_NAME,
        record_timing=False,
        coalesce_streams=True,  # output chunking must not depend on timing
        allow_errors=False,
        interrupt_on_timeout=True,  # stop the cell cleanly so the kernel shuts down without noise
        startup_timeout=120,
    )
    executor.started_cells = started
    executor.log = logging.getLogger("analysis.reporting.kernel")  # its timeout notices: we say it better
    executor.log.setLevel(logging.CRITICAL)
    return executor


_SETUP_LINE = re.compile(r"(?:import\s|from\s+\S+\s+import\s|#)")


def _first_line(source: str) -> str:
    """The line that names a cell in a message: its first line of code past imports and comments.

    A cell that opens with ``import os`` and then analyses the article was named "('import os')" in a
    time-out message, which says nothing about what ran out of time.
    """
    lines = [line.strip() for line in source.splitlines() if line.strip()]
    line = next((x for x in lines if not _SETUP_LINE.match(x)), lines[0] if lines else "")
    return line if len(line) <= 60 else line[:57] + "..."


def _cell_number(nb: NotebookNode, index: int) -> int:
    """The 1-based number of cell ``index`` as the user sees it: injected parameter cells not counted."""
    injected = sum(INJECTED_TAG in c.metadata.get("tags", []) for c in nb.cells[:index])
    return index + 1 - injected


def _timed_out(nb: NotebookNode, started_cells: list[NotebookNode], timeout: float) -> str:
    running = started_cells[-1] if started_cells else None
    index = next((i for i, c in enumerate(nb.cells) if c is running), None)
    where = ""
    if running is not None and index is not None:
        where = f" in cell {_cell_number(nb, index)} ({_first_line(running.source)!r})"
    return f"stopped after {timeout:g} s{where}: over the notebook's time limit"


def _failing_cell(nb: NotebookNode) -> tuple[int, NotebookNode] | None:
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            return index, cell
    return None


def execute_notebook(
    nb: NotebookNode, paths: Paths, *, label: str, timeout: float = NOTEBOOK_TIMEOUT
) -> NotebookNode:
    """Execute ``nb`` (a copy is made) in ``paths.notebooks``; raise :class:`ReportError` on failure.

    The error's message is one line: ``label``, the failing cell (number and first line) and the reason.
    """
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    executor = _make_executor(kernel_environment(paths), timeout)
    started = time.monotonic()
    try:
        executor.preprocess(nb, {"metadata": {"path": str(paths.notebooks)}})
    except CellExecutionError as exc:
        ename = getattr(exc, "ename", None) or type(exc).__name__
        if ename == "KeyboardInterrupt" and time.monotonic() - started >= timeout - 1:
            raise ReportError(f"{label}: {_timed_out(nb, executor.started_cells, timeout)}") from None
        found = _failing_cell(nb)
        where = f"cell {_cell_number(nb, found[0])} ({_first_line(found[1].source)!r})" if found else "a cell"
        evalue = scrub_text(str(getattr(exc, "evalue", "")), paths.root).strip().splitlines()
        message = f"{ename}: {evalue[0]}" if evalue else ename
        raise ReportError(f"{label}: {where} failed: {message}") from None
    except CellTimeoutError:
        raise ReportError(f"{label}: {_timed_out(nb, executor.started_cells, timeout)}") from None
    except DeadKernelError as exc:
        raise ReportError(f"{label}: the kernel died ({_one_line(exc)})") from None
    return nb


# --------------------------------------------------------------------------- HTML export


def notebook_title(nb: NotebookNode, default: str) -> str:
    """Text of the notebook's first Markdown heading, without Markdown markup."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        source = cell.source
        candidates = [m for m in (_HEADING_RE.search(source), _SETEXT_RE.search(source)) if m]
        if candidates:
            first = min(candidates, key=lambda m: m.start())
            text = re.sub(r"[*_`]+", "", first.group("text"))
            text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text).strip()
            if text:
                return text
    return default


def postprocess_html(html: str) -> str:
    """Remove tags that load remote resources and normalise whitespace at line ends / file end."""
    html = _REMOTE_SCRIPT_RE.sub("", html)
    html = _REMOTE_LINK_RE.sub("", html)
    html = _REMOTE_IMPORT_RE.sub("", html)
    html = "\n".join(line.rstrip() for line in html.replace("\r\n", "\n").split("\n"))
    return html.strip("\n") + "\n"


def remote_references(html: str) -> list[str]:
    """Tags / CSS ``url()``s in ``html`` that would fetch something from another host."""
    return [m.group(0) for m in _REMOTE_REFERENCE_RE.finditer(html)]


def export_html(nb: NotebookNode, name: str, paths: Paths, title: str | None = None) -> str:
    """Render ``nb`` as a report: outputs and Markdown only, self-contained."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    nb = copy.deepcopy(nb)
    nb.metadata["title"] = title or notebook_title(nb, name)
    nb.metadata.pop("widgets", None)
    exporter = HTMLExporter(
        template_name="lab",
        template_file=_TEMPLATE_NAME,
        extra_loaders=[DictLoader({_TEMPLATE_NAME: _TEMPLATE})],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
        require_js_url="",
        mathjax_url="",
        jupyter_widgets_base_url="",
        widget_renderer_url="",
        theme="light",
    )
    resources = {"metadata": {"name": name, "path": str(paths.notebooks)}}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return postprocess_html(body)


def export_article_html(nb: NotebookNode, name: str, paths: Paths, title: str) -> str:
    """Render a per-article report: outputs only, framed by one small stylesheet, still self-contained.

    A folder of article reports would otherwise repeat JupyterLab's 300 KB stylesheet in every file; the
    report's own styles come inlined once with its header (``analysis/report/assets/report.css``), and
    ``assets/page.css`` sets the page and the tables.
    """
    from html import escape

    from nbconvert import HTMLExporter

    from .report.page import ASSETS

    exporter = HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    nb = copy.deepcopy(nb)
    nb.metadata.pop("widgets", None)
    resources = {"metadata": {"name": name, "path": str(paths.notebooks)}}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    css = (ASSETS / "page.css").read_text(encoding="utf-8")
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>\n{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
    return postprocess_html(page)


class SharedKernel:
    """One kernel for many runs of a template notebook (the per-article reports): ``with`` it, ``run`` each.

    Starting a kernel and loading the analyzers' word lists and models costs several seconds; a report
    itself, well under one. Each run executes every cell of a fresh copy of the notebook, without storing
    history (so nothing accumulates between articles), and numbers its cells 1..n as a kernel of its own
    would. A failing cell fails that run only; a kernel that dies or times out is replaced for the next.
    """

    def __init__(self, paths: Paths, timeout: float = NOTEBOOK_TIMEOUT) -> None:
        self.paths = paths
        self.timeout = timeout  # seconds for each run, as for a notebook in a kernel of its own
        self._executor: Any = None
        self._context: Any = None
        self._language_info: dict[str, Any] = {}
        self._used = False  # whether the running kernel holds an earlier run's variables

    def __enter__(self) -> SharedKernel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> Any:
        executor = _make_executor(kernel_environment(self.paths), self.timeout)
        executor.nb = nbformat.v4.new_notebook()
        executor.resources = {"metadata": {"path": str(self.paths.notebooks)}}
        self._context = executor.setup_kernel()
        self._context.__enter__()
        self._executor = executor
        info = executor.wait_for_reply(executor.kc.kernel_info())
        self._language_info = info["content"]["language_info"] if info else {}
        self._quietly(executor, "_KEEP_NAMES = frozenset(globals()) | {'_KEEP_NAMES', '_n'}")  # IPython's own
        return executor

    def _forget(self, executor: Any) -> None:
        """Drop the previous run's variables, as a kernel of its own would start without them.

        A long article's analysis (over a gigabyte of objects for 5 MB of text) is then freed before the
        next article is analysed, not kept alive beside it. Only the names the notebook defined go (IPython's
        ``%reset`` also collects garbage and clears its caches: 1.4 s per report)."""
        self._quietly(executor, "for _n in [n for n in globals() if n not in _KEEP_NAMES]: del globals()[_n]")

    def _quietly(self, executor: Any, code: str) -> None:
        """Execute ``code`` in the kernel outside any notebook (no history, outputs dropped)."""
        cell = nbformat.v4.new_code_cell(code)
        executor.nb = nbformat.v4.new_notebook(cells=[cell])  # a notebook of its own: no run's is touched
        executor.timeout_func = lambda cell: max(1, round(self.timeout))
        executor.execute_cell(cell, 0, store_history=False)

    def close(self) -> None:
        self._used = False
        if self._context is not None:
            try:
                self._context.__exit__(None, None, None)
            finally:
                self._context = self._executor = None

    def run(self, nb: NotebookNode, *, label: str) -> NotebookNode:
        """Execute a copy of ``nb``; raise :class:`ReportError` (one line naming ``label``) on failure."""
        from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

        nb = copy.deepcopy(nb)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
        executor = self._executor or self._start()
        if self._used:
            self._forget(executor)
        self._used = True
        nb.metadata["language_info"] = copy.deepcopy(self._language_info)  # as a fresh run records it
        executor.nb = nb
        deadline = time.monotonic() + self.timeout  # each run has its own budget
        started_cells: list[NotebookNode] = []

        def remaining(cell: NotebookNode) -> int:
            started_cells.append(cell)
            return max(1, round(deadline - time.monotonic()))

        executor.timeout_func = remaining
        started = time.monotonic()
        try:
            for index, cell in enumerate(nb.cells):
                executor.execute_cell(cell, index, store_history=False)
        except CellExecutionError as exc:
            ename = getattr(exc, "ename", None) or type(exc).__name__
            if ename == "KeyboardInterrupt" and time.monotonic() - started >= self.timeout - 1:
                self.close()
                raise ReportError(f"{label}: {_timed_out(nb, started_cells, self.timeout)}") from None
            found = _failing_cell(nb)
            where = (
                f"cell {_cell_number(nb, found[0])} ({_first_line(found[1].source)!r})" if found else "a cell"
            )
            evalue = scrub_text(str(getattr(exc, "evalue", "")), self.paths.root).strip().splitlines()
            message = f"{ename}: {evalue[0]}" if evalue else ename
            raise ReportError(f"{label}: {where} failed: {message}") from None
        except CellTimeoutError:
            self.close()
            raise ReportError(f"{label}: {_timed_out(nb, started_cells, self.timeout)}") from None
        except DeadKernelError as exc:
            self.close()
            raise ReportError(f"{label}: the kernel died ({_one_line(exc)})") from None
        count = 0
        for cell in nb.cells:  # as a kernel of its own would number them
            if cell.cell_type == "code" and cell.source.strip():
                count += 1
                cell.execution_count = count
                for out in cell.outputs:
                    if "execution_count" in out:
                        out["execution_count"] = count
        return nb


# --------------------------------------------------------------------------- driver


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root))
    except ValueError:
        return str(path)


def build_report(
    notebook: Path,
    paths: Paths,
    *,
    log: Any = None,
    export: bool = True,
    timeout: float = NOTEBOOK_TIMEOUT,
) -> tuple[bool, bool]:
    """Execute one notebook in place and export it; return (notebook changed, report changed).

    Progress goes to ``log`` (default: ``sys.stderr``).  ``export=False`` only executes it in place.
    When the notebook fails, its report is replaced by a page saying so and :class:`ReportError` is raised.
    """
    log = sys.stderr if log is None else log
    label = _display(notebook, paths.root)
    print(f"executing {label} …", end="", file=log, flush=True)
    started = time.monotonic()
    try:
        source = read_notebook(notebook)
        executed = strip_notebook(execute_notebook(source, paths, label=label, timeout=timeout), paths.root)
    except ReportError as exc:
        print(" failed", file=log, flush=True)
        target = paths.reports / f"{notebook.stem}.html"
        if export and target.exists():
            write_if_changed(target, failure_page(notebook_title(source, notebook.stem), str(exc)))
            print(f"marked    {_display(target, paths.root)} as failed", file=log, flush=True)
        raise
    print(f" {time.monotonic() - started:.1f} s", file=log, flush=True)
    nb_changed = write_if_changed(notebook, dumps_notebook(executed))
    if not export:
        return nb_changed, False

    target = paths.reports / f"{notebook.stem}.html"
    html = export_html(read_notebook(notebook), notebook.stem, paths)
    leftovers = remote_references(html)
    if leftovers:
        print(f"warning: {_display(target, paths.root)} still references remote resources:", file=log)
        for ref in leftovers:
            print(f"  {ref[:120]}", file=log)
    html_changed = write_if_changed(target, html)
    status = "written" if html_changed else "unchanged"
    print(f"exported  {_display(target, paths.root)} ({status})", file=log, flush=True)
    return nb_changed, html_changed


# --------------------------------------------------------------------------- per-article reports

MANIFEST = "manifest.json"
INDEX = "index.html"
PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"


def is_per_article(nb: NotebookNode) -> bool:
    """True for a template notebook that makes one report per article (``metadata.analysis.per_article``)."""
    meta = nb.metadata.get("analysis", {})
    return bool(meta.get("per_article")) if isinstance(meta, dict) else False


def inject_parameters(nb: NotebookNode, values: dict[str, Any]) -> NotebookNode:
    """A copy of ``nb`` with a cell assigning ``values`` right after the cell tagged ``parameters``."""
    nb = copy.deepcopy(nb)
    source = "\n".join(f"{name} = {value!r}" for name, value in values.items())
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["tags"] = [INJECTED_TAG]
    cell["id"] = INJECTED_TAG
    where = next(
        (i + 1 for i, c in enumerate(nb.cells) if PARAMETERS_TAG in c.metadata.get("tags", [])), 0
    )
    nb.cells.insert(where, cell)
    return nb


def _read_manifest(path: Path) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    files = data.get("generated", []) if isinstance(data, dict) else []
    return [f for f in files if isinstance(f, str) and "/" not in f and f.endswith(".html")]


def update_manifest(
    reports: Path, written: set[str], failed: set[str], *, log: Any = None, root: Path | None = None
) -> list[str]:
    """Record ``written`` in ``reports/manifest.json``; delete files of the previous manifest no longer made.

    Only files the previous manifest lists are ever deleted; a report in ``failed`` (its article is still
    there but its notebook failed) is kept, with its manifest entry.  Returns the deleted file names.
    """
    log = sys.stderr if log is None else log
    manifest = reports / MANIFEST
    previous = _read_manifest(manifest)
    current = sorted(written | (failed & set(previous)))
    removed = []
    for stale in sorted(set(previous) - set(current)):
        target = reports / stale
        if target.is_file():
            target.unlink()
            removed.append(stale)
            where = _display(target, root or reports)
            print(f"removed   {where} (its article is no longer in the seeds folder)", file=log, flush=True)
    note = "Files written by the per-article report step of `make report`; only these are ever deleted by it."
    record = {"generated": current, "note": note}
    write_if_changed(manifest, json.dumps(record, indent=1, sort_keys=True) + "\n")
    return removed


#: Longest report file name stem: long ids are cut (and kept apart by a number if they then collide).
MAX_NAME = 80
_UNSAFE = re.compile(r"[^\w.\-]+")
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)


def safe_stem(article_id: str) -> str:
    """A file name stem for ``article_id`` that is safe on every common file system.

    Letters (any script), digits, ``.``, ``-`` and ``_`` are kept; every other run of characters (path
    separators, spaces, control characters, quotes) becomes one ``_``. Leading dots (``..``, hidden
    files) and trailing dots are removed, Windows device names (``con``, ``nul``) get a ``_`` prefix and the
    stem is cut to :data:`MAX_NAME` characters. An id with nothing left is ``"article"``.
    """
    stem = _UNSAFE.sub("_", unicodedata.normalize("NFC", article_id))
    stem = stem.lstrip(".").rstrip(". ")[:MAX_NAME].rstrip(".")
    if not stem.strip("_"):
        return "article"
    if stem.split(".")[0].lower() in _WINDOWS_DEVICES:
        stem = "_" + stem
    return stem


def report_names(ids: Sequence[str], reserved: Iterable[str] = ()) -> tuple[dict[str, str], list[str]]:
    """Report file name for each article id, and a message for each name that had to be changed.

    Names are unique ignoring case (macOS and Windows would otherwise write ``Dup.html`` over
    ``dup.html``) and never one of ``reserved`` (the index, the notebooks' own reports). The first id in
    ``ids`` order keeps the plain name; later ones get ``-2``, ``-3``, ...
    """
    taken = {name.casefold() for name in reserved}
    names: dict[str, str] = {}
    messages: list[str] = []
    for article_id in ids:
        stem = safe_stem(article_id)
        name, n = f"{stem}.html", 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem[: MAX_NAME - len(str(n)) - 1]}-{n}.html"
        taken.add(name.casefold())
        names[article_id] = name
        if n > 1:
            messages.append(
                f"article {article_id!r}: reports/{stem}.html is taken (by another article or a notebook's "
                f"report, ignoring case); its report is reports/{name}"
            )
    return names, messages


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refusing any name that would land elsewhere (the last line of defence)."""
    target = folder / name
    if Path(name).name != name or name in ("", ".", "..") or target.resolve().parent != folder.resolve():
        raise ReportError(f"refusing to write {name!r}: not a plain file name inside {folder}")
    return target


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:200] if lines else ""


def failure_page(title: str, message: str) -> str:
    """A small self-contained page put where a report could not be made, so that no stale one remains."""
    esc = html_lib.escape
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
        f"<title>{esc(title)} (failed)</title></head>\n<body>\n<h1>{esc(title)}</h1>\n"
        "<p><strong>This report could not be made on the last run of <code>make report</code>.</strong> "
        "Fix the problem below and run it again.</p>\n"
        f"<pre>{esc(message)}</pre>\n</body>\n</html>\n"
    )


@dataclass(frozen=True)
class ArticleRun:
    """The outcome of :func:`build_article_reports`: how many article reports, and each failure's line."""

    articles: int
    failures: list[str]


def build_article_reports(
    template: Path, paths: Paths, *, log: Any = None, timeout: float = NOTEBOOK_TIMEOUT
) -> ArticleRun:
    """Write ``reports/<article-id>.html`` for every article in the seeds folder, then the index.

    Returns how many and the failures, one line each. An article whose notebook fails gets a page saying
    so in place of its report (linked from the index like the others), and the run goes on.
    """
    from . import load_articles
    from .report import index as report_index

    log = sys.stderr if log is None else log
    articles, problems = load_articles(paths.seeds)
    for p in problems:  # one bad input never stops the others; say which were skipped and why
        print(f"skipped {p.where}: {p.problem}", file=log, flush=True)
    for a in articles:
        for note in a.notes:
            print(f"note: {_display(Path(a.source), paths.root)}: {note}", file=log, flush=True)
    reserved = {INDEX, MANIFEST} | {f"{p.stem}.html" for p in paths.notebooks.glob("*.ipynb")}
    names, messages = report_names([a.id for a in articles], reserved)
    for message in messages:
        print(f"note: {message}", file=log, flush=True)
    source = read_notebook(template)
    failures: list[str] = []
    written: dict[str, str] = {}
    # A bar in a terminal; in a log or CI the per-article lines below are the progress.
    mode = "bar" if choose_mode(True, log) == "bar" else "off"
    # One kernel for all the articles: starting one and loading the analyzers costs more than a report.
    with (
        SharedKernel(paths, timeout) as kernel,
        Progress("article reports", total=len(articles), unit="report", mode=mode, stream=log) as bar,
    ):
        for article in articles:
            name = names[article.id]
            where = _display(Path(article.source), paths.root) if article.source else "?"
            shown = article.id if len(article.id) <= 60 else article.id[:57] + "..."
            label = f"{_display(template, paths.root)} [article {shown!r} from {where}]"
            if bar.mode != "bar":
                print(f"executing {label} …", end="", file=log, flush=True)
            started = time.monotonic()
            title = f"Article report: {article.title or article.id}"
            try:
                nb = inject_parameters(source, {"ARTICLE": article.id})
                executed = kernel.run(nb, label=label)
                html = export_article_html(
                    strip_notebook(executed, paths.root), article.id, paths, title=title
                )
                outcome = f" {time.monotonic() - started:.1f} s, reports/{name}"
            except ReportError as exc:
                failures.append(str(exc))
                bar.write(f"executing {label} … failed" if bar.mode == "bar" else " failed")
                bar.write(f"error: {exc}")
                html = failure_page(title, str(exc))
                outcome = f"marked    reports/{name} as failed"
            changed = write_if_changed(inside(paths.reports, name), html)
            written[article.id] = name
            status = f"{outcome} ({'written' if changed else 'unchanged'})"
            if bar.mode == "bar" and not status.startswith("marked"):
                status = f"executing {label} …{status}"
            bar.write(status)
            bar.update(errors=len(failures))

    unlisted = [f"{p.where}: {p.problem}" for p in problems]
    table = index_summary(articles, seeds_tables(), unlisted, log)
    page = report_index.index_html(table, written, unlisted)
    changed = write_if_changed(paths.reports / INDEX, page)
    status = "written" if changed else "unchanged"
    print(f"exported  {_display(paths.reports / INDEX, paths.root)} ({status})", file=log, flush=True)

    update_manifest(paths.reports, set(written.values()) | {INDEX}, set(), log=log, root=paths.root)
    return ArticleRun(len(articles), failures)


def seeds_tables() -> Path | None:
    """The corpus tables of the seeds folder that ``make report`` computes once (``ANALYSIS_SEEDS_TABLES``),
    or None when there are none."""
    folder = os.environ.get("ANALYSIS_SEEDS_TABLES", "")
    return Path(folder) if folder and (Path(folder) / "manifest.json").is_file() else None


def index_summary(articles: Sequence[Any], tables: Path | None, unlisted: list[str], log: Any) -> Any:
    """The index's rows: read from the seeds tables when they hold the article (no article is analysed
    again), else from the article's own analysis. An article whose analysis fails is added to ``unlisted``
    with the reason; the others go on."""
    import pandas as pd

    from .report import collect
    from .report import index as report_index
    from .report.page import places

    from_tables = None
    if tables is not None:
        try:
            wanted = {(a.id, where) for a in articles for where in places(a)}
            from_tables = report_index.read_summary(tables, wanted)
        except (OSError, ValueError, KeyError) as exc:
            note = f"note: {tables} could not be read ({_one_line(exc)}); each article is analysed instead"
            print(note, file=log, flush=True)
    known = set() if from_tables is None else set(from_tables["article"])
    rows = [] if from_tables is None else [from_tables]
    reports = []
    for a in articles:  # one article whose analysis fails must not take the index with it
        if a.id in known:
            continue
        try:
            reports.append(collect.build(a))
        except Exception as exc:
            unlisted.append(f"{a.source}: could not be analysed ({type(exc).__name__}: {_one_line(exc)})")
            print(f"error: {unlisted[-1]}", file=log, flush=True)
    if reports or not rows:
        rows.append(report_index.summary(reports))
    table = pd.concat([r for r in rows if len(r)] or rows[:1], ignore_index=True)
    return table.sort_values("article", kind="stable").reset_index(drop=True)


def skip_reason(nb: NotebookNode) -> str | None:
    """Why a notebook cannot run here, or None: ``metadata.analysis.requires`` names an environment
    variable holding a folder that must contain ``manifest.json`` (the corpus notebook's tables), and
    ``metadata.analysis.skip_message`` says how to get it. Such a notebook is then kept as committed."""
    meta = nb.metadata.get("analysis", {})
    var = meta.get("requires") if isinstance(meta, dict) else None
    if not var:
        return None
    folder = os.environ.get(var, "")
    if folder and (Path(folder) / "manifest.json").is_file():
        return None
    return str(meta.get("skip_message") or f"{var} does not name a folder of corpus tables")


def find_notebooks(paths: Paths, selected: Iterable[str] = ()) -> list[Path]:
    chosen = [Path(s) for s in selected]
    if chosen:
        missing = [str(p) for p in chosen if not p.is_file()]
        if missing:
            raise ReportError(f"no such notebook: {', '.join(missing)}")
        return chosen
    return sorted(paths.notebooks.glob("*.ipynb"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m analysis.reporting",
        description="Execute notebooks/*.ipynb in place and export reports/<name>.html.",
    )
    parser.add_argument("notebooks", nargs="*", help="notebooks to run (default: every notebooks/*.ipynb)")
    parser.add_argument(
        "--root", default=".", help="project root holding notebooks/ and reports/ (default: .)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=NOTEBOOK_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit for each notebook, and for each article's report (default: {NOTEBOOK_TIMEOUT})",
    )
    args = parser.parse_args(argv)

    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    os.environ.setdefault("JUPYTER_PREFER_ENV_PATH", "1")  # the venv's python3 kernel comes first
    paths = Paths.for_root(Path(args.root), os.environ.get("ANALYSIS_SEEDS"))
    try:
        notebooks = find_notebooks(paths, args.notebooks)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not notebooks:
        print(f"no notebooks in {_display(paths.notebooks, paths.root)}/, nothing to do", file=sys.stderr)
        return 0

    run = RunSummary(notebooks=len(notebooks))
    for notebook in notebooks:
        per_article = False
        try:
            nb = read_notebook(notebook)
            reason = skip_reason(nb)
            if reason:
                print(f"skipping {_display(notebook, paths.root)}: {reason}", file=sys.stderr, flush=True)
                run.skipped += 1
                continue
            per_article = is_per_article(nb)
            build_report(notebook, paths, export=not per_article, timeout=args.timeout)
        except ReportError as exc:
            run.failed_notebooks.append(str(exc))
            print(f"error: {exc}", file=sys.stderr, flush=True)
            if not per_article:
                continue
            # The template's own run on its default article failed (a cell raised, or it ran out of time):
            # that is one article, and every other article still gets its report and the index its row.
        except (OSError, ValueError) as exc:  # an unreadable or malformed .ipynb
            message = f"{_display(notebook, paths.root)}: cannot be read ({_one_line(exc)})"
            run.failed_notebooks.append(message)
            print(f"error: {message}", file=sys.stderr, flush=True)
            continue
        if per_article:
            result = build_article_reports(notebook, paths, timeout=args.timeout)
            run.articles += result.articles
            run.failed_articles += result.failures
    print(run.line(), file=sys.stderr)
    return 0 if run.ok else 1


@dataclass
class RunSummary:
    """What one ``make report`` did: notebooks and article reports, each counted against its own total."""

    notebooks: int
    articles: int = 0
    skipped: int = 0  # notebooks that cannot run here (see skip_reason), kept as committed
    failed_notebooks: list[str] = field(default_factory=list)
    failed_articles: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed_notebooks and not self.failed_articles

    def line(self) -> str:
        """``"1 of 5 notebooks failed; 2 of 19 article reports failed"``, or ``"done: ..."`` when none did."""

        def count(n: int, what: str) -> str:
            return f"{n} {what}{'' if n == 1 else 's'}"

        ran = self.notebooks - self.skipped
        skipped = f" ({self.skipped} skipped)" if self.skipped else ""
        if self.ok:
            done = count(ran, "notebook") + skipped
            if self.articles:
                done += f" and {count(self.articles, 'article report')}"
            return f"done: {done}"
        out = f"{len(self.failed_notebooks)} of {count(ran, 'notebook')} failed{skipped}"
        if self.articles or self.failed_articles:
            out += f"; {len(self.failed_articles)} of {count(self.articles, 'article report')} failed"
        return out


if __name__ == "__main__":
    sys.exit(main())
