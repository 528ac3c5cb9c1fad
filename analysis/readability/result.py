"""``analyze(article)``: the readability of an article's body, with every count behind it.

What is scored: the sentences of the article's ``paragraph`` parts. Headline, standfirst, subheadings,
captions, credits, bylines, footers and page furniture are left out (they are not running prose: a
headline has no full stop, a caption is a different register) and counted on request by
``excluded_counts``. A text with no paragraph part at all (a lone headline, a list of titles) is scored
whole, flagged ``no_paragraphs``.

Flags (``ReadabilityResult.flags``), in this order when present:

* ``no_paragraphs``: no paragraph found; the whole text was scored;
* ``no_words``: nothing to score; every score is ``None``;
* ``smog_under_30_sentences``: SMOG was normed on 30-sentence samples; fewer makes it unreliable;
* ``non_english``: fewer than 40% of the words written in lower case are familiar English words (see
  :func:`english_share`), or a short text has no a-z letter: the formulas are for English, so the scores
  say little (they are still computed);
* ``no_sentence_end``: the text has words but no sentence-final punctuation, so it is one "sentence".
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import HEADING, PARAGRAPH, Article, Sentence
from .counts import Counts, SentenceFacts, analyse_sentences, total
from .formulas import SCORE_NAMES, Score, flesch_kincaid_grade, score_all

SENTENCE_ENDS = frozenset(".!?…\"'”’)。！？")
#: Below this share of familiar English words (see :func:`english_share`) a text is flagged non-English.
ENGLISH_MIN = 0.4


@dataclass(frozen=True, slots=True)
class Section:
    """The text under one subheading (``heading`` is None for the paragraphs before the first one)."""

    index: int
    heading: int | None  # part index of the heading
    title: str
    parts: tuple[int, ...]  # paragraph part indexes


@dataclass(slots=True)
class ReadabilityResult:
    """Readability of one article: counts, the seven scores, textstat's figures, and per-sentence detail."""

    article: str
    scope: str  # "paragraphs" or "whole text"
    counts: Counts
    scores: dict[str, Score]
    textstat: dict[str, float | None]
    flags: tuple[str, ...]
    sentences: list[SentenceFacts]
    sections: list[Section]
    english_share: float | None = None

    def value(self, name: str) -> float | None:
        return self.scores[name].value


def scored_sentences(article: Article) -> tuple[list[Sentence], str]:
    """The sentences that readability scores, and the scope's name."""
    paras = article.sentences_in({PARAGRAPH})
    if paras:
        return paras, "paragraphs"
    return [s for s in article.sentences], "whole text"


def scored_text(article: Article, sentences: list[Sentence] | None = None) -> str:
    """The text given to textstat: the scored parts' text, one blank line between parts."""
    sentences = scored_sentences(article)[0] if sentences is None else sentences
    seen: list[int] = []
    for s in sentences:
        if not seen or seen[-1] != s.part:
            seen.append(s.part)
    return "\n\n".join(article.span_text(article.parts[i]) for i in seen)


def sections_of(article: Article) -> list[Section]:
    """Sections: the paragraphs before the first subheading, then the paragraphs under each subheading."""
    out: list[Section] = []
    heading: int | None = None
    title = "(before the first subheading)"
    parts: list[int] = []

    def close() -> None:
        if parts:
            out.append(Section(len(out), heading, title, tuple(parts)))

    for i, p in enumerate(article.parts):
        if p.kind == HEADING:
            close()
            heading, title, parts = i, article.span_text(p), []
        elif p.kind == PARAGRAPH:
            parts.append(i)
    close()
    return out


def english_share(sentences: list[SentenceFacts]) -> float | None:
    """Share of words that are familiar English words (Dale-Chall list, with inflections).

    Counted over the words written in lower case, so that names do not count (over all words with letters
    when fewer than 3 are in lower case); None for fewer than 3 words with letters. On English news this
    share is 0.57-0.89 (BBC, US/UK/CA/AU pages); on German, French, Spanish, Turkish, Czech ... pages
    0.0-0.28: the flag's threshold is 0.4.
    """
    lower = lower_known = lettered = lettered_known = 0
    for s in sentences:
        a, b, c, d = s.english
        lower += a
        lower_known += b
        lettered += c
        lettered_known += d
    if lower >= 3:
        return lower_known / lower
    if lettered >= 3:
        return lettered_known / lettered
    return None


def analyze(article: Article, with_textstat: bool = False) -> ReadabilityResult:
    """Readability of ``article``'s body (see the module docstring for what is scored and the flags).

    textstat's figures are computed only when ``with_textstat`` is true, where they are shown (the reports,
    the readability notebook, ``predict readability``): they cost more than our own scores, and a corpus
    run does not need them. Otherwise ``textstat`` holds None for every score.
    """
    sentences, scope = scored_sentences(article)
    facts = analyse_sentences(article, sentences)
    counts = total(facts)
    scores = score_all(counts)
    share = english_share(facts)
    flags: list[str] = []
    if scope != "paragraphs":
        flags.append("no_paragraphs")
    if counts.words == 0:
        flags.append("no_words")
    if counts.words and counts.sentences < 30:
        flags.append("smog_under_30_sentences")
    if (
        counts.words
        and _has_letters(facts)
        and (share < ENGLISH_MIN if share is not None else not _has_ascii(facts))
    ):
        flags.append("non_english")
    if counts.words and not any(article.text[s.end - 1] in SENTENCE_ENDS for s in sentences):
        flags.append("no_sentence_end")
    ts_text = scored_text(article, sentences) if with_textstat else ""
    if ts_text.strip():
        from .textstat_offline import textstat_scores

        ts = textstat_scores(ts_text)
    else:
        ts = {name: None for name in SCORE_NAMES}
    return ReadabilityResult(
        article=article.id,
        scope=scope,
        counts=counts,
        scores=scores,
        textstat=ts,
        flags=tuple(flags),
        sentences=facts,
        sections=sections_of(article),
        english_share=share,
    )


def excluded_counts(article: Article) -> dict[str, Counts]:
    """Counts of what the score leaves out, by part kind (headline, heading, caption, footer ...).

    Computed apart from :func:`analyze`, on request: a corpus run that wants the scores does not pay for it.
    Empty when the article has no paragraphs (then the whole text is scored).
    """
    if scored_sentences(article)[1] != "paragraphs":
        return {}
    excluded: dict[str, Counts] = {}
    rest = [s for s in article.sentences if article.parts[s.part].kind != PARAGRAPH]
    for s, f in zip(rest, analyse_sentences(article, rest), strict=True):
        kind = article.parts[s.part].kind
        excluded[kind] = excluded.get(kind, Counts()) + f.counts
    return dict(sorted(excluded.items()))


def _word_texts(facts: list[SentenceFacts]):
    for s in facts:
        for t in s.tokens:
            yield s.text[t.start : t.end]


def _has_ascii(facts: list[SentenceFacts]) -> bool:
    return any("a" <= ch.lower() <= "z" for w in _word_texts(facts) for ch in w)


def _has_letters(facts: list[SentenceFacts]) -> bool:
    return any(ch.isalpha() for w in _word_texts(facts) for ch in w)


def sentence_difficulty(facts: SentenceFacts) -> float | None:
    """A sentence's difficulty: the Flesch-Kincaid grade of that sentence alone (None without words)."""
    return flesch_kincaid_grade(facts.counts)
