"""Scoring result records against gold fields. Pure: texts of sources are passed in as a function."""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Sequence

import numpy as np

from bot.answer.compose import NOTICE

STATUSES = ("answered", "not_found", "urgent", "invalid")
MAX_K = 10


def normalize(text: str) -> str:
    """Case-folded, white space collapsed: how expected strings are matched against quotes."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def first_hit_rank(record: dict, expected: Sequence[str]) -> int | None:
    """1-based rank of the first quote that contains one of the expected strings, or None."""
    wanted = [normalize(e) for e in expected if e.strip()]
    for rank, quote in enumerate(record["quotes"], start=1):
        text = normalize(quote["text"])
        if any(w in text for w in wanted):
            return rank
    return None


def verbatim_ok(record: dict, text_of: Callable[[str], str | None]) -> list[bool]:
    """For each quote: does `text_of(source)[start:end]` equal its text?"""
    results = []
    for quote in record["quotes"]:
        content = text_of(quote["source"])
        results.append(content is not None and content[quote["start"]:quote["end"]] == quote["text"])
    return results


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def summarize(rows: Sequence, records: Sequence[dict], latencies_ms: Sequence[float],
              text_of: Callable[[str], str | None]) -> dict:
    """Every metric of a question-set run. Gold-based metrics count only rows that carry that gold field; they are
    None when no row does."""
    with_expected = [(row, rec) for row, rec in zip(rows, records) if row.expected]
    ranks = [first_hit_rank(rec, row.expected) for row, rec in with_expected]
    hit_at = {k: _ratio(sum(r is not None and r <= k for r in ranks), len(ranks)) for k in range(1, MAX_K + 1)}
    with_unwanted = [(row, rec) for row, rec in zip(rows, records) if getattr(row, "not_expected", ())]
    unwanted_quoted = sum(first_hit_rank(rec, row.not_expected) is not None for row, rec in with_unwanted)
    with_source = [(row, rec) for row, rec in zip(rows, records) if row.expected_source]
    source_hits = sum(bool(rec["quotes"]) and rec["quotes"][0]["source"] == row.expected_source
                      for row, rec in with_source)
    with_status = [(row.expected_status, rec["status"]) for row, rec in zip(rows, records) if row.expected_status]
    confusion = {e: {a: 0 for a in STATUSES} for e in STATUSES}
    for expected, actual in with_status:
        confusion[expected][actual] += 1
    true_nf = confusion["not_found"]["not_found"]
    predicted_nf = sum(confusion[e]["not_found"] for e in STATUSES)
    expected_nf = sum(confusion["not_found"].values())
    checks = [ok for rec in records for ok in verbatim_ok(rec, text_of)]
    return {
        "questions": len(records),
        "statuses": dict(Counter(rec["status"] for rec in records)),
        "with_expected": len(with_expected),
        "hit@1": hit_at[1],
        "hit@3": hit_at[3],
        "hit_at_k": hit_at,
        "mrr": round(float(np.mean([1 / r if r else 0.0 for r in ranks])), 4) if ranks else None,
        "with_not_expected": len(with_unwanted),
        "not_expected_quoted": _ratio(unwanted_quoted, len(with_unwanted)),
        "with_expected_source": len(with_source),
        "source_accuracy": _ratio(source_hits, len(with_source)),
        "with_expected_status": len(with_status),
        "status_accuracy": _ratio(sum(e == a for e, a in with_status), len(with_status)),
        "confusion": {e: row for e, row in confusion.items() if any(row.values())},
        "not_found_precision": _ratio(true_nf, predicted_nf),
        "not_found_recall": _ratio(true_nf, expected_nf),
        "latency_ms": {"p50": round(float(np.percentile(latencies_ms, 50)), 2),
                       "p95": round(float(np.percentile(latencies_ms, 95)), 2)} if latencies_ms else None,
        "notice_ok": _ratio(sum(NOTICE in rec["answer"] and rec["notice"] == NOTICE for rec in records), len(records)),
        "verbatim_ok": _ratio(sum(checks), len(checks)) if checks else 1.0,
        "quotes_checked": len(checks),
    }


def format_summary(metrics: dict) -> str:
    """The metrics as a few lines for a terminal."""
    def pct(value):
        return "n/a" if value is None else f"{value:.1%}"

    statuses = ", ".join(f"{metrics['statuses'].get(s, 0)} {s}" for s in STATUSES)
    lines = [f"{metrics['questions']} questions: {statuses}"]
    if metrics["with_expected"]:
        lines.append(f"hit@1 {pct(metrics['hit@1'])}  hit@3 {pct(metrics['hit@3'])}  MRR {metrics['mrr']:.3f}  "
                     f"({metrics['with_expected']} with expected strings)")
    if metrics.get("with_not_expected"):
        lines.append(f"passages marked not relevant still quoted: {pct(metrics['not_expected_quoted'])} "
                     f"({metrics['with_not_expected']} rows)")
    if metrics["with_expected_source"]:
        lines.append(f"source accuracy {pct(metrics['source_accuracy'])} ({metrics['with_expected_source']} rows)")
    if metrics["with_expected_status"]:
        lines.append(f"status accuracy {pct(metrics['status_accuracy'])} ({metrics['with_expected_status']} rows); "
                     f"not_found precision {pct(metrics['not_found_precision'])}, "
                     f"recall {pct(metrics['not_found_recall'])}")
        for expected, row in metrics["confusion"].items():
            lines.append(f"  expected {expected:9s} -> " + ", ".join(f"{a} {n}" for a, n in row.items() if n))
    if metrics["latency_ms"]:
        lines.append(f"latency p50 {metrics['latency_ms']['p50']:.1f} ms, p95 {metrics['latency_ms']['p95']:.1f} ms")
    lines.append(f"notice on every answer {pct(metrics['notice_ok'])}; quotes verbatim at their offsets "
                 f"{pct(metrics['verbatim_ok'])} ({metrics['quotes_checked']} quotes)")
    return "\n".join(lines)


def question_score(row, record: dict) -> float | None:
    """How well one record meets its row's gold fields, from 0 to 1 (status right; 1/rank of the first hit)."""
    parts = []
    if row.expected_status:
        parts.append(1.0 if record["status"] == row.expected_status else 0.0)
    if row.expected:
        rank = first_hit_rank(record, row.expected)
        parts.append(1.0 / rank if rank else 0.0)
    return sum(parts) / len(parts) if parts else None


def compare_runs(rows: Sequence, new_records: Sequence[dict], old_records: Sequence[dict]) -> dict:
    """Questions that got better or worse against the gold fields, or (without gold) whose answer changed."""
    old_by_id = {record["id"]: record for record in old_records}
    result: dict[str, list] = {"better": [], "worse": [], "changed": [], "not_in_old": []}
    for row, new in zip(rows, new_records):
        old = old_by_id.get(new["id"])
        if old is None:
            result["not_in_old"].append(new["id"])
            continue
        new_score, old_score = question_score(row, new), question_score(row, old)
        entry = {"id": new["id"], "question": new["question"], "old_status": old["status"],
                 "new_status": new["status"], "old_score": old_score, "new_score": new_score,
                 "old_first_quote": _first_quote(old), "new_first_quote": _first_quote(new)}
        if new_score is not None and old_score is not None and new_score != old_score:
            result["better" if new_score > old_score else "worse"].append(entry)
        elif old["status"] != new["status"] or entry["old_first_quote"] != entry["new_first_quote"]:
            result["changed"].append(entry)
    return result


def _first_quote(record: dict) -> str | None:
    return record["quotes"][0]["text"] if record.get("quotes") else None


def format_comparison(comparison: dict) -> str:
    """A few lines naming the questions that got better or worse."""
    lines = [f"compared with the old run: {len(comparison['better'])} better, {len(comparison['worse'])} worse, "
             f"{len(comparison['changed'])} changed without gold, {len(comparison['not_in_old'])} not in the old run"]
    for kind in ("worse", "better"):
        for entry in comparison[kind][:20]:
            lines.append(f"  {kind}: {entry['id']}: {entry['question'][:80]} "
                         f"({entry['old_status']} -> {entry['new_status']})")
    return "\n".join(lines)
