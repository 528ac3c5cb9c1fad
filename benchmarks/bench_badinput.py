"""``make report`` on a folder of awkward inputs beside a 4.9 MB article (issue 11).

A user's seeds folder is not a clean benchmark: it holds ids that are paths, records with lone surrogates
and raw line separators, an old Windows-encoded page, a page that is all navigation, link loops, a folder
named like a file, binary junk inside JSON, two files with the same id, and now and then one very long
page. Issue 11 asks that ``make report`` on such a folder, with one article of 4.9 MB among about 18 good
ones, finishes in under 3 minutes, reports every good article and names every bad input with its reason.

This benchmark builds that folder in a temporary directory (:func:`build_folder`; the bad inputs are the
ones the test suite checks one by one in ``tests/test_loading.py``, ``tests/test_html.py`` and
``tests/test_reporting.py``), copies the checkout beside it (the tracked files, with this virtualenv), runs
``make report SEEDS=<folder>`` there without the Wikinews corpus (the copy has no ``../shared`` beside it, so
the corpus notebook is skipped as in a user's clone) and checks what came out:

- every good article has its own ``reports/<name>.html`` that is a report, not a failure page, and a row
  in ``reports/index.html`` linking to it;
- every bad input is named in the run's output, with its reason (``skipped <path>: <reason>``);
- the run's summary line says no notebook and no article report failed.

The time is wall-clock time of the whole ``make report`` (what a user waits for), so the machine's load
average is recorded beside it. The repository's own ``reports/`` and ``notebooks/`` are never touched.

    python -m benchmarks badinput          (or make bench BENCH=badinput)
    python -m benchmarks.bench_badinput --generated   (the big article names thousands of people)
    python -m benchmarks.bench_badinput --big-kb 200  (the catalogue with a 200 KB article, quickly)
"""

from __future__ import annotations

import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import ROOT, write_results

FIXTURES = ROOT / "tests" / "fixtures" / "articles"
TARGET_SECONDS = 180.0
BIG_BYTES = 4_900_000
GOOD_PLAIN = 10  # good .txt articles made from the fixture articles' paragraphs
#: Ids a user's JSON can hold that must never become paths (a sample of tests/test_reporting.HOSTILE_IDS).
HOSTILE_IDS = ["../ESCAPED", "sub/dir", "tab\there\nnewline", "CON", "<script>", "x" * 300]


@dataclass(frozen=True)
class Bad:
    """A bad input: the path the run must name and words its reason must hold."""

    path: str
    reason: str


def _paragraphs() -> list[str]:
    return [
        block
        for path in sorted(FIXTURES.glob("10*.txt"))
        for block in path.read_text(encoding="utf-8").split("\n\n")
        if len(block.split()) > 12
    ]


# Parts of generated news sentences: who, what, and how sure (the names are drawn with a fixed seed).
_GIVEN = ["Ana", "Peter", "Maria", "James", "Linda", "David", "Sofia", "Omar", "Grace", "Daniel", "Helen",
          "Victor", "Rosa", "Thomas", "Aisha", "Martin", "Elena", "Samuel", "Nadia", "George"]
_SYLLABLES = ["bran", "dt", "hol", "kel", "ler", "mor", "eau", "nov", "ak", "ort", "iz", "pet", "rov",
              "quin", "ros", "si", "lind", "qvist", "ok", "afor", "wen", "del", "ham", "ton"]
_ROLES = ["council member", "spokeswoman for the ministry", "senior engineer", "union leader",
          "hospital director", "police spokesman", "economist at the central bank", "school principal"]
_TOPICS = ["the budget", "the new bridge", "the water supply", "the hospital wing", "the bus network",
           "the school reform", "the housing plan", "the flood defences"]
_VERBS = ["said", "told reporters", "argued", "warned", "claimed", "added", "explained", "insisted"]
_HEDGES = ["may", "could", "might", "would probably", "is expected to", "appears to"]
_OUTCOMES = ["cost more than planned", "be finished by the spring", "need another vote",
             "face legal challenges", "help thousands of residents", "be delayed again"]


def _name(rng: random.Random) -> str:
    surname = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
    return f"{rng.choice(_GIVEN)} {surname.capitalize()}"


def news_paragraph(rng: random.Random) -> str:
    """A paragraph of generated but ordinary news prose: named sources, quotes, pronouns, hedges."""
    who, other = _name(rng), _name(rng)
    topic, hedge, outcome = rng.choice(_TOPICS), rng.choice(_HEDGES), rng.choice(_OUTCOMES)
    surname = who.split()[1]
    sentences = [
        f"{who}, a {rng.choice(_ROLES)}, {rng.choice(_VERBS)} that {topic} {hedge} {outcome}.",
        f'"We have done everything we could, and {topic} {rng.choice(_HEDGES)} {rng.choice(_OUTCOMES)}," '
        f"{surname} said on {rng.choice(['Monday', 'Tuesday', 'Friday'])}.",
        f"According to {other}, the decision {rng.choice(_HEDGES)} {rng.choice(_OUTCOMES)}.",
        f"Officials did not say when the work on {topic} would start.",
        f"{rng.choice(['He', 'She'])} added that residents {rng.choice(_HEDGES)} be asked again.",
    ]
    rng.shuffle(sentences)
    return " ".join(sentences[: rng.randint(3, 5)])


def big_article(size: int, seed: int = 11) -> str:
    """A plain-text article of about ``size`` bytes of generated news paragraphs (deterministic)."""
    rng = random.Random(seed)
    out, n = ["Council Approves the Longest Budget in Its History"], 0
    while n < size:
        block = news_paragraph(rng)
        out.append(block)
        n += len(block.encode("utf-8")) + 2
    return "\n\n".join(out)[:size].rsplit(" ", 1)[0] + "\n"


def build_folder(
    folder: Path, generated: bool = False, big_bytes: int = BIG_BYTES
) -> tuple[list[str], list[Bad]]:
    """Write the seeds folder; return the ids of the good articles and the bad inputs.

    The 4.9 MB article is the fixture articles' paragraphs repeated (as in ``bench_scaling``), or with
    ``generated`` news paragraphs naming thousands of different people (:func:`big_article`)."""
    folder.mkdir(parents=True)
    paragraphs = _paragraphs()
    good: list[str] = []
    for k in range(GOOD_PLAIN):  # ordinary articles: a headline and six paragraphs each
        body = [paragraphs[(k * 5 + i) % len(paragraphs)] for i in range(6)]
        (folder / f"good_{k:02d}.txt").write_text(f"Local News Roundup {k}\n\n" + "\n\n".join(body) + "\n")
        good.append(f"good_{k:02d}")
    if generated:
        big = big_article(big_bytes)
    else:
        from benchmarks.bench_scaling import build_article

        big = build_article(big_bytes)
    (folder / "big.txt").write_text(big, encoding="utf-8")
    good.append("big")
    text = "\n\n".join(paragraphs[:4])
    # ids that are paths or worse: each reported under a safe name inside reports/
    with open(folder / "hostile.jsonl", "w", encoding="utf-8") as f:
        for i in HOSTILE_IDS:
            f.write(json.dumps({"id": i, "title": "Hostile id", "text": text}) + "\n")
    good += HOSTILE_IDS
    # a lone surrogate (valid JSON) and raw U+2028 / U+0085 inside strings (what ensure_ascii=False writes)
    (folder / "surrogate.jsonl").write_text(
        json.dumps({"id": "surrogate", "text": text + " Broken \ud800 half."}) + "\n", encoding="utf-8",
        errors="surrogatepass",
    )
    (folder / "separators.jsonl").write_text(
        json.dumps({"id": "separators", "text": text.replace(". ", ".\u2028 ", 3) + "\u0085"},
                   ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    good += ["surrogate", "separators"]
    # an old Windows page with its charset declared
    ru = "Городской совет утвердил бюджет во вторник после долгих споров о дорогах и парках города."
    (folder / "ru.html").write_bytes(
        (
            '<html><head><meta charset="windows-1251"><title>Бюджет</title></head><body><article>'
            f"<h1>Бюджет утверждён</h1><p>{ru}</p><p>{ru}</p></article></body></html>"
        ).encode("cp1251")
    )
    good.append("ru")
    # two files with one id: both kept ("dup" and "dup-2")
    (folder / "dup.txt").write_text("Duplicate One\n\n" + paragraphs[5] + "\n")
    (folder / "dup.json").write_text(json.dumps({"text": "Duplicate Two\n\n" + paragraphs[6]}))
    good += ["dup", "dup-2"]

    bad: list[Bad] = []
    links = "".join(f'<li><a href="/s{i}">Section {i} news</a></li>' for i in range(49))
    (folder / "nav.html").write_text(
        f"<html><head><title>Example News</title></head><body><nav><ul>{links}</ul></nav>"
        f"<main><ul>{links}</ul></main></body></html>"
    )
    bad.append(Bad("nav.html", "no article in the HTML"))
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    bad += [Bad("loop1.txt", "symbolic link loop"), Bad("loop2.txt", "symbolic link loop")]
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    bad.append(Bad("gone.txt", "which does not exist"))
    (folder / "x.txt").mkdir()
    bad.append(Bad("x.txt", "is a folder, not an article file"))
    (folder / "binary.jsonl").write_text(
        json.dumps({"id": "bin", "text": "\x01\x02\x03\x04\x05 PK \x06\x07"}) + "\n"
        + json.dumps({"id": "fine", "text": "Fine Headline\n\n" + paragraphs[7]}) + "\n"
    )
    good.append("fine")
    bad.append(Bad("binary.jsonl:1", "looks like binary data, not text"))
    (folder / "empty.txt").write_bytes(b"")
    bad.append(Bad("empty.txt", "is empty"))
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    bad.append(Bad("image.txt", "a PNG image, not text"))
    (folder / "huge.txt").write_text("word " * (1_100_000), encoding="utf-8")  # 5.5 MB
    bad.append(Bad("huge.txt", "limit"))
    return good, bad


def _copy_checkout(dest: Path) -> None:
    """The tracked files of this checkout (as they are now, edits included) and its virtualenv."""
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode().split("\0")
    for rel in filter(None, files):
        src = ROOT / rel
        if src.is_file() and not src.is_symlink():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)  # times kept: make must not think the venv is out of date
    (dest / ".venv").symlink_to(ROOT / ".venv")


def _report_names(seeds: Path, good: list[str]) -> tuple[dict[str, str], list[str]]:
    """Each good id's report file name, as ``make report`` derives it (the first of two colliding ids
    keeps the plain name, so the order is the loader's), and the ids loading gave that were not expected."""
    from analysis import load_articles
    from analysis.reporting import INDEX, MANIFEST, report_names

    loaded = [a.id for a in load_articles(seeds)[0]]
    reserved = {INDEX, MANIFEST} | {f"{p.stem}.html" for p in (ROOT / "notebooks").glob("*.ipynb")}
    names, _ = report_names(loaded, reserved)
    unexpected = sorted(set(loaded) ^ set(good))
    return {i: names[i] for i in good if i in names}, unexpected


def check(run_dir: Path, seeds: Path, output: str, good: list[str], bad: list[Bad]) -> dict[str, list[str]]:
    """What is missing: good articles without a proper report or index row, bad inputs not named."""
    reports = run_dir / "reports"
    index = (reports / "index.html").read_text(encoding="utf-8") if (reports / "index.html").exists() else ""
    names, unexpected = _report_names(seeds, good)
    missing_reports, failed_reports, not_indexed = sorted(set(good) - set(names)), [], []
    for article_id, name in sorted(names.items()):
        page = reports / name
        if not page.is_file():
            missing_reports.append(article_id)
        elif "(failed)</title>" in page.read_text(encoding="utf-8"):
            failed_reports.append(article_id)
        if f'href="{html.escape(name, quote=True)}"' not in index:
            not_indexed.append(article_id)
    skipped = [line for line in output.splitlines() if line.startswith("skipped ")]
    not_named = [
        b.path
        for b in bad
        if not any(line.startswith(f"skipped {seeds / b.path}") and b.reason in line for line in skipped)
    ]
    summary = next((line for line in reversed(output.splitlines()) if re.match(r"(done:|\d+ of )", line)), "")
    return {
        "unexpected_ids": unexpected,
        "missing_reports": missing_reports,
        "failed_reports": failed_reports,
        "not_in_index": not_indexed,
        "bad_not_named": not_named,
        "summary_not_clean": [] if summary.startswith("done:") else [summary or "(no summary line)"],
    }


def main(argv: list[str] | None = None) -> int:
    argv = argv or []
    generated = "--generated" in argv
    # --big-kb N: a smaller long article, to check the catalogue's handling quickly
    big_bytes = int(argv[argv.index("--big-kb") + 1]) * 1000 if "--big-kb" in argv else BIG_BYTES
    with tempfile.TemporaryDirectory(prefix="badinput-") as tmp:
        base = Path(tmp)
        seeds = base / "seeds"
        good, bad = build_folder(seeds, generated, big_bytes)
        run_dir = base / "analysis"
        _copy_checkout(run_dir)
        env = {**os.environ, "PYTHONPATH": str(run_dir)}  # the copy's package, not this checkout's
        load = os.getloadavg()
        started = time.monotonic()
        res = subprocess.run(
            ["make", "report", f"SEEDS={seeds}"],
            cwd=run_dir,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.monotonic() - started
        output = res.stdout + res.stderr
        (base / "report.log").write_text(output, encoding="utf-8")
        problems = check(run_dir, seeds, output, good, bad)
        if res.returncode != 0:
            problems["summary_not_clean"].append(f"make report exited {res.returncode}")
        big_mb = (seeds / "big.txt").stat().st_size / 1e6
        ok = seconds < TARGET_SECONDS and not any(problems.values())
        print(f"make report on {len(good)} good articles (one of {big_mb:.1f} MB) and {len(bad)} bad inputs:")
        print(f"  {seconds:.1f} s wall clock (target < {TARGET_SECONDS:.0f} s), load average before "
              f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        for key, values in problems.items():
            print(f"  {key}: {len(values)}" + (f" {values[:5]}" if values else ""))
        timings = [line for line in output.splitlines() if re.search(r"… [\d.]+ s", line)]
        for line in timings:
            print("  " + line[-140:])
        if not ok:
            print("\n".join(output.splitlines()[-40:]), file=sys.stderr)
        write_results(
            "badinput",
            {
                "seconds": round(seconds, 1),
                "target_seconds": TARGET_SECONDS,
                "load_average_before": [round(x, 2) for x in load],
                "good_articles": len(good),
                "bad_inputs": len(bad),
                "big_article_mb": round(big_mb, 2),
                "big_article": "generated news paragraphs" if generated else "fixture paragraphs repeated",
                "problems": problems,
                "steps": [
                    re.sub(r"^.*?(executing )", r"\1", line).replace(str(base), "<tmp>") for line in timings
                ],
                "targets": {"under_3_min": seconds < TARGET_SECONDS, "all_reported_and_named": not any(
                    problems.values())},
                "note": "wall-clock seconds of `make report SEEDS=<folder>` in a copy of the checkout "
                "(CORPUS absent): bench_badinput.py",
            },
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
