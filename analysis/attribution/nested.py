"""Reports nested inside another report's content: where the inner content starts, and whose the inner
agentless report is.

The news guideline labels a report inside another report's content at both levels ("Analysts said profits
are expected to rise": the analysts' "said" and the agentless "are expected"; labelling-notes.md, "Nested
report inside reported content"). Two steps finish such inner reports once the rules and the tagger have
read the sentence:

* :func:`nested_subject_start` (rule ``nested_subject_start``): the inner report's subject, read left of its
  cue, starts where the outer report's content starts, not at the sentence start;
* :func:`nested_shield_holder` (rule ``nested_shield_holder``): an inner agentless shield ("are expected",
  "allegedly") is held by the outer report's source.

One step finds an outer report the shapes never read: :func:`channel_rider` (rule ``channel_rider``), the
channel named right after a report's cue and source ("Lynn said, via the Los Angeles Times"), which holds
the whole report.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from .. import lexicons
from ..intervals import SpanIndex
from ..model import Span
from .model import Attribution, Decision
from .rule_base import Raw
from .rule_words import WORDS

#: Rule id of :func:`nested_subject_start` (``rule_ids.tsv``).
NESTED_SUBJECT_START = "nested_subject_start"
#: Rule id of :func:`nested_shield_holder` (``rule_ids.tsv``).
NESTED_SHIELD_HOLDER = "nested_shield_holder"
#: Rule id of :func:`channel_rider` (``rule_ids.tsv``).
CHANNEL_RIDER = "channel_rider"


def nested_subject_start(r: Raw, raws: Sequence[Raw], cues: _Cues | None = None) -> Span | None:
    """Rule ``nested_subject_start``: the subject fragment of ``r``, cut to start where the content of the
    report that holds ``r``'s cue starts; None when nothing is to cut. ``cues`` indexes the cues of ``raws``
    (built here when not given).

    Example: "The minister said the bridge is expected to open in May": the agentless "is expected" read
    "The minister said the bridge" as its subject; its subject is "the bridge", where the minister's content
    starts. Why: the subject of a clause reported by another source starts after that source's cue (the
    guideline's nested agentless reports take "subject + the to-infinitive" as content), and the outer
    source and cue are no part of what is expected.
    """
    if r.cue is None or r.source is not None or not r.content:
        return None  # an agentless report only: an inverted "C, said X" reads its content left of its cue too
    first = r.content[0]
    if first.end > r.cue.start:
        return None  # not a subject read left of the cue
    cues = cues if cues is not None else _Cues(raws)
    best = None
    for o in cues.within(first.start, first.end):
        if o is r:
            continue
        for c in o.content:
            if c.start <= r.cue.start and r.cue.end <= c.end and first.start < c.start < first.end:
                best = c.start if best is None else max(best, c.start)
    return None if best is None else Span(best, first.end)


class _Cues:
    """The raws of a list with a cue, sorted by cue start: those whose cue lies in ``[a, b]`` are found by
    binary search (a run-on sentence of thousands of reports stays linear)."""

    def __init__(self, raws: Sequence[Raw]) -> None:
        self.raws = sorted((r for r in raws if r.cue is not None), key=lambda r: r.cue.start)  # type: ignore[union-attr]
        self.starts = [r.cue.start for r in self.raws]  # type: ignore[union-attr]

    def within(self, a: int, b: int) -> list[Raw]:
        i, j = bisect_left(self.starts, a), bisect_right(self.starts, b)
        return [r for r in self.raws[i:j] if r.cue is not None and r.cue.end <= b]


def cut_nested_subjects(raws: list[Raw]) -> None:
    """Apply :func:`nested_subject_start` to every raw of ``raws`` (in place), recording the rule in the
    content's provenance (a model decision stays the model's)."""
    cues = None
    for r in raws:
        if r.cue is None or r.source is not None or not r.content or r.content[0].end > r.cue.start:
            continue
        cues = cues if cues is not None else _Cues(raws)
        sp = nested_subject_start(r, raws, cues)
        if sp is None:
            continue
        r.content[0] = sp
        if r.content_by != "model":
            r.content_by = f"{r.content_by or r.rule}+{NESTED_SUBJECT_START}"


def is_shield_cue(text: str, a: Attribution) -> bool:
    """Is ``a``'s cue an agentless shield whose holder a reader takes from the sentence: a hearsay or
    forecast participle ("are expected", "was said", "is estimated") or an evidential adverb ("allegedly",
    "reportedly"), as listed in ``nested_shields.txt``? Evaluations ("is seen as", "considered") and
    notices ("were told") are not: the guideline leaves their holder unnamed."""
    if a.cue is None:
        return False
    cue = text[a.cue.start : a.cue.end].lower().split()
    return bool(cue) and cue[-1] in lexicons.words("attribution/nested_shields.txt")


def nested_shield_holder(
    text: str, a: Attribution, others: Sequence[Attribution], index: SpanIndex | None = None
) -> Attribution | None:
    """Rule ``nested_shield_holder``: the attribution ``a`` typed and named as the source of the report
    whose content holds its cue and its content in the same sentence, when ``a`` is an agentless shield with
    no source name (:func:`is_shield_cue`); None otherwise. The source span stays None and the mention
    "none". ``index`` holds the content fragments of ``others`` (built here when not given).

    Example: "Bank analysts said profits are expected to rise": "are expected" is held by the bank analysts
    (source null, unnamed_group "bank analysts"). Why: the guideline resolves a nested agentless shield to
    the same-sentence source that reports it (labelling-notes.md: "allegedly"/"reportedly" whose understood
    source is clear from the same sentence; the nested agentless "expected" inside a same-sentence source's
    content, "Z's rule"), and a fact-checker asks who expects it.
    """
    if a.source is not None or a.source_name or not is_shield_cue(text, a):
        return None
    cue = a.cue
    assert cue is not None
    if index is None:
        index = SpanIndex((c.start, c.end, o) for o in others for c in o.content)
    holders = [
        o
        for o in index.overlapping(cue.start, cue.end)
        if o is not a
        and o.source_name
        and o.cue is not None
        and o.part == a.part
        and not (o.cue.start <= cue.start < o.cue.end)
        and any(c.start <= cue.start and cue.end <= c.end for c in o.content)
        and o.content[0].start <= a.content[0].start
        and a.content[-1].end <= o.content[-1].end
        and not _sentence_break(text, min(o.cue.start, cue.start), max(o.cue.end, cue.end))
    ]
    if not holders:
        return None
    o = min(holders, key=lambda h: sum(c.end - c.start for c in h.content))  # the innermost
    rule = a.source_by.rule or "rule"
    return replace(
        a,
        source_type=o.source_type,
        source_name=o.source_name,
        mention="none",
        source_by=Decision("rule", f"{rule}+{NESTED_SHIELD_HOLDER}"),
    )


def _sentence_break(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` cross a sentence end (". " followed by a capital, or a line break)?"""
    span = text[start:end]
    if "\n" in span:
        return True
    return any(
        span[i] in ".!?" and span[i + 1] == " " and span[i + 2 : i + 3].isupper()
        for i in range(len(span) - 2)
    )


def name_nested_shields(text: str, atts: list[Attribution]) -> list[Attribution]:
    """``atts`` with :func:`nested_shield_holder` applied to each agentless shield (the others unchanged)."""
    shields = [
        i for i, a in enumerate(atts) if a.source is None and not a.source_name and is_shield_cue(text, a)
    ]
    if not shields:
        return atts
    index = SpanIndex(
        (c.start, c.end, o) for o in atts if o.source_name and o.cue is not None for c in o.content
    )
    out = list(atts)
    for i in shields:
        out[i] = nested_shield_holder(text, atts[i], atts, index) or atts[i]
    return out


#: A word after optional spaces on the same line (no full stop inside: "Times." ends at "Times").
_NEXT_WORD = re.compile(r"[ \t]*([^\W_][\w&’'\-]*)")
#: What may stand between a report's cue group and its rider: spaces and one comma.
_RIDER_GAP = re.compile(r"[ \t]*,?[ \t]*")
#: What must follow the channel's name: punctuation, a closing quote or the end of the sentence.
_RIDER_END = re.compile(r"[ \t]*(?:[,.;:!?\"”)]|\n|$)")


def rider_at(text: str, pos: int, stop: int) -> tuple[Span, Span] | None:
    """(cue, channel) of a rider ``via/per NAME`` (``rule_words.tsv`` class ``channel_rider``) that starts
    at ``pos`` after spaces and at most one comma and ends before ``stop``: the name is capitalised words,
    with an article or "of" between them ("Brian Batko of the Pittsburgh Post-Gazette"), and punctuation or
    the sentence end follows it. None otherwise ("per cent", "per share" name nobody)."""
    i = _RIDER_GAP.match(text, pos, stop)
    w = _NEXT_WORD.match(text, i.end() if i else pos, stop)
    if w is None or w.start(1) == pos or w.group(1).lower() not in WORDS.channel_rider:
        return None  # the rider is its own word, after a space or a comma
    cue = Span(w.start(1), w.end(1))
    j, start, end = cue.end, -1, -1
    while (m := _NEXT_WORD.match(text, j, stop)) is not None and m.start(1) > j:
        word = m.group(1)
        if word[:1].isupper():
            start = m.start(1) if start < 0 else start
            end = m.end(1)
        elif word.lower() not in WORDS.name_word and word.lower() not in WORDS.article:
            break  # an article or "of" inside the name; one after it is left out below
        j = m.end(1)
    if start < 0 or text[cue.end : start].strip().lower() not in {"", *WORDS.article}:
        return None
    if start > cue.end and text[cue.end : start].strip():  # "via the Los Angeles Times": the article is kept
        start = _NEXT_WORD.match(text, cue.end, stop).start(1)  # type: ignore[union-attr]
    if _RIDER_END.match(text, end, stop) is None and end != stop:
        return None
    return cue, Span(start, end)


def channel_rider(text: str, r: Raw, stop: int) -> Raw | None:
    """Rule ``channel_rider``: the report of the channel named right after ``r``'s cue and source ("via X",
    "per X"), holding ``r``'s content, source and cue; None when no rider follows. ``stop`` is where
    ``r``'s sentence ends.

    Example: '"We lost that game," Heyward said, via Brian Batko.': besides Heyward's quote, Brian Batko
    (cue "via", according_to) with content the quote and "Heyward said"; also "Richardson, via USA Today,
    said that C" and '"C" said Russell Zimmerman per ABC News.'. Why: the news guideline labels the channel
    as an attribution of its own whose content is the whole report (labelling-notes.md: "Lynn said, via the
    Los Angeles Times" -> cue "via", according_to, content the quote + "Lynn said"; D's "per ABC News"), and
    a fact-checker asks where the quote was taken from as well as who said it.
    """
    cue, src = r.cue, r.source
    if cue is None or src is None or not r.content or r.lemma == "according to":
        return None
    first = r.content[0]
    held = list(r.content)
    if first.end <= min(src.start, cue.start):  # 'C," X said, via Y' / 'C," said X, via Y'
        found = rider_at(text, max(cue.end, src.end), stop)
        held = [c for c in r.content if c.end <= min(src.start, cue.start)]  # not the quotation resumed after
    elif src.end <= cue.start and cue.end <= first.start:  # 'X, via Y, said C'
        found = rider_at(text, src.end, cue.start)
        if found is not None and text[found[1].end : cue.start].strip() != ",":
            found = None
    else:
        found = None
    if found is None:
        return None
    spans = sorted([*held, src, cue], key=lambda c: c.start)
    frags = [spans[0]]
    for c in spans[1:]:
        if c.start <= frags[-1].end or not text[frags[-1].end : c.start].strip():
            frags[-1] = Span(frags[-1].start, max(frags[-1].end, c.end))
        else:
            frags.append(c)
    return Raw(found[0], found[1], frags, "according to", "according_to", r.sentence, rule=CHANNEL_RIDER)


def source_before_rider(text: str, src: Span, stop: int) -> Span | None:
    """Rule ``channel_rider`` on a source: the part of ``src`` before a rider that the source was read
    through ('"C," said Maria Ortiz per Radio Canada.': "Maria Ortiz"); None when ``src`` holds no rider
    that runs to its end."""
    for m in _NEXT_WORD.finditer(text, src.start, src.end):
        if m.start(1) == src.start or m.group(1).lower() not in WORDS.channel_rider:
            continue
        found = rider_at(text, m.start(), stop)
        if found is not None and found[1].end >= src.end:
            head = text[src.start : m.start()].rstrip(" \t,")
            return Span(src.start, src.start + len(head)) if head else None
    return None


def channel_riders(text: str, raws: Sequence[Raw], stops: Sequence[int]) -> list[Raw]:
    """The :func:`channel_rider` reports of ``raws`` (``stops[k]``: where sentence ``k`` ends) whose cue no
    raw has already. A source read on through the rider is cut before it (:func:`source_before_rider`, in
    place, recorded in the source's provenance)."""
    cues = {(r.cue.start, r.cue.end) for r in raws if r.cue is not None}
    out = []
    for r in raws:
        if r.cue is None or r.source is None or r.sentence >= len(stops):
            continue
        if r.cue.end <= r.source.start and (cut := source_before_rider(text, r.source, stops[r.sentence])):
            r.source = cut
            r.source_by = f"{r.rule}+{CHANNEL_RIDER}"
        got = channel_rider(text, r, stops[r.sentence])
        if got is not None and got.cue is not None and (got.cue.start, got.cue.end) not in cues:
            cues.add((got.cue.start, got.cue.end))
            out.append(got)
    return out
