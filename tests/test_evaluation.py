import json

import pytest

from bot.errors import QuestionFileError
from bot.evaluation import read_questions, write_jsonl


def test_jsonl_rows_get_ids_from_the_row_number_when_missing(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "a?"}\n\n{"id": "x", "question": "b?"}\n{"id": 9, "question": "c?"}\n')
    assert [(r.id, r.question, r.line) for r in read_questions(path)] == [("1", "a?", 1), ("x", "b?", 3),
                                                                         ("9", "c?", 4)]


def test_csv_with_header_and_quoted_newlines(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('id,question\na,"two\nlines?"\nb,plain?\n', encoding="utf-8")
    rows = read_questions(path)
    assert [(r.id, r.question, r.line) for r in rows] == [("a", "two\nlines?", 2), ("b", "plain?", 4)]


def test_every_bad_row_is_reported_with_file_and_line(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "ok?"}\nnot json\n{"id": "1", "question": 5}\n[1]\n{"question": "dup?", "id": "1"}\n')
    with pytest.raises(QuestionFileError) as err:
        read_questions(path)
    message = str(err.value)
    for line in (2, 3, 4, 5):
        assert f"{path}:{line}:" in message
    assert "duplicate id '1'" in message and "nothing was answered" in message


def test_csv_without_a_question_column_is_rejected(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("id,text\n1,hello\n")
    with pytest.raises(QuestionFileError, match="no 'question' column"):
        read_questions(path)


def test_empty_file_and_unknown_type_are_rejected(tmp_path):
    empty = tmp_path / "q.jsonl"
    empty.write_text("")
    with pytest.raises(QuestionFileError, match="no questions"):
        read_questions(empty)
    with pytest.raises(QuestionFileError, match="unknown question file type"):
        read_questions(tmp_path / "q.txt") if (tmp_path / "q.txt").write_text("x") else None


def test_write_jsonl_leaves_no_partial_file_when_answering_fails(tmp_path):
    out = tmp_path / "r.jsonl"

    def records():
        yield {"id": "1"}
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_jsonl(out, records())
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert write_jsonl(out, [{"id": "1"}]) == 1 and json.loads(out.read_text()) == {"id": "1"}
