"""The order in which the attribution shapes are tried: the one table to read first.

Every sentence the rules read (``extract.rule_sentences``) goes through :func:`read_sentence`:

1. ``BEFORE_CUES``: shapes of the whole sentence, each tried when its test holds (a colon near the start,
   a colon later, an opening dash);
2. at each cue word outside quotation marks, in text order (``AT_CUE_WORDS``): ``according to``; a passive
   participle with no agent; an attribution noun that is no verb here; a verb form read as a passive with
   an agent or as a noun; and at a reporting verb matched to its form (``cue_form.match_form``) the
   ``VERB_SHAPES`` in turn, the first that finds an attribution winning. A verb shape with a ``claims``
   test decides alone when the test holds: no later shape reads that cue even when it found nothing.
3. ``IF_NONE_FOUND``: when nothing was found in the sentence, the shapes that need the whole sentence to be
   theirs.
4. ``AFTER_TAGGER``: after the tagger has judged the sentence (``extract``), the shapes of constructions only
   the news guideline labels, whose findings the tagger, trained on PolNeAR, neither sees nor judges
   (:func:`read_after_tagger`).

Each shape is a pure function in its own module, with its rule id (``analysis/data/attribution/
rule_ids.tsv``, listed in this order) and examples; content that opens with a quote mark and runs to the
end of its clause is direct speech and takes the whole quotation. These rules follow the PolNeAR
conventions: content includes "that", excludes the final full stop of indirect speech, keeps quote marks of
direct speech. Quotations that run on after an attribution are added later (``extract``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

from ..lexicon import CueForm, Tables
from ..rule_base import DASHES, MAX_COLON_SOURCE, Raw, Sentence, document_before, in_quotation
from ..rule_words import WORDS
from . import adverb, asked, raising
from .according_to import according_to
from .as_clause import as_clause
from .bare_colon import bare_colon
from .belief_passive import belief_passive
from .clause_noun import RULE as CLAUSE_NOUN
from .clause_noun import clause_noun
from .context import Context
from .cue_first import cue_first
from .cue_form import match_form
from .dash_colon import dash_colon
from .dash_signature import dash_signature
from .direct_inversion import direct_inversion
from .document_clause import RULE as DOCUMENT_CLAUSE
from .document_clause import document_clause
from .estimate_at import RULE as ESTIMATE_AT
from .estimate_at import estimate_at
from .forecast_clause import RULE as FORECAST_CLAUSE
from .forecast_clause import forecast_clause
from .fronted_participle import fronted_participle
from .identified_as import RULE as IDENTIFIED_AS
from .identified_as import identified_as
from .inversion import inversion
from .inversion_after_comma import inversion_after_comma
from .long_inversion import long_inversion
from .made_clear import RULE as MADE_CLEAR
from .made_clear import made_clear
from .medium_clause import RULE as MEDIUM_CLAUSE
from .medium_clause import medium_clause
from .noun_cue import noun_cue
from .of_noun import RULE as OF_NOUN
from .of_noun import of_noun
from .passive_by import passive_by
from .passive_clause import passive_clause
from .per_source import RULE as PER_SOURCE
from .per_source import per_source
from .put_it import RULE as PUT_IT
from .put_it import put_it
from .quote_before import quote_before
from .relative_subject import RULE as RELATIVE_SUBJECT
from .relative_subject import relative_subject
from .report_clause import RULE as REPORT_CLAUSE
from .report_clause import report_clause
from .ruled_out import RULE as RULED_OUT
from .ruled_out import ruled_out
from .sees_forecast import RULE as SEES_FORECAST
from .sees_forecast import sees_forecast
from .statement_object import RULE as STATEMENT_OBJECT
from .statement_object import statement_object
from .subject_colon import subject_colon
from .subject_verb import subject_verb
from .that_verb import RULE as THAT_VERB
from .that_verb import that_verb
from .told_passive import RULE as TOLD_PASSIVE
from .told_passive import told_passive
from .verb import VerbCue
from .withheld import withheld


@dataclass(frozen=True)
class SentenceShape:
    """A shape read once per sentence, when ``when`` holds for it."""

    rule: str
    find: Callable[[Context, Sentence], Raw | None]
    when: Callable[[Sentence], bool]


@dataclass(frozen=True)
class VerbShape:
    """A shape read at a reporting verb; when ``claims`` holds, its answer is final even if None."""

    rule: str
    find: Callable[[Context, VerbCue], Raw | None]
    claims: Callable[[Context, VerbCue], bool] | None = None


def _colon_opens(s: Sentence) -> bool:
    return ":" in s.lw[: MAX_COLON_SOURCE + 1]


def _colon_later(s: Sentence) -> bool:
    return ":" in s.lw and not _colon_opens(s)


def _dash_opens(s: Sentence) -> bool:
    return s.tx[0] in DASHES and s.n >= 2


def _has_colon(s: Sentence) -> bool:
    return ":" in s.lw


def _short(s: Sentence) -> bool:
    return s.end <= MAX_COLON_SOURCE + 1


BEFORE_CUES: tuple[SentenceShape, ...] = (
    SentenceShape("bare_colon", bare_colon, _colon_opens),  # Trump: "We will win."
    SentenceShape("bare_colon", dash_colon, _colon_later),  # ... - Philip Bump: "C"
    SentenceShape("dash_signature", dash_signature, _dash_opens),  # - Jane Doe. (under a quotation)
)

#: Shapes tried at a cue word before its verb form is matched, in this order: each is tried where its comment
#: says (``read_sentence`` calls them; tests/test_house.py checks that it does so in this order).
AT_CUE_WORDS: tuple[tuple[str, Callable[..., Raw | None]], ...] = (
    ("according_to", according_to),  # at "according to"
    ("passive_clause", passive_clause),  # at a participle of passive_cues.tsv: "is expected to"
    ("noun_cue", noun_cue),  # at a word of noun_cues.tsv with no verb form: "his claim that"
    ("passive_by", passive_by),  # at a verb form that is no active verb here: "was criticized by"
)

VERB_SHAPES: tuple[VerbShape, ...] = (
    VerbShape("raising", raising.raising, raising.claims),  # X seems to Y
    VerbShape("adverb", adverb.adverb, adverb.claims),  # X is reportedly Y
    VerbShape("cue_first", cue_first),  # Said X, "C"
    VerbShape("asked", asked.asked, asked.claims),  # Asked whether C, ...
    VerbShape("fronted_participle", fronted_participle),  # Conceding that C, X warned
    VerbShape("direct_inversion", direct_inversion),  # "C," X said
    VerbShape("inversion_after_comma", inversion_after_comma),  # C, said X, a spokesman
    VerbShape("as_clause", as_clause),  # As X reported, C
    VerbShape("inversion", inversion),  # C, X said
    VerbShape("subject_verb", subject_verb),  # X said (that) C
    VerbShape("long_inversion", long_inversion),  # C, the Bank of England and the Treasury said
)

IF_NONE_FOUND: tuple[SentenceShape, ...] = (
    SentenceShape("subject_colon", subject_colon, _has_colon),  # She addressed the crowd: "C"
    SentenceShape("", quote_before, _short),  # "C. D." Lee said.
)

#: Shapes read after the tagger at each word outside quotation marks, in this order (``read_after_tagger``).
AFTER_TAGGER: tuple[tuple[str, Callable[..., Raw | None]], ...] = (
    ("belief_passive", belief_passive),  # X is seen as Y; ..., and is thought to Y
    ("withheld_information", withheld),  # X did not provide any details
    ("clause_noun", clause_noun),  # amid fresh claims that C
    ("that_verb", that_verb),  # the court ruled that C
    ("told_passive", told_passive),  # he was told (that) C
    ("of_noun", of_noun),  # amid reports of violence
    ("report_clause", report_clause),  # scientists report C
    ("forecast_clause", forecast_clause),  # Analysts estimate C; some bank officials forecast C
    ("made_clear", made_clear),  # Kohl made (it) clear C
    ("sees_forecast", sees_forecast),  # Jane Roe sees Acme earning 50 cts a share
    ("relative_subject", relative_subject),  # the officials who ordered that change claimed C
    ("ruled_out", ruled_out),  # the ministry ruled out any such move
    ("per_source", per_source),  # Per the decree, C; C, per the WHO, D
    ("estimate_at", estimate_at),  # USDA put the herd at 7.5 mln head; what organizers estimated at 1.7 mln
    ("put_it", put_it),  # As one banker put it, C; C, as one trader put it
    ("document_clause", document_clause),  # figures showed prices are rising (the tagger dropped it)
    ("statement_object", statement_object),  # the council issued a statement that C; released a statement: C
    ("medium_clause", medium_clause),  # the bank said in a statement the measures included C
    ("identified_as", identified_as),  # police identified the suspect as C
)

#: Shapes read after the tagger that never replace a finding with the very same cue ("her claims that C"
#: is noun_cue's, with its source; clause_noun, that_verb, told_passive, of_noun, report_clause,
#: forecast_clause, made_clear and sees_forecast add only what the rules and the tagger left unread;
#: relative_subject replaces the reading of its cue with the object of the relative clause as the source,
#: "change claimed C"; ruled_out adds too).
KEEPS_SAME_CUE = frozenset(
    {CLAUSE_NOUN, THAT_VERB, TOLD_PASSIVE, OF_NOUN, REPORT_CLAUSE, SEES_FORECAST, RULED_OUT, PER_SOURCE,
     ESTIMATE_AT, PUT_IT, DOCUMENT_CLAUSE, STATEMENT_OBJECT, MEDIUM_CLAUSE,
     IDENTIFIED_AS, FORECAST_CLAUSE, MADE_CLEAR}
)
#: Shapes read after the tagger that are tried at the sentence's first word too ("Per the decree, C"); the
#: others need a subject before their cue and start at the second.
READS_FIRST_WORD = frozenset({PER_SOURCE})
#: Shapes read after the tagger whose source ends in a relative clause before the cue ("The officials who
#: ordered that change claimed C"): a cue found inside that clause ("ordered") is no report of its own, and
#: :func:`drop_misread` drops it.
SOURCE_CLAUSE_RULES = frozenset({RELATIVE_SUBJECT})

#: Every shape in the order it is tried (rule id, function).
ORDER: tuple[tuple[str, Callable[..., Raw | None]], ...] = (
    *((x.rule, x.find) for x in BEFORE_CUES),
    *AT_CUE_WORDS,
    *((x.rule, x.find) for x in VERB_SHAPES),
    *((x.rule, x.find) for x in IF_NONE_FOUND),
    *AFTER_TAGGER,
)


def read_after_tagger(ctx: Context, s: Sentence, found: list[Raw]) -> list[Raw]:
    """The ``AFTER_TAGGER`` findings of sentence ``s`` whose cue overlaps no cue of ``found`` (what the
    rules and the tagger kept there) other than one inside it: each word outside quotation marks is tried
    with each shape in turn. A cue inside the finding's ("seen" of "was widely seen as", read as an active
    verb with the subject as its source) is a misreading the caller drops (:func:`drop_misread`).

    A taken cue ``[a, b)`` overlaps a finding's cue ``[a0, b0)`` without lying inside it exactly when it
    holds ``a0`` or ``b0`` strictly inside (``a < a0 < b`` or ``a < b0 < b``), so the characters strictly
    inside taken cues are kept in a set: each finding costs its two ends, not a pass over every cue taken
    (a run-on sentence of thousands of clauses, "He has gone, and is thought to be hiding, and ...")."""
    out: list[Raw] = []
    inner: set[int] = set()
    taken: set[tuple[int, int]] = set()
    for r in found:
        if r.cue is not None:
            inner.update(range(r.cue.start + 1, r.cue.end))
            taken.add((r.cue.start, r.cue.end))
    for i in range(s.n):
        if in_quotation(ctx.quotes, s.toks[i].start):
            continue
        for rule, find in AFTER_TAGGER:
            if i == 0 and rule not in READS_FIRST_WORD:
                continue
            r = find(ctx, s, i)
            if r is not None and r.cue is not None:
                a0, b0 = r.cue.start, r.cue.end
                if r.rule in KEEPS_SAME_CUE and (a0, b0) in taken:
                    break  # "her claims that C": noun_cue's reading of the same word stands
                if a0 not in inner and b0 not in inner:
                    out.append(r)
                    inner.update(range(a0 + 1, b0))
                break
    return out


def drop_misread(raws: list[Raw], after: list[Raw]) -> list[Raw]:
    """``raws`` without those whose cue lies inside the cue of one of ``after`` (the ``AFTER_TAGGER``
    findings), which reads those words instead ("seen" in "The shift was widely seen as an attempt"), or
    between the source and the cue of one of ``SOURCE_CLAUSE_RULES`` ("ordered" in "The officials who
    ordered that change claimed C").

    The cues of ``after`` are sorted by start with the furthest end reached so far, so each of ``raws``
    costs one bisection: a cue lies inside one of them when a cue starting at or before it reaches its end."""
    cues = sorted(
        [(o.cue.start, o.cue.end) for o in after if o.cue is not None]
        + [
            (o.source.start, o.cue.start)  # "who ordered that change" before "claimed": its verb is no cue
            for o in after
            if o.rule in SOURCE_CLAUSE_RULES and o.source is not None and o.cue is not None
        ]
    )
    starts = [a for a, _ in cues]
    reach = list(accumulate((b for _, b in cues), max))

    def inside(r: Raw) -> bool:
        if r.cue is None:
            return False
        k = bisect_right(starts, r.cue.start)
        return k > 0 and reach[k - 1] >= r.cue.end

    return [r for r in raws if not inside(r)]


def read_sentence(ctx: Context, s: Sentence) -> list[Raw]:
    """The raw attributions of sentence ``s``, in the order their shapes found them."""
    t = ctx.t
    infinitive_lead = WORDS.infinitive_lead  # read at every token: one look-up per sentence
    out: list[Raw] = []
    for shape in BEFORE_CUES:
        if shape.when(s) and (r := shape.find(ctx, s)) is not None:
            out.append(r)
    lw, n = s.lw, s.n
    read = _cue_words(t)
    i = 0
    while i < n:
        w = lw[i]
        if w not in read:  # no branch below reads it: skipped as the last branch would skip it
            i += 1
            continue
        if w == "according" and i + 1 < n and lw[i + 1] == "to":
            if not in_quotation(ctx.quotes, s.toks[i].start) and (r := according_to(ctx, s, i)):
                out.append(r)
            i += 2
            continue
        if w in t.passive_cues and i > 1 and not in_quotation(ctx.quotes, s.toks[i].start):
            if (r := passive_clause(ctx, s, i)) is not None:
                out.append(r)
                i += 1
                continue
        forms = t.cue_forms.get(w)
        if forms is None and w in t.document_cues and document_before(t, s, i):
            forms = t.document_cues[
                w
            ]  # "its website notes", "the statement reads", "The Aviation Herald states"
        if forms is None and i > 0 and s.lw[i - 1] in infinitive_lead:
            forms = t.infinitives.get(w)  # "continued to question whether ...": a verb after "to"
            if forms is None and went_on_to(s.lw, i):
                forms = base_cue_forms(t.cue_forms, w)  # "He went on to add "..."": any reporting verb
        if forms is None and w in t.noun_cues:
            if (r := noun_cue(ctx, s, i)) is not None:
                out.append(r)
            i += 1
            continue
        if forms is None or in_quotation(ctx.quotes, s.toks[i].start):
            i += 1
            continue
        form, width = match_form(ctx, s, i, forms)
        if form is None:
            r = passive_by(ctx, s, i, forms)
            if r is None and w in t.noun_cues:
                r = noun_cue(ctx, s, i)  # "the reports that ...": a form read as a noun here
            if r is not None:
                out.append(r)
            i += 1
            continue
        if (r := read_verb(ctx, VerbCue(s, i, width, form, out))) is not None:
            out.append(r)
        i += width
    if not out:
        for shape in IF_NONE_FOUND:
            if shape.when(s) and (r := shape.find(ctx, s)) is not None:
                out.append(r)
                break
    return out


#: ``id(tables)`` -> (the tables, :func:`_cue_words` of them); the tables are kept so the id stays theirs.
_CUE_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def _cue_words(t: Tables) -> frozenset[str]:
    """Every word at which :func:`read_sentence` may do more than step on: "according", a passive cue, a
    verb form's first word or its lemma, a document cue, an infinitive and an attribution noun (a superset:
    each branch still tests its own table). Most tokens of a sentence are none of these, and one set look-up
    for them replaced five (about 1% of a Reuters run; the findings are the same)."""
    got = _CUE_WORDS.get(id(t))
    if got is None or got[0] is not t:
        lemmas = {f.lemma for forms in t.cue_forms.values() for f in forms}  # went_on_to: "went on to add"
        words = frozenset(
            {"according", *t.passive_cues, *t.cue_forms, *t.document_cues, *t.infinitives, *t.noun_cues,
             *lemmas}
        )
        got = _CUE_WORDS[id(t)] = (t, words)
    return got[1]


def read_verb(ctx: Context, v: VerbCue) -> Raw | None:
    """The attribution of the first verb shape that finds one at cue ``v`` (or that claims the cue)."""
    for _, find, claims in _VERB_STEPS:
        if claims is not None:
            if claims(ctx, v):
                return find(ctx, v)
        elif (r := find(ctx, v)) is not None:
            return r
    return None


#: ``VERB_SHAPES`` as plain tuples, for the loop above (run at every cue verb).
_VERB_STEPS = tuple((x.rule, x.find, x.claims) for x in VERB_SHAPES)


def went_on_to(lw: list[str], i: int) -> bool:
    """Rule ``went_on_to``: is token ``i`` the verb after "went on to" ("He went on to add "..."", "goes on
    to explain")? There a reporting verb's base form is a verb, never a noun, so every reporting verb is a
    cue, not only those of ``infinitive_cues.tsv`` (which leaves "add" out: alone after "to" it misled on
    PolNeAR). Forms of "go": ``go_form`` of ``rule_words.tsv``."""
    return i >= 3 and lw[i - 1] == "to" and lw[i - 2] == "on" and lw[i - 3] in WORDS.go_form


def base_cue_forms(cue_forms: dict[str, tuple[CueForm, ...]], base: str) -> tuple[CueForm, ...] | None:
    """The cue forms of the reporting verb whose base form is ``base`` ("add"), found through its
    third-person form ("adds"), or None when ``base`` is no reporting verb."""
    for third in (base + "s", base + "es"):
        forms = tuple(f for f in cue_forms.get(third, ()) if f.lemma == base)
        if forms:
            return forms
    return None
