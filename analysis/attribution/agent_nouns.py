"""A noun of estimating with its source after it: "some estimates by the Red Cross ranging from 45% to 60%".

Rule id: ``agent_noun`` (``analysis/data/attribution/rule_ids.tsv``). The shapes read a noun cue's source
before it ("the agency's estimates"); here the source follows "by" or "from", and the content is the
participle clause after the source (a "that" clause is left alone: where it ends is unclear). Word lists:
``rule_words.tsv`` classes ``agent_noun`` and ``agent_noun_preposition``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Span
from .rule_base import Raw
from .rule_words import WORDS

#: Rule id of :func:`agent_noun_report` (``rule_ids.tsv``).
AGENT_NOUN = "agent_noun"
_WORD = re.compile(r"[^\W_][\w’'\-%]*")
#: Where a source or a content ends: punctuation, a quote mark or a line break.
_STOP = re.compile(r"[,;:.!?\"“”()\n]")


def agent_noun_report(text: str, i: int, stop: int, sentence: int) -> Raw | None:
    """Rule ``agent_noun``: the report whose cue is the noun at ``i`` (``agent_noun``) followed by "by" or
    "from", a source of at most eight words and a content that opens with a participle ("ranging",
    "putting"), up to the next punctuation or ``stop`` (the sentence end); None otherwise.

    Example: "with some estimates by the Red Cross ranging from 45% to 60% destruction": cue "estimates",
    source "the Red Cross", content "ranging from 45% to 60% destruction". Why: an estimate is a finding
    the guideline attributes to whoever made it (labelling-notes.md: "X estimates ..." is an attribution
    with the estimated figure as content), and a fact-checker asks whose figure it is; the noun shapes
    only read a possessor before the noun ("the Red Cross's estimates").
    """
    words = [m for m in _WORD.finditer(text, i, stop)]
    if len(words) < 4 or words[0].start() != i or words[0].group().lower() not in WORDS.agent_noun:
        return None
    if (
        words[1].group().lower() not in WORDS.agent_noun_preposition
        or text[words[0].end() : words[1].start()].strip()
    ):
        return None
    end_of_source = _STOP.search(text, words[2].start(), stop)
    limit = end_of_source.start() if end_of_source else stop
    for k in range(3, min(len(words), 11)):
        w = words[k]
        if w.start() >= limit:
            return None
        low = w.group().lower()
        if low in WORDS.complementizer:
            return None  # "forecasts from the service that C were published": the clause's end is unclear
        if low.endswith("ing") and w.group() == low:
            source = Span(words[2].start(), words[k - 1].end())
            a = w.start()
            m = _STOP.search(text, a, stop)
            b = m.start() if m else stop
            if b <= a:
                return None
            cue = Span(words[0].start(), words[0].end())
            return Raw(cue, source, [Span(a, b)], "estimate", "evidential", sentence, rule=AGENT_NOUN)
    return None


def with_agent_nouns(text: str, sentences: Sequence[Span], raws: list[Raw]) -> list[Raw]:
    """``raws`` with the :func:`agent_noun_report` reports of ``text`` added; a raw that read the noun as a
    verb ("with some estimates by the Red Cross ...": "some" estimates) gives way to it. A noun inside a
    raw's source is left alone ("according to projections from the agency" is a source already)."""
    taken = [(r.source.start, r.source.end) for r in raws if r.source is not None]
    found: list[Raw] = []
    for k, s in enumerate(sentences):
        seg = text[s.start : s.end].lower()
        if not any(f" {p} " in seg for p in WORDS.agent_noun_preposition):
            continue
        for m in _WORD.finditer(text, s.start, s.end):
            if m.group().lower() not in WORDS.agent_noun or any(a <= m.start() < b for a, b in taken):
                continue
            got = agent_noun_report(text, m.start(), s.end, k)
            if got is not None:
                found.append(got)
    if not found:
        return raws
    cues = {(r.cue.start, r.cue.end) for r in found if r.cue is not None}
    return [r for r in raws if r.cue is None or (r.cue.start, r.cue.end) not in cues] + found
