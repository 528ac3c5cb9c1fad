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
        f"{path}:2: is not valid JSON (Unterminated string, column 21)",
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


def test_json_message_is_not_cut_off_after_at(tmp_path):
    """New-user trial: a raw tab inside a JSON string gave "(... Invalid control character at)"."""
    path = tmp_path / "bad.json"
    path.write_text('{"text": "Hello\tworld"}', "utf-8")
    assert [str(e) for e in load_articles(path)[1]] == [
        f"{path}: is not valid JSON (line 1, column 16: Invalid control character)"
    ]
    lines = tmp_path / "bad.jsonl"
    lines.write_text('{"id": "a", "text": "Fine."}\n{"id": "b", "text": "Hi\tthere"}\n', "utf-8")
    assert [str(e) for e in load_articles(lines)[1]] == [
        f"{lines}:2: is not valid JSON (Invalid control character, column 24)"
    ]


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


# --------------------------------------------------------------------------- issue 11: nothing breaks it


def test_lone_surrogates_are_replaced_and_reported_and_nuls_removed(tmp_path):
    path = tmp_path / "batch.jsonl"
    records = [
        {"id": "a\ud800", "text": "He said \udc00 it was\x00 fine.", "title": "T\ud83d"},
        {"id": "b", "text": "The next record is still read."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    good, bad = load_articles(path)
    assert bad == []
    assert [a.id for a in good] == ["a\ufffd", "b"]
    assert good[0].text == "He said \ufffd it was  fine."  # as long as the input: offsets index it
    assert good[0].meta == {"title": "T\ufffd"}
    assert good[0].notes == [
        "id: 1 lone surrogate (half of a UTF-16 pair, not a character) replaced with U+FFFD",
        "title: 1 lone surrogate (half of a UTF-16 pair, not a character) replaced with U+FFFD",
        "1 lone surrogate (half of a UTF-16 pair, not a character) replaced with U+FFFD",
        "1 NUL character replaced with a space",
    ]
    assert good[1].notes == []
    good[0].text.encode("utf-8")  # writable: no surrogate is left anywhere


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x1c", "\x0b", "\x0c"])
def test_jsonl_is_split_on_newlines_only(tmp_path, separator):
    # json.dumps(ensure_ascii=False) writes these raw inside strings; str.splitlines would cut the line
    path = tmp_path / "batch.jsonl"
    texts = [f"First line{separator}still the first record.", "Second record."]
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in zip("ab", texts, strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good, bad = load_articles(path)
    assert bad == []
    assert [a.text for a in good] == texts  # kept as text


def test_jsonl_line_numbers_count_newlines_only(tmp_path):
    path = tmp_path / "batch.jsonl"
    a, b = (json.dumps({"id": i, "text": "One\u2028two."}, ensure_ascii=False) for i in "ab")
    path.write_bytes(f"{a}\r\n{{broken\n{b}\n".encode())
    good, bad = load_articles(path)
    assert [a.id for a in good] == ["a", "b"]
    assert [e.where for e in bad] == [f"{path}:2"]


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"id": "x", "text": "\x01\x02\x03\x04\x05 PK \x06\x07"}, 'looks like binary data, not text'),
        ({"id": "x", "text": 42}, '"text" must be a string, found a number'),
        ({"id": "x", "text": ["a"]}, '"text" must be a string, found an array'),
        ({"id": "x", "html": {"a": 1}}, '"html" must be a string, found an object'),
        ({"id": "x", "text": "\x00\x00\x00"}, 'looks like binary data, not text'),
    ],
)
def test_non_text_inside_json_is_named(tmp_path, record, problem):
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps({"id": "ok", "text": "Fine."}) + "\n", "utf-8")
    good, bad = load_articles(path)
    assert [a.id for a in good] == ["ok"]
    assert [str(e) for e in bad] == [f"{path}:1: {problem}"]


def test_json_text_over_the_size_limit_is_refused():
    from analysis.loading import record_from_json

    with pytest.raises(InputError) as err:
        record_from_json({"text": "é" * 600}, "in.jsonl:3", "", max_bytes=1000)
    assert str(err.value) == 'in.jsonl:3: "text" is 1,200 bytes, over the 1,000 bytes limit for one article'
    with pytest.raises(InputError, match=r'"text" is 6 MB, over the 5 MB limit'):
        record_from_json({"text": "a" * (6 * 1048576)}, "in.jsonl:1", "")


def test_a_few_nuls_in_a_text_file_are_replaced_not_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-8").replace(b"approved", b"approved\x00"))
    a = load_article(path)
    assert a.text == ARTICLE.replace("approved", "approved ")
    assert a.notes == ["1 NUL character replaced with a space"]


def test_duplicate_ids_are_kept_apart_with_a_note(tmp_path):
    (tmp_path / "dup.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "dup.json").write_text(json.dumps({"text": "From the JSON file."}), "utf-8")
    (tmp_path / "more.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": f"Text {n}."}) + "\n" for n, i in enumerate(["dup", "dup-2"])),
        "utf-8",
    )
    good, bad = load_articles(tmp_path)
    assert bad == []
    assert [(a.id, a.text[:9]) for a in good] == [
        ("dup", "From the "),
        ("dup-2", "Council A"),
        ("dup-3", "Text 0."),
        ("dup-2-2", "Text 1."),
    ]
    assert good[1].notes == [f"id 'dup' is already used by {tmp_path / 'dup.json'}; this article is 'dup-2'"]
    assert good[0].notes == []


def test_unreadable_entries_of_a_folder_are_named_not_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "loop1.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop1.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    good, bad = load_articles(tmp_path)
    assert [a.id for a in good] == ["good"]
    loop = "is a symbolic link loop (the link points, in the end, back to itself)"
    assert [(e.where, e.problem) for e in bad] == [
        (
            str(tmp_path / "gone.txt"),
            f"is a symbolic link to {tmp_path / 'nowhere.txt'}, which does not exist",
        ),
        (str(tmp_path / "loop1.txt"), loop),
        (str(tmp_path / "loop2.txt"), loop),
        (str(tmp_path / "x.txt"), "is a folder, not an article file"),
    ]


def test_a_path_that_is_a_loop_or_an_empty_folder_is_named(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "x.txt").mkdir()
    with pytest.raises(InputError, match=r"loop\.txt: is a symbolic link loop"):
        load_article(tmp_path / "loop.txt")
    with pytest.raises(InputError, match=r"x\.txt: is a folder with no article files \(\.htm, \.html"):
        load_article(tmp_path / "x.txt")


def test_sizes_in_messages_read_as_a_person_would_write_them():
    from analysis.errors import size_text

    assert [size_text(n) for n in (1048, 1048576, 5 * 1048576, 5452595, 0)] == [
        "1,048 bytes", "1 MB", "5 MB", "5.2 MB", "0 bytes"]
