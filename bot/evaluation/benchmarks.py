"""Public benchmarks: BEIR retrieval (nDCG@10, Recall@100, MRR@10 with ir-measures) and SQuAD 2.0 quoting."""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

from bot.documents.document import Document
from bot.errors import QuestionFileError


@dataclass(frozen=True)
class BeirData:
    """A BEIR test split: documents (title + " " + text), queries by id, and relevance judgements."""

    documents: list[Document]
    queries: dict[str, str]
    qrels: dict[str, dict[str, int]]


@dataclass(frozen=True)
class BeirMeasures:
    """Retrieval quality over every judged query of a BEIR split (ir-measures)."""

    ndcg_at_10: float
    recall_at_100: float
    mrr_at_10: float

    def to_dict(self) -> dict[str, float]:
        """The measures by the names metrics.json gives them: "nDCG@10", "Recall@100", "MRR@10"."""
        return {"nDCG@10": self.ndcg_at_10, "Recall@100": self.recall_at_100, "MRR@10": self.mrr_at_10}


@dataclass(frozen=True)
class SquadMeasures:
    """Quoting on SQuAD 2.0: how often the gold answer is inside the first quote or any quote (answerable rows),
    and how often each kind of row comes back not_found. Rates are rounded to 4 places."""

    answerable: int
    unanswerable: int
    gold_in_first_quote: float
    gold_in_any_quote: float
    answerable_not_found: float
    unanswerable_not_found: float

    def to_dict(self) -> dict:
        """The measures as metrics.json holds them."""
        return asdict(self)


def _read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise QuestionFileError(f"{path} is missing. Point the flag at a folder in the expected layout.")
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise QuestionFileError(f"{path}:{line_no}: invalid JSON ({err.msg}).") from None
    return rows


def text_document(source: str, text: str) -> Document:
    """A Document held in memory rather than read from a file."""
    return Document(source=source, text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def load_beir(folder: Path) -> BeirData:
    """Read `corpus.jsonl`, `queries_test.jsonl` (or `queries.jsonl`) and `qrels/test.tsv` of a BEIR folder."""
    folder = Path(folder)
    documents = [text_document(str(row["_id"]), (row.get("title", "") + " " + row.get("text", "")).strip())
                 for row in _read_jsonl(folder / "corpus.jsonl")]
    qrels_path = folder / "qrels" / "test.tsv"
    if not qrels_path.is_file():
        raise QuestionFileError(f"{qrels_path} is missing. A BEIR folder needs qrels/test.tsv.")
    qrels: dict[str, dict[str, int]] = {}
    with open(qrels_path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader, None)
        for row in reader:
            if len(row) >= 3:
                qrels.setdefault(row[0], {})[row[1]] = int(row[2])
    queries_path = folder / "queries_test.jsonl"
    if not queries_path.is_file():
        queries_path = folder / "queries.jsonl"
    queries = {str(row["_id"]): row["text"] for row in _read_jsonl(queries_path) if str(row["_id"]) in qrels}
    return BeirData(documents, queries, qrels)


def rank_documents(hits_per_query: Sequence[Sequence], ids: Sequence[str]) -> dict[str, dict[str, float]]:
    """A run: for each query id, each document's best chunk score."""
    run: dict[str, dict[str, float]] = {}
    for qid, hits in zip(ids, hits_per_query):
        scores: dict[str, float] = {}
        for hit in hits:
            if hit.score > scores.get(hit.chunk.source, float("-inf")):
                scores[hit.chunk.source] = hit.score
        run[qid] = scores
    return run


def beir_measures(qrels: dict, run: dict) -> BeirMeasures:
    """nDCG@10, Recall@100 and MRR@10 (ir-measures), averaged over every judged query."""
    import ir_measures
    from ir_measures import RR, R, nDCG

    measures = [nDCG @ 10, R @ 100, RR @ 10]
    full_run = {qid: run.get(qid, {}) for qid in qrels}
    results = ir_measures.calc_aggregate(measures, qrels, full_run)
    return BeirMeasures(float(results[nDCG @ 10]), float(results[R @ 100]), float(results[RR @ 10]))


def write_trec_run(path: Path, run: dict[str, dict[str, float]], tag: str = "verbatim") -> None:
    """The run in TREC format: `qid Q0 docid rank score tag`, best first, ties by document id."""
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for qid in sorted(run, key=lambda q: (len(q), q)):
            ranked = sorted(run[qid].items(), key=lambda pair: (-pair[1], pair[0]))
            for rank, (doc, score) in enumerate(ranked, start=1):
                handle.write(f"{qid} Q0 {doc} {rank} {score:.6f} {tag}\n")


def load_squad(folder: Path) -> tuple[list[Document], list[dict]]:
    """Paragraphs (`corpus.jsonl`) as documents named by their id, and the questions of `qa.jsonl`."""
    folder = Path(folder)
    documents = [text_document(str(row["_id"]), row["text"]) for row in _read_jsonl(folder / "corpus.jsonl")]
    rows = _read_jsonl(folder / "qa.jsonl")
    for line_no, row in enumerate(rows, start=1):
        if not isinstance(row.get("question"), str) or "is_impossible" not in row:
            raise QuestionFileError(f"{folder / 'qa.jsonl'}:{line_no}: needs 'question' and 'is_impossible'.")
    return documents, rows


def squad_measures(rows: Sequence[dict], answers: Sequence) -> SquadMeasures:
    """Gold answer inside the first quote / any quote for answerable rows; not_found rates for both kinds."""
    first = anywhere = answerable = unanswerable = refused = missed = 0
    for row, answer in zip(rows, answers):
        if row["is_impossible"]:
            unanswerable += 1
            refused += answer.status == "not_found"
            continue
        answerable += 1
        missed += answer.status == "not_found"
        gold = [a["text"] for a in row["answers"]]
        texts = [q.text for q in answer.quotes]
        first += bool(texts) and any(g in texts[0] for g in gold)
        anywhere += any(g in t for g in gold for t in texts)
    return SquadMeasures(answerable, unanswerable, gold_in_first_quote=round(first / max(answerable, 1), 4),
                         gold_in_any_quote=round(anywhere / max(answerable, 1), 4),
                         answerable_not_found=round(missed / max(answerable, 1), 4),
                         unanswerable_not_found=round(refused / max(unanswerable, 1), 4))


@dataclass(frozen=True)
class NearMissSplit:
    """SQuAD split for near misses: each article's even-numbered paragraphs form the corpus. `near_misses` are the
    answerable questions about its odd-numbered paragraphs whose gold answers occur in none of the corpus paragraphs
    of their article (on the documents' subject, but not answered by them); `control` are the answerable questions
    about corpus paragraphs."""

    corpus: list[Document]
    near_misses: list[dict]
    control: list[dict]


def near_miss_split(documents: Sequence[Document], rows: Sequence[dict]) -> NearMissSplit:
    """The near-miss split of SQuAD paragraphs (sources "<title>#<number>") and their questions."""
    def article_and_number(source: str) -> tuple[str, int]:
        title, _, number = source.rpartition("#")
        return title, int(number)

    corpus = [d for d in documents if article_and_number(d.source)[1] % 2 == 0]
    kept = {d.source for d in corpus}
    texts_of: dict[str, list[str]] = {}
    for document in corpus:
        texts_of.setdefault(article_and_number(document.source)[0], []).append(document.text)
    near_misses, control = [], []
    for row in rows:
        if row["is_impossible"]:
            continue
        if row["paragraph_id"] in kept:
            control.append(row)
            continue
        article = texts_of.get(article_and_number(row["paragraph_id"])[0], [])
        if not any(answer["text"] in text for answer in row["answers"] for text in article):
            near_misses.append(row)
    return NearMissSplit(corpus, near_misses, control)


@dataclass(frozen=True)
class NearMissMeasures:
    """How often near misses come back not_found, and control questions answered with the gold in a quote; and the
    two rates each threshold would give: of the similarity alone (`trade_off`, at `THRESHOLDS`), and of the support
    model's probability over the similarity threshold (`support_trade_off`, at `SUPPORT_THRESHOLDS`)."""

    near_misses: int
    control: int
    near_misses_refused: float
    control_answered: float
    control_gold_in_first_quote: float
    control_gold_in_any_quote: float
    trade_off: tuple[tuple[float, float, float], ...]  # (threshold, near misses refused, control answered)
    support_trade_off: tuple[tuple[float, float, float], ...] = ()

    def to_dict(self) -> dict:
        """The measures as metrics.json holds them."""
        return asdict(self)


THRESHOLDS = tuple(round(0.25 + 0.05 * i, 2) for i in range(11))
SUPPORT_THRESHOLDS = (0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.3, 0.5)


def decision_value(answer) -> float:
    """What the support threshold saw for an answer: the deciding sentence's probability; 0 when no sentence reached
    the similarity threshold or the deciding one states no quantity asked for (never accepted)."""
    evidence = answer.evidence
    return 0.0 if evidence is None or evidence.quantity_missing else evidence.probability


def near_miss_measures(split: NearMissSplit, near_answers: Sequence, control_answers: Sequence) -> NearMissMeasures:
    """The near-miss measures of the answers to `split.near_misses` and `split.control`, in order."""
    control = squad_measures(split.control, control_answers)

    def rate(hits: int, total: int) -> float:
        return round(hits / max(total, 1), 4)

    def best(answer) -> float:
        return -1.0 if answer.similarity is None else answer.similarity

    def curve(value, thresholds):
        return tuple((t, rate(sum(value(a) < t for a in near_answers), len(near_answers)),
                      rate(sum(value(a) >= t for a in control_answers), len(control_answers))) for t in thresholds)

    return NearMissMeasures(len(near_answers), len(control_answers),
                            rate(sum(a.status == "not_found" for a in near_answers), len(near_answers)),
                            round(1 - control.answerable_not_found, 4), control.gold_in_first_quote,
                            control.gold_in_any_quote, curve(best, THRESHOLDS),
                            curve(decision_value, SUPPORT_THRESHOLDS))
