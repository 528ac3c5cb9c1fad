"""The attribution record: who (source) is cited for what (content), through which cue.

Every field that points into the article is a :class:`~analysis.model.Span` over ``article.text``, so the
hedging analyzer can tell the reporter's voice from the sources' and the report can highlight cue, source
and content exactly. Names and types are derived from those spans and the article, never invented.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Span

#: Attribution kinds: the content is all quotation (direct), a clause with quoted words in it (mixed), a
#: clause without quote marks (indirect), or carried by "according to X" (according_to).
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "according_to")

#: Source types, most specific first. "pronoun" is a source written as a pronoun; its ``source_name`` is
#: the name it was resolved to within the article (empty when nothing earlier fits).
SOURCE_TYPES: tuple[str, ...] = (
    "named_person",
    "named_organisation",
    "government",
    "media",
    "anonymous_person",
    "unnamed_group",
    "document",
    "pronoun",
    "none",
)

#: Source types that count as anonymous (nobody named) in the shares.
ANONYMOUS_TYPES: frozenset[str] = frozenset({"anonymous_person", "unnamed_group"})
#: Source types that count as named.
NAMED_TYPES: frozenset[str] = frozenset({"named_person", "named_organisation", "government", "media"})


@dataclass(frozen=True)
class Attribution:
    """One attribution: a cue, a source mention and one or more content fragments.

    ``content`` has several fragments when a quotation is split by its cue ("X," he said, "Y.") or runs on
    over sentences and paragraphs. Spans never start or end on whitespace. Direct contents keep their quote
    marks (as the PolNeAR annotation does; the scorer ignores quote marks either way).
    """

    cue: Span | None
    source: Span | None
    content: tuple[Span, ...]
    kind: str
    source_type: str
    source_name: str
    role: str
    channel: str
    part: int
    in_caption: bool
    cue_class: str

    @property
    def start(self) -> int:
        """Where the content starts (the sort key of :func:`find_attributions`)."""
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end
