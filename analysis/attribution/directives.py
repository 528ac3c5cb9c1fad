"""A named source urging someone to act, kept whatever the keep model says: rule ``named_directive``.

"Stoltenberg encouraged South Korea to increase its military support": the keep model (``keep.py``), whose
lexical features weigh the words around a cue ("South" after it), set the seed article's directive aside
after session 23's retrain (p 0.32 < 0.35); the Wikinews guideline labels every directive of a named source
as a report (37 "urged"/"encouraged" cues in the readable gold), and the seed's attributions must stay
right (issue 12). The cue forms are ``kept_directive_form`` of ``rule_words.tsv``.
"""

from __future__ import annotations

from ..model import Article
from .model import Attribution
from .rule_words import WORDS

RULE = "named_directive"
#: Source types that name who urged.
NAMED_TYPES = frozenset({"named_person", "named_organisation", "government_body"})
#: The most words of the content before its "to" ("South Korea to increase ...").
MAX_OBJECT_WORDS = 6


def named_directive(article: Article, a: Attribution) -> bool:
    """Rule ``named_directive``: is ``a`` a named source's directive with its object and infinitive after
    the cue ("Stoltenberg encouraged South Korea to increase ...", "The ministry urged residents to stay
    indoors")? "Officials urged calm" (no infinitive), an unnamed source ("Critics urged ...") and a content
    before its cue are left to the keep model.

    Example: the seed's "Stoltenberg encouraged South Korea to increase its military support" -> True.
    """
    if a.cue is None or a.source is None or not a.content or a.source_type not in NAMED_TYPES:
        return False
    text = article.text
    if text[a.cue.start : a.cue.end].lower() not in WORDS.kept_directive_form:
        return False
    first = a.content[0]
    if first.start < a.cue.end:
        return False
    words = text[first.start : first.end].lower().split()
    return "to" in words[1 : MAX_OBJECT_WORDS + 1]
