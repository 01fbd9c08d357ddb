"""Batch evaluation: reading question files (JSONL or CSV) and writing one result record per row, in order."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

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


@dataclass(frozen=True)
class Outcome:
    """One answered row: its result record, the Answer, and how long answering took."""

    row: QuestionRow
    record: dict
    answer: Answer
    latency_ms: float


def answer_rows(rows: Sequence[QuestionRow], ask: Callable[[str], Answer], progress: bool = False) -> list[Outcome]:
    """Answer rows one at a time, in order, timing each as a user would see it."""
    from tqdm import tqdm

    outcomes = []
    for row in tqdm(rows, disable=not progress, unit="q", desc="questions"):
        started = time.perf_counter()
        answer = ask(row.question)
        elapsed = (time.perf_counter() - started) * 1000
        outcomes.append(Outcome(row, answer.to_record(row.id), answer, elapsed))
    return outcomes


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


def read_records(path: Path) -> list[dict]:
    """Result records of an earlier run (for --compare); malformed lines are reported as file:line."""
    records, problems = [], []
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
        records.append(record)
    if problems:
        raise QuestionFileError(describe_problems(Path(path), problems) + " Pass the results of an earlier eval.")
    return records


def quoted_text_reader(bot, corpus_dir: Path) -> Callable[[str], str | None]:
    """`source -> the text its quotes are cut from`: the file itself for .txt and .md, the extracted text stored with
    the index for PDF, HTML and Word."""
    files = corpus_reader(corpus_dir)

    def text_of(source: str) -> str | None:
        document = bot.document(source)
        if document is not None and document.kind not in ("text", "markdown"):
            return document.text
        return files(source)

    return text_of


def corpus_reader(corpus_dir: Path) -> Callable[[str], str | None]:
    """`source -> text` for files of the corpus folder (None outside it or unreadable), cached."""
    root = Path(corpus_dir).resolve()
    cache: dict[str, str | None] = {}

    def text_of(source: str) -> str | None:
        if source not in cache:
            path = (root / source).resolve()
            try:
                cache[source] = path.read_text(encoding="utf-8") if path.is_relative_to(root) else None
            except (OSError, UnicodeDecodeError):
                cache[source] = None
        return cache[source]

    return text_of


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def metrics_path(out: Path) -> Path:
    """Where the metrics of a run whose records go to `out` are written."""
    return out.with_name(out.stem + ".metrics.json")


def run_question_set(path: Path, out: Path, settings, skip_invalid: bool = False, reports: Sequence[Path] = (),
                     compare: Path | None = None) -> str:
    """Answer a question file, write records, metrics and reports; returns the summary to show."""
    from bot.answer.engine import Bot
    from bot.evaluation.metrics import compare_runs, format_comparison, format_summary, summarize
    from bot.evaluation.report import write_report

    questions = read_questions(path, skip_invalid=skip_invalid)
    old = read_records(compare) if compare else None  # checked before the slow part
    bot = Bot.open(settings)
    outcomes = answer_rows(questions.rows, bot.ask, progress=sys.stderr.isatty())
    records = [o.record for o in outcomes]
    write_jsonl(out, records)
    metrics = summarize(questions.rows, records, [o.latency_ms for o in outcomes],
                        quoted_text_reader(bot, settings.corpus_dir))
    metrics["skipped_rows"] = len(questions.problems)
    lines = []
    if questions.problems:
        lines.append(describe_problems(path, questions.problems) + f" Skipped {len(questions.problems)}.")
    lines.append(format_summary(metrics))
    comparison_text = None
    if old is not None:
        comparison = compare_runs(questions.rows, records, old)
        metrics["comparison"] = comparison
        comparison_text = format_comparison(comparison)
        lines.append(comparison_text)
    _write_json(metrics_path(out), metrics)
    for report in reports:
        write_report(report, metrics, outcomes, settings.min_score, comparison_text)
    lines.append(f"Wrote {len(records)} result(s) to {out} and metrics to {metrics_path(out)}"
                 + "".join(f", report {r}" for r in reports) + ".")
    return "\n".join(lines)


def benchmark_settings(settings, kind: str, folder: Path):
    """Settings whose index is `<index>/<kind>-<folder name>`, apart from the corpus index."""
    return dataclasses.replace(settings, index_dir=Path(settings.index_dir) / f"{kind}-{Path(folder).name}")


def run_beir(folder: Path, out: Path, settings) -> str:
    """Retrieval quality on a BEIR test split; writes a TREC run to `out` and metrics beside it."""
    from bot.answer.engine import Bot
    from bot.evaluation.benchmarks import beir_measures, load_beir, rank_documents, write_trec_run

    data = load_beir(folder)
    bot = Bot.open(benchmark_settings(settings, "beir", folder), documents=data.documents, progress=True)
    ids = list(data.queries)
    started = time.perf_counter()
    run = rank_documents(bot.search_batch([data.queries[i] for i in ids]), ids)
    seconds = time.perf_counter() - started
    write_trec_run(out, run)
    measures = beir_measures(data.qrels, run)
    result = {"dataset": str(folder), "queries": len(ids), "documents": len(data.documents),
              "chunks": len(bot.store.chunks), **{k: round(v, 4) for k, v in measures.items()},
              "search_seconds": round(seconds, 2)}
    _write_json(metrics_path(out), result)
    return (f"{Path(folder).name}: nDCG@10 {measures['nDCG@10']:.4f}, Recall@100 {measures['Recall@100']:.4f}, "
            f"MRR@10 {measures['MRR@10']:.4f} over {len(ids)} queries, {len(data.documents)} documents "
            f"({len(bot.store.chunks)} chunks).\nWrote the TREC run to {out} and metrics to {metrics_path(out)}.")


def run_squad(folder: Path, out: Path, settings) -> str:
    """Quoting on SQuAD 2.0: gold answer inside the quotes, refusal of unanswerable questions, and refusal of the
    answerable ones when asked of the configured corpus (off-topic there)."""
    from bot.answer.engine import Bot
    from bot.evaluation.benchmarks import load_squad, squad_measures

    documents, rows = load_squad(folder)
    bot = Bot.open(benchmark_settings(settings, "squad", folder), documents=documents, progress=True)
    answers = _ask_in_batches(bot, [r["question"] for r in rows])
    write_jsonl(out, (a.to_record(r["id"]) for r, a in zip(rows, answers)))
    answerable = [r["question"] for r in rows if not r["is_impossible"]]
    off_topic = _ask_in_batches(Bot.open(settings, embedder=bot.embedder), answerable)
    result = {"dataset": str(folder), **squad_measures(rows, answers),
              "off_topic_corpus": str(settings.corpus_dir),
              "off_topic_not_found": round(sum(a.status == "not_found" for a in off_topic) / len(off_topic), 4)}
    _write_json(metrics_path(out), result)
    return (f"{Path(folder).name}: gold answer in the first quote {result['gold_in_first_quote']:.1%}, in any quote "
            f"{result['gold_in_any_quote']:.1%} ({result['answerable']} answerable); not_found "
            f"{result['answerable_not_found']:.1%} of answerable, {result['unanswerable_not_found']:.1%} of "
            f"{result['unanswerable']} unanswerable; asked of {settings.corpus_dir}, "
            f"{result['off_topic_not_found']:.1%} of answerable questions not_found.\n"
            f"Wrote {len(rows)} result(s) to {out} and metrics to {metrics_path(out)}.")


def _ask_in_batches(bot, questions: Sequence[str], batch_size: int = 256) -> list[Answer]:
    from tqdm import tqdm

    answers: list[Answer] = []
    with tqdm(total=len(questions), disable=not sys.stderr.isatty(), unit="q", desc="questions") as bar:
        for first in range(0, len(questions), batch_size):
            answers.extend(bot.ask_batch(questions[first:first + batch_size]))
            bar.update(min(batch_size, len(questions) - first))
    return answers
