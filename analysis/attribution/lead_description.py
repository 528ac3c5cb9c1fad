"""A lead's description of its speaker named in the next paragraph (rule ``lead_description_named``).

A news lead often describes the person it cites and names them only in the paragraph after it: "BMW is
preparing to enter the market ..., the firm's chief has told BBC News. / Speaking at a BMW event ...,
Helmut Panke predicted ...", "A PR expert has told the ... trial ... / Ann Kite told the court ...". The
resolver reads the description alone and leaves an anonymous person ("firm chief"); the Wikinews guideline
names the person. Issue 12 (source names), session 20: read in dev22's and dev23's BBC errors.

The rule is narrow: the description is a singular anonymous person cited in the first paragraph after the
headline, whose role is no spokesperson's or official's (such a lead's speaker is rarely the one named next:
"..., a spokesman said. / Minister Tom Reed said ..."); the next paragraph cites, first, a person by a full
name of two words or more that the lead never wrote; every attribution of the same description takes the name.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from .. import lexicons
from .model import Attribution


@cache
def _unnamed_roles() -> frozenset[str]:
    """Roles of a lead speaker who is not the person named next (source_words.tsv, ``lead_unnamed_role``)."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "lead_unnamed_role")


def _ends_sentence(paragraph: str) -> bool:
    return paragraph.rstrip().endswith((".", "!", "?", '"', "\u201d", "\u2019", "'"))


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    k = text.find("\n\n")
    while k >= 0:
        starts.append(k + 2)
        k = text.find("\n\n", k + 2)
    return starts


def lead_description_named(text: str, atts: list[Attribution]) -> list[Attribution]:
    """``atts`` with the lead's described speaker named after the person the next paragraph cites first.

    Example: "Headline\\n\\nSales will rise, the firm's chief has told reporters.\\n\\nSpeaking at a fair,
    Ann Vale predicted that demand would grow." -> the first attribution's source_name "Ann Vale",
    named_person (it was "firm chief", anonymous_person); with "a spokesman said" in the lead -> unchanged.
    """
    paras = [*_paragraph_starts(text), len(text) + 2]
    # the lead is the first paragraph that ends a sentence (a headline, if the text has one, does not)
    i = next((i for i in range(len(paras) - 1) if _ends_sentence(text[paras[i] : paras[i + 1] - 2])), -1)
    if i < 0 or i + 2 >= len(paras):
        return atts
    lead_start, next_start = paras[i], paras[i + 1]
    after_next = paras[i + 2] - 2 if i + 2 < len(paras) else len(text)
    lead = next(
        (
            a
            for a in atts
            if a.source is not None
            and lead_start <= a.source.start < next_start
            and a.source_type == "anonymous_person"
            and a.mention == "description"
        ),
        None,
    )
    if lead is None or not lead.source_name or set(lead.source_name.lower().split()) & _unnamed_roles():
        return atts
    first = min(
        (a for a in atts if a.source is not None and next_start <= a.source.start < after_next),
        key=lambda a: a.source.start if a.source else 0,
        default=None,
    )
    if first is None or first.source_type != "named_person" or len(first.source_name.split()) < 2:
        return atts
    if first.source is None or first.source_name not in text[first.source.start : first.source.end]:
        return atts  # the name is written in full where the paragraph cites the person
    if first.source_name.split()[-1] in text[:next_start]:
        return atts  # the lead (or the headline) wrote the name: the description is someone else
    return [
        replace(
            a, source_name=first.source_name, source_type="named_person", type_by="lead_description_named"
        )
        if a.source_type == "anonymous_person" and a.source_name == lead.source_name
        else a
        for a in atts
    ]
