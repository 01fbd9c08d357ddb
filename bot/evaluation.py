"""Batch evaluation: reading question files (JSONL or CSV) and writing one result record per row, in order."""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from bot.answer import Answer
from bot.errors import QuestionFileError

MAX_REPORTED_PROBLEMS = 20


@dataclass(frozen=True)
class QuestionRow:
    """One question of a question file; `line` is where it stands in the file (1-based)."""

    id: str
    question: str
    line: int


def read_questions(path: Path) -> list[QuestionRow]:
    """Rows of a `.jsonl` or `.csv` question file. Raises QuestionFileError listing every bad row as file:line."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise QuestionFileError(f"{path}: cannot be read ({err.strerror}). Check the path.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise QuestionFileError(f"{path}: not valid UTF-8 at byte offset {err.start}. Save it as UTF-8.") from None
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        rows, problems = _parse_jsonl(text)
    elif suffix == ".csv":
        rows, problems = _parse_csv(text)
    else:
        raise QuestionFileError(f"{path}: unknown question file type {suffix or '(none)'!r}. "
                                "Use a .jsonl file (one {\"question\": ...} object per line) or a .csv with a "
                                "'question' column.")
    if not rows and not problems:
        problems.append((1, "the file has no questions"))
    seen: dict[str, int] = {}
    for row in rows:
        if row.id in seen:
            problems.append((row.line, f"duplicate id {row.id!r} (first on line {seen[row.id]})"))
        seen.setdefault(row.id, row.line)
    if problems:
        problems.sort()
        shown = "\n".join(f"{path}:{line}: {reason}" for line, reason in problems[:MAX_REPORTED_PROBLEMS])
        if len(problems) > MAX_REPORTED_PROBLEMS:
            shown += f"\n... and {len(problems) - MAX_REPORTED_PROBLEMS} more"
        raise QuestionFileError(f"{shown}\n{len(problems)} bad row(s) in {path}; nothing was answered. "
                                "Fix them and run again.")
    return rows


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
    return QuestionRow(str(raw_id), question, line)


def _parse_jsonl(text: str) -> tuple[list[QuestionRow], list]:
    rows, problems, number = [], [], 0
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
    return rows, problems


def _parse_csv(text: str) -> tuple[list[QuestionRow], list]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "question" not in reader.fieldnames:
        return [], [(1, "the header row has no 'question' column")]
    rows, problems, number = [], [], 0
    start_line = reader.line_num + 1
    for fields in reader:
        number += 1
        if None in fields:
            problems.append((start_line, "more fields than the header has"))
        else:
            row = _row({k: v for k, v in fields.items()}, number, start_line, problems)
            if row:
                rows.append(row)
        start_line = reader.line_num + 1
    return rows, problems


def answer_rows(rows: Sequence[QuestionRow], ask_batch: Callable[[list[str]], list[Answer]],
                batch_size: int = 64, progress: bool = False) -> Iterable[dict]:
    """Result records for `rows`, in order, asking in batches."""
    from tqdm import tqdm

    with tqdm(total=len(rows), disable=not progress, unit="q", desc="questions") as bar:
        for first in range(0, len(rows), batch_size):
            batch = rows[first:first + batch_size]
            for row, answer in zip(batch, ask_batch([r.question for r in batch])):
                yield answer.to_record(row.id)
            bar.update(len(batch))


def write_jsonl(path: Path, records: Iterable[dict]) -> int:
    """Write records atomically (a temporary file, then rename); returns how many were written."""
    path = Path(path)
    if not path.parent.is_dir():
        raise QuestionFileError(f"Folder {path.parent} does not exist. Create it or choose another --out path.")
    tmp = path.with_name(f".{path.name}.tmp")
    count = 0
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count
