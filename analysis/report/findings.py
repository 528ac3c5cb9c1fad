"""Key findings: four to six sentences, each built from numbers read off the report's tables.

A :class:`Finding` keeps its numbers apart from its wording (``template`` with ``{0}``, ``{1}`` ... and the
:class:`Fact` for each), so that a test can check every number of the prose against the table it came from,
and so that the HTML can set the numbers in bold while escaping everything else. Each finding says what its
number is compared with: a general-audience target, the other articles in the seeds folder, or the rest of
the same article.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from .. import wording
from ..model import BODY_KINDS
from ..readability.report import quotable_sentences
from .collect import ArticleReport
from .layers import source_key_name

#: Plain-language guidance commonly asks text for a general audience to read at about US school grade 8
#: (e.g. plain-language guides of US federal agencies and health communicators); the reports compare with it.
TARGET_GRADE = 8
#: Sentences above this Flesch-Kincaid grade count as hard (college level) in the findings.
HARD_SENTENCE_GRADE = 12
ANONYMOUS = frozenset({"anonymous_person", "unnamed_group"})


@dataclass(frozen=True)
class Fact:
    """One number (or name) in a finding: its value, how it is written, and the table it came from."""

    value: float | int | str
    shown: str
    source: str  # e.g. "scores_table: flesch_kincaid_grade.value"


@dataclass(frozen=True)
class Finding:
    topic: str  # readability, sources, outlets, quotes, certainty
    template: str
    facts: tuple[Fact, ...]

    @property
    def text(self) -> str:
        return self.template.format(*(f.shown for f in self.facts))

    def html(self) -> str:
        parts = [html.escape(p, quote=True) for p in self.template.split("{}")]
        if len(parts) != len(self.facts) + 1:
            raise ValueError(f"template of the {self.topic} finding does not match its facts")
        out = [parts[0]]
        for fact, rest in zip(self.facts, parts[1:], strict=True):
            cls = "ar-num" if not isinstance(fact.value, str) else "ar-name"
            out.append(f'<span class="{cls}">{html.escape(fact.shown, quote=True)}</span>{rest}')
        return "".join(out)


def _pct(part: int, whole: int) -> Fact:
    share = wording.ratio(part, whole)
    return Fact(round(100 * share), wording.pct(share), "share")


def _n(value: int, source: str) -> Fact:
    return Fact(value, wording.count(value), source)


@dataclass
class _Facts:
    """A :class:`~analysis.wording.Fill` for the shared phrases: each figure becomes a :class:`Fact`
    (its source named after ``table``, or ``labels``) and leaves ``{}`` in the template."""

    table: str
    labels: dict[str, str] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)

    def __call__(self, value: wording.Value, shown: str, what: str) -> str:
        self.facts.append(Fact(value, shown, self.labels.get(what, f"{self.table}: {what}")))
        return "{}"


def _finding(topic: str, template: str, *facts: Fact) -> Finding:
    """A finding whose ``{}`` placeholders are filled with ``facts`` in order."""
    return Finding(topic, template, tuple(facts))


def body_attributions(report: ArticleReport) -> pd.DataFrame:
    """Rows of the attributions table in the body (headings and paragraphs): what the shares count."""
    t = report.attribution_table
    kinds = [report.article.parts[p].kind for p in t["part"]] if len(t) else []
    return t[[k in BODY_KINDS for k in kinds]] if len(t) else t


def body_sources(report: ArticleReport) -> pd.DataFrame:
    """Rows of the source inventory for sources cited in the body."""
    names = {
        source_key_name(n, t)
        for n, t in zip(
            body_attributions(report)["source_name"], body_attributions(report)["mention"], strict=True
        )
    }
    inv = report.inventory
    return inv[inv["source_name"].isin(names)]


def readability_finding(report: ArticleReport, corpus: pd.DataFrame | None) -> Finding:
    grade = report.score("flesch_kincaid_grade")
    if grade is None:
        return _finding("readability", "Readability was not scored: the body has no words to score.")
    g = Fact(grade, wording.grade(grade), "scores_table: flesch_kincaid_grade.value")
    target = _n(TARGET_GRADE, "findings.TARGET_GRADE")
    # Compared as shown (one decimal): grade 8.151 shown "8.2" beside a median shown "8.2" is the same as
    # it, never "easier than" it (new-user trial, session 8).
    shown = round(grade, 1)
    side = "above" if shown > TARGET_GRADE else "below" if shown < TARGET_GRADE else "at"
    res = report.readability
    scope = (
        "body paragraphs"
        if getattr(res, "scope", "paragraphs") == "paragraphs"
        else "whole text: no paragraph"
    )
    template = (
        "Reading grade {} (Flesch-Kincaid, "
        + scope
        + "): "
        + side
        + " the general-audience target of grade {}"
    )
    facts = [g, target]
    others = corpus["grade"].dropna() if corpus is not None and "grade" in corpus else pd.Series(dtype=float)
    if len(others) > 1:
        median = round(float(others.median()), 1)
        how = "harder than" if shown > median else "easier than" if shown < median else "the same as"
        template += ", and " + how + " the median of the {} articles in this collection (grade {})"
        facts += [
            _n(len(others), "corpus: articles"),
            Fact(median, wording.grade(median), "corpus: median grade"),
        ]
    if "non_english" in getattr(res, "flags", ()):
        template += " (but the text may not be English, so the grade says little)"
    return _finding("readability", template + ".", *facts)


def sentences_finding(report: ArticleReport) -> Finding | None:
    t = report.sentences
    if t is None or t["difficulty"].dropna().empty:
        return None
    scored = t["difficulty"].dropna()
    hard = int((scored > HARD_SENTENCE_GRADE).sum())
    template = "{} of {} scored sentences ({}) " + ("is" if hard == 1 else "are") + " above grade {}"
    facts = [
        _n(hard, "sentences_table: difficulty > 12"),
        _n(len(scored), "sentences_table: rows"),
        _pct(hard, len(scored)),
        _n(HARD_SENTENCE_GRADE, "findings.HARD_SENTENCE_GRADE"),
    ]
    # "The hardest" is a body sentence of five words or more (readability.report.QUOTABLE_MIN_WORDS),
    # never a fragment or a button that a bad parse left in the body.
    quotable = quotable_sentences(report.article, t)["difficulty"]
    if not quotable.empty:
        hardest = float(quotable.max())
        template += "; the hardest reads at grade {}"
        source = "sentences_table: max difficulty (body, >= 5 words)"
        facts.append(Fact(hardest, wording.grade(hardest), source))
    return _finding("sentences", template + ".", *facts)


def sources_finding(report: ArticleReport) -> Finding:
    rows = body_attributions(report)
    n = len(rows)
    if n == 0:
        return _finding("sources", "No attribution was found in the body: nothing is credited to a source.")
    sources = body_sources(report)
    anon = sources[sources["source_type"].isin(ANONYMOUS)]
    anon_atts = int(report.shares["anonymous"])
    return _finding(
        "sources",
        "{} "
        + wording.noun(n, "attribution")
        + " to {} "
        + wording.noun(len(sources), "source")
        + "; {} of the {} "
        + wording.noun(len(sources), "source")
        + (" is" if len(anon) == 1 else " are")  # the verb agrees with the count before "of the"
        + " anonymous or unnamed, carrying {} of the {} "
        + wording.noun(n, "attribution")
        + ".",
        _n(n, "attribution_shares: attributions"),
        _n(len(sources), "source_inventory: body sources"),
        _n(len(anon), "source_inventory: anonymous body sources"),
        _n(len(sources), "source_inventory: body sources"),
        _n(anon_atts, "attribution_shares: anonymous"),
        _n(n, "attribution_shares: attributions"),
    )


def outlets_finding(report: ArticleReport) -> Finding | None:
    rows = body_attributions(report)
    n = len(rows)
    if n == 0:
        return None
    names = sorted(
        {str(s) for s in rows.loc[rows["source_type"] == "media_outlet", "source_name"] if s}
        | {str(c) for c in rows["channel"] if c}
    )
    fill = _Facts("attribution_shares", {"outlet_name": "attributions_table: media source_name / channel"})
    template = wording.outlet_reliance(int(report.shares["outlet_attributions"]), n, names, fill)
    return _finding("outlets", template, *fill.facts)


def quotes_finding(report: ArticleReport) -> Finding | None:
    n = int(report.shares["attributions"])
    if n == 0:
        return None
    covered, sents = int(report.shares["attributed_sentences"]), int(report.shares["body_sentences"])
    fill = _Facts("attribution_shares")
    template = wording.direct_quotes(int(report.shares["direct"]), n, fill)
    return _finding(
        "quotes",
        template + "; attributed material fills {} of the {} body sentences ({}).",
        *fill.facts,
        _n(covered, "attribution_shares: attributed_sentences"),
        _n(sents, "attribution_shares: body_sentences"),
        _pct(covered, sents),
    )


def certainty_finding(report: ArticleReport, corpus: pd.DataFrame | None) -> Finding | None:
    row = report.body_density
    if row is None:
        return None
    words, hedges = int(row["words"]), int(row["hedges"])
    if words == 0:
        return _finding("certainty", "Hedging was not measured: the body has no words.")
    per100 = float(row["hedges_per_100w"])
    template = "Hedges: {} per 100 body words ({} in {} " + wording.noun(words, "word")
    facts = [
        Fact(per100, wording.rate(per100), "densities: hedges_per_100w"),
        _n(hedges, "densities: hedges"),
        _n(words, "densities: words"),
    ]
    others = (
        corpus["hedges_per_100w"].dropna()
        if corpus is not None and "hedges_per_100w" in corpus
        else pd.Series(dtype=float)
    )
    if len(others) > 1:
        # the comparison sits beside the hedge rate it compares, not after the boosters' (a new user read
        # "boosters: 0.00 per 100 words (hedges: as many as ...)" as being about boosters)
        median = round(float(others.median()), 2)
        shown = round(per100, 2)  # compared as shown, as the grade above
        how = "more than" if shown > median else "fewer than" if shown < median else "as many as"
        template += "; " + how + " the collection's median of {}"
        facts.append(Fact(median, wording.rate(median), "corpus: median hedges_per_100w"))
    template += "); boosters: {} per 100 words"
    facts.append(
        Fact(
            float(row["boosters_per_100w"]),
            wording.rate(float(row["boosters_per_100w"])),
            "densities: boosters_per_100w",
        )
    )
    v = report.voices
    if v is not None and hedges:
        hv = v[v["kind"] == "hedge"].set_index("voice")["cues"]
        src, rep = int(hv.get("source", 0)), int(hv.get("reporter", 0))
        where = (
            "all of them inside sources' words"
            if rep == 0
            else "all of them in the reporter's own voice"
            if src == 0
            else "most of them inside sources' words"
            if src > rep
            else "most of them in the reporter's own voice"
            if rep > src
            else "as many in sources' words as in the reporter's voice"
        )
        verb = "is" if src == 1 else "are"
        template += "; {} of the {} hedges " + verb + " in sources' words and {} in the reporter's: " + where
        facts += [
            _n(src, "voice_table: source hedge cues"),
            _n(src + rep, "voice_table: hedge cues"),
            _n(rep, "voice_table: reporter hedge cues"),
        ]
    return _finding("certainty", template + ".", *facts)


def key_findings(report: ArticleReport, corpus: pd.DataFrame | None = None) -> list[Finding]:
    """Four to six findings for one article (fewer only when an analyzer is missing or finds nothing)."""
    out: list[Finding | None] = []
    if report.scores is not None:
        out += [readability_finding(report, corpus), sentences_finding(report)]
    if report.attribution_table is not None:
        out += [sources_finding(report), outlets_finding(report), quotes_finding(report)]
    if report.density is not None:
        out.append(certainty_finding(report, corpus))
    found = [f for f in out if f is not None]
    if len(found) > 6:  # keep the six most telling: drop the quotes line first
        found = [f for f in found if f.topic != "quotes"][:6]
    return found


def findings_html(findings: Sequence[Finding]) -> str:
    items = "\n".join(f"<li>{f.html()}</li>" for f in findings)
    return f'<ul class="ar-findings">\n{items}\n</ul>'
