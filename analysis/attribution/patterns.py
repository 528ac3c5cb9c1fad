"""The attribution rules: from a sentence's tokens, a cue, its source and its content.

Each rule is one of the shapes reported speech takes in news, tried in this order for every cue word
found outside quotation marks:

* ``according to X, C`` / ``C, according to X`` (and ``C1, according to X, C2``, two fragments);
* inversion, ``"C," X said`` / ``C, said X, a spokesman for Y`` — the cue is preceded by a comma or a
  closing quote mark and nothing but adjuncts ("on Monday", "in a statement") follows the source;
* subject-verb-content, ``X said (that) C`` / ``X told the AP (that) C`` (the addressee is skipped: it is
  the channel, not the source) / ``X said: "C"`` (colon lead-in);
* participles and coordinated verbs, ``..., arguing that C`` / ``... and said C``, whose source is the
  subject of the sentence; ``X was quoted as saying C``;
* shapes added from error analysis on PolNeAR train: the bare colon ``Trump: "C"``; ``(When) asked
  whether C``; ``X seems to C`` (content X and "to C", no source); cues whose content is only their object
  noun phrase (``talked about N``, frame "np" in ``polnear_cues.tsv``); attribution nouns ``his claim
  that C`` (``noun_cues.tsv``); passives with an agent ``C was reported by X``.

Content that opens with a quote mark and runs to the end of the clause is direct speech and takes the
whole quotation (which may cross sentences). Quotations that follow a direct attribution with nothing but
its own cue and source in between (``"A," he said. "B."``, or a next paragraph that is all quotation) are
added to it as further fragments. These rules follow the PolNeAR conventions: content includes "that",
excludes the final full stop of indirect speech, keeps quote marks of direct speech.
"""

from __future__ import annotations

from .boundaries import Boundaries
from .noun_phrases import NounPhrases
from .rule_base import (
    _INFINITIVE_LEAD,
    MAX_COLON_SOURCE,
    Raw,
    _inside,
    _Sent,
)
from .shapes import Shapes


class Rules(Shapes, Boundaries, NounPhrases):
    """The rules over one article; :meth:`sentence` returns the raw attributions of one sentence.

    The methods live in three mixins by concern: ``shapes`` (the patterns), ``boundaries`` (where content
    ends) and ``noun_phrases`` (sources and addressees); this class only runs them in order.
    """

    def sentence(self, s: _Sent) -> list[Raw]:
        t = self.t
        out: list[Raw] = []
        if ":" in s.lw[: MAX_COLON_SOURCE + 1]:
            r = self._bare_colon(s)
            if r is not None:
                out.append(r)
        elif ":" in s.lw:
            r = self._dash_colon(s)
            if r is not None:
                out.append(r)
        if s.tx[0] in ("-", "—", "–") and s.n >= 2:
            r = self._dash_signature(s)
            if r is not None:
                out.append(r)
        i = 0
        while i < s.n:
            w = s.lw[i]
            if w == "according" and i + 1 < s.n and s.lw[i + 1] == "to":
                if not _inside(self.quotes, s.toks[i].start):
                    r = self._according(s, i)
                    if r:
                        out.append(r)
                i += 2
                continue
            if w in t.passive_cues and i > 1 and not _inside(self.quotes, s.toks[i].start):
                r = self._passive_clause(s, i)
                if r is not None:
                    out.append(r)
                    i += 1
                    continue
            forms = t.cue_forms.get(w)
            if forms is None and i > 0 and s.lw[i - 1] in _INFINITIVE_LEAD:
                forms = t.infinitives.get(w)  # "continued to question whether ...": a verb after "to"
            if forms is None and w in t.noun_cues:
                r = self._noun_cue(s, i)
                if r is not None:
                    out.append(r)
                i += 1
                continue
            if forms is None or _inside(self.quotes, s.toks[i].start):
                i += 1
                continue
            form, width = self._match_form(s, i, forms)
            if form is None:
                r = self._passive_by(s, i, forms)
                if r is None and w in t.noun_cues:
                    r = self._noun_cue(s, i)  # "the reports that ...": a form read as a noun here
                if r is not None:
                    out.append(r)
                i += 1
                continue
            r = self._verb(s, i, width, form, out)
            if r is not None:
                out.append(r)
            i += width
        if not out and ":" in s.lw:
            r = self._subject_colon(s)
            if r is not None:
                out.append(r)
        if not out and s.end <= MAX_COLON_SOURCE + 1:
            r = self._signs_quote_before(s)
            if r is not None:
                out.append(r)
        return out
