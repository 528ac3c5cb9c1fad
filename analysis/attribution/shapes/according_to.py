"""``according to X, C`` / ``C, according to X`` (and ``C1, according to X, C2``).

Rule id: ``according_to`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The plan failed, according to two officials.
    According to the police, the driver fled.
    One child was, according to the fire service, among the dead.
    The firm paid him, according to prosecutors, but the payments stopped in May.
    Rates averaged 50% according to WHO statistics.
    No cause was given, but, according to his agent, he had surgery.
    According to the mayor, Dee Margo, during the weekend, police searched the house.
    According to a second source, who also declined to be named, the talks had failed.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import cast

from ...model import Span
from ..boundaries import content_end, content_spans
from ..quotes import Quote
from ..rule_base import (
    CLOSE_QUOTE_TOKENS,
    HARD_PUNCT,
    OPEN_QUOTE_TOKENS,
    Raw,
    Sentence,
    in_quotation,
    is_cap,
)
from ..rule_words import WORDS
from .context import Context

RULE = "according_to"
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The plan failed, according to two officials.",
    "According to the police, the driver fled.",
    "One child was, according to the fire service, among the dead.",
    "The firm paid him, according to prosecutors, but the payments stopped in May.",
    "Rates averaged 50% according to WHO statistics.",
    "No cause was given, but, according to his agent, he had surgery.",
    "According to the mayor, Dee Margo, during the weekend, police searched the house.",
    "According to a second source, who also declined to be named, the talks had failed.",
)


def _outlet_ends_at(ctx: Context, s: Sentence, a: int, b: int) -> bool:
    """Rule ``outlet_time_word``: do tokens ``a`` to ``b`` (inclusive) spell a listed outlet whose name ends
    in a time word ("according to USA Today": the source was "USA", the content took "Today"; fact-check
    of wikinews-2019-094, session 23)?"""
    return ctx.text[s.toks[a].start : s.toks[b].end] in ctx.t.media


def _date_follows(ctx: Context, s: Sentence, b: int) -> bool:
    """Rule ``source_date_end``: does token ``b`` open a date after a source's name ("according to Gazeta
    Wyborcza in March", "according to the BBC in 2011": class ``source_end_before_date`` after a
    capitalised word, then a month or a year)? When, not who (fact-check of wikinews-2020-068, session 24):
    the source ends before it, and the date is read past as the source's words were, so it goes to no
    content either."""
    if s.lw[b] not in WORDS.source_end_before_date or b + 1 >= s.end or not is_cap(s.tx[b - 1]):
        return False  # "figures released in July", "a poll conducted in August": the document's date
    nxt = s.tx[b + 1]
    return nxt in ctx.t.months or (len(nxt) == 4 and nxt.isdigit())


#: Rule id of :func:`relative_according_to`.
RELATIVE_RULE = "relative_according_to"
#: The most tokens of the noun phrase a relative "according to which" refers back to.
MAX_RELATIVE_ANTECEDENT = 8


def relative_according_to(ctx: Context, s: Sentence, i: int, width: int) -> Raw | None:
    """Rule ``relative_according_to``: "Turkey and Libya signed a maritime border agreement, according to
    which a section between Crete and Cyprus would cross the Turkish economic zone": the source is the noun
    phrase before the comma (back to its determiner, at most ``MAX_RELATIVE_ANTECEDENT`` tokens), the content
    the clause after "which" (class ``relative_according`` of ``rule_words.tsv``). None when no comma
    precedes the cue or no determiner opens the phrase.

    Why: the source was "which a section ... zone" (a document) and the content the signing before it
    (fact-check of wikinews-2020-005, session 24)."""
    t = ctx.t
    if i < 2 or s.tx[i - 1] != ",":
        return None
    start = None
    for k in range(i - 2, max(-1, i - 2 - MAX_RELATIVE_ANTECEDENT), -1):
        x = s.tx[k]
        if x in HARD_PUNCT or x in OPEN_QUOTE_TOKENS or x in CLOSE_QUOTE_TOKENS or s.lw[k] in t.verb_aux:
            break
        if s.lw[k] in t.determiner:
            start = k
            break
    c = i + width + 1
    if start is None or c >= s.end:
        return None
    e = content_end(ctx, s, c)
    frags, qs = content_spans(ctx, s, c, e)
    source = s.span_of(start, i - 1)
    if not frags or source is None:
        return None
    cue = Span(s.toks[i].start, s.toks[i + width - 1].end)
    return Raw(cue, source, frags, "according to", "according_to", s.index, quotes=qs, rule=RELATIVE_RULE)


def according_to(ctx: Context, s: Sentence, i: int, width: int = 2, rule: str = RULE) -> Raw | None:
    """The attribution at the cue of ``width`` tokens from token ``i`` ("according to"; "per", one token,
    for ``per_source``), its source right after it, under rule id ``rule``."""
    t = ctx.t
    a = i + width
    if a < s.end and s.lw[a] in WORDS.relative_according:
        return relative_according_to(ctx, s, i, width)
    b = a
    date_at = None  # where a date after the source opens (rule source_date_end): the source ends there
    while (
        b < s.end
        and s.tx[b] not in (",", ";", ":", "(", ")", "—", "–")
        and s.tx[b] not in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS
    ):
        if b > a and (s.lw[b] in t.time or s.lw[b] in WORDS.source_end) and not _outlet_ends_at(ctx, s, a, b):
            break
        if b > a and date_at is None and _date_follows(ctx, s, b):
            date_at = b  # "according to Gazeta Wyborcza in March, C": the date is neither source nor content
        if b > a and s.lw[b] in t.head_stops and is_cap(s.tx[b - 1]) and not _name_goes_on(ctx, s, b + 1):
            break  # "according to the New York Times about 100 miles away": a name ends at a preposition
        b += 1
    role = None
    src_end = b
    # "according to Crowdpac, a political crowdfunding website, ..." keeps the appositive
    if (c := indefinite_appositive_end(s, b)) is not None:
        role = (b + 1, c)
        src_end = c
    elif b + 2 < s.n and s.tx[b] == "," and ctx.media_noun_before(s, a, b):
        # "according to the local newspaper, the Harbour Herald": the outlet's name is its appositive
        name_end = ctx.name_after(s, b + 1)
        if name_end is not None:
            role = (b + 1, name_end)
            src_end = name_end
    elif b + 2 < s.n and s.tx[b] == "," and s.lw[b - 1] in t.role_singular and is_cap(s.tx[b + 1]):
        # "according to the El Paso mayor, Dee Margo, C": the role's name is its appositive
        name_end = ctx.name_after(s, b + 1)
        if name_end is not None and name_end < s.end and s.tx[name_end] == ",":
            role = (a, b)
            src_end = name_end
    elif b + 2 < s.n and s.tx[b] == "," and is_cap(s.tx[b - 1]):
        closed = definite_role_end(ctx, s, b + 1)
        if closed is not None:
            # "according to Dr. Tom Frieden, formerly the director of the CDC, C": the role is the source's
            role = (b + 1, closed)
            src_end = closed
    if b == a:
        return None
    source = s.span_of(a, src_end if date_at is None or role is not None else date_at)
    cue = Span(s.toks[i].start, s.toks[i + width - 1].end)
    frags: list[Span] = []
    qs: list[Quote] = []
    lead = i
    while lead > 0 and s.tx[lead - 1] in OPEN_QUOTE_TOKENS:
        lead -= 1
    subj = ctx.copula_subject(s, lead)
    if subj is not None:
        # "That's according to the exit polls": the subject of the copula is the content
        return Raw(cue, source, [subj], "according to", "according_to", s.index, rule=rule)
    # "C, but, according to X, D" / "..., including, according to X, D": the word before the comma opens
    # what X is cited for; the words before it are the reporter's
    after_only = lead >= 2 and s.tx[lead - 1] == "," and s.lw[lead - 2] in WORDS.according_lead
    start = 0
    while start < lead and (s.lw[start] in WORDS.coordinator or s.lw[start] in t.clause_openers):
        start += 1
    if (
        not after_only
        and lead > start
        and s.tx[lead - 1] not in HARD_PUNCT
        and s.tx[lead - 1] not in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS
        and s.lw[lead - 1] not in WORDS.coordinator
    ):
        # "Rates averaged 50% according to WHO's statistics", "While only 10% own one according to a
        # study, C": no comma before the cue, so the clause before it is what X is cited for; it goes on
        # after the source only when no punctuation follows ("placed it according to the Times 100 miles
        # away")
        # the clause holding the cue: after a comma that opens a participle's clause (", placing it ...")
        for k in range(lead - 2, start, -1):
            if s.tx[k] == "," and s.tx[k + 1].endswith("ing") and s.tx[k + 1].islower():
                start = k + 1
                break
        frags, qs = content_spans(ctx, s, start, lead)
        if (
            src_end < s.end
            and s.tx[src_end] not in HARD_PUNCT
            and s.tx[src_end] not in OPEN_QUOTE_TOKENS
            # rule relative_after_source: "according to CNN who reported that C" is CNN's own report
            and s.lw[src_end] not in WORDS.relative_pronoun
        ):
            e = content_end(ctx, s, src_end)
            sp = s.span_of(src_end, e)
            if sp is not None:
                frags.append(sp)
    elif not after_only and (
        lead > 0
        and s.tx[lead - 1] in (",", "(", "—", "–")
        or (lead > 0 and s.lw[lead - 1] in WORDS.coordinator and lead - 1 > 0)
    ):
        # "C, according to X" (and "C1, according to X, C2")
        start = 0
        while start < lead and s.lw[start] in WORDS.coordinator:
            start += 1
        start = lead_in_end(ctx, s, start, lead - 1)
        fr, q = content_spans(ctx, s, start, lead - 1)
        frags += fr
        qs += q
        # "One child was, according to the fire service, among the dead": a clause cut after its verb
        # goes on after the source however short the rest is
        open_verb = lead >= 2 and s.lw[lead - 2] in t.verb_aux
        if (
            src_end < s.end - (1 if open_verb else 4)
            and s.tx[src_end] == ","
            and s.lw[src_end + 1] not in t.time
            and not s.tx[src_end + 1][:1].isdigit()
            and s.tx[src_end + 1] not in t.months
            and s.lw[src_end + 1] not in WORDS.relative_word
            and s.lw[src_end + 1] not in WORDS.coordinator  # ", but the Justice Department maintains ..."
        ):
            e = content_end(ctx, s, src_end + 1)
            sp = s.span_of(src_end + 1, e)
            if sp and (e - src_end > 4 or open_verb):
                frags.append(sp)
    else:
        # "According to X, C" (possibly after "But")
        if src_end < s.end and s.tx[src_end] != "," and role is None:
            # "According to a poll broadcast on MSNBC, C": the source runs on to its comma
            src_end = next((k for k in range(src_end, min(s.end, src_end + 15)) if s.tx[k] == ","), s.end)
            # "According to a report on Wednesday by UpGuard, a cybersecurity firm, C": its appositive too
            if (c := indefinite_appositive_end(s, src_end)) is not None:
                role, src_end = (src_end + 1, c), c
            source = s.span_of(a, src_end)
        if src_end >= s.end or s.tx[src_end] != ",":
            return None
        c = _after_time_phrase(ctx, s, after_relative_clause(s, src_end + 1))
        e = content_end(ctx, s, c)
        fr, q = content_spans(ctx, s, c, e)
        frags += fr
        qs += q
    if not frags:
        return None
    return Raw(
        cue,
        source,
        frags,
        "according to",
        "according_to",
        s.index,
        role=s.span_of(*role) if role else None,
        quotes=qs,
        rule=rule,
    )


def _name_goes_on(ctx: Context, s: Sentence, k: int) -> bool:
    """Does a name go on at ``k``, after a preposition ("the Times of India", "the Department for the
    Environment"): a capitalised word, after an article or not?"""
    if k < s.end and s.lw[k] in WORDS.article:
        k += 1
    return k < s.end and is_cap(s.tx[k])


#: Tokens of a time phrase set off by a comma before the content ("According to X, during the weekend, C").
_MAX_TIME_PHRASE = 5


def _after_time_phrase(ctx: Context, s: Sentence, c: int) -> int:
    """Where the content starts at ``c``, after a time phrase set off by a comma that opens it ("during
    the weekend, police were investigating ..."): the phrase sets the scene of the report, not its
    content. "As of Wednesday," opens one too (fact-check of wikinews-2020-033, session 24: the content was
    "as of Wednesday" alone)."""
    if c >= s.end:
        return c
    as_of = c + 1 < s.end and s.lw[c] == "as" and s.lw[c + 1] == "of"
    if s.lw[c] not in WORDS.source_end and not as_of:
        return c
    for k in range(c + 1, min(s.end - 1, c + _MAX_TIME_PHRASE + 1)):
        if s.tx[k] == ",":
            return k + 1
        if s.tx[k] in HARD_PUNCT or s.lw[k] in ctx.t.cue_forms:
            return c
    return c


#: Tokens of a relative clause set off by commas after the source ("according to a source, who also
#: declined to be identified, C").
_MAX_RELATIVE_CLAUSE = 12


def after_relative_clause(s: Sentence, c: int) -> int:
    """Rule ``according_relative``: where the content starts at ``c``, after a relative clause set off by
    commas that describes the source ("According to a second source, who also declined to be identified,
    the comments were seen as a signal": C is "the comments were seen as a signal"); ``c`` otherwise. The
    clause says who the source is (rule ``anonymity_request`` reads a request for anonymity there), not
    what the source is cited for; it closes at a comma within :data:`_MAX_RELATIVE_CLAUSE` tokens, and
    without one (or at other punctuation first) it is left to the content, as before.

    Why: dev24 (reuters21578-3020) credited the source with its own request for anonymity."""
    if c >= s.end or s.lw[c] not in WORDS.relative_word:
        return c
    for k in range(c + 1, min(s.end - 1, c + _MAX_RELATIVE_CLAUSE + 1)):
        if s.tx[k] == ",":
            return k + 1
        if s.tx[k] in HARD_PUNCT or s.tx[k] in OPEN_QUOTE_TOKENS:
            return c
    return c


def lead_in_end(ctx: Context, s: Sentence, start: int, end: int) -> int:
    """Rule ``according_lead_in``: "It is unclear whether he will return — both actors ran into contract
    issues, according to the Reporter", "(Reuters) — X is investigating Y, according to people familiar":
    what X is cited for starts after a lone dash before it (outside quotations): the words before it are
    the reporter's own lead-in. Two dashes set off an aside ("the plan — a costly one — failed"), and the
    clause goes on around it; a colon is left alone ("holds the largest reserves: about 17%, according to
    X" cites X for both)."""
    # the sentence's dashes outside quotations, found once per sentence and bisected: a run-on sentence of
    # "C, according to X, " clauses scanned its tokens from the start for each clause (quadratic: 100,000
    # characters 2.6 s, 400,000 characters 32 s)
    dashes = s.memo.get("lead_in_dashes")
    if dashes is None:
        dashes = s.memo["lead_in_dashes"] = [
            k
            for k, w in enumerate(s.tx)
            if w in WORDS.lead_in_dash and not in_quotation(ctx.quotes, s.toks[k].start)
        ]
    found = cast(list[int], dashes)
    lo, hi = bisect_left(found, start), bisect_left(found, end)
    if hi - lo != 1 or found[lo] + 1 >= end:
        return start
    return found[lo] + 1


def indefinite_appositive_end(s: Sentence, b: int) -> int | None:
    """Where an appositive that opens with "a"/"an" after a name and the comma at token ``b`` ends (its own
    comma or other punctuation), or None when none stands there: "according to Crowdpac, a political
    crowdfunding website, C" -> the comma after "website"."""
    if not (b + 1 < s.end and s.tx[b] == "," and s.lw[b + 1] in WORDS.indefinite_article):
        return None
    if not is_cap(s.tx[b - 1]):
        return None
    c = b + 1
    while c < s.end and s.tx[c] not in (",", ";", "(", ")", "—", "–"):
        c += 1
    return c


def definite_role_end(ctx: Context, s: Sentence, c: int) -> int | None:
    """Rule ``according_definite_role``: the comma that closes an appositive role opening at token ``c``
    with "the" (after an adverb or not: "formerly the director of the CDC,", "the former head of the
    agency,"), a role noun among its first four words, and more of the sentence after that comma; None
    otherwise ("according to Smith, the plan failed": no role noun, no closing comma). Fact-check of
    wikinews-2020-035 (session 20): the role was read as part of what Frieden was cited for. A bare role
    with its "of" phrase and no article counts too ("Amy Cook, director of the event,"; session 22's
    fact-check of wikinews-2019-163)."""
    t = ctx.t
    if c < s.end and s.lw[c].endswith("ly") and s.tx[c] == s.lw[c]:
        c += 1
    if c + 1 < s.end and s.lw[c] in t.role_singular and s.lw[c + 1] in t.head_stops and s.tx[c] == s.lw[c]:
        c -= 1  # "according to a post by Amy Cook, director of the event, C": a bare role (session 22)
    elif c >= s.end or s.lw[c] != "the":
        return None
    d = c + 1
    while d < s.end and s.tx[d] not in (",", ";", "(", ")", "—", "–") and s.tx[d] not in OPEN_QUOTE_TOKENS:
        d += 1
    if d >= s.end - 1 or s.tx[d] != ",":
        return None
    if is_cap(s.tx[d + 1]):
        # "According to ISNA, the prosecutor general of Tehran, Ali Mehr, said C": the role has a name of
        # its own after it, so it opens the clause ISNA is cited for (fact-check of wikinews-2020-072)
        name_end = ctx.name_after(s, d + 1)
        if name_end is not None and name_end < s.end and s.tx[name_end] == ",":
            return None
    # the role noun ends the phrase or a preposition follows it ("the director of the CDC"): "the police
    # then surrounded the attacker," is a clause, not an appositive (session 22's fact-check of
    # wikinews-2019-163)
    return d if any(
        s.lw[j] in t.role_singular and (j + 1 == d or s.lw[j + 1] in t.head_stops)
        for j in range(c + 1, min(d, c + 5))
    ) else None
