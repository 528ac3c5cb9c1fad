"""Page furniture rules of data/furniture.tsv: every rule fires on its example, article text stays."""

from __future__ import annotations

import pytest

from analysis import furniture
from analysis.model import BOILERPLATE, CREDIT, HEADING, PARAGRAPH
from analysis.parsing import parse_article

HEADLINE = "Council approves budget after long debate"
PARAGRAPHS = [
    "The city council approved the budget on Tuesday after a debate that lasted more than four hours "
    "and drew dozens of residents to the chamber.",
    "The plan raises spending on roads by a fifth and keeps the property tax rate where it was last year, "
    "the finance director said.",
    "Opponents said the plan leaves too little for parks, and two members voted against it in the end "
    "after their amendment failed.",
    "The budget takes effect in July, and the council will review it again in the autumn when the first "
    "figures for the year are known.",
]


def _page(*, middle: list[str] | None = None, end: list[str] | None = None) -> str:
    """A pasted page: headline, paragraphs, ``middle`` blocks after the second paragraph, ``end`` blocks
    after the last."""
    blocks = [HEADLINE, *PARAGRAPHS[:2], *(middle or []), *PARAGRAPHS[2:], *(end or [])]
    return "\n\n".join(blocks)


def _parts(text: str) -> dict[str, tuple[str, str]]:
    art = parse_article(text)
    return {text[p.start : p.end]: (p.kind, p.reason) for p in art.parts}


def _body_is_the_article(text: str) -> None:
    assert parse_article(text).body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("rule", furniture.rules(), ids=lambda r: r.id)
def test_every_rule_sets_its_example_aside_and_keeps_the_article(rule: furniture.Rule) -> None:
    if rule.applies == "line":
        text = _page(middle=[rule.example])
        lines = [rule.example]
    elif rule.applies == "block":
        under = "Get our best stories every weekday"
        text = _page(end=[f"{rule.example}\n{under}"])
        lines = [rule.example, under]
    elif rule.applies == "list":
        items = ["Parks department faces cuts in spring", "Mayor names new finance director"]
        text = _page(end=["\n".join([rule.example, *items])])
        lines = [rule.example, *items]
    else:  # after_article
        text = _page(end=[rule.example])
        lines = [rule.example]
    parts = _parts(text)
    kind = CREDIT if rule.part == "credit" else BOILERPLATE
    for n, line in enumerate(lines):
        assert parts[line][0] == kind
        # A box or list label may already be set aside as a word of data/boilerplate.txt ("Topics").
        if n > 0 or rule.applies in ("line", "after_article") or "boilerplate.txt" not in parts[line][1]:
            assert parts[line][1].startswith(f"page furniture ({rule.id}): ")
    _body_is_the_article(text)


def test_a_copied_page_with_many_kinds_of_furniture() -> None:
    text = _page(
        middle=["Advertising", "The article continues below this advertisement"],
        end=[
            "Topics\nBudgets\nCity hall",
            "About the author\nMaria Lopez covers city hall. Email: maria@example.org",
            "We use cookies to give you the best experience. By continuing you agree to our use of cookies.\n"
            "Accept all\nReject all\nManage preferences",
        ],
    )
    parts = _parts(text)
    assert parts["Topics"][1] == "page furniture: 'Topics' is in data/boilerplate.txt"
    assert parts["City hall"][1] == "page furniture (tags_list): listed under 'Topics'"
    assert parts["Maria Lopez covers city hall. Email: maria@example.org"][1] == (
        "page furniture (author_box): in the box under 'About the author'"
    )
    assert parts["Manage preferences"][1] == (
        "page furniture (consent_buttons): 'Manage preferences' matches data/furniture.tsv"
    )
    _body_is_the_article(text)


def test_article_text_that_looks_like_furniture_stays() -> None:
    # A subheading "What's next", a sentence about cookies, an opening "By continuing", a charity named
    # "Save the Children" and a journalist described inside the story are all the article's.
    lines = [
        "What's next",
        "Regulators said websites that use cookies must ask first, and fines will follow from March.",
        "By continuing the strike, the union agreed to lose a month of pay, its leader said on Monday.",
        "Save the Children said the money would reach the camps within a week of the vote.",
        "Maria Lopez is a reporter for the Daily Example who covered the council for ten years.",
    ]
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], *lines, PARAGRAPHS[1]])
    parts = _parts(text)
    assert parts["What's next"][0] == HEADING
    for line in lines[1:]:
        assert parts[line] == (PARAGRAPH, "running text")


def test_a_bio_line_is_furniture_only_after_the_article() -> None:
    bio = "Maria Lopez is a staff writer covering housing and city hall."
    inside = _parts("\n\n".join([HEADLINE, PARAGRAPHS[0], bio, *PARAGRAPHS[1:]]))
    assert inside[bio][0] == PARAGRAPH
    after = _parts(_page(end=[bio, "Reject all"]))
    reason = "page furniture (author_bio): a line about the author after the article"
    assert after[bio] == (BOILERPLATE, reason)


def test_a_box_label_does_not_take_a_text_without_blank_lines() -> None:
    # Pasted without blank lines, the whole text is one block: a "Newsletter" menu item above the
    # headline opens it, and must not take the article with it.
    text = "\n".join(["Newsletter", HEADLINE, *PARAGRAPHS])
    assert parse_article(text).body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["x", "line", "boilerplate", "save"], "rule 'x': expected 5 tab-separated columns, found 4"),
        (["x", "page", "boilerplate", "save", "Save"], "rule 'x': applies must be one of"),
        (["x", "line", "footer", "save", "Save"], "rule 'x': applies must be one of"),
        (["x", "line", "boilerplate", "(save", "Save"], "rule 'x': the pattern does not compile"),
        (["x", "line", "boilerplate", "save", "Gift"], "rule 'x': its own example 'Gift' does not match"),
        # the rules of a kind are joined into one alternation: what would break it is named, not a traceback
        (
            ["x", "line", "boilerplate", "(?i)save", "Save"],
            "rule 'x': the pattern does not compile as one branch",
        ),
        (["x", "line", "boilerplate", "(?P<w>save)", "Save"], "rule 'x': the pattern has a named group"),
        (
            ["x", "line", "boilerplate", r"(s)ave \1", "save s"],
            "rule 'x': the pattern has a named group or a back",
        ),
        (["x", "line", "boilerplate", r"(?P<w>s)ave (?P=w)", "save s"], "rule 'x': the pattern has a named"),
    ],
)
def test_a_bad_rule_is_named(row: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=rf"^data/furniture\.tsv, {message}"):
        furniture.parse_rules([row], "data/furniture.tsv")


def test_a_repeated_rule_id_is_named() -> None:
    row = ["save", "line", "boilerplate", "save", "Save"]
    with pytest.raises(ValueError, match="rule 'save': the id is used twice"):
        furniture.parse_rules([row, row], "data/furniture.tsv")


def test_a_list_label_above_the_headline_of_a_text_without_blank_lines_keeps_the_headline() -> None:
    # Pasted without blank lines, a "Most watched" menu item above the headline is furniture, but the
    # one short line under it is the headline, not a list of links: only two or more make a list.
    text = "\n".join(["Most watched", HEADLINE, *PARAGRAPHS])
    parts = _parts(text)
    assert parts["Most watched"] == (
        BOILERPLATE,
        "page furniture (related_list): 'Most watched' labels a list of links",
    )
    assert parts[HEADLINE][0] == "headline"
    assert parse_article(text).body == "\n\n".join(PARAGRAPHS)
    # two short lines under it are a list, in one block as in several
    links = ["Storm closes the coast road", "Mayor opens the new library"]
    parts = _parts("\n".join(["Most watched", *links, HEADLINE, *PARAGRAPHS]))
    assert [parts[x] for x in links] == [
        (BOILERPLATE, "page furniture (related_list): listed under 'Most watched'")
    ] * 2


def test_a_sentence_in_quote_marks_ends_a_list_of_links() -> None:
    quote = 'Ann Lee said: "We waited years for this."'
    parts = _parts(_page(end=["In case you missed it\nStorm closes the coast road\n" + quote]))
    assert parts["Storm closes the coast road"][0] == BOILERPLATE
    assert parts[quote][0] == PARAGRAPH
