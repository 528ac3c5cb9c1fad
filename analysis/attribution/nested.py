"""Reports nested inside another report's content: where the inner content starts, and whose the inner
agentless report is.

The news guideline labels a report inside another report's content at both levels ("Analysts said profits
are expected to rise": the analysts' "said" and the agentless "are expected"; labelling-notes.md, "Nested
report inside reported content"). Two steps finish such inner reports once the rules and the tagger have
read the sentence:

* :func:`nested_subject_start` (rule ``nested_subject_start``): the inner report's subject, read left of its
  cue, starts where the outer report's content starts, not at the sentence start;
* :func:`nested_shield_holder` (rule ``nested_shield_holder``): an inner agentless shield ("are expected",
  "allegedly") is held by the outer report's source.

One step finds an outer report the shapes never read: :func:`channel_rider` (rule ``channel_rider``), the
channel named right after a report's cue and source ("Lynn said, via the Los Angeles Times"), which holds
the whole report. Another pairs a statement with the source it cites: :func:`cited_source` (rule
``cited_source``), "Reuters, citing anonymous sources, reported C" is Reuters's report of C and the
anonymous sources' report of C.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lexicons
from ..intervals import SpanIndex, StartOrderedEnds
from ..model import Span
from .lexicon import tables
from .model import Attribution, Decision
from .rule_base import Raw
from .rule_words import WORDS

#: Rule id of :func:`nested_subject_start` (``rule_ids.tsv``).
NESTED_SUBJECT_START = "nested_subject_start"
#: Rule id of :func:`nested_shield_holder` (``rule_ids.tsv``).
NESTED_SHIELD_HOLDER = "nested_shield_holder"
#: Rule id of :func:`channel_rider` (``rule_ids.tsv``).
CHANNEL_RIDER = "channel_rider"
#: Rule id of :func:`cited_source` (``rule_ids.tsv``).
CITED_SOURCE = "cited_source"
#: Rule id of :func:`quoted_speaker` (``rule_ids.tsv``).
QUOTED_SPEAKER = "quoted_speaker"
#: "... quoted OBJECT as " right before a participle cue ("The China Daily quoted Yang Jike, vice-governor of
#: Anhui, as saying C"): the verb and the object, which ends before "as" (an appositive after a comma is cut
#: below). At most 100 characters of object: a name with its role.
_QUOTED_AS = re.compile(r"\b(quoted|quotes|quoting)\s+([^\s.;:\"“”][^.;:\"“”]{0,99}?),?\s+as\s+$")


def nested_subject_start(r: Raw, raws: Sequence[Raw], holders: _Holders | None = None) -> Span | None:
    """Rule ``nested_subject_start``: the subject fragment of ``r``, cut to start where the content of the
    report that holds ``r``'s cue starts; None when nothing is to cut. ``holders`` indexes the content
    fragments of ``raws`` (built here when not given).

    Example: "The minister said the bridge is expected to open in May": the agentless "is expected" read
    "The minister said the bridge" as its subject; its subject is "the bridge", where the minister's content
    starts. Why: the subject of a clause reported by another source starts after that source's cue (the
    guideline's nested agentless reports take "subject + the to-infinitive" as content), and the outer
    source and cue are no part of what is expected.
    """
    if r.cue is None or r.source is not None or not r.content:
        return None  # an agentless report only: an inverted "C, said X" reads its content left of its cue too
    first = r.content[0]
    if first.end > r.cue.start:
        return None  # not a subject read left of the cue
    holders = holders if holders is not None else _Holders(raws)
    cue = r.cue

    def outer(o: Raw) -> bool:  # another report whose cue lies inside the subject
        return o is not r and o.cue is not None and first.start <= o.cue.start and o.cue.end <= first.end

    # the fragment starting latest inside the subject that holds r's cue (its start is before the cue,
    # since the subject ends before it)
    found = holders.index.last_reaching(first.start, first.end, cue.end, outer)
    return None if found is None else Span(found[0], first.end)


class _Holders:
    """The content fragments of the raws with a cue, for :func:`nested_subject_start`'s question in
    logarithmic time (a run-on sentence of thousands of reports stays linear)."""

    def __init__(self, raws: Sequence[Raw]) -> None:
        self.index: StartOrderedEnds[Raw] = StartOrderedEnds(
            (c.start, c.end, o) for o in raws if o.cue is not None for c in o.content
        )


def cut_nested_subjects(raws: list[Raw]) -> None:
    """Apply :func:`nested_subject_start` to every raw of ``raws`` (in place), recording the rule in the
    content's provenance (a model decision stays the model's)."""
    holders = None
    for r in raws:
        if r.cue is None or r.source is not None or not r.content or r.content[0].end > r.cue.start:
            continue
        holders = holders if holders is not None else _Holders(raws)
        sp = nested_subject_start(r, raws, holders)
        if sp is None:
            continue
        r.content[0] = sp
        if r.content_by != "model":
            r.content_by = f"{r.content_by or r.rule}+{NESTED_SUBJECT_START}"


def is_shield_cue(text: str, a: Attribution) -> bool:
    """Is ``a``'s cue an agentless shield whose holder a reader takes from the sentence: a hearsay or
    forecast participle ("are expected", "was said", "is estimated") or an evidential adverb ("allegedly",
    "reportedly"), as listed in ``nested_shields.txt``? Evaluations ("is seen as", "considered") and
    notices ("were told") are not: the guideline leaves their holder unnamed."""
    if a.cue is None:
        return False
    cue = text[a.cue.start : a.cue.end].lower().split()
    return bool(cue) and cue[-1] in lexicons.words("attribution/nested_shields.txt")


def nested_shield_holder(
    text: str, a: Attribution, others: Sequence[Attribution], index: SpanIndex | None = None
) -> Attribution | None:
    """Rule ``nested_shield_holder``: the attribution ``a`` typed and named as the source of the report
    whose content holds its cue and its content in the same sentence, when ``a`` is an agentless shield with
    no source name (:func:`is_shield_cue`); None otherwise. The source span stays None and the mention
    "none". ``index`` holds the content fragments of ``others`` (built here when not given).

    Example: "Bank analysts said profits are expected to rise": "are expected" is held by the bank analysts
    (source null, unnamed_group "bank analysts"). Why: the guideline resolves a nested agentless shield to
    the same-sentence source that reports it (labelling-notes.md: "allegedly"/"reportedly" whose understood
    source is clear from the same sentence; the nested agentless "expected" inside a same-sentence source's
    content, "Z's rule"), and a fact-checker asks who expects it.
    """
    if a.source is not None or a.source_name or not is_shield_cue(text, a):
        return None
    cue = a.cue
    assert cue is not None
    if index is None:
        index = SpanIndex((c.start, c.end, o) for o in others for c in o.content)
    holders = [
        o
        for o in index.overlapping(cue.start, cue.end)
        if o is not a
        and o.source_name
        and o.cue is not None
        and o.part == a.part
        and not (o.cue.start <= cue.start < o.cue.end)
        and any(c.start <= cue.start and cue.end <= c.end for c in o.content)
        and o.content[0].start <= a.content[0].start
        and a.content[-1].end <= o.content[-1].end
        and not _sentence_break(text, min(o.cue.start, cue.start), max(o.cue.end, cue.end))
    ]
    if not holders:
        return None
    o = min(holders, key=lambda h: sum(c.end - c.start for c in h.content))  # the innermost
    rule = a.source_by.rule or "rule"
    return replace(
        a,
        source_type=o.source_type,
        source_name=o.source_name,
        mention="none",
        source_by=Decision("rule", f"{rule}+{NESTED_SHIELD_HOLDER}"),
    )


def _sentence_break(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` cross a sentence end (". " followed by a capital, or a line break)?"""
    span = text[start:end]
    if "\n" in span:
        return True
    return any(
        span[i] in ".!?" and span[i + 1] == " " and span[i + 2 : i + 3].isupper()
        for i in range(len(span) - 2)
    )


def name_nested_shields(text: str, atts: list[Attribution]) -> list[Attribution]:
    """``atts`` with :func:`nested_shield_holder` applied to each agentless shield (the others unchanged)."""
    shields = [
        i for i, a in enumerate(atts) if a.source is None and not a.source_name and is_shield_cue(text, a)
    ]
    if not shields:
        return atts
    index = SpanIndex(
        (c.start, c.end, o) for o in atts if o.source_name and o.cue is not None for c in o.content
    )
    out = list(atts)
    for i in shields:
        out[i] = nested_shield_holder(text, atts[i], atts, index) or atts[i]
    return out


#: A word after optional spaces on the same line (no full stop inside: "Times." ends at "Times").
_NEXT_WORD = re.compile(r"[ \t]*([^\W_][\w&’'\-]*)")
#: What may stand between a report's cue group and its rider: spaces and one comma.
_RIDER_GAP = re.compile(r"[ \t]*,?[ \t]*")
#: What must follow the channel's name: punctuation, a closing quote or the end of the sentence.
_RIDER_END = re.compile(r"[ \t]*(?:[,.;:!?\"”)]|\n|$)")


def rider_at(text: str, pos: int, stop: int) -> tuple[Span, Span] | None:
    """(cue, channel) of :func:`rider_span` at ``pos``, unless the channel is only a platform the source
    posted on ("via Twitter", rule_words class ``channel_platform``): that is no report of its own."""
    found = rider_span(text, pos, stop)
    if found is None or text[found[1].start : found[1].end].lower() in WORDS.channel_platform:
        return None
    return found


def rider_span(text: str, pos: int, stop: int) -> tuple[Span, Span] | None:
    """(cue, channel) of a rider ``via/per NAME`` (``rule_words.tsv`` class ``channel_rider``) that starts
    at ``pos`` after spaces and at most one comma and ends before ``stop``: the name is capitalised words,
    with an article or "of" between them ("Brian Batko of the Pittsburgh Post-Gazette"), and punctuation or
    the sentence end follows it. None otherwise ("per cent", "per share" name nobody)."""
    i = _RIDER_GAP.match(text, pos, stop)
    w = _NEXT_WORD.match(text, i.end() if i else pos, stop)
    if w is None or w.start(1) == pos or w.group(1).lower() not in WORDS.channel_rider:
        return None  # the rider is its own word, after a space or a comma
    cue = Span(w.start(1), w.end(1))
    j, start, end = cue.end, -1, -1
    while (m := _NEXT_WORD.match(text, j, stop)) is not None and m.start(1) > j:
        word = m.group(1)
        if word[:1].isupper():
            start = m.start(1) if start < 0 else start
            end = m.end(1)
        elif word.lower() not in WORDS.name_word and word.lower() not in WORDS.article:
            break  # an article or "of" inside the name; one after it is left out below
        j = m.end(1)
    if start < 0 or text[cue.end : start].strip().lower() not in {"", *WORDS.article}:
        return None
    if start > cue.end and text[cue.end : start].strip():  # "via the Los Angeles Times": the article is kept
        start = _NEXT_WORD.match(text, cue.end, stop).start(1)  # type: ignore[union-attr]
    if _RIDER_END.match(text, end, stop) is None and end != stop:
        return None
    return cue, Span(start, end)


def channel_rider(text: str, r: Raw, stop: int) -> Raw | None:
    """Rule ``channel_rider``: the report of the channel named right after ``r``'s cue and source ("via X",
    "per X"), holding ``r``'s content, source and cue; None when no rider follows. ``stop`` is where
    ``r``'s sentence ends.

    Example: '"We lost that game," Heyward said, via Brian Batko.': besides Heyward's quote, Brian Batko
    (cue "via", according_to) with content the quote and "Heyward said"; also "Richardson, via USA Today,
    said that C" and '"C" said Russell Zimmerman per ABC News.'. Why: the news guideline labels the channel
    as an attribution of its own whose content is the whole report (labelling-notes.md: "Lynn said, via the
    Los Angeles Times" -> cue "via", according_to, content the quote + "Lynn said"; D's "per ABC News"), and
    a fact-checker asks where the quote was taken from as well as who said it.
    """
    cue, src = r.cue, r.source
    if cue is None or src is None or not r.content or r.lemma == "according to":
        return None
    first = r.content[0]
    held = list(r.content)
    if first.end <= min(src.start, cue.start):  # 'C," X said, via Y' / 'C," said X, via Y'
        found = rider_at(text, max(cue.end, src.end), stop)
        held = [c for c in r.content if c.end <= min(src.start, cue.start)]  # not the quotation resumed after
    elif src.end <= cue.start and cue.end <= first.start:  # 'X, via Y, said C'
        found = rider_at(text, src.end, cue.start)
        if found is not None and text[found[1].end : cue.start].strip() != ",":
            found = None
    else:
        found = None
    if found is None:
        return None
    spans = sorted([*held, src, cue], key=lambda c: c.start)
    frags = [spans[0]]
    for c in spans[1:]:
        if c.start <= frags[-1].end or not text[frags[-1].end : c.start].strip():
            frags[-1] = Span(frags[-1].start, max(frags[-1].end, c.end))
        else:
            frags.append(c)
    return Raw(found[0], found[1], frags, "according to", "according_to", r.sentence, rule=CHANNEL_RIDER)


def source_before_rider(text: str, src: Span, stop: int) -> Span | None:
    """Rule ``channel_rider`` on a source: the part of ``src`` before a rider that the source was read
    through ('"C," said Maria Ortiz per Radio Canada.': "Maria Ortiz"); None when ``src`` holds no rider
    that runs to its end."""
    for m in _NEXT_WORD.finditer(text, src.start, src.end):
        if m.start(1) == src.start or m.group(1).lower() not in WORDS.channel_rider:
            continue
        found = rider_span(text, m.start(), stop)  # a platform too: "his son Ravi via Twitter" is the son
        if found is not None and found[1].end >= src.end:
            head = text[src.start : m.start()].rstrip(" \t,")
            return Span(src.start, src.start + len(head)) if head else None
    return None


def channel_riders(text: str, raws: Sequence[Raw], stops: Sequence[int]) -> list[Raw]:
    """The :func:`channel_rider` reports of ``raws`` (``stops[k]``: where sentence ``k`` ends) whose cue no
    raw has already. A source read on through the rider is cut before it (:func:`source_before_rider`, in
    place, recorded in the source's provenance)."""
    cues = {(r.cue.start, r.cue.end) for r in raws if r.cue is not None}
    out = []
    for r in raws:
        if r.cue is None or r.source is None or r.sentence >= len(stops):
            continue
        if r.cue.end <= r.source.start and (cut := source_before_rider(text, r.source, stops[r.sentence])):
            r.source = cut
            r.source_by = f"{r.rule}+{CHANNEL_RIDER}"
        got = channel_rider(text, r, stops[r.sentence])
        if got is not None and got.cue is not None and (got.cue.start, got.cue.end) not in cues:
            cues.add((got.cue.start, got.cue.end))
            out.append(got)
    return out


#: The end of a cited noun phrase: punctuation, a quote mark or a line break.
_NP_END = re.compile(r"[,;:.!?\"“”(\n]")
_SPACE_COMMA = " \t,"


def cited_np(text: str, start: int, stop: int) -> Span | None:
    """The noun phrase cited after a ``citing`` cue ending at ``start``, up to punctuation or ``stop``,
    when it names a source: its head (the word before its first preposition) is a person or role noun,
    an organisation word (or its plural), a media word, an attribution noun ("data", "report") or a
    capitalised name. None otherwise ("citing Taliban violence", "citing the health risks": a reason, not a
    source)."""
    m = _NP_END.search(text, start, stop)
    end = m.start() if m else stop
    seg = text[start:end]
    words = seg.split()
    if not words or len(words) > 12:
        return None
    t = tables()
    k = next((i for i, w in enumerate(words) if i > 0 and w in t.head_stops), len(words))
    head = words[k - 1]
    low = head.lower()
    if not (
        low in t.role_singular
        or low in t.role_plural
        or low in t.org_words
        # "citing local paramilitary groups": organisations in the plural (fact-check of wikinews-2020-001,
        # session 24: the cited groups were read as content, "groups, reported that C")
        or (low.endswith("s") and low[:-1] in t.org_words)
        or low in t.attribution_nouns
        or low in t.media_nouns
        or head[:1].isupper()
    ):
        return None
    a = start + len(seg) - len(seg.lstrip())
    return Span(a, start + len(seg.rstrip()))


def _gap(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` nothing but spaces and commas (a <= b)?"""
    return a <= b and not text[a:b].strip(_SPACE_COMMA)


def cited_source(text: str, r: Raw, raws: Sequence[Raw], stop: int) -> tuple[Raw, Raw | None] | None:
    """Rule ``cited_source``: for a ``citing`` report ``r`` (``rule_words.tsv`` class ``citing_cue``) that
    names a source (:func:`cited_np`) next to a statement in its sentence, ``r`` with that source and the
    statement's content, and the statement when no raw of ``raws`` holds it yet (read from ``r``'s own
    content: "X, citing Y, reported C"); None when ``r`` is no such report. ``stop`` is where the sentence
    ends. A new raw is returned; ``r`` and ``raws`` are left as they are.

    Examples: "Reuters, citing anonymous sources, reported C", "CBS News reported, citing Johns Hopkins
    University data, C", "C, the news agency said, citing the regional health commission", "X reported C
    citing sources within the ministry". Why: the news guideline labels both (labelling-notes.md: "CBS News
    reported, citing ..." -> two attributions with the same content, the outlet and the cited source), and a
    fact-checker asks whom the outlet's claim rests on; the shapes read the cited source as the content.
    """
    cue = r.cue
    if cue is None or not r.content:
        return None
    word = text[cue.start : cue.end].lower()
    relative = word in WORDS.relative_citing_cue
    if word not in WORDS.citing_cue and not relative:
        return None
    np = cited_np(text, cue.end, stop)
    if np is None:
        return None
    t = tables()
    content: list[Span] | None = None
    statement: Raw | None = None
    if relative:
        # "According to AFP, which cited sources close to the investigation, C": the aside inside the
        # "according to" source names whom AFP's C rests on
        o = next((o for o in raws if o is not r and _holds_relative_aside(text, o, r)), None)
        if o is None:
            return None
        return _cited(r, np, list(o.content), o), None
    for o in raws:
        if o is r or o.cue is None or o.sentence != r.sentence or not o.content:
            continue
        if (
            o.cue_class not in WORDS.statement_class
            or text[o.cue.start : o.cue.end].lower() in WORDS.citing_cue
        ):
            continue
        group_end = max(o.cue.end, o.source.end if o.source is not None else o.cue.end)
        if o.cue.start >= np.end and _gap(text, np.end, o.cue.start):  # "X, citing Y, reported C"
            content = list(o.content)
        elif _gap(text, group_end, cue.start) and o.content[-1].end <= min(o.cue.start, group_end):
            content = list(o.content)  # "C, X said, citing Y"
        elif o.cue.end <= cue.start and _gap(text, o.cue.end, cue.start):  # "X reported, citing Y, C"
            content = _clause_after(text, np.end, stop)
        elif o.content[0].start < cue.start < o.content[-1].end:  # "X reported C citing Y"
            content = [c for c in o.content if c.end <= cue.start]
            last = o.content[-1] if not content or content[-1] is not o.content[-1] else None
            if last is not None and last.start < cue.start:
                head = text[last.start : cue.start].rstrip(_SPACE_COMMA)
                content.append(Span(last.start, last.start + len(head)))
        else:
            continue
        statement = o
        break
    if statement is None and r.source is not None:
        after = re.match(r"[ \t]*,[ \t]*([^\W_][\w’'\-]*)", text[np.end : stop])
        before = re.search(r"([^\W_][\w’'\-]*)[ \t]*,[ \t]*$", text[r.source.end : cue.start])
        if after and (forms := t.cue_forms.get(after.group(1).lower())):  # "X, citing Y, reported C"
            verb = Span(np.end + after.start(1), np.end + after.end(1))
            content = _clause_after(text, verb.end, stop, skip=WORDS.complementizer)
        elif before and (forms := t.cue_forms.get(before.group(1).lower())):  # "X reported, citing Y, C"
            verb = Span(r.source.end + before.start(1), r.source.end + before.end(1))
            content = _clause_after(text, np.end, stop)
        else:
            return None
        f = forms[0]
        if f.cue_class not in WORDS.statement_class or not content:
            return None
        statement = Raw(verb, r.source, content, f.lemma, f.cue_class, r.sentence, rule=CITED_SOURCE)
        new_statement: Raw | None = statement
    else:
        new_statement = None
    if statement is None or not content:
        return None
    return _cited(r, np, content, statement), new_statement


def _cited(r: Raw, np: Span, content: list[Span], statement: Raw) -> Raw:
    """The citing report ``r`` as the cited source ``np``'s report of ``statement``'s ``content``."""
    return replace(
        r,
        source=np,
        content=content,
        role=None,
        inherited=False,
        addressee=None,
        quotes=list(statement.quotes),
        source_by=CITED_SOURCE,
        content_by=CITED_SOURCE,
    )


def _holds_relative_aside(text: str, o: Raw, r: Raw) -> bool:
    """Is ``r`` (subject a relative pronoun, "which cited Y") an aside after the source of the "according to"
    report ``o`` of its sentence (rule ``according_relative`` starts ``o``'s content after it)?"""
    return (
        o.cue_class == "according_to"
        and o.sentence == r.sentence
        and o.source is not None
        and r.source is not None
        and r.cue is not None
        and bool(o.content)
        and text[r.source.start : r.source.end].lower() in WORDS.relative_word
        and o.source.start < r.source.start
        and r.cue.end <= o.content[0].start
    )


def _clause_after(text: str, start: int, stop: int, skip: frozenset[str] = frozenset()) -> list[Span]:
    """The clause from ``start`` (after spaces and commas, and a first word of ``skip``) to ``stop``, its
    final full stop left out."""
    seg = text[start:stop]
    a = start + len(seg) - len(seg.lstrip(_SPACE_COMMA))
    m = re.match(r"([^\W_]+)\s+", text[a:stop])
    if m and m.group(1).lower() in skip:
        a += m.end()
    b = stop
    while b > a and (text[b - 1].isspace() or text[b - 1] == "."):
        b -= 1
    return [Span(a, b)] if b > a else []


def quoted_speaker(text: str, r: Raw, line_start: int) -> tuple[Raw, Raw] | None:
    """Rule ``quoted_speaker``: "The China Daily quoted Yang Jike, vice-governor of Anhui, as saying C",
    '"C," AP quoted prosecutor Ann Lee as saying', "Tehran Radio quoted him as saying C": the outlet's report
    (cue "quoted", its subject the source) and the speaker's (cue "saying", the object of "quoted" the
    source, without its appositive), both of the same content. ``r`` is the report the rules read at the
    participle, its source the outlet (or the outlet and the speaker run together); ``line_start`` is where
    its sentence starts. None when ``r``'s cue is no participle after "quoted X as".

    Why: the news guideline labels both (labelling-notes.md, "was quoted by Kyodo ... as saying", "The China
    Daily quoted Yang Jike ... as saying": seven such pairs on the readable splits); the rules gave the
    speaker's words to the outlet alone, so a reader saw the radio station "saying" what the official said.
    """
    if r.cue is None or r.source is None or not r.content:
        return None
    word = text[r.cue.start : r.cue.end]
    if not word.endswith("ing") or " " in word:
        return None
    m = _QUOTED_AS.search(text, max(line_start, r.cue.start - 160), r.cue.start)
    if m is None or m.end() != r.cue.start or r.source.start >= m.start(1):
        return None
    obj_start, obj_end = m.start(2), m.end(2)
    comma = text.find(",", obj_start, obj_end)
    if comma > obj_start:
        obj_end = comma  # "Yang Jike, vice-governor of Anhui,": the appositive is left out of the source
    outlet_end = m.start(1)
    while outlet_end > r.source.start and text[outlet_end - 1] in " ,":
        outlet_end -= 1
    if outlet_end <= r.source.start:
        return None
    quoted = Span(m.start(1), m.end(1))
    outer = Raw(
        quoted, Span(r.source.start, outlet_end), list(r.content), "quote", "neutral", r.sentence,
        rule=QUOTED_SPEAKER,
    )
    inner = replace(r, source=Span(obj_start, obj_end), source_by=QUOTED_SPEAKER, role=None, inherited=False)
    return outer, inner


def quoted_speakers(text: str, raws: list[Raw], starts: Sequence[int]) -> list[Raw]:
    """``raws`` with :func:`quoted_speaker` applied to each (``starts[k]``: where sentence ``k`` starts): the
    speaker's report in place of the one the rules read, and the outlet's after it, unless a raw already
    has the cue "quoted"."""
    if "quot" not in text:
        return raws
    cues = {(r.cue.start, r.cue.end) for r in raws if r.cue is not None}
    out: list[Raw] = []
    for r in raws:
        got = quoted_speaker(text, r, starts[r.sentence] if r.sentence < len(starts) else 0)
        if got is None or (got[0].cue.start, got[0].cue.end) in cues:  # type: ignore[union-attr]
            out.append(r)
            continue
        out.extend([got[1], got[0]])
    return out


def cited_sources(text: str, raws: list[Raw], stops: Sequence[int]) -> list[Raw]:
    """``raws`` with :func:`cited_source` applied to each ``citing`` report (the statement it needs added
    when no raw held it); a statement whose content ran on into "citing Y" is cut before it."""
    citing = WORDS.citing_cue | WORDS.relative_citing_cue
    if not any(r.cue is not None and text[r.cue.start : r.cue.end].lower() in citing for r in raws):
        return raws
    out = list(raws)
    for i, r in enumerate(raws):
        if r.cue is None or r.sentence >= len(stops):
            continue
        got = cited_source(text, r, raws, stops[r.sentence])
        if got is None:
            continue
        cited, new = got
        out[i] = cited
        if new is not None:
            out.append(new)
        for j, o in enumerate(out):  # "X reported C citing Y": the statement's content stops before "citing"
            if o is not cited and o.sentence == r.sentence and o.content and r.cue is not None:
                if o.content[0].start < r.cue.start < o.content[-1].end and o.cue is not None:
                    if o.cue.end <= r.cue.start:
                        out[j] = replace(
                            o,
                            content=list(cited.content),
                            content_by=f"{o.content_by or o.rule}+{CITED_SOURCE}",
                        )
    return out
