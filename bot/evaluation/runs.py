"""Evaluation runs: a question set answered row by row (records, metrics, reports), and the public benchmarks."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from bot.answer.compose import Answer
from bot.errors import QuestionFileError
from bot.evaluation.questions import QuestionRow, describe_problems, read_answers, read_questions


@dataclass(frozen=True)
class Outcome:
    """One answered row: the row, its Answer, and how long answering took."""

    row: QuestionRow
    answer: Answer
    latency_ms: float


def answer_rows(rows: Sequence[QuestionRow], ask: Callable[..., Answer], progress: bool = False) -> list[Outcome]:
    """Answer rows one at a time, in order, timing each as a user would see it; a row with a `history` is asked
    with it (`ask(question, history=...)`)."""
    from tqdm import tqdm

    outcomes = []
    for row in tqdm(rows, disable=not progress, unit="q", desc="questions"):
        started = time.perf_counter()
        answer = ask(row.question, history=row.history) if row.history else ask(row.question)
        elapsed = (time.perf_counter() - started) * 1000
        outcomes.append(Outcome(row, answer, elapsed))
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
                     compare: Path | None = None, answer: Callable[..., list[Outcome]] | None = None) -> str:
    """Answer a question file, write records, metrics and reports; returns the summary to show. `answer(rows, bot,
    progress)` answers the rows elsewhere, in order (bot.cluster); by default `bot` answers them here."""
    from bot.answer.engine import Bot
    from bot.evaluation.metrics import compare_runs, format_comparison, format_summary, summarize
    from bot.evaluation.report import write_report

    questions = read_questions(path, skip_invalid=skip_invalid)
    old = read_answers(compare) if compare else None  # checked before the slow part
    bot = Bot.open(settings)
    answer = answer or (lambda rows, bot, progress: answer_rows(rows, bot.ask, progress))
    outcomes = answer(questions.rows, bot, sys.stderr.isatty())
    answers = [o.answer for o in outcomes]
    written = write_jsonl(out, (o.answer.to_record(o.row.id) for o in outcomes))
    metrics = dataclasses.replace(summarize(questions.rows, answers, [o.latency_ms for o in outcomes],
                                            quoted_text_reader(bot, settings.corpus_dir)),
                                  skipped_rows=len(questions.problems))
    lines = [bot.build_report.notice] if bot.build_report.notice else []
    if questions.problems:
        lines.append(describe_problems(path, questions.problems) + f" Skipped {len(questions.problems)}.")
    lines.append(format_summary(metrics))
    comparison_text = None
    if old is not None:
        metrics = dataclasses.replace(metrics, comparison=compare_runs(questions.rows, answers, old))
        comparison_text = format_comparison(metrics.comparison)
        lines.append(comparison_text)
    _write_json(metrics_path(out), metrics.to_dict())
    for report in reports:
        write_report(report, metrics, outcomes, settings.min_score, comparison_text)
    lines.append(f"Wrote {written} result(s) to {out} and metrics to {metrics_path(out)}"
                 + "".join(f", report {r}" for r in reports) + ".")
    return "\n".join(lines)


def benchmark_settings(settings, kind: str, folder: Path):
    """Settings whose index is `<index>/<kind>-<folder name>`, apart from the corpus index (sharing its question
    encoder: one per model is enough)."""
    return dataclasses.replace(settings, index_dir=Path(settings.index_dir) / f"{kind}-{Path(folder).name}",
                               encoder_cache=settings.question_encoder_dir())


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
    _write_json(metrics_path(out), {"dataset": str(folder), "queries": len(ids), "documents": len(data.documents),
                                    "chunks": len(bot.store.chunks),
                                    **{k: round(v, 4) for k, v in measures.to_dict().items()},
                                    "search_seconds": round(seconds, 2)})
    return (f"{Path(folder).name}: nDCG@10 {measures.ndcg_at_10:.4f}, Recall@100 {measures.recall_at_100:.4f}, "
            f"MRR@10 {measures.mrr_at_10:.4f} over {len(ids)} queries, {len(data.documents)} documents "
            f"({len(bot.store.chunks)} chunks).\nWrote the TREC run to {out} and metrics to {metrics_path(out)}.")


def run_squad(folder: Path, out: Path, settings, near_miss: bool = False) -> str:
    """Quoting on SQuAD 2.0: gold answer inside the quotes, refusal of unanswerable questions, and refusal of the
    answerable ones when asked of the configured corpus (off-topic there). With `near_miss`, `run_near_miss`."""
    from bot.answer.engine import Bot
    from bot.evaluation.benchmarks import load_squad, squad_measures

    documents, rows = load_squad(folder)
    if near_miss:
        return run_near_miss(folder, documents, rows, out, settings)
    bot = Bot.open(benchmark_settings(settings, "squad", folder), documents=documents, progress=True)
    answers = _ask_in_batches(bot, [r["question"] for r in rows])
    write_jsonl(out, (a.to_record(r["id"]) for r, a in zip(rows, answers)))
    answerable = [r["question"] for r in rows if not r["is_impossible"]]
    off_topic = _ask_in_batches(Bot.open(settings, embedder=bot.embedder), answerable)
    measures = squad_measures(rows, answers)
    off_topic_not_found = round(sum(a.status == "not_found" for a in off_topic) / len(off_topic), 4)
    _write_json(metrics_path(out), {"dataset": str(folder), **measures.to_dict(),
                                    "off_topic_corpus": str(settings.corpus_dir),
                                    "off_topic_not_found": off_topic_not_found})
    return (f"{Path(folder).name}: gold answer in the first quote {measures.gold_in_first_quote:.1%}, in any quote "
            f"{measures.gold_in_any_quote:.1%} ({measures.answerable} answerable); not_found "
            f"{measures.answerable_not_found:.1%} of answerable, {measures.unanswerable_not_found:.1%} of "
            f"{measures.unanswerable} unanswerable; asked of {settings.corpus_dir}, "
            f"{off_topic_not_found:.1%} of answerable questions not_found.\n"
            f"Wrote {len(rows)} result(s) to {out} and metrics to {metrics_path(out)}.")


def run_near_miss(folder: Path, documents, rows, out: Path, settings) -> str:
    """Near misses on SQuAD 2.0 (`benchmarks.near_miss_split`): questions on the corpus's subject that it does not
    answer must come back not_found; questions it does answer must be answered with the gold inside a quote."""
    from bot.answer.engine import Bot
    from bot.answer.support import default_model
    from bot.evaluation.benchmarks import near_miss_measures, near_miss_split

    split = near_miss_split(documents, rows)
    bot = Bot.open(benchmark_settings(settings, "squad-near-miss", folder), documents=split.corpus, progress=True)
    near_answers = _ask_in_batches(bot, [r["question"] for r in split.near_misses])
    control_answers = _ask_in_batches(bot, [r["question"] for r in split.control])
    write_jsonl(out, [*(a.to_record(f"near-miss-{r['id']}") for r, a in zip(split.near_misses, near_answers)),
                      *(a.to_record(f"control-{r['id']}") for r, a in zip(split.control, control_answers))])
    measures = near_miss_measures(split, near_answers, control_answers)
    _write_json(metrics_path(out), {"dataset": str(folder), "corpus_paragraphs": len(split.corpus),
                                    **measures.to_dict()})
    curve = ", ".join(f"{t:.2f}: {refused:.0%}/{answered:.0%}" for t, refused, answered in measures.trade_off)
    support = ", ".join(f"{t:.2f}: {refused:.0%}/{answered:.0%}"
                        for t, refused, answered in measures.support_trade_off)
    return (f"{Path(folder).name}, near misses ({len(split.corpus)} of {len(documents)} paragraphs indexed): "
            f"{measures.near_misses_refused:.1%} of {measures.near_misses} near misses not_found; of "
            f"{measures.control} control questions {measures.control_answered:.1%} answered, gold in the first quote "
            f"{measures.control_gold_in_first_quote:.1%}, in any quote {measures.control_gold_in_any_quote:.1%}.\n"
            f"Threshold on similarity alone: near misses refused / control answered: {curve}.\n"
            f"Threshold on support (the decision; now {default_model().threshold:.3f}): {support}.\n"
            f"Wrote {len(split.near_misses) + len(split.control)} result(s) to {out} and metrics to "
            f"{metrics_path(out)}.")


def run_mtrag(folder: Path, out: Path, settings, history: bool = True) -> str:
    """MTRAG-UN (`bot.evaluation.mtrag`): each task's own user turn asked of its collection's passages, one index per
    collection. Answerable and partial tasks should quote one of their own passages, unanswerable ones come back
    not_found; underspecified ones are only counted. Records carry the task's labels and earlier user turns; with
    `history`, each task's last user turn is asked with them (`Bot.ask_batch`), else alone."""
    from bot.evaluation.mtrag import (QUOTES_COUNTED, collection_corpora, describe, load_mtrag, mtrag_measures,
                                      question_and_history, safe_name, task_record)

    tasks = load_mtrag(folder)
    corpora = collection_corpora(tasks)
    from bot.answer.engine import Bot  # imports torch: only once the folder is known to be good
    answers: dict[int, Answer] = {}  # by the task's position
    embedder = None  # the model is loaded once, for the first collection
    for corpus in corpora:
        bot = Bot.open(benchmark_settings(settings, f"mtrag-{safe_name(corpus.collection)}", folder),
                       documents=list(corpus.documents), progress=True, embedder=embedder)
        embedder = bot.embedder
        asked = [i for i, t in enumerate(tasks) if t.collection == corpus.collection]
        turns = [question_and_history(tasks[i]) for i in asked]
        answers.update(zip(asked, _ask_in_batches(bot, [q for q, _ in turns],
                                                  [h for _, h in turns] if history else None)))
    in_order = [answers[i] for i in range(len(tasks))]
    corpus_of = {c.collection: c for c in corpora}
    write_jsonl(out, (task_record(t, a, corpus_of[t.collection]) for t, a in zip(tasks, in_order)))
    measures = mtrag_measures(tasks, in_order, corpora)
    _write_json(metrics_path(out), {"dataset": str(folder), "tasks": len(tasks),
                                    "passages": {c.collection: len(c.documents) for c in corpora},
                                    "quotes_counted": QUOTES_COUNTED, **measures.to_dict()})
    lines = [f"{Path(folder).name} ({len(tasks):,} tasks, {sum(len(c.documents) for c in corpora):,} passages in "
             f"{len(corpora)} collections, the last user turn asked "
             f"{'with the earlier user turns' if history else 'alone'}): {describe(measures.overall)}."]
    lines += [f"  {name}: {describe(counts)}." for name, counts in measures.by_collection.items()]
    lines += [f"  Multi-Turn {name}: {describe(counts)}." for name, counts in measures.by_multi_turn.items()]
    lines.append(f"Wrote {len(tasks)} result(s) to {out} and metrics to {metrics_path(out)}.")
    return "\n".join(lines)


def _ask_in_batches(bot, questions: Sequence[str], histories: Sequence[Sequence[str]] | None = None,
                    batch_size: int = 256) -> list[Answer]:
    from tqdm import tqdm

    answers: list[Answer] = []
    with tqdm(total=len(questions), disable=not sys.stderr.isatty(), unit="q", desc="questions") as bar:
        for first in range(0, len(questions), batch_size):
            answers.extend(bot.ask_batch(questions[first:first + batch_size], histories=None if histories is None
                                         else histories[first:first + batch_size]))
            bar.update(min(batch_size, len(questions) - first))
    return answers
