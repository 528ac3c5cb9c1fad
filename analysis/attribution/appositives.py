"""Where a source's name stands after its description: two shapes of source noun phrase.

Why: a fact-check of unlabelled articles (session 13) found sources credited to a description and the
person's name shown as its role ("The American Samoan delegate to the U.S. House of Representatives,
Aumua Amata, told the press" gave the source "American Samoan delegate ...", typed a government body,
with the role "Aumua Amata"), and a person typed as an organisation with "named" in the role ("A
university student named Wong said": role "university student named", type named_organisation). A reader
resolves both to the person. Each shape is a small pure function over the source's words (determiners
already stripped), with its rule id (``rule_ids.tsv``) and an example; the resolver
(:mod:`analysis.attribution.sources`) names the person when one applies. The words they read are in data
files: role nouns (``role_nouns.tsv``, ``person_nouns.tsv``), the prepositions that open a role's own
phrase (``role_phrase_openers.txt``) and the naming participles (``action_senses.tsv``, sense
``naming``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from .. import lexicons

#: The most words a name after "named" may have ("a student named Li Wei Chen").
MAX_NAME_WORDS = 3


@cache
def role_phrase_openers() -> frozenset[str]:
    """The prepositions that open a role noun's own phrase (``role_phrase_openers.txt``)."""
    return lexicons.words("attribution/role_phrase_openers.txt")


def role_with_phrase(core: Sequence[str], roles: Collection[str], prepositions: Collection[str]) -> bool:
    """``role_phrase_appositive``: "The American Samoan delegate to the U.S. House of Representatives,
    Aumua Amata": capitalised modifiers (a nationality, a place, an organisation), then a lower-case role
    noun with its own phrase ("to ...", "of ...", "for ..."). The head is only a role, so a name in the
    appositive after it is the source, as after "The Vice President, Mike Pence".

    >>> role_with_phrase(["British", "delegate", "to", "the", "talks"], {"delegate"}, {"to"})
    True
    >>> role_with_phrase(["British", "Airways", "of", "London"], {"delegate"}, {"of"})
    False
    """
    k = next((k for k, w in enumerate(core) if w.islower() and w in roles), -1)
    if k <= 0 or k + 1 >= len(core) or core[k + 1] not in prepositions:
        return False
    return all(w[:1].isupper() for w in core[:k])


def named_after_role(
    core: Sequence[str], roles: Collection[str], naming: Collection[str]
) -> tuple[list[str], list[str]] | None:
    """``named_after_role``: "A university student named Wong", "a nurse called Okafor": a noun for a
    person, a naming participle, then a capitalised name of one to three words. Returns the role words and
    the name words ("university student", "Wong"), or None. The person is named; the participle belongs to
    neither (it is no part of the role).

    >>> named_after_role(["university", "student", "named", "Wong"], {"student"}, {"named"})
    (['university', 'student'], ['Wong'])
    >>> named_after_role(["a", "group", "called", "FurScience"], {"student"}, {"called"}) is None
    True
    """
    k = next((k for k, w in enumerate(core) if w.lower() in naming), -1)
    if k <= 0:
        return None
    name = list(core[k + 1 :])
    if not 1 <= len(name) <= MAX_NAME_WORDS or not all(w[:1].isupper() for w in name):
        return None
    noun = core[k - 1]
    if not noun.islower() or noun not in roles:
        return None
    return list(core[:k]), name
