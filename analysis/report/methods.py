"""Methods and limits: what each metric means, its blind spots, and the accuracy ``make bench`` measured.

The accuracy figures are read from the committed ``benchmarks/results/<area>.json`` files at report time;
no figure is written into this module's prose. A file or a figure that is not there is reported as
"not measured yet".
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "results"
NOT_MEASURED = "not measured yet"


@dataclass(frozen=True)
class Metric:
    name: str
    meaning: str
    limits: str
    area: str  # benchmarks/results/<area>.json
    figures: tuple[tuple[tuple[str, ...], str], ...]  # (path into the JSON, what it measures)


METRICS: tuple[Metric, ...] = (
    Metric(
        "Parts of the article",
        "The parser labels each block of the text (headline, standfirst, subheading, paragraph, "
        "photo caption, "
        "credit, byline, footer, page furniture). Only headings and paragraphs count as the body; "
        "the rest is "
        "shown set aside and not counted.",
        "Decided by layout and wording rules, not by a model of the page: an unusual caption or a one-line "
        "paragraph can be read as a subheading, and the reverse.",
        "parsing",
        (
            (("line_accuracy",), "lines given the right kind (labelled web pages)"),
            (("per_kind", "caption", "f1"), "caption F1"),
            (("per_kind", "paragraph", "f1"), "paragraph F1"),
        ),
    ),
    Metric(
        "Sentences",
        "Sentences are split with news-aware rules (abbreviations such as \u201cJan.\u201d and "
        "\u201cU.S.\u201d do "
        "not end a sentence) and never cross a part.",
        "Headlines, lists and quotations without final punctuation can merge or split sentences, which moves "
        "every per-sentence figure.",
        "sentences",
        ((("analysis", "f1"), "sentence boundary F1"),),
    ),
    Metric(
        "Readability (grade)",
        "The Flesch-Kincaid grade of the body paragraphs: a US school grade estimated from words "
        "per sentence "
        "and syllables per word; a sentence's shading is the same formula applied to that sentence alone. "
        "Six other published formulas are in the readability table.",
        "It measures length only: it cannot see jargon, unexplained names, the order of ideas or layout. "
        "Numbers, names and short texts distort it; a single sentence's grade is noisy.",
        "readability",
        (
            (
                ("syllables", "ours", "exact_first_pronunciation"),
                "syllable counts exactly right (held-out dictionary words)",
            ),
            (("syllables", "ours", "within_one"), "syllable counts within one"),
        ),
    ),
    Metric(
        "Sources and attributions",
        "Each reported statement: the cue (\u201csaid\u201d, \u201caccording to\u201d), the source "
        "mention and "
        "the attributed words, found by rules. Sources are typed (named person or organisation, government, "
        "news outlet, anonymous person, unnamed group ...) and counted in the body; shares are over body "
        "attributions.",
        "Rules miss unusual phrasings and can mistake an actor for a source; a pronoun is resolved "
        "to an earlier "
        "name only within the article. Anonymity is judged from the words of the mention alone.",
        "attribution",
        (
            (("dev", "content_f1"), "attributed-content overlap F1 (labelled news)"),
            (("dev", "cue_acc"), "cue accuracy"),
            (("dev", "source_acc"), "source accuracy"),
            (("dev", "speech_recall"), "reported statements found (recall)"),
        ),
    ),
    Metric(
        "Certainty (hedges and boosters)",
        "Hedges (may, could, possibly, about before a number ...), boosters (clearly, in fact "
        "...), attribution "
        "shields (reportedly) and weasel wording (critics say), matched by patterns with context rules and "
        "counted per 100 body words; a cue inside attributed words is in a source's voice, otherwise the "
        "reporter's.",
        "Patterns see words, not meaning: irony, negation beyond the next word and hedging carried by "
        "sentence structure are missed. The voice split inherits every attribution error.",
        "hedging",
        (
            (("cross_validated", "wiki", "f1"), "uncertain-sentence F1, Wikipedia (cross-validated)"),
            (("cross_validated", "bio", "f1"), "uncertain-sentence F1, biomedical (cross-validated)"),
            (("wikinews", "dev", "uncertain", "f1"), "uncertain-sentence F1, Wikinews dev"),
            (("wikinews", "dev", "weasel", "f1"), "weasel-sentence F1, Wikinews dev"),
        ),
    ),
)


def load_results(area: str, root: Path = RESULTS) -> dict | None:
    path = root / f"{area}.json"
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def figure(results: dict | None, path: tuple[str, ...]) -> float | int | None:
    """The number at ``path`` in a results file, or None."""
    node = results
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node if isinstance(node, int | float) and not isinstance(node, bool) else None


def figures_table(root: Path = RESULTS) -> list[tuple[str, str, str, str]]:
    """(metric, measure, value shown, file) for every figure the methods section quotes."""
    rows = []
    for m in METRICS:
        results = load_results(m.area, root)
        for path, what in m.figures:
            value = figure(results, path)
            shown = NOT_MEASURED if value is None else f"{value:g}"
            rows.append((m.name, what, shown, f"benchmarks/results/{m.area}.json: {'.'.join(path)}"))
    return rows


def methods_html(root: Path = RESULTS) -> str:
    """The methods and limits section as HTML (static prose plus figures read from the results files)."""
    rows = figures_table(root)
    out = ['<dl class="ar-methods">']
    for m in METRICS:
        out.append(f"<dt>{html.escape(m.name)}</dt>")
        out.append(f"<dd><b>What it means.</b> {html.escape(m.meaning)}</dd>")
        out.append(f"<dd><b>Blind spots.</b> {html.escape(m.limits)}</dd>")
        mine = [r for r in rows if r[0] == m.name]
        measured = "; ".join(
            f"{html.escape(what)}: <b>{html.escape(shown)}</b>" for _, what, shown, _ in mine
        )
        out.append(f"<dd><b>Measured accuracy</b> (<code>make bench</code>): {measured}.</dd>")
    out.append("</dl>")
    out.append(
        "<p>Figures are shares between 0 and 1, read from the committed "
        "<code>benchmarks/results/*.json</code> "
        "files when this report was built; \u201cnot measured yet\u201d means the benchmark has not written "
        "that figure.</p>"
    )
    return "\n".join(out)
