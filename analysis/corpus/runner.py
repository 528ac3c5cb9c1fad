"""``python -m analysis corpus INPUT... -o OUT/``: every analysis over a corpus, as Parquet tables.

The corpus is cut into partitions of ``partition_size`` consecutive records (the cut depends on the input
alone, never on the number of workers). Each partition is analysed in one piece (in this process, in
``--workers`` local processes, or on a Dask cluster) and written, by whoever analysed it, as one file per
table, ``OUT/<table>/part-NNNNN.parquet``; a marker ``OUT/_partitions/part-NNNNN.json`` (the partition's
fingerprint and row counts) written last says the partition is complete. Every file is written under a
temporary name and renamed, so a worker killed while writing leaves no half file. So the tables are the
same bytes whoever computed them, and an interrupted run (Ctrl-C, a killed worker, a full disk) keeps its
completed partitions: ``--resume`` computes only the rest. ``OUT/manifest.json`` (versions, inputs,
options, counts, and a ``timing`` field, the only one that changes from run to run) is written at the end.

What is sent to a worker: the records of one partition (key, id, text or HTML, metadata, where it came
from) and the output folder's path; what comes back: a small status (row counts, timings, or the one-line
reason it failed), never the rows themselves. A large result sent through the pool's pipe could be cut
in the middle by a worker killed while sending it, and the driver would wait for the rest for ever.
Workers need this package installed at the same version and the output folder at the same path (on
Dask: a file system all workers share); they read no input file.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import platform
import shutil
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import InputError
from ..loading import MAX_BYTES
from ..model import Article
from ..pipeline import plan
from ..record import Record
from ..runtime import GROUP_CHARS, GROUP_RECORDS, in_groups
from .inputs import CorpusInputError, CsvColumns, Inputs, Item, expand, iter_items
from .rows import LAYERS, SCHEMAS, TABLES, Rows, article_rows, empty_rows, error_row, to_tables

FORMAT = "analysis-corpus/2"  # 2: markers hold the row counts; workers write the files
MARKERS = "_partitions"
#: Where the pieces of a partition cut for the end of a local run wait to be joined (removed at the end).
PIECES = "_pieces"
RUN_FILE = "_run.json"
MANIFEST = "manifest.json"
#: A worker pool that dies this many times (a worker killed, out of memory) stops the run; --resume goes on.
MAX_POOL_RESTARTS = 3
#: How long to try to reach a Dask scheduler given with --scheduler.
SCHEDULER_TIMEOUT = "20s"
#: The driver waits for the next result at most :data:`STALL_FLOOR_S` seconds plus the time the records in
#: flight take at :data:`STALL_CHARS_PER_S` characters per second (a 40th of the slowest rate measured,
#: a 5 MB article, so a busy machine never trips it); then the run stops with a one-line error instead of
#: hanging (a stuck worker, a lost message).
STALL_FLOOR_S = 300.0
STALL_CHARS_PER_S = 2_500
#: How long closing a pool, a Dask client or a cluster may take before its processes are killed.
CLOSE_TIMEOUT_S = 30.0

#: One record as sent to a worker: (seq, key, record or None, where, error message, warning).
Payload = tuple[int, str, Record | None, str, str, str]


@dataclass(slots=True)
class Options:
    """What the corpus command was asked to do."""

    inputs: list[str]
    out: Path
    columns: CsvColumns = field(default_factory=CsvColumns)
    workers: int = 1
    scheduler: str | None = None
    dask: bool = False
    partition_size: int = 100
    resume: bool = False
    overwrite: bool = False
    max_bytes: int = MAX_BYTES
    textstat: bool = False  # textstat's seven scores too (slower; the textstat_* columns are null otherwise)
    progress: bool | None = None  # None: a bar when standard error is a terminal


@dataclass(slots=True)
class Summary:
    articles: int
    errors: int
    warnings: int
    partitions: int
    computed: int
    seconds: float


class CorpusError(Exception):
    """The run cannot start or go on; ``str(err)`` is one line for the user."""


# --- in the worker ----------------------------------------------------------------------------------


@functools.cache
def _pipeline(textstat: bool):
    from ..pipeline import Pipeline

    return Pipeline(LAYERS, {"readability": {"with_textstat": textstat}})


def _payload_chars(item: Payload) -> int:
    """The characters of a record's text and HTML (0 for a line that is no record): what a group of
    records parsed together (:func:`analysis.runtime.in_groups`) is limited by, besides their number."""
    rec = item[2]
    return len(rec.text) + len(rec.html or "") if rec is not None else 0


def analyse_partition(
    payload: list[Payload], textstat: bool = False, timings: dict[str, float] | None = None
) -> dict[str, pa.Table]:
    """The rows of one partition's records: errors and warnings as error rows, never an exception.

    ``textstat``: also compute textstat's seven scores (the ``textstat_*`` columns; null otherwise).
    ``timings``: add the CPU seconds of each stage (:data:`STAGES`) to it.
    """
    from ..runtime import one_article, settle

    pipe = _pipeline(textstat)
    rows = empty_rows()
    # records parsed together, so that the attribution tagger reads all their sentences in one pass
    for group in in_groups(payload, _payload_chars, GROUP_RECORDS, GROUP_CHARS):
        # the collector as while one article is analysed (rare young passes, no full one) over the whole
        # group: its parsing, tagging and rows allocate as much between the articles' analyses, and a
        # young pass every 700 objects there too was ~8% of a Reuters partition (short items)
        with one_article():
            _analyse_group(pipe, group, rows, timings)
        settle()  # after the first group, whose objects are gone by now: only what stays loaded is frozen
    started = time.process_time()
    tables = to_tables(rows)
    _add(timings, "tables", started)
    return tables


#: The stages of a partition whose CPU seconds a run reports (``manifest.json``'s ``timing.cpu_s``), in
#: order: parsing the records, the attribution rules and tagger read ahead for a group of records
#: (:func:`_first_kinds`), each pipeline layer, the rows, the Arrow tables and writing the files.
STAGES: tuple[str, ...] = ("parse", "tag_ahead", *(c.adds for c in plan(LAYERS)), "rows", "tables", "write")


def _add(timings: dict[str, float] | None, stage: str, started: float) -> None:
    """Add the CPU seconds since ``started`` to ``timings[stage]`` (nothing when not timing)."""
    if timings is not None:
        timings[stage] = timings.get(stage, 0.0) + time.process_time() - started


def _first_kinds(pipe: Any) -> frozenset[str] | None:
    """The parts the pipeline's first attribution run reads, which :func:`tag_together` must read ahead
    (None: no attributions). The hedging judge's run over every prose part comes first when it is in the
    pipeline (``judged_attributions`` is registered before ``attributions``), and the body-and-captions
    layer is then selected from it (``extract._selected``): sentences tagged ahead for the body and
    captions alone would be thrown away and every sentence read and tagged again (~14% of a BBC run)."""
    from ..attribution.extract import DEFAULT_KINDS, PROSE_KINDS

    layers = pipe.layers
    if "judged_attributions" in layers:
        return PROSE_KINDS
    if "attributions" in layers:
        return PROSE_KINDS if pipe.settings["attributions"]["parts"] == "prose" else DEFAULT_KINDS
    return None


def _analyse_group(
    pipe: Any, group: list[Payload], rows: Rows, timings: dict[str, float] | None = None
) -> None:
    """Parse a group of records, tag their articles' sentences together (one pass of the attribution
    tagger, :func:`analysis.attribution.extract.tag_together`), then analyse each record and append its
    rows, in order. A record's failure, parsing included, is its error row, as when analysed alone."""
    from ..attribution.extract import tag_together
    from ..loading import article_from_record

    started = time.process_time()
    parsed: list[Any] = []  # per record: its Article, the exception parsing raised, or None
    for _seq, _key, record, _where, _error, _warning in group:
        if record is None:
            parsed.append(None)
            continue
        try:
            parsed.append(article_from_record(record))
        except Exception as exc:  # noqa: BLE001 (raised again below, in the record's own turn)
            parsed.append(exc)
    _add(timings, "parse", started)
    started = time.process_time()
    kinds = _first_kinds(pipe)
    if kinds is not None:
        tag_together((a for a in parsed if isinstance(a, Article)), kinds)
    _add(timings, "tag_ahead", started)
    for i, (seq, key, record, where, error, warning) in enumerate(group):
        article, parsed[i] = parsed[i], None  # an analysed article and its caches go: memory stays flat
        if record is None:
            rows["errors"].append(error_row(seq, key, where, "error", error))
            continue
        if warning:
            rows["errors"].append(error_row(seq, key, where, "warning", warning))
        try:
            if isinstance(article, BaseException):
                raise article
            doc = pipe(article, record, timings)
            started = time.process_time()
            article_rows(seq, key, doc, rows)
            _add(timings, "rows", started)
        except InputError as err:
            rows["errors"].append(error_row(seq, key, where, "error", str(err)))
        except RecursionError:
            rows["errors"].append(
                error_row(seq, key, where, "error", f"{where}: nested too deeply to analyse")
            )
        except Exception as exc:  # one bad article never stops the partition; the message names it
            message = f"{where}: internal error ({type(exc).__name__}: {exc})"
            rows["errors"].append(error_row(seq, key, where, "error", message))


# --- in the driver -----------------------------------------------------------------------------------


def _payload(item: Item) -> Payload:
    if item.record is None:
        err = item.error
        return (item.seq, item.key, None, err.where if err else "", str(err), "")
    return (item.seq, item.key, item.record, item.record.where, "", item.warning)


def fingerprint(payload: list[Payload]) -> str:
    """A digest of what a partition holds, to tell on ``--resume`` whether the input is the same."""
    h = hashlib.sha256()
    for seq, key, rec, where, error, warning in payload:
        h.update(
            json.dumps([seq, key, where, error, warning], ensure_ascii=False).encode("utf-8", "surrogatepass")
        )
        if rec is not None:
            body = json.dumps([rec.id, rec.text, rec.html, sorted(rec.meta.items())], ensure_ascii=False)
            h.update(body.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _part_name(index: int) -> str:
    return f"part-{index:05d}"


def _write_atomic(path: Path, write: Callable[[Path], object]) -> None:
    """Write ``path`` under a temporary name of this process, then rename it: a process killed while
    writing leaves a ``.*.tmp`` file (removed at the end of the run), never a half ``path``; two
    processes writing the same file (a partition run again after a worker seemed lost) do not mix."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd", use_dictionary=True, write_statistics=True)


def partition_marker(index: int, payload: list[Payload], digest: str, tables: dict[str, pa.Table]) -> dict:
    """What ``OUT/_partitions/part-NNNNN.json`` says of a complete partition: which records (their
    fingerprint, for ``--resume``) and its counts (summed into the manifest without reading the tables)."""
    severity = tables["errors"].column("severity").to_pylist()
    return {
        "partition": index,
        "first_seq": payload[0][0],
        "records": len(payload),
        "fingerprint": digest,
        "rows": {t: tables[t].num_rows for t in TABLES},
        "errors": severity.count("error"),
        "warnings": severity.count("warning"),
        "body_words": int(pc.sum(tables["articles"].column("body_words")).as_py() or 0),
    }


def write_partition(out: Path, index: int, tables: dict[str, pa.Table], marker: dict[str, Any]) -> None:
    """Write one partition's tables, then its marker (so a partition with a marker is whole)."""
    name = _part_name(index)
    for table in TABLES:
        t = tables[table]
        if not t.schema.equals(SCHEMAS[table]):
            raise CorpusError(f"partition {index}: table {table} has an unexpected schema")
        _write_atomic(out / table / f"{name}.parquet", functools.partial(_write_parquet, t))
    _write_atomic(
        out / MARKERS / f"{name}.json",
        lambda p: p.write_text(json.dumps(marker, sort_keys=True) + "\n", encoding="utf-8"),
    )


def _marker(out: Path, index: int) -> dict[str, Any] | None:
    """A complete partition's marker (None: the partition is to be computed)."""
    path = out / MARKERS / f"{_part_name(index)}.json"
    if not path.exists():
        return None
    try:
        marker = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    if not all((out / t / f"{_part_name(index)}.parquet").exists() for t in TABLES):
        return None
    return marker


def first_errors(out: Path, limit: int) -> tuple[list[dict[str, Any]], int]:
    """The first ``limit`` rows of ``OUT``'s errors table in corpus order, and how many rows it has.

    Each partition's marker holds its row counts, so only the files of the first partitions with errors
    or warnings are read (a partition without a readable marker is read too), as single files: reading
    the whole table as a dataset to name five rows took ~0.4 s CPU and, on a busy machine, 2.5 s at the
    end of a Reuters run (216 files, 1,799 errors; most of it loading pyarrow's dataset modules)."""
    rows: list[dict[str, Any]] = []
    total = 0
    for path in sorted((out / "errors").glob("part-*.parquet")):
        try:
            marker = json.loads((out / MARKERS / f"{path.stem}.json").read_text(encoding="utf-8"))
            count = int(marker["rows"]["errors"])
        except (OSError, ValueError, TypeError, KeyError):
            count = -1  # unknown: read the file
        if count and (count < 0 or len(rows) < limit):
            got = pq.ParquetFile(path).read().to_pylist()  # not read_table: its dataset layer loads slowly
            count = len(got)
            if len(rows) < limit:
                rows += got
        total += count
    rows.sort(key=lambda r: r["seq"])  # partitions hold consecutive records: already in order
    return rows[:limit], total


def _piece_path(out: Path, index: int, piece: int, table: str) -> Path:
    return out / PIECES / f"{_part_name(index)}-{piece:03d}-{table}.arrow"


def write_piece(out: Path, index: int, piece: int, tables: dict[str, pa.Table]) -> None:
    """Write one piece of a partition as Arrow files, to be joined in order by :func:`join_written`."""
    (out / PIECES).mkdir(exist_ok=True)
    for table in TABLES:

        def write(p: Path, t: pa.Table = tables[table]) -> None:
            with pa.OSFile(str(p), "wb") as sink, pa.ipc.new_file(sink, t.schema) as writer:
                writer.write_table(t)

        _write_atomic(_piece_path(out, index, piece, table), write)


def join_written(out: Path, index: int, pieces: int) -> dict[str, pa.Table]:
    """A partition's tables from its pieces' Arrow files (:func:`join_pieces`); the files are removed."""
    results = []
    for piece in range(pieces):
        got = {}
        for table in TABLES:
            path = _piece_path(out, index, piece, table)
            with pa.OSFile(str(path), "rb") as source:
                got[table] = pa.ipc.open_file(source).read_all()
        results.append(got)
    tables = join_pieces(results)
    for piece in range(pieces):
        for table in TABLES:
            _piece_path(out, index, piece, table).unlink()
    return tables


@dataclass(frozen=True, slots=True)
class Task:
    """What a worker is sent: records ``[start, stop)`` of partition ``index``, piece ``piece`` of
    ``pieces`` (a whole partition is its only piece), and where to write them."""

    out: str
    index: int
    records: list[Payload]
    textstat: bool = False
    piece: int = 0
    pieces: int = 1


def compute(task: Task) -> dict[str, Any]:
    """In a worker: analyse the task's records and write them (a whole partition's Parquet files and its
    marker, or a piece's Arrow files); return a small status, never the rows, never an exception: the
    status goes back through a pipe in one write (a few hundred bytes, under the pipe's atomic size), so
    a worker killed at any moment leaves either the whole status or nothing."""
    started = time.perf_counter()
    status: dict[str, Any] = {"index": task.index, "piece": task.piece, "records": len(task.records)}
    cpu: dict[str, float] = {}
    try:
        tables = analyse_partition(task.records, task.textstat, cpu)
        analysed = time.perf_counter()
        writing = time.process_time()
        out = Path(task.out)
        if task.pieces == 1:
            marker = partition_marker(task.index, task.records, fingerprint(task.records), tables)
            write_partition(out, task.index, tables, marker)
        else:
            write_piece(out, task.index, task.piece, tables)
        _add(cpu, "write", writing)
    except OSError as exc:  # a full disk, an output folder the worker cannot reach
        status["oserror"] = [exc.errno, _short(exc.strerror or str(exc))]
        status["filename"] = _short(str(exc.filename or ""))
        return status
    except Exception as exc:  # noqa: BLE001 (a failure outside any one record: said in one line)
        status["error"] = _short(f"{type(exc).__name__}: {exc}")
        return status
    status["rows"] = {t: tables[t].num_rows for t in TABLES}
    status["analyse_s"] = round(analysed - started, 4)
    status["write_s"] = round(time.perf_counter() - analysed, 4)
    status["cpu_s"] = {stage: round(cpu.get(stage, 0.0), 4) for stage in STAGES}  # ~300 bytes
    return status


def _short(message: str, limit: int = 300) -> str:
    """A message cut to ``limit`` characters: statuses stay small (see :func:`compute`)."""
    return message if len(message) <= limit else message[: limit - 3] + "..."


def _check(status: dict[str, Any]) -> None:
    """Raise in the driver what a worker's status says went wrong (OSError: the run's own message)."""
    if "oserror" in status:
        errno, strerror = status["oserror"]
        raise OSError(errno, strerror, status.get("filename") or None)
    if "error" in status:
        raise WorkerError(f"partition {status['index']}: {status['error']}")


class WorkerError(Exception):
    """A worker could not complete a partition for a reason outside any one record."""


def _run_settings(opts: Options, inputs: Inputs) -> dict[str, Any]:
    """What determines the tables: a resumed run must have been started with the same."""
    return {
        "format": FORMAT,
        "analysis": _version(),
        "inputs": inputs.given,
        "files": [str(f) for f in inputs.files],
        "columns": asdict(opts.columns),
        "partition_size": opts.partition_size,
        "max_bytes": opts.max_bytes,
        "layers": list(LAYERS),
        "textstat": opts.textstat,
    }


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("analysis")
    except PackageNotFoundError:
        return "unknown"


def prepare_output(opts: Options, settings: dict[str, Any]) -> None:
    """Create ``OUT``; refuse an existing one unless resuming (same settings) or overwriting our own."""
    out = opts.out
    if out.exists() and not out.is_dir():
        raise CorpusError(f"{out}: exists and is not a folder")
    existing = out.is_dir() and any(out.iterdir())
    if existing:
        ours = (out / RUN_FILE).exists() or (out / MANIFEST).exists()
        if opts.overwrite:
            if not ours:
                raise CorpusError(f"{out}: not a corpus output folder (no {RUN_FILE}); refusing to delete it")
            for child in sorted(out.iterdir()):
                if child.is_dir() and (child.name in TABLES or child.name in (MARKERS, PIECES)):
                    shutil.rmtree(child)
                elif child.name in (RUN_FILE, MANIFEST):
                    child.unlink()
        elif opts.resume:
            if not ours:
                raise CorpusError(f"{out}: not a corpus output folder (no {RUN_FILE}); nothing to resume")
            if not (out / RUN_FILE).exists():
                raise CorpusError(
                    f"{out}: has no {RUN_FILE}, so what it was started with is unknown; "
                    "use --overwrite to compute it again"
                )
            try:
                before = json.loads((out / RUN_FILE).read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise CorpusError(f"{out / RUN_FILE}: unreadable ({exc}); use --overwrite") from exc
            if not isinstance(before, dict):
                raise CorpusError(f"{out / RUN_FILE}: unreadable (not a JSON object); use --overwrite")
            if before.get("format") != settings["format"]:
                # Another format's partitions (markers without row counts, other columns) cannot be
                # joined with this version's: saying "different format" would suggest the user can match it.
                raise CorpusError(
                    f"{out}: written in format {before.get('format') or 'unknown'} by another version of "
                    f"this command, which writes {settings['format']}; it cannot be resumed: "
                    "use --overwrite to compute it again"
                )
            changed = sorted(k for k in settings if before.get(k) != settings[k])
            if changed:
                raise CorpusError(
                    f"{out}: was started with different {', '.join(changed)}; "
                    "run with the same inputs and options, or use --overwrite"
                )
        else:
            raise CorpusError(f"{out}: exists; use --resume to complete it or --overwrite to replace it")
    for sub in (*TABLES, MARKERS):
        (out / sub).mkdir(parents=True, exist_ok=True)
    (out / RUN_FILE).write_text(json.dumps(settings, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def partitions(items: Iterator[Item], size: int) -> Iterator[list[Payload]]:
    while True:
        chunk = [_payload(i) for i in islice(items, size)]
        if not chunk:
            return
        yield chunk


class _Progress:
    """tqdm bar over articles when standard error is a terminal (or asked for); silent otherwise."""

    def __init__(self, enabled: bool | None) -> None:
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked from this one
        self.bar = tqdm(unit="article", desc="corpus", disable=not enabled if enabled is not None else None,
                        file=sys.stderr, dynamic_ncols=True, smoothing=0.1)  # fmt: skip

    def update(self, n: int) -> None:
        self.bar.update(n)

    def close(self) -> None:
        self.bar.close()


def run(opts: Options) -> Summary:
    """Run the corpus command; raises :class:`CorpusError` or :class:`CorpusInputError` (one line each)."""
    started = time.monotonic()
    if opts.partition_size < 1:
        raise CorpusError("--partition-size must be at least 1")
    if opts.workers < 1:
        raise CorpusError("--workers must be at least 1")
    inputs = expand(opts.inputs, opts.columns)
    items = iter_items(inputs, opts.columns, opts.max_bytes)
    first = next(items, None)
    if first is None:
        raise CorpusInputError(f"{', '.join(opts.inputs)}: no article found (empty corpus)")
    settings = _run_settings(opts, inputs)
    engine = _Engine(opts)  # first: an unreachable scheduler must not leave an output folder behind
    try:
        prepare_output(opts, settings)
    except BaseException:
        engine.close()
        raise

    def all_items() -> Iterator[Item]:
        yield first
        yield from items

    progress = _Progress(opts.progress)
    n_parts = computed = 0
    cpu = dict.fromkeys(STAGES, 0.0)  # CPU seconds per stage over the partitions computed in this run
    clean = False
    try:

        def pending() -> Iterator[tuple[int, list[Payload]]]:
            nonlocal n_parts
            for index, payload in enumerate(partitions(all_items(), opts.partition_size)):
                n_parts = index + 1
                marker = _marker(opts.out, index) if opts.resume else None
                if marker is not None:
                    if marker.get("fingerprint") != fingerprint(payload):
                        raise CorpusError(
                            f"{opts.out}: partition {index} was made from different records; use --overwrite"
                        )
                    progress.update(len(payload))
                    continue
                yield index, payload

        pieces_done: dict[int, int] = {}  # partition -> pieces written so far
        for unit, status in engine.map(pending()):
            _check(status)
            for stage, seconds in status.get("cpu_s", {}).items():
                cpu[stage] = cpu.get(stage, 0.0) + seconds
            if unit.pieces > 1:  # the last pieces of a local run: joined here once all are written
                pieces_done[unit.index] = pieces_done.get(unit.index, 0) + 1
                if pieces_done[unit.index] == unit.pieces:
                    del pieces_done[unit.index]
                    writing = time.process_time()
                    tables = join_written(opts.out, unit.index, unit.pieces)
                    marker = partition_marker(unit.index, unit.payload, fingerprint(unit.payload), tables)
                    write_partition(opts.out, unit.index, tables, marker)
                    _add(cpu, "write", writing)
                    computed += 1
            else:
                if engine.client is not None and _marker(opts.out, unit.index) is None:
                    raise CorpusError(
                        f"{opts.out}: a Dask worker wrote partition {unit.index} where this process cannot "
                        "see it; the output folder must be on a file system every worker shares, at the "
                        "same path"
                    )
                computed += 1
            progress.update(len(unit.records))
        clean = True
    except (CorpusError, CorpusInputError):
        raise
    except OSError as exc:  # a full disk, a folder removed under the run
        raise CorpusError(
            f"{opts.out}: cannot write ({exc.strerror or exc}); the completed partitions are kept: "
            "run again with --resume"
        ) from exc
    except Exception as exc:  # a worker's failure outside any one record: say so in one line, keep the rest
        raise CorpusError(
            f"the run stopped ({type(exc).__name__}: {exc}); the completed partitions are kept: "
            "run again with --resume"
        ) from exc
    finally:
        progress.close()
        engine.close(kill=not clean)
    _remove_leftovers(opts.out, n_parts)
    seconds = time.monotonic() - started
    manifest = write_manifest(opts, inputs, settings, n_parts, seconds, engine.description, cpu)
    c = manifest["counts"]
    return Summary(c["articles"], c["errors"], c["warnings"], n_parts, computed, seconds)


def _remove_leftovers(out: Path, n_parts: int) -> None:
    """Remove partitions beyond the input's end (left by an earlier, longer run being resumed), the
    temporary files of workers killed while writing, and unjoined pieces."""
    for sub in (*TABLES, MARKERS):
        for f in sorted((out / sub).glob(".*.tmp")):
            f.unlink(missing_ok=True)
        for f in sorted((out / sub).glob("part-*")):
            try:
                index = int(f.name[5:10])
            except ValueError:
                continue
            if index >= n_parts:
                f.unlink()
    shutil.rmtree(out / PIECES, ignore_errors=True)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_manifest(
    opts: Options,
    inputs: Inputs,
    settings: dict[str, Any],
    n_parts: int,
    seconds: float,
    engine: str,
    cpu: dict[str, float] | None = None,
) -> dict[str, Any]:
    """``OUT/manifest.json``: deterministic apart from ``timing`` (how long, on what engine, and ``cpu_s``:
    the CPU seconds of each stage, :data:`STAGES`, summed over the workers, for the partitions computed in
    this run). The counts are the partitions' markers' (each written with its tables)."""
    rows = {t: 0 for t in TABLES}
    errors = warnings = words = 0
    for i in range(n_parts):
        marker = _marker(opts.out, i)
        if marker is None or not isinstance(marker.get("rows"), dict):
            raise CorpusError(f"{opts.out}: partition {i} is missing or incomplete; run again with --resume")
        for t in TABLES:
            rows[t] += int(marker["rows"].get(t, 0))
        errors += int(marker.get("errors", 0))
        warnings += int(marker.get("warnings", 0))
        words += int(marker.get("body_words", 0))
    manifest = {
        "format": FORMAT,
        "versions": {
            "analysis": settings["analysis"],
            "python": platform.python_version(),
            "pyarrow": pa.__version__,
        },
        "inputs": [{"path": str(f), "bytes": f.stat().st_size, "sha256": _sha256(f)} for f in inputs.files],
        "options": {
            "columns": settings["columns"],
            "partition_size": opts.partition_size,
            "max_bytes": opts.max_bytes,
            "layers": settings["layers"],
            "textstat": settings["textstat"],
        },
        "counts": {
            "records": rows["articles"] + errors,
            "articles": rows["articles"],
            "errors": errors,
            "warnings": warnings,
            "body_words": words,
            "partitions": n_parts,
            "rows": rows,
        },
        "tables": {t: f"{t}/part-*.parquet" for t in TABLES},
        "timing": {
            "seconds": round(seconds, 2),
            "articles_per_s": round(rows["articles"] / seconds, 1) if seconds > 0 else None,
            "engine": engine,
            "cpu_s": {stage: round(v, 2) for stage, v in (cpu or {}).items()},
        },
    }
    (opts.out / MANIFEST).write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return manifest


@dataclass(frozen=True, slots=True)
class WorkUnit:
    """What one worker task computes: records ``[start, stop)`` of a partition, piece ``piece`` of
    ``pieces`` (a whole partition is its only piece)."""

    index: int
    payload: list[Payload]
    piece: int = 0
    pieces: int = 1
    start: int = 0
    stop: int | None = None

    @property
    def records(self) -> list[Payload]:
        return self.payload if self.pieces == 1 else self.payload[self.start : self.stop]

    @property
    def chars(self) -> int:
        return sum(len(r[2].text) + len(r[2].html or "") for r in self.records if r[2] is not None)


def work_units(parts: Iterator[tuple[int, list[Payload]]], lookahead: int, pieces: int) -> Iterator[WorkUnit]:
    """The partitions as worker tasks: whole, except the last ``lookahead`` of the run, each cut into up
    to ``pieces`` pieces so that the workers finish together. Reads ``lookahead`` partitions ahead (the
    end of the run is known only when the input is exhausted)."""
    ahead: deque[tuple[int, list[Payload]]] = deque()
    for part in parts:
        ahead.append(part)
        if len(ahead) > lookahead:
            yield WorkUnit(*ahead.popleft())
    while ahead:
        index, payload = ahead.popleft()
        size = -(-len(payload) // max(1, min(pieces, len(payload))))
        starts = range(0, len(payload), size)  # no empty piece: 5 records in pieces of 2 are 3 pieces
        for piece, start in enumerate(starts):
            yield WorkUnit(index, payload, piece, len(starts), start, start + size)


def join_pieces(results: list[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    """A partition's tables from its pieces' (in order): the same rows, as one chunk per column, so the
    Parquet files are the same bytes as when the partition was computed whole."""
    return {t: pa.concat_tables([r[t] for r in results]).combine_chunks() for t in TABLES}


def stall_limit(units: Iterator[WorkUnit] | list[WorkUnit]) -> float:
    """Seconds to wait for the next result while ``units`` are in flight (see :data:`STALL_FLOOR_S`)."""
    return STALL_FLOOR_S + sum(u.chars for u in units) / STALL_CHARS_PER_S


class StalledError(Exception):
    """No result came back in time: a worker is stuck (or a message was lost)."""


def _stalled(limit: float) -> StalledError:
    return StalledError(
        f"no partition finished in {limit:.0f} s: a worker is stuck or the machine is overloaded"
    )


class _Engine:
    """Runs partitions in this process, in local worker processes or on Dask; yields each work unit
    with its worker's status as they end (the worker has written the unit's files).

    At most two partitions per worker are in flight, so memory stays flat however large the corpus.
    """

    def __init__(self, opts: Options) -> None:
        self.opts = opts
        self.out = str(opts.out.resolve())  # as the workers see it
        self.client: Any = None
        self.cluster: Any = None
        self.pool: ProcessPoolExecutor | None = None
        if opts.scheduler or opts.dask:
            try:
                from distributed import Client, LocalCluster
            except ImportError as exc:
                raise CorpusError(f"--dask needs dask.distributed ({exc})") from exc
            if opts.scheduler:
                try:
                    self.client = Client(opts.scheduler, timeout=SCHEDULER_TIMEOUT)
                except (OSError, TimeoutError) as exc:
                    raise CorpusError(f"cannot reach the Dask scheduler at {opts.scheduler} ({exc})") from exc
                self.description = "dask scheduler"
            else:
                with _sigint_ignored():
                    self.cluster = LocalCluster(
                        n_workers=opts.workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=":0",
                        # Dask's own warnings and errors (tasks cancelled, a heartbeat that finds the
                        # scheduler closed when the command stops) are not the user's business: the command
                        # reports every outcome, a failed partition too, in its own lines.
                        silence_logs=logging.CRITICAL,
                    )
                self.client = Client(self.cluster)
                self.description = f"dask LocalCluster, {opts.workers} worker(s)"
        elif opts.workers > 1:
            self.description = f"{opts.workers} local processes"
        else:
            self.description = "1 process"

    def task(self, unit: WorkUnit) -> Task:
        return Task(self.out, unit.index, unit.records, self.opts.textstat, unit.piece, unit.pieces)

    def _new_pool(self) -> ProcessPoolExecutor:
        import multiprocessing

        from ..runtime import FORK_SERVER_PRELOAD

        ctx = multiprocessing.get_context("forkserver")
        # the fork server loads the lexicons and models once (analysis.corpus.warm); workers fork with them
        # (the command starts it before its own imports: runtime.start_fork_server)
        ctx.set_forkserver_preload(FORK_SERVER_PRELOAD)
        return ProcessPoolExecutor(max_workers=self.opts.workers, mp_context=ctx)

    def map(self, parts: Iterator[tuple[int, list[Payload]]]) -> Iterator[tuple[WorkUnit, dict[str, Any]]]:
        if self.client is not None:
            yield from self._map_dask(parts)
        elif self.opts.workers > 1:
            yield from self._map_pool(parts)
        else:
            for index, payload in parts:
                unit = WorkUnit(index, payload)
                yield unit, compute(self.task(unit))

    def _map_pool(self, parts: Iterator[tuple[int, list[Payload]]]) -> Iterator[tuple[WorkUnit, dict]]:
        """Local processes; a pool broken by a dead worker is replaced and its pieces are run again.

        The last partitions of the run are sent in pieces (:func:`work_units`): whole, the final partition
        of an odd count kept one worker busy while the others sat idle (on BBC with 2 workers, 23
        partitions of about 0.65 s). The driver joins a partition's pieces in order once all are written,
        so its tables are the same bytes as when computed whole.
        """
        limit = 2 * self.opts.workers
        restarts = 0
        self.pool = self._new_pool()
        units = work_units(parts, lookahead=limit, pieces=limit)
        inflight: dict[Future, WorkUnit] = {}
        again: list[WorkUnit] = []
        exhausted = False
        while True:
            broken = False
            while len(inflight) < limit:
                if again:
                    nxt = again.pop(0)
                elif not exhausted:
                    unit = next(units, None)
                    if unit is None:
                        exhausted = True
                        continue
                    nxt = unit
                else:
                    break
                try:
                    inflight[self.pool.submit(compute, self.task(nxt))] = nxt
                except BrokenProcessPool:
                    again.insert(0, nxt)
                    broken = True
                    break
            if not broken:
                if not inflight:
                    return
                patience = stall_limit(list(inflight.values()))
                done, _ = wait(inflight, timeout=patience, return_when=FIRST_COMPLETED)
                if not done:
                    raise _stalled(patience)
                for fut in sorted(done, key=lambda f: (inflight[f].index, inflight[f].piece)):
                    unit = inflight.pop(fut)
                    try:
                        status = fut.result()
                    except BrokenProcessPool:
                        again.append(unit)
                        broken = True
                        continue
                    yield unit, status
            if broken:
                restarts += 1
                if restarts > MAX_POOL_RESTARTS:
                    raise CorpusError(
                        f"worker processes died {restarts} times (killed, or out of memory); the completed "
                        "partitions are kept: run again with --resume"
                    )
                print(
                    f"corpus: a worker process died; restarting workers ({restarts}/{MAX_POOL_RESTARTS}); "
                    "the completed partitions are kept",
                    file=sys.stderr,
                )
                self.pool.shutdown(wait=False, cancel_futures=True)
                again = sorted([*again, *inflight.values()], key=lambda u: (u.index, u.piece))
                inflight = {}
                self.pool = self._new_pool()

    def _map_dask(self, parts: Iterator[tuple[int, list[Payload]]]) -> Iterator[tuple[WorkUnit, dict]]:
        from distributed import wait as dask_wait

        limit = 2 * max(1, len(self.client.scheduler_info().get("workers", {})) or self.opts.workers)
        inflight: dict[Any, WorkUnit] = {}

        def submit(part: tuple[int, list[Payload]] | None) -> None:
            if part is not None:
                unit = WorkUnit(*part)
                inflight[self.client.submit(compute, self.task(unit), pure=False)] = unit

        for part in islice(parts, limit):
            submit(part)
        while inflight:
            patience = stall_limit(list(inflight.values()))
            try:
                done = dask_wait(list(inflight), timeout=patience, return_when="FIRST_COMPLETED").done
            except TimeoutError as exc:
                raise _stalled(patience) from exc
            for fut in sorted(done, key=lambda f: inflight[f].index):
                unit = inflight.pop(fut)
                status = fut.result(timeout=CLOSE_TIMEOUT_S)
                fut.release()
                yield unit, status
                submit(next(parts, None))

    def close(self, kill: bool = False) -> None:
        """Release the workers. ``kill``: the run failed, and a worker may be stuck: the pool's processes
        are killed rather than waited for (a pool waits for its running tasks, however long)."""
        if self.pool is not None:
            if kill:
                _kill_pool(self.pool)
            self.pool.shutdown(wait=not kill, cancel_futures=True)
            self.pool = None
        if self.client is not None:
            self.client.close(timeout=CLOSE_TIMEOUT_S)
            self.client = None
        if self.cluster is not None:
            self.cluster.close(timeout=CLOSE_TIMEOUT_S)
            self.cluster = None


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore Ctrl-C while a LocalCluster starts its worker processes, which inherit that (a spawned
    Python keeps SIGINT ignored). Ctrl-C reaches the terminal's whole process group: workers that took it
    died mid-task and printed some sixty lines of Dask tracebacks before the command's one-line message;
    this way only the command stops, and it closes the cluster itself."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    """Kill a pool's worker processes and close this process's end of its result pipe, so that its
    manager thread, even one blocked reading a message a dead worker left unfinished, sees the pool
    broken and ends (it is joined when the interpreter exits). Uses the executor's private fields, as
    the standard library offers no way to abandon a pool."""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            proc.kill()
        except (OSError, ValueError):  # already gone, or closed
            pass
    queue = getattr(pool, "_result_queue", None)
    writer = getattr(queue, "_writer", None)
    if writer is not None:
        try:
            writer.close()
        except OSError:
            pass
