"""Hand labels of the Wikinews development articles: draw the sample, show an article, resolve labels.

``python -m benchmarks.wikinews.labels select``   write ``articles.tsv`` (ids, splits, URLs), seeded draw
``python -m benchmarks.wikinews.labels select-fresh``   add the fresh ``test`` draw to ``articles.tsv``
``python -m benchmarks.wikinews.labels select-zyte``   add session 7's ``test`` draw from the Zyte news pages
``python -m benchmarks.wikinews.labels select-zyte-dev``   add session 7's ``dev6`` draw (other outlets)
``python -m benchmarks.wikinews.labels select-zyte-test8``   session 8's ``test`` (outlets not in dev6/7)
``python -m benchmarks.wikinews.labels select-zyte-dev8``   add session 8's ``dev8``: the other non-test pages
``python -m benchmarks.wikinews.labels select-fundus-test9``   session 9's ``test``: English Fundus pages
``python -m benchmarks.wikinews.labels select-fundus-dev10``   add session 9's ``dev10``: the other publishers
``python -m benchmarks.wikinews.labels select-fundus-test10``   session 10's test (``dev12``): longer pages
``python -m benchmarks.wikinews.labels select-test11``   session 11's test (``dev13``): Reuters, Fundus
``python -m benchmarks.wikinews.labels select-test12``   session 12's test (``dev15``): BBC, four per topic
``python -m benchmarks.wikinews.labels select-dev14``   session 12's ``dev14``: more Reuters-21578 items
``python -m benchmarks.wikinews.labels select-test13``   session 13's ``test``: more BBC News, four per topic
``python -m benchmarks.wikinews.labels select-dev16``   session 13's ``dev16``: more BBC News, four per topic
``python -m benchmarks.wikinews.labels select-test14``   session 14's ``test``: pages of unread publishers
``python -m benchmarks.wikinews.labels select-test15``   session 15's ``test``: the last unread web pages
``python -m benchmarks.wikinews.labels select-test16``   session 16's ``test``: unread BBC and Reuters items
``python -m benchmarks.wikinews.labels select-test17``   session 17's ``test``: more BBC and Reuters items
``python -m benchmarks.wikinews.labels select-test18``   session 18's ``test``: more BBC and Reuters items
``python -m benchmarks.wikinews.labels select-test19``   session 19's ``test``: more BBC and Reuters items
``python -m benchmarks.wikinews.labels select-test20``   session 20's ``test``: more BBC and Reuters items
``python -m benchmarks.wikinews.labels select-test21``   session 21's ``test``: more BBC and Reuters items
``python -m benchmarks.wikinews.labels select-test22``   session 22's ``test``: more BBC and Reuters items
``python -m benchmarks.wikinews.labels select-test23``   session 23's ``test``: more BBC and Reuters items
``python -m benchmarks.wikinews.labels select-test24``   session 24's ``test``: more BBC and Reuters items
``python -m benchmarks.wikinews.labels show ID``  print an article with numbered sentences, for labelling
``python -m benchmarks.wikinews.labels resolve DRAFT.json...``  check labeller drafts and write the offset
    labels ``attribution.jsonl`` and ``hedging.jsonl`` beside this file (``check``: the same, writing nothing)

A draft names each span by its sentence number and its exact words (``{"s": 4, "text": "said"}``, with
``"n": 1`` for the second occurrence at or after that sentence's start), because people cannot count
characters. ``resolve`` turns every span into ``[start, end)`` offsets into the article's ``text``, refuses a
span that is not found, and stores no article text: the guideline is ``README.md`` beside this file.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import urlparse

from benchmarks.wikinews.corpus import (
    ARTICLES_TSV,
    DEV14_SEED,
    DEV16_SEED,
    DEVELOPMENT_SPLITS,
    FUNDUS_TEST9_SEED,
    FUNDUS_TEST10_SEED,
    HERE,
    LONG_WORDS,
    MAX_WORDS,
    MIN_WORDS,
    N_BBC_PER_TOPIC,
    N_BBC_TEST16_PER_TOPIC,
    N_FUNDUS_TEST9,
    N_FUNDUS_TEST11,
    N_REUTERS_DEV14,
    N_REUTERS_TEST11,
    N_REUTERS_TEST16,
    N_ZYTE_DEV,
    N_ZYTE_TEST8,
    TEST11_SEED,
    TEST12_SEED,
    TEST13_SEED,
    TEST14_SEED,
    TEST14_WORDS,
    TEST15_SEED,
    TEST16_SEED,
    TEST17_SEED,
    TEST18_SEED,
    TEST19_SEED,
    TEST20_SEED,
    TEST21_SEED,
    TEST22_SEED,
    TEST23_SEED,
    TEST24_SEED,
    ZYTE_DEV_SEED,
    ZYTE_TEST8_SEED,
    WikinewsArticle,
    fundus_pool,
    fundus_publisher,
    news_outlets,
    one_per_host,
    read_bbc,
    read_corpus,
    read_fundus,
    read_reuters,
    read_zyte,
    select,
    select_fresh,
    select_zyte,
    selected,
    sentence_spans,
    texts,
    zyte_pool,
)

ATTRIBUTION_JSONL = HERE / "attribution.jsonl"
HEDGING_JSONL = HERE / "hedging.jsonl"

SOURCE_TYPES = ("named_person", "named_organisation", "government_body", "media_outlet", "anonymous_person",
                "unnamed_group", "document", "none")
MENTIONS = ("name", "pronoun", "description", "none")
KINDS = ("direct", "mixed", "indirect", "according_to", "refused")
HEDGE_CATEGORIES = ("hedge", "booster", "shield", "weasel", "anonymous")


class LabelError(ValueError):
    """A draft that cannot be resolved; the message names the article and the label."""


def cmd_select() -> None:
    rows = select(list(read_corpus()))
    lines = ["# The Wikinews development articles (see corpus.py: seeded draw, thirds by draw order).",
             "# Texts: ../shared/corpora/wikinews/ "
             "(Wikinews contributors, CC BY 2.5; collection by W. van Atteveldt)",
             "id\tsplit\turl"]
    lines += [f"{a.id}\t{split}\t{a.url}" for a, split in sorted(rows, key=lambda r: r[0].id)]
    ARTICLES_TSV.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {ARTICLES_TSV} ({len(rows)} articles)")


def add_split(split: str, draw: Callable[[dict[str, str]], list[WikinewsArticle]], what: str) -> None:
    """Append one seeded draw to ``articles.tsv`` as ``split``; refuse if that split is already there.

    ``draw`` gets the articles already selected (``{id: split}``), so each draw can leave them out.
    """
    taken = selected()
    if split in taken.values():
        print(f"{ARTICLES_TSV} already holds a {split} split; nothing written", file=sys.stderr)
        sys.exit(1)
    fresh = draw(taken)
    lines = ARTICLES_TSV.read_text(encoding="utf-8").splitlines()
    lines += [f"{a.id}\t{split}\t{a.url}" for a in sorted(fresh, key=lambda a: a.id)]
    ARTICLES_TSV.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"added {len(fresh)} {split} articles ({what}) to {ARTICLES_TSV}")


def zyte_dev_draw(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 7's ``dev6``: Zyte news pages, leaving out the test pages and their outlets."""
    arts = list(read_zyte())
    test = [a for a in arts if taken.get(a.id) == "test"]
    used = frozenset(a.id for a in test) | frozenset(urlparse(a.url).hostname or "" for a in test)
    return select_zyte(arts, news_outlets(), ZYTE_DEV_SEED, N_ZYTE_DEV, used)


def _pages_and_hosts(arts: list[WikinewsArticle], taken: dict[str, str], splits: set[str]) -> frozenset[str]:
    pages = [a for a in arts if taken.get(a.id) in splits]
    return frozenset(a.id for a in pages) | frozenset(urlparse(a.url).hostname or "" for a in pages)


def zyte_dev7_test8_draw(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 8's ``test``: one page per outlet, none of the pages or outlets of ``dev6`` and ``dev7``."""
    arts = list(read_zyte())
    used = _pages_and_hosts(arts, taken, {"dev6", "dev7"})
    return select_zyte(arts, news_outlets(), ZYTE_TEST8_SEED, N_ZYTE_TEST8, used)


def zyte_dev8_draw(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 8's ``dev8``: every news page within the bounds not yet drawn, of an outlet not in ``test``."""
    arts = list(read_zyte())
    test_hosts = _pages_and_hosts(arts, taken, {"test"})
    return [a for a in zyte_pool(arts, news_outlets(), test_hosts) if a.id not in taken]


def fundus_test9_draw(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 9's ``test``: one English Fundus page per publisher, none of whose hostnames has a page in a
    development split (``dev6`` to ``dev9`` hold Zyte pages of BBC, CNBC, Fox News, The Guardian, The Sun)."""
    used = _pages_and_hosts(list(read_zyte()), taken, set(DEVELOPMENT_SPLITS))
    return one_per_host(fundus_pool(list(read_fundus()), used), FUNDUS_TEST9_SEED, N_FUNDUS_TEST9)


def fundus_dev10_draw(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 9's ``dev10``: every English Fundus page within the bounds not yet drawn whose publisher has no
    page in ``test`` (the other pages of a test publisher stay unused)."""
    arts = list(read_fundus())
    test_hosts = _pages_and_hosts(arts, taken, {"test"})
    return [a for a in fundus_pool(arts, test_hosts) if a.id not in taken]


def fundus_test10_draw(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 10's ``test``: one English Fundus page of ``LONG_WORDS`` per publisher (seeded), of publishers
    none of whose pages or hostnames is in any split drawn before (Zyte or Fundus)."""
    arts = list(read_fundus())
    splits = set(taken.values())
    used = _pages_and_hosts(list(read_zyte()), taken, splits) | _pages_and_hosts(arts, taken, splits)
    publishers = {fundus_publisher(a.id) for a in arts if a.id in taken}
    pool = [a for a in fundus_pool(arts, used, LONG_WORDS) if fundus_publisher(a.id) not in publishers]
    random.Random(FUNDUS_TEST10_SEED).shuffle(pool)
    drawn: dict[str, WikinewsArticle] = {}
    for a in pool:
        drawn.setdefault(fundus_publisher(a.id), a)
    return sorted(drawn.values(), key=lambda a: a.id)


def in_bounds(articles: Iterable[WikinewsArticle], taken: dict[str, str]) -> list[WikinewsArticle]:
    """The articles of ``MIN_WORDS`` to ``MAX_WORDS`` words that are in no split yet, in their order."""
    return [a for a in articles if MIN_WORDS <= len(a.text.split()) <= MAX_WORDS and a.id not in taken]


def per_topic(pool: list[WikinewsArticle], rng: random.Random, n: int, per: int = 1) -> list[WikinewsArticle]:
    """``n`` articles of the shuffled ``pool``, at most ``per`` of each topic (the ``url`` after ``#``)."""
    rng.shuffle(pool)
    drawn: list[WikinewsArticle] = []
    counts: dict[str, int] = {}
    for a in pool:
        topic = a.url.split("#")[1]
        if len(drawn) < n and counts.get(topic, 0) < per:
            drawn.append(a)
            counts[topic] = counts.get(topic, 0) + 1
    return drawn


def draw_test11(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 11's ``test``: ``N_REUTERS_TEST11`` Reuters-21578 items within the length bounds, at most one
    per first topic code, and ``N_FUNDUS_TEST11`` unread English Fundus pages of up to ``LONG_WORDS[1]``
    words, one per publisher (both seeded with ``TEST11_SEED``)."""
    rng = random.Random(TEST11_SEED)
    wire = per_topic(in_bounds(read_reuters(), taken), rng, N_REUTERS_TEST11)
    pages = [a for a in fundus_pool(list(read_fundus()), frozenset(), (MIN_WORDS, LONG_WORDS[1]))
             if a.id not in taken]
    rng.shuffle(pages)
    fundus: dict[str, WikinewsArticle] = {}
    for a in pages:
        if len(fundus) < N_FUNDUS_TEST11:
            fundus.setdefault(fundus_publisher(a.id), a)
    return sorted([*wire, *fundus.values()], key=lambda a: a.id)


def bbc_per_topic(taken: dict[str, str], seed: int) -> list[WikinewsArticle]:
    """``N_BBC_PER_TOPIC`` BBC News items of each topic within the length bounds and in no split, seeded."""
    pool = in_bounds(read_bbc(), taken)
    topics = {a.url.split("#")[1] for a in pool}
    drawn = per_topic(pool, random.Random(seed), N_BBC_PER_TOPIC * len(topics), N_BBC_PER_TOPIC)
    return sorted(drawn, key=lambda a: a.id)


def draw_test12(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 12's ``test`` (now ``dev15``): BBC News items, four per topic (``TEST12_SEED``)."""
    return bbc_per_topic(taken, TEST12_SEED)


def draw_test13(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 13's ``test``: more BBC News items, four per topic (``TEST13_SEED``)."""
    return bbc_per_topic(taken, TEST13_SEED)


def draw_dev16(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 13's ``dev16``, drawn after its test: more BBC News items, four per topic, to learn from."""
    return bbc_per_topic(taken, DEV16_SEED)


def draw_test14(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 14's ``test``: Zyte news-outlet pages and English Fundus pages of ``TEST14_WORDS`` words whose
    hostname (Fundus: and publisher) has no page in any split, one page per hostname (``TEST14_SEED``)."""
    zyte, fundus = list(read_zyte()), list(read_fundus())
    splits = set(taken.values())
    used = _pages_and_hosts(zyte, taken, splits) | _pages_and_hosts(fundus, taken, splits)
    publishers = {fundus_publisher(a.id) for a in fundus if a.id in taken}
    low, high = TEST14_WORDS
    outlets = news_outlets()
    pool = [a for a in zyte
            if low <= len(a.text.split()) <= high and urlparse(a.url).hostname in outlets
            and a.id not in used and urlparse(a.url).hostname not in used]
    pool += [a for a in fundus_pool(fundus, used, TEST14_WORDS) if fundus_publisher(a.id) not in publishers]
    drawn = one_per_host(sorted(pool, key=lambda a: a.id), TEST14_SEED, len(pool))
    return sorted(drawn, key=lambda a: a.id)


def draw_test15(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 15's ``test``: the Zyte news-outlet pages and English Fundus pages of ``TEST14_WORDS`` words in
    no split, one page per hostname (``TEST15_SEED``), every hostname that has one."""
    low, high = TEST14_WORDS
    outlets = news_outlets()
    pool = [a for a in read_zyte()
            if low <= len(a.text.split()) <= high and urlparse(a.url).hostname in outlets
            and a.id not in taken]
    pool += fundus_pool(list(read_fundus()), frozenset(taken), TEST14_WORDS)
    drawn = one_per_host(sorted(pool, key=lambda a: a.id), TEST15_SEED, len(pool))
    return sorted(drawn, key=lambda a: a.id)


def draw_test16(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 16's ``test``: unread newswire items seeded with ``TEST16_SEED`` (see ``draw_newswire``)."""
    return draw_newswire(taken, TEST16_SEED)


def draw_test17(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 17's ``test``: session 16's design again, seeded with ``TEST17_SEED``."""
    return draw_newswire(taken, TEST17_SEED)


def draw_test18(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 18's ``test``: session 16's design again, seeded with ``TEST18_SEED``."""
    return draw_newswire(taken, TEST18_SEED)


def draw_test19(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 19's ``test``: session 16's design again, seeded with ``TEST19_SEED``."""
    return draw_newswire(taken, TEST19_SEED)


def draw_test20(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 20's ``test``: session 16's design again, seeded with ``TEST20_SEED``."""
    return draw_newswire(taken, TEST20_SEED)


def draw_test21(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 21's ``test``: session 16's design again, seeded with ``TEST21_SEED``."""
    return draw_newswire(taken, TEST21_SEED)


def draw_test22(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 22's ``test``: session 16's design again, seeded with ``TEST22_SEED``."""
    return draw_newswire(taken, TEST22_SEED)


def draw_test23(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 23's ``test``: session 16's design again, seeded with ``TEST23_SEED``."""
    return draw_newswire(taken, TEST23_SEED)


def draw_test24(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 24's ``test``: session 16's design again, seeded with ``TEST24_SEED``."""
    return draw_newswire(taken, TEST24_SEED)


def draw_newswire(taken: dict[str, str], seed: int) -> list[WikinewsArticle]:
    """``N_BBC_TEST16_PER_TOPIC`` BBC News items per topic, then ``N_REUTERS_TEST16`` Reuters-21578 items (at
    most one per first topic code), within the length bounds and in no split, both drawn from one generator
    seeded with ``seed`` (BBC first). Items nobody here has read, of publishers read before."""
    rng = random.Random(seed)
    bbc = in_bounds(read_bbc(), taken)
    topics = {a.url.split("#")[1] for a in bbc}
    news = per_topic(bbc, rng, N_BBC_TEST16_PER_TOPIC * len(topics), N_BBC_TEST16_PER_TOPIC)
    wire = per_topic(in_bounds(read_reuters(), taken), rng, N_REUTERS_TEST16)
    return sorted([*news, *wire], key=lambda a: a.id)


def draw_dev14(taken: dict[str, str]) -> list[WikinewsArticle]:
    """Session 12's ``dev14``: ``N_REUTERS_DEV14`` more Reuters-21578 items within the length bounds, at most
    one per first topic code (seeded with ``DEV14_SEED``), labelled to learn from."""
    drawn = per_topic(in_bounds(read_reuters(), taken), random.Random(DEV14_SEED), N_REUTERS_DEV14)
    return sorted(drawn, key=lambda a: a.id)


def cmd_show(art_id: str) -> None:
    art = texts()[art_id]
    print(f"# {art.id}  {art.date}  {art.title}\n# {art.url}\n")
    for i, (s, e) in enumerate(sentence_spans(art.text)):
        print(f"[{i}] {art.text[s:e]}")


def _span(text: str, starts: list[int], ref: object, where: str) -> list[int]:
    if not isinstance(ref, dict) or "s" not in ref or "text" not in ref:
        raise LabelError(f"{where}: a span must be {{'s': sentence, 'text': words}}, got {ref!r}")
    s_no, words, nth = ref["s"], ref["text"], ref.get("n", 0)
    if not isinstance(s_no, int) or not 0 <= s_no < len(starts):
        raise LabelError(f"{where}: sentence {s_no!r} does not exist (0..{len(starts) - 1})")
    if not words or words != words.strip():
        raise LabelError(f"{where}: span text {words!r} is empty or starts/ends with white space")
    pos = starts[s_no] - 1
    for _ in range(nth + 1):
        pos = text.find(words, pos + 1)
        if pos < 0:
            raise LabelError(f"{where}: {words!r} (occurrence {nth}) not found at or after sentence {s_no}")
    end = pos + len(words)
    if (pos > 0 and text[pos - 1].isalnum() and words[0].isalnum()) or (
            end < len(text) and text[end].isalnum() and words[-1].isalnum()):
        raise LabelError(f"{where}: {words!r} (occurrence {nth}) at {pos} lies inside a word: add or fix 'n'")
    return [pos, end]


def resolve(draft: dict, text: str) -> tuple[dict, dict]:
    """One article's draft -> its attribution record and its hedging record (offsets only)."""
    art_id = draft["id"]
    sents = sentence_spans(text)
    starts = [s for s, _ in sents]
    attributions = []
    for i, a in enumerate(draft.get("attributions", [])):
        where = f"{art_id} attribution {i}"
        st, mention, kind = a.get("source_type"), a.get("mention"), a.get("kind")
        if st not in SOURCE_TYPES or mention not in MENTIONS or kind not in KINDS:
            raise LabelError(f"{where}: source_type/mention/kind {st!r}/{mention!r}/{kind!r} not allowed")
        content = [_span(text, starts, c, where + " content") for c in a.get("content", [])]
        if not content:
            raise LabelError(f"{where}: no content")
        attributions.append({
            "cue": _span(text, starts, a["cue"], where + " cue") if a.get("cue") else None,
            "source": _span(text, starts, a["source"], where + " source") if a.get("source") else None,
            "content": sorted(content),
            "kind": kind, "source_type": st, "mention": mention,
            "source_name": a.get("source_name"), "aliases": sorted(set(a.get("aliases", []))),
        })
    attributions.sort(key=lambda r: (r["content"][0], r["cue"] or [0, 0]))
    marks = {}
    for h in draft.get("hedging", []):
        where = f"{art_id} hedging sentence {h.get('s')}"
        s_no = h["s"]
        if not isinstance(s_no, int) or not 0 <= s_no < len(sents):
            raise LabelError(f"{where}: no such sentence")
        cues = []
        for c in h.get("cues", []):
            if c.get("category") not in HEDGE_CATEGORIES:
                raise LabelError(f"{where}: cue category {c.get('category')!r} not allowed")
            span = _span(text, starts, {"s": s_no, "text": c["text"], "n": c.get("n", 0)}, where)
            if not sents[s_no][0] <= span[0] < span[1] <= sents[s_no][1]:
                raise LabelError(f"{where}: cue {c['text']!r} lies outside the sentence")
            cues.append({"start": span[0], "end": span[1], "category": c["category"]})
        marks[s_no] = {"uncertain": bool(h.get("uncertain")), "weasel": bool(h.get("weasel")),
                       "anonymous_source": bool(h.get("anonymous_source")), "cues": sorted(
                           cues, key=lambda c: (c["start"], c["end"]))}
    blank = {"uncertain": False, "weasel": False, "anonymous_source": False, "cues": []}
    sentences = [{"start": s, "end": e, **marks.get(i, blank)} for i, (s, e) in enumerate(sents)]
    return ({"id": art_id, "attributions": attributions},
            {"id": art_id, "sentences": sentences})


def cmd_resolve(paths: list[str], write: bool = True) -> None:
    split = selected()
    arts = texts()
    attr, hedge = {}, {}
    for line in ATTRIBUTION_JSONL.read_text().splitlines() if ATTRIBUTION_JSONL.exists() else []:
        rec = json.loads(line)
        attr[rec["id"]] = rec
    for line in HEDGING_JSONL.read_text().splitlines() if HEDGING_JSONL.exists() else []:
        rec = json.loads(line)
        hedge[rec["id"]] = rec
    failed = 0
    for p in paths:
        try:
            draft = json.loads(Path(p).read_text(encoding="utf-8"))
            if draft.get("id") not in split:
                raise LabelError(f"{p}: id {draft.get('id')!r} is not a selected article")
            a, h = resolve(draft, arts[draft["id"]].text)
        except (LabelError, KeyError, json.JSONDecodeError) as exc:
            print(f"error: {p}: {exc}", file=sys.stderr)
            failed += 1
            continue
        a["split"] = h["split"] = split[draft["id"]]
        attr[a["id"]], hedge[h["id"]] = a, h
        print(f"ok: {p}: {len(a['attributions'])} attributions, "
              f"{sum(s['uncertain'] or s['weasel'] or s['anonymous_source'] for s in h['sentences'])} "
              f"flagged of {len(h['sentences'])} sentences")
    for path, recs in ((ATTRIBUTION_JSONL, attr), (HEDGING_JSONL, hedge)) if write else ():
        path.write_text("".join(json.dumps(recs[k], sort_keys=True) + "\n" for k in sorted(recs)),
                        encoding="utf-8")
    sys.exit(1 if failed else 0)


def main(argv: list[str]) -> None:
    if argv[:1] == ["select"]:
        cmd_select()
    elif argv[:1] == ["select-fresh"]:
        add_split("test", lambda taken: select_fresh(list(read_corpus()), set(taken)), "Wikinews")
    elif argv[:1] == ["select-zyte"]:
        add_split("test", lambda _taken: select_zyte(list(read_zyte()), news_outlets()), "Zyte news pages")
    elif argv[:1] == ["select-zyte-dev"]:
        add_split("dev6", zyte_dev_draw, "Zyte news pages of other outlets")
    elif argv[:1] == ["select-zyte-test8"]:
        add_split("test", zyte_dev7_test8_draw, "Zyte news pages of outlets not in dev6/dev7")
    elif argv[:1] == ["select-zyte-dev8"]:
        add_split("dev8", zyte_dev8_draw, "the other Zyte news pages of non-test outlets")
    elif argv[:1] == ["select-fundus-test9"]:
        add_split("test", fundus_test9_draw, "English Fundus pages of publishers in no development split")
    elif argv[:1] == ["select-fundus-dev10"]:
        add_split("dev10", fundus_dev10_draw, "the other English Fundus pages of non-test publishers")
    elif argv[:1] == ["select-fundus-test10"]:
        add_split("test", fundus_test10_draw, "longer English Fundus pages of publishers in no split")
    elif argv[:1] == ["select-test11"]:
        add_split("test", draw_test11, "Reuters-21578 items, one per topic, and unread Fundus pages")
    elif argv[:1] == ["select-test12"]:
        add_split("test", draw_test12, "BBC News items, four per topic")
    elif argv[:1] == ["select-test13"]:
        add_split("test", draw_test13, "more BBC News items, four per topic")
    elif argv[:1] == ["select-dev16"]:
        add_split("dev16", draw_dev16, "more BBC News items, four per topic, to learn from")
    elif argv[:1] == ["select-test14"]:
        add_split("test", draw_test14, "pages of publishers in no split (Zyte news outlets, English Fundus)")
    elif argv[:1] == ["select-test15"]:
        add_split("test", draw_test15, "the last unread web pages, one per hostname (Zyte, English Fundus)")
    elif argv[:1] == ["select-test16"]:
        add_split("test", draw_test16, "BBC News items, three per topic; Reuters-21578 items, one per topic")
    elif argv[:1] == ["select-test17"]:
        add_split("test", draw_test17, "more BBC items, three per topic; Reuters items, one per topic")
    elif argv[:1] == ["select-test18"]:
        add_split("test", draw_test18, "more BBC items, three per topic; Reuters items, one per topic")
    elif argv[:1] == ["select-test19"]:
        add_split("test", draw_test19, "more BBC items, three per topic; Reuters items, one per topic")
    elif argv[:1] == ["select-test20"]:
        add_split("test", draw_test20, "more BBC items, three per topic; Reuters items, one per topic")
    elif argv[:1] == ["select-test21"]:
        add_split("test", draw_test21, "more BBC items, three per topic; Reuters items, one per topic")
    elif argv[:1] == ["select-test22"]:
        add_split("test", draw_test22, "more BBC items, three per topic; Reuters items, one per topic")
    elif argv[:1] == ["select-test23"]:
        add_split("test", draw_test23, "more BBC items, three per topic; Reuters items, one per topic")
    elif argv[:1] == ["select-test24"]:
        add_split("test", draw_test24, "more BBC items, three per topic; Reuters items, one per topic")
    elif argv[:1] == ["select-dev14"]:
        add_split("dev14", draw_dev14, "more Reuters-21578 items, one per topic")
    elif argv[:1] == ["show"] and len(argv) == 2:
        cmd_show(argv[1])
    elif argv[:1] in (["resolve"], ["check"]) and len(argv) > 1:
        cmd_resolve(argv[1:], write=argv[0] == "resolve")
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
