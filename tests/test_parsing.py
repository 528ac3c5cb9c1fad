"""The article parser: the seed's parse exactly, and pages of other shapes."""

from __future__ import annotations

from analysis import parse_article
from analysis.dates import find_dates
from analysis.model import BODY_KINDS

# The seed's expected parse: (kind, the part's full text or its opening words ending in "…").
SEED_PARTS = [
    (
        "headline",
        "NATO Secretary-General Encourages South Korea to Directly Send Military Weapons to Ukraine",
    ),
    (
        "standfirst",
        "South Korea has not directly supported Ukraine but has been providing weapons to Western allies.",
    ),
    ("paragraph", "Jens Stoltenberg, the secretary-general of NATO, urged South Korea …"),
    ("paragraph", "South Korea is a prominent arms exporter …"),
    ("paragraph", "However, due to its policy of not sending weapons …"),
    (
        "caption",
        "NATO Secretary General Jens Stoltenberg Visits South Korea\nSEOUL, SOUTH KOREA - JANUARY 29: …",
    ),
    ("credit", "Kim Min-Hee - Pool/Getty Images"),
    ("heading", "Increase Military Support"),
    ("paragraph", "Stoltenberg encouraged South Korea …"),
    ("paragraph", "On Monday, Jan. 30, Stoltenberg also had a meeting …"),
    ("paragraph", "South Korea may not be directly sending weapons …"),
    ("paragraph", "At the same time, an American authority told the AP …"),
    ("heading", "Fast-Track Talks"),
    ("paragraph", "On Saturday, Jan. 28, a top Ukrainian presidential aide …"),
    ("paragraph", "This comes after the US decided …"),
    ("paragraph", "The US move also encouraged German Chancellor Olaf Scholz …"),
    ("paragraph", "Since Russia invaded Ukraine in February 2022 …"),
    ("boilerplate", "Byline"),
    ("byline", "Tech Times"),
    ("footer", "ⓒ 2024 TECHTIMES.com All rights reserved. Do not reproduce without permission."),
    ("boilerplate", "Join the Discussion"),
    ("boilerplate", "Real Time Analytics"),
]


def _matches(actual: str, expected: str) -> bool:
    if expected.endswith(" …"):
        return actual.startswith(expected[:-2])
    return actual == expected


def test_seed_parts_exactly(seed):
    got = [(p.kind, seed.span_text(p)) for p in seed.parts]
    assert [k for k, _ in got] == [k for k, _ in SEED_PARTS]
    for (kind, text), (_, expected) in zip(got, SEED_PARTS, strict=True):
        assert _matches(text, expected), (kind, text[:80], expected)


def test_seed_caption_keeps_dateline_and_ends_before_credit(seed):
    caption = seed.parts_of("caption")[0]
    text = seed.span_text(caption)
    assert "SEOUL, SOUTH KOREA - JANUARY 29:" in text
    assert text.endswith("open a mission to NATO in Belgium.")
    assert "Getty" not in text


def test_seed_metadata(seed):
    assert seed.title.startswith("NATO Secretary-General Encourages")
    assert seed.publisher == "Tech Times"
    assert [(seed.span_text(d), d.value) for d in find_dates(seed.text)] == [
        ("Jan. 30", "--01-30"),
        ("January 29, 2023", "2023-01-29"),
        ("Jan. 30", "--01-30"),
        ("Jan. 28", "--01-28"),
        ("February 2022", "2022-02"),
    ]


def test_nothing_lost_every_character_is_in_a_part(seed):
    covered = set()
    for p in seed.parts:
        covered.update(range(p.start, p.end))
    missing = [i for i, c in enumerate(seed.text) if not c.isspace() and i not in covered]
    assert missing == []
    assert all(a.end <= b.start for a, b in zip(seed.parts, seed.parts[1:], strict=False))


def test_body_is_headings_and_paragraphs_in_order(seed):
    body = seed.body
    assert body.startswith("Increase Military Support") is False
    assert body.startswith("Jens Stoltenberg, the secretary-general")
    assert "\n\nIncrease Military Support\n\n" in body
    assert "Getty" not in body and "TECHTIMES" not in body and "Join the Discussion" not in body
    assert all(p.kind in BODY_KINDS for p in seed.body_parts)
    assert len(seed.body_parts) == 13


def test_article_without_blank_lines_splits_lines_into_parts():
    text = (
        "Council Approves New Budget\n"
        "The city council approved the budget on Tuesday after a long debate.\n"
        "Spending Plans\n"
        "The plan adds money for parks. It also cuts two programmes.\n"
        "Critics said the cuts went too far."
    )
    a = parse_article(text)
    assert [p.kind for p in a.parts] == ["headline", "paragraph", "heading", "paragraph", "paragraph"]


def test_one_line_article_is_a_paragraph():
    a = parse_article("Officials said the bridge will reopen next week.")
    assert [p.kind for p in a.parts] == ["paragraph"]
    assert a.title == ""
    assert len(a.sentences) == 1


def test_hard_wrapped_paragraph_is_glued_back():
    text = (
        "Storm Closes Schools\n\n"
        "Schools across the county closed on Monday as a storm brought heavy snow and\n"
        "strong winds to the region, officials said.\n\n"
        "Roads were expected to reopen on Tuesday."
    )
    a = parse_article(text)
    assert [p.kind for p in a.parts] == ["headline", "paragraph", "paragraph"]
    assert a.span_text(a.parts[1]).endswith("officials said.")


def test_by_line_and_photo_credit_forms():
    text = (
        "Mayor Resigns After Vote\n\n"
        "By Jane Doe\n\n"
        "The mayor resigned on Friday after losing a vote of confidence in the council chamber.\n\n"
        "Photo: Getty Images\n\n"
        "Her deputy will lead the city until an election in the spring.\n\n"
        "Copyright 2025 Example News. All rights reserved."
    )
    a = parse_article(text)
    assert [p.kind for p in a.parts] == ["headline", "byline", "paragraph", "credit", "paragraph", "footer"]
    assert a.publisher == "Example News"


def test_script_text_is_kept_verbatim_as_text():
    text = (
        "Headline Here\n\n<script>alert('x')</script> appeared in the page, the editor said.\n\n"
        "More text follows."
    )
    a = parse_article(text)
    assert "<script>alert('x')</script>" in a.body
    assert a.text == text


def test_photo_block_with_credit_line_and_question_heading():
    text = (
        "Flood Waters Recede in the Valley\n\n"
        "Residents begin the clean-up as rivers fall back below their banks\n\n"
        "Water levels fell across the valley on Sunday, and residents returned to their homes to assess "
        "the damage left by a week of flooding.\n\n"
        "A man clears mud from a shop in the town centre on Sunday.\n"
        "Adel Hana/Associated Press\n\n"
        "What happens next for the farms?\n\n"
        "Farmers said it could take months before fields can be planted again."
    )
    a = parse_article(text)
    assert [p.kind for p in a.parts] == [
        "headline", "standfirst", "paragraph", "caption", "credit", "heading", "paragraph",
    ]  # fmt: skip
    assert a.parts[1].reason == "unpunctuated summary line right after the headline"
    assert a.parts[3].reason == "line directly above a photo credit"


def test_wire_lede_is_not_a_standfirst():
    text = (
        "Budget Deal Gains Support\n\n"
        "INDIANAPOLIS (AP) — A state budget deal gained the endorsement of the governor on Friday.\n\n"
        "The deal came after weeks of talks between the two chambers and the governor's office, aides said."
    )
    a = parse_article(text)
    assert [p.kind for p in a.parts] == ["headline", "paragraph", "paragraph"]


def test_via_credit_and_agency_only_credit():
    text = (
        "Storm Hits Coast\n\n"
        "The storm made landfall late on Tuesday, cutting power to thousands of homes along the coast.\n\n"
        "Waves crash over the sea wall.\n"
        "Anadolu via Getty Images\n\n"
        "Crews worked through the night to restore power.\n"
        "Supplied\n\n"
        "Officials said most homes would have power again by Thursday."
    )
    a = parse_article(text)
    kinds = [(p.kind, a.span_text(p)) for p in a.parts]
    assert ("credit", "Anadolu via Getty Images") in kinds
    assert ("credit", "Supplied") in kinds
    assert ("caption", "Crews worked through the night to restore power.") in kinds


def test_seed_sections(seed):
    sections = seed.sections
    assert [s.title for s in sections] == ["", "Increase Military Support", "Fast-Track Talks"]
    assert [len(s.parts) for s in sections] == [3, 4, 4]
    assert all(seed.parts[i].kind == "paragraph" for s in sections for i in s.parts)


def kinds(text: str) -> list[tuple[str, str]]:
    art = parse_article(text)
    return [(p.kind, art.text[p.start : p.end]) for p in art.parts]


LEDE = (
    "The city council approved the budget on Tuesday after a debate that lasted more than four hours "
    "and drew dozens of residents to the chamber."
)
SECOND = (
    "The plan raises spending on roads by a fifth and keeps the property tax rate where it was last year, "
    "the finance director said after the vote."
)
THIRD = "Opponents said the plan leaves too little for parks, and two members voted against it."


def test_furniture_lines_of_saved_pages_are_set_aside_with_their_reason():
    text = "\n\n".join(
        [
            "Council approves budget",
            "Published:10-30-2025",
            "Copy URL for Sharing",
            "- Share",
            LEDE,
            "Continue reading below",
            SECOND,
            "- DownloadDownload",
            "Sign up to the City Hall newsletter",
            "Back to contents",
            THIRD,
            "Brought to you by",
            "toronto.ctv.ca",
        ]
    )
    art = parse_article(text)
    assert [(p.kind, art.text[p.start : p.end]) for p in art.parts if p.kind != "boilerplate"] == [
        ("headline", "Council approves budget"),
        ("paragraph", LEDE),
        ("paragraph", SECOND),
        ("paragraph", THIRD),
    ]
    reasons = {art.text[p.start : p.end]: p.reason for p in art.parts if p.kind == "boilerplate"}
    assert reasons["- DownloadDownload"] == "page furniture: 'DownloadDownload' is in data/boilerplate.txt"
    assert (
        reasons["Published:10-30-2025"] == "page furniture: 'Published:10-30-2025' is in data/boilerplate.txt"
    )
    assert len(reasons) == 9


def test_first_paragraph_under_a_byline_is_not_a_standfirst():
    text = "\n\n".join(["Council approves budget", "By Jane Doe", "Roads win out in the end.", SECOND, THIRD])
    assert [k for k, _ in kinds(text)] == ["headline", "byline", "paragraph", "paragraph", "paragraph"]


def test_summary_above_the_byline_is_the_standfirst():
    summary = "Roads get more money; parks do not. Two members voted against the plan after a long debate."
    text = "\n\n".join(["Council approves budget", summary, "By Jane Doe", LEDE, SECOND])
    got = parse_article(text)
    assert [(p.kind, p.reason) for p in got.parts[:3]] == [
        ("headline", "first line, reads like a title"),
        ("standfirst", "summary between the headline and the byline"),
        ("byline", "line opens with 'By'"),
    ]


def test_date_line_after_headline_keeps_the_first_paragraph_in_the_body():
    text = "\n\n".join(
        ["Council approves budget", "Friday, January 4, 2019", "Roads win out.", SECOND, THIRD]
    )
    assert kinds(text)[1:3] == [("boilerplate", "Friday, January 4, 2019"), ("paragraph", "Roads win out.")]


def test_pull_quote_repeating_a_body_sentence_is_set_aside():
    quote = "“We could not wait another year for the roads,” she said."
    text = "\n\n".join(
        ["Council approves budget", LEDE, f"{SECOND} {quote} Work starts in May.", quote, THIRD]
    )
    got = parse_article(text)
    pulled = [p for p in got.parts if p.kind == "boilerplate"]
    assert [(got.text[p.start : p.end], p.reason) for p in pulled] == [
        (quote, "pull quote: repeats a sentence of the body")
    ]
    assert got.body.count("We could not wait") == 1


def test_navigation_menu_and_related_links_are_set_aside():
    text = "\n\n".join(
        [
            "Home\nWorld\nPolitics\nSign in",
            "Council approves budget",
            LEDE,
            SECOND,
            "Related articles\nMayor opens new bridge across the river\nSchool board delays vote on closures",
            "Read more: Parks department faces cuts in spring",
        ]
    )
    got = parse_article(text)
    assert got.title == "Council approves budget"
    assert got.body == f"{LEDE}\n\n{SECOND}"
    assert [p.reason for p in got.parts if p.kind == "boilerplate"] == [
        "page furniture: 'Home' is in data/boilerplate.txt",
        "navigation: 4 short link lines in a row",
        "navigation: 4 short link lines in a row",
        "page furniture: 'Sign in' is in data/boilerplate.txt",
        "page furniture: 'Related articles' is in data/boilerplate.txt",
        "link listed under 'Related articles'",
        "link listed under 'Related articles'",
        "page furniture: 'Read more: Parks department faces cuts in spring' is in data/boilerplate.txt",
    ]


def test_short_list_introduced_by_the_text_is_not_a_menu():
    items = "Other classes included:\nSprint Freestyle\nTeam Relay\nMixed Doubles"
    text = "\n\n".join(["Council approves budget", LEDE, items, SECOND])
    assert "Team Relay" in parse_article(text).body
    lower = "\n\n".join(["Council approves budget", LEDE, "flour\nsugar\nbutter\neggs", SECOND])
    assert "butter" in parse_article(lower).body


def test_block_whose_next_paragraph_leans_on_it_is_the_first_paragraph():
    first = "Rebecca Cooke is the childhood sweetheart of footballer Phil Foden."
    nxt = (
        "And the couple have announced some great news, with the pair expecting a new addition to the family."
    )
    text = "\n\n".join(["Who is Phil Foden's girlfriend?", first, nxt, SECOND])
    assert [k for k, _ in kinds(text)] == ["headline", "paragraph", "paragraph", "paragraph"]
    text = "\n\n".join(["Who is Phil Foden's girlfriend?", first, "Cooke " + nxt[4:], SECOND])
    assert [k for k, _ in kinds(text)][:2] == ["headline", "standfirst"]


def test_headline_repeated_in_capitals_is_not_a_subheading():
    text = "\n\n".join(["Council approves budget", "COUNCIL APPROVES BUDGET", LEDE, SECOND])
    assert kinds(text)[:2] == [
        ("headline", "Council approves budget"),
        ("boilerplate", "COUNCIL APPROVES BUDGET"),
    ]
