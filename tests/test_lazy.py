"""Names imported on first use (analysis.lazy): the right object, kept, listed, and a clear error."""

import subprocess
import sys

import pytest

from analysis.lazy import lazy_names


def test_a_lazy_name_is_imported_from_its_submodule_and_kept():
    namespace: dict[str, object] = {}
    getattr_, dir_ = lazy_names("analysis", {"parse_article": "parsing"}, namespace)
    from analysis.parsing import parse_article

    assert getattr_("parse_article") is parse_article
    assert namespace == {"parse_article": parse_article}
    assert dir_() == ["parse_article"]


def test_an_unknown_name_is_an_attribute_error_naming_the_package():
    getattr_, _ = lazy_names("analysis.readability", {}, {})
    with pytest.raises(AttributeError, match=r"^module 'analysis.readability' has no attribute 'nope'$"):
        getattr_("nope")


def test_importing_the_packages_leaves_pandas_until_a_table_is_asked_for():
    code = (
        "import sys, analysis, analysis.readability as r\n"
        "before = 'pandas' in sys.modules\n"
        "r.words_table\n"
        "print(before, 'pandas' in sys.modules, 'words_table' in dir(r))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "False True True\n"


def test_the_attribution_and_hedging_packages_leave_pandas_until_a_table_is_asked_for():
    # predict attribution / predict hedging and the corpus workers judge and attribute without pandas
    code = (
        "import sys, analysis.attribution as a, analysis.hedging as h, analysis.hedging.sentences\n"
        "before = 'pandas' in sys.modules\n"
        "a.attributions_table, h.cues_table\n"
        "print(before, 'pandas' in sys.modules, 'source_inventory' in dir(a), 'densities' in dir(h))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "False True True True\n"
