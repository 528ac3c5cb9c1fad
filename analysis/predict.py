"""``python -m analysis predict TASK``: every analyzer over JSONL, one output line per input line.

The contract (``shared/predict-contract.md``): records ``{"id", "text"}`` (or ``"html"`` for the article
task) in, one JSON line out per input line, same order, same id. A record that cannot be analysed gets
``{"id": ..., "error": "..."}`` and the run goes on; exit status 0 when every line was answered, 2 when
the arguments or the input file are unusable.

Each task is a function from an :class:`~analysis.model.Article` (and the record) to the task's output
fields. The registry names modules lazily so that a task's analyzer is imported only when it is run.
"""

from __future__ import annotations

import codecs
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from .errors import InputError
from .loading import MAX_BYTES, Record, article_from_record, normalise, record_from_json
from .model import Article
from .runtime import settle

TaskFn = Callable[[Article, Record], dict[str, Any]]

#: Task name -> "module:function". Analyzer packages register here by name, not by import, so that the
#: predict command starts fast and one broken analyzer does not break the others.
TASKS: dict[str, str] = {
    "sentences": "analysis.predict:sentences_task",
    "article": "analysis.predict:article_task",
    "readability": "analysis.readability.predict:readability_task",
    "attribution": "analysis.attribution.predict:attribution_task",
    "hedging": "analysis.hedging.predict:hedging_task",
}


def sentences_task(article: Article, record: Record) -> dict[str, Any]:
    return {"sentences": [[s.start, s.end] for s in article.sentences]}


def article_task(article: Article, record: Record) -> dict[str, Any]:
    out: dict[str, Any] = {
        "title": article.title,
        "body": article.body,
        "parts": [{"kind": p.kind, "start": p.start, "end": p.end} for p in article.parts],
    }
    if record.html is not None and not record.text:
        out["text"] = article.text
    return out


def resolve(task: str) -> TaskFn:
    """The function behind ``task``; ``KeyError`` for an unknown task, ``ImportError`` if not built."""
    target = TASKS[task]
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _answer(fn: TaskFn, task: str, line: str, where: str, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"{where}: not valid JSON ({exc.msg}, column {exc.colno})"}
    except RecursionError:
        return {"id": None, "error": f"{where}: the JSON is nested too deeply to read"}
    rid = obj.get("id") if isinstance(obj, dict) else None
    if isinstance(rid, str):
        rid = normalise(rid)[0]  # the id is echoed: a lone surrogate in it could not be written
    elif not (rid is None or isinstance(rid, int | float | bool)):
        rid = None  # an object or array is no id; the error below says so
    try:
        record = record_from_json(obj, where, default_id="", max_bytes=max_bytes)
        if record.html is not None and not record.text and task != "article":
            raise InputError(where, f'the {task} task takes "text"; "html" is read by the article task only')
        for note in record.notes:
            print(f"note: {where}: {note}", file=sys.stderr)
        article = article_from_record(record)
        return {"id": rid, **fn(article, record)}
    except InputError as err:
        return {"id": rid, "error": str(err)}
    except RecursionError:
        return {"id": rid, "error": f"{where}: the text is nested too deeply to analyse"}
    except Exception as exc:  # one bad record never stops the run; the message says what went wrong
        return {"id": rid, "error": f"{where}: internal error in {task} ({type(exc).__name__}: {exc})"}


def run(
    task: str,
    lines: Iterable[str | bytes],
    out: IO[str],
    name: str = "<stdin>",
    progress: bool | str = False,
    max_bytes: int = MAX_BYTES,
    total: int | None = None,
) -> int:
    """Answer every line; return the number of records that got an error line.

    ``lines`` may be bytes (read in binary, so that one line that is not UTF-8 is an error on that line
    and not the end of the run) or text. ``progress``: False, True (a bar in a terminal, plain lines
    otherwise; see :mod:`analysis.progress`), or ``"bar"``/``"lines"`` to choose; ``total`` is the
    number of lines when known, for the bar.
    """
    from .progress import Progress

    fn = resolve(task)
    errors = 0
    n = 0
    with Progress(f"predict {task}", total=total, unit="record", mode=progress) as bar:
        for n, line in enumerate(_lines(lines), 1):
            where = f"{name}:{n}"
            if isinstance(line, UnicodeDecodeError):
                ans: dict[str, Any] = {
                    "id": None,
                    "error": f"{where}: not UTF-8 text ({line.reason} at byte {line.start} of the line)",
                }
            elif not line.strip():
                ans = {"id": None, "error": f"{where}: empty line"}
            else:
                ans = _answer(fn, task, line, where, max_bytes)
            errors += "error" in ans
            out.write(json.dumps(ans, ensure_ascii=False) + "\n")
            if n == 1:
                settle()  # the first record has loaded the task's lexicons: keep the collector off them
            bar.update(errors=errors)
    if progress:
        print(f"predict {task}: done, {n:,} records, {errors:,} errors", file=sys.stderr)
    return errors


def _lines(lines: Iterable[str | bytes]) -> Iterator[str | UnicodeDecodeError]:
    """Each line without its line end; a line of bytes that is not UTF-8 becomes its decoding error."""
    for n, line in enumerate(lines):
        if isinstance(line, bytes):
            line = line.rstrip(b"\n").rstrip(b"\r")
            if n == 0:
                line = line.removeprefix(codecs.BOM_UTF8)
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield exc
                continue
        yield line.rstrip("\n").rstrip("\r")
