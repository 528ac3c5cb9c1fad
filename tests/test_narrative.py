"""Generated sentences: numbers from the tables, article text escaped."""

from __future__ import annotations

from analysis import kind_summary, parse_article, parts_table
from analysis.narrative import bullets, join_words, md_escape, parse_findings
from analysis.wording import plural


def test_seed_findings_numbers_match_the_tables(seed):
    summary = kind_summary(seed).set_index("kind")
    body_words = int(summary.loc["heading", "words"] + summary.loc["paragraph", "words"])
    lines = parse_findings(seed)
    assert lines[0] == (
        "*NATO Secretary-General Encourages South Korea to Directly Send Military Weapons to Ukraine*: "
        f"a body of {body_words} words in 11 paragraphs under 2 subheadings, 20 sentences in all."
    )
    assert body_words == 408
    parts = parts_table(seed)
    caption_words = int(parts.loc[parts["kind"] == "caption", "words"].sum())
    assert f"1 photo caption ({caption_words} words)" in lines[1]
    assert lines[1].endswith("— 7 parts in all.")
    assert "Publisher, from the footer: Tech Times." in lines


def test_article_text_is_escaped():
    text = 'Mayor Says <script>alert("x")</script> Is *Fine*\n\nThe body text is here, officials said.'
    a = parse_article(text)
    assert a.title.startswith("Mayor Says <script>")
    rendered = "\n".join(parse_findings(a))
    assert "<script>" not in rendered
    assert "&lt;script&gt;" in rendered
    assert md_escape("a_b *c* [d](e) <i>") == "a\\_b \\*c\\* \\[d\\]\\(e\\) &lt;i&gt;"


def test_small_helpers():
    assert plural(2, "piece of furniture", "pieces of furniture") == "2 pieces of furniture"
    assert join_words([]) == "" and join_words(["a"]) == "a" and join_words(["a", "b", "c"]) == "a, b and c"
    assert bullets(["x", "y"]) == "- x\n- y"
