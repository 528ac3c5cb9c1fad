"""Requests for anonymity, which the news guideline labels as refused speech: "who asked not to be named".

Rule id: ``anonymity_request`` (``analysis/data/attribution/rule_ids.tsv``). Examples::

    One trader, who asked not to be named, told Reuters the sale was expected.
        -> refused, cue and content "asked not to be named", source "One trader"
    The officials, asking not to be identified, said the plan would go ahead.
        -> refused, cue and content "asking not to be identified", source "The officials"
    "We are waiting," he added, asking not to be identified.
        -> refused, source "he" (the subject of "added", the clause the participle hangs on)
    The trader asked the bank not to name the buyer. (no request for one's own anonymity: nothing)

Why: the labelling notes label a request for anonymity as an attribution of kind "refused" (asking for
anonymity is refusing one's name), with the person the relative "who" stands for as the source and the cue
words themselves as the content; the readable splits hold eight, all missed (recall25), because
``extract`` dropped the shapes' reading of them ("asked" with the content "not to be named") as a condition
of the interview. The person is the source of the attribution the request stands in (the subject of
"told", "said" or "according to"), so this is read over the rules' findings of a sentence, before sources
are resolved: the request then names the same person its host does. Words: ``anonymity_requests.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicons import word_classes
from ..model import Span
from .rule_base import Raw

RULE = "anonymity_request"
#: Sentences :func:`anonymity_requests` reads, with what it finds (``tests/test_attribution_recall25.py``).
EXAMPLES: tuple[str, ...] = (
    "One trader, who asked not to be named, told Reuters the sale was expected.",
    "The officials, asking not to be identified, said the plan would go ahead.",
    '"We are waiting," he added, asking not to be identified.',
    "The trader asked the bank not to name the buyer.",
)


@dataclass(frozen=True)
class AnonymityWords:
    """The classes of ``anonymity_requests.tsv``."""

    ask: frozenset[str]
    decline: frozenset[str]
    name: frozenset[str]
    lead: frozenset[str]


@cache
def anonymity_words() -> AnonymityWords:
    """The classes of ``analysis/data/attribution/anonymity_requests.tsv``."""
    return word_classes("attribution/anonymity_requests.tsv", AnonymityWords)


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def request_pattern() -> re.Pattern[str]:
    """A request for anonymity (group ``cue``: "asked not to be named", "declined to be identified") with
    what joins it to the person before it (group ``join``: ", who also", ",", or nothing)."""
    w = anonymity_words()
    return re.compile(
        rf"(?P<join>(?:,\s*)?(?:\bwho\s+(?:(?:{_alternatives(w.lead)})\s+)?)?)"
        rf"(?P<cue>\b(?:(?:{_alternatives(w.ask)})\s+not|(?:{_alternatives(w.decline)}))\s+to\s+be\s+"
        rf"(?:{_alternatives(w.name)})\b)",
        re.IGNORECASE,
    )


def may_request_anonymity(text: str) -> bool:
    """Could ``text`` hold a request for anonymity? (A cheap test before the pattern: "to be" is rare.)"""
    return "to be " in text and request_pattern().search(text) is not None


def request_source(text: str, cue: Span, join: int, host: Raw) -> Span | None:
    """The source of the request at ``cue`` (joined to what is before it at ``join``) taken from ``host``,
    an attribution of the same sentence, or None when ``host`` is not the one it stands in:

    * the host's source holds the request ("one trader, who asked not to be named" of "told"): that very
      span, which the resolver then reads as it reads the host's (cut at the request, "The spokesman, an
      Agriculture Ministry official" read the appositive as part of a name);
    * the host's source ends right before it ("The officials" of "The officials, asking not to be
      identified, said") or the host's cue does ('he added, asking not to be identified'): the host's source.
    """
    src = host.source
    if src is None or src.start >= join:
        return None
    if src.start < cue.start < src.end or (src.end <= join and not text[src.end : join].strip()):
        return src
    if host.cue is not None and host.cue.end <= join and not text[host.cue.end : join].strip():
        return src
    return None


def anonymity_requests(text: str, raws: list[Raw]) -> list[Raw]:
    """Rule ``anonymity_request``: ``raws`` with a refused attribution for each request for anonymity in a
    sentence of theirs that one of them stands in (:func:`request_source`); a raw whose cue lies inside the
    request ("asked" with the content "not to be named") gives way to it. Pure: ``raws`` is not changed.

    >>> t = "One trader, who asked not to be named, told Reuters the sale was expected."
    >>> told = Raw(Span(39, 43), Span(0, 37), [Span(52, 74)], "tell", "neutral", 0, span=Span(0, 75))
    >>> found = anonymity_requests(t, [told])[-1]
    >>> t[found.cue.start : found.cue.end], t[found.source.start : found.source.end], found.rule
    ('asked not to be named', 'One trader, who asked not to be named', 'anonymity_request')
    """
    if not raws or not may_request_anonymity(text):
        return raws
    spans = sorted({(r.span.start, r.span.end) for r in raws if r.span is not None})
    found: list[Raw] = []
    for a, b in spans:
        for m in request_pattern().finditer(text, a, b):
            cue = Span(m.start("cue"), m.end("cue"))
            if not m.group("join"):
                continue  # "who feared retaliation and asked not to be identified": read only right after
            for host in raws:
                if host.span is None or (host.span.start, host.span.end) != (a, b) or host.rule == RULE:
                    continue
                source = request_source(text, cue, m.start(), host)
                if source is not None:
                    verb = text[cue.start : cue.end].split()[0].lower()
                    # the host's appositive role too ("The spokesman, an official who ..."): the source is
                    # then resolved exactly as the host's is
                    role = host.role if source == host.source else None
                    found.append(
                        Raw(
                            cue,
                            source,
                            [cue],
                            verb,
                            "neutral",
                            host.sentence,
                            role=role,
                            span=host.span,
                            rule=RULE,
                        )
                    )
                    break
    if not found:
        return raws
    inside = [(f.cue.start, f.cue.end) for f in found if f.cue is not None]
    kept = [
        r for r in raws if r.cue is None or not any(x <= r.cue.start and r.cue.end <= y for x, y in inside)
    ]
    return kept + found
