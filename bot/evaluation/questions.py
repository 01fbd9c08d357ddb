"""Question files for batch evaluation: JSONL, CSV or plain text rows with optional gold fields, each bad row
reported as `file:line: reason`; and the answers of an earlier run, read from its result records, for comparison."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from bot.answer.compose import Answer
from bot.errors import QuestionFileError

MAX_REPORTED_PROBLEMS = 20


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
    try:
        data = path.read_bytes()
    except OSError as err:
        raise QuestionFileError(f"{path}: cannot be read ({err.strerror}). Check the path.") from None
    if b"\0" in data[:8192]:
        raise QuestionFileError(f"{path}: looks like a binary file, not a question file. Use .jsonl, .csv or .txt.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise QuestionFileError(f"{path}:{line}: not valid UTF-8 at byte offset {err.start}. Save it as UTF-8.") \
            from None
    problems: list[tuple[int, str]] = []
    if text.startswith(BOM):
        problems.append((1, "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM"))
        text = text[1:]
    suffix = path.suffix.lower()
    parsers = {".jsonl": _parse_jsonl, ".csv": _parse_csv, ".txt": _parse_lines}
    if suffix not in parsers:
        raise QuestionFileError(f"{path}: unknown question file type {suffix or '(none)'!r}. "
                                "Use .jsonl (one {\"question\": ...} object a line), .csv with a 'question' "
                                "column, or .txt with one question a line.")
    rows = parsers[suffix](text, problems)
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


def _parse_lines(text: str, problems: list) -> list[QuestionRow]:
    return [QuestionRow(str(n), line.strip(), line_no) for n, (line_no, line) in
            enumerate(((i, l) for i, l in enumerate(text.split("\n"), start=1) if l.strip()), start=1)]


def _parse_jsonl(text: str, problems: list) -> list[QuestionRow]:
    rows, number = [], 0
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        number += 1
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append((line_no, f"invalid JSON ({err.msg})"))
            continue
        if not isinstance(fields, dict):
            problems.append((line_no, "expected a JSON object like {\"question\": \"...\"}"))
            continue
        row = _row(fields, number, line_no, problems)
        if row:
            rows.append(row)
    return rows


def _parse_csv(text: str, problems: list) -> list[QuestionRow]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
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
    try:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as err:
        raise QuestionFileError(f"{path}: cannot be read as UTF-8 text ({err}).") from None
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append((line_no, f"invalid JSON ({err.msg})"))
            continue
        if not isinstance(record, dict) or not {"id", "status", "quotes", "question"} <= record.keys():
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
