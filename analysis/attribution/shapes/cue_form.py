"""Which form of a cue word a sentence uses, if any: the verb, or a noun, a name or an adjective.

A word of the cue tables is a cue only where it is the verb: "the reports" (a noun), "States" (a name
mid-sentence), "270 pledged delegates" (an adjective), "a group called X" (a name giver) are not. The
verb shapes (``order.VERB_SHAPES``) are tried only at a form this module matched.
"""

from __future__ import annotations

from ..lexicon import CueForm, negators
from ..rule_base import OPEN_QUOTE_TOKENS, Sentence, is_cap
from ..rule_words import WORDS
from .context import Context


def match_form(ctx: Context, s: Sentence, i: int, forms: tuple[CueForm, ...]) -> tuple[CueForm | None, int]:
    """The form of cue word ``i`` among ``forms`` and its width in tokens (2 with a particle), or None."""
    t = ctx.t
    x = s.tx[i]
    if x != s.lw[i] and i > 0 and not s.title:  # "States", "Post": a capitalised word mid-sentence is a name
        return None, 1
    prev = s.lw[i - 1] if i > 0 else ""
    if (
        (prev in t.determiner and prev not in WORDS.pronoun_determiner)
        or (prev.endswith(("'s", "’s")) and prev[:-2] not in t.subject_pronouns)  # "He's suggesting"
    ):
        return None, 1
    if object_noun(ctx, s, i):
        return None, 1  # "rejected claims that C", "renewed calls for": the verb's object, a noun (noun_cue)
    if s.lw[i] in t.after_name_only and not (
        i > 0 and (is_cap(s.tx[i - 1]) or prev in t.subject_pronouns or prev in WORDS.wh_relative)
    ):
        return None, 1  # "the reports", "raised questions": a plural noun, not the verb
    nxt = s.lw[i + 1] if i + 1 < s.n else ""
    if s.lw[i] in t.naming and names_a_thing(ctx, s, i):
        return None, 1
    if prev[:1].isdigit() and s.lw[i].endswith("ed") and nxt.endswith("s") and nxt == s.tx[i + 1]:
        return None, 1  # "270 pledged delegates": a participle used as an adjective before a plural noun
    for f in forms:
        if f.particle:
            if nxt == f.particle:
                return f, 2
            continue
        w = s.lw[i]
        if w == "asked" and (i == 0 or prev in t.asked_lead or prev in t.passive_aux):
            return f, 1  # "When asked (by X) whether ...", "He was asked about ...": see asked.py
        if f.frame == "adverb":
            return f, 1
        if _passive_before(ctx, s, i) and not w.endswith("ing"):
            return None, 1  # passive "was told", "was not considered": the subject is no source
        if nxt == "by" and w.endswith("ed"):
            return None, 1
        return f, 1
    return None, 1


def _passive_before(ctx: Context, s: Sentence, i: int) -> bool:
    """Is cue word ``i`` a participle after a form of "be", over a negator or two ("was not considered",
    "has never been told")?"""
    k = i - 1
    while k > 0 and i - k <= 2 and s.lw[k] in negators():
        k -= 1
    w = s.lw[k].replace("’", "'") if k >= 0 else ""
    return w in ctx.t.passive_aux or (w.endswith("n't") and w[:-3] in ctx.t.passive_aux)  # "wasn't told"


def names_a_thing(ctx: Context, s: Sentence, i: int) -> bool:
    """ "a group called Citizens for Trump", "a move called 'the boneless'": a participle that names.

    After a determiner and a lower-case noun, "called" followed by a name or a quotation gives the
    thing its name: nobody is cited. "Critics called Trump a liar" keeps its cue (no determiner), and so
    does "known as" (PolNeAR train annotates enough of those that leaving them out lowered recall).
    "called to mind" is a memory, not a statement. Measured on PolNeAR train: content F1 .6775 ->
    .6777, speech-cue recall unchanged.
    """
    t = ctx.t
    nxt = s.tx[i + 1] if i + 1 < s.n else ""
    if nxt == "to" and s.lw[i + 2 : i + 3] == ["mind"]:
        return True
    noun = s.lw[i - 1] if i >= 2 else ""
    if not noun.isalpha() or noun != s.tx[i - 1] or s.lw[i - 2] not in t.determiner:
        return False
    return is_cap(nxt) or nxt in OPEN_QUOTE_TOKENS


def object_noun(ctx: Context, s: Sentence, i: int) -> bool:
    """Rule ``object_noun``: is cue word ``i`` a plural attribution noun that is also a verb form ("claims",
    "calls", "hopes", "reports": ``noun_cues.tsv`` and the verb lists) right after a lower-case past form in
    "-ed", so the object of that verb and no verb of its own? Then ``noun_cue`` reads it ("rejected claims
    that C": the claims' content, with no source).

    Example: "Serena Williams has angrily rejected claims that she ..." -> True at "claims"; "Ann Lee
    claims that ..." -> False; "His repeated claims of ..." -> False (an adjective). Why: "claims" was read
    as a verb whose subject was "angrily rejected", the tagger dropped that, and the claim was lost (dev27's
    bbc-sport-445)."""
    w = s.lw[i]
    if i == 0 or not w.endswith("s") or w not in ctx.t.noun_cues:
        return False
    prev = s.lw[i - 1]
    if not (prev.endswith("ed") and s.tx[i - 1] == prev and prev.isalpha()) or prev in ctx.t.passive_aux:
        return False
    before = s.lw[i - 2] if i >= 2 else ""
    # "His repeated claims", "the renewed calls": after a possessive or a determiner the "-ed" word is an
    # adjective of the noun phrase, whose cue noun_cue or of_noun reads with its possessor
    possessor = before in ctx.t.possessives or before.endswith(("'s", "’s"))
    return not possessor and before not in ctx.t.determiner
