"""HTML pages: the page's own headline and summary, the body, encodings, and pages that are no article."""

from __future__ import annotations

import json

import pytest

from analysis.errors import InputError
from analysis.html import _Signals, decode_html, extract, page_headline, strip_site_name
from analysis.loading import load_articles

BODY = (
    "<p>The city council approved the budget on Tuesday after a debate that lasted more than four hours "
    "and drew dozens of residents to the chamber.</p>"
    "<p>The plan raises spending on roads by a fifth and keeps the property tax rate where it was last "
    "year, the finance director said.</p>"
    "<p>Opponents said the plan leaves too little for parks, and two members voted against it in the end "
    "after their amendment failed.</p>"
)


def page(head: str = "", body: str = BODY, h1: str = "Council approves budget after long debate") -> str:
    h1_tag = f"<h1>{h1}</h1>" if h1 else ""
    return f"<html><head>{head}</head><body><article>{h1_tag}{body}</article></body></html>"


def test_headline_without_the_site_name_and_sections():
    sites = ["globalnews ca", "global news"]
    title = "Russia hits Kyiv with ballistic missile - National | Globalnews.ca"
    assert strip_site_name(title, sites) == "Russia hits Kyiv with ballistic missile"
    assert strip_site_name("Budget passes_English_Xinhua", ["xinhua"]) == "Budget passes"
    assert strip_site_name("CTV Toronto - Budget passes", ["ctv toronto"]) == "Budget passes"
    # A dash or colon inside a headline stays when no piece names the site.
    assert strip_site_name("Epstein case - what happens next", ["cbc"]) == "Epstein case - what happens next"


def test_headline_most_declarations_agree_on_wins():
    sig = _Signals(
        ld_headline="Labor on track to hit 2030 target",
        og_title="Labor on track to hit climate target",
        title="Labor on track to hit 2030 target | The West Australian",
        site_name="The West Australian",
        h1=[("Labor on track to hit 2030 target", False)],
    )
    assert page_headline(sig) == (
        "Labor on track to hit 2030 target",
        "<h1> (agrees with JSON-LD headline, <title>)",
    )
    # On a tie the <h1> the reader sees wins; a headline inside a link (a related story) is not it.
    sig = _Signals(
        og_title="Starmer defiant over gifts",
        title="Starmer suggests he will keep gifts",
        h1=[("Other story", True), ("Starmer defiant over gifts", False)],
    )
    assert page_headline(sig) == ("Starmer defiant over gifts", "<h1> (agrees with og:title)")


def test_the_shortest_form_of_one_headline_wins():
    # The <h1>, JSON-LD and <title> add a clause for search engines; og:title is the same headline.
    sig = _Signals(
        ld_headline="Chelsea send clear message of intent at Cobham in battling win over Tottenham",
        og_title="Chelsea send clear message of intent at Cobham",
        title="Chelsea send clear message of intent at Cobham in battling win over Tottenham | The Standard",
        site_name="The Standard",
        h1=[("Chelsea send clear message of intent at Cobham in battling win over Tottenham", False)],
    )
    assert page_headline(sig) == (
        "Chelsea send clear message of intent at Cobham",
        "og:title, a shorter form of <h1>",
    )
    # Small words rewritten in the shortening do not matter ("for a sprint" / "for an intense sprint").
    sig = _Signals(
        ld_headline="Campaigns brace for a sprint to Election Day",
        og_title="Campaigns brace for an intense sprint to Election Day",
        title="Campaigns brace for a sprint to Election Day | AP News",
        site_name="AP News",
        h1=[("Campaigns brace for an intense sprint to Election Day", False)],
    )
    assert page_headline(sig) == (
        "Campaigns brace for a sprint to Election Day",
        "JSON-LD headline (agrees with <title>), a shorter form of <h1>",
    )


def test_a_different_or_cut_headline_is_not_a_shorter_form():
    h1 = "Epstein met model in same bed, then asked to meet her 11-year-old sister"
    # Words reordered ("sister, 11"): a rewrite, not a shorter form; most declarations win.
    sig = _Signals(og_title="Epstein met model in same bed, then asked to meet her sister, 11", title=h1,
                   h1=[(h1, False)])  # fmt: skip
    assert page_headline(sig) == (h1, "<h1> (agrees with <title>)")
    # A cut marked with an ellipsis, a lone <title>, or a label of under four words never wins.
    for og, title in (
        ("Epstein met model in same bed, then asked...", h1),
        (h1, "Epstein met model in same bed"),
    ):
        sig = _Signals(og_title=og, title=title, h1=[(h1, False)])
        assert page_headline(sig)[0] == h1
    sig = _Signals(og_title="Epstein met model", h1=[(h1, False)])
    assert page_headline(sig) == (h1, "<h1>")


def test_a_headline_cut_to_a_length_is_not_a_shorter_form():
    h1 = "Farmer catches rare disease after eating rabbit, making him third local to contract the plague"
    # JSON-LD cut mid-phrase at a length limit ("... to contract"): the <h1> stays.
    cut = "Farmer catches rare disease after eating rabbit, making him third local to contract"
    sig = _Signals(ld_headline=cut, h1=[(h1, False)])
    assert page_headline(sig) == (h1, "<h1>")
    # Ending where a phrase ends (the rest opens with "after", or after a comma) it is a shorter form.
    for short in ("Farmer catches rare disease", "Farmer catches rare disease after eating rabbit"):
        sig = _Signals(og_title=short, h1=[(h1, False)])
        assert page_headline(sig) == (short, "og:title, a shorter form of <h1>")


def test_the_h1_line_is_not_body_when_the_headline_is_its_shorter_form():
    head = (
        '<meta property="og:title" content="Council approves budget after debate">'
        "<title>Council approves budget after long and bitter debate</title>"
    )
    got = extract(page(head, h1="Council approves budget after long and bitter debate"))
    assert got.meta["title"] == "Council approves budget after debate"
    assert got.text.split("\n\n")[:2] == [
        "Council approves budget after debate",
        "The city council approved the budget on Tuesday after a debate that lasted more than four hours "
        "and drew dozens of residents to the chamber.",
    ]


def test_page_metadata_headline_and_standfirst_become_parts():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council approves budget after long debate",
        "description": "Roads get more money; parks do not.",
        "datePublished": "2024-03-05T10:00:00Z",
        "author": [{"@type": "Person", "name": "Jane Doe"}],
    }
    head = (
        "<title>Council approves budget after long debate | Springfield Times</title>"
        '<meta property="og:site_name" content="Springfield Times">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    body = '<p class="standfirst">Roads get more money; parks do not.</p>' + BODY
    got = extract(page(head, body), "p.html")
    assert got.meta == {
        "title": "Council approves budget after long debate",
        "headline": "Council approves budget after long debate",
        "headline_from": "<h1> (agrees with JSON-LD headline, <title>)",
        "extraction": "trafilatura (favor_recall)",
        "publisher": "Springfield Times",
        "author": "Jane Doe",
        "published": "2024-03-05T10:00:00Z",
        "standfirst": "Roads get more money; parks do not.",
    }
    assert got.text.split("\n\n")[:2] == [
        "Council approves budget after long debate",
        "Roads get more money; parks do not.",
    ]


def test_loaded_html_article_has_headline_standfirst_and_body(tmp_path):
    head = (
        "<title>Council approves budget after long debate - Springfield Times</title>"
        '<meta property="og:site_name" content="Springfield Times">'
        '<meta property="og:description" content="Roads get more money; parks do not.">'
    )
    body = '<div class="article-dek">Roads get more money; parks do not.</div>' + BODY
    (tmp_path / "p.html").write_text(page(head, body), encoding="utf-8")
    (good,), bad = load_articles(tmp_path)
    assert bad == []
    assert good.title == "Council approves budget after long debate"
    assert [(p.kind, p.reason) for p in good.parts[:2]] == [
        ("headline", "the page's headline (<h1> (agrees with <title>))"),
        ("standfirst", "the page's summary (og:description / JSON-LD description)"),
    ]
    assert good.body.startswith("The city council approved the budget on Tuesday")
    assert good.publisher == "Springfield Times"


def test_summary_that_is_the_first_paragraph_stays_in_the_body(tmp_path):
    first = "The city council approved the budget on Tuesday after a debate that lasted more than four hours"
    head = f'<title>Budget approved</title><meta name="description" content="{first}">'
    (tmp_path / "p.html").write_text(page(head, h1="Budget approved"), encoding="utf-8")
    (art,), _ = load_articles(tmp_path)
    assert [p.kind for p in art.parts] == ["headline", "paragraph", "paragraph", "paragraph"]
    assert "standfirst" not in art.meta


def test_script_and_markup_never_reach_the_title():
    html = page(
        "<title>Budget <b>approved</b> | Springfield Times</title>",
        h1="Budget approved<script>var ad = 'BUY NOW';</script>",
    )
    got = extract(html, "p.html")
    assert got.meta["title"] == "Budget approved"
    assert "BUY NOW" not in got.text
    # A script inside <title> (where HTML keeps it as text) and an og:title with markup.
    html = page(
        "<title>Budget approved<script>document.title = 'CLICK';</script> | Springfield Times</title>"
        '<meta property="og:title" content="Budget &lt;b&gt;approved&lt;/b&gt;">',
        h1="",
    )
    got = extract(html, "p.html")
    assert (got.meta["title"], got.meta["headline_from"]) == ("Budget approved", "og:title")
    assert "CLICK" not in got.text


def test_empty_title_takes_the_h1_and_no_title_at_all_still_parses():
    got = extract(page("<title></title>"), "p.html")
    assert (got.meta["title"], got.meta["headline_from"]) == (
        "Council approves budget after long debate",
        "<h1>",
    )
    got = extract(page("", h1=""), "p.html")
    assert "title" not in got.meta
    assert got.text.startswith("The city council approved the budget on Tuesday")


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("   ", "p.html: the HTML is empty"),
        (
            "<html><head><title>Nothing</title></head><body></body></html>",
            "p.html: no article text was found in the HTML",
        ),
        ("<!-- saved by a browser -->", "p.html: no article text was found in the HTML (it has no elements)"),
        (
            '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>',
            "p.html: no article text was found in the HTML "
            "(the page is a frameset: save the framed page itself)",
        ),
    ],
)
def test_pages_without_text_are_refused_with_a_reason(html, message):
    with pytest.raises(InputError) as err:
        extract(html, "p.html")
    assert str(err.value) == message


def test_all_navigation_page_is_refused():
    links = "".join(f'<li><a href="/s{i}">Section {i} news</a></li>' for i in range(49))
    html = (
        f"<html><head><title>Example News</title></head><body><nav><ul>{links}</ul></nav>"
        f"<main><ul>{links}</ul></main></body></html>"
    )
    with pytest.raises(InputError) as err:
        extract(html, "nav.html")
    assert "no article in the HTML" in str(err.value)
    assert "none is a sentence of 10 words or more" in str(err.value)


def test_japanese_article_is_not_taken_for_navigation():
    text = (
        "先日、不正に改造したスマートフォンを販売したとして、"
        "商標法違反の疑いで男性が逮捕されたというニュースを耳にしました。"
    )
    got = extract(page("<title>記事</title>", f"<p>{text}</p><p>{text}</p>", h1="記事"), "ja.html")
    assert text in got.text


def test_cp1251_page_with_its_meta_charset_decodes_right(tmp_path):
    text = "Городской совет утвердил бюджет во вторник после долгих споров о дорогах и парках города."
    html = (
        '<html><head><meta charset="windows-1251"><title>Бюджет</title></head><body><article>'
        f"<h1>Бюджет утверждён</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )
    (tmp_path / "ru.html").write_bytes(html.encode("cp1251"))
    (art,), bad = load_articles(tmp_path)
    assert bad == []
    assert art.title == "Бюджет утверждён"
    assert text in art.body


@pytest.mark.parametrize(
    ("declared", "data", "problem"),
    [
        (
            "utf-8",
            "Совет утвердил бюджет".encode("cp1251"),
            "declares charset 'utf-8' in a <meta> tag, but byte 50 (0xd1) is not valid utf-8; "
            "re-save the page in one encoding or fix the declaration",
        ),
        (
            "iso-8859-1",
            "Café crème brûlée".encode(),
            "declares charset 'iso8859-1' in a <meta> tag, but its bytes are UTF-8; fix the declaration "
            "(it would turn the text into mojibake)",
        ),
        (
            "utf-8",
            "Café".encode() + " naïve".encode("cp1252"),
            "declares charset 'utf-8' in a <meta> tag, but byte 58 (0xef) is not valid utf-8; "
            "re-save the page in one encoding or fix the declaration",
        ),
    ],
)
def test_encoding_that_contradicts_the_declaration_is_named(tmp_path, declared, data, problem):
    raw = f'<html><head><meta charset="{declared}"></head><body><p>'.encode() + data + b"</p></body></html>"
    assert decode_html(b"<html><body>no declaration</body></html>", "x") is None
    path = tmp_path / "bad.html"
    path.write_bytes(raw)
    good, (err,) = load_articles(tmp_path)
    assert good == []
    assert str(err) == f"{path}: {problem}"


def test_five_megabyte_page_parses(tmp_path):
    script = "<script>" + "var x = 1;" * 500_000 + "</script>"
    html = page(f"<title>Budget approved | Springfield Times</title>{script}")
    assert len(html) > 4_900_000
    (tmp_path / "big.html").write_text(html, encoding="utf-8")
    (art,), bad = load_articles(tmp_path)
    assert bad == []
    assert art.title == "Council approves budget after long debate"
    assert len(art.body_parts) == 3


def test_xhtml_page_with_an_xml_declaration_is_read():
    html = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>' + page(
        "<title>Council approves budget after long debate</title>"
    ).replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">')
    got = extract(html, "x.xhtml")
    assert got.meta["title"] == "Council approves budget after long debate"
    assert got.text.endswith("two members voted against it in the end after their amendment failed.")


def test_author_that_is_a_link_is_not_kept():
    got = extract(page('<meta name="author" content="https://www.facebook.com/someone">'), "p.html")
    assert "author" not in got.meta
    got = extract(page('<meta name="author" content="Jane Doe">'), "p.html")
    assert got.meta["author"] == "Jane Doe"


def test_parse_command_says_where_an_html_pages_headline_and_text_came_from(tmp_path):
    import subprocess
    import sys

    head = (
        "<title>Council approves budget after long debate - Springfield Times</title>"
        '<meta name="author" content="Jane Doe">'
    )
    (tmp_path / "p.html").write_text(page(head), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "analysis", "parse", str(tmp_path / "p.html")], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout.splitlines()[:2] == [
        "# p: Council approves budget after long debate",
        "# headline_from: <h1> (agrees with <title>); extraction: trafilatura (favor_recall); "
        "author: Jane Doe",
    ]


def test_json_record_with_html_and_its_own_title(tmp_path):
    rec = {"id": "j", "html": page("<title>Budget | Springfield Times</title>"), "title": "Budget vote"}
    (tmp_path / "a.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    (art,), bad = load_articles(tmp_path)
    assert bad == []
    assert art.title == "Budget vote"  # what the record states outranks the page
    assert [p.kind for p in art.parts] == ["headline", "paragraph", "paragraph", "paragraph"]
    assert art.span_text(art.parts[0]) == "Council approves budget after long debate"
