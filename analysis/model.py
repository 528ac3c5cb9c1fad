"""The one document model every analyzer shares.

An :class:`Article` is the original text, never altered, plus typed parts, sentences and tokens, each a
``[start, end)`` span of Python ``str`` indices into that text. Analyzers return spans over the same text,
so that tables, highlights and counts computed by different modules always agree and nothing is lost or
rewritten on the way.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

#: Part kinds, in the vocabulary of the predict contract.
HEADLINE = "headline"
STANDFIRST = "standfirst"
HEADING = "heading"
PARAGRAPH = "paragraph"
CAPTION = "caption"
CREDIT = "credit"
BYLINE = "byline"
FOOTER = "footer"
BOILERPLATE = "boilerplate"

PART_KINDS: tuple[str, ...] = (
    HEADLINE,
    STANDFIRST,
    HEADING,
    PARAGRAPH,
    CAPTION,
    CREDIT,
    BYLINE,
    FOOTER,
    BOILERPLATE,
)
#: Kinds that make up the article's body (its main text) for every metric that says "body".
BODY_KINDS: frozenset[str] = frozenset({HEADING, PARAGRAPH})
#: Kinds set aside from the body: shown in reports, never counted as the article's prose.
SET_ASIDE_KINDS: frozenset[str] = frozenset({CAPTION, CREDIT, BYLINE, FOOTER, BOILERPLATE})


@dataclass(slots=True, unsafe_hash=True)
class Span:
    """A ``[start, end)`` slice of an article's text.

    Spans are values: compared and hashed by their fields, and never changed once made. They are not
    declared frozen only because a frozen dataclass is about three times slower to construct, and an
    article has a token span for every word.
    """

    start: int
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True, unsafe_hash=True)
class Part(Span):
    """A typed block of the article (headline, paragraph, caption, ...).

    ``reason`` says in plain words why the parser gave the part its kind, so that a reader can check what
    was set aside from the body and why.
    """

    kind: str = PARAGRAPH
    reason: str = ""


@dataclass(slots=True, unsafe_hash=True)
class Token(Span):
    """A token; ``is_word`` is true when it holds a letter or a digit (the package-wide word definition)."""

    is_word: bool = True


@dataclass(slots=True, unsafe_hash=True)
class Sentence(Span):
    """A sentence; it never crosses a part boundary, and ``part`` is the index of its part."""

    part: int = 0


@dataclass(frozen=True, slots=True)
class Section:
    """The body under one subheading (or before the first): ``heading`` and ``parts`` index ``Article.parts``.

    ``title`` is the subheading's text, or "" for the opening section before any subheading.
    """

    heading: int | None
    parts: tuple[int, ...]
    title: str


@dataclass(slots=True)
class Article:
    """An article: its original text and everything the parser found in it.

    Build one with :func:`analysis.parse_article`; the fields are filled once and then only read.
    """

    id: str
    text: str
    parts: list[Part] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    title: str = ""
    publisher: str = ""
    source: str = ""  # where the article was loaded from (file, file:line), for messages and tables
    meta: dict[str, str] = field(default_factory=dict)  # fields given with the input (url, published, ...)
    #: What loading changed in the input (a lone surrogate replaced, a duplicate id renamed), for messages.
    notes: list[str] = field(default_factory=list)
    _token_starts: list[int] | None = field(default=None, repr=False, compare=False)
    _token_ends: list[int] | None = field(default=None, repr=False, compare=False)
    #: What analyzers derive from the parsed article and share (the hedging scan is read by the cue finder
    #: and the sentence judge): computed once per article, keyed by the deriving function's name. The
    #: fields above are never changed after parsing, so nothing here goes stale.
    derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def parts_of(self, *kinds: str) -> list[Part]:
        return [p for p in self.parts if p.kind in kinds]

    @property
    def body_parts(self) -> list[Part]:
        """Headings and paragraphs, in text order: the article's main text."""
        return [p for p in self.parts if p.kind in BODY_KINDS]

    @property
    def body(self) -> str:
        """The body as plain text: headings and paragraphs separated by blank lines."""
        return "\n\n".join(self.span_text(p) for p in self.body_parts)

    @property
    def sections(self) -> list[Section]:
        """Body sections in order: the paragraphs before the first subheading, then one per subheading."""
        out: list[Section] = []
        heading: int | None = None
        members: list[int] = []
        for i, p in enumerate(self.parts):
            if p.kind == HEADING:
                if members or heading is not None:
                    out.append(Section(heading, tuple(members), self._heading_title(heading)))
                heading, members = i, []
            elif p.kind == PARAGRAPH:
                members.append(i)
        if members or heading is not None:
            out.append(Section(heading, tuple(members), self._heading_title(heading)))
        return out

    def _heading_title(self, heading: int | None) -> str:
        return "" if heading is None else self.span_text(self.parts[heading])

    def sentences_in(self, kinds: frozenset[str] | set[str] | tuple[str, ...]) -> list[Sentence]:
        return [s for s in self.sentences if self.parts[s.part].kind in kinds]

    @property
    def body_sentences(self) -> list[Sentence]:
        return self.sentences_in(BODY_KINDS)

    def tokens_in(self, span: Span) -> list[Token]:
        """Tokens inside ``span``: from the first that starts at or after its start, up to the first that
        ends after its end (two binary searches: tokens are sorted and never overlap, so their ends are
        sorted too)."""
        i = bisect_left(self.token_starts(), span.start)
        j = bisect_right(self.token_ends(), span.end, i)
        return self.tokens[i:j]

    def words_in(self, span: Span) -> list[Token]:
        return [t for t in self.tokens_in(span) if t.is_word]

    def count_words(self, span: Span) -> int:
        """``len(self.words_in(span))`` without building the list: two binary searches and a difference of
        running word counts. Many long overlapping spans (thousands of nested attributions in one run-on
        sentence) made counting their words one by one quadratic. The running counts are a machine-integer
        array: a list of int objects was 36 bytes a token (34 MB on a 5 MB article), the array is 8."""
        i = bisect_left(self.token_starts(), span.start)
        j = bisect_right(self.token_ends(), span.end, i)
        if j <= i:
            return 0
        running = self.derived.get("model.word_counts")
        if not isinstance(running, array) or len(running) != len(self.tokens) + 1:
            running = array("q", accumulate((t.is_word for t in self.tokens), initial=0))
            self.derived["model.word_counts"] = running
        return running[j] - running[i]

    def part_at(self, offset: int) -> int | None:
        """Index of the part that contains ``offset``, or None when it falls between parts."""
        for i, p in enumerate(self.parts):
            if p.start <= offset < p.end:
                return i
        return None

    def token_starts(self) -> list[int]:
        """The start offsets of the tokens, in order (cached; rebuilt when the tokens change)."""
        if self._token_starts is None or len(self._token_starts) != len(self.tokens):
            self._token_starts = [t.start for t in self.tokens]
        return self._token_starts

    def token_ends(self) -> list[int]:
        """The end offsets of the tokens, in order (sorted too: tokens never overlap; cached)."""
        if self._token_ends is None or len(self._token_ends) != len(self.tokens):
            self._token_ends = [t.end for t in self.tokens]
        return self._token_ends
