"""Corpus inputs: JSONL and CSV files streamed record by record, folders and globs of article files.

A corpus file is far larger than one article, so JSONL and CSV are read a record at a time (never the whole
file), and a record that cannot be used becomes an :class:`~analysis.errors.InputError` naming the file and
line; the run goes on. What cannot be fixed by skipping a record (an input that does not exist, a CSV
without the named text column, a folder without article files) is a :class:`CorpusInputError`, raised
before any work starts.

Every record gets a key that is unique in the corpus: its id, or ``id#2``, ``id#3`` ... for the second and
later records with the same id (kept apart, and reported in the errors table as warnings).
"""

from __future__ import annotations

import csv
import glob
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, size_text
from ..loading import (
    JSON_SUFFIXES,
    MAX_BYTES,
    article_files,
    iter_records,
    json_problem,
    record_from_json,
)
from ..record import Record, unique_id

CSV_SUFFIXES = frozenset({".csv"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
#: Columns of a CSV taken as metadata when present (besides the named date and outlet columns).
CSV_META_COLUMNS = ("title", "url", "publisher")
#: Share of control characters above which a text is taken for binary data.
BINARY_SHARE = 0.01


class CorpusInputError(Exception):
    """An input the run cannot start with; ``str(err)`` is one line naming the input and the problem."""


@dataclass(frozen=True, slots=True)
class CsvColumns:
    """Which CSV columns hold the text and the optional id, date and outlet."""

    text: str = "text"
    id: str | None = None
    date: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Item:
    """One record of the corpus (or the reason it could not be read), in corpus order.

    ``seq`` is its position in the corpus (0-based, over good and bad records); ``key`` is the record's id
    made unique in the corpus (a refused record's key is the id it gave, or else where it is, ``file:line``,
    so that its row in the errors table names it); ``warning`` says why the key differs from the id.
    """

    seq: int
    record: Record | None
    error: InputError | None = None
    key: str = ""
    warning: str = ""


@dataclass(slots=True)
class Inputs:
    """The expanded input files, in the order given (a folder or glob sorted by name)."""

    given: list[str]
    files: list[Path] = field(default_factory=list)


def _has_magic(pattern: str) -> bool:
    return any(c in pattern for c in "*?[")


def expand(given: Sequence[str], columns: CsvColumns) -> Inputs:
    """The files behind ``given`` (files, folders, globs), checked before the run starts."""
    if not given:
        raise CorpusInputError("no input given: name JSONL or CSV files, folders of articles or globs")
    out = Inputs(list(given))
    seen: set[Path] = set()
    for arg in given:
        path = Path(arg)
        if path.is_dir():
            files = [p for p in article_files(path)] + sorted(p for p in path.glob("*.csv") if p.is_file())
            files.sort()
            if not files:
                raise CorpusInputError(f"{arg}: folder holds no .txt, .json, .jsonl, .html or .csv file")
        elif path.is_file():
            files = [path]
        elif _has_magic(arg):
            files = sorted(Path(p) for p in glob.glob(arg, recursive=True) if Path(p).is_file())
            if not files:
                raise CorpusInputError(f"{arg}: no file matches this pattern")
        elif path.exists():
            raise CorpusInputError(f"{arg}: not a file or a folder")
        else:
            raise CorpusInputError(f"{arg}: does not exist")
        for f in files:
            if f.resolve() not in seen:
                seen.add(f.resolve())
                out.files.append(f)
    for f in out.files:
        if f.suffix.lower() in CSV_SUFFIXES:
            check_csv_header(f, columns)
    return out


def _csv_reader(handle) -> csv.DictReader:
    csv.field_size_limit(2**31 - 1)
    return csv.DictReader(handle)


def check_csv_header(path: Path, columns: CsvColumns) -> list[str]:
    """The CSV's columns; refuses a file without a header or without a named column."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            names = _csv_reader(handle).fieldnames
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusInputError(f"{path}: cannot be read as UTF-8 CSV ({exc})") from exc
    if not names:
        raise CorpusInputError(f"{path}: empty CSV file (no header row)")
    for option, name in (("--text-column", columns.text), ("--id-column", columns.id),
                         ("--date-column", columns.date), ("--outlet-column", columns.outlet)):  # fmt: skip
        if name is not None and name not in names:
            raise CorpusInputError(
                f"{path}: no column {name!r} (named by {option}); the columns are: {', '.join(names)}"
            )
    return list(names)


#: C0 control characters but for line breaks and tabs (\t \n \v \f \r): one regex scan, not a loop per
#: character.
_C0_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if "\x00" in sample:
        return True
    bad = len(_C0_CONTROL.findall(sample))
    return bool(sample) and bad / len(sample) > BINARY_SHARE


def check_record(rec: Record, max_bytes: int) -> Record:
    """Refuse a record too large to be one article, or one whose text is binary data."""
    body = rec.text or rec.html or ""
    size = len(body.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputError(
            rec.where,
            f"is {size / 1048576:.1f} MB, over the {size_text(max_bytes)} limit for one article "
            "(raise it with --max-mb)",
        )
    if _looks_binary(body):
        raise InputError(rec.where, "looks like binary data, not text")
    return rec


def _jsonl_records(path: Path, max_bytes: int) -> Iterator[Record | InputError]:
    """One record per line, split on ``\\n`` only, each line decoded on its own."""
    with path.open("rb") as handle:
        for n, raw in enumerate(handle, 1):
            where = f"{path}:{n}"
            raw = raw.rstrip(b"\n").removesuffix(b"\r")
            if not raw.strip():
                continue
            if len(raw) > max_bytes + 1024:
                yield InputError(
                    where,
                    f"is {len(raw) / 1048576:.1f} MB, over the {size_text(max_bytes)} limit for one "
                    "article (raise it with --max-mb)",
                )
                continue
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(where, f"is not UTF-8 text ({exc.reason} at byte {exc.start})")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(where, f"is not valid JSON ({json_problem(exc)}, column {exc.colno})")
                continue
            try:
                rec = record_from_json(obj, where, f"{path.stem}-{n}")
                if isinstance(obj, dict) and obj.get("outlet") is not None:
                    meta = {**rec.meta, "outlet": str(obj["outlet"])}
                    rec = Record(rec.id, rec.text, rec.where, meta, rec.html, rec.notes)
                yield rec
            except InputError as err:
                yield InputError(err.where, err.problem, record_id=_given_id(obj))


def _given_id(obj: object) -> str:
    """The id a refused JSON record gives itself ("" when it gives none): the errors table names it so."""
    rid = obj.get("id") if isinstance(obj, dict) else None
    if rid is None or isinstance(rid, (dict, list)):
        return ""
    return rid if isinstance(rid, str) else str(rid)


def _csv_records(path: Path, columns: CsvColumns) -> Iterator[Record | InputError]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = _csv_reader(handle)
        try:
            for n, row in enumerate(reader, 1):
                where = f"{path}:{reader.line_num}"
                text = row.get(columns.text)
                rid = row.get(columns.id or "id")  # a column named "id" is the id unless told otherwise
                if text is None or not text.strip():
                    yield InputError(where, f"column {columns.text!r} is empty", record_id=rid or "")
                    continue
                meta = {k: row[k] for k in CSV_META_COLUMNS if row.get(k)}
                if columns.date and row.get(columns.date):
                    meta["published"] = row[columns.date]
                elif row.get("date"):
                    meta["published"] = row["date"]
                if columns.outlet and row.get(columns.outlet):
                    meta["outlet"] = row[columns.outlet]
                yield Record(id=rid or f"{path.stem}-{n}", text=text, where=where, meta=meta)
        except (csv.Error, UnicodeDecodeError) as exc:
            yield InputError(
                f"{path}:{reader.line_num}", f"the rest of the file cannot be read as CSV ({exc})"
            )


def file_records(path: Path, columns: CsvColumns, max_bytes: int) -> Iterator[Record | InputError]:
    """The records of one input file, in file order."""
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        yield from _csv_records(path, columns)
    elif suffix in JSONL_SUFFIXES or (suffix in JSON_SUFFIXES and _is_jsonl(path)):
        yield from _jsonl_records(path, max_bytes)
    else:
        yield from iter_records(path)


def _is_jsonl(path: Path) -> bool:
    """A ``.json`` file holding one object per line (large exports often are) is read as JSONL."""
    try:
        with path.open("rb") as handle:
            head = handle.read(65536).lstrip()
    except OSError:
        return False
    return head.startswith(b"{") and b"}\n{" in head.replace(b"\r\n", b"\n").replace(b"}\n\n{", b"}\n{")


def iter_items(inputs: Inputs, columns: CsvColumns, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Every record of the corpus in order, with a key unique in the corpus; bad records as errors."""
    first_seen: dict[str, str] = {}
    taken: set[str] = set()
    seq = 0
    for path in inputs.files:
        for rec in file_records(path, columns, max_bytes):
            if isinstance(rec, InputError):
                # named by its own id when it gave one, else by where it is (file:line): never left blank
                yield Item(seq, None, rec, key=rec.record_id or rec.where)
                seq += 1
                continue
            try:
                rec = check_record(rec, max_bytes)
            except InputError as err:
                yield Item(seq, None, err, key=rec.id)
                seq += 1
                continue
            key, warning = unique_id(rec.id, taken), ""
            if key != rec.id:
                first = first_seen.get(rec.id, "an earlier record")
                warning = f"duplicate id {rec.id!r} (first at {first}): kept apart as {key!r}"
            else:
                first_seen[rec.id] = rec.where
            taken.add(key)
            yield Item(seq, rec, key=key, warning=warning)
            seq += 1
