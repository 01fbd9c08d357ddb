"""Evaluation runs: what they write."""

import json

import pytest

from bot.evaluation.runs import write_jsonl


def test_write_jsonl_leaves_no_partial_file_when_answering_fails(tmp_path):
    out = tmp_path / "r.jsonl"

    def records():
        yield {"id": "1"}
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_jsonl(out, records())
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert write_jsonl(out, [{"id": "1"}]) == 1 and json.loads(out.read_text()) == {"id": "1"}
