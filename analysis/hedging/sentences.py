"""Sentence judgements: is a sentence uncertain, does it rest on a vague or an anonymous source, and why.

``uncertain`` follows the Szeged Uncertainty Corpus and the news guideline of
``benchmarks/wikinews/README.md``: the sentence presents a claim as possible, probable, believed,
conditional or under investigation, not as fact. It is decided in this order, and the decision is kept
with the judgement (``uncertain_rule``) so that a table or a report can say why:

1. ``firm_cue:<pattern>``: a hedge or shield cue was found and it is not one of the weighed patterns of
   ``data/hedging/weighed.tsv``. A found cue is never overruled by the sentence model: it is either
   refused by a named context rule of ``cues.tsv`` while matching ("said it would send": rule ``would``;
   "the suspect": rule ``suspect``), and then listed as ``rejected:<pattern>/<rule>``, or the sentence is
   uncertain. A weighed pattern made firm by a context rule or by a news-only rule of
   ``data/hedging/guidelines.tsv`` says which: ``firm_cue:predict/forecast``,
   ``firm_cue:{be} said to/shield_is_doubt`` (:func:`firm_reason`).
2. ``model:<p>``: the linear model of :mod:`analysis.hedging.classifier` (words, word pairs, cues) gives
   a probability at or above its threshold. Under the news guideline only when the sentence holds an
   uncertainty cue for it to weigh: a sentence without one is certain, and ``uncertain_rule`` says
   ``model_without_cue:<p>`` (rule of ``guidelines.tsv``: such flags were wrong on every development
   split, and a reader could not see the words behind them).
3. Otherwise the sentence is certain, and ``uncertain_rule`` lists what was weighed and set aside:
   ``weighed:<pattern>`` (a weighed cue whose sentence the model judged certain, with its probability),
   ``approximate_figure:<pattern>`` ("about 50 people" alone is not uncertain) and
   ``rejected:<pattern>/<rule>``.

``weasel`` and ``anonymous_source`` come from the attributed sources and the weasel patterns
(:mod:`analysis.hedging.sources`); their rule ids are in ``weasel_rule`` and ``anonymous_rule``.

Without the model file, step 2 is skipped (the cues alone decide).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING, Any, cast

from .. import lexicons
from ..model import Article
from .classifier import article_features, model
from .cues import Cue, Match, SentenceScan, cues_of, guideline_rules, scan
from .sources import (
    Source,
    SourceFlag,
    anonymity_phrases,
    is_named,
    relative_source,
    source_rule,
    sources_from,
    specific_source,
    vetoed,
)

if TYPE_CHECKING:
    import pandas as pd

SENTENCE_COLUMNS = [
    "article",
    "sentence",
    "start",
    "end",
    "kind",
    "uncertain",
    "weasel",
    "anonymous_source",
    "n_hedges",
    "n_boosters",
    "n_shields",
    "n_weasels",
    "p_uncertain",
    "uncertain_rule",
    "weasel_rule",
    "anonymous_rule",
    "text",
]

#: Rules that set a weasel or an anonymous-source reading aside; they are listed in ``weasel_rule`` /
#: ``anonymous_rule`` even when the flag is false, so that a reader sees why (never silently).
WEASEL_VETOES = frozenset(
    {
        "named_source",
        "named_member",
        "definite_team",
        "team_pronoun",
        "adjective_cue",
        "addressee",
        "named_institution",
        "named_kin",
        "definite_group",
        "owned_group",
        "group_name",
        "preposition_object",
        "question",
        "object_request",
        "reaction",
        "offer",
    }
)
ANONYMOUS_VETOES = frozenset({"unique_office", "definite_mention", "named_in_source", "not_a_person"})

#: Shield rules that find the holder of their claim themselves (a possessive or "by"/"from" next to the
#: words: "Tsvangirai's allegations"), so a named source elsewhere in the sentence does not hold it: "both
#: Mugabe and Tsvangirai claimed victory in the vote, which was marred by allegations of fraud" (dev5).
OWNER_CHECKED = frozenset({"unowned_claim"})

#: Longest sentence (in words) for which the attribution analyzer is run by :func:`article_sources`.
MAX_ATTRIBUTION_WORDS = 1_000

#: Cue categories whose cues speak of uncertainty (approximators and boosters do not).
UNCERTAIN_CATEGORIES = frozenset({"modal", "epistemic_verb", "adverb", "adjective", "conditional", "shield"})


@cache
def _weighed() -> dict[str, frozenset[str]]:
    """Weighed pattern -> the rules that make it firm after all (``weighed.tsv``'s optional 2nd column)."""
    out: dict[str, frozenset[str]] = {}
    for row in lexicons.load("hedging/weighed.tsv").rows():
        if len(row) > 2:
            raise ValueError(f"hedging/weighed.tsv: expected 'pattern[<TAB>rule,...]', got {row!r}")
        out[row[0].strip()] = (
            frozenset(r.strip() for r in row[1].split(",")) if len(row) == 2 else frozenset()
        )
    return out


@cache
def weighed_patterns() -> frozenset[str]:
    """The cue patterns the model weighs (``data/hedging/weighed.tsv``); all other hedge cues are firm."""
    return frozenset(_weighed())


@cache
def news_firm() -> dict[str, str]:
    """Weighed pattern -> the news-only rule that makes it firm (``guidelines.tsv``, kind ``firm``).

    A ``firm`` row for a pattern that ``weighed.tsv`` does not list would change nothing (the pattern is
    firm already, or no pattern at all): it is a ``ValueError`` naming the row, not a silent no-op."""
    weighed = _weighed()
    out = {}
    for r in guideline_rules():
        if r.kind != "firm":
            continue
        if r.pattern not in weighed:
            raise ValueError(
                f"hedging/guidelines.tsv: rule {r.rule!r} makes {r.pattern!r} firm, "
                "but that pattern is not in hedging/weighed.tsv"
            )
        out[r.pattern] = r.rule
    return out


def firm_reason(x: Match, news: bool = True) -> str | None:
    """Why ``x`` is a firm cue: "" (its pattern is not weighed), a rule id (a weighed pattern made firm by
    a context rule of cues.tsv, "predict" after "Meteorologists": ``forecast``, or by a news-only rule of
    guidelines.tsv: ``shield_is_doubt``), or None: not a firm cue."""
    if x.category not in UNCERTAIN_CATEGORIES:
        return None
    weighed = _weighed()
    firming = weighed.get(x.pattern)
    if firming is None:
        return ""
    if x.rule in firming:
        return x.rule
    return news_firm().get(x.pattern) if news else None


def set_aside(category: str, pattern: str, uncertain: bool) -> bool:
    """Whether a cue was weighed and set aside by its sentence's judgement (``weighed:<pattern>``).

    A weighed uncertainty cue ("expected" in "places nobody expected") is evidence for the model, not a
    hedge by itself: when the sentence is judged certain, counting it as a hedge would make the rates
    and highlights disagree with the judgement shown beside them. Firm cues, approximators, boosters
    and weasel cues are never set aside.
    """
    return not uncertain and category in UNCERTAIN_CATEGORIES and pattern in weighed_patterns()


@dataclass(frozen=True, slots=True)
class Judgement:
    """Flags of one text with the rule or model decision behind each (see the module docstring)."""

    uncertain: bool
    weasel: bool
    anonymous_source: bool
    p_uncertain: float  # model probability; 0.0 without a model
    uncertain_rule: str
    weasel_rule: str = ""
    anonymous_rule: str = ""
    flag_spans: tuple[SourceFlag, ...] = ()  # the source words behind weasel / anonymous flags


def firm_cue(matches: Iterable[Match], news: bool = True) -> Match | None:
    """The first firm cue among ``matches`` (:func:`firm_reason`); ``news``: by the news guideline."""
    weighed = _weighed()
    firm_by_news = news_firm() if news else {}
    for x in matches:
        if x.category not in UNCERTAIN_CATEGORIES:
            continue
        firming = weighed.get(x.pattern)
        if firming is None or x.rule in firming or x.pattern in firm_by_news:
            return x  # the same test as firm_reason(x, news) is not None, without a call per match
    return None


def uncertainty(
    feats: set[str], matches: Sequence[Match], rejected: Sequence[Match] = (), news: bool = True
) -> tuple[bool, float, str]:
    """``(uncertain, p_uncertain, uncertain_rule)`` of one text from its features and cue matches."""
    m = model()
    return uncertainty_at(m.score(feats) if m is not None else 0.0, matches, rejected, news)


def uncertainty_at(
    p: float, matches: Sequence[Match], rejected: Sequence[Match] = (), news: bool = True
) -> tuple[bool, float, str]:
    """:func:`uncertainty` of a text the model gives the probability ``p`` (0.0 without a model)."""
    m = model()
    if not matches and not rejected:  # most sentences: what the lines below answer without a cue
        if m is None or p < m.threshold:
            return False, p, ""
        return (
            (False, p, f"model_without_cue:{p:.2f}")
            if news
            else (True, p, f"model:{p:.2f}>={m.threshold:.2f}")
        )
    firm = firm_cue(matches, news)
    if firm is not None:
        reason = firm_reason(firm, news)
        return True, p, f"firm_cue:{firm.pattern}" + (f"/{reason}" if reason else "")
    why = []
    if m is not None and p >= m.threshold:
        if not news or any(x.category in UNCERTAIN_CATEGORIES for x in matches):
            return True, p, f"model:{p:.2f}>={m.threshold:.2f}"
        why.append(f"model_without_cue:{p:.2f}")  # news: the model weighs cues, it flags no sentence alone
    for x in matches:
        if x.category in UNCERTAIN_CATEGORIES:
            why.append(f"weighed:{x.pattern}(model {p:.2f})")
        elif x.category == "approximator":
            why.append(f"approximate_figure:{x.pattern}")
    why.extend(f"rejected:{x.pattern}/{x.rule}" for x in rejected)
    return False, p, "; ".join(dict.fromkeys(why))


def attribution_flags(
    text: str,
    start: int,
    end: int,
    matches: Sequence[tuple[int, int, Match]],
    sources: Sequence[Source],
    rejected: Sequence[tuple[int, int, Match]] = (),
) -> tuple[bool, str, bool, str, tuple[SourceFlag, ...]]:
    """Weasel and anonymous-source flags of the text ``[start, end)``.

    ``matches`` are the cue matches with their character spans; ``sources`` the attributed sources of the
    article (only those whose source span starts inside ``[start, end)`` count); ``rejected`` the refused
    cue candidates: a hedge refused as ``agentless_opinion`` ("the paintings are considered priceless")
    is weasel wording under the news guideline (rule ``agentless_opinion``).
    """
    if not sources and not any(x.kind in _FLAGGING or x.rule == "agentless_opinion" for _, _, x in matches):
        if not any(x.rule == "agentless_opinion" for _, _, x in rejected):
            # nothing below to read but the anonymity phrases (most sentences): the same answer, sooner
            phrases = anonymity_phrases(text, start, end)
            if not phrases:
                return False, "", False, "", ()
    flags: list[SourceFlag] = []
    rules_w: list[str] = []
    named: list[Source] | None = None  # the named sources in the text, found when first needed
    closers: list[Source] = []  # and those that may hold a shield from the sentence's end
    opinions = [(a, b, x) for a, b, x in rejected if x.rule == "agentless_opinion"] if rejected else ()
    marks: QuoteMarks | None = None  # the sentence's quote marks, indexed when first needed
    for a, b, x in chain(matches, opinions):
        if x.kind not in ("weasel", "shield") and x.rule != "agentless_opinion":
            continue
        if x.kind == "shield" and named is None:
            # a named source whose words and cue come before the shield ("the KGB arrested ..., claiming ...,
            # who allegedly ..."; not "Maria, estimated to have done ... and claimed 3000 lives": its cue is
            # after), or an "according to" naming one anywhere in the sentence
            # ("Khan reportedly started attacking people, according to The Times"): the understood source
            named = [s for s in sources if start <= s.start < end and is_named(s, text)]
            closers = named + [s for s in sources if start <= s.start < end and specific_source(s, text)]
        # a named source closing the sentence holds every shield before it, as one before the shield does:
        # "Sales are expected to fall in 2005, Fiat said" is Fiat's forecast (review5), and "officers
        # reportedly located drugs, Harris said" passes on what Harris said (labelling notes: a "reportedly"
        # whose source the same sentence names is not weasel; dev9, session 9); so does one unnamed but
        # specific person ("..., allegedly hasn't returned his calls, the source claimed": an anonymous
        # source, not weasel wording, by the guideline)
        held = x.rule not in OWNER_CHECKED and any(closing_source(text, b, s, end) for s in closers)
        before = x.rule not in OWNER_CHECKED and any(
            (n.start < a and n.cue_start < a) or text[n.cue_start : n.cue_end].lower() == "according to"
            for n in named or ()
        )
        if (x.kind == "weasel" or x.rule == "agentless_opinion") and named is None:
            named = [s for s in sources if start <= s.start < end and is_named(s, text)]
        # a weasel pattern inside a quotation that a named source closing the sentence speaks is that
        # person's words ('"... in the way some had feared," said economist Alex Bannister'): the guideline's
        # "a quote from a named person is never weasel"; so is an agentless opinion ('"That is why he is
        # considered the best," Smith said': session 15, dev18 and dev14, two of two such quotes not weasel)
        quoted = (
            (x.kind == "weasel" or x.rule == "agentless_opinion")
            and any(closing_source(text, b, s, end) for s in named or ())
            and (marks := marks or QuoteMarks(text, start, end)).inside(a)
        )
        if vetoed(a, b, sources, text) or quoted or (x.kind == "shield" and (held or before)):
            rules_w.append(f"named_source:{x.pattern}")
            continue
        rule = "weasel_pattern" if x.kind == "weasel" else "shield_cue"
        if x.rule == "agentless_opinion":
            rule = "agentless_opinion"
        flags.append(SourceFlag("weasel", rule, a, b))
        rules_w.append(f"{rule}:{x.pattern}")
    rules_a: list[str] = []
    for s in sources:
        if not start <= s.start < end:
            continue
        got = source_rule(s, text)
        if got is None:
            continue
        flag, rule = got
        label = f"{rule}:{text[s.start : s.end].lower()}"
        if s.mention == "pronoun" and s.name:
            label += f" ({s.name})"  # whom the pronoun stands for
        if not flag:  # a veto is shown too, so that no source is set aside silently
            (rules_a if rule in ANONYMOUS_VETOES else rules_w).append(label)
            continue
        flags.append(SourceFlag(flag, rule, s.start, s.end))
        (rules_w if flag == "weasel" else rules_a).append(label)
    vague = any(f.rule in ("vague_source", "vague_media") for f in flags)
    if not vague and not any(f.flag == "anonymous_source" for f in flags):
        # "has reported being told off the record ...": a source kept unnamed, not a vague group
        for a, b in anonymity_phrases(text, start, end):
            flags.append(SourceFlag("anonymous_source", "anonymity_phrase", a, b))
            rules_a.append(f"anonymity_phrase:{text[a:b].lower()}")
    weasel = any(f.flag == "weasel" for f in flags)
    anonymous = any(f.flag == "anonymous_source" for f in flags)
    if not weasel:
        rules_w = [r for r in rules_w if r.split(":", 1)[0] in WEASEL_VETOES]
    if not anonymous:
        rules_a = [r for r in rules_a if r.split(":", 1)[0] in ANONYMOUS_VETOES]
    return (
        weasel,
        "; ".join(dict.fromkeys(rules_w)),
        anonymous,
        "; ".join(dict.fromkeys(rules_a)),
        tuple(sorted(set(flags), key=lambda f: (f.start, f.end, f.flag, f.rule))),
    )


#: The kinds of cue :func:`attribution_flags` reads (with the refused ``agentless_opinion`` candidates).
_FLAGGING = ("weasel", "shield")


def inside_quotation(text: str, start: int, at: int) -> bool:
    """Whether position ``at`` lies inside a quotation opened after ``start`` (the sentence's start): an
    odd number of straight double quote marks before it, or more opening than closing curly ones."""
    before = text[start:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


class QuoteMarks:
    """The double quote marks of ``text[start:end)``, indexed once, so that :func:`inside_quotation`'s
    question costs a binary search per cue, not a count over the sentence so far: in a run-on sentence of
    many cues that count was quadratic (100,000 -> 400,000 characters of weasel cues grew 11x)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        part = text[start:end]
        self.marks = {m: [start + k for k, c in enumerate(part) if c == m] for m in ('"', "“", "”")}

    def inside(self, at: int) -> bool:
        """:func:`inside_quotation` ``(text, start, at)``, the same answer."""
        if at > self.end:
            return inside_quotation(self.text, self.start, at)
        n = {m: bisect_left(pos, at) for m, pos in self.marks.items()}
        return n['"'] % 2 == 1 or n["“"] > n["”"]


def closing_source(text: str, after: int, src: Source, end: int) -> bool:
    """Whether ``src`` closes the sentence as the holder of what comes before it: it starts after ``after``
    (the end of a cue), right after a comma (and perhaps a closing quote mark), and at most four words
    follow its source and cue before the next comma or the sentence's end ``end`` ("..., Fiat said this
    week", "..., according to the study"). "... and if Ilston agrees she could reject the evidence", ",
    despite Sony's assertion that the machines differ" and 'an "opt-in" right which ...' hold other claims."""
    if src.start < after or relative_source(src, text):
        return False  # "..., helped by Rick Santorum, who mentioned ...": a relative clause, not a frame
    if not text[after : min(src.start, src.cue_start)].rstrip().rstrip('"”').endswith(","):
        return False  # '"opt-in" right which will allow it to ignore what it disagrees with': no frame
    rest = re.split(r"[,;:]", text[max(src.end, src.cue_end) : end], maxsplit=1)[0]
    return len(rest.split()) <= 4


def _spans(sc: SentenceScan, rejected: bool = False) -> list[tuple[int, int, Match]]:
    o = sc.offsets
    return [(o[m.i][0], o[m.end - 1][1], m) for m in (sc.rejected if rejected else sc.matches)]


def judge_scans(article: Article, scans: list[SentenceScan], sources: Sequence[Source]) -> Judgement:
    """One judgement for several sentences read as one text (how a labelled record is judged)."""
    if not scans:
        return Judgement(False, False, False, 0.0, "")
    if len(scans) == 1:
        return Judgement(*_judge_one(article.text, scans[0], sources))
    matches = [m for sc in scans for m in sc.matches]
    rejected = [m for sc in scans for m in sc.rejected]
    unc, p, rule = uncertainty(article_features(scans), matches, rejected)
    start, end = scans[0].offsets[0][0], scans[-1].offsets[-1][1]
    spans = [t for sc in scans for t in _spans(sc)]
    refused = [t for sc in scans if sc.rejected for t in _spans(sc, rejected=True)]
    weasel, wr, anon, ar, flags = attribution_flags(article.text, start, end, spans, sources, refused)
    return Judgement(unc, weasel, anon, p, rule, wr, ar, flags)


def _judge_one(
    text: str, sc: SentenceScan, sources: Sequence[Source]
) -> tuple[bool, bool, bool, float, str, str, str, tuple[SourceFlag, ...]]:
    """The fields of :func:`judge_scans`' judgement of one sentence, in :class:`Judgement`'s order (the
    judge of a whole article makes no Judgement per sentence: each was 4% of its time)."""
    m = model()
    p = m.score_words(sc.words, sc.matches, sc.rejected) if m is not None else 0.0
    unc, p, rule = uncertainty_at(p, sc.matches, sc.rejected)
    start, end = sc.offsets.span()
    spans = _spans(sc) if sc.matches else []
    refused = _spans(sc, rejected=True) if sc.rejected else []
    weasel, wr, anon, ar, flags = attribution_flags(text, start, end, spans, sources, refused)
    return unc, weasel, anon, p, rule, wr, ar, flags


def judge_attributions(article: Article) -> list[Any]:
    """The attributions the hedging judge reads, the one place that says which: those found over every
    prose part (body, captions, headline and standfirst), so that a headline's "Officials say ..." rests
    on the source written there.

    The per-article report, the corpus tables (:mod:`analysis.pipeline`'s ``judgements`` layer) and
    ``predict hedging`` all judge with these spans, so a sentence's flags are the same wherever they are
    shown; the attribution tables themselves show the body and captions. Kept on the article by
    :func:`analysis.attribution.find_attributions`, so asking again costs nothing.

    A text with a "sentence" of more than :data:`MAX_ATTRIBUTION_WORDS` words (100,000 characters without
    a full stop) is not prose; the attribution rules would take tens of seconds on it, so its weasel
    judgement rests on the cue patterns alone (no attributions). Asked twice per article and once per
    sentence: a sentence of no more characters than that cannot hold more words (a word is at least one
    character, and words never overlap), so only a longer one has its words counted.

    Every attribution the rules and the tagger found, the ones the keep model sets aside included
    (``keep=None``): that model is trained to keep reports credited to the right named source, and sets
    aside most sourceless ones ("It is understood that ..."), which are exactly what the weasel judgement
    reads."""
    if not reads_attributions(article):
        return []  # not prose: the attribution rules slow down with the square of a sentence's length
    from ..attribution import PROSE_KINDS, find_attributions

    return find_attributions(article, kinds=PROSE_KINDS, keep=None)


def reads_attributions(article: Article) -> bool:
    """Does :func:`judge_attributions` find the article's attributions? Not in a text with a "sentence"
    of more than :data:`MAX_ATTRIBUTION_WORDS` words (see there); ``predict hedging`` asks before it
    reads a group of records' sentences ahead."""
    return not any(
        s.end - s.start > MAX_ATTRIBUTION_WORDS and article.count_words(s) > MAX_ATTRIBUTION_WORDS
        for s in article.sentences
    )


def article_sources(article: Article, attributions: Iterable[Any] | None) -> list[Source]:
    """The attributed sources of the article: from ``attributions`` when given (objects or predict dicts),
    else those of :func:`judge_attributions`."""
    return sources_from(judge_attributions(article) if attributions is None else attributions)


@dataclass(frozen=True, slots=True)
class SentenceJudgement:
    """The judgement of one sentence, with its cue counts (a row of :func:`judge_sentences`)."""

    sentence: int
    start: int
    end: int
    kind: str  # the kind of the part the sentence is in
    uncertain: bool
    weasel: bool
    anonymous_source: bool
    n_hedges: int
    n_boosters: int
    n_shields: int
    n_weasels: int
    p_uncertain: float
    uncertain_rule: str
    weasel_rule: str
    anonymous_rule: str
    flag_spans: tuple[SourceFlag, ...] = ()  # the words behind the weasel / anonymous-source flags


def judge(article: Article, attributions: Iterable[Any] | None = None) -> list[SentenceJudgement]:
    """Every sentence of the article judged, in text order (records; no pandas, for corpus-scale runs).

    ``attributions``: ``None`` (the default, and what every table, report and corpus run uses) judges with
    :func:`judge_attributions`; ``()`` judges weasel wording from the cue patterns alone; other
    attributions (``find_attributions`` objects or ``predict attribution`` dicts) are for experiments
    and tests, and their answer is not kept.

    With ``attributions=None`` the answer is kept on the article (``Article.derived``), like the hedging scan
    and the attributions: a report's cue table, section densities and voice table each ask for it, and on
    a 5 MB article each judgement costs several seconds.
    """
    if attributions is None:
        got = article.derived.get("hedging.judge")
        if got is None:
            got = article.derived["hedging.judge"] = tuple(judge_with(article, None))
        return list(got)  # type: ignore[call-overload]
    return judge_with(article, attributions)


def judged_for_uncertainty(article: Article) -> list[SentenceJudgement]:
    """Judgements to read each sentence's ``uncertain`` flag from (as :func:`accepted_cues` does): the
    uncertainty judgement does not depend on the attributions, so the judgement :func:`judge` keeps on
    the article is read when there is one (a report's cue table made it; judging again cost over a second
    on a 5 MB article), and otherwise the sentences are judged from the cue patterns alone
    (``judge(article, ())``), which runs no attribution."""
    kept = article.derived.get("hedging.judge")
    return list(cast(tuple[SentenceJudgement, ...], kept)) if kept is not None else judge(article, ())


def judge_with(article: Article, attributions: Iterable[Any] | None) -> list[SentenceJudgement]:
    """:func:`judge` without keeping the answer on the article."""
    sources = article_sources(article, attributions)
    starts = [x.start for x in sources]
    out = []
    parts = article.parts
    sentences = article.sentences
    text = article.text
    for sc in scan(article):
        s = sentences[sc.sentence]
        if not sc.words:
            unc, weasel, anon, p, rule, wr, ar, flags = _UNJUDGED
        else:
            near = sources[bisect_left(starts, s.start) : bisect_left(starts, s.end)] if sources else ()
            unc, weasel, anon, p, rule, wr, ar, flags = _judge_one(text, sc, near)
        if sc.matches:
            kinds = [m.kind for m in sc.matches if not set_aside(m.category, m.pattern, unc)]
            counts = (
                kinds.count("hedge"),
                kinds.count("booster"),
                kinds.count("shield"),
                kinds.count("weasel"),
            )
        else:
            counts = (0, 0, 0, 0)
        out.append(
            SentenceJudgement(
                sc.sentence,
                s.start,
                s.end,
                parts[s.part].kind,
                unc,
                weasel,
                anon,
                *counts,
                round(p, 4),
                rule,
                wr,
                ar,
                flags,
            )
        )
    return out


#: The fields of the judgement of a sentence without words (:func:`judge_scans` of no scans).
_UNJUDGED: tuple[bool, bool, bool, float, str, str, str, tuple[SourceFlag, ...]] = (
    False,
    False,
    False,
    0.0,
    "",
    "",
    "",
    (),
)


_DTYPES = {
    "sentence": "int64",
    "start": "int64",
    "end": "int64",
    "uncertain": bool,
    "weasel": bool,
    "anonymous_source": bool,
    "n_hedges": "int64",
    "n_boosters": "int64",
    "n_shields": "int64",
    "n_weasels": "int64",
    "p_uncertain": "float64",
}
_TEXT_COLUMNS = ("kind", "uncertain_rule", "weasel_rule", "anonymous_rule")


def accepted_cues(cues: Iterable[Cue], judged: Iterable[SentenceJudgement]) -> list[Cue]:
    """``cues`` without those their sentence's judgement set aside (:func:`set_aside`), so that every count,
    rate and highlight shown to a reader agrees with the sentence judgements. ``judged``: :func:`judge`'s
    records of the same article (the uncertainty judgement does not depend on the attributions, so
    ``judge(article, ())`` will do)."""
    uncertain = {j.sentence: j.uncertain for j in judged}
    return [c for c in cues if not set_aside(c.category, c.pattern, uncertain.get(c.sentence, True))]


def judge_sentences(article: Article, attributions: Iterable[Any] | None = None) -> pd.DataFrame:
    """One row per sentence of the article (all parts; ``kind`` is the part kind), in text order."""
    import pandas as pd  # here, not at the top: the corpus run and ``predict`` judge without pandas

    records = judge(article, attributions)
    cols: dict[str, list] = {c: [getattr(r, c) for r in records] for c in (*_DTYPES, *_TEXT_COLUMNS)}
    cols["text"] = [article.text[r.start : r.end] for r in records]
    cols["article"] = [article.id] * len(records)
    df = pd.DataFrame(cols, columns=SENTENCE_COLUMNS)
    return df if records else df.astype(_DTYPES)


__all__ = [
    "SENTENCE_COLUMNS",
    "UNCERTAIN_CATEGORIES",
    "Judgement",
    "accepted_cues",
    "SentenceJudgement",
    "article_sources",
    "cues_of",
    "firm_cue",
    "firm_reason",
    "judge",
    "judge_attributions",
    "judge_scans",
    "judged_for_uncertainty",
    "judge_sentences",
    "set_aside",
    "uncertainty",
    "weighed_patterns",
]
