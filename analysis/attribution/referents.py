"""What a definite description refers back to, when the article named it: "the expert" -> the person
introduced as "expert Radek Babicek", "the experts" -> the group introduced as "Experts from Wren Kitchens".

A reader takes "the" and a role noun as given: someone the article introduced before. When that
introduction names them (a person named with the role as a title, or a group named by the body it comes
from), the description rests on a source the reader can check, not on a vague or anonymous one. The
attribution resolver names such a person itself (``sources.Resolver``); :func:`named_antecedent` gives
the same answer from the text alone, for judges that see only a source's span (hedging's vague-source
weasel and anonymous-source flags, rule ``named_antecedent``). Without the earlier text (a sentence judged
alone) there is nothing to refer back to, and the answer is "".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate

from .. import lexicons
from .lexicon import tables
from .names import PersonMention, person_mentions
from .sources import full_titles, person_noun

_PUNCT = ".,;:!?\"'“”‘’()[]"
#: A capitalised name of one or more words, small linking words allowed inside ("University of Leeds").
_NAME = r"(?:the\s+)?[A-Z][\w&'’.\-]*(?:\s+(?:of|for|and|de|[A-Z][\w&'’.\-]*))*"


def named_antecedent(text: str, start: int, end: int) -> str:
    """The earlier words of ``text`` that name who the definite description at ``[start, end)`` is, or "".

    Only "the" and one role noun count ("the expert", "the experts", "The governor"); a longer description
    carries its own words ("the local health minister" is judged by them). A plural refers back to the last
    group of that noun named by its body ("Experts from Wren Kitchens ... the experts recommend"); a singular
    to the last person named with that title ("expert Radek Babicek ... the expert explains", "Gov. Eric
    Holcomb ... The governor said").

    Examples: ``named_antecedent("Experts from Wren Kitchens met. The experts agree.", 35, 46)`` ->
    "Experts from Wren Kitchens"; the same description in "Experts met. The experts agree." -> "".
    """
    words = [w.strip(_PUNCT) for w in text[start:end].split()]
    if len(words) != 2 or words[0].lower() != "the":
        return ""
    noun = words[1].lower()
    t = tables()
    known = person_noun(noun)
    if noun in t.role_plural or (known is not None and known.plural):
        return _introduced_group(text, noun, start)
    if noun in t.role_singular or known is not None:
        return _titled_person(text, noun, start)
    return ""


@cache
def _body_prepositions() -> tuple[str, ...]:
    """``source_words.tsv`` role ``body_preposition``: "from", "at", "with"."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return tuple(sorted(r[0] for r in rows if len(r) > 1 and r[1] == "body_preposition"))


@cache
def _group_pattern(noun: str) -> re.Pattern[str]:
    """ "<noun> from|at|with <Name>" or "<Name>'s <noun>", the noun in any case."""
    preps = "|".join(_body_prepositions())
    n = re.escape(noun)
    return re.compile(rf"(?<![\w’'-])(?i:{n})\s+(?:{preps})\s+{_NAME}|{_NAME}['’]s\s+(?i:{n})(?![\w’'-])")


def _introduced_group(text: str, noun: str, before: int) -> str:
    """The last "<noun> from <Name>" (or "<Name>'s <noun>") before ``before``, or ""."""
    found = ""
    for m in _group_pattern(noun).finditer(text, 0, before):
        found = m.group(0)
    return found.strip()


@dataclass
class _TitledIndex:
    """One article's person mentions, indexed so that "the last person titled <noun> before a position" is
    a bisection, not a scan of every earlier mention per description (which grew with the square of the
    article's length)."""

    mentions: tuple[PersonMention, ...]
    #: the largest end among mentions[:i + 1]: the first mention ending after a position is found by bisection
    reach: list[int]
    #: a title noun -> the indexes of the mentions it titles, in text order (filled as nouns are asked for)
    by_noun: dict[str, list[int]] = field(default_factory=dict)

    def titled(self, noun: str) -> list[int]:
        """The indexes of the mentions whose titles include ``noun``."""
        found = self.by_noun.get(noun)
        if found is None:
            found = self.by_noun[noun] = [
                i for i, m in enumerate(self.mentions) if noun in full_titles(m.titles) or noun in m.titles
            ]
        return found


@lru_cache(maxsize=8)
def _titled_index(text: str) -> _TitledIndex:
    """The person mentions of ``text`` (one article's, asked for by several of its sources), indexed."""
    mentions = tuple(person_mentions(text, [0]))
    return _TitledIndex(mentions, list(accumulate((m.end for m in mentions), max)))


def _titled_person(text: str, noun: str, before: int) -> str:
    """The name of the last person named with the title ``noun`` before ``before``, or "": among the
    mentions before the first one that ends after ``before``."""
    index = _titled_index(text)
    upto = bisect_right(index.reach, before)
    titled = index.titled(noun)
    k = bisect_left(titled, upto)
    return index.mentions[titled[k - 1]].name if k else ""
