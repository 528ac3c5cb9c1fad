"""How findings are worded: the number formats and the phrases that several reports state.

The analyzers' ``report`` modules, the article report's key findings and the corpus report each decide
WHICH findings to state from their numbers; this module decides HOW a figure is written and how a finding
that more than one of them states is phrased, so the same fact reads the same everywhere (issue 15).

Phrases are plain text, not Markdown (the attribution notebook escapes its findings, the corpus one
does not): a caller that renders Markdown escapes names itself.

Each phrase takes a ``fill``: it is called once for every number or name the phrase shows, with the
value, the text shown and what the value is, and returns what goes into the sentence. The default,
:func:`plain`, puts the shown text in; the article report passes a collector that puts ``{}`` and keeps
the value as a :class:`~analysis.report.findings.Fact`, so its HTML can bold the numbers and its tests can
tie each one to its table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

Value = float | int | str


class Fill(Protocol):
    """What a phrase puts in its sentence for one figure: ``fill(value, shown, what) -> text``."""

    def __call__(self, value: Value, shown: str, what: str) -> str: ...


def plain(value: Value, shown: str, what: str) -> str:
    """The default fill: the figure as it is shown."""
    return shown


# ------------------------------------------------------------------ number formats


def count(n: int) -> str:
    """A whole number with a thousands separator: ``"1,153"``."""
    return f"{n:,}"


def ratio(part: float, whole: float) -> float:
    """``part / whole``, or 0.0 when there is no whole (an empty article is 0%, not an error)."""
    return part / whole if whole else 0.0


def pct(share: float) -> str:
    """A share in [0, 1] as a whole percent: ``"43%"`` (half to even, as Python rounds)."""
    return f"{100 * share:.0f}%"


def noun(n: int, one: str, many: str | None = None) -> str:
    """The noun that agrees with ``n``: ``"source"`` for 1, ``"sources"`` (or ``many``) otherwise."""
    return one if n == 1 else (many or one + "s")


def plural(n: int, one: str, many: str | None = None) -> str:
    """A count and its noun: ``"1 paragraph"``, ``"1,200 paragraphs"``."""
    return f"{count(n)} {noun(n, one, many)}"


def rate(per100: float) -> str:
    """A rate per 100 words, to two decimals (hedges are rare: one decimal hides most differences)."""
    return f"{per100:.2f}"


def grade(value: float) -> str:
    """A reading grade, to one decimal: ``"12.4"``."""
    return f"{value:.1f}"


def _n(fill: Fill, n: int, what: str) -> str:
    return fill(n, count(n), what)


def _pct(fill: Fill, part: float, whole: float, what: str) -> str:
    share = ratio(part, whole)
    return fill(round(100 * share), pct(share), what)


# ------------------------------------------------------------------ phrases stated in several places


def outlet_reliance(outlet: int, attributions: int, names: Sequence[str] = (), fill: Fill = plain) -> str:
    """One article's reliance on other outlets, as a sentence:
    ``"4 of the 9 attributions (44%) rest on another outlet's reporting (AP, Reuters)."``

    ``outlet`` counts attributions whose source is a media outlet or that came through one (``channel``);
    ``names`` are those outlets, shown sorted. Said also when none does, so a reader knows it was looked for.
    """
    if outlet == 0:
        return (
            f"None of the {_n(fill, attributions, 'attributions')} {noun(attributions, 'attribution')} "
            "rests on another outlet's reporting."
        )
    text = (
        f"{_n(fill, outlet, 'outlet_attributions')} of the {_n(fill, attributions, 'attributions')} "
        f"{noun(attributions, 'attribution')} ({_pct(fill, outlet, attributions, 'outlet_share')}) "
        f"{'rests' if outlet == 1 else 'rest'} on another outlet's reporting"
    )
    if names:
        text += " (" + ", ".join(fill(name, name, "outlet_name") for name in sorted(names)) + ")"
    return text + "."


def outlet_share(share: float, fill: Fill = plain) -> str:
    """Over many articles, the share of attributions resting on other outlets, as a clause:
    ``"11% rest on another outlet's reporting"``."""
    return f"{fill(round(100 * share), pct(share), 'outlet_share')} rest on another outlet's reporting"


def direct_quotes(direct: int, attributions: int, fill: Fill = plain) -> str:
    """How many attributions quote the source's words (direct or mixed), as a clause:
    ``"2 of the 9 attributions quote the source's own words"`` (no percent: the two counts say it)."""
    return (
        f"{_n(fill, direct, 'direct')} of the {_n(fill, attributions, 'attributions')} "
        f"{noun(attributions, 'attribution')} {'quotes' if direct == 1 else 'quote'} the source's own words"
    )


def speech_shares(direct: float, paraphrase: float, fill: Fill = plain) -> str:
    """Over many articles, quoted against reported speech, as a clause: ``"29% of attributions carry
    quoted words (direct or mixed), 66% are paraphrase or 'according to'"`` (shares in [0, 1])."""
    return (
        f"{fill(round(100 * direct), pct(direct), 'direct_share')} of attributions carry quoted words "
        f"(direct or mixed), {fill(round(100 * paraphrase), pct(paraphrase), 'indirect_share')} are "
        "paraphrase or 'according to'"
    )


def sourced_split(sourced: int, anonymous: int, named: int, fill: Fill = plain) -> str:
    """Who the attributions with a stated source cite, as a clause: ``"Of 59 body attributions with a
    source, 32 (54%) cite an anonymous person or an unnamed group and 23 (39%) a named one"``.

    The rest cite documents, government bodies or outlets: the two shares need not add up to 100%.
    """
    return (
        f"Of {_n(fill, sourced, 'with_source')} {noun(sourced, 'body attribution')} with a source, "
        f"{_n(fill, anonymous, 'anonymous')} ({_pct(fill, anonymous, sourced, 'anonymous_share')}) "
        f"{'cites' if anonymous == 1 else 'cite'} an anonymous person or an unnamed group and "
        f"{_n(fill, named, 'named')} "
        f"({_pct(fill, named, sourced, 'named_share')}) a named one"
    )


def sentence_certainty(
    sentences: int, uncertain: int, weasel: int, anonymous: int | None = None, fill: Fill = plain
) -> str:
    """How many body sentences read as uncertain or lean on a vague (and, if counted, an anonymous)
    source, as a clause: ``"3 of 12 body sentences (25%) read as uncertain (a firm hedge or the sentence
    model) and 2 (17%) lean on a vague source (weasel wording)"``."""
    text = (
        f"{_n(fill, uncertain, 'uncertain_sentences')} of {_n(fill, sentences, 'body_sentences')} body "
        f"{noun(sentences, 'sentence')} ({_pct(fill, uncertain, sentences, 'uncertain_share')}) read as "
        "uncertain (a firm hedge or the sentence model)"
    )
    weasels = (
        f"{_n(fill, weasel, 'weasel_sentences')} ({_pct(fill, weasel, sentences, 'weasel_share')}) "
        f"{'leans' if weasel == 1 else 'lean'} on a vague source (weasel wording)"
    )
    if anonymous is None:
        return f"{text} and {weasels}"
    return (
        f"{text}, {weasels} and {_n(fill, anonymous, 'anonymous_sentences')} "
        f"({_pct(fill, anonymous, sentences, 'anonymous_share')}) on an anonymous one"
    )
