"""A long source after the content: ``C, the Organisation for Economic Cooperation and Development said.``

``inversion`` takes a source of at most 8 words that ``left_np`` finds whole; a longer one, or one joined by
"and", loses its comma ("and Development said": the noun phrase starts after "and") and the report was
lost. This shape reads what is left: a cue that ends its sentence (nothing but adjuncts after it) and that
no earlier shape read, with a run of at most ``MAX_LONG_SOURCE`` words between the last comma before it and
the cue that holds no verb, auxiliary, quote mark or clause word (but "and", ``long_source_join``) and opens
with a capital or a determiner. A run that is only a description ("administrator for USDA's ... Service")
or a bare acronym ("OECD") is the role of the name before the comma ahead of it. The content is the clause
before the source's comma, as for ``inversion``.

Rule id: ``long_inversion`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    Sales will rise, the Organisation for Economic Cooperation and Development said.
    Bids fell sharply, Ann Lee, head of the state's farm conservation and stabilization service said.
    Prices were cut in March, April and May, and traders said. (no source: "and" opens the run)
"""

from __future__ import annotations

from ..boundaries import adjunct_end, continuation, left_content, nested_only, opens_adverbial
from ..rule_base import CLOSE_QUOTE_TOKENS, HARD_PUNCT, OPEN_QUOTE_TOKENS, Raw, Sentence, is_cap
from ..rule_words import WORDS
from .context import Context
from .inversion import reporting
from .verb import VerbCue

RULE = "long_inversion"
#: The most words of the source (name, comma and role) between the content's comma and the cue.
MAX_LONG_SOURCE = 20
#: The fewest words of the content before the source's comma ("Prices will rise").
MIN_CONTENT_WORDS = 3
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "Sales will rise, the Organisation for Economic Cooperation and Development said.",
    "Bids fell sharply, Ann Lee, head of the state's farm conservation and stabilization service said.",
    "Prices were cut in March, April and May, and traders said.",
)


def long_inversion(ctx: Context, v: VerbCue) -> Raw | None:
    """The clause before the long source's comma is the content; the source runs from that comma to the
    cue (a description after a second comma, "Milton Hertz, administrator for X said", is its role)."""
    s, i, width, form = v.s, v.i, v.width, v.form
    if form.cue_class in WORDS.no_inversion_class:
        return None
    stop = adjunct_end(ctx, s, i + width, form)
    if stop is None:
        return None
    e = i - 1 if s.tx[i - 1] == "," else i  # "C, the OECD, OECD, said": the role's comma before the cue
    c1 = last_comma(s, e)
    if c1 is None or not verbless(ctx, s, c1 + 1, e):
        return None
    a, b, role = c1 + 1, e, None
    if describes(ctx, s, c1 + 1, e):
        c0 = last_comma(s, c1)
        if c0 is None or not source_run(ctx, s, c0 + 1, c1) or describes(ctx, s, c0 + 1, c1):
            return None
        a, b, role = c0 + 1, c1, s.span_of(c1 + 1, e)
    elif not source_run(ctx, s, a, b):
        return None
    if e - a > MAX_LONG_SOURCE or a - 1 < MIN_CONTENT_WORDS:
        return None
    if not nested_only(ctx, s, reporting(s, v.found), a):
        return None
    content, qs = left_content(ctx, s, a)
    if not content or (not qs and opens_adverbial(ctx, s, content[0])):
        return None  # "As prices fell, the head of the national union's council said": an adjunct
    continuation(ctx, s, stop, content, qs)
    return v.raw(RULE, s.span_of(a, b), content, role=role, quotes=qs)


def last_comma(s: Sentence, i: int) -> int | None:
    """Part of rule ``long_inversion``: the last comma before token ``i`` after no other punctuation, or
    None. Example: the tokens of "Sales rose, the Bank of England and the Treasury said" and "said" -> the
    index of the comma; a Reuters ticker's dot is skipped ("C, Commerzbank AG <CBKG.F> said")."""
    ticker = False  # inside a Reuters ticker, "Commerzbank AG <CBKG.F> said": its dot ends nothing
    for k in range(i - 1, max(-1, i - MAX_LONG_SOURCE - 2), -1):
        if s.tx[k] in "<>":
            ticker = s.tx[k] == ">"
        elif s.tx[k] == "," and not ticker:
            return k
        elif s.tx[k] in HARD_PUNCT and s.tx[k] not in "()" and not ticker:
            return None
    return None


def source_run(ctx: Context, s: Sentence, a: int, b: int) -> bool:
    """Part of rule ``long_inversion``: may tokens ``[a, b)`` be a source? They open with a capital or a
    determiner, are no pronoun and hold no verb (:func:`verbless`). Examples: "the Bank of England and the
    Treasury" -> True; "and traders" -> False; "the firm he founded" -> False."""
    t = ctx.t
    if b <= a or not (is_cap(s.tx[a]) or s.lw[a] in t.determiner) or s.lw[a] in t.pronouns:
        return False
    return verbless(ctx, s, a, b)


def verbless(ctx: Context, s: Sentence, a: int, b: int) -> bool:
    """Part of rule ``long_inversion``: do tokens ``[a, b)`` (at most ``MAX_LONG_SOURCE``) hold no verb (a
    cue form, an auxiliary, a lower-case "-ed" or "-ing" word), no quote mark and no clause word but
    ``long_source_join``? Examples: "administrator for the Conservation Service" -> True; "who led it" ->
    False."""
    t = ctx.t
    if b <= a or b - a > MAX_LONG_SOURCE:
        return False
    for k in range(a, b):
        w, x = s.lw[k], s.tx[k]
        if w in WORDS.long_source_join:
            continue
        if x in OPEN_QUOTE_TOKENS or x in CLOSE_QUOTE_TOKENS or w in t.boundary or w in t.aux:
            return False
        if w in t.cue_forms or w in t.passive_aux or w in WORDS.relative_pronoun:
            return False
        if x == w and "-" not in w and (w.endswith("ed") or w.endswith("ing")):
            return False
    return True


def describes(ctx: Context, s: Sentence, a: int, b: int) -> bool:
    """Part of rule ``long_inversion``: are tokens ``[a, b)`` only a description of a name before them (a
    role opening with a lower-case word that is no determiner, or one acronym)? Examples: "administrator
    for the Conservation Service" -> True; "OECD" -> True; "the Bank of England" -> False."""
    w = s.tx[a]
    if b - a == 1 and w.isupper() and len(w) > 1:
        return True  # "the Organisation for Economic Cooperation and Development, OECD, said"
    return not is_cap(w) and s.lw[a] not in ctx.t.determiner
