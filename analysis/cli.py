"""The command line: ``python -m analysis predict TASK ...``, ``parse FILE`` and ``corpus INPUT... -o OUT``.

Errors a user can fix (a missing file, an unknown task) print one line and exit with status 2; no
tracebacks.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .errors import InputError
from .loading import HTML_SUFFIXES, MAX_BYTES, TEXT_SUFFIXES
from .predict import TASKS, resolve, run

if TYPE_CHECKING:  # pandas is imported only by the commands that need it: predict starts faster
    import pandas as pd


def _megabytes(value: str) -> float:
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of megabytes") from None
    if not mb > 0:
        raise argparse.ArgumentTypeError(f"{value!r}: the limit must be more than 0")
    return mb


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    pr = sub.add_parser("predict", help="run one analyzer over a JSONL file (see the predict contract)")
    pr.add_argument("task", help="one of: " + ", ".join(TASKS))
    pr.add_argument("input", nargs="?", default="-", help="JSONL file of {id, text} records, or - for stdin")
    pr.add_argument("-o", "--output", help="write JSONL here instead of standard output")
    pr.add_argument(
        "--progress",
        action="store_true",
        help="show progress on standard error: a bar in a terminal, a plain line per 1,000 records "
        "otherwise (default: on when -o is given and standard error is a terminal)",
    )
    pr.add_argument(
        "--max-mb",
        type=_megabytes,
        default=MAX_BYTES / 1048576,
        metavar="MB",
        help=f"refuse a record whose text is larger than this (default: {MAX_BYTES // 1048576})",
    )
    pa = sub.add_parser("parse", help="show how an article file was split into parts")
    pa.add_argument("path", help="a .txt, .json, .jsonl or .html file, or a folder of them")
    co = sub.add_parser(
        "corpus",
        help="every analysis over a corpus, written as Parquet tables",
        description="Analyse a corpus (JSONL, CSV, folders of article files, globs) into Parquet tables: "
        "articles, sentences, attributions, sources, hedges, errors, with OUT/manifest.json.",
    )
    co.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="JSONL or CSV file, folder of articles, or glob"
    )
    co.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder for the tables")
    co.add_argument("--text-column", default="text", help="CSV column holding the article text [text]")
    co.add_argument("--id-column", help="CSV column holding the article id [id, when present]")
    co.add_argument("--date-column", help="CSV column holding the publication date [date, when present]")
    co.add_argument("--outlet-column", help="CSV column holding the outlet's name")
    co.add_argument("--workers", type=int, default=1, help="local worker processes (or Dask workers) [1]")
    co.add_argument("--scheduler", metavar="ADDRESS", help="run on this Dask scheduler (tcp://host:8786)")
    co.add_argument("--dask", action="store_true", help="run on a local Dask cluster of --workers workers")
    co.add_argument("--partition-size", type=int, default=100, help="records per partition and file [100]")
    co.add_argument("--max-mb", type=float, default=5.0, help="largest article accepted, in MB [5]")
    co.add_argument("--textstat", action="store_true", help="also textstat's seven scores (slower)")
    mode = co.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true", help="complete an interrupted run in OUT")
    mode.add_argument("--overwrite", action="store_true", help="replace the tables in OUT")
    bar = co.add_mutually_exclusive_group()
    bar.add_argument("--progress", action="store_true", default=None, help="always show the progress bar")
    bar.add_argument("--no-progress", dest="progress", action="store_false", help="never show it")
    return ap


def _predict(args: argparse.Namespace) -> int:
    if args.task not in TASKS:
        print(f"error: unknown task {args.task!r}; tasks are: {', '.join(TASKS)}", file=sys.stderr)
        return 2
    try:
        resolve(args.task)
    except (ImportError, AttributeError) as exc:
        print(f"error: the {args.task} task is not available ({exc})", file=sys.stderr)
        return 2
    name = "<stdin>" if args.input == "-" else args.input
    try:
        src = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")  # noqa: SIM115
    except OSError as exc:
        print(f"error: {args.input}: cannot be read ({exc.strerror or exc})", file=sys.stderr)
        return 2
    nul = _nul_byte(src)
    if nul is not None:
        print(
            f"error: {name}: not JSON Lines (a NUL byte at byte {nul:,}: binary data, or text in UTF-16)",
            file=sys.stderr,
        )
        if src is not sys.stdin.buffer:
            src.close()
        return 2
    article = _an_article_file(args.input, src)
    if article:
        print(f"error: {name}: {article}", file=sys.stderr)
        src.close()
        return 2
    try:
        out = sys.stdout if not args.output else open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    except OSError as exc:
        print(f"error: {args.output}: cannot be written ({exc.strerror or exc})", file=sys.stderr)
        return 2
    progress = args.progress or (args.output is not None and sys.stderr.isatty())
    try:
        run(
            args.task,
            src,
            out,
            name=name,
            progress=progress,
            max_bytes=int(args.max_mb * 1048576),
            total=_count_lines(Path(args.input)) if progress and args.input != "-" else None,
        )
    except BrokenPipeError:
        raise
    except OSError as exc:  # a read or write failing half way (a disk full, a file removed)
        print(f"error: {exc.filename or name}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        if src is not sys.stdin.buffer:
            src.close()
        if out is not sys.stdout:
            out.close()
    return 0


def _nul_byte(src: IO[bytes]) -> int | None:
    """Where a NUL byte is in the input's first line (its first 64 KB), or None; the input is not consumed.

    UTF-8 JSON Lines never hold one (JSON escapes control characters), so a NUL there means a binary file
    or UTF-16 text given by mistake: one line for the whole file, not an error line for each of its
    thousands of "lines". A NUL further down is one damaged record, answered with its own error line.
    """
    peek = getattr(src, "peek", None)
    if peek is None:
        return None
    first = peek(65536)[:65536].split(b"\n", 1)[0]
    pos = first.find(b"\x00")
    return None if pos < 0 else pos


def _an_article_file(path: str, src: IO[bytes]) -> str:
    """Why ``path`` is an article or a table rather than JSON Lines ("" when it is not), without consuming it.

    Why: a new user's first try is ``predict attribution seeds/story.txt``; that gave one "not valid JSON"
    line per line of the story and exit status 0. A ``.txt``/``.md``/``.html``/``.csv`` file whose first
    line does not open a JSON object is refused in one line that says what to run instead; a ``.jsonl``
    file (or standard input) with a bad first line keeps its per-line errors, as the contract says.
    """
    suffix = Path(path).suffix.lower()
    if path == "-" or suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | {".csv"}:
        return ""
    peek = getattr(src, "peek", None)
    first = peek(65536)[:65536].split(b"\n", 1)[0] if peek is not None else b""
    if first.lstrip(b"\xef\xbb\xbf \t\r").startswith(b"{"):
        return ""
    need = 'not JSON Lines: predict reads one {"id", "text"} object per line'
    if suffix == ".csv":
        return f"a CSV table, {need}; run `python -m analysis corpus FILE --text-column COLUMN -o OUT/`"
    return f"an article, {need}; run `make report SEEDS=folder` or `python -m analysis corpus FILE -o OUT/`"


def _count_lines(path: Path) -> int | None:
    """Lines in a file (for the progress bar's total), or None when it cannot be read."""
    n, last = 0, b"\n"
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                n += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return None
    return n + (last != b"\n")


def _parse(args: argparse.Namespace) -> int:
    from .loading import iter_articles
    from .tables import parts_table

    status = 0
    for item in iter_articles(Path(args.path)):
        if isinstance(item, InputError):
            print(f"error: {item}", file=sys.stderr)
            status = 1
            continue
        for note in item.notes:
            print(f"note: {item.source}: {note}", file=sys.stderr)
        print(f"# {item.id}: {item.title}")
        if "extraction" in item.meta:  # an HTML page: say where the headline and the text came from
            keys = ("headline_from", "extraction", "publisher", "author", "published")
            print("# " + "; ".join(f"{k}: {item.meta[k]}" for k in keys if item.meta.get(k)))
        print("\n".join(parts_listing(parts_table(item), shutil.get_terminal_size((100, 24)).columns)))
    return status


def parts_listing(parts: pd.DataFrame, width: int) -> list[str]:
    """The parts table as lines of at most ``width`` characters (at least 60), text left-aligned.

    Why not ``DataFrame.to_string``: it pads every row to the longest part (a 600-character caption made
    every line wrap) and right-aligns the text. Here each part's text has its white space collapsed and
    is cut with "…" to fit the line; the parser's reason for setting a part aside follows in brackets
    (the text is cut first, so that the reason shows).
    """
    width = max(width, 60)
    kind_w = max([4, *(len(k) for k in parts["kind"])])
    num_w = [max([len(c), *(len(str(v)) for v in parts[c])]) for c in ("start", "end", "words")]
    head = f"{'kind':<{kind_w}} {'start':>{num_w[0]}} {'end':>{num_w[1]}} {'words':>{num_w[2]}}  text"
    lines = [head]
    for row in parts.itertuples(index=False):
        lead = f"{row.kind:<{kind_w}} {row.start:>{num_w[0]}} {row.end:>{num_w[1]}} {row.words:>{num_w[2]}}  "
        room = width - len(lead)
        reason = f"  [{row.reason}]" if row.reason else ""
        text = _cut(" ".join(str(row.text).split()), max(30, room - len(reason)))
        lines.append(lead + _cut(text + reason, room))
    return lines


def _cut(text: str, room: int) -> str:
    """``text``, or its first ``room - 1`` characters and "…" when it is longer than ``room``."""
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"


def _corpus(args: argparse.Namespace) -> int:
    if args.workers > 1 and not (args.dask or args.scheduler):
        from .runtime import start_fork_server

        start_fork_server()  # loads the word lists and models while this process imports the rest
    from .corpus import CorpusError, CorpusInputError, CsvColumns, Options, run
    from .wording import plural

    opts = Options(
        inputs=args.inputs,
        out=Path(args.output),
        columns=CsvColumns(args.text_column, args.id_column, args.date_column, args.outlet_column),
        workers=args.workers,
        scheduler=args.scheduler,
        dask=args.dask,
        partition_size=args.partition_size,
        resume=args.resume,
        overwrite=args.overwrite,
        max_bytes=int(args.max_mb * 1024 * 1024),
        textstat=args.textstat,
        progress=args.progress,
    )
    try:
        s = run(opts)
    except (CorpusError, CorpusInputError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    kept = f", {s.partitions - s.computed} kept from before" if s.computed < s.partitions else ""
    counts = ", ".join(
        plural(n, what) for n, what in ((s.articles, "article"), (s.errors, "error"), (s.warnings, "warning"))
    )
    print(
        f"corpus: {counts} in {plural(s.partitions, 'partition')} ({s.computed:,} computed{kept}) "
        f"-> {opts.out} in {s.seconds:.1f} s",
        file=sys.stderr,
    )
    for line in problem_lines(opts.out):
        print(line, file=sys.stderr)
    return 0


#: How many of a corpus run's errors and warnings are named on standard error (all are in the table).
SHOWN_PROBLEMS = 5


def problem_lines(out: Path, limit: int = SHOWN_PROBLEMS) -> list[str]:
    """The first errors and warnings of the run in ``out``, one line each, and where the rest are.

    Why: a summary that says "1 error, 1 warning" and nothing else sends a user to the Parquet
    tables to learn which record was bad; the first few are named here, in corpus order (``seq``)."""
    from .corpus.runner import first_errors

    folder = out / "errors"
    rows, total = first_errors(out, limit)
    lines = []
    for r in rows:
        where = "" if r["message"].startswith(f"{r['where']}:") else f"{r['where']}: "
        lines.append(f"{r['severity']}: {where}{r['message']}")
    if total > limit:
        lines.append(f"... and {total - limit:,} more")
    if total:
        lines.append(f'the errors table: pandas.read_parquet("{folder}")')
    return lines


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "predict":
            return _predict(args)
        if args.command == "corpus":
            return _corpus(args)
        return _parse(args)
    except KeyboardInterrupt:
        if args.command == "corpus":  # the partitions written so far are kept: say how to go on
            print(
                f"corpus: interrupted; the partitions written so far are kept in {args.output}: run the same "
                "command with --resume to complete it",
                file=sys.stderr,
            )
        return 130
    except BrokenPipeError:
        return 0
