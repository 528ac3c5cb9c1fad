"""``python -m analysis predict TASK``: every analyzer over JSONL, one output line per input line.

The contract (``shared/predict-contract.md``): records ``{"id", "text"}`` (or ``"html"`` for the article
task) in, one JSON line out per input line, same order, same id. A record that cannot be analysed gets
``{"id": ..., "error": "..."}`` and the run goes on; exit status 0 when every line was answered, 2 when
the arguments or the input file are unusable.

Each task is a function from an :class:`~analysis.model.Article` (and the record) to the task's output
fields. The registry names modules lazily so that a task's analyzer is imported only when it is run.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from .errors import InputError
from .loading import Record, article_from_record, record_from_json
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


def _answer(fn: TaskFn, task: str, line: str, where: str) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"{where}: not valid JSON ({exc.msg}, column {exc.colno})"}
    rid = obj.get("id") if isinstance(obj, dict) else None
    try:
        record = record_from_json(obj, where, default_id="")
        if record.html is not None and not record.text and task != "article":
            raise InputError(where, f'the {task} task takes "text"; "html" is read by the article task only')
        article = article_from_record(record)
        return {"id": rid, **fn(article, record)}
    except InputError as err:
        return {"id": rid, "error": str(err)}
    except RecursionError:
        return {"id": rid, "error": f"{where}: the text is nested too deeply to analyse"}
    except Exception as exc:  # one bad record never stops the run; the message says what went wrong
        return {"id": rid, "error": f"{where}: internal error in {task} ({type(exc).__name__}: {exc})"}


def run(task: str, lines: Iterable[str], out: IO[str], name: str = "<stdin>", progress: bool = False) -> int:
    """Answer every line; return the number of records that got an error line."""
    fn = resolve(task)
    errors = 0
    started = time.monotonic()
    n = 0
    for n, line in enumerate(_lines(lines), 1):
        where = f"{name}:{n}"
        if not line.strip():
            ans: dict[str, Any] = {"id": None, "error": f"{where}: empty line"}
        else:
            ans = _answer(fn, task, line, where)
        errors += "error" in ans
        out.write(json.dumps(ans, ensure_ascii=False) + "\n")
        if n == 1:
            settle()  # the first record has loaded the task's lexicons: keep the collector off them
        if progress and n % 1000 == 0:
            rate = n / max(time.monotonic() - started, 1e-9)
            print(f"predict {task}: {n:,} records, {errors:,} errors, {rate:,.0f} records/s", file=sys.stderr)
    if progress:
        print(f"predict {task}: done, {n:,} records, {errors:,} errors", file=sys.stderr)
    return errors


def _lines(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        yield line.rstrip("\n").rstrip("\r")
