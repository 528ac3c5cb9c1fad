"""Where the shapes read after the tagger may find something: each shape's prefilter pattern searched once
per article, not once per sentence.

The shapes read after the tagger (belief passives, withheld information, nouns before a "that"-clause) each
gate the sentences they read with one regular-expression search (:func:`lexicon.has_belief_passive`,
:func:`shapes.withheld.may_withhold`, :func:`shapes.clause_noun.may_name_clause`): first over the whole
article, then, when any matched, over every sentence again. Python's regular expressions try their
alternations of words at every character, and those searches were about a sixth of attribution's time on
the development articles (session 18: 100,919 searches, 1.2 s of 7.7 s).

:class:`MatchStarts` searches each pattern once over the article, as a lookahead, which finds every
position where a match starts (matches may overlap). A sentence's own search (``pattern.search(text,
start, end)``) can find a match only where the whole text has one starting inside the sentence, or where
the sentence ends inside a word: the search stops at ``end`` as if the text ended there, so a final ``\\b``
holds at ``end`` in the sentence's search and not in the whole text ("that" cut from "thatched"); every
other position reads the same characters either way. So :meth:`MatchStarts.within` runs the sentence's
own search only then, and answers exactly what it answers (the patterns hold no lookahead and no ``$``,
the only assertions that read past a match's end).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import cache

#: Two word characters in a row: a sentence whose end falls between them ends inside a word.
_WORD_PAIR = re.compile(r"\w\w")


@cache
def _lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` as a lookahead: an empty match at every position where ``pattern`` matches."""
    return re.compile("(?=" + pattern.pattern + ")", pattern.flags)


def match_starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Every position of ``text`` where ``pattern`` matches, in order (overlapping matches included)."""
    return [m.start() for m in _lookahead(pattern).finditer(text)]


def anchored_starts(
    pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, before: Iterable[int] = (0,)
) -> list[int]:
    """:func:`match_starts` found faster from a rarer ``anchor``: ``pattern`` is tried (``match``) only at
    each match start of ``anchor`` minus each of ``before``. The same list whenever every match of
    ``pattern`` holds a match of ``anchor`` that ``anchor.finditer`` finds, starting that many characters
    after it (the caller's pattern says why); ``pattern``'s own alternations of words, tried at every
    character, are what is slow."""
    tries = sorted({h - d for m in anchor.finditer(text) for h in (m.start(),) for d in before if d <= h})
    return [i for i in tries if pattern.match(text, i) is not None]


class MatchStarts:
    """Where each of ``patterns`` matches in ``text`` (searched once, up front): ``patterns`` holds each
    pattern and a function giving its :func:`match_starts` in a text (None: that function itself).

    >>> m = MatchStarts("He is seen as a hero. It rained.", [(re.compile(r"\\bseen as\\b"), None)])
    >>> m.anywhere(), m.within(0, 21), m.within(22, 32)
    (True, True, False)
    """

    def __init__(
        self, text: str, patterns: Sequence[tuple[re.Pattern[str], Callable[[str], list[int]] | None]]
    ) -> None:
        self.text = text
        self.patterns = tuple(p for p, _ in patterns)
        self.starts = [match_starts(p, text) if find is None else find(text) for p, find in patterns]

    def anywhere(self) -> bool:
        """Does any pattern match in the text (``any(p.search(text) for p in patterns)``)?"""
        return any(self.starts)

    def within(self, start: int, end: int) -> bool:
        """``any(p.search(text, start, end) for p in patterns)``: the search runs only for a pattern with a
        match starting in ``[start, end)``, or when ``end`` falls inside a word (see the module's note)."""
        text = self.text
        cut = 0 < end < len(text) and _WORD_PAIR.match(text, end - 1) is not None
        for p, starts in zip(self.patterns, self.starts, strict=True):
            k = bisect_left(starts, start)
            if (cut or k < len(starts) and starts[k] < end) and p.search(text, start, end) is not None:
                return True
        return False
