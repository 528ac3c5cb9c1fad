"""The one pipeline: analyzers as components that declare what they need and what they add.

An article is parsed once into a :class:`Doc` (the :class:`~analysis.model.Article` plus the layers the
components add); each component reads the layers it ``needs`` and sets the one it ``adds``, as spaCy's
pipeline components do. ``predict``, the per-article report and the corpus run all ask a
:class:`Pipeline` for the layers they show, so a new analyzer is added in one place: a function here,
registered with :func:`component`.

Components import their analyzer when first run (not when this module is imported): ``predict
readability`` does not load the attribution rules, and an analyzer that fails to import breaks only the
runs that ask for it. Each component calls its analyzer's public entry point only.

Layers and who adds them::

    article        the parsed Article (always present)
    readability    analysis.readability.analyze -> ReadabilityResult (textstat's figures only when asked)
    judged_attributions  analysis.hedging.judge_attributions -> list[Attribution] (every prose part)
    attributions   analysis.attribution.find_attributions -> list[Attribution] (body and captions)
    hedges         analysis.hedging.find_cues -> list[Cue], voice "" (not split)
    hedge_voices   analysis.hedging.voice_split over the attributions' content -> list[Cue]
    judgements     analysis.hedging.judge over judged_attributions -> list[SentenceJudgement] per sentence
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .model import Article
from .record import Record
from .runtime import one_article

ARTICLE = "article"

ComponentFn = Callable[..., Any]


@dataclass(frozen=True, slots=True)
class Component:
    """A registered analyzer step: ``fn(doc, **config)`` returns the value of layer ``adds``.

    ``needs`` are the layers it reads (besides the article), ``defaults`` its configuration keys and
    default values; a pipeline may override them, and an unknown key is refused.
    """

    name: str
    needs: tuple[str, ...]
    adds: str
    fn: ComponentFn
    defaults: Mapping[str, Any] = field(default_factory=dict)


#: Layer name -> the component that adds it.
REGISTRY: dict[str, Component] = {}


def component(
    adds: str, needs: tuple[str, ...] = (), **defaults: Any
) -> Callable[[ComponentFn], ComponentFn]:
    """Register ``fn`` as the component that adds layer ``adds`` (decorator)."""

    def register(fn: ComponentFn) -> ComponentFn:
        if adds in REGISTRY or adds == ARTICLE:
            raise ValueError(f"layer {adds!r} is already added by another component")
        for need in needs:
            if need != ARTICLE and need not in REGISTRY:
                raise ValueError(f"component {fn.__name__} needs {need!r}, which no earlier component adds")
        REGISTRY[adds] = Component(fn.__name__, needs, adds, fn, dict(defaults))
        return fn

    return register


@dataclass(slots=True)
class Doc:
    """One parsed article and the layers computed over it; ``doc["readability"]`` reads a layer."""

    article: Article
    record: Record | None = None
    layers: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, layer: str) -> Any:
        if layer == ARTICLE:
            return self.article
        try:
            return self.layers[layer]
        except KeyError:
            raise KeyError(f"layer {layer!r} was not computed: add it to the pipeline") from None

    def __contains__(self, layer: object) -> bool:
        return layer == ARTICLE or layer in self.layers


def plan(layers: Iterable[str]) -> list[Component]:
    """The components that compute ``layers`` and everything they need, each once, in a valid order.

    The order is deterministic: dependencies first, otherwise registration order.
    """
    wanted: set[str] = set()

    def visit(layer: str, chain: tuple[str, ...]) -> None:
        if layer == ARTICLE or layer in wanted:
            return
        if layer not in REGISTRY:
            known = ", ".join(REGISTRY)
            via = f" (needed by {chain[-1]})" if chain else ""
            raise KeyError(f"no component adds {layer!r}{via}; layers are: article, {known}")
        for need in REGISTRY[layer].needs:
            visit(need, (*chain, layer))
        wanted.add(layer)

    for layer in layers:
        visit(layer, ())
    # Registration order is a topological order: a component may only need layers registered before it.
    return [c for name, c in REGISTRY.items() if name in wanted]


class Pipeline:
    """Compute ``layers`` (and what they need) for each article; ``config`` maps a layer to its settings.

    >>> Pipeline(["readability"], {"readability": {"with_textstat": True}})  # doctest: +SKIP
    """

    def __init__(self, layers: Iterable[str], config: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self.components = plan(layers)
        config = dict(config or {})
        names = {c.adds for c in self.components}
        for layer in config:
            if layer not in names:
                raise KeyError(f"configuration for {layer!r}, which this pipeline does not compute")
        self.settings: dict[str, dict[str, Any]] = {}
        for c in self.components:
            given = dict(config.get(c.adds, {}))
            unknown = sorted(set(given) - set(c.defaults))
            if unknown:
                raise KeyError(
                    f"{c.adds} has no setting {unknown[0]!r}; settings: {', '.join(c.defaults) or 'none'}"
                )
            self.settings[c.adds] = {**c.defaults, **given}

    @property
    def layers(self) -> list[str]:
        return [c.adds for c in self.components]

    @one_article()
    def __call__(
        self, article: Article, record: Record | None = None, timings: dict[str, float] | None = None
    ) -> Doc:
        """Compute the layers. ``timings``: add each component's CPU seconds to ``timings[layer]`` (the
        corpus run reports where its time went; a clock read costs ~0.3 us, so this costs nothing)."""
        doc = Doc(article, record)
        if timings is None:
            for c in self.components:
                doc.layers[c.adds] = c.fn(doc, **self.settings[c.adds])
            return doc
        clock = time.process_time
        for c in self.components:
            t = clock()
            doc.layers[c.adds] = c.fn(doc, **self.settings[c.adds])
            timings[c.adds] = timings.get(c.adds, 0.0) + clock() - t
        return doc

    @one_article()
    def run_record(self, record: Record) -> Doc:
        """Parse ``record`` (HTML reduced to text first) and run the components: parse once, analyse once."""
        from .loading import article_from_record

        return self(article_from_record(record), record)


# --- the components ------------------------------------------------------------------------------------


@component("readability", with_textstat=False)
def readability(doc: Doc, with_textstat: bool) -> Any:
    """Counts, the seven scores and per-sentence facts; textstat's figures only where they are shown."""
    from .readability import analyze

    return analyze(doc.article, with_textstat=with_textstat)


@component("judged_attributions")
def judged_attributions(doc: Doc) -> list[Any]:
    """The attributions the hedging judge reads: every prose part (the one place that says which is
    :func:`analysis.hedging.judge_attributions`). Registered before ``attributions``: found first, they
    let the body-and-captions layer be selected from the same run instead of analysed again."""
    from .hedging import judge_attributions

    return judge_attributions(doc.article)


@component("attributions", parts="default")
def attributions(doc: Doc, parts: str) -> list[Any]:
    """Who is cited for what. ``parts`` is "default" (body and captions, as reports show) or "prose"
    (headline and standfirst too, as the labelled corpora and the predict contract have it)."""
    from .attribution import DEFAULT_KINDS, PROSE_KINDS, find_attributions

    kinds = {"default": DEFAULT_KINDS, "prose": PROSE_KINDS}.get(parts)
    if kinds is None:
        raise ValueError(f'attributions: parts must be "default" or "prose", not {parts!r}')
    return find_attributions(doc.article, kinds=kinds)


@component("hedges")
def hedges(doc: Doc) -> list[Any]:
    """Hedge, booster, shield and weasel cues, sorted by start (voice not yet split)."""
    from .hedging import find_cues

    return find_cues(doc.article)


@component("hedge_voices", needs=("hedges", "attributions"))
def hedge_voices(doc: Doc) -> list[Any]:
    """The cues with ``voice`` "source" inside an attributed content span, else "reporter"."""
    from .hedging import voice_split

    content = [c for a in doc["attributions"] for c in a.content]
    return voice_split(doc.article, content, doc["hedges"])


@component("judgements", needs=("judged_attributions",))
def judgements(doc: Doc) -> list[Any]:
    """Every sentence judged uncertain, weasel and/or anonymous-source (records, no pandas); weasel
    wording and anonymous sources are read from the sources of ``judged_attributions``. The judgement is
    :func:`analysis.hedging.judge`'s default one, kept on the article, so the per-article report's cue
    tables, highlights and counts show exactly these flags."""
    from .hedging import judge

    return judge(doc.article)
