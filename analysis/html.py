"""HTML pages to the visible text the article parser reads, with the page's own headline and metadata.

trafilatura finds the main content (0.958 bag-of-words F1 on the Zyte benchmark, the best of the open
extractors); scripts, styles and navigation never reach the text. What it does not do well is the
headline: a page's ``<title>`` carries the site name ("... | CBC News", "..._English_Xinhua"), and on
many sites it differs from the headline printed on the page. So the headline is reconciled from the
page's own structure (:func:`page_headline`): the article's JSON-LD ``headline``, the ``<h1>`` that agrees
with the page's titles, ``og:title`` and ``<title>`` with the site name taken off. The standfirst comes
from the page's summary markup (JSON-LD ``description``, ``og:description``) when the page also shows it.

The result is laid out as the text a reader would copy (headline, blank line, standfirst, blank line,
body paragraphs) and handed to :func:`analysis.parsing.parse_article` with the headline (``title``
and ``headline``, ``headline_from``), standfirst, site name (``publisher``), ``author``, date
(``published``) and the extraction path (``extraction``) in ``meta``, so that the parser's rules can say
where each came from and the report can show the publisher.

When trafilatura finds no text, its recall-oriented mode and then its baseline (the largest text
blocks) are tried before giving up; ``meta["extraction"]`` says which path was used. A page whose
text has no line of running text (a menu, a list of links) is refused as "no article".
"""

from __future__ import annotations

import codecs
import html as htmllib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError
from .lexicons import words

#: Separators between a headline and the site name or section in a ``<title>``.
_TITLE_SEPARATORS = re.compile(r"\s+[|–—\-•·*:»/]+\s+|\s*[|•·»]\s*|_(?=[A-Z])")
_TOKEN = re.compile(r"\w+")
#: A line of running text: at least this many words (navigation items and buttons are shorter).
RUNNING_TEXT_WORDS = 10
#: JSON-LD types whose ``headline`` is the article's (not a breadcrumb's or a related item's).
_ARTICLE_TYPES = re.compile(r"(?:Article|BlogPosting|Report|LiveBlogPosting|WebPage)$")
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
#: Meta tags that state when an article was published, in order of preference. trafilatura's own date
#: is not used: on a page without one it guesses from numbers in the text ("1996-01-01").
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date", "pubdate")
_CODE_IN_TEXT = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_NO_TEXT = ("script", "style", "noscript", "template", "svg", "button")


@dataclass(frozen=True, slots=True)
class Page:
    """What :func:`extract` found on a page: the text to parse and the metadata it came with."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


def _norm(s: str) -> str:
    """Words only, lower-cased: how headlines are compared (quotes, dashes and case do not matter)."""
    return " ".join(_TOKEN.findall(s.lower()))


def _clean(s: str | None) -> str:
    """Entity-decoded, tag-free, one-line text ("markup inside the title" is dropped, not shown)."""
    if not s:
        return ""
    s = htmllib.unescape(str(s))
    s = _CODE_IN_TEXT.sub(" ", s)  # "<title>Budget <script>...</script></title>": the script's text too
    s = re.sub(r"<[^>]{0,200}>", " ", s)
    return " ".join(s.split())


# ---------------------------------------------------------------- encodings


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta charset>`` or ``http-equiv`` tag (first 4 KB), if known."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").strip().lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, where: str) -> str | None:
    """Decode an HTML file by its own ``<meta charset>`` declaration.

    Returns ``None`` when the page declares no (known) encoding, so that the caller's generic decoding
    applies. A declaration the bytes contradict is named, not guessed around: a page that says
    ``utf-8`` but is not valid UTF-8 (a mixed or mislabelled page), or that says a single-byte encoding
    but holds UTF-8 sequences, raises :class:`InputError` with both encodings in the message.
    """
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # a byte-order mark outranks the declaration
    declared = declared_charset(data)
    if declared is None:
        return None
    try:
        text = data.decode(declared)
    except UnicodeDecodeError as exc:
        raise InputError(
            where,
            f"declares charset {declared!r} in a <meta> tag, but byte {exc.start} (0x{data[exc.start]:02x}) "
            f"is not valid {declared}; re-save the page in one encoding or fix the declaration",
        ) from exc
    if declared not in ("utf-8", "ascii") and not data.isascii():
        try:
            as_utf8 = data.decode("utf-8")
        except UnicodeDecodeError:
            as_utf8 = None
        if as_utf8 is not None:
            raise InputError(
                where,
                f"declares charset {declared!r} in a <meta> tag, but its bytes are UTF-8; "
                "fix the declaration (it would turn the text into mojibake)",
            )
    return text


# ---------------------------------------------------------------- page structure


def _visible_text(el: Any) -> str:
    """An element's text without the text of scripts, styles and buttons inside it."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag.lower() in _NO_TEXT:
            if node.tail:
                parts.append(node.tail)
            return
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
        if node.tail and node is not el:
            parts.append(node.tail)

    walk(el)
    return _clean(" ".join(parts))


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's ``application/ld+json`` scripts (``@graph`` members included)."""
    for script in tree.xpath('//script[contains(@type, "ld+json")]'):
        raw = script.text or ""
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)


def _ld_type(obj: dict[str, Any]) -> str:
    t = obj.get("@type", "")
    return " ".join(t) if isinstance(t, list) else str(t)


def _name_of(value: Any) -> str:
    """A JSON-LD person/organisation (or a list of them) as text."""
    if isinstance(value, list):
        return ", ".join(n for n in (_name_of(v) for v in value) if n)
    if isinstance(value, dict):
        return _clean(value.get("name"))
    return _clean(value) if isinstance(value, str) else ""


@dataclass(slots=True)
class _Signals:
    """The headline, summary and site-name candidates a page declares."""

    ld_headline: str = ""
    ld_description: str = ""
    ld_author: str = ""
    ld_date: str = ""
    ld_publisher: str = ""
    og_title: str = ""
    og_description: str = ""
    site_name: str = ""
    title: str = ""
    meta_date: str = ""
    meta_author: str = ""
    h1: list[tuple[str, bool]] = field(default_factory=list)  # (text, inside a link)
    domain: str = ""


def _signals(tree: Any) -> _Signals:
    sig = _Signals()
    for obj in _json_ld(tree):
        typ = _ld_type(obj)
        headline = _clean(obj.get("headline")) if isinstance(obj.get("headline"), str) else ""
        if headline and not sig.ld_headline and (_ARTICLE_TYPES.search(typ) or not typ):
            if "WebPage" in typ and "Article" not in typ:
                pass  # a WebPage's headline is often the <title> with the site name; articles outrank it
            else:
                sig.ld_headline = headline
                sig.ld_description = (
                    _clean(obj.get("description")) if isinstance(obj.get("description"), str) else ""
                )
                sig.ld_author = _name_of(obj.get("author"))
                sig.ld_date = (
                    _clean(obj.get("datePublished")) if isinstance(obj.get("datePublished"), str) else ""
                )
                sig.ld_publisher = _name_of(obj.get("publisher"))
        if "Organization" in typ or "WebSite" in typ:
            name = _name_of(obj)
            if name and not sig.ld_publisher:
                sig.ld_publisher = name
    meta: dict[str, str] = {}
    for m in tree.xpath("//meta[@content]"):
        key = (m.get("property") or m.get("name") or "").strip().lower()
        if key and key not in meta:
            meta[key] = _clean(m.get("content"))
    sig.og_title = meta.get("og:title") or meta.get("twitter:title") or ""
    sig.og_description = meta.get("og:description") or meta.get("description") or ""
    sig.site_name = meta.get("og:site_name") or meta.get("application-name") or ""
    sig.meta_date = next((meta[k] for k in _DATE_META if meta.get(k)), "")
    sig.meta_author = meta.get("author") or meta.get("article:author") or ""
    titles = tree.xpath("//title")
    sig.title = _clean(titles[0].text_content()) if titles else ""
    for h in tree.xpath("//h1"):
        text = _visible_text(h)
        if text:
            sig.h1.append((text, bool(h.xpath("ancestor::a"))))
    url = meta.get("og:url") or ""
    for link in tree.xpath('//link[@rel="canonical"]/@href'):
        url = url or str(link)
    m = re.match(r"https?://(?:www\.)?([^/:]+)", url)
    sig.domain = m.group(1).lower() if m else ""
    return sig


def _site_names(sig: _Signals) -> list[str]:
    names = [sig.site_name, sig.ld_publisher, sig.domain]
    if sig.domain:
        names.append(sig.domain.split(".")[0])
    return [n for n in (_norm(x) for x in names) if n]


def _is_site_segment(segment: str, sites: list[str]) -> bool:
    """A title segment that names the site ("CBC News", "Globalnews.ca", "English_Xinhua")."""
    seg = _norm(segment)
    if not seg:
        return True
    squashed = seg.replace(" ", "")
    for site in sites:
        s = site.replace(" ", "")
        if squashed == s or (len(s) >= 3 and (s in squashed or squashed in s) and len(seg.split()) <= 4):
            return True
    return False


def _segments(title: str) -> list[tuple[int, int]]:
    """``[start, end)`` of the pieces of a title between separators."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _TITLE_SEPARATORS.finditer(title):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(title):
        out.append((pos, len(title)))
    return out


def _section_name(piece: str) -> bool:
    """A short capitalised piece beside a site name: a section ("National", "Politics News")."""
    words = piece.split()
    return 0 < len(words) <= 3 and all(w[0].isupper() or not w[0].isalpha() for w in words)


def strip_site_name(title: str, sites: list[str]) -> str:
    """``title`` without the site name (and the section names beside it) that pages append or prepend.

    "Russia hits Kyiv ... - National | Globalnews.ca" -> "Russia hits Kyiv ..."; a title with no piece
    that names the site is returned whole (a colon or dash inside a headline stays).
    """
    segs = _segments(title)
    if len(segs) < 2:
        return title
    site = [_is_site_segment(title[a:b], sites) for a, b in segs]
    if not any(site):
        return title
    if not site[0]:
        keep = segs[: site.index(True)]
        while len(keep) > 1 and _section_name(title[keep[-1][0] : keep[-1][1]]):
            keep.pop()
    else:
        first = len(site) - site[::-1].index(True)
        keep = segs[first:]
        while len(keep) > 1 and _section_name(title[keep[0][0] : keep[0][1]]):
            keep.pop(0)
    if not keep:
        return title
    return title[keep[0][0] : keep[-1][1]].strip()


def _trim_to(title: str, h1s: list[str]) -> str:
    """``title`` cut to the run of its pieces that an ``<h1>`` shows, when the rest names an unknown site.

    "Budget approved - Springfield Times" with the ``<h1>`` "Budget approved" -> "Budget approved", even
    when the page declares no site name to strip.
    """
    segs = _segments(title)
    if len(segs) < 2:
        return title
    keys = {_norm(h) for h in h1s}
    for a in range(len(segs)):
        for b in range(len(segs), a, -1):
            if (a, b) != (0, len(segs)) and _norm(title[segs[a][0] : segs[b - 1][1]]) in keys:
                return title[segs[a][0] : segs[b - 1][1]].strip()
    return title


def page_headline(sig: _Signals) -> tuple[str, str]:
    """The article's headline and where it came from, reconciled from the page's own declarations.

    The candidates are the ``<h1>`` (the one that agrees with the other declarations, else the first
    that is not a link), the article's JSON-LD ``headline``, ``og:title`` and ``<title>``, each without
    the site name. The headline is the text most of them agree on (compared by words, ignoring case
    and punctuation); on a tie, the first in that order: the ``<h1>`` is what the reader sees. When
    another declaration is a shorter form of that text (the same content words in the same order, some
    left out), the shortest form is the headline (:func:`_shortest_form`). With no candidate at all, no
    headline ("", "").

    On the Fundus pages the declarations disagree on a fifth of the pages (a shorter social-media
    ``og:title``, a longer SEO ``<title>``), and which one the publisher calls "the headline" differs
    by site; no rule that ignores the site can match them all (``benchmarks/bench_extraction.py``).
    """
    sites = _site_names(sig)
    declared: list[tuple[str, str]] = []
    if sig.ld_headline:
        declared.append((strip_site_name(sig.ld_headline, sites), "JSON-LD headline"))
    if sig.og_title:
        declared.append((strip_site_name(sig.og_title, sites), "og:title"))
    if sig.title:
        declared.append((strip_site_name(sig.title, sites), "<title>"))
    declared = [(t, w) for t, w in declared if not _is_site_segment(t, sites)]
    h1s = [h for h, linked in sig.h1 if not _is_site_segment(h, sites)]
    unlinked = [h for h, linked in sig.h1 if not linked and not _is_site_segment(h, sites)]
    declared = [(_trim_to(t, h1s), w) for t, w in declared]
    h1 = next((h for h in h1s if any(_norm(h) == _norm(t) for t, _ in declared)), "")
    h1 = h1 or (unlinked[0] if unlinked else "")
    candidates = ([(h1, "<h1>")] if h1 else []) + declared
    if not candidates:
        return "", ""
    votes = [sum(_norm(t) == _norm(u) for u, _ in candidates) for t, _ in candidates]
    best = max(votes)
    text, source = next(c for c, v in zip(candidates, votes, strict=True) if v == best)
    shorter = _shortest_form(text, candidates, votes)
    longer = ""
    if shorter is not None:
        longer = f", a shorter form of {source}"
        text, source = shorter
    agree = [w for (t, w) in candidates if _norm(t) == _norm(text) and w != source]
    return text, source + (f" (agrees with {', '.join(agree)})" if agree else "") + longer


#: Fewest content words a shorter form must keep: below that it is a label, not the headline.
SHORT_FORM_MIN_WORDS = 4


def _content_words(text: str) -> list[str]:
    small = words("headline_function_words.txt")
    return [w for w in _norm(text).split() if w not in small]


def _is_shorter_form(short: str, long: str) -> bool:
    """``short`` is ``long`` with words left out: its content words appear in ``long`` in the same order.

    "Chelsea send clear message of intent at Cobham" is a shorter form of "Chelsea send clear message of
    intent at Cobham in battling win over Tottenham"; the small words of
    ``headline_function_words.txt`` are ignored ("for a sprint" / "for an intense sprint"). A cut
    marked with an ellipsis is a truncation, not a shorter headline.
    """
    if short.rstrip().endswith(("...", "…")) or _cut_to_length(short, long):
        return False
    a, b = _content_words(short), _content_words(long)
    if len(a) < SHORT_FORM_MIN_WORDS or len(_norm(short).split()) >= len(_norm(long).split()):
        return False
    it = iter(b)
    return all(w in it for w in a)


#: Marks after which a headline's clause may end ("..., Austria says", "...: what we know").
_CLAUSE_MARKS = frozenset(",:;–—-(|")


def _cut_to_length(short: str, long: str) -> bool:
    """``short`` is the start of ``long`` cut in the middle of a phrase: a length limit, not a headline.

    "... making him third Beijing local to contract" (of "... to contract medieval disease") is cut;
    "... at Cobham" (of "... at Cobham in battling win over Tottenham") ends where a phrase ends: what
    follows opens with a word of ``headline_phrase_openers.txt`` (a preposition or conjunction)
    or comes after a punctuation mark.
    """
    a, b = _norm(short).split(), _norm(long).split()
    if len(a) >= len(b) or b[: len(a)] != a:
        return False
    if b[len(a)] in words("headline_phrase_openers.txt"):
        return False
    m = re.match(r"\W*" + r"\W+".join(map(re.escape, a)) + r"(?P<after>\W*)", long.lower())
    return not (m and any(c in _CLAUSE_MARKS for c in m.group("after")))


def _shortest_form(text: str, candidates: list[tuple[str, str]], votes: list[int]) -> tuple[str, str] | None:
    """The shortest declared headline that is a shorter form of ``text`` (the one most declarations agree
    on), if any.

    Sites lengthen one headline for one audience: a clause for search engines in ``<title>`` and JSON-LD
    ("... in battling win over Tottenham"), or a fuller ``<h1>`` beside a tighter ``og:title``. A headline
    "aims to be as short as possible" (Fundus' annotation guideline), so the shortest form is taken. A
    ``<title>`` that no other declaration agrees with does not count: it is the declaration most often cut
    to a length or left with pieces of the site's name. Ties go to the first candidate (``<h1>``,
    JSON-LD, ``og:title``, ``<title>``).
    """
    forms = [
        (c, len(_norm(c[0]).split()))
        for c, v in zip(candidates, votes, strict=True)
        if not (c[1] == "<title>" and v == 1) and _is_shorter_form(c[0], text)
    ]
    if not forms:
        return None
    fewest = min(n for _, n in forms)
    return next(c for c, n in forms if n == fewest)


# ---------------------------------------------------------------- extraction


def _body(html: str, tree: Any, where: str) -> tuple[Any, str]:
    """trafilatura's document and the path that found its text: recall mode, default mode, baseline.

    On the Zyte pages the recall mode is both more complete and more precise than the default
    (bag-of-words F1 0.970 against 0.968); the default and the baseline are fallbacks for pages
    where it finds nothing. trafilatura's metadata is not asked for: the page's own declarations are
    read here, and its date guesser takes numbers in the text for dates ("1996-01-01").
    """
    import trafilatura

    attempts: tuple[tuple[str, dict[str, Any]], ...] = (
        ("trafilatura (favor_recall)", {"favor_recall": True}),
        ("trafilatura", {}),
    )
    doc = None
    for path, options in attempts:
        try:
            doc = trafilatura.bare_extraction(
                html, include_comments=False, include_tables=False, with_metadata=False, **options
            )
        except Exception as exc:  # trafilatura raises many kinds of errors on broken markup
            raise InputError(where, f"the HTML could not be read ({type(exc).__name__})") from exc
        if doc is not None and (getattr(doc, "text", None) or "").strip():
            return doc, path
    try:
        _, text, _ = trafilatura.baseline(html)
    except Exception:  # the baseline is a last resort: its failure means "no text", not a crash
        text = ""
    if text.strip():
        return _Fallback(text), "trafilatura baseline (largest text blocks)"
    return doc, ""


@dataclass(slots=True)
class _Fallback:
    """The text of trafilatura's baseline, shaped like its document."""

    text: str


def _running_text(line: str) -> bool:
    """A line a reader reads rather than clicks: 10 words, or 40 characters of a script without spaces."""
    words = len(line.split())
    return words >= RUNNING_TEXT_WORDS or (len(line) >= 40 and len(line) >= 20 * words)


def _matches(line: str, summary: str) -> bool:
    """The line is the summary, or starts with it when the summary markup was cut short ("...")."""
    a, b = _norm(line), _norm(summary)
    if not a or not b:
        return False
    return a == b or (len(b) >= 40 and a.startswith(b.rsplit(" ", 1)[0]))


_SUMMARY_CLASS = re.compile(
    r"standfirst|summary|dek\b|deck|sub-?title|sub-?head|excerpt|intro|lede|teaser|strapline|description",
    re.IGNORECASE,
)


def _shown_summary(tree: Any, sig: _Signals, lines: list[str]) -> tuple[str, int | None]:
    """The standfirst: the page's summary markup, when the page also shows it as a summary.

    The summary (JSON-LD ``description``, ``og:description``) counts when an element of the page shows
    the same text either outside the extracted body, or in an element whose class names it a summary
    ("standfirst", "dek", "summary", ...). A plain paragraph that repeats it is the first paragraph
    the site reused as its description, and stays in the body. Returns the text and, when the body
    holds it, the index of that line.
    """
    for desc in (sig.ld_description, sig.og_description):
        key = _norm(desc)
        if len(key.split()) < 5:
            continue
        at = next((i for i, line in enumerate(lines[:3]) if _matches(line, desc)), None)
        xpath = "//p|//h2|//h3|//*[@class][self::div or self::span or self::section or self::header]"
        for el in tree.xpath(xpath):
            classes = " ".join(
                filter(
                    None, [el.get("class"), el.getparent().get("class") if el.getparent() is not None else ""]
                )
            )
            marked = bool(_SUMMARY_CLASS.search(classes))
            if el.tag not in ("p", "h2", "h3") and not marked:
                continue
            text = _visible_text(el)
            if not text or _norm(text) != key:
                continue
            if at is None or marked:
                return text, at
    return "", None


def extract(html: str, where: str = "<html>") -> Page:
    """The article text of an HTML page and its metadata (see the module docstring)."""
    try:
        import lxml.etree
        import lxml.html
        import trafilatura  # noqa: F401 - imported here to fail with a clear message
    except ImportError as exc:  # pragma: no cover - both are pinned dependencies
        raise InputError(where, "HTML input needs trafilatura, which is not installed") from exc
    if not html.strip():
        raise InputError(where, "the HTML is empty")
    # An XHTML page's "<?xml ... encoding=...?>" line: the text is decoded already, and lxml refuses a
    # str that still declares an encoding.
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        tree = lxml.html.document_fromstring(html)
    except lxml.etree.ParserError as exc:  # lxml's "Document is empty": comments or white space only
        raise InputError(where, "no article text was found in the HTML (it has no elements)") from exc
    except Exception as exc:  # other refusals of broken markup
        raise InputError(where, f"the HTML could not be read ({type(exc).__name__})") from exc
    sig = _signals(tree)
    doc, path = _body(html, tree, where)
    if not path:
        frames = tree.xpath("//frame|//iframe")
        hint = " (the page is a frameset: save the framed page itself)" if frames else ""
        raise InputError(where, f"no article text was found in the HTML{hint}")
    lines = [" ".join(line.split()) for line in (doc.text or "").splitlines()]
    lines = [line for line in lines if line]
    if not any(_running_text(line) for line in lines):
        raise InputError(
            where,
            f"no article in the HTML: its {len(lines)} text line(s) are all short (menus, links or "
            f"buttons; none is a sentence of {RUNNING_TEXT_WORDS} words or more)",
        )
    headline, headline_from = page_headline(sig)
    # trafilatura often repeats the <h1> as the first line of the body; when the headline is a shorter
    # form of it, the <h1> line is that headline all the same.
    shown = {_norm(h) for h, _ in sig.h1 if _is_shorter_form(headline, h)} | {_norm(headline)}
    shown.discard("")
    while lines and _norm(lines[0]) in shown:
        lines.pop(0)
    standfirst, at = _shown_summary(tree, sig, lines)
    if at is not None:
        lines.pop(at)
    meta = {
        "title": headline,
        "headline": headline,  # the text's first line; "title" may be overridden by the record's own
        "headline_from": headline_from,
        "extraction": path,
        "publisher": sig.site_name or sig.ld_publisher,
        "author": next((a for a in (sig.ld_author, sig.meta_author) if a and "://" not in a), ""),
        "published": sig.ld_date or sig.meta_date,
    }
    if standfirst:
        meta["standfirst"] = standfirst
    blocks = [b for b in (headline, standfirst) if b] + lines
    return Page(text="\n\n".join(blocks), meta={k: v for k, v in meta.items() if v})


def html_to_text(html: str, where: str = "<html>") -> str:
    """The article text of an HTML page: headline, blank line, standfirst, then the body's paragraphs."""
    return extract(html, where).text
