"""The noun phrases the attribution rules read: sources, addressees, appositives and roles.

Split from the rules so that a reader looking for *who* is cited finds it in one place; the methods
work on a sentence's tokens (``Sentence``) and return token indices, never text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from .. import lexicons
from ..model import Span
from .boundaries import catenative
from .lexicon import CueForm, Tables, document_word, tables
from .names import given_names
from .rule_base import (
    CLOSE_QUOTE_TOKENS,
    CLOSERS,
    END_PUNCT,
    HARD_PUNCT,
    MAX_SOURCE_WORDS,
    OPEN_QUOTE_TOKENS,
    PARTY_LABEL_RE,
    RuleBase,
    Sentence,
    before_clitic,
    dotted_name,
    is_cap,
    offsets_of,
    quote_ending_at,
    quote_starting_at,
)
from .rule_words import WORDS


class NounPhrases(RuleBase):
    """Where a source or addressee noun phrase starts and ends ("Jens Stoltenberg, the secretary-general")."""

    def left_np(
        self, s: Sentence, i: int, lo: int = 0, limit: int = MAX_SOURCE_WORDS
    ) -> tuple[int, int] | None:
        """The noun phrase that ends just before token ``i`` (auxiliaries skipped): ``(start, end)``, at
        most ``limit`` words (a source's length by default; a passive's subject may be longer)."""
        t = self.t
        j = self.before_adverbs(s, i, lo)
        if j < lo:
            return None
        end = j + 1
        w = s.lw[j]
        if w == ")":
            # "Sen. Mitch McConnell (R-Ky.) said": a party label in brackets belongs to the name, and
            # "Kasich (who has 25 delegates) said": a bracketed aside on the source is skipped
            o = j - 1
            while o > lo and j - o < 20 and s.tx[o] != "(":
                o -= 1
            if o > lo and s.tx[o] == "(" and is_cap(s.tx[o - 1]):
                j = o - 1
                w = s.lw[j]
        if surname_after_given_name(s, j, lo):
            return j - 1, end  # "Martin How said": a surname that is also a function word
        if w in HARD_PUNCT or s.tx[j] in CLOSE_QUOTE_TOKENS:
            return None
        named = capitals_acronym(s, j, i)
        if w in t.boundary and not named:
            return None
        if (w in t.head_stops or w in ("to", "by")) and not named:
            return None  # "he began by saying": a preposition ends no noun phrase
        if w in t.subject_pronouns:
            return j, end  # "names he said would be released": the pronoun alone is the source
        k = j
        while k - 1 >= lo:
            w = s.lw[k - 1]
            if w == "and" and k - 2 >= lo and s.lw[k - 2] in t.role_plural and s.lw[j] in t.role_plural:
                k -= 1  # "teachers and union officials told ...": two groups are one source
                continue
            if w in HARD_PUNCT or w in t.boundary:
                break
            if s.tx[k - 1] in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS and not self._possessive_mark(s, k - 1):
                break
            if w in t.aux and w not in ("first",):
                break
            k -= 1
        if end - k > limit:
            k = end - limit
        while k - 2 >= lo and dotted_name(s.tx[k - 2 : k + 1], offsets_of(s, k - 2, k + 1)):
            k -= 2  # "Znak.com reported": the name is one word, split at its dot
        if k - 2 >= lo and campus_comma(s.tx, k, end, t):
            whole = self.left_np(s, k - 1, lo)  # "X of the University of California, Los Angeles said"
            if whole is not None and end - whole[0] <= MAX_SOURCE_WORDS + 3:
                k = whole[0]
        return k, end

    def appositive_np(self, s: Sentence, i: int) -> tuple[int, int, int, int] | None:
        """``Name, the role of X,`` before token ``i`` (the comma at ``i - 1``): name and role ranges.

        The role may itself hold a comma ("Mike Shields, president of the CLF, a super PAC, said").
        """
        if i - 1 < 0 or s.tx[i - 1] != ",":
            return None
        label = self._party_label(s, i - 1)
        if label is not None:
            name = self.left_np(s, label)
            if name is not None and is_cap(s.tx[name[0]]):
                return name[0], name[1], label + 1, i - 1
        role_b = i - 1
        k = i - 1
        for _ in range(3):
            k -= 1
            while (
                k >= 0
                and s.tx[k] not in HARD_PUNCT
                and s.tx[k] not in OPEN_QUOTE_TOKENS
                and s.tx[k] not in CLOSE_QUOTE_TOKENS
            ):
                k -= 1
            if k < 1 or s.tx[k] != ",":
                return None
            role_a = k + 1
            if role_b - role_a == 1 and is_cap(s.tx[role_a]) and not s.tx[role_a].isupper():
                continue  # "in Columbus, Ohio,": a place after a comma belongs to the segment before it
            if role_b - role_a < 1 or (role_b - role_a == 1 and not s.tx[role_a][:1].isdigit()):
                return None
            # "X, who was governor when Y was mayor, said": a relative clause may hold verbs of its own;
            # "X, speaking to Iowans, said" / "X, during a town hall, said": an adverbial, not a role
            relative = any(w in ("who", "whose") for w in s.lw[role_a:role_b]) or self.adverbial_start(
                s, role_a
            )
            if not relative and any(
                x in self.t.cue_forms or x in self.t.passive_aux for x in s.lw[role_a:role_b]
            ):
                return None
            if (
                role_b - role_a > (30 if relative else 16)
                or s.lw[role_a] in ("which",)
                or (s.lw[role_a] in self.t.interjection)
            ):
                return None
            name = self.left_np(s, k)
            if name is None:
                return None
            if (
                (is_cap(s.tx[name[0]]) or s.lw[name[0]] in self.t.determiner)
                # "A nurse at one of the largest hospitals, who ..., said": a described person may be longer
                and name[1] - name[0] <= (10 if s.lw[name[0]] in self.t.determiner else 7)
                # "Its chief forecaster, Helen Marsh, told": a possessive before a noun is no pronoun source
                and (s.lw[name[0]] not in self.t.pronouns or name[1] - name[0] > 1)
                and not (name[0] > 0 and s.tx[name[0] - 1] == "," and name[1] - name[0] == 1 and False)
            ):
                if s.lw[name[0]] in self.t.determiner and name[0] >= 2 and s.tx[name[0] - 1] == ",":
                    # rule name_before_appositives: "Omar Lamrani, a senior analyst at Stratfor, the
                    # Texas-based firm, told": the described "a senior analyst" is a first appositive
                    # when a name opens the sentence before its comma; the name is the source
                    outer = self.left_np(s, name[0] - 1)
                    if outer is not None and outer[1] == name[0] - 1 and sentence_opening_name(
                        s.tx[outer[0] : outer[1]], s.lw[: outer[0]], self.not_names()
                    ):
                        return outer[0], outer[1], name[0], role_b
                return name[0], name[1], role_a, role_b
        return None

    def not_names(self) -> frozenset[str]:
        """Lower-case words that make a capitalised opening no person's name ("The", "On", "Monday",
        "January"): determiners, adjuncts, time words and months."""
        t = self.t
        months = {m.lower() for m in t.months}
        return frozenset(t.determiner) | frozenset(t.adjunct) | frozenset(t.time) | months

    def _party_label(self, s: Sentence, c: int) -> int | None:
        """'Sen. Ann Lee, D-N.Y., said': the comma before a party-and-state label that ends at comma ``c``.

        The label is too short for a role and its dots split it into tokens; it belongs to the name.
        """
        for k in range(c - 1, max(-1, c - 5), -1):
            if s.tx[k] == ",":
                label = self.text[s.toks[k + 1].start : s.toks[c - 1].end] if k + 1 < c else ""
                return k if PARTY_LABEL_RE.fullmatch(label) else None
        return None

    def adverbial_start(self, s: Sentence, k: int) -> bool:
        """Does token ``k`` open an adverbial ("during a town hall", "speaking to Iowans")?"""
        w = s.lw[k]
        if w in self.t.boundary:  # "who", "which", "that": a relative clause, part of the role
            return False
        return (w in self.t.adjunct or w in self.t.head_stops or w.endswith("ing")) and s.tx[k] == w

    def right_np(
        self, s: Sentence, i: int, possessive: bool = False
    ) -> tuple[int, int, tuple[int, int] | None] | None:
        """The noun phrase after token ``i`` (inversion "said X, a spokesman for Y"): name and role.

        ``possessive``: may a possessive determiner open it ('"C," said his wife': rule ``possessed_source``)?
        Only after a quotation (``direct_inversion``); after a plain comma ("His mother, Ann, said her son's
        killer ... had ...") the possessive opens the reported clause far more often."""
        t = self.t
        a = i + 1
        if a >= s.end:
            return None
        b = a
        while b < s.end:
            w = s.lw[b]
            if w == "and" and b > a and s.lw[b - 1] in t.role_singular and is_cap(s.tx[min(b + 1, s.n - 1)]):
                b += 1  # "said lobbyist and GOP strategist Charlie Black": two roles of one person
                continue
            if w == "and" and affiliation_and(s, a, b):
                b += 1  # "says analyst Tom Lee of Lee and Associates": "and" inside the firm's name
                continue
            if w == "," and b > a and is_cap(s.tx[b - 1]):
                owner = place_possessive_after_comma(s, a, b)
                if owner is not None:
                    b = owner  # "said University of California, San Diego's chancellor, Pradeep Khosla"
                    continue
            if b > a and b + 1 < s.end and joined_dash(s, b):
                b += 1  # "Ryan Cloutier of the Harvard–Smithsonian Center": a dash inside a name
                continue
            if w in HARD_PUNCT or s.tx[b] in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS:
                break
            if b > a and is_cap(s.tx[b]) and is_cap(s.tx[b - 1]) and (w in t.boundary or w in t.verb_aux):
                b += 1  # rule name_function_word: "said Theresa May", "said Martin How": a surname
                continue
            if w in t.boundary:
                break
            if b > a and w in t.verb_aux:
                return None  # "C, said Clinton's response was ...": a clause after the cue, no inversion
            if (
                b > a
                and (w in t.adjunct and w not in ("by", "from", "with", "to") or w in t.time)
                and not is_cap(s.tx[b])
            ):
                break
            b += 1
        if b == a or b - a > MAX_SOURCE_WORDS and not final_affiliation(s, a, b):
            return None
        first = s.tx[a]
        if before_clitic(s.lw[a]) in t.pronouns and s.lw[a] not in t.pronouns:
            return None  # "said he's with ...": a contracted pronoun opens a clause
        if s.lw[a] in t.pronouns:
            owned = possessive and s.lw[a] in t.possessives and self._possessed_noun(s, a + 1, b)
            if b - a > 1 and not owned:
                # "said he decided ...": a pronoun is a whole source, what follows is a clause; but a
                # possessive determiner opens a noun phrase ('"C," said his wife', "said her coach, Tom Lee")
                return None
        elif not (
            is_cap(first)
            or s.lw[a] in t.determiner
            or s.lw[a] in t.role_singular
            or s.lw[a] in t.role_plural
            # "said former Obama adviser David Axelrod": lower-case modifiers before a name or a role
            or any(
                is_cap(s.tx[k]) or s.lw[k] in t.role_singular or s.lw[k] in t.role_plural
                for k in range(a + 1, b)
            )
        ):
            return None
        if b < s.end and s.lw[b] in ("who", "whose") and s.lw[a] not in t.pronouns:
            # "said a data expert who has worked for a rival": the relative clause belongs to the source
            d = b
            while d < s.end and s.tx[d] not in (",", ";", "(", ")", "—", "–"):
                if s.tx[d] in OPEN_QUOTE_TOKENS:
                    d2 = self._quoted_in_relative(s, b, d)
                    if d2 is None:
                        break
                    d = d2
                    continue
                d += 1
            if d - b <= 20 or s.tx[d - 1] in CLOSE_QUOTE_TOKENS:
                return a, d, (b, d)
        role = None
        if b < s.end and s.tx[b] == "," and b + 1 < s.end:
            c = b + 1
            if (
                s.lw[c] in t.determiner
                or s.lw[c] in t.role_singular
                or s.lw[c] in ("who", "whose")
                or s.tx[c][:1].isdigit()  # "said Sara Walker, 44, a home-care aide"
                or (c + 1 < s.end and s.lw[c + 1] == "of" and not is_cap(s.tx[c]))  # ", co-director of"
            ):
                # the appositive runs on through a relative clause to the end of the sentence
                d = c
                while d < s.end and s.tx[d] not in (";", "(", ")", "—", "–"):
                    if s.tx[d] in OPEN_QUOTE_TOKENS:
                        # "the author of "Winning Big," a book": a short title in quotes stays in the role
                        d2 = self._title_end(s, d) or self._quoted_in_relative(s, c, d)
                        if d2 is None:
                            break
                        d = d2
                        continue
                    if (
                        s.tx[d] == ","
                        and d + 1 < s.end
                        and (
                            s.tx[d + 1] in OPEN_QUOTE_TOKENS
                            or s.lw[d + 1].endswith("ing")
                            and s.lw[d + 1] in t.cue_forms
                            # "C1, said X, an expert, would see C2": the sentence goes on after the role
                            or s.lw[d + 1] in t.verb_aux
                            or s.lw[d + 1] in t.passive_aux
                            # "said X, the regional president, as the storm bore down": a clause of the
                            # occasion, no part of the role (a relative clause's own "as" stays)
                            or s.lw[d + 1] in t.clause_openers and s.lw[c] not in ("who", "whose")
                        )
                    ):
                        break
                    d += 1
                role = None if clause_after_comma(s, c, d, t) else (c, d)
        return a, b, role

    def _possessed_noun(self, s: Sentence, a: int, b: int) -> bool:
        """Rule ``possessed_source`` (recall23): are tokens ``a``..``b`` (after a possessive determiner) a
        short noun phrase ("wife", "longtime coach", "chief of staff") rather than the start of a clause?
        No token of it is an auxiliary, a cue form, an adjunct or a pronoun, and it is at most four words:
        '"C," said his wife' is a source; "said his plan was to wait" (an auxiliary, refused before this)
        and "said her piece on" are not.

        Why: a pronoun was taken for a whole source, so '"C," said his wife' found nothing (brief recall23).
        """
        t = self.t
        if b - a > 4:
            return False
        for k in range(a, b):
            w = s.lw[k]
            if (
                w in t.verb_aux
                or w in t.passive_aux
                or w in t.pronouns
                or (w in t.adjunct and w != "of")
                or (w in t.cue_forms and w not in t.role_singular)
            ):
                return False
        return True

    def _quoted_in_relative(self, s: Sentence, c: int, d: int) -> int | None:
        """'"C," said Ann Lee, who thinks the mayor "needs to listen": the quotation at ``d`` is inside
        the source's relative clause (opened at ``c`` by "who"), so the clause, and with it the source,
        runs on to the quotation's end; the token after the quotation, or ``s.end``. ``None`` otherwise.

        Without this the quotation looked like content after the inverted cue, and the cue's own
        quotation before it was lost.
        """
        if "who" not in s.lw[c:d] or s.tx[d - 1] in (",", ":"):
            return None
        q = quote_starting_at(self.quotes, s.toks[d].start)
        if q is None:
            return d + 1  # "a 'Make America Great Again' hat": single marks the scanner took for no quotation
        if not q.closed:
            return None
        k = d + 1
        while k < s.end and s.toks[k].start < q.end:
            k += 1
        return k

    def _title_end(self, s: Sentence, d: int) -> int | None:
        """Token after a short closed quotation at ``d`` that more words follow (a title); else None."""
        q = quote_starting_at(self.quotes, s.toks[d].start)
        if q is None or not q.closed or q.end - q.start > 60:
            return None
        k = d + 1
        while k < s.end and s.toks[k].start < q.end:
            k += 1
        return k if k < s.end else None

    def _comma_free_adverbial_end(self, s: Sentence, before: int) -> int:
        """Where the subject starts after a leading prepositional phrase with no comma ("In the filing itself
        Ford also made this point, writing ..."): at the first capitalised word or subject pronoun after
        the preposition's lower-case words, within eight tokens; 0 when the sentence opens otherwise. The
        participle's source was "the filing" (session 19's fact-check of wikinews-2019-050)."""
        t = self.t
        if before < 3 or s.lw[0] not in t.adjunct or s.lw[0] in ("by", "from", "with", "to"):
            return 0
        for k in range(1, min(before, 8)):
            w = s.lw[k]
            if k > 1 and (is_cap(s.tx[k]) or w in t.subject_pronouns):
                return k
            if not (w.isalpha() and s.tx[k] == w) or w in t.verb_aux or w in t.cue_forms:
                return 0
        return 0

    def subject(self, s: Sentence, before: int) -> tuple[int, int] | None:
        """The sentence's subject, for participle and coordinated cues ("..., arguing that ...")."""
        t = self.t
        a = 0
        # skip a leading adverbial ("On Monday, ...") up to its comma
        for k in range(min(before, 8)):
            if s.tx[k] == ",":
                if (
                    s.lw[0] in t.adjunct
                    or s.lw[0] in t.time
                    or s.lw[0] in t.boundary
                    or s.tx[0][:1].isdigit()
                ):
                    a = k + 1
                break
        else:
            a = self._comma_free_adverbial_end(s, before)
        a = self._past_adverbial_relative(s, a, before)
        while a < before and (s.tx[a] in OPEN_QUOTE_TOKENS or s.lw[a] in ("but", "and", "so")):
            a += 1
        b = a
        while b < before and b - a < 9:
            w, x = s.lw[b], s.tx[b]
            # "15-year-old" is three tokens here: a hyphen with no space either side joins them
            joined = 0 < b < s.n - 1 and s.toks[b - 1].end == s.toks[b].start
            joined = joined and (
                x in ("-", "–") and s.toks[b].end == s.toks[b + 1].start or s.tx[b - 1] == "-"
            )
            if w in HARD_PUNCT and not joined and not (x == "," and self._is_appositive_comma(s, b, before)):
                break
            if (
                b > a
                and not joined
                and not (
                    is_cap(x)
                    or w in t.determiner
                    or w in t.role_singular
                    or w in t.role_plural
                    or w in ("of", "for", "and", "at", "'s", "’s")
                    # "Another former Trump adviser, X, ... and encouraged": a title word before a name
                    or w in t.honorifics
                    or x[:1].isdigit()
                    # "The report ... and said", "Environmental groups welcomed ... but said": a head noun
                    or self.head_noun(w)
                    or (
                        b + 1 < before
                        and w.isalpha()
                        and self.head_noun(s.lw[b + 1])
                        and not self._verb_after_name(s, b)
                    )
                    or self._possessive_mark(s, b)
                )
            ):
                break
            if w in t.cue_forms or w in t.aux:
                break
            b += 1
        if b == a:
            return None
        return a, b

    @staticmethod
    def _past_adverbial_relative(s: Sentence, a: int, before: int) -> int:
        """Rule ``adverbial_relative``: after an opening adverbial ("In Dover, which was to vote on Tuesday,
        Mayor Tom Reed postponed the vote, citing C"), a relative clause on its noun (class ``wh_relative``)
        up to its closing comma is no subject; the subject is after it ("Mayor Tom Reed", not "which").
        Fact-check of wikinews-2020-040 (session 23): the participle was credited to "which", named "Ohio".
        ``a`` is the token after the adverbial's comma; returns where the subject may start."""
        if a == 0 or a >= before or s.tx[a - 1] != "," or s.lw[a] not in WORDS.wh_relative:
            return a
        comma = next((k for k in range(a + 1, before) if s.tx[k] == ","), None)
        return comma + 1 if comma is not None and comma + 1 < before else a

    def _verb_after_name(self, s: Sentence, b: int) -> bool:
        """Is token ``b`` a past-tense verb right after a capitalised name ("The Air Force issued warnings,
        saying C"), not a modifier of the noun after it ("Environmental groups")? Fact-check of
        wikinews-2019-113 (session 21): the subject ran on to "issued warnings"."""
        w = s.lw[b]
        if b == 0 or not w.endswith("ed") or w != s.tx[b]:
            return False
        return is_cap(s.tx[b - 1]) and s.lw[b - 1] not in self.t.determiner

    def long_subject(self, s: Sentence, i: int) -> tuple[int, int] | None:
        """``X, a group that has sued the city over its rules, said C``: a subject too long for a role.

        When a comma (or a dash: "X — and Y — said") stands before cue ``i`` (auxiliaries aside) and no
        shorter source was found, the subject is the sentence up to it: its head opens the sentence,
        capitalised, and an earlier comma (dash) opens the appositive or relative clause that it closes.
        """
        c = self.before_adverbs(s, i) if i > 1 and s.tx[i - 1] not in CLOSERS else i - 1
        if c < 2 or s.tx[c] not in CLOSERS:
            return None
        a = 0
        while a < c and (s.tx[a] in OPEN_QUOTE_TOKENS or s.lw[a] in ("but", "and", "yet", "so")):
            a += 1
        if a >= c or not is_cap(s.tx[a]) or s.lw[a] in self.t.adjunct or s.lw[a] in self.t.boundary:
            return None
        if c - a > 45 or any(
            (x in CLOSE_QUOTE_TOKENS and not self._possessive_mark(s, k)) or x in (";", ":", ".", "?", "!")
            for k, x in enumerate(s.tx[a:c], a)
        ):
            return None
        if s.tx[c] not in s.tx[a + 1 : c]:
            return None  # "The boxer, known as ...": no appositive opened, so no subject closed by the comma
        return a, c

    def _is_appositive_comma(self, s: Sentence, b: int, before: int) -> bool:
        return False

    def head_noun(self, w: str) -> bool:
        """Is ``w`` a listed noun that can head a source ("report", "company", "groups", "teachers")?"""
        t = self.t
        return (
            w in t.role_singular
            or w in t.role_plural
            or w in t.org_words
            or w in t.attribution_nouns
            or (w.endswith("s") and w[:-1] in t.org_words)
        )

    def _possessive_mark(self, s: Sentence, k: int) -> bool:
        """Is token ``k`` the apostrophe of a plural possessive ("the builders' federation"), not a quote?"""
        x = s.tx[k]
        return (
            x in ("'", "’")
            and 0 < k < s.n - 1
            and s.lw[k - 1].endswith("s")
            and s.toks[k - 1].end == s.toks[k].start
            and s.toks[k].end < s.toks[k + 1].start
            and s.tx[k + 1][:1].isalpha()
            and quote_ending_at(self.quotes, s.toks[k].end) is None
            and quote_starting_at(self.quotes, s.toks[k].start) is None
        )

    def copula_subject(self, s: Sentence, lead: int) -> Span | None:
        """The subject of "is"/"'s" right before "according to" at ``lead`` ("That's according to X")."""
        if lead < 1:
            return None
        w = s.lw[lead - 1]
        start = 0
        while start < lead - 1 and s.lw[start] in ("but", "and"):
            start += 1
        if w.endswith(("'s", "’s")) and len(w) > 2 and start == lead - 1:
            tok = s.toks[lead - 1]
            return Span(tok.start, tok.end - 2)
        if w in ("is", "was", "are", "were") and 0 < lead - 1 - start <= 6:
            if any(x in HARD_PUNCT for x in s.tx[start : lead - 1]):
                return None
            return s.span_of(start, lead - 1)
        return None

    def infinitive_source(self, s: Sentence, k: int) -> tuple[int, int] | None:
        """'The loss led her to declare C' / 'He went on CNN to say C': who speaks in an infinitive at ``k``.

        An object pronoun or a name just before "to" (after a verb: "led her", "forced Sanders") is the
        speaker; otherwise the infinitive says what the sentence's subject did it for.
        """
        w = s.lw[k - 1]
        if w in self.t.object_pronouns or (is_cap(s.tx[k - 1]) and k - 1 > 0 and not is_cap(s.tx[k - 2])):
            return k - 1, k
        return self.subject(s, k)

    def thing_after_cue(self, s: Sentence, a: int, b: int, form: CueForm) -> bool:
        """Is ``[a, b)`` after a cue other than "said" a thing, its object ("explained the reason")?

        Only "said", "added", "wrote" invert freely ("C, said the farmer"); after other cues a
        determiner phrase with no capital and no person or organisation noun is the cue's object.
        """
        if form.lemma in ("say", "add", "write", "tell") or s.lw[a] not in self.t.determiner or b - a < 2:
            return False
        return not any(is_cap(s.tx[k]) or self.head_noun(s.lw[k]) for k in range(a + 1, b))

    def outlet(self, s: Sentence, a: int, b: int) -> bool:
        """Are tokens ``[a, b)`` a listed media outlet ("Reuters", "the AP")?"""
        words = s.tx[a:b]
        if words and s.lw[a] == "the":
            words = words[1:]
        return " ".join(words) in self.t.media

    def media_noun_before(self, s: Sentence, a: int, b: int) -> bool:
        """Do tokens ``[a, b)`` end in a media noun ("the local newspaper", "a radio station")?"""
        if b <= a:
            return False
        m = self.t.media_nouns
        return s.tx[b - 1] == s.lw[b - 1] and (s.lw[b - 1] in m or " ".join(s.lw[max(a, b - 2) : b]) in m)

    def name_after(self, s: Sentence, c: int) -> int | None:
        """End of a capitalised name of one to four words from ``c`` ("the Harbour Herald"), else None."""
        if c < s.n and s.lw[c] == "the":
            c += 1
        d = c
        while d < s.n and d - c < 4 and is_cap(s.tx[d]) and s.tx[d][:1].isalpha():
            d += 1
        if d == c or (d < s.n and s.tx[d] not in (",", ".", ";", ")") and s.tx[d] not in END_PUNCT):
            return None
        return d

    def before_adverbs(self, s: Sentence, i: int, lo: int = 0) -> int:
        """Index of the token before cue ``i`` once auxiliaries and adverbs are skipped ("but now often").

        A catenative verb and its "to" are skipped too: "He continues to insist", "she went on to say".
        """
        k = i - 1
        while k >= lo:
            if (
                (s.lw[k] in self.t.aux and (s.tx[k] == s.lw[k] or k == 0))  # "Will wrote": a name
                or (k > lo and s.lw[k].endswith("ly") and s.tx[k] == s.lw[k] and s.lw[k] not in WORDS.ly_noun)
                or (
                    k > lo and s.lw[k] in ("then", "however") and s.tx[k - 1] not in HARD_PUNCT
                )  # "He then asked"
            ):
                k -= 1
            elif s.lw[k] == "to" and k > lo and catenative(self.t, s, k):
                k -= 3 if s.lw[k - 1] == "on" else 2
            else:
                break
        return k


_ASIDE = re.compile(r",\s|\s[-–—]\s|\(")
_CLOCK = re.compile(r"\d{1,2}:\d\d(?:am|pm)?|\d{1,2}(?:am|pm|a\.m\.|p\.m\.)")
#: "at least", "at most": after these an opening "at" belongs to a quantity
#: a relative pronoun before a verb makes it the verb of a relative clause inside the noun phrase
_RELATIVE = frozenset({"who", "which", "that", "whose"})
_LEAST = frozenset({"least", "most"})
#: "the first time", "every time", "the last time": a time noun whose relative clause (with "that" left out)
#: holds the subject; it opens no source.
_TIME_CLAUSE = re.compile(
    r"(?i:the|every|each|any)\s+(?:(?i:first|last|only|next|second|third|same)\s+)?(?i:time)\s+(?=[\w’'])"
)
_NP_WORD = re.compile(r"\d+:\d\d|[^\W_][\w’'.\-&]*")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
#: A clock time that opens a source span after its preposition went ("At 9 a.m. the minister said": "9 a.m."),
#: with the words of approximation before it ("about 5:17 p.m.").
_CLOCK_LEAD = re.compile(
    r"(?i:about|around|approximately|roughly|nearly|just after|just before)?\s*"
    r"\d{1,2}(?::\d\d)?\s*(?i:a\.m\.|p\.m\.|am\b|pm\b)\s+(?=\w)"
)


def campus_comma(tx: list[str], k: int, end: int, t: Tables) -> bool:
    """Rule ``campus_comma``: are tokens ``tx[k:end]`` (one to three capitalised words) the place after the
    comma of an institution's name ("the University of California, Los Angeles", "University of Wisconsin,
    Madison"), so that the noun phrase goes on before the comma? It does when the comma follows "<organisation
    word> of <Name>" ("Jo Anne Van Tilburg of the University of California, Los Angeles disagreed": the source
    is not "Los Angeles"; a fact-check of unlabelled Wikinews text, session 11)."""
    if not 1 <= end - k <= 3 or k < 4 or tx[k - 1] != ",":
        return False
    if not all(w[:1].isupper() for w in tx[k:end]):
        return False
    c = k - 2  # the last word before the comma, then back over the capitalised words of the name
    while c >= 0 and tx[c][:1].isupper() and k - 2 - c < 3:
        c -= 1
    return c >= 1 and c < k - 2 and tx[c] == "of" and tx[c - 1].lower() in t.org_words


def listed_name_comma(tx: Sequence[str], k: int, end: int, t: Tables) -> int:
    """Rule ``listed_name_comma``: are tokens ``tx[k:end]`` the end of a list of fields inside an
    organisation's name ("Ministry of Trade, Industry and Energy (MOTIE)", "Institute of Epidemiology,
    Disease Control and Research"), so that the noun phrase goes on before the comma? They are when they
    are capitalised words, commas and one "and" (its last word capitalised, an acronym in brackets may
    close it), and the comma before them follows "<organisation word> of <Name>" (with earlier fields of
    the list: "of Trade, Tourism, Sport and Culture"). Returns the index of the organisation word
    ("Ministry"), where the name starts, or -1. Why: the source was "Industry and Energy (MOTIE)", named
    "Industry", a person, on three pages of three publishers (a Zyte page, two Wikinews articles; the
    rule ``source_from_clause_start`` grows a source back to a comma, as :func:`campus_comma` does for
    ``left_np``).

    >>> listed_name_comma(["Ministry", "of", "Trade", ",", "Industry", "and", "Energy"], 4, 7, tables())
    0
    >>> listed_name_comma(["In", "Paris", ",", "Ann", "and", "Tom"], 3, 6, tables())
    -1
    """
    if k < 3 or tx[k - 1] != ",":
        return -1
    words = tx[k:end]
    if len(words) >= 3 and words[-1] == ")" and words[-3] == "(" and words[-2].isupper():
        words = words[:-3]  # "(MOTIE)": the name's acronym
    if not 3 <= len(words) <= 9 or words.count("and") != 1 or words[0] == "and" or words[-1] in ("and", ","):
        return -1
    if not all(w in ("and", ",") or w[:1].isupper() for w in words):
        return -1
    c = k - 2  # back over the capitalised words (and earlier fields) of the name before the comma
    while c >= 0 and (tx[c][:1].isupper() or (tx[c] == "," and tx[c + 1][:1].isupper())) and k - 2 - c < 8:
        c -= 1
    return c - 1 if c >= 1 and c < k - 2 and tx[c] == "of" and tx[c - 1].lower() in t.org_words else -1


@cache
def not_np_openers() -> frozenset[str]:
    """Words that cannot open a source noun phrase (``source_words.tsv``, role ``not_np_opener``)."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "not_np_opener")


@cache
def topic_openers() -> frozenset[str]:
    """Prepositions that open a sentence's topic ("Regarding the tweets, ..."): ``source_words.tsv``, role
    ``topic_opener``."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "topic_opener")


@cache
def counted_objects() -> frozenset[str]:
    """Quantifiers that open a verb's object ("made several posts"): ``source_words.tsv``, role
    ``counted_object``."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "counted_object")


@cache
def articles() -> frozenset[str]:
    """The articles "a", "an", "the" (``source_words.tsv``, role ``article``)."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "article")


def clean_source(text: str, source: Span | None) -> Span | None:
    """The source as a noun phrase (see :func:`_clean_source`), remembered per span of the text last asked
    about: ``refine`` asks for the same spans before ``extract`` does, a report's two runs over an article
    ask again, and the answer never changes. (An LRU of 256 spans missed every repeat on a 5 MB article,
    whose ~45,000 sources cost ~1 s to clean again; one text's spans are linear in its length.)"""
    if source is None:
        return None
    got = _clean_bounds(text, source.start, source.end)
    if got is None:
        return None
    return source if got == (source.start, source.end) else Span(*got)


#: The text :func:`clean_source` last read and its answers by (start, end); replaced, never cleared in
#: place, so a reader holding the old pair is unaffected.
_clean_memo: tuple[str, dict[tuple[int, int], tuple[int, int] | None]] = ("", {})


def _clean_bounds(text: str, start: int, end: int) -> tuple[int, int] | None:
    global _clean_memo
    memo_text, memo = _clean_memo
    if memo_text is not text:
        memo = {}
        _clean_memo = (text, memo)
    key = (start, end)
    if key not in memo:
        got = _clean_source(text, Span(start, end))
        memo[key] = None if got is None else (got.start, got.end)
    return memo[key]




def trailing_adverb(word: str) -> bool:
    """Rule ``trailing_adverb``: is ``word``, closing a source span, a lower-case adverb ("The proclamation
    specifically", the subject a coordinated "and said" inherits)? It goes: the source was a document named
    "proclamation specifically" (fact-check of wikinews-2020-038, session 23).

    >>> trailing_adverb("specifically"), trailing_adverb("initially"), trailing_adverb("family")
    (True, True, False)
    >>> trailing_adverb("Kelly"), trailing_adverb("rally")
    (False, False)
    """
    return word.islower() and len(word) > 6 and word.endswith(tuple(WORDS.adverb_ending))


def _time_word(word: str, t: Tables) -> bool:
    """A day, month or time noun ("Wednesday", "May", "week", "morning")."""
    return word.lower() in t.time or word in t.months or word.lower() in WORDS.time_noun


def day_then_subject(word: str, t: Tables) -> bool:
    """Can ``word``, right after a day or month that opens a source ("On Friday the government", "On Thursday
    officials", "In May Ann Lee"), begin the subject? An article, a plural role noun or a capitalised word
    that is no time word does.

    >>> day_then_subject("officials", tables()), day_then_subject("the", tables())
    (True, True)
    >>> day_then_subject("morning", tables()), day_then_subject("January", tables())
    (False, False)
    """
    lw = word.lower()
    if lw in t.time or word in t.months:
        return False
    return lw in articles() or lw in t.role_plural or word[:1].isupper()


def _in_noun_class(word: str, t: Tables) -> bool:
    """Whether a lower-case word is one the noun classes know (a determiner, quantifier, pronoun, role,
    attribution, media or organisation word): a lower-case first word that is none of them, before a
    determiner or a counted object, is read as a verb ("lost an eye", "made several posts")."""
    return (
        word in t.determiner
        or word in t.quantifiers
        or word in t.pronouns
        or word in t.role_singular
        or word in t.role_plural
        or word in t.attribution_nouns
        or word in t.media_nouns
        or word in t.org_words
    )


def occasion_then_subject(words: list[str], occasions: frozenset[str], arts: frozenset[str]) -> int:
    """Rule ``occasion_then_subject``: "[In] a joint statement the firms said": the lower-case ``words`` of a
    source whose opening preposition went are an occasion phrase (its head noun of ``occasion``: statement,
    interview, speech) and then, from an article on, the subject; the index of that article, else 0 (a
    fact-check of unlabelled BBC text, session 15: the source was "a joint statement the firms").
    "a statement by the firm" has no article right after the noun and stays for the rules that read "by"."""
    for k in range(1, min(len(words) - 1, 5)):
        if words[k] in occasions and words[k + 1] in arts:
            return k + 1
    return 0


def joined_dash(s: Sentence, k: int) -> bool:
    """Is token ``k`` a dash written with no space between two capitalised words ("Harvard–Smithsonian",
    "Austria-Hungary")? It joins one name; a spaced dash ("X – a spokesman – said") sets off an aside.
    Fact-check of wikinews-2019-105 (session 20): '"C", said Ryan Cloutier of the Harvard–Smithsonian
    Center for Astrophysics' had no source."""
    if not (0 < k < s.n - 1) or s.tx[k] not in ("–", "-", "—"):
        return False
    return (
        s.toks[k - 1].end == s.toks[k].start
        and s.toks[k].end == s.toks[k + 1].start
        and is_cap(s.tx[k - 1])
        and is_cap(s.tx[k + 1])
    )


def occasion_after_name(words: list[str], occasion_verbs: frozenset[str]) -> int:
    """Rule ``occasion_after_name``: "Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic
    Council" -> the source ends at "Mitsotakis": a participle of the occasion (``occasion_verb`` of
    content_bounds.tsv: "speaking", "addressing") right after a capitalised word, with words after it,
    says where the source spoke, and is no part of who it is. Returns the index of the participle in
    ``words`` (as written), or 0.

    >>> occasion_after_name(["Mayor", "Lee", "speaking", "at", "the", "rally"], frozenset({"speaking"}))
    2
    >>> occasion_after_name(["public", "speaking", "coach"], frozenset({"speaking"}))
    0
    """
    for k in range(1, len(words) - 1):
        if words[k] in occasion_verbs and words[k - 1][:1].isupper():
            return k
    return 0


def sentence_opening_name(words: Sequence[str], before: Sequence[str], not_names: Collection[str]) -> bool:
    """Rule ``name_before_appositives``: is ``words`` a person's name (one to five capitalised words, a
    title's dot allowed: "Cmdr. Sean Robertson") that opens its sentence (``before``: the lower-cased
    tokens before it, only quote marks or "and"/"but"), none of its words (lower-cased) in ``not_names``
    (determiners, prepositions, time words: "The Bank", "On Monday")? Why: "Omar Lamrani, a senior
    military analyst at Stratfor, the Texas-based geopolitical intelligence organization, told ..."
    credited the analyst's description, not Lamrani (dev18, twice on one page; one appositive was
    already read right).

    >>> sentence_opening_name(["Cmdr", ".", "Sean", "Robertson"], ["and"], {"the", "on", "monday"})
    True
    >>> sentence_opening_name(["On", "Monday"], [], {"the", "on", "monday"})
    False
    >>> sentence_opening_name(["The", "Bank"], [], {"the", "on", "monday"})
    False
    """
    return (
        0 < len(words) <= 5
        and all(w in ("and", "but", '"', "“", "'", "‘") for w in before)
        and all(w in (".", "-") or (w[:1].isupper() and w.lower() not in not_names) for w in words)
    )


#: A wire dateline opening a lede, as the wires and their clients write it: an all-capitals place, a state
#: or country after a comma ("LA CROSSE, Wis."), an agency in brackets, then a dash: an em or en dash, two
#: hyphens ("BERLIN -- The agency") or a spaced hyphen ("OSLO - The city"), before the lede's capital.
DATELINE = re.compile(
    r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}(?:, [A-Z][A-Za-z.]+){0,2}(?: \([A-Za-z ]+\))?"
    r" (?:--|[-–—]) (?=[A-Z0-9])"
)


def dateline_length(s: str) -> int:
    """Rule ``dateline_source``: "BERLIN -- The European Space Agency says": where the story was filed is
    no part of who speaks. Returns how many characters of ``s`` a wire dateline (:data:`DATELINE`) takes up
    at its start, or 0. Why: the page parser keeps a lede's dateline in the paragraph ("WASHINGTON (AP)
    —" opens the story), and an em dash already stopped the subject, but two hyphens or a spaced hyphen did
    not: the source was "BERLIN -- The European Space Agency", named "BERLIN".

    >>> dateline_length("BERLIN -- The European Space Agency")
    10
    >>> dateline_length("Berlin -- The city")
    0
    """
    m = DATELINE.match(s)
    return m.end() if m else 0


#: A comma and a lower-case past participle ("-ed"/"-en") opening an aside after a document (rule
#: ``document_of_aside``: "The statement, released on Monday, read ...").
_DOCUMENT_ASIDE = re.compile(r",[ \t]+[a-z]+(?:ed|en)\b")


def document_head(phrase: str) -> bool:
    """Does ``phrase`` end in a document or outlet word, an "of" phrase after it or not ("The opinion of the
    Court", "the statement")? Rule ``document_of_aside``."""
    words = re.findall(r"[\w'’-]+", phrase)
    if "of" in words[-_OF_WORDS:]:
        words = words[: len(words) - 1 - words[::-1].index("of")]
    return bool(words) and document_word(words[-1])


#: The most words an "of" phrase after a document may have ("of the Supreme Court").
_OF_WORDS = 5


def _clean_source(text: str, source: Span | None) -> Span | None:
    """The source as a noun phrase: ``None`` for a clause fragment, a verb phrase cut off after its subject.

    Rule ``source-np``. A source is who is cited, always a noun phrase. Whatever the rules or a model
    proposed: a preposition, adverb or conjunction opening the span goes, and what is left must be a name
    ("like Trump" -> "Trump"; "By 5:00", "further", "In an interview" -> None); a closing time word or
    preposition goes ("Gov. Mike Pence on Thursday" -> "Gov. Mike Pence"); a verb phrase ("raised through
    an auction") is no source, and a
    finite verb with its object ("the city issued a follow-up statement") is cut to the subject before it.
    Examples: ``clean_source(t, "the city issued a statement")`` -> "the city"; "By 5:00" -> None.
    """
    if source is None:
        return None
    t = tables()
    lead_in = dateline_length(text[source.start : source.end])
    if lead_in and source.start + lead_in < source.end:
        return _clean_source(text, Span(source.start + lead_in, source.end))  # rule dateline_source
    occasion = _TIME_CLAUSE.match(text, source.start, source.end)
    if occasion is not None and occasion.end() < source.end:
        # rule time_clause_source: "the first time scientists have found": "scientists" (wikinews-2019-105)
        return _clean_source(text, Span(occasion.end(), source.end))
    openers = not_np_openers()
    ms = list(_NP_WORD.finditer(text, source.start, source.end))
    if ms and ms[0].group(0).lower() in topic_openers():
        return None  # rule topic_opener: "Regarding the tweets" is what is talked about, never who talks
    aside = _DOCUMENT_ASIDE.search(text, source.start, source.end)
    if aside is not None and " by " not in text[aside.end() : source.end] and document_head(
        text[source.start : aside.start()]
    ):
        # rule document_of_aside: "The opinion of the Court, released on Wednesday, read": the document,
        # without the participle aside that says when it came out ("signed by the mayor" names its
        # sender and stays)
        return _clean_source(text, Span(source.start, aside.start()))
    if len(ms) > 2 and ms[0].group(0).lower().endswith("ing") and ms[1].group(0).lower() in openers:
        # "Speaking to Agence France-Presse, the president of the league said": the participle phrase is
        # the occasion, the noun phrase after its comma the source
        comma = text.find(", ", ms[1].end(), source.end)
        if comma > 0:
            return _clean_source(text, Span(comma + 2, source.end))
    lead = 0
    while lead < len(ms) and ms[lead].group(0).lower() in openers:
        lead += 1
    if lead:
        rest = ms[lead:]
        if not rest:
            return None  # "Within", "further"
        clock = _CLOCK_LEAD.match(text, rest[0].start(), source.end)
        if clock is not None and clock.end() < source.end:
            # rule clock_time_source: "At 9 a.m. the minister said", "At about 5:17 p.m. his daughter told":
            # the subject after the time ("a.m. the minister" was the source; "At 10pm officials" had none)
            return _clean_source(text, Span(clock.end(), source.end))
        w, end_word = rest[0].group(0), rest[-1].group(0).lower()
        d = 1
        while d < len(rest) - 1 and (
            rest[d].group(0).lower() in t.time or rest[d].group(0) in t.months or rest[d].group(0).isdigit()
        ):
            d += 1  # "On Thursday morning", "In May 2019"
        if (w in t.months or w.lower() in t.time) and len(rest) > d and day_then_subject(rest[d].group(0), t):
            # rule day_then_subject: "... and on Friday the government announced", "On Thursday officials
            # said": the day, then the subject (the source was none: "On Friday" alone is an adverbial)
            return _clean_source(text, Span(rest[d].start(), source.end))
        if (
            w in t.months
            or w.lower() in t.time
            or _CLOCK.fullmatch(w)
            or (end_word in t.occasions and end_word not in t.role_singular and end_word not in t.role_plural)
        ):
            return None  # "By 5:00", "On Thursday", "In an interview": an adverbial, not who is cited
        if w.lower() in _LEAST:
            lead = 0  # "at least a dozen members of Congress": a quantity, the whole phrase is the source
        else:
            ms = rest  # "like Trump", "with some polls", "If politicians": the noun phrase after it
        k = occasion_then_subject([m.group(0).lower() for m in ms], t.occasions, articles())
        if k:  # rule occasion_then_subject
            return _clean_source(text, Span(ms[k].start(), source.end))
    n = len(ms)
    k = occasion_after_name([m.group(0) for m in ms], t.occasion_verbs)
    if k:
        return _clean_source(text, Span(source.start, ms[k - 1].end()))  # rule occasion_after_name
    if len(ms) > 2 and ms[0].group(0).lower() in WORDS.time_lead and _time_word(ms[1].group(0), t):
        # rule day_then_subject: "This Wednesday Greek Foreign Minister X emphasized", "Last week the council
        # said": the time, then the subject
        d = 2
        while d < len(ms) - 1 and _time_word(ms[d].group(0), t):
            d += 1
        if d < len(ms) and day_then_subject(ms[d].group(0), t):
            return _clean_source(text, Span(ms[d].start(), source.end))
    if len(ms) > 2 and _YEAR.fullmatch(ms[0].group(0)) and ms[1].group(0).lower() in articles():
        # rule day_then_subject: "In May 2019 the council said" (the source begins after the modal-like
        # "May"): a year, then the subject
        return _clean_source(text, Span(ms[1].start(), source.end))
    for k in range(1, len(ms) - 2):
        w = ms[k].group(0)
        if (w.lower() in t.time or w in t.months) and ms[k + 1].group(0).lower() in articles():
            # "reports on Tuesday the company": an adverbial, then the subject
            return _clean_source(text, Span(ms[k + 1].start(), source.end))
    if (
        len(ms) > 1
        and ms[0].group(0).lower() in t.subject_pronouns
        and ms[1].group(0).islower()
        and ms[1].group(0) not in _PRONOUN_GOES_ON
        and ms[1].group(0) not in t.quantifiers
        and not text[ms[0].end() : ms[1].start()].strip()
        and not (len(ms) > 2 and ms[-1].group(0) in given_names())  # "if he returned Owen": Owen, below
    ):
        # rule pronoun_subject: "He said" (of "He said C, adding D"), "he bitterly", "he will": a subject
        # pronoun is a whole noun phrase, and what follows it is its clause; but in "He said many firms
        # admit C" the reporting verb's own content holds the source of the cue, the words after the verb
        kept = lexicons.words("attribution/kept_cues.txt")
        if len(ms) > 2 and any(f.lemma in kept for f in t.cue_forms.get(ms[1].group(0), ())):
            return _clean_source(text, Span(ms[2].start(), source.end))
        return Span(ms[0].start(), ms[0].end())
    named = " ".join(m.group(0) for m in ms)
    while len(ms) > 1 and (
        # a closing time word goes, unless it ends an outlet's name ("USA TODAY", "USA Today")
        ms[-1].group(0).lower() in t.time and not ms[-1].group(0).isupper() and named not in t.media
        or ms[-1].group(0) in t.head_stops
        or ms[-1].group(0) in openers
        or len(ms) > 2 and ms[-1].group(0).lower() in t.quantifiers and ms[-2].group(0)[:1].isupper()
        or trailing_adverb(ms[-1].group(0))
    ):
        ms.pop()  # "Adam Schiff both yesterday", "Gov. Mike Pence on Thursday", "Yahoo News and"
    if not ms:
        return None
    first = ms[0].group(0)
    second = ms[1].group(0).lower() if len(ms) > 1 else ""
    if first.islower() and first.endswith("ed") and (second in t.head_stops or second in openers):
        return None  # "raised through a charity auction", "expanded to include": a verb phrase
    month = first in t.months or first + "." in t.months or first.rstrip(".") + "." in t.months
    if len(ms) <= 3 and ((month and (len(ms) == 1 or second[:1].isdigit())) or (
        first.lower() in t.time or _CLOCK.fullmatch(first)
    )):
        return None  # "Jan 10", "Monday", "5:00": a date or time
    lf = first.lower()
    if (
        first.islower()
        and len(ms) > 2
        and second in counted_objects()
        and not _in_noun_class(lf, t)
    ):
        # "accepted many experts said", "made several posts on social media suggesting": a verb and its
        # counted object, which is the noun phrase that speaks (or writes); the verb goes
        return _clean_source(text, Span(ms[1].start(), source.end))
    if (
        first.islower()
        and not lf.endswith("ing")
        and second
        and (second in t.determiner or second in t.quantifiers and not second[:1].isdigit())
        and second not in counted_objects()
        and second not in t.possessives
        and not _in_noun_class(lf, t)
    ):
        return None  # "lost an eye", "charged the driver", "released some people": a verb and its object
    # the span keeps its own edges (a closing bracket or quote mark) where nothing was cut
    source = Span(ms[0].start() if lead else source.start, ms[-1].end() if len(ms) < n else source.end)
    if _ASIDE.search(text, source.start, source.end):
        # "Tom Reyes, head of the union, which organized the protest", "Mr Bez - himself a former
        # executive at Porsche -": an appositive or relative clause, verbs and all, belongs to the source
        return source
    for k in range(1, len(ms) - 1):
        w, prev, nxt = ms[k].group(0), ms[k - 1].group(0).lower(), ms[k + 1].group(0).lower()
        if (
            w.islower()
            and w.endswith("ed")
            and len(w) > 4
            and prev not in t.determiner
            and prev not in t.aux
            and prev not in t.passive_aux
            and not any(x.group(0).lower() in _RELATIVE for x in ms[:k])  # "a person who attended and ..."
            and not prev.endswith("ly")
            and (nxt in t.determiner or nxt[:1].isdigit())
        ):
            return Span(source.start, ms[k - 1].end())
    # "The milestone came the same day Malawi": a clause before the source; the name at the end is it
    tail = len(ms)
    while tail > 1 and ms[tail - 1].group(0)[:1].isupper():
        tail -= 1
    if tail < len(ms) and any(_verb_with_object(ms, k, t) for k in range(1, tail)):
        return Span(ms[tail].start(), source.end)
    return source


def _verb_with_object(ms: list[re.Match[str]], k: int, t: Tables) -> bool:
    """Is word ``k`` a verb with its object after a subject ("milestone came the ...")? Lower case, no
    function or role word, after a word that is no determiner, before an article."""
    w, prev = ms[k].group(0), ms[k - 1].group(0).lower()
    nxt = ms[k + 1].group(0).lower() if k + 1 < len(ms) else ""
    lw = w.lower()
    return (
        w.islower()
        and nxt in articles()
        and prev not in t.determiner
        and prev not in t.head_stops
        and lw not in t.determiner
        and lw not in t.head_stops
        and lw not in t.aux
        and lw not in t.passive_aux
        and lw not in t.quantifiers
        and lw not in t.role_singular
        and lw not in t.role_plural
        and lw not in not_np_openers()
        and lw not in _RELATIVE
    )


#: Words of a sentence subject ("African Export–Import Bank president Okey Oramah" has eight).
_MAX_SUBJECT_WORDS = 9


@cache
def clause_joiners() -> frozenset[str]:
    """Conjunctions that open a second clause after a comma ("but", "while"): ``source_words.tsv``, role
    ``clause_joiner``."""
    rows = lexicons.load("attribution/source_words.tsv").rows()
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "clause_joiner")


def last_clause_start(text: str, start: int, end: int) -> int:
    """Rule ``clause_subject``: where the last clause before ``end`` opens, after a comma and a clause
    joiner ("Britain has been cautious, but on Wednesday Mr Straw said": at "on"), or ``start``.

    Examples: "A fell, but B rose" up to its end -> the offset of "B"; "A fell and B rose" -> ``start`` (no
    comma); "A, the head of B, said" -> ``start`` (no joiner after the comma)."""
    found = start
    for m in _JOINED_CLAUSE.finditer(text, start, end):
        if m.group(1).lower() in clause_joiners():
            found = m.end()
    return found


#: A comma, then a word that may join a second clause ("..., but ").
_JOINED_CLAUSE = re.compile(r",\s+(\w+)\s+")


def sentence_subject(text: str, sentence: Span, cue: Span) -> Span | None:
    """The subject of the clause a participle or second verb hangs on, for a source inherited from it.

    Rule ``source-subject``. "By 5:00 pm EDT (2100 UTC) the city issued an advisory ... and stated C",
    "Within a day, Belarusian KGB arrested 33 people, claiming C": when the source the rules inherited
    is no noun phrase, the reader's source is the sentence's subject: after an opening adverbial (up to its
    comma, or its time words and brackets), a name or a determiner and its noun, up to the first verb.
    Example: the sentence above -> "the city". After a comma and a clause joiner, the last clause's
    subject comes first ("Britain has been cautious, but on Wednesday Mr Straw said": "Mr Straw", rule
    ``clause_subject``).
    """
    clause = last_clause_start(text, sentence.start, cue.start)
    if clause > sentence.start:
        got = sentence_subject(text, Span(clause, sentence.end), cue)
        head = text[got.start : got.end].split()[-1].lower() if got is not None else ""
        if got is not None and head not in tables().occasions:
            return got
        # "The company lost money, but in a statement said C": an occasion is no subject; the first clause's
        # subject speaks (session 23's review of rule clause_subject)
    t = tables()
    ms = list(_NP_WORD.finditer(text, sentence.start, cue.start))
    if not ms:
        return None
    k = 0
    if ms[0].group(0).lower() in not_np_openers() or ms[0].group(0).lower() in topic_openers():
        comma = text.find(", ", sentence.start, cue.start)
        if comma >= 0:
            k = next((i for i, m in enumerate(ms) if m.start() > comma), len(ms))
        else:
            k = 1
            while k < len(ms) and _adverbial_word(text, ms[k], t):
                k += 1
    words: list[re.Match[str]] = []
    for m in ms[k:]:
        w = m.group(0)
        lw = w.lower()
        if words and (lw in t.cue_forms or (w.islower() and lw.endswith(("ed", "ly"))) or lw in t.boundary):
            break  # the verb, or an adverb before it ("Trump repeatedly called")
        if words and "," in text[words[-1].end() : m.start()]:
            break  # "Hatice Cengiz, fiancée of ..., addressed": an appositive after the subject
        if not words and not (w[:1].isupper() or lw in t.determiner):
            return None
        words.append(m)
        if len(words) > _MAX_SUBJECT_WORDS:
            return None
    if not words or words[-1].group(0).lower() in t.determiner:
        return None
    return Span(words[0].start(), words[-1].end())


def _adverbial_word(text: str, m: re.Match[str], t: Tables) -> bool:
    """Is ``m`` part of an opening time adverbial ("5:00 pm EDT (2100 UTC)", "Monday", "Jan. 3")?"""
    w = m.group(0)
    inside = text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start())
    return (
        inside
        or w[:1].isdigit()
        or bool(_CLOCK.fullmatch(w))
        or w.lower() in t.time
        or w in t.months
        or w.rstrip(".") + "." in t.months
        or w.isupper() and len(w) <= 4
        or w.lower() in ("pm", "am", "p.m.", "a.m.")
    )


#: Words after a subject pronoun that are still its noun phrase ("he and his wife", "they themselves").
_PRONOUN_GOES_ON = frozenset({"and", "or", "nor", "himself", "herself", "itself", "themselves", "ourselves"})

#: A word of the noun a lone determiner opens ("family", "attacker", "Game").
_HEAD_WORD = re.compile(r" ([^\W\d_][\w’'\-]*)")
#: "One of them said": a quantity of a group named by an object pronoun.
_OF_PRONOUN = re.compile(r" of (?:them|us|those|these)\b")
#: Words a lone determiner's noun may hold at most ("the chief medical officer").
_HEAD_WORDS = 3


def determiner_head(text: str, source: Span | None, cue: Span | None = None) -> Span | None:
    """A source that is only a determiner or possessive, completed with the noun after it.

    Rule ``determiner_head``. The tagger sometimes takes the determiner alone as the source ("The" of "The
    attacker claimed", "his" of "..., his family reported"): a reader reads the noun phrase. The words after
    it join while they are all lower case or all capitalised ("The Game said": a name), are no auxiliary,
    cue verb, preposition, determiner or past form, at most three; "One of them" keeps its "of them".
    Examples: "his" in "his family reported" -> "his family"; "The" in "The attacker is reported to" ->
    "The attacker"; "The" followed by "said" -> unchanged; "his" of "his suggestion that ..." with the cue
    "suggestion" -> unchanged (the noun is the cue, the possessive its source). Runs after the tagger.
    """
    if source is None:
        return None
    t = tables()
    words = _NP_WORD.findall(text, source.start, source.end)
    if not words or not all(w.lower() in t.determiner for w in words):
        return source
    end = source.end
    m = _OF_PRONOUN.match(text, end)
    if m and words[-1].lower() in t.quantifiers | {"one"}:
        return Span(source.start, m.end())
    stops = t.aux | t.verb_aux | t.head_stops | t.determiner | not_np_openers() | articles()
    capital: bool | None = None
    for _ in range(_HEAD_WORDS):
        m = _HEAD_WORD.match(text, end)
        if m is None or cue is not None and cue.start < m.end() and cue.end > m.start(1):
            break
        w = m.group(1)
        lw = w.lower()
        if capital is None:
            capital = w[:1].isupper()
        if w[:1].isupper() != capital or lw in stops or lw in t.cue_forms or lw.endswith("ed"):
            break
        if trailing_adverb(w):
            break  # "The proclamation specifically said": no adverb in the noun phrase
        end = m.end()
    return source if end == source.end else Span(source.start, end)


def clause_after_comma(s: Sentence, c: int, d: int, t: Tables) -> bool:
    """Rule ``clause_after_comma``: 'Instead, said Ms Lee, the rules were meant to protect the banks': are
    the words ``[c, d)`` after the comma that follows an inverted source a clause (a verb, an auxiliary or a
    form of "be", before any relative pronoun or comma), not an appositive of the source ("said Ann Lee, a
    spokeswoman who was there")? A fact-check of unlabelled BBC text, session 15: the source ran on over the
    reported clause."""
    for k in range(c, d):
        w = s.lw[k]
        if w in ("who", "whose", "which", "that") or s.tx[k] in (",", ";"):
            return False
        if w in t.verb_aux or w in t.passive_aux:
            return True
    return False


#: The most words of a source after an inverted cue that closes its sentence with an affiliation ("said lead
#: author Professor Ann Lee of the University of Leeds' medical school."), beyond ``MAX_SOURCE_WORDS``.
MAX_AFFILIATED_SOURCE = 18


def final_affiliation(s: Sentence, a: int, b: int) -> bool:
    """Rule ``final_affiliation`` (recall23): may a source after an inverted cue run past
    ``MAX_SOURCE_WORDS``, to ``MAX_AFFILIATED_SOURCE`` words? Only when it ends the sentence (nothing but its
    full stop after it) and holds "of" after a capitalised word (a person and the body they belong to).

    Why: '"C" said lead author Professor X of the University of Y's medical school.' found nothing, the
    name and its affiliation being longer than the limit that keeps clauses out (brief recall23).
    """
    if b - a > MAX_AFFILIATED_SOURCE or not (b >= s.end or s.tx[b] in (".", "!", "?") and b + 1 >= s.end):
        return False
    return any(s.lw[k] == "of" and is_cap(s.tx[k - 1]) for k in range(a + 1, b))


def affiliation_and(s: Sentence, a: int, b: int) -> bool:
    """Rule ``affiliation_and`` (recall23): is "and" at ``b`` inside the name of a body after "of" in a source
    from ``a`` ("analyst Tom Lee of Lee and Associates", "a spokesman of Johnson and Johnson")? Capitalised
    words stand on both sides of it and "of" after a capitalised word comes before it.
    """
    if not (a < b and b + 1 < s.end and is_cap(s.tx[b - 1]) and is_cap(s.tx[b + 1])):
        return False
    return any(s.lw[k] == "of" and is_cap(s.tx[k - 1]) for k in range(a + 1, b))


_POSSESSIVE_END = re.compile(r"[’']s$")


def place_possessive_after_comma(s: Sentence, start: int, comma: int) -> int | None:
    """Rule ``place_possessive_after_comma``: the token after "<Name> of <Name>, <Place>'s" when the comma
    at token ``comma`` only sets off a place that, with the name opened at ``start`` before it, owns the
    role after it, and the role is then named: "said University of California, San Diego's chancellor,
    Pradeep Khosla" is the chancellor, not the university cut at its place comma. One to three
    capitalised words, the last possessive, one to three lower-case words (the role), a comma and a
    capitalised word (the person). None otherwise: "said Ann Lee, Tom Reed's lawyer" (no "of" in the name
    before: an appositive, which the caller reads as the role); "said the Bank of England, London's
    central bank." (no person named after the role).

    Example: the tokens of "University of California , San Diego's chancellor , Pradeep Khosla" with
    ``start`` 0 and ``comma`` 3 -> 6."""
    if "of" not in s.lw[start:comma]:
        return None
    k = comma + 1
    while k < s.end and k - comma <= 3 and is_cap(s.tx[k]):
        if _POSSESSIVE_END.search(s.tx[k]):
            role = k + 1
            e = role
            while e < s.end and e - role < 3 and s.tx[e].isalpha() and s.tx[e].islower():
                e += 1
            if role < e and e + 1 < s.end and s.tx[e] == "," and is_cap(s.tx[e + 1]):
                return role
            return None
        k += 1
    return None


def surname_after_given_name(s: Sentence, j: int, lo: int = 0) -> bool:
    """Rule ``function_word_surname`` (recall27): is token ``j`` a capitalised function word ("How", "Will",
    "May") right after a given name that opens the sentence or follows punctuation ("Martin How said",
    "Yesterday, Ann May said")? Then it is a surname and the two are the source, not a wh-word or a
    modal that ends the noun phrase. Why: session 22's fact-check of unread pages ("Martin How said" at a
    sentence start found no source: "how" ends a noun phrase).

    Only right before the cue, only after a given name (``names.given_names``) and only in a sentence not
    set in title case; a longer name before it ("Sir Martin How") is left as it was.
    """
    if j - 1 < lo or s.title or not s.tx[j][:1].isupper() or s.tx[j].isupper() or not s.tx[j].isalpha():
        return False
    if s.tx[j] == s.lw[j] or s.tx[j - 1] not in given_names():
        return False
    return j - 1 == 0 or s.tx[j - 2] in (",", ";", ":", "(") or s.tx[j - 2] in OPEN_QUOTE_TOKENS


def capitals_acronym(s: Sentence, j: int, i: int) -> bool:
    """Rule ``capitals_acronym``: is token ``j`` an abbreviation in capitals whose lower-case form is a
    function word ("WHO said", "The WHO said": the World Health Organization, not the relative "who")?
    Two or more letters, all capitals, and the cue at ``i`` not in capitals too (an all-capitals headline
    writes every word so). Fact-check of wikinews-2020-013 (session 24): "WHO said they are uncertain
    whether ..." was found by the tagger alone and set aside."""
    x = s.tx[j]
    return len(x) > 1 and x.isalpha() and x.isupper() and i < s.n and not s.tx[i].isupper()
