"""Process-wide settings for long corpus runs and long articles: when the garbage collector runs.

A corpus run allocates millions of small objects (tokens, sentences, facts), and Python's cyclic garbage
collector periodically rescans every tracked object, including the few hundred thousand long-lived
entries of the pronouncing dictionary, the word lists and the hedging model loaded at start. Once those are
loaded, :func:`settle` moves them out of the collector's sight: a run over the BBC corpus is about 10%
faster, and nothing is ever freed that would otherwise have been (they live as long as the process).

While one article is analysed, :func:`one_article` holds back the collector's full passes (and makes
its young passes less frequent, :data:`YOUNG`). A 5 MB article
keeps about three million objects alive while its analyses run (tokens, sentences, spans, the attributions
and tables), and each full pass rescans all of them to find nothing: on such an article they were 16
passes, 10 of the 36 CPU seconds of parsing, every analyzer and the report, and they collected no object
(the analyzers make no reference cycles that outlive the young generations, which still run). The passes
skipped are not lost: the oldest generation's counter keeps counting, so the first collection after the
article is a full one when enough has accumulated.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

_settled = False

#: The oldest generation's threshold inside :func:`one_article`: never reached by one article (it counts
#: collections of the middle generation, about one per 7,000 allocations).
HELD_BACK = 1 << 30
#: The youngest generation's threshold inside :func:`one_article` (at least; Python's default is 700):
#: the analyzers allocate millions of short-lived tokens, spans and tuples, and a young pass every 700
#: of them (each also rescanning the survivors of the last) was 5-7% of a corpus run's CPU time on BBC
#: and Reuters. Every 50,000 the same garbage is found a little later, a few MB at most.
YOUNG = 50_000

_lock = threading.Lock()
_depth = 0  # articles being analysed now, in any thread (scopes nest: parse inside a pipeline run)
_saved: tuple[int, int, int] = (0, 0, 0)


#: The middle generation's threshold once a batch is settled (at least; Python's default is 10): the
#: young passes' survivors are mostly an article's tokens, sentences and tables, alive until the article is
#: done, and a middle pass every 10 young ones rescanned them all (and counted towards a full pass every 10
#: middle ones). Over ``predict attribution`` on BBC (2,225 articles) the collector's passes took 2.5-3.2
#: of ~19 CPU seconds; with 100 they take 1.1-1.4, and the same 591 objects are collected (every young
#: and middle pass's finds alike; the full passes find none either way). Asked for by ``predict`` only:
#: the corpus run (a whole group of records in one :func:`one_article` scope) measured ~3% slower with it
#: (one pass over BBC, 3 alternate runs), though its collector time fell too.
MIDDLE = 100


def settle(rarer_middle: bool = False) -> None:
    """Freeze what is loaded so far (call after the first article of a batch, when the lexicons are in)
    and, with ``rarer_middle``, make the middle generation's passes rarer (:data:`MIDDLE`)."""
    global _settled, _saved
    if _settled:
        return
    gc.collect()
    gc.freeze()
    _settled = True
    if not rarer_middle:
        return
    with _lock:
        if _depth:  # inside an article's scope: what its end puts back
            if _saved[0]:
                _saved = (_saved[0], max(_saved[1], MIDDLE), _saved[2])
        else:
            young, middle, old = gc.get_threshold()
            if young:  # a threshold of 0 turns collection off: leave that as it is
                gc.set_threshold(young, max(middle, MIDDLE), old)


@contextmanager
def one_article() -> Iterator[None]:
    """Hold back the collector's full passes while one article is parsed or analysed (see above).

    Usable as a decorator. Scopes may nest and overlap across threads: the first to enter raises the
    oldest generation's threshold to :data:`HELD_BACK`, the last to leave puts back what it was.
    """
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            if _saved[0]:  # a threshold of 0 turns collection off: leave that as it is
                gc.set_threshold(max(_saved[0], YOUNG), _saved[1], HELD_BACK)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved[0]:
                gc.set_threshold(*_saved)


#: Records read together (the corpus run's partitions, ``predict``'s lines) so that the attribution tagger
#: reads all their sentences in one pass (:func:`analysis.attribution.extract.tag_together`): at most this
#: many records, and :data:`GROUP_CHARS` characters of text, so that memory stays flat.
GROUP_RECORDS = 100
GROUP_CHARS = 500_000

_T = TypeVar("_T")


def in_groups(
    items: Iterable[_T], size: Callable[[_T], int], most: int = GROUP_RECORDS, chars: int = GROUP_CHARS
) -> Iterator[list[_T]]:
    """``items`` in consecutive groups of at most ``most`` items whose ``size`` adds up to at most ``chars``
    (an item larger than that is a group of its own).

    Example: sizes 10, 1, 0, 1, 1 with ``most=2`` -> groups of 2, 2 and 1 items.
    Why one helper: the corpus run and ``predict`` group records the same way, by the same limits.
    """
    group: list[_T] = []
    total = 0
    for item in items:
        n = size(item)
        if group and (len(group) >= most or total + n > chars):
            yield group
            group, total = [], 0
        group.append(item)
        total += n
    if group:
        yield group


#: What the local worker pool's fork server imports before it forks any worker (see analysis.corpus.warm).
FORK_SERVER_PRELOAD = ["analysis.corpus.warm"]


def start_fork_server() -> None:
    """Start the fork server of ``--workers N`` now, loading :data:`FORK_SERVER_PRELOAD` in the background.

    Its start-up (imports, word lists, models: about 1.3 s of CPU) otherwise begins only when the first
    partition is submitted, after the command's own imports, and every worker waits for it; started
    first, the two overlap. The pool finds the server running and uses it. Nothing here changes a result.
    """
    import multiprocessing
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(FORK_SERVER_PRELOAD)
    forkserver.ensure_running()
