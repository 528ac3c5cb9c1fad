"""Shared by the attribution rule tests: what the rules and the tagger find in a short body, before the keep
model, with every span checked to lie inside the text (so no test can pass on a span outside it)."""

from __future__ import annotations

from analysis import parse_article
from analysis.attribution import Attribution, find_attributions, set_aside
from analysis.attribution.extract import PROSE_KINDS


def rule_attributions(body: str) -> tuple[str, list[Attribution]]:
    """The article text ("Headline", a blank line, then ``body``) and its attributions of the prose kinds,
    found with no keep model; fails the test if a cue, source or content span lies outside the text."""
    art = parse_article("Headline\n\n" + body)
    text = art.text
    found = find_attributions(art, kinds=PROSE_KINDS, keep=None)
    for x in found:
        for sp in (x.cue, x.source, *x.content):
            if sp is not None:
                assert 0 <= sp.start < sp.end <= len(text)
    return text, found


def found_sources(text: str) -> list[tuple[str, str, str, str]]:
    """(cue, source, source name, source type) of every attribution found in ``text``, kept or set aside by
    the keep model, in text order: what the source-resolution tests compare."""
    art = parse_article(text, id="t")
    atts = sorted([*find_attributions(art), *set_aside(art)], key=lambda a: a.start)

    def words(sp):
        return text[sp.start : sp.end] if sp is not None else ""

    return [(words(a.cue), words(a.source), a.source_name, a.source_type) for a in atts]


def shown(text: str, found: list[Attribution]) -> list[tuple[str, str | None, str | None, list[str]]]:
    """(cue, source span, source name, content fragments) of each of ``found``, as the nesting and boundary
    tests compare them."""
    return [
        (
            text[a.cue.start : a.cue.end],
            text[a.source.start : a.source.end] if a.source else None,
            a.source_name,
            [text[c.start : c.end] for c in a.content],
        )
        for a in found
    ]


def rule_rows(body: str) -> list[tuple[str | None, str | None, list[str], str]]:
    """(cue, source name, content fragments, cue rule) of each attribution the rules and the tagger find in
    ``body`` (no keep model), as the recall tests compare them."""
    t, found = rule_attributions(body)
    return [
        (
            t[x.cue.start : x.cue.end] if x.cue else None,
            x.source_name,
            [t[c.start : c.end] for c in x.content],
            x.cue_by.rule,
        )
        for x in found
    ]


def span_rows(body: str) -> list[tuple[str, str | None, list[str]]]:
    """(cue, source span as written, content fragments) of each attribution the rules and the tagger find in
    ``body`` (no keep model), as the fact-check tests compare them."""
    t, found = rule_attributions(body)
    return [
        (
            t[a.cue.start : a.cue.end] if a.cue else "",
            t[a.source.start : a.source.end] if a.source else None,
            [t[c.start : c.end] for c in a.content],
        )
        for a in found
    ]


def content_rows(body: str) -> list[tuple[str, str, list[str], str]]:
    """(cue, source as written, content fragments, content rule) of every attribution the rules and the tagger
    find in ``body`` (no keep model), as the content-boundary tests compare them."""
    text, got = rule_attributions(body)
    return [
        (
            text[a.cue.start : a.cue.end] if a.cue else "",
            text[a.source.start : a.source.end] if a.source else "",
            [text[c.start : c.end] for c in a.content],
            a.content_by.rule,
        )
        for a in got
    ]
