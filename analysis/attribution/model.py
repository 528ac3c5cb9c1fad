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

#: Source types, exactly the predict contract's (``shared/predict-contract.md``), most specific first. A
#: pronoun takes the type of what it refers to; an unresolved pronoun, like a missing source, is "none".
SOURCE_TYPES: tuple[str, ...] = (
    "named_person",
    "named_organisation",
    "government_body",
    "media_outlet",
    "anonymous_person",
    "unnamed_group",
    "document",
    "none",
)

#: How the source is written at the cue, apart from what it is: by its name ("Stoltenberg", "the State
#: Department"), a pronoun ("he", "it"), a description ("a police spokesman", "the company") or not at all.
MENTIONS: tuple[str, ...] = ("name", "pronoun", "description", "none")

#: Source types that count as anonymous (nobody named) in the shares.
ANONYMOUS_TYPES: frozenset[str] = frozenset({"anonymous_person", "unnamed_group"})
#: Source types that count as named.
NAMED_TYPES: frozenset[str] = frozenset(
    {"named_person", "named_organisation", "government_body", "media_outlet"}
)


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
    mention: str
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
