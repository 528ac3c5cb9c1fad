"""Shared by the report tests: read back the annotated article's HTML with the standard library parser."""

from __future__ import annotations

from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
ADVERSARIAL = FIXTURES / "199_adversarial_markup.txt"
VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "area", "col", "embed", "param"}


class ArticleReader(HTMLParser):
    """Collects, from rendered HTML: the text of every highlight id (``data-h``), of every sentence
    (``data-s``), of every part's ``.ar-text`` (by ``data-part``), every tag and attribute name seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.highlights: dict[str, list[str]] = defaultdict(list)
        self.sentences: dict[int, list[str]] = defaultdict(list)
        self.sentence_grades: dict[int, str] = {}
        self.parts: dict[int, list[str]] = defaultdict(list)
        self.tags: list[str] = []
        self.attributes: set[str] = set()
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        self.attributes.update(a)
        if "data-s" in a and "data-grade" in a:
            self.sentence_grades[int(a["data-s"])] = a["data-grade"]
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> does not close <{self.stack[-1][0] if self.stack else ''}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        part = None
        for i, (_tag, a) in enumerate(self.stack):
            if "ar-text" in a.get("class", "").split() and i > 0:
                part = self.stack[i - 1][1].get("data-part")
            if "data-s" in a:
                self.sentences[int(a["data-s"])].append(data)
            for hid in a.get("data-h", "").split():
                self.highlights[hid].append(data)
        if part is not None:
            self.parts[int(part)].append(data)


def read(html: str) -> ArticleReader:
    reader = ArticleReader()
    reader.feed(html)
    reader.close()
    return reader


def text_of(reader: ArticleReader, hid: str) -> str:
    return "".join(reader.highlights.get(hid, []))
