"""``python -m analysis predict TASK``: every analyzer over JSONL, one output line per input line.

The contract (``shared/predict-contract.md``): records ``{"id", "text"}`` (or ``"html"`` for the article
task) in, one JSON line out per input line, same order, same id. A record that cannot be analysed gets
``{"id": ..., "error": "..."}`` and the run goes on; exit status 0 when every line was answered, 2 when
the arguments or the input file are unusable.

Each task names the :mod:`~analysis.pipeline` layers it needs and a function from the resulting
:class:`~analysis.pipeline.Doc` to the task's output fields; the article is parsed once per record.
"""

from __future__ import annotations

import codecs
import functools
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from .errors import InputError
from .loading import MAX_BYTES, json_problem, normalise, record_from_json
from .model import Article
from .pipeline import Doc, Pipeline
from .record import Record
from .runtime import GROUP_CHARS, GROUP_RECORDS, in_groups, settle

TaskFn = Callable[[Doc], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Task:
    """A predict task: the pipeline layers it needs (with their settings) and the function that writes them.

    ``output`` is ``"module:function"``, imported on first use, so that the predict command starts fast and
    one broken analyzer does not break the others.
    """

    layers: tuple[str, ...]
    output: str
    config: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: Does the task find attributions over every prose part? Its records are then parsed a group at a
    #: time and their sentences tagged together before each is answered (:func:`_read_ahead`).
    tags_prose: bool = False


#: Task name -> what it needs from the pipeline and how its output is written. The contract requires
#: textstat's figures beside ours in ``readability`` and every prose part (headline included) in
#: ``attribution``; the hedging task judges each record as one text (its own output function).
TASKS: dict[str, Task] = {
    "sentences": Task((), "analysis.predict:sentences_task"),
    "article": Task((), "analysis.predict:article_task"),
    "readability": Task(
        ("readability",),
        "analysis.readability.predict:readability_task",
        {"readability": {"with_textstat": True}},
    ),
    "attribution": Task(
        ("attributions",),
        "analysis.attribution.predict:attribution_task",
        {"attributions": {"parts": "prose"}},
        tags_prose=True,
    ),
    "hedging": Task((), "analysis.hedging.predict:hedging_task", tags_prose=True),
}


def sentences_task(doc: Doc) -> dict[str, Any]:
    return {"sentences": [[s.start, s.end] for s in doc.article.sentences]}


def article_task(doc: Doc) -> dict[str, Any]:
    article, record = doc.article, doc.record
    out: dict[str, Any] = {
        "title": article.title,
        "body": article.body,
        "parts": [{"kind": p.kind, "start": p.start, "end": p.end} for p in article.parts],
    }
    if record is not None and record.html is not None and not record.text:
        out["text"] = article.text
    return out


@functools.cache
def resolve(task: str) -> tuple[Pipeline, TaskFn]:
    """The pipeline and output function of ``task``; ``KeyError`` if unknown, ``ImportError`` if not built."""
    spec = TASKS[task]
    module, _, name = spec.output.partition(":")
    return Pipeline(spec.layers, spec.config), getattr(importlib.import_module(module), name)


def task_output(task: str, article: Article, record: Record | None = None) -> dict[str, Any]:
    """The output fields of ``task`` for an article parsed already (for tests and benchmarks in process)."""
    pipe, fn = resolve(task)
    return fn(pipe(article, record))


def _answer(
    pipe: Pipeline,
    fn: TaskFn,
    task: str,
    line: str,
    where: str,
    max_bytes: int = MAX_BYTES,
    article: Article | None = None,
) -> dict[str, Any]:
    """The output line of one input line; ``article``: the record parsed already (:func:`_read_ahead`)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"{where}: not valid JSON ({json_problem(exc)}, column {exc.colno})"}
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
        if article is None:
            return {"id": rid, **fn(pipe.run_record(record))}
        return {"id": rid, **fn(pipe(article, record))}
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

    pipe, fn = resolve(task)
    ahead = TASKS[task].tags_prose
    errors = 0
    n = 0
    with Progress(f"predict {task}", total=total, unit="record", mode=progress) as bar:
        # records of a task that tags prose are read a group at a time, as the corpus run groups them
        numbered = enumerate(_lines(lines), 1)
        for group in in_groups(numbered, line_chars, GROUP_RECORDS if ahead else 1, GROUP_CHARS):
            parsed = _read_ahead(task, group, name, max_bytes) if ahead else {}
            for n, line in group:
                where = f"{name}:{n}"
                if isinstance(line, UnicodeDecodeError):
                    ans: dict[str, Any] = {
                        "id": None,
                        "error": f"{where}: not UTF-8 text ({line.reason} at byte {line.start} of the line)",
                    }
                elif not line.strip():
                    ans = {"id": None, "error": f"{where}: empty line"}
                else:
                    ans = _answer(pipe, fn, task, line, where, max_bytes, parsed.pop(n, None))
                errors += "error" in ans
                out.write(json.dumps(ans, ensure_ascii=False) + "\n")
                bar.update(errors=errors)
            del parsed
            if group[0][0] == 1:
                # the first group has loaded the task's lexicons (and its articles are gone): keep the
                # collector off them, and its middle passes rarer (runtime.MIDDLE)
                settle(rarer_middle=True)
    if progress:
        print(f"predict {task}: done, {n:,} records, {errors:,} errors", file=sys.stderr)
    return errors


_Line = tuple[int, "str | UnicodeDecodeError"]


def line_chars(line: _Line) -> int:
    """The characters of a numbered line (0 for one that is not UTF-8): what a group of lines read ahead
    together (:func:`analysis.runtime.in_groups`) is limited by, besides their number."""
    return len(line[1]) if isinstance(line[1], str) else 0


def _read_ahead(task: str, group: list[_Line], name: str, max_bytes: int) -> dict[int, Article]:
    """The articles of the group's records (line number -> article), their sentences read by the
    attribution rules and tagged in one pass (:func:`analysis.attribution.extract.tag_together`).

    Why: the tagger's cost is mostly numpy calls per pass, and a record tagged alone paid it for a
    handful of sentences: about 15% of ``predict attribution`` on BBC articles, more on the one-sentence
    records of ``predict hedging``. Tagging is per sentence, so the answers are the same bytes. A record
    that fails to read or parse is left out here and answered (with its error) as before; so is one the
    hedging judge reads no attributions in (:func:`analysis.hedging.sentences.reads_attributions`).
    """
    from .attribution.extract import PROSE_KINDS, tag_together
    from .hedging.sentences import reads_attributions
    from .loading import article_from_record

    out: dict[int, Article] = {}
    for n, line in group:
        if not isinstance(line, str) or not line.strip():
            continue
        try:
            record = record_from_json(json.loads(line), f"{name}:{n}", default_id="", max_bytes=max_bytes)
            if record.html is not None and not record.text:
                continue
            article = article_from_record(record)
        except Exception:  # noqa: BLE001 (answered as before, with its error, by _answer)
            continue
        if task == "hedging" and not reads_attributions(article):
            continue
        out[n] = article
    tag_together(out.values(), PROSE_KINDS)
    return out


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
