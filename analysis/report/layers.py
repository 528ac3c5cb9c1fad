"""Highlights: the analyzers' spans turned into one flat list of labelled ``[start, end)`` ranges.

Every highlight is built from the very span objects the tables are built from (sentences from the readability
result, cue/source/content from :func:`analysis.attribution.find_attributions`, hedging cues from
:func:`analysis.hedging.cues_table`), so the annotated article and the tables cannot disagree. A highlight's
``hid`` (``layer-start-end``) names it in the HTML (``data-h``), which is how the tests and the browser check
find it again and compare its text with the table's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from ..model import Article

#: Layers, in the order they are described in the legend.
LAYERS: tuple[str, ...] = ("source", "cue", "content", "hedging")

#: Difficulty bins for sentence shading: (lower bound of the Flesch-Kincaid grade, css class, legend text).
DIFFICULTY_BINS: tuple[tuple[float, str, str], ...] = (
    (float("-inf"), "d0", "below grade 8 (general-audience target or easier)"),
    (8.0, "d1", "grade 8 to 12"),
    (12.0, "d2", "grade 12 to 16"),
    (16.0, "d3", "grade 16 or above"),
)

#: Plain names for source types and hedging kinds/categories (legend and hover text).
SOURCE_TYPE_NAMES = {
    "named_person": "named person",
    "named_organisation": "named organisation",
    "government_body": "government body or official",
    "media_outlet": "news outlet",
    "anonymous_person": "anonymous person",
    "unnamed_group": "unnamed group",
    "document": "document",
    "none": "no source given",
}
CUE_KIND_NAMES = {
    "hedge": "hedge",
    "booster": "booster",
    "shield": "attribution shield",
    "weasel": "weasel wording",
}
CUE_TAGS = {  # short visible tags shown after a hedging cue (colour is never the only signal)
    "modal": "modal",
    "epistemic_verb": "verb",
    "adverb": "adv",
    "adjective": "adj",
    "approximator": "approx",
    "conditional": "if",
    "shield": "shield",
    "weasel": "weasel",
    "booster": "boost",
}


@dataclass(frozen=True, slots=True)
class Highlight:
    """One marked range: ``layer`` (source, cue, content, hedging), css ``classes``, hover ``label``.

    ``tag`` is a short visible label drawn by CSS before (sources) or after (hedging cues) the range.
    """

    start: int
    end: int
    layer: str
    classes: tuple[str, ...]
    label: str
    tag: str = ""

    @property
    def hid(self) -> str:
        return f"{self.layer}-{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class SourceKey:
    """One source of the article as the legend shows it: number, name, type, and its style index."""

    number: int  # 1-based: S1, S2, ...
    name: str
    source_type: str
    attributions: int

    @property
    def label(self) -> str:
        return f"S{self.number}"

    @property
    def style(self) -> int:
        """Index of the colour / underline style pair (they repeat after :data:`N_STYLES` sources)."""
        return (self.number - 1) % N_STYLES


#: How many distinct colour + underline-style pairs the stylesheet defines (report.css: .ar-ts0 ... .ar-ts9
#: for content, .ar-ss0 ... for source mentions, .ar-cs0 ... for cues).
N_STYLES = 10


def difficulty_class(grade: float | None) -> str:
    """Css class of the shading for a sentence's grade; ``""`` when the sentence was not scored."""
    if grade is None or pd.isna(grade):
        return ""
    cls = DIFFICULTY_BINS[0][1]
    for low, name, _ in DIFFICULTY_BINS:
        if grade >= low:
            cls = name
    return cls


def source_key_name(source_name: str, mention: str) -> str:
    """The name a source is listed under: as :func:`analysis.attribution.source_inventory` keys it."""
    if source_name:
        return source_name
    return "(unresolved pronoun)" if mention == "pronoun" else "(no source)"


def source_keys(inventory: pd.DataFrame) -> list[SourceKey]:
    """Number the sources of ``source_inventory`` in its order (first appearance)."""
    return [
        SourceKey(n, str(row.source_name), str(row.source_type), int(row.attributions))
        for n, row in enumerate(inventory.itertuples(index=False), start=1)
    ]


def attribution_highlights(
    article: Article, attributions: Sequence, keys: Sequence[SourceKey]
) -> list[Highlight]:
    """Source mention, cue and every content fragment of each attribution, coloured by source."""
    by_name = {k.name: k for k in keys}
    out: list[Highlight] = []
    for n, a in enumerate(attributions):
        key = by_name.get(source_key_name(a.source_name, a.mention))
        if key is None:  # the inventory lists every source; this is a safety net
            raise ValueError(
                f"attribution {n} has a source missing from the source inventory: {a.source_name!r}"
            )
        st = key.style
        who = f"{key.label} {key.name} ({SOURCE_TYPE_NAMES.get(key.source_type, key.source_type)})"
        extra = f"; via {a.channel}" if a.channel else ""
        if a.source is not None:
            out.append(
                Highlight(
                    a.source.start,
                    a.source.end,
                    "source",
                    ("ar-source", f"ar-ss{st}"),
                    f"Source {who}{extra} [{a.source_by.label()}]",
                    tag=key.label,
                )
            )
        if a.cue is not None:
            out.append(
                Highlight(
                    a.cue.start,
                    a.cue.end,
                    "cue",
                    ("ar-cue", f"ar-cs{st}"),
                    f"Attribution cue ({a.kind.replace('_', ' ')}) for {who} [{a.cue_by.label()}]",
                )
            )
        keep = f"; {a.keep.label()}" if a.keep else ""
        for frag in a.content:
            out.append(
                Highlight(
                    frag.start,
                    frag.end,
                    "content",
                    ("ar-content", f"ar-ts{st}"),
                    f"Words attributed to {who}{extra} [{a.content_by.label()}{keep}]",
                )
            )
    return merge_duplicates(out)


def hedging_highlights(cues: pd.DataFrame) -> list[Highlight]:
    """One highlight per row of :func:`analysis.hedging.cues_table` (its start, end, category, kind)."""
    out = []
    for row in cues.itertuples(index=False):
        voice = f", in the {row.voice}'s words" if getattr(row, "voice", "") else ""
        kind = CUE_KIND_NAMES.get(row.kind, row.kind)
        out.append(
            Highlight(
                int(row.start),
                int(row.end),
                "hedging",
                ("ar-hedge", f"ar-kind-{row.kind}"),
                f"{kind.capitalize()}: {row.category.replace('_', ' ')}{voice}{_why(row)}",
                tag=CUE_TAGS.get(row.category, row.category),
            )
        )
    return out


def _why(row) -> str:
    """The rule behind a hedging cue and its sentence's flags, for the hover text (empty if not given)."""
    parts = []
    rule = getattr(row, "rule", "")
    if rule and rule != "-":
        parts.append(f"rule {rule}")
    for name, col in (
        ("sentence uncertain", "sentence_uncertain_rule"),
        ("sentence weasel", "sentence_weasel_rule"),
    ):
        why = getattr(row, col, "")
        if why:
            parts.append(f"{name}: {why}")
    return f" ({'; '.join(parts)})" if parts else ""


def merge_duplicates(highlights: Iterable[Highlight]) -> list[Highlight]:
    """One highlight per (layer, start, end): the same span from two records gets both labels."""
    merged: dict[str, Highlight] = {}
    for h in highlights:
        old = merged.get(h.hid)
        if old is None:
            merged[h.hid] = h
        elif h.label not in old.label.split(" | "):
            classes = tuple(dict.fromkeys(old.classes + h.classes))
            merged[h.hid] = Highlight(
                old.start, old.end, old.layer, classes, f"{old.label} | {h.label}", old.tag or h.tag
            )
    return sorted(
        merged.values(), key=lambda h: (h.start, -h.end, LAYERS.index(h.layer) if h.layer in LAYERS else 9)
    )
