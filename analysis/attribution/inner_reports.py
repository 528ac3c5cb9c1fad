"""Beliefs, hopes and views reported inside a statement: "The spokesman said he thought C".

The news guideline labels a report nested in another report's content at both levels
(labelling-notes.md, "Nested report inside reported content"): "Officials said they were hopeful the talks
would resume" is the officials' statement and their hope. The shapes leave some of these cues out on their
own ("thought", "saw" and the past "expected" are more often a noun, sight or a passive; "hopeful" and
"afraid" are adjectives), so inside a statement they stayed part of what was said and nobody held the
belief. Inside a statement, right after its opening subject, they are reports: :func:`inner_belief`
(rule ``inner_belief``) reads them there and nowhere else.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice

from ..intervals import SpanIndex
from ..model import Span
from .lexicon import hearsay_participles, tables
from .model import Attribution, Decision
from .rule_base import Raw
from .rule_words import WORDS

#: Rule id of :func:`inner_belief` (``rule_ids.tsv``).
INNER_BELIEF = "inner_belief"
#: Rule id of :func:`statement_pronoun_holder` (``rule_ids.tsv``).
STATEMENT_PRONOUN = "statement_pronoun"
#: Rule id of :func:`nested_source_start` (``rule_ids.tsv``).
NESTED_SOURCE_START = "nested_source_start"
#: Rule id of :func:`reduced_hearsay` (``rule_ids.tsv``).
REDUCED_HEARSAY = "reduced_hearsay"

#: A word of running text (an apostrophe or a hyphen inside it; "Mr." keeps its full stop).
_WORD = re.compile(r"[^\W_][\w’'\-]*\.?")
#: Quote marks: a fragment that opens with one is a quotation, the speaker's own words.
_QUOTE_MARKS = "\"“”‘’'«»"
#: The most words a subject may have ("the North Sea ferry operator").
_SUBJECT_WORDS = 5
#: How far after a regarding verb its "as" may stand, in words.
_AS_WITHIN = 25
#: How many words of a statement's content :func:`inner_belief` reads: more than the subject, an auxiliary,
#: the cue and a regarding verb's "as" window can reach, so reading fewer never changes what is found.
_READ_WORDS = _SUBJECT_WORDS + 2 + _AS_WITHIN + 16
#: How many words :func:`inner_belief` reads first (with an opening "that"): the reading at word ``k`` looks
#: at most five words further and compares the word count with ``k + 5`` at most (a perfect auxiliary or
#: "be", two adverbs, an adjective, "that" and one word), except a regarding verb's, which reads its "as"
#: window; so with ``k + 7`` words read it finds what it finds with all :data:`_READ_WORDS`.
_FIRST_WORDS = 9


def inner_belief(text: str, o: Raw) -> Raw | None:
    """Rule ``inner_belief``: the belief reported at the start of statement ``o``'s content: a subject (a
    subject pronoun, or up to five words opening with an article, a possessive or a capital, no punctuation)
    right after an optional "that", then one of

    * a belief verb (``rule_words.tsv`` class ``inner_belief_verb``: "he thought C", "it expected X to Y")
      not followed by a preposition ("thought about the weather" reports nothing), or one of class
      ``inner_belief_that_verb`` followed by "that" ("has decided that C"), a perfect auxiliary allowed
      before either;
    * a form of "be", up to two adverbs and a belief adjective (class ``inner_belief_adjective``: "they were
      hopeful C", "she was fairly confident that C") followed by a clause, not a preposition;
    * a regarding verb with its "as" later in the fragment (classes ``regard_verb``, ``regard_complement``:
      "it viewed the move as a breach").

    The new report's source is that subject, its content the rest of the fragment (after "that"; a
    regarding verb's from its object). None when ``o`` is no statement, or its content opens otherwise or
    with a quotation.

    Example: "A council spokesman said he thought the new road would cut journey times": besides the
    statement, he (= the spokesman) / "thought" / "the new road would cut journey times". Why: the guideline
    labels both levels and a fact-checker asks whose belief it is; reading the cue only where it opens a
    statement's content keeps "thought" and "saw" from reading nouns and sight elsewhere.
    """
    if (
        o.cue is None
        or not o.content
        or o.cue_class in WORDS.belief_class
        or o.rule in WORDS.main_clause_rule
    ):
        return None
    frag = next((c for c in o.content if not (c.start < o.cue.end and o.cue.start < c.end)), None)
    if frag is None or text[frag.start] in _QUOTE_MARKS or text[frag.start - 1 : frag.start] in _QUOTE_MARKS:
        return None
    # only the opening words are read (subject, cue, a regarding verb's "as"): a statement whose content is
    # the rest of a 100,000-character sentence is not split into words once per statement; and the first
    # _FIRST_WORDS of them until a longer subject or a regarding verb needs more (most statements open with
    # a pronoun or a name and no belief: "He said that He said that ...")
    words, all_read = _opening_words(text, frag, _FIRST_WORDS), False
    t = tables()
    for k in range(1, min(len(words) - 1, _SUBJECT_WORDS + 2)):
        subject = _subject(text, words[:k], t.subject_pronouns)
        if subject is None:
            # every longer run fails too (:func:`_subject` refuses a run for its first word, a word in it or
            # a gap between two, all still there with one word more): reading on only repeated the checks
            break
        if not all_read and (len(words) < k + 7 or words[k].group().lower() in WORDS.regard_verb):
            words, all_read = _opening_words(text, frag, _READ_WORDS), True
        got = _belief_at(text, words, k, frag.end)
        if got is not None:
            cue, content = got
            return Raw(cue, subject, [content], "believe", "cognitive", o.sentence, rule=INNER_BELIEF)
    return None


def _opening_words(text: str, frag: Span, n: int) -> list[re.Match[str]]:
    """The first ``n`` words of ``frag`` (fewer at its end), without an opening "that"."""
    words = list(islice(_WORD.finditer(text, frag.start, frag.end), n))
    return words[1:] if words and words[0].group().lower() in WORDS.complementizer else words


def _subject(text: str, words: Sequence[re.Match[str]], pronouns: frozenset[str]) -> Span | None:
    """The span of ``words`` when they may be a clause's subject: one subject pronoun, or up to
    :data:`_SUBJECT_WORDS` words opening with an article, a possessive or a capital, with nothing but spaces
    between them (no comma, no quote mark) and no verb of the closed classes among them ("is", "not",
    "has": class ``inner_belief_not_subject``). None otherwise."""
    first = words[0].group()
    if len(words) == 1 and first.lower() in pronouns:
        return Span(words[0].start(), words[0].end())
    if len(words) > _SUBJECT_WORDS or first.lower() in pronouns:
        return None
    if not (first[:1].isupper() or first.lower() in WORDS.article or first.lower() in WORDS.possessive):
        return None
    if first.lower() in WORDS.inner_belief_not_subject or any(
        w.group().lower() in WORDS.inner_belief_not_subject for w in words[1:]
    ):
        return None  # "Using weed is not thought to ...": a passive, its subject no holder
    if any(text[a.end() : b.start()] != " " for a, b in zip(words, words[1:], strict=False)):
        return None  # a comma, a quote mark or a line break between the words
    end = words[-1].end() - (1 if words[-1].group().endswith(".") and len(words) == 1 else 0)
    return Span(words[0].start(), end)


def _belief_at(text: str, words: Sequence[re.Match[str]], k: int, end: int) -> tuple[Span, Span] | None:
    """(cue, content) of the belief whose cue starts at word ``k`` of ``words`` (see :func:`inner_belief`),
    the content running to ``end``; None when word ``k`` opens none."""
    w = words[k].group().lower()
    if w in WORDS.perfect_aux and k + 2 < len(words):  # "has decided that", "had thought"
        k, w = k + 1, words[k + 1].group().lower()
        if w not in WORDS.inner_belief_verb and w not in WORDS.inner_belief_that_verb:
            return None
    if w in WORDS.inner_belief_that_verb:
        if words[k + 1].group().lower() != "that" or k + 2 >= len(words):
            return None
        return _span(words[k]), _content(text, words, k + 1, end)
    if w in WORDS.inner_belief_verb:
        nxt = words[k + 1]
        if nxt.group().lower() in WORDS.inner_belief_stop:
            return None
        return _span(words[k]), _content(text, words, k + 1, end)
    if w in WORDS.regard_verb:
        hits = range(k + 2, min(len(words) - 1, k + _AS_WITHIN))
        if not any(words[m].group().lower() in WORDS.regard_complement for m in hits):
            return None
        return _span(words[k]), Span(words[k + 1].start(), end)
    if w in WORDS.be_past_present:
        j = k + 1
        while j < len(words) - 1 and j <= k + 2 and _adverb(words[j].group().lower()):
            j += 1
        if words[j].group().lower() not in WORDS.inner_belief_adjective or j + 1 >= len(words):
            return None
        if words[j + 1].group().lower() in WORDS.inner_belief_stop:
            return None
        if text[words[j].end() : words[j + 1].start()].strip():
            return None  # "was afraid, too": no clause follows
        return Span(words[k].start(), words[j].end()), _content(text, words, j + 1, end)
    return None


def _adverb(word: str) -> bool:
    """Is ``word`` a degree adverb before an adjective ("very", "reasonably")?"""
    return word in WORDS.degree_adverb or (word.endswith("ly") and len(word) > 4)


def _span(m: re.Match[str]) -> Span:
    return Span(m.start(), m.end())


def _content(text: str, words: Sequence[re.Match[str]], k: int, end: int) -> Span:
    """From word ``k`` of ``words`` (after a "that") to ``end``."""
    if words[k].group().lower() == "that" and k + 1 < len(words):
        k += 1
    return Span(words[k].start(), end)


def holds_cue_of(outer: Raw, inner: Raw) -> bool:
    """Does a content fragment of ``outer`` hold the cue of ``inner`` (another report), while no fragment of
    ``inner`` holds ``outer``'s cue? Then ``outer`` reports ``inner``: a nesting, not two readings of one
    report.

    Example: "Ferry fares are expected to rise in May, the operators said": the agentless "are expected"
    reads "Ferry fares … to rise in May", and the operators' "said" reads "Ferry fares are expected to rise
    in May", the same first and last character. Why: ``extract._dedupe`` keeps one report per content
    (first and last character) and dropped the operators' statement, which the news guideline labels with
    the expectation inside it; the expectation then has nobody to hold it (``nested_shield_holder``).
    """
    if outer is inner or outer.cue is None or inner.cue is None:
        return False
    a, b = inner.cue.start, inner.cue.end
    c, d = outer.cue.start, outer.cue.end
    return any(f.start <= a and b <= f.end for f in outer.content) and not any(
        f.start <= c and d <= f.end for f in inner.content
    )


def nested_source_start(text: str, r: Raw, others: Sequence[Raw]) -> Span | None:
    """Rule ``nested_source_start``: ``r``'s source cut to start where the content of the report that holds
    ``r`` starts, when that report's cue lies inside ``r``'s source (a "that" opening the content is left
    out); None when nothing is to cut. ``others`` are the reports read with ``r`` (``r`` among them or not).
    Only a statement holds ``r`` (not a belief, evidence or stance cue: "the tweet shown above claimed C"),
    and not from a relative clause after a comma ("Mr Lee, who insists he is innocent, said C"); a subject
    never opens with "to"; a noun cue is left to ``refine.role_clash`` ("denied all claims that C").

    Example: "The spokesman said the mayor rejected the claim": "rejected" read its subject back to the
    sentence start, "The spokesman said the mayor"; its source is "the mayor", where the spokesman's content
    starts. Why: the subject of a clause reported by another source starts after that source's cue, and
    a source that holds another report's cue names nobody (the resolver read "spokesman said the mayor").
    As :func:`nested.nested_subject_start` does for an agentless report's subject.
    """
    src = r.source
    if src is None or r.cue is None:
        return None
    t = tables()
    word = text[r.cue.start : r.cue.end].lower()
    if r.lemma in t.attribution_nouns or word in t.noun_cues or word.rstrip("s") in t.noun_cues:
        return None  # "Saudi Arabia denied all claims that C": a noun cue, the object of "denied"
    best = None
    for o in others:
        if o is r or o.cue is None or not (src.start <= o.cue.start and o.cue.end <= src.end):
            continue
        if o.cue_class in WORDS.belief_class or "," in text[src.start : o.cue.start]:
            continue  # "the tweet shown above claimed": no statement; "X, who insists C, said": a relative
        for f in o.content:
            if src.start < f.start < src.end and f.start <= r.cue.start and r.cue.end <= f.end:
                best = f.start if best is None else max(best, f.start)
    if best is None:
        return None
    m = _WORD.match(text, best)
    if m is not None and m.group().lower() in WORDS.complementizer and m.end() < src.end:
        best = m.end()
    while best < src.end and text[best].isspace():
        best += 1
    if best >= src.end or text[best : best + 3].lower() == "to ":
        return None  # "The doctors offering to run the clinic noted C": an infinitive is no subject
    return Span(best, src.end)


def cut_nested_sources(text: str, raws: list[Raw]) -> None:
    """Apply :func:`nested_source_start` to every raw of ``raws`` with a source (in place), recording the
    rule in the source's provenance (a model decision stays the model's). The raws whose cue may lie in a
    source are found by bisection over the cue starts: a run-on sentence of thousands of reports is not
    read once per report."""
    cued = sorted((r for r in raws if r.cue is not None), key=lambda r: r.cue.start)  # type: ignore[union-attr]
    starts = [r.cue.start for r in cued]  # type: ignore[union-attr]
    for r in raws:
        if r.source is None or r.cue is None:
            continue
        inside = cued[bisect_left(starts, r.source.start) : bisect_right(starts, r.source.end)]
        if not inside:
            continue
        sp = nested_source_start(text, r, inside)
        if sp is None:
            continue
        r.source = sp
        if r.source_by != "model":
            r.source_by = f"{r.source_by or r.rule}+{NESTED_SOURCE_START}"


#: The word before a cue (group 1), and "to be"/"to have" after one.
_WORD_BEFORE = re.compile(r"([^\W_][\w’'\-]*)[ \t]+$")
_TO_BE_HAVE = re.compile(r"[ \t]+to[ \t]+(?:be|have)\b")


def reduced_hearsay(text: str, r: Raw) -> bool:
    """Rule ``reduced_hearsay``: is ``r``'s cue a hearsay participle (``hearsay_passives.tsv``: "believed",
    "thought", "alleged") that describes the noun before it and says "to be"/"to have" after it, so that it
    names no one who holds the belief?

    Example: "Police arrested 36 people believed to have been involved in the attack": no one named believes
    it; the shapes read "believed" as an active verb and took "Police" (or the clause before) as its source.
    The guideline labels a reduced relative as an agentless attribution (labelling-notes.md: "a deal
    announced at the beginning of the week", "killer accused of dismembering"). Not after an auxiliary, a
    pronoun or an adverb ("they believed to be fair", "has long thought to"): the participle is then a
    verb of its own clause. Fact-check of wikinews-2020-072 (session 21)."""
    if r.cue is None or r.source is None:
        return False
    if text[r.cue.start : r.cue.end] not in hearsay_participles():
        return False
    if _TO_BE_HAVE.match(text, r.cue.end) is None:
        return False
    m = _WORD_BEFORE.search(text, max(0, r.cue.start - 40), r.cue.start)
    if m is None:
        return False
    before = m.group(1)
    t = tables()
    low = before.lower()
    return (
        (before.isdigit() or (before.isalpha() and before.islower()))
        and low not in t.aux
        and low not in t.verb_aux
        and low not in WORDS.clause_subject
        and low not in WORDS.relative_word
        and low not in WORDS.coordinator
        and not low.endswith("ly")
    )


def drop_reduced_hearsay_sources(text: str, raws: list[Raw]) -> None:
    """Apply :func:`reduced_hearsay` to every raw of ``raws`` (in place): its source is dropped, recorded
    in the source's provenance."""
    for r in raws:
        if reduced_hearsay(text, r):
            r.source = None
            r.source_by = f"{r.source_by or r.rule}+{REDUCED_HEARSAY}"


def inner_beliefs(text: str, raws: list[Raw]) -> list[Raw]:
    """``raws`` and the :func:`inner_belief` report inside each statement whose cue no raw has yet."""
    cues = [(r.cue.start, r.cue.end) for r in raws if r.cue is not None]
    new = []
    for o in raws:
        got = inner_belief(text, o)
        if got is None or got.cue is None:
            continue
        a, b = got.cue.start, got.cue.end
        if any(s < b and a < e for s, e in cues):
            continue
        cues.append((a, b))
        new.append(got)
    return raws + new if new else raws


def statement_pronoun_holder(
    text: str, a: Attribution, index: SpanIndex, pronouns: frozenset[str]
) -> Attribution | None:
    """Rule ``statement_pronoun``: ``a`` named and typed as the source of the statement whose content
    ``a``'s source opens, when that source is a subject pronoun (``pronouns``) the resolver named nobody
    with and the statement's source has a name; None otherwise. ``index`` holds the first content fragment
    of every named attribution. The source span and the mention ("pronoun") stay.

    Example: "Both councils said they believed the new wall would hold": "they" of "believed" is both
    councils. Why: a pronoun that opens what a source said is that source speaking of itself (the
    guideline resolves a nested report's pronoun to the same-sentence source that reports it), and the
    resolver, reading the text before the pronoun for an antecedent, skips a description such as "both
    councils" or "U.S. refiners"; the keep model drops a report with no name.
    """
    src = a.source
    if src is None or a.source_name or text[src.start : src.end].lower() not in pronouns:
        return None
    holders = []
    for o in index.overlapping(src.start, src.end):
        first = o.content[0]
        head = text[first.start : src.start]
        if o is a or first.start > src.start or head.strip().lower() not in ("", "that"):
            continue
        if o.part == a.part and o.cue is not None and not (first.start <= o.cue.start < first.end):
            holders.append(o)
    if not holders:
        return None
    o = min(holders, key=lambda h: h.content[0].end - h.content[0].start)  # the innermost
    return replace(
        a,
        source_name=o.source_name,
        source_type=o.source_type,
        source_by=Decision("rule", f"{a.source_by.rule or 'rule'}+{STATEMENT_PRONOUN}"),
    )


def name_statement_pronouns(text: str, atts: list[Attribution]) -> list[Attribution]:
    """``atts`` with :func:`statement_pronoun_holder` applied to each unnamed pronoun source."""
    pronouns = tables().subject_pronouns
    todo = [
        i
        for i, a in enumerate(atts)
        if a.source is not None
        and not a.source_name
        and text[a.source.start : a.source.end].lower() in pronouns
    ]
    if not todo:
        return atts
    index = SpanIndex((o.content[0].start, o.content[0].end, o) for o in atts if o.source_name and o.content)
    out = list(atts)
    for i in todo:
        out[i] = statement_pronoun_holder(text, atts[i], index, pronouns) or atts[i]
    return out
