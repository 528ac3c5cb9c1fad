"""A cue verb as the verb shapes read it, and the facts several of them share.

The verb shapes (``order.VERB_SHAPES``) are tried in turn at a reporting verb matched to its form in
``polnear_cues.tsv`` / ``reporting_verbs.tsv``. :class:`VerbCue` is what each is given; the facts that more
than one shape needs (the appositive between a source and its verb, the source on the verb's left) are
computed once per cue here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Span
from ..boundaries import comma_before
from ..lexicon import CueForm
from ..names import countries, given_names
from ..quotes import Quote
from ..rule_base import Raw, Sentence
from ..rule_words import WORDS
from ..sources import person_noun
from .context import Context


@dataclass(slots=True)
class VerbCue:
    """The cue verb at token ``i`` of ``s``, ``width`` tokens with its particle, matched to ``form``.

    ``found`` holds the attributions found earlier in the sentence (a participle may share the source of
    the one before it); ``memo`` the shared facts below, computed at most once.
    """

    s: Sentence
    i: int
    width: int
    form: CueForm
    found: list[Raw]
    memo: dict[str, object] = field(default_factory=dict)

    @property
    def cue(self) -> Span:
        return Span(self.s.toks[self.i].start, self.s.toks[self.i + self.width - 1].end)

    def raw(
        self,
        rule: str,
        source: Span | None,
        content: list[Span],
        *,
        addressee: Span | None = None,
        role: Span | None = None,
        inherited: bool = False,
        quotes: list[Quote] | None = None,
    ) -> Raw:
        """The attribution shape ``rule`` found at this cue: its lemma, class and sentence are the cue's."""
        f = self.form
        return Raw(
            self.cue,
            source,
            content,
            f.lemma,
            f.cue_class,
            self.s.index,
            addressee=addressee,
            role=role,
            inherited=inherited,
            quotes=quotes if quotes is not None else [],
            rule=rule,
        )


def participle(ctx: Context, v: VerbCue) -> bool:
    """Is the cue an "-ing" form right after a comma ("..., arguing that C")?"""
    return v.s.lw[v.i].endswith("ing") and comma_before(ctx, v.s, v.i)


def appositive(ctx: Context, v: VerbCue) -> tuple[int, int, int, int] | None:
    """The source and the aside between it and the cue ("Cruz, who won Texas, is calling for ..."), as
    ``(source start, source end, aside start, aside end)``; None after a participle's comma."""
    if "app" in v.memo:
        return v.memo["app"]  # type: ignore[return-value]
    s, i = v.s, v.i
    after_comma = participle(ctx, v)
    app = None if after_comma else ctx.appositive_np(s, i)
    if app is None and not after_comma and i > 1:
        # auxiliaries may stand between the role and the cue ("Cruz, who won Texas, is calling for")
        j = ctx.before_adverbs(s, i) + 1
        if j < i:
            app = ctx.appositive_np(s, j)
    v.memo["app"] = app
    return app


@dataclass(frozen=True)
class LeftSource:
    """The source of a cue verb found on its left, or shared with the sentence or the attribution before.

    ``tokens`` are its token range when it stands in the clause (the "as" clause and the inversion read
    what stands before it); None when it was taken as is (after an interjection, or a participle's
    source shared with the attribution before it), which leaves only :func:`subject_verb` to read it.
    """

    source: Span | None
    role: Span | None
    inherited: bool
    tokens: tuple[int, int] | None
    rule: str = ""  # the rule that chose it, when not the shape's own (``sender_subject``)


def clause_verb_in(ctx: Context, s: Sentence, np: tuple[int, int]) -> int | None:
    """Rule ``participle_subject``: the token of the first verb of speech or writing inside ``np``, the words
    left of a participle cue with no comma before it, when a subject stands before that verb and a medium
    preposition after it ("Solberg posted on Twitter asking for places to eat": the participle's source is
    "Solberg", the subject of "posted", not the whole clause, which was typed a document named "solberg
    posted"; session 18's fact-check of wikinews-2020-004); None when there is none. When the participle
    opens a clause ("that", a subject pronoun: :func:`~analysis.attribution.boundaries.bare_participle_cue`
    ends the content before it), any verb of speech there will do ("The bishop called for tolerance arguing
    that C": the bishop argues; content25)."""
    a, b = np
    lw, cues, media = s.lw, ctx.t.cue_forms, WORDS.medium_preposition
    if b + 1 < s.n and lw[b + 1] in WORDS.participle_clause_opener:
        return next((k for k in range(a + 1, b - 1) if lw[k] in cues), None)
    return next((k for k in range(a + 1, b - 1) if lw[k] in cues and lw[k + 1] in media), None)


#: Rule id of a participle dropped as an act inside the accusation before it (:func:`accused_act`).
ACCUSED_ACT = "accused_act"
#: The cue class of the verbs whose "X of doing" object an act may continue ("accused", "blamed").
ACCUSATORY = "accusatory"


def accused_act(s: Sentence, prev: Raw, i: int, cue_class: str) -> bool:
    """Rule ``accused_act``: is the participle cue at ``i`` (after a comma) a further act of the accused in
    the accusation ``prev`` before it ("Prosecutors accused Smith of trying to pressure the bank,
    threatening to hold a news conference": the threat is what Smith is accused of, not the prosecutors'
    speech)? True when the participle is of a class of acts (``accused_act_class``: a threat, a demand, a
    promise; "..., saying C" stays the accusers') and ``prev`` is an accusatory cue whose content holds "of"
    and an "-ing" verb and ends at the comma before the participle. The news guideline labels no
    attribution for the accused's acts inside an accusation (labelling notes: "The accused 'encouraging
    farmers ...' inside that content is not labelled"); the participle had been credited to the accusers
    (session 20's fact-check, recall24)."""
    if (
        cue_class not in WORDS.accused_act_class
        or prev.cue_class != ACCUSATORY
        or prev.cue is None
        or not prev.content
        or i < 2
    ):
        return False
    if prev.content[-1].end > s.toks[i - 1].start or prev.cue.end > s.toks[i - 1].start:
        return False
    lw, toks = s.lw, s.toks
    start = prev.content[0].start
    return any(lw[k] == "of" and lw[k + 1].endswith("ing") and toks[k].start >= start for k in range(i - 2))


#: Rule id of a participle's source that is the subject of a verb of sending writing (:func:`sender_verb_in`).
SENDER_SUBJECT = "sender_subject"
#: The most words from a verb of sending to the participle cue ("sent a formal letter to the committee").
MAX_SENT_OBJECT = 8


def sender_verb_in(ctx: Context, s: Sentence, np: tuple[int, int]) -> int | None:
    """Rule ``sender_subject``: the token of a verb of sending or issuing writing (``sending_verb``) inside
    ``np``, the words left of a participle cue with no comma before it, when a subject stands before it and
    a document noun (``attribution_nouns.txt``) follows it ("Pompeo sent a letter requesting C": the
    participle's source is "Pompeo", the writer, not "Pompeo sent a letter", which was typed a document;
    session 20's fact-check, recall24); None when there is none."""
    a, b = np
    lw, nouns = s.lw, ctx.t.attribution_nouns
    for k in range(a + 1, b - 1):
        if (
            lw[k] in WORDS.sending_verb
            and b - k <= MAX_SENT_OBJECT
            and any(w in nouns for w in lw[k + 1 : b])
        ):
            return k
    return None


#: Rule id of a coordinated cue whose source is the subject of the reported clause it continues
#: (:func:`inner_subject`).
INNER_SUBJECT = "inner_subject"
#: The most words of the reported clause's subject (:func:`inner_subject`): "a police constable", "the
#: 41-year-old driver".
MAX_INNER_SUBJECT = 5


def inner_subject(ctx: Context, s: Sentence, k: int, prev: Raw | None) -> tuple[int, int] | None:
    """Rule ``inner_subject``: the token range of the subject of the clause reported by ``prev`` when the
    "and" at token ``k`` continues that clause's perfect: "Officials said a constable had been injured and
    learned the car was stolen" (the second report is the constable's: "had" governs both participles; the
    officials' report was credited with it, session 22's brief). Only a person's description or name before
    "had", "has" or "have", no punctuation between the reported clause's start and the "and"; else None.

    Near miss: "Officials said the plan had been approved and learned C" -> None (a plan learns nothing)."""
    if prev is None or prev.sentence != s.index or not prev.content:
        return None
    at = s.toks[k].start
    # the "and" inside the reported clause, or right after it (the content ends before "and <cue>")
    inside = prev.content[0].start <= at <= prev.content[-1].end + 1
    if not inside or prev.cue is None or prev.cue.end > at:
        return None
    c0 = next((j for j in range(k) if s.toks[j].start >= prev.content[0].start), None)
    if c0 is None:
        return None
    if s.lw[c0] == "that":
        c0 += 1
    h = next((j for j in range(c0 + 1, k) if s.lw[j] in WORDS.perfect_aux), None)
    if h is None or h - c0 > MAX_INNER_SUBJECT or any(not s.tx[j][:1].isalnum() for j in range(c0, k)):
        return None
    t = ctx.t
    head = s.lw[h - 1]
    # "a constable", "the driver"; "Ann Lee" (a given name opening capitalised words)
    named = s.tx[c0] in given_names() and all(s.tx[j][:1].isupper() for j in range(c0, h))
    person = head in t.role_singular or person_noun(head) is not None or named
    if not person or not (s.lw[c0] in t.determiner or s.tx[c0][:1].isupper()):
        return None
    return c0, h


def left_source(ctx: Context, v: VerbCue) -> LeftSource | None:
    """The source on the cue's left ("X said", "X, a spokesman, said"), or the subject the cue shares."""
    if "left" in v.memo:
        return v.memo["left"]  # type: ignore[return-value]
    v.memo["left"] = found = _left_source(ctx, v)
    return found


def _left_source(ctx: Context, v: VerbCue) -> LeftSource | None:
    t = ctx.t
    s, i, form = v.s, v.i, v.form
    w = s.lw[i]
    app = appositive(ctx, v)
    role = None
    np: tuple[int, int] | None
    if app is None and i >= 3 and s.tx[i - 1] == "," and s.lw[i - 2] in t.interjection and s.tx[i - 3] == ",":
        # "Murphy, though, said ...": the sentence adverb is neither source nor role
        np = ctx.left_np(s, i - 3)
        if np is not None:
            return LeftSource(s.span_of(*np), None, False, None)
    if app is not None and ctx.adverbial_start(s, app[2]):
        np = (app[0], app[1])  # "Clinton, during a town hall meeting, said": the adverbial is no role
    elif app is not None:
        np = (app[0], app[3] + 1)
        role = s.span_of(app[2], app[3])
    else:
        np = ctx.left_np(s, i)
        np = place_before_country(ctx, s, np) or np
    inherited = False
    by = ""
    if np is not None and app is None and w.endswith("ing"):
        k = clause_verb_in(ctx, s, np)
        if k is None and (k := sender_verb_in(ctx, s, np)) is not None:
            by = SENDER_SUBJECT  # "Pompeo sent a letter requesting C": the writer
        if k is not None:
            np, inherited = (np[0], k), True  # "Solberg posted on Twitter asking for ...": the verb's subject
    if (
        np is None
        and i > 0
        and w.endswith("ing")
        and (comma_before(ctx, s, i) or s.lw[i - 1] in WORDS.participle_adjunct)
    ):
        # participle: "..., arguing that C" / "X was quoted as saying C"; a preposition before it
        # ("before adding that C", "after saying C", "in declaring C") or a dash ("— saying C")
        # makes the same adjunct
        if s.lw[i - 1] == "as" and i >= 3 and s.lw[i - 2] == "quoted":
            np = ctx.left_np(s, i - 2)
        elif v.found and v.found[-1].source is not None:
            prev = v.found[-1]
            if accused_act(s, prev, i, form.cue_class):
                return (
                    None  # "accused A of trying to ..., threatening to ...": A's act, inside the accusation
                )
            return LeftSource(prev.source, prev.role, True, None)
        else:
            np = ctx.subject(s, i)
        inherited = True
    elif np is None and i > 0 and s.lw[max(0, ctx.before_adverbs(s, i))] in WORDS.coordinator:
        # "... and said", "... but now apparently prefers": the subject of the sentence; "Officials said a
        # constable had been injured and learned C": the reported clause's subject (rule inner_subject)
        k = max(0, ctx.before_adverbs(s, i))
        inner = inner_subject(ctx, s, k, v.found[-1] if v.found else None)
        if inner is not None:
            np, by = inner, INNER_SUBJECT
        else:
            np = ctx.subject(s, k)
        inherited = True
    elif np is None and i > 1 and s.lw[i - 1] in WORDS.relative_pronoun:
        # "officials who said ...": the relative pronoun is the source mention; one that opens the sentence
        # is none ("That showed a 93% increase": a demonstrative, credited as a person named "That")
        if s.lw[i - 2] in WORDS.generic_antecedent:
            return None  # "Anyone who ignores the guidance will be fined": a hypothetical speaker, no report
        np = (i - 1, i)
    elif (
        np is None
        and i > 1
        and s.lw[max(0, ctx.before_adverbs(s, i))] in WORDS.wh_relative
        and form.cue_class not in WORDS.no_inversion_class
    ):
        j = max(0, ctx.before_adverbs(s, i))
        np = (j, j + 1)  # "voters who have typically backed ...": auxiliaries after the relative pronoun
    elif np is None and i > 2 and s.lw[i - 1] == "to" and form.cue_class not in WORDS.no_inversion_class:
        np = ctx.infinitive_source(s, i - 1)
        inherited = np is not None
    elif np is None and i >= 3 and s.tx[i - 1] == "," and s.tx[i - 2] == ")":
        np = ctx.left_np(s, i - 1)  # "Sen. Jack Reed (D-R.I.), said ...": a stray comma after the label
    elif np is None and not participle(ctx, v):
        np = ctx.long_subject(s, i)
        inherited = np is not None
    if np is None:
        return None
    if np[1] - np[0] == 1 and np[0] >= 2 and s.lw[np[0] - 1] == "who" and s.lw[np[0]].endswith("ed"):
        return None  # "Those who attended said": no source "attended"; relative_subject reads "Those"
    return LeftSource(s.span_of(*np), role, inherited, np, by)


#: The most tokens between "in" and the comma before a country ("in Munich, Germany", "in New South Wales,
#: Australia").
MAX_PLACE_WORDS = 3


def place_before_country(ctx: Context, s: Sentence, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """Rule ``place_before_country``: when the noun phrase before a cue is a country alone after a comma that
    closes "in <Place>" ("the Bavarian State Ministry of Public Health in Munich, Germany confirmed C"), the
    source is the noun phrase before "in": where it is is no part of who spoke, and the country alone is
    not the speaker (fact-check of wikinews-2020-013, session 24: the source was "Germany"). None otherwise.
    """
    if np is None or np[1] - np[0] > 3:
        return None
    a = np[0]
    if " ".join(s.tx[a : np[1]]) not in countries() or a < 3 or s.tx[a - 1] != ",":
        return None
    for k in range(a - 2, max(0, a - 2 - MAX_PLACE_WORDS), -1):
        if s.lw[k] == "in":
            if not all(s.tx[j][:1].isupper() for j in range(k + 1, a - 1)):
                return None
            before = ctx.left_np(s, k)
            return (before[0], k) if before is not None else None
        if not s.tx[k][:1].isupper():
            return None
    return None
