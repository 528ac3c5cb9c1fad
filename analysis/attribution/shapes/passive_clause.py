"""A passive with no agent: ``X is (widely) expected to Y``, ``X was declared the winner``.

Rule id: ``passive_clause`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    The bill is widely expected to pass.
    Smith was declared the winner on Tuesday.
    The record was not recognized. (negated: nothing found)
    It is understood that the plan was dropped.
    The plan was dropped, it is understood.
    The company, it is believed, will cut 500 jobs.
    It is expected to rain. (with "to": "it" is the subject, as any other)
"""

from __future__ import annotations

from bisect import bisect_right
from typing import cast

from ...model import Span
from ..adjuncts import passive_adjunct
from ..boundaries import agent_end, content_end, occasion_end, opening_clause_end, skip_time
from ..lexicon import negators
from ..rule_base import (
    HARD_PUNCT,
    MAX_SOURCE_WORDS,
    Raw,
    Sentence,
    is_cap,
)
from ..rule_words import WORDS
from .context import Context

RULE = "passive_clause"
#: The longest passive subject read whole (``whole_subject``); a source is at most ``MAX_SOURCE_WORDS``.
MAX_SUBJECT_WORDS = 30


def _negator(w: str) -> bool:
    """Is ``w`` a negator of ``refusals.tsv`` ("not", "never") or a contraction ("isn't")?"""
    return w in negators() or w.replace("’", "'").endswith("n't")
#: Sentences this shape reads (``tests/test_shapes.py`` checks what it finds in each).
EXAMPLES: tuple[str, ...] = (
    "The bill is widely expected to pass.",
    "Smith was declared the winner on Tuesday.",
    "The record was not recognized.",
    "It is understood that the plan was dropped.",
    "The plan was dropped, it is understood.",
    "The company, it is believed, will cut 500 jobs.",
    "It is expected to rain.",
)


def passive_clause(ctx: Context, s: Sentence, i: int) -> Raw | None:
    """``X is (widely) expected to Y`` / ``X was declared the winner``: a passive with no agent.

    The content is the subject and what follows the participle, two fragments, and no source is
    named (PolNeAR's reading: the sentence does not say who expects or declares). With "by" after
    the participle the agent is the source: see ``passive_by.py``.
    """
    t = ctx.t
    if s.tx[i] != s.lw[i] and not s.title or (i + 1 < s.end and s.lw[i + 1] == "by"):
        return None
    j = i - 1
    while j > 0 and s.lw[j] not in t.passive_aux and (s.lw[j] in t.aux or s.lw[j].endswith("ly")):
        j -= 1
    if s.lw[j] not in t.passive_aux and s.lw[j] not in ("'s", "’s"):
        return None
    if any(_negator(s.lw[k]) for k in range(j, i)):
        return None  # "X is not recognized", "was not considered a record": a fact denied, no one cited
    while j > 0 and (s.lw[j - 1] in t.aux or s.lw[j - 1] in t.passive_aux or _negator(s.lw[j - 1])):
        if _negator(s.lw[j - 1]):
            return None  # "the suspect, who has not been named,": a negator before the auxiliaries
        j -= 1
    whole_np: tuple[int, int] | None = None
    if j > 0 and s.lw[j - 1] in WORDS.relative_pronoun:
        np: tuple[int, int] | None = (j - 1, j)  # "a vote that is expected to ..."
    else:
        np = ctx.left_np(s, j)
        if np is not None and np[1] - np[0] == MAX_SOURCE_WORDS:
            longer = whole_subject(np, ctx.left_np(s, j, limit=MAX_SUBJECT_WORDS))
            whole_np = longer if longer != np else None
    if np is None:
        return None
    np = after_as_of(ctx, s, np)
    if np is None:
        return None
    if np[1] - np[0] == 1 and s.lw[np[0]] == "it" and s.lw[i + 1 : i + 2] != ["to"]:
        return hearsay_it(ctx, s, np[0], j, i)
    subject = s.span_of(*np)
    if subject is None or _negator(s.lw[np[0]]):
        return None  # "No deaths were reported": nothing is reported
    content = [subject]
    by_agent = adjunct = False
    source: Span | None = None
    # "Though priests are expected to report abuse, the decree did not ...": the opening clause ends at
    # its comma (fact-check of wikinews-2019-055, session 21)
    e = opening_clause_end(ctx, s, i, i + 1, content_end(ctx, s, i + 1))
    if s.lw[np[0]] in WORDS.wh_relative and np[0] > 0 and s.tx[np[0] - 1] == ",":
        e = next((k for k in range(i + 1, e) if s.tx[k] == ","), e)  # the relative clause ends at its comma
    # "The move has been widely expected and the firm will pay ...": a coordinated clause is no content
    if (
        s.lw[i + 1 : i + 2] != ["by"]
        and e > i + 1
        and s.tx[i + 1] not in HARD_PUNCT
        and s.lw[i + 1] not in WORDS.coordinator
    ):
        end = occasion_end(ctx, s, i + 1, e)
        agent = agent_end(ctx, s, i + 1, end)
        # the agent is the source only after a complement with no phrase of its own ("sacred", "missing",
        # 'to be a "pandemic"'); in "vessels have been confirmed hit in the Gulf by Iran" it is the agent
        # of "hit", inside what was confirmed
        bare = not any(s.lw[k] in t.head_stops for k in range(i + 1, min(agent, end)))
        if bare and agent == end and end < e:
            far = agent_end(ctx, s, end, e)  # "was reported missing on Monday by the police"
            source = agent_source(ctx, s, far, e) if far < e else None
        elif bare and agent < end:
            source = agent_source(ctx, s, agent, end)
        rest = s.span_of(i + 1, agent)
        if passive_adjunct(s.lw, i + 1, agent, t.passive_cues[s.lw[i]]):
            rest, adjunct = None, True  # "The discovery was announced in an article": the subject alone
        if rest is not None:
            content.append(rest)
            by_agent = agent < end
    cue = Span(s.toks[j].start, s.toks[i].end)
    raw = Raw(cue, source, content, s.lw[i], t.passive_cues[s.lw[i]], s.index, rule=RULE)
    if by_agent:
        raw.content_by = f"{RULE}+passive_agent"
    if adjunct:
        raw.content_by = f"{RULE}+passive_adjunct"
    if whole_np is not None:
        raw.whole_subject = s.span_of(*whole_np)
    return raw


def agent_source(ctx: Context, s: Sentence, k: int, e: int) -> Span | None:
    """Rule ``agent_source``: the noun phrase after the agent's "by" at token ``k`` (up to ``e``, a comma or
    a preposition of ``head_stops`` after its first word), the source of a passive cue, when it opens with a
    capital or a determiner: "Cows are
    considered sacred by Hindus" -> "Hindus"; "was reported missing on Monday by the police" -> "the
    police". Why: the news guideline names the agent as the source (wikinews-2020-039: "Hindus"), and the
    shape left it unnamed, so the keep model dropped the report."""
    a = k + 1
    if a >= e or not (is_cap(s.tx[a]) or s.lw[a] in ctx.t.determiner):
        return None  # "is expected to grow by roughly five pct": a measure, no agent
    b = a
    stops = ctx.t.head_stops - {"of"}  # "the Ministry of Health" runs on
    while b < e and s.tx[b] not in HARD_PUNCT and (b == a or s.lw[b] not in stops):
        b += 1
    return s.span_of(a, b) if b > a else None


def after_as_of(ctx: Context, s: Sentence, np: tuple[int, int]) -> tuple[int, int] | None:
    """The subject without a leading "(as) of <time>" ("as of yesterday no arrests were reported": the
    subject is "no arrests", and a negated subject reports nothing), or None when nothing is left. "as" ends
    the noun phrase on its left, so its "of yesterday" was read as the start of the subject and the
    sentence as a refusal with the content "of yesterday no arrests" (session 19's fact-check of
    wikinews-2019-065)."""
    a, b = np
    if not (a > 0 and s.lw[a - 1] == "as" and s.lw[a] == "of"):
        return np
    a += 1
    while a < b and (s.lw[a] in ctx.t.time or s.tx[a][:1].isdigit()):
        a += 1
    return (a, b) if a < b else None


def whole_subject(capped: tuple[int, int], whole: tuple[int, int] | None) -> tuple[int, int]:
    """Rule ``whole_subject``: "Operating income derived from electric operations in the first three
    months of 1987 is estimated to be eight mln dlrs": a passive's subject is content, not a source, so
    the source's length limit must not cut a word off its start. ``capped`` is the noun phrase cut at
    ``MAX_SOURCE_WORDS``, ``whole`` the same phrase read up to ``MAX_SUBJECT_WORDS``; the whole one is
    the subject when it ends where the capped one ends and stops at its own boundary within that length
    (a longer run is no noun phrase: the capped one stays). The shape keeps the capped subject as the
    rules' label for the tagger and hands the whole one on (``Raw.whole_subject``); the content takes it
    after the tagger (``refine.take_whole_subject``).

    >>> whole_subject((1, 13), (0, 13))
    (0, 13)
    >>> whole_subject((18, 30), (0, 30))  # 30 words: the run reached the longer limit, no boundary
    (18, 30)
    """
    if whole is None or whole[1] != capped[1] or whole[1] - whole[0] >= MAX_SUBJECT_WORDS:
        return capped
    return whole


def hearsay_it(ctx: Context, s: Sentence, it: int, j: int, i: int) -> Raw | None:
    """``It is understood (that) C`` / ``C, it is understood.`` / ``X, it is believed, will Y``: the "it" of
    the hearsay passive stands for the clause, so the clause is the content and "it" is no part of it.

    Token ``it`` is the "it", ``[j, i]`` the cue ("is understood"). After a comma the clause is the one
    before it (from the sentence start or its last semicolon or colon) and, when a comma follows the cue,
    the rest of the sentence too; otherwise it is what follows the cue ("It is believed the bomb ..."), a
    time phrase right after the cue left out ("It was reported on Saturday the man was ...": the report's
    time; session 22's fact-check of wikinews-2019-093).
    "It is expected to rain" (with "to") is read as any other passive, subject and all.
    """
    t = ctx.t
    content: list[Span] = []
    if it > 0 and s.tx[it - 1] == ",":
        # the clause starts after the last semicolon or colon before the comma (their positions are found
        # once per sentence: a run-on sentence of thousands of "it is believed" asks for each)
        if "semicolons_colons" not in s.memo:
            s.memo["semicolons_colons"] = [k for k, w in enumerate(s.tx) if w in (";", ":")]
        marks = cast(list[int], s.memo["semicolons_colons"])
        k = bisect_right(marks, it - 2)
        a = marks[k - 1] + 1 if k else 0
        before = s.span_of(a, it - 1)
        if before is None:
            return None
        content.append(before)
        if i + 2 < s.end and s.tx[i + 1] == ",":
            after = s.span_of(i + 2, content_end(ctx, s, i + 2))
            if after is not None:
                content.append(after)
    else:
        e = content_end(ctx, s, i + 1)
        if e <= i + 1 or s.tx[i + 1] in HARD_PUNCT:
            return None
        # "It was reported on Saturday (that) C": the time phrase says when it was reported, not C's
        k = skip_time(ctx, s, i + 1)
        if k >= e:
            return None  # "It was reported yesterday.": when, and nothing reported
        first = k if i + 1 < k < e - 1 else i + 1
        rest = s.span_of(first, occasion_end(ctx, s, first, e))
        if rest is None:
            return None
        content.append(rest)
    cue = Span(s.toks[j].start, s.toks[i].end)
    return Raw(cue, None, content, s.lw[i], t.passive_cues[s.lw[i]], s.index, rule=RULE)
