"""Finding every attribution in an article: quotes, rules per sentence, quotation runs, sources.

The order matters and is fixed: quotation spans first (the rules need to know what is quoted), then the
rules sentence by sentence, then quotations that run on after a direct attribution are added to it, and
last the sources are typed and resolved in reading order (a "he" can only refer back).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar, cast

from ..intervals import SpanIndex
from ..model import BODY_KINDS, CAPTION, HEADLINE, STANDFIRST, Article, Span
from ..runtime import one_article
from .agent_nouns import with_agent_nouns
from .anonymity import anonymity_requests
from .conjuncts import appositive_conjunct_before, listed_names_start, split_conjuncts
from .inner_reports import (
    cut_nested_sources,
    drop_reduced_hearsay_sources,
    holds_cue_of,
    inner_beliefs,
    name_statement_pronouns,
)
from .keep import KeepModel, is_kept, judge, load_keep_model
from .lead_description import lead_description_named
from .lexicon import belief_passive_pattern, belief_passive_starts, has_cue_word, negators, tables
from .model import Attribution, Decision
from .nested import channel_riders, cited_sources, cut_nested_subjects, name_nested_shields, quoted_speakers
from .noun_phrases import clean_source, determiner_head, sentence_subject
from .prefilter import MatchStarts
from .quotes import QUOTE_CHARS, Quote, scan_parts
from .refine import (
    MODEL,
    NESTED_REPORT,
    is_nested_report,
    past_stance_report,
    quoted_clause_subject,
    refine,
    tagger_inputs,
)
from .resumed import resumed_quotations
from .rule_base import Raw, Sentence
from .rule_words import WORDS
from .shapes import Context, drop_misread, read_after_tagger, read_sentence
from .shapes.clause_noun import name_clause_pattern, name_clause_starts
from .shapes.document_clause import may_cite_document
from .shapes.estimate_at import may_estimate
from .shapes.forecast_clause import may_forecast
from .shapes.identified_as import may_identify
from .shapes.made_clear import may_make_clear
from .shapes.medium_clause import may_say_in_medium
from .shapes.of_noun import may_cite_by_noun
from .shapes.per_source import may_cite_per
from .shapes.put_it import may_put_it
from .shapes.relative_subject import may_have_relative_subject
from .shapes.report_clause import may_report_plainly
from .shapes.ruled_out import may_rule_out
from .shapes.sees_forecast import may_see
from .shapes.statement_object import may_issue_statement
from .shapes.that_verb import may_report_that
from .shapes.told_passive import may_be_told
from .shapes.withheld import gave_no_pattern, withhold_pattern, withhold_starts
from .source_types import RESOLVER
from .sources import Resolver, SourceInfo, TextNames, first_person_speakers, media_in
from .tagger import Tagger, load_tagger

#: Parts searched by default: the body and, separately flagged, the captions.
DEFAULT_KINDS: frozenset[str] = BODY_KINDS | {CAPTION}
#: Every part with prose in it (the predict task also reads headlines and standfirsts).
PROSE_KINDS: frozenset[str] = DEFAULT_KINDS | {HEADLINE, STANDFIRST}


_GAP_RE = re.compile(r"[\s,.;:!?…—–\-" + re.escape(QUOTE_CHARS) + r"]*")


#: ``find_attributions(..., tagger=SHIPPED)``: use the tagger shipped in the package.
SHIPPED = "shipped"
#: ``find_attributions(..., keep=AUTO)``: the shipped keep model with the shipped tagger, else none.
AUTO = "auto"
#: Sentences read and tagged in one piece by :func:`find_attributions` (a news article has far fewer).
SENTENCE_CHUNK = 1024

_T = TypeVar("_T")


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """``items`` in lists of ``size`` (the last may be shorter; none is empty)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def rule_sentences(
    article: Article, kinds: frozenset[str]
) -> Iterator[tuple[Sentence, list[Raw], list[Quote]]]:
    """Every sentence the rules read, with the rules' raw attributions in it and the article's quotations.

    A sentence with no cue word, no colon and no opening dash is skipped: no rule could fire in it. The
    trainer (``tools/train_attribution.py``) reads the same sentences, so the model sees what it was
    trained on.
    """
    text = article.text
    parts = [p for p in article.parts if p.kind in kinds]
    if not parts or not text:
        return
    quotes = scan_parts(text, parts)
    ctx = Context(article, quotes)
    for idx, span in _rule_sentences(article, kinds, quotes):
        if (
            not has_cue_word(text, span.start, span.end)
            and text.find(":", span.start, span.end) < 0
            and text[span.start] not in "-—–"  # "- Jane Doe." signing the quotation above it
        ):
            continue
        toks = article.tokens_in(span)
        if not toks:
            continue
        s = Sentence(text, toks, idx, span)
        yield s, read_sentence(ctx, s), quotes


@one_article()  # as parse_article and the pipeline: no full collector pass over a long article's objects
def find_attributions(
    article: Article,
    kinds: frozenset[str] | set[str] | None = None,
    tagger: Tagger | str | None = SHIPPED,
    keep: KeepModel | str | None = AUTO,
) -> list[Attribution]:
    """Every attribution in the body and captions (or in parts of ``kinds``), sorted by content start.

    ``tagger`` is the model that reviews the rules' decisions (:mod:`analysis.attribution.refine`): the
    shipped one by default, another :class:`Tagger` (training and cross-validation), or None for the
    rules alone. ``keep`` is the model that has the last word on each attribution found
    (:mod:`analysis.attribution.keep`): by default the shipped one with the shipped tagger (the
    attributions it sets aside are left out, and :func:`set_aside` returns them) and none with another
    tagger or the rules alone (it was trained on what the shipped tagger finds); another
    :class:`KeepModel`, or None to keep them all (its training reads them so).
    """
    kinds = DEFAULT_KINDS if kinds is None else frozenset(kinds)
    if keep == AUTO:
        keep = SHIPPED if tagger == SHIPPED else None
    if tagger == SHIPPED:
        # The shipped analyzer's answer is kept on the article (``Article.derived``): the hedging judge and
        # every attribution table of a report ask for it again, and on a 5 MB article each run costs ~20 s.
        key = _cache_key(kinds)
        # read and tagged with other articles (tag_together)
        ahead = cast("_Ahead | None", article.derived.pop(_AHEAD + key, None))
        if key not in article.derived:
            got = _selected(article, kinds)
            if got is None:
                trace = _Trace()
                got = tuple(_find(article, kinds, load_tagger(), trace, ahead))
                article.derived[key + ":trace"] = trace
            article.derived[key] = got
        found = cast(tuple[Attribution, ...], article.derived[key])
        if keep is None:
            return list(found)
        if keep == SHIPPED:
            if key + _JUDGED not in article.derived:
                article.derived[key + _JUDGED] = tuple(judge(article, found, load_keep_model()))
            return [a for a in cast(tuple[Attribution, ...], article.derived[key + _JUDGED]) if is_kept(a)]
    else:
        found = tuple(_find(article, kinds, tagger))
        if keep is None:
            return list(found)
    model = load_keep_model() if keep == SHIPPED else keep
    assert isinstance(model, KeepModel)
    return [a for a in judge(article, found, model) if is_kept(a, model.threshold)]


#: ``Article.derived`` key suffix of the shipped analyzer's attributions with the keep model's decisions.
_JUDGED = ":judged"


def set_aside(article: Article, kinds: frozenset[str] | set[str] | None = None) -> list[Attribution]:
    """The attributions the shipped keep model left out of :func:`find_attributions` (same ``kinds``),
    each with its decision (``keep``, probability below the threshold): the tables count them and the
    report shows them, so nothing the rules found is silently lost."""
    kinds = DEFAULT_KINDS if kinds is None else frozenset(kinds)
    find_attributions(article, kinds)
    judged = cast(tuple[Attribution, ...], article.derived[_cache_key(kinds) + _JUDGED])
    return [a for a in judged if not is_kept(a)]


def _cache_key(kinds: frozenset[str]) -> str:
    return "attribution:" + ",".join(sorted(kinds))


#: ``Article.derived`` key prefix of the sentences :func:`tag_together` read and tagged ahead.
_AHEAD = "ahead:"

#: What :func:`tag_together` keeps on an article: its rule sentences, the tagger's inputs and outputs.
_Ahead = tuple[
    list[tuple[Sentence, list[Raw], list[Quote]]], list[tuple[list[str], list[str], list[bool]]], list
]


def tag_together(articles: Iterable[Article], kinds: frozenset[str] | set[str] | None = None) -> None:
    """Read the rule sentences of several articles and tag them all in one pass of the shipped tagger;
    :func:`find_attributions` (shipped tagger, same ``kinds``) then takes each article's share.

    Why: the tagger's cost is mostly numpy calls per pass (a Viterbi step per token position of the
    longest sentence), and a short article pays it for a handful of sentences; a corpus partition of
    short news items (Reuters) spent about 11% of its time so. Tagging is per sentence (its emissions
    and best path depend on its own tokens alone), so the labels and scores are the same bits as when
    each article is tagged alone, and the attributions the same. Articles of more than
    :data:`SENTENCE_CHUNK` sentences are left to be read in chunks by themselves (memory); an article the
    rules fail on is left to :func:`find_attributions`, which reports the failure as it always has.
    """
    kinds = DEFAULT_KINDS if kinds is None else frozenset(kinds)
    key = _cache_key(kinds)
    read: list[tuple[Article, _Ahead]] = []
    for article in articles:
        if key in article.derived or len(article.sentences) > SENTENCE_CHUNK:
            continue
        try:
            sents = list(rule_sentences(article, kinds))
            inputs = [tagger_inputs(s, raws, quotes) for s, raws, quotes in sents]
        except Exception:  # noqa: BLE001 (find_attributions reads it again and reports what went wrong)
            continue
        read.append((article, (sents, inputs, [])))
    try:
        tagged = load_tagger().tag_batch([inp for _, (_, inputs, _) in read for inp in inputs])
    except Exception:  # noqa: BLE001 (each article is then read and tagged alone, failing on its own)
        return
    k = 0
    for article, (sents, inputs, _) in read:
        article.derived[_AHEAD + key] = (sents, inputs, tagged[k : k + len(inputs)])
        k += len(inputs)


@dataclass(slots=True)
class _Trace:
    """What a cached run over some parts saw: the quotations, each sentence the rules read with what the
    rules and the model found in it (copies, before the steps over the whole article change them), and
    the kinds of part anything was found in. :func:`_selected` reads it to reuse the run for fewer parts.
    """

    quotes: tuple[Quote, ...] = ()
    scanned: bool = False  # ``quotes`` are the scan of the parts (not left empty: no sentence read)
    sentences: tuple[tuple[int, Span, tuple[Raw, ...]], ...] = ()  # as in _find's ``found``
    found_in: frozenset[str] = frozenset()


def _copy(r: Raw) -> Raw:
    """A copy of ``r`` that the steps over the whole article may change (they replace and add content
    fragments and quotations, and set the span and the deciders; spans themselves are never changed).

    Copies the instance dict instead of calling :func:`dataclasses.replace`: the same shallow copy
    (``Raw`` has no ``__post_init__`` and every field is an init field), but a 5 MB article copies
    about 100,000 of them and ``replace`` took ~0.5 s of a 30 s report (issue 11)."""
    new = object.__new__(Raw)
    new.__dict__.update(r.__dict__)
    new.content = list(r.content)
    new.quotes = list(r.quotes)
    return new


def _selected(article: Article, kinds: frozenset[str]) -> tuple[Attribution, ...] | None:
    """The attributions over ``kinds`` from a cached run over more parts, exactly as a run over ``kinds``
    would find them; None when no cached run can be reused.

    A report shows the body and captions but its hedging judge reads every prose part (headline and
    standfirst too): the sentences are read and tagged once, and each consumer selects its parts. When
    the extra parts hold no quotation (so the quotations over ``kinds`` alone are the ones found over all
    the parts), the rules and the model read the same sentences of ``kinds`` with the same quotations and
    find the same; the steps over the whole article (merging, quotation runs, resolving "he" and names in
    reading order) then run again on those sentences' findings only, unless nothing was found in the
    extra parts, when the cached answer is already the one. They must run again otherwise: a headline
    "De Blasio says ..." names the source first, and the body's "Bill de Blasio" would be "De Blasio".
    """
    for key, value in list(article.derived.items()):
        if not key.startswith("attribution:") or not isinstance(value, _Trace):
            continue
        wider = frozenset(key[len("attribution:") : -len(":trace")].split(","))
        if not kinds < wider:
            continue
        if not (value.scanned and _same_quotes(article, kinds, wider)) and scan_parts(
            article.text, [p for p in article.parts if p.kind in kinds]
        ) != list(value.quotes):
            continue
        if not value.found_in - kinds:
            return cast(tuple[Attribution, ...], article.derived[key[: -len(":trace")]])
        parts, sentences = article.parts, article.sentences
        found = [
            (index, span, [_copy(r) for r in raws])
            for index, span, raws in value.sentences
            if parts[sentences[index].part].kind in kinds
        ]
        return tuple(_whole_article(article, found, list(value.quotes)))
    return None


#: Any character a quotation scan reads as a quote mark, in either style (:func:`quotes.scan_block` and
#: :func:`quotes.scan_single_block`).
_ANY_MARK_RE = re.compile(r"[\"“”«»„'‘’]")


def _same_quotes(article: Article, kinds: frozenset[str], wider: frozenset[str]) -> bool:
    """True when the quotations over the parts of ``kinds`` are certainly those scanned over the parts of
    ``wider`` (``kinds < wider``), without scanning the article again; False when they may differ.

    Why: the report's and the corpus run's body-and-captions run is selected from the run over every
    prose part (:func:`_selected`), which had to scan the whole article's quotations a second time to
    compare. The scanner reads each part alone (:func:`quotes.scan_parts`), so they are the same when
    no extra part holds a quote mark (its scan finds nothing, and it opens no quotation) and no part of
    ``kinds`` comes right before an extra one with another part of ``kinds`` after it (whether a
    quotation left open continues depends on the next part scanned).
    """
    text = article.text
    parts = [p for p in article.parts if p.kind in wider]
    for k, p in enumerate(parts):
        if p.kind in kinds:
            continue
        if _ANY_MARK_RE.search(text, p.start, p.end):
            return False
        if k and parts[k - 1].kind in kinds and any(q.kind in kinds for q in parts[k + 1 :]):
            return False
    return True


def _find(
    article: Article,
    kinds: frozenset[str],
    model: Tagger | str | None,
    trace: _Trace | None = None,
    ahead: _Ahead | None = None,
) -> list[Attribution]:
    """:func:`find_attributions` without the per-article cache; ``trace`` (when given) records what the
    run saw, for :func:`_selected`; ``ahead``: the sentences read and tagged by :func:`tag_together`."""
    assert model is None or isinstance(model, Tagger)
    # The sentences where anything was found, in order: the index of the sentence that holds the cue, the
    # span the rules read and what they found. Not the :class:`Sentence`: its token lists, kept for every
    # such sentence of a 5 MB article (and in the trace), were about 150 MB.
    found: list[tuple[int, Span, list[Raw]]] = []
    quotes: list[Quote] = []
    # The sentences are read, tagged and refined :data:`SENTENCE_CHUNK` at a time: a news article is one
    # chunk (one tagging pass over all its sentences, see Tagger.emissions_batch for why), and a 5 MB one
    # does not hold every sentence's tokens, labels and scores at once (about 250 MB). The shapes and
    # ``refine`` read their own sentence and the article and change nothing else, so the order of reading
    # and refining across chunks changes no result; a sentence where nothing was found adds nothing below.
    chunks: Iterable[tuple[list[tuple[Sentence, list[Raw], list[Quote]]], list | None, list | None]] = (
        ((ahead[0], ahead[1], ahead[2]),) if ahead is not None and ahead[0] else ()
    )
    if ahead is None:
        chunks = ((sents, None, None) for sents in _chunks(rule_sentences(article, kinds), SENTENCE_CHUNK))
    scanned = False  # the quotations were scanned (rule_sentences), not left empty
    for sents, inputs, tagged in chunks:
        scanned = True
        quotes = sents[0][2]
        if model is not None:
            if inputs is None or tagged is None:
                inputs = [tagger_inputs(s, raws, quotes) for s, raws, _ in sents]
                tagged = model.tag_batch(inputs)
            sents = [
                (s, refine(s, raws, quotes, model, (labels, em, inp[1], None)), quotes)
                for (s, raws, _), (labels, em), inp in zip(sents, tagged, inputs, strict=True)
            ]
        found += [(s.index, s.span, raws) for s, raws, _ in sents if raws]
    # the after-tagger shapes' prefilters (has_belief_passive, may_withhold, may_name_clause): searched once
    # over the article, then looked up per sentence (prefilter.py); recall22's (may_report_that, may_be_told,
    # may_cite_by_noun; recall23's may_report_plainly; recall24's may_see; recall25's
    # may_have_relative_subject, may_rule_out; recall26's may_cite_per, may_estimate, may_put_it; recall27's
    # may_cite_document, may_issue_statement, may_say_in_medium, may_identify; session 24's may_forecast,
    # may_make_clear) per
    # article, then per
    # sentence only in an article where one matched
    gate = MatchStarts(
        article.text,
        (
            (belief_passive_pattern(), belief_passive_starts),
            (withhold_pattern(), withhold_starts),
            (gave_no_pattern(), None),  # "He gave no further details" (withheld.gave_no)
            (name_clause_pattern(), name_clause_starts),
        ),
    )
    more = (
        may_report_that(article.text)
        or may_be_told(article.text)
        or may_cite_by_noun(article.text)
        or may_report_plainly(article.text)
        or may_forecast(article.text)
        or may_make_clear(article.text)
        or may_see(article.text)
        or may_have_relative_subject(article.text)
        or may_rule_out(article.text)
        or may_cite_per(article.text)
        or may_estimate(article.text)
        or may_put_it(article.text)
        or may_cite_document(article.text)
        or may_issue_statement(article.text)
        or may_say_in_medium(article.text)
        or may_identify(article.text)
    )
    if gate.anywhere() or more:
        quotes = quotes or scan_parts(article.text, [p for p in article.parts if p.kind in kinds])
        scanned = True
        found = _after_tagger(article, kinds, quotes, found, gate, more)
    if trace is not None:
        parts, sentences = article.parts, article.sentences
        trace.quotes = tuple(quotes)
        trace.scanned = scanned
        trace.sentences = tuple((index, span, tuple(_copy(r) for r in raws)) for index, span, raws in found)
        trace.found_in = frozenset(parts[sentences[index].part].kind for index, _, _ in found)
    return _whole_article(article, found, quotes)


def _after_tagger(
    article: Article,
    kinds: frozenset[str],
    quotes: list[Quote],
    found: list[tuple[int, Span, list[Raw]]],
    gate: MatchStarts,
    more: bool = True,
) -> list[tuple[int, Span, list[Raw]]]:
    """``found`` with what the shapes read after the tagger add (``shapes.order.AFTER_TAGGER``), in sentence
    order: constructions only the news guideline labels, which the tagger never sees (its training input,
    and so the shipped weights, stay those of the rules it was trained with)."""
    text = article.text
    at = {index: raws for index, _, raws in found}
    ctx = Context(article, quotes)
    added = False
    for idx, span in _rule_sentences(article, kinds, quotes):
        a, b = span.start, span.end
        if not (
            gate.within(a, b)
            or more
            and (
                may_report_that(text, a, b)
                or may_be_told(text, a, b)
                or may_cite_by_noun(text, a, b)
                or may_report_plainly(text, a, b)
                or may_forecast(text, a, b)
                or may_make_clear(text, a, b)
                or may_see(text, a, b)
                or may_have_relative_subject(text, a, b)
                or may_rule_out(text, a, b)
                or may_cite_per(text, a, b)
                or may_estimate(text, a, b)
                or may_put_it(text, a, b)
                or may_cite_document(text, a, b)
                or may_issue_statement(text, a, b)
                or may_say_in_medium(text, a, b)
                or may_identify(text, a, b)
            )
        ):
            continue
        toks = article.tokens_in(span)
        if not toks:
            continue
        raws = at.get(idx, [])
        new = read_after_tagger(ctx, Sentence(text, toks, idx, span), raws)
        if new and idx in at:
            # "The shift was widely seen as C": "seen" read as an active verb, its subject as the source
            raws[:] = drop_misread(raws, new) + new
        elif new:
            found.append((idx, span, new))
            added = True
    return sorted(found, key=lambda x: x[0]) if added else found


def _whole_article(
    article: Article, sents: list[tuple[int, Span, list[Raw]]], quotes: list[Quote]
) -> list[Attribution]:
    """The steps over the whole article, on what the rules and the model found in each sentence read
    (``(index, span, raws)``): merge, drop nested beliefs and anonymity requests, extend speaker turns and
    quotation runs, resolve sources."""
    raws: list[Raw] = []
    for _, span, found in sents:
        for r in found:
            r.span = span
            raws.append(r)
    text = article.text
    # "some estimates by the Red Cross ranging from 45% to 60%" (rule agent_noun): a noun no shape reads
    raws = with_agent_nouns(text, article.sentences, raws)
    if not raws:
        return []
    raws = _dedupe(raws)
    raws = _drop_nested_beliefs(text, raws)
    raws = _drop_anonymity_requests(text, raws)
    # "one dealer, who asked not to be named, told C": the request is refused speech (rule anonymity_request)
    raws = anonymity_requests(text, raws)
    cut_nested_subjects(raws)
    # "The spokesman said the mayor rejected C": the mayor, not "The spokesman said the mayor"
    cut_nested_sources(text, raws)
    # "36 people believed to have been involved": no one named holds the belief (rule reduced_hearsay)
    drop_reduced_hearsay_sources(text, raws)
    _extend_speaker_turns(article, raws)
    _extend_quotations(article, raws, quotes)
    # 'Lee said, "A. B," later adding, "C"': the participle's subject is Lee, not "B"'s first word
    quoted_clause_subject(text, article.sentences, raws, quotes)
    return _finish(article, raws)


_FINAL_STOP_RE = re.compile(r"[\s.]+$")


def _extend_speaker_turns(article: Article, raws: list[Raw]) -> None:
    """A speaker label at a paragraph start ("SMITH: ...") heads a turn that runs to the paragraph end.

    In interview transcripts each paragraph is one speaker's turn, however many sentences it holds;
    PolNeAR train takes the whole turn (without its final full stop) as the content.
    """
    text = article.text
    for r in raws:
        if r.lemma != ":" or r.quotes or r.cue is None:
            continue
        sent = article.sentences[r.sentence]
        part = article.parts[sent.part]
        last = r.content[-1]
        if text[part.start : r.cue.start].strip() != text[sent.start : r.cue.start].strip():
            continue  # the label must open its paragraph
        if not _GAP_RE.fullmatch(text, last.end, sent.end) or sent.end >= part.end:
            continue
        m = _FINAL_STOP_RE.search(text, sent.end, part.end)
        end = m.start() if m else part.end
        if end > last.end:
            r.content[-1] = Span(last.start, end)
            _also_by(r, "speaker_turn")


def _led_in(text: str, sent: Span, quotes: list[Quote]) -> bool:
    """Does the quotation that ends ``sent`` open inside it after words of its own ('X asked: "Is it?"')?"""
    k = bisect_right(quotes, sent.end - 1, key=lambda q: q.start) - 1
    if k < 0:
        return False
    q = quotes[k]
    return sent.start < q.start and q.end >= sent.end - 1 and not text[sent.start : q.start].isspace()


_QUESTION_QUOTE_END = re.compile(r"[?!…][\"”’»']+$|[?!…]''$")


def _rule_sentences(article: Article, kinds: frozenset[str], quotes: list[Quote]) -> list[tuple[int, Span]]:
    """The sentences the rules read, as (index of the sentence that holds the cue, span).

    A quotation ending in "?" or "!" ends a sentence for the splitter when a capitalised word follows
    ('"Is it?" Trump asked.'), which cuts the quotation off from its cue. Such a quotation is read
    together with the sentence after it, when that sentence is in the same part and does not open with
    a quote mark of its own, and when the quotation has no lead-in of its own: in 'Mr X asked: "Is it?"
    The next speaker said ...' the cue is before the quotation, and the next sentence is another's
    (a BBC pattern: the question ran on into the next speaker's words).
    """
    text = article.text
    sents = article.sentences
    out: list[tuple[int, Span]] = []
    k = 0
    while k < len(sents):
        sent = sents[k]
        if article.parts[sent.part].kind not in kinds:
            k += 1
            continue
        if (
            k + 1 < len(sents)
            and sents[k + 1].part == sent.part
            and text[sents[k + 1].start] not in QUOTE_CHARS
            and _QUESTION_QUOTE_END.search(text, sent.start, sent.end)
            and not _led_in(text, sent, quotes)
        ):
            out.append((k + 1, Span(sent.start, sents[k + 1].end)))
            k += 2
            continue
        out.append((k, Span(sent.start, sent.end)))
        k += 1
    return out


def _outlet_source(text: str, r: Raw) -> str:
    """The media outlet that is ``r``'s whole source ("Reuters" in "..., Reuters reported"), or ""."""
    if r.source is None or r.lemma == "according to" or r.source.end - r.source.start > 40:
        return ""
    src = text[r.source.start : r.source.end]
    if not (src[:1].isupper() or src.startswith("the ")):
        return ""  # a cheap test first: most sources are pronouns and noun phrases
    m = media_in(src)
    return m if m and len(src) <= len(m) + 4 else ""


def _drop_nested_beliefs(text: str, raws: list[Raw]) -> list[Raw]:
    """Drop "wants" in "She said she wants C": the statement is the attribution, the intention its content.

    A belief, intention, evidence or stance cue (think, want, show, support) that stands inside the
    content of a speech attribution is part of what that source said. PolNeAR train annotates such a
    nested cue as an attribution of its own far less often than not, and a reader sees the statement.
    A belief or a finding ("She said she thinks C") is kept as a report of its own (:func:`is_nested_report`),
    its cue decision naming rule ``nested_report``.
    """
    if not any(r.cue_class in WORDS.belief_class for r in raws):
        return raws
    # an outlet's report of what someone estimated keeps the estimate: the outlet is its channel
    spans = SpanIndex(
        (c.start, c.end, None)
        for r in raws
        if r.cue_class not in WORDS.belief_class and not _outlet_source(text, r)
        for c in r.content
    )
    # a shape whose content is the sentence's main clause ("According to NBC, Time considered X", "C, it
    # is reported") has no subordinate clause for a belief to be reported in: its verbs are no nested report
    subordinate = SpanIndex(
        (c.start, c.end, None)
        for r in raws
        if r.cue_class not in WORDS.belief_class
        and r.rule not in WORDS.main_clause_rule
        and not _outlet_source(text, r)
        for c in r.content
    )
    out = []
    for r in raws:
        if r.cue_class in WORDS.belief_class and r.cue is not None and spans.contains(r.cue.start, r.cue.end):
            inside = subordinate.contains(r.cue.start, r.cue.end)
            own = is_nested_report(r.cue_class, r.lemma, inside) or (inside and past_stance_report(text, r))
            if not own:
                continue
            if r.cue_by != MODEL:
                r.cue_by = f"{r.cue_by or r.rule}+{NESTED_REPORT}"
        out.append(r)
    return out


def _drop_anonymity_requests(text: str, raws: list[Raw]) -> list[Raw]:
    """Drop "(who) asked not to be named": a condition the source set, not something it is cited for."""
    openings = tables().anonymity
    out = []
    for r in raws:
        c = r.content[0]
        head = text[c.start : min(c.end, c.start + 40)].lower()
        if r.cue_class != "according_to" and head.startswith(openings):
            continue
        out.append(r)
    return out


def _nests(a: Raw, b: Raw) -> bool:
    """Does one of ``a`` and ``b`` report the other (:func:`inner_reports.holds_cue_of`)?"""
    return holds_cue_of(a, b) or holds_cue_of(b, a)


def _dedupe(raws: list[Raw]) -> list[Raw]:
    """One attribution per cue; two cues claiming the same content keep the first (by text order), except
    that a source written in the sentence wins over a sourceless shield adverb: in "The deal was allegedly
    signed, according to the company" the company is who the claim rests on, and "allegedly" passes on
    its word (labelling notes: an "allegedly" whose source the same sentence names is that source's). Two
    cues of which one reports the other keep both ("Fares are expected to rise, the operators said": the
    operators' statement holds the expectation; :func:`inner_reports.holds_cue_of`), and so does an "as"
    clause vouching for what another source reported ("Smith said the plan would fail, as the auditors had
    warned": both report the same clause; content24)."""
    out: list[Raw] = []
    seen_cues: set[tuple[int, int]] = set()
    seen_content: dict[tuple[int, int], Raw] = {}
    sourced = {(r.content[0].start, r.content[-1].end) for r in raws if r.source is not None}
    for r in raws:
        key = (r.cue.start, r.cue.end) if r.cue else (-1, -1)
        ck = (r.content[0].start, r.content[-1].end)
        if key in seen_cues:
            continue
        if ck in seen_content and not _nests(seen_content[ck], r) and r.rule != "as_clause":
            continue
        if r.rule == "adverb" and r.source is None and ck in sourced:
            continue
        seen_cues.add(key)
        seen_content.setdefault(ck, r)
        out.append(r)
    return out


def _extend_quotations(article: Article, raws: list[Raw], quotes: list[Quote]) -> None:
    """Add the quotations that run on after a direct attribution ('"A," he said. "B."') as fragments.

    Content before an inverted cue ('A, he said. "B."') runs on the same way, quoted or not.
    """
    text = article.text
    claimed = {(c.start, c.end) for r in raws for c in r.content}
    # a quotation inside another attribution's content ('..., noting that they "talked often."') is its own
    contents = SpanIndex((c.start, c.end, r) for r in raws for c in r.content)
    # a participle after the cue ('"A," she said, describing how ...') shares its source, and a cue with
    # no source ('"A," he told us when asked about it. "B."') names nobody: neither brings a new speaker
    cue_spans = sorted((r.cue.start, r.cue.end) for r in raws if r.cue and not r.inherited and r.source)
    starts = [q.start for q in quotes]
    sent_starts = [s.start for s in article.sentences]
    for r in raws:
        cue_sent = r.span if r.span is not None else article.sentences[r.sentence]
        indirect = not r.quotes or r.content[-1].end != r.quotes[-1].end
        if r.cue is not None and r.content[-1].end <= r.cue.start:
            # 'The bridge is safe, Ames said. "We checked it twice."': content before an inverted cue runs
            # on into the quotations after it as direct speech does (measured on PolNeAR train)
            indirect = False
        if indirect:
            # an indirect content that runs to its sentence end may go on in a quotation after it
            # ('She said that she would stay. "We are in till the last ballot is cast!"')
            if not (
                r.cue is not None
                and r.cue.end <= r.content[-1].start
                and _GAP_RE.fullmatch(text, r.content[-1].end, cue_sent.end)
            ):
                continue
        last = r.content[-1]
        k = bisect_right(starts, last.start)
        while k < len(quotes):
            q = quotes[k]
            if q.start < last.end:
                k += 1
                continue
            if (q.start, q.end) in claimed or contents.contains(q.start, q.end, exclude=r):
                break
            gap_a, gap_b = last.end, q.start
            # 'Now, "B."' / 'But "B."': a short lead-in opening the quotation's sentence comes with it
            j = bisect_right(sent_starts, q.start) - 1
            start = q.start
            if j >= 0 and gap_a <= sent_starts[j] < q.start and _short_lead(text, sent_starts[j], q.start):
                start = gap_b = sent_starts[j]
            if not _GAP_RE.fullmatch(text, gap_a, gap_b):
                if indirect:
                    break
                # words between are allowed only inside the cue's own sentence, and only its own cue;
                # the quotation may open the next paragraph ('"A," she said on Monday.\n\n"B."')
                if not (
                    cue_sent.start <= gap_a
                    and (gap_b <= cue_sent.end + 1 or _GAP_RE.fullmatch(text, cue_sent.end, gap_b))
                ):
                    break
                own = (r.cue.start, r.cue.end) if r.cue is not None else None
                if _other_cue_between(cue_spans, gap_a, gap_b, own):
                    break
            # the quotation must stand alone: nothing but punctuation after it to its sentence end, or
            # in a later sentence, words that name no speaker of their own ('"B," which votes in June.')
            send = article.sentences[j].end if j >= 0 else q.end
            if (
                q.end < send
                and not _GAP_RE.fullmatch(text, q.end, send)
                and not (q.start >= cue_sent.end and _tail_names_nobody(text, q.end, send))
            ):
                if r.cue is not None and r.cue.end <= q.start and q.end <= cue_sent.end:
                    k += 1  # 'he said on CNN's "State of the Union" Sunday. "B."': a title, not speech
                    continue
                break
            if len(article.words_in(q)) < 2 and q.closed:
                break
            r.content.append(Span(start, q.end))
            _also_by(r, "quotation_run")
            r.quotes.append(q)
            claimed.add((q.start, q.end))
            last = q
            k += 1


def _other_cue_between(cue_spans: list[tuple[int, int]], a: int, b: int, own: tuple[int, int] | None) -> bool:
    """Does a cue other than ``own`` start in ``[a, b)``? (``cue_spans`` sorted: a binary search.)"""
    k = bisect_left(cue_spans, (a, -1))
    while k < len(cue_spans) and cue_spans[k][0] < b:
        if cue_spans[k] != own:
            return True
        k += 1
    return False


_LEAD_RE = re.compile(r"(?:[A-Za-z’'-]+,?\s+){1,3}")


def _short_lead(text: str, a: int, b: int) -> bool:
    """Are ``text[a:b]`` one to three plain words ("Now,", "But", "And yet") before a quotation?"""
    return bool(_LEAD_RE.fullmatch(text, a, b)) and not has_cue_word(text, a, b)


_FIRST_WORD_RE = re.compile(r"[\s,]*([A-Za-z’']+)")


def _tail_names_nobody(text: str, a: int, b: int) -> bool:
    """Do the words after a quotation (``text[a:b]``) go on without a speaker of their own?

    '"B," which votes in June.' goes on about something else; '"B," the judge exclaimed.' or
    '"B," Lee said.' names the speaker of B, another attribution.
    """
    m = _FIRST_WORD_RE.match(text, a, b)
    if m is None:
        return False
    w = m.group(1)
    t = tables()
    if not w.islower() or w in t.subject_pronouns or w in t.determiner:
        return False
    return not has_cue_word(text, a, b)


_REFUSAL_WINDOW = 3


def _refused(article: Article, r: Raw) -> bool:
    """Is ``r``'s cue negated or refused ("declined to comment", "would not confirm", "didn't say")?

    A cue that is one of the words of ``refusals.tsv`` ("declined"), or one of them (or an "n't"
    contraction) among the three words before the cue, inside its sentence and with no punctuation
    between, makes the speech refused.
    """
    if r.cue is None:
        return False
    text = article.text
    words = tables().refusals
    cue_words = text[r.cue.start : r.cue.end].lower().replace("’", "'").split()
    if cue_words[0] in words:
        return True  # "declined (to comment)": the cue is the refusal itself
    negating = negators()
    if any(w in negating or w.endswith("n't") for w in cue_words):
        return True  # "did not immediately provide" (shapes/withheld.py): the negator is inside the cue
    sent = article.sentences[r.sentence]
    # the few tokens right before the cue, found by binary search (a sentence may be very long)
    k = bisect_left(article.token_starts(), r.cue.start)  # the cached starts: no key call per probe
    before = [t for t in article.tokens[max(0, k - _REFUSAL_WINDOW) : k] if t.start >= sent.start]
    for k in range(len(before) - 1, -1, -1):
        tok = before[k]
        if not tok.is_word:
            return False
        w = text[tok.start : tok.end].lower().replace("’", "'")
        after = text[before[k + 1].start : before[k + 1].end] if k + 1 < len(before) else ""
        if (w in words or w.endswith("n't")) and not numbered_no(w, after):
            return True
    return False


def numbered_no(word: str, following: str) -> bool:
    """Rule ``numbered_no``: is ``word`` the abbreviation "No" of "number" ("No 10 said", "No. 10"), which
    negates nothing? It is when the word after it is a numeral."""
    return word.rstrip(".") == "no" and following[:1].isdigit()


def _kind(article: Article, r: Raw, marks: list[int]) -> str:
    """direct, mixed, indirect, refused or according_to; ``marks`` (from :func:`_quote_mark_positions`)
    makes the test for a quote mark inside a content a binary search, not a scan of its text: contents of
    a run-on sentence overlap, and scanning each made a long one quadratic."""
    text = article.text
    if r.lemma == "according to":
        return "according_to"
    if _refused(article, r):
        return "refused"
    qspans = {(q.start, q.end) for q in r.quotes}
    if r.content and all((c.start, c.end) in qspans for c in r.content):
        return "direct"
    return "mixed" if any(_mark_within(marks, text, c.start, c.end) for c in r.content) else "indirect"


def _quote_mark_positions(text: str) -> list[int]:
    """Offsets of the quote marks that make a content "mixed": ``"“”«»`` and a doubled apostrophe."""
    return [m.start() for m in _QUOTE_MARK.finditer(text)]


#: A quote mark, or an apostrophe another follows (each position as the lookahead ``(?=["“”«»]|'')``
#: finds them, but ``re`` skips ahead to the next candidate character instead of trying every position).
_QUOTE_MARK = re.compile("[\"“”«»]|'(?=')")


def _mark_within(marks: list[int], text: str, a: int, b: int) -> bool:
    """Is one of ``marks`` wholly inside ``text[a:b]`` (a doubled apostrophe takes two characters)?"""
    i = bisect_left(marks, a)
    while i < len(marks) and marks[i] < b:
        if text[marks[i]] != "'" or marks[i] + 2 <= b:
            return True
        i += 1
    return False


def _finish(article: Article, raws: list[Raw]) -> list[Attribution]:
    text = article.text
    raws = [r for r in raws if not _name_as_content(text, r)]
    raws.sort(key=lambda r: (r.content[0].start, r.cue.start if r.cue else -1))
    # a media outlet in "according to a report by AP" is the channel of the other attributions in its sentence
    channel_of_sentence: dict[int, str] = {}
    for r in raws:
        if r.lemma == "according to" and r.source is not None:
            m = media_in(text[r.source.start : r.source.end])
            if m:
                channel_of_sentence.setdefault(r.sentence, m)
    # "C," Lynn said, via the Los Angeles Times: the channel holds the whole report (rule channel_rider)
    stops = [s.end for s in article.sentences]
    # "The China Daily quoted Yang Jike as saying C": the outlet's report and the speaker's (quoted_speaker)
    raws = quoted_speakers(text, raws, [s.start for s in article.sentences])
    raws = raws + channel_riders(text, raws, stops)
    # "Reuters, citing anonymous sources, reported C": the cited sources' report of C (rule cited_source)
    raws = cited_sources(text, raws, stops)
    # "The spokesman said he thought C": the belief reported inside the statement (rule inner_belief)
    raws = inner_beliefs(text, raws)
    # "X has estimated that C, Reuters reported": Reuters is the channel of the attribution inside
    outlet_spans = SpanIndex(
        (c.start, c.end, m) for r in raws if (m := _outlet_source(text, r)) for c in r.content
    )
    starts = [s.start for s in article.sentences]
    # what the resolver reads from the whole text is read once per article (Article.derived): a report runs
    # these steps twice, over every prose part and over the body and captions (_selected)
    names = article.derived.get("attribution.names")
    if not isinstance(names, TextNames) or names.text is not text or names.sentence_starts != starts:
        names = article.derived["attribution.names"] = TextNames(text, starts)
    resolver = Resolver(text, starts, names)
    marks = _quote_mark_positions(text)
    out: list[Attribution] = []
    for r in sorted(raws, key=lambda r: r.cue.start if r.cue else r.content[0].start):
        hint = "" if r.lemma == "according to" else channel_of_sentence.get(r.sentence, "")
        if not hint and r.cue is not None:
            hint = outlet_spans.first_owner(r.cue.start, r.cue.end) or ""
        source: Span | None = clean_source(text, r.source)
        repaired_by = "clean_source" if source != r.source else ""
        if source is not None and (headed := determiner_head(text, source, r.cue)) != source:
            source, repaired_by = headed, "determiner_head"  # "his" of "his family reported": "his family"
        if source is None and r.source is not None and r.inherited and r.cue is not None:
            # "the city issued an advisory and stated C": a verb sharing its sentence's subject
            source = clean_source(text, sentence_subject(text, article.sentences[r.sentence], r.cue))
            repaired_by = "sentence_subject" if source is not None else repaired_by
        if source is not None and " and " in text[source.start : source.end]:
            # rule name_list: "Turkey, Greece and Cyprus said": the list from its first name
            source = listed_names_start(text, starts[r.sentence] if r.sentence < len(starts) else 0, source)
        # "Turkey and Greece expressed ...": one attribution per conjunct, as the guideline labels them
        conjuncts = [source] if source is None else split_conjuncts(text, source)
        at = starts[r.sentence] if r.sentence < len(starts) else 0
        first = None if source is None else appositive_conjunct_before(text, at, source)
        if first is not None:  # "Ann Berg, chairman of Volvo, and Tom Hale, its chief, said": both people
            conjuncts = [first, *conjuncts]
        content = tuple(sorted({(c.start, c.end): c for c in r.content}.values(), key=lambda c: c.start))
        for src in conjuncts:
            whole = src == source
            role = r.role if source is not None and (whole or src is conjuncts[-1]) else None
            info = resolver.resolve(src, role, r.lemma, r.addressee, hint)
            if info.thing and r.cue_class in WORDS.agent_class:
                continue  # "The US move also encouraged X to ...": a thing urges nobody
            by = repaired_by if whole else "+".join(b for b in (repaired_by, "conjunct") if b)
            out.append(_attribution(article, r, src, content, info, by, marks))
    out.sort(key=lambda a: (a.content[0].start, a.cue.start if a.cue else -1))
    out = name_nested_shields(text, out)
    # "Both councils said they believed C": "they" is both councils (rule statement_pronoun)
    out = name_statement_pronouns(text, out)
    # "..., the firm's chief has told BBC News. / ... Helmut Panke predicted": the lead's speaker named next
    out = lead_description_named(text, out)
    return resumed_quotations(article, first_person_speakers(text, out))


def _name_as_content(text: str, r: Raw) -> bool:
    """Is ``r`` an inverted cue whose source was read as its content: '..., said Mayor Ann <img ...> Lee'
    with "Mayor Ann" as what was said and no source? After a comma, a cue followed at once by one to four
    capitalised words and nothing else names its speaker there; the words say nothing."""
    if r.source is not None or r.cue is None or len(r.content) != 1:
        return False
    c = r.content[0]
    if text[r.cue.end : c.start].strip() or not text[: r.cue.start].rstrip().endswith(","):
        return False
    words = text[c.start : c.end].split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _attribution(
    article: Article,
    r: Raw,
    source: Span | None,
    content: tuple[Span, ...],
    info: SourceInfo,
    repaired_by: str,
    marks: list[int],
) -> Attribution:
    """The attribution of raw ``r`` with source ``source`` (one conjunct of it, or all) typed as ``info``."""
    sent = article.sentences[r.sentence]
    part = article.parts[sent.part]
    # ``Attribution(...)`` without the frozen dataclass's per-field ``object.__setattr__`` (5.4 -> 1.4 us,
    # a few percent of a run-on sentence of 7,700 reports): no ``__post_init__``, every field an init field,
    # set in the order of the fields (``keep`` at its default), so the instance is the same
    new = object.__new__(Attribution)
    new.__dict__.update(
        cue=r.cue,
        source=source,
        content=content,
        kind=_kind(article, r, marks),
        source_type=info.source_type,
        source_name=info.source_name,
        mention=info.mention,
        role=info.role,
        channel=info.channel,
        part=sent.part,
        in_caption=part.kind == CAPTION,
        cue_class=r.cue_class,
        cue_by=_decision(r, "cue", r.cue_by),
        source_by=_decision(r, "source", r.source_by, repaired_by),
        content_by=_decision(r, "content", r.content_by),
        keep=None,
        type_by=info.type_rule or RESOLVER,
    )
    return new


def _also_by(r: Raw, rule: str) -> None:
    """Record that rule ``rule`` also shaped ``r``'s content (a model decision stays the model's)."""
    if r.content_by == MODEL:
        return
    base = r.content_by or r.rule
    if not base.endswith("+" + rule):
        r.content_by = f"{base}+{rule}"


def _decision(r: Raw, part: str, by: str, then: str = "") -> Decision:
    """Who decided ``part`` of ``r``: the model, a later rule (``by``), or the shape that found it;
    ``then`` names a rule that trimmed it afterwards (``noun_phrases.clean_source``)."""
    if by == MODEL:
        return Decision("model", "", r.conf.get(part))
    rule = by or r.rule
    rule = f"{rule}+{then}" if then else rule
    got = _RULE_DECISIONS.get(rule)
    if got is None:
        got = _RULE_DECISIONS[rule] = Decision("rule", rule)
    return got


#: ``Decision("rule", rule)`` by rule: a decision is a value (frozen), and the few rules' decisions, made
#: once each, are shared by every attribution (making one cost about 1 us, three per attribution).
_RULE_DECISIONS: dict[str, Decision] = {}


def sentence_of(article: Article, pos: int) -> int:
    """Index of the sentence holding ``pos`` (or the last one starting before it)."""
    return max(0, bisect_right(article.sentences, pos, key=lambda s: s.start) - 1)
