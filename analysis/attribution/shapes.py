"""The shapes reported speech takes in news, one method per shape (see ``patterns`` for the order).

Each method reads one cue in a sentence and returns a ``Raw`` attribution or ``None``; noun phrases come
from ``noun_phrases`` and content boundaries from ``boundaries``.
"""

from __future__ import annotations

from ..model import Span
from .lexicon import CueForm
from .quotes import QUOTE_CHARS as QUOTE_MARK_CHARS
from .quotes import Quote
from .rule_base import (
    _DASHES,
    _NO_INVERSION,
    _PARTICIPLE_ADJUNCT,
    _PARTICIPLE_LEAD,
    _PRONOUN_DETERMINERS,
    CLOSE_QUOTE_TOKENS,
    HARD_PUNCT,
    MAX_COLON_SOURCE,
    MAX_SOURCE_WORDS,
    OPEN_QUOTE_TOKENS,
    Raw,
    RuleBase,
    _inside,
    _is_cap,
    _quote_ending_at,
    _quote_starting_at,
    _Sent,
)


class Shapes(RuleBase):
    """The attribution shapes: *according to*, inversion, subject-verb-content, colon, passives, noun cues."""

    def _noun_cue(self, s: _Sent, i: int) -> Raw | None:
        """``Trump's attacks on Clinton``, ``his claim that C``: a noun cue, its possessor and its content."""
        t = self.t
        if i + 2 >= s.end or _inside(self.quotes, s.toks[i].start):
            return None
        if s.tx[i] != s.lw[i] and not s.title:
            return None  # "the Foundation for Defense of Democracies": a capitalised noun is part of a name
        nxt = s.lw[i + 1]
        cls = t.noun_cues[s.lw[i]].get(nxt)
        if cls is None:
            return None
        source = None
        j = i - 1
        while (
            j >= 0
            and j >= i - 3
            and s.tx[j] == s.lw[j]
            and s.lw[j] not in t.determiner
            and s.tx[j][:1].isalpha()
        ):
            j -= 1  # adjectives between possessor and noun ("his repeated attacks on")
        if j >= 0 and (s.lw[j].endswith(("'s", "’s")) or s.lw[j] in t.possessives):
            np = self._left_np(s, j + 1) if s.lw[j].endswith(("'s", "’s")) else (j, j + 1)
            if np is not None:
                source = s.span_of(*np)
        if source is None:  # "Clinton dismissed the idea that ...": the subject holds the idea
            np = self._subject(s, i)
            if np is not None and np[1] < i and s.lw[np[0]] not in t.determiner:
                source = s.span_of(*np)
        c = i + 1 if nxt == "that" else i + 2
        e = self._content_end(s, c)
        if nxt != "that":
            e = self._np_end(s, c, e)
        e = self._occasion_end(s, c, e)
        content, qs = self._content(s, c, e)
        if not content:
            return None
        cue = Span(s.toks[i].start, s.toks[i + 1].end if nxt != "that" else s.toks[i].end)
        return self._raw("noun_cue", cue, source, content, s.lw[i], cls, s.index, quotes=qs)

    def _passive_by(self, s: _Sent, i: int, forms: tuple[CueForm, ...]) -> Raw | None:
        """``C was criticized by X``: the subject is the content and the agent after "by" the source."""
        t = self.t
        w = s.lw[i]
        if not (w.endswith("ed") or w.endswith("en")) or i < 1 or i + 2 >= s.end:
            return None
        form = next((f for f in forms if not f.particle), None)
        if form is None:
            return None
        k = i + 1
        if s.lw[k].endswith("ly") and k + 1 < s.end:
            k += 1
        if s.lw[k] != "by":
            return None
        j = i - 1
        while j > 0 and (s.lw[j] in t.aux or s.lw[j].endswith("ly") or s.lw[j] in ("been", "being", "be")):
            if s.lw[j] in t.passive_aux:
                break
            j -= 1
        reduced = None  # "As reported by Y, C" / "C, as reported by Y": no auxiliary
        if s.lw[j] == "as" and (j == 0 or s.tx[j - 1] == ","):
            reduced = j
        elif s.lw[j] not in t.passive_aux:
            return None
        np = None
        if reduced is None:
            while j > 0 and (s.lw[j - 1] in t.aux or s.lw[j - 1] in t.passive_aux):
                j -= 1
            np = self._left_np(s, j)
            if np is None:
                return None
        b = k + 1
        while (
            b < s.end
            and b - k <= MAX_SOURCE_WORDS
            and s.tx[b] not in HARD_PUNCT
            and s.lw[b] not in t.boundary
            and not (b > k + 1 and s.lw[b] in t.head_stops and s.lw[b] not in ("of",))
            and s.lw[b] not in t.time
        ):
            b += 1
        source = s.span_of(k + 1, b)
        if reduced is not None:
            content = self._reduced_passive_content(s, reduced, b)
        else:
            content = s.span_of(*np) if np else None
        if source is None or content is None:
            return None
        cue = Span(s.toks[i].start, s.toks[i].end)
        return self._raw("passive_by", cue, source, [content], form.lemma, form.cue_class, s.index)

    def _passive_clause(self, s: _Sent, i: int) -> Raw | None:
        """``X is (widely) expected to Y`` / ``X was declared the winner``: a passive with no agent.

        The content is the subject and what follows the participle, two fragments, and no source is
        named (PolNeAR's reading: the sentence does not say who expects or declares). With "by" after
        the participle the agent is the source: see :meth:`_passive_by`.
        """
        t = self.t
        if s.tx[i] != s.lw[i] and not s.title or (i + 1 < s.end and s.lw[i + 1] == "by"):
            return None
        j = i - 1
        while j > 0 and s.lw[j] not in t.passive_aux and (s.lw[j] in t.aux or s.lw[j].endswith("ly")):
            j -= 1
        if s.lw[j] not in t.passive_aux and s.lw[j] not in ("'s", "’s"):
            return None
        while j > 0 and (s.lw[j - 1] in t.aux or s.lw[j - 1] in t.passive_aux):
            j -= 1
        if j > 0 and s.lw[j - 1] in ("who", "which", "that"):
            np: tuple[int, int] | None = (j - 1, j)  # "a vote that is expected to ..."
        else:
            np = self._left_np(s, j)
        if np is None:
            return None
        subject = s.span_of(*np)
        if subject is None:
            return None
        content = [subject]
        e = self._content_end(s, i + 1)
        if s.lw[np[0]] in ("who", "which") and np[0] > 0 and s.tx[np[0] - 1] == ",":
            e = next(
                (k for k in range(i + 1, e) if s.tx[k] == ","), e
            )  # the relative clause ends at its comma
        if s.lw[i + 1 : i + 2] != ["by"] and e > i + 1 and s.tx[i + 1] not in HARD_PUNCT:
            rest = s.span_of(i + 1, self._occasion_end(s, i + 1, e))
            if rest is not None:
                content.append(rest)
        cue = Span(s.toks[j].start, s.toks[i].end)
        return self._raw("passive_clause", cue, None, content, s.lw[i], t.passive_cues[s.lw[i]], s.index)

    def _adverb(self, s: _Sent, i: int, form: CueForm, cue: Span) -> Raw | None:
        """``X is reportedly Y``: the clause around the adverb is the content, in two fragments.

        The sentence names no source. When a cue verb follows ("X reportedly said C") that verb's rule
        finds the attribution and the adverb is no cue of its own.
        """
        t = self.t
        if i + 1 >= s.end or s.lw[i + 1] in t.cue_forms or s.lw[i + 1] in t.passive_cues:
            return None
        a = i
        while a > 0 and s.tx[a - 1] not in HARD_PUNCT and s.tx[a - 1] not in OPEN_QUOTE_TOKENS:
            a -= 1
        while a < i and s.lw[a] in ("but", "and", "so", "yet"):
            a += 1
        if a == i:
            return None
        before = s.span_of(a, i)
        after = s.span_of(i + 1, self._content_end(s, i + 1))
        if before is None or after is None:
            return None
        return self._raw("adverb", cue, None, [before, after], form.lemma, form.cue_class, s.index)

    def _raising(self, s: _Sent, i: int, width: int, form: CueForm, cue: Span) -> Raw | None:
        """``X seems (unlikely) to Y`` / ``X seemed lost``: the content is X and what follows the cue.

        The sentence names no source. With "it" as the subject ("It appears that C", "it seems C") the
        content is only the clause after the cue; a relative pronoun before the cue is the subject
        ("a voter who seemed confused").
        """
        r = i + width
        if (
            r >= s.end
            or s.tx[r] in HARD_PUNCT
            and not (
                s.tx[r] == "," and r + 3 < s.end and s.lw[r + 1] in self.t.interjection and s.tx[r + 2] == ","
            )
        ):
            return None
        if s.tx[r] == ",":
            r += 3  # "It appears, though, that C"
        j = max(0, self._before_adverbs(s, i))
        it = s.lw[j] == "it" and j + 1 >= i - 2
        if form.lemma != "seem" and not it and "to" not in s.lw[r : r + 3]:
            return None  # "T-shirts appeared in front of ...": "appear" without "to" is to be seen
        e = self._content_end(s, r)
        second = s.span_of(r, e)
        if second is None:
            return None
        if it:
            return self._raw("raising", cue, None, [second], form.lemma, form.cue_class, s.index)
        if i > 0 and s.lw[j] in ("who", "which", "that"):
            np: tuple[int, int] | None = (j, j + 1)
        else:
            np = self._left_np(s, i)
        if np is None:
            return None
        first = s.span_of(*np)
        if first is None:
            return None
        return self._raw("raising", cue, None, [first, second], form.lemma, form.cue_class, s.index)

    def _cue_first(self, s: _Sent, width: int, form: CueForm, cue: Span) -> Raw | None:
        """``Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."``"""
        for k in range(width + 1, min(s.end - 1, width + 30)):
            if s.tx[k] in (".", ";", ":", "?", "!"):
                return None
            if s.tx[k] == "," and s.tx[k + 1] in OPEN_QUOTE_TOKENS:
                q = _quote_starting_at(self.quotes, s.toks[k + 1].start)
                src = s.span_of(width, k)
                if q is None or src is None or not _is_cap(s.tx[width]):
                    return None
                comma = next((c for c in range(width + 1, k) if s.tx[c] == ","), None)
                role = s.span_of(comma + 1, k) if comma is not None else None
                return self._raw(
                    "cue_first",
                    cue,
                    src,
                    [Span(q.start, q.end)],
                    form.lemma,
                    form.cue_class,
                    s.index,
                    role=role,
                    quotes=[q],
                )
        return None

    def _asked(self, s: _Sent, i: int, form: CueForm, cue: Span) -> Raw | None:
        """``(When) asked (by X) (on Fox News) whether C, Y said``: the question is the content.

        The one who asked is the source when named ("by X"), else there is none; the answer is a separate
        attribution found at its own cue.
        """
        t = self.t
        source = None
        k = i + 1
        lim = min(s.end, i + 14)
        while k < lim:
            w = s.lw[k]
            if w in t.question_words:
                break
            if w == "by" and source is None:
                b = k + 1
                while (
                    b < lim
                    and s.lw[b] not in HARD_PUNCT
                    and s.lw[b] not in t.question_words
                    and not (b > k + 1 and (s.lw[b] in t.adjunct or s.lw[b] in t.time))
                ):
                    b += 1
                source = s.span_of(k + 1, b)
                k = b
                continue
            if w in HARD_PUNCT or s.tx[k] in OPEN_QUOTE_TOKENS:
                return None
            k += 1
        if k >= lim:
            return None
        e = k + 1
        while e < s.end and s.tx[e] not in (",", ";", ":", "—", "–"):
            if s.tx[e] in OPEN_QUOTE_TOKENS:
                q = _quote_starting_at(self.quotes, s.toks[e].start)
                if q is None or e == k + 1:
                    break
                # 'asked if she would sign his "pledge" on the issue': a quotation inside the question
                while e < s.end and s.toks[e].start < q.end:
                    e += 1
                if self.text[q.start : q.end].rstrip(QUOTE_MARK_CHARS).endswith(","):
                    break  # 'asked if she is "ready to serve," Lee said': the comma ends the question
                continue
            e += 1
        if e - k < 2:
            return None
        e = self._occasion_end(s, k, e)
        content, qs = self._content(s, k, e)
        if not content:
            return None
        return self._raw("asked", cue, source, content, form.lemma, form.cue_class, s.index, quotes=qs)

    def _subject_colon(self, s: _Sent) -> Raw | None:
        """``She then addressed the crowd again: "C"``: a clause with a named or pronoun subject, then a
        colon and a quotation (in the sentence or opening the next paragraph); the cue is what stands
        between the subject and the colon, colon included ("issued the following statement:")."""
        t = self.t
        c = s.lw.index(":")
        if c < 2 or c > 14 or any(x in HARD_PUNCT or x in OPEN_QUOTE_TOKENS for x in s.tx[:c]):
            return None
        if not (_is_cap(s.tx[0]) or s.lw[0] in t.subject_pronouns) or s.lw[0] in t.determiner:
            return None
        if s.lw[0] in t.boundary or s.lw[0] in t.adjunct or s.lw[0] in t.colon_stop:
            return None
        if c + 1 < s.n:
            q = _quote_starting_at(self.quotes, s.toks[c + 1].start)
            if q is None or q.end < s.toks[s.end - 1].end:
                return None
            content, qs = [Span(q.start, q.end)], [q]
        else:
            content, qs = self._quote_after(s)
        if not content:
            return None
        b = 1
        while (
            b < c
            and (_is_cap(s.tx[b]) or s.lw[b] in ("of", "'s", "’s"))
            and s.lw[0] not in t.subject_pronouns
        ):
            b += 1
        cue = Span(s.toks[b].start if b < c else s.toks[c].start, s.toks[c].end)  # "issued a statement:"
        return self._raw("subject_colon", cue, s.span_of(0, b), content, ":", "neutral", s.index, quotes=qs)

    def _dash_signature(self, s: _Sent) -> Raw | None:
        """A paragraph ``- Jane Doe.`` (or ``— Jane Doe, tweeting``) after a paragraph that is one quotation.

        The dash signs the quotation above it: the name is the source, the quotation the content.
        """
        art = self.article
        part_idx = art.sentences[s.index].part
        part = art.parts[part_idx]
        if part_idx == 0 or s.span.start > part.start + 1 or not _is_cap(s.tx[1]):
            return None
        prev = art.parts[part_idx - 1]
        body = self.text[prev.start : prev.end].strip()
        q = next((q for q in self.quotes if q.start == self.text.find(body, prev.start)), None)
        if q is None or not q.closed or q.end - q.start != len(body):
            return None
        b = 1
        while b < s.end and s.tx[b] not in HARD_PUNCT and b <= 6:
            b += 1
        if b > 6 or not all(_is_cap(x) or x.lower() in ("of", "de", "van") for x in s.tx[1:b]):
            return None
        source = s.span_of(1, b)
        if source is None:
            return None
        role = s.span_of(b + 1, s.end) if b < s.end and s.tx[b] == "," else None
        cue = Span(s.toks[0].start, s.toks[0].end)
        return self._raw(
            "dash_signature",
            cue,
            source,
            [Span(q.start, q.end)],
            "-",
            "neutral",
            s.index,
            role=role,
            quotes=[q],
        )

    def _dash_colon(self, s: _Sent) -> Raw | None:
        """``... HEADLINE - Philip Bump: "C"`` / ``- More from Jones: "C"``: a newsletter's source line.

        A digest quotes its sources as a dash, a name and a colon before a quotation; the sentence
        splitter often joins that line to the item's headline before it, so the name opens no sentence.
        """
        c = s.lw.index(":")
        if c + 1 >= s.end or s.tx[c + 1] not in OPEN_QUOTE_TOKENS:
            return None
        k = next((k for k in range(c - 1, max(0, c - MAX_COLON_SOURCE - 3), -1) if s.tx[k] in _DASHES), None)
        if k is None or k == 0:
            return None
        a = k + 1
        if s.lw[a : a + 2] == ["more", "from"]:
            a += 2
        if c - a > MAX_COLON_SOURCE:
            return None
        return self._bare_colon(s, a)

    def _bare_colon(self, s: _Sent, a: int = 0) -> Raw | None:
        """``Trump: "We will win."`` / ``Poll: Trump trails``: a short name before a colon is the source.

        The name must open the sentence (or start at ``a``), be capitalised throughout (or a role noun:
        "Officials:"), hold no cue word, and what follows the colon must be a clause of three words or more.
        """
        t = self.t
        c = s.lw.index(":")
        if c == 0 or c + 3 > s.end:
            return None
        while a < c and s.tx[a] in OPEN_QUOTE_TOKENS:
            a += 1
        if a >= c or s.tx[c - 1] in CLOSE_QUOTE_TOKENS:
            return None
        for k in range(a, c):
            x, w = s.tx[k], s.lw[k]
            if w in t.cue_forms or w in HARD_PUNCT or x[:1].isdigit():
                return None
            if not (
                _is_cap(x)
                or w in ("'s", "’s", "of", "the", "&")
                or w in t.role_plural
                or (k > a and self._head_noun(w))  # "Clinton camp:", "WSJ editorial:"
                or (k > a and w in ("to", "at") and k + 1 < c and _is_cap(s.tx[k + 1]))  # "Clinton to X:"
            ):
                return None
        if s.lw[a] in t.determiner or s.lw[a] in t.boundary or s.lw[a] in t.colon_stop:
            return None
        e = self._content_end(s, c + 1)
        content, qs = self._content(s, c + 1, e)
        if not content or (not qs and s.tx[c + 1 : e].count(",") > 3):
            return None  # "Iowa: Tim Albrecht, Brad Anderson, ...": a list, not a statement
        cue = Span(s.toks[c].start, s.toks[c].end)
        b = next(
            (k for k in range(a + 1, c) if s.lw[k] in ("to", "at")), c
        )  # "Clinton to X:": X is addressed
        return self._raw("bare_colon", cue, s.span_of(a, b), content, ":", "neutral", s.index, quotes=qs)

    def _match_form(self, s: _Sent, i: int, forms: tuple[CueForm, ...]) -> tuple[CueForm | None, int]:
        t = self.t
        x = s.tx[i]
        if (
            x != s.lw[i] and i > 0 and not s.title
        ):  # "States", "Post": a capitalised word mid-sentence is a name
            return None, 1
        prev = s.lw[i - 1] if i > 0 else ""
        if (
            (prev in t.determiner and prev not in _PRONOUN_DETERMINERS)
            or (prev.endswith(("'s", "’s")) and prev[:-2] not in t.subject_pronouns)  # "He's suggesting"
        ):
            return None, 1
        if s.lw[i] in t.after_name_only and not (
            i > 0 and (_is_cap(s.tx[i - 1]) or prev in t.subject_pronouns or prev in ("who", "which"))
        ):
            return None, 1  # "the reports", "raised questions": a plural noun, not the verb
        nxt = s.lw[i + 1] if i + 1 < s.n else ""
        if s.lw[i] in t.naming and self._names_a_thing(s, i):
            return None, 1
        if prev[:1].isdigit() and s.lw[i].endswith("ed") and nxt.endswith("s") and nxt == s.tx[i + 1]:
            return None, 1  # "270 pledged delegates": a participle used as an adjective before a plural noun
        for f in forms:
            if f.particle:
                if nxt == f.particle:
                    return f, 2
                continue
            w = s.lw[i]
            if w == "asked" and (i == 0 or prev in t.asked_lead or prev in t.passive_aux):
                return f, 1  # "When asked (by X) whether ...", "He was asked about ...": see _asked
            if f.frame == "adverb":
                return f, 1
            if prev in t.passive_aux and not w.endswith("ing"):
                return None, 1  # passive "was told", "is expected": the subject is not the source
            if nxt == "by" and w.endswith("ed"):
                return None, 1
            return f, 1
        return None, 1

    def _names_a_thing(self, s: _Sent, i: int) -> bool:
        """ "a group called Citizens for Trump", "a move called 'the boneless'": a participle that names.

        After a determiner and a lower-case noun, "called" followed by a name or a quotation gives the
        thing its name: nobody is cited. "Critics called Trump a liar" keeps its cue (no determiner), and so
        does "known as" (PolNeAR train annotates enough of those that leaving them out lowered recall).
        "called to mind" is a memory, not a statement. Measured on PolNeAR train: content F1 .6775 ->
        .6777, speech-cue recall unchanged.
        """
        t = self.t
        nxt = s.tx[i + 1] if i + 1 < s.n else ""
        if nxt == "to" and s.lw[i + 2 : i + 3] == ["mind"]:
            return True
        noun = s.lw[i - 1] if i >= 2 else ""
        if not noun.isalpha() or noun != s.tx[i - 1] or s.lw[i - 2] not in t.determiner:
            return False
        return _is_cap(nxt) or nxt in OPEN_QUOTE_TOKENS

    def _according(self, s: _Sent, i: int) -> Raw | None:
        t = self.t
        a = i + 2
        b = a
        while (
            b < s.end
            and s.tx[b] not in (",", ";", ":", "(", ")", "—", "–")
            and s.tx[b] not in OPEN_QUOTE_TOKENS | CLOSE_QUOTE_TOKENS
        ):
            if b > a and (s.lw[b] in t.time or s.lw[b] in ("on", "at", "during", "last", "this", "when")):
                break
            b += 1
        role = None
        src_end = b
        # "according to Crowdpac, a political crowdfunding website, ..." keeps the appositive
        if b + 1 < s.end and s.tx[b] == "," and s.lw[b + 1] in ("a", "an") and _is_cap(s.tx[b - 1]):
            c = b + 1
            while c < s.end and s.tx[c] not in (",", ";", "(", ")", "—", "–"):
                c += 1
            role = (b + 1, c)
            src_end = c
        elif b + 2 < s.n and s.tx[b] == "," and self._media_noun_before(s, a, b):
            # "according to the local newspaper, the Harbour Herald": the outlet's name is its appositive
            c = self._name_after(s, b + 1)
            if c is not None:
                role = (b + 1, c)
                src_end = c
        if b == a:
            return None
        source = s.span_of(a, src_end)
        cue = Span(s.toks[i].start, s.toks[i + 1].end)
        frags: list[Span] = []
        qs: list[Quote] = []
        lead = i
        while lead > 0 and s.tx[lead - 1] in OPEN_QUOTE_TOKENS:
            lead -= 1
        subj = self._copula_subject(s, lead)
        if subj is not None:
            # "That's according to the exit polls": the subject of the copula is the content
            return self._raw("according_to", cue, source, [subj], "according to", "according_to", s.index)
        if (
            lead > 0
            and s.tx[lead - 1] in (",", "(", "—", "–")
            or (lead > 0 and s.lw[lead - 1] in ("and", "but") and lead - 1 > 0)
        ):
            # "C, according to X" (and "C1, according to X, C2")
            start = 0
            while start < lead and s.lw[start] in ("but", "and"):
                start += 1
            fr, q = self._content(s, start, lead - 1)
            frags += fr
            qs += q
            if (
                src_end < s.end - 4
                and s.tx[src_end] == ","
                and s.lw[src_end + 1] not in t.time
                and not s.tx[src_end + 1][:1].isdigit()
                and s.tx[src_end + 1] not in t.months
                and s.lw[src_end + 1] not in ("who", "whose", "which")
            ):
                e = self._content_end(s, src_end + 1)
                sp = s.span_of(src_end + 1, e)
                if sp and e - src_end > 4:
                    frags.append(sp)
        else:
            # "According to X, C" (possibly after "But")
            if src_end < s.end and s.tx[src_end] != "," and role is None:
                # "According to a poll broadcast on MSNBC, C": the source runs on to its comma
                src_end = next((k for k in range(src_end, min(s.end, src_end + 15)) if s.tx[k] == ","), s.end)
                source = s.span_of(a, src_end)
            if src_end >= s.end or s.tx[src_end] != ",":
                return None
            e = self._content_end(s, src_end + 1)
            fr, q = self._content(s, src_end + 1, e)
            frags += fr
            qs += q
        if not frags:
            return None
        return self._raw(
            "according_to",
            cue,
            source,
            frags,
            "according to",
            "according_to",
            s.index,
            role=s.span_of(*role) if role else None,
            quotes=qs,
        )

    def _verb(self, s: _Sent, i: int, width: int, form: CueForm, found: list[Raw]) -> Raw | None:
        t = self.t
        cue = Span(s.toks[i].start, s.toks[i + width - 1].end)
        if form.frame == "raising":
            return self._raising(s, i, width, form, cue)
        if form.frame == "adverb":
            return self._adverb(s, i, form, cue)
        if i == 0 and _is_cap(s.tx[0]) and form.cue_class == "neutral":
            r0 = self._cue_first(s, width, form, cue)
            if r0 is not None:
                return r0
        if (
            form.lemma == "ask"
            and s.lw[i] == "asked"
            and (i == 0 or s.lw[i - 1] in t.asked_lead or s.lw[i - 1] in t.passive_aux)
        ):
            return self._asked(s, i, form, cue)
        if s.lw[i].endswith("ing") and (i == 0 or (i == 1 and s.lw[0] in _PARTICIPLE_LEAD)):
            r0 = self._fronted_participle(s, i, width, form, cue)
            if r0 is not None:
                return r0
        r = i + width
        w = s.lw[i]
        prev = s.tx[i - 1] if i > 0 else ""
        participle = w.endswith("ing") and self._comma_before(s, i)
        app = None if participle else self._appositive_np(s, i)
        if app is None and not participle and i > 1:
            # "Cruz, who won Texas, is calling for ...": auxiliaries may stand between the role and the cue
            j = self._before_adverbs(s, i) + 1
            if j < i:
                app = self._appositive_np(s, j)
        if i > 0:
            # --- direct inversion: '"C," (X, role,) said (X) (on Monday)[, "C2"]'
            k = self._quote_left(s, i)
            if k is not None:
                q = _quote_ending_at(self.quotes, s.toks[k].end)
                src = s.span_of(k + 1, i)
                role = None
                after = r
                if src is None:
                    np = self._right_np(s, i + width - 1)
                    if np is not None:
                        a, b, rl = np
                        src = s.span_of(a, rl[1] if rl else b)
                        role = s.span_of(*rl) if rl else None
                        after = rl[1] if rl else b
                else:
                    mid = self._appositive_np(s, i)
                    if mid is not None:
                        role = s.span_of(mid[2], mid[3])
                stop = self._adjunct_end(s, after, form)
                if q is not None and stop is not None:
                    lead = self._lead_in(s, q)
                    content = [Span(lead if lead is not None else q.start, q.end)]
                    qs = [q]
                    self._continuation(s, stop, content, qs)
                    return self._raw(
                        "direct_inversion",
                        cue,
                        src,
                        content,
                        form.lemma,
                        form.cue_class,
                        s.index,
                        role=role,
                        quotes=qs,
                    )
                if q is not None and src is not None and self._quote_then_adjunct(s, q, i, after, form):
                    # '"C," he said as the crowd cheered' / '"C," Trump said late last week': a quotation
                    # that ends in a comma, "?" or "!" is the inverted cue's content when an adjunct follows
                    lead = self._lead_in(s, q)
                    content = [Span(lead if lead is not None else q.start, q.end)]
                    return self._raw(
                        "direct_inversion",
                        cue,
                        src,
                        content,
                        form.lemma,
                        form.cue_class,
                        s.index,
                        role=role,
                        quotes=[q],
                    )
            # --- inversion B: 'C, said X, a spokesman for Y' (speech cues only: "C, wants X" is no inversion)
            named = app is None or self._name_ends(s, i + width)
            if prev == "," and form.cue_class not in _NO_INVERSION and named:
                np = self._right_np(s, i + width - 1)
                if np is not None and self._thing_after_cue(s, np[0], np[1], form):
                    np = None
                if np is not None:
                    a, b, rl = np
                    after = rl[1] if rl else b
                    stop = self._adjunct_end(s, after, form)
                    if stop is not None and self._nested_only(s, found, i):
                        content, qs = self._left_content(s, i)
                        if content:
                            self._continuation(s, stop, content, qs, quoted_only=True)
                            return self._raw(
                                "inversion_after_comma",
                                cue,
                                s.span_of(a, after),
                                content,
                                form.lemma,
                                form.cue_class,
                                s.index,
                                role=s.span_of(*rl) if rl else None,
                                quotes=qs,
                            )
        # --- source on the left
        role = None
        np: tuple[int, int] | None
        if (
            app is None
            and i >= 3
            and s.tx[i - 1] == ","
            and s.lw[i - 2] in t.interjection
            and s.tx[i - 3] == ","
        ):
            # "Murphy, though, said ...": the sentence adverb is neither source nor role
            np = self._left_np(s, i - 3)
            if np is not None:
                return self._svc(s, i, width, form, cue, s.span_of(*np), False, None)
        if app is not None and self._adverbial_start(s, app[2]):
            np = (app[0], app[1])  # "Clinton, during a town hall meeting, said": the adverbial is no role
        elif app is not None:
            np = (app[0], app[3] + 1)
            role = s.span_of(app[2], app[3])
        else:
            np = self._left_np(s, i)
        inherited = False
        if (
            np is None
            and i > 0
            and w.endswith("ing")
            and (self._comma_before(s, i) or s.lw[i - 1] in _PARTICIPLE_ADJUNCT)
        ):
            # participle: "..., arguing that C" / "X was quoted as saying C"; a preposition before it
            # ("before adding that C", "after saying C", "in declaring C") or a dash ("— saying C")
            # makes the same adjunct
            if s.lw[i - 1] == "as" and i >= 3 and s.lw[i - 2] == "quoted":
                np = self._left_np(s, i - 2)
            elif found and found[-1].source is not None:
                prevsrc = found[-1]
                return self._svc(s, i, width, form, cue, prevsrc.source, True, prevsrc.role)
            else:
                np = self._subject(s, i)
            inherited = True
        elif np is None and i > 0 and s.lw[max(0, self._before_adverbs(s, i))] in ("and", "but"):
            # "... and said", "... but now apparently prefers": the subject of the sentence
            np = self._subject(s, max(0, self._before_adverbs(s, i)))
            inherited = True
        elif np is None and i > 0 and s.lw[i - 1] in ("who", "which", "that"):
            np = (i - 1, i)  # "officials who said ...": the relative pronoun is the source mention
        elif (
            np is None
            and i > 1
            and s.lw[max(0, self._before_adverbs(s, i))] in ("who", "which")
            and form.cue_class not in _NO_INVERSION
        ):
            j = max(0, self._before_adverbs(s, i))
            np = (j, j + 1)  # "voters who have typically backed ...": auxiliaries after the relative pronoun

        elif np is None and i > 2 and s.lw[i - 1] == "to" and form.cue_class not in _NO_INVERSION:
            np = self._infinitive_source(s, i - 1)
            inherited = np is not None
        elif np is None and i >= 3 and s.tx[i - 1] == "," and s.tx[i - 2] == ")":
            np = self._left_np(s, i - 1)  # "Sen. Jack Reed (D-R.I.), said ...": a stray comma after the label
        elif np is None and not participle:
            np = self._long_subject(s, i)
            inherited = np is not None
        if np is None:
            return None
        a, b = np
        if not inherited and a > 0 and s.lw[a - 1] == "as":
            r_as = self._as_clause(s, a, r, form, cue, s.span_of(a, b), role)
            if r_as is not None:
                return r_as
        # --- inversion A: 'C, he said (on Monday)[, C2].'
        if (
            a > 0
            and not inherited
            and (s.tx[a - 1] == "," or s.tx[a - 1] in CLOSE_QUOTE_TOKENS)
            and b - a <= 8
            and s.lw[a] not in ("who", "which", "that")
        ):
            stop = self._adjunct_end(s, r, form)
            if stop is not None and (
                self._nested_only(s, found, a)
                or s.tx[a - 1] in CLOSE_QUOTE_TOKENS
                or self._outlet(s, a, b)  # "X has estimated that C, Reuters reported": the outlet's report
            ):
                content, qs = self._left_content(s, a)
                if content and not qs and form.lemma in t.addressee_verbs and self._adverbial(s, content[0]):
                    content = []  # "Since October, officials have told ...": no clause before the comma
                if content and not qs and stop - r > 3 and self._opens_adverbial(s, content[0]):
                    content = []  # "As in 2008, the union agreed in 2011 to a ...": an adjunct, not a clause
                if content:
                    lead = None if qs else content[0]
                    self._continuation(s, stop, content, qs)
                    if lead is not None and qs and not self._has_quote_mark(lead):
                        # 'Minutes later, she said, "Done."': before a quotation, the unquoted words ahead
                        # of the source set the scene; the quotation alone is what was said
                        content = content[1:]
                    return self._raw(
                        "inversion",
                        cue,
                        s.span_of(a, b),
                        content,
                        form.lemma,
                        form.cue_class,
                        s.index,
                        role=role,
                        quotes=qs,
                    )
        return self._svc(s, i, width, form, cue, s.span_of(a, b), inherited, role)

    def _as_clause(
        self, s: _Sent, a: int, r: int, form: CueForm, cue: Span, source: Span | None, role: Span | None
    ) -> Raw | None:
        """``As X reported, C`` / ``C, as X noted.``: the clause the "as" clause is attached to is content.

        The source at token ``a`` follows "as"; the cue ends at ``r``. Nothing but adjuncts may follow the
        cue inside the "as" clause (else "as he told reporters that C" is an ordinary cue).
        """
        o = a - 1
        stop = self._adjunct_end(s, r, form)
        if stop is None:
            return None
        if (
            (o == 0 or s.lw[o - 1] in ("and", "but") or s.tx[o - 1] == ",")
            and stop < s.end
            and s.tx[stop] == ","
        ):
            e = self._content_end(s, stop + 1)
            content, qs = self._content(s, stop + 1, e)
        elif o > 1 and s.tx[o - 1] in (",", "—", "–") and stop >= s.end:
            content, qs = self._left_content(s, o)
        else:
            return None
        if not content:
            return None
        return self._raw(
            "as_clause", cue, source, content, form.lemma, form.cue_class, s.index, role=role, quotes=qs
        )

    def _fronted_participle(self, s: _Sent, i: int, width: int, form: CueForm, cue: Span) -> Raw | None:
        """``Conceding that C, he warned ...``: a participle opening the sentence, its source the subject.

        The content runs from the cue to the comma that closes the participle clause; the source is the
        subject of the main clause after that comma (up to its first auxiliary or cue word).
        """
        t = self.t
        c = self._after_cue(s, i + width, form)
        if c is None:
            return None
        e = next(
            (k for k in range(c + 1, s.end) if s.tx[k] == "," and not _inside(self.quotes, s.toks[k].start)),
            None,
        )
        if e is None:
            return None
        b = e + 1
        while (
            b < s.end
            and b - e <= 8
            and s.tx[b] not in HARD_PUNCT
            and s.lw[b] not in t.aux
            and s.lw[b] not in t.passive_aux
            and s.lw[b] not in t.cue_forms
        ):
            b += 1
        if b >= s.end or b == e + 1 or b - e > 8 or s.tx[b] in HARD_PUNCT:
            return None
        content, qs = self._content(s, c, e)
        source = s.span_of(e + 1, b)
        if not content or source is None:
            return None
        return self._raw(
            "fronted_participle",
            cue,
            source,
            content,
            form.lemma,
            form.cue_class,
            s.index,
            inherited=True,
            quotes=qs,
        )

    def _svc(
        self,
        s: _Sent,
        i: int,
        width: int,
        form: CueForm,
        cue: Span,
        source: Span | None,
        inherited: bool,
        role: Span | None,
    ) -> Raw | None:
        r = i + width
        c = self._after_cue(s, r, form)
        if c is None:
            return None
        addressee = s.span_of(r, c) if c > r and form.lemma in self.t.addressee_verbs else None
        e = self._content_end(s, c)
        if form.frame == "np":
            e = self._np_end(s, c, e)
        rel = max(0, self._before_adverbs(s, i))
        if rel > 0 and s.lw[rel] in ("who", "which") and s.tx[rel - 1] == ",":
            # "Norton, which declined to comment, returned ...": the relative clause ends at its comma
            for k in range(c + 1, e):
                if s.tx[k] == "," and not _inside(self.quotes, s.toks[k].start):
                    e = k
                    break
        e = self._opening_clause_end(s, i, c, e)
        e = self._pronoun_object_end(s, c, e)
        e = self._occasion_end(s, c, e)
        content, qs = self._content(s, c, e)
        if not content and c >= s.end and s.tx[c - 1] == ":":
            content, qs = self._quote_after(s)
        if not content:
            return None
        return self._raw(
            "subject_verb",
            cue,
            source,
            content,
            form.lemma,
            form.cue_class,
            s.index,
            addressee=addressee,
            role=role,
            inherited=inherited,
            quotes=qs,
        )
