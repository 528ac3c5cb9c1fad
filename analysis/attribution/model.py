"""The attribution record: who (source) is cited for what (content), through which cue.

Every field that points into the article is a :class:`~analysis.model.Span` over ``article.text``, so the
hedging analyzer can tell the reporter's voice from the sources' and the report can highlight cue, source
and content exactly. Names and types are derived from those spans and the article, never invented.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Span

#: Attribution kinds: the content is all quotation (direct), a clause with quoted words in it (mixed), a
#: clause without quote marks (indirect), or carried by "according to X" (according_to); "refused" is
#: negated or refused speech ("declined to comment", "would not confirm"), which is no statement.
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "according_to", "refused")

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
class Decision:
    """Who decided one part of an attribution (its cue, source or content), so a reader can see why.

    ``by`` is "rule" (``rule`` is then the shape's id in ``analysis/data/attribution/rule_ids.tsv``) or
    "model" (the tagger changed or added the part; ``confidence`` is the mean probability the model gives
    its label over the part's tokens).
    """

    by: str
    rule: str = ""
    confidence: float | None = None

    def label(self) -> str:
        """A short reading: ``rule subject_verb`` or ``model 0.87``."""
        if self.by == "model" and self.rule == "keep" and self.confidence is not None:
            from .keep import keep_label, load_keep_model  # keep imports this module

            return keep_label(self.confidence, load_keep_model().threshold)  # analysis.attribution.keep
        if self.by == "model":
            return f"model {self.confidence:.2f}" if self.confidence is not None else "model"
        return f"rule {self.rule}"

    def as_json(self) -> dict[str, object]:
        return {"by": self.by, "rule": self.rule or None, "confidence": self.confidence}


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
    cue_by: Decision
    source_by: Decision
    content_by: Decision
    #: The keep model's decision on the whole attribution (:mod:`analysis.attribution.keep`); None when no
    #: model judged it (the rules alone).
    keep: Decision | None = None
    #: Which rule decided ``source_type``: a rule of :mod:`analysis.attribution.source_types` that corrected
    #: the resolver, or ``source_types.RESOLVER`` ("source_resolver") when the resolver's type stands.
    type_by: str = "source_resolver"

    @property
    def start(self) -> int:
        """Where the content starts (the sort key of :func:`find_attributions`)."""
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end
