"""A quotation resumed after its cue's sentence is an attribution of its own (rule ``resumed_quotation``).

Why. ``extract._extend_quotations`` follows a speaker's quotation as it runs on ('"A," Boudreau said.
"B."'), so that "B" is credited to Boudreau. The news guideline (``benchmarks/wikinews/README.md`` and its
labelling notes, "A's 2019-150 rule") counts the quotation that resumes in a sentence *after* the one that
holds the cue as a separate attribution of the same speaker. Quotations before the cue ('"A. B," he said')
and inside its sentence ('"A," he said, "B."') stay with it. Outlet-written news quotes this way in almost
every article; with the run kept as one attribution, a reader's table lists one row where the labellers see
two, and the scorer pairs neither when "B" is the longer part. (A reader of the merged row saw the same
words credited to the same person: the gain is in counting units the way the guideline does.)

The resumed attribution keeps the cue and source spans that credit it (the guideline writes them as null:
the resumed quotation has no cue of its own; PolNeAR annotates the whole run as one attribution of that
cue), so a table row still shows which words credited it; only its content's provenance says
``resumed_quotation``.

Example: '"That's perfect," Boudreau said. "It's the mark of a true competitor."' -> two attributions:
'"That's perfect,"' and '"It's the mark of a true competitor."', both with cue "said" and source
"Boudreau"; the second's content by rule ``resumed_quotation``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from ..model import CAPTION, Article, Span
from .model import Attribution, Decision

RULE_ID = "resumed_quotation"
_RUN = "+quotation_run"
_QUOTE_OPENERS = frozenset("\"“‘'«")
_QUOTE_CLOSERS = frozenset("\"”’'»")


def _without_run(decision: Decision) -> Decision:
    """The content's provenance once its run-on fragments are gone: no ``+quotation_run`` left."""
    if decision.by != "rule" or _RUN not in decision.rule:
        return decision
    return replace(decision, rule=decision.rule.replace(_RUN, ""))


def _unclosed(text: str, a: int, b: int) -> bool:
    """Does the fragment ``[a, b)`` open a quotation that it does not close (one quotation over paragraphs:
    'She said: "We tried.' / '"And we failed."')?"""
    return text[a] in _QUOTE_OPENERS and text[b - 1] not in _QUOTE_CLOSERS


def resumed_quotations(article: Article, atts: Sequence[Attribution]) -> list[Attribution]:
    """``atts`` with every quotation that resumes after its cue's sentence made an attribution of its own,
    credited to the same source; sorted as :func:`analysis.attribution.find_attributions` sorts.

    A fragment continuing an unclosed quotation stays with the fragment before it (the guideline: one
    quotation running over several paragraphs is one attribution, a fragment per paragraph)."""
    text = article.text
    starts = [s.start for s in article.sentences]
    out: list[Attribution] = []
    for a in atts:
        if a.cue is None or len(a.content) < 2:
            out.append(a)
            continue
        cue_end = article.sentences[bisect_right(starts, a.cue.start) - 1].end
        groups: list[list[Span]] = [[a.content[0]]]
        for prev, c in zip(a.content, a.content[1:], strict=False):
            if c.start >= cue_end and not _unclosed(text, prev.start, prev.end):
                groups.append([c])
            else:
                groups[-1].append(c)
        if len(groups) == 1:
            out.append(a)
            continue
        kind = a.kind
        quoted_left = any(ch in _QUOTE_OPENERS for c in groups[0] for ch in text[c.start : c.end])
        if kind == "mixed" and not quoted_left:
            kind = "indirect"  # 'She said that she would stay. "We are in ..."': the quotation went
        out.append(replace(a, content=tuple(groups[0]), kind=kind, content_by=_without_run(a.content_by)))
        by = Decision("rule", RULE_ID)
        for group in groups[1:]:
            part = article.sentences[bisect_right(starts, group[0].start) - 1].part
            quoted = text[group[0].start] in _QUOTE_OPENERS
            out.append(
                replace(
                    a,
                    content=tuple(group),
                    kind="direct" if quoted else a.kind,
                    part=part,
                    in_caption=article.parts[part].kind == CAPTION,
                    content_by=by,
                )
            )
    out.sort(key=lambda x: (x.content[0].start, x.cue.start if x.cue else -1))
    return out
