"""Where the content of an attribution starts and ends.

PolNeAR conventions (content includes "that", excludes the final full stop of indirect speech, keeps the
quote marks of direct speech) and the clause-boundary heuristics that stand in for a parser: each function
says which shape of sentence it reads and why, with the word lists in ``content_bounds.tsv`` and
``rule_words.tsv``. Each takes the article's :class:`~analysis.attribution.shapes.context.Context` (its
quotations, word tables and noun-phrase helpers) and a sentence; none changes either, but for the
per-sentence facts kept in ``Sentence.memo`` and the content lists :func:`continuation` extends.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import lexicons
from ..model import Span
from .addressed import addressee_clause, addressee_infinitive, described_addressee_end
from .lexicon import CueForm, Tables
from .quotes import QUOTE_CHARS as QUOTE_MARK_CHARS
from .quotes import Quote
from .rule_base import (
    CLOSE_QUOTE_TOKENS,
    END_PUNCT,
    HARD_PUNCT,
    MAX_ASIDE,
    MAX_ASIDE_SUBJECT,
    MAX_CLAUSE_TO_CUE,
    MAX_CONTENT_SCAN,
    MAX_COORD_GAP,
    MAX_FRONTED,
    MAX_OCCASION,
    OCCASION_HEAD,
    OPEN_QUOTE_TOKENS,
    Raw,
    Sentence,
    before_clitic,
    dotted_name,
    in_quotation,
    is_cap,
    offsets_of,
    quote_ending_at,
    quote_starting_at,
)
from .rule_words import WORDS
from .senses import sense_words

if TYPE_CHECKING:
    from .shapes.context import Context


def content_end(ctx: Context, s: Sentence, a: int) -> int:
    """Where content starting at token ``a`` ends: the clause end, cut before a new attribution.

    Cut before ", arguing"/", according to" and before a contrast (", while", ", although") or a
    coordinated clause that has its own cue ("..., and three-quarters said ...", "... and said ..."),
    and before the sentence's main verb when the cue is a participle inside its subject
    (:func:`subject_participle_verb`).
    """
    end = _clause_end(ctx, s, a)
    main = subject_participle_verb(ctx, s, a, end)
    if main is not None:
        return main
    return bare_participle_cue(ctx, s, a, end)


def bare_participle_cue(ctx: Context, s: Sentence, a: int, end: int) -> int:
    """Rule ``bare_participle_cue`` (content25): 'called for religious tolerance arguing that C2', 'argued
    against the quota saying it is unjust': a participle cue with no comma before it, right after a
    lower-case word of the content that is no auxiliary, preposition or subordinator ("are saying", "by
    explaining", "when admitting" go on the content), and followed by "that" or a subject pronoun, opens a
    report of its own, as ", arguing that" does; the content ends before it. Not when a comma stands in the
    content before it ('attacked the inquiry, with Scalise calling it a sham': ``end_before_participle``
    reads that shape). ``end`` when there is none. The candidates are found once per sentence, so a
    run-on sentence of many contents stays linear."""
    if a >= end:
        return end
    found = s.memo.get("bare_participles")
    if found is None:
        found = s.memo["bare_participles"] = _bare_participles(ctx, s)
    commas = s.memo.get("commas")
    if commas is None:
        commas = s.memo["commas"] = [k for k in range(s.n) if s.tx[k] == ","]
    first = a + 2 if s.lw[a] in WORDS.complementizer else a + 1
    i = bisect_left(found, first)  # type: ignore[arg-type]
    if i == len(found) or found[i] >= end - 1:  # type: ignore[index]
        return end
    j: int = found[i]  # type: ignore[index]
    return end if bisect_left(commas, a) < bisect_left(commas, j) else j  # type: ignore[arg-type]


def _bare_participles(ctx: Context, s: Sentence) -> list[int]:
    """The tokens of ``s`` that :func:`bare_participle_cue` may end a content before, in order."""
    t = ctx.t
    out = []
    for j in range(1, s.n - 1):
        w = s.lw[j]
        if not (w.endswith("ing") and w in t.cue_forms and s.tx[j] == w):
            continue
        prev = s.lw[j - 1]
        # 'explained the decision saying, "As a first step, ..."': a quotation after the participle's comma
        # or colon opens a report as "that" does (fact-check of wikinews-2020-047, session 24)
        quoted = j + 2 < s.n and s.tx[j + 1] in (",", ":") and s.tx[j + 2] in OPEN_QUOTE_TOKENS
        opens = s.lw[j + 1] in WORDS.participle_clause_opener or quoted
        if not opens or s.tx[j - 1] != prev or not prev.isalpha():
            continue
        if prev in t.verb_aux or prev in t.passive_aux or prev in t.object_adjuncts:
            continue
        if prev in WORDS.participle_lead or prev in WORDS.participle_adjunct or prev in WORDS.participle_stop:
            continue
        if not in_quotation(ctx.quotes, s.toks[j].start):
            out.append(j)
    return out


def subject_participle_verb(ctx: Context, s: Sentence, a: int, end: int) -> int | None:
    """Rule ``subject_participle_verb`` (content25): 'Dozens of groups claiming the vote was rigged gathered
    outside the court': a participle cue right after a noun (no comma, no auxiliary or preposition before
    it) with no finite verb before it in the sentence sits inside the subject, so the sentence's main verb
    comes after its content. Once the reported clause has its verb, the next finite word (an auxiliary,
    "be", a lower-case "-ed" word) that does not go on its verb chain ("had been rigged") is that main
    verb, and the content ends before it. None when the cue is not such a participle, when a comma, "and"
    or a relative word makes the clause more than plain, or when only one verb is found ('groups claiming
    fraud gathered': which verb is whose cannot be told from word forms alone)."""
    t = ctx.t
    if a >= end:
        return None
    c = next((j for j in range(a - 1, max(0, a - 3), -1) if s.lw[j] in t.cue_forms), None)
    if c is None or not s.lw[c].endswith("ing") or not s.tx[c - 1][:1].isalpha():
        return None
    before = s.lw[c - 1]
    if before in t.verb_aux or before in t.passive_aux or before in WORDS.participle_adjunct:
        return None
    first_finite = s.memo.get("first_finite")  # found once per sentence: run-on sentences stay linear
    if first_finite is None:
        first_finite = s.memo["first_finite"] = next((j for j in range(s.n) if _finite_word(t, s, j)), s.n)
    if before in WORDS.participle_lead or first_finite < c:  # type: ignore[operator]
        return None
    b = a + 1 if s.lw[a] in WORDS.complementizer else a
    own_verb = False
    for j in range(b, end):
        w = s.lw[j]
        if s.tx[j] in HARD_PUNCT or w in WORDS.coordinator or w in WORDS.relative_word:
            return None  # a list, an aside or a clause inside the content: no longer the plain shape
        if w in WORDS.complementizer:
            return None  # a list, an aside or a clause inside the content: no longer the plain shape
        if _finite_word(t, s, j):
            prev = s.lw[j - 1]
            if own_verb and not (prev in t.verb_aux or prev in t.passive_aux):
                return j
            own_verb = True
    return None


def _clause_end(ctx: Context, s: Sentence, a: int) -> int:
    """:func:`content_end` before the main-verb check: the clause end, cut before a new attribution."""
    t = ctx.t
    cues = _cue_positions(ctx, s)
    # is there a cue after ``a``? The helpers below read only cues after a stop past ``a``, so they are given
    # the sentence's whole list: a copy of its tail per content was quadratic in a run-on sentence's cues
    later_cue = bisect_right(cues, a) < len(cues)
    # "argued that, while C1, C2": an adverbial right after "that" is inside the content
    first = a + 2 if a < s.n and s.lw[a] == "that" else a + 1
    first = _fronted_adverbial_end(ctx, s, a, first)
    first = _subject_aside_end(ctx, s, a, first)
    aside_ends: set[int] = set()  # dashes that close an aside ("the plan — a costly one — failed")
    stops = _stop_positions(ctx, s)  # only these tokens can end a content: skip the words between
    for i in range(bisect_left(stops, first), bisect_left(stops, min(s.end - 1, a + MAX_CONTENT_SCAN))):
        k = stops[i]
        x = s.tx[k]
        w = s.lw[k + 1]
        # '... this cycle," while others ...': a quotation that ends in a comma inside its marks ends
        # the clause as a comma would; the content keeps the closing mark
        quote_comma = (
            x in CLOSE_QUOTE_TOKENS
            and s.tx[k - 1] == ","
            and quote_ending_at(ctx.quotes, s.toks[k].end) is not None
        )
        if x == "," or quote_comma:
            cut = k + 1 if quote_comma else k
            outside = not in_quotation(ctx.quotes, s.toks[k].end if quote_comma else s.toks[k].start)
            if w == "according" and k + 2 < s.n and s.lw[k + 2] == "to" and outside:
                return cut
            if w.endswith("ing") and w in t.cue_forms and outside:
                return cut
            if w in t.contrast and outside and not (w == "which" and _embedded_relative(ctx, s, k)):
                if w == "which" or not contrast_goes_on(ctx, s, k, cues):
                    return cut
            if (
                outside
                and x == ","
                and _clause_with_cue(ctx, s, k, cues)
                and not list_subject(ctx, s, a, k + 1)  # "the roads, the schools, and the parks were ..."
                and not (w in WORDS.coordinator and serial_list(ctx, s, a, k))
            ):
                return cut
            if outside and x == "," and _final_appositive(ctx, s, k):
                return cut
            if outside and x == "," and fronted_adjunct_cue(ctx, s, k, cues):
                return cut  # "denied C, but upon learning X he claimed C2": the source's next report
            if outside and x == "," and spliced_connective(ctx, s, k):
                return cut  # "denied all claims that C, however, a UN report concluded ...": a new clause
            if (
                w in WORDS.coordinator
                and k + 2 < s.end
                and s.lw[k + 2] != "that"
                and (s.lw[k + 2] in t.pronouns or is_cap(s.tx[k + 2]) or s.lw[k + 2] in t.determiner)
                and outside
                and not _in_list(ctx, s, a, k - 1 if quote_comma else k)  # the comma is inside the marks
                and not (x == "," and list_subject(ctx, s, a, k + 1))
                and not not_only_but(s, a, k + 1)
            ):
                return cut
        if x == ";" and not in_quotation(ctx.quotes, s.toks[k].start) and not coordinated_that(s.lw, a, k):
            return k
        if (
            x in ("—", "–")
            and not in_quotation(ctx.quotes, s.toks[k].start)
            and k not in aside_ends
            and not number_range(s, k)
        ):
            close = _dash_pair(ctx, s, k)
            if close is None:
                return k
            aside_ends.add(close)
        if (
            s.lw[k] in t.contrast
            and s.lw[k] != "which"
            and not in_quotation(ctx.quotes, s.toks[k].start)
            and _clause_with_cue(ctx, s, k, cues)
        ):
            return k  # "see him negatively while 61 percent say ...": a contrast without a comma
        if s.lw[k] == "and" and _second_predicate(ctx, s, a, k):
            return k
        if s.lw[k] in WORDS.coordinator and negated_second_predicate(ctx, s, a, k):
            return k
        if (
            s.lw[k] in WORDS.coordinator
            and s.lw[k + 1] != "that"  # "said A and that B": a second complement of the same cue
            and later_cue
            and _own_cue_follows(ctx, s, a, k, cues)
            and not in_quotation(ctx.quotes, s.toks[k].start)
            and not coordinated_subject(ctx, s, a, k, cues)
            and not coordinated_subject_after_say(ctx, s, a, k)
            and not coordinated_subject_in_question(ctx, s, a, k, cues)
            and not list_subject(ctx, s, a, k)
        ):
            return k
    return s.end


#: The most tokens from ", but" to the cue of a clause opened by an adjunct (:func:`fronted_adjunct_cue`).
MAX_FRONTED_ADJUNCT_CUE = 16


def fronted_adjunct_cue(ctx: Context, s: Sentence, k: int, cues: list[int]) -> bool:
    """Rule ``fronted_adjunct_cue`` (content27): does ", but"/", and" at comma ``k`` open a clause whose
    adjunct comes first and whose subject and cue follow it ("Quirin denied any role, but upon learning the
    test results he claimed C")? The first cue after the coordinator, within ``MAX_FRONTED_ADJUNCT_CUE``
    tokens with no punctuation, quote mark or contrast word ("whereas") between, is a finite verb (no
    "-ing") right after a subject pronoun or a capitalised name: a report of its own, so the content ends at
    the comma (a comma between may close a list item: "greet her, and strike up talks, whereas she felt").

    Why: only a subject right after "but" ("but he claimed") ended the content, so the fronted adjunct folded
    the second report into the first one's content. Near miss: ', but upon learning the results the
    claims were dropped' has no subject before a cue, and the content goes on.
    """
    if k + 3 >= s.end or s.lw[k + 1] not in WORDS.coordinator:
        return False
    t = ctx.t
    i = bisect_right(cues, k + 2)
    if i >= len(cues) or cues[i] > k + MAX_FRONTED_ADJUNCT_CUE:
        return False
    c = cues[i]
    if s.lw[c].endswith("ing") or not (s.lw[c - 1] in t.subject_pronouns or is_cap(s.tx[c - 1])):
        return False
    return not any(
        s.tx[j] in HARD_PUNCT
        or s.tx[j] in OPEN_QUOTE_TOKENS
        or s.tx[j] in CLOSE_QUOTE_TOKENS
        or s.lw[j] in t.contrast
        for j in range(k + 2, c)
    )


def not_only_but(s: Sentence, a: int, k: int) -> bool:
    """Rule ``not_only_but`` (content26): is "but" at ``k`` the second half of a "not only ... but" pair
    opened in the content from ``a`` ("said it would not only cover the fees, but the travel costs as
    well")? Then ", but the ..." goes on the same reported clause rather than opening a clause of the
    narrator's. Why: the comma + "but" + determiner cut ended such contents at their first half."""
    if s.lw[k] != "but":
        return False
    return any(s.lw[j] == "not" and s.lw[j + 1] == "only" for j in range(a, k - 1))


def spliced_connective(ctx: Context, s: Sentence, k: int) -> bool:
    """Rule ``spliced_connective``: do the comma at ``k``, a connective of ``spliced_connective`` ("however",
    "meanwhile") and a second comma open a new clause with its own subject (a determiner, a pronoun or a
    capital: "denied all claims that Khashoggi was slain, however, a UN report eventually concluded ...")?
    That clause is the reporter's, not the content's. "said the plan, however, would fail" (a verb after the
    commas) keeps the connective inside the content (session 22's fact-check of wikinews-2019-120)."""
    if k + 3 >= s.end or s.lw[k + 1] not in WORDS.spliced_connective or s.tx[k + 2] != ",":
        return False
    nxt = s.lw[k + 3]
    return nxt in ctx.t.determiner or nxt in ctx.t.subject_pronouns or is_cap(s.tx[k + 3])


def coordinated_subject_after_say(ctx: Context, s: Sentence, a: int, k: int) -> bool:
    """Rule ``coordinated_subject_say`` (content23; recall23's :func:`coordinated_subject` reads the same
    shape after any cue, with a belief or intent verb after the second subject): 'said the EU and US
    hoped to avoid a dispute', 'told reporters the Russian and Syrian claims are false': after a cue that
    reports a clause only (``clause_only_cue``: "say", "tell"), content from ``a`` of at most
    ``MAX_COORD_GAP`` words, not opened by a subject pronoun and with no verb of its own before the "and"
    at ``k``, is the start of the clause's subject when a word stands between "and" and the cue ("and US
    hoped"), so the cue belongs to that clause, not to a new report."""
    t = ctx.t
    b = a + 1 if s.lw[a] in WORDS.complementizer else a
    cue = next((j for j in range(a - 1, max(-1, a - 4), -1) if s.lw[j] in t.cue_forms), None)
    if cue is None or not any(f.lemma in WORDS.clause_only_cue for f in t.cue_forms[s.lw[cue]]):
        return False
    if k - b > MAX_COORD_GAP or s.lw[b] in WORDS.clause_subject or s.lw[k + 1] in t.cue_forms:
        # a longer run may hold a verb the word forms miss ("the costs outweigh its benefits"); so may one
        # opened by a subject pronoun ("said he heard shots and suspected that ..."); a cue right after
        # "and" shares the source's subject
        return False
    return not any(
        s.lw[j] in t.verb_aux or (s.lw[j].endswith("ed") and s.tx[j] == s.lw[j]) for j in range(b, k)
    )


def _cue_positions(ctx: Context, s: Sentence) -> list[int]:
    """Token indices of the cue words of ``s`` outside quotations, in order (computed once per sentence:
    every content of a long sentence asks for the cues after its start)."""
    found = s.memo.get("cues")
    if found is None:
        t = ctx.t
        # an adverb cue ("who allegedly were preparing") stands inside a clause: it opens none of its own
        found = [
            k
            for k in range(s.end)
            if s.lw[k] in t.cue_forms
            and s.tx[k] == s.lw[k]
            and not in_quotation(ctx.quotes, s.toks[k].start)
            and any(f.frame != "adverb" for f in t.cue_forms[s.lw[k]])
        ]
        s.memo["cues"] = found
    return found  # type: ignore[return-value]


def _stop_positions(ctx: Context, s: Sentence) -> list[int]:
    """Token indices where :func:`content_end` can cut, in order: commas, closing quote marks, ";",
    dashes, contrast words and "and"/"but" (every cut in it needs one of them; once per sentence)."""
    found = s.memo.get("stops")
    if found is None:
        contrast = ctx.t.contrast
        coordinator = WORDS.coordinator
        marks = {",", ";", "—", "–", *CLOSE_QUOTE_TOKENS}
        found = [k for k in range(s.n) if s.tx[k] in marks or s.lw[k] in contrast or s.lw[k] in coordinator]
        s.memo["stops"] = found
    return found  # type: ignore[return-value]


def _fronted_adverbial_end(ctx: Context, s: Sentence, a: int, first: int) -> int:
    """Past the comma of an adverbial clause that opens the content ("that if X were a stock, ...").

    "He said that if the plan failed, he would resign": the clause after "that" opens with a
    subordinator (``opener`` in ``content_bounds.tsv``), and its comma leads into the main reported
    clause, so the comma must not end the content even when a cue word follows it ("..., he would
    advise ..."). Rule ``that_comma_adverbial``: an adverbial set off by a comma right after "that"
    ("fear that, unless a lid is put on it, it may threaten ...", "says that, by 1990, C") is read
    the same way, whatever word opens it.
    """
    b = a + 1
    if a >= s.n or s.lw[a] != "that" or b >= s.end:
        return first
    set_off = s.tx[b] == ","  # "says that, by 1990, C": the commas set the adverbial off whatever opens it
    if set_off:
        b += 1
    elif s.lw[b] not in ctx.t.clause_openers and s.lw[b] not in ctx.t.fronted_openers:
        return first
    for k in range(b + 2, min(s.end - 1, b + MAX_FRONTED)):
        if s.tx[k] in (";", ":", "—", "–") or s.tx[k] in OPEN_QUOTE_TOKENS:
            return first
        if s.tx[k] == "," and not in_quotation(ctx.quotes, s.toks[k].start):
            return k + 1
    return first


def _subject_aside_end(ctx: Context, s: Sentence, a: int, first: int) -> int:
    """Past an aside set off by commas inside the subject of the content ("that X, a Y of Z, would").

    "She said the minister, under fire for the delays, would resign": a short subject, then an
    appositive or aside between two commas, then the verb of the reported clause (an auxiliary, a form
    of "be" or an "-ed" word). The first comma does not end the content, even when a word of the aside
    is a cue form ("also known as", "on their side").
    """
    t = ctx.t
    b = a + 1 if a < s.n and s.lw[a] in WORDS.complementizer else a
    k = next((k for k in range(b + 1, min(s.end, b + 1 + MAX_ASIDE_SUBJECT)) if s.tx[k] == ","), None)
    if k is None or k < first or in_quotation(ctx.quotes, s.toks[k].start):
        return first
    if any(s.tx[j] in HARD_PUNCT or s.tx[j] in OPEN_QUOTE_TOKENS for j in range(b, k)):
        return first
    for m in range(k + 2, min(s.end - 1, k + 1 + MAX_ASIDE)):
        x = s.tx[m]
        if x in OPEN_QUOTE_TOKENS or x in CLOSE_QUOTE_TOKENS or (x in HARD_PUNCT and x != ","):
            return first
        if x == ",":
            v = s.lw[m + 1]
            verb = v in t.verb_aux or v in t.passive_aux or past_verb(s, m + 1)
            return m + 1 if verb else first
    return first


def _second_predicate(ctx: Context, s: Sentence, a: int, k: int) -> bool:
    """Does "and" at ``k`` join a second predicate of the source to a verbless content from ``a``?

    "She criticized the mayor and challenged him to a debate", "vowed to cut taxes and praised the
    ruling": when the content is an object or an infinitive (no finite verb: no auxiliary, no "-ed"
    word, not opened by "that") and "and" is followed by an "-ed" verb with no auxiliary after it,
    the verb is the source's next act, not part of what was said. In a reported clause ("said he
    recorded calls and hosted a dinner") the same shape continues the clause, so it is left alone.
    """
    t = ctx.t
    v = s.lw[k + 1]
    if not (v.endswith("ed") and s.tx[k + 1] == v) or in_quotation(ctx.quotes, s.toks[k].start):
        return False
    if s.lw[a] in WORDS.complementizer:
        return False

    def finite(j: int) -> bool:
        return _finite_word(t, s, j)

    if any(finite(j) for j in range(a, k)):
        return False
    last = s.memo.get("last_finite")  # the last finite verb of the sentence, found once per sentence
    if last is None:
        last = s.memo["last_finite"] = next((j for j in range(s.end - 1, -1, -1) if finite(j)), -1)
    return last < k + 2  # type: ignore[operator]


def contrast_goes_on(ctx: Context, s: Sentence, k: int, cues: list[int]) -> bool:
    """Rule ``contrast_in_content`` (content25): 'said taxes were about right, although he would add a
    top rate': a contrast clause (", while", ", although") after the comma at ``k`` that reports nobody
    (no cue word outside quotations in the rest of the sentence, not "while noting") goes on the reported
    clause; one with a cue ('..., while some say C2') is a report of its own and ends the content.
    Measured on the readable splits: without a cue the labels keep the contrast more often than not."""
    if k + 2 < s.end and s.lw[k + 2] in ctx.t.cue_forms:
        return False
    return bisect_right(cues, k + 1) == len(cues)


def past_verb(s: Sentence, j: int) -> bool:
    """Rule ``simple_past`` (content26): is token ``j`` a lower-case past verb: an "-ed" word or an irregular
    simple past that is no participle ("grew", "fell", "rose": ``rule_words.tsv`` class ``simple_past_only``)?

    Example: 'The sector, which accounts for most output, grew 1%': "grew" closes the aside in the subject.
    Why: the "-ed" test alone missed the irregular verbs that end an aside inside a reported clause's subject
    (:func:`_subject_aside_end`, :func:`_embedded_relative`), so the content ended at the aside's comma."""
    w = s.lw[j]
    return s.tx[j] == w and (w.endswith("ed") or w in WORDS.simple_past_only)


def _finite_word(t: Tables, s: Sentence, j: int) -> bool:
    """Does token ``j`` look like a finite verb (an auxiliary, a form of "be", a :func:`past_verb`)?"""
    w = s.lw[j]
    return w in t.verb_aux or w in t.passive_aux or past_verb(s, j)


def negated_second_predicate(ctx: Context, s: Sentence, a: int, k: int) -> bool:
    """Rule ``negated_second_predicate`` (content25): 'The mayor called the plan a "disaster" but did not
    vote against it': "and"/"but" at ``k`` then a negated auxiliary ("did not", "didn't", "would not"),
    with no subject between, after a content with no finite verb (an object, a small clause: no
    auxiliary, no "be", no "-ed" word, not opened by "that"), is the source's next act, not part of what
    was said. After "say"/"tell" (``clause_only_cue``) the content is a clause whose verb the word forms
    may miss ('said the jet broke apart but did not catch fire'), so it is left alone there."""
    if k + 2 >= s.end or in_quotation(ctx.quotes, s.toks[k].start) or s.lw[a] in WORDS.complementizer:
        return False
    v = s.lw[k + 1]
    negated = v in WORDS.negated_auxiliary or (
        v in WORDS.negatable_auxiliary and s.lw[k + 2] in WORDS.negation
    )
    if not negated or any(_finite_word(ctx.t, s, j) for j in range(a, k)):
        return False
    cue = next((j for j in range(a - 1, max(-1, a - 4), -1) if s.lw[j] in ctx.t.cue_forms), None)
    return cue is not None and not any(f.lemma in WORDS.clause_only_cue for f in ctx.t.cue_forms[s.lw[cue]])


def _embedded_relative(ctx: Context, s: Sentence, k: int) -> bool:
    """Is ", which ..." at comma ``k`` an aside inside the subject of content from ``a``?

    "She argued the pipeline, which the party backs, would not be built": the relative clause is set
    off by a second comma and the reported clause goes on after it. A ", which" with no second comma
    before the sentence ends comments on the whole clause and ends the content. Rule
    ``embedded_relative_verb`` (content25): the second comma must be followed by a verb (an auxiliary, "be",
    an "-ed" word, a present-tense verb with its object: :func:`present_verb_object`) or "and"/"but"; a
    comma of a list inside the relative clause ('pledged to end the tax, which angered writers, publishers
    and readers') is no end of an aside, and the content ends at ", which".
    """
    t = ctx.t
    for j in range(k + 2, s.end - 1):
        if s.tx[j] in (";", ":", ".", "?", "!") or s.tx[j] in ("—", "–"):
            return False
        if s.tx[j] == "," and not in_quotation(ctx.quotes, s.toks[j].start):
            v = s.lw[j + 1]
            if v in t.verb_aux or v in t.passive_aux or past_verb(s, j + 1) or v in WORDS.coordinator:
                return True
            if present_verb_object(ctx, s, j + 1):
                return True
    return False


def present_verb_object(ctx: Context, s: Sentence, v: int) -> bool:
    """Rule ``present_verb_object``: is token ``v`` a present-tense verb with its object after it: a
    lower-case word in "-s" (not "-ss") followed by a determiner ("renders the effort unnecessary")? Then
    the comma before it closes a relative aside inside the reported clause's subject ('said that the
    pipeline, which is already up and running, renders the effort unnecessary': the content ended at
    "the pipeline"; fact-check of wikinews-2020-005, session 24). A list's plural noun ("writers,
    publishers and readers") has no determiner after it."""
    if v + 1 >= s.end or s.tx[v] != s.lw[v] or not s.lw[v].isalpha():
        return False
    w = s.lw[v]
    return w.endswith("s") and not w.endswith("ss") and s.lw[v + 1] in ctx.t.determiner


def _clause_with_cue(ctx: Context, s: Sentence, k: int, cues: list[int]) -> bool:
    """Does the comma at ``k`` open a clause with a reporting verb of its own?

    "Most said they were worried, compared with four in 10 who said ...", "..., and 39 have said
    ...": the words after the comma report someone else, so the content ends at the comma. The cue
    (not a participle, which the participle rule handles) must come within ``MAX_CLAUSE_TO_CUE``
    tokens with no punctuation or quote mark between.
    """
    for i in range(bisect_right(cues, k + 1), len(cues)):  # the sentence's cues (sorted): first after k + 1
        c = cues[i]
        if c > k + MAX_CLAUSE_TO_CUE:
            break
        if attributive_cue(ctx, s, c):
            continue  # ", over his alleged role": an adjective, no verb of a clause
        if relative_cue_aside(ctx, s, k, c):
            return False  # ", and others who see C, is likely to ...": an aside inside the subject
        if s.lw[c].endswith("ing"):
            return False
        return not any(
            s.tx[j] in HARD_PUNCT or s.tx[j] in OPEN_QUOTE_TOKENS or s.tx[j] in CLOSE_QUOTE_TOKENS
            for j in range(k + 1, c)
        )
    return False


def attributive_cue(ctx: Context, s: Sentence, c: int) -> bool:
    """Rule ``attributive_cue`` (content27): is the "-ed" cue word at ``c`` an adjective before a noun, right
    after a determiner or possessive ("extradite Assange, 47, over his alleged role in the leak", "a
    reported deal")? Then it is no verb, and the comma before it opens no clause with a cue of its own
    (:func:`_clause_with_cue`).

    Why: the content ended at ", over his alleged role", as if "alleged" were a new report.
    """
    return c > 0 and s.lw[c].endswith("ed") and s.lw[c - 1] in ctx.t.determiner


def relative_cue_aside(ctx: Context, s: Sentence, k: int, c: int) -> bool:
    """Rule ``relative_cue_aside`` (content27): is the cue at ``c`` after the comma at ``k`` the verb of a
    relative clause ("who see", "which said") in an aside that a later comma closes before a verb ('said the
    gap between ministers like Lee, with his commitment to farms, and others who see spending as waste, is
    likely to widen')? Then the cue reports inside the subject of the reported clause, which goes on.

    Why: the content ended at ", and others who see", as if "see" opened a report of its own. Near miss:
    'were worried, compared with four in 10 who said C' has no comma and verb after the relative clause,
    and the content ends at the comma as before.
    """
    return c > 0 and s.lw[c - 1] in WORDS.wh_relative and _embedded_relative(ctx, s, k)


def _final_appositive(ctx: Context, s: Sentence, k: int) -> bool:
    """Does ", a/an/the ..." at comma ``k`` close the sentence as an appositive?

    "She wrote a check to a group backing Faso, a Republican running for an open seat", "vowed to
    repeal the rule, a provision that bans ...": the noun phrase after the comma (with any relative
    clause of its own) describes the last noun of the content; PolNeAR train leaves it out. It stays
    when more punctuation follows before the sentence end (an aside the clause goes on after), when a
    verb comes right after its noun (", a boss invited her": a clause), and, after "the", when an
    "and"/"or" follows (", the nuclear deal and the budget": the end of a list).
    """
    t = ctx.t
    if k + 2 >= s.end or s.lw[k + 1] not in WORDS.article:
        return False
    if any(s.tx[j] in HARD_PUNCT for j in range(k + 2, s.end)):
        return False
    v = s.lw[k + 3] if k + 3 < s.end else ""
    if v in t.verb_aux or v in t.passive_aux or (v.endswith("ed") and s.tx[k + 3] == v):
        return False
    if s.lw[k + 1] == "the":
        return not any(s.lw[j] in WORDS.list_joiner for j in range(k + 2, s.end))
    return not listed_object(ctx, s, k)


def listed_object(ctx: Context, s: Sentence, k: int) -> bool:
    """Rule ``listed_object`` (content26): does ", a/an ..." at comma ``k`` go on to "and"/"or" and another
    article or possessive ("called for more money for farms, an immediate ban on waste and a reversal of the
    policy")? Then it is the middle item of a list of objects, not an appositive of the last noun, and the
    content goes on (:func:`_final_appositive`). A bare "and" + noun ("Smith, a lawyer and former mayor")
    is still one appositive. Why: the list's later items were cut from what the source called for."""
    t = ctx.t
    return any(
        s.lw[j] in WORDS.list_joiner and s.lw[j + 1] in t.determiner and s.tx[j - 1] != ","
        for j in range(k + 3, s.end - 1)
    )


def _own_cue_follows(ctx: Context, s: Sentence, a: int, k: int, cues: list[int]) -> bool:
    """Does "and"/"but" at ``k`` open a clause with a cue of its own ("... and said", "but he added")?

    The cue must come within ``MAX_COORD_GAP`` tokens with no other "and"/"but" between: in "said both
    Trump and Sanders are tapping into the anger and seem to ...", the first "and" joins two names and
    the reported clause goes on (measured on PolNeAR train: a window of 10 tokens cut more right spans
    than wrong ones).
    """
    for i in range(bisect_right(cues, k), len(cues)):  # the sentence's cues, sorted: the first after k
        c = cues[i]
        if c > k + MAX_COORD_GAP:
            break
        if not any(s.lw[j] in WORDS.coordinator for j in range(k + 1, c)):
            # "says he'd sit Putin down and tell him ...": a bare verb after "and" goes on the
            # reported clause ("would ... and tell"); a cue of the source's own is inflected ("and said")
            if _shared_subject_belief(ctx, s, a, k, c):
                return False
            if relative_cue_aside(ctx, s, k, c):
                return False  # "and others who see C, is likely": a relative clause in the subject
            if _shared_auxiliary(ctx, s, a, k, c):
                return False
            return not (c == k + 1 and _base_form(ctx, s.lw[c]))
    return False


#: The most tokens a bare noun phrase before "and" may have to be read as the first of two subjects.
MAX_COORDINATED_SUBJECT = 4


def coordinated_subject(ctx: Context, s: Sentence, a: int, k: int, cues: list[int]) -> bool:
    """Rule ``coordinated_subject`` (recall23): is the content from ``a`` up to "and" at ``k`` a bare noun
    phrase, the first of two coordinated subjects of the reported clause ("said the EU and US hoped to
    avoid ...", "said France and Spain wanted ...")? Then the cue after "and" is the clause's own verb, and
    the content goes on through it.

    A bare noun phrase: at most four tokens, capitalised words, or a determiner then words, none of them an
    auxiliary, a cue form, an "-ed" word or a pronoun; and the second subject, capitalised or opened by a
    determiner, stands between "and" and the next cue, one of belief or intent ("hoped", "wanted"), not a
    statement ("and the mayor said": a second speaker). "said he was tired and later added ..." (a verb
    before "and") and "criticized Smith and said ..." (no second subject) are cut as before.

    Why: the content ended at "and", so "the EU" alone was reported (brief recall23, readable BBC pages).
    """
    t = ctx.t
    b = a + 1 if s.lw[a] == "that" else a
    if not 0 < k - b <= MAX_COORDINATED_SUBJECT:
        return False
    i = bisect_right(cues, k)  # the first cue after "and"
    c = cues[i] if i < len(cues) else s.end
    if not (k + 1 < c < s.end and (is_cap(s.tx[k + 1]) or s.lw[k + 1] in t.determiner)):
        return False
    if any(s.lw[j] in t.verb_aux or s.lw[j] in t.pronouns for j in range(k + 1, c)):
        return False
    if any(f.cue_class in WORDS.statement_class for f in t.cue_forms.get(s.lw[c], ())):
        return False  # "praised Smith and the mayor said ...": a second speaker's statement
    if not (is_cap(s.tx[b]) or s.lw[b] in t.determiner):
        return False
    for j in range(b, k):
        w, x = s.lw[j], s.tx[j]
        if not x.replace("-", "").replace(".", "").isalnum():
            return False
        if w in t.verb_aux or w in t.passive_aux or w in t.pronouns or w in t.cue_forms:
            return False
        if not is_cap(x) and (w.endswith("ed") or j == b and w not in t.determiner):
            return False
    return True


def coordinated_subject_in_question(ctx: Context, s: Sentence, a: int, k: int, cues: list[int]) -> bool:
    """Rule ``coordinated_subject_question`` (content24): is "and" at ``k`` joining two subjects of an
    embedded "whether"/"if" clause inside the content from ``a`` ("cited the doubt over whether Spain and
    Italy could agree on a budget as a reason")? Then the cue after it ("agree") is that clause's verb, not
    a new report, and the content goes on. The words from "whether" to "and" are at most
    ``MAX_COORDINATED_SUBJECT``, capitalised or opened by a determiner, with no verb, pronoun or cue; the
    second subject, capitalised or opened by a determiner, is followed by at most one auxiliary before the
    cue.

    Why: the content ended at "and", so "the doubt over whether Spain" alone was cited (a fact-check of
    session 19's output; :func:`coordinated_subject` reads the same shape at the content's start only).
    """
    t = ctx.t
    w = next((j for j in range(k - 1, a - 1, -1) if s.lw[j] in WORDS.question_complementizer), None)
    if w is None or not 0 < k - (w + 1) <= MAX_COORDINATED_SUBJECT:
        return False
    i = bisect_right(cues, k)
    c = cues[i] if i < len(cues) else s.end
    if not (k + 1 < c < s.end and (is_cap(s.tx[k + 1]) or s.lw[k + 1] in t.determiner)):
        return False
    if any(s.lw[j] in t.pronouns for j in range(k + 1, c)) or sum(
        1 for j in range(k + 1, c) if s.lw[j] in t.verb_aux
    ) > 1:
        return False
    first = s.tx[w + 1]
    if not (is_cap(first) or s.lw[w + 1] in t.determiner):
        return False
    for j in range(w + 1, k):
        lw, x = s.lw[j], s.tx[j]
        if not x.replace("-", "").replace(".", "").isalnum():
            return False
        if lw in t.verb_aux or lw in t.passive_aux or lw in t.pronouns or lw in t.cue_forms:
            return False
        if not is_cap(x) and lw.endswith("ed"):
            return False
    return True


def _shared_auxiliary(ctx: Context, s: Sentence, a: int, k: int, c: int) -> bool:
    """Rule ``shared_auxiliary``: 'said his firm would do just that and could announce its plans',
    'said he has arranged for troops and has requested federal help': a cue right after "and" and one
    auxiliary (at ``k + 1``, the cue at ``c``) continues the reported clause from ``a`` when that clause
    has an auxiliary of its own and the new one is a modal (``modal``) or the same word: the reported
    subject's second verb phrase, not the source's next act. 'said the movie is not offensive and has
    refused to withdraw it' (another auxiliary, no modal) stays the source's own."""
    if c != k + 2 or s.lw[k + 1] not in ctx.t.verb_aux:
        return False
    own = {s.lw[j] for j in range(a, k) if s.lw[j] in ctx.t.verb_aux}
    return bool(own) and (s.lw[k + 1] in own or s.lw[k + 1] in WORDS.modal)


def _shared_subject_belief(ctx: Context, s: Sentence, a: int, k: int, c: int) -> bool:
    """Is the cognitive cue at ``c`` after "and"/"but" at ``k`` a second verb of the reported clause?

    "She said she was elated but still feared the military", "says he fears going home and wants
    asylum": when the content from ``a`` opens with a subject pronoun (the source speaking of
    itself), a belief verb ("cognitive" class) with no subject of its own and no "that" after it goes
    on the content's clause, not a new attribution of the source's ("... and suspected that ...").
    """
    t = ctx.t
    b = a + 1 if s.lw[a] == "that" else a
    if s.lw[b] not in WORDS.clause_subject:
        return False
    if not all(f.cue_class == "cognitive" for f in t.cue_forms.get(s.lw[c], ())):
        return False
    if any(s.lw[j] in t.pronouns or is_cap(s.tx[j]) for j in range(k + 1, c)):
        return False
    return not any(s.lw[j] == "that" for j in range(c + 1, min(s.end, c + 3)))


def _base_form(ctx: Context, w: str) -> bool:
    """Is cue word ``w`` the bare form of its verb ("tell", not "tells" or "told")?"""
    return any(f.lemma.split(" ")[0] == w for f in ctx.t.cue_forms.get(w, ()))


def _dash_pair(ctx: Context, s: Sentence, k: int) -> int | None:
    """The second dash of an aside opened by the dash at ``k``, when the clause goes on after it.

    "She said the plan — a costly one — had failed": the words between the dashes are an aside inside
    the reported clause, which goes on after the second dash, so the first does not end the content.
    """
    for j in range(k + 1, s.end - 1):
        if s.tx[j] in (";", ".", "?", "!", ":"):
            return None
        if s.tx[j] == s.tx[k]:
            return None if in_quotation(ctx.quotes, s.toks[j].start) else j
    return None


def adverbial(ctx: Context, s: Sentence, sp: Span) -> bool:
    """Is ``sp`` a short adverbial ("Since October", "On Monday") rather than a reported clause?"""
    toks = [k for k in range(s.n) if sp.start <= s.toks[k].start < sp.end]
    if not toks or len(toks) > 4:
        return False
    w = s.lw[toks[0]]
    return w in ctx.t.adjunct or w in ctx.t.time or w in ctx.t.boundary or w in WORDS.duration_preposition


def opens_adverbial(ctx: Context, s: Sentence, sp: Span) -> bool:
    """Does ``sp`` open with a preposition, subordinator or adverb ("As ...", "Specifically")?"""
    k = next((k for k in range(s.n) if s.toks[k].start >= sp.start), None)
    if k is None:
        return False
    w = s.lw[k]
    t = ctx.t
    return (
        (w in t.adjunct and w not in t.determiner)  # "This includes ...": a subject, not "this week"
        or w in t.boundary
        or w in t.head_stops
        or (w.endswith("ly") and k + 1 < s.n and s.tx[k + 1] == ",")
    )


#: The most tokens an item of a listed subject may have ("the board of directors").
MAX_LIST_ITEM = 5


def list_subject(ctx: Context, s: Sentence, a: int, k: int) -> bool:
    """Rule ``list_subject`` (content24): is "and"/"or" at ``k``, right after a comma, the last joiner of
    a list of noun phrases that is the reported clause's subject ("said the mayor, the board of
    directors, and the city council engaged in a scheme", "say the quality of the food, the rooms, and
    the service has declined")? Then the cue after it is the clause's verb, not the source's next act.

    The list: the content from ``a`` has at least two commas before "and", the last item (between the
    last two commas) has at most ``MAX_LIST_ITEM`` tokens, and nothing from the content's start to "and"
    is an auxiliary, a cue word, a pronoun or an "-ed" word (a verb would make the commas end clauses).

    Why: the content ended at "and" because a cue ("engaged", "declined") followed within reach
    (:func:`_own_cue_follows`), so only the first items were reported (session 19's boundary errors).
    """
    t = ctx.t
    if k - 1 <= a or k >= s.end or s.tx[k - 1] != "," or s.lw[k] not in WORDS.coordinator:
        return False
    b = a + 1 if s.lw[a] in WORDS.complementizer else a
    commas = [j for j in range(b, k - 1) if s.tx[j] == ","]
    if not commas or (k - 1) - commas[-1] - 1 > MAX_LIST_ITEM or commas[0] == b:
        return False
    for j in range(b, k):
        w, x = s.lw[j], s.tx[j]
        if w in t.verb_aux or w in t.passive_aux or w in t.pronouns or w in t.cue_forms:
            return False
        if x == w and w.endswith("ed"):
            return False
        if x in HARD_PUNCT and x != ",":
            return False
    return True


def _in_list(ctx: Context, s: Sentence, a: int, k: int) -> bool:
    """Is the comma at ``k`` the last one of a list ("Sweden, Norway, and Germany")?"""
    j = k - 1
    while j > a and s.tx[j] != ",":
        j -= 1
    return (j > a and k - j <= 3) or serial_list(ctx, s, a, k)


#: The fewest items set off by commas on both sides that make a serial list (:func:`serial_list`).
MIN_SERIAL_ITEMS = 2


def serial_list(ctx: Context, s: Sentence, a: int, k: int) -> bool:
    """Rule ``serial_list`` (content27): is the comma at ``k`` (before "and"/"or") the last of a list whose
    middle items are short noun phrases ("Time considered Sarah Palin, the Pope, the Dalai Lama, and a
    whistleblower who ...")? At least ``MIN_SERIAL_ITEMS`` items stand between two commas of the content
    from ``a``, each of at most ``MAX_LIST_ITEM`` tokens with no verb, pronoun or cue word in it.

    Why: ', and a whistleblower' read as a new clause (a determiner after ", and"), so the list lost its last
    item; an item with a verb ('the costs rose, the roads were bad, and the mayor quit') is a clause and
    still ends the content there.
    """
    t = ctx.t
    commas = [j for j in range(a + 1, k) if s.tx[j] == ","] + [k]
    if len(commas) <= MIN_SERIAL_ITEMS:
        return False
    for left, right in zip(commas[-MIN_SERIAL_ITEMS - 1 : -1], commas[-MIN_SERIAL_ITEMS:], strict=True):
        if right - left - 1 > MAX_LIST_ITEM or right - left < 2:
            return False
        for j in range(left + 1, right):
            w, x = s.lw[j], s.tx[j]
            if w in t.verb_aux or w in t.passive_aux or w in t.pronouns or w in t.cue_forms:
                return False
            if x in HARD_PUNCT or past_verb(s, j) or w in WORDS.coordinator or w in WORDS.complementizer:
                return False
    return not in_quotation(ctx.quotes, s.toks[k].start)


def content_spans(ctx: Context, s: Sentence, a: int, b: int) -> tuple[list[Span], list[Quote]]:
    """Content over tokens ``[a, b)``: a whole quotation when it opens there and runs to ``b``."""
    if a >= b:
        return [], []
    if s.tx[a] in OPEN_QUOTE_TOKENS:
        q = quote_starting_at(ctx.quotes, s.toks[a].start)
        if q is not None and (q.end >= s.toks[b - 1].end or closed_sentence(ctx, q)):
            return [Span(q.start, q.end)], [q]
    sp = s.span_of(a, b)
    if sp is not None and b >= s.end:
        q = _quote_running_on(ctx, sp)
        if q is not None:
            return [Span(sp.start, q.end)], [q]
    return ([sp] if sp else []), []


def number_range(s: Sentence, k: int) -> bool:
    """Is the dash at ``k`` the "to" of a range written without spaces ("the winter of 2006–2007", "pages
    10–12"), which goes on with the clause, not a dash that closes it? A reported clause stopped at such a
    dash (session 19's fact-check of wikinews-2019-023)."""
    return (
        0 < k < s.end - 1
        and s.tx[k - 1][-1:].isdigit()
        and s.tx[k + 1][:1].isdigit()
        and s.toks[k - 1].end == s.toks[k].start
        and s.toks[k].end == s.toks[k + 1].start
    )


#: The marks that end a quoted sentence inside its closing quote mark ('"We will win."', '"victims[.]"').
_SENTENCE_END = (".", "!", "?", ".]", "!]", "?]")


def closed_sentence(ctx: Context, q: Quote) -> bool:
    """Does quotation ``q`` end a sentence inside its marks ('"We will win."'), so
    that words after it in the same sentence are not part of what was said? 'said, "We will win."
    ((es))Spanish language: ...' (a Wikinews translation the sentence splitter kept in the sentence) took
    the translation, and the scene-setting words before the source, as content (session 19's
    fact-check of wikinews-2019-077)."""
    return ctx.text[q.start : q.end].rstrip(QUOTE_MARK_CHARS).endswith(_SENTENCE_END)


def _quote_running_on(ctx: Context, sp: Span) -> Quote | None:
    """A quotation that opens inside content ``sp`` and runs on past its end (and its sentence's).

    'He said that voters "want a change. They are tired of waiting."': the reported clause goes on
    inside the quotation into the next sentence; PolNeAR train takes the content to the closing mark.
    """
    quotes = ctx.quotes  # sorted and disjoint: start at the first one opening inside ``sp``
    for k in range(bisect_left(quotes, sp.start, key=lambda q: q.start), len(quotes)):
        q = quotes[k]
        if q.start >= sp.end:
            return None
        if q.end > sp.end:
            return q
    return None


def _skip_adjuncts(ctx: Context, s: Sentence, r: int, infinitive: bool = False) -> int | None:
    """From ``r``, skip "on Monday", "in a statement" up to "that", ":" or a quote (None: no content).

    With ``infinitive`` (cues that take one: "promised on Tuesday to refrain"), "to" after a day word
    opens the content too.
    """
    k = skip_time(ctx, s, r)
    if r < k < s.end - 1 and (
        _clause_opener(ctx, s, k) or np_clause(s.lw, s.tx, k, s.end, ctx.t) or name_verb_clause(ctx, s, k)
    ):
        return k  # "reported this year 908 of the attendees brought ...": a time phrase, then the clause
    k = r
    limit = min(s.end, r + 14)
    while k < limit:
        w = s.lw[k]
        if w == "that":
            return k
        if infinitive and w == "to" and k > r and s.lw[k - 1] in ctx.t.time:
            return k
        if w == ":" or (w == "," and k + 1 < s.end and s.tx[k + 1] in OPEN_QUOTE_TOKENS):
            return k + 1
        if s.tx[k] in OPEN_QUOTE_TOKENS and k > r and not plural_possessive(s, k):
            return k
        if w == "," and medium_comma(ctx, s, r, k):
            return k + 1  # "said in its report, the fault makes ...": the clause after the adjunct's comma
        if w == "," and fronted_clause_after_cue(ctx, s, r, k):
            return r  # "said after losing the first set, he began to doubt himself": the adjunct is C's
        if w == "(" and (j := adjunct_aside_end(ctx, s, k)) is not None:
            k = j  # "announced via Twitter around 11:30 am (1830 UTC), C": the parenthesis is the adjunct's
            continue
        if w == "," and adjunct_comma(ctx, s, r, k):
            return k + 1  # "announced via Twitter around 11:30 am, the launch ...": the clause after it
        if w in (",", ";", "(", ")", "—", "–"):
            return _quote_after_asides(ctx, s, k) if w == "," else None
        if w in ctx.t.time and k + 1 < s.end and _clause_opener(ctx, s, k + 1):
            return k + 1  # "said Thursday he would leave": a day word, then the reported clause
        if k > r + 1 and before_clitic(w) in WORDS.clause_subject and _adjunct_before(ctx, s, r, k):
            return k  # "said in an interview with Rolling Stone he was open": the clause opens at its subject
        if k > r + 1 and np_clause(s.lw, s.tx, k, s.end, ctx.t) and _adjunct_before(ctx, s, r, k):
            return k  # "found in 36 states most of the people who died were ...": a noun-phrase subject
        k += 1
    return None


def fronted_clause_after_cue(ctx: Context, s: Sentence, r: int, k: int) -> bool:
    """Rule ``fronted_clause_after_cue`` (content24): right after a cue, does a subordinate clause or
    phrase opened by a clause opener ("after", "before", "while", "when": ``opener`` in
    ``content_bounds.tsv``) at ``r`` close at the comma ``k`` before a clause with a subject pronoun
    ("said after losing the first set, he began to doubt himself")? Then it is fronted inside the
    reported clause and the content starts at ``r``, as the guideline's content keeps it. No quotation
    or cue word may stand between ``r`` and the comma (the adjunct then holds a report of its own).

    Why: the cue found no content at all (nothing but "that", ":" or a quotation opened one after an
    adjunct), so the whole attribution was missed (session 19's boundary errors).
    """
    t = ctx.t
    if s.lw[r] not in t.clause_openers or k + 2 >= s.end or s.lw[r + 1] == "that":
        return False
    if before_clitic(s.lw[k + 1]) not in WORDS.clause_subject:
        return False
    return not any(
        s.lw[j] in t.cue_forms or s.tx[j] in OPEN_QUOTE_TOKENS or s.tx[j] in CLOSE_QUOTE_TOKENS
        for j in range(r + 1, k)
    )


#: The most capitalised words of a name that opens a reported clause after a time phrase.
MAX_CLAUSE_NAME = 3


def name_verb_clause(ctx: Context, s: Sentence, k: int) -> bool:
    """Rule ``name_verb_clause`` (recall23): after a time phrase ("said today", "said on Tuesday"), does a
    reported clause open at ``k`` with a name of one to three capitalised words and then a finite verb in
    "-s" or "-ed" ("said today OPEC faces a choice", "said Monday Acme Corp reported a loss")? The verb is
    lower case and no cue-less function word (a preposition, a determiner, an adjunct); "said Tuesday
    Night Football was ..." (an auxiliary) is read by :func:`np_clause` already.

    Why: such a clause was read only with an auxiliary after its subject, so "faces" or "rose" lost the
    attribution (brief recall23, a readable Reuters page).
    """
    t = ctx.t
    j = k
    while j < s.end and j - k < MAX_CLAUSE_NAME and is_cap(s.tx[j]) and s.lw[j] not in t.pronouns:
        if s.lw[j] in ctx.not_names() or s.lw[j] in t.determiner:
            return False
        j += 1
    if j == k or j >= s.end - 1:
        return False
    w = s.lw[j]
    return (
        s.tx[j] == w
        and w.isalpha()
        and (w.endswith("s") or w.endswith("ed"))
        and not w.endswith("ss")
        and w not in t.determiner
        and w not in t.adjunct
        and w not in t.head_stops
        and w not in t.time
    )


def medium_comma(ctx: Context, s: Sentence, r: int, k: int) -> bool:
    """Rule ``medium_comma``: 'Phivolcs said in its report, the fault makes the province active': does the
    comma at ``k`` close an adjunct naming the statement's medium, a ``medium_preposition`` at ``r`` and a
    ``medium_noun`` right before the comma (at most five tokens in all), with a reported clause after it (a
    subject pronoun, a possessive, a clause opener or a noun phrase and its verb)? The content was the adjunct
    ("its report") and the report was set aside. "said in a statement, adding ..." and "said in a
    statement, which ..." open no clause, and stay as they were."""
    if s.lw[r] not in WORDS.medium_preposition or not 1 < k - r <= 5 or s.lw[k - 1] not in WORDS.medium_noun:
        return False
    if k + 2 >= s.end:
        return False
    return _clause_opener(ctx, s, k + 1) or np_clause(s.lw, s.tx, k + 1, s.end, ctx.t)


#: The most tokens inside a parenthesis that an adjunct after a cue holds ("(1830 UTC)", "(local time)").
MAX_ADJUNCT_ASIDE = 5


def adjunct_aside_end(ctx: Context, s: Sentence, k: int) -> int | None:
    """Rule ``adjunct_aside`` (recall25): the token after the ")" that closes the parenthesis opening at
    ``k`` inside an adjunct after a cue ("announced via Twitter around 11:30 am (1830 UTC), C"), when it
    holds at most :data:`MAX_ADJUNCT_ASIDE` tokens and no cue word, quotation or sentence end; else None.

    Why: a parenthesis ended the search for the content, so the attribution was lost (brief recall25)."""
    for j in range(k + 1, min(s.end, k + MAX_ADJUNCT_ASIDE + 2)):
        w = s.lw[j]
        if w == ")":
            return j + 1 if j > k + 1 else None
        if w in END_PUNCT or w in ("(", ";") or w in ctx.t.cue_forms or s.tx[j] in OPEN_QUOTE_TOKENS:
            return None
    return None


def adjunct_comma(ctx: Context, s: Sentence, r: int, k: int) -> bool:
    """Rule ``adjunct_comma`` (recall25): 'The firm announced via Twitter around 11:30 am, the launch would be
    delayed': does the comma at ``k`` close an adjunct of manner, medium or time opened at ``r`` by an
    ``adjunct_lead`` word that opens no clause of its own ("via", "on", "around"; not "after", "while": rule
    ``fronted_clause_after_cue`` reads those), with no cue word, "that" or relative word inside, and a
    reported clause after it (a subject pronoun, a possessive, a clause opener or a noun phrase and its
    verb)? Rule ``medium_comma`` reads the same with a noun of a statement's medium before the comma ("said
    in its report, C"); "said on Monday, adding ..." and "said on CNN, where he works, ..." open no clause.

    Why: "announced via Twitter around 11:30 am (1830 UTC), C" found no content (brief recall25). A time
    phrase alone before the comma needs no lead word (:func:`time_comma_clause`; session 22's fact-check of
    wikinews-2020-110: "Local officials said on Saturday, about 20 buildings collapsed" kept "on Saturday,"
    in the content)."""
    t = ctx.t
    if k + 2 < s.end and k > r and skip_time(ctx, s, r) == k and time_comma_clause(ctx, s, k + 1):
        return True  # "said on Saturday, about 20 buildings collapsed", "said Monday, the bridge ..."
    if s.lw[r] not in WORDS.adjunct_lead or s.lw[r] in t.clause_openers or k + 2 >= s.end:
        return False
    for j in range(r + 1, k):
        w = s.lw[j]
        if w in t.cue_forms or w == "that" or w in WORDS.relative_word or s.tx[j] in OPEN_QUOTE_TOKENS:
            return False
    return _clause_opener(ctx, s, k + 1) or np_clause(s.lw, s.tx, k + 1, s.end, t)


def time_comma_clause(ctx: Context, s: Sentence, k: int) -> bool:
    """Rule ``adjunct_comma`` after a time phrase alone ("said on Saturday, C", "said Monday, C"): may token
    ``k``, right after the comma, open the reported clause? Any word but a participle in "-ing" ("said on
    Monday, adding ..."), a relative or conjunction ("said on Friday, when ...", "and"), a cue word or a
    closing mark: a time phrase is when the source spoke, so what its comma opens is what was said, even a
    clause with no auxiliary ("about 20 buildings collapsed") that :func:`np_clause` cannot tell. Not a
    preposition (but an approximator before a number), a sentence adverb or an "-ly" adverb: those open a
    second aside ("said on Monday, in a statement, that C"; session 22's review)."""
    w = s.lw[k]
    if not s.tx[k][:1].isalnum() and s.tx[k] not in OPEN_QUOTE_TOKENS:
        return False
    t = ctx.t
    number = k + 1 < s.end and s.tx[k + 1][:1].isdigit()  # "about 20 buildings": an approximate figure
    if (w in t.head_stops or w in t.adjunct) and not number or w in t.interjection or w.endswith("ly"):
        return False  # "said on Monday, in a statement, that C", "..., however, that C": a second aside
    if any(s.tx[j] == "," and s.lw[j + 1] == "that" for j in range(k + 1, min(s.end - 1, k + 12))):
        return False  # "said Monday, without giving details, that C": the "that" opens the content
    return not (
        w.endswith("ing")
        or w in WORDS.relative_word
        or w in WORDS.conjunction
        or w in t.clause_openers
        or w in t.cue_forms
    )


def _adjunct_before(ctx: Context, s: Sentence, r: int, k: int) -> bool:
    """Are ``s[r:k]`` a prepositional adjunct ("in an interview with Rolling Stone") that a bare reported
    clause follows at ``k``? It opens with a preposition other than "to" ("continued to write songs he
    would mail" is an infinitive), holds no cue word, and no preposition or subordinator ("declared last
    Friday so he could") stands right before ``k``."""
    t = ctx.t
    if s.lw[r] not in t.head_stops or s.lw[r] == "to" or k + 1 >= s.end:
        return False
    prev = s.lw[k - 1]
    if prev in t.head_stops or prev in t.clause_openers or prev in WORDS.conjunction or prev == "so":
        return False
    return not any(s.lw[j] in t.cue_forms or s.lw[j] in t.noun_cues for j in range(r + 1, k))


def name_ends(ctx: Context, s: Sentence, a: int) -> bool:
    """'C, taxes and other issues, said GOP strategist Charlie Black.': only a name (with its role
    words) follows the cue up to the end, so the commas before the cue are the content's own, not a
    "name, role," appositive of a source on the left."""
    k = a
    while k < s.end and s.tx[k] not in HARD_PUNCT and k - a < 8:
        if not (is_cap(s.tx[k]) or s.lw[k] in ctx.t.role_singular or s.lw[k] == "and"):
            return False
        k += 1
    return k > a and is_cap(s.tx[k - 1]) and (k >= s.end or s.tx[k] == ",")


def _that_after_addressee(ctx: Context, s: Sentence, k: int) -> int | None:
    """'told a crowd in Windham, New Hampshire, on Monday that C': the "that" after a long addressee.

    An addressee with a place, a title ("Sen. Ann Lee, chairman of the committee,") or a sentence
    adverb ("told POLITICO, however, that") holds commas; up to 16 tokens after the comma at ``k``
    with no cue word, quotation or clause end may come before the "that" that opens the content.
    """
    for j in range(k + 1, min(s.end, k + 17)):
        w = s.lw[j]
        if w == "that":
            return j if j + 1 < s.end else None
        if w in END_PUNCT or w in (";", ":") or s.tx[j] in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS:
            return None
        if w in ctx.t.cue_forms or w in ctx.t.boundary:
            return None
    return None


def _quote_after_asides(ctx: Context, s: Sentence, k: int) -> int | None:
    """'said on Twitter, in all capital letters, "C"': a quotation after more asides set off by commas.

    From the comma at ``k``, up to 25 tokens of asides with no cue word, no sentence end and no
    quotation of their own may come before a comma or colon that opens the quotation the cue reports,
    or before a comma and "that" ('said on CNN, where he now works, that C').
    """
    for j in range(k + 1, min(s.end - 1, k + 26)):
        w = s.lw[j]
        if w in (",", ":") and s.tx[j + 1] in OPEN_QUOTE_TOKENS:
            return j + 1
        if w in END_PUNCT or w == ";" or s.tx[j] in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS:
            return None
        if w == "that" and s.tx[j - 1] == ",":
            return j  # 'said on CNN, where he now works, that C'
        if w in ctx.t.cue_forms or w == "that":
            return None
    return None


def _bare_verb(ctx: Context, s: Sentence, k: int) -> bool:
    """Does token ``k`` look like a bare verb after "to" ("continued to question"), not a noun phrase
    ("said to reporters", "told to the AP")? Lower case, not a determiner or pronoun, no plural -s."""
    if k >= s.end:
        return False
    w, x = s.lw[k], s.tx[k]
    t = ctx.t
    return (
        x == w
        and w.isalpha()
        and not w.endswith("s")
        and w not in t.determiner
        and w not in t.pronouns
        and w not in t.possessives
        and w not in t.object_pronouns
    )


def skip_time(ctx: Context, s: Sentence, k: int) -> int:
    """Index after a time phrase at ``k`` ("last week", "on Monday", "Tuesday night", "in May", "in May
    2019"), else ``k``."""
    t = ctx.t
    j = k
    if k + 1 < s.end and s.lw[k] in WORDS.bare_time_adverb:
        nxt = s.lw[k + 1]
        if nxt not in WORDS.time_noun and nxt not in t.time and nxt not in WORDS.time_lead:
            return k + 1  # "said earlier he might": the adverb alone ("earlier this week" is read below)
    if j < s.end and s.lw[j] in WORDS.time_lead:
        j += 1
    elif j + 1 < s.end and s.lw[j] in WORDS.month_lead and s.tx[j + 1] in t.months:
        j += 1  # "in May": a month is capitalised, the modal "may" is not
    lead = WORDS.time_lead
    if j > k and j + 1 < s.end and s.lw[j] in lead and s.lw[j] != "on" and s.lw[j + 1] in WORDS.time_noun:
        j += 1  # "earlier this week", "late last month": two leads
    n = j
    while n < s.end and (
        s.lw[n] in t.time
        or s.lw[n] in WORDS.time_noun
        or (s.tx[n] in t.months and n > k)
        or (n > j and s.tx[n - 1] in t.months and s.tx[n].isdigit())  # the year after a month
    ):
        n += 1
    return n if n > j else k


def np_clause(lw: Sequence[str], tx: Sequence[str], k: int, end: int, t: Tables) -> bool:
    """Rule ``np_clause``: after an adjunct ("said in a statement", "found in 36 states", "said earlier this
    week"), does a reported clause with a noun-phrase subject open at token ``k`` ("the measures were ...",
    "most of the people who died were ...", "USDA might act ...")? Token ``k`` opens a noun phrase (a
    determiner, a quantifier, a number or a capitalised word) and an auxiliary or modal follows within seven
    words with nothing between but words, "of" phrases and one relative clause ("who died"); a pronoun
    ("with the Times he was": the clause opens at "he"), a second determiner not after "of" (the adjunct
    goes on: "Reuters the company was") or punctuation between means no, and so does a word right after a
    determiner ("on a Reuter report which said ...": the adjunct's own noun phrase). A fact-check of
    wikinews-2019-161
    (session 17) found "The researchers also found in 36 states most of the people ... were affected" missed.

    >>> from analysis.attribution.lexicon import tables
    >>> np_clause(["most", "of", "the", "people", "who", "died", "were", "hit"], [""] * 8, 0, 8, tables())
    True
    >>> np_clause(["the", "times", "he", "was"], ["the", "Times", "he", "was"], 0, 4, tables())
    False
    >>> np_clause(["the", "body", "of", "a", "man", "who", "was", "hit"], [""] * 8, 0, 8, tables())
    False
    """
    w = lw[k]
    if k > 0 and lw[k - 1] in t.determiner:
        return False  # "on a Reuter report which said ...": inside the adjunct's noun phrase
    if not (
        w in t.determiner
        or w in t.quantifiers
        or w in WORDS.clause_start
        or (is_cap(tx[k]) and w not in t.verb_aux and w not in t.pronouns)
        or w[:1].isdigit()
    ):
        return False
    for j in range(k + 1, min(end, k + 8)):
        x = lw[j]
        if x in t.verb_aux:
            return lw[j - 1] not in WORDS.relative_pronoun
        if x in t.subject_pronouns or x == "that" or not x.replace("-", "").replace("'", "").isalnum():
            return False
        if x in t.determiner and lw[j - 1] != "of":
            return False
    return False


def _clause_opener(ctx: Context, s: Sentence, k: int) -> bool:
    """Can token ``k`` open a reported clause after a day word ("he", "the", "his", "its", a number as in
    "reported this year 908 of the attendees brought ...")?"""
    w = before_clitic(s.lw[k])  # "he's" is one token
    return w in ctx.t.subject_pronouns or w in ctx.t.possessives or w in WORDS.clause_start or w[:1].isdigit()


def told_to(form: CueForm, addressed: bool) -> bool:
    """Rule ``told_to``: is a neutral verb of telling with an addressee, then a to-infinitive ("TfL told
    passengers to avoid the station", "he told the man to remove the bedding") an instruction, reported
    speech whose content is the infinitive without the addressee (the Wikinews guideline, labelling-notes
    7bb1 [18]; a fact-check of unlabelled text, session 11, found it missed)? Directive verbs ("urged the
    Fed to act") are read before this, with the addressee in the content."""
    return addressed and form.cue_class == "neutral" and form.lemma == "tell"


def instruction_to(lw: Sequence[str], r: int, end: int, t: Tables) -> int | None:
    """Where "to" opens an instruction after a short addressee starting at ``r`` ("told passengers to avoid",
    "told the man to remove"): the "to", when one to four words before it are plain words and the word
    after it can be a verb (no determiner, pronoun, capital or plural noun: "told the story to his wife",
    "told it to friends" are no instructions); else None."""
    for j in range(r + 1, min(end - 1, r + 5)):
        if lw[j] == "to":
            nxt = lw[j + 1]
            plural = nxt.endswith("s") and not nxt.endswith("ss")
            if nxt.isalpha() and nxt not in t.determiner and nxt not in t.pronouns and not plural:
                return j - 1 if lw[j - 1] == "not" and j - 1 > r else j  # "told them not to worry"
            return None
        if not lw[j].isalpha() or lw[j] == "that" or lw[j] in t.verb_aux or lw[j] in t.passive_aux:
            return None  # "told reporters sales are expected to rise": a clause, not an instruction
    return None


def after_cue(ctx: Context, s: Sentence, r: int, form: CueForm) -> int | None:
    """The token where content starts after a cue ending at ``r`` (None when nothing follows)."""
    t = ctx.t
    if r >= s.end:
        return None
    if form.lemma in t.addressee_verbs:
        if s.lw[r] in WORDS.object_preposition and r + 1 < s.end:
            return r + 1  # "warned of the implications", "told of his plans"
        if s.lw[r] == "to" and form.cue_class != "neutral" and r + 1 < s.end:
            return r  # "promised to push for ...": the infinitive is content
        if s.lw[r] in t.time or (s.lw[r] == "on" and r + 1 < s.end and s.lw[r + 1] in t.time):
            k = _skip_adjuncts(ctx, s, r, form.cue_class != "neutral")
            if k is not None:
                return k  # "promised on Tuesday to cut ...", "told on Monday that ..."
        if s.lw[r] in WORDS.clause_subject and r + 2 < s.end:
            return r  # "warned they could ...", "promised he would ...": no addressee, the clause
        if form.cue_class != "neutral" and (
            addressee_infinitive(s.lw, r, s.end, t, instruction_to(s.lw, r, s.end, t))
            or addressee_clause(s.lw, r, s.end, t)
        ):
            return r  # "advises travellers to carry water", "warned there could be strikes" (addressed.py)
        # "told (the AP|reporters|him) that ..." — skip the addressee up to "that", ":" or a quote
        for k in range(r, min(s.end, r + 14)):
            w = s.lw[k]
            if k > r and w in WORDS.clause_subject:
                return k  # "told a news conference they are ...": a clause begins at its subject
            if (
                k > r
                and w in t.determiner
                and not is_cap(s.tx[k])  # "told Kamloops This Week that C": "This" is in the outlet's name
                and (
                    is_cap(s.tx[k - 1])
                    or s.lw[k - 1] in t.object_pronouns
                    or s.lw[k - 1] in t.role_plural
                    or s.lw[k - 1] in WORDS.programme_noun
                )
            ):
                break  # 'told Agence France-Presse the victim is in care with "severe burns"': a clause
            if w == "that":
                return k
            if w in (":",) or s.tx[k] in OPEN_QUOTE_TOKENS:
                return k + 1 if w == ":" else k
            if w == "." and dotted_addressee(s, k):
                continue  # "told Polygraph.info that ...": the dot is inside the outlet's name
            if w in (",", ";", "(", ".", "—"):
                if w == "," and k + 1 < s.end and s.tx[k + 1] in OPEN_QUOTE_TOKENS:
                    return k + 1
                if w == ",":
                    j = _that_after_addressee(ctx, s, k)
                    if j is not None:
                        return j  # "told a crowd in Salem, New Hampshire, on Monday that ..."
                if w == "," and ctx.media_noun_before(s, r, k):
                    # "told the local radio station, KRVR, that ...": the outlet's name is an appositive
                    d = ctx.name_after(s, k + 1)
                    if d is not None and d + 1 < s.end and s.tx[d] == "," and s.lw[d + 1] == "that":
                        return d + 1
                break
        j = instruction_to(s.lw, r, s.end, t) if form.lemma == "tell" else None
        if j is not None and told_to(form, j > r):
            return j  # "TfL told passengers to avoid the station": the instruction, the addressee left out
        # no "that": "told POLITICO he had ...", "told me she was ...", "told the AP her group ..."
        k = r
        described = described_addressee_end(s.tx, s.lw, r, s.end)  # "told media network EURACTIV C"
        if described is not None:
            k = described
        elif s.lw[k] in t.object_pronouns:
            k += 1
        else:
            # "told the meeting C", "told a news conference C": an article before a programme noun
            # (programme_addressee) as before a name
            indefinite = s.lw[k] in WORDS.article and s.lw[k] != "the"
            if s.lw[k] == "the" or indefinite and _programme_noun_after(s, k + 1, k, t) > k:
                k += 1
            while k < s.end and k - r < 5 and is_cap(s.tx[k]) and s.lw[k] not in t.pronouns:
                k += 1
                if k + 1 < s.end and s.lw[k] == "of" and is_cap(s.tx[k + 1]):
                    k += 1  # "told The Star-Ledger of Newark ..."
                if k + 1 < s.end and s.tx[k] == "." and dotted_addressee(s, k):
                    k += 2  # "told Polygraph.info the claims are false": one name
            k = programme_addressee_end(s, r, k, t)
            if k < s.end and s.lw[k] in ("'s", "’s"):
                return None
        if k > r:
            k = skip_time(ctx, s, k)  # "told the AP last week she ..."
        if k == r or k >= s.end or k + 2 > s.end:
            return None
        to = s.lw[k] == "to" or " ".join(s.lw[k : k + 2]) in WORDS.negated_infinitive
        if form.cue_class != "neutral" and to:
            return r  # "warned the Fed not to act": addressee and infinitive are the content
        if to and told_to(form, k > r):
            return k  # "told them not to worry": the instruction, the addressee left out
        nxt = before_clitic(s.lw[k])
        if nxt in t.pronouns or nxt in t.determiner or is_cap(s.tx[k]):
            return k
        programme = s.lw[k - 1] in WORDS.programme_noun  # "told the meeting sales will rise"
        named = is_cap(s.tx[k - 1]) or s.lw[k - 1] in t.object_pronouns or programme
        if named and (bare_subject_clause(ctx, s, k) or quantity_subject_clause(ctx, s, k)):
            return k  # "told the Supreme Soviet industrial output should rise ...", "told her enough was"
        return None
    w = s.lw[r]
    if w == "," and r + 3 < s.end and s.lw[r + 1] in t.interjection and s.tx[r + 2] == ",":
        r += 3  # "He said, however, that ..."
        w = s.lw[r]
    if w in (":", ","):
        if w == "," and r + 2 < s.end and s.lw[r + 1] == "that":
            return r + 1  # "He added, that ...": a stray comma before "that"
        if w == ",":
            k = _comma_adjunct_end(ctx, s, r)
            if k is not None:
                return k  # "He said, without evidence, that ...": an adjunct between commas
        if w == "," and not (r + 1 < s.end and s.tx[r + 1] in OPEN_QUOTE_TOKENS):
            return None
        return r + 1
    if w == "to" and form.cue_class not in WORDS.statement_class and r + 1 < s.end:
        return r  # "declined to comment", "vowed to fight", "urged to act": the infinitive is content
    if w in WORDS.demonstrative and r + 1 < s.end and s.lw[r + 1] in t.passive_aux:
        return r  # "Others say this is a rough patch": a demonstrative subject, not "this week"
    if r + 1 < s.end and demonstrative_subject(s.lw, r, t):
        return r  # "suggested this could be because of ...": "this" opens the clause, no "this week"
    if fronted_concession(ctx, s, r, form):
        return r  # "He said while everyone had the right to be safe, they also had duties": the whole clause
    if w in t.adjunct or w in t.time or s.tx[r] in ("(",):
        return _skip_adjuncts(ctx, s, r, form.cue_class != "neutral")
    if w in HARD_PUNCT:
        return None
    topic = topic_of_end(s, r) if form.lemma in WORDS.topic_of_cue else None
    return topic if topic is not None else r


#: The most words of the topic in "said of the outbreak, ..." before what is said.
MAX_TOPIC_OF = 8


def plural_possessive(s: Sentence, k: int) -> bool:
    """Rule ``plural_possessive``: is the apostrophe at token ``k`` a plural possessive ("the United States'
    return", "the players' union"): written right after a word ending in "s", with a space after it? It
    opens no quotation, so no content starts there (fact-check of wikinews-2020-058, session 23: 'commenting
    ... on the occasion of the United States' return ...: "C"' took "' return ..." into the content)."""
    if s.tx[k] != "'" or k < 1 or k + 1 >= s.n:
        return False
    before, this, after = s.toks[k - 1], s.toks[k], s.toks[k + 1]
    return before.end == this.start and s.lw[k - 1].endswith("s") and after.start > this.end


def topic_of_end(s: Sentence, r: int) -> int | None:
    """Rule ``topic_of``: 'Fauci said of the outbreak, "Bottom line, it's going to get worse."': a short
    "of"-phrase right after the cue names what the speaker talked about; what is said starts after it, at a
    quotation after its comma or at "that" ("said of the plan that it would fail"). None when no such
    phrase stands at ``r`` (fact-check of wikinews-2020-035, session 20: the topic was in the content). Read
    after a verb of saying only (``topic_of_cue``): "complained of poor service that ..." complains of it."""
    topic = s.lw[r] in WORDS.topic_preposition  # "added regarding the request, they ..." (session 21)
    if s.lw[r] != "of" and not topic:
        return None
    for k in range(r + 2, min(s.end - 1, r + 2 + MAX_TOPIC_OF)):
        if s.lw[k] == "that":
            return k
        if s.tx[k] == "," and (topic or s.tx[k + 1] in OPEN_QUOTE_TOKENS):
            return k + 1
        if s.tx[k] in HARD_PUNCT or s.tx[k] in OPEN_QUOTE_TOKENS:
            return None
    return None


def fronted_concession(ctx: Context, s: Sentence, r: int, form: CueForm) -> bool:
    """Rule ``fronted_concession`` (recall24): does the reported clause of a plain statement verb open at
    ``r`` with a fronted concessive or conditional clause ("said while everyone had the right to be safe,
    they also had duties", "said although sales fell, profits rose", "said if the talks fail, the plant
    will close")? Yes when the cue is of a statement class, ``r`` holds a ``fronted_conjunction`` and a
    subject opens the clause after it (a pronoun, a determiner, a capitalised word or a number); "said
    while visiting Paris that ..." (a participle) and "said if asked" are occasions, not content.

    Why: "while" and "if" are adjunct words, so the content was looked for after them up to a "that" or a
    quotation, found none, and the attribution was lost (three on the readable splits, BBC and Reuters)."""
    if r + 2 >= s.end or s.lw[r] not in WORDS.fronted_conjunction:
        return False
    if form.cue_class not in WORDS.statement_class or form.frame != "clause":
        return False
    k = r + 1
    w = before_clitic(s.lw[k])
    if w in ctx.t.cue_forms or w.endswith("ing"):
        return False
    return (
        _clause_opener(ctx, s, k)
        or w in ctx.t.determiner
        or w in WORDS.indefinite_subject
        or is_cap(s.tx[k])
    )


#: The most plain words a subject without a determiner may have after a named addressee.
MAX_BARE_SUBJECT = 3


def bare_subject_clause(ctx: Context, s: Sentence, k: int) -> bool:
    """Rule ``bare_subject_clause`` (recall23): after a capitalised addressee of "told", does a reported
    clause open at ``k`` with a subject of one to three plain lower-case words and then a modal or an
    auxiliary ("told the Supreme Soviet industrial output should rise", "told Reuters prices were
    falling")? "told Reuters about the plan" (a preposition) and "told Ann goodbye" (no verb) are not.

    Why: after a named addressee the clause was read only when it opened with a pronoun, a determiner or
    a capital, so a bare plural or mass-noun subject lost the attribution (brief recall23).
    """
    t = ctx.t
    for j in range(k, min(s.end, k + MAX_BARE_SUBJECT + 1)):
        w = s.lw[j]
        if j > k and (w in t.verb_aux or w in t.passive_aux):
            return s.lw[j - 1] not in WORDS.relative_pronoun
        if not (s.tx[j] == w and w.isalpha()) or w in t.pronouns or w in t.determiner:
            return False
        if w in t.adjunct or w in t.boundary or w in t.cue_forms or w.endswith("ly"):
            return False
    return False


#: The most tokens of a quantity's subject before its verb ("only 10 % of the employees in the Mysore
#: Division were").
MAX_QUANTITY_SUBJECT = 12


def quantity_subject_clause(ctx: Context, s: Sentence, k: int) -> bool:
    """Rule ``quantity_subject_clause``: after a capitalised addressee of "told", does a reported clause open
    at ``k`` with a quantity (a number, or an approximator of ``quantity_lead`` or "only" before one) and go
    on, through words, numbers, "%" and "of" phrases, to an auxiliary within ``MAX_QUANTITY_SUBJECT``
    tokens ("told Wikinews only 10% of the employees in the Mysore Division were women", "told Reuters about
    650 employees were women")? "told Reuters 10 times" (no verb) is not.

    Why: the attribution was lost, the clause opening with neither a pronoun, a determiner nor a capital
    (fact-check of wikinews-2020-029, session 24)."""
    t = ctx.t
    j = k
    while j < s.end and (s.lw[j] in WORDS.quantity_lead or s.lw[j] in WORDS.quantity_only):
        j += 1
    if j >= s.end or not s.tx[j][:1].isdigit():
        return False
    for m in range(j + 1, min(s.end, j + MAX_QUANTITY_SUBJECT + 1)):
        w = s.lw[m]
        if w in t.verb_aux or w in t.passive_aux:
            return s.lw[m - 1] not in WORDS.relative_pronoun
        plain = w.replace(",", "").replace(".", "").isalnum() or w == "%"
        if w in t.cue_forms or w in t.pronouns or not plain:
            return False
    return False


def programme_addressee_end(s: Sentence, r: int, k: int, t: Tables) -> int:
    """Rule ``programme_addressee`` (recall23): where an addressee naming a programme or an outlet ends, its
    capitalised words running from ``r`` to ``k`` ("told BBC Radio 4's Today programme the plan would ...",
    "told the Today programme the plan ..."): through a possessive "'s" and at most three more words to a
    ``programme_noun`` right before the clause. ``k`` itself when no programme noun closes the addressee
    ("told Reuters's reporter ..." stays unread).

    Why: the addressee ended at the first word neither capitalised nor a name's, so "4" or "programme" was
    taken for the clause's first word, and the attribution was lost (brief recall23, issue 12).
    """
    if k <= r or k >= s.end:
        return k
    j = k
    w = s.lw[j]
    if w.isdigit():
        j += 1  # "told BBC Radio 4 the plan ...": the number ends the station's name
        if j >= s.end or s.lw[j] not in POSSESSIVE_CLITICS:
            return j
    elif w[-2:] in POSSESSIVE_CLITICS and w[:-2].isalnum():
        return _programme_noun_after(s, j + 1, k, t)  # "4's" is one token
    if s.lw[j] not in POSSESSIVE_CLITICS:
        return _programme_noun_after(s, j, k, t)
    return _programme_noun_after(s, j + 1, k, t)


#: The possessive clitics as the tokenizer writes them apart ("BBC 's", "Radio 4's" is one token).
POSSESSIVE_CLITICS = ("'s", "’s")


def _programme_noun_after(s: Sentence, j: int, k: int, t: Tables) -> int:
    """The token after a ``programme_noun`` within four words from ``j`` ("Today programme", "press", "bank's
    annual news conference"), else ``k``: capitalised words, numbers, a possessive clitic or plain lower-case
    words may stand before it, nothing that opens a clause ("told the bank the plan ..." stays as it was)."""
    for m in range(j, min(s.end, j + 5)):
        w = s.lw[m]
        if w in WORDS.programme_noun and m + 1 < s.end and s.lw[m + 1] not in POSSESSIVE_CLITICS:
            return m + 1
        plain = s.tx[m] == w and w.isalpha() and w not in t.determiner and w not in t.verb_aux
        if not (is_cap(s.tx[m]) or w.isdigit() or w in POSSESSIVE_CLITICS or plain):
            break
        if plain and (w in t.pronouns or w in t.adjunct or w in t.boundary or w in t.cue_forms):
            break
    return k


def coordinated_that(lw: Sequence[str], a: int, k: int) -> bool:
    """Rule ``coordinated_that``: 'reported that rents rose; that wages lagged; and that tenants moved': does
    the ";" at ``k`` go on with another "that"-clause of the same cue, so that it does not end the content
    opened by "that" at ``a``? The clause after it opens with "that" or "and that"/"but that" (a fact-check of
    wikinews-2019-161, session 17, found the second and third clauses of such a cue lost).

    >>> coordinated_that(["that", "a", "rose", ";", "and", "that", "b", "fell"], 0, 3)
    True
    >>> coordinated_that(["that", "a", "rose", ";", "b", "fell"], 0, 3)
    False
    >>> coordinated_that(["a", "rose", ";", "that", "b", "fell"], 0, 2)
    False
    """
    if lw[a] != "that" or k + 2 >= len(lw):
        return False
    return lw[k + 1] == "that" or (lw[k + 1] in WORDS.coordinator and lw[k + 2] == "that")


def demonstrative_subject(lw: Sequence[str], r: int, t: Tables) -> bool:
    """Rule ``demonstrative_subject``: 'The doctors suggested this could be due to the diet', 'believes this
    finding is new evidence': is "this" at ``r``, right after a cue, the first word of the reported clause?

    "this" is an adjunct word because it opens time phrases ("said this week that ..."), and an adjunct
    is skipped up to a "that" or a quotation; so "argued this amounted to a betrayal" lost its content, or
    took a later relative "that" ("the process that produced ...") as its start. It opens the clause when
    the next word is a word that is no time word, preposition or adjunct ("this week", "this in a
    statement", "this to reporters" keep the old reading). Found among the misses and wrong contents of
    dev, dev19 and the Zyte pages (four publishers).
    """
    if r + 1 >= len(lw) or lw[r] not in WORDS.demonstrative:
        return False
    nxt = lw[r + 1]
    return (
        nxt[:1].isalpha()
        and nxt not in t.time
        and nxt not in WORDS.time_noun
        and nxt not in t.adjunct
        and nxt not in t.object_adjuncts
        and nxt not in WORDS.object_preposition
    )


def dotted_addressee(s: Sentence, k: int) -> bool:
    """Rule ``dotted_addressee``: 'told Polygraph.info that C', 'told Polygraph.info the claims are false':
    is the dot at token ``k`` inside a name written with no space around it (``rule_base.dotted_name``), so
    that the addressee of "told" goes on past it?

    Why: the tokenizer splits "Polygraph.info" at its dot, and a dot ended the addressee, so the content
    after it was never found (dev18: three attributions of one page, each to a different source).
    """
    return 0 < k < s.end - 1 and dotted_name(s.tx[k - 1 : k + 2], offsets_of(s, k - 1, k + 2))


def _comma_adjunct_end(ctx: Context, s: Sentence, r: int) -> int | None:
    """'said, among other things, that C': where content starts after an adjunct set off by commas.

    The comma at ``r`` opens a short phrase (at most eight words, no quote mark or cue of its own)
    closed by a second comma; only "that", a quotation or a subject pronoun ("says, win or lose,
    he's staying") after it shows that the content follows.
    """
    for k in range(r + 1, min(s.end - 1, r + 10)):
        if s.tx[k] in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS or s.lw[k] in HARD_PUNCT and s.lw[k] != ",":
            return None
        if s.lw[k] in ctx.t.cue_forms:
            return None
        if s.lw[k] == ",":
            if k == r + 1:
                return None
            if s.lw[k + 1] == "that" or s.tx[k + 1] in OPEN_QUOTE_TOKENS:
                return k + 1
            if before_clitic(s.lw[k + 1]) in WORDS.clause_subject:
                return k + 1  # "says, win or lose, he's staying": a clause opens at its pronoun
            return None
    return None


def np_end(ctx: Context, s: Sentence, c: int, e: int) -> int:
    """Where an object noun phrase from ``c`` ends, before ``e`` ("talked about [the stock market]").

    A clause word after "and"/"or" opens a second object, not the end of the first ("talked about how
    the country will help and how NATO can"), so the content never ends on a dangling "and".
    """
    t = ctx.t
    if c < e and s.tx[c] in OPEN_QUOTE_TOKENS:
        return e
    k = c + 1
    while k < e:
        w = s.lw[k]
        if w == "that" and noun_that_clause(ctx, s, k, e):
            return e
        if s.tx[k] == ",":
            last = np_list_last_item(ctx, s, c, k, e)
            if last is not None:
                return np_end(ctx, s, last, e)  # the list's last item ends the content as one object would
        if s.tx[k] in HARD_PUNCT or (w in t.boundary and w not in WORDS.np_join) or w in t.time:
            if s.lw[k - 1] in WORDS.list_joiner and s.tx[k] not in HARD_PUNCT:
                k += 1  # "talked about how X and how Y": a coordinated second object goes on
                continue
            return k
        if w in t.cue_forms and s.tx[k] == w and not w.endswith("s"):
            return k
        k += 1
    return e


def noun_that_clause(ctx: Context, s: Sentence, k: int, e: int) -> bool:
    """Rule ``noun_that_clause`` (content26): does "that" at ``k`` inside an object noun phrase open the
    noun's content clause ("expressed surprise that markets had so far ignored the deficit"), a subject and
    a finite verb of its own after it? Then the clause runs to the content's end ``e``: a clause word or a
    time word in it ("so", "for") is no end of the noun phrase. A relative "that" ("plans that would cut
    costs": a verb right after it) is left to the words' own stops."""
    t = ctx.t
    if k + 2 >= e or s.lw[k + 1] in t.verb_aux or _finite_word(t, s, k + 1):
        return False
    return any(_finite_word(t, s, j) for j in range(k + 2, min(e, k + 2 + MAX_LIST_ITEM)))


#: The most tokens an item of an object list may have ("more investment in grain production").
MAX_NP_LIST_ITEM = 6


def np_list_last_item(ctx: Context, s: Sentence, c: int, k: int, e: int) -> int | None:
    """Rule ``np_list`` (content26): does the comma at ``k`` inside an object noun phrase from ``c`` go on a
    list of noun phrases ("discusses his background, his campaign, the pandemic and the recession")? Then
    the first token of the list's last item (after its "and"/"or"), else None.

    The list: the item before the comma and every item after it has 1 to ``MAX_NP_LIST_ITEM`` tokens; at
    least one item stands between the comma and the final "and"/"or" (", his campaign and ..."; a lone
    ", and X" may be a second clause); no item holds other punctuation, a quote mark, an auxiliary, a cue
    word, a subject pronoun, "that"/"whether"/"if" or a lower-case "-ed" word (a verb would make the comma
    end a clause: "announced the cuts, the unions reacted"), and the last item runs to ``e`` or to
    punctuation.

    Why: the object of an "np" cue ended at its first comma, so a listed object kept its first item only
    (brief case, session 22); the guideline's content is the whole object."""
    t = ctx.t

    def clause_word(w: str, x: str) -> bool:
        # a possessive opens an item ("his campaign"); any other pronoun, an auxiliary or a cue is a clause's
        return (
            w in t.verb_aux
            or w in t.passive_aux
            or w in t.cue_forms
            or w in WORDS.complementizer
            or (w in t.pronouns and w not in t.determiner)
            or (x == w and w.endswith("ed"))
        )

    def item_ok(a: int, b: int) -> bool:
        if not 1 <= b - a <= MAX_NP_LIST_ITEM:
            return False
        for j in range(a, b):
            w, x = s.lw[j], s.tx[j]
            if x in HARD_PUNCT or x in OPEN_QUOTE_TOKENS or x in CLOSE_QUOTE_TOKENS or clause_word(w, x):
                return False
        return True

    if not item_ok(c, k):
        return None
    start, middle = k + 1, 0
    j = start
    while j < e:
        x, w = s.tx[j], s.lw[j]
        if x == "," or w in WORDS.list_joiner:
            if j > start:
                if not item_ok(start, j):
                    return None
                middle += 1
            if w in WORDS.list_joiner:
                if middle == 0:
                    return None
                last = j + 1
                stop = last
                while stop < e and s.tx[stop] not in HARD_PUNCT:
                    stop += 1
                if stop < e and s.tx[stop] != ",":
                    return None
                return last if item_ok(last, stop) else None
            start = j + 1
        elif x in HARD_PUNCT:
            return None
        j += 1
    return None


def reduced_passive_content(ctx: Context, s: Sentence, j: int, b: int) -> Span | None:
    """Content of "as" + passive at ``j``, its agent ending at ``b``: ``As reported by Y, C`` (the
    clause after the comma) or ``C, as reported by Y.`` (the clause before "as")."""
    if j == 0 and b < s.end and s.tx[b] == ",":
        return s.span_of(b + 1, content_end(ctx, s, b + 1))
    if j > 0 and b >= s.end:
        left, _ = left_content(ctx, s, j)
        return left[0] if left else None
    return None


def comma_before(ctx: Context, s: Sentence, i: int) -> bool:
    """A comma just before token ``i``, also inside a closing quote mark ('"a good plan," adding that').

    American style puts the comma inside the quotation; the participle after it ("adding",
    "claiming", "saying") still continues the attribution of the clause before it.
    """
    if i > 0 and s.tx[i - 1] == ",":
        return True
    return i > 1 and s.tx[i - 1] in CLOSE_QUOTE_TOKENS and s.tx[i - 2] == ","


def has_quote_mark(ctx: Context, sp: Span) -> bool:
    return any(ch in QUOTE_MARK_CHARS for ch in ctx.text[sp.start : sp.end])


def catenative(t: Tables, s: Sentence, k: int) -> bool:
    """Is the "to" at ``k`` an infinitive marker after "continues", "went on", "is expected"?"""
    if k < 1:
        return False
    w = s.lw[k - 1]
    if w == "on":
        return k >= 2 and s.lw[k - 2] in t.catenative and s.lw[k - 2] in WORDS.go_form
    return w in t.catenative and w not in WORDS.go_form


def nested_only(ctx: Context, s: Sentence, found: list[Raw], a: int) -> bool:
    """May an inverted cue at token ``a`` take the clause before it as content, given ``found``?

    Only when nothing was found before it in the sentence (measured on PolNeAR train: letting a cue
    take a clause that already holds another attribution found more wrong spans than right ones),
    or only belief and stance cues ("C, a state she hoped to carry, ..., said X"): those are dropped
    inside a statement's content anyway (``extract._drop_nested_beliefs``). An agentless report ("C are
    confirmed dead, officials told state media") is nested too (fix13, session 12, from wikinews-2019-000).
    """
    return all(
        r.cue_class in WORDS.belief_class
        or (r.rule == "adverb" or r.rule == "passive_clause") and r.source is None
        for r in found
    )


#: What may follow the cue of :func:`statement_around`: the sentence's final stop.
_FINAL_STOPS = frozenset({".", "!", "?"})


def statement_around(
    ctx: Context, s: Sentence, found: list[Raw], a: int, i: int, stop: int, lemma: str
) -> bool:
    """May an inverted speech cue at token ``i`` (lemma ``lemma``) whose source starts at token ``a`` take the
    clause before it although that clause holds other reports (``found``, which :func:`nested_only`
    refuses)? Yes when it is a finite core speech verb ("said", "added": ``kept_cues.txt``; not "telling",
    which heads an adjunct) after a comma, with nothing but adjuncts (which end at token ``stop``) and the
    final stop after it (in 'Asked why, he said, "C."' the content follows the cue), and every report found
    lies wholly inside the clause before that comma.

    Example: "Early figures suggest that the scheme is working, officials said": the officials' statement
    holds the figures' report. Why: the news guideline labels both levels (labelling-notes.md, "Nested
    report inside reported content") and a fact-checker asks who says the figures suggest it; PolNeAR
    labels only the inner report, so this reading is left out of the tagger's inputs (``Raw.unseen``).
    """
    if not found or a < 2 or s.tx[a - 1] != "," or lemma not in lexicons.words("attribution/kept_cues.txt"):
        return False
    if s.lw[i].endswith("ing"):
        return False
    if any(s.tx[k] not in _FINAL_STOPS for k in range(stop, s.n)):
        return False
    end = s.toks[a - 1].start
    return all(
        r.cue is not None and r.cue.end <= end and all(c.end <= end for c in r.content) for r in found
    )


def quote_left(ctx: Context, s: Sentence, i: int) -> int | None:
    """Index of a closing quote mark shortly before cue ``i`` with only a name/role between them."""
    t = ctx.t
    saw_and = False
    for k in range(i - 1, max(-1, i - 24), -1):
        x = s.tx[k]
        if x in CLOSE_QUOTE_TOKENS | OPEN_QUOTE_TOKENS and quote_ending_at(ctx.quotes, s.toks[k].end):
            if saw_and and not (
                k + 2 < i and (is_cap(s.tx[k + 1]) or s.lw[k + 1] in t.determiner) and "," in s.tx[k + 1 : i]
            ) and not coordinated_signer(s.tx, s.lw, k, i):
                return None  # '"C" and said': a coordination, not a source between quote and cue
            if _clause_goes_on(ctx, s, k, i) or clause_before_cue(ctx, s, k, i):
                return None
            return k
        if x in (".", ";", ":", "!", "?", "—", "–") or x in OPEN_QUOTE_TOKENS:
            return None
        if s.lw[k] == "that":
            return None
        if s.lw[k] in t.cue_forms:
            # '"C," Warren, who has not endorsed anyone, told reporters': a cue in a relative clause
            if not any(w in WORDS.relative_word for w in s.lw[max(0, k - 8) : k]):
                return None
        if s.lw[k] in WORDS.coordinator:
            saw_and = True
    return None


def participle_quote(ctx: Context, s: Sentence, q: Quote) -> bool:
    """Rule ``participle_quote`` (content27): is quotation ``q`` the content of a participle cue right
    before it ('Saying "the plan is dead", Smith elaborated, "C2"')? Then it is that cue's, and an inverted
    cue after it ("elaborated") may not take it as its own.

    Example: 'Adding: "C1", she said' (the colon or a comma may stand between the participle and the mark).
    Why: the inverted cue was given both quotations, the first of which the labels give the participle.
    """
    j = bisect_left(s.starts, q.start) - 1  # the token before the opening mark
    if j >= 0 and s.tx[j] in (",", ":"):
        j -= 1
    if j < 0 or not s.lw[j].endswith("ing") or s.lw[j] not in ctx.t.cue_forms:
        return False
    return not in_quotation(ctx.quotes, s.toks[j].start)


def clause_before_cue(ctx: Context, s: Sentence, k: int, i: int) -> bool:
    """Rule ``clause_before_cue``: 'While X might seem a direct "challenge," a deal was still possible, the
    official said': the words between the quotation closing at ``k`` and the cue at ``i`` hold an
    auxiliary of a clause (not in a relative clause, "Warren, who has not endorsed anyone, told", and not
    the auxiliaries right before the cue, "Lee had said"), so they are no name or role of a source: the
    quotation is inside the reported clause, which another shape reads whole."""
    t = ctx.t
    end = ctx.before_adverbs(s, i, k + 1)
    for j in range(k + 1, end + 1):
        if s.lw[j] in WORDS.relative_word:
            return False
        if s.lw[j] in t.verb_aux and s.tx[j] == s.lw[j]:
            return True
    return False


def coordinated_signer(tx: Sequence[str], lw: Sequence[str], k: int, i: int) -> bool:
    """Rule ``coordinated_signer``: '"C," Lee and her team wrote', '"C," lead author and physicist Ann Lee
    said': is the "and" between the closing quote mark at ``k`` and cue ``i`` inside the source?

    A quotation that ends in a comma, "?" or "!" inside its marks stops its own sentence there, as
    before an inverted cue, and the words after the mark open with no "and"/"but" of their own: so the
    "and" joins two sources or two titles of one ('"C" and said', '"C," and Lee said' stay a coordination
    of clauses). Found among the misses of dev19 and dev8 (three publishers): a paper's authors and a
    title of two nouns before a name.
    """
    return (
        k >= 1
        and k + 2 < i
        and tx[k - 1] in (",", "?", "!")
        and lw[k + 1] not in WORDS.coordinator
        and lw[k + 1] not in WORDS.source_joiner
    )


def _clause_goes_on(ctx: Context, s: Sentence, k: int, i: int) -> bool:
    """'They "were dull" in comparison to her, Lee said': does the clause go on after the quote at ``k``?

    Lower-case words after the closing mark that are no source (not a determiner, pronoun or role
    noun), then a comma before the cue: the quotation is part of a longer clause, which is the content
    of an inverted "C, X said"; the words between are not the source.
    """
    t = ctx.t
    w = s.lw[k + 1] if k + 1 < i else ""
    return (
        bool(w)
        and s.tx[k + 1] == w
        and w[:1].isalpha()
        and w not in t.determiner
        and w not in t.pronouns
        and w not in t.role_singular
        and w not in t.role_plural
        and "," in s.tx[k + 1 : i]
    )


def quote_then_adjunct(ctx: Context, s: Sentence, q: Quote, i: int, r: int, form: CueForm) -> bool:
    """'"C," X said as ...': does quotation ``q`` end in ",", "?" or "!" inside its marks (so its
    sentence goes on to the cue at ``i``), and does an adjunct, not content, follow the cue at ``r``?

    Measured on PolNeAR train: such a quotation is the cue's content also when the adjunct is a clause
    ("as the crowd cheered", "when asked about it", "before adding: ...") that the adjunct rule rejects.
    """
    body = ctx.text[q.start : q.end].rstrip(QUOTE_MARK_CHARS)
    if not q.closed or body[-1:] not in (",", "?", "!"):
        return False
    if form.cue_class in WORDS.no_inversion_class or s.lw[i].endswith("ing"):
        return False
    t = ctx.t
    if form.lemma in t.addressee_verbs:
        # '"C," she told MSNBC Monday when asked ...': the addressee comes first
        k = r
        while k < s.end and k - r < 4 and (s.lw[k] in t.object_pronouns or is_cap(s.tx[k])):
            k += 1
        r = k
    if r >= s.end:
        return False
    w = s.lw[r]
    return (
        w in t.adjunct
        or w in t.time
        or w in t.post_cue
        or w == "and"
        or w[:1].isdigit()
        or (s.tx[r] == w and (w.endswith("ly") or w.endswith("ing")))
    )


def adjunct_end(ctx: Context, s: Sentence, r: int, form: CueForm) -> int | None:
    """After a cue that closes an inversion: the index of the comma or end where adjuncts stop.

    ``None`` when what follows is content ("that ...", ":", a quotation, a clause): no inversion then.
    """
    t = ctx.t
    if r >= s.end or s.tx[r] in END_PUNCT or s.tx[r] == ";":
        return r
    if s.tx[r] in OPEN_QUOTE_TOKENS and s.tx[r - 1].endswith("."):
        return r  # '"C," said Ann Lee of Dover, Del. "D."': the splitter took "Del." for no full stop
    if s.tx[r] not in HARD_PUNCT and (form.particle or form.frame == "np"):
        return None  # "asked for a sentence", "refused to comment on the donations": the object is content
    if s.lw[r] == "to" and (form.cue_class not in WORDS.statement_class or _bare_verb(ctx, s, r + 1)):
        return None  # "vowed to put the country first": the infinitive is content
    if s.lw[r] in WORDS.cue_preposition and form.cue_class not in WORDS.statement_class:
        return None  # "asked for a sentence", "warned about the risk": the object is content
    k = r
    if s.lw[r] in WORDS.pronoun_addressee:
        if r + 1 >= s.end or s.tx[r + 1] in END_PUNCT or s.tx[r + 1] in (",", ";"):
            return r + 1  # '"But why?" she asked him.', '"C," he urged them, as ...': the addressee
    if form.lemma in t.addressee_verbs:
        while (
            k < s.end
            and k - r < 5
            and s.lw[k] not in HARD_PUNCT
            and s.lw[k] not in t.adjunct
            and s.lw[k] != "that"
            and s.tx[k] not in OPEN_QUOTE_TOKENS
            and not (k > r and s.lw[k] in t.pronouns and s.lw[k] not in t.object_pronouns)
        ):
            k += 1
        if k >= s.end:
            return s.end
        if s.lw[k] in t.pronouns and s.lw[k] not in t.object_pronouns:
            return None  # "he told POLITICO he had ...": a clause follows the addressee
        if any(w in t.verb_aux for w in s.lw[r + 1 : k + 1]):
            return None  # "X, Y told reporters he was ...": a finite verb, so a clause follows
    w = s.lw[k]
    if w == ",":
        return k
    if (
        w in t.adjunct
        or w in t.time
        or w in t.head_stops
        or w in t.post_cue
        or s.tx[k] in t.months  # '"C," Rubio said Dec. 6 on CNN'
        or s.tx[k] == "("
        or k > r
    ):
        while k < s.end:
            w = s.lw[k]
            if (
                w == "that"
                or w == ":"
                or (
                    s.tx[k] in OPEN_QUOTE_TOKENS
                    and not in_quotation(ctx.quotes, s.toks[k].start)
                    and k > r
                    and s.tx[k - 1] in (",", ":")
                )
            ):
                return None
            if w in (",", ";"):
                return k
            k += 1
        return s.end
    return None


def continuation(
    ctx: Context, s: Sentence, stop: int, content: list[Span], qs: list[Quote], quoted_only: bool = False
) -> None:
    """'C1, he said, C2' / '"C1," he said, "C2."': the part after the cue's comma is content too.

    With ``quoted_only`` (a source after the cue: 'C1, said X, ...'), only a quotation or a verb phrase
    opened by an auxiliary ('Any fair reading, said Ann Lee, would call it a retreat') continues: a
    comma after such a source more often opens an appositive of it ('said a spokesman, Ann Lee, who
    ...') than the rest of the reported sentence.
    """
    if stop >= s.end or s.tx[stop] != ",":
        return
    a = stop + 1
    if a >= s.end:
        return
    if quoted_only and s.tx[a] not in OPEN_QUOTE_TOKENS and s.lw[a] not in ctx.t.verb_aux:
        return
    w = s.lw[a]
    if w == "according" or (w.endswith("ing") and w in ctx.t.cue_forms) or w in WORDS.wh_relative:
        return
    if narration_after_cue(ctx, s, a, bool(qs)):
        return
    if qs and s.tx[a] not in OPEN_QUOTE_TOKENS and not _runs_on(ctx, qs[-1], s, a):
        return  # after a quotation, only another quotation continues it ('"A," she said, "B."')
    e = content_end(ctx, s, a)
    fr, q = content_spans(ctx, s, a, e)
    if fr and (q or e - a >= 3):
        content.extend(fr)
        qs.extend(q)


#: The most tokens a fronted phrase before an interrupting cue may have (:func:`verbless_lead`).
MAX_VERBLESS_LEAD = 5


def verbless_lead(ctx: Context, s: Sentence, content: list[Span]) -> bool:
    """Rule ``verbless_lead`` (content27): is the content before an interrupting cue ('On average, said Mr
    Lee, users run ten searches a day') one short phrase with no verb and no quote mark (at most
    ``MAX_VERBLESS_LEAD`` tokens: no auxiliary, "be", "-ed" word or cue word)? Then it reports nothing on its
    own: the reported clause goes on after the source's comma, which is content too.

    Why: the content was "On average" alone (:func:`continuation` reads only a quotation or an auxiliary
    after a source's comma, since such a comma more often opens the source's appositive). Near miss: 'The
    plan failed, said Ann Lee, a spokeswoman' has a verb before the cue and keeps its one fragment.
    """
    if len(content) != 1:
        return False
    a = bisect_left(s.starts, content[0].start)
    b = bisect_left(s.starts, content[0].end)
    if not 0 < b - a <= MAX_VERBLESS_LEAD:
        return False
    t = ctx.t
    return not any(
        _finite_word(t, s, j)
        or s.lw[j] in t.cue_forms
        or s.tx[j] in OPEN_QUOTE_TOKENS
        or s.tx[j] in CLOSE_QUOTE_TOKENS
        for j in range(a, b)
    )


def narration_after_cue(ctx: Context, s: Sentence, a: int, quoted: bool) -> bool:
    """Rule ``narration_after_cue``: 'Every policy will be costed, the minister said, swiping at her
    predecessor', 'The house will become a police station, officials said, after years of debate': after
    the cue's comma, a lower-case "-ing" word (no auxiliary, no cue: those are read elsewhere) or, after
    content that is no quotation, a time subordinator (``narration_opener``: "after", "before", "amid")
    opens the reporter's account of how or when the source spoke, not the rest of what was said.
    Participles that go on inside a phrase ("including", "following": ``object_participle_keep``) are
    left to continue it."""
    w = s.lw[a]
    if w in WORDS.narration_opener:
        return not quoted
    return (
        w.endswith("ing")
        and w.isalpha()
        and s.tx[a] == w
        and w not in ctx.t.verb_aux
        and w not in sense_words().object_participle_keep
        and not gerund_subject(ctx, s, a)
    )


#: The most tokens of a gerund subject before its auxiliary ("containing the outbreak may require ...").
MAX_GERUND_SUBJECT = 6


def gerund_subject(ctx: Context, s: Sentence, a: int) -> bool:
    """Rule ``gerund_subject``: does the "-ing" word at ``a`` open a clause as its subject ("If these findings
    hold, scientists say, containing the outbreak may require a new approach"): an auxiliary or modal
    follows within :data:`MAX_GERUND_SUBJECT` tokens, before any punctuation? Then it is the rest of what was
    said, not the reporter's narration ("the minister said, swiping at her predecessor"; fact-check of
    wikinews-2020-021, session 23)."""
    for k in range(a + 1, min(s.end, a + 1 + MAX_GERUND_SUBJECT)):
        if s.tx[k] in HARD_PUNCT:
            return False
        if s.lw[k] in ctx.t.verb_aux:
            return k > a + 1
    return False


def _runs_on(ctx: Context, q: Quote, s: Sentence, a: int) -> bool:
    """'"Only you, Lee," she said, "would do this"' unquoted: does the quoted sentence go on at ``a``?

    A quotation that ends in a comma inside its marks is an unfinished sentence; when the words after
    the cue's comma open with an auxiliary (``verb_aux`` in ``content_bounds.tsv``) or "to" ("would
    use ...", "to build ..."), they finish it (measured on PolNeAR train).
    Other words there (an adjunct: "as the crowd cheered") describe the speaking, not what was said.
    """
    body = ctx.text[q.start : q.end].rstrip(QUOTE_MARK_CHARS)
    w = s.lw[a]
    return body.endswith(",") and s.tx[a] == w and (w in ctx.t.verb_aux or w == "to")


def pronoun_object_end(ctx: Context, s: Sentence, c: int, e: int) -> int:
    """'said so in December', 'denied it through a lawyer': a pronoun object is the whole content.

    When the content opens with a pronoun object ("it", "them", "so", "this") and an adjunct follows
    it ("in", "on", "at", a time word), the adjunct says when or where the cue happened, not what was
    said (both lists in ``content_bounds.tsv``).
    """
    t = ctx.t
    if c + 1 >= e or s.lw[c] not in t.pronoun_objects:
        return e
    return c + 1 if s.lw[c + 1] in t.object_adjuncts else e
    return e


def occasion_end(ctx: Context, s: Sentence, c: int, e: int) -> int:
    """'criticized him during a debate', 'posted the story on Facebook': a final occasion is the cue's.

    When the content ``[c, e)`` ends with a short phrase opened by a preposition ("in", "on", "at",
    "during", ...) that names the occasion or medium of the statement ("in an interview", "on
    Twitter", "at a rally", "on Wednesday"; ``occasion`` and ``time`` words), that phrase says where or
    when the source spoke, not what was said; PolNeAR train leaves it out of the content. So does a
    final "while/when speaking at …" (``occasion_verb`` words). A longer occasion phrase after a noun
    phrase is :func:`object_occasion_end`'s.
    """
    t = ctx.t
    # only a phrase among the last MAX_OCCASION + 2 tokens can be the occasion: start there
    for k in range(max(c + 1, e - MAX_OCCASION - 2), e - 1):
        short = e - k <= MAX_OCCASION + 2
        if short and s.lw[k] in WORDS.occasion_conjunction and s.lw[k + 1] in t.occasion_verbs:
            return k  # "urged X to act while speaking at a forum in Seoul"
        if s.lw[k] not in t.object_adjuncts or s.tx[k] != s.lw[k]:
            continue
        if in_quotation(ctx.quotes, s.toks[k].start):
            continue
        rest = range(k + 1, e)
        if len(rest) > MAX_OCCASION or any(s.tx[j] in HARD_PUNCT or s.lw[j] in t.verb_aux for j in rest):
            continue
        for j in range(k + 1, min(e, k + 1 + OCCASION_HEAD)):
            if s.lw[j] in t.time and s.lw[c] in WORDS.complementizer and event_time(t, s, j, e):
                return e  # "that ... a fever on Wednesday before his death on Saturday": the event's time
            if s.lw[j] in t.occasions or s.lw[j] in t.time:
                return k
            if s.lw[j] in t.object_adjuncts:
                break  # "on advertising on Facebook": the occasion belongs to a later phrase
        if occasion_head(ctx, s, k, e):
            return k
    return object_occasion_end(ctx, s, c, e)


def event_time(t: Tables, s: Sentence, j: int, e: int) -> bool:
    """Rule ``event_time``: does the time word ``j`` of a final phrase run on, before ``e``, into a
    preposition of ``event_preposition`` and a determiner or possessive ("a fever on Wednesday before his
    death on Saturday")? Then, in a "that" clause, the phrase dates an event of the content, not the
    report, and stays in it (:func:`occasion_end`). "said that the plan was sound on Wednesday" (nothing
    after the day) and "criticised the plan on Monday after the vote" (no clause) are cut as before."""
    for m in range(j + 1, e - 1):
        after = s.lw[m + 1]
        if s.lw[m] in WORDS.event_preposition and (after in WORDS.possessive or after in t.determiner):
            return True
    return False


def object_occasion_end(ctx: Context, s: Sentence, c: int, e: int) -> int:
    """Rule ``object_occasion``: 'announced [cutbacks] in the past month following Deutsche Bank',
    'reported [its third case of plague] on Sunday after two other cases were revealed', 'announced [the
    trade deal] during a meeting in the Oval Office with Liu He': a content that is a noun phrase (no verb
    of its own before the phrase: no auxiliary, "-ed", "-ing" or "to" + verb, not opened by "that"
    or "to") ends before a phrase opened by a preposition of ``object_adjunct`` whose noun, within
    ``OCCASION_HEAD`` words, is a time or an occasion (``time``, ``occasion``, months, ``occasion_time_noun``)
    however long the phrase runs: where and when the source spoke, not what it said (the guideline leaves
    out an occasion phrase). Tried after :func:`occasion_end`, which takes only a short final phrase. A verb
    after the phrase's noun with no clause opener (``occasion_clause_opener``) before it makes the noun
    phrase the subject of a clause ('said the quiet trade on Thursday had exacerbated ...'): no cut."""
    t = ctx.t
    if c >= e or s.lw[c] in WORDS.complementizer or s.lw[c] == "to":
        return e
    for k in range(c + 1, e - 1):
        w = s.lw[k]
        if s.tx[k] in HARD_PUNCT or s.tx[k] in OPEN_QUOTE_TOKENS or s.tx[k] in CLOSE_QUOTE_TOKENS:
            return e
        if w in WORDS.complementizer or _verb_in_object(ctx, s, k, e):
            return e
        if w not in t.object_adjuncts or s.tx[k] != w or not _occasion_phrase(ctx, s, k, e):
            continue
        for j in range(k + 1, e):
            if s.lw[j] in WORDS.occasion_clause_opener or s.tx[j] in HARD_PUNCT:
                break
            if _verb_in_object(ctx, s, j, e, participle=False) and s.lw[j] != "to":
                return e
        return k
    return e


def _occasion_phrase(ctx: Context, s: Sentence, k: int, e: int) -> bool:
    """Does the preposition at ``k`` open an occasion phrase (:func:`object_occasion_end`)? Not after
    another preposition, a determiner or "of" ("at the end of last year": "last" opens no phrase), not
    before "than" ("no later than May 10": a limit of the content); a time word that is itself the
    preposition ("yesterday", "Monday") opens one at once."""
    t = ctx.t
    before = s.lw[k - 1]
    if before in t.object_adjuncts or before in t.determiner or before == "of" or s.lw[k + 1] == "than":
        return False
    if s.lw[k] in t.time:
        return True
    for j in range(k + 1, min(e, k + 1 + OCCASION_HEAD)):
        x = s.lw[j]
        if x in t.occasions or x in t.time or s.tx[j] in t.months or x in WORDS.occasion_time_noun:
            return True
        if x in WORDS.occasion_object_noun:  # "in a letter to members", "during a meeting" (content24)
            return True
        if x not in WORDS.occasion_lead:
            return False
    return False


def _verb_in_object(ctx: Context, s: Sentence, j: int, e: int, participle: bool = True) -> bool:
    """Is token ``j`` a verb by its form (an auxiliary, a lower-case "-ed" word, "to" before a word
    that is no determiner; with ``participle``, a lower-case "-ing" word that is no preposition or time
    noun): the words around it are a clause, not a noun phrase (:func:`object_occasion_end`)."""
    t = ctx.t
    w = s.lw[j]
    if w in t.verb_aux or past_verb(s, j) or past_cue(ctx, s, j):
        return True
    if w == "to":
        return j + 1 < e and s.lw[j + 1].isalpha() and s.lw[j + 1] not in t.determiner
    return (
        participle
        and w.endswith("ing")
        and s.tx[j] == w
        and w.isalpha()
        and w not in t.object_adjuncts
        and w not in WORDS.occasion_time_noun
    )


def past_cue(ctx: Context, s: Sentence, j: int) -> bool:
    """Rule ``past_cue`` (content26): is token ``j`` the past of a reporting verb ("told", "said", "wrote":
    a lower-case cue form that is none of its lemmas, no "-s" or "-ing" form)? Then the words around it are
    a clause that reports, not a noun phrase: in "said his aides told him on Monday that the bridge was
    safe" "on Monday" is the inner report's occasion and the outer content goes on past it
    (:func:`object_occasion_end` had cut it before "on Monday", losing the nested report's content)."""
    w = s.lw[j]
    forms = ctx.t.cue_forms.get(w)
    if not forms or s.tx[j] != w or w.endswith("s") or w.endswith("ing"):
        return False
    return all(w != f.lemma.split()[0] for f in forms)


def occasion_head(ctx: Context, s: Sentence, k: int, e: int) -> bool:
    """Rule ``occasion_head``: 'announced the measure at the city's weekly press briefing': does the
    phrase opened by the preposition at token ``k`` end, before ``e`` or the next preposition of
    ``object_adjunct``, in an ``occasion`` noun? A noun phrase's head is its last word, so a long phrase
    ("the UK Government's daily coronavirus briefing") names the occasion as a short one does, though the
    noun lies beyond the first ``OCCASION_HEAD`` words (a fact-check of unlabelled Wikinews text, session
    15: the content ran on over the briefing)."""
    t = ctx.t
    end = next((j for j in range(k + 1, e) if s.lw[j] in t.object_adjuncts), e)
    return end - k > OCCASION_HEAD and s.lw[end - 1] in t.occasions


#: The longest antecedent :func:`relative_antecedent` takes, in tokens ("an avalanche of battery-powered
#: vehicles coming from mainstream and luxury automakers during the next two years" is 15); a longer run
#: with no word that ends it is no noun phrase it can trust.
MAX_ANTECEDENT = 20


def _verb_like(ctx: Context, s: Sentence, k: int) -> bool:
    """Does token ``k`` look like the finite verb of a clause: an auxiliary, a form of "be", or a
    lower-case "-ed" or "-s" word without a hyphen ("were", "will", "crashed", "brings")?"""
    t = ctx.t
    w = s.lw[k]
    if w in t.verb_aux or w in t.passive_aux:
        return True
    return s.tx[k] == w and "-" not in w and (w.endswith("ed") or (w.endswith("s") and not w.endswith("ss")))


def relative_antecedent(ctx: Context, s: Sentence, r: int, c: int) -> Span | None:
    """Rule ``relative_antecedent``: 'major fires at a plant and an oil field, which state media said
    were under control', 'vehicles that analysts say will boost sales': when the cue's source follows a
    relative pronoun at token ``r`` ("which", "who", "that") and the content from token ``c`` opens with
    a verb (its subject is the relative pronoun), what is said is about the noun phrase the pronoun
    stands for, and the Wikinews guideline makes that phrase the content's first fragment.

    The antecedent runs left from the pronoun (past one comma) to the nearest word that ends a noun
    phrase on its left: punctuation, a quote mark, an auxiliary or a form of "be" (and the bare verb
    right after one), a lower-case "-ed" or "-ing" word, a cue word, "that", a subordinator or a
    preposition of ``antecedent_stop`` ("negotiate with the man who ..."), at most ``MAX_ANTECEDENT``
    words. None when the pronoun is
    not a relative one, the content opens with no verb, or no word is left.
    """
    t = ctx.t
    if r <= 0 or s.lw[r] not in WORDS.relative_pronoun or c >= s.end or not _verb_like(ctx, s, c):
        return None
    if in_quotation(ctx.quotes, s.toks[r].start):
        return None
    if s.lw[r - 1] in t.head_stops and s.lw[r - 1] not in WORDS.relative_pronoun:
        return None  # "a video in which he thanked his supporters": the pronoun is the preposition's object
    end = r - 1 if s.tx[r - 1] == "," else r
    k = end
    while k > 0 and end - k < MAX_ANTECEDENT:
        w = s.lw[k - 1]
        x = s.tx[k - 1]
        if x in HARD_PUNCT or x in OPEN_QUOTE_TOKENS or x in CLOSE_QUOTE_TOKENS:
            break
        if w in t.verb_aux or w in t.passive_aux or w in t.cue_forms or w in WORDS.complementizer:
            break
        if w in t.clause_openers or w in WORDS.antecedent_stop:
            break
        if x == w and "-" not in w and w.endswith("ed"):
            break
        if x == w and w.endswith("ing") and w not in t.object_adjuncts:
            # "for shooting down the helicopter, which ...": a participle; "a processing plant": an adjective
            if k - 2 < 0 or (s.lw[k - 2] not in WORDS.article and s.lw[k - 2] not in t.determiner):
                break
        if k - 2 >= 0 and (s.lw[k - 2] in t.verb_aux or s.lw[k - 2] in t.passive_aux) and x == w:
            if w not in WORDS.article and w not in WORDS.demonstrative:
                break  # "will negotiate with the man who ...": the bare verb after an auxiliary
        k -= 1
    if k >= end or (k > 0 and end - k >= MAX_ANTECEDENT):
        return None
    return s.span_of(k, end)


def agent_end(ctx: Context, s: Sentence, c: int, e: int) -> int:
    """Rule ``passive_agent``: 'COVID-19 was announced to be a "pandemic" by the WHO', 'Cows are
    considered sacred by Hindus': after a passive cue, the "by" phrase names who holds the view (the
    source), not what is held; the content ``[c, e)`` ends before it.

    Kept: "by" inside quotation marks, before a number or an "-ing" word, or with a time word or a
    word of ``not_agent`` among the three words after it ("by far", "by the end of", "by a wide
    margin"); and "by" right after an "-ed"/"-en" word that follows a form of
    "be" ("is believed to have been killed by militants": an embedded passive of the reported clause).
    """
    t = ctx.t
    for k in range(c + 1, e - 1):
        if s.lw[k] != "by" or s.tx[k] != "by" or in_quotation(ctx.quotes, s.toks[k].start):
            continue
        nxt = s.lw[k + 1]
        if not nxt[:1].isalpha() and s.tx[k + 1] not in OPEN_QUOTE_TOKENS:
            continue  # "by 2010", "by 5%"
        if nxt.endswith("ing") or any(
            w in WORDS.not_agent or w in t.time or w in WORDS.time_noun for w in s.lw[k + 1 : min(e, k + 4)]
        ):
            continue  # "by cutting costs", "by far", "by the end of the year", "by a wide margin"
        prev = s.lw[k - 1]
        if prev.endswith("ing"):
            continue  # "winning by six million votes": a measure or a means
        participle = prev.endswith("ed") or prev.endswith("en")
        if participle and any(s.lw[j] in t.passive_aux for j in range(max(c, k - 3), k - 1)):
            continue  # "to have been killed by militants"
        return k
    return e


def opening_clause_end(ctx: Context, s: Sentence, i: int, c: int, e: int) -> int:
    """End of content ``[c, e)`` of a cue at ``i`` that stands in a sentence-initial adverbial clause.

    "While she said the plan was sound, her party voted against it": the clause opened by "while"
    ends at its comma, and the main clause after it is the reporter's, not the source's. PolNeAR
    train ends the content there.
    """
    a = 0
    while a < i and (s.tx[a] in OPEN_QUOTE_TOKENS or s.lw[a] in WORDS.conjunction):
        a += 1
    if a + 1 < i and s.lw[a] == "even":
        a += 1  # "Even though she said ..."
    if a >= i or s.lw[a] not in ctx.t.clause_openers:
        return e
    for k in range(c + 1, e):
        if s.tx[k] == "," and not in_quotation(ctx.quotes, s.toks[k].start):
            return k
    return e


def quote_after(ctx: Context, s: Sentence) -> tuple[list[Span], list[Quote]]:
    """``She went on to say:`` ending its paragraph: the quotation that opens the next one is content."""
    end = s.toks[s.n - 1].end
    q = next((q for q in ctx.quotes if q.start >= end), None)
    if q is None or ctx.text[end : q.start].strip():
        return [], []
    return [Span(q.start, q.end)], [q]


def lead_in(ctx: Context, s: Sentence, q: Quote) -> int | None:
    """Where the reporter's own lead-in to a quotation starts ('After the vote, "we won," he said').

    ``None`` when the quotation opens the sentence, or what precedes it holds a cue or a colon of its
    own (then it is not part of this attribution's content). Quoted words in the lead-in ('"Old Songs"
    was to be a "sad tale," she said') are part of it: measured on PolNeAR train.
    """
    j = bisect_left(s.starts, q.start)  # the tokens before the quotation
    if j == 0 or not (q.start >= s.span.start):
        return None
    first, blocks = _lead_in_facts(ctx, s)
    start = min(first, j)
    if j - start < 2:
        return None
    k = bisect_left(blocks, start)
    if k < len(blocks) and blocks[k] < j:
        return None  # a cue or a colon of its own
    return s.toks[start].start


def _lead_in_facts(ctx: Context, s: Sentence) -> tuple[int, list[int]]:
    """For :func:`lead_in`, once per sentence (a run-on sentence of thousands of quotations asks for each):
    the first token that is neither a coordinator nor an opening quote mark that opens no quotation
    (where a lead-in starts), and the tokens that stop a lead-in (a cue word, "according", a colon or a
    sentence's end mark), in order."""
    got = s.memo.get("lead_in")
    if got is None:
        first = 0
        while first < s.n and (
            s.lw[first] in WORDS.coordinator
            or s.tx[first] in OPEN_QUOTE_TOKENS
            and quote_starting_at(ctx.quotes, s.toks[first].start) is None
        ):
            first += 1
        stops = (":", ";", "—", "–", ".", "?", "!")
        blocks = [k for k, w in enumerate(s.lw) if w in stops or w in ctx.t.cue_forms or w == "according"]
        got = s.memo["lead_in"] = (first, blocks)
    return got  # type: ignore[return-value]


def left_content(ctx: Context, s: Sentence, a: int) -> tuple[list[Span], list[Quote]]:
    """Content before an inverted cue: the quotation that closes there, or the clause up to the comma."""
    k = a - 1
    while k >= 0 and s.tx[k] in (",",):
        k -= 1
    if k < 0:
        return [], []
    if s.tx[k] in CLOSE_QUOTE_TOKENS:
        q = quote_ending_at(ctx.quotes, s.toks[k].end)
        if q is not None:
            lead = lead_in(ctx, s, q)
            if lead is not None:
                return [Span(lead, q.end)], [q]
            return [Span(q.start, q.end)], [q]
    start = 0
    while start < k and s.lw[start] in WORDS.coordinator:
        start += 1
    if k > 0 and s.lw[k] in WORDS.wh_relative and s.tx[k - 1] == ",":
        start = k  # rule relative_aside_content: "polynyas, which, they observed, recur": "which", then C
    sp = s.span_of(start, k + 1)
    return ([sp] if sp else []), []


_AFTER_QUOTE = re.compile(r"[,\s]*([\w’']+)(?:\s+([\w’']+))?")


def cue_after_quote(ctx: Context, end: int) -> bool:
    """Does a cue follow the quotation that ends at ``end`` (``", wrote Jane Roe"``, ``", she said"``)? Then
    the quotation is that cue's, not the clause's before the colon: 'Fellow Democrats were more supportive:
    "C", wrote Jane Roe' credited Jane Roe's words to the Democrats (wikinews-2019-112, session 20).
    :func:`colon_quote_end` and ``shapes/subject_colon.py`` read it."""
    m = _AFTER_QUOTE.match(ctx.text, end)
    if m is None:
        return False
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    cues = ctx.t.cue_forms
    if first in cues and m.group(1).islower():
        return True  # '"C", wrote Jane Roe', '"C?" asked Jane Roe'
    # '"C," she said': a pronoun or a name, then the cue, after a comma ('"C." He said ...' starts anew)
    comma = ctx.text[max(0, end - 2) : end].startswith(",") or ctx.text[end : m.start(1)].strip() == ","
    return comma and (first in ctx.t.subject_pronouns or m.group(1)[:1].isupper()) and second in cues


def colon_quote_end(ctx: Context, s: Sentence, c: int, e: int) -> int:
    """Rule ``colon_quote``: the content from ``c`` ends at a colon before ``e`` that opens a quotation with
    its own cue after it ('indicated the US was disappointed: "While we await ...," he said, "we urge ..."':
    the quotation is "he said"'s, not the indicating's; wikinews-2020-002, session 20). ``e`` otherwise."""
    # the sentence's colons outside quotations, found once per sentence and bisected: a run-on sentence of
    # reports, each content running to its end, would scan it once per report (quadratic)
    colons = s.memo.get("colon_quote")
    if colons is None:
        colons = s.memo["colon_quote"] = [
            k for k, w in enumerate(s.tx) if w == ":" and not in_quotation(ctx.quotes, s.toks[k].start)
        ]
    found = cast("list[int]", colons)
    j = bisect_right(found, c)
    if j == len(found) or found[j] >= e - 1:
        return e
    k = found[j]  # the first colon only: what a colon opens ends the clause's content either way
    q = quote_starting_at(ctx.quotes, s.toks[k + 1].start)
    if q is not None and cue_after_quote(ctx, q.end):
        return k  # the quotation may run on past this sentence's end, its cue after it
    return e


#: The most tokens between a cue and the "that" opening its reported clause (an addressee: "told reporters").
MAX_TO_THAT = 4


def reported_clause_start(ctx: Context, s: Sentence, a: int, k: int) -> int | None:
    """Rule ``as_clause_report`` (content24): where the clause reported inside tokens ``[a, k)`` starts,
    when that run is itself a report: its first cue (a clause-taking verb outside quotations, with words
    before it) followed, within ``MAX_TO_THAT`` tokens and no other cue, by "that" ("Jones argued that
    the law was void" -> "the law was void"), or a "say"/"tell" cue followed by its clause's subject
    ("Smith said the plan would fail"). ``None`` when the run reports nothing ("The talks broke down").

    Why: "Jones argued that the law was void, as the Court of Session found" took the whole run as what
    the court found, crediting Jones's claim to the court (a fact-check of session 19's output).
    """
    t = ctx.t
    cues = _cue_positions(ctx, s)
    for c in cues[bisect_right(cues, a) : bisect_left(cues, k)]:
        forms = t.cue_forms[s.lw[c]]
        if not any(f.frame == "clause" and not f.particle for f in forms):
            continue
        for j in range(c + 1, min(k - 1, c + 1 + MAX_TO_THAT)):
            w = s.lw[j]
            if w == "that":
                return j + 1
            if w in t.cue_forms or s.tx[j] in HARD_PUNCT or s.tx[j] in OPEN_QUOTE_TOKENS:
                break
        if c + 2 < k and any(f.lemma in WORDS.clause_only_cue for f in forms) and (
            s.lw[c + 1] in WORDS.clause_subject or s.lw[c + 1] in t.determiner or is_cap(s.tx[c + 1])
        ):
            return c + 1
        return None
    return None
