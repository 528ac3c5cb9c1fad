"""Rule ``named_caption``: a named source's report in a photo caption is kept by the rule, not the keep
model (which learned from article bodies only: the Wikinews guideline labels no caption)."""

from dataclasses import replace

from analysis.attribution import find_attributions, set_aside
from analysis.attribution.captions import named_caption


def test_the_seed_caption_is_kept_by_the_rule_with_no_probability(seed):
    t = seed.text
    (cap,) = [a for a in find_attributions(seed) if a.in_caption]
    assert (t[cap.cue.start : cap.cue.end], t[cap.source.start : cap.source.end]) == ("discussed", "Park")
    assert (cap.keep.by, cap.keep.rule, cap.keep.confidence) == ("rule", "named_caption", None)
    assert not [a for a in set_aside(seed) if a.in_caption]


def test_only_a_named_source_with_content_in_a_caption_is_kept_by_the_rule(seed):
    (cap,) = [a for a in find_attributions(seed, keep=None) if a.in_caption]
    assert named_caption(cap)
    # the same words in the body, with no source, with no content, or credited to an unnamed source: the
    # keep model decides
    assert not named_caption(replace(cap, in_caption=False))
    assert not named_caption(replace(cap, source=None))
    assert not named_caption(replace(cap, content=()))
    assert not named_caption(replace(cap, source_type="anonymous_person"))
    assert not named_caption(replace(cap, source_type="none"))
