"""Run the benchmarks: ``python -m benchmarks [--list] [FILTER ...]``."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from collections.abc import Sequence

from benchmarks import discover


def run(name: str) -> bool:
    """Import ``benchmarks.<name>`` and call its ``main()``; return whether it succeeded."""
    print(f"== {name}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    try:
        module = importlib.import_module(f"benchmarks.{name}")
        entry = getattr(module, "main", None)
        if not callable(entry):
            print(f"error: benchmarks/{name}.py has no main()", file=sys.stderr)
            return False
        result = entry()
    except SystemExit as exc:  # a script may end with sys.exit(main())
        result = exc.code
    except Exception as exc:
        if type(exc).__name__ == "MissingData":  # benchmarks.common: data not available here
            print(f"== {name}: skipped: {exc}", file=sys.stderr, flush=True)
            return True
        traceback.print_exc()
        print(f"error: {name} raised after {time.perf_counter() - started:.1f} s", file=sys.stderr)
        return False
    ok = result is None or result is True or (type(result) is int and result == 0)
    sys.stdout.flush()
    verdict = "done" if ok else f"failed (main() returned {result!r})"
    print(f"== {name}: {verdict} in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("filters", nargs="*", help="run only benchmarks whose name contains one of these")
    parser.add_argument("--list", action="store_true", help="list the selected benchmarks and exit")
    args = parser.parse_args(argv)
    filters = [f for arg in args.filters for f in arg.split(",") if f]

    names = discover(filters)
    if not names:
        everything = discover()
        if filters:
            available = ", ".join(everything) or "none"
            print(
                f"error: no benchmark matches {' '.join(filters)} (available: {available})", file=sys.stderr
            )
            return 2
        print("no benchmarks/bench_*.py yet", file=sys.stderr)
        return 0
    if args.list:
        print("\n".join(names))
        return 0

    failed = [name for name in names if not run(name)]
    if failed:
        print(f"{len(failed)} of {len(names)} benchmark(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
