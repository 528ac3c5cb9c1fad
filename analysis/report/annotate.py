"""The annotated article: the full original text as HTML, parts labelled, layers of highlights on top.

How overlapping highlights stay valid HTML: the text of each part is cut at every sentence and highlight
boundary, and each elementary segment becomes one ``<span>`` that carries the classes of every highlight
covering it and their ids in ``data-h`` (so a highlight that spans, or is crossed by, others is a run of
segments; joining the text of the segments whose ``data-h`` names it gives back its exact text). Segments
sit inside their sentence's ``<span>``, which sits inside its part: sentences never cross parts, so the
nesting is always proper. All article text and every attribute value is escaped with
:func:`html.escape` (quotes too); labels drawn by CSS come from ``data-*`` attributes, never from markup
built out of article text. The text content of each part's ``.ar-text`` element is exactly the part's
original text (``white-space: pre-wrap`` keeps its line breaks).
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right, insort
from collections.abc import Mapping, Sequence

from ..intervals import SpanIndex
from ..model import SET_ASIDE_KINDS, Article
from . import limits
from .layers import DIFFICULTY_BINS, Highlight, difficulty_class

PART_NAMES = {
    "headline": "Headline",
    "standfirst": "Standfirst",
    "heading": "Subheading",
    "paragraph": "Paragraph",
    "caption": "Photo caption",
    "credit": "Photo credit",
    "byline": "Byline",
    "footer": "Footer",
    "boilerplate": "Page furniture",
}


def esc(text: str) -> str:
    """Escape text for HTML content and for double- or single-quoted attribute values."""
    return html.escape(text, quote=True)


def _attrs(pairs: Sequence[tuple[str, str]]) -> str:
    return "".join(f' {name}="{esc(value)}"' for name, value in pairs if value)


def cut_offset(
    article: Article, limit: int | None, highlights: Sequence[Highlight] = (), marks: int | None = None
) -> int:
    """Where an annotated rendering of at most ``limit`` characters and ``marks`` highlights stops.

    The whole text when it is within both; else the end of the last sentence that ends within them, or
    the limit itself when that would leave less than half of it (one run-on sentence longer than the
    limit is cut inside)."""
    n = len(article.text)
    if marks is not None and len(highlights) > marks:
        starts = sorted(h.start for h in highlights)
        limit = starts[marks] if limit is None else min(limit, starts[marks])
    if limit is None or n <= limit:
        return n
    last = max((s.end for s in article.sentences if s.end <= limit), default=0)
    return last if last >= limit // 2 else limit


def render_article(
    article: Article,
    highlights: Sequence[Highlight],
    grades: Mapping[int, float | None] | None = None,
    end: int | None = None,
) -> str:
    """HTML of the article up to offset ``end`` (default: the whole article; see :func:`cut_offset`).

    ``grades`` maps sentence index to its difficulty (grade) when scored. A part that ``end`` cuts is drawn
    up to ``end`` and labelled as cut; nothing after it is drawn."""
    grades = grades or {}
    text = article.text
    stop = len(text) if end is None else max(0, min(end, len(text)))
    out = ['<div class="ar-article">']
    covered = 0
    by_part: dict[int, list] = {}
    for i, s in enumerate(article.sentences):
        by_part.setdefault(s.part, []).append((i, s))
    # each block gets only the highlights overlapping it (looked up, not scanned: a scan of every
    # highlight for every part made a long article's report quadratic)
    index_of = SpanIndex((h.start, h.end, k) for k, h in enumerate(highlights))

    def near(a: int, b: int) -> list[Highlight]:
        return [highlights[k] for k in index_of.overlapping(a, b)]  # type: ignore[index]

    for index, part in sorted(enumerate(article.parts), key=lambda p: (p[1].start, p[1].end)):
        if part.start >= stop:
            break
        gap_end = min(part.start, stop)
        if text[covered:gap_end].strip():  # text the parser put in no part: still shown, never dropped
            hl = near(covered, gap_end)
            out.append(_part_block(text, -1, covered, gap_end, "unparsed", "not in any part", [], hl, grades))
        part_end = min(part.end, stop)
        sentences = [(i, s) for i, s in by_part.get(index, []) if s.start < part_end]
        reason = part.reason if part_end == part.end else f"{part.reason}; cut at character {part_end:,}"
        out.append(
            _part_block(
                text, index, part.start, part_end, part.kind, reason, sentences, near(part.start, part_end),
                grades, cut=part_end < part.end,
            )
        )
        covered = max(covered, part_end)
    if stop == len(text) and text[covered:].strip():
        hl = near(covered, len(text))
        out.append(_part_block(text, -1, covered, len(text), "unparsed", "not in any part", [], hl, grades))
    out.append("</div>")
    return "\n".join(out)


def _part_block(text, index, start, end, kind, reason, sentences, highlights, grades, cut=False) -> str:
    name = PART_NAMES.get(kind, kind.capitalize())
    set_aside = kind in SET_ASIDE_KINDS or kind == "unparsed"
    label = f"{name} — set aside from the body" if set_aside else name
    label += " — cut here: the rest is not drawn" if cut else ""
    classes = f"ar-part ar-part-{kind}" + (" ar-set-aside" if set_aside else "") + (" ar-cut" if cut else "")
    tag = "h2" if kind == "headline" else "h3" if kind == "heading" else "div"
    body = _render_range(text, start, end, sentences, highlights, grades)
    return (
        f'<div class="{classes}"{_attrs([("data-part", str(index)), ("data-kind", kind)])}>'
        f'<div class="ar-part-label"{_attrs([("title", reason)])}>{esc(label)}'
        + (f' <span class="ar-reason">({esc(reason)})</span>' if set_aside and reason else "")
        + f'</div><{tag} class="ar-text">{body}</{tag}></div>'
    )


def _render_range(text, start, end, sentences, highlights, grades) -> str:
    """Segments of ``text[start:end]``, grouped into sentence spans.

    The highlights covering each segment come from one sweep over the segments (a highlight becomes active
    at its first segment and inactive after its last), kept ordered from the innermost out, so a segment
    under thousands of nested attributions costs no more than one under a few."""
    inside = [h for h in highlights if h.start < end and start < h.end]
    cuts = {start, end}
    for _, s in sentences:
        cuts.update((max(start, s.start), min(end, s.end)))
    for h in inside:
        cuts.update((max(start, h.start), min(end, h.end)))
    bounds = sorted(c for c in cuts if start <= c <= end)
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for k, h in enumerate(inside):
        if h.end <= h.start:
            continue  # an empty highlight covers no text
        opening.setdefault(max(start, h.start), []).append(k)
        closing.setdefault(min(end, h.end), []).append(k)
    active: list[tuple[int, int, int]] = []  # (length, start, k) of the highlights covering the segment
    layers: dict[str, int] = {}  # how many active highlights each layer has
    sent_starts = [s.start for _, s in sentences]
    out: list[str] = []
    open_sentence: int | None = None
    for a, b in zip(bounds, bounds[1:], strict=False):
        for k in closing.get(a, ()):
            h = inside[k]
            del active[bisect_left(active, (h.end - h.start, h.start, k))]
            layers[h.layer] -= 1
        for k in opening.get(a, ()):
            h = inside[k]
            insort(active, (h.end - h.start, h.start, k))
            layers[h.layer] = layers.get(h.layer, 0) + 1
        k = bisect_right(sent_starts, a) - 1
        in_sentence = k >= 0 and sentences[k][1].start <= a and b <= sentences[k][1].end
        current = sentences[k][0] if in_sentence else None
        if current != open_sentence:
            if open_sentence is not None:
                out.append("</span>")
            if current is not None:
                out.append(_open_sentence(current, grades))
            open_sentence = current
        out.append(_segment(text, a, b, inside, active, sum(1 for n in layers.values() if n)))
    if open_sentence is not None:
        out.append("</span>")
    return "".join(out)


def _open_sentence(index: int, grades: Mapping[int, float | None]) -> str:
    grade = grades.get(index)
    scored = index in grades and grade is not None
    cls = "ar-sent" + (f" ar-{difficulty_class(grade)}" if scored else "")
    title = (
        f"Sentence {index}: Flesch-Kincaid grade {grade:.1f}" if scored else f"Sentence {index}: not scored"
    )
    attrs = [("data-s", str(index)), ("data-grade", f"{grade:.1f}" if scored else ""), ("title", title)]
    return f'<span class="{cls}"{_attrs(attrs)}>'


def _segment(
    text: str,
    a: int,
    b: int,
    inside: Sequence[Highlight],
    active: Sequence[tuple[int, int, int]],
    layers: int,
) -> str:
    """One elementary piece of text with the highlights covering it (``active``: innermost first, from
    ``layers`` different layers)."""
    piece = esc(text[a:b])
    if not active:
        return piece
    many = len(active) > limits.SEGMENT_MARKS  # deeply nested: name the innermost, count the rest
    covering = [inside[k] for k in sorted(k for _, _, k in active[: limits.SEGMENT_MARKS])]
    # Styles: per layer, the innermost (shortest) highlight decides, so nested attributions stay legible;
    # data-h and the hover text still name every highlight covering the segment (the innermost
    # SEGMENT_MARKS of a deeper nest).
    innermost: dict[str, Highlight] = {}
    for h in covering if not many else (inside[k] for _, _, k in active):
        best = innermost.get(h.layer)
        if best is None or (h.end - h.start, h.start) < (best.end - best.start, best.start):
            innermost[h.layer] = h
        if many and len(innermost) == layers:
            break
    classes = list(dict.fromkeys(c for h in innermost.values() for c in h.classes))
    before = " ".join(h.tag for h in covering if h.layer == "source" and h.start == a and h.tag)
    after = " ".join(h.tag for h in covering if h.layer == "hedging" and h.end == b and h.tag)
    more = f"\n… and {len(active) - len(covering):,} more marks around these words" if many else ""
    attrs = [
        ("class", "ar-seg " + " ".join(classes)),
        ("data-h", " ".join(h.hid for h in covering)),
        ("data-before", before),
        ("data-after", after),
        ("title", "\n".join(dict.fromkeys(h.label for h in covering)) + more),
    ]
    return f"<span{_attrs(attrs)}>{piece}</span>"


def difficulty_legend() -> list[tuple[str, str]]:
    """(css class, meaning) of each sentence shade, for the legend."""
    return [(f"ar-{cls}", text) for _, cls, text in DIFFICULTY_BINS]
