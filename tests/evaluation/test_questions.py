
import json

import pytest

from bot import NOTICE
from bot.answer.compose import Answer, Quote
from bot.errors import QuestionFileError
from bot.evaluation.questions import read_answers, read_questions
from tests.support.threads import read_in_a_thread


def rows_of(path, **kwargs):
    return [(r.id, r.question, r.line) for r in read_questions(path, **kwargs).rows]


def test_jsonl_rows_get_ids_from_the_row_number_when_missing(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "a?"}\n\n{"id": "x", "question": "b?"}\n{"id": 9, "question": "c?"}\n')
    assert rows_of(path) == [("1", "a?", 1), ("x", "b?", 3), ("9", "c?", 4)]


def test_gold_fields_are_read_from_jsonl_and_csv(tmp_path):
    jsonl = tmp_path / "q.jsonl"
    jsonl.write_text('{"question": "a?", "expected": "magnesium", "expected_source": "a.txt", '
                     '"expected_status": "answered"}\n{"question": "b?", "expected": ["x", "y"]}\n')
    first, second = read_questions(jsonl).rows
    assert (first.expected, first.expected_source, first.expected_status) == (("magnesium",), "a.txt", "answered")
    assert second.expected == ("x", "y") and second.expected_status is None
    csv_path = tmp_path / "q.csv"
    csv_path.write_text("question,expected,expected_status\nc?,one|two,not_found\n")
    row = read_questions(csv_path).rows[0]
    assert (row.expected, row.expected_status) == (("one", "two"), "not_found")


def test_plain_text_files_hold_one_question_a_line(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text("First question?\n\n  Second question?  \n")
    assert rows_of(path) == [("1", "First question?", 1), ("2", "Second question?", 3)]


def test_csv_with_header_and_quoted_newlines(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('id,question\na,"two\nlines?"\nb,plain?\n', encoding="utf-8")
    assert rows_of(path) == [("a", "two\nlines?", 2), ("b", "plain?", 4)]


def test_every_bad_row_is_reported_with_file_and_line(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "ok?"}\nnot json\n{"id": "1", "question": 5}\n[1]\n{"question": "dup?", "id": "1"}\n'
                    '{"question": "s?", "expected_status": "maybe"}\n{"question": "e?", "expected": [1]}\n')
    with pytest.raises(QuestionFileError) as err:
        read_questions(path)
    message = str(err.value)
    for line in (2, 3, 4, 5, 6, 7):
        assert f"{path}:{line}:" in message
    assert "duplicate id '1'" in message and "Nothing was answered" in message and "--skip-invalid" in message


def test_skip_invalid_keeps_the_good_rows_and_counts_the_bad(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "ok?"}\nnot json\n{"question": "also ok?"}\n')
    questions = read_questions(path, skip_invalid=True)
    assert [r.question for r in questions.rows] == ["ok?", "also ok?"]
    assert questions.problems == [(2, "invalid JSON (Expecting value)")]


def test_a_byte_order_mark_is_reported_and_skippable(tmp_path):
    path = tmp_path / "q.csv"
    path.write_bytes("\ufeffquestion\nWhat?\n".encode("utf-8"))
    with pytest.raises(QuestionFileError, match=r"q\.csv:1: the file starts with a byte order mark"):
        read_questions(path)
    assert rows_of(path, skip_invalid=True) == [("1", "What?", 2)]


def test_binary_and_non_utf8_question_files_are_rejected(tmp_path):
    binary = tmp_path / "q.jsonl"
    binary.write_bytes(b"\x00\x01\x02PNG")
    with pytest.raises(QuestionFileError, match="binary"):
        read_questions(binary)
    latin = tmp_path / "l.txt"
    latin.write_bytes(b"ok\ncaf\xe9?\n")
    with pytest.raises(QuestionFileError, match=r"l\.txt:2: not valid UTF-8"):
        read_questions(latin)


def test_csv_without_a_question_column_is_rejected(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("id,text\n1,hello\n")
    with pytest.raises(QuestionFileError, match="no header row with a 'question' column"):
        read_questions(path)


def test_empty_file_and_unknown_type_are_rejected(tmp_path):
    empty = tmp_path / "q.jsonl"
    empty.write_text("")
    with pytest.raises(QuestionFileError, match="no questions"):
        read_questions(empty, skip_invalid=True)
    other = tmp_path / "q.xml"
    other.write_text("<q/>")
    with pytest.raises(QuestionFileError, match="unknown question file type"):
        read_questions(other)


def test_old_runs_for_compare_must_be_result_records(tmp_path):
    path = tmp_path / "old.jsonl"
    path.write_text('{"id": "1", "question": "q", "status": "answered", "quotes": []}\n{"id": 2}\n'
                    '{"id": "3", "question": "q", "status": "answered", "quotes": [{"text": "t"}]}\n'
                    '{"id": "4", "question": "q", "status": "answered", "quotes": "none"}\n')
    with pytest.raises(QuestionFileError, match=r"old\.jsonl:2: not a result record") as raised:
        read_answers(path)
    assert "old.jsonl:3: not a result record" in str(raised.value)
    assert "old.jsonl:4: not a result record" in str(raised.value)


def test_old_runs_are_read_back_as_the_answers_that_wrote_them(tmp_path):
    quote = Quote("Iron helps.", "iron.pdf", 3, 14, None, None, 2, 2, "Iron > Uses", 0.8125)
    answers = {"a": Answer("Does iron help?", "answered", f"> Iron helps.\n\n*{NOTICE}*", NOTICE, (quote,)),
               "b": Answer("Capital of France?", "not_found", "Nothing.", NOTICE, ())}
    path = tmp_path / "old.jsonl"
    first = Answer("Does iron help?", "not_found", "Nothing.", NOTICE, ())
    path.write_text(json.dumps(first.to_record("a")) + "\n"
                    + "".join(json.dumps(answer.to_record(id)) + "\n" for id, answer in answers.items()))
    assert read_answers(path) == answers  # a later line with the same id wins
    assert {id: a.to_record(id) for id, a in read_answers(path).items()} == {
        id: a.to_record(id) for id, a in answers.items()}


def test_old_runs_from_before_pages_and_headings_were_cited_still_read(tmp_path):
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps({"id": "1", "question": "q", "status": "answered", "answer": "a", "notice": NOTICE,
                                "quotes": [{"text": "t", "source": "s.txt", "start": 0, "end": 1, "line_start": 1,
                                            "line_end": 1, "score": 0.5}]}) + "\n")
    quote = read_answers(path)["1"].quotes[0]
    assert quote == Quote("t", "s.txt", 0, 1, 1, 1, None, None, "", 0.5)


@pytest.mark.parametrize("read", [read_questions, read_answers])
def test_a_fifo_is_refused_at_once_as_a_question_file_or_an_earlier_run(tmp_path, read):
    import os

    fifo = tmp_path / "q.jsonl"
    os.mkfifo(fifo)
    err = read_in_a_thread(lambda: read(fifo), fifo)
    assert isinstance(err, QuestionFileError)
    assert str(err) == f"{fifo}: cannot be read (not a regular file but a FIFO (named pipe)). Pass a regular file."


@pytest.mark.parametrize("read", [read_questions, read_answers])
def test_a_link_to_a_device_is_refused_without_reading_it(tmp_path, read):
    link = tmp_path / "q.txt"
    link.symlink_to("/dev/null")  # /dev/zero alike, which would be read until memory runs out
    with pytest.raises(QuestionFileError, match=r"q\.txt: cannot be read \(not a regular file but a character "
                                                r"device\)\. Pass a regular file\."):
        read(link)


@pytest.mark.parametrize("read, limit", [(read_questions, "MAX_QUESTION_FILE_BYTES"),
                                         (read_answers, "MAX_RESULTS_FILE_BYTES")])
def test_a_file_larger_than_a_run_holds_is_refused_before_it_is_read(tmp_path, read, limit):
    import os

    from bot.evaluation import questions

    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "a?"}\n', encoding="utf-8")
    os.truncate(path, getattr(questions, limit) + 1)  # sparse: no disk space taken
    with pytest.raises(QuestionFileError, match=r"q\.jsonl: larger than \d+ MB, more than one evaluation run holds "
                                                r"\(at most 100,000 questions\)\. Split it into smaller files"):
        read(path)


def test_more_rows_than_a_run_holds_are_refused_at_the_first_one_too_many(tmp_path, monkeypatch):
    from bot.evaluation import questions

    monkeypatch.setattr(questions, "MAX_QUESTIONS", 3)
    path = tmp_path / "q.txt"
    path.write_text("a?\n\nb?\nc?\nd?\ne?\n", encoding="utf-8")
    with pytest.raises(QuestionFileError, match=r"q\.txt:5: more than 3 rows\. Split it into smaller files"):
        read_questions(path, skip_invalid=True)


def test_a_line_longer_than_a_row_can_be_is_a_bad_row_and_the_next_lines_are_read(tmp_path):
    from bot.evaluation.questions import MAX_LINE_BYTES

    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "a?"}\n' + json.dumps({"question": "x" * MAX_LINE_BYTES}) + '\n'
                    '{"question": "b?"}\n', encoding="utf-8")
    questions = read_questions(path, skip_invalid=True)
    assert [(r.question, r.line) for r in questions.rows] == [("a?", 1), ("b?", 3)]
    assert questions.problems == [(2, f"the line is longer than {MAX_LINE_BYTES:,} bytes")]


def test_rows_nested_too_deeply_or_with_overlong_numbers_are_bad_rows_not_crashes(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "a?"}\n' + "[" * 100_000 + "\n"
                    + '{"question": "b?", "expected": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
                    + '{"id": ' + "1" * 5000 + ', "question": "c?"}\n', encoding="utf-8")
    with pytest.raises(QuestionFileError) as raised:
        read_questions(path)
    message = str(raised.value)
    assert f"{path}:2: invalid JSON (nested too deeply)" in message
    assert f"{path}:3: invalid JSON (nested too deeply)" in message
    assert f"{path}:4: invalid JSON (Exceeds the limit" in message
    old = tmp_path / "old.jsonl"
    old.write_text("[" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(QuestionFileError, match=r"old\.jsonl:1: invalid JSON \(nested too deeply\)"):
        read_answers(old)


def test_a_row_may_carry_the_earlier_turns_of_its_conversation(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "What about at night?", "history": ["Can magnesium help restless legs?"]}\n'
                    '{"question": "And creams?"}\n{"question": "Why?", "history": "not a list"}\n')
    result = read_questions(path, skip_invalid=True)
    assert [row.history for row in result.rows] == [("Can magnesium help restless legs?",), ()]
    assert result.problems == [(3, "'history' must be a list of the earlier user turns, as strings, oldest first")]
