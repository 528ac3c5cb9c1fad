"""The article's own first person is no cited source (analysis/attribution/narrator.py)."""

from __future__ import annotations

from dataclasses import replace

from analysis import parse_article
from analysis.attribution import Attribution, find_attributions
from analysis.attribution.model import Decision
from analysis.attribution.narrator import inside_quotation, narrator_first_person
from analysis.model import Span


def _found(text: str) -> list[tuple[str, str]]:
    art = parse_article("Headline\n\n" + text)
    t = art.text
    return [
        (t[a.cue.start : a.cue.end] if a.cue else "", t[a.source.start : a.source.end] if a.source else "")
        for a in find_attributions(art)
    ]


def _att(text: str, source: str, content: str, name: str = "") -> Attribution:
    """An attribution of ``content`` to the last occurrence of ``source`` before it."""
    c = text.index(content)
    s = text.rindex(source, 0, c) if source in text[:c] else text.index(source)
    by = Decision("rule", "subject_verb")
    return Attribution(
        cue=None,
        source=Span(s, s + len(source)),
        content=(Span(c, c + len(content)),),
        kind="indirect",
        source_type="named_person" if name else "none",
        source_name=name,
        mention="name" if name else "pronoun",
        role="",
        channel="",
        part=0,
        in_caption=False,
        cue_class="speech",
        cue_by=by,
        source_by=by,
        content_by=by,
    )


def test_a_letter_writers_i_is_the_narration():
    # dev6 87438a0dacbe (a Dear Abby column, session 8): the letter's "I asked", "I told", "I think" were
    # credited to an unresolved "I"
    assert _found("I asked her several times to let me out, but she refused.") == []
    assert _found("I think your question was offensive to the family.") == []
    assert _found("Ann Lee said the plan will fail.") == [("said", "Ann Lee")]


def test_an_i_held_by_a_quotation_or_a_content_stays():
    text = 'Ann Lee said "I think the plan will fail." I think so too. Bo Li said that I had lied.'
    quoted = _att(text, "I", "the plan will fail")  # inside quote marks
    mine = _att(text, "I", "so too")  # the writer's own
    held = _att(text, "I", "had lied")  # inside Bo Li's content
    outer = _att(text, "Bo Li", "that I had lied", "Bo Li")
    named = replace(mine, source_name="Ann Lee")  # resolved already: somebody's
    got = narrator_first_person(text, [quoted, mine, held, outer, named])
    assert got == [quoted, held, outer, named]
    assert narrator_first_person(text, []) == []


def test_inside_quotation_counts_marks_in_the_paragraph_only():
    text = 'He said "yes" once.\n"I know it," she said.\nI know it.\n"I know it, and I said so.'
    assert inside_quotation(text, text.index("I know it,"))
    assert not inside_quotation(text, text.index("I know it."))
    assert not inside_quotation(text, text.index("once"))
    assert inside_quotation(text, text.rindex("I said"))  # a paragraph of a quotation left open
