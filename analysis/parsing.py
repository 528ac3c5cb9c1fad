"""From the visible text of a news page to an :class:`~analysis.model.Article`.

The parse is a function of the text alone: no rules for particular sites. It works on lines, because
copied pages keep one block of the page per line, and uses blank lines only to glue hard-wrapped lines
back into one paragraph. Each line is judged in this order, and the first rule that fires wins; the rule
is recorded as the part's ``reason`` so that a reader can check what was set aside and why:

1. footer: a copyright line ("©", "ⓒ", "(c)", "Copyright", "All rights reserved");
2. boilerplate: a whole line from ``data/boilerplate.txt`` (share buttons, "Join the Discussion", labels),
   or a line, box or list that a rule of ``data/furniture.tsv`` names (cookie banners, tag lists, "Save"
   buttons, comment counts, newsletter and author boxes: :mod:`analysis.furniture`, reason with the id);
3. byline: "By Jane Doe", or a short name line right after a "Byline"/"Author" label;
4. credit: a photo credit ("Kim Min-Hee - Pool/Getty Images", "Adel Hana/Associated Press",
   "Photo: ...", "X via Getty Images"; agencies in ``data/photo_credits.txt``), also when it trails a
   caption line, or a short name line closing a two-line block under a longer line;
5. caption: a line opened by a photo-agency dateline ("SEOUL, SOUTH KOREA - JANUARY 29: ...") or a
   "Photo:"/"Caption:" label, or the line directly above a credit; with a title line above it in the
   same block;
6. headline: the first line of text, when it reads like a title (no final full stop, at most 30 words);
7. standfirst: the block right after the headline when it is an unpunctuated summary line, or one or
   two short sentences followed by a longer paragraph (never a wire lede "CITY (AP) — ...");
8. heading: a short line on its own (at most 14 words, no final full stop; a question up to 20 words)
   with running text after it;
9. paragraph: everything else.

Measured on real headlines, subheadings, captions and credits of 50 publishers by
``benchmarks/bench_parsing.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from . import furniture, lexicons
from .model import (
    BOILERPLATE,
    BYLINE,
    CAPTION,
    CREDIT,
    FOOTER,
    HEADING,
    HEADLINE,
    PARAGRAPH,
    STANDFIRST,
    Article,
    Part,
    Sentence,
)
from .runtime import one_article
from .sentences import split_span
from .tokens import tokenize

_COPYRIGHT = re.compile(r"^(?:©|ⓒ|\(c\)|copyright\b)|all rights reserved", re.IGNORECASE)
_COPYRIGHT_HOLDER = re.compile(
    r"(?:©|ⓒ|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<holder>[^.]*?(?:\.(?:com|org|net|co\.uk|co)\b)?)"
    r"\s*(?:\.|,|all rights reserved|$)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|written by|words by|reporting by)\s+(?P<name>[A-Z][^\n]{1,80})$", re.IGNORECASE)
_LABELS_BEFORE_BYLINE = frozenset({"byline", "author", "authors", "written by"})
_NAME_LINE = re.compile(r"^[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|and|&|de|van|von|der|al|bin))*$")
# "SEOUL, SOUTH KOREA - JANUARY 29:" and similar photo-agency datelines.
_CAPTION_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’\-]+\s[-–—]\s(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
    r"|NOVEMBER|DECEMBER)\s+\d{1,2}(?:,\s*\d{4})?\s*:"
)
_CAPTION_LABEL = re.compile(r"^(?:photo|image|picture|caption|pictured|above|top|file photo)\s*:", re.I)
_CREDIT_LABEL = re.compile(
    r"^\(?(?:photo|image|picture|pictures|photograph|illustration)s?(?:\s+credit)?\s*(?::|by\b)|^credit\s*:",
    re.I,
)
_TERMINAL = ".!?…\"”’'):;"
_QUOTES = "\"“”‘’'"
# A wire dateline opening a lede: "INDIANAPOLIS (AP) —", "LA CROSSE, Wis. (AP) —", "LONDON —".
_LEDE_DATELINE = re.compile(r"^[A-Z][A-Z .,'’\-]{2,40}(?:,\s[A-Z][a-z.]+)?\s(?:\([A-Za-z ]+\)\s)?[-–—]\s")
# A short credit line naming a photographer and an agency: "Adel Hana/Associated Press".
_SLASH_CREDIT = re.compile(r"^\(?[A-Z][\w.'’\- ]{0,60}\s?/\s?[A-Za-z][\w.'’&\- /]{0,80}\)?$")
_VIA_CREDIT = re.compile(r"^[A-Z][\w.'’\- ]{0,60}\svia\s[A-Z][\w.'’&\- ]{1,40}$")
_SOFT_END = ",;:-–—("
#: Marks that open a list item or a button label ("- Share", "• Download"); ignored when matching furniture.
_BULLETS = "-–—•·*|>›» \t"
#: A word for comparing lines: case, punctuation and quote marks do not matter.
_KEY_WORD = re.compile(r"\w+")
#: Sentence ends inside a line, for the pull-quote check (a cheap split: exact boundaries do not matter).
_ROUGH_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+")
#: A navigation menu: this many short lines in a row, each of at most this many words.
_MENU_RUN = 3
_MENU_ITEM_WORDS = 4
#: A pull quote must be at least this long (short phrases repeat legitimately).
_REPEAT_MIN_WORDS = 5


@cache
def _boilerplate_re() -> re.Pattern[str]:
    entries = lexicons.load("boilerplate.txt").entries
    return re.compile(r"^(?:" + "|".join(f"(?:{e})" for e in entries) + r")$", re.IGNORECASE)


@cache
def _link_list_re() -> re.Pattern[str]:
    entries = lexicons.load("link_lists.txt").entries
    return re.compile(r"^(?:" + "|".join(f"(?:{e})" for e in entries) + r")$", re.IGNORECASE)


@cache
def _agency_re() -> str:
    entries = sorted(lexicons.load("photo_credits.txt").entries, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(e) for e in entries) + ")"


@cache
def _credit_re() -> re.Pattern[str]:
    agency = _agency_re()
    # A whole line that is a credit: "Name - Pool/Getty Images", "Getty Images", "(AP Photo/Jane Doe)".
    return re.compile(
        r"^\(?(?:(?:[A-Z][\w.'’\-]*\s?){1,4}\s?[-–—/|]\s?)?(?:" + agency + r")(?:\s?[/|]\s?" + agency + r")*"
        r"(?:\s?/\s?[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3})?\)?$"
    )


@cache
def _trailing_credit_re() -> re.Pattern[str]:
    agency = _agency_re()
    # A credit after the last sentence of a caption: "... in Belgium. Kim Min-Hee - Pool/Getty Images"
    return re.compile(
        r"(?<=[.!?”\"’)])\s+(?P<credit>\(?(?:[A-Z][\w.'’\-]*\s?){1,4}\s?[-–—/|]\s?(?:"
        + agency
        + r"/)?"
        + agency
        + r"(?:\s?/\s?[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3})?\)?)$"
    )


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    block: int  # index of the blank-line-separated block the line belongs to
    kind: str = ""
    reason: str = ""


def _lines(text: str) -> list[_Line]:
    """Non-blank lines with trimmed offsets and their block numbers."""
    out: list[_Line] = []
    block = 0
    pos = 0
    blank_run = True
    for raw in text.splitlines(keepends=True):
        s, e = pos, pos + len(raw)
        pos = e
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            if not blank_run:
                block += 1
            blank_run = True
            continue
        blank_run = False
        out.append(_Line(s, e, text[s:e], block))
    return out


def _words(line: str) -> list[str]:
    return line.split()


def _title_like(line: str, max_words: int) -> bool:
    """Short, starts with a capital or digit, no sentence-final full stop: a title, heading or label."""
    words = _words(line)
    if not words or len(words) > max_words:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'"):
        return False
    if line[-1] in ".,;:" and not line.endswith("..."):
        return False
    return True


def _heading_like(line: str) -> bool:
    """A subheading: a short line with no sentence-final full stop.

    At most 14 words; a question may run to 20 ("How did the council vote?"); a heading in quote
    marks ("'There is only one place for him'") may end with its closing quote.
    """
    words = _words(line)
    if not words or not any(c.isalpha() for c in line):
        return False
    if line[-1] == "?" and len(words) <= 20 and (line[0].isupper() or line[0] in _QUOTES):
        return True
    if line[0] in _QUOTES and line[-1] in _QUOTES:
        inner = line[1:-1].rstrip()
        return bool(inner) and inner[-1] not in ".," and len(words) <= 16
    return _title_like(line, 14) and line[-1] not in _QUOTES + ")"


def _classify_furniture(lines: list[_Line]) -> None:
    """Rules 1-5: footer, boilerplate, byline, credit and caption lines."""
    boiler = _boilerplate_re()
    credit = _credit_re()
    for i, ln in enumerate(lines):
        norm = ln.text.strip().lstrip(_BULLETS).rstrip(":.").strip()
        if _COPYRIGHT.search(ln.text) and len(_words(ln.text)) <= 40:
            ln.kind, ln.reason = FOOTER, "copyright line"
        elif boiler.match(norm):
            ln.kind, ln.reason = BOILERPLATE, f"page furniture: {norm!r} is in data/boilerplate.txt"
        elif (hit := furniture.line_hit(i, ln.text)) is not None:
            ln.kind, ln.reason = hit.part, hit.reason
        elif _BYLINE.match(ln.text) and len(_words(ln.text)) <= 10 and ln.text[-1] not in ".!?":
            ln.kind, ln.reason = BYLINE, "line opens with 'By'"
        elif (
            i > 0
            and lines[i - 1].text.strip().rstrip(":").lower() in _LABELS_BEFORE_BYLINE
            and _NAME_LINE.match(ln.text)
            and len(_words(ln.text)) <= 6
        ):
            ln.kind, ln.reason = BYLINE, f"name after the label {lines[i - 1].text.strip()!r}"
        elif credit.match(ln.text) or (_CREDIT_LABEL.match(ln.text) and len(_words(ln.text)) <= 12):
            ln.kind, ln.reason = CREDIT, "photo credit"
        elif (
            (_SLASH_CREDIT.match(ln.text) or _VIA_CREDIT.match(ln.text))
            and len(_words(ln.text)) <= 12
            and ln.text[-1] not in ".!?:"
        ):
            ln.kind, ln.reason = CREDIT, "photo credit (photographer/agency)"
        elif _CAPTION_DATELINE.match(ln.text):
            ln.kind, ln.reason = CAPTION, "opens with a photo-agency dateline (PLACE - MONTH DAY:)"
        elif _CAPTION_LABEL.match(ln.text):
            ln.kind, ln.reason = CAPTION, "opens with a photo label"
    for hit in furniture.find(
        [ln.text for ln in lines], [ln.block for ln in lines], [bool(ln.kind) for ln in lines]
    ):
        lines[hit.index].kind, lines[hit.index].reason = hit.part, hit.reason
    _classify_menus(lines)
    _classify_link_lists(lines)
    # A photo block: a caption line with its credit on the next line, in one block. When the text has
    # blank lines between paragraphs, a short name-like last line under another line is such a credit.
    blocks = len({ln.block for ln in lines})
    for i in range(1, len(lines)):
        ln, prev = lines[i], lines[i - 1]
        if ln.kind or prev.kind or prev.block != ln.block or blocks < 3 or i < 2:
            continue
        last_in_block = i + 1 == len(lines) or lines[i + 1].block != ln.block
        if (
            last_in_block
            and ln.text[-1] not in ".!?:,;"
            and len(_words(ln.text)) <= 6
            and (_NAME_LINE.match(ln.text) or ln.text.isupper())
            and len(_words(prev.text)) > len(_words(ln.text))
        ):
            ln.kind, ln.reason = CREDIT, "short name line closing a two-line photo block"
    for i, ln in enumerate(lines):
        if ln.kind == CREDIT and i > 0:
            prev = lines[i - 1]
            if not prev.kind and prev.block == ln.block:
                prev.kind, prev.reason = CAPTION, "line directly above a photo credit"
    # A title line directly above a caption, in the same block, is the image's title.
    for i, ln in enumerate(lines):
        if ln.kind == CAPTION and i > 0:
            prev = lines[i - 1]
            if not prev.kind and prev.block == ln.block and _title_like(prev.text, 20):
                prev.kind, prev.reason = CAPTION, "title line of the photo block below it"


def _menu_item(ln: _Line) -> bool:
    """A line a menu is made of: at most four words, no digit, no sentence or clause punctuation."""
    words = _words(ln.text)
    return (
        len(words) <= _MENU_ITEM_WORDS
        and ln.text[0].isupper()
        and ln.text[-1] not in '.!?:,;"”’)'
        and not any(c.isdigit() for c in ln.text)
    )


def _classify_menus(lines: list[_Line]) -> None:
    """Rule 5a: a navigation menu, three or more short link lines in a row in one block.

    Browsers copy a menu as one line per link with no blank line between ("Home / News / World /
    Sign in"): each at most four words, capitalised, no digit, no final punctuation. Lines already set
    aside (a "Search" or "Menu" button) count towards the run. Article text rarely looks like this: its
    short lines (subheadings, captions) stand in blocks of their own or, in a photo block, in pairs; a
    list the text introduces with a colon, or of lower-case items, is kept.
    """
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and lines[j].block == lines[i].block
            and (lines[j].kind == BOILERPLATE or (not lines[j].kind and _menu_item(lines[j])))
        ):
            j += 1
        run = lines[i:j]
        # A list the article introduces ("Other classes included:") is text, not a menu.
        introduced = i > 0 and lines[i - 1].block == lines[i].block and lines[i - 1].text[-1] == ":"
        if len(run) >= _MENU_RUN and any(not ln.kind for ln in run) and not introduced:
            for ln in run:
                if not ln.kind:
                    ln.kind, ln.reason = BOILERPLATE, f"navigation: {len(run)} short link lines in a row"
        i = max(j, i + 1)


def _classify_link_lists(lines: list[_Line]) -> None:
    """Rule 5b: the titles listed under a "Related articles" label (data/link_lists.txt), in its block."""
    labels = _link_list_re()
    for i, ln in enumerate(lines):
        label = ln.text.strip().lstrip(_BULLETS).rstrip(":.").strip()
        if not labels.match(label):
            continue
        if not ln.kind:
            ln.kind, ln.reason = BOILERPLATE, f"label of a list of links: {label!r} is in data/link_lists.txt"
        for nxt in lines[i + 1 :]:
            if nxt.block != ln.block or nxt.kind or not _title_like(nxt.text.lstrip(_BULLETS), 25):
                break
            nxt.kind, nxt.reason = BOILERPLATE, f"link listed under {label!r}"


def _merge_wrapped(lines: list[_Line], text: str) -> list[_Line]:
    """Glue hard-wrapped lines of one paragraph back together (same block, no sentence end between)."""
    out: list[_Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.kind
            and not ln.kind
            and prev.block == ln.block
            and prev.text[-1] not in _TERMINAL
            and (ln.text[0].islower() or (len(prev.text) >= 50 and not _heading_like(prev.text)))
        ):
            out[-1] = _Line(prev.start, ln.end, text[prev.start : ln.end], prev.block)
            continue
        out.append(ln)
    return out


def _classify_text(lines: list[_Line], meta: dict[str, str]) -> None:
    """Rules 6-9: headline, standfirst, headings and paragraphs for the lines not yet classified."""
    content = [i for i, ln in enumerate(lines) if not ln.kind]
    if not content:
        return
    first = content[0]
    head = lines[first]
    if _classify_page_declared(lines, content, meta):
        pass
    elif _title_like(head.text, 30) and len(content) > 1:
        head.kind, head.reason = HEADLINE, "first line, reads like a title"
    rest = [i for i in content if not lines[i].kind]
    if head.kind == HEADLINE and len(rest) >= 3:
        _classify_standfirst(lines, first, rest, meta)
    _classify_body(lines, content)


def _key(text: str) -> str:
    return " ".join(_KEY_WORD.findall(text.lower()))


def _classify_page_declared(lines: list[_Line], content: list[int], meta: dict[str, str]) -> bool:
    """Headline and standfirst that an HTML page declared (``meta`` from :mod:`analysis.html`).

    Returns True when the text came from a page, whose standfirst is taken only from its summary
    markup: the text rules below would take a one-sentence first paragraph for one.
    """
    if "extraction" not in meta:
        return False
    title, summary = _key(meta.get("headline", "")), _key(meta.get("standfirst", ""))
    head = lines[content[0]]
    if title and _key(head.text) == title:
        head.kind = HEADLINE
        head.reason = f"the page's headline ({meta.get('headline_from', 'declared by the page')})"
    if summary and len(content) > 1 and _key(lines[content[1]].text) == summary:
        sf = lines[content[1]]
        sf.kind, sf.reason = STANDFIRST, "the page's summary (og:description / JSON-LD description)"
    return True


def _classify_standfirst(lines: list[_Line], first: int, rest: list[int], meta: dict[str, str]) -> None:
    """Rule 7: a standfirst, only when the block is clearly not the article's first paragraph.

    Position decides first: a block under a byline (or date line) is the first paragraph; a block
    directly above a byline is the standfirst. Otherwise only an unpunctuated summary line, or one or
    two short sentences before a longer paragraph that does not lean on it ("And ...", "He ...":
    data/continuation_openers.txt); never a wire lede "CITY (AP) — ...".
    """
    if "extraction" in meta:
        return
    cand, after = lines[rest[0]], lines[rest[1]]
    between = lines[first + 1 : rest[0]]
    if any(ln.kind in (BYLINE, BOILERPLATE) for ln in between):
        return  # "Headline / By Jane Doe / First paragraph": the byline sits above the body
    nsent = len(split_span(cand.text, 0, len(cand.text)))
    nwords = len(_words(cand.text))
    below = lines[rest[0] + 1] if rest[0] + 1 < len(lines) else None
    if _LEDE_DATELINE.match(cand.text):
        pass  # "WASHINGTON (AP) — ..." opens the story itself
    elif below is not None and below.kind == BYLINE and nsent <= 3 and nwords <= 60:
        cand.kind, cand.reason = STANDFIRST, "summary between the headline and the byline"
    elif cand.text[-1] not in _TERMINAL and 6 <= nwords <= 45 and after.text[-1:] in _TERMINAL:
        # A summary line without a final full stop, as many sites print their standfirst.
        cand.kind, cand.reason = STANDFIRST, "unpunctuated summary line right after the headline"
    elif (
        nsent <= 2
        and nwords <= 35
        and cand.text[-1] in _TERMINAL
        and not _heading_like(after.text)
        and len(_words(after.text)) > nwords
        and not _continues(after.text)
    ):
        # A standfirst summarises: short, and followed by a longer opening paragraph (not a heading).
        cand.kind, cand.reason = STANDFIRST, "short block right after the headline, before the body"


def _continues(text: str) -> bool:
    """The paragraph leans on the one before it: it opens with a pronoun or a connective."""
    first = text.split(maxsplit=1)[0].strip("\"“‘'(").rstrip(",;:") if text.split() else ""
    return first.lower() in lexicons.words("continuation_openers.txt")


def _classify_body(lines: list[_Line], content: list[int]) -> None:
    """Rules 8-9: headings and paragraphs."""
    one_block = len({lines[i].block for i in content}) == 1
    in_block = Counter(lines[i].block for i in content)  # counted once: per line it made parsing quadratic
    # The last line still unclassified: lines after the current one are not touched by this loop.
    last_open = max((pos for pos, i in enumerate(content) if not lines[i].kind), default=-1)
    for pos, i in enumerate(content):
        ln = lines[i]
        if ln.kind:
            continue
        # A heading stands alone in its block (or the text has no blank lines at all) and has running
        # text after it.
        alone = one_block or in_block[ln.block] == 1
        if alone and _heading_like(ln.text) and pos < last_open:
            ln.kind, ln.reason = HEADING, "short title-like line on its own, before running text"
        else:
            ln.kind, ln.reason = PARAGRAPH, "running text"


def _classify_repeats(lines: list[_Line]) -> None:
    """Rule 10: a line that repeats the headline, or a pull quote (a line that repeats one sentence of a
    longer paragraph), is furniture.

    The copy inside the paragraph is kept. Whole lines that repeat are kept: on the Zyte pages they are
    mostly real (a recipe's steps listed twice, a quoted tweet's signature), and dropping repeated blocks
    lost more of the article than it removed. Lines of fewer than five words are never compared.
    Linear in the text: one set of sentence keys.
    """
    headline = next((_key(ln.text) for ln in lines if ln.kind == HEADLINE), "")
    for ln in lines:
        if headline and ln.kind in (PARAGRAPH, HEADING) and _key(ln.text) == headline:
            ln.kind, ln.reason = BOILERPLATE, "repeats the headline (a page title, often in capitals)"
    in_paragraphs: set[str] = set()
    for ln in lines:
        if ln.kind in (PARAGRAPH, STANDFIRST):
            pieces = _ROUGH_SENTENCE_END.split(ln.text)
            if len(pieces) > 1:
                in_paragraphs.update(_key(piece) for piece in pieces)
    for ln in lines:
        if ln.kind not in (PARAGRAPH, HEADING) or len(_ROUGH_SENTENCE_END.split(ln.text)) > 1:
            continue
        key = _key(ln.text)
        if len(key.split()) >= _REPEAT_MIN_WORDS and key in in_paragraphs:
            ln.kind, ln.reason = BOILERPLATE, "pull quote: repeats a sentence of the body"


def _publisher(text: str, parts: list[Part]) -> str:
    """The copyright holder from the footer, spelled as in a byline that names the same outlet."""
    holder = ""
    for p in parts:
        if p.kind == FOOTER:
            m = _COPYRIGHT_HOLDER.search(text[p.start : p.end])
            if m and m.group("holder").strip():
                holder = m.group("holder").strip(" ,")
                break
    if not holder:
        return ""
    squashed = re.sub(r"\.(com|org|net|co\.uk|co)$", "", holder.lower()).replace(" ", "")
    for p in parts:
        if p.kind == BYLINE:
            name = text[p.start : p.end]
            if name.lower().replace(" ", "") == squashed:
                return name
    return holder


@one_article()
def parse_article(text: str, id: str = "", source: str = "", meta: dict[str, str] | None = None) -> Article:
    """Parse the visible text of a news page into an :class:`Article` (parts, sentences, tokens)."""
    lines = _lines(text)
    _classify_furniture(lines)
    lines = _merge_wrapped(lines, text)
    _classify_text(lines, meta or {})
    _classify_repeats(lines)
    parts: list[Part] = []
    for ln in lines:
        kind, reason = ln.kind, ln.reason
        if kind == CAPTION:
            m = _trailing_credit_re().search(ln.text)
            if m:
                cut = ln.start + m.start("credit")
                # Merge the caption with a title line above it, then split off the trailing credit.
                if parts and parts[-1].kind == CAPTION and parts[-1].reason.startswith("title line"):
                    prev = parts.pop()
                    parts.append(Part(prev.start, _rstrip(text, prev.start, cut), CAPTION, reason))
                else:
                    parts.append(Part(ln.start, _rstrip(text, ln.start, cut), CAPTION, reason))
                parts.append(
                    Part(cut + _lstrip_len(text, cut), ln.end, CREDIT, "photo credit after a caption")
                )
                continue
            if parts and parts[-1].kind == CAPTION and parts[-1].reason.startswith("title line"):
                prev = parts.pop()
                parts.append(Part(prev.start, ln.end, CAPTION, reason))
                continue
        parts.append(Part(ln.start, ln.end, kind, reason))
    sentences: list[Sentence] = []
    tokens = []
    for idx, p in enumerate(parts):
        sentences.extend(Sentence(s, e, idx) for s, e in split_span(text, p.start, p.end))
        tokens.extend(tokenize(text, p.start, p.end))
    meta = dict(meta or {})
    headline = next((p for p in parts if p.kind == HEADLINE), None)
    title = meta.get("title") or (text[headline.start : headline.end] if headline else "")
    return Article(
        id=id,
        text=text,
        parts=parts,
        sentences=sentences,
        tokens=tokens,
        title=title,
        publisher=meta.get("publisher") or _publisher(text, parts),
        source=source,
        meta=meta,
    )


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _lstrip_len(text: str, pos: int) -> int:
    n = 0
    while pos + n < len(text) and text[pos + n].isspace():
        n += 1
    return n
