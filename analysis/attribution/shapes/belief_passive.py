"""An agentless belief passive only the news guideline labels: ``X is seen as Y``, ``and is thought to``.

Rule id: ``belief_passive`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Sinwar is seen as a hard-liner.
    He is viewed as a potential successor to the chief executive.
    He has not been seen in public since then, and is thought to be hiding.
    He was seen as recently as May. (a comparison, no belief: nothing found)
    The order could be seen as good news. (a possibility under a modal: nothing found)

Why apart from ``passive_clause``: PolNeAR's annotators rarely label these, and the tagger, trained on
PolNeAR with the rules' labels as features, would learn to distrust the rules' cues if they were among its
features (a retrained tagger with them lowered content F1 on the untuned dev10 by 0.006). The Wikinews
guideline labels each one as an attribution with no source (``benchmarks/wikinews/labelling-notes.md``:
"was seen as", "has been seen as", "is widely seen as"), so this shape is read after the tagger
(``order.AFTER_TAGGER``) and its findings are never the tagger's to judge. The participles of regard
(``as_passives.tsv``) are a cue only before "as" ("He hasn't been seen in public" reports no belief); a
hearsay participle (``hearsay_passives.tsv``) is read here only after "and", where the passive shares the
subject of the first conjunct (elsewhere it is ``passive_clause``'s).
"""

from __future__ import annotations

from ...model import Span
from ..boundaries import content_end, occasion_end
from ..lexicon import hearsay_participles, negators
from ..rule_base import HARD_PUNCT, Raw, Sentence
from ..rule_words import WORDS
from .context import Context

RULE = "belief_passive"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Sinwar is seen as a hard-liner.",
    "He is viewed as a potential successor to the chief executive.",
    "He has not been seen in public since then, and is thought to be hiding.",
    "He was seen as recently as May.",
    "The order could be seen as good news.",
)


def _negated(w: str) -> bool:
    """Is ``w`` a negator of ``refusals.tsv`` ("not", "never") or a contraction ("isn't")?"""
    return w in negators() or w.replace("’", "'").endswith("n't")


def belief_passive(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """The belief passive at participle ``i``: the content is the subject and what follows the cue (two
    fragments), and no source is named."""
    t = ctx.t
    w = s.lw[i]
    if s.tx[i] != w and not s.title:
        return None
    if w in t.as_passives:
        if not as_complement(s, i):
            return None
        after = i + 2  # the cue takes "as": "is seen as"
    elif w in hearsay_participles():
        after = i + 1
    else:
        return None
    j = i - 1
    while j > 0 and s.lw[j] not in t.passive_aux and (s.lw[j] in t.aux or s.lw[j].endswith("ly")):
        j -= 1
    if j <= 0 or s.lw[j] not in t.passive_aux or any(_negated(s.lw[k]) for k in range(j, i)):
        return None  # no passive, or a belief denied ("is not seen as")
    while j > 0 and (s.lw[j - 1] in t.aux or s.lw[j - 1] in t.passive_aux or _negated(s.lw[j - 1])):
        if _negated(s.lw[j - 1]):
            return None
        j -= 1
    if any(s.lw[k] in WORDS.modal for k in range(j, i)) or s.lw[j] in WORDS.nonfinite_be:
        return None  # "could be seen as": a possibility, no belief held; "to avoid being seen as": no subject
    np: tuple[int, int] | None
    if j > 1 and s.lw[j - 1] in WORDS.coordinator:
        np = first_conjunct_subject(ctx, s, j - 1)  # "He hasn't been seen since, and is thought to ..."
    elif w not in t.as_passives:
        return None
    elif s.lw[j - 1] in WORDS.relative_pronoun:
        np = (j - 1, j)  # "a move that is seen as ..."
    else:
        np = ctx.left_np(s, j)
    if np is None or _negated(s.lw[np[0]]):
        return None
    subject = s.span_of(*np)
    e = content_end(ctx, s, after)
    if s.lw[np[0]] in WORDS.wh_relative and np[0] > 0 and s.tx[np[0] - 1] == ",":
        e = next((k for k in range(after, e) if s.tx[k] == ","), e)  # the relative clause ends at its comma
    if subject is None or e <= after or s.tx[after] in HARD_PUNCT or s.lw[after] in WORDS.coordinator:
        return None
    rest = s.span_of(after, occasion_end(ctx, s, after, e))
    if rest is None:
        return None
    cue = Span(s.toks[j].start, s.toks[after - 1].end)
    cls = t.as_passives.get(w) or t.passive_cues[w]
    return Raw(cue, None, [subject, rest], w, cls, s.index, rule=RULE)


def as_complement(s: Sentence, i: int) -> bool:
    """Does "as" open a complement after the participle at ``i`` ("seen as a hard-liner"), not a
    comparison ("seen as recently as May", "seen as far away as Ohio")?"""
    return s.lw[i + 1 : i + 2] == ["as"] and i + 2 < s.end and "as" not in s.lw[i + 3 : i + 5]


def first_conjunct_subject(ctx: Context, s: Sentence, k: int) -> tuple[int, int] | None:
    """The subject the passive after the coordinator at ``k`` shares with the first conjunct: "He hasn't
    been seen in public since Oct. 7, and is thought to be hiding" -> "He". Only a noun phrase that opens
    the sentence right before a verb's auxiliary (``verb_aux``, or a form of "be"; not an adverb of the
    ``aux`` class such as "previously") within its first eight words counts; otherwise None."""
    t = ctx.t
    for end in range(1, min(k, 8)):
        if s.lw[end] in t.verb_aux or s.lw[end] in t.passive_aux:
            np = ctx.left_np(s, end)
            return np if np is not None and np[0] == 0 else None
    return None
