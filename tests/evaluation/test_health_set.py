"""The held-out health set (tests/data/health) is sound: every row reads as a question row, and every answerable
row's expected passage occurs verbatim in the document it names."""

import json
from pathlib import Path

from bot.evaluation.questions import read_questions

HEALTH = Path(__file__).resolve().parent.parent / "data" / "health"


def test_every_row_reads_and_every_expected_passage_is_in_its_document():
    questions = read_questions(HEALTH / "questions.jsonl")
    rows = [json.loads(line) for line in (HEALTH / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(questions.rows) == len(rows) == 200
    assert len({r["id"] for r in rows}) == len(rows)
    documents = {p.name: p.read_text(encoding="utf-8") for p in (HEALTH / "docs").iterdir()}
    for row in rows:
        assert row["expected_status"] == {"answerable": "answered", "emergency": "urgent"}.get(row["kind"], "not_found")
        if row["kind"] == "answerable":
            text = documents[row["expected_source"]]
            assert all(passage in text for passage in row["expected"]), row["id"]
        else:
            assert "expected" not in row, row["id"]
