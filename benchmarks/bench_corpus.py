"""Corpus runs: one pass over every analysis, workers, and memory as the corpus grows.

1. **One pass, one core** on BBC (``../shared/data/corpora/bbc.jsonl``): every record through the corpus
   pipeline and into table rows (:func:`analysis.corpus.runner.analyse_partition`), CPU seconds of this
   process (the machine is shared, so CPU time is steadier than wall time; both are reported). Beside it,
   in the same run, textstat's seven scores on the same texts: the ratio says how many textstat runs one
   full analysis costs. Words are whitespace-separated tokens of the input text.
2. **End to end** (``python -m analysis corpus``, a fresh process each, wall clock): BBC with 1 and 2
   local workers (the speed-up), then Reuters (``reuters.jsonl``) with 2 workers, once as it is and once
   given four times (4x the records), sampling every worker's resident memory: the peak per worker must
   stay flat as the corpus grows.

The Reuters runs also report where the workers' CPU time went, stage by stage (``timing.cpu_s`` of the
manifest: parsing, each analysis, rows, tables, writes).

Targets (issue 15): >= 100,000 words/s in one pass; 2 workers >= 1.7x one; Reuters <= 25 s wall on this
2-core machine; peak memory per worker <= 500 MB, flat from 1x to 4x. ``BENCH_CORPUS_QUICK=1`` skips the
4x Reuters run.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.common import data_file, write_results

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"words_per_s": 100_000, "speedup_2_workers": 1.7, "reuters_wall_s": 25.0, "worker_peak_mb": 500}


def _load() -> float:
    """The 1-minute load average when a figure is taken: on a shared machine it says how busy it was."""
    return round(os.getloadavg()[0], 1)


def one_pass(path: Path) -> dict:
    from analysis.corpus.runner import analyse_partition
    from analysis.readability.textstat_offline import textstat_scores
    from analysis.record import Record

    with path.open(encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    words = sum(len(r["text"].split()) for r in recs)
    payload = [
        (i, r["id"], Record(r["id"], r["text"], f"{path.name}:{i + 1}"), "", "", "")
        for i, r in enumerate(recs)
    ]
    analyse_partition(payload[:5])  # load the lexicons and the model first, as any long run has
    cpu, wall = time.process_time(), time.perf_counter()
    for start in range(0, len(payload), 100):
        analyse_partition(payload[start : start + 100])
    ours_cpu, ours_wall = time.process_time() - cpu, time.perf_counter() - wall
    cpu = time.process_time()
    for r in recs:
        textstat_scores(r["text"])
    ts_cpu = time.process_time() - cpu
    return {
        "load_average": _load(),
        "articles": len(recs),
        "words": words,
        "cpu_s": round(ours_cpu, 2),
        "wall_s": round(ours_wall, 2),
        "words_per_s": round(words / ours_cpu),
        "textstat_cpu_s": round(ts_cpu, 2),
        "textstat_words_per_s": round(words / ts_cpu),
        "cost_in_textstat_runs": round(ours_cpu / ts_cpu, 2),
    }


def end_to_end(inputs: list[Path], workers: int) -> dict:
    """Wall time of the command in a fresh process, and the peak resident memory of each process."""
    import psutil

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "analysis", "corpus", *map(str, inputs), "-o", str(out), "--no-progress",
               "--workers", str(workers)]  # fmt: skip
        started = time.perf_counter()
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        peaks: dict[int, int] = {}
        stop = threading.Event()

        def sample() -> None:
            main = psutil.Process(proc.pid)
            while not stop.is_set():
                try:
                    procs = [main, *main.children(recursive=True)]
                except psutil.Error:
                    break
                for p in procs:
                    try:
                        peaks[p.pid] = max(peaks.get(p.pid, 0), p.memory_info().rss)
                    except psutil.Error:
                        pass
                time.sleep(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, err = proc.communicate()
        wall = time.perf_counter() - started
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        stop.set()
        sampler.join()
        if proc.returncode != 0:
            raise RuntimeError(f"corpus run failed: {err.strip()}")
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    mb = sorted((v / 1048576 for k, v in peaks.items() if k != proc.pid), reverse=True)
    return {
        "load_average": _load(),
        "inputs": len(inputs),
        "workers": workers,
        "articles": manifest["counts"]["articles"],
        "wall_s": round(wall, 1),
        # CPU seconds of the command and every process it waited for: on a shared machine the wall time
        # says how busy it was, this says what the run cost. With --workers N the workers are the fork
        # server's children, not the command's, so only the driver is counted here: ``workers_cpu_s``
        # (the manifest's stage timings summed) is theirs.
        "cpu_s": round(
            cpu_after.ru_utime + cpu_after.ru_stime - cpu_before.ru_utime - cpu_before.ru_stime, 1
        ),
        "driver_peak_mb": round(peaks.get(proc.pid, 0) / 1048576),
        # With --workers 1 the driver analyses; with N it spawns a forkserver and N workers.
        "worker_peak_mb": round(mb[0]) if workers > 1 and mb else round(peaks.get(proc.pid, 0) / 1048576),
        # where the workers' CPU went (manifest.json's timing.cpu_s): parsing, each analysis, rows, writes
        "stages_cpu_s": manifest["timing"]["cpu_s"],
        "workers_cpu_s": round(sum(manifest["timing"]["cpu_s"].values()), 1),
    }


def main() -> int:
    bbc = data_file("corpora/bbc.jsonl")
    reuters = data_file("corpora/reuters.jsonl")
    res: dict = {"data": "corpora/bbc.jsonl, corpora/reuters.jsonl", "targets": TARGETS}
    # Other work on the machine slows every wall-clock figure; the load says how much there was.
    res["load_average_at_start"] = _load()
    res["one_pass_bbc"] = p = one_pass(bbc)
    print(
        f"one pass, one core, BBC ({p['words']:,} words): {p['words_per_s']:,} words/s CPU "
        f"({p['cpu_s']} s CPU, {p['wall_s']} s wall); textstat's seven scores alone: "
        f"{p['textstat_words_per_s']:,} words/s; all analyses cost {p['cost_in_textstat_runs']}x textstat"
    )
    one = end_to_end([bbc], 1)
    two = end_to_end([bbc], 2)
    res["bbc_1_worker"], res["bbc_2_workers"] = one, two
    res["speedup_2_workers"] = round(one["wall_s"] / two["wall_s"], 2)
    print(
        f"BBC end to end: 1 worker {one['wall_s']} s ({one['cpu_s']} s CPU), 2 workers {two['wall_s']} s "
        f"({two['cpu_s']} s CPU): "
        f"{res['speedup_2_workers']}x"
    )
    runs = [end_to_end([reuters], 2)]
    if not os.environ.get("BENCH_CORPUS_QUICK"):
        with tempfile.TemporaryDirectory() as tmp:  # four files: the command reads a file given twice once
            copies = [Path(tmp) / f"reuters-{n}.jsonl" for n in range(4)]
            for c in copies:
                shutil.copyfile(reuters, c)
            runs.append(end_to_end(copies, 2))
    res["reuters_2_workers"] = runs
    for r in runs:
        print(
            f"Reuters x{r['inputs']}, 2 workers: {r['articles']:,} articles in {r['wall_s']} s; peak per "
            f"worker {r['worker_peak_mb']} MB, driver {r['driver_peak_mb']} MB"
        )
    stages = runs[0]["stages_cpu_s"]
    total = sum(stages.values()) or 1.0
    print(
        f"Reuters, where the workers' {total:.1f} CPU s went: "
        + ", ".join(f"{k} {100 * v / total:.1f}%" for k, v in sorted(stages.items(), key=lambda kv: -kv[1]))
    )
    checks = {
        "words_per_s": p["words_per_s"] >= TARGETS["words_per_s"],
        "speedup_2_workers": res["speedup_2_workers"] >= TARGETS["speedup_2_workers"],
        "reuters_wall_s": runs[0]["wall_s"] <= TARGETS["reuters_wall_s"],
        "worker_peak_mb": all(r["worker_peak_mb"] <= TARGETS["worker_peak_mb"] for r in runs),
    }
    res["met"] = checks
    for name, ok in checks.items():
        print(f"  target {name} {TARGETS[name]}: {'met' if ok else 'MISSED'}")
    write_results("corpus", res)
    return 0
