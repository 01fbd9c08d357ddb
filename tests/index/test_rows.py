"""JSON Lines rows read on demand."""

import pytest

from bot.index.rows import JsonlRows, write_jsonl


def test_rows_are_read_by_position_slice_and_iteration(tmp_path):
    rows = [{"n": i, "text": f"línea {i} \u2028 with a line separator,\na newline and a \"quote\""} for i in range(5)]
    offsets = write_jsonl(tmp_path / "r.jsonl", rows)
    read = JsonlRows(tmp_path / "r.jsonl", offsets, lambda row: (row["n"], row["text"]))
    assert len(read) == 5
    assert read[0] == (0, rows[0]["text"]) and read[-1][0] == 4
    assert read[1:4] == [(i, rows[i]["text"]) for i in range(1, 4)]
    assert read[3:] == [(i, rows[i]["text"]) for i in range(3, 5)] and read[-2:-1] == [(3, rows[3]["text"])]
    assert read[::2] == [(i, rows[i]["text"]) for i in (0, 2, 4)] and read[4:1:-1] == [read[j] for j in (4, 3, 2)]
    assert read[2:2] == [] and read[4:9] == [read[4]]
    assert [n for n, _ in read] == list(range(5))
    with pytest.raises(IndexError):
        read[5]


def test_an_empty_file_has_no_rows(tmp_path):
    offsets = write_jsonl(tmp_path / "r.jsonl", [])
    assert list(JsonlRows(tmp_path / "r.jsonl", offsets, dict)) == []


def test_offsets_that_do_not_fit_the_file_are_refused(tmp_path):
    offsets = write_jsonl(tmp_path / "r.jsonl", [{"a": 1}, {"a": 2}])
    with open(tmp_path / "r.jsonl", "ab") as handle:
        handle.write(b'{"a": 3}\n')
    with pytest.raises(ValueError, match="r.jsonl does not end where its row offsets say"):
        JsonlRows(tmp_path / "r.jsonl", offsets, dict)
