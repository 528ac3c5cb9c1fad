"""Finding every attribution in an article: quotes, rules per sentence, quotation runs, sources.

The order matters and is fixed: quotation spans first (the rules need to know what is quoted), then the
rules sentence by sentence, then quotations that run on after a direct attribution are added to it, and
last the sources are typed and resolved in reading order (a "he" can only refer back).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import BODY_KINDS, CAPTION, HEADLINE, STANDFIRST, Article, Span
from .lexicon import tables
from .model import Attribution
from .patterns import Raw, Rules, _Sent
from .quotes import QUOTE_CHARS, Quote, scan_parts
from .sources import Resolver, media_in

#: Parts searched by default: the body and, separately flagged, the captions.
DEFAULT_KINDS: frozenset[str] = BODY_KINDS | {CAPTION}
#: Every part with prose in it (the predict task also reads headlines and standfirsts).
PROSE_KINDS: frozenset[str] = DEFAULT_KINDS | {HEADLINE, STANDFIRST}

_GAP_RE = re.compile(r"[\s,.;:!?…—–\-" + re.escape(QUOTE_CHARS) + r"]*")


def find_attributions(article: Article, kinds: frozenset[str] | set[str] | None = None) -> list[Attribution]:
    """Every attribution in the body and captions (or in parts of ``kinds``), sorted by content start."""
    kinds = DEFAULT_KINDS if kinds is None else frozenset(kinds)
    text = article.text
    parts = [p for p in article.parts if p.kind in kinds]
    if not parts or not text:
        return []
    quotes = scan_parts(text, parts)
    rules = Rules(article, quotes)
    cue_re = tables().cue_re
    raws: list[Raw] = []
    sent_spans: list[Span] = []
    for idx, sent in enumerate(article.sentences):
        if article.parts[sent.part].kind not in kinds:
            continue
        if not cue_re.search(text, sent.start, sent.end):
            continue
        toks = article.tokens_in(sent)
        if not toks:
            continue
        sent_spans.append(sent)
        s = _Sent(text, toks, idx, sent)
        raws.extend(rules.sentence(s))
    raws = _dedupe(raws)
    _extend_quotations(article, raws, quotes)
    return _finish(article, raws)


def _dedupe(raws: list[Raw]) -> list[Raw]:
    """One attribution per cue; two cues claiming the same content keep the first (by text order)."""
    out: list[Raw] = []
    seen_cues: set[tuple[int, int]] = set()
    seen_content: set[tuple[int, int]] = set()
    for r in raws:
        key = (r.cue.start, r.cue.end) if r.cue else (-1, -1)
        ck = (r.content[0].start, r.content[-1].end)
        if key in seen_cues or ck in seen_content:
            continue
        seen_cues.add(key)
        seen_content.add(ck)
        out.append(r)
    return out


def _extend_quotations(article: Article, raws: list[Raw], quotes: list[Quote]) -> None:
    """Add the quotations that run on after a direct attribution ('"A," he said. "B."') as fragments."""
    text = article.text
    claimed = {(c.start, c.end) for r in raws for c in r.content}
    cue_spans = sorted((r.cue.start, r.cue.end) for r in raws if r.cue)
    starts = [q.start for q in quotes]
    sent_starts = [s.start for s in article.sentences]
    for r in raws:
        if not r.quotes or (r.content[-1].start, r.content[-1].end) != (r.quotes[-1].start, r.quotes[-1].end):
            continue
        cue_sent = article.sentences[r.sentence]
        last = r.content[-1]
        k = bisect_right(starts, last.start)
        while k < len(quotes):
            q = quotes[k]
            if (q.start, q.end) in claimed:
                break
            gap_a, gap_b = last.end, q.start
            if not _GAP_RE.fullmatch(text, gap_a, gap_b):
                # words between are allowed only inside the cue's own sentence, and only its own cue
                if not (cue_sent.start <= gap_a and gap_b <= cue_sent.end + 1):
                    break
                if any(gap_a <= a < gap_b and (a, b) != (r.cue.start, r.cue.end) for a, b in cue_spans):
                    break
            # the quotation must stand alone: nothing but punctuation after it to its sentence end
            j = bisect_right(sent_starts, q.start) - 1
            send = article.sentences[j].end if j >= 0 else q.end
            if q.end < send and not _GAP_RE.fullmatch(text, q.end, send):
                break
            if len(article.words_in(q)) < 2 and q.closed:
                break
            r.content.append(Span(q.start, q.end))
            r.quotes.append(q)
            claimed.add((q.start, q.end))
            last = q
            k += 1


def _kind(text: str, r: Raw) -> str:
    if r.lemma == "according to":
        return "according_to"
    qspans = {(q.start, q.end) for q in r.quotes}
    if r.content and all((c.start, c.end) in qspans for c in r.content):
        return "direct"
    if any(ch in text[c.start : c.end] for c in r.content for ch in '"“”«»'):
        return "mixed"
    if any("''" in text[c.start : c.end] for c in r.content):
        return "mixed"
    return "indirect"


def _finish(article: Article, raws: list[Raw]) -> list[Attribution]:
    text = article.text
    raws.sort(key=lambda r: (r.content[0].start, r.cue.start if r.cue else -1))
    # a media outlet in "according to a report by AP" is the channel of the other attributions in its sentence
    channel_of_sentence: dict[int, str] = {}
    for r in raws:
        if r.lemma == "according to" and r.source is not None:
            m = media_in(text[r.source.start : r.source.end])
            if m:
                channel_of_sentence.setdefault(r.sentence, m)
    resolver = Resolver(text)
    out: list[Attribution] = []
    for r in sorted(raws, key=lambda r: r.cue.start if r.cue else r.content[0].start):
        hint = "" if r.lemma == "according to" else channel_of_sentence.get(r.sentence, "")
        info = resolver.resolve(r.source, r.role, r.lemma, r.addressee, hint)
        sent = article.sentences[r.sentence]
        part = article.parts[sent.part]
        content = tuple(sorted({(c.start, c.end): c for c in r.content}.values(), key=lambda c: c.start))
        out.append(
            Attribution(
                cue=r.cue,
                source=r.source,
                content=content,
                kind=_kind(text, r),
                source_type=info.source_type,
                source_name=info.source_name,
                role=info.role,
                channel=info.channel,
                part=sent.part,
                in_caption=part.kind == CAPTION,
                cue_class=r.cue_class,
            )
        )
    out.sort(key=lambda a: (a.content[0].start, a.cue.start if a.cue else -1))
    return out


def sentence_of(article: Article, pos: int) -> int:
    """Index of the sentence holding ``pos`` (or the last one starting before it)."""
    starts = [s.start for s in article.sentences]
    return max(0, bisect_right(starts, pos) - 1)
