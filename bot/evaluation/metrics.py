"""Scoring answers against gold fields, and comparing two runs. Pure: texts of sources are passed in as a
function."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Callable, Mapping, Sequence

import numpy as np

from bot.answer.compose import NOTICES, Answer

STATUSES = ("answered", "not_found", "urgent", "invalid")
MAX_K = 10


def normalize(text: str) -> str:
    """Case-folded, white space collapsed: how expected strings are matched against quotes."""
    return re.sub(r"\s+", " ", text).strip().casefold()


_JSON_NAMES = {"hit_at_1": "hit@1", "hit_at_3": "hit@3"}  # Metrics fields named otherwise in metrics.json


@dataclass(frozen=True)
class Latency:
    """Milliseconds to answer one question: the median and the 95th percentile."""

    p50: float
    p95: float


@dataclass(frozen=True)
class Change:
    """One question whose answer differs between two runs; scores against the row's gold fields (None without)."""

    id: str
    question: str
    old_status: str
    new_status: str
    old_score: float | None
    new_score: float | None
    old_first_quote: str | None
    new_first_quote: str | None


@dataclass(frozen=True)
class Comparison:
    """A run against an earlier one: questions better or worse against the gold fields, changed (without gold),
    and the ids the earlier run did not have."""

    better: tuple[Change, ...]
    worse: tuple[Change, ...]
    changed: tuple[Change, ...]
    not_in_old: tuple[str, ...]


@dataclass(frozen=True)
class Metrics:
    """Every metric of a question-set run (metrics.json is `to_dict()`). Gold-based metrics count only rows that
    carry that gold field; they are None when no row does. Ratios are rounded to 4 places."""

    questions: int
    statuses: dict[str, int]  # answers per status, in order of first appearance
    with_expected: int
    hit_at_1: float | None
    hit_at_3: float | None
    hit_at_k: dict[int, float | None]  # k from 1 to MAX_K
    mrr: float | None
    with_not_expected: int
    not_expected_quoted: float | None
    with_expected_source: int
    source_accuracy: float | None
    with_expected_status: int
    status_accuracy: float | None
    confusion: dict[str, dict[str, int]]  # expected status -> actual status -> rows; expected statuses seen only
    not_found_precision: float | None
    not_found_recall: float | None
    latency_ms: Latency | None
    notice_ok: float | None
    verbatim_ok: float
    quotes_checked: int
    skipped_rows: int = 0  # bad rows of the question file left out (--skip-invalid)
    comparison: Comparison | None = None  # with --compare

    def to_dict(self) -> dict:
        """The metrics as metrics.json holds them ("hit@1", "hit@3"; "comparison" only when compared)."""
        data = {_JSON_NAMES.get(name, name): value for name, value in asdict(self).items()}
        if self.comparison is None:
            del data["comparison"]
        return data


def first_hit_rank(answer: Answer, expected: Sequence[str]) -> int | None:
    """1-based rank of the first quote that contains one of the expected strings, or None."""
    wanted = [normalize(e) for e in expected if e.strip()]
    for rank, quote in enumerate(answer.quotes, start=1):
        text = normalize(quote.text)
        if any(w in text for w in wanted):
            return rank
    return None


def verbatim_ok(answer: Answer, text_of: Callable[[str], str | None]) -> list[bool]:
    """For each quote: does `text_of(source)[start:end]` equal its text, and its best span, if any, lie within it?"""
    results = []
    for quote in answer.quotes:
        content = text_of(quote.source)
        best = quote.best_start is None or (quote.best_end is not None and
                                            quote.start <= quote.best_start < quote.best_end <= quote.end)
        results.append(content is not None and content[quote.start:quote.end] == quote.text and best)
    return results


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def first_source_is(answer: Answer, source: str) -> bool:
    """Whether the first quote comes from `source`."""
    return bool(answer.quotes) and answer.quotes[0].source == source


def summarize(rows: Sequence, answers: Sequence[Answer], latencies_ms: Sequence[float],
              text_of: Callable[[str], str | None]) -> Metrics:
    """Every metric of a question-set run: `answers[i]` answers `rows[i]`; `text_of(source)` is the text quotes
    are cut from."""
    with_expected = [(row, answer) for row, answer in zip(rows, answers) if row.expected]
    ranks = [first_hit_rank(answer, row.expected) for row, answer in with_expected]
    hit_at = {k: _ratio(sum(r is not None and r <= k for r in ranks), len(ranks)) for k in range(1, MAX_K + 1)}
    with_unwanted = [(row, answer) for row, answer in zip(rows, answers) if getattr(row, "not_expected", ())]
    unwanted_quoted = sum(first_hit_rank(answer, row.not_expected) is not None for row, answer in with_unwanted)
    with_source = [(row, answer) for row, answer in zip(rows, answers) if row.expected_source]
    source_hits = sum(first_source_is(answer, row.expected_source) for row, answer in with_source)
    with_status = [(row.expected_status, answer.status) for row, answer in zip(rows, answers) if row.expected_status]
    # A status no gold row names ("settled": a turn that only settles an emergency) is counted only where it occurs.
    shown = (*STATUSES, *sorted({actual for _, actual in with_status} - set(STATUSES)))
    confusion = {e: {a: 0 for a in shown} for e in shown}
    for expected, actual in with_status:
        confusion[expected][actual] += 1
    true_nf = confusion["not_found"]["not_found"]
    predicted_nf = sum(confusion[e]["not_found"] for e in STATUSES)
    expected_nf = sum(confusion["not_found"].values())
    checks = [ok for answer in answers for ok in verbatim_ok(answer, text_of)]
    return Metrics(
        questions=len(answers),
        statuses=dict(Counter(answer.status for answer in answers)),
        with_expected=len(with_expected),
        hit_at_1=hit_at[1],
        hit_at_3=hit_at[3],
        hit_at_k=hit_at,
        mrr=round(float(np.mean([1 / r if r else 0.0 for r in ranks])), 4) if ranks else None,
        with_not_expected=len(with_unwanted),
        not_expected_quoted=_ratio(unwanted_quoted, len(with_unwanted)),
        with_expected_source=len(with_source),
        source_accuracy=_ratio(source_hits, len(with_source)),
        with_expected_status=len(with_status),
        status_accuracy=_ratio(sum(e == a for e, a in with_status), len(with_status)),
        confusion={e: row for e, row in confusion.items() if any(row.values())},
        not_found_precision=_ratio(true_nf, predicted_nf),
        not_found_recall=_ratio(true_nf, expected_nf),
        latency_ms=Latency(round(float(np.percentile(latencies_ms, 50)), 2),
                           round(float(np.percentile(latencies_ms, 95)), 2)) if latencies_ms else None,
        notice_ok=_ratio(sum(a.notice in NOTICES and a.notice in a.answer for a in answers), len(answers)),
        verbatim_ok=_ratio(sum(checks), len(checks)) if checks else 1.0,
        quotes_checked=len(checks),
    )


def format_summary(metrics: Metrics) -> str:
    """The metrics as a few lines for a terminal."""
    def pct(value):
        return "n/a" if value is None else f"{value:.1%}"

    statuses = ", ".join(f"{metrics.statuses.get(s, 0)} {s}"
                         for s in (*STATUSES, *sorted(set(metrics.statuses) - set(STATUSES))))
    lines = [f"{metrics.questions} questions: {statuses}"]
    if metrics.with_expected:
        lines.append(f"hit@1 {pct(metrics.hit_at_1)}  hit@3 {pct(metrics.hit_at_3)}  MRR {metrics.mrr:.3f}  "
                     f"({metrics.with_expected} with expected strings)")
    if metrics.with_not_expected:
        lines.append(f"passages marked not relevant still quoted: {pct(metrics.not_expected_quoted)} "
                     f"({metrics.with_not_expected} rows)")
    if metrics.with_expected_source:
        lines.append(f"source accuracy {pct(metrics.source_accuracy)} ({metrics.with_expected_source} rows)")
    if metrics.with_expected_status:
        lines.append(f"status accuracy {pct(metrics.status_accuracy)} ({metrics.with_expected_status} rows); "
                     f"not_found precision {pct(metrics.not_found_precision)}, "
                     f"recall {pct(metrics.not_found_recall)}")
        for expected, row in metrics.confusion.items():
            lines.append(f"  expected {expected:9s} -> " + ", ".join(f"{a} {n}" for a, n in row.items() if n))
    if metrics.latency_ms:
        lines.append(f"latency p50 {metrics.latency_ms.p50:.1f} ms, p95 {metrics.latency_ms.p95:.1f} ms")
    lines.append(f"notice on every answer {pct(metrics.notice_ok)}; quotes verbatim at their offsets "
                 f"{pct(metrics.verbatim_ok)} ({metrics.quotes_checked} quotes)")
    return "\n".join(lines)


def question_score(row, answer: Answer) -> float | None:
    """How well one answer meets its row's gold fields, from 0 to 1 (status right; 1/rank of the first hit)."""
    parts = []
    if row.expected_status:
        parts.append(1.0 if answer.status == row.expected_status else 0.0)
    if row.expected:
        rank = first_hit_rank(answer, row.expected)
        parts.append(1.0 / rank if rank else 0.0)
    return sum(parts) / len(parts) if parts else None


def compare_runs(rows: Sequence, new_answers: Sequence[Answer], old_answers: Mapping[str, Answer]) -> Comparison:
    """Questions that got better or worse against the gold fields, or (without gold) whose answer changed:
    `new_answers[i]` answers `rows[i]`; `old_answers` are the earlier run's, by row id."""
    found: dict[str, list] = {"better": [], "worse": [], "changed": [], "not_in_old": []}
    for row, new in zip(rows, new_answers):
        old = old_answers.get(row.id)
        if old is None:
            found["not_in_old"].append(row.id)
            continue
        new_score, old_score = question_score(row, new), question_score(row, old)
        change = Change(row.id, new.question, old.status, new.status, old_score, new_score, _first_quote(old),
                        _first_quote(new))
        if new_score is not None and old_score is not None and new_score != old_score:
            found["better" if new_score > old_score else "worse"].append(change)
        elif old.status != new.status or change.old_first_quote != change.new_first_quote:
            found["changed"].append(change)
    return Comparison(**{kind: tuple(entries) for kind, entries in found.items()})


def _first_quote(answer: Answer) -> str | None:
    return answer.quotes[0].text if answer.quotes else None


def format_comparison(comparison: Comparison) -> str:
    """A few lines naming the questions that got better or worse."""
    lines = [f"compared with the old run: {len(comparison.better)} better, {len(comparison.worse)} worse, "
             f"{len(comparison.changed)} changed without gold, {len(comparison.not_in_old)} not in the old run"]
    for kind, changes in (("worse", comparison.worse), ("better", comparison.better)):
        for change in changes[:20]:
            lines.append(f"  {kind}: {change.id}: {change.question[:80]} "
                         f"({change.old_status} -> {change.new_status})")
    return "\n".join(lines)
