"""Evaluation reports: HTML (plots inline) or Markdown (plots as PNG files beside it)."""

from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from bot.answer.support import default_model
from bot.evaluation.metrics import Metrics, first_hit_rank, first_source_is, format_summary

QUOTE_CHARS = 300


@dataclass(frozen=True)
class Failure:
    """A row whose answer misses a gold field: why, what was expected, and the start of each quote."""

    id: str
    question: str
    why: str
    expected: str
    quoted: tuple[str, ...]


def failing(outcomes: Sequence) -> list[Failure]:
    """Rows whose answer misses a gold field: wrong status, expected string in none of the quotes, wrong source."""
    failures = []
    for o in outcomes:
        row, answer = o.row, o.answer
        reasons = []
        if row.expected_status and answer.status != row.expected_status:
            reasons.append(f"status {answer.status}, expected {row.expected_status}")
        if row.expected and first_hit_rank(answer, row.expected) is None:
            reasons.append("no quote contains an expected string")
        if row.expected_source and not first_source_is(answer, row.expected_source):
            reasons.append(f"first quote not from {row.expected_source}")
        if reasons:
            failures.append(Failure(row.id, row.question, "; ".join(reasons),
                                    " | ".join(row.expected) or row.expected_source or row.expected_status,
                                    tuple(q.text[:QUOTE_CHARS] for q in answer.quotes)))
    return failures


@dataclass(frozen=True)
class Refusal:
    """A not-found answer and the evidence that decided it: the best sentence's similarity under the threshold, or
    the support model's verdict on the best-supported sentence, with the question's words it holds and lacks."""

    id: str
    question: str
    decided_by: str
    similarity: float | None
    covered: tuple[str, ...]
    missing: tuple[str, ...]


def refusals(outcomes: Sequence, min_score: float) -> list[Refusal]:
    """Every not-found answer of a run, with what decided it."""
    found = []
    for o in outcomes:
        answer = o.answer
        if answer.status != "not_found":
            continue
        evidence = answer.evidence
        if evidence is None:
            decided = ("nothing in the documents to quote" if answer.similarity is None else
                       f"best similarity {answer.similarity:.3f} below {min_score:.2f}")
            found.append(Refusal(o.row.id, o.row.question, decided, answer.similarity, (), ()))
        else:
            found.append(Refusal(o.row.id, o.row.question, default_model().reason(evidence), answer.similarity,
                                 evidence.covered, evidence.missing))
    return found


def plots(metrics: Metrics, outcomes: Sequence, threshold: float) -> dict[str, bytes]:
    """PNG images: similarity distributions with the threshold marked, and hit@k against k."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    images = {}
    by_gold = any(o.row.expected_status for o in outcomes)
    groups: dict[str, list[float]] = {}
    for o in outcomes:
        if o.answer.similarity is None:
            continue
        key = f"expected {o.row.expected_status}" if by_gold and o.row.expected_status else o.answer.status
        groups.setdefault(key, []).append(o.answer.similarity)
    if groups:
        fig, ax = plt.subplots(figsize=(7, 3.5))
        for key, values in sorted(groups.items()):
            ax.hist(values, bins=30, range=(-0.1, 1.0), alpha=0.55, label=f"{key} ({len(values)})")
        ax.axvline(threshold, color="black", linestyle="--", label=f"threshold {threshold:.2f}")
        ax.set_xlabel("best sentence similarity to the question")
        ax.set_ylabel("questions")
        ax.legend(fontsize=8)
        images["scores.png"] = _png(fig, plt)
    if metrics.with_expected:
        ks = sorted(metrics.hit_at_k)
        fig, ax = plt.subplots(figsize=(5, 3.2))
        ax.plot(ks, [metrics.hit_at_k[k] for k in ks], marker="o")
        ax.set_xlabel("k (quotes looked at)")
        ax.set_ylabel("hit@k")
        ax.set_ylim(0, 1.02)
        ax.grid(alpha=0.3)
        images["hit_at_k.png"] = _png(fig, plt)
    return images


def _png(fig, plt) -> bytes:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png", dpi=110)
    plt.close(fig)
    return buffer.getvalue()


def write_report(path: Path, metrics: Metrics, outcomes: Sequence, threshold: float,
                 comparison_text: str | None = None) -> None:
    """Write an `.html` or `.md` report to `path`."""
    path = Path(path)
    images = plots(metrics, outcomes, threshold)
    failures = failing(outcomes)
    refused = refusals(outcomes, threshold)
    summary = format_summary(metrics)
    if path.suffix.lower() in (".html", ".htm"):
        path.write_text(_html(summary, images, failures, refused, comparison_text), encoding="utf-8")
    else:
        for name, data in images.items():
            (path.parent / f"{path.stem}-{name}").write_bytes(data)
        path.write_text(_markdown(path.stem, summary, images, failures, refused, comparison_text), encoding="utf-8")


def _refusal_cells(r: Refusal) -> tuple[str, str, str, str, str]:
    similarity = "" if r.similarity is None else f"{r.similarity:.3f}"
    return r.question, r.decided_by, similarity, ", ".join(r.covered), ", ".join(r.missing)


def _html(summary: str, images: dict, failures: list[Failure], refused: list[Refusal],
          comparison_text: str | None) -> str:
    esc = html.escape
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>Verbatim evaluation</title>",
             "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}td,th{border:1px solid #ccc;"
             "padding:4px;vertical-align:top}table{border-collapse:collapse}pre{background:#f6f6f6;padding:1em}"
             "</style></head><body><h1>Verbatim evaluation</h1>", f"<pre>{esc(summary)}</pre>"]
    for name, data in images.items():
        parts.append(f"<img alt='{esc(name)}' src='data:image/png;base64,{base64.b64encode(data).decode()}'>")
    if comparison_text:
        parts.append(f"<h2>Against the old run</h2><pre>{esc(comparison_text)}</pre>")
    parts.append(f"<h2>Failing questions ({len(failures)})</h2><table><tr><th>id</th><th>question</th>"
                 "<th>why</th><th>expected</th><th>quoted</th></tr>")
    for f in failures:
        quoted = "<br>".join(f"&ldquo;{esc(q)}&rdquo;" for q in f.quoted) or "(nothing)"
        parts.append(f"<tr><td>{esc(f.id)}</td><td>{esc(f.question)}</td><td>{esc(f.why)}</td>"
                     f"<td>{esc(str(f.expected))}</td><td>{quoted}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h2>Not found, and what decided it ({len(refused)})</h2><table><tr><th>id</th><th>question</th>"
                 "<th>decided by</th><th>best similarity</th><th>words the documents hold</th>"
                 "<th>words they lack</th></tr>")
    for r in refused:
        cells = "".join(f"<td>{esc(c)}</td>" for c in (r.id, *_refusal_cells(r)))
        parts.append(f"<tr>{cells}</tr>")
    parts.append("</table></body></html>")
    return "\n".join(parts)


def _markdown(stem: str, summary: str, images: dict, failures: list[Failure], refused: list[Refusal],
              comparison_text: str | None) -> str:
    def cell(text) -> str:
        return html.escape(str(text)).replace("|", "\\|").replace("\n", " ")

    parts = ["# Verbatim evaluation", "", "```", summary, "```", ""]
    parts += [f"![{name}]({stem}-{name})" for name in images] + [""]
    if comparison_text:
        parts += ["## Against the old run", "", "```", comparison_text, "```", ""]
    parts += [f"## Failing questions ({len(failures)})", "", "| id | question | why | expected | quoted |",
              "|---|---|---|---|---|"]
    for f in failures:
        quoted = "<br>".join(cell(q) for q in f.quoted) or "(nothing)"
        parts.append(f"| {cell(f.id)} | {cell(f.question)} | {cell(f.why)} | {cell(f.expected)} | {quoted} |")
    parts += ["", f"## Not found, and what decided it ({len(refused)})", "",
              "| id | question | decided by | best similarity | words the documents hold | words they lack |",
              "|---|---|---|---|---|---|"]
    parts += ["| " + " | ".join(cell(c) for c in (r.id, *_refusal_cells(r))) + " |" for r in refused]
    return "\n".join(parts) + "\n"

