"""Who a source is: its type, its normalised name, its role, and the outlet it spoke through.

Typing looks at the source's head noun phrase (the part before any appositive), in this order:

* a pronoun, resolved within the article (below); a relative "who" takes the noun phrase before it;
* a media outlet: one on the outlet list ("AP", "a report by AP"), a capitalised name ending in a
  newspaper or broadcaster word ("the Millbrook Gazette"), or a media noun ("the local newspaper"),
  named by its appositive when it has one ("the local newspaper, the Harbour Herald");
* a quantity of people ("71 percent of head teachers", "only four", "neither side"): an unnamed group
  named by the noun after the quantity ("head teachers"); a bare number takes the last group named;
  "one mother" is one anonymous person;
* a document noun ("a study", "FEC filings");
* a role noun with no name: "an American authority", "a senior city engineer", "a 15-year-old" are
  anonymous persons, "South Korean officials", "people familiar with the talks" unnamed groups;
* a role noun or title before a capitalised name ("council member Dana Whitfield") is a named person;
* a name with an organisation word ("the State Department" government, "Northline Motors" an
  organisation); a lower-case institution ("the company") is the last organisation named before it, else
  a government body when its head is one ("the health ministry", "the district") and an unnamed group
  when not (an organisation the article does not name);
* any other capitalised name is a person. The first word of a sentence is capitalised whatever it is, so
  there a capital counts only when the word is not a known common noun, is not followed by a lower-case
  noun ("Environmental groups"), and is not a plural that the article never capitalises elsewhere
  ("Inspectors").

Names are resolved in reading order: a surname alone becomes the fullest earlier name that ends with it
("Stoltenberg" -> "Jens Stoltenberg"); "the engineer" the earlier anonymous or named person with that
role; "he"/"she" the most recent person source (named or anonymous) whose gender, when known from a
title (Mr., Mrs.), a gendered noun ("mother", "spokeswoman") or an earlier pronoun, agrees; "they" the
last group or organisation; "it" only the source of the attribution just before, when that was an
organisation, body, outlet or document.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise

from .. import lexicons
from ..model import Span
from ..tokens import match_form
from .appositives import named_after_role, role_phrase_openers, role_with_phrase
from .lexicon import Tables, tables
from .model import Attribution
from .names import (
    PersonMention,
    acronyms,
    capitals,
    countries,
    fronted_words,
    given_names,
    kin_titled,
    name_particles,
    one_body_name,
    person_mentions,
    place_before_name,
    split_name,
)
from .noun_phrases import articles, not_np_openers, sentence_subject
from .quotes import QUOTE_CHARS, strip_quotes
from .rule_words import WORDS
from .senses import sense_words
from .source_types import Seen, compound_title, retype, type_words

#: A contraction after a pronoun ("I'm", "we've", "they'd"), dropped to read the pronoun itself.
_CONTRACTION = re.compile(r"'(?:m|s|d|ve|ll|re)$")
_WORD = re.compile(r"[^\W_][\w’'.\-&]*")
#: "'s" always; a bare apostrophe only after a capitalised name ("Reuters'"), so that "the builders'
#: federation" keeps it in the name
_POSSESSIVE = re.compile(r"['’]s$|^([A-Z].*s)['’]$")


def _unpossessive(w: str) -> str:
    """``w`` without its possessive ending (:data:`_POSSESSIVE`): "Reuters'" -> "Reuters".

    Most words hold no apostrophe, and then the pattern cannot match: they are returned as they are,
    without ``re.sub``, whose template (a group reference) takes a Python-level detour through ``re``
    on every call (issue 12's speed).
    """
    if "'" not in w and "’" not in w:
        return w
    return _POSSESSIVE.sub(r"\1", w)


#: "CBS News", "News 12", "Sky News": a broadcaster's name holds the word News with a name or number
_NEWS_NAME = re.compile(r"\b(?:[A-Z][\w&’'\-]*\s){1,3}News\b|\bNews\s\d+\b")
#: A broadcaster's call sign with its band ("WSET-TV", "KQED-FM"): a station (wikinews-2019-127, session 20)
_CALL_SIGN = re.compile(r"\b[A-Z]{3,4}-(?:TV|FM|AM|DT)\b")
_PARTICLE_NAME = re.compile(r"(?:" + "|".join(sorted(name_particles("hyphen"))) + r")-[A-Z][\w’'\-]*")
#: "a report by the Royal Society", "figures from the CDC": the document's named author
#: "data collected by one of NOAA's "Hurricane Hunters"": one of a named body's units wrote it
_BY_AUTHOR = re.compile(
    r"\b(?:by|from|on behalf of) (?:(?:one|some|each|several|members) of )?"
    r"((?:the )?[\"“]?[A-Z][\w’'&\-]*[\"”]?(?: [\"“]?[A-Z][\w’'&\-]*[\"”]?| of| and| for)*)$"
)
#: "issued on behalf of Robert Zoellick, US Trade Representative": the author's name, before its role
_ON_BEHALF = re.compile(r"\bon behalf of (?:the )?[A-Z][\w’'&\-]*(?: [A-Z][\w’'&\-]*)*(?=,)")
#: " and " and a lower-case word right after a conjunct that conjuncts.split_conjuncts cut off ("Businesses
#: and residents"; "Airbus and Boeing" are names)
_AND_AFTER = re.compile(r",? and [a-z]")
#: ", a Sugar Land-based provider of automobile data" after an author: an appositive, no part of the name
_APPOSITIVE_TAIL = re.compile(r",\s+(?:a|an)\s.*$")
#: ", director of the event" after an author: a bare role, no part of the name (session 22)
_ROLE_TAIL = re.compile(r",\s+([a-z]+)\s.*$")
#: "Jessica Caldwell, Edmunds' executive director": a name, a comma, then its role (lower-case or possessive)
_NAME_THEN_ROLE = re.compile(r"^((?:[A-Z][\w’'\-]*\.? ){1,2}[A-Z][\w’'\-]*),\s+((?:[A-Z]\w*['’]s?|[a-z]).*)$")
#: "(ticker: HD)", "(NYSE: GE)": a stock listing in brackets after a company's name
_TICKER = re.compile(r"\((\w+)\s*:\s*[A-Z][A-Z.]{0,5}\)")
#: "Transco Energy Co <T>", "Toshiba Corp <TSBA.T>": the newswire's ticker in angle brackets closing a
#: company's name (session 22, source26: it was read as a name word "T")
_ANGLE_TICKER = re.compile(r"\s*<[A-Z][A-Z0-9.]{0,8}>\s*$")
#: A capitalised word right after a word (" Bank"), or right before one ("Deutsche "): parts of one name
_NEXT_CAPITAL = re.compile(r" [A-Z]")
_PREVIOUS_CAPITAL = re.compile(r"[A-Z][\w’'\-]* $")
#: After a source "it": a passive of speech or thought and no "to" ("It is understood no deal was offered",
#: "It is thought the men used"): the "it" stands for the clause, not a company ("It is expected to report")
#: A sentence's opening name ("The EU partially funded ...", "Turkey maintains ..."): rule subordinate_it.
_OPENING_NAME = re.compile(r"((?:The|the) )?([A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,4})\b")
_EXPLETIVE_IT = re.compile(
    r"\s+(?:is|was|has been|had been|will be|would be)\s+(?:\w+ly\s+|not\s+)?"
    r"\w+(?:ed|own|ought|een|ood)\b(?!\s+to\b)",
    re.IGNORECASE,
)
#: The rest of a sentence after a word (to its full stop, at most 200 characters).
_SENTENCE_REST = re.compile(r"[^.!?]{0,200}")
#: A comma and the word after it inside a source ("Trump, also on Twitter").
_COMMA_WORD = re.compile(r",\s+([A-Za-z]+)")
#: "group's general secretary" ending a source: a lower-case owner noun, then one or two lower-case words
#: (rule owned_role_sole).
_OWNED_ROLE = re.compile(r"\b([a-z]+)['’]s ((?:[a-z]+ )?[a-z]+)$")
#: "Nevertheless, " opening a source: a sentence adverb and its comma (rule adverb_before_source).
_OPENING_ADVERB = re.compile(r"([A-Za-z]+),\s+")
#: "a statement released by Erdogan's office": a named owner's office, department or team wrote it.
_BY_OWNER = re.compile(r"\b(?:by|from) ((?:the )?[A-Z][\w&\-]*(?: [A-Z][\w&\-]*)*['’]s ([a-z]+))$")
#: A possessive ending inside a name ("Administration's "Hurricane Hunters"").
_OWNER = re.compile(r"['’]s\b")
_INNER_POSSESSIVE = re.compile(r"^[A-Z]\w*['’]s$")
#: "the judge's statement", "Part of Judge Miller's statement", "the hotel's website": a possessive owner (a
#: role noun after "the", or a capitalised name) before at most three words ending in an attribution noun
_POSSESSIVE_OWNER = re.compile(
    r"^(?:[Pp]art of )?((?:[Tt]he )?(?:[a-z]+|[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,3}))['’]s(?: [a-z]+){1,3}$"
)
_BY_BODY = re.compile(r"\b(?:by|from) ((?:the )?[a-z][\w’'\-]*(?: [\w’'&\-]+){0,8})$")
#: "Sam Wilson and Nick Hawco", "Cherie and Sean O'Donnell", "Stamenković et al.": people named together
_NAME_RUN = (
    r"(?:(?:" + "|".join(sorted(name_particles("together"))) + r") )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}"
)
_RUN_PARTICLES = name_particles("run")
_NAME_OPENERS = name_particles("opener")
#: Between "and" and the second name, up to three lower-case words of a role ("Anna Berg and finance minister
#: Karl Holm", "X and his counterpart Y"), never an article ("Sam Wilson and the Red Cross" is no pair of
#: people): rule ``role_between_names`` (a fact-check of unlabelled Wikinews text, session 15). Such a looser
#: pair counts only in the sentence of the "they" or the one before: "Senator Elizabeth Warren and
#: congresswoman Alexandria Ocasio-Cortez. They criticised ... Big Machine have denied ... they said" (the
#: second "they" is Big Machine's).
_ROLE_BETWEEN = r"(?:(?!(?:the|a|an) )[a-z][\w’'\-]+ ){0,3}"
_PEOPLE_TOGETHER = re.compile(rf"\b({_NAME_RUN})(?: (?:and|&) {_ROLE_BETWEEN}({_NAME_RUN})| et al\b)")
_INITIAL = re.compile(r"[A-Z]\.")
#: A parenthesis closing a source ("the University of Southern California (USC)"): an abbreviation, not
#: part of the name
_FINAL_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")
#: Where a source's head ends: a relative clause, an age or a list of examples set off by a comma ("Carl
#: Hensman of the Gates Foundation, which offered a prize", "the princess, 67", "some Democrats, such as ...")
HEAD_END = re.compile(r",\s+(?:which|who|whose|whom|where|such as|including|aged\b|\d)")
#: The first of two coordinated sources, a name ("Turkey and Greece", "Both President Trump and some
#: Democrats", "Senate Minority Whip Dick Durbin and incoming chair ... Adam Schiff")
_COORDINATED = re.compile(r"((?:[A-Z][\w’'.\-]*\s){0,4}[A-Z][\w’'.\-]*)\s+and\s+\w")
#: ", Wolfgang Van Halen." right after a source: a name in apposition the rules left out of the source
#: The end of a reported clause right before a pronoun ("..., he said", "...,” she said").
_POSTPOSED = re.compile(r",[”\"’']?\s+$")
#: How much a person named as an owner ("McDonald's cameo") weighs as an antecedent, against a plain mention.
_OWNER_WEIGHT = 0.75
#: A quotation in curly or straight double quotes, closed.
_QUOTATION = re.compile(r"“[^”“]*”|\"[^\"]*\"")
#: "The group that owns most of her music, Big Machine": a description (a noun, then perhaps a relative
#: clause) set off by a comma from the name that closes the source.
_DESCRIBED_NAME = re.compile(
    r"^((?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)(?: [a-z][\w\-]*){1,3})(?: (?:that|which|who) [^,]+)?, "
    r"((?:[Tt]he )?[A-Z][\w&.’'\-]*(?: (?:[A-Z][\w&.’'\-]*|of|and|&|for|the|de)){0,6})$"
)
_NEXT_APPOSITIVE = re.compile(r",\s+((?:[A-Z][\w’'\-]*\.?\s){0,3}[A-Z][\w’'\-]*)\s*(?=[,;.]|$)")
_NUMBER = re.compile(r"[\d.,%]+")
#: "... in the United States" closing an organisation's name: where it is, no part of the name
#: " in " and one to three capitalised words closing a source: a place ("Ann Vale in Mumbai").
_IN_PLACE = re.compile(r" in (?:[A-Z][\w.\-]*)(?: [A-Z][\w.\-]*){0,2}$")
_IN_COUNTRY = re.compile(r" in (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*){0,3})$")
_AGE = re.compile(r"\d+-year-olds?")
#: An age right after a person's name ("Tom Reed, 34,", "Ann Lee (29)").
_AGE_AFTER_NAME = re.compile(r",? \(?(\d{1,3})\b(?!-)")
_CAP_RUN = re.compile(r"(?:[A-Z][\w’'&\-]*\.?\s+){0,4}[A-Z][\w’'&\-]*")
#: within a line; "&" joins two words of one name ("Pacific Gas & Electric Co.")
_CAP_RUN_LINE = re.compile(r"(?:(?:[A-Z][\w’'&\-]*\.?|&) ){0,4}[A-Z][\w’'&\-]*")
#: Lower-case singular nouns ending like these name a person ("economist", "physician").
_PERSON_SUFFIX = ("ist", "ician")
#: Plural endings of common nouns for people and bodies ("Inspectors", "Economists"); not "-ers", which
#: ends as many surnames (Sanders, Rogers) as nouns, whose common ones are listed as role nouns. "-ories"
#: and "-aries" (session 23, rule common_plural_initial: "Theories suggest C" was a person "Theories"; not
#: all "-ies": Davies, Menzies).
_PLURAL_SUFFIX = ("ors", "ists", "ians", "ants", "ents", "ees", "ments", "ities", "ories", "aries")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_GENDERED_PRONOUN = re.compile(r"(?<![\w’'])(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)(?![\w’'])")
_RELATIVE = frozenset({"who", "that", "which"})
#: "One of them said": the pronouns after "one of" that stand for a group of people.
_GROUP_OBJECTS = frozenset({"them", "us", "those", "these"})
_DEFINITE = frozenset({"the", "this", "that"})
_ANTECEDENT_WORDS = 5
#: "Acme, " right before an appositive source: capitalised words, then a comma.
_NAME_THEN_COMMA = re.compile(r"([A-Z][\w&’'.\-]*(?: [A-Z][\w&’'.\-]*){0,4}), $")
#: "Although the White House ...": a subordinating word opening a sentence, then a capitalised name.
_SUBORDINATE_SUBJECT = re.compile(
    r"([A-Z][a-z]+) (?:the )?((?:[A-Z][\w&’'.\-]*)(?: [A-Z][\w&’'.\-]*){0,4})\b"
)
#: "The report, carried out ...", "The research was ...": a definite noun opening a sentence as its subject.
_DOCUMENT_SUBJECT = re.compile(r"[“\"]?The ([a-z]+)(?:,| [a-z])")
#: A past participle and "by" closing a source: "contacted by Reuters", ", monitored by the BBC".
_GATHERED_BY = re.compile(r"(?:^|,?\s+)([a-z]+)\s+by\s+(.+)$")
#: A short form in parentheses ending the text before a relative pronoun: "Organization (UNESCO)", "(WHO),".
_FINAL_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z&.\-]*[A-Z])\)[ ,]*$")
#: A capitalised name, then an appositive after a comma that runs to the end ("Mark Hay, a marine ecologist
#: at GT"): before a relative "who", the name is the antecedent, not the appositive's last noun.
_CAPITALISED_NAME = r"[A-Z][\w&.’'\-]*(?: (?:of |for |de )?[A-Z][\w&.’'\-]*)*"
#: Two capitalised names joined by "and" ("the Federal Aviation Administration and the National Transportation
#: Safety Board"): what "the latter" and "the former" point back to.
_COORDINATED_NAMES = re.compile(
    rf"(?<![\w’'\-])(?:the )?({_CAPITALISED_NAME}) and (?:the )?({_CAPITALISED_NAME})(?![\w’'\-])"
)


def coordinated_names(text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """The last two capitalised names joined by "and" in ``text[start:end]``, as spans, or None: the pair
    "the latter" / "the former" refers to when the article names one ("Investigations have been launched by
    the FAA and the NTSB, with the latter confirming ..." -> the NTSB is the latter), organisations as well as
    people (:meth:`Resolver._latter_former` knows only people)."""
    last = None
    for m in _COORDINATED_NAMES.finditer(text, start, end):
        last = m
    if last is None:
        return None
    return Span(last.start(1), last.end(1)), Span(last.start(2), last.end(2))


_NAME_BEFORE_APPOSITIVE = re.compile(r"((?:[A-Z][\w’'\-]*\.? ){0,3}[A-Z][\w’'\-]*), (?:a|an|the) [^,]*$")
#: Sentences back (besides the pronoun's own) where people named together are looked for ("Cherie and
#: Sean O'Donnell held a session. The married couple are ... . The scale ... . The couple encouraged")
_TOGETHER_SENTENCES = 3
#: "The Department of Health issued a statement": "The", a body's capitalised name (with "of", "for",
#: "and", "the" inside), a lower-case verb and up to three words after it (rule narrated_issuer).
_ISSUER = re.compile(
    r"The\s+([A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'\-]*)*)\s+"
    # "The Georgian Tennis Federation (GFT) released a statement": the name's abbreviation (session 24)
    r"(?:\([A-Z]{2,8}\)\s+)?"
    r"(?:has\s+|had\s+)?([a-z]+)\s+((?:\S+\s+){0,2}\S+)"
)
#: Sentences back (besides the source's own) where an outlet cited is what "The report said" refers to (rule
#: outlet_report: "According to a report in the Tulsa Beacon, ... . “Meth. We're on it” is rolling out ...
#: . The report says": a quoted slogan's full stop ends a sentence too).
_OUTLET_SENTENCES = 3
#: Types that name who is cited (a mention of them can be a name); "it" can refer to the last three.
_NAMED = frozenset({"named_person", "named_organisation", "government_body", "media_outlet"})
#: Types a "they" can refer to when no people were named together since
_GROUP_TYPES = frozenset({"unnamed_group", "named_organisation", "government_body"})
_IT_TYPES = frozenset({"named_organisation", "government_body", "media_outlet"})


@dataclass(frozen=True)
class SourceInfo:
    source_type: str
    source_name: str
    role: str
    channel: str
    thing: bool = False  # the source is a common noun that names no speaker ("the US move", "the plan")
    #: how the source is written at the cue: "name", "pronoun", "description" or "none" ("" until typed)
    mention: str = ""
    #: the rule of :mod:`analysis.attribution.source_types` that corrected the type ("" when none did)
    type_rule: str = ""


@dataclass
class _Person:
    name: str
    source_type: str
    gender: str  # "m", "f" or ""
    nouns: frozenset[str]  # role nouns it was introduced with, for "the engineer" later
    pos: int = 0  # where it was last cited as a source


#: Entries of the per-word caches below (patterns, outlets named in a source text).
_WORD_PATTERNS = 4096


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _strip_det(words: list[str], t: Tables) -> list[str]:
    while words and words[0].lower() in t.determiner:
        words = words[1:]
    return words


def media_in(s: str, t: Tables | None = None) -> str:
    """The media outlet named in ``s`` ("the AP", "a report by AP", "the Millbrook Gazette"), or ""."""
    if t is None or t is tables():
        return _media_in(s)  # the same source texts recur across a corpus ("police", "he", "the BBC")
    return _find_media(s, t)


@lru_cache(maxsize=_WORD_PATTERNS)
def _media_in(s: str) -> str:
    return _find_media(s, tables())


def _find_media(s: str, t: Tables) -> str:
    words = [_unpossessive(w) for w in _words(s)]
    best = ""
    for n in (4, 3, 2, 1):
        for k in range(0, len(words) - n + 1):
            cand = " ".join(words[k : k + n])
            if cand in t.media and len(cand) > len(best):
                best = cand
        if best:
            # "Tehran Times": a listed outlet's word ("Times") closing a longer outlet name is that name
            shaped = media_by_shape(s, t) if " " not in best else ""
            return shaped if len(shaped) > len(best) and shaped.endswith(best) else best
    return media_by_shape(s, t)


def media_by_shape(s: str, t: Tables | None = None) -> str:
    """A capitalised name of two or more words ending in a newspaper or broadcaster word ("Harbour
    Herald"), or of two or three starting with one ("Daily Hive", "Radio Harbour"), a "... News" name or a
    call sign ("WSET-TV"), or ""."""
    t = t or tables()
    for m in _CAP_RUN.finditer(s):
        ws = [_unpossessive(w) for w in m.group(0).split()]
        if ws and ws[0] == "The":
            ws = ws[1:]
        # "Las Vegas Review-Journal": the last part of a hyphenated last word ends the name too (fact-check of
        # wikinews-2020-022, session 24: it was an organisation)
        last = ws[-1].lower() if ws else ""
        if len(ws) >= 2 and (last in t.media_name_ends or last.rsplit("-", 1)[-1] in t.media_name_ends):
            return " ".join(ws)
        if 2 <= len(ws) <= 3 and ws[0].lower() in t.media_name_starts:
            return " ".join(ws)
        if len(ws) >= 3 and " ".join(ws[-2:]).lower() in t.media_nouns:
            return " ".join(ws)  # "Saudi Press Agency", "Xinhua News Agency"
    news = _NEWS_NAME.search(s) or _CALL_SIGN.search(s)
    return news.group(0) if news else ""


class TextNames:
    """What the resolver reads from an article's whole text, whatever sources it resolves: the people it
    names, the abbreviations it defines and the runs of name words. Each is computed on first use and is
    the same for every run over the article, so the runs over one article can share one (a report resolves
    the sources of every prose part, then of the body and captions alone; each read all of a 5 MB text).
    """

    def __init__(self, text: str, sentence_starts: list[int]) -> None:
        self.text = text
        self.sentence_starts = sentence_starts
        self._mentions: list[PersonMention] | None = None
        self._mention_idx: _MentionIndex | None = None
        self._acronyms: dict[str, str] | None = None
        self._runs: _NameRuns | None = None
        # the companies the narration names, as Resolver._narrated_org reads them (ends, names): they
        # depend on the text alone, and building them read every capitalised run of it (~0.5 s on 5 MB)
        self.narrated: tuple[list[int], list[str]] | None = None
        # read once for the one-word name tests below: each used to scan the whole text per word, which a
        # 5 MB article asks hundreds of times (quadratic; bench_scaling --one pipeline)
        self._written: frozenset[str] | None = None
        self._after_lower: frozenset[str] | None = None
        self._counts: dict[str, int] = {}

    def written(self, word: str) -> bool:
        """Does the text write ``word`` (letters, digits, apostrophes, hyphens) as a whole word?"""
        if self._written is None:
            self._written = frozenset(_WRITTEN_WORD.findall(self.text))
        return word in self._written

    def after_lower(self, w: str) -> bool:
        """Is ``w`` written right after a lower-case word or a comma and a space, ending at a word boundary?
        The test ``_cap_after_lower(w)`` makes, read once: each boundary-ending start of the words there."""
        if not _WRITTEN_WORD.fullmatch(w):
            return _cap_after_lower(w).search(self.text) is not None
        if self._after_lower is None:
            found: set[str] = set()
            add = found.add
            for m in _AFTER_LOWER.finditer(self.text):
                run = m.group(1)
                if "'" not in run and "’" not in run and "-" not in run:
                    add(run)  # word characters only (most runs): the one boundary is at the end
                    continue
                found.update(run[:i] for i in range(1, len(run) + 1) if _boundary(run, i))
            self._after_lower = frozenset(found)
        return w in self._after_lower

    def occurrences(self, word: str) -> int:
        """How often the text writes ``word`` as a word of its own (counted once per word)."""
        if word not in self._counts:
            self._counts[word] = len(re.findall(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", self.text))
        return self._counts[word]

    def mentions(self) -> list[PersonMention]:
        if self._mentions is None:
            self._mentions = person_mentions(self.text, self.sentence_starts)
        return self._mentions

    def mention_index(self) -> _MentionIndex:
        if self._mention_idx is None:
            starts = self.sentence_starts
            self._mention_idx = _MentionIndex.build(
                self.mentions(), lambda pos: bisect_right(starts, pos) - 1
            )
        return self._mention_idx

    def acronyms(self) -> dict[str, str]:
        if self._acronyms is None:
            self._acronyms = acronyms(self.text)
        return self._acronyms

    def name_runs(self) -> _NameRuns:
        if self._runs is None:
            self._runs = _NameRuns(self.text)
        return self._runs


class Resolver:
    """Types and names sources in reading order, remembering who has been named so far.

    ``names``: the :class:`TextNames` of the same text and sentence starts, when another run over the
    article has one already.
    """

    def __init__(
        self, text: str, sentence_starts: list[int] | None = None, names: TextNames | None = None
    ) -> None:
        self.text = text
        self.t = tables()
        self.sentence_starts = sentence_starts or [0]
        if names is not None and (names.text is not text or names.sentence_starts != self.sentence_starts):
            raise ValueError("the names were read from another text")
        self.names = names if names is not None else TextNames(text, self.sentence_starts)
        self.last_group = ""
        self.last_people = ""  # the last group of people named by a role noun ("head teachers")
        self.last_org = ""
        self.last_media = ""  # the last outlet cited by name, which "the newspaper" refers back to
        self._typed_before: tuple[str, str] = ("", "")  # the last named source's type and name (source_types)
        #: the last source typed a media outlet and where it was cited, for a later "The report said"
        self._outlet_cited: tuple[str, int] = ("", -1)
        self._rule_typed: dict[str, str] = {}  # a source name -> the type a type rule gave it (source_types)
        self.orgs: list[str] = []
        self.people: list[_Person] = []  # person sources, most recent last
        self.persons: list[str] = []  # named persons, for surname resolution
        self.last_it = ""  # the previous source when it was a thing "it" can be
        self.types: dict[str, str] = {}  # resolved name -> its source type, for pronouns that refer back
        # self.people by name, kept for the list object it was built from (the "which" rule replaces it)
        self._people_for: list[_Person] | None = None
        self._people_by_name: dict[str, _Person] = {}
        # is self.people in the order of its sources' sentences (true while sources come in reading order)?
        self._people_in_order = True
        self._people_last_sentence = -1
        # every person entry made, in order, and the names whose speaker gender differs from the gender of
        # their first gendered mention (for _salient_person; read up to _people_read)
        self._people_log: list[_Person] = []
        self._people_read = 0
        self._gender_differs: set[str] = set()
        # the abbreviations the text defines, once this resolver has first needed them (before that a source
        # is never taken for one: see _mention)
        self._acronyms: dict[str, str] | None = None
        self._referred: dict[str, str] = {}  # a one-word name -> how the article refers back to it
        self._suffix_for: list[str] | None = None
        self._suffix_read = 0
        self._suffixes: dict[str, int] = {}
        self._listed: set[str] = set()  # self.persons as a set, kept with _suffixes
        self._pos = 0  # where the source being resolved starts
        self._group_pos = 0  # where the last group or organisation was cited
        self._together: tuple[str, int] = ("", 0)  # the last people named together a source referred to
        self._narrated_they: tuple[str, int] = ("", -1)  # the last narrated group a "they" referred to
        self._org_at: dict[str, int] = {}  # where each organisation source was last cited
        self._narrated: tuple[list[int], list[str]] | None = None  # organisations named in the narration
        self._outlets: set[str] = set()  # outlets a media word introduced ("daily Népszava"), by name
        self._narrated_outlet_at: dict[str, int] = {}  # a name -> where a media noun first introduced it
        self._openings: dict[str, list[tuple[int, str]]] = {}  # name -> fuller names (org_short_name)
        self._employers: dict[str, bool] = {}  # a name -> is it where a cited person works (employer_name)

    # ----- names ----------------------------------------------------------------------------------------
    def full_name(self, surname_words: list[str], before: int) -> str:
        """The fullest capitalised name ending with ``surname_words`` earlier in the text (or itself)."""
        short = " ".join(surname_words)
        found = self._persons_ending().get(short)
        if found is not None and self.persons[found] != short:
            return self.persons[found]  # a bare surname listed before ("Rossi said") looks for more
        if len(surname_words) != 1:
            return short
        word = surname_words[0]

        def fuller(m: re.Match[str]) -> str:
            run = _after_sentence_end(_words(m.group(0)), self.t)
            run = run[fronted_words(run) :]  # "Following Assange": a fronted participle names no one
            cand = _given_name_start(_strip_titles(run, self.t))
            openers = not_np_openers() | _source_words("sentence_adverb")
            while cand and cand[0].lower() in openers:
                # "But Parry said": a sentence's conjunction, capitalised, is no given name; "Now Apple has
                # sued": nor its adverb
                cand = cand[1:]
            if len(cand) < 2 or " ".join(cand[:-1]) in countries():
                return ""  # "ambassador to Britain Liu Xiaming ... Liu said": no "Britain Liu"
            return " ".join(cand) + name_suffix(self.text, m.end())

        best = self._name_runs().fold("full", word, _names_before, fuller, _longer, before)
        if not best:
            # "Erdogan said" after "Recep Tayyip Erdoğan": the same surname spelled without its accents
            best = next(
                (m.name for m in self.mentions() if m.start < before and " " in m.name
                 and m.name.split()[-1] != word and fold_accents(m.name.split()[-1]) == fold_accents(word)),
                "",
            )
        # the first name only when no fuller name was found: it reads every mention
        return (
            best
            or self._given_name_of(short, before)
            or self._surname_first(word, before)
            or self._cited_first_word(word)
            or short
        )

    def _cited_first_word(self, word: str) -> str:
        """The last person cited before whose name of two words or more opens with ``word`` (rule
        ``cited_first_word``): "Chee Kheng Hoy told Reuters ... Chee said" -> Chee Kheng Hoy, a name
        written surname first that no title introduced (so no person mention found it); "" when none.
        Only cited sources count, not every capitalised run ("Park Avenue"), and a given name is left to
        the mentions (``_given_name_of``)."""
        if word in given_names():
            return ""
        return next((p for p in reversed(self.persons) if " " in p and p.split()[0] == word), "")

    def _persons_ending(self) -> dict[str, int]:
        """For each way a listed person's name ends ("Jens Stoltenberg": itself, "Stoltenberg"), the index
        in ``self.persons`` of the last person whose name ends so (kept up to date as the list grows)."""
        if self._suffix_for is not self.persons:  # a new list ("which" removes a name): read it afresh
            self._suffix_for, self._suffix_read, self._suffixes = self.persons, 0, {}
            self._listed = set()
        for k in range(self._suffix_read, len(self.persons)):
            p = self.persons[k]
            self._listed.add(p)
            self._suffixes[p] = k
            for i, c in enumerate(p):
                if c == " ":
                    self._suffixes[p[i + 1 :]] = k
        self._suffix_read = len(self.persons)
        return self._suffixes

    def _add_person(self, name: str) -> None:
        """Add ``name`` to ``self.persons`` unless it is there (a set lookup, not a scan of the list)."""
        self._persons_ending()
        if name not in self._listed:
            self.persons.append(name)

    def _name_runs(self) -> _NameRuns:
        return self.names.name_runs()

    def _given_name_of(self, word: str, before: int) -> str:
        """ "Hardeep" after "Minister Hardeep Singh Puri": the person an article calls by a first name."""
        at = self._name_runs().before_capital(word)
        if at is None or at + len(word) + 1 > before:
            return ""  # never written before a capitalised word: no fuller name to find (cheap test first)
        index = self._mention_index()
        own = index.by_first_word.get(word, [])
        i = bisect_left(own, bisect_right(index.ends, before)) - 1  # the last such mention ending by then
        # "Prime Minister Tuilaepa" after "Tuilaepa Sailele Malielegaoi": the latest full name
        while i >= 0 and " " not in index.mentions[own[i]].name:
            i -= 1
        return index.mentions[own[i]].name if i >= 0 else ""

    def _initials_of(self, word: str) -> str:
        """ "VS" in an interview with Vlada Stamenković: the person whose name those initials spell."""
        if not 2 <= len(word) <= 4 or not word.isalpha():
            return ""
        if not _initials_run(word).search(self.text):
            return ""  # no run of words with these initials anywhere (cheap test first)
        found = [m.name for m in self.mentions() if "".join(w[0] for w in m.name.split()) == word]
        return found[-1] if found else ""

    def _surname_first(self, word: str, before: int) -> str:
        """ "Park" after "Foreign Minister Park Jin": a name written surname first, as in Korean or Chinese.

        Only a name right after a title counts, so that "Park" is not joined to a following ordinary
        capitalised word ("Park Avenue") elsewhere in the text.
        """
        if self._name_runs().before_capital(word) is None:
            return ""  # never written before a space and a capital: the pattern cannot match (no compile)

        def named(m: re.Match[str]) -> str:
            title, given = m.group(1).lower(), m.group(2).lower()
            is_title = title in self.t.role_singular or title in self.t.honorifics
            if is_title and given not in self.t.role_singular and given not in self.t.org_words:
                return f"{word} {m.group(2)}"
            return ""

        return self._name_runs().fold("surname_first", word, _surname_first_pattern, named, _first, before)

    def _remember(self, name: str, source_type: str, gender: str, nouns: set[str]) -> None:
        """Move (or add) a person to the end of the people list, merging what is known about it.

        Names in the list are unique (this is the only place that adds to it), so the entry is found by
        name and then from the recent end, where it usually is: scanning the whole list for every source
        grew with the square of a long article's cast.
        """
        people = self.people
        known = self._person_named().get(name)
        if known is not None:
            for k in range(len(people) - 1, -1, -1):
                if people[k] is known:
                    del people[k]
                    gender = gender or known.gender
                    nouns |= known.nouns
                    break
        person = _Person(name, source_type, gender, frozenset(nouns), self._pos)
        people.append(person)
        self._people_by_name[name] = person
        sentence = self._sentence(self._pos)
        self._people_in_order = self._people_in_order and sentence >= self._people_last_sentence
        self._people_last_sentence = max(self._people_last_sentence, sentence)
        self._people_log.append(person)

    def _person_named(self) -> dict[str, _Person]:
        """``self.people`` by name (rebuilt only when the list itself is replaced)."""
        if self._people_for is not self.people:
            self._people_by_name = {p.name: p for p in self.people}
            self._people_for = self.people
        return self._people_by_name

    def mentions(self) -> list[PersonMention]:
        """The people the article names anywhere (computed once, when a source first needs them)."""
        return self.names.mentions()

    def _sentence(self, pos: int) -> int:
        return bisect_right(self.sentence_starts, pos) - 1

    def _gender(self, words: list[str], role_text: str) -> str:
        """A person's gender from a title ("Mrs."), a gendered noun, or a "he"/"she" in its relative clause.

        Given names are not used: no list of them is reliable across the countries news covers.
        """
        t = self.t
        for w in words:
            lw = w.lower()
            if lw in t.role_gender:
                return t.role_gender[lw]
            if lw in t.honorifics or lw.rstrip(".") in ("mr", "mrs", "ms"):
                if lw in t.male:
                    return "m"
                if lw in t.female:
                    return "f"
        for w in _words(role_text):
            lw = w.lower()
            if lw in t.possessives or lw in t.object_pronouns:
                continue
            if lw in t.male:
                return "m"
            if lw in t.female:
                return "f"
        return ""

    def _initial(self, pos: int) -> bool:
        """Does the source at ``pos`` open its sentence (so its first capital says nothing)?"""
        k = bisect_right(self.sentence_starts, pos) - 1
        start = self.sentence_starts[k] if k >= 0 else 0
        lead = self.text[start:pos].strip().strip("(—–- ").strip()
        if lead[:1] in QUOTE_CHARS and lead[-1:] in QUOTE_CHARS and len(lead) > 1:
            return False  # '"Are you ready?" Sanders asked': the splitter cut after the quotation
        return lead.strip(QUOTE_CHARS).strip() in ("", "But", "And", "So", "Yet")

    def _cap_elsewhere(self, w: str) -> bool:
        """Is ``w`` written capitalised after a lower-case word or comma somewhere in the article?"""
        return self.names.after_lower(w)

    def _antecedent(self, pos: int) -> Span | None:
        """The noun phrase before a relative "who" at ``pos``: up to a few words back to punctuation."""
        t = self.t
        a = max(0, pos - 100)
        seg = self.text[a:pos]
        cut = max(seg.rfind(c) for c in '.;:!?()"“”—\n')
        tail = seg[cut + 1 :].rstrip(" ,")
        short = _FINAL_ABBREVIATION.search(seg)
        if not tail and short:
            # rule abbreviation_antecedent: "... Cultural Organization (UNESCO) who questioned", "the World
            # Health Organization (WHO), which said": the body, by the short form the article defined
            return Span(a + short.start(1), a + short.end(1))
        named = _NAME_BEFORE_APPOSITIVE.search(tail)
        if named:  # "Mark Hay, a marine ecologist and Regents Professor at GT, who said": Mark Hay
            return Span(a + cut + 1 + named.start(1), a + cut + 1 + named.end(1))
        ms = list(_WORD.finditer(tail))[-_ANTECEDENT_WORDS:]
        verb = after_verb(ms, t)
        if verb:
            # rule antecedent_after_verb: "Pepsi and Winnebago are among retailers that said": the noun
            # phrase after the verb, not "Winnebago are"
            ms = ms[verb:]
            while len(ms) > 1 and ms[0].group(0).lower() in not_np_openers():
                ms = ms[1:]
            base = a + cut + 1
            return Span(base + ms[0].start(), base + ms[-1].end())
        while ms and not (
            ms[0].group(0)[:1].isupper()
            or ms[0].group(0).lower() in t.determiner
            or ms[0].group(0).lower() in t.quantifiers
            # "according to police, who said": a bare plural or body noun heads the noun phrase
            or len(ms) == 1 and (ms[0].group(0) in t.role_plural or ms[0].group(0) in t.body_nouns)
        ):
            ms = ms[1:]
        openers = not_np_openers()
        while len(ms) > 1 and ms[0].group(0).lower() in openers:
            ms = ms[1:]  # "In mainland China, which claims ...": the preposition opens no noun phrase
        lone = ms[0].group(0).lower() if len(ms) == 1 else ""
        if not ms or lone in openers or lone in t.boundary:
            # "So that also another similarity ... and shows that C" (an interview's speech): a sentence's
            # opening word is no antecedent (rule antecedent_not_opener; it was a person named "So")
            return None
        base = a + cut + 1
        return Span(base + ms[0].start(), base + ms[-1].end())

    # ----- typing -------------------------------------------------------------------------------------
    def resolve(
        self,
        source: Span | None,
        role: Span | None,
        cue_lemma: str,
        addressee: Span | None,
        channel_hint: str = "",
    ) -> SourceInfo:
        named = self._name_before_appositive(source) if role is None else None
        if named is not None:  # "Acme, the maker of the game, has said": Acme, the appositive its role
            source, role = named, source
        info = self._retyped(source, self._resolve(source, role, addressee, channel_hint))
        if source is not None and info.source_type in _ROLE_NAMED_TYPES:
            info = replace(info, source_name=abbreviations_as_written(
                info.source_name, self.text[source.start : source.end]))
        if not info.mention:
            info = replace(info, mention=self._mention(source, info))
        if info.mention == "pronoun":
            return info
        if info.source_name and info.source_type != "none":
            self.types[info.source_name] = info.source_type
        if info.source_type in _GROUP_TYPES and source is not None:
            self._group_pos = source.start
        head = self._document_head(info.source_name) if info.source_type == "document" else ""
        if info.source_type in _IT_TYPES or head in self.t.attribution_nouns:
            self.last_it = info.source_name
        else:
            self.last_it = ""
        return info

    def _name_before_appositive(self, source: Span | None) -> Span | None:
        """Rule ``appositive_source_name``: the name a source set off by commas describes, when the source is
        only that description: "Acme, the maker of the game, has said in the past C" is Acme's, the
        appositive its role (the guideline: an appositive set off by commas is no part of the source; the
        tagger took "the maker of the game" alone, session 23's known defect). The description opens with
        an article and a lower-case word and a comma follows it; the name is capitalised words opening
        their sentence, then ", ". None otherwise. Example: at "the maker of the game" there -> the span
        of "Acme"; "Acme said the maker of the game, Bo, lied" -> None (no comma before it)."""
        if source is None:
            return None
        words = self.text[source.start : source.end].split(" ", 2)
        if len(words) < 2 or words[0].lower() not in _DEFINITE | {"a", "an"} or not words[1][:1].islower():
            return None
        if self.text[source.end : source.end + 1] != ",":
            return None
        m = _NAME_THEN_COMMA.search(self.text, max(0, source.start - 80), source.start)
        if m is None:
            return None
        k = self._sentence(source.start)
        opening = self.sentence_starts[k] if self.sentence_starts and k >= 0 else 0
        if self.text[opening : m.start(1)].strip(" \n\"“‘'") != "":
            return None
        return Span(m.start(1), m.end(1))

    def _retyped(self, source: Span | None, info: SourceInfo) -> SourceInfo:
        """``info`` corrected by the first rule of :data:`source_types.TYPE_RULES` that answers; what the
        resolver remembered of the source (a person, an organisation) follows the new type, so a later
        "it", "he" or "the company" refers back to the right kind of source."""
        if source is None or info.mention == "pronoun" or not info.source_name:
            return info
        written = self.text[source.start : source.end]
        before, self._typed_before = self._typed_before, (info.source_type, info.source_name)
        earlier = self._rule_typed.get(info.source_name, "")
        outlet, at = self._outlet_cited
        near = at >= 0 and self._sentence(source.start) - self._sentence(at) <= _OUTLET_SENTENCES
        seen = Seen(
            written,
            info.source_type,
            info.source_name,
            info.role,
            *before,
            earlier_type=earlier,
            recent_outlet=outlet if near else "",
        )
        got = retype(seen)
        if info.source_type == "media_outlet" and (got is None or got[0] == "media_outlet"):
            self._outlet_cited = (got[1] if got else info.source_name, source.start)
        elif got is not None and got[0] == "media_outlet":
            self._outlet_cited = (got[1], source.start)
        if got is None:
            return info
        new_type, new_name, rule = got
        self._rule_typed[new_name] = new_type
        if info.source_type == "named_person" and new_type != "named_person":
            self.people = [p for p in self.people if p.name != info.source_name]
            self.persons = [p for p in self.persons if p != info.source_name]
        elif new_type == "named_person" and info.source_type == "anonymous_person":
            # "Flic Evert, journalist and ..., said ... she added": the "she" is the named person now, not the
            # whole phrase the resolver remembered (rule name_then_role)
            old = self._person_named().get(info.source_name)
            self.people = [p for p in self.people if p.name != info.source_name]
            self._add_person(new_name)
            self._remember(new_name, new_type, old.gender if old else "", set(old.nouns) if old else set())
        if new_type in _IT_TYPES and new_name not in self.orgs:
            self.orgs.append(new_name)
        self._typed_before = (new_type, new_name)
        return replace(info, source_type=new_type, source_name=new_name, type_rule=rule)

    def _document_head(self, name: str) -> str:
        """The head noun of a document's name, lower case: its last word, or the word before a participle or
        preposition that modifies it ("statement posted to his official Twitter account": "statement")."""
        words = name.lower().split()
        for k in range(1, len(words)):
            participle = words[k].endswith("ed") and words[k - 1] in self.t.attribution_nouns
            if words[k] in self.t.head_stops or participle:
                return words[k - 1]
        return words[-1] if words else ""

    def _mention(self, source: Span | None, info: SourceInfo) -> str:
        """How the source is written at the cue: "name" when its words name it, else "description".

        "the company" resolved to Northline Motors is a description; "Stoltenberg" and "the State
        Department" are names; "South Korean officials" is a description, whatever its capitals.
        """
        if source is None or info.source_type == "none" and not info.source_name:
            return "none"
        if info.source_type not in _NAMED or not info.source_name:
            return "description"
        name_words = {fold_accents(w.lower()) for w in _words(info.source_name) if w[:1].isupper()}
        written = [fold_accents(w) for w in _words(self.text[source.start : source.end]) if w[:1].isupper()]
        if any(self._acronyms and self._acronyms.get(w) == info.source_name for w in written):
            return "name"  # "the AU" for the African Union
        named = any(_unpossessive(w).lower() in name_words for w in written)
        return "name" if named else "description"

    def _resolve(
        self, source: Span | None, role: Span | None, addressee: Span | None, channel_hint: str
    ) -> SourceInfo:
        t = self.t
        channel = ""
        if addressee is not None:
            channel = _addressee_media(self.text[addressee.start : addressee.end], t)
        channel = channel or channel_hint
        if source is None:
            return SourceInfo("none", "", "", channel)
        self._pos = source.start
        raw = strip_quotes(self.text[source.start : source.end])
        head = raw
        role_text = ""
        if role is not None and role.start > source.start:
            head = self.text[source.start : role.start].rstrip(" ,")
            role_text = strip_quotes(self.text[role.start : role.end])
        elif role is not None:
            role_text = strip_quotes(self.text[role.start : role.end])
        if head.strip(" ,").lower() in t.interjection and role_text:
            # "Nevertheless, one of his deputies, Ann Lee, said": the adverb was read as the name and the rest
            # as its role; the rest is the source (rule adverb_before_source)
            head, role_text = role_text, ""
        opener = _OPENING_ADVERB.match(head)
        if opener and opener.group(1).lower() in t.interjection and opener.end() < len(head):
            head = head[opener.end() :]  # "Nevertheless, Ann Lee said": an adverb (rule adverb_before_source)
        cut = HEAD_END.search(head)
        if cut and cut.start() > 0:
            head = head[: cut.start()]
        for w in _source_words("during"):
            head = head.split(f" {w} ", 1)[0]  # "a report from X during the weekend": when, not who
        head = without_gathering_outlet(head, t) or head  # "bank economists contacted by Reuters": them
        role_text = without_gathering_outlet(role_text, t)  # "Tehran radio, monitored by the BBC,": no role
        head = strip_time_tail(head, t)  # "Clark in October revealed": when, not who
        head = strip_period(head)  # "Harcourt last week said", "Last week the group said": when, not who
        where = _IN_PLACE.search(head)
        named = _words(head[: where.start()])[-2:] if where else []
        if where and (self._bare_person_name(named) or self._two_word_name(named)):
            head = head[: where.start()]  # "The BBC's Ann Vale in Mumbai says": where she is, not who
        aside = _COMMA_WORD.search(head)
        if aside and aside.start() > 0 and aside.group(1).lower() in not_np_openers():
            head = head[: aside.start()]  # "Trump, also on Twitter, defended": an aside, not the name
        # "Home Depot (ticker: HD)", "Transco Energy Co <T>": a listed company
        listed = ticker_in(head) or _ANGLE_TICKER.search(head) is not None
        head = _ANGLE_TICKER.sub("", head) or head
        head = _FINAL_PARENTHESIS.sub("", head) or head
        named_role = _NAME_THEN_ROLE.match(head)
        if named_role and not role_text and self._bare_person_name(_words(named_role.group(1))):
            # "Jessica Caldwell, Edmunds' executive director of industry analysis": the name, then its role
            head, role_text = named_role.group(1), named_role.group(2)
        if not role_text:
            # "Mr Bez - himself a former executive at Porsche - said": a dashed appositive is the role
            m = re.search(r"\s(?:--|[-–—])\s", head)
            if m and m.start() > 0:
                head, role_text = head[: m.start()], head[m.end() :].strip(" -–—")
        # a possessive inside a name stays ("the Alachua Sheriff's Office"); a final one goes ("Reuters'")
        words = _words(head)
        words = [w if k < len(words) - 1 and _INNER_POSSESSIVE.search(w) else _unpossessive(w)
                 for k, w in enumerate(words)]
        after_name = _source_words("reflexive") | _source_words("trailing_adverb") | _floating_quantifiers()
        while len(words) > 1 and words[-1].lower() in after_name:
            words = words[:-1]  # "Tony Blair himself has said", "He instead told": no part of the name
        words = words[leading_day(words, t) :]  # "Thursday the United States Commission ... criticized"
        lw = [w.lower() for w in words]
        role_text = _strip_article(role_text, t)
        described = described_name(head) if not role_text else None
        if described is not None:
            # "The company that runs the AMAs, Dick Clark Productions": the name after the description, when
            # the description is only a role or an organisation noun
            d_words = _words(described[0])
            if self._appositive_person(d_words, described[1]) or self._appositive_org(d_words, described[1]):
                words, lw, role_text = d_words, [w.lower() for w in d_words], described[1]
        app = self._appositive_person(words, role_text or self._next_appositive(source))
        if app:
            # "The Vice President, Mike Pence", "Another eyewitness, Nicole Towarek": the name is the source
            return self._resolve_named(app, " ".join(words), channel)
        org = self._appositive_org(words, role_text) or one_of_named_org(head, role_text, t)
        if org:
            # "The militant organisation, the Islamic State of Iraq and the Levant": the name is the source
            kind = self._org_kind(_words(org)) or t.org_words.get(lw[-1], "organisation")
            return self._org(org, kind, " ".join(words), channel)
        acronym = len(words) == 1 and len(words[0]) > 1 and words[0].isupper()  # "WHO", "IT", "US"
        if len(lw) == 1 and lw[0] in _RELATIVE and not acronym:
            ant = self._antecedent(source.start)
            if ant is not None and lw[0] != "who":
                # "Facebook released a statement which read C": the statement's sender (rule
                # relative_sender)
                ant = sender_before_document(self.text, ant, t) or ant
            if ant is not None:
                info = self._resolve(ant, None, None, channel)
                if lw[0] == "which" and info.source_type == "named_person":
                    # "Norton, which declined to comment": "which" never refers to a person
                    self.persons = [p for p in self.persons if p != info.source_name]
                    self.people = [p for p in self.people if p.name != info.source_name]
                    kind = "government" if info.source_name in countries() else "organisation"
                    return replace(self._org(info.source_name, kind, role_text, channel), mention="pronoun")
                if lw[0] == "who" and info.source_type in _IT_TYPES:
                    person = person_before_of(self.text, ant.start, self._person_named())
                    if person is not None:
                        # "said Ward Lake of Merrill Lynch and Co Inc, who expects": Ward Lake, not the firm
                        info = self._resolve(person, None, None, channel)
                # "who" refers back as "he" does; a "that" taken as the source is mostly a clause's
                return replace(info, mention="pronoun") if lw[0] == "who" else info
        if name_with_for(words, t):
            # "Transport for London said": one organisation, not a person named "London"
            kind = self._org_kind(words) or "organisation"
            return self._org(" ".join(_strip_det(words, t)), kind, role_text, channel)
        if self._acronyms is None:
            self._acronyms = self.names.acronyms()
        if defined_long_form(_strip_det(words, t), self._acronyms):
            # "According to Notes from Poland (NFP)": the name the article abbreviates, not "Poland"
            media = media_by_shape(" ".join(words), t)
            if media:
                return SourceInfo("media_outlet", " ".join(_strip_det(words, t)), role_text, channel)
            kind = self._org_kind(words) or "organisation"
            return self._org(" ".join(_strip_det(words, t)), kind, role_text, channel)
        if listed and all(_capitalised(w) for w in words):
            return self._org(" ".join(_strip_det(words, t)), "organisation", role_text, channel)
        if len(lw) == 2 and lw[0] in t.possessives and lw[0] in t.pronouns and _owned_speech(lw[1], t):
            owner = self._resolve(Span(source.start, source.start + len(words[0])), None, None, channel)
            if lw[1] in _source_words("owned_speech"):
                return owner  # "His refusal to say": the owner's own act of speech
            # rule pronoun_owned_document: "its website", "her memoirs", "its forecast": a document whose
            # owner is only a possessive pronoun is a document, named for its owner ("Ann Lee's memoirs";
            # labelling-notes.md, A's "its website"; session 22's fact-check of wikinews-2019-063)
            name = f"{owner.source_name}'s {words[1]}" if owner.source_name else words[1]
            return SourceInfo("document", name, role_text, channel)
        pronoun = _CONTRACTION.sub("", match_form(lw[0])) if len(lw) == 1 else ""
        if pronoun in t.pronouns and not acronym:  # "I'm" is the pronoun "I", never a person's name
            name, kind = self._pronoun(pronoun, source.start)
            return SourceInfo(kind, name, role_text, channel, mention="pronoun")
        if len(lw) == 2 and lw[0] in _DEFINITE and lw[1] in _pair_nouns() or both_people(lw):
            people = self._people_together(source.start)
            if people:  # "The couple said", "Both men said" after "Cherie and Sean O'Donnell"
                self._together = (people, source.start)
                return SourceInfo("named_person", people, role_text, channel, mention="description")
        back = _source_words("back_latest") | _source_words("back_earlier")
        if len(lw) == 2 and lw[0] in articles() and lw[1] in back:
            latest = lw[1] in _source_words("back_latest")
            k = self._sentence(source.start)
            window = self.sentence_starts[max(0, k - 1)] if k >= 0 else 0
            pair = coordinated_names(self.text, window, source.start)
            if pair is not None:  # "the FAA and the NTSB, with the latter confirming": the NTSB
                info = self._resolve(pair[1] if latest else pair[0], None, None, channel)
                return replace(info, mention="description")
            found = self._latter_former(latest, source.start)
            if found:  # "Dave Woodford and Ann Lee arrived. The latter said": Ann Lee
                return replace(self._resolve_named(found, "", channel), mention="description")
        holder = self._title_holder(words) if len(lw) == 2 and lw[0] in _DEFINITE else None
        if holder is not None:
            # "The MEC said" after "MEC for Cooperative Governance ..., Jacob Mamabolo" (rule title_alone)
            self._remember(holder.name, holder.source_type, "", {lw[1]})
            return SourceInfo(holder.source_type, holder.name, role_text, channel, mention="description")
        indefinite = " ".join(lw)
        if indefinite in t.no_source:
            return SourceInfo("none", "", role_text, channel, mention="none")  # "Nobody said": no one cited
        if indefinite in t.unnamed_pronouns:
            return SourceInfo("unnamed_group", indefinite, role_text, channel, mention="description")
        if indefinite in t.anonymous_pronouns:
            return SourceInfo("anonymous_person", indefinite, role_text, channel, mention="description")
        if street_source(" ".join(words)) == "government_body":
            # "No 10 said": 10 Downing Street, the government, before "10" reads as a quantity
            return self._org(" ".join(words), "government", role_text, channel)
        if (
            len(words) == 1
            and _AND_AFTER.match(self.text, source.end)
            and self._common_plural_opener(words[0], source.start)
        ):
            # "Businesses" of "Businesses and residents say", cut off by conjuncts.split_conjuncts: a group
            # (rule common_first_conjunct)
            self.last_group = self.last_people = words[0].lower()
            return SourceInfo("unnamed_group", words[0].lower(), role_text, channel, mention="description")
        first = self._first_conjunct(head, source.start)
        if first is not None:
            word = self.text[first.start : first.end]
            if " " not in word and self._common_plural_opener(word, first.start):
                # "Businesses and residents say": businesses, a group, not a person named "Businesses"
                self.last_group = self.last_people = word.lower()
                return SourceInfo("unnamed_group", word.lower(), role_text, channel, mention="description")
            return self._resolve(first, None, None, channel)  # the guideline: one attribution per conjunct
        media = media_in(head, t)
        core = _strip_det(words, t)
        if media and self._outlet_as_title(media, core):
            media = ""  # "Economist Ana Ruiz said": the role, not the outlet
        # all capitalised: "analyst Tom Lee of Lee and Associates" is the analyst's (rule and_co_firm)
        whole = len(core) >= 3 and core[-2] == "and" and all(w[:1].isupper() for w in core if w != "and")
        co = core[-1].lower() if whole else ""
        if co and (co in t.org_words or co + "." in t.org_words):
            # rule and_co_firm: "Goldman Sachs and Co said": the firm, named whole (it was a person "Co")
            return self._org(" ".join(core), "organisation", role_text, channel)
        listed = " ".join(core).lower()
        if " " in listed and t.org_words.get(listed):
            # rule listed_org_name: "The Committee to Protect Journalists", "Reporters Without Borders": a
            # name organisation_words.tsv lists whole is that organisation's, not cut at a role or a verb
            return self._org(" ".join(core), t.org_words[listed], role_text, channel)
        if len(core) > 1 and core[0].lower() == "other":
            core = core[1:]  # "other forecasters" are forecasters
        while len(core) > 1 and _affiliated(core[0]) and _capitalised(core[1]):
            core = core[1:]  # "The Yemen-based Houthi movement": where it is based is no part of its name
        naming = sense_words().naming
        if not naming.isdisjoint(w.lower() for w in core):  # cheap test first: most sources hold no "named"
            people = t.role_singular.keys() | person_nouns().keys()  # nouns for people (person_nouns.tsv too)
            named = named_after_role(core, people, naming)
            if named is not None:
                # "A university student named Wong": the person named (rule named_after_role)
                return self._resolve_named(" ".join(named[1]), role_text or " ".join(named[0]), channel)
        if not core:
            return SourceInfo("none", "", role_text, channel)
        definite = bool(lw) and lw[0] in _DEFINITE
        if (definite or lw[:1] == ["one"] or lw[:1] == ["a"] or lw[:1] == ["an"]) and not media and len(
            core
        ) == 1 and self._capital_title(core[0]):
            core = [core[0].lower()]  # "The Judge wrote", "One MP told": the role (rule capital_title)
        elif (
            definite
            and not media
            and 2 <= len(core) <= 4
            and all(w[:1].isupper() and self._title_part(w) for w in core[:-1])
            and self._capital_title(core[-1])
        ):
            # "The Prime Minister said", "The Indonesian Economics Minister": the role, as "the prime
            # minister" (rule capital_title_compound)
            core = [w.lower() for w in core]
        elif (
            not media
            and 2 <= len(core) <= 3
            and all(w.lower() in _source_words("party") for w in core[:-1])
            and self._capital_title(core[-1])
        ):
            core = [*core[:-1], core[-1].lower()]  # "A Labour MP said": a party's member (capital_title)
        if (
            len(core) == len(words)
            and core[0][:1].isupper()
            and not media
            and self._initial(source.start)
            and self._common_initial(core)
        ):
            # "Inspectors", "Environmental groups": not names; "US authorities" keeps its capitals
            # an abbreviation keeps its capitals ("US authorities", "MPs": two capitals or more)
            if sum(c.isupper() for c in core[0]) < 2 and core[0] not in countries():
                core = [core[0].lower(), *core[1:]]
        of_group = lw[-1] in t.role_plural or lw[-1] in _GROUP_OBJECTS
        if len(lw) > 2 and lw[0] == "one" and lw[1] == "of" and of_group:
            # "One of the children said": one person of a group, unnamed
            name = " ".join(lw)
            self._remember(name, "anonymous_person", "", {lw[-1]})
            return SourceInfo("anonymous_person", name, role_text, channel)
        # a quantity of people: "71 percent of head teachers", "Only four", "most residents", "one mother"
        q, vague = 0, False
        while q < len(core) and (
            core[q].lower() in t.quantifiers or _NUMBER.fullmatch(core[q]) or _number(core[q], t)
        ):
            q += 1
        quantity = q > 0 and not media
        if quantity:
            rest = core[q:]
            while rest and (rest[0].lower() == "of" or rest[0].lower() in t.determiner):
                rest = rest[1:]
            if not rest:  # "Only four": four of the people last named as a group
                name = self.last_people or " ".join(core).lower()
                return SourceInfo("unnamed_group", name, role_text, channel)
            # "Some Westland lawmakers": a vague quantifier is no part of the name (rule vague_quantifier)
            vague = vague_quantity(core[:q], rest, t)
            if vague or not any(w[:1].isupper() for w in rest):
                core = rest
        # the head noun comes before "of/for/with ..." after a common noun; the phrase stays in the name
        tail: list[str] = []
        k0 = next((k for k in range(2, len(core)) if core[k].lower() in t.head_stops), 0)
        # "José Ortiz of the island's power authority": two name words no list knows, then the affiliation
        unlisted = k0 == 2 and self._two_word_name(core[:2]) and core[0].lower() not in t.quantifiers
        named_first = _titled(core[:k0], t) or self._bare_person_name(core[:k0]) or unlisted
        after = core[k0 + 1 : k0 + 3] if k0 else []
        lower_affiliation = len(after) == 2 and after[0] == "the" and after[1].islower()
        if k0 and (not _capitalised(core[-1]) or lower_affiliation) and named_first:
            # "Chief Superintendent Graciano Mijares of the police of Sulu province": a titled name, then its
            # affiliation (which ends in a lower-case word, so the name path below would not see the name);
            # so does one that opens with "the" and a lower-case noun and ends in a name ("... of the police
            # of the Autonomous Region in Muslim Mindanao": rule titled_affiliation, session 23)
            role_text = role_text or " ".join(core[k0 + 1 :])
            core = core[:k0]
        for k in range(1, len(core)):
            # "State legislators supporting the law", "researchers mostly from X": the head first
            participle = core[k].endswith(("ing", "ly")) and core[k - 1].lower() in t.role_plural
            # "credible reports received by Amnesty", "eyewitness accounts corroborated by video footage"
            participle = participle or received_by(" ".join(core[: k + 1])) and core[k + 1 : k + 2] == ["by"]
            # "sources close to the investigation": "to" after a postmodifying adjective ends the head too
            close_to = core[k].lower() == "to" and k > 1 and core[k - 1].lower() in t.postmodifiers
            # "Those in favor of punishment": a pronoun capitalised at the sentence's start is no name
            lower = not _capitalised(core[k - 1]) or k == 1 and core[0].lower() in t.unnamed_pronouns
            if (core[k].lower() in t.head_stops or participle or close_to) and lower:
                # "people familiar with the talks", "State legislators supporting the law": the head first
                h = k - 1 if k > 1 and core[k - 1].lower() in t.postmodifiers else k
                core, tail = core[:h], core[h:]
                break
        reached = bool(tail) and received_by(tail[0]) and not (media and media in " ".join(core))
        if reached and (media or core[-1].lower() in t.role_plural):
            # rule reached_by_outlet: in "bank economists contacted by Reuters", "analysts surveyed by
            # Refinitiv" the people the outlet or firm reached speak, not the outlet (it was typed the
            # outlet); they are named without it, and "a memo seen by Reuters" is the memo
            media, tail = "", []
        last = core[-1].lower()
        full = " ".join(core + tail)
        if tail and len(core) == 1 and last in t.unnamed_pronouns:
            # rule postmodified_pronoun: "Those close to the minister", "Those familiar with the talks": the
            # people the phrase describes, an unnamed group (it was typed a document named "those")
            return SourceInfo("unnamed_group", full.lower(), role_text, channel, mention="description")
        if media and surname_outlet(core, media, t):
            # "Mr Fox said": the person, not the outlet Fox (rule surname_outlet)
            return self._resolve_named(" ".join(core[-2:]), role_text, channel)
        if media and core == [media]:
            person = self._person_before(media, source.start)
            if person:
                # "Bloomberg said" after "Michael Bloomberg": the person, not the outlet (rule outlet_surname)
                return self._resolve_named(person, role_text, channel)
        if media and len(core) > 1:
            person = self._outlet_person(core, media, role_text)
            if person is not None:
                return person
        outlet = self._described_outlet(core)
        if outlet:  # "State press agency PAP", "the broadcaster RTE": the outlet by its name
            self.last_media = outlet
            self._outlets.add(outlet)
            return SourceInfo("media_outlet", outlet, role_text, channel)
        if definite and len(core) == 1 and core[0][:1].isupper() and core[0].lower() in t.media_name_ends:
            # "The Chronicle says" (after "the San Francisco Chronicle"): a newspaper by its last word
            known = self.last_media if self.last_media.endswith(core[0]) else ""
            name = known or next((o for o in self._outlets if o.endswith(" " + core[0])), "") or core[0]
            self.last_media = name
            return SourceInfo("media_outlet", name, role_text, channel)
        if " ".join(core) in self._outlets or self._narrated_outlet(" ".join(core)):
            # "Népszava noted" after "daily Népszava": the same outlet
            self.last_media = " ".join(core)
            return SourceInfo("media_outlet", " ".join(core), role_text, channel)
        inside = re.search(r"(\w+) in (?:the |The )?" + re.escape(media), head) if media else None
        if inside and inside.group(1).lower() in _source_words("study"):
            # "One study in the Journal of Threatened Taxa": the study, published in the outlet
            return SourceInfo("document", inside.group(1).lower(), role_text, media)
        if media and (last in t.attribution_nouns or media == " ".join(core) or len(core) <= 4):
            # an outlet is not remembered as the antecedent of a later "they": it reports, it rarely acts
            self.last_media = media
            return SourceInfo("media_outlet", media, role_text, channel)
        if last in t.media_nouns or " ".join(lw[-2:]) in t.media_nouns:
            name = media_in(role_text, t) or media_by_shape(role_text, t) or _cap_name(role_text)
            if not name and definite and last not in t.media_mass and len(core) <= 2:
                name = self.last_media  # "The Aviation Herald reported ... The industry publication stated"
            return SourceInfo("media_outlet", name or full, role_text, channel)
        # rule titled_not_document: "Royal Society Research Fellow Martin Lee" is a person with a long title,
        # not research whose author is the Royal Society ("research" is an attribution noun)
        titled_person = _capitalised(core[-1]) and _titled(core, t)
        if any(w in t.attribution_nouns or w in _source_words("published") for w in lw) and not titled_person:
            author = self._document_author(source) or self._publisher(source)
            if author is not None:
                return self._resolve(author, None, None, channel)
        # the phrase's last word counts unless the head names people ("people familiar with the
        # investigation" are people, "the findings of the investigation" a document)
        people_head = last in t.role_plural or last in t.role_singular or _singular(last) in t.role_singular
        head_document = bool({last, _singular(last)} & t.attribution_nouns)
        if (head_document or (lw[-1] in t.attribution_nouns and not people_head)) and not named_of(core):
            k = core.index("of") if "of" in core[2:] else 0
            person = bool(k) and (_titled(core[:k], t) or self._bare_person_name(core[:k]))
            if person or k and self._two_word_name(core[:k]):
                # rule person_of_body: "Ana Ruiz of Scripps Research", "Immunologist Kristian Andersen of
                # Scripps Research": a (titled) person of a body whose name ends in "Research" or "Survey",
                # not the body (it was typed an organisation or a document named with the whole phrase)
                name = " ".join(_given_name_start(_strip_titles(core[:k], t)))
                return self._resolve_named(name, role_text or " ".join(core[k + 1 :]), channel)
            if _capitalised(core[-1]) and sum(1 for w in core if _capitalised(w)) >= 2:
                # "US Geological Survey", "National Institute for Space Research": a body's name
                return self._org(" ".join(core), self._org_kind(core) or "organisation", role_text, channel)
            if self._bare_plural_document(core, lw[: len(lw) - len(tail)] or lw, source.start):
                # "Reports said", "early reports suggested": unnamed reports, a vague group of sources
                name = " ".join(core).lower()
                self.last_group = name
                return SourceInfo("unnamed_group", name, role_text, channel)
            return SourceInfo("document", " ".join(core), role_text, channel)
        lower_head = not _capitalised(core[-1])
        if last in t.body_nouns and not tail and len(core) <= 4:
            # "police said", "Thames Valley Police said": the force itself, a government body; a later
            # "they" still refers to it
            self.last_group = self.last_people = full
            return SourceInfo("government_body", full, role_text, channel)
        # "Senator Klobuchar's campaign", "Day's animal foundation" (as written: core[0] may be lower-cased)
        written = words[len(words) - len(core) :]
        owner = next((k for k, w in enumerate(written[:-1]) if _INNER_POSSESSIVE.search(w)), -1)
        if lower_head and last in t.org_words and owner >= 0 and all(w.islower() for w in core[owner + 1 :]):
            # "Senator Klobuchar's campaign", "Trump's administration": a named person's organisation
            return self._org(" ".join(written), t.org_words[last], role_text, channel)
        if lower_head and (last in t.role_plural or _AGE.fullmatch(last) and last.endswith("s")):
            self.last_group = self.last_people = full
            return SourceInfo("unnamed_group", full, role_text, channel)
        noun = person_noun(last) if lower_head else None
        if noun is not None and (noun.group or noun.plural):
            # "his family reported", "the hostages said": people, none named (person_nouns.tsv)
            self.last_group = self.last_people = full
            return SourceInfo("unnamed_group", full, role_text, channel)
        if noun is not None:
            # "The attacker claimed", "a close ally said": one person, unnamed
            owned = bool(lw) and lw[0] in t.possessives
            return self._anonymous(core, tail, head, role_text, channel, definite or owned)
        national = " ".join(lw[1:]) in _source_words("demonym") and len(lw) > 1 and lw[0] == "the"
        if national and not tail and not role_text:
            # rule definite_demonym: "Peter Jackson won ... The New Zealander said", "The American said": a
            # nationality noun after "the" describes the person the article is about, as "he" would (it was a
            # person named "American", or an organisation "New Zealander")
            earlier = self._salient_person("", source.start)
            if earlier is not None:
                self._remember(earlier[0], earlier[1], "", set())
                return SourceInfo(earlier[1], earlier[0], role_text, channel, mention="description")
            return SourceInfo("anonymous_person", " ".join(lw[1:]), role_text, channel)
        member = definite and lw[0] == "the" and not tail and (former_member(core, t) or party_member(core))
        if member and not self._names_person(core[-1], source.start):
            earlier = self._salient_person("", source.start)
            if earlier is not None:
                # "Paul McCartney will tour ... the former Beatle said": a group's member, the person before
                self._remember(earlier[0], earlier[1], "", set())
                return SourceInfo(earlier[1], earlier[0], role_text, channel, mention="description")
            return SourceInfo("anonymous_person", " ".join(core), role_text, channel)  # no one before it
        if definite and lw[0] == "the" and len(core) == 1 and not tail and _AGE.fullmatch(last):
            earlier = self._aged_person(last, source.start)
            if earlier is not None:
                # "Jose Mourinho has agreed a deal ... The 56-year-old said": the person the story is about
                self._remember(earlier[0], earlier[1], "", {last})
                return SourceInfo(earlier[1], earlier[0], role_text, channel, mention="description")
        if lower_head and (
            last in t.role_singular
            or _AGE.fullmatch(last)
            or last.endswith(_PERSON_SUFFIX)
            or last in _source_words("title_word")  # "the speaker of the parliament Ali Larijani"
        ):
            # "his daughter said" after "his daughter Nettie Baker": a possessive points back like "the"
            owned = bool(lw) and lw[0] in t.possessives
            return self._anonymous(core, tail, head, role_text, channel, definite or owned)
        if quantity and lower_head:
            name = full if vague else " ".join(w for w in lw if w not in ("only", "just"))
            return SourceInfo("unnamed_group", name, role_text, channel)
        caps = [w for w in core if _capitalised(w)]  # "al-Eryani" is written as a name (_PARTICLE_NAME)
        if (
            caps
            and len(core) > 2
            and core[0] in t.role_singular
            and core[1].islower()
            and core[1] not in t.determiner
            and core[1] not in t.role_singular
        ):
            # "A source within the central Interior Ministry": a person inside the body, not the body
            return self._anonymous(core[:1], core[1:], head, role_text, channel, definite)
        org_kind = self._org_kind(core)
        # "The German carmaker", "the Indian company": a nationality or country before the noun names no one
        named_caps = [w for w in caps if w.lower() not in _source_words("demonym") and w not in countries()]
        # "Roman Catholic organisations in India": several bodies the capitals describe, none named (rule
        # described_org_plural)
        plural_orgs = lower_head and last not in t.org_words and _singular(last) in t.org_words
        if lower_head and (last in t.org_words or last in t.generic_orgs or org_kind) and (
            not named_caps or plural_orgs
        ):
            return self._institution(core, tail, last, org_kind, role_text, channel, definite)
        if (
            caps
            and lower_head
            and last not in t.role_singular
            and last not in t.role_plural
            and last not in t.org_words
            and not last.endswith("s")
        ):
            # "The US move": a thing, typed with documents
            return SourceInfo("document", " ".join(core), role_text, channel, thing=lw[0] in t.determiner)
        if caps and last in t.role_plural and len(core) <= 3 and not media:
            # "Republican Representatives", "Senate Democrats": several people, none named
            self.last_group = self.last_people = full
            return SourceInfo("unnamed_group", full, role_text, channel)
        if caps and len(core) >= 2 and all(_capitalised(w) for w in core):
            place = street_source(" ".join(core))
            if place:  # "Wall Street expects", "Downing Street said": the people or government there
                if place == "government_body":
                    return self._org(" ".join(core), "government", role_text, channel)
                self.last_group = " ".join(core)
                return SourceInfo("unnamed_group", " ".join(core), role_text, channel)
        if caps and " ".join(core) in countries():
            return self._org(" ".join(core), "government", role_text, channel)  # "Nigeria announced"
        if (
            caps
            and len(core) == len(caps) + 1
            and " ".join(caps) in countries()
            and core[-len(caps) :] == caps
            and core[0].lower() not in t.head_stops | not_np_openers() | articles()
        ):
            # "mainland China", "neighbouring Iran": a country with one lower-case modifier (not a phrase
            # around it: "criticism within Serbia", "Although the US", "this week China" are no source)
            return self._org(" ".join(core), "government", role_text, channel)
        if caps:
            person = self._owned_person(core, role_text, channel)
            if person is not None:
                return person
            c = len(core)
            while c > 0 and _capitalised(core[c - 1]):
                c -= 1
            role_before = core[c - 1] in t.role_singular or _title_noun(core[c - 1]) if c > 0 else False
            if 0 < c and 2 <= len(core) - c <= 3 and role_before and c < len(core):
                after_role = core[c:]
                if self._bare_person_name(after_role) or self._two_word_name(after_role):
                    # "Longtime Imus in the Morning writer and performer Rob Bartlett": the name after the
                    # last role noun, whatever came before it
                    return self._resolve_named(" ".join(after_role), " ".join(core[:c]), channel)
            if len(core) > 2 and core[1].lower() in t.head_stops and core[0] in self._persons_ending():
                # "Berg of Fjord Sachs said" after "Mats Berg of Fjord Sachs": a named person's surname
                k, named = 1, True
            else:
                k = next((k for k in range(2, len(core)) if core[k].lower() in t.head_stops), 0)
                named = (
                    _titled(core[:k], t) or self._bare_person_name(core[:k]) or self._two_word_name(core[:k])
                ) and not (k and core[k - 1].lower() in t.org_words)
                # "The Royal Society of Chemistry", "the Royal Swedish Academy of Sciences": a body's name
                # ("Royal" is a person noun, but "Society" names no person)
            if k and named:
                # "economist Gary Thayer of AG Edwards & Sons", "Nikki Holland of the UK's National Crime
                # Agency": a (titled) name, then its affiliation
                name_set = set(_strip_titles(core[:k], t))
                role_text = role_text or " ".join(w for w in core if w not in name_set)
                core = core[:k]
                org_kind = self._org_kind(core)
            stripped = _strip_titles(core, t)
            name_words = _given_name_start(stripped, after_title=_opens_name_after_title(core, stripped, t))
            title_words = core[: len(core) - len(name_words)]
            titled = _titled(core, t) and core[-1].lower() not in t.org_words  # not "General Electric"
            initials = self._initials_of(core[0]) if len(core) == 1 and core[0].isupper() else ""
            if initials:
                return self._resolve_named(initials, role_text, channel)
            if not titled and len(core) == 1 and people_plural(core[0]):
                # "The MPs", "The Israelis": several people, none named, not an organisation's name
                self.last_group = self.last_people = core[0]
                return SourceInfo("unnamed_group", core[0], role_text, channel)
            # "House of Representatives Speaker Nancy Pelosi": a body's name, a title, then the person
            before = core[-3].lower() if len(core) >= 3 else ""
            title_before = bool(before) and (
                before in t.role_singular or _title_noun(before) or before in _source_words("title_word")
            )
            titled = titled or title_before and self._bare_person_name(core[-2:])
            if not titled and (org_kind or (len(core) == 1 and core[0].isupper() and len(core[0]) > 1)):
                c = len(core)
                while c > 0 and core[c - 1][:1].isupper():
                    c -= 1
                w = core[c - 1] if c > 0 else ""
                if (
                    0 < c < len(core)
                    and w.islower()
                    and w not in t.head_stops
                    and w not in t.determiner
                    and w != "and"
                ):
                    # "research institute Ifo", "US behemoth General Electric": the name; the rest its role
                    role_text = role_text or " ".join(core[:c])
                    core = core[c:]
                return self._org(" ".join(core), org_kind, role_text, channel)
            if (
                not titled
                and len(core) == 2
                and lw[0] == "the"
                and core[0].lower() in _source_words("demonym")
                and core[1] not in given_names()
                and self._single_name(core[1])
                and not self._names_person(core[1], source.start)
            ):
                return self._org(" ".join(core), "organisation", role_text, channel)  # "The Afghan Taliban"
            if (
                not titled
                and len(core) >= 2
                and lw[0] == "the"
                # "the ruling Politburo", "the promotion Stardom"; not "the injured Smith", "the in-form
                # Salah", "the defending champion Nadal" (session 23's review)
                and not any(_person_state(w) for w in core[:-1])
                and all(self._plain_modifier(w) for w in core[:-1])
                and core[-1] not in given_names()
                and self._single_name(core[-1])
                and not self._names_person(core[-1], source.start)
            ):
                # "the ruling Politburo": one name after "the" and lower-case modifiers is a body's; a person
                # is never written so (rule modified_definite_name)
                return self._org(core[-1], "organisation", role_text or " ".join(core[:-1]), channel)
            if not titled and len(core) == 1:
                if self._acronyms is None:
                    self._acronyms = self.names.acronyms()
                if core[0] in self._acronyms:  # "CalFire said" after "... Fire Protection (CalFire)"
                    return self._org(core[0], "organisation", role_text, channel)
                known = next((o for o in reversed(self.orgs) if o.split()[0] == core[0]), "")
                if known and (known == core[0] or not self._names_person(core[0], source.start)):
                    # "Northline" after "Northline Motors"; not "Cain" after "Gordon Cain ... Cain Chemical"
                    return self._org(known, "organisation", role_text, channel)
                if core[0] in capitals() and not self._names_person(core[0], source.start):
                    # "Beijing wants", "Moscow denied": the capital stands for the country's government
                    return self._org(core[0], "government", role_text, channel)
                if camel_case_name(core[0]) or web_domain_name(core[0]) or mixed_acronym(core[0]):
                    return self._org(core[0], "organisation", role_text, channel)  # "WeWork", "MarketAxess"
                if self._unintroduced(core[0], role_text, source.start):
                    return self._org(core[0], "organisation", role_text, channel)  # "Boeing said", "Coles"
                if (
                    lw[0] == "the"
                    and core[0] not in given_names()
                    and core[0].lower() not in _source_words("demonym")  # "the American": a person
                    and self._single_name(core[0])
                ):
                    return self._org(core[0], "organisation", role_text, channel)  # "The Taliban": no person
            known = self._cited_org_opening(core) if not titled and len(core) >= 2 else ""
            if known:  # "Mathematical Applications said" after "Mathematical Applications Group Inc said"
                return self._org(known, self._org_kind(_words(known)) or "organisation", role_text, channel)
            if not role_text and title_words:
                role_text = " ".join(title_words)
            if not name_words:
                h = next((k for k in range(1, len(core)) if core[k].lower() in t.head_stops), len(core))
                noun = core[h - 1].lower()
                plural = len(noun) > 3 and noun not in t.aux and noun.endswith("s")  # not "has", "was"
                full = " ".join(core + tail)
                # plural role nouns ("U.K. bakers") are left to the type rules (plural_role_group)
                typed = retype(Seen(self.text[source.start : source.end], "anonymous_person", full))
                if len(core) > 1 and plural and not noun.endswith(("ss", "us", "is")) and typed is None:
                    # rule plural_description: "US companies", "Backers of tariffs", "The EU's own
                    # institutions": a head in the plural describes several, an unnamed group, not one person
                    self.last_group = full
                    return SourceInfo("unnamed_group", full, role_text, channel)
                return self._anonymous(core, tail, head, role_text, channel, definite)
            roles = [k for k, w in enumerate(title_words) if w.lower() in t.role_singular]
            if roles and " ".join(name_words) in countries():
                # "China's ambassador to Britain": the country is the role's complement, no person's name
                k = roles[-1] + 1
                return self._anonymous(core[:k], core[k:], head, role_text, channel, definite)
            name_words = without_post_nominal(name_words)  # "Guy Mansfield QC": Guy Mansfield
            name = self.full_name(name_words, source.start)
            full_kind = self._org_kind(_words(name)) if name != " ".join(name_words) else ""
            if full_kind and not title_words:
                # "Alden said" after "Alden Capital": the fuller name the article wrote is an organisation's
                # (rule full_name_org; it was typed a person)
                return self._org(name, full_kind, role_text, channel)
            if not title_words and name_words[0] not in given_names() and self._employer_name(name):
                # "economist at Banque Paribas ... Paribas expected": the name a cited person works at is an
                # organisation's (rule employer_name; it was typed a person)
                info = self._org(name, self._org_kind(_words(name)) or "organisation", role_text, channel)
                return replace(info, type_rule="employer_name")
            # no person's fuller name was found, and no given name opens it ("Doris Day" of "Doris Day Animal
            # Foundation" is the actress)
            # ("Columbia Gas" and "Texaco Canada" are companies by their own words, named as written: rules
            # org_name_end and company_country)
            short = name == " ".join(name_words) and name_words[0] not in given_names()
            short = short and not title_words and retype(Seen(name, "named_person", name)) is None
            fuller = self._org_name_opening(name, source.start) if short else ""
            if fuller:
                # "Mathematical Applications said" after "Mathematical Applications Group Inc": the company's
                # name cut short (rule org_short_name; it was typed a person), named as the article cuts it
                # ("British Printing's lawsuit" for a later "Its lawsuit")
                info = self._org(name, self._org_kind(_words(fuller)) or "organisation", role_text, channel)
                return replace(info, type_rule="org_short_name")
            gender = self._gender(words, role_text)
            if len(name_words) == 1:
                name = self._namesake(name_words[0], gender, source) or name
            self._add_person(name)
            nouns = {w.lower() for w in title_words} | {w.lower() for w in _words(role_text)}
            self._remember(name, "named_person", gender, nouns)
            return SourceInfo("named_person", name, role_text, channel)
        if org_kind == "government":
            self.last_org = full
            return SourceInfo("government_body", full, role_text, channel)
        if org_kind or (last.endswith("s") and not last.endswith("ss")):
            self.last_group = full
            return SourceInfo("unnamed_group", full, role_text, channel)
        if tail:
            author = self._document_author(source)
            if author is not None:
                # "guidance from the Mayo Clinic": a thing its author put out is the author's (the guideline:
                # a document is the source only when no author is named at the cue)
                return self._resolve(author, None, None, channel)
        # a lower-case noun that names no role ("the move", "the plan"): a thing, typed with documents
        return SourceInfo("document", " ".join(core), role_text, channel)

    def _cited_org_opening(self, core: list[str]) -> str:
        """Rule ``cited_org_opening``: the organisation cited before whose name opens with the capitalised
        words ``core`` and goes on, or "": a company's name cut short is that company's, not a person's
        ("Mathematical Applications said" after "Mathematical Applications Group Inc said", dev27
        reuters21578-3287: typed a person, so "It said" and "The company said" went to another firm named
        in between), as one word is ("Northline" after "Northline Motors"). Example: ["Mathematical",
        "Applications"] after that citation -> "Mathematical Applications Group Inc"; ["Ann", "Lee"] -> "".
        """
        if not all(w[:1].isupper() for w in core) or core[0] in given_names():
            return ""  # "Doris Tessel said" after "The Doris Tessel Animal Foundation": a person
        n = len(core)
        for name in reversed(self.orgs):
            words = name.split()
            if len(words) > n and words[:n] == core and self.types.get(name) != "named_person":
                return name
        return ""
    def _org_name_opening(self, name: str, before: int) -> str:
        """:func:`org_name_opening` of this text, its fuller names read once per name (a run-on sentence
        that cites "Smith" a thousand times reads the text once for him, not a thousand times)."""
        found = self._openings.get(name)
        if found is None:
            found = self._openings[name] = org_name_openings(self.text, name, self.t.org_words)
        best = ""
        for at, fuller in found:
            if at < before:
                best = _longer(best, fuller)
        return best

    def _employer_name(self, name: str) -> bool:
        """:func:`employer_name` of this text, read once per name."""
        known = self._employers.get(name)
        if known is None:
            known = self._employers[name] = employer_name(self.text, name, self.t)
        return known

    def _document_author(self, source: Span) -> Span | None:
        """The named author of a document source: "a survey ... by the Royal Pharmaceutical Society",
        "Johns Hopkins University data" (an organisation's name before the document noun)."""
        written = self.text[source.start : source.end]
        cut = HEAD_END.search(written)
        if cut and cut.start() > 0:
            written = written[: cut.start()]  # "The government statement, which was posted on Twitter"
        # "data released by MOTIE in August": when, not who
        written = strip_time_tail(written, self.t)
        # "the TexAuto Facts report from InfoNation, a Sugar Land-based provider": the appositive describes
        # the author, which ends before it
        app = _APPOSITIVE_TAIL.search(written)
        if app and app.start() > 0:
            written = written[: app.start()]
        role = _ROLE_TAIL.search(written)
        if role and role.start() > 0 and role.group(1) in self.t.role_singular:
            if _BY_AUTHOR.search(written[: role.start()]):
                written = written[: role.start()]  # "a post by Amy Cook, director of the event": her role
        # "a 1989 report from the National Transportation Safety Board (NTSB)": the abbreviation goes
        written = _FINAL_PARENTHESIS.sub("", written) or written
        end = source.start + len(written)
        m = _BY_AUTHOR.search(written)
        behalf = _ON_BEHALF.search(written)
        if m is None and behalf:
            # "a statement issued on behalf of Robert Zoellick, US Trade Representative": the name before the
            # role set off by a comma wrote it (rule on_behalf_of)
            m = _BY_AUTHOR.search(written[: behalf.end()])
            end = source.start + behalf.end()
        if m and received_by(written[: m.start()]):
            return None  # "credible reports received by Amnesty": Amnesty did not write them
        if m:
            own = _OWNER.search(m.group(1))
            if own and self._org_kind(_words(m.group(1)[: own.start()])):
                # "one of the National Oceanic and Atmospheric Administration's "Hurricane Hunters"": the body
                return Span(source.start + m.start(1), source.start + m.start(1) + own.start())
            return Span(source.start + m.start(1), end)
        m = _BY_OWNER.search(written)
        if m and m.group(2) in self.t.org_words:
            return Span(source.start + m.start(1), end)
        m = _BY_BODY.search(written)
        if m and self._org_kind(_words(m.group(1))) == "government":
            # "reports from the ministry of internal affairs of Belarus": a government body wrote them
            return Span(source.start + m.start(1), end)
        ws = list(_WORD.finditer(written))
        if (
            len(ws) in (2, 3)
            and ws[-1].group(0).lower() in self.t.attribution_nouns
            and ws[-2].group(0) in self.t.org_words
            and (len(ws) == 2 or ws[0].group(0).lower() in articles())
            and not records_not_authored(ws[-1].group(0))
        ):
            # "The government statement", "a company report": the body wrote it
            return Span(source.start + ws[0].start(), source.start + ws[-2].end())
        while ws and ws[0].group(0).lower() in self.t.determiner:
            ws = ws[1:]
        while len(ws) > 2 and ws[0].group(0).lower() in _source_words("recency"):
            ws = ws[1:]  # "a new Fast Company report": how recent, not who wrote it
        names = ws[:-1]
        if names and all(w.group(0)[:1].isupper() for w in names):
            words = [_unpossessive(w.group(0)) for w in names]
            if self._acronyms is None:
                self._acronyms = self.names.acronyms()
            if (
                self._org_kind(words)
                or words[-1] in countries()
                or " ".join(words) in self._acronyms
                or media_in(" ".join(words), self.t)
                # "The Gartner report" after "according to Gartner": a one-word name the article cited as an
                # organisation (rule document_by_org)
                or len(words) == 1 and self._cited_org(words[0])
            ):
                # "Johns Hopkins University data", "The WHO's website": the organisation is the source
                end = names[-1].end() - (len(names[-1].group(0)) - len(words[-1]))
                return Span(source.start + names[0].start(), source.start + end)
        t_orgs = self.t.org_words
        m = _POSSESSIVE_OWNER.match(written)
        if m and written.rsplit(" ", 1)[-1] in self.t.attribution_nouns:
            owner = m.group(1)
            head = owner.rsplit(" ", 1)[-1]
            # "The Wrap's report": a capitalised name after "The" is named too ("The hotel's website" is not)
            named = owner[:1].isupper() and (not owner.lower().startswith("the ") or owner[4:5].isupper())
            if named or head in self.t.role_singular or head in self.t.generic_orgs or head in t_orgs:
                # "Part of the judge's statement reads", "The hotel's website estimated": the owner wrote it,
                # as the Wikinews guideline names it (labelling-notes.md)
                return Span(source.start + m.start(1), source.start + m.end(1))
        return None

    def _cited_org(self, word: str) -> bool:
        """Is the one capitalised ``word`` an organisation the article cited before as a source ("according
        to Gartner")? A name only written before ("a viral Weibo post") may be where the document was put,
        not who wrote it."""
        return word in self.orgs and self.types.get(word) == "named_organisation"

    def _publisher(self, source: Span) -> Span | None:
        """Who put the document out: "US Secretary of State Mike Pompeo posted a message on Twitter
        blaming Iran" -> the subject before the publishing verb right before the source, or None."""
        before = self.text[max(0, source.start - 30) : source.start].split()
        if not before or before[-1].lower() not in _source_words("publishing"):
            return None
        k = self._sentence(source.start)
        start = self.sentence_starts[k] if k >= 0 else 0
        verb = source.start - len(before[-1]) - 1
        if verb <= start:
            return None
        subject = sentence_subject(self.text, Span(start, source.start), Span(verb, verb + len(before[-1])))
        if subject is None or subject.end < verb - 1 or self.text[subject.end : verb].strip():
            return None  # the subject must stand right before the verb
        return subject

    def _first_conjunct(self, head: str, start: int) -> Span | None:
        """The first of two coordinated names in ``head`` ("Turkey and Greece" -> "Turkey"), or None.

        Only names: "Bill and Melinda Gates Foundation", "Reuters and NBC" (an outlet is typed first),
        "Cherie and Sean O'Donnell" (a couple) and "scientists from X and Y" stay whole.
        """
        if " and " not in head:
            return None
        lead = 0
        words = head.split(" ", 1)
        if len(words) == 2 and words[0].lower() in ("both", "the"):
            lead = len(words[0]) + 1  # "Both President Trump and ...", "The US and ..."
        m = _COORDINATED.match(head, lead)
        if m is None:
            return None
        first = m.group(1)
        t = self.t
        fw = _words(first)
        if len(fw) == 1 and (fw[0] in given_names() or fw[0].lower() in t.role_singular):
            return None  # "Cherie and Sean O'Donnell": one couple
        after_and = _words(head[m.end(1) :])[1:2]
        lower_second = bool(after_and) and after_and[0][:1].islower()  # "Dempsey and his team": two
        if len(fw) == 1 and not lower_second and (self._org_kind(_words(head)) or media_in(head, t)):
            return None  # "Procter and Gamble Co.", "Reuters and NBC": one name, or an outlet typed first
        second: list[str] = []
        for w in _words(head[m.end(1) :])[1:]:  # the capitalised run after "and"
            if not w[:1].isupper():
                break
            second.append(w)
        if one_body_name(fw, second, t):
            return None  # "National Oceanic and Atmospheric Administration": one body's name
        if len(second) == 1 and (second[0].lower() in t.org_words or second[0].lower() + "." in t.org_words):
            return None  # "Bear Stearns and Co analyst Monroe Greenstein": one firm, "X and Co" (and_co_firm)
        if self._shared_plural_head(fw, second, _words(head[m.end(1) :])[1 + len(second) :]):
            return None  # "Iranian and Western diplomats": one group of diplomats
        if not second and self._opening_adjective_conjunct(fw, _words(head[m.end(1) :])[1:], start + lead):
            return None  # "Legal and religious groups": one group, not a person named "Legal"
        after = _words(head[m.end(1) :])[1:]
        shared = self._body_modifier_conjunct(fw, after) or self._body_and_common_plural(fw, after)
        if not second and shared:
            # "White House and defense officials": one group of officials (shared_body_head, source24;
            # body_and_officials, type24: two sessions' readings of the same shape, either suffices)
            return None
        titled = next((k for k, w in enumerate(second[:-1]) if w.lower() in t.role_singular), -1)
        if (
            (titled >= 0 or lower_title(_words(head[m.end(1) :])[1:], t))
            and not any(w.lower() in t.role_singular or w in given_names() for w in fw)
            and " ".join(fw) not in countries()
            and not self._org_kind(fw)
            and not media_in(first, t)
            and not any(p == first or p.endswith(" " + first) for p in self.persons)
        ):
            # "Road Transport and Bridges Minister Obaidul Quader": the "and" is inside the title
            return None
        return Span(start + lead, start + lead + len(first))

    def _shared_plural_head(self, first: list[str], second: list[str], rest: list[str]) -> bool:
        """Rule ``shared_plural_head``: do two nationality adjectives share the plural noun after them
        ("Iranian and Western diplomats say", "British and French officials")? Then the source is one group;
        it was split and named "Iranian", a person. Each conjunct is one capitalised word with an adjective's
        ending (-an, -ish, -ese, -ch, -i, -ern) that is no given name, country or person the article names,
        and a plural role noun follows ("Blair and Labour MPs" stays two: "Blair" has no such ending).
        Example: ["Iranian"], ["Western"], ["diplomats"] -> True; ["Trump"], ["Democratic"], ["lawmakers"] ->
        False."""
        t = self.t
        if len(first) != 1 or len(second) != 1 or not rest or rest[0].lower() not in t.role_plural:
            return False
        endings = tuple(_source_words("adjective_ending"))
        return all(
            w.lower().endswith(endings)
            and w not in given_names()
            and w not in countries()
            and not any(p.split()[-1] == w for p in self.persons)
            for w in (first[0], second[0])
        )

    def _body_modifier_conjunct(self, first: list[str], rest: list[str]) -> bool:
        """Rule ``shared_body_head``: is ``first`` a public body's name coordinated with one lower-case word
        and a plural role noun that closes the source ("White House and defense officials said", "Pentagon and
        intelligence officials")? The body's name modifies the shared noun, as "White House officials" does:
        one group of officials (dev27 reuters21578-8675 and dev24 -8421 named it "White House"). Example:
        ["White", "House"], ["defense", "officials"] -> True; ["Nigeria"], ["aid", "agencies"] -> False (no
        body, and agencies are no role)."""
        t = self.t
        return (
            len(rest) == 2
            and rest[0].islower()
            and rest[0] not in t.determiner
            and rest[1] in t.role_plural
            and self._org_kind(first) == "government"
        )
    def _body_and_common_plural(self, first: list[str], rest: list[str]) -> bool:
        """Rule ``body_and_officials``: is ``first`` a public body's or an organisation's name coordinated
        with lower-case words that end in a plural noun for people ("White House and defense officials
        said")? The body's name modifies that noun as the lower-case words do: one noun phrase, one group of
        officials (labelling-notes.md, DC's "White House and defense officials"). Split, the source was the
        White House. Example: ["White", "House"], ["defense", "officials"] -> True; ["White", "House"],
        ["Pentagon", "officials"] -> False (a capital: the second conjunct is a name of its own); ["Ann",
        "Lee"], ["local", "officials"] -> False (no body)."""
        lower = 1 <= len(rest) <= 3 and all(w.islower() for w in rest)
        if not lower or rest[-1] not in self.t.role_plural:
            return False
        return bool(self._org_kind(first)) and not any(w in given_names() for w in first)

    def _opening_adjective_conjunct(self, first: list[str], rest: list[str], start: int) -> bool:
        """Rule ``shared_common_head``: is ``first`` one word capitalised only because it opens the sentence,
        coordinated with lower-case words that end in a plural noun for people ("Legal and religious groups
        have called for", "Local and national officials said")? The two share that noun: one group. Split,
        the first conjunct was a person named "Legal".
        Example: ["Legal"], ["religious", "groups"] -> True; ["Smith"], ["local", "officials"] -> False (no
        adjective's ending: a surname)."""
        if len(first) != 1 or not 1 <= len(rest) <= 3:
            return False
        head = rest[-1].lower()
        if head not in self.t.role_plural and not (head.endswith("s") and self._org_kind([head[:-1]])):
            return False  # "officials", "groups" ("group" is an organisation word)
        w = first[0]
        # rule common_word_conjunct: a word the article also writes in lower case is a common word,
        # capitalised only because it opens the sentence ("Trade and industry sources said" after "trade")
        ending = w.lower().endswith(tuple(_source_words("common_adjective_ending")))
        common = ending or self.names.written(w.lower())
        return (
            common
            and all(x[:1].islower() for x in rest)
            and w[:1].isupper()
            and not w.isupper()
            and w not in given_names()
            and w not in countries()
            and not any(p.split()[-1] == w for p in self.persons)
            and self._initial(start)
            and not self._org_kind([w])
            and self.full_name([w], start) == w
        )

    def _capital_title(self, word: str) -> bool:
        """Rule ``capital_title``: is ``word``, alone after "the", a title written with a capital ("The Judge
        wrote", "The President said")? It is the role, read as a lower-case one (so the one holder the
        article names can be found: rule role_holder); read as a name it was an organisation called "Judge"
        (rule definite_name). So is an abbreviation of a role ("The MP said", "The CEO said", role_nouns.tsv;
        session 22). Not a word the article uses as an organisation's or a person's name.
        Example: "Judge" -> True; "Guardian" after "The Guardian" as an outlet -> False (media first);
        "judge" -> False (already lower-case)."""
        lw = word.lower()
        return (
            word[:1].isupper()
            and lw in self.t.role_singular
            and lw not in self.t.org_words
            and not any(p.split()[-1] == word for p in self.persons)
        )

    def _title_part(self, word: str) -> bool:
        """Can the capitalised ``word`` open a title written with capitals before its role noun: a
        ``title_compound`` word ("Prime"), a nationality ("Indonesian") or a portfolio ("Economics",
        "Foreign")? (rule capital_title_compound)"""
        lw = word.lower()
        return (
            lw in _source_words("title_compound")
            or lw in _source_words("demonym")
            or lw in self.t.portfolios
        )

    def _common_plural_opener(self, word: str, start: int) -> bool:
        """Rule ``common_first_conjunct``: is ``word``, the first of two conjuncts opening a sentence at
        ``start``, a common plural noun capitalised only by its place ("Businesses and residents say")? Read
        as a name it became a named person called "Businesses"; it is a group. Not a listed
        given name, a name the article gives in full elsewhere ("Jones and colleagues" after "Tom Jones"),
        an abbreviation, a country, an organisation or an outlet."""
        return (
            word.endswith("s")
            and not word.isupper()
            and word not in given_names()
            and word not in countries()
            and self._initial(start)
            and not self._org_kind([word])
            and not media_in(word, self.t)
            and self.full_name([word], start) == word
        )

    def _outlet_person(self, core: list[str], media: str, role_text: str) -> SourceInfo | None:
        """A person of an outlet: "BBC's Jonathan Marcus" (named), "An Al Jazeera reporter in Kenya" (not
        named: the outlet is the channel); None when ``core`` is the outlet itself."""
        t = self.t
        mw = media.split()
        k = next((k for k in range(len(core)) if _unpossessive(core[k]) == mw[-1]), -1)
        if k < 0:
            return None
        rest = core[k + 1 :]
        if rest and rest[0] == "s" and len(rest) > 1:
            # "NPR ’s Feng": a possessive written apart from its owner
            rest, core = rest[1:], [*core[:k], core[k] + "’s", *rest[1:]]
        unlisted = self._two_word_name(rest) and not any(self.names.written(w.lower()) for w in rest)
        if _OWNER.search(core[k]) and (2 <= len(rest) <= 3 and self._bare_person_name(rest) or unlisted):
            # "BBC's Jonathan Marcus"; "The BBC's Zubair Ahmed" (two name words no list knows and the article
            # never writes in lower case: not "The Washington Post's Fact Checker ... the fact"; session 19)
            return replace(self._resolve_named(" ".join(rest), role_text, media), channel=media)
        if _OWNER.search(core[k]) and len(rest) == 1 and self._known_person(rest[0]):
            # "NPR's Feng" after "Emily Feng": the outlet's reporter, named before by her full name
            return replace(self._resolve_named(rest[0], role_text, media), channel=media)
        by = outlet_affiliation(core, len(mw), k)
        one_known = len(by) == 1 and self._known_person(by[0])
        if by and (self._bare_person_name(by) or self._two_word_name(by) or one_known):
            # "Alex Horton of the Washington Post", "Wee of the Times": a named person of the outlet
            return replace(self._resolve_named(" ".join(by), role_text, media), channel=media)
        first = rest[0].lower() if rest else ""
        role = first in t.role_singular or first in _source_words("title_word")
        if role and (rest[0].islower() or rest[0].isupper()):
            # "CEO" is a role written in capitals; "director general", "chief executive": lower-case role
            # words after the first (rule outlet_role_name: "ABS-CBN CEO Carlo Katigbak" was typed the
            # outlet, "BBC director general Tony Hall" an unnamed person, session 18)
            j = 1
            while j < len(rest) - 1 and j < 3 and rest[j].islower():
                j += 1
            names = rest[j:]
            if 1 <= len(names) <= 3 and all(_capitalised(w) for w in names):
                # "Samoa Observer editor Keni Lesa": the outlet's person, named
                return self._resolve_named(" ".join(names), " ".join(core[: k + 1 + j]), media)
            name = " ".join(core)
            self._remember(name, "anonymous_person", self._gender(rest[:1], role_text), {rest[0]})
            return SourceInfo("anonymous_person", name, role_text, media)
        return None

    def _owned_person(self, core: list[str], role_text: str, channel: str) -> SourceInfo | None:
        """Rule ``owner_before_name``: a person named after an organisation's possessive is that person,
        the owner being the affiliation ("The Fabian Society's Sundar Katwala said": Sundar Katwala, not a
        person named "Fabian Society's Sundar Katwala"; outlets are :meth:`_outlet_person`'s). The words after
        the possessive, titles stripped, must be a person's name: a given name and a surname, two words
        no list knows, or one surname of a person named before ("Canadian Petroleum Association's
        Maciej" after "Hans Maciej"). None otherwise ("Moody's Investors Service", "the Governor's Office of
        Emergency Services": an organisation word or "of" after the owner)."""
        owner = next((k for k, w in enumerate(core[:-1]) if _INNER_POSSESSIVE.search(w)), -1)
        if owner < 0:
            return None
        after = core[owner + 1 :]
        if any(w.lower() in self.t.org_words or w.lower() in self.t.head_stops for w in after):
            return None  # "California Governor's Office of Emergency Services": a body the owner has
        name = _strip_titles(after, self.t) or after
        one_known = len(name) == 1 and self._known_person(name[0])
        if not (self._bare_person_name(name) or self._two_word_name(name) or one_known):
            return None
        affiliation = " ".join(core[: len(core) - len(name)])
        return self._resolve_named(" ".join(name), role_text or affiliation, channel)

    def _owned_role(self, head: str) -> str | None:
        """The role of a definite description (``head``, as written) owned by a body the article describes
        in lower case ("The political reform group's general secretary" -> "general secretary"), or None:
        no owner, an owner that is no organisation noun ("the minister's spokesman"), or more than two
        words after it."""
        m = _OWNED_ROLE.search(head)
        if m is None or not head[:4].lower() == "the ":
            return None
        noun = m.group(1).lower()
        if noun not in self.t.org_words and noun not in self.t.generic_orgs:
            return None
        return m.group(2)

    def _plain_modifier(self, word: str) -> bool:
        """Is ``word`` a lower-case modifier that names nothing itself ("ruling" of "the ruling Politburo"):
        no role, person, media or organisation noun ("the journal Science" is an outlet's description, "the
        firm Acme" a company's)?"""
        t = self.t
        return (
            word.islower()
            and word not in t.role_singular
            and person_noun(word) is None
            and word not in t.media_nouns
            and word not in t.org_words
            and word not in t.generic_orgs
        )

    def _known_person(self, word: str) -> bool:
        """Is the capitalised ``word`` a person the article has already named ("Feng" after "Emily Feng")?"""
        return _capitalised(word) and self._single_name(word) and self._names_person(word, self._pos)

    def _narrated_org(self, pos: int) -> tuple[str, int]:
        """The last company the article names before ``pos`` and where, in the narration too: a capitalised
        name with a company word ("Northline Motors", "Pacific Gas and Electric"), or one a company noun
        introduces ("toy maker Hasbro"); ("", -1) when there is none. Government bodies are never one."""
        if self._narrated is None:
            if self._acronyms is None:
                self._acronyms = self.names.acronyms()
            if self.names.narrated is None:
                self.names.narrated = self._narrated_orgs(self._acronyms)
            self._narrated = self.names.narrated
        at, names = self._narrated
        i = bisect_right(at, pos) - 1
        return (names[i], at[i]) if i >= 0 else ("", -1)

    def _brand_only(self, name: str, end: int) -> bool:
        """Rule ``brand_not_company``: is the narrated ``name`` ending at ``end`` a product, not a company:
        one word with an inner capital ("RipGuard") that the article writes as something owned or new ("its
        new RipGuard technology": ``product_marker`` in source_words.tsv) and no company noun introduces? Such
        a name never takes "the company" over from a cited company ("Macrovision says its new RipGuard
        technology ... RipGuard is expected to ..., the company said": Macrovision). "tech firm WeWork" and
        a "WeWork" never written so are companies."""
        if " " in name or not camel_case_name(name):
            return False
        before = self.text[max(0, end - len(name) - 20) : end - len(name)].split()
        if before and before[-1].lower() in self.t.generic_orgs:
            return False
        marked = _source_words("product_marker")
        for m in re.finditer(r"(\w+)\s+" + re.escape(name) + r"\b", self.text):
            if m.group(1).lower() in marked:
                return True
        return False

    def _narrated_orgs(self, acronyms: dict[str, str]) -> tuple[list[int], list[str]]:
        """For :meth:`_narrated_org`: the ends and names of the companies the text names, in order of end.
        Reads the text, the tables and ``acronyms`` (the text's own) only, so a run over the same text
        shares it (:attr:`TextNames.narrated`)."""
        t = self.t
        found: list[tuple[int, int, str]] = []
        for long in sorted(set(acronyms.values())):
            if self._org_kind(_words(long)) == "organisation":  # "Pacific Gas and Electric (PG&E)"
                found += [(m.start(), m.end(), long) for m in re.finditer(re.escape(long), self.text)]
        spans = sorted((a, b) for a, b, _ in found)
        # a set: a look-up in the list for every capitalised run made a long article quadratic (a
        # 5 MB article's sources took 80 s more)
        sentence_starts = set(self.sentence_starts)
        for m in _CAP_RUN_LINE.finditer(self.text):
            k = bisect_right(spans, (m.start(), len(self.text))) - 1
            if k >= 0 and spans[k][0] <= m.start() < spans[k][1]:
                continue  # inside a name found above
            ws = [_unpossessive(w) for w in m.group(0).split()]
            if ws and ws[0] == "The":
                ws = ws[1:]
            while len(ws) > 1 and ws[-1].lower() in t.subject_pronouns:
                ws = ws[:-1]  # rule name_before_pronoun: "by Delta Airlines I am moving": "I" opens a clause
            if not ws or m.start() in sentence_starts and len(ws) == 1 and not (
                camel_case_name(ws[0]) and ws[0] not in acronyms
            ):
                continue
            if len(ws) == 1 and ws[0].lower() in t.org_words:
                continue  # "Securities" of "Securities and Exchange Commission": a company word, no name
            before = self.text[max(0, m.start() - 20) : m.start()].split()
            introduced = bool(before) and before[-1] in t.generic_orgs
            # "broadcast corporation ABS-CBN": a company noun introduces a name, an abbreviation too
            named = self._single_name(ws[0]) or ws[0].isupper() and len(ws[0]) > 1
            # "WeWork" in the narration: a company ("CalFire", a defined short form, is its long form's)
            brand = len(ws) == 1 and camel_case_name(ws[0]) and ws[0] not in acronyms
            company = self._org_kind(ws) == "organisation" and not not_a_business(" ".join(ws))
            if company or introduced and named or brand:
                found.append((m.start(), m.end(), " ".join(ws)))
        found.sort(key=lambda f: (f[1], f[0]))
        return ([f[1] for f in found], [f[2] for f in found])

    def _recent_org_name(self, pos: int) -> tuple[str, int]:
        """The last one-word name opening a clause in this sentence or the two before ``pos`` that the article
        shows to be an organisation's (:meth:`_unintroduced`: no given name, title or "he"/"she", named
        again) and where, else ("", -1). Read only for "the company", its like and a speaking "it", so the
        search stays short."""
        k = self._sentence(pos)
        start = self.sentence_starts[max(0, k - 2)] if k >= 0 else 0
        starts = set(self.sentence_starts)
        if self._acronyms is None:
            self._acronyms = self.names.acronyms()
        found = ("", -1)
        capitals_, demonyms = capitals(), _source_words("demonym")
        for m in re.finditer(r"(?<![\w’'\-])[A-Z][a-z][\w’'\-]*(?![\w’'\-])", self.text[start:pos]):
            word = _unpossessive(m.group(0))
            at = start + m.start()
            longer = _PREVIOUS_CAPITAL.search(self.text, max(0, at - 40), at)
            if longer or _NEXT_CAPITAL.match(self.text, start + m.end()):
                continue  # a word of a longer name ("South Korea", "Deutsche Bank", "Krispy Kreme")
            opens = at in starts or self.text[at - 2 : at].strip() in ("\n", "")
            if opens and not self._cap_elsewhere(word):
                continue  # a sentence's first word may be any word, unless written capitalised inside one too
            if self.names.written(word.lower()):
                continue  # "The", "However": a common word, written lower-case too; a name never is
            lw = word.lower()
            if lw in self.t.time or word in self.t.months or lw in demonyms or word in capitals_:
                continue  # "Wednesday", "October", "Afghan", "Lisbon": when, whose or where, no organisation
            before = self.text[max(0, at - 12) : at].split()
            # a clause's subject is what a later "it" or "the company" refers to (the most salient), not a
            # name inside a phrase ("an order of 30 Boeing jets")
            after_comma = self.text[max(0, at - 3) : at].rstrip().endswith(",")
            subject = opens or after_comma or bool(before) and before[-1] in ("and", "but")
            if subject and word not in self._acronyms and self._unintroduced(word, "", pos):
                found = (word, at)  # not "CalFire", the short form of a fire department's name
        return found

    def _latter_former(self, latest: bool, pos: int) -> str:
        """The person "the latter" (the last named before ``pos``) or "the former" (the one before that)
        refers to, or "" when the article names too few."""
        index = self._mention_index()
        upto = bisect_right(index.ends, pos)
        names: list[str] = []
        for m in reversed(index.mentions[:upto]):
            if not names or m.name != names[-1]:
                names.append(m.name)
            if len(names) == 2:
                break
        k = 0 if latest else 1
        return names[k] if len(names) > k else ""

    def _narrated_outlet(self, name: str) -> bool:
        """Did the article introduce ``name`` with a media noun before the source being resolved ("revelations
        by newspaper Dagens Nyheter", "the personal finance blog Wealthynickel")? Then a later "Dagens
        Nyheter said" cites the outlet, not a person (rule ``narrated_outlet``). Only the name's own
        occurrences are read, not the whole article, and once per name: where it was first introduced so is
        kept, and a later source only compares its start (a run-on sentence of 1,600 '"...," Smith said'
        read every earlier "Smith" again for each)."""
        if not name[:1].isupper():
            return False
        at = self._narrated_outlet_at.get(name)
        if at is None:
            at = self._narrated_outlet_at[name] = self._first_narrated_outlet(name)
        return at >= 0 and at + len(name) <= self._pos

    def _first_narrated_outlet(self, name: str) -> int:
        """Where ``name`` first occurs as a whole capitalised run right after a media noun, or -1."""
        at = self.text.find(name)
        while at >= 0:
            after = self.text[at + len(name) : at + len(name) + 2]
            whole = not after[:1].isalnum() and not (after[:1] == " " and after[1:].isupper())
            if whole and _media_before_pattern().search(self.text, max(0, at - _MEDIA_BEFORE_CHARS), at):
                return at  # the whole capitalised run after the media noun, not "Virgin" of "Virgin Radio"
            at = self.text.find(name, at + 1)
        return -1

    def _described_outlet(self, core: list[str]) -> str:
        """The name after a lower-case media noun that describes it ("State press agency PAP", "the
        broadcaster RTE", "newspaper Le Monde"), or ""."""
        c = len(core)
        while c > 0 and _capitalised(core[c - 1]):
            c -= 1
        if c == 0 or c == len(core) or not core[c - 1].islower():
            return ""
        lower = [w.lower() for w in core[:c]]
        if lower[-1] in _source_words("person_media_noun") and self._person_shaped(core[c:]):
            return ""  # "broadcaster Piers Morgan": a person's name after the noun (session 22, 2019-163)
        if lower[-1] in self.t.media_nouns or " ".join(lower[-2:]) in self.t.media_nouns:
            return " ".join(core[c:])
        if lower[-1] in _source_words("media_descriptor"):
            return " ".join(core[c:])  # "daily Népszava", "the weekly Der Spiegel"
        return ""

    def _person_shaped(self, name: list[str]) -> bool:
        """Rule ``person_media_noun``: are the capitalised words after a noun that names a person's job as
        well as an outlet ("broadcaster") a person's name: two or three words, none an organisation's or a
        media word, not a listed outlet ("broadcaster Piers Morgan"; "broadcaster Al Jazeera" is the
        outlet)?"""
        t = self.t
        if not 2 <= len(name) <= 3 or " ".join(name) in t.media:
            return False
        return not any(w.lower() in t.org_words or w.lower() in t.media_nouns for w in name)

    def _next_appositive(self, source: Span) -> str:
        """ "Wolfgang Van Halen" after "by his son, Wolfgang Van Halen.": a capitalised name right after the
        source, set off by a comma and ending at punctuation, that the rules did not take as its role."""
        m = _NEXT_APPOSITIVE.match(self.text, source.end)
        return m.group(1) if m else ""

    def _bare_plural_document(self, core: list[str], lw: list[str], pos: int) -> bool:
        """Are ``core`` plural reports with no article, owner or name ("Reports", "early reports", "formal
        studies")?"""
        t = self.t
        last = core[-1].lower()
        if last == _singular(last) or _singular(last) not in t.attribution_nouns or len(core) > 2:
            return False
        if records_not_authored(last):
            return False  # "prison records": filed documents, not a vague group of reports
        if lw[0] in t.determiner or lw[0] in t.possessives or len(core) != len(lw):
            return False
        rest_lower = all(not _capitalised(w) for w in core[1:])
        return rest_lower and (not _capitalised(core[0]) or self._initial(pos))

    def _appositive_person(self, words: list[str], role_text: str) -> str:
        """The person named in ``role_text`` when the head before it is only a role ("The Vice President")."""
        t = self.t
        core = _strip_det(words, t)
        if not core or not role_text:
            return ""
        # "One of the study's authors, herpetologist David Blackburn": one of a group, then the name
        one_of = len(words) > 2 and words[0].lower() in t.quantifiers and words[1].lower() == "of"
        # "The judge presiding over the case, Bernard Schwartz", "the president of the Tunisian League ...,
        # Jamel Msallem": a role noun with its own phrase after it
        k = next((k for k, w in enumerate(core) if not w.islower() or w in t.role_singular), len(core))
        # "MEC for Cooperative Governance and Traditional Affairs, Jacob Mamabolo", "Minister for Health, Jane
        # Doe": a capitalised title with its portfolio after it is such a role too
        title = core[k] if k < len(core) else ""
        capital_title = k == 0 and (title.lower() in t.role_singular or title.lower() in t.honorifics)
        modified = (
            k + 1 < len(core)
            and (title in t.role_singular or capital_title)
            and (core[k + 1] in t.head_stops or core[k + 1].endswith("ing"))
        )
        if (
            core[-1].lower() not in t.role_singular
            and not (one_of and core[-1].lower() in t.role_plural)
            and not modified
            and not role_with_phrase(core, t.role_singular, role_phrase_openers())  # role_phrase_appositive
        ):
            return ""  # "Senator Dana Whitfield, a Democrat": a head ending in a name names the person
        ws = _words(role_text)
        titles, name = split_name(ws, t)
        # "The city's security chief, Abdullah al-Jahafi": a particle before a capital is part of a name
        if not name or not all(_capitalised(w) for w in name):
            return ""
        if len(name) == 1 and not self._single_name(name[0]):
            return ""
        if self._org_kind(name) or media_in(role_text, t):
            return ""
        return " ".join(name)

    def _appositive_org(self, words: list[str], role_text: str) -> str:
        """The organisation named in ``role_text`` when the head before it is only a lower-case organisation
        noun ("The militant organisation, the Islamic State of Iraq and the Levant"), else ""."""
        t = self.t
        core = _strip_det(words, t)
        if not core or not role_text or not all(w.islower() for w in core) or core[-1] not in t.org_words:
            return ""
        ws = _words(role_text)
        if not ws or not ws[0][:1].isupper() or len(ws) > 10:
            return ""
        if not all(w[:1].isupper() or w in t.head_stops or w in articles() or w == "and" for w in ws):
            return ""
        return " ".join(ws)

    def _two_word_name(self, words: list[str]) -> bool:
        """Are ``words`` two capitalised words that can only be a person's name ("Suman Haripriya" in
        "Suman Haripriya of the Hajo assembly"): no title, organisation, country or outlet word?"""
        if len(words) != 2 or " ".join(words) in countries():
            return False
        return all(_capitalised(w) and self._single_name(w) for w in words)

    def _single_name(self, w: str) -> bool:
        """Can the one word ``w`` be a person's name ("his mother, Anwar")? Not a country, a title, an
        organisation, an outlet or an abbreviation."""
        t = self.t
        lw = w.lower()
        return (
            len(w) > 2
            and not w.isupper()
            and w not in countries()
            and lw not in t.role_singular
            and lw not in t.honorifics
            and lw not in t.org_words
            and lw not in t.state_prefixes
            and not media_in(w, t)
        )

    def _names_person(self, word: str, pos: int) -> bool:
        """Does the article name a person ``word`` could be ("Denzel Washington" for "Washington")?"""
        if word in self.persons or self.full_name([word], pos) != word:
            return True
        return any(m.name.split()[-1] == word or m.name.split()[0] == word for m in self.mentions())

    def _unintroduced(self, word: str, role_text: str, pos: int) -> bool:
        """Is the one capitalised ``word`` ("Boeing", "Coles", "Kimberly-Clark") a name the article never
        gives a person: no given name, no title or person's role with it, no fuller name before it? News
        introduces people by their full name, so such a name is an organisation's."""
        t = self.t
        lw = word.lower()
        if word in given_names() or not word[:1].isupper() or lw in t.pronouns or not self._single_name(word):
            return False  # "The President said": a title, not a name
        if any(w.lower() in t.role_singular or w.lower() in t.honorifics for w in _words(role_text)):
            return False  # "Lee, a lawyer, said": a person's role beside the name
        if lw in _source_words("demonym") and not role_text or apostrophe_surname(word):
            # "The Argentine had stoked", "said O'Sullivan": a person, however often named (but "American, the
            # world's biggest airline" is the airline its role says)
            return False
        full = self.full_name([word], pos)
        fuller = full != word and full not in countries() and not self._org_kind(full.split())
        if word in self.persons or fuller or self._cited_first_word(word):
            return False  # a person's fuller name; not "United Arab Emirates" or "Boeing Co." (no person's)
        if any(spelling_variant(m.name.split()[-1], word) for m in self.mentions()):
            return False  # "Saree said" after "Yahya Sarea": a transliteration of a person's surname
        if collective_subject(self.text, word):
            return True  # "Arsenal have won six in a row": a team or body, never one person
        referred = self._referred_to_as(word)
        if referred:
            return referred == "organisation"
        # named again and again with no evidence of a person (given name, title, fuller name, "he"/"she"
        # after it): an article introduces a person it cites by name at least once ("Volkswagen says",
        # "Wikileaks welcomed"); named once, the name gives no evidence either way and stays a person's
        return self._occurrences(word) >= 2

    def _occurrences(self, word: str) -> int:
        """How often the text writes ``word`` as a word of its own."""
        return self.names.occurrences(word)

    def _referred_to_as(self, word: str) -> str:
        """How the article refers back to ``word`` within the sentences that name it: "organisation" when
        "it", "its" or "which" follow it more often than "he", "she", "his" or "who" ("Coles, in its March 8
        media release"), "person" when those do at least as often, else "" (nothing to tell: "Trump called
        the inquiry a hoax"). A count, not any one sentence: "Yukos said it would appeal" four times outweighs
        one "his" the pronoun search took for Yukos'."""
        if word not in self._referred:
            counts = {"person": 0, "organisation": 0}
            for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", self.text):
                rest = _SENTENCE_REST.match(self.text, m.end())
                kind = pronoun_after(_words(before_quotation(rest.group(0) if rest else "")), self.t)
                if kind:
                    counts[kind] += 1
            self._referred[word] = ""
            if counts["organisation"] > counts["person"]:
                self._referred[word] = "organisation"
            elif counts["person"]:
                self._referred[word] = "person"
        return self._referred[word]

    def _bare_person_name(self, words: list[str]) -> bool:
        """Are ``words`` a person's name alone: a known given name, then one or two capitalised words? Or
        four, with a second given name or a particle ("Jo Anne Van Tilburg": rule long_person_name, fix13)."""
        return (
            (2 <= len(words) <= 3 or long_person_name(words))
            and words[0] in given_names()
            and all(_capitalised(w) or inner_particle(words, k) for k, w in enumerate(words))
            and not self._org_kind(words)
            and not media_in(" ".join(words), self.t)
        )

    def _common_initial(self, core: list[str]) -> bool:
        """Is the capitalised first word of a sentence-initial source a common word, not a name?"""
        t = self.t
        w = core[0]
        lw = w.lower()
        if (lw in t.role_singular or lw in t.honorifics) and any(x[:1].isupper() for x in core[1:]):
            return False  # "Secretary of State Mike Pompeo", "Mayor Tom Reyes": a title before a name
        if lw in t.org_words and len(core) > 2 and core[1] == "of" and core[2][:1].isupper():
            return False  # "Bank of America", "Department of Justice": an organisation's name
        if (
            lw in t.role_singular
            or lw in t.role_plural
            or lw in t.quantifiers
            or lw in t.org_words
            or lw in t.attribution_nouns
            or lw in t.media_nouns
        ):
            return True
        if len(core) > 1:
            return core[1][:1].islower() and core[1][:1].isalpha() and core[1].lower() not in t.head_stops
        return (
            lw.endswith(_PLURAL_SUFFIX)
            and not w.isupper()
            and not self._cap_elsewhere(w)
            and self.full_name([w], len(self.text)) == w
        )

    def _org_kind(self, core: list[str]) -> str:
        """ "government" or "organisation" when the phrase holds an organisation word, else ""."""
        t = self.t
        lw = [w.lower() for w in core]
        if len(core) == 1 and core[0].isupper() and lw[0] in _source_words("government_acronym"):
            return "government"  # "NASA announced", "The CDC said": a public body by its abbreviation
        if len(core) == 1 and _capitalised(core[0]) and lw[0] in _source_words("government_short_name"):
            return "government"  # "The Fed said" (rule government_short_name)
        kind = ""
        for w in lw:
            k = t.org_words.get(w) or (t.org_words.get(w[:-1]) if w.endswith("s") else None)
            if k:
                kind = k
                if k == "government":
                    break
        # rule org_name_head: a name's head, its last word before "of" or "for", decides between a body and
        # an organisation when a government word only modifies it ("American Farm Bureau Federation",
        # "National Conference of State Legislatures": organisations; "Federal Bureau of Investigation": its
        # head is the government word)
        cut = next((k for k, w in enumerate(lw) if k > 0 and w in t.head_stops), len(lw))
        head_kind = t.org_words.get(lw[cut - 1]) if cut > 0 and core[cut - 1][:1].isupper() else None
        if kind == "government" and head_kind == "organisation":
            kind = "organisation"
        joined = " ".join(lw)
        for phrase, k in _org_phrases(t):
            if phrase in joined:
                kind = k
        acronym = core[-1].isupper() and lw[-1] in _source_words("government_acronym")
        if not kind and 2 <= len(core) <= 3 and acronym and all(_capitalised(w) for w in core):
            return "government"  # "the Chinese CDC", "US FDA": a public body by its abbreviation, placed
        if not kind and len(core) >= 2 and lw[-1] in _source_words("org_name_end") and _capitalised(core[0]):
            kind = "organisation"  # "Amnesty International", "Human Rights Watch": a name's last word
        if kind != "government" and core and any(w in t.public_bodies for w in lw):
            first = _unpossessive(core[0])
            if first.lower() in t.state_prefixes or first in countries():
                # "National Hurricane Center", "Brazil's National Institute for Space Research"
                kind = "government"
        return kind

    def _org(self, name: str, org_kind: str, role_text: str, channel: str) -> SourceInfo:
        """A named organisation or body; an abbreviation the article defined is named in full ("AU")."""
        where = _IN_COUNTRY.search(name)
        if where and where.group(1) in countries():
            # "the Centers for Disease Control and Prevention in the United States": the body, a public one
            name = name[: where.start()]
            if any(_singular(w.lower()) in self.t.public_bodies for w in _words(name)):
                org_kind = "government"
        if self._acronyms is None:
            self._acronyms = self.names.acronyms()
        full = self._acronyms.get(name)
        if not full and name.lower() in self.t.org_words and name[:1].isupper():
            full = name_with_of(self.text, name, self._pos)  # "The Bank said" after "the Bank of England"
        if full:
            name, org_kind = full, self._org_kind(_words(full)) or org_kind
        self.last_org = name
        self._org_at[name] = self._pos
        if name in self.orgs:
            self.orgs.remove(name)
        if name:
            self.orgs.append(name)
        kind = "government_body" if org_kind == "government" else "named_organisation"
        return SourceInfo(kind, name, role_text, channel)

    def _institution(
        self,
        core: list[str],
        tail: list[str],
        last: str,
        org_kind: str,
        role_text: str,
        channel: str,
        definite: bool,
    ) -> SourceInfo:
        """A lower-case institution ("the company", "the health ministry", "emergency departments")."""
        t = self.t
        full = " ".join(core + tail)
        plural = last not in t.org_words and last not in t.generic_orgs
        if plural:  # "emergency departments", "environmental groups": several, none named
            self.last_group = full
            return SourceInfo("unnamed_group", full, role_text, channel)
        bare = [w for w in core if w.lower() not in _source_words("demonym") and w not in countries()]
        if definite and len(bare) == 2 and bare[0].islower() and last in t.generic_orgs:
            if bare[0] not in _source_words("other_org"):
                # "the production company" after "Dick Clark Productions" ("the parent company": another)
                bare = bare[1:]
        defined = defined_as(self.text, " ".join(core), self._pos) if definite and not tail else ""
        if defined:
            # "The group, WeWorkers Coalition, formed ... The group said": the article said who the group is
            kind = self._org_kind(_words(defined)) or t.org_words.get(last, "organisation")
            return self._org(defined, kind, role_text, channel)
        if definite and len(bare) == 1:  # "the company", "the German giant" (its nationality aside)
            if self.last_media and last in self.last_media.lower().split():
                # "The agency said" after "the Saudi Press Agency": the outlet
                return SourceInfo("media_outlet", self.last_media, role_text, channel)
            # "the company" after "Northline Motors": the last organisation named before it of that kind
            kind = t.org_words.get(last, "organisation")
            for name in reversed(self.orgs):
                if kind != "government" and (
                    self._org_kind(name.split()) == "government" or self.types.get(name) == "government_body"
                ):
                    continue  # "the company" is never the fire department named in between
                if last in t.generic_orgs and not_a_business(name):
                    continue  # "The utility said" is never "Northfield University" named before it
                if last in t.generic_orgs or last in name.lower().split():
                    told = self._narrated_org(self._pos) if last in t.generic_orgs else ("", -1)
                    # the cited organisation stays the topic while the narration keeps naming it, in a later
                    # sentence or the same one ("Yukos still has a complaint against Deutsche Bank ... The
                    # company has also accused": Yukos)
                    at = self._org_at.get(name, -1)
                    cited = max(at, self.text.rfind(name, max(at, 0), self._pos))  # only since it was cited
                    since = told[1] > cited and self._sentence(told[1] - 1) > self._sentence(cited)
                    if told[0] and since and not self._brand_only(*told):
                        name = told[0]  # "Toy maker Hasbro ... The company noted": named since
                    elif last in t.generic_orgs:
                        recent = self._recent_org_name(self._pos)
                        later = recent[0] and self._sentence(recent[1]) > self._sentence(cited)
                        if later and not self._brand_only(recent[0], recent[1] + len(recent[0])):
                            name = recent[0]  # "Nissan says ... Volkswagen has ... The German automaker"
                    return self._org(name, kind, role_text, channel)
            if last in _source_words("any_org"):
                # "The organization believes" after "said Amnesty International" (rule any_org_noun): the
                # last organisation cited, of whatever kind, that is no government; else the last one the
                # narration named
                orgs = (n for n in reversed(self.orgs) if self.types.get(n) == "named_organisation")
                cited = next(orgs, "") or self._narrated_org(self._pos)[0]
                if cited:
                    return self._org(cited, "organisation", role_text, channel)
            named = head_named_before(self.text, last, self._pos)
            if named:
                # "The Greenway Party won seats. The party said": the party the article named (rule
                # head_named_before)
                return self._org(named, self._org_kind(_words(named)) or kind, role_text, channel)
            described = described_org(self.text, last, self._pos)
            if described:
                # "ABN Amro, the Netherlands' largest bank, ... The bank said" (rule described_org)
                return self._org(described, self._org_kind(_words(described)) or kind, role_text, channel)
            if last in t.generic_orgs:
                told = self._narrated_org(self._pos)
                if told[0]:  # "power lines owned by Pacific Gas and Electric (PG&E) ... the company"
                    return self._org(told[0], "organisation", role_text, channel)
                recent = self._recent_org_name(self._pos)
                if recent[0]:  # "Volkswagen is giving us a glimpse ... The German automaker says"
                    return self._org(recent[0], "organisation", role_text, channel)
        if org_kind == "government":
            self.last_org = full
            return SourceInfo("government_body", full, role_text, channel)
        self.last_group = full  # an organisation the article does not name
        return SourceInfo("unnamed_group", full, role_text, channel)

    def _anonymous(
        self, core: list[str], tail: list[str], head: str, role_text: str, channel: str, definite: bool
    ) -> SourceInfo:
        """A person without a name ("a senior city engineer"); "the engineer" is the one named before."""
        t = self.t
        last = core[-1].lower()
        if head[:4].lower() == "our " and last in _source_words("own_reporter"):
            own = own_reporter(self.text, self._pos, t)
            if own:  # "The BBC's Ann Vale in Mumbai says ... Our correspondent says" (rule own_reporter)
                self._remember(own, "named_person", "", {last})
                return SourceInfo("named_person", own, role_text, channel)
        # "the local health minister" is not the minister named before unless its modifiers name them too
        modifiers = {w.lower() for w in core[:-1]}
        if definite and not tail:
            # "The president says" after "President Trump" and "John Williams, the president of the Federal
            # Reserve Bank": the bare title is the one written before a name, not another body's (rule
            # bare_title_holder)
            bare = self._bare_title_holder(last) if not modifiers else ""
            for p in reversed(self.people):
                if bare and p.name != bare and "of" in p.nouns:
                    continue
                if last in p.nouns and modifiers <= p.nouns and not self._of_other_office(p.name, modifiers):
                    self._remember(p.name, p.source_type, "", set())
                    return SourceInfo(p.source_type, p.name, role_text, channel)
            # "The commissioner said" after "AU Commissioner Albert Muchanga" was named in the narration
            index = self._mention_index()
            own = index.by_title.get(last, [])
            upto = bisect_left(own, bisect_right(index.ends, self._pos))  # the mentions named by then
            i = upto - 1
            while i >= 0 and (
                not self._described_by(index.mentions[own[i]], modifiers, core)
                or bare
                and index.mentions[own[i]].name != bare
            ):
                i -= 1
            holders = {index.mentions[j].name for j in own[:upto]}
            if i < 0 and upto and self._party_description(modifiers, holders):
                # "Indiana Gov. Eric Holcomb ... the Republican governor said" (rule party_title)
                i = -1 if self._other_office(index.mentions[own[upto - 1]], set()) else upto - 1
            if i < 0 and len(holders) == 1:
                # "chief executive John Roe ... the company's chief executive said" (rule role_holder)
                i = self._sole_role_holder(own[:upto], modifiers - self._owner_noun(core, head))
            if i >= 0:
                m = index.mentions[own[i]]
                self._remember(m.name, "named_person", m.gender, {last})
                return SourceInfo("named_person", m.name, role_text, channel)
        if not tail:
            later = self._named_later(last, modifiers, core, definite)
            if later is not None:
                # "A California transit chief says ..." and then "Interim BART Police Chief Ed Alvarez told
                # reporters": a description the article names later is the named person (the guideline)
                self._remember(later.name, "named_person", later.gender, {last})
                return SourceInfo("named_person", later.name, role_text, channel)
        owned = self._owned_role(head) if definite and not tail else None
        if owned is not None:
            # "The Fabian Society's Sundar Katwala said ... The political reform group's general secretary
            # told": a role owned by a described body is the one person cited so far (rule owned_role_sole)
            sole = self._sole_named_speaker(last, self._gender(core, role_text), owned)
            if sole is not None:
                self._remember(sole.name, "named_person", sole.gender, {last})
                return SourceInfo("named_person", sole.name, role_text, channel, mention="description")
        if definite and not tail and modifiers <= _source_words("title_compound") | _source_words("party"):
            # "the prime minister": a title word before the noun is part of the role, not a modifier; "the
            # Tory leader": a party word describes the one person named (session 22: rule party_title_sole)
            title = " ".join(core).lower() if modifiers else ""
            sole = self._sole_named_speaker(last, self._gender(core, role_text), title)
            if sole is not None:
                self._remember(sole.name, "named_person", sole.gender, {last})
                return SourceInfo("named_person", sole.name, role_text, channel)
        name = " ".join(core + tail)
        run = len(tail)
        while run > 0 and tail[run - 1][:1].isupper():
            run -= 1
        if 0 < run and len(tail) - run >= 2 and tail[run - 1].islower() and tail[run - 1] not in t.head_stops:
            if tail[run - 1] not in t.determiner and not self._org_kind(tail[run:]):
                # "director of telecoms research Tony Lavender": a name after the role phrase
                return self._resolve_named(" ".join(tail[run:]), " ".join(core + tail[:run]), channel)
        person = _given_name_start(tail[run:])
        if len(person) >= 2 and person[0] in given_names() and not self._org_kind(person):
            # "incoming chair of the House Intelligence Committee Representative Adam Schiff"
            role_words = core + tail[: len(tail) - len(person)]
            return self._resolve_named(" ".join(person), " ".join(role_words), channel)
        after_body = name_after_body(tail[run:], t)
        if after_body:
            # "director of Amnesty International Man-kei Tam": the name after the body's, whose given name the
            # list lacks (rule name_after_body)
            role_words = core + tail[: run + after_body]
            return self._resolve_named(" ".join(tail[run + after_body :]), " ".join(role_words), channel)
        # "The mayor of Millbrook, Ana Souza": the appositive is the name, the head phrase the role
        cap = _cap_name(role_text)
        if cap and cap == role_text and not self._org_kind(_words(cap)) and not media_in(cap, t):
            return self._resolve_named(cap, name, channel)
        self._remember(name, "anonymous_person", self._gender(core, role_text), {last})
        return SourceInfo("anonymous_person", name, role_text, channel)

    def _namesake(self, surname: str, gender: str, source: Span) -> str:
        """Of two or more people the article named before with the surname of a bare ``surname`` source, the
        one a reader means (rule ``namesake``), or "" when the article names one such person or nothing
        tells them apart:

        - the one whose gender agrees with the source's honorific ("Ms. Lassiter"), else with the first
          "he"/"she"/"him"/"her" after it in its sentence with no other person named between ("Scott
          Lassiter" and "Jamie Liles Lassiter" ... "Lassiter believes ... him"), when only one agrees;
        - else the one whose surname is that word alone, not a compound with a particle before it ("Abu
          Hassan Amer" and "Sadeq Abu Amer", called "Abu Amer" ... "Amer, in Gaza, stressed").

        Before both, rule ``kin_surname``: the one person of a gender that allows it who was not introduced
        as another's relative ("Oskar Lindqvist ... his son Erik Lindqvist ... Lindqvist retired, citing his
        health": Oskar).
        """
        t = self.t
        before = {
            w
            for w in words_before(self.text, surname, source.start)
            if w.lower() not in t.honorifics and w.lower().rstrip(".") not in t.honorifics
            and w.lower() not in t.role_singular
        }
        if len(before) < 2:
            return ""  # no two names end with it ("Mr Blair", "Tony Blair": one; the cheap test first)
        index = self._mention_index()
        upto = bisect_right(index.ends, source.start)
        people: list[tuple[int, str, str]] = []  # (last mention before the source, name, gender)
        kin: set[str] = set()  # people introduced as a relative ("his son Erik Lindqvist")
        for name, own in index.by_name.items():
            if not name.endswith(" " + surname) or own[0] >= upto:
                continue
            f = index.first_gendered.get(name)
            sex = index.mentions[f].gender if f is not None else ""
            relative = kin_titled(index.mentions[own[0]].titles)
            # "Tory MP Boris Johnson": a title the mention kept ("Tory" is a given name too) is no part of it
            name = " ".join(_strip_titles(_words(name), self.t))
            people.append((own[bisect_left(own, upto) - 1], name, sex))
            if relative:
                kin.add(name)
        for name in self.persons:  # cited people the mentions missed ("Sadeq Abu Amer": no given name listed)
            # "Tory MP Boris Johnson" is "Boris Johnson": a listed name may keep its titles
            name = " ".join(_strip_titles(_words(name), self.t))
            if name.endswith(" " + surname) and all(name != p[1] for p in people):
                people.append((-1, name, ""))
        if len({_without_initials(n) for _, n, _ in people}) < 2:
            return ""  # one person, perhaps written with a middle initial once (rule initial_namesake)
        people.sort()
        gender = gender or self._pronoun_after(source)
        if kin:
            # rule kin_surname: "Oskar Lindqvist ... his son Erik Lindqvist ... Lindqvist retired": the
            # surname stays with the one not introduced as another's relative, if the gender allows
            unrelated = {n for _, n, g in people if n not in kin and (not gender or g in ("", gender))}
            if len(unrelated) == 1:
                return unrelated.pop()
        if gender:
            # only one may agree: "Joe Biden" and "Hunter Biden" are both "he", and neither is the latest
            agreeing = [n for _, n, g in people if g == gender] or [n for _, n, g in people if not g]
            return agreeing[0] if len(set(agreeing)) == 1 else ""
        compound = _RUN_PARTICLES | _NAME_OPENERS
        plain = [n for _, n, _ in people if n.split()[-2].lower() not in compound]
        return plain[-1] if len(plain) == 1 else ""

    def _pronoun_after(self, source: Span) -> str:
        """The gender of the first "he"/"she"/"him"/"her"/"his" after ``source`` in its sentence, or "" when
        there is none or another person is named before it."""
        k = self._sentence(source.start)
        end = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
        m = _GENDERED_PRONOUN.search(self.text, source.end, end)
        if m is None:
            return ""
        index = self._mention_index()
        j = bisect_right(index.ends, m.start()) - 1
        if j >= 0 and index.mentions[j].start >= source.end:
            return ""  # "Lassiter said Moore told him": "him" may be anyone named between
        return _PRONOUN_GENDER[m.group(0).lower()]

    def _title_holder(self, words: list[str]) -> _Person | None:
        """The named person cited before with the title of "the <title>" (``words``), when the title is an
        honorific or abbreviated one that is no role noun ("The MEC" after "MEC for Cooperative Governance
        and Traditional Affairs, Jacob Mamabolo"), else None. Role nouns ("the governor") are resolved as
        descriptions (:meth:`_anonymous`); "the former" points back to a name (``back_earlier``); an
        abbreviation the article defines ("Cyberathlete Professional League (CPL) ... The CPL") is a name.
        """
        title = words[1].lower()
        t = self.t
        if (
            title not in t.honorifics
            or title in t.role_singular
            or title in _source_words("back_latest") | _source_words("back_earlier")
            or words[1] in self.names.acronyms()
        ):
            return None
        for p in reversed(self.people):
            if title in p.nouns and p.source_type == "named_person":
                return None if self._of_other_office(p.name, set()) else p
        return None

    def _sole_named_speaker(self, noun: str, gender: str, compound: str = "") -> _Person | None:
        """The person "the <noun>" at the source being resolved refers back to when nothing introduced
        anyone with that noun: the one named person the article has cited so far, when that person is also
        the one a "he"/"she" there would refer to, and was introduced with no other role (rule
        ``sole_named_speaker``). "... explains Radek Babicek from Fantastic Gardeners. ... the expert
        explains" -> Radek Babicek (dev11); "Tony Blair says ... The prime minister said" -> Tony Blair.
        With two named speakers, or a speaker introduced as "lawyer Tom Reed" before "the judge said", the
        description stays an unnamed person: a reader could not tell either. A ``compound`` title ("the
        prime minister": a word of ``source_words.tsv`` class ``title_compound`` before the noun) is taken
        only for a person introduced with no title or role at all ("President Tony Blair ... the prime
        minister" is not read so) and when the article has not used it before ("Michael Howard has no doubt
        it is the prime minister who ... The prime minister claims": not Michael Howard).
        """
        if self.text[self._pos : self._pos + 4].lower() != "the " or noun in _source_words("identity_noun"):
            return None  # "his lawyer" is someone else's; "the man" is a stranger in the story
        named = [p for p in self.people if p.source_type == "named_person" and p.pos < self._pos]
        if len(named) != 1:
            return None
        p = named[0]
        if any(w != noun and (w in self.t.role_singular or w in self.t.role_plural) for w in p.nouns):
            return None
        if compound and (
            any(w in self.t.role_singular or w in self.t.honorifics for w in p.nouns)
            or compound in self.text[: self._pos].lower()
        ):
            return None
        if self._of_other_office(p.name, set()):
            return None  # "ex-Conservative chancellor Ken Clarke ... the chancellor said": not him
        if gender and p.gender and gender != p.gender:
            return None
        if self._other_person_since(p):
            return None  # "Mr Blair ... in conversations with Mr Bush. The president said": not Mr Blair
        found = self._salient_person(gender, self._pos)
        return p if found is not None and found[0] == p.name else None

    def _other_person_since(self, p: _Person) -> bool:
        """Is the last person named before the source being resolved someone other than ``p``, named after
        ``p`` was last cited?"""
        index = self._mention_index()
        j = bisect_right(index.ends, self._pos) - 1
        if j < 0 or index.mentions[j].start <= p.pos:
            return False
        name = index.mentions[j].name
        return name != p.name and name.split()[-1:] != p.name.split()[-1:]

    @staticmethod
    def _party_description(modifiers: set[str], holders: set[str]) -> bool:
        """Is a definite description whose only modifiers are party words ("the Republican governor", "the
        Labour MP") the one person the article named with its title before (``holders``: their names)? A
        reader takes the party as description, not as a second person, when there is no other holder."""
        return bool(modifiers) and modifiers <= _source_words("party") and len(holders) == 1

    def _described_by(
        self, mention: PersonMention, modifiers: set[str], core: list[str], role_words: bool = False
    ) -> bool:
        """Do the ``modifiers`` of a definite description ("the local health minister", "The Wikileaks
        founder") describe the person of ``mention``: each is one of its titles, or a capitalised word of
        the description written just before the name (its affiliation: "Wikileaks co-founder Julian
        Assange"), or, when ``role_words`` (the caller knows the article names one holder of the title), a
        lower-case word of the role written right before it ("said courts minister Ann Lee": the courts
        minister, rule role_holder)?"""
        titles = full_titles(frozenset(w.lower() for w in mention.titles))
        before = self.text[max(0, mention.start - 40) : mention.start]
        named = {w.lower() for w in core[:-1] if _capitalised(w) and w in _words(before)}
        described = titles | named | (self._role_words_before(mention) if role_words else set())
        return modifiers <= described and not self._other_office(mention, modifiers)

    @staticmethod
    def _owner_noun(core: list[str], head: str) -> set[str]:
        """The company noun that owns a definite description, as written in ``head`` ("the company's chief
        executive": {"company"}), or an empty set: the article's one company, which says nothing of which
        holder of the role is meant."""
        first = core[0].lower() if len(core) > 1 else ""
        if first in type_words("org_anaphor") and re.search(rf"\b{re.escape(first)}['’]s\b", head.lower()):
            return {first}
        return set()

    def _role_words_before(self, mention: PersonMention) -> set[str]:
        """The lower-case words of the role written right before a person's name, in the same clause and at
        most four ("chief executive John Roe": {"chief", "executive"}), which the mention's titles (the one
        role noun) leave out."""
        before = re.split(r"[.,;:!?()\n\"“”]", self.text[max(0, mention.start - 40) : mention.start])[-1]
        words = _words(before)[-4:]
        k = len(words)
        while k > 0 and words[k - 1].lower() not in self.t.head_stops | self.t.determiner:
            k -= 1
        return {w.lower() for w in words[k:]}

    def _sole_role_holder(self, own: list[int], modifiers: set[str]) -> int:
        """Of the mentions ``own`` (indexes of the mention index, all of one person titled with the noun of a
        definite description), the last one the description's ``modifiers`` describe by the role words
        written before the name, or -1 (rule ``role_holder``): "Chief executive John Roe opened the plant.
        ... the chief executive said" -> John Roe. The caller asks only when exactly one person holds the
        title by then; with two, a reader could not tell which is meant."""
        index = self._mention_index()
        for i in range(len(own) - 1, -1, -1):
            m = index.mentions[own[i]]
            titles = full_titles(frozenset(w.lower() for w in m.titles))
            if modifiers <= titles | self._role_words_before(m) and not self._other_office(m, modifiers):
                return i
        return -1

    def _bare_title_holder(self, title: str) -> str:
        """The person the article names before this source with ``title`` capitalised right before the name
        and no body's name before it ("President Trump", not "Farm Bureau President Zippy Duvall"), when some
        other holder of the title is another body's ("X, the president of the Federal Reserve Bank"), else
        "". Rule ``bare_title_holder``: "The president says" in such an article is the first, not the
        holder cited last."""
        index = self._mention_index()
        own = index.by_title.get(title, [])
        upto = bisect_left(own, bisect_right(index.ends, self._pos))
        cap = title[:1].upper() + title[1:] + " "
        for j in reversed(own[:upto]):
            m = index.mentions[j]
            if not self.text.startswith(cap, m.start):
                continue
            before = _words(re.split(r"[.!?\n]", self.text[max(0, m.start - 40) : m.start])[-1])
            if before and _capitalised(before[-1]) and not m.sentence_initial:
                continue  # "American Farm Bureau Federation President Zippy Duvall": a body's president
            others = any(p.name != m.name and title in p.nouns and "of" in p.nouns for p in self.people)
            return m.name if others else ""
        return ""

    def _of_other_office(self, name: str, modifiers: set[str]) -> bool:
        """Is the person ``name`` cited before named anywhere with a title of another office (see
        :meth:`_other_office`): "ex-Conservative chancellor Ken Clarke welcomed ... the chancellor said"?"""
        index = self._mention_index()
        return any(self._other_office(index.mentions[j], modifiers) for j in index.by_name.get(name, []))

    def _other_office(self, mention: PersonMention, modifiers: set[str]) -> bool:
        """Is the person of ``mention`` named with a word that makes the title another office ("shadow
        chancellor Oliver Letwin", "ex-Conservative chancellor Ken Clarke", "Deputy Prime Minister John
        Prescott"; ``other_office`` in source_words.tsv) that the description lacks? "The chancellor said" in
        a British article is the chancellor, never the shadow or a former one."""
        before = re.split(r"[.!?\n]", self.text[max(0, mention.start - 40) : mention.start])[-1]
        words = {p.lower() for w in _words(before)[-4:] for p in w.split("-")}
        return bool((words | {w.lower() for w in mention.titles}) & _source_words("other_office") - modifiers)

    def _named_later(
        self, noun: str, modifiers: set[str], core: list[str], definite: bool
    ) -> PersonMention | None:
        """The one person the article names later with the title ``noun``, when it names exactly one ("A
        California transit chief says" ... "Police Chief Ed Alvarez"), else None. A definite description
        must describe them as one named before would (:meth:`_described_by`: "The Irish coach" is not
        "Their coach Tom Billups"); an indefinite one is looser (the guideline's example names no
        California), but never another office ("the chancellor" is not "shadow chancellor Oliver Letwin")."""
        index = self._mention_index()
        own = index.by_title.get(noun, [])
        if len({index.mentions[j].name for j in own}) != 1:
            return None
        m = index.mentions[own[0]]
        if m.start <= self._pos or not definite and not modifiers:
            return None  # "A spokesman said" names no one: "the union's spokesman Tom Reed" may be another
        if definite:
            return m if self._described_by(m, modifiers, core, role_words=True) else None
        fits = not self._other_office(m, modifiers)
        return m if fits else None

    def _resolve_named(self, name: str, role_text: str, channel: str) -> SourceInfo:
        words = _strip_titles(_words(name), self.t) or _words(name)  # "Dr Vancheshwar" -> "Vancheshwar"
        words = without_post_nominal(words)
        name = " ".join(words)
        full = self.full_name(words, len(self.text)) if len(words) == 1 else name
        self._add_person(full)
        nouns = {w.lower() for w in _words(role_text)}
        self._remember(full, "named_person", self._gender(_words(role_text), ""), nouns)
        return SourceInfo("named_person", full, role_text, channel)

    def _pronoun(self, pronoun: str, pos: int) -> tuple[str, str]:
        """The name a pronoun refers to and its type, or ("", "none") (see the module docstring)."""
        kind = self.t.pronouns[pronoun]
        name = ""
        if kind == "person":
            found = self._salient_person(_PRONOUN_GENDER.get(pronoun, ""), pos)
            if found is None:
                return "", "none"
            self._remember(found[0], found[1], _PRONOUN_GENDER.get(pronoun, ""), set())
            return found
        elif kind == "group":
            people = self._people_together(pos)
            last, at = self._together
            if not people and last and self._sentence(pos) - self._sentence(at) <= 1:
                people = last  # "The couple encouraged ... They felt": the same people
            if people:  # "Sam Wilson and Nick Hawco ... They found": the people named together
                self._together = (people, pos)
                # "Stamenković et al.": a research team, typed as an organisation (the guideline's labels)
                return people, "named_organisation" if people.endswith(" et al") else "named_person"
            subject = self._clause_subject_group(pos)
            if subject:  # "State prosecutors charged him ..., they said": the sentence's own subject
                self.last_group = subject
                return subject, "unnamed_group"
            narrated = self._narrated_group(pos)
            told, told_at = self._narrated_they
            recent = told_at >= self._group_pos and self._sentence(pos) - self._sentence(told_at) <= 1
            if not narrated and told and recent:
                narrated = told  # "The team ... They found ... If ..., they reasoned": the same group
            if narrated:  # "The team collected samples ... They found": the group the narration follows
                self._narrated_they = (narrated, pos)
                return narrated, "unnamed_group"
            issuer = self._narrated_issuer(pos)
            if issuer is not None:  # "The Department issued a statement ... They also said": the department
                return issuer
            name = self.last_group or self.last_org
        elif kind == "organisation" and pronoun in ("it", "its"):
            if pronoun == "it" and _EXPLETIVE_IT.match(self.text, pos + 2):
                return "", "none"  # "It is understood no deal was offered": nobody's, no organisation's
            if pronoun == "it":
                own = self._subordinate_it(pos)
                if own is not None:  # "The EU funded the studies, as it considers C": the EU
                    return own
            opened = self._subordinate_subject_org(pos)
            if opened is not None:  # "Although the White House backs a strong dollar, it has indicated"
                return opened
            name = self.last_it
            issuer = None if name else self._narrated_issuer(pos)
            if issuer is not None:  # "The Department issued a statement. It said": the department
                return issuer
            document = "" if name else self._narrated_document(pos)
            if document:  # "The report, carried out by consultants, placed the UK third. It showed": report
                return document, "document"
            if not name:
                # "Emirates had a fleet of 270 aircraft ... it announced an order": an "it" that speaks is the
                # organisation the last sentences narrated, when the article shows the name is one
                recent, at = self._recent_org_name(pos)
                told, told_at = self._narrated_org(pos)
                k = self._sentence(pos)
                if told and ". " not in told and told_at > at and k - self._sentence(told_at - 1) <= 2:
                    recent = told
                if recent:
                    return self._org(recent, "organisation", "", "").source_name, "named_organisation"
        return (name, self.types.get(name, "unnamed_group")) if name else ("", "none")

    def _subordinate_it(self, pos: int) -> tuple[str, str] | None:
        """Rule ``subordinate_it``: the organisation an "it" at ``pos`` refers to when the "it" opens a
        clause after a subordinator of its own sentence (class ``it_subordinator``: ", as it", "because it")
        and that sentence opens with an organisation's name, a defined abbreviation or a country ("The EU
        partially funded the studies, as it considers the pipeline a Project of Common Interest": the EU,
        not the United States cited in the sentence before; fact-check of wikinews-2020-005, session 24).
        None otherwise (the usual "it" rules decide)."""
        before = self.text[max(0, pos - 12) : pos].split()
        if not before or before[-1].lower() not in _source_words("it_subordinator"):
            return None
        k = self._sentence(pos)
        start = self.sentence_starts[k] if k >= 0 else 0
        m = _OPENING_NAME.match(self.text, start, pos)
        if m is None:
            return None
        words = m.group(2).split()
        if self._acronyms is None:
            self._acronyms = self.names.acronyms()
        org_like = (
            bool(self._org_kind(words))
            or len(words) == 1 and (words[0] in self._acronyms or words[0].isupper() and len(words[0]) > 1)
            or " ".join(words) in countries()
        )
        if not org_like:
            return None
        info = self._resolve(Span(m.start(2), m.end(2)), None, None, "")
        if info.source_type not in _IT_TYPES:
            return None
        return info.source_name, info.source_type

    def _person_before(self, surname: str, pos: int) -> str:
        """Rule ``outlet_surname``: the person a one-word outlet's name ``surname`` at ``pos`` refers to when
        the article named, before it, a person by a given name and that surname ("Michael Bloomberg ... ended
        their campaigns. Bloomberg endorsed Joe Biden"), else "". Fact-check of wikinews-2020-028 (session
        24): "Bloomberg" was the news outlet, and the "he" of his quotation went to Joe Biden."""
        full = self.full_name([surname], pos)
        words = full.split()
        if len(words) < 2 or words[-1] != surname or words[0] not in given_names():
            return ""
        return full

    def _after_preposition(self, at: int) -> bool:
        """Rule ``object_of_preposition``: is the name at ``at`` the object of a preposition (``preposition``
        words of function_words.tsv: "pardoned by Trump", "a letter from Jane Roe")? Such a person is
        named in passing, not the clause's subject, and weighs as an owner does when a later "he"/"she" is
        resolved (a fact-check of wikinews-2020-118, session 20: "Flynn made a speech since he was pardoned
        by Trump. He said ..." was credited to Trump). Example: "pardoned by Trump" -> True; "Trump said" ->
        False.
        """
        before = self.text[max(0, at - 12) : at].split()
        return bool(before) and before[-1].lower() in self.t.head_stops

    def _quoted_mention(self, at: int, pos: int) -> bool:
        """Rule ``quoted_mention``: is the person named at ``at`` inside a quotation while the pronoun at
        ``pos`` is in the narration? Who a speaker talks about is named in passing, as an owner is, when a
        later "he"/"she" is resolved: 'Charles Kennedy said: "... Prince William with him ...". He added C'
        is Kennedy's (dev27 bbc-politics-120). Example: at "William" there -> True; at "Kennedy" -> False.
        """
        return in_quotation(self.text, at) and not in_quotation(self.text, pos)

    def _aged_person(self, age: str, pos: int) -> tuple[str, str] | None:
        """The person "the 56-year-old" at ``pos`` refers to: the one named with that age before it ("Jose
        Mourinho, 56,"), else the most salient person before it, as for "he" or "she"; None when the
        article names no one before it."""
        years = age.split("-", 1)[0]
        aged: dict[str, str] = {}  # the age the text gives each person right after their name
        for m in self.mentions():
            given = _AGE_AFTER_NAME.match(self.text, m.end) if m.end <= pos else None
            if given is not None:
                aged[m.name] = given.group(1)
        named = [name for name, a in aged.items() if a == years]
        if named:
            return named[-1], "named_person"
        found = self._salient_person("", pos)
        if found is not None and aged.get(found[0], years) != years:
            return None  # "Tom Reed, 34, ... the 40-year-old": someone else, unnamed
        return found

    def _clause_subject_group(self, pos: int) -> str:
        """Rule ``clause_subject_they``: the group that opens the sentence of a "they" at ``pos`` written
        after a comma at its end ("State prosecutors charged the suspect with murder, they said Sunday"):
        a reader takes the sentence's own subject, not the group cited before it (the police). The subject
        is one to three words, the last a plural role noun in lower case ("prosecutors", "officials"),
        then a lower-case word (its verb); its name is as written. "" otherwise ("Police said ... . They
        said").
        """
        here = self._sentence(pos)
        start = self.sentence_starts[here] if self.sentence_starts else 0
        if self.text[max(start, pos - 2) : pos] != ", ":
            return ""
        words = self.text[start:pos].split()
        t = self.t
        for n in range(1, 4):
            if len(words) <= n + 1:
                break
            head, verb = words[n - 1], words[n]
            if not head.isalpha() or not head.islower() or head not in t.role_plural:
                continue
            if verb.isalpha() and verb.islower() and verb not in t.head_stops and verb != "and":
                opening = [w for w in words[: n - 1] if w.lower() not in t.determiner]
                if all(w.isalpha() and w[:1].isupper() for w in opening):
                    return " ".join(words[:n]).removeprefix("The ").removeprefix("the ")
            break
        return ""

    def _narrated_group(self, pos: int) -> str:
        """Rule ``narrated_group``: the group a "they" at ``pos`` refers to when the narration made one its
        subject after the last group cited: "The team collected samples from six catacombs. ... They found
        the DNA to be diverse" is the team's finding, not that of "some scholars" cited before the team was
        (a fact-check of unlabelled Wikinews text, session 15). The subject is "The"/"the" and a noun of
        ``narrated_group`` (``source_words.tsv``: team, researchers, ...) opening one of the sentence of
        ``pos`` and the ``_TOGETHER_SENTENCES`` before it, the latest first; its name is the noun ("team"),
        as a cited group's is; "" when there is none."""
        here = self._sentence(pos)
        nouns = _source_words("narrated_group")
        for k in range(here, max(-1, here - _TOGETHER_SENTENCES - 1), -1):
            start = self.sentence_starts[k] if self.sentence_starts else 0
            if start >= pos or start < self._group_pos:
                continue
            words = self.text[start : start + 40].split()[:3]
            if len(words) >= 3 and words[0] in ("The", "the") and words[1] in nouns and words[2].islower():
                return words[1]
        return ""

    def _narrated_issuer(self, pos: int) -> tuple[str, str] | None:
        """Rule ``narrated_issuer``: the body a "they" or a speaking "it" at ``pos`` refers to when the
        narration, in this sentence or the one before and after the last group cited, made a named body the
        subject of putting out a document: "The Department of Health issued a statement on Monday. They also
        said C" is the department's, not that of "government sources" cited before. The subject opens its
        sentence with "The" and capitalised words holding an organisation word; then a ``publishing`` verb
        of ``source_words.tsv`` and, within three words, an attribution noun ("statement", "report").
        (name, type), or None."""
        here = self._sentence(pos)
        t = self.t
        for k in range(here, max(-1, here - 2), -1):
            start = self.sentence_starts[k] if self.sentence_starts else 0
            if start >= pos or start < self._group_pos:
                continue
            m = _ISSUER.match(self.text, start, pos)
            if m is None or m.group(2).lower() not in _source_words("publishing"):
                continue
            if not any(w.lower().strip(".,") in t.attribution_nouns for w in m.group(3).split()):
                continue
            words = _words(m.group(1))
            kind = self._org_kind(words)
            if not kind:
                continue
            info = self._org(" ".join(words), kind, "", "")
            return info.source_name, info.source_type
        return None

    def _subordinate_subject_org(self, pos: int) -> tuple[str, str] | None:
        """Rule ``subordinate_subject_it``: the body an "it" at ``pos`` refers to when the sentence opens with
        a subordinate clause whose subject is that body, and the "it" opens the main clause after its comma:
        "Although the White House officially backs a strong dollar, it has tacitly indicated C" is the White
        House's (dev27 bbc-business-440: "it" was left unresolved). The clause opens with a ``clause_opener``
        ("although", "while", "because") and a capitalised name holding an organisation word or cited as an
        organisation before. (name, type), or None. Example: that sentence -> ("White House",
        "government_body"); "Although Ann Lee backs it, it has indicated" -> None."""
        if self.text[max(0, pos - 2) : pos] != ", ":
            return None
        here = self._sentence(pos)
        start = self.sentence_starts[here] if self.sentence_starts and here >= 0 else 0
        m = _SUBORDINATE_SUBJECT.match(self.text, start, pos)
        if m is None or m.group(1).lower() not in self.t.clause_openers:
            return None
        words = _words(m.group(2))
        kind = self._org_kind(words) or ("organisation" if " ".join(words) in self.orgs else "")
        if not kind:
            return None
        info = self._org(" ".join(words), kind, "", "")
        return info.source_name, info.source_type

    def _outlet_as_title(self, media: str, core: list[str]) -> bool:
        """Rule ``outlet_as_title``: is the outlet ``media`` found in a source the capitalised role noun
        opening it before a person's given name ("Economist Ana Ruiz said": The Economist is an outlet, but
        "economist" before "Ana Ruiz" is her title)? Then the source is the person (a fact-check of
        wikinews-2020-021, session 23: it was the outlet "Economist"). Example: "Economist", ["Economist",
        "Ana", "Ruiz"] -> True; "Economist", ["The", "Economist"] -> False."""
        if len(core) < 2 or core[0] != media or core[1] not in given_names():
            return False
        lw = media.lower()
        return lw in self.t.role_singular or person_noun(lw) is not None

    def _narrated_document(self, pos: int) -> str:
        """Rule ``narrated_document``: the document a speaking "it" at ``pos`` refers to when no source before
        it can be: "The report, carried out by consultants, placed the UK third. It showed C" and "The
        research was carried out by the Film Council. It also found C" are the report's and the research's
        (dev26 bbc-politics-109, dev17 bbc-entertainment-351: "it" was left unresolved). The document is
        "The" and an attribution noun opening the sentence before ``pos`` (or ``pos``'s own, before it), then
        a comma or a lower-case word; its name is the noun, as a cited document's is. "" when there is none.
        Example: that report -> "report"; "The UK placed third. It showed C" -> ""."""
        here = self._sentence(pos)
        for k in (here, here - 1):
            if k < 0:
                break
            start = self.sentence_starts[k] if self.sentence_starts else 0
            if start >= pos:
                continue
            m = _DOCUMENT_SUBJECT.match(self.text, start, pos)
            if m is not None and m.group(1) in self.t.attribution_nouns:
                return m.group(1)
        return ""

    def _people_together(self, pos: int) -> str:
        """People named together ("Cherie and Sean O'Donnell", "Stamenković et al.") in the sentence of
        ``pos`` and the three before it, after the last group or organisation cited: what a "they" there
        refers to."""
        here = self._sentence(pos)
        k = max(0, here - _TOGETHER_SENTENCES)
        lo = max(self.sentence_starts[k] if self.sentence_starts else 0, self._group_pos)
        names = {m.name for m in self.mentions()} | {m.name.split()[0] for m in self.mentions()}
        given = given_names()
        best, at = "", -1
        for m in _PEOPLE_TOGETHER.finditer(self.text, lo, pos):
            second = m.group(2)
            words = m.group(1).split()
            # "Researchers Sam Wilson": the name starts at a known name or given name, not at its title
            k = next((i for i, w in enumerate(words) if " ".join(words[i:]) in names or w in given), 0)
            first = " ".join(words[k:])
            if second is None:  # "X et al.": the authors of a study, always people
                lead = words[-2] if len(words) > 1 and words[-2].islower() else ""  # "de Vera et al"
                best, at = f"{lead} {words[-1]} et al".lstrip(), m.start()
            elif (first in names or first in given) and (second in names or second.split()[0] in given):
                roles = len(self.text[m.end(1) : m.start(2)].split()) > 1  # "and finance minister"
                if roles and self._sentence(m.start()) < here - 1:
                    continue  # rule role_between_names: a pair with roles counts from one sentence back
                best, at = f"{first} and {second}", m.start()
        return best if at >= 0 else ""

    def _salient_person(self, gender: str, pos: int) -> tuple[str, str] | None:
        """The person a "he"/"she" at ``pos`` refers to: the most salient one before it whose gender agrees.

        Candidates are the people cited so far and the people the article names in its narration. Salience
        halves with every sentence back; a subject (a name opening its sentence) and a speaker (cited as a
        source) weigh more, as they do for a reader. A candidate whose gender is known and differs is never
        taken, and with no candidate the pronoun stays unresolved. A speaker entry made at ``pos`` itself
        counts (``<=``): one "she" that is the source of two reports ("she did not deny ..., but said ...")
        is resolved once per report, and the second resolution must see the person the first one chose,
        or a name found only as a speaker (no given name the list knows) drops out and the pronoun goes to
        someone else (rule ``same_pronoun_again``, dev11: "she" -> the judge instead of the accused).

        Weighing every earlier mention for every pronoun grows with the square of the article, so the
        mentions are read backwards only as far as can matter (:class:`_MentionIndex`). A candidate's score
        lies between ``w`` and ``2 w`` where ``w`` halves per sentence back from its latest mention, so one
        whose latest mention is two or more sentences before the latest agreeing candidate's can never come
        first: it scores less, or (once the halving runs out of floating-point range) the same with an
        earlier position, which ranks lower. Every candidate that is weighed is weighed exactly as in a
        full pass (its speaker entries, its first gendered mention, its mentions in its latest sentence), so
        the choice is the same as weighing them all.
        """
        here = self._sentence(pos)
        best: dict[str, list] = {}  # name -> [score, type, gender, last position]

        def consider(
            name: str, at: int, subject: bool, speaker: bool, sex: str, kind: str, owner: bool = False
        ) -> None:
            score = 0.5 ** max(0, here - self._sentence(at)) * (1 + 0.5 * subject + 0.5 * speaker)
            if owner:
                # "Simmons teed up McDonald's cameo ... he said": an owner named in passing is less
                # salient than the clause's subject (a factor of at least 0.5 keeps the walk's bound)
                score *= _OWNER_WEIGHT
            cur = best.get(name)
            if cur is None:
                best[name] = [score, kind, sex, at]
                return
            cur[0] = max(cur[0], score)
            cur[2] = cur[2] or sex
            cur[3] = max(cur[3], at)
            if kind != "named_person" or cur[1] == "":
                cur[1] = cur[1] or kind

        def agrees(v: list) -> bool:
            return not (gender and v[2] and v[2] != gender)

        index = self._mention_index()
        mentions = index.mentions
        here_start = self.sentence_starts[here] if here >= 0 else 0
        # "The northern Sierra Nevada has seen little rain, he said": a pronoun set after its content is no
        # one in that content (but "While the campaign did not appeal to Julie Graham, she said": the clause
        # before the main one is no content)
        opener = self.text[here_start : here_start + 20].lstrip("“\"‘' ").split(" ", 1)[0].lower()
        after_content = opener not in self.t.clause_openers and _POSTPOSED.search(
            self.text, max(here_start, pos - 4), pos
        ) is not None
        upto = bisect_right(index.ends, pos)  # mentions[:upto] end at or before pos
        people = self._person_named()
        seen: set[str] = set()
        latest = -2  # the latest sentence of an agreeing candidate weighed so far

        def weigh(name: str) -> None:
            # as a full pass would, but only the entries that can change the outcome: the person's speaker
            # entry, then its first gendered mention and its mentions in its latest sentence (in text order)
            nonlocal latest
            seen.add(name)
            p = people.get(name)
            if p is not None and p.pos <= pos:
                consider(p.name, p.pos, True, True, p.gender, p.source_type)  # mentions add given-name gender
            for j in index.relevant(name, upto):
                m = mentions[j]
                if index.sentence[j] == here and (
                    after_content or quoted_before(self.text, here_start, m.start, pos)
                ):
                    continue  # "“Pat Carlineo is ...,” she said": the speaker is not the one quoted
                # "since he was pardoned by Trump. He said": a person named as the object of a preposition
                # is as much in passing as an owner (rule object_of_preposition)
                owner = self.text[m.end - 2 : m.end] in ("’s", "'s") or self._after_preposition(m.start)
                owner = owner or self._quoted_mention(m.start, pos)
                consider(m.name, m.start, m.sentence_initial, False, m.gender, "named_person", owner)
            v = best.get(name)
            if v is not None and agrees(v):
                latest = max(latest, self._sentence(v[3]))

        for name in sorted(self._speaker_gender_differs(index)):
            if name in people and people[name].pos <= pos:
                weigh(name)  # the walk below may skip its mentions, read as the other gender's
        # a speaker named again in the narration since it was cited ("Zuma-Sambudla had been flagged because
        # she ...") is as salient there as any person mention, though its given name is unknown to the list
        lo = self.sentence_starts[max(0, here - 1)] if here >= 0 else 0
        for p in self.people:
            at = self._narrated_at(p, lo, pos) if p.source_type == "named_person" and p.pos < lo else -1
            if at < 0:
                continue
            k = self._sentence(at)
            if k == here and after_content or in_quotation(self.text, at):
                continue  # a name inside a quotation is someone the speaker talks about
            if p.name not in seen:
                weigh(p.name)
            # "But Wenger's Bayern counterpart Felix Magath ...": an owner opening the sentence is no subject
            owner = self.text[at : at + 40].split(" ", 1)[0].endswith(("’s", "'s"))
            consider(p.name, at, self._initial(at) and not owner, False, p.gender, p.source_type, owner)
            v = best.get(p.name)
            if v is not None and agrees(v):
                latest = max(latest, self._sentence(v[3]))
        skip = index.skip.get(gender)
        j = upto - 1
        while j >= 0:  # the mentions, latest first
            if skip is not None:
                j = skip[j]  # mentions of people whose gender differs are never candidates
                if j < 0:
                    break
            if index.sentence[j] < latest - 1:
                break
            if mentions[j].name not in seen:
                weigh(mentions[j].name)
            j -= 1
        listed = self.people
        for k in range(len(listed) - 1, -1, -1):  # the speakers, latest first
            p = listed[k]
            if self._people_in_order and self._sentence(p.pos) < latest - 1:
                break  # the rest were cited earlier still; a later mention of one was read above
            if p.pos <= pos and p.name not in seen:
                weigh(p.name)
        ranked = sorted(
            # a person's pronoun stands for a person (rule person_pronoun_person)
            ((v[0], v[3], k, v[1]) for k, v in best.items() if agrees(v) and self._person_candidate(k, v[1])),
            reverse=True,
        )
        return (ranked[0][2], ranked[0][3]) if ranked else None

    def _person_candidate(self, name: str, kind: str) -> bool:
        """Can a "he" or "she" refer to ``name``, a candidate of ``kind``: a person's, not an event's, an
        outlet's or an organisation's (rule ``person_pronoun_person``)."""
        return (kind in _PERSON_KINDS or not kind) and not impersonal_name(name, self.t)

    def _narrated_at(self, p: _Person, lo: int, pos: int) -> int:
        """Where the article last names the speaker ``p`` by its surname in ``[lo, pos)``, or -1 (rule
        ``narrated_speaker``: the person mentions miss a name whose given name the list does not know)."""
        words = p.name.split()
        if len(words) < 2 or not words[-1][:1].isupper():
            return -1
        surname = words[-1]
        at = self.text.rfind(surname, lo, pos)
        while at >= 0:
            before = self.text[at - 1 : at]
            after = self.text[at + len(surname) : at + len(surname) + 1]
            if not (before.isalnum() or before in "-'’") and not (after.isalnum() or after == "-"):
                return at
            at = self.text.rfind(surname, lo, at)
        return -1

    def _mention_index(self) -> _MentionIndex:
        return self.names.mention_index()

    def _speaker_gender_differs(self, index: _MentionIndex) -> set[str]:
        """People whose speaker entry has a gender other than their first gendered mention's (updated from
        the entries made since the last call; a name no longer listed is left for the caller to skip)."""
        for p in self._people_log[self._people_read :]:
            f = index.first_gendered.get(p.name)
            if f is not None and p.gender and p.gender != index.mentions[f].gender:
                self._gender_differs.add(p.name)
            else:
                self._gender_differs.discard(p.name)
        self._people_read = len(self._people_log)
        return self._gender_differs


@dataclass
class _MentionIndex:
    """The article's person mentions, indexed for :meth:`Resolver._salient_person`.

    ``ends`` and ``sentence`` are per mention (in text order, so both ascend); ``by_name`` holds each
    name's mention indices; ``first_gendered`` the index of each name's first mention with a gender (the
    gender a full pass would give it); ``skip[g][j]`` the last mention at or before ``j`` that is not of a
    name whose gender is already known at it and differs from ``g`` (-1 when none).
    """

    mentions: list[PersonMention]
    ends: list[int]
    sentence: list[int]
    by_name: dict[str, list[int]]
    first_gendered: dict[str, int]
    skip: dict[str, list[int]]
    by_first_word: dict[str, list[int]]  # the indices of the mentions whose name starts with each word
    by_title: dict[str, list[int]]  # the indices of the mentions with each title

    @classmethod
    def build(cls, mentions: list[PersonMention], sentence_of: Callable[[int], int]) -> _MentionIndex:
        ends = [m.end for m in mentions]
        if any(a > b for a, b in pairwise(ends)):
            raise ValueError("person mentions must be in text order")  # names.person_mentions finds them so
        by_name: dict[str, list[int]] = {}
        first_gendered: dict[str, int] = {}
        for j, m in enumerate(mentions):
            by_name.setdefault(m.name, []).append(j)
            if m.gender and m.name not in first_gendered:
                first_gendered[m.name] = j
        skip: dict[str, list[int]] = {}
        for g in ("m", "f"):
            last, out = -1, []
            for j, m in enumerate(mentions):
                f = first_gendered.get(m.name)
                if f is None or f > j or mentions[f].gender == g:
                    last = j
                out.append(last)
            skip[g] = out
        sentence = [sentence_of(m.start) for m in mentions]
        by_first_word: dict[str, list[int]] = {}
        by_title: dict[str, list[int]] = {}
        for j, m in enumerate(mentions):
            by_first_word.setdefault(m.name.split()[0] if m.name.split() else "", []).append(j)
            for title in full_titles(m.titles):
                by_title.setdefault(title, []).append(j)
        return cls(mentions, ends, sentence, by_name, first_gendered, skip, by_first_word, by_title)

    def relevant(self, name: str, k: int) -> list[int]:
        """Of ``name``'s mentions among the first ``k``: its first gendered one and those in the sentence of
        its last one, ascending (empty when it has none).

        A mention in an earlier sentence than the last one scores less (at most 1.5 halved, against at
        least 1), so it changes nothing a full pass would take from it but the gender, which comes from
        the first gendered mention.
        """
        own = self.by_name.get(name, [])
        i = bisect_left(own, k) - 1
        if i < 0:
            return []
        last = self.sentence[own[i]]
        out = []
        while i >= 0 and self.sentence[own[i]] == last:
            out.append(own[i])
            i -= 1
        f = self.first_gendered.get(name)
        if f is not None and f < k and (not out or f < out[-1]):
            out.append(f)
        return out[::-1]


#: A character no name pattern of the resolver matches across: not a word character, an apostrophe, a
#: hyphen, a full stop or a space (so commas, line breaks, quotation marks and brackets end a run).
_RUN_BREAK = re.compile(r"[^\w’'.\- ]")
#: A word right after a space that follows a character a name word can end with (a letter or digit, a
#: full stop, an apostrophe or a hyphen): where a surname can follow a given name or a title ("Jens
#: Stoltenberg", "Minister Park Jin", "'Thin-skinned' Trump").
#: Only words that can open with a capital: one opening with a-z, a digit or "_" is never ``isupper()``, and
#: skipping it in the pattern spares a match object for most words (the table keeps capitalised ones).
_AFTER_WORD = re.compile(r"(?<=[\w’'.\-] )(?=[^\W\da-z_])\w+")
_PLAIN_WORD = re.compile(r"\w+")
_BEFORE_SPACE = re.compile(r"[^ ]+(?= )")


def _longer(best: str, name: str) -> str:
    return name if len(name) > len(best) else best


def _first(found: str, name: str) -> str:
    return found or name


class _NameRuns:
    """Runs a name pattern about one word only where that word is, instead of over the whole article.

    ``full_name`` and ``_surname_first`` look for a word after other words ("Jens Stoltenberg" for
    "Stoltenberg"); scanning the article up to the source for every source grew with the square of a long
    article. Their patterns match only inside a run of name characters (:data:`_RUN_BREAK` ends one) and
    only where the word follows a word and a space, so reading just the runs that hold the word there finds
    the same matches, in the same order. What a pattern gives in each whole run is kept per word: a later
    source reads the runs before it from there, and only the run it stands in afresh.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in _RUN_BREAK.finditer(text)]
        self.at: dict[str, list[int]] = {}
        for m in _AFTER_WORD.finditer(text):
            if m.group()[:1].isupper():
                self.at.setdefault(m.group(), []).append(m.start())
        self._kept: dict[tuple[str, str], tuple[list[int], list[str]]] = {}
        self._before_capital: dict[str, int] | None = None

    def before_capital(self, word: str) -> int | None:
        """Where ``word`` is first written right before a space and a capital ("Hardeep Singh"), as
        ``text.find`` would find it (inside a longer word too), or None. Only a capitalised ``word`` without
        spaces is looked up in the table; any other is searched for."""
        if " " in word or not word[:1].isupper():
            at = self.text.find(word + " ")
            while at >= 0 and not self.text[at + len(word) + 1 : at + len(word) + 2].isupper():
                at = self.text.find(word + " ", at + 1)
            return None if at < 0 else at
        if self._before_capital is None:
            # every capitalised ending of every stretch of non-spaces that a space and a capital follow
            table: dict[str, int] = {}
            for m in _BEFORE_SPACE.finditer(self.text):
                if self.text[m.end() + 1 : m.end() + 2].isupper():
                    token = m.group()
                    for i, c in enumerate(token):
                        if c.isupper():
                            table.setdefault(token[i:], m.start() + i)
            self._before_capital = table
        return self._before_capital.get(word)

    def run(self, pos: int) -> tuple[int, int]:
        """The run of name characters around ``pos`` (ending at ``pos`` when ``pos`` ends one)."""
        i = bisect_left(self.breaks, pos)
        start = self.breaks[i - 1] + 1 if i else 0
        end = self.breaks[i] if i < len(self.breaks) else len(self.text)
        return start, end

    def fold(
        self,
        kind: str,
        word: str,
        pattern_of: Callable[[str], re.Pattern[str] | NamesBefore],
        value: Callable[[re.Match[str] | NameMatch], str],
        step: Callable[[str, str], str],
        before: int,
    ) -> str:
        """``step`` over ``value`` of each match of ``pattern_of(word).finditer(text, 0, before)`` in order,
        from "".

        ``pattern_of(word)`` must be a pattern of the kind described above for ``word`` (``kind`` names
        it); a word that is not one capitalised run of word characters is read the slow way, over the
        whole text. The pattern is built only when a run is read: a word that no word and space precede
        anywhere needs none, and compiling one per name of a corpus (each about a millisecond, more than
        ``re``'s cache holds) was 1-2% of the attribution analyzer's time.
        """
        if not (_PLAIN_WORD.fullmatch(word) and word[:1].isupper()):
            acc = ""
            for m in pattern_of(word).finditer(self.text, 0, before):
                acc = step(acc, value(m))
            return acc
        at = self.at.get(word, [])
        kept = self._kept.get((kind, word))
        if kept is None:
            ends: list[int] = []
            folded: list[str] = []
            acc, last = "", -1
            pattern = pattern_of(word) if at else None
            for q in at:
                start, end = self.run(q)
                if start == last:
                    continue
                last = start
                assert pattern is not None
                for m in pattern.finditer(self.text, start, end):
                    acc = step(acc, value(m))
                    ends.append(end)
                    folded.append(acc)
            kept = self._kept[(kind, word)] = (ends, folded)
        ends, folded = kept
        i = bisect_right(ends, before)  # the runs that end by ``before``, read whole
        acc = folded[i - 1] if i else ""
        start, end = self.run(before)
        k = bisect_left(at, start)
        # ``before`` stands inside a run holding the word, or cuts a longer word to it ("Smith|son")
        if end > before and (k < len(at) and at[k] < before or self.text.endswith(word, start, before)):
            for m in pattern_of(word).finditer(self.text, start, before):
                acc = step(acc, value(m))
        return acc


#: ``id(tables)`` -> (the tables, :func:`_org_phrases` of them); the tables are kept so the id stays theirs.
_ORG_PHRASES: dict[int, tuple[object, tuple[tuple[str, str], ...]]] = {}


def _org_phrases(t: Tables) -> tuple[tuple[str, str], ...]:
    """The organisation words of ``t`` that are phrases of several words, with their kind, in the table's
    order: ``Resolver._org_kind`` reads them for every source, and picking them out of every organisation
    word each time was about 1% of a Reuters run."""
    got = _ORG_PHRASES.get(id(t))
    if got is None or got[0] is not t:
        phrases = tuple((phrase, k) for phrase, k in t.org_words.items() if " " in phrase)
        got = _ORG_PHRASES[id(t)] = (t, phrases)
    return got[1]


# Patterns built from a word of the article, compiled once per word: re's own cache holds 512 patterns,
# fewer than the distinct names of a corpus partition, so without these it recompiles most of them.


#: The characters of a name word, ``[\w’'\-]``, written so that it compiles fast: ``re`` builds a bitmap
#: of all Unicode for a class that mixes ``\w`` with a character above U+00FF (about 0.3 ms a pattern), and
#: merges an alternation of single characters back into such a class; ``’{1}`` is not single, so it stays
#: apart. The same characters match, so the same text matches.
_NAME_CHAR = r"(?:[\w'\-]|’{1})"


@lru_cache(maxsize=_WORD_PATTERNS)
def _names_before(surname: str) -> re.Pattern[str] | NamesBefore:
    r"""Up to four capitalised words right before ``surname`` (the fuller names it may stand for): the
    pattern ``((?:[A-Z][\w’'\-]*\.? ){1,4})SURNAME\b``, as a :class:`NamesBefore` for a capitalised
    surname of word characters (nearly all), which finds the same matches without compiling a pattern."""
    if _PLAIN_WORD.fullmatch(surname) and surname[:1].isupper():
        return NamesBefore(surname)
    return re.compile(rf"((?:[A-Z]{_NAME_CHAR}*\.? ){{1,4}})" + re.escape(surname) + r"\b")


#: One name word of :func:`_names_before`'s pattern, with the space after it. It can match in one way
#: only (the name characters run on to a character that is none of them, so none can be given back to
#: let the optional full stop or the space match earlier), so a run of such words is a fixed sequence.
_NAME_WORD_SPACE = re.compile(rf"[A-Z]{_NAME_CHAR}*\.? ")
_ASCII_CAPITAL = re.compile(r"[A-Z]")


def _word_char(c: str) -> bool:
    r"""Is ``c`` a character of ``\w`` (``re``'s definition for ``str`` patterns: alphanumeric or "_")?"""
    return c.isalnum() or c == "_"


class NamesBefore:
    r"""``re.compile(r"((?:[A-Z][\w’'\-]*\.? ){1,4})" + surname + r"\b")`` for a capitalised surname of
    word characters, without compiling it: compiling one pattern per surname (about a millisecond each,
    and a corpus has more names than ``re``'s cache holds) was about half the patterns the attribution
    analyzer compiled, 1-2% of its time.

    :meth:`finditer` finds what the pattern's ``finditer`` finds, match for match: at each capital (where
    the pattern can start), the name words that follow are fixed (:data:`_NAME_WORD_SPACE`), and the
    pattern's greedy ``{1,4}`` takes as many as it can (four at most), then fewer, until the surname and
    a word boundary follow; the next search starts where a match ends, or one character on.
    """

    __slots__ = ("surname", "pattern")

    def __init__(self, surname: str) -> None:
        self.surname = surname
        self.pattern = rf"((?:[A-Z]{_NAME_CHAR}*\.? ){{1,4}})" + re.escape(surname) + r"\b"  # for messages

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[NameMatch]:
        end = len(text) if endpos is None else max(0, min(endpos, len(text)))
        word, n = self.surname, len(self.surname)
        at = max(0, pos)
        while True:
            cap = _ASCII_CAPITAL.search(text, at, end)
            if cap is None:
                return
            start = cap.start()
            ends: list[int] = []
            q = start
            while len(ends) < 4:
                m = _NAME_WORD_SPACE.match(text, q, end)
                if m is None:
                    break
                q = m.end()
                ends.append(q)
            at = start + 1
            for name_end in reversed(ends):
                stop = name_end + n
                if (
                    stop <= end
                    and text.startswith(word, name_end)
                    and (stop == end or not _word_char(text[stop]))
                ):
                    yield NameMatch(text, start, name_end, stop)
                    at = stop
                    break


class NameMatch:
    """A match of :class:`NamesBefore`: the parts of ``re.Match`` that its readers use (group 1 is the
    name words before the surname)."""

    __slots__ = ("string", "_start", "_name_end", "_end")

    def __init__(self, string: str, start: int, name_end: int, end: int) -> None:
        self.string, self._start, self._name_end, self._end = string, start, name_end, end

    def group(self, k: int = 0) -> str:
        if k == 0:
            return self.string[self._start : self._end]
        if k == 1:
            return self.string[self._start : self._name_end]
        raise IndexError("no such group")

    def groups(self) -> tuple[str]:
        return (self.group(1),)

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end


@lru_cache(maxsize=_WORD_PATTERNS)
def _initials_run(word: str) -> re.Pattern[str]:
    """A run of words whose initials spell ``word`` ("VS": "Vlada Stamenković")."""
    return re.compile(r"\b" + f"{_NAME_CHAR}* ".join(word) + rf"{_NAME_CHAR}*\b")


@lru_cache(maxsize=_WORD_PATTERNS)
def _surname_first_pattern(word: str) -> re.Pattern[str]:
    """A word, then ``word``, then a capitalised word ("Minister Park Jin")."""
    return re.compile(r"\b([\w.]+) " + re.escape(word) + rf" ([A-Z][a-z]{_NAME_CHAR}*)\b")


#: A whole word as the one-word name tests read it: letters, digits, apostrophes and hyphens
_WRITTEN_WORD = re.compile(r"(?<![\w’'\-])[\w’'\-]+(?![\w’'\-])")
#: A run of such characters right after a lower-case letter or a comma and white space
#: (spaces only: a word after a line break opens a paragraph, after a headline with no full stop)
_AFTER_LOWER = re.compile(r"(?<=[a-z,])[ \t]+([\w’'\-]+)")


def _boundary(run: str, i: int) -> bool:
    """Is there a word boundary (``\\b``) after ``run[:i]`` inside a maximal run of word characters,
    apostrophes and hyphens (at its end, the next character is none of them)?"""
    if i == len(run):
        return run[-1].isalnum() or run[-1] == "_"
    return (run[i - 1].isalnum() or run[i - 1] == "_") != (run[i].isalnum() or run[i] == "_")


@lru_cache(maxsize=_WORD_PATTERNS)
def _cap_after_lower(w: str) -> re.Pattern[str]:
    """``w`` after a lower-case word or a comma."""
    return re.compile(r"[a-z,][ \t]+" + re.escape(w) + r"\b")


def described_name(head: str) -> tuple[str, str] | None:
    """(description, name) when ``head`` is a description, perhaps with a relative clause, then a comma
    and a capitalised name closing it ("The group that owns most of her music, Big Machine": ("The group",
    "Big Machine")), else None. The rules then take the name when the description is only a role or an
    organisation noun."""
    m = _DESCRIBED_NAME.match(head)
    if m is None or m.group(2).split()[-1] in ("of", "and", "&", "for", "the", "de"):
        return None
    return m.group(1), _strip_article(m.group(2), tables())


#: The words after a name that may lengthen it into an organisation's fuller name: capitalised words, and
#: "and", "&", "of" between them ("British Printing and Communication Corp PLC"); "of" never first ("Ray Stone
#: of Merrill Lynch Inc" is no company's name).
_NAME_GOES_ON = re.compile(
    r"[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w.&'’-]*(?:[ \t]+(?:(?:and|&|of)[ \t]+)?[A-Z][\w.&'’-]*)*"
)


def org_name_opening(text: str, name: str, before: int, org_words: Collection[str]) -> str:
    """Rule ``org_short_name``: the fuller organisation name that ``name`` opens, written in ``text``
    before ``before``, else "". A company named in full once is then cut to its first words: "Mathematical
    Applications Group Inc said ... Mathematical Applications said" (a company, not a person); the fuller
    name must end in an organisation word of ``org_words`` ("Inc", "Ltd", "Holdings", "Airlines"), so a
    person's name followed by capitals ("Ann Lee Monday") is never lengthened. The fullest such name wins.

    Examples: ("Jardine Matheson Holdings Ltd said ... Jardine Matheson said", "Jardine Matheson") ->
    "Jardine Matheson Holdings Ltd"; ("Ann Lee Thursday said ... Ann Lee said", "Ann Lee") -> ""."""
    best = ""
    for at, fuller in org_name_openings(text, name, org_words):
        if at < before:
            best = _longer(best, fuller)
    return best


def org_name_openings(text: str, name: str, org_words: Collection[str]) -> list[tuple[int, str]]:
    """Every fuller organisation name ``name`` opens in ``text`` (see :func:`org_name_opening`), with where
    it starts: read once per name, so a resolver asking again for the same name reads no text."""
    out = []
    for m in re.finditer(r"(?<![\w.&'’-])" + re.escape(name) + r"(?![\w&'’-])", text):
        run = _NAME_GOES_ON.match(text, m.end())
        if run is None:
            continue
        words = _words(run.group(0))
        while words and words[-1].lower().rstrip(".") not in org_words and words[-1].lower() not in org_words:
            words = words[:-1]
        while words and words[-1].lower() in ("and", "&", "of"):
            words = words[:-1]
        if words and len(words[-1]) > 4 and words[-1].endswith("."):
            words[-1] = words[-1][:-1]  # "Sumitomo Bank." ends a sentence; "Co." and "Inc." keep their point
        if words:
            out.append((m.start(), f"{name} {' '.join(words)}"))
    return out


def employer_name(text: str, name: str, t: Tables) -> bool:
    """Rule ``employer_name``: does ``text`` write ``name`` as where a person works, after a role noun and
    "at" or "with", perhaps with lower-case modifiers between ("economist at recently-privatised Banque
    Paribas", "an analyst with Smith Barney")? People work at firms and bodies, so the name is an
    organisation's, though it reads like a person's ("Paribas expected", "Smith Barney said").

    Examples: ("Michel Develle, economist at recently-privatised Banque Paribas, said", "Banque Paribas") ->
    True; ("He had lunch with Ann Lee", "Ann Lee") -> False (no role noun before "with")."""
    pattern = r"\b([A-Za-z-]+)\s+(?:at|with)\s+(?:[a-z][\w-]*\s+){0,2}" + re.escape(name) + r"(?![\w'’-])"
    return any(m.group(1).lower() in t.role_singular for m in re.finditer(pattern, text))


#: How far back from a name a media noun before it is looked for ("news organisation " is the longest).
_MEDIA_BEFORE_CHARS = 40


@cache
def _media_before_pattern() -> re.Pattern[str]:
    """A lower-case media noun or descriptor right before the end of the searched text, as before a name
    ("newspaper Dagens Nyheter", "blog Wealthynickel", "daily Népszava")."""
    t = tables()
    nouns = sorted(t.media_nouns | _source_words("media_descriptor"), key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace("\\ ", r"\s+") for n in nouns)
    return re.compile(rf"(?<![\w’'-])(?:{alternation})\s+$")


@lru_cache(maxsize=_WORD_PATTERNS)
def _word_before(surname: str) -> re.Pattern[str]:
    """The capitalised word right before ``surname`` ("Scott" in "Scott Lassiter"): the pattern
    :func:`words_before` finds without compiling it."""
    return re.compile(r"([A-Z][\w’'\-.]*) " + re.escape(surname) + r"(?![\w’'\-])")


def _word_before_char(c: str) -> bool:
    """Is ``c`` a character of :func:`_word_before`'s capitalised word (a word character, an apostrophe,
    a hyphen or a full stop)?"""
    return c.isalnum() or c in "_’'-."


def words_before(text: str, surname: str, end: int) -> list[str]:
    """The capitalised words right before ``surname`` in ``text[:end]``: exactly
    ``_word_before(surname).findall(text, 0, end)``, found with ``str.find``.

    Why not the pattern: it is built from the surname, so it is compiled once per surname of the corpus
    (``re`` caches 512 patterns, :func:`_word_before` 4,096, and a BBC run met 1,216 surnames: 2% of its
    CPU time was compiling). The pattern's match ends at the space before the surname and its word may
    hold no space, so each occurrence of " surname" has one candidate: the first capital letter (A-Z) of
    the run of word characters before it, after the last match's end (findall's matches do not overlap);
    the surname must not run on into a word character (the lookahead), the end of ``text[:end]`` being
    an end."""
    if not surname or any(c.isspace() for c in surname):
        return _word_before(surname).findall(text, 0, end)  # not a word: the pattern itself
    needle = " " + surname
    out: list[str] = []
    allowed = 0  # where the next match may start
    q = text.find(needle, 0, end)
    while q >= 0:
        after = q + len(needle)
        if after == end or not (text[after].isalnum() or text[after] in "_’'-"):
            i = q
            while i > allowed and _word_before_char(text[i - 1]):
                i -= 1
            p = next((k for k in range(i, q) if "A" <= text[k] <= "Z"), -1)
            if p >= 0:
                out.append(text[p:q])
                allowed = after
        q = text.find(needle, q + 1, end)
    return out


def in_quotation(text: str, at: int) -> bool:
    """Is ``at`` inside a quotation opened earlier in its paragraph (a straight quote mark left open, or more
    curly opening marks than closing ones)? A quotation may run over several sentences, so the sentence
    alone cannot tell. Example: 'He added: "Power lies in the North East. It should stay in the North' ->
    True at the second "North"; 'He said "yes". The North' -> False."""
    para = text.rfind("\n", 0, at) + 1
    before = text[para:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def quoted_before(text: str, start: int, at: int, pos: int) -> bool:
    """Is ``at`` inside a quotation that opens at or after ``start`` and closes before ``pos``? A person
    named inside the quotation a "she said" at ``pos`` introduces is who the speaker talks about, so never
    the antecedent of that "she"."""
    for m in _QUOTATION.finditer(text, start, pos):
        if m.start() < at < m.end():
            return True
    return False


@lru_cache(maxsize=_WORD_PATTERNS)
def _defined_pattern(description: str) -> re.Pattern[str]:
    return re.compile(
        r"\b[Tt]he " + re.escape(description) + r"(?: (?:that|which|who) [^,.]+)?, "
        r"((?:[Tt]he )?[A-Z][\w&’'\-]*(?: (?:[A-Z][\w&’'\-]*|of|and|&|for)){0,6})[,.]"
    )


def defined_as(text: str, description: str, pos: int) -> str:
    """The name the text last gave, before ``pos``, to "the <description>" by setting the name off after it
    ("The group, WeWorkers Coalition, formed"; "The company that runs the AMAs, Dick Clark Productions,"),
    without its article, or "". A reader takes a later "the group" to be that group."""
    ends, names = _definitions(text, description.lower())
    k = bisect_right(ends, pos)
    return names[k - 1] if k else ""


#: Articles whose definitions :func:`_definitions` keeps (the one being resolved, and a few more).
_DEFINED_TEXTS = 8


@lru_cache(maxsize=_DEFINED_TEXTS * 64)
def _definitions(text: str, description: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Where the text gives "the <description>" a name (the end of each such phrase, in text order) and the
    name (:func:`defined_as`). Found once per article and description: searching the text up to each
    source again made resolution quadratic in the article's length (review9: "the company said" 4,000
    times, 244 KB, 8.8 s)."""
    ends: list[int] = []
    names: list[str] = []
    for m in _defined_pattern(description).finditer(text):
        name = _strip_article(m.group(1), tables())
        if name.split()[-1] not in ("of", "and", "&", "for"):
            ends.append(m.end())
            names.append(name)
    return tuple(ends), tuple(names)


@cache
def _title_abbreviations() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicons.load("attribution/title_abbreviations.tsv").rows() if len(r) > 1}


@lru_cache(maxsize=_WORD_PATTERNS)
def full_titles(titles: frozenset[str]) -> frozenset[str]:
    """``titles`` with the title each abbreviation stands for ({"gov"} -> {"gov", "governor"}), so "the
    governor" refers back to "Gov. Eric Holcomb" (``title_abbreviations.tsv``)."""
    expand = _title_abbreviations()
    return titles | {expand[w] for w in titles if w in expand}


def former_member(core: list[str], t: Tables) -> bool:
    """Is ``core`` "former" or "ex-" and one capitalised singular word, a former member of a band, party or
    team ("former Beatle", "ex-Liberal"), which describes a person, not names one? A title ("former
    President"), an organisation word or a country ("former Yugoslavia") is no member."""
    if len(core) == 2 and core[0].lower() == "former":
        word = core[1]
    elif len(core) == 1 and core[0].lower().startswith("ex-"):
        word = core[0][3:]
    else:
        return False
    lw = word.lower()
    listed = (
        lw in t.role_singular
        or lw in t.honorifics
        or lw in t.org_words
        or _title_noun(lw)
        or lw in _source_words("title_word")
        or word in countries()
    )
    return _capitalised(word) and not word.isupper() and not word.endswith("s") and not listed


def long_person_name(words: list[str]) -> bool:
    """Rule ``long_person_name``: may four capitalised ``words`` be one person's name? When the second is a
    given name too ("Jo Anne Van Tilburg", "Mary Ann Smith Jones") or a middle word is a name particle
    ("Ludwig Van der Berg"); the caller checks the first is a given name and no organisation word is in it."""
    if len(words) != 4:
        return False
    particles = name_particles("run")
    return words[1] in given_names() or any(w.lower() in particles for w in words[1:3])


def party_member(core: list[str]) -> bool:
    """Rule ``party_member``: is ``core`` one capitalised singular party noun that names a member ("the Tory
    said", "the Democrat"), a person the article named before or an unnamed one, never the party?
    (``source_words.tsv``, role ``party_member``; "the Democrats", "the Conservative Party" are not.)"""
    return len(core) == 1 and _capitalised(core[0]) and core[0].lower() in _source_words("party_member")


def spelled_age(word: str) -> bool:
    """Rule ``spelled_age``: is ``word`` an age in words ("Fourteen-year-old", "twenty-one-year-olds")? Like
    "15-year-old" it describes the person and is no part of a name ("Fourteen-year-old Zoe" is Zoe)."""
    lw = word.lower()
    for end in ("-year-old", "-year-olds"):
        if lw.endswith(end):
            parts = lw[: -len(end)].split("-")
            return all(p in _source_words("age_number") for p in parts)
    return False


def street_source(name: str) -> str:
    """The type of a source that is a street standing for who works there: "government_body" for a seat of
    government ("Downing Street"), "unnamed_group" for any other capitalised street name ("Wall Street",
    "Fleet Street"), else "" (``source_words.tsv``, roles ``street`` and ``seat_of_government``)."""
    if name.lower() in _source_words("seat_of_government"):
        return "government_body"
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in _source_words("street"):
        return "unnamed_group"
    return ""


#: The kinds of source a "he" or "she" can stand for.
_PERSON_KINDS = frozenset({"named_person", "anonymous_person"})


def impersonal_name(name: str, t: Tables | None = None) -> bool:
    """Rule ``person_pronoun_person``: is ``name`` none a "he" or "she" can refer to, though the name
    finder or the resolver took it for a person's? An outlet's whole name ("China Daily", "The Westland
    Daily") or a name ending in an organisation's or an event's word ("Norwich Union Birmingham Indoor
    Grand Prix", read as a person titled "Norwich Union"; session 22's brief: a pronoun for a person
    resolved to an event's or an outlet's name).

    Examples: "Westmoor Indoor Grand Prix" -> True; "Westland Daily" -> True; "Tom Reed" -> False; "Ann
    Fox" -> False (an outlet's word closing a person's name)."""
    words = name.split()
    if not words:
        return False
    last = words[-1].lower()
    if len(words) > 1 and (last in type_words("event_name_end") or last in type_words("org_name_end")):
        return True
    return len(words) > 1 and media_in(name, t) == name


def surname_outlet(core: list[str], media: str, t: Tables) -> bool:
    """Rule ``surname_outlet``: is the one-word outlet ``media`` closing ``core`` a person's surname, written
    after an honorific or a given name ("Mr Fox said", "Mrs Post said", "Liam Fox said", "co-chairman Liam
    Fox")? An outlet's name is not written so; the words are the person (the resolver typed them the
    outlet, session 22's brief: "Mr Fox" -> media_outlet "Fox").

    Examples: (["Mr", "Fox"], "Fox") -> True; (["Ann", "Fox"], "Fox") -> True; (["Murdoch's", "Fox"],
    "Fox") -> False; (["Fox"], "Fox") -> False;
    (["New", "York", "Times"], "New York Times") -> False."""
    if " " in media or len(core) < 2 or _unpossessive(core[-1]) != media or core[-1] != media:
        return False
    before = core[-2]
    if not before[:1].isupper() or before.endswith(("'s", "’s", "'", "’")):
        return False
    lw = before.lower()
    if lw in t.honorifics or lw.rstrip(".") in t.honorifics:
        return True
    # a given name, listed or not ("Liam"): a plain capitalised word that no place, body, title or outlet
    # opens, and the pair no listed outlet ("Sky News" is one)
    return (
        len(before) > 2
        and not before.isupper()
        and before not in countries()
        and lw not in _source_words("demonym")
        and lw not in t.org_words
        and lw not in t.role_singular
        and lw not in t.state_prefixes
        and not media_in(before, t)
        and media_in(" ".join(core[-2:]), t) == media
    )


def outlet_affiliation(core: list[str], n_media: int, end: int) -> list[str]:
    """The words before "of (the) <outlet>" when ``core`` is a name, "of", then the outlet ending at index
    ``end`` (``n_media`` words long): ["Alex", "Horton"] in "Alex Horton of the Washington Post", else []."""
    k = end - n_media + 1
    if k > 0 and core[k - 1] in ("the", "The"):
        k -= 1
    if end != len(core) - 1 or k < 2 or core[k - 1] != "of":
        return []
    return core[: k - 1] if all(_capitalised(w) for w in core[: k - 1]) else []


def _number(w: str, t: Tables) -> bool:
    """Is ``w`` a hyphenated run of number words ("million-and-a-half", "one-to-two")?"""
    parts = w.lower().split("-")
    joins = _source_words("number_join")
    return len(parts) > 1 and all(p in t.quantifiers or p in joins for p in parts) and any(
        p in t.quantifiers for p in parts
    )


def _singular(w: str) -> str:
    """A plural noun's singular, enough for the attribution nouns ("studies" -> "study", "reports")."""
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def one_of_named_org(head: str, role_text: str, t: Tables) -> str:
    """Rule ``one_of_named_org``: the organisation an appositive names after "one of" a plural group ("One
    of the jilted bidders, Netherlands-based group LNM, said"), or "". The appositive ends in a
    capitalised name (one to four words) right after an organisation noun ("group", "giant", "firm");
    the Wikinews labels name the source by it (dev24 and dev16: it was the group "of the jilted bidders").

    ``head`` is the source before its role (the appositive, ``role_text``); when no role was found, the
    appositive is what follows the head's last comma ("One of the bidders who lost out, steel giant LNM").

    Example: ``("One of the bidders", "steel giant LNM")`` -> "LNM"; with "a local man" -> "";
    ``("One of the bidders", "Ann Vale")`` -> "" (no organisation noun: a person's name).
    """
    if not role_text and "," in head:
        head, role_text = head.split(",", 1)[0], head.rsplit(",", 1)[1]
    words = _words(head)
    if len(words) < 3 or words[0].lower() != "one" or words[1].lower() != "of" or not role_text:
        return ""
    if not any(w.islower() and w.endswith("s") for w in words[2:]):
        return ""
    ws = _words(role_text)
    k = len(ws)
    while k > 0 and _capitalised(ws[k - 1]):
        k -= 1
    if k == 0 or not 1 <= len(ws) - k <= 4:
        return ""
    noun = ws[k - 1]
    if noun not in t.org_words and noun not in t.generic_orgs:
        return ""
    return " ".join(ws[k:])


def name_after_body(words: list[str], t: Tables) -> int:
    """Rule ``name_after_body``: where a person's name starts after a body's name in a run of capitalised
    words closing a role phrase, or 0. "Westland director of Amnesty International Man-kei Tam said" was
    named with the whole phrase (dev24): a given name the lists lack ("Man-kei") hid the name. The body's
    name ends in an organisation word ("International", "Bank", "Corp"); two or three capitalised words
    with no organisation word follow it.

    Example: ``["Amnesty", "International", "Man-kei", "Tam"]`` -> 2; ``["Amnesty", "International"]`` -> 0;
    ``["Bank", "of", "Westland"]`` -> 0.
    """
    ends = _source_words("org_name_end")

    def org_word(w: str) -> bool:
        lw = w.lower()
        return lw in ends or lw in t.org_words

    for k in range(len(words) - 3, 0, -1):
        name = words[k + 1 :]
        if not org_word(words[k]) or not 2 <= len(name) <= 3:
            continue
        if all(_capitalised(w) and not org_word(w) and w.lower() not in t.head_stops for w in name):
            return k + 1
    return 0


def vague_quantity(quantifiers: list[str], rest: list[str], t: Tables) -> bool:
    """Rule ``vague_quantifier``: do ``quantifiers`` (the words that open a source) count no one, and is
    ``rest`` the noun phrase of the group they pick from? Then the group's name is ``rest``: the Wikinews
    labels name "Some Westland lawmakers" as "Westland lawmakers" and "most of the companies" as
    "companies" (49 of 55 such groups on the readable splits). A preposition or pronoun after them leaves
    the quantifier as the head ("many in Gaza", "some of them"); a number counts ("three institutes").

    Example: ``(["Some"], ["Westland", "lawmakers"])`` -> True; ``(["many"], ["in", "Gaza"])`` -> False;
    ``(["three"], ["institutes"])`` -> False.
    """
    vague = _source_words("vague_quantifier")
    if not quantifiers or not rest or not all(w.lower() in vague for w in quantifiers):
        return False
    first = rest[0].lower()
    return first not in t.head_stops and first not in t.pronouns and first not in _GROUP_OBJECTS


def name_with_for(words: list[str], t: Tables) -> bool:
    """Rule ``name_with_for``: are ``words`` a capitalised name joined by "for" ("Transport for London",
    "Americans for Prosperity", "Centre for Policy Studies")? Such a name is an organisation's: no person's
    name holds "for". A title that opens it ("Minister for Health Jane Roe", "MEC for Roads") makes it a
    role and a person, and is left to the other rules. Fact-check of wikinews-2019-111 (session 20):
    "Transport for London (TfL) told passengers" was a person named "London".

    Example: ``["Transport", "for", "London"]`` -> True; ``["Minister", "for", "Health", "Jane", "Roe"]``
    -> False; ``["Friends", "of", "Earth"]`` -> False (no "for"); "Ryan Cloutier of the Center for
    Astrophysics" -> False (a person named before "of").
    """
    lw = [w.lower() for w in words]
    if len(words) < 3 or "for" not in lw[1:-1]:
        return False
    if lw[0] in t.honorifics or lw[0] in t.role_singular or words[0].isupper():
        return False
    if "of" in lw[: lw.index("for")] or words[0] in given_names():
        return False  # "Ryan Cloutier of the Center for Astrophysics": a person of a body
    connectors = ("for", "of", "and", "the", "&")
    return all(_capitalised(w) or w in connectors for w in words) and _capitalised(words[-1])


def defined_long_form(words: list[str], abbreviations: dict[str, str]) -> bool:
    """Rule ``defined_long_form``: are ``words`` the long form of an abbreviation the article defines, with
    a lower-case word inside ("Notes from Poland (NFP)")? Such a name is an organisation's or an outlet's:
    no person's name holds "from", and the name's last word alone ("Poland") is another place or body.
    Fact-check of wikinews-2020-068 (session 24): "According to Notes from Poland (NFP)" was a person named
    "Southern Poland" (a place named before).

    Example: ``["Notes", "from", "Poland"]`` with ``{"NFP": "Notes from Poland"}`` -> True; ``["Deutsche",
    "Welle"]`` -> False (no lower-case word: the other rules name it).
    """
    if len(words) < 3 or not any(w.islower() for w in words[1:-1]):
        return False
    return " ".join(words) in abbreviations.values()


def _person_state(w: str) -> bool:
    """Is the modifier ``w`` one of a person's state or role ("injured", "in-form", "defending": class
    ``person_state_modifier``), so "the w Name" is a person, not a body (rule modified_definite_name)?"""
    return w.endswith("ed") or "-" in w or w in WORDS.person_state_modifier


def _capitalised(w: str) -> bool:
    """Is ``w`` written as a name: a capital first, or a particle before one ("el-Sisi", "al-Assad")?"""
    return w[:1].isupper() or bool(_PARTICLE_NAME.fullmatch(w))


def _after_sentence_end(words: list[str], t: Tables) -> list[str]:
    """The words after the last one that ends a sentence: "Turkey. Hatice Cengiz" -> "Hatice Cengiz".

    A full stop after a title or an initial ("Const.", "K.") ends no sentence, as in ``names._runs``.
    """
    for k in range(len(words) - 1, 0, -1):
        w = words[k - 1]
        if w.endswith(".") and len(w) > 2 and w.lower() not in t.honorifics:
            return words[k:]
    return words


def _given_name_start(words: list[str], after_title: bool = False) -> list[str]:
    """A name from its given name on: "Minority Whip Dick Durbin" -> "Dick Durbin" (titles not listed).

    ``after_title``: ``words`` follow a listed title, so one unknown word before the given name opens the
    name ("President Andrés Manuel López Obrador": the given name list is American and lacks "Andrés").
    """
    names = given_names()
    words = words[place_before_name(words) :]  # "Hong Kong Carrie Lam": the place is no part of the name
    for k, w in enumerate(words[:-1]):
        if w in names and words[k + 1][:1].isupper():
            return words[k - 1 :] if after_title and k == 1 else words[k:]
    return words


def _opens_name_after_title(core: list[str], stripped: list[str], t: Tables) -> bool:
    """May the first word left after the titles (``stripped``, the end of ``core``) be an unlisted given name
    ("President Andrés Manuel López Obrador", "Dr Meerjady Sabrina Flora")? Not when it is a title the
    lists lack ("Deputy Speaker Sylvia Heal", "Justice Stephen Breyer": ``title_word`` in
    source_words.tsv), a country or a body, or the complement of a title ("Senator from Vermont Bernie
    Sanders", "Special Representative for Iran Brian Hook", "Secretary to the Treasury Paul Boateng"):
    read on unseen BBC and Wikinews text, those made the name "Speaker Nancy Pelosi", "Vermont Bernie
    Sanders"."""
    if not stripped or len(stripped) == len(core):
        return False
    first, before = stripped[0], core[len(core) - len(stripped) - 1].lower()
    lw = first.lower()
    return not (
        first in countries()
        or lw in _source_words("title_word")
        or lw in t.role_singular
        or lw in t.honorifics
        or lw in t.org_words
        or before in t.head_stops
        or before in articles()
    )


def sender_before_document(text: str, ant: Span, t: Tables) -> Span | None:
    """Rule ``relative_sender``: the subject of a verb of sending or issuing writing (``sending_verb``) in the
    antecedent ``ant`` of a relative "which"/"that", when a document noun follows the verb ("Facebook
    released a statement which read C": Facebook wrote it; the guideline names a document's author as its
    source); None otherwise ("the statement which read C": no sender). Session 21's fact-check of
    wikinews-2019-130: the source was "Facebook released a statement", typed a document."""
    ms = list(_WORD.finditer(text, ant.start, ant.end))
    for k in range(1, len(ms) - 1):
        if ms[k].group(0).lower() not in WORDS.sending_verb:
            continue
        if any(m.group(0).lower() in t.attribution_nouns for m in ms[k + 1 :]):
            return Span(ant.start, ms[k - 1].end())
    return None


def _titled(core: list[str], t: Tables) -> bool:
    """Is ``core`` a name after a role noun or title ("council member Dana Whitfield", "Dr. Liu")?"""
    name_words = _strip_titles(core, t)
    title_words = core[: len(core) - len(name_words)]
    if not name_words or not title_words:
        return False
    w = title_words[-1].lower()
    # "Immunologist Kristian Andersen": a lower-case job noun ending like "economist" is a role too
    listed = w in t.role_singular or w in t.honorifics or w in _source_words("title_word")
    return listed or w.endswith(_PERSON_SUFFIX) or _title_noun(w)


def _cap_name(s: str) -> str:
    """``s`` without a leading article when it is a capitalised name of one to four words, else ""."""
    ws = _words(s)
    if ws and ws[0] in ("The", "the"):
        ws = ws[1:]
    if 1 <= len(ws) <= 4 and all(w[:1].isupper() for w in ws):
        return " ".join(ws)
    return ""


def _addressee_media(s: str, t: Tables) -> str:
    """The outlet an addressee names: "the AP", "the local radio station, KRVR" -> "KRVR"."""
    m = media_in(s, t)
    if m:
        return m
    head, _, app = s.partition(",")
    hw = [w.lower() for w in _words(head)]
    if hw and (hw[-1] in t.media_nouns or " ".join(hw[-2:]) in t.media_nouns):
        return _cap_name(app.strip()) or " ".join(_strip_det(hw, t))
    return ""


def _strip_article(s: str, t: Tables) -> str:
    parts = s.split(" ", 1)
    if len(parts) == 2 and parts[0].lower() in t.determiner:
        return parts[1]
    return s


def _strip_titles(words: list[str], t: Tables) -> list[str]:
    """Drop titles and role words before a name: "NATO Secretary General Jens Stoltenberg" -> the name.

    A portfolio or a country after "of" belongs to the title ("Secretary of State Mike Pompeo" -> "Mike
    Pompeo", "President of Argentina Alberto Fernández" -> "Alberto Fernández"): it is capitalised like a
    name, so without the lists it would be read as the first name.
    """
    last_title = -1
    k = 0
    while k < len(words):
        w = words[k]
        lw = w.lower()
        if k == len(words) - 1 and w[:1].isupper() and lw not in t.honorifics:
            break  # a capitalised last word is a name ("AG Edwards & Sons"), not a title before one
        if lw == "of" and k > 0 and k == last_title + 1:
            n = _portfolio_length(words, k + 1, t)
            if n:
                last_title = k = k + n + joined_portfolio(words, k + n + 1, t)
                k += 1
                continue
        if (
            lw in t.honorifics
            or lw in t.role_singular
            or lw in t.role_plural
            or lw in t.org_words
            or _title_noun(lw)
            or (w.isupper() and len(w) > 1 and not _INITIAL.fullmatch(w))
            or lw in t.determiner
            or lw in ("of", "and", "the")
            or spelled_age(w)
            or k == 0 and len(words) > 2 and lw in _source_words("position_title")  # "Wing Ann Vale"
            or not _capitalised(w)
            and not (lw in _RUN_PARTICLES and k + 1 < len(words) and words[k + 1][:1].isupper())
        ):
            last_title = k
        k += 1
    return words[last_title + 1 :]


def joined_portfolio(words: list[str], start: int, t: Tables) -> int:
    """How many words from ``start`` join a second portfolio to a title by "and" (rule ``joined_portfolio``).

    "Minister of Energy and Mines Subroto": "and Mines" belongs to the title, so the name is "Subroto" (it was
    "Mines Subroto"). After "and" come a listed portfolio or one capitalised word, then plural words
    ("Mineral Resources"), always leaving a name of one word at least; a given name stops it ("Minister of
    Trade and Industry Tom Reed" -> "Tom Reed"). Example: ["Minister", "of", "Trade", "and", "Industry",
    "Tom", "Reed"] from 3 -> 2 ("and Industry"); from a word that is not "and" -> 0.
    """
    if start >= len(words) or words[start].lower() != "and":
        return 0
    given = given_names()
    k = start + 1
    n = _portfolio_length(words, k, t)
    if n:
        k += n
    elif k + 1 < len(words) and _capitalised(words[k]) and words[k] not in given:
        k += 1
    else:
        return 0
    while k + 1 < len(words) and words[k].endswith("s") and _capitalised(words[k]) and words[k] not in given:
        k += 1  # "and Mineral Resources Purnomo Yusgiantoro"
    return k - start


def _portfolio_length(words: list[str], start: int, t: Tables) -> int:
    """How many words from ``start`` name a ministerial portfolio, a country or a capital ("President of
    Argentina Alberto Fernández", "Prime Minister of the United Kingdom Boris Johnson", "Mayor of London
    Sadiq Khan": rule ``capital_in_title``, the city was read as the name's first word), leaving at least
    one word for a name."""
    lead = 1 if start < len(words) and words[start].lower() == "the" else 0
    for n in (3, 2, 1):
        if start + n < len(words) and " ".join(words[start : start + n]).lower() in t.portfolios:
            return n
        place = " ".join(words[start + lead : start + lead + n])
        if start + lead + n < len(words) and (place in countries() or not lead and place in capitals()):
            return lead + n
    return 0


def first_person_speakers(text: str, atts: list[Attribution]) -> list[Attribution]:
    """An "I" or "we" source inside a quotation is the quotation's speaker (rule ``first-person``).

    '"I am certain the defence will fail," said the solicitor, Mary Lee': the "I am certain" inside the
    quote is Mary Lee's, not whoever was named last. The innermost attribution whose content holds the
    pronoun lends its resolved source; a first person outside any content stays unresolved.
    Example: the nested "I" above -> source_name "Mary Lee", source_type "named_person".
    """
    out = list(atts)
    first = _first_person()
    for k, a in enumerate(out):
        if a.source is None or a.mention != "pronoun" or a.source_name:
            continue
        if text[a.source.start : a.source.end].lower() not in first:
            continue
        holders = [
            b
            for b in out
            if b is not a and b.source_name and any(c.start <= a.source.start < c.end for c in b.content)
        ]
        if holders:
            b = min(holders, key=lambda h: sum(c.end - c.start for c in h.content))
            out[k] = replace(a, source_name=b.source_name, source_type=b.source_type)
    return out


@cache
def _time_tail() -> re.Pattern[str]:
    """For :func:`strip_time_tail`: a preposition or "last"/"this", then a day, time or month word or a
    year, to the end (function_words.tsv, roles ``time`` and ``month``)."""
    t = tables()
    words = sorted({w.rstrip(".") for w in t.months} | t.time, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(
        r"\s+(?:in|on|during|since|last|this|early|late|earlier|later)\s+(?:(?:early|late|mid)[- ])?"
        r"(?:" + alt + r"|\d{4})\b\.?(?:\s+(?:(?:" + alt + r")\b|\d{1,4}\b,?))*$",
        re.IGNORECASE,
    )


@cache
def _period_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """For :func:`strip_period`: a period adjunct ("last week", "earlier this month") at a phrase's end, and
    at its start (``period_opener`` and ``period_noun`` of source_words.tsv)."""
    openers = "|".join(sorted(_source_words("period_opener")))
    nouns = "|".join(sorted(_source_words("period_noun")))
    period = rf"(?:(?:earlier|later) )?(?:{openers}) (?:{nouns})"
    return re.compile(rf"\s+{period}$", re.IGNORECASE), re.compile(rf"^{period},?\s+(?=\S)", re.IGNORECASE)


def strip_period(s: str) -> str:
    """Rule ``period_adjunct``: ``s`` (a source phrase) without a period adjunct at its end or its start
    ("Harcourt last week" -> "Harcourt", "Last week the group" -> "the group", "The court earlier this month"
    -> "The court"): the source is who spoke, not when (dev24 and dev19 source errors: "harcourt last
    week" was a document). A phrase that is only the period stays as it is, and so does a period after a
    participle, which dates a document ("A study published last year", as the labels name it).

    Example: ``strip_period("Harcourt last week")`` -> "Harcourt"; ``strip_period("last week")`` -> "last
    week".
    """
    tail, lead = _period_patterns()
    m = tail.search(s)
    if m and m.start() > 0 and not s[: m.start()].endswith("ed"):  # "A study published last year": its name
        s = s[: m.start()]
    m = lead.match(s)
    return s[m.end() :] if m and m.end() < len(s) else s


def strip_time_tail(s: str, t: Tables) -> str:
    """``s`` (a source phrase) without a time adjunct at its end: "Clark in October" -> "Clark", "data
    released by MOTIE in August" -> "data released by MOTIE", "officials on Monday" -> "officials". The
    source is who spoke, not when; a phrase that is all time words stays as it is."""
    m = _time_tail().search(s)
    return s[: m.start()] if m and m.start() > 0 else s


def received_by(before: str) -> bool:
    """Does ``before`` (a source's words up to a "by") end in a participle whose agent received or checked
    the document rather than wrote it ("credible reports received", "accounts corroborated";
    ``recipient`` in source_words.tsv)?"""
    words = before.split()
    return bool(words) and words[-1].lower() in _source_words("recipient")


def without_gathering_outlet(head: str, t: Tables) -> str:
    """Rule ``gathering_outlet``: ``head`` without an outlet that gathered what the source says, named after a
    ``gathering`` participle of source_words.tsv and "by" ("bank economists contacted by Reuters", "Tehran
    radio, monitored by the BBC"): the outlet asked or listened; the source is the noun phrase before (dev27
    reuters21578-209 and -8109 credited the economists and the radio to Reuters and the BBC). Example:
    "share analysts polled by Reuters" -> "share analysts"; "a report by Reuters" -> unchanged; a role that
    is only such a phrase ("monitored by the BBC", set off by commas) -> ""."""
    m = _GATHERED_BY.search(head)
    if m is None or m.group(1).lower() not in _source_words("gathering"):
        return head
    return head[: m.start()] if media_in(m.group(2), t) else head


def ticker_in(s: str) -> bool:
    """Does ``s`` hold a stock listing in brackets ("Home Depot (ticker: HD)", "(NYSE: GE)"), which only a
    company has? The word before the colon is a ``stock_listing`` of source_words.tsv."""
    return any(m.group(1).lower() in _source_words("stock_listing") for m in _TICKER.finditer(s))


def _owned_speech(noun: str, t: Tables) -> bool:
    """Is ``noun`` a piece of speech or writing, or a refusal, that a possessive owner made ("statement",
    "refusal")?"""
    return noun in t.attribution_nouns or noun in _source_words("owned_speech")


def collective_subject(text: str, word: str) -> bool:
    """Rule ``collective_subject``: does ``text`` write the one capitalised name ``word`` as the subject of a
    plural verb ("Arsenal have won", "Newcastle were beaten"), as British news writes a team, a company or a
    body and never one person? Then "he" after it is someone else (a fact-check of unlabelled sport articles,
    session 11: "he" resolved to Arsenal and to Newcastle). Not after "and", "&" or a comma ("Smith and
    Jones were"), where the plural is the pair's. The verbs: ``plural_verb`` of ``source_words.tsv``."""
    verbs = "|".join(sorted(_source_words("plural_verb")))
    pattern = r"(?<![\w-])" + re.escape(word) + r" (?:" + verbs + r")\b"
    for m in re.finditer(pattern, text):
        before = text[max(0, m.start() - 5) : m.start()].rstrip()
        if not before.endswith((" and", "&", ",", " or")) and before != "and":
            return True
    return False


def leading_day(words: list[str], t: Tables) -> int:
    """Rule ``leading_day``: how many words at the start of a source are a day it happened ("Thursday the
    United States Commission on International Religious Freedom criticized", "This Wednesday Greek Foreign
    Minister ..."), no part of the name: a day word (``time`` of the lists), with "this", "last" or "on"
    before it, followed by "the" or (after those) a capitalised word; else 0 (a fact-check of Wikinews text,
    session 12, found the day kept in an organisation's name)."""
    k = 1 if words and words[0].lower() in ("this", "last", "on") else 0
    if k + 1 >= len(words) or words[k].lower() not in t.time:
        return 0
    # a bare day before a capitalised word may be a given name ("Monday Okpebholo said")
    return k + 1 if words[k + 1] == "the" or k and _capitalised(words[k + 1]) else 0


def fold_accents(word: str) -> str:
    """Rule ``fold_accents``: ``word`` without its diacritics ("Erdoğan" -> "Erdogan", "López" -> "Lopez"),
    so that a surname written both ways in one article is one person (a fact-check of unlabelled Wikinews
    text, session 12: "Erdogan said" was not credited to "Recep Tayyip Erdoğan" named before)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def spelling_variant(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` the same name, or two spellings of it that news transliterations give ("Sarea",
    "Saree"): both of five letters or more, the first four letters alike and lengths one apart at most?"""
    if a == b:
        return True
    return min(len(a), len(b)) >= 5 and abs(len(a) - len(b)) <= 1 and a[:4] == b[:4]


#: Quotation marks that open or close a quotation (straight and curly double marks, guillemets).
_QUOTATION_MARKS = re.compile(r"[\"“”«»„]")


def before_quotation(rest: str) -> str:
    """Rule ``before_quotation``: the words of ``rest`` (the sentence after a name) before its first
    quotation mark. A pronoun inside a quotation is the quoted speaker's and refers to what they talk about,
    never back to the speaker's name: in 'Wasif suggested, "there was a lake - it is a natural habitat"'
    the "it" is the lake, so it says nothing about whether Wasif is an organisation (a fact-check of
    unlabelled Wikinews text, session 15: a person typed named_organisation)."""
    m = _QUOTATION_MARKS.search(rest)
    return rest if m is None else rest[: m.start()]


def pronoun_after(words: list[str], t: Tables) -> str:
    """The kind ("person" or "organisation") of the first pronoun in ``words`` (the rest of a sentence after
    a name) that can only refer back to that name, else "". A pronoun agrees with the nearest candidate
    before it, so a person noun, a title or a given name in between ends the search: in "Wikileaks
    co-founder Julian Assange ... his" and "The Wikileaks founder argued that his fear" the "his" is the
    person's, not Wikileaks'; in "Coles, in its March 8 media release" the "its" is Coles'."""
    # each word read once per process (_PRONOUN_WORDS): _referred_to_as runs this after every occurrence of
    # a name, so a name written 6,000 times in a run-on sentence read the same words 6,000 times
    memo = _PRONOUN_WORDS if t is tables() else {}
    if len(memo) > _PRONOUN_WORDS_MAX:
        memo.clear()
    n = len(words)
    for k, w in enumerate(words):
        got = memo.get(w)
        if got is None:
            got = memo[w] = _pronoun_word(w, t)
        kind, given, stop = got
        if kind:
            return kind
        # a given name opens a person's name only before a capitalised word ("Julian Assange"; "India" alone,
        # "German insurer" are no person)
        if stop or given and k + 1 < n and _capitalised(words[k + 1]):
            return ""
    return ""


#: What each word tells :func:`pronoun_after`, with the shipped tables; cleared past this many words.
_PRONOUN_WORDS: dict[str, tuple[str, bool, bool]] = {}
_PRONOUN_WORDS_MAX = 65536


def _pronoun_word(w: str, t: Tables) -> tuple[str, bool, bool]:
    """What word ``w`` (as written) tells :func:`pronoun_after`: the kind of a lower-case pronoun that refers
    back ("person", "organisation", else ""), whether it is a given name, and whether it stops the search (a
    title, a role noun or a person noun: a nearer candidate)."""
    bare = w.strip(",;:\"“”()'’")
    lw = bare.lower()
    kind = t.pronouns.get(lw, "")
    pronoun = kind if kind in ("person", "organisation") and bare[:1].islower() else ""
    stop = lw in t.honorifics or lw in t.role_singular or person_noun(lw) is not None
    return pronoun, bare in given_names(), stop


@cache
def _first_person() -> frozenset[str]:
    """First-person pronouns (``pronouns.tsv``, kind ``speaker``): they refer to whoever is speaking."""
    return frozenset(w for w, kind in tables().pronouns.items() if kind == "speaker" and w not in ("you",))


def both_people(lw: list[str]) -> bool:
    """Are the lower-case words ``lw`` "both" or "the two" and a plural for people ("Both men", "the two
    women"; ``pair_people`` in ``source_words.tsv``): the two people named together before?"""
    if len(lw) == 2 and lw[0] == "both":
        noun = lw[1]
    elif len(lw) == 3 and lw[0] in _DEFINITE and lw[1] == "two":
        noun = lw[2]
    else:
        return False
    return noun in _source_words("pair_people")


def _pair_nouns() -> frozenset[str]:
    """Nouns for people named together ("the couple", "the pair"): ``source_words.tsv``, role ``pair``."""
    return _source_words("pair")


@cache
@cache
def _floating_quantifiers() -> frozenset[str]:
    """Rule ``floating_quantifier``: "both", "all", "each" after a subject ("Noel and Thomas both
    acknowledged", "Residents all said") are no part of its name (``floating_quantifier`` in
    ``source_words.tsv``); "Thomas both" was named "Thomas both", a document."""
    return _source_words("floating_quantifier")


@cache
def _record_nouns() -> frozenset[str]:
    return _source_words("record_noun")


def records_not_authored(noun: str) -> bool:
    """Rule ``records_not_authored``: is ``noun`` a plural noun for kept records ("records", "documents",
    "papers": ``record_noun`` in ``source_words.tsv``)? A body named before one did not say what they hold
    ("court records", "prison records": the court kept or received them), so it is no author the way the
    government is of "the government statement"; and without an article they are no vague group of reports
    ("Reports said"). Examples: "records" -> True, "Documents" -> True, "statement" -> False, "reports" ->
    False."""
    return noun.lower() in _record_nouns()


def after_verb(ms: list[re.Match[str]], t: Tables) -> int:
    """Where the noun phrase before a relative pronoun starts when the words before it hold an auxiliary
    or a form of "be" or "have" written in lower case (``aux`` in ``function_words.tsv``): the index after
    the last one, or 0 (none, or it is the last word). Examples: the words of "operator Nordline are among
    retailers" -> 3; of "the Bank of England" -> 0; of "those who have" -> 0 (nothing after it)."""
    for k in range(len(ms) - 2, -1, -1):
        w = ms[k].group(0)
        if w in t.aux and w != "also":
            return k + 1
    return 0


def person_before_of(text: str, start: int, persons: Collection[str] = ()) -> Span | None:
    """Rule ``who_person_of``: the person's name right before "of" and the organisation at ``start``
    ("Ward Lake of Merrill Lynch and Co Inc, who expects": "Ward Lake"), or None.

    "who" refers to people; when the noun phrase right before it is a firm that follows "NAME of", the
    person named before "of" is the one who expects or said. The name is two to four capitalised words
    (lower-case surname particles inside allowed: "Peter van Dijk") opening with a listed given name, or a
    name in ``persons`` (the people the article has already named as sources: "Lars Holm").
    Examples: ("said Ward Lake of Merrill Lynch", 20) -> "Ward Lake"; ("the Bank of England", 12) -> None
    ("Bank" is no given name); ("the head of Merrill Lynch", 12) -> None.
    """
    before = text[max(0, start - 80) : start]
    if not before.endswith(" of "):
        return None
    words = before[:-4].split(" ")
    k = len(words)
    while k > 0 and len(words) - k < 4 and (words[k - 1][:1].isupper() or words[k - 1] in _run_particles()):
        k -= 1
    name = words[k:]
    while name and not name[0][:1].isupper():
        name = name[1:]
    if not 2 <= len(name) <= 4 or not name[-1][:1].isupper():
        return None
    if name[0] not in given_names() and " ".join(name) not in persons:
        return None
    if not all(w[:1].isupper() or inner_particle(name, j) for j, w in enumerate(name)):
        return None
    end = start - 4
    return Span(end - len(" ".join(name)), end)


def named_of(core: list[str]) -> bool:
    """Rule ``named_of_body``: do ``core``'s words before its first "of" end in a person's name, two to four
    capitalised words opening with a listed given name ("co-author Tom Reed of the Institute for Arctic
    Research")? Then the person is the head and the body after "of" only says where they work, though its
    last word ("Research", "Studies") is a document noun. Fact-check of wikinews-2019-140 (session 23): the
    whole phrase was named and typed as an organisation. Examples: ["Tom", "Reed", "of", "the", "Institute",
    "for", "Arctic", "Research"] -> True; ["National", "Institute", "for", "Space", "Research"] -> False (no
    "of"); ["Bank", "of", "Polar", "Studies"] -> False ("Bank" is no given name)."""
    if "of" not in core:
        return False
    before = core[: core.index("of")]
    k = len(before)
    while k > 0 and len(before) - k < 4 and (_capitalised(before[k - 1]) or inner_particle(before, k - 1)):
        k -= 1
    name = before[k:]
    while name and name[0] not in given_names():
        name = name[1:]  # "Co-author Tom Reed": a capitalised role before the given name
    return 2 <= len(name) <= 4


def inner_particle(words: list[str], k: int) -> bool:
    """Rule ``inner_name_particle``: is ``words[k]`` a lower-case surname particle inside a name, between
    two of its capitalised words ("Robert di Clemente", "Peter van Dijk": ``run`` in
    ``name_particles.tsv``)? A name written with one was read as no bare name, and "Peter van Dijk of Fjord
    Brothers Inc." was then named "Inc.". Examples: (["Peter", "van", "Dijk"], 1) -> True; (["Peter",
    "van"], 1) -> False (the particle ends the words); (["Peter", "of", "Dijk"], 1) -> False."""
    return 0 < k < len(words) - 1 and words[k] in _run_particles() and words[k + 1][:1].isupper()


def lower_title(after_and: list[str], t: Tables) -> bool:
    """Rule ``title_and``: do the words after a coordinating "and" continue a title, one to three lower-case
    words ending in a role noun and then a capitalised name ("Sales and marketing director Jane Smith",
    "Health and safety officer Tom Price")? Then the "and" joins the title's words, not two sources: the
    capitalised first word was taken as a conjunct and the person credited as a group called "sales"
    (fact-check of wikinews-2020-075, session 18: "Clinic and advocacy manager ..."). Examples:
    ["marketing", "director", "Jane", "Smith"] -> True; ["his", "team"] -> False; ["finance", "minister"]
    -> False (no name follows)."""
    k = 0
    while k < len(after_and) and k < 3 and after_and[k][:1].islower():
        k += 1
    return (
        0 < k < len(after_and)
        and after_and[k - 1].lower() in t.role_singular
        and after_and[k][:1].isupper()
    )


@cache
def _run_particles() -> frozenset[str]:
    return name_particles("run")


#: Types named by a description, whose name may hold a role written as an abbreviation ("MP", "CEO").
_ROLE_NAMED_TYPES = frozenset({"anonymous_person", "unnamed_group"})


def abbreviations_as_written(name: str, written: str) -> str:
    """``name`` with each abbreviation of the source as written there ("A Labour MP": "Labour mp" ->
    "Labour MP"; "One CEO": "ceo" -> "CEO"): rule ``capital_title`` reads a capitalised role in lower case
    to type it, and the name shown to a reader keeps the capitals (session 22's review)."""
    for w in set(_words(written)):
        caps = w[:-1] if w.endswith("s") and len(w) > 2 else w
        if len(caps) > 1 and caps.isupper() and w.lower() != w:
            name = re.sub(r"\b" + re.escape(w.lower()) + r"\b", w, name)
    return name


@cache
def _source_words(role: str) -> frozenset[str]:
    """The words of ``source_words.tsv`` with ``role`` ("pair", "affiliation", "number_join")."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == role)


#: "The BBC's Ann Vale", "BBC correspondent Ann Vale": an outlet's own person, named (group 2).
_OUTLET_PERSON = re.compile(
    r"(?<![\w’'])([A-Z][\w.&\-]*)(?:['’]s| (?:[a-z]+ ){0,2}(?:correspondent|reporter|editor))"
    r" ([A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+){1,2})"
)


def own_reporter(text: str, before: int, t: Tables) -> str:
    """Rule ``own_reporter``: the one person the article named before ``before`` as its outlet's own ("The
    BBC's Ann Vale in Mumbai says", "BBC correspondent Ann Vale"), whom "our correspondent" refers back to;
    "" when it names none or two (a reader could not tell which).

    Example: ``own_reporter("The BBC's Ann Vale says. Our correspondent says", 26, tables())`` -> "Ann Vale".
    """
    found = {
        m.group(2)
        for m in _OUTLET_PERSON.finditer(text, 0, before)
        if media_in(m.group(1), t) and not any(w.lower() in t.org_words for w in m.group(2).split())
    }
    return found.pop() if len(found) == 1 else ""


def name_with_of(text: str, word: str, before: int) -> str:
    """Rule ``name_with_of``: the last name before ``before`` that opens with the capitalised ``word`` and
    goes on with "of" and capitalised words ("the Bank of England ... The Bank said" -> "Bank of England"),
    or "": "the Bank" refers back to the one full name the article gave it; with two ("the Bank of Tarnia
    and the Bank of Westmoor") a reader could not tell which.

    Example: ``name_with_of("The Bank of Tarnia cut rates. The Bank said", "Bank", 30)`` -> "Bank of Tarnia".
    """
    if not word[:1].isupper() or not word.isalpha():
        return ""
    pattern = rf"(?<![\w’'-]){re.escape(word)} of(?: the)?(?: (?:and |& )?[A-Z][\w’'\-]*)+"
    found = {_unpossessive(m.group(0)) for m in re.finditer(pattern, text[:before])}
    return found.pop() if len(found) == 1 else ""


#: A capitalised name of one to four words ("ABN Amro", "Bank of Westmoor"), then an appositive that opens
#: with "the" or "a" and ends in a lower-case noun (filled in per noun): "ABN Amro, the Netherlands' largest
#: bank".
_DESCRIBED_ORG = (
    r"(?<![\w’'])((?:[A-Z][\w&’'.\-]*)(?: (?:of|and|&|[A-Z][\w&’'.\-]*)){{0,3}}), (?:the|a|an) "
    r"[^,.;:()\n]{{0,40}}?\b{noun}\b(?=[,.;:])"
)


@lru_cache(maxsize=64)
def _described_org_pattern(noun: str) -> re.Pattern[str]:
    return re.compile(_DESCRIBED_ORG.format(noun=re.escape(noun)))


def described_org(text: str, noun: str, before: int) -> str:
    """Rule ``described_org``: the organisation the article described with ``noun`` in an appositive before
    ``before`` ("ABN Amro, the Netherlands' largest bank, is to cut jobs ... The bank said" -> "ABN Amro"),
    the last one, or "": a reader takes "the bank" for the one the narration called a bank. Only a lower-case
    noun ending the appositive counts ("Ann Lee, a bank manager," describes no bank), and the name must be
    capitalised words ("Shares fell, the bank said" has none).

    Example: ``described_org("Tarn Bank, a regional lender, grew. The lender said", "lender", 40)`` ->
    "Tarn Bank"."""
    found = ""
    for m in _described_org_pattern(noun).finditer(text, 0, before):
        found = m.group(1)
    if found.split()[:1] and found.split()[0] in ("The", "A", "An"):
        found = found.split(" ", 1)[1] if " " in found else ""
    return found


@lru_cache(maxsize=64)
def _head_named_pattern(noun: str) -> re.Pattern[str]:
    """One to four capitalised words closed by ``noun`` capitalised ("the Greenway Party")."""
    head = re.escape(noun[:1].upper() + noun[1:])
    return re.compile(rf"(?<![\w’'\-])((?:[A-Z][\w’'&.\-]* ){{1,4}}{head})(?![\w’'\-])")


def head_named_before(text: str, noun: str, before: int) -> str:
    """Rule ``head_named_before``: the last name before ``before`` that the noun of a definite description
    closes, capitalised ("The Greenway Party won seats. The party said" -> "Greenway Party"), or "": a reader
    takes "the party" for the party the article named (session 22's brief: "The party, which describes
    itself as ..., said" was credited to "party"). Only nouns of ``type_words.tsv`` class ``name_head``.

    Examples: ``head_named_before("The Greenway Party won. The party said", "party", 24)`` -> "Greenway
    Party"; ``head_named_before("Ann Lee won. The party said", "party", 13)`` -> ""."""
    if noun not in type_words("name_head"):
        return ""
    found = ""
    for m in _head_named_pattern(noun).finditer(text, 0, before):
        found = m.group(1)
    words = found.split()
    opener = max((k for k, w in enumerate(words) if w in ("The", "A", "An")), default=-1)
    words = words[opener + 1 :]  # "Yesterday The Greenway Party": the name after its article
    return " ".join(words) if len(words) > 1 else ""


def not_a_business(name: str) -> bool:
    """Rule ``not_a_business``: does an organisation's name say it is no company? "the company", "the
    utility" and the other ``generic_org`` nouns refer back to a business, never to "Northfield University",
    "St Mary's Hospital" or "the Teachers' Union" named before them (a new user's article in session 17:
    "The utility said in a statement" was credited to a university quoted three paragraphs earlier)."""
    return any(w.lower() in _source_words("not_a_business") for w in _words(name))


def _affiliated(w: str) -> bool:
    """Is ``w`` a hyphenated modifier of where a body is based or who backs it ("Yemen-based")?"""
    head, _, suffix = w.rpartition("-")
    return bool(head) and suffix.lower() in _source_words("affiliation")


@dataclass(frozen=True)
class PersonNoun:
    """A common noun for people read only when typing a source (``person_nouns.tsv``)."""

    plural: bool  # the word read is the plural ("hostages")
    group: bool  # a collective noun, a group even when singular ("family")
    gender: str  # "m", "f" or ""


@cache
def person_nouns() -> dict[str, PersonNoun]:
    """``person_nouns.tsv`` by singular and plural form: nouns for people that role_nouns.tsv lacks."""
    out: dict[str, PersonNoun] = {}
    for row in lexicons.load("attribution/person_nouns.tsv").rows():
        singular, plural, kind = row[0], row[1], row[2]
        gender = row[3] if len(row) > 3 else ""
        out[singular] = PersonNoun(False, kind == "group", gender)
        out[plural] = PersonNoun(True, kind == "group", gender)
    return out


def person_noun(word: str) -> PersonNoun | None:
    """The :class:`PersonNoun` of a lower-case head word ("attacker", "families"), or None.

    Examples: ``person_noun("attacker")`` -> one person; ``person_noun("family")`` -> a group;
    ``person_noun("plan")`` -> None (a thing: typed as a document by the resolver)."""
    return person_nouns().get(word)


#: "MPs", "GPs", "MEPs": an abbreviation for people, in the plural.
_ABBREVIATED_PEOPLE = re.compile(r"[A-Z]{2,4}s")


def people_plural(word: str) -> bool:
    """Is a capitalised word people in the plural: a nationality ("Israelis", "Americans") or an abbreviated
    role ("MPs", "MEPs")? Such a source is an unnamed group, not an organisation's one-word name.

    Examples: "Israelis" -> True; "MPs" -> True; "Catholics" -> True (a faith's adherents: rule
    adherent_plural); "Reuters" -> False; "Taliban" -> False."""
    if _ABBREVIATED_PEOPLE.fullmatch(word):
        return True
    one = word[:-1].lower()
    return word.endswith("s") and (one in _source_words("demonym") or one in _source_words("adherent"))


#: A generational suffix right after a name ("Robert Downey Jr.", "Conyers, Jr."): name_particles.tsv.
_SUFFIXES = sorted(name_particles("suffix"), key=len, reverse=True)
_SUFFIX = re.compile(r",? (" + "|".join(re.escape(w) for w in _SUFFIXES) + r")(?![\w’'])")


def without_post_nominal(words: list[str]) -> list[str]:
    """Rule ``post_nominal``: a person's name without the letters of an office or honour after it
    (``post_nominal`` in name_particles.tsv), which are no part of the name; a name of one word keeps them.

    Examples: ["Guy", "Mansfield", "QC"] -> ["Guy", "Mansfield"]; ["Ann", "Lee", "MP"] -> ["Ann", "Lee"];
    ["Mansfield", "QC"] -> ["Mansfield"]; ["QC"] -> ["QC"]."""
    post = name_particles("post_nominal")
    k = len(words)
    while k > 1 and words[k - 1] in post:
        k -= 1
    return words[:k]


def name_suffix(text: str, end: int) -> str:
    """The generational suffix written right after a name ending at ``end`` (" Jr.", " III"), or "".

    Examples: "Robert Downey Jr. said" with ``end`` after "Downey" -> " Jr."; "Downey said" -> ""."""
    m = _SUFFIX.match(text, end)
    return " " + m.group(1) if m else ""


def _title_noun(lw: str) -> bool:
    """Is ``lw`` a singular noun for one person of ``person_nouns.tsv``, which before a name is its role
    ("Actor Denzel Washington", "rapper Kanye West")?"""
    noun = person_nouns().get(lw)
    if noun is None and "-" in lw:  # "secretary-general": a title made of titles (source_types)
        return compound_title(lw, lambda w: w in tables().role_singular or _title_noun(w))
    return noun is not None and not noun.plural and not noun.group


#: A word with a capital after lower-case letters inside it ("WeWork", "MarketAxess", "YouTube").
_CAMEL = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]")


def web_domain_name(word: str) -> bool:
    """Is ``word`` a web address ("Edmunds.com", "Booking.com"), the name of the company or body whose site it
    is, never a person's? Its ending is a ``web_domain`` of source_words.tsv.

    Examples: "Edmunds.com" -> True; "Booking.com" -> True; "Jr." -> False; "U.S." -> False."""
    head, dot, tail = word.lower().partition(".")
    return bool(dot) and len(head) > 1 and head.isalnum() and tail in _source_words("web_domain")


def apostrophe_surname(word: str) -> bool:
    """Is ``word`` a surname joined to its prefix by an apostrophe ("O'Sullivan", "O'Neill";
    ``apostrophe_prefix`` in name_particles.tsv), which no one-word organisation is?

    Examples: "O'Sullivan" -> True; "O'" -> False; "Oxfam" -> False."""
    return word[2:3].isupper() and word[:2] in name_particles("apostrophe_prefix")


def mixed_acronym(word: str) -> bool:
    """Rule ``mixed_acronym``: is ``word`` an abbreviation written with a small letter inside ("TfL" for
    Transport for London, "DfE", "BoE"), which names a body, never a person? Three to five letters,
    capital first and last, one or more small letters between (a fact-check of unlabelled text, session
    11: "TfL said" was typed a person)."""
    return (
        3 <= len(word) <= 5
        and word.isalpha()
        and word[0].isupper()
        and word[-1].isupper()
        and any(c.islower() for c in word[1:-1])
    )


def camel_case_name(word: str) -> bool:
    """Is ``word`` a brand written with an inner capital ("WeWork", "MarketAxess", "PayPal"), which no
    person's name is? A surname prefix before the inner capital makes it a surname ("McDonald",
    "DeSantis", "MacArthur", "LeBron": ``camel_prefix`` in name_particles.tsv).

    Examples: "WeWork" -> True; "DeSantis" -> False; "Boeing" -> False."""
    m = _CAMEL.match(word)
    return m is not None and m.group(1) not in name_particles("camel_prefix")


def _without_initials(name: str) -> str:
    """Rule ``initial_namesake``: ``name`` without its middle initials ("Pedro R. Pierluisi" -> "Pedro
    Pierluisi"), so that an article's "Pedro Pierluisi" and "Pedro R. Pierluisi" are one person to
    :meth:`Resolver._namesake`, not two namesakes a later "Pierluisi" must choose between (session 22's
    fact-check of wikinews-2019-082 named one man twice, each report differently)."""
    words = name.split()
    return " ".join(w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and _INITIAL.fullmatch(w)))


#: A middle initial: one capital letter and a full stop, or the letter alone ("R.", "J").
_INITIAL = re.compile(r"[A-Z]\.?")
