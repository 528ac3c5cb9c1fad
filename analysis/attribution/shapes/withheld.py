"""Information withheld, which only the news guideline labels: ``X did not provide any details``.

Rule id: ``withheld_information`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Officials did not immediately provide any further details about the fire.
    The agency didn't estimate how many people had been evacuated.
    The police have not given a reason for the arrests.
    The company did not release the hostages. (an act: nothing found)
    The company provided details of the plan. (not negated: nothing found)
    The ministry would not comment on the size of the deal. (a topic after "comment on", recall27)
    The ministry would not comment. (no topic: nothing found)
    He gave no further details of the change. (the verb and "no": ``none_verb``, recall24)

Why: "did not immediately provide any other details", "didn't give a date for crewed missions", "did not
release any specific information about ..." are how news pages say a source was asked and said nothing;
the Wikinews guideline labels each as an attribution of kind "refused" (the kind is given by the negator,
``refusals.tsv``), and the readable splits missed all six of them (recall19: pages of six publishers).
The verbs ("provide", "give", "release") are plain acts elsewhere, so they are read only negated and
before an object of information (``withheld.tsv``). PolNeAR's annotators do not label these; like
``belief_passive`` the shape is read after the tagger (``order.AFTER_TAGGER``), so the tagger's training
input and weights stay as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...lexicons import word_classes
from ...model import Span
from ..boundaries import content_end, occasion_end
from ..lexicon import negators
from ..prefilter import anchored_starts
from ..rule_base import HARD_PUNCT, Raw, Sentence, is_cap
from ..rule_words import WORDS
from .context import Context

RULE = "withheld_information"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Officials did not immediately provide any further details about the fire.",
    "The agency didn't estimate how many people had been evacuated.",
    "The police have not given a reason for the arrests.",
    "The company did not release the hostages.",
    "The company provided details of the plan.",
    "The ministry would not comment on the size of the deal.",
    "The ministry would not comment.",
    "He gave no further details of the change.",
)
#: The most words between the verb and the noun of information ("any other specific details").
MAX_OBJECT_LEAD = 3


@dataclass(frozen=True)
class WithheldWords:
    """The classes of ``withheld.tsv``."""

    aux: frozenset[str]
    verb: frozenset[str]
    noun: frozenset[str]
    wh: frozenset[str]
    topic_verb: frozenset[str]
    topic: frozenset[str]
    none_verb: frozenset[str]


@cache
def withheld_words() -> WithheldWords:
    """The classes of ``analysis/data/attribution/withheld.tsv``."""
    return word_classes("attribution/withheld.tsv", WithheldWords)


@cache
def _sentence_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(withheld_words().verb))
    return re.compile(rf"(?:\bnot|\bnever|n[’']t)\s+(?:\w+ly\s+)?(?:{verbs})\b", re.IGNORECASE)


@cache
def gave_no_pattern() -> re.Pattern[str]:
    """A verb of ``none_verb`` before "no" ("gave no"): the second gate of the shape (for
    :class:`prefilter.MatchStarts`, searched as it is: the match starts at the verb)."""
    verbs = "|".join(sorted(withheld_words().none_verb))
    return re.compile(rf"\b(?:{verbs})\s+no\b")


def withhold_pattern() -> re.Pattern[str]:
    """The pattern :func:`may_withhold` searches (for :class:`prefilter.MatchStarts`)."""
    return _sentence_re()


#: What every match of :func:`withhold_pattern` starts with, less its ``\b``: "not", "never", "n't".
_NEGATION = re.compile(r"n(?:ot|ever|[’']t)", re.IGNORECASE)


def withhold_starts(text: str) -> list[int]:
    """Every position where :func:`withhold_pattern` matches in ``text`` (``prefilter.match_starts``),
    tried only where a negation starts: no letter after the first "n" of "not", "never" or "n't" can be an
    "n", so no two of them overlap and ``_NEGATION.finditer`` finds each."""
    return anchored_starts(_sentence_re(), _NEGATION, text)


def may_withhold(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold a negated verb of giving information? One regular-expression search,
    so that the shape reads only the articles and sentences where it may find something."""
    return _sentence_re().search(text, start, len(text) if end is None else end) is not None


def _negated(w: str) -> bool:
    return w.replace("’", "'").endswith("n't")


def withheld(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The withheld information at verb ``i``: the cue runs from the auxiliary to the verb ("did not
    immediately provide"), the source is the noun phrase before it, the content the object of information
    to the end of its clause."""
    ww = withheld_words()
    if s.lw[i] in ww.none_verb and s.tx[i] == s.lw[i] and (r := gave_no(ctx, s, i, ww)) is not None:
        return r
    if s.lw[i] not in ww.verb or s.tx[i] != s.lw[i]:
        return None
    k = i - 1
    while k > 0 and s.lw[k].endswith("ly") and s.lw[k].isalpha() and i - k <= 2:
        k -= 1  # "did not immediately provide"
    if k > 0 and s.lw[k] in negators() and s.lw[k - 1] in ww.aux:
        j = k - 1
    elif k > 0 and _negated(s.lw[k]) and s.lw[k].replace("’", "'")[:-3] in ww.aux:
        j = k  # "didn't", "hasn't", "won't"
    else:
        return None
    if s.lw[i] in ww.topic_verb:
        if not (i + 2 < s.end and s.lw[i + 1] in ww.topic):
            return None  # "would not comment on the deal": the topic is what was not said
    elif not object_of_information(s.lw, s.tx, i + 1, s.end, ww):
        return None
    np = ctx.left_np(s, j)
    if np is None:
        return None
    c = i + 1
    e = content_end(ctx, s, c)
    if e <= c or s.tx[c] in HARD_PUNCT:
        return None
    content = s.span_of(c, occasion_end(ctx, s, c, e))
    source = s.span_of(*np)
    if content is None or source is None:
        return None
    cue = Span(s.toks[j].start, s.toks[i].end)
    return Raw(cue, source, [content], s.lw[i], "neutral", s.index, rule=RULE)


def gave_no(ctx: Context, s: Sentence, i: int, ww: WithheldWords) -> Raw | None:
    """Part of rule ``withheld_information``: "He gave no further details of the change", "..., but gave no
    reason for doing so": a verb of ``none_verb`` before "no" and an object of information; the cue is the
    verb and "no", the source the noun phrase before the verb (or, after "and"/"but", the subject of
    the reporting verb before it), the content the object to the end of its clause."""
    if i == 0 or i + 2 >= s.end or s.lw[i + 1] != "no":
        return None
    if not object_of_information(s.lw, s.tx, i + 2, s.end, ww):
        return None
    np = ctx.left_np(s, i)
    if np is None and s.lw[i - 1] in WORDS.coordinator:
        # "On Feb 18, Allegheny said C, but gave no reason": the subject of the reporting verb before it
        cues = (k for k in range(i - 2, 0, -1) if s.lw[k] in ctx.t.cue_forms and s.tx[k] == s.lw[k])
        said = next(cues, None)
        np = ctx.left_np(s, said) if said is not None else None
    if np is None:
        return None
    c = i + 2
    e = content_end(ctx, s, c)
    content = s.span_of(c, e) if e > c else None
    source = s.span_of(*np)
    if content is None or source is None:
        return None
    cue = Span(s.toks[i].start, s.toks[i + 1].end)
    return Raw(cue, source, [content], s.lw[i], "neutral", s.index, rule=RULE)


def object_of_information(lw: list[str], tx: list[str], c: int, end: int, ww: WithheldWords) -> bool:
    """Does an object of information start at token ``c``: a question word ("how many ...", "when ..."),
    or a noun of information after at most ``MAX_OBJECT_LEAD`` plain lower-case words ("any further
    details", "a reason")?

    >>> ww = withheld_words()
    >>> object_of_information(["any", "other", "details"], ["any", "other", "details"], 0, 3, ww)
    True
    >>> object_of_information(["the", "hostages"], ["the", "hostages"], 0, 2, ww)
    False
    """
    if c >= end:
        return False
    if lw[c] in ww.wh:
        return True
    for k in range(c, min(end, c + MAX_OBJECT_LEAD + 1)):
        if lw[k] in ww.noun:
            return True
        if not lw[k].isalpha() or is_cap(tx[k]):
            return False
    return False
