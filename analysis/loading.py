"""Reading articles from files: plain text, JSON and JSONL, in the encodings people actually have.

Every failure is an :class:`InputError` that names the file (and line) and says what is wrong, so that a
batch can report it in one line and go on with the other articles.

Encodings, in the order tried: a BOM (UTF-8, UTF-16 LE/BE, UTF-32), UTF-8, UTF-16 without a BOM when the
bytes say so (every other byte zero), then cp1252 and finally latin-1 (which decodes anything). The text
is kept as decoded: curly quotes and non-breaking spaces stay; matching code normalises on the fly.

Text is normalised once, here at the loading boundary, by :func:`normalise` and nowhere else: a lone
surrogate (valid in JSON as ``"\\ud800"``, but not a character: it cannot be written as UTF-8 and would
crash every later write) becomes U+FFFD, and a NUL character becomes a space (not removed: every offset
the analyzers return must index the text as the user gave it, as the predict contract says); both are
reported in the record's ``notes``. Every other character is kept, including U+2028 and U+0085, which
JSON allows raw inside strings: that is why JSONL is split on ``"\\n"`` only, never with ``str.splitlines``.
"""

from __future__ import annotations

import codecs
import errno
import json
import re
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError, size_text
from .model import Article
from .parsing import parse_article
from .record import Record, unique_id

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


#: Control characters that do not occur in text: C0 but for line breaks and tabs, DEL and C1 but for NEL.
_CONTROL = frozenset(chr(i) for i in (*range(32), *range(0x7F, 0xA0)) if chr(i) not in "\n\r\t\f\v\x85")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL_RE = re.compile("[" + re.escape("".join(sorted(_CONTROL))) + "]")


def normalise(text: str) -> tuple[str, list[str]]:
    """``text`` with lone surrogates replaced by U+FFFD and NULs by spaces, and a note for each change.

    Nothing else is touched and no character is removed: the text the analyzers see has the length of the
    text the user gave, so every offset stays meaningful to them (removing a NUL shifted every later span
    by one: ``predict sentences`` gave spans that started on a space of the input).
    """
    notes: list[str] = []
    surrogates = len(_SURROGATE.findall(text))
    if surrogates:
        text = _SURROGATE.sub("\ufffd", text)
        notes.append(
            f"{surrogates} lone surrogate{'s' if surrogates > 1 else ''} (half of a UTF-16 pair, not a "
            "character) replaced with U+FFFD"
        )
    nuls = text.count("\x00")
    if nuls:
        text = text.replace("\x00", " ")
        notes.append(f"{nuls} NUL character{'s' if nuls > 1 else ''} replaced with a space")
    return text, notes


def _clean_field(value: str, name: str, notes: list[str]) -> str:
    value, changed = normalise(value)
    notes += [f"{name}: {n}" for n in changed]
    return value


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
    if looks_binary(text):
        raise InputError(where, "looks like binary data, not text")
    return text


def looks_binary(text: str) -> bool:
    """True when more than 1% of the first 20,000 characters (and more than two) are control characters.

    A stray NUL or two in a real article is replaced by :func:`normalise`; a share like this is a file or
    a JSON string that holds some other kind of data.
    """
    sample = text[:20000]
    bad = len(_CONTROL_RE.findall(sample))
    return bad > max(2, len(sample) // 100)


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


def record_from_json(obj: object, where: str, default_id: str, max_bytes: int = MAX_BYTES) -> Record:
    """A :class:`Record` from one decoded JSON object with ``text`` (or ``html``) and optional metadata.

    The strings are normalised (:func:`normalise`); text over ``max_bytes`` (as UTF-8) and text that is
    mostly control characters (binary data pasted into JSON) are refused with a message naming the record.
    """
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object, found {type(obj).__name__}")
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        raise InputError(where, 'has no "text" field')
    if text is not None and not isinstance(text, str):
        raise InputError(where, f'"text" must be a string, found {_json_type(text)}')
    if html is not None and not isinstance(html, str):
        raise InputError(where, f'"html" must be a string, found {_json_type(html)}')
    notes: list[str] = []
    rid = obj.get("id")
    rid = default_id if rid is None or rid == "" else rid if isinstance(rid, str) else str(rid)
    rid = _clean_field(rid, "id", notes)
    meta = {
        k: _clean_field(obj[k] if isinstance(obj[k], str) else str(obj[k]), k, notes)
        for k in ("title", "url", "published", "publisher")
        if obj.get(k) is not None
    }
    fields = {}
    for name, value in (("text", text), ("html", html)):
        if value is None:
            continue
        size = len(value.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            over = f"over the {size_text(max_bytes)} limit for one article"
            raise InputError(where, f'"{name}" is {size_text(size)}, {over}')
        if looks_binary(value):
            field_name = "" if name == "text" else f'"{name}" '
            raise InputError(where, f"{field_name}looks like binary data, not text")
        fields[name] = _clean_field(value, name, notes) if name == "html" else _clean_text(value, notes)
    if "text" in fields:
        check_text(fields["text"], where)
    text, html = fields.get("text", ""), fields.get("html")
    return Record(id=rid, text=text, where=where, meta=meta, html=html, notes=tuple(notes))


def _clean_text(value: str, notes: list[str]) -> str:
    value, changed = normalise(value)
    notes += changed
    return value


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", bool: "true/false", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)


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
        yield from _json_records(text, path)
        return
    text, notes = normalise(text)
    if suffix in HTML_SUFFIXES:
        yield Record(id=path.stem, text="", where=where, meta={}, html=text, notes=tuple(notes))
        return
    yield Record(id=path.stem, text=text, where=where, meta={}, notes=tuple(notes))


def json_problem(exc: json.JSONDecodeError) -> str:
    """The decoder's message without the dangling "at" some end with ("Invalid control character at",
    "Unterminated string starting at"), which read as cut off: the caller gives the position itself."""
    return re.sub(r"\s+(?:starting\s+)?at$", "", exc.msg)


def _json_records(text: str, path: Path) -> Iterator[Record | InputError]:
    where = str(path)
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" or (
        stripped.startswith("[") or (stripped.startswith("{") and "\n{" not in stripped)
    ):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            problem = json_problem(exc)
            yield InputError(where, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {problem})")
            return
        items = obj if isinstance(obj, list) else [obj]
        for n, item in enumerate(items, 1):
            listed = isinstance(obj, list)
            item_where, default_id = (f"{where}[{n}]", f"{path.stem}-{n}") if listed else (where, path.stem)
            try:
                yield record_from_json(item, item_where, default_id)
            except InputError as err:
                yield err
        return
    # JSON Lines are separated by "\n" alone: U+2028, U+0085 and the like are legal inside JSON strings.
    for n, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        line_where = f"{where}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(line_where, f"is not valid JSON ({json_problem(exc)}, column {exc.colno})")
            continue
        try:
            yield record_from_json(obj, line_where, f"{path.stem}-{n}")
        except InputError as err:
            yield err


SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES


def article_files(folder: Path) -> list[Path]:
    """The article files of a folder that can be read, sorted by name (hidden files and READMEs left out).

    :func:`folder_entries` also names the entries that look like articles but cannot be read.
    """
    return [p for p in folder_entries(folder) if isinstance(p, Path) and not p.is_dir()]


def folder_entries(folder: Path) -> list[Path | InputError]:
    """Every entry of a folder named like an article file, sorted by name (hidden files, READMEs left out).

    An entry that has an article's name but cannot be read as a file (a broken symbolic link or a link
    loop) is an :class:`InputError` in its place, and a folder called ``x.txt`` is returned as it is, so
    that the caller names it rather than skipping it in silence.
    """
    out: list[Path | InputError] = []
    for p in sorted(folder.iterdir()):
        if p.suffix.lower() not in SUFFIXES or p.name.startswith(".") or p.stem.upper() == "README":
            continue
        problem = _not_a_file(p)
        out.append(InputError(str(p), problem) if problem else p)
    return out


def _not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as an article file, or None when it can."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a symbolic link loop (the link points, in the end, back to itself)"
        if path.is_symlink():
            return f"is a symbolic link to {_readlink(path)}, which does not exist"
        if exc.errno == errno.ENOENT:
            return "does not exist"
        return f"cannot be read ({exc.strerror or exc})"
    except RuntimeError:  # older Pythons report a loop this way
        return "is a symbolic link loop (the link points, in the end, back to itself)"
    if path.is_dir():
        return None
    if not path.is_file():
        return "is not a regular file (a device, pipe or socket)"
    return None


def _readlink(path: Path) -> str:
    try:
        return str(path.readlink())
    except OSError:
        return "a missing target"


def iter_articles(path: str | Path) -> Iterator[Article | InputError]:
    """Articles from a file or a folder, in sorted order; bad items are yielded as :class:`InputError`.

    Ids are unique in what this yields: an article whose id was already used (``dup.txt`` and ``dup.json``)
    gets ``-2``, ``-3``, ... appended, and a note saying so, so that no report or table row overwrites
    another.
    """
    path = Path(path)
    problem = _not_a_file(path)
    if problem:
        yield InputError(str(path), problem)
        return
    if path.is_dir():
        files = folder_entries(path)
        if not files:
            kinds = ", ".join(sorted(SUFFIXES))
            yield InputError(str(path), f"is a folder with no article files ({kinds})")
            return
    else:
        files = [path]
    seen: dict[str, str] = {}
    for f in files:
        if isinstance(f, InputError):
            yield f
            continue
        if f.is_dir():
            yield InputError(str(f), "is a folder, not an article file")
            continue
        for rec in iter_records(f):
            if isinstance(rec, InputError):
                yield rec
                continue
            rec = _unique_id(rec, seen)
            try:
                yield article_from_record(rec)
            except InputError as err:
                yield err


def _unique_id(rec: Record, seen: dict[str, str]) -> Record:
    """``rec`` with an id not yet in ``seen`` (which maps ids to where they came from, and is updated)."""
    rid = rec.id
    new = unique_id(rid, seen)
    if new != rid:
        note = f"id {rid!r} is already used by {seen[rid]}; this article is {new!r}"
        rec = Record(new, rec.text, rec.where, rec.meta, rec.html, (*rec.notes, note))
    seen[rec.id] = rec.where
    return rec


def article_from_record(rec: Record) -> Article:
    """Parse a record; HTML is first reduced to its visible text (see :mod:`analysis.html`)."""
    text = rec.text
    meta = rec.meta
    if not text and rec.html is not None:
        from .html import extract

        page = extract(rec.html, rec.where)
        text = check_text(page.text, rec.where)
        meta = {**page.meta, **rec.meta}  # what the record states outranks what the page declares
    article = parse_article(text, id=rec.id, source=rec.where, meta=meta)
    article.notes = list(rec.notes)
    return article


def load_articles(path: str | Path) -> tuple[list[Article], list[InputError]]:
    """All articles under ``path`` and, separately, the inputs that could not be read.

    What loading changed in an article (a replaced surrogate, a renamed duplicate id) is in its ``notes``.
    """
    good: list[Article] = []
    bad: list[InputError] = []
    for item in iter_articles(path):
        if isinstance(item, InputError):
            bad.append(item)
        else:
            good.append(item)
    return good, bad


def load_article(path: str | Path) -> Article:
    """The one article in a text file; raises :class:`InputError` when it cannot be read."""
    for item in iter_articles(path):
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError(str(path), "holds no article")
