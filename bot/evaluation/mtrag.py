"""MTRAG-UN (IBM/mt-rag-benchmark, `reference.jsonl`): multi-turn conversations over one corpus per collection, with
unanswerable and underspecified turns: reading the tasks, one corpus per collection, and the measures. No model and
no index; reading reference.jsonl is its only I/O."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from bot.documents.document import Document
from bot.errors import QuestionFileError
from bot.evaluation.benchmarks import text_document

REFERENCE_FILE = "reference.jsonl"
ANSWERABILITIES = ("ANSWERABLE", "PARTIAL", "UNANSWERABLE", "UNDERSPECIFIED")
# A task counts as found when one of its own passages is quoted among the first 3 quotes, the default top_k, so that
# a run with a larger --top-k is measured the same way.
QUOTES_COUNTED = 3
_WHERE_FROM = ("Use reference.jsonl as published (github.com/IBM/mt-rag-benchmark, "
               "mtragun-human/generation_tasks/reference.jsonl).")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class Passage:
    """A reference passage: its document id in its collection, and its text."""

    document_id: str
    text: str


@dataclass(frozen=True)
class MtragTask:
    """One task: the conversation's user turns up to and including the task's own (the last), the collection its
    passages come from, the reference passages that answer it (none when unanswerable), and its labels."""

    task_id: str
    collection: str
    user_turns: tuple[str, ...]
    passages: tuple[Passage, ...]
    answerability: str  # one of ANSWERABILITIES
    multi_turn: str  # "Follow-up", "Clarification" or "N/A"


@dataclass(frozen=True)
class MtragCorpus:
    """The documents of one collection, one per distinct passage text, and the source each document id is quoted
    as (a passage whose text repeats another's is quoted as that one: a folder of one file each would index the
    first copy only)."""

    collection: str
    documents: tuple[Document, ...]
    source_of: dict[str, str]  # document id -> Document.source

    def own_sources(self, task: MtragTask) -> set[str]:
        """The sources a quote from one of `task`'s own passages has."""
        return {self.source_of[p.document_id] for p in task.passages}


def safe_name(name: str) -> str:
    """`name` as a source or folder name: letters, digits, ".", "_" and "-" only, not starting with "."; a changed
    name gets a short hash of the original so that two names cannot become one."""
    safe = _UNSAFE.sub("_", name)
    if safe.startswith(".") or not safe:
        safe = "_" + safe
    if safe == name:
        return name
    return f"{safe}-{hashlib.sha256(name.encode('utf-8')).hexdigest()[:8]}"


def question_and_history(task: MtragTask) -> tuple[str, tuple[str, ...]]:
    """What is asked for a task: its own user turn, and the earlier user turns of its conversation (not asked yet:
    recorded with the result so that a run with conversation history can be compared)."""
    return task.user_turns[-1], task.user_turns[:-1]


def load_mtrag(folder: Path) -> list[MtragTask]:
    """The tasks of `<folder>/reference.jsonl`, in file order. QuestionFileError names the file and line of the
    first malformed row."""
    path = Path(folder) / REFERENCE_FILE
    if not path.is_file():
        raise QuestionFileError(f"{folder} has no {REFERENCE_FILE}. Point --mtrag at the MTRAG-UN folder. "
                                + _WHERE_FROM)
    tasks: dict[str, MtragTask] = {}
    try:
        # split on newlines only: str.splitlines would also split inside strings holding U+2028 or U+0085
        lines = path.read_text(encoding="utf-8").split("\n")
    except UnicodeDecodeError:
        raise QuestionFileError(f"{path} is not UTF-8 text. {_WHERE_FROM}") from None
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            task = parse_task(json.loads(line))
        except json.JSONDecodeError as err:
            raise QuestionFileError(f"{path}:{line_no}: invalid JSON ({err.msg}). {_WHERE_FROM}") from None
        except ValueError as err:
            raise QuestionFileError(f"{path}:{line_no}: {err}. {_WHERE_FROM}") from None
        if task.task_id in tasks:
            raise QuestionFileError(f"{path}:{line_no}: task {task.task_id} occurs twice. {_WHERE_FROM}")
        tasks[task.task_id] = task
    if not tasks:
        raise QuestionFileError(f"{path} holds no tasks. {_WHERE_FROM}")
    return list(tasks.values())


def parse_task(row) -> MtragTask:
    """One row of reference.jsonl as a task; ValueError says what is wrong with it."""
    if not isinstance(row, dict):
        raise ValueError("a row must be a JSON object")
    task_id, collection, turns, contexts = (row.get(k) for k in ("task_id", "Collection", "input", "contexts"))
    if not isinstance(task_id, str) or not task_id:
        raise ValueError("'task_id' must be a non-empty string")
    if not isinstance(collection, str) or not collection:
        raise ValueError(f"task {task_id}: 'Collection' must be a non-empty string")
    if (not isinstance(turns, list) or not turns
            or not all(isinstance(t, dict) and isinstance(t.get("text"), str) for t in turns)
            or turns[-1].get("speaker") != "user"):
        raise ValueError(f"task {task_id}: 'input' must be a list of turns with 'speaker' and 'text', "
                         "the last a user turn")
    if not isinstance(contexts, list) or not all(
            isinstance(c, dict) and isinstance(c.get("document_id"), str) and isinstance(c.get("text"), str)
            for c in contexts):
        raise ValueError(f"task {task_id}: 'contexts' must be a list of passages with 'document_id' and 'text'")
    answerability = _first_label(row.get("answerability"))
    if answerability not in ANSWERABILITIES:
        raise ValueError(f"task {task_id}: 'answerability' must be one of {', '.join(ANSWERABILITIES)}")
    if answerability in ("ANSWERABLE", "PARTIAL") and not contexts:
        raise ValueError(f"task {task_id}: an {answerability} task needs its reference passages in 'contexts'")
    multi_turn = _first_label(row.get("Multi-Turn"))
    if multi_turn is None:
        raise ValueError(f"task {task_id}: 'Multi-Turn' must be a label or a list of labels")
    return MtragTask(task_id, collection, tuple(t["text"] for t in turns if t.get("speaker") == "user"),
                     tuple(Passage(c["document_id"], c["text"]) for c in contexts), answerability, multi_turn)


def _first_label(value) -> str | None:
    """The label of a field published as a list of one label (or, in other releases, as a string)."""
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, str) and value else None


def collection_corpora(tasks: Iterable[MtragTask]) -> list[MtragCorpus]:
    """One corpus per collection, sorted by name: every distinct passage its tasks cite, in order of first
    citation."""
    by_collection: dict[str, dict[str, str]] = {}
    for task in tasks:
        passages = by_collection.setdefault(task.collection, {})
        for passage in task.passages:
            if passages.setdefault(passage.document_id, passage.text) != passage.text:
                raise QuestionFileError(f"task {task.task_id}: passage {passage.document_id} of {task.collection} "
                                        f"differs from its earlier copy. {_WHERE_FROM}")
    corpora = []
    for collection in sorted(by_collection):
        documents: dict[str, Document] = {}  # text -> its document
        source_of = {}
        for document_id, text in by_collection[collection].items():
            if text not in documents:
                documents[text] = text_document(safe_name(document_id), text)
            source_of[document_id] = documents[text].source
        corpora.append(MtragCorpus(collection, tuple(documents.values()), source_of))
    return corpora


@dataclass(frozen=True)
class MtragCounts:
    """Counts over one group of tasks. Answerable counts ANSWERABLE and PARTIAL tasks; `own_passage_quoted` those
    with a quote among the first `QUOTES_COUNTED` whose source is one of the task's own passages."""

    tasks: int = 0
    answerable: int = 0
    own_passage_quoted: int = 0
    answerable_not_found: int = 0
    unanswerable: int = 0
    unanswerable_not_found: int = 0
    underspecified: int = 0
    underspecified_not_found: int = 0

    def rates(self) -> dict[str, float]:
        """The rates of the counts, rounded to 4 places (0.0 for an empty group)."""
        def rate(hits: int, total: int) -> float:
            return round(hits / total, 4) if total else 0.0

        return {"own_passage_quoted_rate": rate(self.own_passage_quoted, self.answerable),
                "answerable_not_found_rate": rate(self.answerable_not_found, self.answerable),
                "unanswerable_not_found_rate": rate(self.unanswerable_not_found, self.unanswerable),
                "underspecified_not_found_rate": rate(self.underspecified_not_found, self.underspecified)}

    def to_dict(self) -> dict:
        """Counts and rates, as metrics.json holds them."""
        return {**asdict(self), **self.rates()}


@dataclass(frozen=True)
class MtragMeasures:
    """The counts over every task, per collection and per "Multi-Turn" type (each sorted by name)."""

    overall: MtragCounts
    by_collection: dict[str, MtragCounts]
    by_multi_turn: dict[str, MtragCounts]

    def to_dict(self) -> dict:
        """The measures as metrics.json holds them."""
        return {"overall": self.overall.to_dict(),
                "by_collection": {name: c.to_dict() for name, c in self.by_collection.items()},
                "by_multi_turn": {name: c.to_dict() for name, c in self.by_multi_turn.items()}}


def mtrag_measures(tasks: Sequence[MtragTask], answers: Sequence, corpora: Sequence[MtragCorpus]) -> MtragMeasures:
    """The measures of `answers` (Answer, in task order) to `tasks`, whose passages are quoted as `corpora` say."""
    corpus_of = {c.collection: c for c in corpora}
    tallies = [_tally(task, answer, corpus_of[task.collection]) for task, answer in zip(tasks, answers)]

    def grouped(key: Callable[[MtragTask], str]) -> dict[str, MtragCounts]:
        names = sorted({key(t) for t in tasks})
        return {name: _sum(t for task, t in zip(tasks, tallies) if key(task) == name) for name in names}

    return MtragMeasures(_sum(tallies), grouped(lambda t: t.collection), grouped(lambda t: t.multi_turn))


def _tally(task: MtragTask, answer, corpus: MtragCorpus) -> MtragCounts:
    refused = answer.status == "not_found"
    if task.answerability == "UNANSWERABLE":
        return MtragCounts(tasks=1, unanswerable=1, unanswerable_not_found=int(refused))
    if task.answerability == "UNDERSPECIFIED":
        return MtragCounts(tasks=1, underspecified=1, underspecified_not_found=int(refused))
    own = corpus.own_sources(task)
    quoted = any(q.source in own for q in answer.quotes[:QUOTES_COUNTED])
    return MtragCounts(tasks=1, answerable=1, own_passage_quoted=int(quoted), answerable_not_found=int(refused))


def _sum(counts: Iterable[MtragCounts]) -> MtragCounts:
    totals = [0] * len(MtragCounts.__dataclass_fields__)
    for count in counts:
        totals = [a + b for a, b in zip(totals, asdict(count).values())]
    return MtragCounts(*totals)


def task_record(task: MtragTask, answer, corpus: MtragCorpus) -> dict:
    """The result record of a task's answer, with the task's labels, its earlier user turns (`history`) and the
    sources of its own passages (`expected_sources`)."""
    return {**answer.to_record(task.task_id), "history": list(question_and_history(task)[1]),
            "collection": task.collection, "answerability": task.answerability, "multi_turn": task.multi_turn,
            "expected_sources": sorted(corpus.own_sources(task))}


def describe(counts: MtragCounts) -> str:
    """One line of a run's summary: each measure as hits/total (rate), leaving out kinds of task the group lacks."""
    def part(hits: int, total: int) -> str:
        return f"{hits}/{total} ({hits / total:.1%})"

    parts = []
    if counts.answerable:
        parts.append(f"answerable/partial: own passage quoted in the first {QUOTES_COUNTED} "
                     f"{part(counts.own_passage_quoted, counts.answerable)}, not_found "
                     f"{part(counts.answerable_not_found, counts.answerable)}")
    if counts.unanswerable:
        parts.append(f"unanswerable not_found {part(counts.unanswerable_not_found, counts.unanswerable)}")
    if counts.underspecified:
        parts.append(f"underspecified not_found {part(counts.underspecified_not_found, counts.underspecified)}")
    return "; ".join(parts)
