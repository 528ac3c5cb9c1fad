"""The closed word classes of the attribution rules, read from ``analysis/data/attribution/rule_words.tsv``.

The shapes and the content boundaries compare a sentence's lower-cased tokens with these classes; keeping
them in one data file (with its source) means a reader finds every word a rule reacts to in one place,
and a change to a class is a change to data, not to code.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from ..lexicons import load

NAME = "attribution/rule_words.tsv"


@dataclass(frozen=True)
class RuleWords:
    """One field per class of ``rule_words.tsv`` (see the comments there for what each is for)."""

    clause_subject: frozenset[str]
    np_join: frozenset[str]
    pronoun_determiner: frozenset[str]
    participle_lead: frozenset[str]
    participle_adjunct: frozenset[str]
    infinitive_lead: frozenset[str]
    modal: frozenset[str]
    nonfinite_be: frozenset[str]
    time_noun: frozenset[str]
    no_inversion_class: frozenset[str]
    belief_class: frozenset[str]
    nested_report_class: frozenset[str]
    nested_report_exclude: frozenset[str]
    past_stance_class: frozenset[str]
    past_stance_subject: frozenset[str]
    nested_report_over_tagger: frozenset[str]
    main_clause_rule: frozenset[str]
    statement_class: frozenset[str]
    coordinator: frozenset[str]
    conjunction: frozenset[str]
    list_joiner: frozenset[str]
    complementizer: frozenset[str]
    question_complementizer: frozenset[str]
    relative_pronoun: frozenset[str]
    generic_antecedent: frozenset[str]
    wh_relative: frozenset[str]
    relative_word: frozenset[str]
    article: frozenset[str]
    indefinite_article: frozenset[str]
    clause_start: frozenset[str]
    demonstrative: frozenset[str]
    duration_preposition: frozenset[str]
    time_lead: frozenset[str]
    not_naming_as: frozenset[str]
    kept_directive_form: frozenset[str]
    object_colon_class: frozenset[str]
    relative_according: frozenset[str]
    quantity_only: frozenset[str]
    adverb_ending: frozenset[str]
    person_state_modifier: frozenset[str]
    bare_time_adverb: frozenset[str]
    object_preposition: frozenset[str]
    cue_preposition: frozenset[str]
    pronoun_addressee: frozenset[str]
    occasion_conjunction: frozenset[str]
    source_end: frozenset[str]
    source_end_before_date: frozenset[str]
    colon_name_word: frozenset[str]
    colon_addressee: frozenset[str]
    name_word: frozenset[str]
    name_particle: frozenset[str]
    be_form: frozenset[str]
    dash_lead: frozenset[str]
    negated_infinitive: frozenset[str]
    go_form: frozenset[str]
    agent_class: frozenset[str]
    source_joiner: frozenset[str]
    pair_lead: frozenset[str]
    count_lead: frozenset[str]
    fronted_clause_opener: frozenset[str]
    according_lead: frozenset[str]
    quoted_name_cue: frozenset[str]
    as_determiner: frozenset[str]
    month_lead: frozenset[str]
    not_agent: frozenset[str]
    antecedent_stop: frozenset[str]
    lone_connective: frozenset[str]
    there_verb: frozenset[str]
    adjunct_lead: frozenset[str]
    channel_rider: frozenset[str]
    channel_platform: frozenset[str]
    event_preposition: frozenset[str]
    spliced_connective: frozenset[str]
    citing_cue: frozenset[str]
    relative_citing_cue: frozenset[str]
    agent_noun: frozenset[str]
    agent_noun_preposition: frozenset[str]
    inner_belief_verb: frozenset[str]
    inner_belief_adjective: frozenset[str]
    inner_belief_that_verb: frozenset[str]
    perfect_aux: frozenset[str]
    inner_belief_stop: frozenset[str]
    inner_belief_not_subject: frozenset[str]
    regard_verb: frozenset[str]
    regard_complement: frozenset[str]
    be_past_present: frozenset[str]
    degree_adverb: frozenset[str]
    possessive: frozenset[str]
    addressee_link: frozenset[str]
    medium_noun: frozenset[str]
    medium_preposition: frozenset[str]
    programme_noun: frozenset[str]
    outlet_description_noun: frozenset[str]
    bare_that_verb: frozenset[str]
    belief_adjective: frozenset[str]
    ruling_particle: frozenset[str]
    rule_out_verb: frozenset[str]
    ruled_out_object: frozenset[str]
    ruled_out_noun: frozenset[str]
    ruled_out_call: frozenset[str]
    lead_in_dash: frozenset[str]
    occasion_time_noun: frozenset[str]
    occasion_object_noun: frozenset[str]
    occasion_lead: frozenset[str]
    occasion_clause_opener: frozenset[str]
    narration_opener: frozenset[str]
    clause_only_cue: frozenset[str]
    ly_noun: frozenset[str]
    adverb_clause_opener: frozenset[str]
    behalf_preposition: frozenset[str]
    topic_of_cue: frozenset[str]
    topic_preposition: frozenset[str]
    sending_verb: frozenset[str]
    accused_act_class: frozenset[str]
    fronted_conjunction: frozenset[str]
    indefinite_subject: frozenset[str]
    forecast_pronoun: frozenset[str]
    forecaster_plural: frozenset[str]
    negatable_auxiliary: frozenset[str]
    negation: frozenset[str]
    negated_auxiliary: frozenset[str]
    participle_stop: frozenset[str]
    participle_clause_opener: frozenset[str]
    simple_past_only: frozenset[str]
    per_unit: frozenset[str]
    per_source_opener: frozenset[str]
    estimate_verb: frozenset[str]
    estimate_preposition: frozenset[str]
    quantity_word: frozenset[str]
    quantity_lead: frozenset[str]
    quantity_noun: frozenset[str]
    quantity_of_noun: frozenset[str]
    time_after_number: frozenset[str]
    phrasal_particle: frozenset[str]
    free_relative: frozenset[str]
    put_it_verb: frozenset[str]
    document_clause_verb: frozenset[str]
    visual_document: frozenset[str]
    plural_document: frozenset[str]
    statement_verb: frozenset[str]
    statement_noun: frozenset[str]
    statement_author: frozenset[str]
    statement_effect: frozenset[str]
    medium_verb: frozenset[str]
    medium_past: frozenset[str]
    identify_verb: frozenset[str]


@cache
def rule_words(name: str = NAME) -> RuleWords:
    """The classes of data file ``name``; a row with no tab or an unknown class, a class with no row, or a
    word that no lower-cased token can equal (a capital letter, space around it) is a ``ValueError``
    naming the file and the problem: the rules compare lower-cased tokens, so such a word would never
    match and nobody would see why. So is a class whose rows stand in two separate places: a new block
    that reuses an existing class's name would silently merge into it and change what another rule reads
    (session 9: colon-list joiners named ``list_joiner`` changed an unrelated dev8 content)."""
    known = {f.name for f in fields(RuleWords)}
    classes: dict[str, set[str]] = {k: set() for k in known}
    first: dict[str, int] = {}
    previous = ""
    for k, row in enumerate(load(name).rows(), 1):
        if len(row) != 2 or not row[1]:
            raise ValueError(f"{name}: entry {k} ({row[0]!r}) is not 'class<TAB>word'")
        if row[0] not in known:
            raise ValueError(f"{name}: entry {k} has an unknown class {row[0]!r}")
        if row[0] != previous and row[0] in first:
            raise ValueError(
                f"{name}: entry {k} defines class {row[0]!r} again (first at entry {first[row[0]]}); "
                "keep a class's words together or name the new class differently"
            )
        first.setdefault(row[0], k)
        previous = row[0]
        if row[1] != row[1].strip() or row[1] != row[1].lower():
            raise ValueError(
                f"{name}: entry {k} ({row[1]!r}) is not a lower-case word without space around it"
            )
        classes[row[0]].add(row[1])
    empty = sorted(k for k, v in classes.items() if not v)
    if empty:
        raise ValueError(f"{name}: no words for class {', '.join(empty)}")
    return RuleWords(**{k: frozenset(v) for k, v in classes.items()})


#: The classes the rules read (loaded once, when the rules are imported).
WORDS = rule_words()
