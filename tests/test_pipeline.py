"""The one pipeline: components declare what they need and add; the article is parsed once."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from analysis import parse_article
from analysis.pipeline import REGISTRY, Doc, Pipeline, plan
from analysis.predict import TASKS, resolve, task_output
from analysis.readability import SCORE_NAMES, analyze
from analysis.record import Record

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"
TEXT = (
    "Council approves harbour bridge\n\n"
    'The council may approve the bridge on Monday, officials said. "It will open in 2027," '
    "Mayor Ana Ruiz told reporters. Some experts say the cost could double."
)


def test_plan_adds_what_is_needed_once_in_dependency_order():
    assert [c.adds for c in plan(["hedge_voices"])] == ["attributions", "hedges", "hedge_voices"]
    assert [c.adds for c in plan(["hedge_voices", "hedges", "readability"])] == [
        "readability",
        "attributions",
        "hedges",
        "hedge_voices",
    ]
    assert plan([]) == [] and plan(["article"]) == []


def test_every_component_needs_only_layers_added_before_it():
    seen = {"article"}
    for layer, comp in REGISTRY.items():
        assert set(comp.needs) <= seen, layer
        seen.add(layer)


def test_unknown_layers_and_settings_are_named():
    with pytest.raises(KeyError, match="no component adds 'sentiment'"):
        Pipeline(["sentiment"])
    with pytest.raises(KeyError, match="readability has no setting 'textstat'"):
        Pipeline(["readability"], {"readability": {"textstat": True}})
    with pytest.raises(KeyError, match="configuration for 'hedges'"):
        Pipeline(["readability"], {"hedges": {}})


def test_doc_names_a_missing_layer():
    doc = Pipeline(["hedges"])(parse_article(TEXT, id="t"))
    assert "hedges" in doc and "article" in doc and "readability" not in doc
    with pytest.raises(KeyError, match="layer 'readability' was not computed"):
        doc["readability"]


def test_layers_equal_the_analyzers_public_entry_points():
    from analysis.attribution import find_attributions
    from analysis.hedging import find_cues, judge, judge_attributions

    art = parse_article(TEXT, id="t")
    doc = Pipeline(["readability", "hedge_voices", "judgements"])(art)
    assert doc["readability"] == analyze(art)
    assert doc["attributions"] == find_attributions(art)
    assert doc["hedges"] == find_cues(art)
    content = [c for a in doc["attributions"] for c in a.content]
    assert doc["hedge_voices"] == find_cues(art, content)
    assert [(art.text[c.start : c.end], c.voice) for c in doc["hedge_voices"]] == [
        ("may", "source"),
        ("officials said", "reporter"),  # a vague source framing the claim after a comma (framed_source)
        ("Some experts say", "reporter"),
        ("could", "source"),
    ]
    # the judge reads the attributions of every prose part (the headline too), not the body-and-captions
    # layer: judge_attributions, the one place that says which, and judge()'s default
    assert doc["judged_attributions"] == judge_attributions(art)
    assert doc["judgements"] == judge(art) == judge(art, judge_attributions(art))


def test_textstat_is_computed_only_when_asked():
    art = parse_article(TEXT, id="t")
    plain = Pipeline(["readability"])(art)["readability"]
    assert plain.textstat == dict.fromkeys(SCORE_NAMES)
    shown = Pipeline(["readability"], {"readability": {"with_textstat": True}})(art)["readability"]
    assert shown.textstat["flesch_reading_ease"] is not None
    assert shown.scores == plain.scores and shown.counts == plain.counts
    assert task_output("readability", art)["textstat"] == shown.textstat


def test_predict_tasks_ask_the_pipeline_for_their_layers():
    assert {task: spec.layers for task, spec in TASKS.items()} == {
        "sentences": (),
        "article": (),
        "readability": ("readability",),
        "attribution": ("attributions",),
        "hedging": (),
    }
    pipe, _ = resolve("attribution")
    assert pipe.settings == {"attributions": {"parts": "prose"}}
    with pytest.raises(ValueError, match='parts must be "default" or "prose"'):
        Pipeline(["attributions"], {"attributions": {"parts": "all"}})(parse_article(TEXT))


def test_a_record_is_parsed_once(monkeypatch):
    import analysis.loading as loading

    calls = []
    real = loading.parse_article

    def counting(*args, **kwargs):
        calls.append(kwargs.get("id"))
        return real(*args, **kwargs)

    monkeypatch.setattr(loading, "parse_article", counting)
    doc = Pipeline(["readability", "hedge_voices", "judgements"]).run_record(
        Record(id="r1", text=TEXT, where="test:1")
    )
    assert calls == ["r1"] and isinstance(doc, Doc) and doc.record.where == "test:1"
    assert json.dumps(task_output("sentences", doc.article)) == json.dumps(
        {"sentences": [[s.start, s.end] for s in doc.article.sentences]}
    )


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def test_analyzers_do_not_import_the_file_loader():
    offenders = [
        str(p.relative_to(PACKAGE))
        for pkg in ("readability", "attribution", "hedging")
        for p in sorted((PACKAGE / pkg).glob("*.py"))
        if any(name.endswith("loading") for name in _imports(p))
    ]
    assert offenders == []


def test_the_document_model_does_not_import_dates():
    assert not any("dates" in name for name in _imports(PACKAGE / "model.py"))
    assert ".model" not in _imports(PACKAGE / "record.py")


def test_development_tools_live_outside_the_package():
    """Trainers, the browser driver and the syllable-rule builder: run by make, tests and benchmarks only."""
    tools = PACKAGE.parent / "tools"
    moved = {"train", "train_attribution", "train_hedging", "browser", "build_syllable_rules"}
    assert sorted(p.stem for p in PACKAGE.rglob("*.py") if p.stem in moved) == []
    assert all((tools / f"{name}.py").is_file() for name in moved - {"train"})


def test_the_hedging_scan_is_computed_once_per_article(monkeypatch):
    """The cue finder and the sentence judge share one scan of the article (Article.derived)."""
    import analysis.hedging.cues as cues

    calls = []
    real = cues._scan

    def counting(article, news):
        calls.append(article.id)
        return real(article, news)

    monkeypatch.setattr(cues, "_scan", counting)
    doc = Pipeline(["hedge_voices", "judgements"]).run_record(Record(id="r1", text=TEXT, where="test:1"))
    assert calls == ["r1"]
    assert [c.start for c in doc["hedges"]] == [c.start for c in cues.find_cues(doc.article)]
    assert len(doc["judgements"]) == len(doc.article.sentences)


def test_tokens_in_equals_a_scan_of_the_tokens():
    """tokens_in (two binary searches) gives what the plain scan does, for every span over the text:
    the tokens from the first starting at or after the span's start up to the first ending after its end."""
    from analysis.model import Span

    article = parse_article(TEXT + "\n\nIt said: “No.” (Really?) 3.5% of U.S. voters.", id="t")
    toks = article.tokens

    def scan(span: Span) -> list:
        i = next((k for k, t in enumerate(toks) if t.start >= span.start), len(toks))
        out = []
        while i < len(toks) and toks[i].end <= span.end:
            out.append(toks[i])
            i += 1
        return out

    n = len(article.text)
    spans = [Span(a, b) for a in range(0, n + 1, 7) for b in range(a, min(n, a + 60) + 1, 5)]
    spans += [*article.sentences, *article.parts, Span(0, n), Span(n, n)]
    assert all(article.tokens_in(s) == scan(s) for s in spans)
