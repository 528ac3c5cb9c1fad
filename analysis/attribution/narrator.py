"""The article's own first person: an "I" that no quotation holds is the writer, not a cited source.

An advice column's letters ("I asked her several times to let me out", "I think your question was
offensive"), a columnist's aside or a reader's comment printed as the page's text are the article's
narration: the Wikinews labelling notes (zyte-87438a0dacbe, a Dear Abby column) leave them unlabelled, as
they leave the writer's own statements. The rules read "I asked", "I think" as cues with a source like any
other; :func:`narrator_first_person` removes them once every attribution is known, so an "I" inside a
quotation, which :func:`analysis.attribution.sources.first_person_speakers` credits to the quotation's
speaker, stays.

Rule id: ``narrator_first_person`` (``analysis/data/attribution/rule_ids.tsv``). Example::

    I asked her several times to let me out, but she refused.   -> no attribution
    "I asked her several times," said Ms Lee.                  -> the nested "I asked" stays (Ms Lee's)
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from .model import Attribution

RULE = "narrator_first_person"

#: Double quote marks: an odd number of them in the paragraph before a word puts it inside a quotation.
DOUBLE_QUOTES = frozenset('"“”«»„')


def inside_quotation(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation of its paragraph (an odd number of double quote marks between the
    paragraph's start and ``pos``; a paragraph that continues a quotation opens with a mark of its own)?"""
    start = text.rfind("\n", 0, pos) + 1
    return sum(ch in DOUBLE_QUOTES for ch in text[start:pos]) % 2 == 1


def narrator_first_person(text: str, atts: Sequence[Attribution]) -> list[Attribution]:
    """``atts`` without those whose source is an unresolved "I" outside every quotation and every other
    attribution's content: the writer speaking, nobody cited (rule ``narrator_first_person``)."""
    contents = sorted((c.start, c.end) for a in atts for c in a.content)
    ends_max: list[int] = []
    for _, e in contents:
        ends_max.append(max(e, ends_max[-1]) if ends_max else e)

    def held(pos: int) -> bool:
        """Does some attribution's content hold ``pos`` (the longest reach of the contents opening before
        it passes it)?"""
        k = bisect_left(contents, (pos + 1, -1))
        return k > 0 and ends_max[k - 1] > pos

    out: list[Attribution] = []
    for a in atts:
        src = a.source
        if (
            src is not None
            and not a.source_name
            and text[src.start : src.end] == "I"
            and not held(src.start)
            and not inside_quotation(text, src.start)
        ):
            continue
        out.append(a)
    return out
