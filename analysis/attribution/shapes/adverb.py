"""An evidential adverb: ``X is reportedly Y``, ``Reportedly, C``, ``X, reportedly, Y``.

Rule id: ``adverb`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The company is reportedly near a deal.
    Reportedly, two people were hurt.
    The fans, reportedly, had waited for days.
    The site also allegedly used Tor.
    Euronext - formed after two exchanges merged - is reportedly working with three banks. (the aside
    between the dashes is left out)
    Reportedly he injured a man and two women. (opening the sentence, no comma needed)
    Police made an arrest while two men were reportedly at large. (the clause after "while" only)
    The case was about allegedly rigged bids. (inside a noun phrase: the words after the adverb only)
    The government is reportedly planning to sell the bank. (an intention after it: the adverb's)
"""

from __future__ import annotations

from ..boundaries import content_end
from ..rule_base import (
    DASHES,
    HARD_PUNCT,
    OPEN_QUOTE_TOKENS,
    Raw,
    Sentence,
    in_quotation,
)
from ..rule_words import WORDS
from ..senses import sense_words
from .context import Context
from .verb import VerbCue

RULE = "adverb"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The company is reportedly near a deal.",
    "Reportedly, two people were hurt.",
    "The fans, reportedly, had waited for days.",
    "The site also allegedly used Tor.",
    "Euronext - formed after two exchanges merged - is reportedly working with three banks.",
    "Reportedly he injured a man and two women.",
    "Police made an arrest while two men were reportedly at large.",
    "The case was about allegedly rigged bids.",
    "The government is reportedly planning to sell the bank.",
)


def claims(ctx: Context, v: VerbCue) -> bool:
    """An adverb cue ("reportedly") is read by this shape alone."""
    return v.form.frame == "adverb"


def adverb(ctx: Context, v: VerbCue) -> Raw | None:
    """``X is reportedly Y``: the clause around the adverb is the content, in two fragments.

    The sentence names no source. When a cue verb follows ("X reportedly said C") that verb's rule
    finds the attribution and the adverb is no cue of its own. Set off by commas, the adverb still
    stands inside its clause: "Reportedly, C" reports all of C (the Wikinews guideline), and
    "X, reportedly, Y" the clause around the two commas.
    """
    s, i = v.s, v.i
    t = ctx.t
    after_comma = i + 1 < s.end and s.tx[i + 1] == ","
    b = i + 2 if after_comma else i + 1
    if b >= s.end or (s.lw[b] in t.cue_forms and not intended_act(ctx, s, b)) or s.lw[b] in t.passive_cues:
        return None
    if i >= 2 and not after_comma and s.lw[i - 1] in WORDS.relative_pronoun and s.tx[i - 2] == ",":
        # "The chef, who reportedly works at the hall, joined the chase": the relative clause alone, to its
        # comma (session 22's fact-check of wikinews-2019-163 ran it on into the main clause)
        e = content_end(ctx, s, b)
        commas = (k for k in range(b, e) if s.tx[k] == "," and not in_quotation(ctx.quotes, s.toks[k].start))
        e = next(commas, e)
        parts = [s.span_of(i - 1, i), s.span_of(b, e)]
        return v.raw(RULE, None, [p for p in parts if p is not None]) if parts[1] is not None else None
    if i > 0 and not after_comma and attributive(ctx, s, i):
        # "a case involving allegedly politically motivated chaos": the adverb qualifies the phrase after it
        after = s.span_of(b, content_end(ctx, s, b))
        return v.raw(RULE, None, [after]) if after is not None else None
    # the clause's words before the adverb: back to the clause start, over one comma before the adverb
    end = i - 1 if i > 0 and s.tx[i - 1] == "," and after_comma else i
    a = end
    aside: tuple[int, int] | None = None
    while a > 0 and s.tx[a - 1] not in HARD_PUNCT and s.tx[a - 1] not in OPEN_QUOTE_TOKENS:
        if a < end and a > 1 and s.lw[a - 1] in WORDS.adverb_clause_opener:
            break  # "X announced an arrest while two suspects were reportedly at large": that clause alone
        a -= 1
        if aside is None and s.tx[a] in DASHES:
            opening = dash_opening(s, a)
            if opening is not None:
                # "Euronext - formed after the Brussels, Paris and Amsterdam exchanges merged - is reportedly
                # working ...": the aside between the dashes is no part of the clause; its subject is before
                aside = (opening, a)
                a = opening
    while a < end and s.lw[a] in WORDS.conjunction:
        a += 1
    e = content_end(ctx, s, b)
    if a < end and s.lw[a] in t.clause_openers:
        # "Although X are, reportedly, usually quiet, Y": the adverbial clause without its opener, to its
        # comma
        a += 1
        commas = (k for k in range(b, e) if s.tx[k] == "," and not in_quotation(ctx.quotes, s.toks[k].start))
        e = next(commas, e)
    after = s.span_of(b, e)
    if after is None:
        return None
    if a == end:
        # "Reportedly, C": only an adverb that opens its clause and is set off by a comma reports C alone,
        # or one that opens the sentence ("Reportedly he injured a man and two women")
        if not (after_comma or i == 0) or end != i:
            return None
        return v.raw(RULE, None, [after])
    if aside is not None:
        parts = [s.span_of(a, aside[0]), s.span_of(aside[1] + 1, end)]
        before_parts = [p for p in parts if p is not None]
        if not before_parts:
            return None
        return v.raw(RULE, None, [*before_parts, after])
    before = s.span_of(a, end)
    if before is None:
        return None
    return v.raw(RULE, None, [before, after])


def intended_act(ctx: Context, s: Sentence, b: int) -> bool:
    """Rule ``reported_intention`` (recall25): is the cue word at ``b``, right after the adverb, a verb of
    intention or desire before "to" ("is reportedly planning to privatise a bank", "reportedly wants to
    leave")? The guideline leaves such a verb unlabelled (``senses.intention`` drops its reading), so the
    adverb reports the clause: it does not yield to the verb as it does to "X reportedly said C".

    Why: "The Egyptian government is reportedly planning to privatise ..." lost its attribution (bbc-business
    -389): the adverb gave way to "planning", which was then dropped as an intention."""
    sw = sense_words()
    forms = ctx.t.cue_forms.get(s.lw[b], ())
    return (
        b + 1 < s.end
        and s.lw[b + 1] == "to"
        and bool(forms)
        and all(f.lemma in sw.intention_to or f.lemma in sw.desire for f in forms)
    )


def attributive(ctx: Context, s: Sentence, i: int) -> bool:
    """Does the adverb at ``i`` stand inside a noun phrase, after a determiner, a preposition or a verb in
    "-ing" ("the allegedly stolen car", "involving allegedly motivated chaos")? Then it qualifies the words
    after it, and the clause before it is no part of what is reported (fact-check of wikinews-2020-053,
    session 20: the court's ruling was reported as alleged)."""
    prev = s.lw[i - 1]
    t = ctx.t
    return prev in t.determiner or prev in t.head_stops or (prev.endswith("ing") and prev not in t.aux)


def dash_opening(s: Sentence, close: int) -> int | None:
    """The dash that opens the aside closed by the spaced dash at token ``close``, or None: the nearest dash
    before it, with words between and the sentence's subject still before it ("X - an aside - is ...")."""
    k = close - 1
    while k > 0 and s.tx[k] not in DASHES:
        k -= 1
    return k if 0 < k < close - 1 and s.tx[k] in DASHES else None
