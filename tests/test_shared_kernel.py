"""reporting.SharedKernel: many runs of a template notebook in one kernel, each as in a kernel of its own."""

from __future__ import annotations

import nbformat
import pytest

from analysis import reporting


def _template():
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell("X = 0")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Template"),
        params,
        nbformat.v4.new_code_cell("seen = globals().get('seen', 0) + 1\nprint('x is', X, 'run', seen)"),
        nbformat.v4.new_code_cell("1 / (X - 1)"),
    ]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


@pytest.fixture()
def paths(tmp_path):
    (tmp_path / "notebooks").mkdir()
    return reporting.Paths.for_root(tmp_path, tmp_path / "seeds")


def test_runs_equal_a_kernel_of_their_own_and_a_failure_stays_with_its_run(paths):
    template = _template()
    alone = reporting.execute_notebook(reporting.inject_parameters(template, {"X": 3}), paths, label="alone")
    with reporting.SharedKernel(paths) as kernel:
        first = kernel.run(reporting.inject_parameters(template, {"X": 2}), label="x=2")
        with pytest.raises(reporting.ReportError) as failed:
            kernel.run(reporting.inject_parameters(template, {"X": 1}), label="x=1")
        third = kernel.run(reporting.inject_parameters(template, {"X": 3}), label="x=3")
    assert str(failed.value) == "x=1: cell 4 ('1 / (X - 1)') failed: ZeroDivisionError: division by zero"
    assert [c.get("execution_count") for c in third.cells] == [None, 1, 2, 3, 4]
    assert reporting.dumps_notebook(reporting.strip_notebook(third)) == reporting.dumps_notebook(
        reporting.strip_notebook(alone)
    )
    assert first.cells[3].outputs[0]["text"] == "x is 2 run 1\n"
    assert third.cells[3].outputs[0]["text"] == "x is 3 run 1\n"  # nothing kept from the earlier runs
    assert third.cells[4].outputs[0]["data"]["text/plain"] == "0.5"
