"""Loading articles: encodings, formats and every kind of bad input named in issue 2."""

from __future__ import annotations

import json
import struct
import zlib

import pytest

from analysis import InputError, load_article, load_articles
from analysis.loading import MAX_BYTES

ARTICLE = (
    "Council Approves Budget\n\nThe council approved the “new” budget on Tuesday.\n\nIt takes effect in May."
)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00"))
        + chunk(b"IEND", b"")
    )


def test_seed_loads_with_id_from_file_name(seed):
    assert seed.id == "000_479d4342943fee16"
    assert seed.source.endswith("000_479d4342943fee16.txt")


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b"")],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoding, bom):
    path = tmp_path / "a.txt"
    path.write_bytes(bom + ARTICLE.encode(encoding))
    a = load_article(path)
    assert a.text == ARTICLE  # curly quotes kept, BOM dropped
    assert a.title == "Council Approves Budget"


def test_utf16_without_bom_is_detected(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-16-le"))
    assert load_article(path).text == ARTICLE


def test_non_breaking_spaces_are_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title Line\n\nPrices rose\u00a05 percent on Monday.\n", encoding="utf-8")
    assert "\u00a0" in load_article(path).text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\t \n", "contains only white space"),
        (None, "this is a PNG image, not text"),
    ],
)
def test_bad_files_name_the_file_and_the_problem(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(_png() if content is None else content)
    with pytest.raises(InputError) as err:
        load_article(path)
    assert str(err.value) == f"{path}: {message}"


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * ((6 * 1024 * 1024) // 5))
    assert path.stat().st_size > MAX_BYTES
    with pytest.raises(InputError, match=r"huge\.txt: is 6\.0 MB, over the 5 MB limit"):
        load_article(path)


def test_missing_path(tmp_path):
    good, bad = load_articles(tmp_path / "nope")
    assert good == [] and [e.problem for e in bad] == ["does not exist"]


def test_jsonl_with_one_malformed_line_keeps_the_others(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "First article text here.", "url": "https://example.org/a"}),
        '{"id": "b", "text": "broken',
        json.dumps({"id": "c", "text": "Third article text here."}),
        json.dumps({"id": "d"}),
        json.dumps(["not", "an", "object"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good, bad = load_articles(path)
    assert [a.id for a in good] == ["a", "c"]
    assert good[0].meta == {"url": "https://example.org/a"}
    assert [str(e) for e in bad] == [
        f"{path}:2: is not valid JSON (Unterminated string starting at, column 21)",
        f'{path}:4: has no "text" field',
        f"{path}:5: expected a JSON object, found list",
    ]


def test_json_file_and_folder_order(tmp_path):
    (tmp_path / "b.json").write_text(json.dumps({"id": "bee", "text": "Second file.", "title": "B"}), "utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "README.md").write_text("not an article", "utf-8")
    (tmp_path / "picture.png").write_bytes(_png())
    good, bad = load_articles(tmp_path)
    assert [a.id for a in good] == ["a", "bee"]
    assert good[1].title == "B"
    assert [e.where for e in bad] == [str(tmp_path / "c.txt")]


def test_malformed_json_file(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"text": ', "utf-8")
    good, bad = load_articles(path)
    assert good == [] and str(bad[0]).startswith(f"{path}: is not valid JSON (line 1")


def test_html_file_is_reduced_to_text_without_scripts(tmp_path):
    path = tmp_path / "page.html"
    body = "<p>" + "The council met on Tuesday to approve the annual budget for the city. " * 3 + "</p>"
    path.write_text(
        f"<html><head><title>Budget Approved</title><script>alert('x')</script></head>"
        f"<body><article><h1>Budget Approved</h1>{body}</article></body></html>",
        "utf-8",
    )
    a = load_article(path)
    assert a.title == "Budget Approved"
    assert "alert" not in a.text and "The council met on Tuesday" in a.body
