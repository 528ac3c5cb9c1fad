"""The second labeller's labels: importing a session's drafts adds to the earlier sessions' labels.

Session 11 found that ``agreement import`` rewrote ``second/`` with only the drafts given, dropping the 33
articles of earlier sessions. Needs ``../shared`` (the import resolves drafts against the texts).
"""

from __future__ import annotations

import json

import pytest

from benchmarks.wikinews import agreement, corpus

pytestmark = pytest.mark.skipif(not corpus.CORPUS_DIR.exists(),
                                reason="needs ../shared (the Wikinews corpus)")


def test_import_keeps_the_articles_already_there_and_reports_a_bad_draft(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(agreement, "SECOND", tmp_path)
    earlier = {"id": "wikinews-2019-003", "split": "train", "attributions": []}
    (tmp_path / "attribution.jsonl").write_text(json.dumps(earlier) + "\n", encoding="utf-8")
    (tmp_path / "hedging.jsonl").write_text(json.dumps({**earlier, "sentences": []}) + "\n", encoding="utf-8")
    assert agreement.cmd_import([]) == 0
    assert capsys.readouterr().out == f"wrote {tmp_path} (0 drafts imported, 1 articles in all)\n"
    assert json.loads((tmp_path / "attribution.jsonl").read_text(encoding="utf-8")) == earlier
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert agreement.cmd_import([str(bad)]) == 1
    assert capsys.readouterr().err.startswith(f"error: {bad}: ")
    assert json.loads((tmp_path / "attribution.jsonl").read_text(encoding="utf-8")) == earlier
