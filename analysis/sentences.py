"""Sentence boundaries for news text.

Rules, not a model, so that every boundary can be explained. Candidates are runs of sentence-final
punctuation (``.``, ``!``, ``?``, ``…``) with any closing quotes or brackets after them, followed by white
space or the end of the span. A candidate is kept unless the context says otherwise:

* the next word starts with a lower-case letter ("e.g. the", '"Why?" he asked');
* the full stop closes a title ("Mr.", "Gov.", "St."; unless "The", "He", "It" ... follow, as after
  "Hun Sen."), an initial ("J. K. Rowling"; "I" is a pronoun or a numeral, "World War I." ends), or
  precedes a number after a month or a number word ("Jan. 30", "No. 10");
* it closes another abbreviation ("U.S.", "Inc.", "Jan.") and the next word is not a common sentence
  opener (``data/sentence_starters.txt``).

Line breaks inside a span end a sentence when the line before them reads like a title (a caption's title
line, a heading): no final punctuation and a capitalised next line. Sentences are segmented per part, so
they never cross a part boundary, and they never start or end on white space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from . import lexicons
from .tokens import abbreviation_classes

_CANDIDATE = re.compile(r"(?:[.!?…]+|\.(?: \.)+)[\"'”’»)\]]*(?=\s|\Z)")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]*([^\s\"'“‘«(\[]*)")
_SPACE = re.compile(r"\s+")
_OPENERS = "\"'“‘«([-–—"
_WORD_CHARS = re.compile(r"[^\W_]+(?:[.'’\-][^\W_]+)*\.?$")


@cache
def _starters() -> frozenset[str]:
    return lexicons.words("sentence_starters.txt")


def _prev_word(text: str, lo: int, i: int) -> str:
    """The word just before position ``i`` (the first punctuation mark), stripped of opening marks."""
    j = i
    while j > lo and not text[j - 1].isspace():
        j -= 1
    return text[j:i].lstrip(_OPENERS)


def _is_boundary(text: str, lo: int, hi: int, punct_start: int, punct: str, nxt_start: int) -> bool:
    """Decide whether the candidate ``punct`` at ``punct_start`` ends a sentence."""
    m = _NEXT_WORD.match(text, nxt_start, hi)
    nxt = m.group(1) if m else ""
    first = nxt[:1]
    if first.islower():
        return False
    last = punct[-1]
    if last in "!?" or "!" in punct or "?" in punct:
        return True
    if punct != ".":
        return True  # an ellipsis before a capital, or "?!"-style runs
    prev = _prev_word(text, lo, punct_start)
    if not prev:
        return True
    if prev[-1].isdigit() or not prev[-1].isalpha():
        return True
    key = prev.lower()
    classes = abbreviation_classes()
    cls = classes.get(key)
    if cls is None and "-" in key and classes.get(key.rsplit("-", 1)[1]) == "title":
        cls = "title"  # a title with a prefix: "then-Sen. Obama", "ex-Gov. Brown"
    if cls is None and "." in key:
        cls = classes.get(key.rstrip("."), "other")
    if cls is None:
        if len(prev) == 1 and prev.isupper() and prev != "I":
            # An initial: "J. K. Rowling". A capital letter alone before a sentence opener ends a sentence
            # ("... vitamin C. The ...").
            return nxt.lower().rstrip(".,;:") in _starters()
        return True
    if cls == "title":
        # Titles precede names ("Gov. Newsom"); "Sen. The ..." can only be the end of a name ("Hun Sen.").
        return nxt in ("The", "He", "She", "It", "They", "This", "These", "In", "But", "However")
    if first.isdigit():
        return cls not in ("month", "number")
    if not first:
        return True
    return nxt.lower().rstrip(".,;:'’\"”") in _starters() or nxt in ("I", "A")


def _line_breaks(text: str, lo: int, hi: int) -> Iterator[int]:
    """Offsets of line breaks in ``[lo, hi)`` that end a sentence (after a title-like line)."""
    pos = text.find("\n", lo, hi)
    line_start = lo
    while pos != -1:
        line = text[line_start:pos].rstrip()
        after = text[pos:hi].lstrip()
        if line and after and after[0].isupper() and line[-1] not in ",;:-–—(" and len(line.split()) <= 20:
            yield pos
        line_start = pos + 1
        pos = text.find("\n", line_start, hi)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def split_span(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Sentences of ``text[lo:hi]`` as ``(start, end)`` offsets into ``text``."""
    cuts: list[int] = []
    for m in _CANDIDATE.finditer(text, lo, hi):
        end = m.end()
        sp = _SPACE.match(text, end, hi)
        nxt_start = sp.end() if sp else end
        if nxt_start >= hi:
            continue
        punct = m.group()
        core = punct.rstrip("\"'”’»)]")
        if _is_boundary(text, lo, hi, m.start(), core, nxt_start):
            cuts.append(end)
    if "\n" in text[lo:hi]:
        cuts = sorted(set(cuts).union(_line_breaks(text, lo, hi)))
    out: list[tuple[int, int]] = []
    start = lo
    for c in cuts:
        s, e = _trim(text, start, c)
        if s < e:
            out.append((s, e))
        start = c
    s, e = _trim(text, start, hi)
    if s < e:
        out.append((s, e))
    return out
