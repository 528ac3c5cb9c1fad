"""Who a source is: its type, its normalised name, its role, and the outlet it spoke through.

Typing looks at the source's head noun phrase (the part before any appositive): a pronoun; a media
outlet from the outlet list ("AP", "a report by AP"); a document noun ("a study", "FEC filings"); a role
noun with no name ("an American authority" is an anonymous person, "South Korean officials" an unnamed
group); a capitalised name with an organisation word ("the State Department" is government, "the
Republican National Committee" an organisation); any other capitalised name is a person. Names are
resolved within the article, in reading order: a surname alone becomes the fullest earlier name that ends
with it ("Stoltenberg" -> "Jens Stoltenberg"), and "he"/"she" the last person named as a source before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from .lexicon import Tables, tables
from .quotes import strip_quotes

_WORD = re.compile(r"[^\W_][\w’'.\-&]*")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass(frozen=True)
class SourceInfo:
    source_type: str
    source_name: str
    role: str
    channel: str
    thing: bool = False  # the source is a common noun that names no speaker ("the US move", "the plan")


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _strip_det(words: list[str], t: Tables) -> list[str]:
    while words and words[0].lower() in t.determiner:
        words = words[1:]
    return words


def media_in(s: str, t: Tables | None = None) -> str:
    """The media outlet named in ``s`` ("the AP", "a report by AP", "CNN's"), or ""."""
    t = t or tables()
    words = [_POSSESSIVE.sub("", w) for w in _words(s)]
    best = ""
    for n in (4, 3, 2, 1):
        for k in range(0, len(words) - n + 1):
            cand = " ".join(words[k : k + n])
            if cand in t.media and len(cand) > len(best):
                best = cand
        if best:
            return best
    return best


class Resolver:
    """Types and names sources in reading order, remembering who has been named so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.t = tables()
        self.last_person = ""
        self.last_group = ""
        self.last_org = ""
        self.persons: list[str] = []

    def full_name(self, surname_words: list[str], before: int) -> str:
        """The fullest capitalised name ending with ``surname_words`` earlier in the text (or itself)."""
        short = " ".join(surname_words)
        for p in reversed(self.persons):
            if p.endswith(" " + short) or p == short:
                return p
        if len(surname_words) != 1:
            return short
        pat = re.compile(r"((?:[A-Z][\w’'\-]*\.? ){1,4})" + re.escape(surname_words[0]) + r"\b")
        best = ""
        for m in pat.finditer(self.text, 0, before):
            cand = _strip_titles(_words(m.group(0)), self.t)
            name = " ".join(cand)
            if len(cand) >= 2 and len(name) > len(best):
                best = name
        return best or short

    def resolve(
        self,
        source: Span | None,
        role: Span | None,
        cue_lemma: str,
        addressee: Span | None,
        channel_hint: str = "",
    ) -> SourceInfo:
        t = self.t
        channel = ""
        if addressee is not None:
            channel = media_in(self.text[addressee.start : addressee.end], t)
        channel = channel or channel_hint
        if source is None:
            return SourceInfo("none", "", "", channel)
        raw = strip_quotes(self.text[source.start : source.end])
        head = raw
        role_text = ""
        if role is not None and role.start > source.start:
            head = self.text[source.start : role.start].rstrip(" ,")
            role_text = strip_quotes(self.text[role.start : role.end])
        elif role is not None:
            role_text = strip_quotes(self.text[role.start : role.end])
        words = [_POSSESSIVE.sub("", w) for w in _words(head)]
        lw = [w.lower() for w in words]
        role_text = _strip_article(role_text, t)
        if len(lw) == 1 and lw[0] in t.pronouns:
            kind = t.pronouns[lw[0]]
            name = {
                "person": self.last_person,
                "group": self.last_group or self.last_org,
            }.get(kind, "")  # "it" is left unresolved: too often a country or a thing
            return SourceInfo("pronoun", name, role_text, channel)
        media = media_in(head, t)
        core = _strip_det(words, t)
        if not core:
            return SourceInfo("none", "", role_text, channel)
        for k in range(1, len(core)):  # the head noun comes before "of/from/by ..." after a common noun
            if core[k].lower() in t.head_stops and core[k - 1][:1].islower():
                core = core[:k]
                break
        last = core[-1].lower()
        if media and (last in t.attribution_nouns or media == " ".join(core) or len(core) <= 4):
            # an outlet is not remembered as the antecedent of a later "they": it reports, it rarely acts
            return SourceInfo("media", media, role_text, channel)
        if last in t.attribution_nouns or lw[-1] in t.attribution_nouns:
            name = " ".join(core)
            return SourceInfo("document", name, role_text, channel)
        if last in t.role_plural and not core[-1][:1].isupper() or (last in t.role_plural and len(core) == 1):
            name = " ".join(core)
            self.last_group = name
            return SourceInfo("unnamed_group", name, role_text, channel)
        if last in t.role_singular and not core[-1][:1].isupper():
            return SourceInfo("anonymous_person", " ".join(core), role_text, channel)
        caps = [w for w in core if w[:1].isupper()]
        if (
            caps
            and not core[-1][:1].isupper()
            and last not in t.role_singular
            and last not in t.role_plural
            and last not in t.org_words
            and not last.endswith("s")
        ):
            # "The US move": a thing, typed with documents
            return SourceInfo("document", " ".join(core), role_text, channel, thing=lw[0] in t.determiner)
        org_kind = ""
        joined = " ".join(lw)
        for w in lw:
            if w in t.org_words:
                org_kind = t.org_words[w]
                if org_kind == "government":
                    break
        for phrase, kind in t.org_words.items():
            if " " in phrase and phrase in joined:
                org_kind = kind
        if caps:
            if org_kind or (len(core) == 1 and core[0].isupper() and len(core[0]) > 1):
                name = " ".join(core)
                self.last_org = name
                return SourceInfo(
                    "government" if org_kind == "government" else "named_organisation",
                    name,
                    role_text,
                    channel,
                )
            name_words = _strip_titles(core, t)
            title_words = core[: len(core) - len(name_words)]
            if not role_text and title_words:
                role_text = " ".join(title_words)
            if not name_words:
                return SourceInfo("anonymous_person", " ".join(core), role_text, channel)
            name = self.full_name(name_words, source.start)
            self.last_person = name
            if name not in self.persons:
                self.persons.append(name)
            return SourceInfo("named_person", name, role_text, channel)
        name = " ".join(core)
        if org_kind == "government":
            self.last_org = name
            return SourceInfo("government", name, role_text, channel)
        if org_kind or (last.endswith("s") and not last.endswith("ss")):
            self.last_group = name
            return SourceInfo("unnamed_group", name, role_text, channel)
        # a lower-case noun that names no role ("the move", "the plan"): a thing, typed with documents
        return SourceInfo("document", name, role_text, channel)


def _strip_article(s: str, t: Tables) -> str:
    parts = s.split(" ", 1)
    if len(parts) == 2 and parts[0].lower() in t.determiner:
        return parts[1]
    return s


def _strip_titles(words: list[str], t: Tables) -> list[str]:
    """Drop titles and role words before a name: "NATO Secretary General Jens Stoltenberg" -> the name."""
    k = 0
    last_title = -1
    for k, w in enumerate(words):
        lw = w.lower()
        if (
            lw in t.honorifics
            or lw in t.role_singular
            or lw in t.role_plural
            or lw in t.org_words
            or (w.isupper() and len(w) > 1)
            or lw in t.determiner
            or lw in ("of", "and", "the")
            or not w[:1].isupper()
        ):
            last_title = k
    rest = words[last_title + 1 :]
    return rest
