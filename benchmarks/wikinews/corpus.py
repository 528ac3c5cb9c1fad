"""The Wikinews development articles: which ones, their ids and splits, and their text from ``../shared``.

Only ids, URLs and splits live in the repository (``articles.tsv``); the texts are read at run time from
``../shared/corpora/wikinews/`` (Wikinews contributors, CC BY 2.5; collection by W. van Atteveldt), so labels
stay offsets into text nobody here copied.

An article's id is ``wikinews-<year file>-<row>``: the CSV file's year and the 0-based row in that file.
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from analysis.sentences import split_span
from benchmarks.common import SHARED

HERE = Path(__file__).resolve().parent
ARTICLES_TSV = HERE / "articles.tsv"
CORPUS_DIR = SHARED / "corpora" / "wikinews"
#: Session 7's test set comes from here: news pages of many outlets with their hand-checked article text.
ZYTE_DIR = SHARED / "data" / "extraction" / "scrapinghub"
ZYTE_OUTLETS = HERE / "zyte_outlets.txt"
#: Session 9's test and dev10 come from here: the Fundus benchmark's English-language pages (MIT repository;
#: page texts copyright their publishers). Session 8 only checked the file format (the coordinator saw the
#: first paragraphs of one page, ``fundus-us-APNews-V1``, which is out of the length bounds anyway).
FUNDUS_DIR = SHARED / "data" / "extraction" / "fundus"
REUTERS_JSONL = SHARED / "data" / "corpora" / "reuters.jsonl"
#: Session 12's test comes from here: BBC News 2004-2005 (Greene & Cunningham 2006; research use), until then
#: only timed by the speed benchmarks, never read.
BBC_JSONL = SHARED / "data" / "corpora" / "bbc.jsonl"
FUNDUS_COUNTRIES = frozenset({"us", "uk", "ca", "au", "za", "ind"})
FUNDUS_SEEN = ("fundus-us-APNews-V1",)
#: The Zyte draw: a fixed seed, the same length bounds, at most one page per outlet.
ZYTE_SEED, N_ZYTE = 20261209, 18
#: Session 7's development draw from the Zyte pages (``dev6``): news written by outlets, to develop on, from
#: outlets other than the test pages'.
ZYTE_DEV_SEED, N_ZYTE_DEV = 20261210, 18
#: Session 8's test draw (``select-zyte-test8``): a fresh seed, one page per outlet, none of the pages or
#: outlets of ``dev6`` and ``dev7``; and its development draw ``dev8``: every other news page within the
#: bounds whose outlet is not a test outlet (no seed: all of them, to have more outlet news to learn from).
ZYTE_TEST8_SEED, N_ZYTE_TEST8 = 20261211, 18
#: Session 9's test draw (``select-fundus-test9``): a fresh seed, one English Fundus page per publisher, of
#: publishers with no page in any development split; ``dev10`` is every other English Fundus page within the
#: bounds whose publisher is not a test publisher (``select-fundus-dev10``).
FUNDUS_TEST9_SEED, N_FUNDUS_TEST9 = 20261212, 15
#: Session 10's test draw (``select-fundus-test10``): after session 9 the English Fundus pages within
#: ``MIN_WORDS``-``MAX_WORDS`` were used up (3 left, all of test publishers), so this draw takes the longer
#: pages, ``LONG_WORDS``, one page per publisher (the publisher is the id's third part: ``NineNews`` has two
#: hostnames), of publishers with no page in any split drawn before.
FUNDUS_TEST10_SEED = 20261213
LONG_WORDS = (901, 1500)
#: A page is English when these, the commonest English words, are at least ``ENGLISH_SHARE`` of its words:
#: the ``za`` and ``ind`` sections of Fundus also hold isiZulu and Hindi pages
#: (their share is 0.0; English pages score 0.2-0.3).
ENGLISH_WORDS = frozenset({"the", "and", "of", "to", "a", "in", "is", "that", "for", "was", "on", "with",
                           "he", "she", "it", "said"})
ENGLISH_SHARE = 0.1

#: How the 30 articles were drawn (``python -m benchmarks.wikinews.labels select``): a fixed seed, articles of
#: 250 to 900 words (long enough to quote someone, short enough to label by hand), then thirds by draw order.
#: Session 11's ``test``: no page of a new publisher was left in the Zyte or Fundus benchmarks, so the
#: draw takes ``N_REUTERS_TEST11`` items of the Reuters-21578 newswire (1987; ``REUTERS_JSONL``, research
#: use):
#: a publisher, an era and a house style nobody here had read (the corpus was only ever timed, never read),
#: within ``MIN_WORDS``-``MAX_WORDS`` and at most one per first topic code (a stand-in for the desk), plus
#: ``N_FUNDUS_TEST11`` unread English Fundus pages of at most ``LONG_WORDS[1]`` words, one per publisher (new
#: pages of publishers already in a split).
TEST11_SEED, N_REUTERS_TEST11, N_FUNDUS_TEST11 = 20261214, 14, 6
#: Session 12's ``test``: ``N_BBC_PER_TOPIC`` BBC News items of each of its five topics (business,
#: entertainment, politics, sport, tech) within ``MIN_WORDS``-``MAX_WORDS``: a publisher's own reporting from
#: another decade, a corpus nobody here had read. ``dev14``, drawn after it, is ``N_REUTERS_DEV14`` more
#: Reuters-21578 items (same bounds, at most one per first topic) labelled to learn from.
TEST12_SEED, N_BBC_PER_TOPIC = 20261215, 4
DEV14_SEED, N_REUTERS_DEV14 = 20261216, 20
#: Session 13's ``test`` and ``dev16``: no unread publisher is left in any corpus here, so both are further
#: draws of ``N_BBC_PER_TOPIC`` BBC News items per topic from the items in no split (the test first, then
#: ``dev16`` to learn from). Session 12's BBC test (``dev15``) stays untuned, so a BBC test is still one no
#: rule was written from.
TEST13_SEED, DEV16_SEED = 20261217, 20261218
#: Session 14's ``test`` (``select-test14``): a count of the pages left showed that the Zyte and Fundus
#: benchmarks still hold news pages of publishers in no split, outside the length bounds every earlier draw
#: used. This draw takes them: Zyte pages of a news outlet (``ZYTE_OUTLETS``) and English Fundus pages, of
#: ``TEST14_WORDS`` words, whose hostname (and, for Fundus, publisher) has no page in any split, one page
#: per hostname (seeded). Publishers nobody here has read, unlike a third BBC draw.
TEST14_SEED, TEST14_WORDS = 20261219, (100, 2000)
#: Session 15's ``test`` (``select-test15``): session 14's draw used up the publishers in no split, and every
#: Wikinews article in no split has been read in part while developing (see ``READ_IN_SESSION6``). What is
#: left unread are single pages of publishers that have pages in some split: Zyte news-outlet pages and
#: English Fundus pages of ``TEST14_WORDS`` words in no split. This draw takes one per hostname (seeded), all
#: of them: a test of pages nobody here has read, though not of publishers nobody has read.
TEST15_SEED = 20261220
#: Session 16's ``test`` (``select-test16``): no unread web page is left (session 15 took the last), so the
#: test goes back to the two newswire corpora, whose unread items are many: ``N_BBC_TEST16_PER_TOPIC`` BBC
#: News items of each topic and ``N_REUTERS_TEST16`` Reuters-21578 items (at most one per first topic code),
#: all within ``MIN_WORDS``-``MAX_WORDS`` and in no split, seeded. Publishers read before (dev13-dev17), items
#: nobody here has read.
TEST16_SEED, N_BBC_TEST16_PER_TOPIC, N_REUTERS_TEST16 = 20261221, 3, 10
#: Session 17's ``test`` (``select-test17``): the same design as session 16's, with its own seed, from the
#: newswire items still in no split (session 16's test, now ``dev20``, included in the splits).
TEST17_SEED = 20261222
#: Session 18's ``test`` (``select-test18``): the same design again, its own seed, from the newswire items
#: still in no split (session 17's test, now ``dev21``, included in the splits).
TEST18_SEED = 20261223
#: Session 19's ``test`` (``select-test19``): the same design again, its own seed, from the newswire items
#: still in no split (session 18's test, now ``dev22``, included in the splits).
TEST19_SEED = 20261224
#: Session 20's ``test`` (``select-test20``): the same design again, its own seed, from the newswire items
#: still in no split (session 19's test, now ``dev23``, included in the splits).
TEST20_SEED = 20261225
#: Session 21's ``test`` (``select-test21``): the same design again, its own seed, from the newswire items
#: still in no split (session 20's test, now ``dev24``, included in the splits).
TEST21_SEED = 20261226
#: Session 22's ``test`` (``select-test22``): the same design again, its own seed, from the newswire items
#: still in no split (session 21's test, now ``dev25``, included in the splits).
TEST22_SEED = 20261227
#: Session 23's ``test`` (``select-test23``): the same design again, its own seed, from the newswire items
#: still in no split (session 22's test, now ``dev26``, included in the splits).
TEST23_SEED = 20261228
#: Session 24's ``test`` (``select-test24``): the same design again, its own seed, from the newswire items
#: still in no split (session 23's test, now ``dev27``, included in the splits).
TEST24_SEED = 20261229
SEED = 20261205
N_ARTICLES = 30
MIN_WORDS, MAX_WORDS = 250, 900
#: The first draw's thirds. Its third third was the test set of session 3: scored once, then read while
#: developing, so it became ``dev2``; a fresh ``test`` draw replaced it (README, "Splits").
SPLITS = ("train", "dev", "dev2")
#: Every development split: the first draw's thirds, ``dev3`` (session 4's fresh test set, scored once at
#: the end of session 4, then read while developing in session 5), ``dev4`` (session 5's fresh test set,
#: scored once at the end of session 5, then read while developing in session 6) and ``dev5`` (session 6's
#: fresh test set, scored once at the end of session 6, then read while developing in session 7).
#: ``dev6`` (session 7) is 18 news pages of 18 other outlets from the Zyte benchmark, labelled to develop on;
#: ``dev7`` is session 7's Zyte test set (18 pages of 18 outlets), scored once at the end of session 7 and
#: read while developing in session 8; ``dev8`` (session 8) is the rest of the Zyte news pages of non-test
#: outlets.
#: ``dev9`` is session 8's Zyte test (scored once at the end of session 8, read while developing in
#: session 9);
#: ``dev10`` (session 9) is English Fundus pages of publishers not in session 9's test;
#: ``dev11`` is session 9's Fundus test (scored once at the end of session 9, read while developing in
#: session 10); ``dev12`` is session 10's test (13 longer Fundus pages, one per publisher; scored once at the
#: end of session 10, development data from session 11 on); ``dev13`` is session 11's test (14 Reuters-21578
#: items and 6 Fundus pages; scored once at the end of session 11, development data from session 12 on);
#: ``dev14`` (session 12) is 20 more Reuters-21578 items, labelled to learn from; ``dev15`` is session 12's
#: test (20 BBC News items, four per topic; scored once at the end of session 12, renamed before anything was
#: tuned in session 13, and kept untuned: no rule is written from its errors); ``dev16`` (session 13) is 20
#: more BBC News items, labelled to learn from; ``dev17`` is session 13's test (20 more BBC News items; scored
#: once at the end of session 13, renamed before anything was tuned in session 14, then read to develop on);
#: ``dev18`` is session 14's test (17 pages of 17 publishers then in no split; scored once at the end of
#: session 14, renamed before anything was tuned in session 15, then read to develop on); ``dev19`` is session
#: 15's test (28 unread web pages, one per hostname; scored once at the end of session 15, renamed before
#: anything was tuned in session 16, then read to develop on); ``dev20`` is session 16's test (25 unread
#: newswire items: 15 BBC News, 10 Reuters-21578; scored once at the end of session 16, renamed before
#: anything was tuned in session 17, then read to develop on); ``dev21`` is session 17's test (25 more unread
#: newswire items drawn the same way; scored once at the end of session 17, renamed before anything was tuned
#: in session 18, then read to develop on); ``dev22`` is session 18's test (25 more unread newswire items
#: drawn the same way; scored once at the end of session 18, renamed before anything was tuned in session 19,
#: then read to develop on); ``dev23`` is session 19's test (25 more unread newswire items drawn the same way;
#: scored once at the end of session 19, renamed before anything was tuned in session 20, then read to develop
#: on); ``dev24`` is session 20's test (25 more unread newswire items drawn the same way; scored once at the
#: end of session 20, renamed before anything was tuned in session 21); ``dev25`` is session 21's test (25
#: more unread newswire items drawn the same way; scored once at the end of session 21, renamed before
#: anything was tuned in session 22); ``dev26`` is session 22's test (25 more unread newswire items drawn the
#: same way; scored once at the end of session 22, renamed before anything was tuned in session 23);
#: ``dev27`` is session 23's test (25 more unread newswire items drawn the same way; scored once at the end
#: of session 23, renamed before anything was tuned in session 24).
DEVELOPMENT_SPLITS = ("train", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
                      "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17",
                      "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25",
                      "dev26", "dev27")
#: Every split, the sealed ``test`` last.
ALL_SPLITS = (*DEVELOPMENT_SPLITS, "test")


@dataclass(frozen=True)
class WikinewsArticle:
    id: str
    url: str
    date: str
    title: str
    text: str


def read_corpus(folder: Path = CORPUS_DIR) -> Iterator[WikinewsArticle]:
    """Every article of the Wikinews CSV files, in file and row order."""
    csv.field_size_limit(1 << 30)
    for path in sorted(folder.glob("wikinews_*.csv")):
        year = path.stem.split("_")[-1]
        with path.open(encoding="utf-8", newline="") as f:
            for row_no, row in enumerate(csv.DictReader(f)):
                yield WikinewsArticle(f"wikinews-{year}-{row_no:03d}", row["url"], row["date"], row["title"],
                                      row["text"])


def read_zyte(folder: Path = ZYTE_DIR) -> Iterator[WikinewsArticle]:
    """Every page of the Zyte extraction benchmark as an article: its gold body text, in id order.

    The id is ``zyte-`` and the first 12 hex digits of the benchmark's page id; there is no date or title.
    """
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(gold):
        yield WikinewsArticle(f"zyte-{key[:12]}", gold[key]["url"], "", "", gold[key]["articleBody"])


def read_fundus(folder: Path = FUNDUS_DIR) -> Iterator[WikinewsArticle]:
    """The English-language pages of the Fundus extraction benchmark as articles, in id order: the
    hand-checked body (each section's headline and paragraphs, one paragraph per block), with title and date.

    The reserve for the next fresh test set (``FUNDUS_COUNTRIES``); none has been labelled or tuned on. The
    id is ``fundus-`` and the benchmark's id with ``/`` as ``-`` (``fundus-us-APNews-V1``).
    """
    recs = [json.loads(line) for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    for rec in sorted(recs, key=lambda r: r["id"]):
        if rec["country"] not in FUNDUS_COUNTRIES:
            continue
        blocks = [b for sec in rec["sections"] for b in (*sec["headline"], *sec["paragraphs"])]
        date = (rec.get("publishing_date") or "")[:10]
        art_id = "fundus-" + rec["id"].replace("/", "-")
        yield WikinewsArticle(art_id, rec["url"], date, rec["title"] or "", "\n\n".join(blocks))


def read_reuters(path: Path = REUTERS_JSONL) -> Iterator[WikinewsArticle]:
    """The Reuters-21578 items with a body, in file order, as articles: the body text alone (the all-capitals
    headline is left out, as a wire item's slug), the id as in the file (``reuters21578-N``), the first topic
    code in ``url`` after ``#`` (the corpus has no addresses; the topic is what one-per-desk draws on)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("text"):
                topic = (rec.get("topics") or ["none"])[0]
                date = (rec.get("date") or "").split(" ")[0]
                yield WikinewsArticle(rec["id"], f"reuters21578:{rec['id'].split('-')[-1]}#{topic}", date,
                                      rec.get("title") or "", rec["text"])


def read_bbc(path: Path = BBC_JSONL) -> Iterator[WikinewsArticle]:
    """The BBC News items, in file order, as articles: the body text (the headline is the title, not part of
    the text, as in the corpus), the id as in the file (``bbc-business-001``), the topic in ``url`` after
    ``#`` (the corpus has no addresses)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            url = f"bbc:{rec['id'][4:]}#{rec['topic']}"
            yield WikinewsArticle(rec["id"], url, "", rec.get("title") or "", rec["text"])


def news_outlets(path: Path = ZYTE_OUTLETS) -> frozenset[str]:
    """The hostnames counted as news organisations (a data file with its source in the header)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def zyte_pool(articles: list[WikinewsArticle], outlets: frozenset[str],
              exclude: frozenset[str] = frozenset()) -> list[WikinewsArticle]:
    """The news pages within the length bounds whose id and hostname are not in ``exclude``, in id order."""
    return [a for a in articles
            if MIN_WORDS <= len(a.text.split()) <= MAX_WORDS and urlparse(a.url).hostname in outlets
            and a.id not in exclude and urlparse(a.url).hostname not in exclude]


def select_zyte(articles: list[WikinewsArticle], outlets: frozenset[str], seed: int = ZYTE_SEED,
                n: int = N_ZYTE, exclude: frozenset[str] = frozenset()) -> list[WikinewsArticle]:
    """A seeded draw of news pages within the length bounds, one per outlet.

    ``exclude`` holds article ids and hostnames already used: the development draw (``dev6``) leaves out the
    test pages *and their outlets*, so that the test stays news from outlets nobody tuned on.
    """
    return one_per_host(zyte_pool(articles, outlets, exclude), seed, n)


def one_per_host(pool: list[WikinewsArticle], seed: int, n: int) -> list[WikinewsArticle]:
    """``n`` pages of ``pool`` (in id order) after a seeded shuffle, the first page of each hostname."""
    pool = list(pool)
    random.Random(seed).shuffle(pool)
    seen: set[str | None] = set()
    drawn = []
    for a in pool:
        host = urlparse(a.url).hostname
        if host not in seen and len(drawn) < n:
            seen.add(host)
            drawn.append(a)
    return drawn


def select(articles: list[WikinewsArticle]) -> list[tuple[WikinewsArticle, str]]:
    """The development sample: a seeded draw of articles within the length bounds, split into thirds."""
    pool = [a for a in articles if MIN_WORDS <= len(a.text.split()) <= MAX_WORDS]
    drawn = random.Random(SEED).sample(pool, N_ARTICLES)
    third = N_ARTICLES // 3
    return [(a, SPLITS[min(i // third, 2)]) for i, a in enumerate(drawn)]


#: The fresh test draws: each a seeded draw from the articles neither drawn before nor read by hand while
#: developing (``READ_WHILE_DEVELOPING``, and from session 6 on ``READ_AFTER_SESSION5_DRAW``), labelled before
#: any analyzer ran on it. Session 4 drew 12 (seed 20261206; now ``dev3``); session 5 drew 18 (seed 20261207;
#: now ``dev4``); session 6 drew 18 (seed 20261208; now ``dev5``). No unseen Wikinews article is left, so
#: session 7's test set is drawn from another corpus (``zyte``).
FRESH_DRAWS = ((20261206, 12), (20261207, 18), (20261208, 18))
FRESH_SEED, N_FRESH = FRESH_DRAWS[-1]
#: Articles read by hand (fact-checking the analyzers' output) in sessions 3 and 4; never drawn for a test.
READ_WHILE_DEVELOPING = (
    "wikinews-2019-060", "wikinews-2019-120", "wikinews-2020-110",
    "wikinews-2019-028", "wikinews-2019-044", "wikinews-2019-079", "wikinews-2019-107", "wikinews-2019-113",
    "wikinews-2019-159", "wikinews-2020-021", "wikinews-2020-123",
)


#: Articles read by hand in session 5, after its test draw (fact-checking attribution and hedging output on
#: unlabelled news). Not part of any split; the next fresh draw must exclude them as well as
#: ``READ_WHILE_DEVELOPING`` (they are kept apart so that session 5's draw stays reproducible).
READ_AFTER_SESSION5_DRAW = (
    "wikinews-2019-001", "wikinews-2019-019", "wikinews-2019-022", "wikinews-2019-023", "wikinews-2019-026",
    "wikinews-2019-039", "wikinews-2019-043", "wikinews-2019-045", "wikinews-2019-046", "wikinews-2019-055",
    "wikinews-2019-056", "wikinews-2019-064", "wikinews-2019-073", "wikinews-2019-077", "wikinews-2019-078",
    "wikinews-2019-093", "wikinews-2019-094", "wikinews-2019-096", "wikinews-2019-097", "wikinews-2019-105",
    "wikinews-2019-112", "wikinews-2019-119", "wikinews-2019-128", "wikinews-2019-130", "wikinews-2019-133",
    "wikinews-2019-137", "wikinews-2019-143", "wikinews-2019-146", "wikinews-2019-148", "wikinews-2019-163",
    "wikinews-2019-168", "wikinews-2020-001", "wikinews-2020-004", "wikinews-2020-006", "wikinews-2020-007",
    "wikinews-2020-016", "wikinews-2020-018", "wikinews-2020-027", "wikinews-2020-029", "wikinews-2020-035",
    "wikinews-2020-053", "wikinews-2020-058", "wikinews-2020-063", "wikinews-2020-068", "wikinews-2020-075",
    "wikinews-2020-081", "wikinews-2020-085", "wikinews-2020-089", "wikinews-2020-100", "wikinews-2020-106",
    "wikinews-2020-118",
)


#: Articles read by hand in session 6, after its test draw (the fact-checks of attribution and
#: hedging output). The hedging engineers and the reviewer also read the sentences where their new rules
#: fired across all the Wikinews articles in no split, so no Wikinews article is unseen any more: the next
#: fresh test set must come from another corpus.
READ_IN_SESSION6 = (
    "wikinews-2019-000", "wikinews-2019-032", "wikinews-2019-101", "wikinews-2019-103", "wikinews-2019-115",
    "wikinews-2019-117", "wikinews-2019-131", "wikinews-2019-140", "wikinews-2020-040", "wikinews-2020-066",
    "wikinews-2020-113", "wikinews-2020-116",
    # the coordinator's last fact-check of the session
    "wikinews-2019-048", "wikinews-2019-125",
)


#: Wikinews articles read by hand in session 7's fact-checks (besides BBC articles, which are no test source).
READ_IN_SESSION7 = (
    "wikinews-2019-021", "wikinews-2019-082", "wikinews-2019-165", "wikinews-2020-061", "wikinews-2020-064",
)


def select_fresh(articles: list[WikinewsArticle], taken: set[str]) -> list[WikinewsArticle]:
    """The fresh test draw: same length bounds, none of ``taken`` or of the articles read while developing."""
    excluded = taken | set(READ_WHILE_DEVELOPING) | set(READ_AFTER_SESSION5_DRAW)
    pool = [a for a in articles if MIN_WORDS <= len(a.text.split()) <= MAX_WORDS and a.id not in excluded]
    return random.Random(FRESH_SEED).sample(pool, N_FRESH)


def selected() -> dict[str, str]:
    """``{article id: split}`` from ``articles.tsv``."""
    out = {}
    for line in ARTICLES_TSV.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("id\t"):
            art_id, split, _url = line.split("\t")
            out[art_id] = split
    return out


def texts() -> dict[str, WikinewsArticle]:
    """The selected articles with their texts (needs ``../shared``)."""
    return texts_of(selected())


def texts_of(ids: Iterable[str]) -> dict[str, WikinewsArticle]:
    """The articles of ``ids`` with their texts, opening only the sources those ids come from (so a trainer
    that asks for development articles never opens the sealed test's corpus)."""
    wanted = set(ids)
    out = {a.id: a for a in read_corpus() if a.id in wanted}
    for prefix, read in (("zyte-", read_zyte), ("fundus-", read_fundus), ("reuters21578-", read_reuters),
                         ("bbc-", read_bbc)):
        if any(i.startswith(prefix) for i in wanted):
            out.update((a.id, a) for a in read() if a.id in wanted)
    return out


def fundus_publisher(article_id: str) -> str:
    """The publisher part of a Fundus id: ``fundus-au-NineNews-V2`` -> ``NineNews``."""
    return article_id.split("-")[2]


def is_english(text: str) -> bool:
    """Whether the commonest English words make up at least ``ENGLISH_SHARE`` of the text's words."""
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and sum(w in ENGLISH_WORDS for w in words) / len(words) >= ENGLISH_SHARE


def fundus_pool(articles: list[WikinewsArticle], exclude: frozenset[str] = frozenset(),
                bounds: tuple[int, int] = (MIN_WORDS, MAX_WORDS)) -> list[WikinewsArticle]:
    """The English Fundus pages within the length ``bounds`` whose id and hostname are not in ``exclude``."""
    return [a for a in articles
            if bounds[0] <= len(a.text.split()) <= bounds[1] and is_english(a.text)
            and a.id not in exclude and a.id not in FUNDUS_SEEN and urlparse(a.url).hostname not in exclude]


_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*\Z)", re.S)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences labellers number: paragraphs (blank-line separated), each split by the package."""
    spans: list[tuple[int, int]] = []
    for m in _PARAGRAPH.finditer(text):
        spans.extend(split_span(text, m.start(), m.end()))
    return spans
