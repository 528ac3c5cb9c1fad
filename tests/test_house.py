"""The house rules of the package, checked on its source (issue 12, item 5: "a house a researcher can read").

- No module uses an underscore name of another module: ``from .x import _y``, ``obj._y`` and a
  ``self._y`` that the module does not define (inherited from a class of another module) are private names
  leaking out of the module that owns them.
- The attribution shapes are tried in the order of one table (``shapes.order.ORDER``), the same order as
  ``rule_ids.tsv``; each shape is a function of its own module, with its rule id in the docstring, its
  examples, and an explicit context and sentence (or cue) as its parameters.
- The shapes, ``boundaries`` and ``rule_base`` hold no word lists: their word classes are in data files.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from analysis.attribution.rule_words import NAME, RuleWords, rule_words
from analysis.attribution.shapes import ORDER, order
from analysis.lexicons import load

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"


def private_uses(source: str) -> list[str]:
    """The underscore names ``source`` takes from other modules or objects, as "line: name"."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            out += [f"{node.lineno}: {a.name}" for a in node.names if _private(a.name)]
        elif isinstance(node, ast.Attribute) and _private(node.attr):
            if not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                out.append(f"{node.lineno}: {ast.unparse(node)}")
    return out


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_the_check_finds_private_names_used_across_modules() -> None:
    src = "from .rule_base import _Sent, Raw\nimport x\ny = x._cache\nz = self._own\nw = x.__name__\n"
    assert private_uses(src) == ["1: _Sent", "3: x._cache"]


def inherited_private_uses(source: str) -> list[str]:
    """``self._y`` in ``source`` where ``_y`` is not defined in ``source``: a private name of another
    module reached through a base class (the mixins the rules were once split over did this)."""
    tree = ast.parse(source)
    defined: set[str] = set()
    for n in ast.walk(tree):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            defined.add(n.name)
        elif isinstance(n, (ast.Assign, ast.AnnAssign)):
            for target in n.targets if isinstance(n, ast.Assign) else [n.target]:
                for x in ast.walk(target):
                    if isinstance(x, ast.Name):
                        defined.add(x.id)
                    elif isinstance(x, ast.Attribute):
                        defined.add(x.attr)
    return [
        f"{n.lineno}: self.{n.attr}"
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute)
        and _private(n.attr)
        and isinstance(n.value, ast.Name)
        and n.value.id in ("self", "cls")
        and n.attr not in defined
    ]


def test_the_check_finds_private_names_inherited_from_another_module() -> None:
    src = "class A(B):\n    _k = 1\n\n    def _own(self):\n        return self._k, self._theirs()\n"
    assert inherited_private_uses(src) == ["5: self._theirs"]


@pytest.mark.parametrize("folder", ["analysis", "tools", "benchmarks"])
def test_no_module_uses_a_private_name_of_another(folder: str) -> None:
    # tools and benchmarks too: a trainer that imports the scorer's ``_helper`` breaks when the scorer is
    # tidied, and the byte-for-byte ``--check`` of a shipped model would fail far from the cause
    root = PACKAGE.parent / folder
    found = {
        str(p.relative_to(root)): uses
        for p in sorted(root.rglob("*.py"))
        if (uses := private_uses(src := p.read_text(encoding="utf-8")) + inherited_private_uses(src))
    }
    assert found == {}


def _shape_rows() -> list[str]:
    """The rule ids of ``rule_ids.tsv`` decided by a shape, in file order."""
    return [row[0] for row in load("attribution/rule_ids.tsv").rows() if row[1].startswith("shapes/")]


def test_the_order_table_is_the_order_of_rule_ids_tsv() -> None:
    ids = [rule for rule, _ in ORDER if rule]
    assert list(dict.fromkeys(ids)) == _shape_rows()


def test_read_sentence_tries_the_cue_word_shapes_in_the_order_of_the_table() -> None:
    tree = ast.parse(inspect.getsource(order.read_sentence))
    found = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    calls = [n.func.id for n in sorted(found, key=lambda n: (n.lineno, n.col_offset))]  # in source order
    shapes = {fn.__name__ for _, fn in order.AT_CUE_WORDS}
    called = sorted({c for c in calls if c in shapes}, key=calls.index)
    assert called == [fn.__name__ for _, fn in order.AT_CUE_WORDS]


@pytest.mark.parametrize("rule,fn", ORDER, ids=[fn.__name__ for _, fn in ORDER])
def test_each_shape_is_a_documented_function_of_its_own_module(rule, fn) -> None:
    mod = inspect.getmodule(fn)
    assert mod is not None and mod.__name__.rsplit(".", 1)[-1] == fn.__name__  # one shape, one file
    assert mod.RULE == rule
    if rule:
        assert f"Rule id: ``{rule}``" in mod.__doc__
    assert mod.EXAMPLES and all(isinstance(e, str) for e in mod.EXAMPLES)
    params = list(inspect.signature(fn).parameters.values())
    assert params[0].name == "ctx" and params[0].annotation == "Context"
    assert params[1].annotation in ("Sentence", "VerbCue")


def _word_lists(source: str) -> list[str]:
    """Tuples, sets and lists of two or more word literals in ``source`` (EXAMPLES and ``__all__`` aside)."""
    tree = ast.parse(source)
    skip = set()
    for node in ast.walk(tree):
        targets = [node.target] if isinstance(node, ast.AnnAssign) else getattr(node, "targets", [])
        if any(isinstance(t, ast.Name) and t.id in ("EXAMPLES", "__all__", "__slots__") for t in targets):
            skip.add(id(node.value))
        if isinstance(node, ast.ClassDef):  # __slots__ inside a class
            for b in node.body:
                if isinstance(b, ast.Assign) and any(getattr(t, "id", "") == "__slots__" for t in b.targets):
                    skip.add(id(b.value))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.Set, ast.List)) and id(node) not in skip and len(node.elts) >= 2:
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(words) == len(node.elts) and any(w[:1].isalpha() for w in words):
                out.append(f"{node.lineno}: {words}")
    return out


def test_the_check_finds_word_lists_in_code() -> None:
    assert _word_lists('X = ("who", "which")\nEXAMPLES = ("a b", "c d")\nY = (",", ";")\n') == [
        "1: ['who', 'which']"
    ]


def test_shapes_boundaries_and_rule_base_hold_no_word_lists() -> None:
    attribution = PACKAGE / "attribution"
    files = [
        attribution / "rule_base.py",
        attribution / "boundaries.py",
        *sorted((attribution / "shapes").glob("*.py")),
    ]
    found = {p.name: w for p in files if (w := _word_lists(p.read_text(encoding="utf-8")))}
    assert found == {}


def test_rule_words_fills_every_class() -> None:
    words = rule_words()
    assert isinstance(words, RuleWords)
    assert words.relative_pronoun == frozenset({"who", "which", "that"})
    assert words.dash_lead == frozenset({"more from"})


@pytest.mark.parametrize(
    "body,error",
    [
        ("coordinator\tand\nnot_a_class\tx\n", "entry 2 has an unknown class 'not_a_class'"),
        ("coordinator and\n", "entry 1 ('coordinator and') is not 'class<TAB>word'"),
        ("coordinator\tand\n", "no words for class"),
        ("coordinator\tAnd\n", "entry 1 ('And') is not a lower-case word without space around it"),
        ("coordinator\tand \n", "entry 1 ('and ') is not a lower-case word without space around it"),
        (
            "coordinator\tand\ncoordinator\tor\nrelative_pronoun\twho\ncoordinator\tnor\n",
            "entry 4 defines class 'coordinator' again (first at entry 1)",
        ),
    ],
)
def test_a_bad_rule_words_file_is_a_clear_error(tmp_path, monkeypatch, body: str, error: str) -> None:
    import analysis.lexicons as lexicons

    (tmp_path / "attribution").mkdir()
    (tmp_path / "attribution" / "bad.tsv").write_text("# Source: a test\n" + body, encoding="utf-8")
    monkeypatch.setattr(lexicons, "data_path", lambda name: tmp_path / name)
    lexicons.load.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"attribution/bad\.tsv: .*") as exc:
            rule_words("attribution/bad.tsv")
        assert error in str(exc.value)
    finally:
        lexicons.load.cache_clear()
    assert NAME == "attribution/rule_words.tsv"
