"""Page furniture rules with ids: ``data/furniture.tsv``, one rule per row, each with an example.

A copied news page brings the site's widgets along: a cookie banner, "Tags: ...", "Save" and "Gift this
article" buttons, comment counts, advertising labels, "Don't miss" lists, an author box, a newsletter
sign-up box, image credits. :mod:`analysis.parsing` sets aside the lines these rules match before it
reads the article, and records the rule's id in the part's reason, so a reader can see which rule took
a line out and why.

A rule applies in one of four ways (the ``applies`` column):

- ``line``: the whole line matches ("Reject all", "3.4K", "Suggest a correction");
- ``block``: a label that opens its block ("About the author", "Stay informed"): the lines under it in
  the same block go with it. Only in a text with blank lines between its blocks (a pasted text without
  them is one block, which is the article);
- ``list``: a label ("Topics", "In case you missed it") followed, in its block, by short link lines;
- ``after_article``: the line matches and no running text follows it (an author's bio under the story,
  "Maria Lopez is a staff writer covering housing": the same sentence inside the story is kept).

The functions here read plain values (each line's text, block number and whether it is already set
aside), so that the parser's own line type stays private to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from . import lexicons

FILE = "furniture.tsv"
APPLIES = ("line", "block", "list", "after_article")
PARTS = ("boilerplate", "credit")
#: Marks that open a list item or a button label ("- Share", "• Save"); ignored when matching.
BULLETS = "-–—•·*|>›» \t"
#: A link line under a ``list`` label: at most this many words.
LIST_ITEM_WORDS = 25
#: A back-reference in a pattern (\1, (?P=name)): joining the rules into one alternation renumbers groups.
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")
#: Closing quote marks, looked through when deciding whether a line ends a sentence.
CLOSING_QUOTES = "\"'”’»"
#: Running text, for ``after_article``: a line of at least this many words that no rule set aside.
RUNNING_WORDS = 10


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of ``data/furniture.tsv``."""

    id: str
    applies: str
    part: str
    pattern: re.Pattern[str]
    example: str


@dataclass(frozen=True, slots=True)
class Hit:
    """A line a rule sets aside: its index, the part it becomes and the reason shown to readers."""

    index: int
    part: str
    reason: str


def normalise(line: str) -> str:
    """The line as rules see it: without list bullets, surrounding space and a final colon or full stop."""
    return line.strip().lstrip(BULLETS).rstrip(":.").strip()


@cache
def rules() -> tuple[Rule, ...]:
    """The rules of ``data/furniture.tsv`` (see :func:`parse_rules`)."""
    return parse_rules(lexicons.load(FILE).rows(), f"data/{FILE}")


def parse_rules(rows: Sequence[Sequence[str]], where: str) -> tuple[Rule, ...]:
    """Rules from rows of ``id, applies, part, pattern, example``, each checked.

    A row with the wrong number of columns, an unknown ``applies`` or ``part``, a pattern that does not
    compile (alone, or as one branch of an alternation: a global flag such as ``(?i)`` mid-pattern), a
    named group or a back-reference (group names and numbers change when the rules are joined), a
    repeated id, or an example its own pattern does not match raises ``ValueError`` naming the file and
    the rule: a rule nobody can see fire is a defect.
    """
    out: list[Rule] = []
    seen: set[str] = set()
    for row in rows:
        at = f"{where}, rule {row[0]!r}"
        if len(row) != 5:
            raise ValueError(f"{at}: expected 5 tab-separated columns, found {len(row)}")
        rid, applies, part, pattern, example = row
        if rid in seen:
            raise ValueError(f"{at}: the id is used twice")
        seen.add(rid)
        if applies not in APPLIES or part not in PARTS:
            raise ValueError(f"{at}: applies must be one of {APPLIES} and part one of {PARTS}")
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"{at}: the pattern does not compile ({exc})") from exc
        try:
            re.compile(f"(?:{pattern})|x")  # as one branch of its kind's alternation (:func:`_combined`)
        except re.error as exc:
            raise ValueError(
                f"{at}: the pattern does not compile as one branch of an alternation ({exc})"
            ) from exc
        if compiled.groupindex or _BACKREFERENCE.search(pattern):
            raise ValueError(
                f"{at}: the pattern has a named group or a back-reference, which the rules of one kind "
                "cannot keep when they are joined into one alternation"
            )
        if not compiled.fullmatch(normalise(example)):
            raise ValueError(f"{at}: its own example {example!r} does not match the pattern")
        out.append(Rule(rid, applies, part, compiled, example))
    return tuple(out)


@cache
def _combined(applies: str) -> tuple[re.Pattern[str] | None, dict[str, Rule]]:
    """The rules of one kind as one alternation, each in a named group: one match per line, not twenty
    (the rules' own groups are unnamed, so the named group that closes last is the rule's)."""
    chosen = [r for r in rules() if r.applies == applies]
    if not chosen:
        return None, {}
    names = {f"r{n}": r for n, r in enumerate(chosen)}
    alternation = "|".join(f"(?P<{name}>{r.pattern.pattern})" for name, r in names.items())
    return re.compile(alternation, re.IGNORECASE), names


def matching(line: str, applies: str) -> Rule | None:
    """The first rule of kind ``applies`` that matches the whole of ``line``, if any."""
    norm = normalise(line)
    if not norm:
        return None
    pattern, names = _combined(applies)
    m = pattern.fullmatch(norm) if pattern is not None else None
    return names[m.lastgroup] if m is not None and m.lastgroup else None


def _list_item(text: str) -> bool:
    """A link line: short, capitalised, no sentence-final full stop (inside closing quote marks too:
    '... said Ann Lee, "We waited years."' is a sentence, not a link)."""
    text = text.lstrip(BULLETS)
    words = text.split()
    return (
        0 < len(words) <= LIST_ITEM_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and text.rstrip(CLOSING_QUOTES)[-1:] != "."
    )


def line_hit(index: int, text: str) -> Hit | None:
    """The ``line`` rule that sets this line aside, if any (the parser asks before its own heuristics,
    so that "Share via WhatsApp" is a button, not the credit "Name via Agency")."""
    rule = matching(text, "line")
    if rule is None:
        return None
    return Hit(index, rule.part, f"page furniture ({rule.id}): {normalise(text)!r} matches data/{FILE}")


def find(texts: Sequence[str], blocks: Sequence[int], aside: Sequence[bool]) -> list[Hit]:
    """The lines the ``block``, ``list`` and ``after_article`` rules set aside, given each line's text,
    block number and whether an earlier rule already set it aside (``line`` rules: :func:`line_hit`).
    Lines already aside are not returned again, but a label already aside (a "Topics" button) still
    takes its block or list with it."""
    hits: dict[int, Hit] = {}
    taken = list(aside)

    def take(i: int, rule: Rule, why: str) -> None:
        if not taken[i]:
            hits[i] = Hit(i, rule.part, f"page furniture ({rule.id}): {why}")
            taken[i] = True

    several_blocks = len(set(blocks)) >= 3
    for i, text in enumerate(texts):
        opens_block = i == 0 or blocks[i - 1] != blocks[i]
        rule = matching(text, "block") if several_blocks and opens_block else None
        if rule is not None:
            label = normalise(text)
            take(i, rule, f"{label!r} labels a box of the page")
            for j in range(i + 1, len(texts)):
                if blocks[j] != blocks[i]:
                    break
                take(j, rule, f"in the box under {label!r}")
        rule = matching(text, "list")
        if rule is not None:
            label = normalise(text)
            take(i, rule, f"{label!r} labels a list of links")
            items = []
            for j in range(i + 1, len(texts)):
                if blocks[j] != blocks[i] or (not taken[j] and not _list_item(texts[j])):
                    break
                items.append(j)
            # Pasted without blank lines, the text is one block: a single short line under a label is as
            # likely the headline under a menu item ("Most watched") as a link; only two or more make a list.
            if several_blocks or sum(not taken[j] for j in items) >= 2:
                for j in items:
                    take(j, rule, f"listed under {label!r}")
    # After the article: walk up from the end while nothing below is running text.
    for i in range(len(texts) - 1, -1, -1):
        if taken[i]:
            continue
        rule = matching(texts[i], "after_article")
        if rule is None:
            if len(texts[i].split()) >= RUNNING_WORDS:
                break
            continue
        take(i, rule, "a line about the author after the article")
    return sorted(hits.values(), key=lambda h: h.index)
