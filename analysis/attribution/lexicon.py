"""The attribution word lists, loaded once from ``analysis/data/attribution/`` into lookup tables.

Keeping the lists in data files lets a researcher read and change what counts as a reporting verb, a
role noun or a media outlet without touching the rules; this module only reshapes them for fast lookup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .. import lexicons
from .prefilter import anchored_starts, match_starts

AREA = "attribution"


@dataclass(frozen=True)
class CueForm:
    """A surface form of a reporting verb: its lemma, class, and the particle it needs ("call for")."""

    lemma: str
    cue_class: str
    particle: str = ""
    # where the content is: "clause", "np" (object only), "raising" ("seems to") or "adverb" ("reportedly")
    frame: str = "clause"


@dataclass(frozen=True)
class Tables:
    cue_forms: dict[str, tuple[CueForm, ...]]  # first word -> forms (several when particles differ)
    cue_re: re.Pattern[str]  # any cue word, for a fast first pass over a sentence
    cue_words: frozenset[str]  # the words of cue_re, for has_cue_word
    boundary: frozenset[str]
    aux: frozenset[str]
    adjunct: frozenset[str]
    time: frozenset[str]
    determiner: frozenset[str]
    passive_aux: frozenset[str]
    months: frozenset[str]
    head_stops: frozenset[str]
    contrast: frozenset[str]
    interjection: frozenset[str]
    post_cue: frozenset[str]
    colon_stop: frozenset[str]
    asked_lead: frozenset[str]
    catenative: frozenset[str]
    question_words: frozenset[str]
    object_pronouns: frozenset[str]
    subject_pronouns: frozenset[str]
    possessives: frozenset[str]
    noun_cues: dict[str, dict[str, str]]  # noun -> {word opening the content: class}
    addressee_verbs: frozenset[str]
    pronouns: dict[str, str]
    role_singular: dict[str, str]
    role_plural: dict[str, str]
    org_words: dict[str, str]
    attribution_nouns: frozenset[str]
    media: frozenset[str]
    honorifics: frozenset[str]
    role_gender: dict[str, str]  # role noun (singular or plural) -> "m" or "f" when the noun gives it
    quantifiers: frozenset[str]
    postmodifiers: frozenset[str]
    media_nouns: frozenset[str]
    body_nouns: frozenset[str]
    media_mass: frozenset[str]
    media_name_ends: frozenset[str]
    media_name_starts: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    anonymity: tuple[str, ...]
    generic_orgs: frozenset[str]
    portfolios: frozenset[str]  # "state", "homeland security": what follows "Secretary of"
    state_prefixes: frozenset[str]  # "national", "federal", "us": a public body after them is government
    public_bodies: frozenset[str]  # "center", "institute", "survey": government after a state prefix
    no_source: frozenset[str]  # "nobody", "no one": cite nobody
    unnamed_pronouns: frozenset[str]  # "everyone": an unnamed group
    anonymous_pronouns: frozenset[str]  # "someone": one unnamed person
    clause_openers: frozenset[str]  # "While she said C, ...": the content ends at the clause's comma
    pronoun_objects: frozenset[str]  # "said so", "denied it": a whole content ...
    object_adjuncts: frozenset[str]  # ... before an adjunct ("in December")
    verb_aux: frozenset[str]  # auxiliaries and modals that open a verb phrase ("would", "has")
    fronted_openers: frozenset[str]  # prepositions opening a fronted adjunct ("that despite X, Y")
    occasions: frozenset[str]  # nouns of the occasion or medium of a statement ("in an interview")
    occasion_verbs: frozenset[str]  # "while speaking at ...": the occasion of the statement
    passive_cues: dict[str, str]  # participle -> class ("X is expected to Y")
    as_passives: dict[str, str]  # participle -> class, a cue only before "as" ("X is seen as Y")
    # base form -> forms, for lemmas whose base form is left out of the lists as mostly a noun ("question",
    # "report"): after "to" or a modal it is a verb ("continued to question whether ...")
    infinitives: dict[str, tuple[CueForm, ...]]
    after_name_only: frozenset[str]  # "reports", "promises": a verb only after a name or a pronoun
    #: "states", "notes", "reads" (after_document_only): cues only right after a document or outlet noun,
    #: kept out of ``cue_forms`` so that they neither make a sentence worth reading ("the United States")
    #: nor count as cue words anywhere else
    document_cues: dict[str, tuple[CueForm, ...]]
    document_past: frozenset[str]  # "read": a document cue only before a token of document_opening
    document_opening: frozenset[str]  # a quotation mark, ":", ",", "that", "." after "read"
    document_aside: tuple[tuple[str, ...], ...]  # words between "read" and its opening ("read in part: ...")
    document_relative: frozenset[str]  # "which", "that" between a document and its cue
    document_modifier: frozenset[str]  # "on", "signed": opens a modifier between a document and its cue
    naming: frozenset[str]  # "a group called X", "known as": a participle that names, not a cue
    refusals: frozenset[str]  # "not", "declined": the cue after them is refused or negated speech


def _load(name: str) -> lexicons.Lexicon:
    return lexicons.load(f"{AREA}/{name}")


@cache
def tables() -> Tables:
    """All lists as lookup tables (cached: built once per process)."""
    forms: dict[str, list[CueForm]] = {}
    rows = [(r[0], r[1], "clause", r[2]) for r in _load("reporting_verbs.tsv").rows()]
    rows += [(r[0], r[1], r[2], r[3]) for r in _load("polnear_cues.tsv").rows()]
    rows += [(r[0], r[1], "adverb", r[2]) for r in _load("shield_adverbs.tsv").rows()]
    for lemma, cls, frame, surface in rows:
        particle = lemma.split(" ", 1)[1] if " " in lemma else ""
        for form in surface.split():
            if form == particle:
                continue
            forms.setdefault(form, []).append(CueForm(lemma, cls, particle, frame))
    infinitives: dict[str, list[CueForm]] = {}
    base_forms = {row[0] for row in _load("infinitive_cues.tsv").rows()}
    for lemma, cls, frame, _surface in rows:
        if lemma in base_forms and lemma not in forms:
            infinitives.setdefault(lemma, []).append(CueForm(lemma, cls, "", frame))
    # lower-case forms, and capitalised ones for sentence starts and title-case headlines ("Trump Says");
    # a case-sensitive pattern is several times faster than an ignore-case one
    passive_cues = {row[0]: row[1] for row in _load("passive_cues.tsv").rows()}
    for row in _load("hearsay_passives.tsv").rows():
        passive_cues.setdefault(row[0], row[1])  # "it is understood (that) C": the hearsay passive
    roles: dict[str, set[str]] = {}
    for row in _load("function_words.tsv").rows():
        roles.setdefault(row[1], set()).add(row[0])
    document_cues = {
        w: tuple(forms.pop(w)) for w in sorted(roles.get("after_document_only", ())) if w in forms
    }
    noun_cues: dict[str, dict[str, str]] = {}
    for row in _load("noun_cues.tsv").rows():
        noun_cues.setdefault(row[0], {})[row[1]] = row[2]
    cue_words = sorted(
        {v for f in [*forms, *noun_cues, *passive_cues, *infinitives] for v in (f, f[:1].upper() + f[1:])},
        key=len,
        reverse=True,
    )
    cue_re = re.compile(r"\b(?:[Aa]ccording to|" + "|".join(map(re.escape, cue_words)) + r")\b")
    role_s: dict[str, str] = {}
    role_p: dict[str, str] = {}
    gender: dict[str, str] = {}
    for row in _load("role_nouns.tsv").rows():
        role_s[row[0]] = row[2]
        role_p[row[1]] = row[2]
        if len(row) > 3 and row[3]:
            gender[row[0]] = gender[row[1]] = row[3]
    words: dict[str, set[str]] = {}
    for row in _load("source_words.tsv").rows():
        words.setdefault(row[1], set()).add(row[0])
    bounds: dict[str, set[str]] = {}
    for row in _load("content_bounds.tsv").rows():
        bounds.setdefault(row[1], set()).add(row[0])
    return Tables(
        cue_forms={k: tuple(sorted(v, key=lambda f: -len(f.particle))) for k, v in forms.items()},
        cue_re=cue_re,
        cue_words=frozenset(cue_words),
        boundary=frozenset(roles.get("boundary", ())),
        aux=frozenset(roles.get("aux", ())),
        adjunct=frozenset(roles.get("adjunct", ())),
        time=frozenset(roles.get("time", ())),
        determiner=frozenset(roles.get("determiner", ())),
        passive_aux=frozenset(roles.get("passive", ())),
        months=frozenset(roles.get("month", ())),
        head_stops=frozenset(roles.get("preposition", ())),
        contrast=frozenset(roles.get("contrast", ())),
        interjection=frozenset(roles.get("interjection", ())),
        post_cue=frozenset(roles.get("post_cue", ())),
        colon_stop=frozenset(roles.get("colon_stop", ())),
        asked_lead=frozenset(roles.get("asked_lead", ())),
        catenative=frozenset(roles.get("catenative", ())),
        question_words=frozenset(roles.get("question", ())),
        object_pronouns=frozenset(roles.get("object", ())),
        subject_pronouns=frozenset(roles.get("subject_pronoun", ())),
        possessives=frozenset(roles.get("possessive", ())),
        noun_cues=noun_cues,
        addressee_verbs=frozenset(roles.get("addressee_verb", ())),
        pronouns={row[0]: row[1] for row in _load("pronouns.tsv").rows()},
        role_singular=role_s,
        role_plural=role_p,
        org_words={row[0]: row[1] for row in _load("organisation_words.tsv").rows()},
        attribution_nouns=_load("attribution_nouns.txt").lowered(),
        media=frozenset(_load("media_outlets.txt").entries),
        honorifics=_load("honorifics.txt").lowered(),
        role_gender=gender,
        quantifiers=frozenset(words.get("quantifier", ())),
        postmodifiers=frozenset(words.get("postmodifier", ())),
        media_nouns=frozenset(words.get("media_noun", ())),
        body_nouns=frozenset(words.get("body_noun", ())),
        media_mass=frozenset(words.get("media_mass", ())),
        media_name_ends=frozenset(words.get("media_name_end", ())),
        media_name_starts=frozenset(words.get("media_name_start", ())),
        male=frozenset(words.get("male", ())),
        female=frozenset(words.get("female", ())),
        anonymity=tuple(sorted(words.get("anonymity", ()), key=len, reverse=True)),
        generic_orgs=frozenset(words.get("generic_org", ())),
        portfolios=frozenset(words.get("portfolio", ())),
        state_prefixes=frozenset(words.get("state_prefix", ())),
        public_bodies=frozenset(words.get("public_body", ())),
        no_source=frozenset(words.get("no_source", ())),
        unnamed_pronouns=frozenset(words.get("unnamed_pronoun", ())),
        anonymous_pronouns=frozenset(words.get("anonymous_pronoun", ())),
        clause_openers=frozenset(bounds.get("opener", ())),
        pronoun_objects=frozenset(bounds.get("pronoun_object", ())),
        object_adjuncts=frozenset(bounds.get("object_adjunct", ())),
        verb_aux=frozenset(bounds.get("verb_aux", ())),
        occasions=frozenset(bounds.get("occasion", ())),
        occasion_verbs=frozenset(bounds.get("occasion_verb", ())),
        fronted_openers=frozenset(bounds.get("fronted", ())),
        passive_cues=passive_cues,
        as_passives={row[0]: row[1] for row in _load("as_passives.tsv").rows()},
        refusals=frozenset(row[0] for row in _load("refusals.tsv").rows()),
        infinitives={k: tuple(v) for k, v in infinitives.items()},
        after_name_only=frozenset(roles.get("after_name_only", ())),
        document_cues=document_cues,
        document_past=frozenset(roles.get("document_past", ())),
        document_opening=frozenset(roles.get("document_opening", ())),
        document_aside=tuple(tuple(w.split()) for w in sorted(roles.get("document_aside", ()))),
        document_relative=frozenset(roles.get("document_relative", ())),
        document_modifier=frozenset(roles.get("document_modifier", ())),
        naming=frozenset(roles.get("naming", ())),
    )


@cache
def hearsay_participles() -> frozenset[str]:
    """The participles of ``hearsay_passives.tsv`` ("believed", "thought", "understood"): the agentless
    belief passive ("X is thought to be hiding", "it is understood that C") that the Wikinews guideline
    labels as an attribution with no source, whatever PolNeAR's tagger makes of it."""
    return frozenset(row[0] for row in _load("hearsay_passives.tsv").rows())


@cache
def refusal_verbs() -> frozenset[str]:
    """The words of ``refusals.tsv`` that are verbs of declining ("refused", "declines")."""
    return frozenset(row[0] for row in _load("refusals.tsv").rows() if row[1:2] == ["refusal"])


@cache
def negators() -> frozenset[str]:
    """The words of ``refusals.tsv`` that negate the verb after them ("not", "never", "no", "nor")."""
    return frozenset(row[0] for row in _load("refusals.tsv").rows() if row[1:2] == ["negator"])


def cue_class_of(lemma: str) -> str:
    """The class of a reporting verb lemma ("urge" -> "directive"); "" when the lemma is not listed."""
    for forms in tables().cue_forms.values():
        for f in forms:
            if f.lemma == lemma:
                return f.cue_class
    return ""


_WORD_RE = re.compile(r"\w+")
_ACCORDING_RE = re.compile(r"\b[Aa]ccording to\b")


def has_cue_word(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a cue word? The same answer as ``tables().cue_re.search``, faster.

    The pattern's alternatives are whole words between word boundaries, so a match is exactly a maximal
    run of word characters that is a cue word; looking each run up in a set is about ten times faster
    than the regex's 1,000-way alternation, and this test runs on every sentence of every article.
    """
    t = tables()
    words = _WORD_RE.findall(text, start, end)
    if not t.cue_words.isdisjoint(words):
        return True
    if not t.document_cues.keys().isdisjoint(words) and any(
        w in t.document_cues
        and (_document_before(words, k) or w in t.document_past and _document_near(words, k))
        and (w not in t.document_past or _opening_after(text, w, start, end))
        for k, w in enumerate(words)
        if k > 0
    ):
        return True  # "The Aviation Herald states ...", "the statement (also) reads ...", 'read "..."'
    if not t.document_cues.keys().isdisjoint(words) and any(
        w in t.document_cues
        and any(document_word(x) for x in words[k + 1 : k + 1 + _INVERTED_DOCUMENT_WORDS])
        for k, w in enumerate(words)
    ):
        return True  # '"C," reads an AEW press release': the inverted document cue (inverted_document)
    if " on to " in text[start:end] and _went_on_to_re().search(text, start, end) is not None:
        return True  # "He went on to add ...": any reporting verb (shapes.order.went_on_to)
    return "ccording to" in text[start:end] and _ACCORDING_RE.search(text, start, end) is not None


@cache
def _went_on_to_re() -> re.Pattern[str]:
    """A form of "go" (``go_form`` of ``rule_words.tsv``), "on to" and a word."""
    from .rule_words import WORDS

    forms = "|".join(sorted(WORDS.go_form, key=len, reverse=True))
    return re.compile(r"\b(?i:" + forms + r") on to \w+")


@cache
def _belief_passive_re() -> re.Pattern[str]:
    as_words = "|".join(map(re.escape, sorted(tables().as_passives)))
    hearsay = "|".join(map(re.escape, sorted(hearsay_participles())))
    return re.compile(rf"\b(?:{as_words}) as\b|\band(?: [\w'’]+){{1,3}} (?:{hearsay})\b")


def belief_passive_pattern() -> re.Pattern[str]:
    """The pattern :func:`has_belief_passive` searches (for :class:`prefilter.MatchStarts`)."""
    return _belief_passive_re()


#: The two anchors of :func:`belief_passive_pattern`'s alternatives: " as" after a participle, and "and".
_AS, _AND = re.compile(r" as\b"), re.compile("and")


@cache
def _as_lengths() -> tuple[int, ...] | None:
    """The lengths of the participles of ``as_passives.tsv``; None if one holds anything but letters."""
    words = tables().as_passives
    return tuple(sorted({len(w) for w in words})) if all(w.isalpha() for w in words) else None


def belief_passive_starts(text: str) -> list[int]:
    """Every position where :func:`belief_passive_pattern` matches in ``text`` (``prefilter.match_starts``),
    tried only where one of its alternatives may start: a participle of letters right before " as" (its
    length before it), or "and". Neither anchor can overlap itself (no space inside " as" after its first
    character, no "a" inside "and" after its first), so each ``finditer`` finds every one."""
    lengths = _as_lengths()
    if lengths is None:
        return match_starts(_belief_passive_re(), text)
    pattern = _belief_passive_re()
    found = anchored_starts(pattern, _AS, text, lengths) + anchored_starts(pattern, _AND, text)
    return sorted(set(found))


def has_belief_passive(text: str, start: int = 0, end: int | None = None) -> bool:
    """Could ``text[start:end]`` hold an agentless belief passive that only the news guideline labels
    (``shapes/belief_passive.py``): a participle of ``as_passives.tsv`` before "as" ("is seen as"), or a
    hearsay participle shortly after "and" ("..., and is thought to")? One regular-expression search, so
    that the shape reads only the articles and sentences where it may find something."""
    return _belief_passive_re().search(text, start, len(text) if end is None else end) is not None


def _opening_after(text: str, word: str, start: int, end: int) -> bool:
    """Does ``word`` occur in ``text[start:end]`` before a token of ``document_opening`` (a quotation mark,
    a colon, "that"), or before a comma and a quotation mark ('read, in part, "...')? The sentence test of
    :func:`has_cue_word` for ``document_past`` ("read")."""
    openings = tables().document_opening
    for m in _opening_re(word).finditer(text[start:end]):
        if m.group(2).lower() in openings and (not m.group(1) or m.group(2) in _QUOTE_OPENINGS):
            return True
    return False


#: The openings a comma may stand before ('read, "..."'): quotation marks only ("read, that" is no cue).
_QUOTE_OPENINGS = frozenset({'"', "“", "‘", "'"})


@cache
def _opening_re(word: str) -> re.Pattern[str]:
    """``word``, an optional comma (group 1), an optional aside of ``document_aside`` ("in part") and a comma
    after it, then the next token (group 2)."""
    gap = r"\s+"
    asides = "".join(rf"(?:{gap.join(map(re.escape, a))}\s*,?\s*)?" for a in tables().document_aside)
    return re.compile(rf"\b{re.escape(word)}\b\s*(,?)\s*{asides}(\w+|\S)")


def _document_before(words: Sequence[str], k: int) -> bool:
    """Is the word before cue ``k`` (adverbs and a relative pronoun of ``document_relative`` aside: "the
    statement also reads", "a statement which read") a document or an outlet (:func:`document_word`)? A
    participle aside set off by commas and an "of" phrase after the document are read past too (rule
    ``document_of_aside``): "The opinion of the Court, released on Wednesday, read in part, "C"".
    """
    j = k - 1 - _adverbs_before(words, k)
    if j > 0 and words[j].lower() in tables().document_relative:
        j -= 1
    if j >= 0 and (document_word(words[j]) or document_modified(words, j)):
        return True
    if j == 0 and words[j] in ("It", "it") and words[k].lower() in tables().document_past:
        # rule document_it: 'The federation released a statement. It read, "C"': an "it" that "read" an
        # opening quotation is the document named before (fact-check of wikinews-2020-056, session 24)
        return True
    j = _of_phrase_start(words, _aside_start(words, j)) if j >= 0 else j
    return j >= 0 and document_word(words[j])


#: The most words of a modifier between a document and its cue ("The decree signed by the Pope read").
MAX_DOCUMENT_MODIFIER = 5


def document_modified(words: Sequence[str], j: int) -> bool:
    """Rule ``document_modifier`` (recall26): does ``words[j]`` end a short modifier of a document or an
    outlet before its cue, opened by a preposition or a participle of ``document_modifier`` ("The decree
    signed by the Pope read "..."", "The family's statement on the death read: ...")? Words of a modifier
    are words (no punctuation), no auxiliary or relative pronoun: "the report he wrote" is no modifier.
    Session 22's fact-check of unread pages; one more in the readable splits.

    >>> document_modified(["The", "decree", "signed", "by", "the", "Pope"], 5)
    True
    >>> document_modified(["The", "man", "signed", "by", "the", "club"], 5)
    False

    A sentence-initial document noun opens one too (recall27: "Estimates by the government state C"), but
    not a capitalised outlet ending, which may be a name's first word ("Herald by ...").

    >>> document_modified(["Estimates", "by", "the", "government"], 3)
    True
    """
    t = tables()
    for m in range(j, max(0, j - MAX_DOCUMENT_MODIFIER), -1):
        w = words[m]
        lw = w.lower()
        if not w.isalpha() or lw in t.verb_aux or lw in t.document_relative:
            return False
        if lw in t.document_modifier and m > 0 and document_word(words[m - 1]) and words[m - 1].isalpha():
            head = words[m - 1]
            return head.islower() or m - 1 > 0 or head.lower() in t.attribution_nouns
    return False


#: The most tokens a participle aside ("released on Wednesday") or an "of" phrase ("of the Court") may have
#: between a document and its cue (rule ``document_of_aside``).
_ASIDE_TOKENS, _OF_TOKENS = 8, 5


def _document_near(words: Sequence[str], k: int) -> bool:
    """Is a document or outlet word among the few words before cue ``k``? The first pass's test for rule
    ``document_of_aside``, on words without their punctuation ("The opinion of the Court released on
    Wednesday read"): :func:`document_cue_at` decides on the tokens."""
    return any(document_word(w) for w in words[max(0, k - _ASIDE_TOKENS - _OF_TOKENS - 2) : k])


def _aside_start(words: Sequence[str], j: int) -> int:
    """Rule ``document_of_aside``: when ``words[j]`` closes a comma-set participle aside (", released on
    Wednesday,"), the index of the word before the aside's opening comma; else ``j``. The aside opens with
    a lower-case past participle in "-ed"/"-en" ("released", "issued", "written") and holds no comma."""
    if j < 2 or words[j] != ",":
        return j
    for i in range(j - 1, max(0, j - 1 - _ASIDE_TOKENS), -1):
        if words[i] == ",":
            first = words[i + 1] if i + 1 < j else ""
            participle = first.islower() and first.isalpha() and first.endswith(("ed", "en"))
            return i - 1 if participle and i > 0 else j
    return j


def _of_phrase_start(words: Sequence[str], j: int) -> int:
    """Rule ``document_of_aside``: when ``words[j]`` ends an "of" phrase of a few words with no punctuation
    ("of the Court", "of the ministry"), the index of the word before "of"; else ``j``."""
    for i in range(j, max(0, j - _OF_TOKENS), -1):
        w = words[i]
        if w.lower() == "of":
            return i - 1 if i < j and i > 0 else j
        if not w[:1].isalnum():
            return j
    return j


def _adverbs_before(words: Sequence[str], k: int) -> int:
    """How many adverbs (at most two) stand right before ``words[k]``: lower-case words in "-ly" or
    adverbs of the auxiliary list that are no verb and no negator ("also", "still", "simply")."""
    t = tables()
    n = 0
    while n < 2 and k - n - 1 > 0:
        w = words[k - n - 1]
        plain = w.islower() and w.isalpha() and w not in t.verb_aux and w not in ("not", "never")
        if not (plain and (w.endswith("ly") or w in t.aux)):
            break
        n += 1
    return n


def document_cue_at(words: Sequence[str], k: int) -> bool:
    """Is ``words[k]`` (tokens as written) a cue of ``document_cues`` used as one: right after a document
    or an outlet (``document_word``), adverbs between or not ("the statement reads", "Their statement also
    read"), and, for a form that is also a participle (``document_past``: "read"), before a token that opens
    a content (``document_opening``: 'read "..."', 'read: ...', "read that"), perhaps after an aside of
    ``document_aside`` ('read in part: "..."'; session 19's fact-check of wikinews-2019-115); "a statement
    read out by his lawyer" is no cue. Rule id: the shape that reads the cue (``subject_verb``,
    ``quote_before``)."""
    t = tables()
    w = words[k].lower()
    if k == 0 or w not in t.document_cues:
        return False
    if inverted_document(words, k):
        return True
    if w in t.document_past:
        j = k + 1
        comma = j < len(words) and words[j] == ","
        j += comma  # 'a statement which read, in part, "..."'
        for aside in t.document_aside:  # "The summary of the ruling read in part: ..."
            if tuple(x.lower() for x in words[j : j + len(aside)]) == aside:
                j += len(aside)
                j += j < len(words) and words[j] == ","
                break
        nxt = words[j] if j < len(words) else ""
        if nxt.lower() not in t.document_opening or (comma and nxt not in _QUOTE_OPENINGS):
            return False
    return _document_before(words, k)


#: Tokens after which a document cue may stand inverted, its document after it ('"C," reads the statement').
_INVERSION_BEFORE = frozenset({",", '"', "”", "’", "'"})

#: The most words a document after an inverted document cue may have ("an AEW press release").
_INVERTED_DOCUMENT_WORDS = 6


def inverted_document(words: Sequence[str], k: int) -> bool:
    """Rule ``inverted_document`` (recall23): is ``words[k]`` a document cue inverted after a quotation, its
    document after it ('"C," reads an AEW press release', '"C," states the ruling.')? The cue follows a comma
    or a closing quote mark, and the noun phrase after it opens with a determiner or a capital and ends,
    before punctuation and within six words, in a document or outlet word (:func:`document_word`). "The
    United States, reads more" and "reads the news" (no document noun) are no cue."""
    if k == 0 or words[k - 1] not in _INVERSION_BEFORE or k + 1 >= len(words):
        return False
    first = words[k + 1]
    if not (first.lower() in tables().determiner or first[:1].isupper()):
        return False
    j = k + 1
    while j < len(words) and j - k <= _INVERTED_DOCUMENT_WORDS and words[j][:1].isalnum():
        j += 1
    return j > k + 1 and (j == len(words) or not words[j][:1].isalnum()) and document_word(words[j - 1])


def document_word(word: str) -> bool:
    """Can ``word`` (as written) end the name of a document or an outlet: an attribution noun ("its
    website"), a media noun ("the publication") or a capitalised outlet ending ("The Aviation Herald")?
    The present-tense cues of ``document_cues`` ("states", "reads") count only after one."""
    t = tables()
    lw = word.lower()
    if lw in t.attribution_nouns or lw in t.media_nouns:
        return True
    return lw in t.media_name_ends and word[:1].isupper()
