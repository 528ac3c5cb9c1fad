"""One attribution per coordinated source: "Turkey and Greece expressed concern" is two attributions.

The Wikinews guideline (benchmarks/wikinews/labelling-notes.md) labels "Durbin and Schiff both
questioned ..." as one attribution per conjunct, each with the same cue and content and its own source
span, name and type: a reader counts two people who said it. :func:`split_conjuncts` cuts a source span
into its conjuncts; ``extract._finish`` resolves each on its own (rule id ``conjunct``).

A coordination is split only when every conjunct holds a capitalised name and the first ends in one
("President Trump and some Democrats", "the AP and NBC News", "Turkey, Greece and Cyprus"). One name
that holds "and" stays whole, and the article's own mentions decide it: a one-word conjunct that is no
country, outlet or abbreviation must also be mentioned in the article outside such a pair ("Durbin" after
"Dick Durbin"), so "Smith and Wesson" or "Procter and Gamble" (never apart) stay one source. A first
conjunct that is not all capitalised words ("German firms including Daimler and Siemens") or is a lone given
name or role ("Cherie and Sean O'Donnell", "Minister of Trade and Industry Tom Lee"), a title holding the
"and" ("Road Transport and Bridges Minister Obaidul Quader"), a conjunct with a
preposition other than "of" ("researchers from Harvard and Yale") and a parenthesis stay whole as well, as
do a possessive or head noun shared by the conjuncts ("Baloch and Waseem's mother", "New Orleans and
Jefferson Parish officials") and a firm's name after a person's "of" ("Earl Johnson of Harris Trust and
Savings Bank": recall23), and a name whose comma opens descriptions of it ("Otis Ferry, a former Eton
pupil and joint leader of the Hunt": rule appositive_list).
"""

from __future__ import annotations

import re

from ..model import Span
from .lexicon import Tables, tables
from .names import countries, given_names, one_body_name
from .rule_words import WORDS
from .sources import HEAD_END, person_noun

#: A word of a source phrase (a name may hold an apostrophe, a hyphen, a full stop or an ampersand).
_WORD = re.compile(r"[^\W_][\w’'.\-]*|&")
_POSSESSIVE = re.compile(r"['’]s$")


def _joiner_re() -> re.Pattern[str]:
    joiners = "|".join(re.escape(j) for j in sorted(WORDS.source_joiner))
    # ", and", " and ", or a list comma ("Turkey, Greece and Cyprus")
    return re.compile(rf",?\s+(?:{joiners})\s+|,\s+")


_JOINER = _joiner_re()


def split_conjuncts(text: str, source: Span, t: Tables | None = None) -> list[Span]:
    """The conjuncts of the coordinated source ``text[source]``, in text order, or ``[source]``.

    "Both President Trump and some Democrats" -> ["President Trump", "some Democrats"]; "Bill and
    Melinda Gates Foundation" -> [the whole span].
    """
    s = text[source.start : source.end]
    cut = HEAD_END.search(s)
    if cut:
        s = s[: cut.start()]  # "some Democrats, such as Beto O'Rourke": the examples are no conjuncts
    if "(" in s or not any(f" {j} " in s for j in WORDS.source_joiner):
        return [source]
    t = t or tables()
    lead = 0
    first = _WORD.match(s)
    if first and first.group(0).lower() in WORDS.pair_lead:
        lead = first.end() + len(s[first.end() :]) - len(s[first.end() :].lstrip())
    pieces: list[tuple[int, int]] = []
    a = lead
    joins: list[str] = []
    for m in _JOINER.finditer(s, lead):
        pieces.append((a, m.start()))
        joins.append(m.group(0).strip(" ,"))
        a = m.end()
    pieces.append((a, len(s)))
    if len(pieces) < 2 or not joins[-1] or any(b <= a for a, b in pieces):
        return [source]  # a comma with no "and" after it is an appositive, not a list
    words = [_WORD.findall(s[a:b]) for a, b in pieces]
    if not joins[0] and described_after_comma(words[1], t or tables()):
        return [source]  # "Otis Ferry, a former Eton pupil and joint leader of the Hunt": one person
    if counted_appositive(text, source, words, joins):
        # "Two Democratic Representatives, Ann Lee and Bob Hart,": the group, its appositive no source
        return [Span(source.start + pieces[0][0], source.start + pieces[0][1])]
    opening = not text[: source.start].rstrip(" “\"‘'")[-1:].isalnum()  # nothing of the sentence before
    # a capital only by its place: the word is written nowhere else as a name ("Jones and colleagues" after
    # "Tom Jones" is Jones)
    if not words[0]:
        return [source]  # '" and officials': no word before "and" (a stray quotation mark)
    lone = words[0][0]
    by_place = opening and not _mentioned_apart(text, source, lone) and lone not in given_names()
    plural_pair = _plural_people_pair(words, t) and (words[0][0].islower() or by_place)
    if len(words) == 2 and (_and_others(words[0], words[1], t) or plural_pair):
        return [Span(source.start + a, source.start + b) for a, b in pieces]
    if not all(_conjunct_ok(ws, t) for ws in words):
        return [source]
    if all(_bare_role(ws, t) for ws in words[1:]):
        # "Michael Sims, CEO and Founder of Ceres Robotics": one person's titles; not when another name
        # follows ("Anna Berg, CFO of Volvo, and Tom Hale, its chairman": session 22's review)
        return [source]
    fw = words[0]
    if not all(w[:1].isupper() or w.lower() in t.determiner or w == "of" for w in fw):
        return [source]  # "German firms including Daimler and Siemens": the first conjunct must be a name
    core = [w for w in fw if w.lower() not in t.determiner]
    lone_given = len(core) == 1 and core[0] in given_names() and not _named_as_surname(text, core[0])
    if lone_given or (len(core) == 1 and core[0].lower() in t.role_singular):
        return [source]  # "Cherie and Sean O'Donnell": one couple
    if len(fw) > 1 and fw[-1] in given_names() and (fw[-2].lower() in t.determiner or fw[-2] == "of"):
        return [source]  # "Carl Hensman of the Bill and Melinda Gates Foundation": one foundation
    if core and core[0].lower() in t.role_singular and "of" in fw:
        return [source]  # "Minister of Trade and Industry Tom Lee": one title
    if (
        len(words) == 2
        and _affiliation_goes_on(fw, words[1], t)
        and not _stands_alone(text, source, " ".join(words[1]), t)
    ):
        return [source]  # "Earl Johnson of Harris Trust and Savings Bank": one person of one firm
    if len(words) == 2 and and_co(words[1], t):
        return [source]  # "Bear Stearns and Co analyst Monroe Greenstein": one firm, then its analyst
    if len(words) == 2 and one_body_name(core, words[1], t) and not _named_apart(text, source, core, t):
        return [source]  # "National Oceanic and Atmospheric Administration": one body
    if len(words) == 2 and _places_of_one_body(fw, words[1]) and not _written_apart(text, source, words[1]):
        return [source]  # "the High Court of England and Wales": one court of two places
    if len(words) == 2 and _title_inside(core, words[1], t):
        return [source]  # "Road Transport and Bridges Minister Obaidul Quader": one minister
    lw = words[-1]
    for k in range(len(lw) - 1):
        if _POSSESSIVE.search(lw[k]) and lw[k + 1][:1].islower():
            return [source]  # "Baloch and Waseem's mother": the mother of both, one person
    if lw[-1][:1].islower() and not any(w[:1].islower() for w in fw):
        return [source]  # "New Orleans and Jefferson Parish officials": the head noun is shared
    for ws in words:
        names = [w for w in ws if w.lower() not in t.determiner]
        if len(names) == 1 and not _stands_alone(text, source, names[0], t):
            return [source]  # "Smith and Wesson": the article never names one without the other
    return [Span(source.start + a, source.start + b) for a, b in pieces]


def and_co(second: list[str], t: Tables) -> bool:
    """Rule ``and_co_firm``: does the second conjunct open with a company word ("Co", "Company") and go on in
    lower case or end, as "X and Co" names one firm ("Bear Stearns and Co analyst Monroe Greenstein")?
    Examples: ["Co", "analyst", "Monroe", "Greenstein"] -> True; ["Co"] -> True; ["Greece"] -> False."""
    if not second:
        return False
    w = second[0].lower()
    company = w in t.org_words or w + "." in t.org_words
    return company and second[0][:1].isupper() and (len(second) == 1 or second[1][:1].islower())


def counted_appositive(text: str, source: Span, words: list[list[str]], joins: list[str]) -> bool:
    """Rule ``counted_appositive``: is the source a counted group ("Two Democratic Representatives") whose
    members the appositive after its comma names one by one, the appositive closed by a comma ("Two
    Democratic Representatives, Ann Lee and Bob Hart, opposed C")? Then the source is the count phrase
    alone, as the guideline writes it (an appositive set off by commas is no part of the source), one
    attribution: the names were read as two more sources of the same content. The count word
    is one of class ``count_lead``; every member is two or more capitalised words. A list with no closing
    comma ("Two aides, Lee and Hart said") is left to the other rules. Fact-check of wikinews-2019-168
    (session 23). Example: the source above -> True; "Ann Lee, Bob Hart and Cy Dean" -> False (no count)."""
    if joins[0] or len(words) < 3 or len(words[0]) < 2 or words[0][0].lower() not in WORDS.count_lead:
        return False
    if not text[source.end :].startswith(","):
        return False
    return all(len(ws) >= 2 and all(w[:1].isupper() for w in ws) for ws in words[1:])


def _bare_role(ws: list[str], t: Tables) -> bool:
    """Rule ``role_list``: is conjunct ``ws`` a role with no name of its own ("CEO", "Founder of Ceres
    Robotics", "the chairman"), so that the list is one person's titles ("Michael Sims, CEO and Founder of
    Ceres Robotics"), not two sources? "Senator Ann Lee" (a name after the role) is a source of its own."""
    core = [w for w in ws if w.lower() not in t.determiner]
    return bool(core) and core[0].lower() in t.role_singular and (len(core) == 1 or core[1] == "of")


def described_after_comma(second: list[str], t: Tables) -> bool:
    """Rule ``appositive_list``: does the piece after the first comma describe the name before it, so the
    "and" joins two descriptions of one source ("Otis Ferry, a former Eton pupil and joint leader of the
    Hunt", "John Swearingen, chairman of Acme and former chief executive of Amoco")? It opens with "a"/"an"
    or with a lower-case word after at most one determiner; "Turkey, Greece and Cyprus" and "The IMF, the
    EU and the World Bank" (a name after the determiner) stay lists. Why (session 22, nonreport26): two
    readable articles (BBC dev22, Reuters dev14) gave one report to each description: predictions that
    match no gold attribution."""
    if not second:
        return False
    first = second[0]
    if first.lower() in WORDS.indefinite_article and first.islower():
        return True
    k = 1 if first.lower() in t.determiner and len(second) > 1 else 0
    return second[k][:1].islower()


def _and_others(first: list[str], second: list[str], t: Tables) -> bool:
    """Rule ``and_others``: "Dunham and other officials", "He and other analysts", "the UN and other aid
    organisations": a named source or a pronoun, then "other" and a plural group; the guideline labels one
    attribution per conjunct (a reader counts the named one and the group). The first conjunct is a
    capitalised name or a subject pronoun with no preposition in it; "other" opens the second, which ends
    in a plural noun (no "other" thing: "Dunham and other matters" stays whole)."""
    if len(second) < 2 or second[0].lower() != "other" or not first:
        return False
    if any(w.lower() in t.head_stops for w in first + second):
        return False
    named = all(w[:1].isupper() or w.lower() in t.determiner for w in first) and first[-1][:1].isupper()
    pronoun = len(first) == 1 and first[0].lower() in t.subject_pronouns
    return (named or pronoun) and _plural_people(second[-1], t)


def _plural_people(word: str, t: Tables) -> bool:
    """Is lower-case ``word`` a plural noun for people or bodies ("officials", "residents", "groups")?"""
    lw = word.lower()
    noun = person_noun(lw)
    one = lw[:-3] + "y" if lw.endswith("ies") else lw[:-1] if lw.endswith("s") else ""
    return word.islower() and (lw in t.role_plural or noun is not None and noun.plural or one in t.org_words)


def _plural_people_pair(words: list[list[str]], t: Tables) -> bool:
    """Rule ``plural_pair``: "Businesses and residents say", "government delegates and trade experts said":
    two unnamed groups, each all lower case (a capital at the sentence's start aside) and ending in a plural
    noun; one attribution each, as the guideline asks. A list of three ("executives, founders,
    and industry veterans"), a shared head ("New Orleans and Jefferson Parish officials") and modifiers
    that may be shared ("U.S. grain traders and merchandisers": a bare noun after a modified one) stay
    whole."""
    if len(words[0]) > 1 and len(words[1]) == 1:
        return False  # "U.S. grain traders and merchandisers": the modifiers may be shared
    if not all(w.islower() for w in words[1]):
        return False  # "Ospreys and Scarlets": capitalised names, left to the name rules
    for ws in words:
        if not ws or not all(w.islower() for w in ws[1:]) or any(w.lower() in t.determiner for w in ws):
            return False
        last = ws[-1].lower()
        plural = _plural_people(last, t) or last.endswith("s") and not last.endswith("ss")
        if any(w.lower() in t.head_stops for w in ws) or not plural:
            return False
    return True


def _affiliation_goes_on(first: list[str], second: list[str], t: Tables) -> bool:
    """Rule ``affiliation_and`` (recall23): is the "and" inside the name of the body a person belongs to
    ("Earl Johnson of Harris Trust and Savings Bank", "Ann Lee of Merrill Lynch and Co Inc")? The first
    conjunct is a name, "of" and capitalised words; the second opens with no given name, title or
    determiner ("Tom Lee of Leeds and Ann Smith" stays two people)."""
    k = next((k for k, w in enumerate(first) if w == "of"), -1)
    if k < 1 or k == len(first) - 1 or not all(w[:1].isupper() for w in first[:k]):
        return False
    if not all(w[:1].isupper() or w == "of" or w in t.determiner for w in first[k + 1 :]):
        return False  # "of the Michigan Department of Health and Human Services" (nonreport26) goes on
    w = second[0]
    lw = w.lower()
    return not (w in given_names() or lw in t.role_singular or lw in t.honorifics or lw in t.determiner)


def _named_as_surname(text: str, word: str) -> bool:
    """Is given name ``word`` a surname in this article: written right after a given name ("Boris
    Johnson", so "Johnson and Corbyn" are two people, unlike "Cherie and Sean O'Donnell")?"""
    for m in re.finditer(rf"([A-Z][\w’'-]*) {re.escape(word)}(?![\w’'-])", text):
        if m.group(1) in given_names():
            return True
    return False


def _named_apart(text: str, source: Span, core: list[str], t: Tables) -> bool:
    """Is the first conjunct a body's name of its own: an abbreviation ("the IMF and World Bank") or a
    name the article writes outside the pair ("the United Nations ..." elsewhere, so "United Nations and
    European Union" are two), where "National Oceanic" of "National Oceanic and Atmospheric
    Administration" never stands alone?"""
    name = " ".join(core)
    if len(core) == 1 and len(name) > 1 and name.isupper():
        return True
    return len(core) > 1 and _stands_alone(text, source, name, t)


def _places_of_one_body(first: list[str], second: list[str]) -> bool:
    """Do the two conjuncts join two places of one body's name: the first ends in "of" and a country, the
    second is a country alone ("High Court of England and Wales", "Church of Scotland and Ireland"), so
    "of" takes both? (session 19's fact-check of wikinews-2019-115: "Wales" was a government body of its
    own). The caller also asks that the second place is never written apart in the article ("Germany said
    no. The Bank of England and Germany said ..." are two)."""
    return (
        len(first) >= 3
        and first[-2] == "of"
        and first[-1] in countries()
        and " ".join(second) in countries()
        and len(second) <= 2
    )


def _title_inside(first: list[str], second: list[str], t: Tables) -> bool:
    """Is the "and" inside a title: the second conjunct a title and a name ("Bridges Minister Obaidul
    Quader"), the first no name of its own (no title, given name, country, organisation word or outlet:
    "Road Transport")?"""
    k = next((k for k, w in enumerate(second[:-1]) if w.lower() in t.role_singular), -1)
    if k < 0 or not all(w[:1].isupper() for w in second[k + 1 :]):
        return False
    return not (
        any(w.lower() in t.role_singular or w.lower() in t.honorifics or w in given_names() for w in first)
        or " ".join(first) in countries()
        or any(w.lower() in t.org_words for w in first)
        or " ".join(first) in t.media
    )


def _conjunct_ok(ws: list[str], t: Tables) -> bool:
    """Can ``ws`` be one source of a coordination: a name in it, no preposition but "of" (a list of
    examples or a post-modifier makes the whole one source)?"""
    if not ws or not any(w[:1].isupper() for w in ws):
        return False
    return not any(w.lower() in t.head_stops and w.lower() != "of" for w in ws)


def _written_apart(text: str, source: Span, words: list[str]) -> bool:
    """Is the conjunct ``words`` written in the article outside ``source`` and not next to a joiner?"""
    return _mentioned_apart(text, source, " ".join(words))


def _stands_alone(text: str, source: Span, word: str, t: Tables) -> bool:
    """Is one-word conjunct ``word`` a name of its own: a country, an outlet, an abbreviation, or
    mentioned in the article outside the source and not next to a joiner ("Wesson" only in "Smith and
    Wesson" is not)?"""
    if word in countries() or word in t.media or (len(word) > 1 and word.isupper()):
        return True
    return _mentioned_apart(text, source, word)


def _mentioned_apart(text: str, source: Span, word: str) -> bool:
    """Is ``word`` in ``text`` outside ``source`` and not right before or after a joiner ("and", "or")?"""
    joiners = "|".join(re.escape(j) for j in sorted(WORDS.source_joiner))
    pat = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])")
    around = re.compile(rf"\s+(?:{joiners})\s+$")
    after = re.compile(rf"\s+(?:{joiners})\s+")
    for m in pat.finditer(text):
        if source.start <= m.start() < source.end:
            continue
        if around.search(text, max(0, m.start() - 6), m.start()) or after.match(text, m.end()):
            continue
        return True
    return False


#: One item of a sentence-initial list of names before a comma: capitalised words, "the" before them or not
#: ("Turkey, ", "The IMF, ", "the EU, "; rule ``name_list``).
_LIST_ITEM = re.compile(r"(?:[Tt]he )?[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){0,4}, ")


def listed_names_start(text: str, sentence_start: int, source: Span) -> Span:
    """Rule ``name_list``: ``source`` ("Greece and Cyprus") widened to the first item of the list of names
    that opens its sentence and runs up to it ("Turkey, Greece and Cyprus said", "The IMF, the EU and the
    World Bank said"); ``source`` itself when anything else stands before it ("In Paris, France and Germany
    said": a fronted adjunct, no name). Session 22's review of nonreport26: the first name was lost."""
    begin = source.start
    if text[max(0, begin - 4) : begin].lower() == "the ":
        begin -= 4  # "The IMF, the EU and ...": the source read from "EU"
    t = tables()
    pos = sentence_start
    while pos < begin:
        m = _LIST_ITEM.match(text, pos, begin)
        first = m.group(0).split()[0].rstrip(",").lower() if m else ""
        stop = t.head_stops, t.time, t.adjunct, t.boundary, t.interjection, t.clause_openers
        if m is None or any(first in words for words in stop) or first.endswith("ly"):
            return source  # "In Paris, France and ...", "On Monday, ...": a fronted adjunct, no name
        pos = m.end()
    if pos != begin or sentence_start == begin:
        return source
    return Span(sentence_start, source.end)


#: "Anders Berg, chairman of Volvo, and " before a source: a name, its role set off by commas, then "and"
#: (rule appositive_conjunct). The role opens with a lower-case word and holds no comma or quotation mark.
_APPOSITIVE_CONJUNCT = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]*),\s+(?P<role>[a-z][^,;\"“”]{0,80}?),\s+and\s+$"
)

_NOT_SPACE = re.compile(r"\S")


def appositive_conjunct_before(text: str, sentence_start: int, source: Span) -> Span | None:
    """Rule ``appositive_conjunct``: the first of two people each named with a role set off by commas,
    when the rules found only the second as the source ("Anders Berg, chairman of Volvo, and Tom Hale, its
    chief executive, said": the source read back from the cue stopped at ", and"). The first conjunct is
    its name and role, from the sentence's start; the guideline gives each person an attribution.

    Examples: the sentence above, source "Tom Hale, its chief executive" -> "Anders Berg, chairman of
    Volvo"; "Sales fell, and Tom Hale said" -> None (no name and role before "and"); "Turkey, Greece, and
    Cyprus said" -> None (a list of names: no lower-case role after the first)."""
    # matched in place from the first non-space character (``\s`` is ``str.isspace``, what ``lstrip``
    # strips): a copy of the text before the source, per attribution, grew with the square of a run-on
    # sentence's reports ("He said that " * 7,700: 5% of its time at 100,000 characters)
    first = _NOT_SPACE.search(text, sentence_start, source.start)
    m = None if first is None else _APPOSITIVE_CONJUNCT.fullmatch(text, first.start(), source.start)
    if m is None:
        return None
    words = m.group("name").split()
    if not (words[0] in given_names() or 2 <= len(words) <= 3):
        return None
    if words[0].lower() in WORDS.source_joiner or any(w.endswith(".") for w in words[:-1] if len(w) > 3):
        return None
    return Span(m.start("name"), m.end("role"))
