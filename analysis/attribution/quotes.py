"""Quotation spans: where quoted speech starts and ends, whatever quote marks the article uses.

News text mixes curly quotes (“ ”), straight quotes ("), doubled apostrophes ('' as in the New York Times
archive) and, by accident, unbalanced ones. The scanner works paragraph by paragraph and never fails: a
curly mark says its own direction; a straight one opens when no quote is open and closes otherwise; a
quote still open at the end of a paragraph runs to the paragraph end, and it is marked ``continues`` when
the next paragraph opens with a quote mark (the convention for a quotation running over paragraphs).
Single quotes are left alone at the top level: they are apostrophes far more often than quote marks,
except in an article written in the British house style (Daily Mail, Metro: 'A. B,' Hawk said.), which
has no double quote mark at all and closes quotations with a single one after punctuation
(:func:`single_quote_style`); there single marks are read as quote marks and apostrophes inside a word
("It's", "don’t") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Span

OPEN_MARKS = "“«„"
CLOSE_MARKS = "”»"
AMBIGUOUS = ('"', "''", "’’", "‘‘")
QUOTE_CHARS = "\"'“”‘’«»„"
_MARK_RE = re.compile(r"''|’’|‘‘|[\"“”«»„]")
_SINGLE_RE = re.compile(r"['‘’]")
#: A single mark closing a quotation: after a word and its punctuation, before a space or the end
#: ("connect,' Hawk said", "crises.’").
_SINGLE_CLOSE_RE = re.compile(r"\w[,.?!]['’](?=\s|$)")
#: Single-quote quotations are read only in an article with at least this many such closings.
SINGLE_STYLE_MIN_CLOSINGS = 2


@dataclass(slots=True, unsafe_hash=True)
class Quote(Span):
    """A quotation, quote marks included. ``closed`` is false when no closing mark was found.

    Not declared frozen because :class:`~analysis.model.Span` is not (a frozen class cannot extend it);
    a quotation is never changed once made all the same.
    """

    closed: bool = True
    continues: bool = False  # runs on into the next paragraph, which opens with a quote mark


def _opens(text: str, i: int, n: int) -> bool:
    """Does an ambiguous mark at ``i`` (length ``n``) look like an opening one?"""
    before = text[i - 1] if i > 0 else " "
    after = text[i + n] if i + n < len(text) else " "
    if after in "'’" and i + n + 1 < len(text):
        after = text[i + n + 1]  # a single quote closed just before the doubled one closes
    if before.isspace() or before in "([{—–-:;,/":
        return not after.isspace()
    return False


def glued_open(text: str, i: int, n: int) -> bool:
    """Rule ``glued_open_quote`` (content27): does a straight mark at ``i`` (length ``n``), read when no
    quotation is open, open one although no space precedes it: right after a sentence's end mark and
    before a capital ('when he arrived."It is unlike anything I have seen. It is loud," he told the BBC')?

    Why: a mark typed without its space was no opening one, so the quotation was never found, and the cue
    after it took only the sentence it stands in. Only when no quotation is open: there the same marks
    ('"We won."He left') close the open one.
    """
    if i == 0 or i + n >= len(text):
        return False
    return text[i - 1] in ".!?" and text[i + n].isupper()


#: The most words of a reporter's lead-in ("He added:") between two quotations (:func:`colon_lead_close`).
MAX_COLON_LEAD_WORDS = 6
_LAST_SENTENCE_RE = re.compile(rf"[.!?]\s+((?:\S+\s+){{0,{MAX_COLON_LEAD_WORDS - 1}}}\S+:)\s*$")


def colon_lead_close(text: str, open_at: int, i: int) -> int | None:
    """Rule ``colon_lead_quote`` (content27): where a quotation open at ``open_at`` ended, when a straight
    mark at ``i`` that looks like an opening one follows a short sentence of the reporter's ending in a
    colon ('"I was with that label for a year. He added: "The whole world is waiting."'): right after the
    sentence end before that lead-in. Paragraphs of one quotation run together reopen with a mark and no
    close ('ludicrous. "I signed'), and stay one quotation; a lead-in with a colon opens another speaker's
    turn (or the same speaker's next one, with a cue of its own). ``None`` otherwise.

    Why: the open quotation ran over "He added:", so "said" took the added words and "added" had none.
    """
    m = _LAST_SENTENCE_RE.search(text, open_at + 1, i)
    return m.start() + 1 if m is not None else None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def scan_block(text: str, start: int, end: int, next_opens: bool = False) -> list[Quote]:
    """Quotations in ``text[start:end]`` (one paragraph); ``next_opens``: the next paragraph opens a quote."""
    out: list[Quote] = []
    open_at = -1
    for m in _MARK_RE.finditer(text, start, end):
        mark = m.group()
        i, j = m.span()
        if mark in OPEN_MARKS:
            if open_at < 0:
                open_at = i
            elif i > start and not text[i - 1].isspace() and (j >= end or text[j].isspace()):
                out.append(Quote(open_at, j))  # an opening mark typed for a closing one: ',“ said'
                open_at = -1
            continue  # a second opening mark inside a quote: nested or stray, the outer quote goes on
        if mark in CLOSE_MARKS:
            if open_at >= 0:
                out.append(Quote(open_at, j))
                open_at = -1
            continue
        # straight quote or doubled apostrophe: direction from the state, then from the context
        if open_at < 0:
            if _opens(text, i, len(mark)) or i == start or glued_open(text, i, len(mark)):
                open_at = i
        elif not _opens(text, i, len(mark)) or j >= end:
            if len(mark) == 2 and j < end and text[j] in "'’":
                j += 1  # the third mark of a single quote closed with the doubled one
            out.append(Quote(open_at, j))
            open_at = -1
        else:
            close = colon_lead_close(text, open_at, i)
            if close is not None:  # 'promoted. He added: "The ...': the open quotation ended at "promoted."
                out.append(Quote(open_at, close, closed=False))
                open_at = i
    if open_at >= 0:
        stop = _trim_end(text, open_at, end)
        if stop > open_at + 1:
            out.append(Quote(open_at, stop, closed=False, continues=next_opens))
    return out


def single_quote_style(text: str) -> bool:
    """Is ``text`` written with single quote marks for quotations ('A,' Hawk said)? Only when it holds no
    double quote mark at all (an article that has them uses single ones for apostrophes and nested quotes)
    and at least :data:`SINGLE_STYLE_MIN_CLOSINGS` single marks close a quotation after punctuation."""
    if any(c in text for c in '"“”«»„') or "''" in text or "’’" in text or "‘‘" in text:
        return False
    return len(_SINGLE_CLOSE_RE.findall(text, 0, len(text))) >= SINGLE_STYLE_MIN_CLOSINGS


def scan_single_block(text: str, start: int, end: int, next_opens: bool = False) -> list[Quote]:
    """Quotations in single quote marks in ``text[start:end]`` (one paragraph of a
    :func:`single_quote_style` article). A mark between two letters or digits is an apostrophe ("It's",
    "don’t"); ‘ only opens and ’ only closes; a straight mark opens after a space or the paragraph start
    and closes before a space or punctuation. An open quotation runs to the paragraph end, as in
    :func:`scan_block`."""
    out: list[Quote] = []
    open_at = -1
    for m in _SINGLE_RE.finditer(text, start, end):
        i, mark = m.start(), m.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        if open_at < 0:
            if mark != "’" and (before.isspace() or before in "([{—–-:;/") and not after.isspace():
                open_at = i
        elif (
            mark != "‘"
            and any(ch.isalnum() for ch in text[open_at + 1 : i])  # "''", "' ‘’": no quotation of no words
            and not before.isspace()
            and (after.isspace() or after in ",.;:!?)]—–-")
        ):
            out.append(Quote(open_at, i + 1))
            open_at = -1
    if open_at >= 0:
        stop = _trim_end(text, open_at, end)
        if any(ch.isalnum() for ch in text[open_at + 1 : stop]):
            out.append(Quote(open_at, stop, closed=False, continues=next_opens))
    return out


def starts_with_quote(text: str, start: int, end: int, single: bool = False) -> bool:
    """Does ``text[start:end]`` open with a double quote mark (after any spaces)? With ``single``, a single
    one counts too."""
    while start < end and text[start].isspace():
        start += 1
    if start >= end:
        return False
    return text[start] in ('"“«„\'‘' if single else '"“«„') or text.startswith(("''", "‘‘"), start)


def scan_parts(text: str, parts: Sequence[Span]) -> list[Quote]:
    """Quotations in each of ``parts`` (in text order), with paragraph continuation marked."""
    out: list[Quote] = []
    single = single_quote_style(text)
    scan = scan_single_block if single else scan_block
    for k, p in enumerate(parts):
        nxt = parts[k + 1] if k + 1 < len(parts) else None
        opens = nxt is not None and starts_with_quote(text, nxt.start, nxt.end, single)
        out.extend(scan(text, p.start, p.end, opens))
    return out


def strip_quotes(s: str) -> str:
    """``s`` without quote marks at either end (for names and roles shown to a reader)."""
    return s.strip().strip(QUOTE_CHARS).strip()
