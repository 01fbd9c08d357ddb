"""The health sets (tests/data/health, health2, health5-health11, doses, doses2) are sound: every
row reads as a question row, and every answerable row's expected passage occurs verbatim in the document it names."""

import json
from pathlib import Path

import pytest

from bot.documents.corpus import load_documents
from bot.evaluation.questions import read_questions

DATA = Path(__file__).resolve().parent.parent / "data"
STATUS = {"answerable": "answered", "follow-up": "answered", "emergency": "urgent"}


@pytest.mark.parametrize("name, size", [("health", 200), ("health2", 216), ("doses", 120), ("doses2", 140),
                                        ("health5", 155), ("health6", 150)])
def test_every_row_reads_and_every_expected_passage_is_in_its_document(name, size):
    folder = DATA / name
    questions = read_questions(folder / "questions.jsonl")
    rows = [json.loads(line) for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(questions.rows) == len(rows) == size and not questions.problems
    assert len({r["id"] for r in rows}) == len(rows)
    documents = {p.name: p.read_text(encoding="utf-8") for p in (folder / "docs").iterdir()}
    for row in rows:
        assert row["expected_status"] == STATUS.get(row["kind"], "not_found"), row["id"]
        if row["expected_status"] == "answered":
            text = documents[row["expected_source"]]
            assert all(passage in text for passage in row["expected"]), row["id"]
        else:
            assert "expected" not in row, row["id"]
    follow_ups = [q for q in questions.rows if q.history]
    assert len(follow_ups) == sum(r["kind"] == "follow-up" for r in rows)


@pytest.mark.parametrize("name", ["health7", "health8"])
def test_every_conversation_reads_and_its_expected_passages_are_in_their_documents(name):
    folder = DATA / name
    questions = read_questions(folder / "questions.jsonl")
    rows = [json.loads(line) for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(questions.rows) == len(rows) == 160 and not questions.problems
    assert len({r["id"] for r in rows}) == len(rows) and all(1 <= len(q.history) <= 3 for q in questions.rows)
    documents = {p.name: p.read_text(encoding="utf-8") for p in (folder / "docs").iterdir()}
    status = {"followup": "answered", "switch": "answered", "followup-not-covered": "not_found",
              "after-emergency": "urgent"}
    for row in rows:
        assert row["expected_status"] == status[row["kind"]], row["id"]
        assert bool(row["expected"]) is (row["expected_status"] == "answered"), row["id"]
        assert all(passage in documents[row["expected_source"]] for passage in row["expected"]), row["id"]


def test_the_ninth_sets_rows_read_and_their_passages_are_in_the_extracted_text():
    """health9 holds Word and web pages: its passages are checked against the text Verbatim extracts, white space
    read as one space (a page copied from a PDF breaks its lines inside sentences)."""
    folder = DATA / "health9"
    questions = read_questions(folder / "questions.jsonl")
    rows = [json.loads(line) for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(questions.rows) == len(rows) == 150 and not questions.problems
    assert len({r["id"] for r in rows}) == len(rows)
    documents = {d.source: " ".join(d.text.split()) for d in load_documents(folder / "docs")}
    assert len(documents) == 10
    for row in rows:
        assert row["expected_status"] == STATUS.get(row["kind"], "not_found"), row["id"]
        if row["expected_status"] == "answered":
            assert all(" ".join(p.split()) in documents[row["expected_source"]] for p in row["expected"]), row["id"]
        else:
            assert "expected" not in row, row["id"]


@pytest.mark.parametrize("name", ["health10", "health11"])
def test_the_new_conversations_read_and_their_passages_are_in_the_extracted_text(name):
    """health10 and health11 hold web pages: their passages are checked against the text Verbatim extracts, white
    space read as one space."""
    folder = DATA / name
    questions = read_questions(folder / "questions.jsonl")
    rows = [json.loads(line) for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(questions.rows) == len(rows) == 160 and not questions.problems
    assert len({r["id"] for r in rows}) == len(rows) and all(1 <= len(q.history) <= 3 for q in questions.rows)
    documents = {d.source: " ".join(d.text.split()) for d in load_documents(folder / "docs")}
    status = {"followup": "answered", "switch": "answered", "followup-not-covered": "not_found",
              "after-emergency": "urgent"}
    for row in rows:
        assert row["expected_status"] == status[row["kind"]], row["id"]
        assert bool(row["expected"]) is (row["expected_status"] == "answered"), row["id"]
        assert all(passage in documents[row["expected_source"]] for passage in row["expected"]), row["id"]
