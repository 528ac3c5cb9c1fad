"""The reports in a real browser: Debian's headless Chromium, driven over the DevTools pipe.

Every committed report (``reports/manifest.json``) and a report built here from the adversarial fixture are
opened; the test asserts no console error or uncaught exception, that the key findings and every highlight
are in the DOM as the browser built it (text compared with what the analyzers' tables say), and that markup
inside an article (a script, an ``onerror`` image, an ``onmouseover`` attribute) never runs. Screenshots go
to ``reports/browser/`` (git-ignored); the README's screenshots are ``make screenshot``'s.

Without Chromium the test is skipped with a message, except in CI (``CI=true``), where it fails: ``.ci/run``
installs Chromium.
"""

from __future__ import annotations

import io
import json
import os
import shutil

import pytest
from report_helpers import ADVERSARIAL, ROOT, read

from analysis import load_articles, reporting
from analysis.report import collect, findings, index
from tools.browser import Chromium, find_chromium

REPORTS = ROOT / "reports"
SHOTS = REPORTS / "browser"

HIGHLIGHTS_JS = """(() => { const m = {};
  for (const el of document.querySelectorAll('.ar-article [data-h]'))
    for (const h of el.dataset.h.split(' ')) m[h] = (m[h] || '') + el.textContent;
  return m; })()"""
PARTS_JS = """Array.from(document.querySelectorAll('.ar-article .ar-part'),
  p => [Number(p.dataset.part), p.querySelector('.ar-text').textContent])"""
FINDINGS_JS = "Array.from(document.querySelectorAll('.ar-findings li'), li => li.textContent)"
PWNED_JS = "[document.documentElement.getAttribute('data-pwned'), typeof window.__pwned]"


@pytest.fixture(scope="module")
def browser():
    if find_chromium() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed in CI: .ci/run must run `apt-get install -y chromium`")
        pytest.skip("chromium is not installed (Debian: apt-get install chromium): browser checks skipped")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with Chromium(width=1100, height=1400) as b:
        yield b


def _expected(articles):
    """Key findings and highlight texts for every article, computed now from the analyzers' tables."""
    reports = {a.id: collect.build(a) for a in articles}
    corpus = index.summary(list(reports.values()))
    out = {}
    for rid, r in reports.items():
        text, parts = r.article.text, r.article.parts
        highlights = {
            h.hid: "".join(text[max(h.start, p.start) : min(h.end, p.end)] for p in parts if p.overlaps(h))
            for h in r.highlights
        }
        out[rid] = (r, [f.text for f in findings.key_findings(r, corpus)], highlights)
    return out


def _check_report(browser, path, report, key_findings, highlights):
    visit = browser.open(path)
    assert visit.errors == [], f"{path.name}: console errors {visit.errors}"
    assert browser.evaluate(FINDINGS_JS) == key_findings, f"{path.name} is out of date: run `make report`"
    assert browser.evaluate(HIGHLIGHTS_JS) == highlights, f"{path.name} is out of date: run `make report`"
    shown = dict(browser.evaluate(PARTS_JS))
    assert shown == {i: report.article.span_text(p) for i, p in enumerate(report.article.parts)}
    assert browser.evaluate("document.scripts.length") == 0  # per-article reports need no script at all
    (SHOTS / f"{path.stem}.png").write_bytes(browser.screenshot())


def test_every_committed_report_opens_cleanly_with_findings_and_highlights(browser):
    manifest = json.loads((REPORTS / "manifest.json").read_text(encoding="utf-8"))["generated"]
    articles, _ = load_articles(ROOT / "seeds")
    expected = _expected(articles)
    assert sorted(f"{i}.html" for i in expected) == sorted(n for n in manifest if n != "index.html")
    for rid, (report, key_findings, highlights) in expected.items():
        assert len(key_findings) >= 4 and len(highlights) >= 10
        _check_report(browser, REPORTS / f"{rid}.html", report, key_findings, highlights)


def test_index_opens_sorts_and_links_to_every_report(browser):
    visit = browser.open(REPORTS / "index.html")
    assert visit.errors == []
    assert browser.evaluate("document.documentElement.dataset.sortable") == "ready"
    links = browser.evaluate(
        "Array.from(document.querySelectorAll('#articles a'), a => a.getAttribute('href'))"
    )
    assert links and all((REPORTS / link).is_file() for link in links)
    assert browser.evaluate("Array.from(document.querySelectorAll('img'), i => i.src.slice(0, 5))") == (
        ["data:"] * len(browser.evaluate("Array.from(document.images)"))
    )
    (SHOTS / "index.png").write_bytes(browser.screenshot())


def test_index_sorts_numbers_numerically(browser, tmp_path):
    rows = [
        {"article": f"a{i}", "headline": f"H{i}", "words": w, "grade": g}
        for i, (w, g) in enumerate([(900, 12.5), (80, 9.0), (100, None)])
    ]
    import pandas as pd

    page = index.index_html(pd.DataFrame(rows, columns=[c for c, _, _ in index.COLUMNS]), {})
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    assert browser.open(tmp_path / "index.html").errors == []
    order = "Array.from(document.querySelectorAll('#articles tbody tr'), r => r.cells[0].textContent)"
    browser.evaluate("document.querySelectorAll('#articles th')[2].click()")  # body words, ascending
    assert browser.evaluate(order) == ["a1", "a2", "a0"]
    browser.evaluate(
        "document.querySelectorAll('#articles th')[3].click()"
    )  # grade, ascending, missing first
    assert browser.evaluate(order) == ["a2", "a1", "a0"]
    browser.evaluate("document.querySelectorAll('#articles th')[3].click()")  # again: descending
    assert browser.evaluate(order) == ["a0", "a1", "a2"]


@pytest.mark.slow
def test_injected_markup_in_an_article_never_runs(browser, tmp_path):
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "notebooks" / "article-report.ipynb", tmp_path / "notebooks")
    shutil.copy(ADVERSARIAL, tmp_path / "seeds")
    (tmp_path / "seeds" / "empty.txt").write_bytes(b"")  # a bad input is reported and skipped
    paths = reporting.Paths.for_root(tmp_path, tmp_path / "seeds")
    log = io.StringIO()
    failures = reporting.build_article_reports(paths.notebooks / "article-report.ipynb", paths, log=log)
    assert failures == []
    assert f"skipped {tmp_path / 'seeds' / 'empty.txt'}: is empty\n" in log.getvalue()
    path = paths.reports / f"{ADVERSARIAL.stem}.html"
    parsed = read(path.read_text(encoding="utf-8"))
    assert "script" not in parsed.tags and "iframe" not in parsed.tags  # (img: the charts, data: URIs)
    assert not {"onmouseover", "onerror"} & parsed.attributes

    articles, _ = load_articles(tmp_path / "seeds")
    report, key_findings, highlights = _expected(articles)[ADVERSARIAL.stem]
    _check_report(browser, path, report, key_findings, highlights)
    assert browser.evaluate(PWNED_JS) == [None, "undefined"]
    # hover everything, as a reader would: an injected onmouseover would fire now
    browser.evaluate(
        "document.querySelectorAll('*').forEach(e => e.dispatchEvent(new MouseEvent('mouseover')))"
    )
    assert browser.evaluate(PWNED_JS) == [None, "undefined"]
    injected = "[onmouseover], [onerror], iframe, script, .ar-article img, .ar-article b, .ar-findings b"
    assert browser.evaluate(f"document.querySelectorAll('{injected}').length") == 0
    title = browser.evaluate("document.title")
    assert title.startswith("Article report: Council <script>")  # shown as text, not parsed
    (SHOTS / "adversarial.png").write_bytes(browser.screenshot())
