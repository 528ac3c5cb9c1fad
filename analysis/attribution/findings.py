"""A document's finding that the rules keep whatever the keep model says: rule ``document_finding``.

"One study by the university noted that the drug reduced deaths": the keep model (``keep.py``) sets it
aside, because "one" before a cue weighs against keeping ("one of them said") and a document source opening
with a determiner is rare among its training labels; the Wikinews guideline labels a study's finding as the
document's report, and the two such reports of the readable splits ("A Mori poll this summer suggested C",
"A systematic review of research ... found that C") are gold reports the model set aside. The words are in
``analysis/data/attribution/document_findings.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicons
from ..model import Article
from .model import Attribution

RULE = "document_finding"
#: The most words of the source read for its determiner and head ("One [new] [2019] study").
MAX_HEAD_WORDS = 4


@dataclass(frozen=True)
class FindingWords:
    """The classes of ``document_findings.tsv``."""

    determiner: frozenset[str]
    noun: frozenset[str]
    after: frozenset[str]
    verb: frozenset[str]


@cache
def finding_words() -> FindingWords:
    """``document_findings.tsv`` as sets (read once)."""
    return lexicons.word_classes("attribution/document_findings.tsv", FindingWords)


def document_head(words: list[str], w: FindingWords) -> bool:
    """Do the lower-case source ``words`` open with a determiner of ``w`` and have a document noun as their
    head within :data:`MAX_HEAD_WORDS` words: the noun ends the words or an ``after`` word follows it?

    >>> w = finding_words()
    >>> document_head(["one", "study", "by", "the", "university"], w)
    True
    >>> document_head(["one", "study", "participant"], w)
    False
    """
    if not words or words[0] not in w.determiner:
        return False
    for k in range(1, min(len(words), MAX_HEAD_WORDS + 1)):
        if words[k] in w.noun:
            return k + 1 == len(words) or words[k + 1] in w.after
    return False


def document_finding(article: Article, a: Attribution) -> bool:
    """Rule ``document_finding``: is ``a`` a document's finding (:func:`document_head`) stated by a cue of
    ``verb`` before its content ("One study noted that C", "A poll this summer suggested C")? "One study
    participant noted C" (a person) and "C, one study noted" (a content before its cue) are left to the
    keep model."""
    if a.source is None or a.cue is None or a.cue.end > a.content[0].start:
        return False
    text = article.text
    w = finding_words()
    if text[a.cue.start : a.cue.end].lower() not in w.verb:
        return False
    head = text[a.source.start : a.source.end].replace(",", " , ").split()[: MAX_HEAD_WORDS + 1]
    return document_head([x.lower() for x in head], w)
