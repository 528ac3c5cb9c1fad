"""What follows a warning, a piece of advice or a promise made to someone: the content after the verb.

Verbs such as "warn", "advise", "remind" and "promise" (``addressee_verb`` in ``function_words.tsv``) may
take an addressee before their content. The content boundaries (:func:`boundaries.after_cue`) read an
addressee that is a name, a pronoun or "the" + a name; two shapes with a plain noun were read as no content
at all, so the attribution was lost (issue 12, recall19: dev18 and nine other readable splits, from the
Wikinews, Metro, Moneycontrol, CDC-citing, BBC and Reuters-style pages):

* ``addressee_infinitive``: "The agency advises travellers to carry water", "Rangers warned hikers to keep
  away": a directive or a warning with a short plain addressee and a to-infinitive. The Wikinews guideline
  (and PolNeAR) labels the addressee and the infinitive together as the content, as for "warned the Fed not
  to act", which the boundaries already read.
* ``addressee_clause``: "The union warned there could be more strikes", "She warned the delayed process
  could harm security": no addressee at all, a reported clause without "that" whose subject is "there" or a
  short common noun phrase, told by the auxiliary after it.

Neutral verbs of telling ("told reporters prices would rise") are left out: their plain noun is an
addressee far more often ("told reporters the plan ..."), and ``told_to`` reads their instructions.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import Tables
from .rule_words import WORDS


def addressee_infinitive(lw: Sequence[str], r: int, end: int, t: Tables, to: int | None) -> bool:
    """Rule ``addressee_infinitive``: does the content of a non-neutral addressee verb ending before token
    ``r`` start at ``r``, an addressee of plain words then the to-infinitive at ``to`` (as found by
    :func:`boundaries.instruction_to`)? "advises citizens to keep cash" -> content "citizens to keep cash".

    The addressee must be one to four plain words that are no pronoun ("warned him to stop" is read
    elsewhere) and open no second noun phrase (a determiner after the first word, but after "of" or a
    place preposition, ``addressee_link``: "promised the voters the tax cuts to ..." is no instruction,
    "advised residents of her city to ..." and "warned people in the area to stay inside" are)."""
    if to is None or not r < to < end:
        return False
    words = lw[r:to]
    if words and words[-1] == "not":
        words = words[:-1]
    if not words:
        return False
    for i, w in enumerate(words):
        if i and words[i - 1] in WORDS.addressee_link and w.isalpha():
            continue  # "residents of her city", "people in the area"
        if not w.isalpha() or w in t.pronouns or (i and w in t.determiner):
            return False
    return True


def addressee_clause(lw: Sequence[str], r: int, end: int, t: Tables) -> bool:
    """Rule ``addressee_clause``: does a reported clause without "that" start at token ``r``, right after a
    non-neutral addressee verb? "warned there could be more strikes", "warned it could run out of cash"
    (``expletive_subject`` + a modal or a finite "be"/"have", ``there_verb`` in ``rule_words.tsv``),
    "warned the delayed process could harm ..." (a determiner and one to three plain words, or one plain
    word alone, then a modal: "warned investors could lose money").

    A bare noun followed by another ("warned investors prices could fall") is an addressee and its clause,
    so without a determiner only one word may stand before the modal."""
    if r + 2 >= end:
        return False
    if lw[r] in WORDS.expletive_subject:  # "warned there could be ...", "warned it could run out of cash"
        return lw[r + 1] in WORDS.modal or lw[r + 1] in WORDS.there_verb
    k = r + 1 if lw[r] in t.determiner else r
    limit = 3 if k > r else 1
    for j in range(k, min(end - 1, k + limit + 1)):
        w = lw[j]
        if w in WORDS.modal:
            return j > k
        if not w.isalpha() or w in t.pronouns or w in t.determiner or w in WORDS.clause_start:
            return False
    return False


#: The most words of an outlet's description before its head noun ("Brussels-based media network").
MAX_DESCRIPTION = 4
#: The most capitalised words of the outlet's name after its description.
MAX_NAME = 4


def described_addressee_end(tx: Sequence[str], lw: Sequence[str], r: int, end: int) -> int | None:
    """Rule ``described_addressee``: where an addressee that describes an outlet and then names it ends, the
    description starting at token ``r`` right after "told" (an article or not, at most
    :data:`MAX_DESCRIPTION` lower-case or hyphenated words, a head noun of ``outlet_description_noun``) and
    the name at most :data:`MAX_NAME` capitalised words; None when the words at ``r`` are no such addressee.

    >>> words = "Brussels-based media network EURACTIV the deal was dead".split()
    >>> described_addressee_end(words, [w.lower() for w in words], 0, len(words))
    4
    >>> words = "the network the deal was dead".split()
    >>> described_addressee_end(words, words, 0, len(words)) is None
    True

    Why: "told Brussels-based media network EURACTIV the deal was dead" found no content: the boundaries
    skip an addressee of capitalised words ("told the AP ..."), and this one opens with a description, so
    the reported clause was never found and the attribution was lost (brief recall25, issue 12)."""
    k = r + 1 if r < end and lw[r] in WORDS.article else r
    j = k
    while j < end and j - k < MAX_DESCRIPTION and lw[j] not in WORDS.outlet_description_noun:
        if not (tx[j] == lw[j] and lw[j].isalpha()) and "-" not in tx[j].strip("-"):
            return None
        j += 1
    if j >= end or lw[j] not in WORDS.outlet_description_noun or j == k:
        return None  # "told the newspaper Trump had lied": no description, so no name after it
    n = j + 1
    while n < end and n - (j + 1) < MAX_NAME and tx[n][:1].isupper():
        if lw[n] in WORDS.article or lw[n] in WORDS.clause_subject:
            break  # "told wire service Reuters The deal was dead": "The" opens the reported clause
        n += 1
    return n if j + 1 < n < end else None
