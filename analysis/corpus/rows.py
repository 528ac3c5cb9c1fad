"""One analysed article as rows of the corpus tables, and the tables' fixed schemas.

Each table is tidy (one row per article, sentence, attribution, source, cue or error) and carries ``seq``
(the record's position in the corpus) and ``article`` (its id, made unique in the corpus), so that tables
join on ``article`` and sort back into corpus order on ``seq``. The schemas are fixed here, not inferred
from the data, so that every partition (even an empty one) has the same columns and types, whichever
worker wrote it.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from ..model import BODY_KINDS, PARAGRAPH
from ..pipeline import Doc
from ..readability.formulas import SCORE_NAMES

#: The layers a corpus run asks the pipeline for (textstat's figures are not computed in corpus runs).
LAYERS: tuple[str, ...] = ("readability", "hedge_voices", "judgements")

SCORES = SCORE_NAMES  # the seven published scores, in the formulas' order
COUNTS = (
    "sentences",
    "words",
    "syllables",
    "characters",
    "complex_words",
    "difficult_words",
    "polysyllables",
)
#: attribution_shares keys, as the articles table's ``attr_*`` columns (body attributions only).
SHARE_INTS = (
    "attributions",
    "with_source",
    "named",
    "anonymous",
    "direct",
    "indirect",
    "outlet_attributions",
)
SHARE_FLOATS = ("named_share", "anonymous_share", "direct_share", "indirect_share", "outlet_share",
                "attributed_sentence_share")  # fmt: skip
HEDGE_KINDS = ("hedge", "booster", "shield", "weasel")

_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()


def _schema(*cols: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(n, t) for n, t in cols])


#: One attribution, with the rule or model decision behind its cue, source and content and the keep
#: model's decision (``keep_by``: "model keep p=0.87"; empty where no keep model applied).
_ATTRIBUTION_SCHEMA = _schema(
    ("seq", _I), ("article", _S), ("attribution", _I), ("kind", _S), ("source_type", _S),
    ("source_name", _S), ("mention", _S), ("role", _S), ("channel", _S), ("cue_class", _S),
    ("part_kind", _S),
    ("in_caption", _B), ("start", _I), ("end", _I), ("cue", _S), ("source", _S), ("content", _S),
    ("content_words", _I), ("cue_by", _S), ("source_by", _S), ("content_by", _S), ("keep_by", _S),
)  # fmt: skip

SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema(
        ("seq", _I), ("article", _S), ("id", _S), ("where", _S), ("title", _S), ("date", _S),
        ("outlet", _S), ("publisher", _S), ("url", _S), ("chars", _I), ("parts", _I),
        ("paragraphs", _I), ("sentences", _I), ("body_words", _I), ("scope", _S), ("flags", _S),
        *((f"rd_{c}", _I) for c in COUNTS), *((s, _F) for s in SCORES),
        *((f"textstat_{s}", _F) for s in SCORES),
        *((f"attr_{k}", _I) for k in SHARE_INTS), *((f"attr_{k}", _F) for k in SHARE_FLOATS),
        ("sources", _I), *((f"{k}s", _I) for k in HEDGE_KINDS),
        ("hedges_per_100w", _F), ("boosters_per_100w", _F), ("weasels_per_100w", _F),
        ("body_sentences", _I), ("uncertain_sentences", _I), ("weasel_sentences", _I),
        ("uncertain_share", _F), ("weasel_share", _F),
    ),
    "sentences": _schema(
        ("seq", _I), ("article", _S), ("sentence", _I), ("start", _I), ("end", _I), ("part", _I),
        ("part_kind", _S), ("words", _I), ("syllables", _I), ("difficulty", _F), ("uncertain", _B),
        ("weasel", _B), ("anonymous_source", _B), ("p_uncertain", _F), ("uncertain_rule", _S),
        ("weasel_rule", _S), ("anonymous_rule", _S), ("hedges", _I), ("boosters", _I), ("shields", _I),
        ("weasels", _I),
    ),
    "attributions": _ATTRIBUTION_SCHEMA,
    # what the keep model set aside (analysis.attribution.set_aside): the same columns, never silently lost
    "set_aside": _ATTRIBUTION_SCHEMA,
    "sources": _schema(
        ("seq", _I), ("article", _S), ("source_name", _S), ("source_type", _S), ("role", _S),
        ("attributions", _I), ("direct", _I), ("indirect", _I), ("content_words", _I),
        ("first_sentence", _I), ("channels", _S),
    ),
    "hedges": _schema(
        ("seq", _I), ("article", _S), ("cue", _I), ("sentence", _I), ("part_kind", _S), ("start", _I),
        ("end", _I), ("category", _S), ("kind", _S), ("voice", _S), ("pattern", _S), ("text", _S),
    ),
    "errors": _schema(("seq", _I), ("article", _S), ("where", _S), ("severity", _S), ("message", _S)),
}  # fmt: skip
TABLES: tuple[str, ...] = tuple(SCHEMAS)

Rows = dict[str, list[dict[str, Any]]]


def empty_rows() -> Rows:
    return {name: [] for name in TABLES}


def _per100(n: int, words: int) -> float:
    return round(100.0 * n / words, 2) if words else 0.0


def article_rows(seq: int, key: str, doc: Doc, out: Rows) -> None:
    """Append the rows of one analysed article to ``out`` (one list of row dicts per table)."""
    from ..attribution import attribution_shares, set_aside, source_records
    from ..hedging.sentences import accepted_cues
    from ..readability import sentence_difficulty

    a = doc.article
    text = a.text
    res = doc["readability"]
    atts = doc["attributions"]
    judged = doc["judgements"]
    cues = accepted_cues(doc["hedge_voices"], judged)  # as the per-article report counts them
    kinds = [p.kind for p in a.parts]
    body_parts = [i for i, k in enumerate(kinds) if k in BODY_KINDS]
    body_words = sum(len(a.words_in(a.parts[i])) for i in body_parts)

    facts = {(f.start, f.end): f for f in res.sentences}
    per_sentence = [dict.fromkeys(HEDGE_KINDS, 0) for _ in a.sentences]
    for c in cues:
        per_sentence[c.sentence][c.kind] += 1
    body_cues = dict.fromkeys(HEDGE_KINDS, 0)
    n_body = n_uncertain = n_weasel = 0
    for j in judged:
        if j.kind in BODY_KINDS:
            n_body += 1
            n_uncertain += bool(j.uncertain)
            n_weasel += bool(j.weasel)
            for k in HEDGE_KINDS:
                body_cues[k] += per_sentence[j.sentence][k]
    for j in judged:
        s = a.sentences[j.sentence]
        f = facts.get((s.start, s.end))
        diff = sentence_difficulty(f) if f is not None else None
        out["sentences"].append(
            {
                "seq": seq, "article": key, "sentence": j.sentence, "start": s.start, "end": s.end,
                "part": s.part, "part_kind": j.kind,
                "words": f.counts.words if f is not None else len(a.words_in(s)),
                "syllables": f.counts.syllables if f is not None else None,
                "difficulty": None if diff is None else round(diff, 2),
                "uncertain": bool(j.uncertain), "weasel": bool(j.weasel),
                "anonymous_source": bool(j.anonymous_source), "p_uncertain": j.p_uncertain,
                "uncertain_rule": j.uncertain_rule, "weasel_rule": j.weasel_rule,
                "anonymous_rule": j.anonymous_rule,
                **{f"{k}s": per_sentence[j.sentence][k] for k in HEDGE_KINDS},
            }
        )  # fmt: skip

    for table, found in (("attributions", atts), ("set_aside", set_aside(a))):
        for n, att in enumerate(found):
            out[table].append(
                {
                    "seq": seq, "article": key, "attribution": n, "kind": att.kind,
                    "source_type": att.source_type, "source_name": att.source_name, "mention": att.mention,
                    "role": att.role,
                    "channel": att.channel, "cue_class": att.cue_class, "part_kind": kinds[att.part],
                    "in_caption": bool(att.in_caption), "start": att.start, "end": att.end,
                    "cue": text[att.cue.start : att.cue.end] if att.cue else "",
                    "source": text[att.source.start : att.source.end] if att.source else "",
                    "content": " … ".join(text[c.start : c.end] for c in att.content),
                    "content_words": sum(a.count_words(c) for c in att.content),
                    "cue_by": att.cue_by.label() if att.cue else "",
                    "source_by": att.source_by.label() if att.source else "",
                    "content_by": att.content_by.label(), "keep_by": att.keep.label() if att.keep else "",
                }
            )  # fmt: skip
    inventory = source_records(a, atts)
    for src in inventory:
        out["sources"].append(
            {
                "seq": seq, "article": key, "source_name": src["source_name"],
                "source_type": src["source_type"], "role": src["role"], "attributions": src["attributions"],
                "direct": src["direct"], "indirect": src["indirect"], "content_words": src["content_words"],
                "first_sentence": src["first_sentence"], "channels": src["channels"],
            }
        )  # fmt: skip
    for n, c in enumerate(cues):
        out["hedges"].append(
            {
                "seq": seq, "article": key, "cue": n, "sentence": c.sentence,
                "part_kind": kinds[a.sentences[c.sentence].part], "start": c.start, "end": c.end,
                "category": c.category, "kind": c.kind, "voice": c.voice, "pattern": c.pattern,
                "text": text[c.start : c.end],
            }
        )  # fmt: skip

    shares = attribution_shares(a, atts)
    meta = a.meta
    row: dict[str, Any] = {
        "seq": seq, "article": key, "id": a.id, "where": a.source, "title": a.title,
        "date": meta.get("published", ""), "outlet": meta.get("outlet", ""),
        "publisher": meta.get("publisher", a.publisher), "url": meta.get("url", ""), "chars": len(text),
        "parts": len(a.parts), "paragraphs": kinds.count(PARAGRAPH), "sentences": len(a.sentences),
        "body_words": body_words, "scope": res.scope, "flags": " ".join(res.flags),
    }  # fmt: skip
    counts = res.counts.as_dict()
    row.update({f"rd_{c}": counts[c] for c in COUNTS})
    row.update({s: res.scores[s].value for s in SCORES})  # full precision: round where shown
    row.update({f"textstat_{s}": res.textstat.get(s) for s in SCORES})  # None unless asked (--textstat)
    row.update({f"attr_{k}": shares[k] for k in (*SHARE_INTS, *SHARE_FLOATS)})
    row["sources"] = len(inventory)
    row.update({f"{k}s": body_cues[k] for k in HEDGE_KINDS})
    row["hedges_per_100w"] = _per100(body_cues["hedge"], body_words)
    row["boosters_per_100w"] = _per100(body_cues["booster"], body_words)
    row["weasels_per_100w"] = _per100(body_cues["weasel"], body_words)
    row["body_sentences"] = n_body
    row["uncertain_sentences"] = n_uncertain
    row["weasel_sentences"] = n_weasel
    row["uncertain_share"] = round(n_uncertain / n_body, 3) if n_body else 0.0
    row["weasel_share"] = round(n_weasel / n_body, 3) if n_body else 0.0
    out["articles"].append(row)


def error_row(seq: int, key: str, where: str, severity: str, message: str) -> dict[str, Any]:
    return {"seq": seq, "article": key, "where": where, "severity": severity, "message": message}


def to_tables(rows: Rows) -> dict[str, pa.Table]:
    """The rows as Arrow tables with the fixed schemas, rows in corpus order."""
    return {name: _table(rows[name], SCHEMAS[name]) for name in TABLES}


def _table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """``pa.Table.from_pylist(rows, schema=schema)``, built column by column (the same table, faster)."""
    return pa.table({name: [r.get(name) for r in rows] for name in schema.names}, schema=schema)
