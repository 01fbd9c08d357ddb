"""Question files for batch evaluation: JSONL, CSV or plain text rows with optional gold fields, each bad row
reported as `file:line: reason`; and the answers of an earlier run, read from its result records, for comparison.

Both are read one line at a time, and only from regular files (a FIFO, a device or a link to one is refused at
once), within the limits below: a run keeps every row and answer for its metrics and reports, so a file larger than
that is refused before it is read, with the advice to split it.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.answer.compose import Answer
from bot.errors import QuestionFileError
from bot.index.files import open_regular

MAX_REPORTED_PROBLEMS = 20
# A run holds every row and its answer in memory for metrics and reports, and answers a few questions a second: a
# hundred thousand questions is hours of answering and about a gigabyte of answers; split larger sets.
MAX_QUESTIONS = 100_000
MAX_QUESTION_FILE_BYTES = 32 * 2**20  # 100,000 rows with gold fields, with room to spare
MAX_RESULTS_FILE_BYTES = 256 * 2**20  # the result records of such a run, quotes included
# One row: a question is a few thousand characters at most (max_question_chars), gold fields a few more.
MAX_LINE_BYTES = 2**20


GOLD_STATUSES = ("answered", "not_found", "urgent")
BOM = "\ufeff"


@dataclass(frozen=True)
class QuestionRow:
    """One question of a question file, with optional gold fields; `line` is where it starts (1-based)."""

    id: str
    question: str
    line: int
    expected: tuple[str, ...] = ()  # strings a quote should contain
    expected_source: str | None = None  # the corpus file the first quote should come from
    expected_status: str | None = None  # "answered", "not_found" or "urgent"
    not_expected: tuple[str, ...] = ()  # strings no quote should contain (quotes marked "not relevant")


@dataclass(frozen=True)
class QuestionSet:
    """The good rows of a question file and the problems found, each as (line, reason)."""

    rows: list[QuestionRow]
    problems: list[tuple[int, str]]


def read_questions(path: Path, skip_invalid: bool = False) -> QuestionSet:
    """Rows of a `.jsonl`, `.csv` or `.txt` (one question a line) question file.

    Every bad row is a problem reported as `file:line: reason`. Unless `skip_invalid`, any problem raises
    QuestionFileError before anything is answered; with it, bad rows are left out and counted.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    parsers = {".jsonl": _parse_jsonl, ".csv": _parse_csv, ".txt": _parse_lines}
    if suffix not in parsers:
        raise QuestionFileError(f"{path}: unknown question file type {suffix or '(none)'!r}. "
                                "Use .jsonl (one {\"question\": ...} object a line), .csv with a 'question' "
                                "column, or .txt with one question a line.")
    problems: list[tuple[int, str]] = []
    with _open(path, MAX_QUESTION_FILE_BYTES) as handle:
        head = handle.read(8192)
        if b"\0" in head:
            raise QuestionFileError(f"{path}: looks like a binary file, not a question file. Use .jsonl, .csv or "
                                    ".txt.")
        handle.seek(0)
        rows = parsers[suffix](_lines(handle, path, MAX_QUESTION_FILE_BYTES, problems), problems)
    if not rows and not any(reason.startswith("the file has no") for _, reason in problems):
        problems.append((1, "the file has no questions"))
    seen: dict[str, int] = {}
    unique = []
    for row in rows:
        if row.id in seen:
            problems.append((row.line, f"duplicate id {row.id!r} (first on line {seen[row.id]})"))
        else:
            seen[row.id] = row.line
            unique.append(row)
    problems.sort()
    if problems and (not skip_invalid or not unique):
        raise QuestionFileError(describe_problems(path, problems) + "\nNothing was answered. Fix them and run again"
                                + ("." if not unique else ", or pass --skip-invalid to answer the good rows."))
    return QuestionSet(unique, problems)


def read_json_rows(path: Path) -> list[tuple[int, dict]]:
    """The JSON objects of a JSONL file, each with its line number, read within the same limits as question files;
    any bad line raises QuestionFileError naming every problem as `file:line: reason`."""
    path = Path(path)
    problems: list[tuple[int, str]] = []
    rows = []
    with _open(path, MAX_QUESTION_FILE_BYTES) as handle:
        for line_no, line in _lines(handle, path, MAX_QUESTION_FILE_BYTES, problems):
            if not line.strip():
                continue
            fields, problem = _json_row(line)
            if problem or not isinstance(fields, dict):
                problems.append((line_no, problem or "expected a JSON object"))
            else:
                rows.append((line_no, fields))
    if problems:
        raise QuestionFileError(describe_problems(path, problems) + "\nFix them and run again.")
    return rows


def describe_problems(path: Path, problems: list[tuple[int, str]]) -> str:
    """The problems as `file:line: reason` lines (the first few) and a count."""
    shown = "\n".join(f"{path}:{line}: {reason}" for line, reason in problems[:MAX_REPORTED_PROBLEMS])
    if len(problems) > MAX_REPORTED_PROBLEMS:
        shown += f"\n... and {len(problems) - MAX_REPORTED_PROBLEMS} more"
    return f"{shown}\n{len(problems)} problem(s) in {path}."


def _row(fields: dict, number: int, line: int, problems: list) -> QuestionRow | None:
    question = fields.get("question")
    if not isinstance(question, str):
        problems.append((line, "missing 'question' (a string)"))
        return None
    raw_id = fields.get("id")
    if raw_id is None or raw_id == "":
        raw_id = str(number)
    if not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool):
        problems.append((line, "'id' must be a string or an integer"))
        return None
    expected, not_expected = _strings(fields, "expected", line, problems), _strings(fields, "not_expected", line,
                                                                                    problems)
    if expected is None or not_expected is None:
        return None
    source = fields.get("expected_source") or None
    if source is not None and not isinstance(source, str):
        problems.append((line, "'expected_source' must be a string"))
        return None
    status = fields.get("expected_status") or None
    if status is not None and status not in GOLD_STATUSES:
        problems.append((line, f"'expected_status' must be one of {', '.join(GOLD_STATUSES)}, got {status!r}"))
        return None
    return QuestionRow(str(raw_id), question, line, tuple(expected), source, status, tuple(not_expected))


def _strings(fields: dict, name: str, line: int, problems: list) -> list[str] | None:
    value = fields.get(name)
    if isinstance(value, str):
        value = [value] if value else []
    if value is None:
        value = []
    if not isinstance(value, list) or not all(isinstance(e, str) for e in value):
        problems.append((line, f"'{name}' must be a string or a list of strings"))
        return None
    return value


def _open(path: Path, max_bytes: int):
    """`path` opened for reading when it is a regular file of at most `max_bytes`; QuestionFileError otherwise."""
    try:
        handle = open_regular(path)
    except OSError as err:
        advice = "Pass a regular file." if err.errno == errno.EINVAL else "Check the path."
        raise QuestionFileError(f"{path}: cannot be read ({err.strerror}). {advice}") from None
    size = os.fstat(handle.fileno()).st_size
    if size > max_bytes:
        handle.close()
        raise _too_large(path, max_bytes)
    return handle


def _too_large(path: Path, max_bytes: int) -> QuestionFileError:
    return QuestionFileError(f"{path}: larger than {max_bytes // 2**20} MB, more than one evaluation run holds (at "
                             f"most {MAX_QUESTIONS:,} questions). Split it into smaller files and run each.")


def _lines(handle, path: Path, max_bytes: int, problems: list) -> Iterator[tuple[int, str]]:
    """Each line of the open file `handle` with its number (1-based), decoded, its "\\n" kept. A line longer than
    MAX_LINE_BYTES is a problem and skipped; a byte order mark at the start is a problem and dropped; invalid UTF-8,
    more than MAX_QUESTIONS lines with text or more than `max_bytes` bytes (a file that grows) end the reading with
    QuestionFileError."""
    read = line_no = rows = 0
    while line := handle.readline(MAX_LINE_BYTES + 1):
        line_no += 1
        offset, read = read, read + len(line)
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            problems.append((line_no, f"the line is longer than {MAX_LINE_BYTES:,} bytes"))
            while line and not line.endswith(b"\n"):  # skip the rest of it, a part at a time
                line = handle.readline(MAX_LINE_BYTES)
                read += len(line)
            line = b"\n"
        if read > max_bytes:
            raise _too_large(path, max_bytes)
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as err:
            raise QuestionFileError(f"{path}:{line_no}: not valid UTF-8 at byte offset {offset + err.start}. "
                                    "Save it as UTF-8.") from None
        if line_no == 1 and text.startswith(BOM):
            problems.append((1, "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM"))
            text = text[1:]
        if text.strip():
            rows += 1
            if rows > MAX_QUESTIONS:
                raise QuestionFileError(f"{path}:{line_no}: more than {MAX_QUESTIONS:,} rows. Split it into "
                                        "smaller files and run each.")
        yield line_no, text


def _json_row(line: str) -> tuple[object, str | None]:
    """The JSON value of one line (its "\\n" left out), or None and why it is not JSON."""
    try:
        return json.loads(line.removesuffix("\n")), None
    except json.JSONDecodeError as err:
        return None, f"invalid JSON ({err.msg})"
    except RecursionError:
        return None, "invalid JSON (nested too deeply)"
    except ValueError as err:  # e.g. an integer of more digits than Python converts
        return None, f"invalid JSON ({err})"


def _parse_lines(lines: Iterator[tuple[int, str]], problems: list) -> list[QuestionRow]:
    numbered = ((line_no, line.strip()) for line_no, line in lines if line.strip())
    return [QuestionRow(str(n), question, line_no) for n, (line_no, question) in enumerate(numbered, start=1)]


def _parse_jsonl(lines: Iterator[tuple[int, str]], problems: list) -> list[QuestionRow]:
    rows, number = [], 0
    for line_no, line in lines:
        if not line.strip():
            continue
        number += 1
        fields, problem = _json_row(line)
        if problem:
            problems.append((line_no, problem))
            continue
        if not isinstance(fields, dict):
            problems.append((line_no, "expected a JSON object like {\"question\": \"...\"}"))
            continue
        row = _row(fields, number, line_no, problems)
        if row:
            rows.append(row)
    return rows


def _csv_lines(lines: Iterator[tuple[int, str]]) -> Iterator[str]:
    """The lines as the csv module reads a file opened with newline="": a lone "\\r" ends one too."""
    for _, line in lines:
        yield from io.StringIO(line, newline="")


def _parse_csv(lines: Iterator[tuple[int, str]], problems: list) -> list[QuestionRow]:
    reader = csv.DictReader(_csv_lines(lines))
    if not reader.fieldnames or "question" not in reader.fieldnames:
        problems.append((1, "the file has no header row with a 'question' column"))
        return []
    rows, number = [], 0
    start_line = reader.line_num + 1
    try:
        for fields in reader:
            number += 1
            if None in fields:
                problems.append((start_line, "more fields than the header has"))
            else:
                fields = dict(fields)
                for name in ("expected", "not_expected"):
                    if fields.get(name):
                        fields[name] = [e for e in fields[name].split("|") if e.strip()]
                row = _row(fields, number, start_line, problems)
                if row:
                    rows.append(row)
            start_line = reader.line_num + 1
    except csv.Error as err:
        problems.append((start_line, f"malformed CSV ({err})"))
    return rows


def read_answers(path: Path) -> dict[str, Answer]:
    """The answers of an earlier run's result records, by id (for --compare; a later duplicate id wins); malformed
    lines are reported as file:line."""
    answers, problems = {}, []
    path = Path(path)
    with _open(path, MAX_RESULTS_FILE_BYTES) as handle:
        for line_no, line in _lines(handle, path, MAX_RESULTS_FILE_BYTES, problems):
            if not line.strip():
                continue
            record, problem = _json_row(line.removesuffix("\n").removesuffix("\r"))
            if problem:
                problems.append((line_no, problem))
                continue
            if (not isinstance(record, dict) or not {"id", "status", "quotes", "question"} <= record.keys()
                    or not isinstance(record["id"], (str, int))):
                problems.append((line_no, "not a result record (needs id, question, status, quotes)"))
                continue
            try:
                answer = Answer.from_record(record)
            except (KeyError, TypeError):
                problems.append((line_no, "not a result record (each quote needs text, source, start, end, score)"))
                continue
            answers[record["id"]] = answer
    if problems:
        raise QuestionFileError(describe_problems(Path(path), problems) + " Pass the results of an earlier eval.")
    return answers
