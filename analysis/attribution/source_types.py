"""Second look at a resolved source's type: small rules that correct what the resolver typed (issue 12).

The resolver (:mod:`analysis.attribution.sources`) types a source while it finds its name, from the shape
of the words ("a spokesman", "Ann Lee", "the ministry"). Some shapes it reads as the wrong kind of source,
and a reader sees the error at once: a company described before its name ("budget airline Skyvane said")
typed a person; a band or a party written "The ... -s" typed an unnamed group; an armed group led by a
faction ("the Kurdish-led ... Forces") typed a government body because "forces" names armies. Each rule
below is a pure function of what was written and what the resolver decided (:class:`Seen`); it returns the
corrected ``(source_type, source_name)`` or ``None``. :data:`TYPE_RULES` lists them in the order they are
tried (the first that answers wins), and the answering rule's id goes with the attribution
(``Attribution.type_by``, provenance ``type``), so every type says which rule produced it: an id of this
table, or :data:`RESOLVER` when the resolver's own type stands.

Word classes live in ``analysis/data/attribution/type_words.tsv`` (with their source).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .. import lexicons
from .lexicon import tables
from .names import countries, given_names

#: The provenance id of a type the resolver decided and no rule here changed.
RESOLVER = "source_resolver"

_WORD = re.compile(r"[^\W_][\w’'\-&.!]*")
_LED = re.compile(r"\b([\w.]+)-led\b", re.IGNORECASE)
#: A comma and a relative pronoun: where a source's head ends ("The party, which was founded in 2001").
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|that)\s")


@cache
def type_words(cls: str) -> frozenset[str]:
    """The lower-case words of class ``cls`` in ``type_words.tsv``."""
    rows = lexicons.load("attribution/type_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == cls)


@cache
def _demonyms() -> frozenset[str]:
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "demonym")


@cache
def _media_descriptors() -> frozenset[str]:
    """Lower-case words that describe an outlet before its name ("daily", "weekly"): ``source_words.tsv``."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "media_descriptor")


def media_description(role: str, source_type: str) -> bool:
    """Rule ``described_outlet_kept``: is ``role`` a media noun or descriptor ("broadcaster", "daily",
    "newspaper") before a name the resolver already read as an outlet? Then the name is the outlet's, though
    it opens with a given name ("The broadcaster Al Jazeera", "the daily Charlie Hebdo"): rule
    ``role_person_name`` must not make it a person.

    Examples: ("daily", "media_outlet") -> True; ("broadcaster", "media_outlet") -> True;
    ("broadcaster", "named_person") -> False ("broadcaster Piers Morgan" stays a person); ("manager",
    "media_outlet") -> False."""
    t = tables()
    return source_type == "media_outlet" and (role in t.media_nouns or role in _media_descriptors())


@dataclass(frozen=True)
class Seen:
    """What a type rule reads: the source as written at the cue and what the resolver made of it."""

    written: str
    source_type: str
    source_name: str
    role: str = ""
    #: the type and name of the source the resolver typed just before this one ("" when none)
    previous_type: str = ""
    previous_name: str = ""
    #: the type a rule here gave a source of the same name earlier in the article ("" when none)
    earlier_type: str = ""
    #: the media outlet cited as a source in this sentence or the three before ("" when none)
    recent_outlet: str = ""

    @property
    def bare(self) -> str:
        """The source as written, without the spaces and quote marks around it."""
        return self.written.strip().strip("\"'“”‘’").strip()


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _opens_with_given_name(name: str) -> bool:
    words = _words(name)
    return bool(words) and words[0] in given_names()


def _descriptor(word: str) -> bool:
    lw = word.lower().rstrip(".,")
    return lw in type_words("org_descriptor") or len(lw) > 5 and lw.endswith("maker")


def org_descriptor(s: Seen) -> tuple[str, str] | None:
    """A person's name after an organisation's description is an organisation's name.

    Examples: "budget airline Skyvane said" -> named_organisation "Skyvane"; "Chipmaker Quarn said" ->
    named_organisation "Quarn"; "record producer Mark Ronson said" -> None (a given name opens it)."""
    if s.source_type != "named_person" or not s.source_name:
        return None
    name_words = _words(s.source_name)
    if len(name_words) > 1 and _descriptor(name_words[0]) and name_words[0][:1].isupper():
        rest = " ".join(name_words[1:])
        if not _opens_with_given_name(rest):
            return "named_organisation", rest  # "Chipmaker Quarn": the description glued to the name
    if _opens_with_given_name(s.source_name):
        return None
    at = s.written.rfind(s.source_name)
    before = _words(s.written[:at]) if at > 0 else _words(s.role)
    if before and _descriptor(before[-1]) and (before[-1].islower() or len(before) == 1):
        return "named_organisation", s.source_name
    first = s.written.find(name_words[0]) if name_words else -1
    right_before = _LOWER_WORD_BEFORE.search(s.written[:first]) if first > 0 else None
    if right_before is not None and right_before.group(1) in tables().role_plural:
        # rule plural_role_firm: "industry analysts Screen Digest", "consultants Brightwater": people in the
        # plural right before the name as written are a firm of them, not a person ("Mr Hale - keen to
        # reassure investors": the role after the name is no description before it)
        return "named_organisation", s.source_name
    return None


#: The lower-case word right before a name, with only spaces between ("analysts Screen Digest"; not
#: "deputies, Ann Lee": an appositive).
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)([a-z]+)\s+$")




def company_country(s: Seen) -> tuple[str, str] | None:
    """A name and then a country, with no given name, is a company's national arm, not a person.

    Examples: "Texaco Canada said" -> named_organisation "Texaco Canada"; "Northline Australia said" ->
    named_organisation; "Michael Jordan said" -> None (a given name opens it); "Canada said" -> None (the
    country alone is a government, typed elsewhere); "Neighbouring Iran said" -> None (a modifier)."""
    if s.source_type != "named_person":
        return None
    words = _words(s.source_name)
    if len(words) != 2 or words[1] not in countries() or _opens_with_given_name(s.source_name):
        return None
    if words[0].lower() in _demonyms() or words[0] in countries():
        return None  # "British Guiana", "North Korea"-like runs are places, not companies
    if words[0].lower().endswith(tuple(type_words("place_modifier_end"))):
        return None  # "Neighbouring Iran", "Northern Ireland": a modifier of the country, written capitalised
    titles = tables().honorifics
    titled = any(w.lower() in titles or w.lower() + "." in titles for w in _words(s.written))
    if words[1] in given_names() or titled:
        return None  # "DeAndre Jordan", "Tyrese Chad", "Mr Jordan": a country that is also a person's name
    return "named_organisation", s.source_name


def org_name_end(s: Seen) -> tuple[str, str] | None:
    """A name ending in a word no person's name ends with is an organisation's.

    Examples: "The Lantern Project said" -> named_organisation "Lantern Project"; "Columbia Gas said" ->
    named_organisation; "Tarn Valley Oil Co told" -> named_organisation; "The Santa Rita Animal Shelter
    announced" -> named_organisation (three words: a given name opening it does not make a person); "Ann
    Records said" -> None (a given name and one word)."""
    if s.source_type != "named_person" or not s.source_name:
        return None
    words = _words(s.source_name)
    if len(words) < 2 or words[-1].lower() not in type_words("org_name_end") or not words[-1][:1].isupper():
        return None
    if words[0] in given_names() and len(words) == 2:
        return None  # "Ann Records": a given name and one word may be a person's name
    return "named_organisation", s.source_name


def document_title(s: Seen) -> tuple[str, str] | None:
    """A capitalised name that ends in a noun for a piece of writing is a document's title, not a person's
    or an organisation's name (session 23's fact-check of wikinews-2019-117).

    Examples: "The United States Constitution specifies C" -> document "United States Constitution"; "The
    Paris Treaty states C" -> document; "The Lantern Project said" -> None ("project" writes nothing); "The
    Bayside Geological Survey said" -> None (a body: ``document_title_end`` lists founding and legal texts);
    "Ann Report said" -> None (a given name and one word: a person's name); "Ana Ruiz of Scripps Research
    said" -> None (an "of" phrase: the body a person belongs to)."""
    if s.source_type not in ("named_person", "named_organisation") or not s.source_name:
        return None
    words = _words(s.source_name)
    ends = type_words("document_title_end")
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower() not in ends:
        return None
    if words[0] in given_names() and len(words) == 2 or not all(w[:1].isupper() for w in words):
        # "Ann Report"; "Ana Ruiz of Scripps Research" (a person of a body), "National Institute for Space
        # Research" (a body): a lower-case word inside is no title's
        return None
    return "document", s.source_name


def definite_name(s: Seen) -> tuple[str, str] | None:
    """A name written right after "the" is an organisation's: people are named without an article ("the
    Vice President, Mike Pence" has a title between them).

    Examples: "The Pacific Islands Forum said" -> named_organisation; "the Ann Lee said" (a given name
    opens it) -> None; "The mayor said" -> None (no name); "The American said" -> None (a demonym names a
    person the article introduced: "Andy Roddick won. The American said ..."); "the Canadian Public Health
    Infobase" -> named_organisation (a demonym opening a name of three words or more: it was typed a
    person, session 18's fact-check of wikinews-2020-075)."""
    if s.source_type != "named_person" or not s.source_name:
        return None
    written = s.bare
    det, _, rest = written.partition(" ")
    if det.lower() != "the" or rest != s.source_name or _opens_with_given_name(rest):
        return None
    words = _words(rest)
    demonym = bool(words) and words[0].lower() in _demonyms()
    if demonym and (len(words) <= 2 or _opens_with_given_name(" ".join(words[1:]))):
        # "The American said", "the Afghan Rahimi", "the Canadian Ann Lee"; not "the Canadian Public Health
        # Infobase"
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() for w in _words(rest)):
        return None
    return "named_organisation", s.source_name


def capitalised_plural_name(s: Seen) -> tuple[str, str] | None:
    """ "The" and capitalised words ending in a plural name a band, a party or a company, not a group of
    people: the article names them.

    Examples: "The Velvet Hounds said" -> named_organisation "Velvet Hounds"; "The Democrats said" ->
    named_organisation "Democrats"; "Amazon Web Services said" (three capitalised words, no "The": session
    22's brief) -> named_organisation; "The Americans said" -> None; "The MPs said" -> None; "Westland
    Police Officers said" -> None (a role's plural)."""
    if s.source_type != "unnamed_group":
        return None
    words = _words(s.written)
    if len(words) >= 3 and words[0].lower() != "the" and all(w[:1].isupper() for w in words):
        # "Amazon Web Services said": three capitalised words name it as "The" does, unless they are people
        # of a place or a body ("US Army Officers", "Westland Police Officers")
        placed = words[0] in countries() or words[0].lower() in _demonyms()
        if placed or words[-1].lower() in tables().role_plural:
            return None
        words = ["the", *words]
    if len(words) < 2 or words[0].lower() != "the" or not all(w[:1].isupper() for w in words[1:]):
        return None
    last = words[-1]
    if not last.endswith("s") or last.isupper() or last[:-1].isupper():
        return None  # "The MPs": an abbreviated role
    if last[:-1].lower() in _demonyms() or last.lower() in _demonyms():
        return None
    parties = type_words("party_plural")
    if len(words) == 2 and last.lower() not in parties:
        return None  # "The Israelis", "The Researchers": one capitalised plural names no one
    return "named_organisation", " ".join(words[1:])


def commercial_service(s: Seen) -> tuple[str, str] | None:
    """A name ending in "Services" with a commercial word before it is a company's, not a public service:
    "service" makes a government body of "Child Protective Services" or "the Legislative Services Agency",
    not of "Amazon Web Services" (typed a government body; session 22's brief).

    Examples: "Amazon Web Services said" -> named_organisation "Amazon Web Services"; "Quarn Financial
    Services said" -> named_organisation; "Child Protective Services said" -> None."""
    if s.source_type != "government_body" or not s.source_name:
        return None
    words = _words(s.source_name)
    if len(words) < 2 or words[-1].lower() not in ("service", "services") or not words[-1][:1].isupper():
        return None
    if not any(w.lower() in type_words("commercial_service") for w in words[:-1]):
        return None
    return "named_organisation", s.source_name


def led_group(s: Seen) -> tuple[str, str] | None:
    """A body led by a faction rather than a state is an armed group or movement, an organisation.

    Examples: "the Kurdish-led Free Mountain Forces said" -> named_organisation; "the US-led coalition
    said" -> None; "the Hamas-led government said" -> None."""
    if s.source_type != "government_body":
        return None
    m = _LED.search(s.written)
    if not m:
        return None
    leader = m.group(1)
    if (
        leader.lower() in type_words("state_leader")
        or leader.lower() in _demonyms()
        or leader in countries()
        or leader.upper() == leader  # "US-led", "UN-led": an acronym of a state or an alliance of states
    ):
        return None
    if {w.lower() for w in _words(s.source_name)} & type_words("government_head"):
        return None
    return "named_organisation", s.source_name


def plural_reports(s: Seen) -> tuple[str, str] | None:
    """Reports with no author named are an unnamed group, as the guideline types "reports" (a document is
    one study, statement or report).

    Examples: "According to the reports, the mayor resigned" -> unnamed_group "reports"; "The report
    said" -> None."""
    if s.source_type != "document":
        return None
    written = _words(s.written)
    words = [w.lower() for w in written]
    if not words or words[-1] not in type_words("plural_document") or not written[-1].islower():
        return None
    if len(words) > 2 or len(words) == 2 and words[0] not in type_words("plural_determiner"):
        return None
    return "unnamed_group", words[-1]


def document_after_role_word(s: Seen) -> tuple[str, str] | None:
    """A source typed a person whose last written word is a document's noun (``attribution_nouns.txt``) and
    whose words before it hold no name of a person is that document: "the official WHO report" was an
    anonymous person, "official" read as the role noun (fact-check of wikinews-2020-013, session 24).

    Examples: "the official WHO report" -> document "official WHO report"; "a police spokesman" -> None
    (no document noun last); "Tom Lee's report" -> None (a named person's, left to the resolver)."""
    if s.source_type != "anonymous_person":
        return None
    written = _words(s.written)
    if len(written) < 2 or written[-1] not in tables().attribution_nouns:
        return None
    if any(w.endswith(("'s", "’s")) or w in tables().head_stops or w in ("to", "by") for w in written):
        return None  # "A source close to the investigation": the noun is in a phrase after the person
    name = " ".join(written[1:] if written[0].lower() in tables().determiner else written)
    return "document", name


def body_title_holder(s: Seen) -> tuple[str, str] | None:
    """A capitalised body's name closed by a singular role noun with no person's name in it is the one who
    holds that post, a person: "the Iranian Chess Federation President announced C" was the federation
    (fact-check of wikinews-2020-047, session 24).

    Examples: "the Iranian Chess Federation President" -> anonymous_person; "the Chess Federation" -> None
    (no role noun last); "Federation President Ann Lee" -> None (the resolver names her)."""
    if s.source_type not in ("named_organisation", "government_body"):
        return None
    words = _words(s.written)
    t = tables()
    if words and words[0].lower() in t.determiner:
        words = words[1:]
    if len(words) < 3 or not all(w[:1].isupper() for w in words) or words[-1].lower() not in t.role_singular:
        return None
    last = words[-1].lower()
    if last in t.org_words or last in _government_words() or any(w in given_names() for w in words):
        return None  # "Thames Valley Police", "the Swedish Prosecution Authority": the body's own word
    return "anonymous_person", " ".join(words)


def gathering_of_people(s: Seen) -> tuple[str, str] | None:
    """An article, a lower-case noun, then "of" and people in the plural (a role noun of
    ``role_nouns.tsv``, after at most two modifiers) is a gathering of them, an unnamed group, not a
    document: "an assembly of several foreign ministers in Cairo denounced C" (fact-check of
    wikinews-2020-006, session 24: it was a document "assembly", set aside).

    Examples: "an assembly of several foreign ministers" -> unnamed_group "assembly of several foreign
    ministers"; "a survey of economists" -> None (an attribution noun: a document); "UiPath, one of the
    larger players" -> None (no article first: one of them); "the statement" -> None."""
    if s.source_type != "document":
        return None
    words = _words(s.written)
    lw = [w.lower() for w in words]
    t = tables()
    # an article, the noun, "of": "an assembly of", not "UiPath, one of the larger players" (one of them)
    if len(lw) < 4 or lw[0] not in t.determiner or lw[2] != "of":
        return None
    k = 2
    head = lw[1]
    if not words[1].islower() or head in t.attribution_nouns:
        return None
    last = next((j for j in range(k + 1, min(len(lw), k + 4)) if lw[j] in t.role_plural), None)
    if last is None:
        return None
    return "unnamed_group", " ".join(words[1 : last + 1])


def plural_role_group(s: Seen) -> tuple[str, str] | None:
    """Several people named by a plural role noun are an unnamed group, whatever capitals come before it.

    Examples: "U.S. refiners said" -> unnamed_group; "U.K. bakers said" -> unnamed_group; "The boss
    said" -> None; "The head of the police's internal investigators" -> None (a singular head before "of":
    one person; session 22's fact-check of wikinews-2019-022)."""
    if s.source_type != "anonymous_person":
        return None
    words = _words(s.written)
    if not words or not words[-1].islower() or not words[-1].endswith("s"):
        return None
    stem = words[-1][:-1]
    if not stem.endswith(tuple(sorted(type_words("agent_suffix_plural")))) or words[0].lower() in (
        "a",
        "an",
        "one",
    ):
        return None
    of = next((k for k, w in enumerate(words) if w.lower() == "of"), -1)
    if of > 0 and not words[of - 1].lower().endswith("s"):
        return None  # "The leader of the protesters": one person, the head before "of" (session 22)
    return "unnamed_group", s.source_name


def capitalised_agent_plural(s: Seen) -> tuple[str, str] | None:
    """One capitalised word that is a plural agent noun in "-ists" or "-ians" names a kind of people, not a
    person: it is capitalised because it is made from a proper noun ("Egyptologists", "Sinologists") or
    opens the sentence. (Endings in "-ers" are left alone: "Peters", "Sanders" are surnames.)

    Examples: "..., and Egyptologists have reported they were sacrificed" -> unnamed_group
    "egyptologists"; "Sanders said" -> None."""
    if s.source_type != "named_person":
        return None
    words = _words(s.written)
    if len(words) != 1 or not words[0][:1].isupper() or _opens_with_given_name(words[0]):
        return None
    if not words[0].lower().endswith(("ists", "ians")) or len(words[0]) < 7:
        return None
    return "unnamed_group", words[0].lower()


@cache
def _in_outlet() -> re.Pattern[str]:
    nouns = "|".join(sorted(type_words("publication_noun")))
    return re.compile(
        rf"\b(?:{nouns})s? (?:published )?in (?:the |The )?((?:[A-Z][\w’'!.\-]*(?: |$)){{1,4}})"
    )


def report_in_outlet(s: Seen) -> tuple[str, str] | None:
    """A report "in" a named publication is that publication's: a media outlet.

    Examples: "according to a report in the Tulsa Beacon" -> media_outlet "Tulsa Beacon"; "a report in
    March" -> None; "a report in Kenya" -> None (a country is no publication)."""
    if s.source_type != "document":
        return None
    m = _in_outlet().search(s.written)
    if not m:
        return None
    name = m.group(1).strip()
    first = name.split()[0]
    if first.lower() in type_words("not_publication") or name in countries() or first in countries():
        return None
    return "media_outlet", name


#: The definite descriptions of what an outlet published: "The report said" after the outlet reported.
_OUTLET_REPORT = re.compile(r"(?:the|The) (?:\w+ )?(\w+)")


def outlet_report(s: Seen) -> tuple[str, str] | None:
    """ "The report" (or "the newspaper", "the story") right after a media outlet was cited is that outlet's:
    the outlet is the source. Session 22: also when other sources came between, if the outlet was cited in
    this sentence or the three before ("According to a report in the Tulsa Beacon, ... . People say “...” .
    The report says": the labels credit the outlet).

    Examples: "Reuters reported that ... The report said" -> media_outlet "Reuters"; "The ministry
    published figures. The report said" -> None (the source before it was no outlet)."""
    if s.source_type != "document":
        return None
    outlet = s.previous_name if s.previous_type == "media_outlet" else s.recent_outlet
    if not outlet:
        return None
    m = _OUTLET_REPORT.fullmatch(s.written.strip())
    if not m or m.group(1).lower() not in type_words("outlet_publication"):
        return None
    return "media_outlet", outlet


@cache
def _other_org() -> frozenset[str]:
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "other_org")


@cache
def _government_words() -> frozenset[str]:
    rows = lexicons.load("attribution/organisation_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "government" and " " not in r[0])


def institution_head(s: Seen) -> tuple[str, str] | None:
    """A lower-case description headed by a government body's word ("authority", "agency", "ministry") is
    that body, not a person, however the resolver read the noun ("authority" is also the singular of the
    role noun "authorities"; "the authority" may have been taken for the person named before).

    Examples: "the port authority said" -> government_body "port authority"; "the authority said" after
    "Ann Lee" -> government_body "authority"; "a leading authority on birds said" -> None (an expert: the
    noun is not the head); "a spokesman said" -> None; "the head of the department said" -> None (the
    head before "of" is a person); "the ministry of the interior said" stays the body."""
    if s.source_type not in ("anonymous_person", "named_person"):
        return None
    words = _words(s.written)
    if len(words) < 2 or words[0].lower() not in ("the", "its", "their"):
        return None
    if words[-1] not in _government_words() or not all(w.islower() for w in words[1:]):
        return None
    if "of" in words and words[words.index("of") - 1] not in _government_words():
        return None  # "the head of the department": the person before "of" heads it (session 22)
    head = " ".join(words[1:])
    name = s.source_name if words[-1] in _words(s.source_name.lower()) else head
    return "government_body", name


def dated_document(s: Seen) -> tuple[str, str] | None:
    """A day's or a month's possessive before a lower-case noun dates a document; it names no author.

    Examples: "Wednesday's speech did not announce" -> document "Wednesday's speech"; "Today's data
    show" -> document; "Ann's speech" -> None (a person's)."""
    if s.source_type not in ("named_person", "named_organisation"):
        return None
    written = s.written.strip()
    m = re.fullmatch(r"(?:[Tt]he )?([A-Z][a-z]+)['’]s ([a-z][\w\-]*(?: [a-z][\w\-]*){0,2})", written)
    if not m or m.group(1).lower() not in type_words("date_word"):
        return None
    return "document", written[4:] if written.lower().startswith("the ") else written


def definite_org_noun(s: Seen) -> tuple[str, str] | None:
    """ "The company", "the firm", "the airline" said: a news article writes "the" before a company noun only
    for a company it has named, so the source is a named organisation even when the resolver did not find
    which one (it then reads the noun as an organisation the article does not name, an unnamed group).

    Examples: "The airline said the crew were safe" -> named_organisation; "the record label said" ->
    named_organisation; "The party, which was founded in 2001, said" -> named_organisation (session 22: a
    relative clause after the noun); "the companies said" -> None (several); "a group of residents said" ->
    None; "the parent company said" -> None (another company than the one named)."""
    if s.source_type != "unnamed_group":
        return None
    # "The party, which was founded in 2001": the description before its relative clause
    words = _words(_RELATIVE_AFTER.split(s.written, maxsplit=1)[0])
    if not 2 <= len(words) <= 3 or words[0].lower() != "the" or not all(w.islower() for w in words[1:]):
        return None
    if words[-1] not in type_words("org_anaphor") or len(words) == 3 and words[1] in _other_org():
        return None  # "the parent company", "the rival firm": another company, which the article may not name
    return "named_organisation", s.source_name


@cache
def _self_described() -> re.Pattern[str]:
    verbs = "|".join(sorted(type_words("self_description_verb")))
    return re.compile(rf"(?:the|The) ([a-z]+), which (?:{verbs}) itself (?:as )?(?:an? |the )?([^,]+?)\s*,?$")


def self_described(s: Seen) -> tuple[str, str] | None:
    """ "The party, which describes itself as X, said" with no name of the party before it: the party is the
    organisation it describes itself as, and that description, not the bare noun, names it (session 22's
    brief; a name given before wins in the resolver, rule head_named_before).

    Examples: "The party, which describes itself as a centre-left movement" -> named_organisation
    "centre-left movement"; "The party, which was founded in 2001" -> None; "The minister, who calls
    himself a reformer" -> None (a person)."""
    if s.source_type not in ("unnamed_group", "named_organisation"):
        return None
    m = _self_described().fullmatch(s.bare)
    if m is None or m.group(1) not in type_words("org_anaphor") or s.source_name.lower() != m.group(1):
        return None
    return "named_organisation", m.group(2)


def name_retyped_before(s: Seen) -> tuple[str, str] | None:
    """A source keeps the type a rule here gave its name earlier in the article: the long form's type
    reaches its short form and later mentions, which read alone give the shape no rule corrects.

    Examples: "the Kurdish-led Free Mountain Forces (FMF) said ... The FMF said" -> named_organisation for
    both (rule led_group on the first); a name no rule retyped -> None."""
    if not s.earlier_type or s.earlier_type == s.source_type:
        return None
    return s.earlier_type, s.source_name


#: Any word of a name, capitalised (an initial, a hyphen or an apostrophe inside).
_CAP = r"[A-Z][\w'’.\-]*"
#: A lower-case word right before two or three capitalised words that close the source or come before its
#: comma: "tag team partner Erick Rowan", "advocacy manager Ann Lee, of the Legal Aid Centre".
_ROLE_THEN_NAME = re.compile(rf"(?:^|\s)([a-z][\w\-]*)\s+({_CAP}(?:\s+{_CAP}){{1,2}})\s*(?:,|$)")


def role_person_name(s: Seen) -> tuple[str, str] | None:
    """A lower-case role right before a person's name makes the source that person, whatever organisation
    or group word the role holds: the name, not the role, is who speaks (the guideline's "a role and a
    name is a person").

    Examples: "tag team partner Erick Rowan said" (typed an organisation for "team") -> named_person
    "Erick Rowan"; "Clinic and advocacy manager Ann Lee, of the Legal Aid Centre, said" (typed a group
    called "clinic") -> named_person "Ann Lee"; "a spokesman for chief executive Ann Lee" -> None (a
    preposition before it: the name is someone else's); "budget airline Ann Taylor" -> None (a company's
    description: rule org_descriptor's shape); "team captain Ann Lee" (already a person) -> None."""
    if s.source_type == "named_person" or s.source_type == "none":
        return None
    written = s.bare
    m = _ROLE_THEN_NAME.search(written)
    if m is None:
        return None
    t = tables()
    role, name = m.group(1), m.group(2)
    words = _words(name)
    if (
        role in t.head_stops
        or role in t.determiner
        or role == "and"
        or _descriptor(role)
        or media_description(role, s.source_type)
        or words[0] not in given_names()
        or any(w.lower() in t.org_words for w in words)
        or name in countries()
    ):
        return None
    if any(w.lower() in t.head_stops for w in _words(written[: m.start(2)])):
        return None  # "a spokesman for chief executive Ann Lee": the name is another's
    return "named_person", name


#: "<Name> and <Service>": a public service's name joined by "and" ("Rogaland Fire and Rescue").
_AND_SERVICE = re.compile(rf"^(?:[Tt]he\s+)?({_CAP}(?:\s+{_CAP})*\s+and\s+({_CAP}))$")


def service_and_name(s: Seen) -> tuple[str, str] | None:
    """A name joined by "and" to a service noun ("Rescue", "Ambulance") is one organisation's name, not a
    person followed by something else: the resolver cut it at "and". A fire, rescue or ambulance service
    is a public one, a government body (the guideline's public services).

    Examples: "Rogaland Fire and Rescue said" (typed a person "Rogaland Fire") -> government_body
    "Rogaland Fire and Rescue"; "Westshire Parks and Recreation said" -> named_organisation; "Ann Lee and
    Tom Reed said" -> None (no service noun)."""
    if s.source_type not in ("named_person", "named_organisation") or not s.source_name:
        return None
    written = s.bare
    m = _AND_SERVICE.match(written)
    if m is None or m.group(2).lower() not in type_words("service_noun"):
        return None
    name = m.group(1)
    if not name.startswith(s.source_name) or name == s.source_name:
        return None
    public = any(w.lower() in type_words("public_service") for w in _words(name))
    return ("government_body" if public else "named_organisation"), name


#: Two or three capitalised words, a comma, and a description opening with a determiner: "Menzies Campbell,
#: the party's foreign affairs spokesman".
_NAME_COMMA_ROLE = re.compile(rf"^({_CAP}(?: {_CAP}){{1,2}}), (?:(?:the|a|an|his|her|its|their) )?(.+)$")


def name_then_role(s: Seen) -> tuple[str, str] | None:
    """A name, a comma and a person's role after it is the named person, not the role: the resolver read
    the role as the head when the name opens with no listed given name ("Menzies", "Ng").

    Examples: "Tavish Mungo, the party's foreign affairs spokesman" (typed an anonymous person) ->
    named_person "Tavish Mungo"; "Ng Siew Kee, the chairman of the growers' council" -> named_person "Ng
    Siew Kee"; "Flic Evert, journalist and dating expert for Quill magazine" (no article: session 22) ->
    named_person "Flic Evert"; "Westmoor Council, the local authority" -> None (an organisation's word);
    "Tavish Mungo, the party's new policy" -> None (no person's role after the comma); "Tavish Mungo, new
    journalist" -> None (no article and no role noun opening the role)."""
    if s.source_type != "anonymous_person":
        return None
    m = _NAME_COMMA_ROLE.match(s.written.strip())
    if m is None:
        return None
    t = tables()
    name, role = m.group(1), m.group(2)
    words = _words(name)
    if (
        any(w.lower() in t.org_words or w.lower() in t.honorifics for w in words)
        or words[-1].lower() in type_words("org_name_end")
        or name in countries()
        or words[0].lower() in _demonyms()
    ):
        return None
    if not any(w in t.role_singular for w in _words(role) if w.islower()):
        return None
    bare_role = not re.match(r"(?:the|a|an|his|her|its|their) ", s.written.strip()[len(name) + 2 :])
    if bare_role and _words(role)[0] not in t.role_singular:
        return None  # "Ann Lee, journalist and critic": a role with no article must open with a role noun
    return "named_person", name


#: The type rules, in the order they are tried: (id, rule).
TYPE_RULES: tuple[tuple[str, Callable[[Seen], tuple[str, str] | None]], ...] = (
    ("service_and_name", service_and_name),
    ("role_person_name", role_person_name),
    ("name_then_role", name_then_role),
    ("org_descriptor", org_descriptor),
    ("company_country", company_country),
    ("org_name_end", org_name_end),
    ("document_title", document_title),
    ("definite_name", definite_name),
    ("capitalised_plural_name", capitalised_plural_name),
    ("commercial_service", commercial_service),
    ("led_group", led_group),
    ("plural_reports", plural_reports),
    ("plural_role_group", plural_role_group),
    ("gathering_of_people", gathering_of_people),
    ("body_title_holder", body_title_holder),
    ("document_after_role_word", document_after_role_word),
    ("capitalised_agent_plural", capitalised_agent_plural),
    ("report_in_outlet", report_in_outlet),
    ("outlet_report", outlet_report),
    ("institution_head", institution_head),
    ("dated_document", dated_document),
    ("self_described", self_described),
    ("definite_org_noun", definite_org_noun),
    ("name_retyped_before", name_retyped_before),
)


def retype(s: Seen) -> tuple[str, str, str] | None:
    """``(source_type, source_name, rule id)`` of the first rule of :data:`TYPE_RULES` that changes the
    resolver's decision, or ``None`` when none does."""
    for rule_id, rule in TYPE_RULES:
        got = rule(s)
        if got is not None and got != (s.source_type, s.source_name):
            return got[0], got[1], rule_id
    return None


def compound_title(word: str, is_title: Callable[[str], bool]) -> bool:
    """Is ``word`` a hyphenated title ("Secretary-General", "President-elect", "Commander-in-Chief"): its
    first part a title (``is_title``), each other part a title or a ``title_part`` word? Before a name it is
    the role, so "NATO Secretary-General Jan Peterssen wrote" is the person Jan Peterssen, not a body.

    A ``title_prefix`` before a title makes one too ("Vice-President", "Deputy-Governor": session 19, so
    that "Bundesbank Vice-President Helmut Schlesinger" is the person, not the bank).

    Examples: "secretary-general" -> True; "director-general" -> True; "vice-president" -> True;
    "yemen-based" -> False; "vice-versa" -> False."""
    parts = word.lower().split("-")
    if len(parts) >= 2 and parts[0] in type_words("title_prefix") and is_title(parts[1]):
        return all(p in type_words("title_part") or is_title(p) for p in parts[1:])
    if len(parts) < 2 or not is_title(parts[0]):
        return False
    return all(p in type_words("title_part") or is_title(p) for p in parts[1:])
