"""Reading articles from files: plain text, JSON and JSONL, in the encodings people actually have.

Every failure is an :class:`InputError` that names the file (and line) and says what is wrong, so that a
batch can report it in one line and go on with the other articles.

Encodings, in the order tried: a BOM (UTF-8, UTF-16 LE/BE, UTF-32), UTF-8, UTF-16 without a BOM when the
bytes say so (every other byte zero), then cp1252 and finally latin-1 (which decodes anything). The text
is kept as decoded: curly quotes and non-breaking spaces stay; matching code normalises on the fly.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError
from .model import Article
from .parsing import parse_article
from .record import Record

#: Files larger than this are refused: a news article is a few kilobytes, and a file of this size is
#: almost certainly a mistake (a dump, an archive) that would make a batch crawl.
MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
}


def decode(data: bytes, where: str) -> str:
    """Decode bytes of article text, refusing binary data with a message that says what it looks like."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(where, f"this is {what}, not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(
                    where, f"starts with a {enc} byte-order mark but is not valid {enc}"
                ) from exc
    if len(data) >= 4 and data.count(0) >= len(data) // 3:
        # UTF-16 without a byte-order mark: ASCII characters leave every other byte zero.
        enc = "utf-16-le" if data[1] == 0 else "utf-16-be"
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if "\x00" in text or _control_share(text) > 0.01:
        raise InputError(where, "looks like binary data, not text")
    return text


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    return bad / len(sample)


def check_text(text: str, where: str) -> str:
    """Refuse empty or whitespace-only text."""
    if not text.strip():
        raise InputError(where, "is empty" if not text else "contains only white space")
    return text


def _read_bytes(path: Path) -> bytes:
    where = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(where, f"cannot be read ({exc.strerror or exc})") from exc
    if size > MAX_BYTES:
        raise InputError(
            where, f"is {size / 1048576:.1f} MB, over the {MAX_BYTES // 1048576} MB limit for one article"
        )
    if size == 0:
        raise InputError(where, "is empty")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(where, f"cannot be read ({exc.strerror or exc})") from exc


def record_from_json(obj: object, where: str, default_id: str) -> Record:
    """A :class:`Record` from one decoded JSON object with ``text`` (or ``html``) and optional metadata."""
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object, found {type(obj).__name__}")
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        raise InputError(where, 'has no "text" field')
    if text is not None and not isinstance(text, str):
        raise InputError(where, '"text" must be a string')
    if html is not None and not isinstance(html, str):
        raise InputError(where, '"html" must be a string')
    rid = obj.get("id", default_id)
    meta = {k: str(obj[k]) for k in ("title", "url", "published", "publisher") if obj.get(k) is not None}
    if text is not None:
        check_text(text, where)
    return Record(id=str(rid), text=text or "", where=where, meta=meta, html=html)


def iter_records(path: Path) -> Iterator[Record | InputError]:
    """Records of one file: one for a text file or a JSON object, one per line of JSONL.

    Errors are yielded, not raised, so that one bad line does not stop the rest of the file.
    """
    where = str(path)
    suffix = path.suffix.lower()
    try:
        data = _read_bytes(path)
        declared = None
        if suffix in HTML_SUFFIXES:
            from .html import decode_html

            declared = decode_html(data, where)  # the page's own <meta charset>, when it has one
        text = check_text(declared if declared is not None else decode(data, where), where)
    except InputError as err:
        yield err
        return
    if suffix in JSON_SUFFIXES:
        stripped = text.lstrip()
        if suffix == ".json" or (
            stripped.startswith("[") or (stripped.startswith("{") and "\n{" not in stripped)
        ):
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                yield InputError(
                    where, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
                )
                return
            items = obj if isinstance(obj, list) else [obj]
            for n, item in enumerate(items, 1):
                item_where = f"{where}[{n}]" if isinstance(obj, list) else where
                try:
                    yield record_from_json(
                        item, item_where, f"{path.stem}-{n}" if isinstance(obj, list) else path.stem
                    )
                except InputError as err:
                    yield err
            return
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            line_where = f"{where}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(line_where, f"is not valid JSON ({exc.msg}, column {exc.colno})")
                continue
            try:
                yield record_from_json(obj, line_where, f"{path.stem}-{n}")
            except InputError as err:
                yield err
        return
    if suffix in HTML_SUFFIXES:
        yield Record(id=path.stem, text="", where=where, meta={}, html=text)
        return
    yield Record(id=path.stem, text=text, where=where, meta={})


def article_files(folder: Path) -> list[Path]:
    """The article files of a folder, sorted by name (hidden files and READMEs left out)."""
    suffixes = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix.lower() in suffixes
        and not p.name.startswith(".")
        and p.stem.upper() != "README"
    )


def iter_articles(path: str | Path) -> Iterator[Article | InputError]:
    """Articles from a file or a folder, in sorted order; bad items are yielded as :class:`InputError`."""
    path = Path(path)
    if not path.exists():
        yield InputError(str(path), "does not exist")
        return
    files = article_files(path) if path.is_dir() else [path]
    for f in files:
        for rec in iter_records(f):
            if isinstance(rec, InputError):
                yield rec
                continue
            try:
                yield article_from_record(rec)
            except InputError as err:
                yield err


def article_from_record(rec: Record) -> Article:
    """Parse a record; HTML is first reduced to its visible text (see :mod:`analysis.html`)."""
    text = rec.text
    meta = rec.meta
    if not text and rec.html is not None:
        from .html import extract

        page = extract(rec.html, rec.where)
        text = check_text(page.text, rec.where)
        meta = {**page.meta, **rec.meta}  # what the record states outranks what the page declares
    return parse_article(text, id=rec.id, source=rec.where, meta=meta)


def load_articles(path: str | Path) -> tuple[list[Article], list[InputError]]:
    """All articles under ``path`` and, separately, the inputs that could not be read."""
    good: list[Article] = []
    bad: list[InputError] = []
    for item in iter_articles(path):
        (bad if isinstance(item, InputError) else good).append(item)
    return good, bad


def load_article(path: str | Path) -> Article:
    """The one article in a text file; raises :class:`InputError` when it cannot be read."""
    for item in iter_articles(path):
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError(str(path), "holds no article")
