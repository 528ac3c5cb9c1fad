"""``refine.RawIndex``: the range lookups that keep the refine rules n log n on run-on sentences must
find every attribution the rules' full pass would have compared (issue 11)."""

from __future__ import annotations

import random
import re

from analysis.attribution.refine import RawIndex
from analysis.attribution.rule_base import Raw
from analysis.model import Span

TEXT = "Officials said that reports, citing aides, claimed the plan was dead, adding that talks ended. " * 4


def _raw(cue: tuple[int, int] | None, source: tuple[int, int] | None, content: tuple[int, int]) -> Raw:
    return Raw(
        cue=Span(*cue) if cue else None,
        source=Span(*source) if source else None,
        content=[Span(*content)],
        lemma="say",
        cue_class="speech",
        sentence=0,
    )


def _random_raws(rng: random.Random, n: int) -> list[Raw]:
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", TEXT)]
    out = []
    for _ in range(n):
        c = rng.choice(words)
        s = rng.choice(words + [None])  # type: ignore[list-item]
        a, b = sorted(rng.sample(range(len(TEXT)), 2))
        source = (s[0], s[0] + rng.randint(1, 30)) if s else None
        out.append(_raw(c if rng.random() > 0.1 else None, source, (a, b)))
    return out


def _near_by_full_pass(r: Raw, raws: list[Raw]) -> list[Raw]:
    """What role_clash's old loop over every attribution could match, in ``raws`` order."""
    out = []
    for o in raws:
        if o.cue is None:
            continue
        overlaps = r.source is not None and r.source.start < o.cue.end and o.cue.start < r.source.end
        ends_at_cue = r.cue is not None and o.source is not None and o.source.end == r.cue.end
        if overlaps or ends_at_cue:
            out.append(o)
    return out


def test_near_source_holds_every_attribution_the_full_pass_could_match_in_the_same_order() -> None:
    rng = random.Random(11)
    for _ in range(200):
        raws = _random_raws(rng, rng.randint(1, 25))
        index = RawIndex(TEXT, raws)
        for r in raws:
            near = [id(o) for o in index.near_source(r)]
            needed = [id(o) for o in _near_by_full_pass(r, raws)]
            assert [i for i in near if i in set(needed)] == needed  # every one, in the rules' order


def test_participles_between_finds_only_ing_cues_strictly_inside_the_range() -> None:
    said = TEXT.index("said")
    citing = TEXT.index("citing")
    adding = TEXT.index("adding")
    raws = [_raw((said, said + 4), None, (0, 5)), _raw((citing, citing + 6), None, (0, 5)),
            _raw((adding, adding + 6), None, (0, 5))]
    index = RawIndex(TEXT, raws)
    assert index.participles_between(0, len(TEXT)) == [raws[1], raws[2]]
    assert index.participles_between(citing, adding + 1) == [raws[2]]
    assert index.participles_between(citing - 1, adding) == [raws[1]]
