"""Hedge, booster, shield and weasel cues, each with its exact span, found by patterns plus context rules.

Why patterns and rules rather than a bare word list: a word list scores F1 0.38-0.56 on labelled
uncertainty data because the cue words are ambiguous. "May" is also a month and a surname, "could not" is
inability rather than doubt, "about" is usually a preposition, "would" is often the future of reported
speech ("said it would send"). Each entry of ``data/hedging/cues.tsv`` is a short token pattern with a
category, a kind and a named context rule; this module matches them token by token (no regular expression
runs over the text, so there is no backtracking to blow up on a 100,000-character sentence).

Matching, per sentence: at each token, every pattern that starts there is tried; the longest one whose
context rule holds wins, and the tokens it covers are not matched again ("is said to" is one shield, not
also a "said"). Blockers (kind ``none``: "could not", "might as well", "about to") win like any pattern
and produce no cue, so their words cannot be read as cues.

Categories (:data:`CATEGORIES`) and the kind each belongs to (:data:`KINDS`):

- ``modal`` (hedge): epistemic may, might, could, tentative would; "may well".
- ``epistemic_verb`` (hedge): suggest, appear, seem, believe, estimate, expect, "is considered", ...
- ``adverb`` / ``adjective`` (hedge): possibly, probably, perhaps, apparently; likely, possible, unclear.
- ``approximator`` (hedge): about, around, roughly, nearly, almost, some ... only before a number or amount.
- ``conditional`` (hedge): if, unless, whether.
- ``shield`` (shield): reportedly, allegedly, "is said to", "it is understood".
- ``weasel`` (weasel): vague, plural or anonymous sources: "some say", "critics argue", "experts believe",
  "it is widely thought", "unnamed officials".
- ``booster`` (booster): clearly, certainly, undoubtedly, in fact, epistemic "must be", "there is no doubt".

Decisions worth knowing (they are also in the README notes and tested on the seed):

- "will" is never a cue on its own. In news it is overwhelmingly the plain future of a reported plan or a
  prediction stated as fact, and the Szeged annotators marked only about one "will" in eight as uncertain
  (30 of 244 in the Wikipedia training sentences). So "how the country will stand behind Ukraine" has no
  cue: the reporter relays what was discussed, and neither hedges nor boosts it. A hedge around a "will"
  ("will probably", "will likely") is caught by the adverb.
- "is set to" is not a cue either: it reports a scheduled plan as a fact ("The Biden administration is set
  to send 31 of these vehicles"); nothing in it signals doubt or emphasis, and counting it would inflate
  hedging in every article about upcoming events.
- "would" counts as a tentative modal ("concerns that they would be too challenging to manage") except as
  the future of reported speech: within five tokens after a reporting verb ("said it would").
- "could not", "would not" are not hedges (inability, refusal); "may not", "might not" are.
- A booster after a negator ("not clearly") is dropped; "not sure", "not certain", "not clear" are hedges.
- A modal that opens a question ("Could you ...?") is a request, not a hedge.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from .. import lexicons
from ..intervals import SpanIndex
from ..model import Article, Span
from ..tokens import APOSTROPHE_FOLD, match_form

CATEGORIES: tuple[str, ...] = (
    "modal",
    "epistemic_verb",
    "adverb",
    "adjective",
    "approximator",
    "conditional",
    "shield",
    "weasel",
    "booster",
)
KINDS: tuple[str, ...] = ("hedge", "booster", "shield", "weasel")
VOICES: tuple[str, ...] = ("reporter", "source")

#: Prepositions and determiners that make a capitalised "May" the month ("in May", "last May").
_MONTH_BEFORE = frozenset(
    "in on of since until till by last next early late mid during from through before after this that "
    "to between and or around".split()
)


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue: ``[start, end)`` in the article text, its category and kind, the sentence it is in.

    ``voice`` is "source" when the cue lies inside an attributed source's words, "reporter" when it does
    not, and "" when no attribution spans were given. ``pattern`` is the lexicon entry that matched and
    ``rule`` the context rule that accepted it ("-": none needed), so a reader can look up why the words
    were counted.
    """

    start: int
    end: int
    category: str
    kind: str
    sentence: int
    voice: str = ""
    pattern: str = ""
    rule: str = "-"


@dataclass(frozen=True, slots=True)
class _Pattern:
    text: str
    elements: tuple[tuple[tuple[tuple[str, ...], ...], bool], ...]  # (alternatives, optional) per element
    category: str
    kind: str
    rule: str
    order: int
    single: bool  # one literal word: matches without a search
    second: frozenset[str] | None  # words that must follow the first word (a fast pre-check), if known


@dataclass(frozen=True, slots=True)
class _Lexicon:
    index: dict[str, tuple[_Pattern, ...]]
    classes: dict[str, frozenset[str]]  # single-token members of every class, for rules


@cache
def _classes() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in lexicons.load("hedging/classes.tsv").rows():
        if len(row) != 2:
            raise ValueError(f"hedging/classes.tsv: expected 'class<TAB>word', got {row!r}")
        out.setdefault(row[0].strip(), []).append(tuple(_norm(row[1]).split()))
    return {k: tuple(v) for k, v in out.items()}


def _norm(word: str) -> str:
    return match_form(word)


@cache
def lexicon() -> _Lexicon:
    """The compiled cue patterns, indexed by the words a pattern can start with."""
    classes = _classes()
    index: dict[str, list[_Pattern]] = {}
    for order, row in enumerate(lexicons.load("hedging/cues.tsv").rows()):
        if len(row) != 4:
            raise ValueError(f"hedging/cues.tsv: expected 4 tab-separated columns, got {row!r}")
        text, category, kind, rule = (c.strip() for c in row)
        if kind != "none" and (category not in CATEGORIES or kind not in KINDS):
            raise ValueError(f"hedging/cues.tsv: unknown category or kind in {row!r}")
        if rule not in _RULES:
            raise ValueError(f"hedging/cues.tsv: unknown rule {rule!r} in {row!r}")
        elements = []
        for piece in text.split():
            optional = piece.endswith("?") and piece.startswith("{")
            name = piece.rstrip("?")
            if name.startswith("{"):
                alts = classes[name.strip("{}")]
            else:
                alts = ((_norm(name),),)
            elements.append((alts, optional))
        if elements[0][1]:
            raise ValueError(f"hedging/cues.tsv: a pattern cannot start with an optional slot: {text!r}")
        single = len(elements) == 1 and len(elements[0][0]) == 1 and len(elements[0][0][0]) == 1
        second = None
        if len(elements) > 1 and not elements[1][1] and all(len(a) == 1 for a in elements[0][0]):
            second = frozenset(a[0] for a in elements[1][0])
        pat = _Pattern(text, tuple(elements), category, kind, rule, order, single, second)
        for first in {alt[0] for alt in elements[0][0]}:
            index.setdefault(first, []).append(pat)
    flat = {k: frozenset(a[0] for a in v if len(a) == 1) for k, v in classes.items()}
    return _Lexicon({k: tuple(v) for k, v in index.items()}, flat)


def _match(elements, k: int, words: Sequence[str], i: int, n: int) -> int:
    """End token index of the longest match of ``elements[k:]`` at ``words[i]``, or -1.

    Patterns have at most a handful of elements, so this bounded search is linear in the sentence.
    """
    if k == len(elements):
        return i
    alts, optional = elements[k]
    best = _match(elements, k + 1, words, i, n) if optional else -1
    for alt in alts:
        m = len(alt)
        if i + m <= n and words[i] == alt[0] and (m == 1 or tuple(words[i : i + m]) == alt):
            end = _match(elements, k + 1, words, i + m, n)
            if end > best:
                best = end
    return best


# ---- context rules: (ctx, i, end, pattern) -> keep?


@dataclass(slots=True)
class _Ctx:
    words: list[str]  # normalised (lower-case) token texts of the sentence, punctuation included
    raw: list[str]  # the token texts as written
    question: bool  # the sentence ends with "?"
    classes: dict[str, frozenset[str]]
    _caps: bool | None = None

    def all_caps(self) -> bool:
        if self._caps is None:
            letters = "".join(w for w in self.raw if w.isalpha())
            self._caps = bool(letters) and letters.isupper()
        return self._caps


def _rule_none(ctx: _Ctx, i: int, end: int) -> bool:
    return True


def _rule_modal(ctx: _Ctx, i: int, end: int) -> bool:
    # "Could you send ...?", "May I ask ...?" are requests, not hedges.
    return not (i == 0 and ctx.question)


def _rule_may(ctx: _Ctx, i: int, end: int) -> bool:
    raw = ctx.raw[i]
    if raw[:1] == "M":
        nxt = ctx.words[i + 1] if i + 1 < len(ctx.words) else ""
        if nxt[:1].isdigit() or nxt == ",":
            return False  # "May 5", "May 2023", "May, June"
        if i > 0 and ctx.words[i - 1] in _MONTH_BEFORE:
            return False  # "in May", "last May"
        if i > 0 and not ctx.all_caps():
            return False  # a capital M inside a sentence: the month or a name ("Theresa May")
        if i == 0 and not ctx.question:
            return False  # "May the injured recover soon.": a wish, not a possibility
    return _rule_modal(ctx, i, end)


def _rule_would(ctx: _Ctx, i: int, end: int) -> bool:
    reported = ctx.classes["reported_future"]
    if any(w in reported for w in ctx.words[max(0, i - 5) : i]):
        return False  # "said it would send": the future of reported speech
    return _rule_modal(ctx, i, end)


def _rule_quantity(ctx: _Ctx, i: int, end: int) -> bool:
    if end >= len(ctx.words):
        return False
    nxt = ctx.words[end]
    if nxt[:1].isdigit():
        return True
    numbers = ctx.classes["number_word"]
    if nxt in numbers:
        return True
    return end + 1 < len(ctx.words) and f"{nxt} {ctx.words[end + 1]}" in _two_word_numbers()


@cache
def _two_word_numbers() -> frozenset[str]:
    return frozenset(" ".join(a) for a in _classes()["number_word"] if len(a) == 2)


def _negated(ctx: _Ctx, i: int) -> bool:
    return i > 0 and ctx.words[i - 1] in ctx.classes["negator"]


def _rule_predicative(ctx: _Ctx, i: int, end: int) -> bool:
    if i == 0 or _negated(ctx, i):
        return False
    return ctx.words[i - 1] in ctx.classes["be"]


def _rule_pp(ctx: _Ctx, i: int, end: int) -> bool:
    if i == 0:
        return False
    prev = ctx.words[i - 1]
    return prev in ctx.classes["be"] or prev in ctx.classes["weasel_adv"]


def _rule_not_negated(ctx: _Ctx, i: int, end: int) -> bool:
    return not _negated(ctx, i)


def _rule_must(ctx: _Ctx, i: int, end: int) -> bool:
    # Epistemic "must" ("must be", "must have been"), not the deontic "must act".
    return end < len(ctx.words) and ctx.words[end] in ("be", "have", "'ve", "surely")


def _rule_could(ctx: _Ctx, i: int, end: int) -> bool:
    """Epistemic "could" (possibility), not root or ability "could".

    Rejected (rule ``could``): "so that they could vote", "could still see the smoke", "could only
    watch" (the next word is in the ``could_root_next`` class, or "so" comes just before), "could be
    used as eyes", "windows that could be opened" (a passive: what a thing can undergo), "one could
    argue". Kept: "a cigarette could have started the blaze", "South Korea could do it too".
    """
    nxt = ctx.words[end] if end < len(ctx.words) else ""
    if nxt in ctx.classes["could_root_next"]:
        return False
    if nxt == "be" and end + 1 < len(ctx.words) and _participle(ctx.words[end + 1]):
        return False  # "screens that could be used as eyes", "windows that could be opened": capability
    if i > 0 and ctx.words[i - 1] == "one":
        return False  # "one could argue": a generic "anyone can", not doubt
    if any(w == "so" for w in ctx.words[max(0, i - 3) : i]):
        return False
    return _rule_modal(ctx, i, end)


_IF_REACH = 30  # tokens after "if" searched for an instruction word: its clause and the next one


def _participle(word: str) -> bool:
    """A past participle by its spelling ("opened", "built", "used"): regular -ed/-en or a listed
    irregular form (class ``participle``)."""
    return (len(word) > 4 and word.endswith(("ed", "en"))) or word in lexicon().classes["participle"]


def _rule_if(ctx: _Ctx, i: int, end: int) -> bool:
    """An "if" that leaves a claim open, not one that states an instruction.

    Rejected (rule ``if``): "said if the public sees anybody driving erratically, they should call 911"
    (an instruction word of the ``instruction`` class follows within 30 tokens). Kept: "if the
    rain continues, the river may flood".
    """
    instruction = ctx.classes["instruction"]
    return not any(w in instruction for w in ctx.words[end : end + _IF_REACH])


def _rule_whether(ctx: _Ctx, i: int, end: int) -> bool:
    """A "whether" that opens a question left open, not one after "judging" or "regardless of".

    Rejected (rule ``whether``): "the panel is judging whether the claims hold", "regardless of whether
    it rains" (one of the two words before is in the ``closed_whether`` class). Kept: "it is not known
    whether anyone was hurt".
    """
    closed = ctx.classes["closed_whether"]
    return not any(w in closed for w in ctx.words[max(0, i - 2) : i])


def _rule_suspect(ctx: _Ctx, i: int, end: int) -> bool:
    """The verb "suspect" (a belief), not the noun ("the suspect was arrested").

    Kept (the verb): after a subject word of the ``suspect_subject`` class ("police suspect", "we
    suspect") or before a clause opener of the ``clause_opener`` class ("suspect that", "suspect foul
    play"). Everything else is the noun (rule ``suspect``).
    """
    prev = ctx.words[i - 1] if i > 0 else ""
    nxt = ctx.words[end] if end < len(ctx.words) else ""
    return prev in ctx.classes["suspect_subject"] or nxt in ctx.classes["clause_opener"]


def _rule_most_likely(ctx: _Ctx, i: int, end: int) -> bool:
    """ "most likely" as a guess, not as a survey figure ("voters over 65 were the group most likely to
    vote", "18% were most likely to ...").

    Rejected (rule ``most_likely``): followed by "to" in a sentence with a figure (a digit or a word of
    the ``survey`` class). Kept: "the fire was most likely caused by a cigarette".
    """
    if end < len(ctx.words) and ctx.words[end] == "to":
        survey = ctx.classes["survey"]
        if any(w[:1].isdigit() or w in survey for w in ctx.words):
            return False
    return True


def _rule_would_have(ctx: _Ctx, i: int, end: int) -> bool:
    """Counterfactual "would have" ("would have heard something"), not obligation: "would have to pass"
    is refused (rule ``would_have``). Never reported future: "said it would have" stays a hedge."""
    if end < len(ctx.words) and ctx.words[end] == "to":
        return False
    return _rule_modal(ctx, i, end)


def _rule_alleged(ctx: _Ctx, i: int, end: int) -> bool:
    """The adjective "alleged" ("its alleged operator", "over alleged plots") hedges a noun; the verb
    ("Grenell alleged Mahan had ...", "alleged that") reports a named speaker's claim and is refused (rule
    ``alleged``): the next word opens a clause or is capitalised."""
    if end >= len(ctx.words):
        return False
    nxt = ctx.words[end]
    return nxt.isalpha() and nxt not in ctx.classes["clause_opener"] and not ctx.raw[end][:1].isupper()


def _rule_estimate(ctx: _Ctx, i: int, end: int) -> bool:
    """A source's estimate ("Reuters estimated around 200 people attended", "researchers estimate it had"),
    not a passive, a noun or a measurement: refused (rule ``estimate``) after a form of "be", a
    determiner or "to" (word class ``estimate_not_after``: "was estimated using", "the estimates", "used to
    estimate"), or before "using", "by", "from" (class ``estimate_not_before``)."""
    prev = ctx.words[i - 1] if i > 0 else ""
    nxt = ctx.words[end] if end < len(ctx.words) else ""
    if prev in ctx.classes["be"] or prev in ctx.classes["estimate_not_after"]:
        return False
    return i > 0 and nxt not in ctx.classes["estimate_not_before"]


def _rule_know_open(ctx: _Ctx, i: int, end: int) -> bool:
    """ "don't know" before an open question ("I don't know what he's basing this on", "do not know
    whether"), not before an object ("scientists who don't know the cure"): rule ``know_open``."""
    return end < len(ctx.words) and ctx.words[end] in ctx.classes["open_question"]


def _rule_likely(ctx: _Ctx, i: int, end: int) -> bool:
    """A "likely" after "most" is judged as "most likely" is (a survey figure is refused)."""
    if i > 0 and ctx.words[i - 1] == "most":
        return _rule_most_likely(ctx, i - 1, end)
    return True


_RULES = {
    "-": _rule_none,
    "likely": _rule_likely,
    "estimate": _rule_estimate,
    "know_open": _rule_know_open,
    "alleged": _rule_alleged,
    "would_have": _rule_would_have,
    "could": _rule_could,
    "if": _rule_if,
    "whether": _rule_whether,
    "suspect": _rule_suspect,
    "most_likely": _rule_most_likely,
    "modal": _rule_modal,
    "may": _rule_may,
    "would": _rule_would,
    "quantity": _rule_quantity,
    "predicative": _rule_predicative,
    "pp": _rule_pp,
    "not_negated": _rule_not_negated,
    "must": _rule_must,
}


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern matched over tokens ``[i, end)`` of one sentence (indices into that sentence's tokens)."""

    i: int
    end: int
    pattern: str
    category: str
    kind: str
    rule: str = "-"


def _sentence_matches(
    words: list[str], raw: list[str], question: bool, rejected: list[Match] | None = None
) -> list[Match]:
    """The cue patterns matched in one sentence; with ``rejected``, also collect the candidates that a
    named context rule refused (the longest pattern at a token whose rule said no), so that a judgement
    can say why a cue word did not count."""
    lex = lexicon()
    index = lex.index
    ctx: _Ctx | None = None
    out: list[Match] = []
    n = len(words)
    i = 0
    while i < n:
        cands = index.get(words[i])
        if cands is None:
            i += 1
            continue
        if ctx is None:
            ctx = _Ctx(words, raw, question, lex.classes)
        found = []
        nxt = words[i + 1] if i + 1 < n else ""
        for pat in cands:
            if pat.single:
                found.append((-1, pat.order, i + 1, pat))
                continue
            if pat.second is not None and nxt not in pat.second:
                continue
            end = _match(pat.elements, 0, words, i, n)
            if end > i:
                found.append((i - end, pat.order, end, pat))
        found.sort(key=lambda f: (f[0], f[1]))
        chosen = None
        refused = None
        for _, _, end, pat in found:
            if pat.kind == "none" or _RULES[pat.rule](ctx, i, end):
                chosen = (end, pat)
                break
            if refused is None:
                refused = Match(i, end, pat.text, pat.category, pat.kind, pat.rule)
        if refused is not None and rejected is not None and (chosen is None or chosen[1].kind == "none"):
            rejected.append(refused)
        if chosen is None:
            i += 1
            continue
        end, pat = chosen
        if pat.kind != "none":
            out.append(Match(i, end, pat.text, pat.category, pat.kind, pat.rule))
        i = end
    return out


@dataclass(frozen=True, slots=True)
class SentenceScan:
    """One sentence cut into tokens, with the cue patterns matched in it."""

    sentence: int
    words: list[str]  # normalised token texts (lower case, ’ as '), punctuation included
    offsets: list[tuple[int, int]]
    matches: list[Match]
    rejected: list[Match]  # candidates a named context rule refused (``rule`` says which)


def sentence_tokens(article: Article) -> Iterator[tuple[int, list[str], list[str], list[tuple[int, int]]]]:
    """Per sentence: its index, normalised token texts, raw token texts and token offsets.

    One pass over the article's tokens (both lists are sorted), shared by the cue finder and the
    sentence classifier so that the text is cut into words once.
    """
    text = article.text
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased ("İ"); keep offsets right
        low = "".join(c.lower()[:1] or c for c in text)
    low = low.translate(APOSTROPHE_FOLD)
    tokens = article.tokens
    starts, ends = article._starts(), article._ends()
    j = 0
    for si, s in enumerate(article.sentences):
        # the first token starting at or after the sentence, up to the first ending past it (both sorted)
        j = bisect_left(starts, s.start, j)
        k = bisect_right(ends, s.end, j)
        offs = [(t.start, t.end) for t in tokens[j:k]]
        words = [low[a:b] for a, b in offs]
        raw = [text[a:b] for a, b in offs]
        if not _PTB_TRIGGERS.isdisjoint(words):
            words, raw, offs = plain_tokens(words, raw, offs)
        yield si, words, raw, offs
        j = k


# Penn Treebank tokenisation (as in the CoNLL-2010 data and much NLP output) escapes brackets as "-LRB-",
# writes quotes as `` and '', and splits clitics off with a space ("do n't", "Pepper 's"). The tokenizer cuts
# these into pieces ("-", "lrb", "-"; "'", "s") that plain text never produces, so the same sentence would
# give different words, features and cues in the two spellings. plain_tokens() puts the pieces back together.
_PTB_BRACKETS = {"lrb": "(", "rrb": ")", "lsb": "[", "rsb": "]", "lcb": "{", "rcb": "}"}
_CLITICS = frozenset({"s", "re", "ve", "m", "d", "ll"})
_PTB_TRIGGERS = frozenset({*_PTB_BRACKETS, "`", "n't", "'"})


def plain_tokens(
    words: list[str], raw: list[str], offs: list[tuple[int, int]]
) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    """Tokens of a Penn-Treebank-tokenised sentence as the same sentence in plain text would give them.

    "-LRB-" reads as "(", `` and '' as a double quote, a lone ` as an apostrophe, and a clitic split off
    by a space ("do n't", "Pepper 's", "they 're") is joined to its word ("don't", "pepper's"). A merged
    token spans the pieces it was made of. Plain text passes through unchanged (its apostrophes stay
    attached, so these patterns do not arise).
    """
    w2: list[str] = []
    r2: list[str] = []
    o2: list[tuple[int, int]] = []
    n = len(words)
    i = 0
    while i < n:
        w, (a, b) = words[i], offs[i]
        if (
            w == "-"
            and i + 2 < n
            and words[i + 1] in _PTB_BRACKETS
            and words[i + 2] == "-"
            and offs[i + 1][0] == b
            and offs[i + 2][0] == offs[i + 1][1]
            and raw[i + 1].isupper()
        ):
            ch = _PTB_BRACKETS[words[i + 1]]
            w2.append(ch)
            r2.append(ch)
            o2.append((a, offs[i + 2][1]))
            i += 3
            continue
        if w in ("`", "'") and i + 1 < n and words[i + 1] == w and offs[i + 1][0] == b:
            w2.append('"')
            r2.append('"')
            o2.append((a, offs[i + 1][1]))
            i += 2
            continue
        joins = w2 and w2[-1][-1:].isalnum() and o2[-1][1] < a
        if joins and w == "n't":
            w2[-1] += w
            r2[-1] += raw[i]
            o2[-1] = (o2[-1][0], b)
            i += 1
            continue
        if joins and w == "'" and i + 1 < n and words[i + 1] in _CLITICS and offs[i + 1][0] == b:
            w2[-1] += w + words[i + 1]
            r2[-1] += raw[i] + raw[i + 1]
            o2[-1] = (o2[-1][0], offs[i + 1][1])
            i += 2
            continue
        w2.append("'" if w == "`" else w)
        r2.append(raw[i])
        o2.append((a, b))
        i += 1
    return w2, r2, o2


def scan(article: Article) -> list[SentenceScan]:
    """Every sentence of the article with its tokens and matched cue patterns, in text order.

    Computed once per article and shared (``Article.derived``): the cue finder and the sentence judge of
    one pipeline run both read it. The scans are read-only.
    """
    got = article.derived.get("hedging.scan")
    if got is None:
        got = article.derived["hedging.scan"] = list(_scan(article))
    return got  # type: ignore[return-value]


def _scan(article: Article) -> Iterator[SentenceScan]:
    text = article.text
    sentences = article.sentences
    for si, words, raw, offs in sentence_tokens(article):
        if not words:
            yield SentenceScan(si, words, offs, [], [])
            continue
        s = sentences[si]
        question = text[s.start : s.end].rstrip("\"'”’)» ").endswith("?")
        rejected: list[Match] = []
        yield SentenceScan(si, words, offs, _sentence_matches(words, raw, question, rejected), rejected)


def cues_of(sc: SentenceScan) -> list[Cue]:
    """The :class:`Cue` records of one scanned sentence."""
    o = sc.offsets
    return [
        Cue(o[m.i][0], o[m.end - 1][1], m.category, m.kind, sc.sentence, "", m.pattern, m.rule)
        for m in sc.matches
    ]


def find_cues(article: Article, content_spans: Sequence[Span] | None = None) -> list[Cue]:
    """Every hedge, booster, shield and weasel cue of the article, sorted by start.

    With ``content_spans`` (the content of attributions: a source's words), each cue's ``voice`` says
    whether it lies inside a source's words ("source") or in the reporter's own ("reporter").
    """
    cues: list[Cue] = []
    for sc in scan(article):
        if sc.matches:
            cues.extend(cues_of(sc))
    cues.sort(key=lambda c: (c.start, c.end))
    if content_spans is not None:
        cues = voice_split(article, content_spans, cues)
    return cues


def voice_split(article: Article, content_spans: Sequence[Span], cues: list[Cue] | None = None) -> list[Cue]:
    """Label each cue "source" (it overlaps an attributed content span) or "reporter" (it does not).

    Overlap rather than containment: a cue cut by a span's edge ("could | modify") is still partly in the
    source's words, and attribution spans are rarely exact to the character.
    """
    if cues is None:
        cues = find_cues(article)
    spans = SpanIndex((s.start, s.end, None) for s in content_spans)  # a binary search per cue, not a scan
    out = []
    for c in cues:
        inside = spans.overlaps(c.start, c.end)
        out.append(replace(c, voice="source" if inside else "reporter"))
    return out
