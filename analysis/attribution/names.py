"""People named in an article, wherever they are named: the antecedents a reader has in mind.

A pronoun source ("he said") often refers to someone the article named in its narration, not as a source
("Opposition candidate Sviatlana Tsikhanouskaya held a rally ... She promised ..."), and "the commissioner"
to the person introduced with that title. :func:`person_mentions` finds those names: a run of capitalised
words that holds a known given name ("Dick Durbin") or follows a title or role word ("Const. Dave
Woodford", "Commissioner Albert Muchanga"). Each mention keeps the title words before it (for "the
commissioner" later) and a gender when a title, a gendered role noun or the given name gives one.

Given names come from ``data/attribution/given_names.tsv`` (1990 US Census lists): a name the list does
not know is still found after a title, only without a gender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicons
from .lexicon import Tables, tables
from .senses import sense_words

#: A capitalised word (with a full stop when it is an abbreviation: "Const.", "K."), or a lower-case
#: particle of a name ("el-Sisi", "van"); runs of these joined by single spaces are candidate names.


def name_particles(use: str) -> frozenset[str]:
    """Lower-case name particles (``name_particles.tsv``) of one ``use``: "run", "together" or "hyphen"."""
    return frozenset(r[0] for r in lexicons.load("attribution/name_particles.tsv").rows() if r[1] == use)


_PARTICLES = "|".join(sorted(name_particles("run")))
_NAME_WORD = r"(?:[A-Z][\w’'\-]*\.?|(?:" + _PARTICLES + r")(?:-[A-Z][\w’'\-]*)?(?![\w’'\-]))"
_RUN = re.compile(r"(?<![\w’'])[A-Z][\w’'\-]*\.?(?: " + _NAME_WORD + r")*")
_ACRONYM = re.compile(
    r"((?:[A-Z][\w’'\-]*|of|for|the|and|on|in|de|du|from|to|at)"
    r"(?:,? (?:[A-Z][\w’'\-]*|of|for|the|and|on|in|de|du|from|to|at)){0,9}) \(([A-Z][A-Z&]{1,7})\)"
)
#: A short form written as joined word beginnings, "California Department of Forestry and Fire Protection
#: (CalFire)": each capitalised piece begins one of the long form's words, in order.
_PORTMANTEAU = re.compile(
    r"((?:[A-Z][\w’'\-]*|of|for|the|and|on|in|de|du)"
    r"(?: (?:[A-Z][\w’'\-]*|of|for|the|and|on|in|de|du)){0,9}) \(([A-Z][a-z]+(?:[A-Z][a-z]+)+)\)"
)
#: What both patterns above need after their words: a bracket opening on a capital. Most articles have
#: none, and then neither pattern is tried at every capitalised word (each try reads up to ten words).
_BRACKETED_CAPITAL = re.compile(r" \([A-Z]")
#: ", the Hungarian Government commissioner responsible for ...": capitals may come before the role
_APPOSITIVE = re.compile(r", (?:a|an|the) ((?:[A-Za-z][\w’'\-]* ?){1,5})")
_POSSESSIVE_END = re.compile(r"['’]s?$")
#: "identified as", "named as" right before a name: the text says who a person is.
_IDENTIFIED_AS = re.compile(r"\b(?:identified|named) as $")
_PREV_WORD = re.compile(r"\b([a-z]+) $")
#: "The suspect, " right before a name: the role a definite description gives the person named after it.
_DESCRIBED_BEFORE = re.compile(r"(?:\b(\w+) )?\b[Tt]he ([a-z]+), $")
#: A naming word, perhaps an article, and an opening quote mark right before a name: a nickname follows.
_NICKNAME_BEFORE = re.compile(r"\b([a-z]+) (?:(?:the|a|an) )?[\"“‘']$")
#: The last character before a position that each of the two patterns above needs (``$`` also matches
#: before a final newline): a cheap test first, as most capitalised words follow neither.
_PREV_WORD_LAST = frozenset(" \n")
_NICKNAME_LAST = frozenset("\"“‘'\n")
_LOWER_PARTICLES = name_particles("run")
_OPENERS = name_particles("opener")


@dataclass(frozen=True)
class PersonMention:
    """A person named in the text: where, the name without titles, the titles before it, a gender."""

    start: int
    end: int
    name: str
    titles: frozenset[str]
    gender: str  # "m", "f" or ""
    sentence_initial: bool


@cache
def given_names() -> dict[str, str]:
    """Given name (as written, capitalised) -> "m", "f" or "" (either, or too rare to tell).

    Rule ``party_not_given_name``: a party word of ``source_words.tsv`` ("Tory", "Labour", "Green") is never
    read as a given name, even when the Census list has it ("Tory", a rare man's name): in news "The Tory
    said" is a Conservative politician, and read as a name it became a named person called "Tory".
    """
    parties = _party_words()
    return {
        row[0]: row[1].strip("?")
        for row in lexicons.load("attribution/given_names.tsv").rows()
        if row[0].lower() not in parties
    }


@cache
def _front_endings() -> tuple[tuple[str, str], ...]:
    """(ending, kind) rows of ``name_front_words.tsv``."""
    return tuple((r[0], r[1]) for r in lexicons.load("attribution/name_front_words.tsv").rows())


def fronted_words(words: list[str]) -> int:
    """How many leading words of a run of capitalised words written before a name are no part of it.

    Rule ``name_fronted_word``: a capitalised run found before a surname ("Following Assange" for
    "Assange") is taken for a fuller name, but a sentence's fronted participle or preposition
    ("Following", "Questioning": a word of 6 letters or more ending in "ing" that is no listed given
    name), a "-based" modifier ("Sacramento-based McClatchy") or a possessive ("Japan's Sumitomo") names
    no one: the name starts after the last such word (endings in ``name_front_words.tsv``). The last word
    (the surname looked for) is never dropped. Examples: ["Following", "Assange"] -> 1;
    ["Sacramento-based", "McClatchy"] -> 1; ["Japan's", "Sumitomo"] -> 1; ["Sterling", "Moss"] -> 0 (a
    given name); ["Kurt", "Volker"] -> 0. A day word (``time`` of function_words.tsv) names no one either
    ("It was reported on Saturday Sirhan Sirhan was stabbed": ["Saturday", "Sirhan", "Sirhan"] -> 1;
    session 22's fact-check of wikinews-2019-093 named him "Saturday Sirhan Sirhan").
    """
    names = given_names()
    days = tables().time
    cut = 0
    for k, w in enumerate(words[:-1]):
        lw = w.lower()
        if lw in days:
            cut = k + 1
            continue
        for ending, kind in _front_endings():
            if not lw.endswith(ending):
                continue
            if kind == "participle" and (len(w) < 6 or w in names or not w.isalpha()):
                continue
            cut = k + 1
            break
    return cut


@cache
def _kin_words() -> frozenset[str]:
    """The kinship nouns of ``source_words.tsv`` (role ``kin``), lower case (rule ``kin_surname``)."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if r[1:2] == ["kin"])


def kin_titled(titles: frozenset[str]) -> bool:
    """Is a person introduced as someone's relative ("his son Abhijit Mukherjee": titles {"son"})? Such a
    relative does not take over the surname of a person named before (rule ``kin_surname``)."""
    return bool(titles & _kin_words())


def keeps_surname(earlier: PersonMention | None, titles: frozenset[str], name: str) -> bool:
    """Rule ``kin_surname``: does a bare surname stay with ``earlier`` (the person first named with it)
    though a relative of another given name, titled with a kinship noun (``titles``), is named after?

    Example: "Pranab Mukherjee died ... announced by his son Abhijit Mukherjee ... Mukherjee was
    cremated": the last "Mukherjee" is Pranab, not the son. A later full name without such a title
    ("Hunter Biden said") takes the surname over, as before."""
    return earlier is not None and earlier.name != name and kin_titled(titles)


def _party_words() -> frozenset[str]:
    """The party words of ``source_words.tsv`` (role ``party``), lower case."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if r[1:2] == ["party"])


@cache
def countries() -> frozenset[str]:
    """Country and territory names ("Nigeria", "South Korea", "U.S."): a government when cited."""
    return frozenset(lexicons.load("attribution/countries.txt").entries)


@cache
def capitals() -> frozenset[str]:
    """Capital cities cited for their country's government ("Beijing said"): ``capitals.txt``."""
    return frozenset(lexicons.load("attribution/capitals.txt").entries)


def _is_title(word: str, t: Tables) -> bool:
    lw = word.lower()
    return (
        lw in t.honorifics
        or lw.rstrip(".") in t.honorifics
        or lw in t.role_singular
        or lw in t.role_plural
        or lw in t.org_words
        or lw.rstrip(".") + "." in t.honorifics
    )


#: Words of the longest country name (countries.txt: "Saint Vincent and the Grenadines" aside).
_PLACE_WORDS = 3


def place_before_name(words: list[str]) -> int:
    """How many leading words of a capitalised run are a place before a person's name: the complement of
    a title ("Chief Executive of Hong Kong Carrie Lam" -> the run "Hong Kong Carrie Lam": 2), or 0.

    The place must be a listed country or territory, followed by a known given name and at least one more
    capitalised word, or by exactly two words ("ambassador to Britain Liu Xiaming": the given-name list
    is American); a one-word place that is itself a given name ("Chad Michael Murray", "Jordan
    Henderson") never counts. Examples: ["Hong", "Kong", "Carrie", "Lam"] -> 2; ["Britain", "Liu",
    "Xiaming"] -> 1; ["Chad", "Michael", "Murray"] -> 0; ["Hong", "Kong"] -> 0."""
    names = given_names()
    for j in range(min(_PLACE_WORDS, len(words) - 2), 0, -1):
        if " ".join(words[:j]) not in countries():
            continue
        if j == 1 and words[0] in names:
            return 0
        if words[j] not in names and (len(words) - j != 2 or any(_is_org(w, tables()) for w in words[j:])):
            return 0  # "Iran Hotel Group": an organisation's name, no person after the place
        return j
    return 0


def split_name(words: list[str], t: Tables | None = None) -> tuple[list[str], list[str]]:
    """(title words, name words) of a capitalised run: "Senate Minority Whip Dick Durbin" -> the name.

    The name starts at the first known given name that has a capitalised word after it (or at the kunya
    before it: "Abu Hassan Amer"), never at a surname particle after another name ("Wolfgang Van Halen" is
    all name); without one, it
    starts after the last title or role word ("Const. Woodford", "Commissioner Muchanga"). A run with
    neither is all name.
    """
    t = t or tables()
    names = given_names()
    place = place_before_name(words)
    if place:
        return words[:place], words[place:]
    for k, w in enumerate(words[:-1]):
        if k > 0 and w.lower() in _LOWER_PARTICLES and not _is_title(words[k - 1], t):
            break  # "Wolfgang Van Halen": a particle inside a run is a surname's ("Van" is a given name too)
        if (
            w in names
            and w.lower() not in t.honorifics  # "Princess Ubolratana": a title, though also a given name
            and k + 1 < len(words)
            and (words[k + 1][:1].isupper() or words[k + 1] in _LOWER_PARTICLES)
        ):
            if k >= 2 and _is_title(words[k - 2], t) and not _is_title(words[k - 1], t):
                # "Dr Meerjady Sabrina Flora", "President Andrés Manuel López Obrador": a word the list does
                # not know, right after the title, opens the name (the given name list is American)
                return words[: k - 1], words[k - 1 :]
            if k >= 1 and words[k - 1].lower() in _OPENERS:
                return words[: k - 1], words[k - 1 :]  # "Abu Hassan Amer": a kunya opens the name
            return words[:k], words[k:]
    last = -1
    for k, w in enumerate(words[:-1]):
        if _is_title(w, t):
            last = k
    return words[: last + 1], words[last + 1 :]


def name_gender(name_words: list[str], titles: list[str], t: Tables | None = None) -> str:
    """A gender from a title ("Mrs."), a gendered role noun ("spokeswoman"), or the given name."""
    t = t or tables()
    for w in titles:
        lw = w.lower()
        if lw in t.role_gender:
            return t.role_gender[lw]
        if lw in t.male or lw.rstrip(".") in t.male:
            return "m"
        if lw in t.female or lw.rstrip(".") in t.female:
            return "f"
    if len(name_words) >= 2:
        names = given_names()
        if name_words[0] not in names and len(name_words) >= 3:
            return names.get(name_words[1], "")  # "Meerjady Sabrina Flora": the first the list knows
        return names.get(name_words[0], "")
    return ""


def _prev_word(text: str, pos: int) -> re.Match[str] | None:
    """``_PREV_WORD.search(text, max(0, pos - 40), pos)``, the same match found with less work.

    The match ends at the space right before ``pos`` (or before a final newline) and holds no space
    before that, so it starts after the last space before it: the search starts there instead of trying
    every position of the 40 characters, and is not tried at all when no space or newline ends the text.
    """
    last = text[pos - 1 : pos]
    if last not in _PREV_WORD_LAST:
        return None
    lo = max(0, pos - 40)
    space = text.rfind(" ", lo, pos - 2 if last == "\n" else pos - 1)
    return _PREV_WORD.search(text, max(lo, space + 1), pos)


def _strip_possessive_end(w: str) -> str:
    """``w`` without a final apostrophe or "'s" (:data:`_POSSESSIVE_END`); a word without an apostrophe is
    returned as it is, without ``re.sub``."""
    if "'" not in w and "’" not in w:
        return w
    return _POSSESSIVE_END.sub("", w)


def _runs(text: str, t: Tables) -> list[tuple[int, list[str]]]:
    """Runs of capitalised words with their start, cut after a word ending a sentence ("Roberts.")."""
    out: list[tuple[int, list[str]]] = []
    for m in _RUN.finditer(text):
        pos = m.start()
        words: list[str] = []
        for w in m.group(0).split(" "):
            words.append(w)
            if w.endswith(".") and len(w) > 2 and w.lower() not in t.honorifics:
                out.append((pos, words))
                pos += len(" ".join(words)) + 1
                words = []
        if words:
            out.append((pos, words))
    return out


def person_mentions(text: str, sentence_starts: list[int]) -> list[PersonMention]:
    """Every person the text names with a given name or after a title, in text order.

    A later surname alone ("Durbin") is a mention of the fullest earlier name ending with it.
    """
    t = tables()
    names = given_names()
    openers = _openers()
    out: list[PersonMention] = []
    full: dict[str, PersonMention] = {}  # surname -> the latest full mention
    # first word -> the latest full mention found by its title, not by a given name ("Prime Minister
    # Tuilaepa Sailele Malielegaoi"): a later "Prime Minister Tuilaepa" is the same person
    first: dict[str, PersonMention] = {}
    # surname -> the first two-word run ending with it that the given-name list cannot tell is a person
    # ("Oskar Lindqvist"): the person a relative's surname stays with (rule kin_surname)
    unlisted: dict[str, PersonMention] = {}
    starts = set(sentence_starts)
    naming = sense_words().naming
    for run_start, run in _runs(text, t):
        nick = (
            _NICKNAME_BEFORE.search(text, max(0, run_start - 40), run_start)
            if text[run_start - 1 : run_start] in _NICKNAME_LAST
            else None
        )
        if nick and nick.group(1) in naming:
            continue  # 'nicknamed the "Kim Kardashian of Pakistan"': a nickname, not a person in the story
        if len(run) == 1 and _strip_possessive_end(run[0].rstrip(".")) not in full:
            # the common case, a lone capitalised word: a name only after a role noun ("husband Siarhei")
            before = _prev_word(text, run_start)
            role_before = before is not None and _role_noun(before.group(1), t)
            if not role_before or run[0].lower() in t.pronouns:
                continue  # "the person I am today": a pronoun is never a name
        words = [
            w.rstrip(".") if w.endswith(".") and w.lower() not in t.honorifics and len(w) > 2 else w
            for w in run
        ]
        lead = 0
        while lead < len(words) - 1 and words[lead].lower() in openers:
            lead += 1
        start = run_start + sum(len(w) + 1 for w in run[:lead])
        end = run_start + len(" ".join(run))
        words = words[lead:]
        if words:
            words[-1] = _strip_possessive_end(words[-1]) or words[-1]
        initial = run_start in starts
        titles, name = split_name(words, t)
        # "opposition candidate Sviatlana Tsikhanouskaya": a lower-case role noun right before is a title
        before = _prev_word(text, start)
        if not titles and not lead and before and _role_noun(before.group(1), t):
            titles = [before.group(1)]
        # "The suspect, Michael Webb, was convicted": a definite description set off before the name
        if not titles and not lead and 2 <= len(name) <= 3:
            described = _DESCRIBED_BEFORE.search(text, max(0, start - 40), start)
            noun = described.group(2) if described else ""
            # not "A spokesman for the mayor, Ann Lee": after a preposition the description is another's
            owned = described is not None and (described.group(1) or "").lower() in t.head_stops
            if noun and not owned and (noun in t.role_singular or noun in _person_nouns()):
                titles = [noun]
        # "Sviatlana Tsikhanouskaya, an opposition candidate for ...": a role in the appositive after it
        if not titles and 2 <= len(name) <= 3:
            app = _APPOSITIVE.match(text, end)
            role = next((w for w in (app.group(1).split() if app else []) if w in t.role_singular), "")
            if role:
                titles = [role]
        gender = name_gender(name, titles, t)
        title_set = frozenset(w.lower().rstrip(".") for w in titles)
        known_full = full.get(name[-1]) if name else None
        if known_full is not None and known_full.name == " ".join(name):
            # the same full name again ("Sviatlana Tsikhanouskaya arrived"): what is known of it carries over
            titles = titles or list(known_full.titles)
            gender = gender or known_full.gender
            title_set = title_set or known_full.titles
        # "Hong Kong": a place, though "Hong" is a given name too; "John Major": a title word closing a run
        # that opens with a given name is a surname (titles come before names, never after)
        last_word = name[-1] if name else ""
        surname_title = len(name) >= 2 and name[0] in names and _is_title(last_word, t)
        surname_title = surname_title and not _org_word(last_word, t)
        checked = name[:-1] if surname_title else name
        person = not any(_is_org(w, t) for w in checked) and " ".join(name) not in countries()
        # rule article_not_person: "won a Golden Globe", "his Golden Globe success": a name right after an
        # article or a possessive, with no title, is a thing's or an event's, never a person's
        person_title = any(w.lower() in t.honorifics or w.lower() in t.role_singular for w in titles)
        after_article = (
            not person_title  # "the Academy Awards": an organisation word before is no person's title
            and not lead
            and before is not None
            and (before.group(1) in _articles() or before.group(1) in t.possessives)
        )
        person = person and not after_article
        # "The attacker, identified as Sudesh Amman, 20": a name the given-name list lacks, given as a name
        said_to_be = _IDENTIFIED_AS.search(text, max(0, start - 20), start)
        identified = 2 <= len(name) <= 3 and not lead and said_to_be is not None
        given = name[0] in names or len(name) >= 3 and name[0].lower() in _OPENERS and name[1] in names
        if len(name) >= 2 and (given or titles or identified) and person:
            pm = PersonMention(start, end, " ".join(name), title_set, gender, initial)
            out.append(pm)
            earlier = full.get(name[-1]) or unlisted.get(name[-1])
            if earlier is not None and name[-1] not in full and kin_titled(title_set):
                # "Oskar Lindqvist ... his son Erik Lindqvist": Oskar is a person, and keeps the surname
                full[name[-1]] = earlier
                out.insert(next(k for k, m in enumerate(out) if m.start > earlier.start), earlier)
            if not keeps_surname(earlier, title_set, pm.name):
                full[name[-1]] = pm
            if name[0] not in names:
                first[name[0]] = pm
        elif len(name) == 2 and not lead and person and name[-1] not in unlisted and all(
            w[:1].isupper() and w.isalpha() for w in name
        ):
            # "Oskar Lindqvist was a diplomat": two name-shaped words whose given name the list lacks; a
            # person only for rule kin_surname, if a relative with the surname is named later
            unlisted[name[-1]] = PersonMention(start, end, " ".join(name), title_set, gender, initial)
        elif len(name) == 1 and (titles or name[0] in full) and not _is_org(name[0], t) and not after_article:
            known = full.get(name[0]) or (first.get(name[0]) if titles else None)
            pm = PersonMention(
                start,
                end,
                known.name if known else name[0],
                title_set | (known.titles if known else frozenset()),
                gender or (known.gender if known else ""),
                initial,
            )
            out.append(pm)
            full.setdefault(name[0], pm)
    return out


def _role_noun(word: str, t: Tables) -> bool:
    """Is the lower-case ``word`` a role or a noun for a person ("spokesman", "actor": ``person_nouns.tsv``,
    rule ``person_noun_title``), which before a capitalised word makes it a person's name ("British actor
    Owen")?"""
    return word in t.role_singular or word in _person_nouns()


@cache
def _articles() -> frozenset[str]:
    """The articles "a", "an", "the" (``source_words.tsv``, role ``article``)."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "article")


@cache
def _person_nouns() -> frozenset[str]:
    """The singular nouns for people of ``person_nouns.tsv`` ("suspect", "attacker")."""
    return frozenset(r[0] for r in lexicons.load("attribution/person_nouns.tsv").rows())


@cache
def _openers() -> frozenset[str]:
    """Words that open a sentence before a name ("But", "The", "Later", "On"), never part of it."""
    t = tables()
    return t.determiner | t.boundary | t.interjection | t.adjunct | t.time | t.contrast


def acronyms(text: str) -> dict[str, str]:
    """Abbreviations the article defines: "the African Union (AU)" -> {"AU": "African Union"}.

    The letters must be the initials of the capitalised words before the brackets (small words like "of"
    and "the" may be skipped), so "the Movement for the Emancipation of the Niger Delta (MEND)" is found; a
    comma may part the name's words ("Ministry of Trade, Industry and Energy (MOTIE)"); small words may
    give their initials too ("Notes from Poland (NFP)").
    """
    out: dict[str, str] = {}
    if not _BRACKETED_CAPITAL.search(text):
        return out
    for m in _ACRONYM.finditer(text):
        abbr = m.group(2)
        words = m.group(1).split()
        # the shortest run of trailing words whose capitals spell the abbreviation
        for k in range(len(words) - 1, -1, -1):
            if not words[k][:1].isupper():
                continue
            caps = "".join(w[0] for w in words[k:] if w[:1].isupper())
            # "Ministry of Trade, Industry and Energy (MOTIE)": some abbreviations keep the "of"
            with_of = "".join(w[0].upper() for w in words[k:] if w[:1].isupper() or w == "of")
            # "Notes from Poland (NFP)": every word's initial, small words too (fact-check of
            # wikinews-2020-068, session 24)
            every = "".join(w[0].upper() for w in words[k:] if w[:1].isalpha())
            spelled = caps in (abbr, abbr.replace("&", "")) or caps.replace("-", "") == abbr
            if spelled or abbr in {with_of, every}:
                out.setdefault(abbr, " ".join(words[k:]))
                break
    for m in _PORTMANTEAU.finditer(text):
        start = portmanteau_start(re.findall(r"[A-Z][a-z]+", m.group(2)), m.group(1).split())
        if start is not None:
            out.setdefault(m.group(2), " ".join(m.group(1).split()[start:]))
    return out


def portmanteau_start(pieces: list[str], words: list[str]) -> int | None:
    """Where the long form of a joined short form begins: the last capitalised word that the first piece
    begins, from which every later piece begins a later capitalised word, in order ("Cal" + "Fire" in
    "California Department of Forestry and Fire Protection" -> 0); ``None`` when there is none."""
    for k in range(len(words) - 1, -1, -1):
        if not words[k].startswith(pieces[0]):
            continue
        rest = iter(w for w in words[k + 1 :] if w[:1].isupper())
        if all(any(w.startswith(p) for w in rest) for p in pieces[1:]):
            return k
    return None


def _org_word(word: str, t: Tables) -> bool:
    """Is ``word`` an organisation word or a media noun ("Patrol", "Times"), which no surname is?"""
    lw = word.lower()
    return bool(t.org_words.get(lw)) or lw in t.media_nouns


def _is_org(word: str, t: Tables) -> bool:
    """Is ``word`` one that no person's name holds: an organisation word or a title ("Patrol", "Leader")?"""
    lw = word.lower()
    return bool(t.org_words.get(lw)) or lw in t.media_nouns or _is_title(word, t)


def one_body_name(first: list[str], second: list[str], t: Tables) -> bool:
    """Are two conjuncts one body's name, "National Oceanic" + "Atmospheric Administration": the second
    a capitalised run with no article that ends in an organisation word, the first holding none and being
    no country, no person's given name and no outlet ("Turkey and the European Commission" are two)."""
    owner = next((k for k, w in enumerate(second) if _POSSESSIVE_END.search(w)), None)
    if owner is not None:  # "... Administration's "Hurricane Hunters"": the name ends with its owner
        second = second[: owner + 1]
    second = [_POSSESSIVE_END.sub("", w) or w for w in second]
    if not first or not second or not all(w[:1].isupper() or w in ("of", "for") for w in second):
        return False
    if second[-1].lower() not in t.org_words or any(w.lower() in t.org_words for w in first):
        return False
    joined = " ".join(first)
    return joined not in countries() and first[0] not in given_names() and joined not in t.media
