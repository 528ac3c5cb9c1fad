"""Property-based tests (hypothesis): whatever article a user feeds it, every analyzer holds its contract.

Articles are generated from the pieces news text is made of — headlines, quotations with their cues,
hedges and boosters, weasel words, abbreviations and initials, datelines, captions and credits — glued
with odd unicode (line and paragraph separators, NEL, non-breaking and zero-width spaces, combining
marks, right-to-left text, emoji, lone surrogates, NUL, CR LF), and at both extremes of size: a single
character, and paragraphs or run-on sentences repeated hundreds of times. Each record goes through the
loading boundary exactly as ``predict`` takes it, and each analyzer must then:

- raise nothing (a refusal is an :class:`~analysis.InputError` naming the record, nothing else);
- return spans inside the text that never start or end on white space;
- give parts in text order and disjoint, sentences inside their part;
- give the same output twice.

Each generated article goes through all five analyzers, so ``make test``'s 80 articles are 400
analyzer examples (derandomised, so a run is reproducible) and ``make fuzz``'s 10,000 articles are
10,000 per analyzer (``HYPOTHESIS_PROFILE=fuzz``; ``FUZZ_EXAMPLES=n`` to change the number).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import InputError
from analysis.loading import article_from_record, record_from_json
from analysis.predict import task_output

settings.register_profile(
    "default",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", 80)),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", 10_000)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# --------------------------------------------------------------------------- the pieces of an article

NAMES = ["Jane Doe", "Mr. Smith", "Dr. Ana López", "J. R. Ewing", "the U.S. State Department", "Reuters"]
CUES = ["said", "says", "told reporters", "added", "argued", "warned", "claimed", "according to"]
HEDGES = [
    "may",
    "might",
    "possibly",
    "appears to",
    "it is believed that",
    "some experts say",
    "critics argue",
    "reportedly",
    "could",
    "is likely to",
]
BOOSTERS = ["clearly", "certainly", "without doubt", "definitely", "must"]
WORDS = [
    "the",
    "council",
    "budget",
    "will",
    "rise",
    "by",
    "5%",
    "on",
    "Jan.",
    "30",
    "in",
    "Washington",
    "vote",
    "plan",
    "and",
    "but",
    "that",
    "which",
    "while",
    "not",
    "U.N.",
    "e.g.",
    "No.",
    "1,000",
    "$3.5bn",
    "(AP)",
    "—",
    "–",
    "-",
    ";",
    ":",
    ",",
    "...",
    "…",
    "?",
    "!",
    "don't",
    "it’s",
    "'90s",
]
ODD = [
    "\u2028",
    "\u2029",
    "\u0085",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\u0301",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627",
    "\U0001f600",
    "\ud800",
    "\udfff",
    "\x00",
    "\r\n",
    "\r",
    "\t",
    "\x0b",
    "\x0c",
    "\ufffd",
    "ǅ",
    "İ",
    "ß",
    "ﬁ",
    "\u202e",
    "«",
    "»",
    "„",
    "“",
    "”",
    "‘",
    "’",
    "''",
    '"',
    "'",
]
QUOTE_MARKS = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("''", "''"), ('"', "")]

word = st.sampled_from(WORDS) | st.sampled_from(HEDGES) | st.sampled_from(BOOSTERS)
clause = st.lists(word, min_size=1, max_size=14).map(" ".join)


@st.composite
def quotation(draw: st.DrawFn) -> str:
    open_mark, close_mark = draw(st.sampled_from(QUOTE_MARKS))
    said = f"{draw(st.sampled_from(NAMES))} {draw(st.sampled_from(CUES))}"
    inner = draw(clause)
    return draw(
        st.sampled_from(
            [
                f"{open_mark}{inner},{close_mark} {said}.",
                f"{said} {open_mark}{inner}.{close_mark}",
                f"{said} that {inner}.",
                f"{draw(st.sampled_from(CUES)).capitalize()} {draw(st.sampled_from(NAMES))}, {inner}.",
                f"{open_mark}{inner}",  # never closed
            ]
        )
    )


sentence = (
    quotation()
    | clause.map(lambda c: c[:1].upper() + c[1:] + ".")
    | st.builds(lambda h, c: f"{h} {c}.", st.sampled_from(HEDGES), clause)
    | st.sampled_from(ODD)
    | st.text(max_size=40)
)
paragraph = st.lists(sentence, min_size=1, max_size=6).map(" ".join)
furniture = st.sampled_from(
    [
        "By Jane Doe",
        "© 2025 Example News. All rights reserved.",
        "Share this article",
        "Photo: Jane Doe/Getty Images",
        "WASHINGTON (AP) — ",
        "SEOUL, SOUTH KOREA - JANUARY 29: A man walks.",
        "Advertisement",
    ]
)
block = paragraph | furniture | clause  # a clause alone reads like a heading
separator = st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\u2029", " ", "\n\n\n\n", "\n \n"])


@st.composite
def article_text(draw: st.DrawFn) -> str:
    """A headline, blocks and separators; now and then one block or sentence repeated at length."""
    head = draw(clause | st.text(max_size=20))
    blocks = draw(st.lists(block, min_size=0, max_size=8))
    seps = draw(st.lists(separator, min_size=len(blocks), max_size=len(blocks)))
    text = head + "".join(s + b for s, b in zip(seps, blocks, strict=True))
    size = draw(st.sampled_from(["as is"] * 16 + ["tiny"] * 2 + ["long paragraph", "run-on sentence"]))
    if size == "tiny":
        return draw(st.text(min_size=1, max_size=3))
    if size == "long paragraph":
        return text + "\n\n" + "\n\n".join([draw(paragraph)] * draw(st.integers(50, 300)))
    if size == "run-on sentence":
        piece = draw(st.sampled_from(["He said that ", "the mayor said, ", "and ", "“He said ", "may "]))
        return text + " " + piece * draw(st.integers(200, 3000))
    return text


# --------------------------------------------------------------------------- the contract


def _spans(task: str, out: dict[str, Any]) -> Iterable[tuple[str, int, int]]:
    """Every ``[start, end)`` span of one task's output, named for the assertion message."""
    if task == "sentences":
        for s, e in out["sentences"]:
            yield "sentence", s, e
    elif task == "article":
        for p in out["parts"]:
            yield f"{p['kind']} part", p["start"], p["end"]
    elif task == "attribution":
        for a in out["attributions"]:
            for name in ("cue", "source"):
                if a[name] is not None:
                    yield name, *a[name]
            for s, e in a["content"]:
                yield "content", s, e
    elif task == "hedging":
        for c in out["cues"]:
            yield f"{c['category']} cue", c["start"], c["end"]


def check_record(task: str, text: str) -> None:
    obj = json.loads(json.dumps({"id": "x", "text": text}))  # as predict reads it
    try:
        record = record_from_json(obj, "fuzz:1", "")
        article = article_from_record(record)
    except InputError as err:
        assert str(err).startswith("fuzz:1: ")
        return
    # the offsets index the text as given: loading only swaps a character for one other (a lone surrogate
    # for U+FFFD, a NUL for a space), never removes one
    assert article.text == re.sub("[\ud800-\udfff]", "\ufffd", text).replace("\x00", " ")
    out = task_output(task, article, record)
    json.dumps(out, ensure_ascii=False).encode("utf-8")  # the output line can be written
    analysed = article.text if task != "article" or "text" not in out else out["text"]
    for name, s, e in _spans(task, out):
        assert 0 <= s < e <= len(analysed), (name, s, e)
        span = analysed[s:e]
        assert not span[0].isspace() and not span[-1].isspace(), (name, span[:40])
    if task in ("sentences", "article"):
        spans = [(s, e) for _, s, e in _spans(task, out)]
        assert spans == sorted(spans), "in text order"
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "disjoint"
    if task == "article":
        for sent in article.sentences:
            part = article.parts[sent.part]
            assert part.start <= sent.start and sent.end <= part.end
    again = task_output(task, article_from_record(record_from_json(obj, "fuzz:1", "")), record)
    assert json.dumps(again, sort_keys=True) == json.dumps(out, sort_keys=True), "deterministic"


TASKS = ("sentences", "article", "readability", "attribution", "hedging")


@given(text=article_text())
def test_every_analyzer_holds_its_contract_on_any_article(text):
    # one generated article through all five analyzers: each example is an example for every analyzer
    for task in TASKS:
        check_record(task, text)


@pytest.mark.parametrize(
    ("task", "text"),
    [
        ("attribution", "He said that " * 600),
        ("hedging", "Some experts say it may " * 500),
        ("article", "\u2028".join(["Headline"] + ["A line of text."] * 300)),
        ("sentences", "Mr. " * 2000),
        ("readability", "a" * 20_000),
    ],
)
def test_known_hard_shapes(task, text):
    check_record(task, text)


# --------------------------------------------------------------------------- the interval index


spans_strategy = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 20), st.sampled_from(["a", "b", "c"])), max_size=30
).map(lambda xs: [(s, s + n, o) for s, n, o in xs])


@given(
    spans=spans_strategy,
    a=st.integers(0, 80),
    n=st.integers(0, 20),
    exclude=st.sampled_from([None, "a", "b"]),
)
def test_span_index_answers_as_a_scan_of_every_span_would(spans, a, n, exclude):
    from analysis.intervals import SpanIndex

    b = a + n
    owners = {o: object() for o in "abc"}  # compared by identity, as the rules' objects are
    index = SpanIndex((s, e, owners[o]) for s, e, o in spans)
    ex = owners[exclude] if exclude else None
    assert index.contains(a, b, ex) == any(s <= a and b <= e and owners[o] is not ex for s, e, o in spans)
    assert index.overlaps(a, b) == any(s < b and a < e for s, e, _ in spans)
    assert index.overlapping(a, b) == [owners[o] for s, e, o in spans if s < b and a < e]
    first = next((owners[o] for s, e, o in spans if s <= a and b <= e), None)
    assert index.first_owner(a, b) is first
