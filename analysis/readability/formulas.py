"""The seven published readability formulas, on :class:`~.counts.Counts`, with their published coefficients.

=============================  ==============================================================================
flesch_reading_ease            206.835 - 1.015 * W/S - 84.6 * Sy/W               (Flesch 1948)
flesch_kincaid_grade           0.39 * W/S + 11.8 * Sy/W - 15.59                   (Kincaid et al. 1975)
gunning_fog                    0.4 * (W/S + 100 * complex/W)                       (Gunning 1952)
smog_index                     1.0430 * sqrt(polysyllables * 30/S) + 3.1291        (McLaughlin 1969)
coleman_liau_index             0.0588 * L - 0.296 * S100 - 15.8                    (Coleman & Liau 1975)
                               L = characters per 100 words, S100 = sentences per 100 words
automated_readability_index    4.71 * chars/W + 0.5 * W/S - 21.43                  (Smith & Senter 1967)
dale_chall                     0.1579 * difficult% + 0.0496 * W/S, + 3.6365 if difficult% > 5
                                                                                   (Dale & Chall 1948/1995)
=============================  ==============================================================================

A formula is *undefined* when its counts cannot feed it (no sentences or no words): its value is ``None``
and the flag ``no_words`` says why, never NaN or infinity. SMOG was normed on samples of 30 sentences, so
a result on fewer carries the flag ``smog_under_30_sentences``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from .counts import Counts

SCORE_NAMES: tuple[str, ...] = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall",
)

LABELS: dict[str, str] = {
    "flesch_reading_ease": "Flesch Reading Ease",
    "flesch_kincaid_grade": "Flesch-Kincaid grade",
    "gunning_fog": "Gunning Fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman-Liau",
    "automated_readability_index": "Automated Readability Index",
    "dale_chall": "New Dale-Chall",
}

FORMULAS: dict[str, str] = {
    "flesch_reading_ease": "206.835 - 1.015*W/S - 84.6*Sy/W",
    "flesch_kincaid_grade": "0.39*W/S + 11.8*Sy/W - 15.59",
    "gunning_fog": "0.4*(W/S + 100*complex/W)",
    "smog_index": "1.0430*sqrt(polysyllables*30/S) + 3.1291",
    "coleman_liau_index": "0.0588*L - 0.296*S100 - 15.8",
    "automated_readability_index": "4.71*chars/W + 0.5*W/S - 21.43",
    "dale_chall": "0.1579*difficult% + 0.0496*W/S (+3.6365 if difficult% > 5)",
}

SMOG_MIN_SENTENCES = 30


def flesch_reading_ease(c: Counts) -> float | None:
    if c.sentences <= 0 or c.words <= 0:
        return None
    return 206.835 - 1.015 * c.words / c.sentences - 84.6 * c.syllables / c.words


def flesch_kincaid_grade(c: Counts) -> float | None:
    if c.sentences <= 0 or c.words <= 0:
        return None
    return 0.39 * c.words / c.sentences + 11.8 * c.syllables / c.words - 15.59


def gunning_fog(c: Counts) -> float | None:
    if c.sentences <= 0 or c.words <= 0:
        return None
    return 0.4 * (c.words / c.sentences + 100 * c.complex_words / c.words)


def smog_index(c: Counts) -> float | None:
    if c.sentences <= 0 or c.words <= 0:
        return None
    return 1.0430 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291


def coleman_liau_index(c: Counts) -> float | None:
    if c.sentences <= 0 or c.words <= 0:
        return None
    letters = 100 * c.characters / c.words
    sentences = 100 * c.sentences / c.words
    return 0.0588 * letters - 0.296 * sentences - 15.8


def automated_readability_index(c: Counts) -> float | None:
    if c.sentences <= 0 or c.words <= 0:
        return None
    return 4.71 * c.characters / c.words + 0.5 * c.words / c.sentences - 21.43


def dale_chall(c: Counts) -> float | None:
    if c.sentences <= 0 or c.words <= 0:
        return None
    pct = 100 * c.difficult_words / c.words
    score = 0.1579 * pct + 0.0496 * c.words / c.sentences
    return score + 3.6365 if pct > 5 else score


FUNCTIONS: dict[str, Callable[[Counts], float | None]] = {
    "flesch_reading_ease": flesch_reading_ease,
    "flesch_kincaid_grade": flesch_kincaid_grade,
    "gunning_fog": gunning_fog,
    "smog_index": smog_index,
    "coleman_liau_index": coleman_liau_index,
    "automated_readability_index": automated_readability_index,
    "dale_chall": dale_chall,
}


# --- plain-language bands -----------------------------------------------------------------------------


def flesch_band(score: float) -> str:
    """Flesch's (1949) table: reading ease -> style and school level."""
    for floor, label in (
        (90, "very easy (5th grade)"),
        (80, "easy (6th grade)"),
        (70, "fairly easy (7th grade)"),
        (60, "plain English (8th-9th grade)"),
        (50, "fairly difficult (high school)"),
        (30, "difficult (college)"),
    ):
        if score >= floor:
            return label
    return "very difficult (college graduate)"


def grade_band(grade: float) -> str:
    """A US school grade -> school level."""
    if grade < 6:
        return "primary school (grades 1-5)"
    if grade < 9:
        return "middle school (grades 6-8)"
    if grade < 13:
        return "high school (grades 9-12)"
    if grade < 17:
        return "college"
    return "college graduate"


def dale_chall_band(score: float) -> str:
    """Chall & Dale's (1995) table: New Dale-Chall score -> grade level."""
    for ceiling, label in (
        (5.0, "grade 4 and below"),
        (6.0, "grades 5-6"),
        (7.0, "grades 7-8"),
        (8.0, "grades 9-10"),
        (9.0, "grades 11-12"),
        (10.0, "college (grades 13-15)"),
    ):
        if score < ceiling:
            return label
    return "college graduate"


def band(name: str, value: float | None) -> str:
    """The plain-language band of a score ("" when undefined)."""
    if value is None:
        return ""
    if name == "flesch_reading_ease":
        return flesch_band(value)
    if name == "dale_chall":
        return dale_chall_band(value)
    return grade_band(value)


@dataclass(frozen=True, slots=True)
class Score:
    """One formula's result: value (None when undefined), band and the flags that qualify it."""

    name: str
    value: float | None
    band: str
    flags: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return LABELS[self.name]


def score_all(c: Counts) -> dict[str, Score]:
    """All seven scores of ``c``, in :data:`SCORE_NAMES` order."""
    out: dict[str, Score] = {}
    for name in SCORE_NAMES:
        value = FUNCTIONS[name](c)
        if value is not None and not math.isfinite(value):  # cannot happen with counts >= 0; be sure
            value = None
        flags: list[str] = []
        if value is None:
            flags.append("no_words")
        if name == "smog_index" and value is not None and c.sentences < SMOG_MIN_SENTENCES:
            flags.append("smog_under_30_sentences")
        out[name] = Score(name, value, band(name, value), tuple(flags))
    return out
