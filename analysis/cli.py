"""The command line: ``python -m analysis predict TASK ...`` and ``python -m analysis parse FILE``.

Errors a user can fix (a missing file, an unknown task) print one line and exit with status 2; no
tracebacks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import InputError
from .loading import MAX_BYTES
from .predict import TASKS, resolve, run


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
        print(parts_table(item)[["kind", "start", "end", "words", "text", "reason"]].to_string(index=False))
    return status


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "predict":
            return _predict(args)
        return _parse(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
