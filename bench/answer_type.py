"""Issue 23, item 2: does the kind of answer a question asks for (`bot.answer.answer_type`), or scoring a sentence
that leans on the one before together with it, put the answering sentence first more often on SQuAD 2.0?

Retrieval runs once per question; each variant then rescores the same candidates and chooses quotes as the product
does (`QuoteChooser.choose`: support model, threshold, margin, quote units). Weights are read on the articles whose
title's sha256 first byte is even ("tune") and reported on the odd ones ("report") and on all. Two sets: the dev half
(answerable questions against their own 646 paragraphs) and the near-miss split (control: gold in the quotes;
near misses: refused).

    python bench/answer_type.py --shared ../shared --index bench/out/idx   # indexes as `python -m bot eval` builds
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot import Settings  # noqa: E402
from bot.answer import quotes as quotes_module  # noqa: E402
from bot.answer.answer_type import asked_kind, holds_kind  # noqa: E402
from bot.answer.engine import Bot  # noqa: E402
from bot.answer.quotes import QuoteChooser  # noqa: E402
from bot.evaluation.benchmarks import load_squad, near_miss_split  # noqa: E402
from bot.evaluation.runs import benchmark_settings  # noqa: E402


def half(row: dict) -> str:
    title = row["paragraph_id"].rpartition("#")[0]
    return "tune" if hashlib.sha256(title.encode("utf-8")).digest()[0] % 2 == 0 else "report"


class Questions:
    """One index's questions with their retrieval done once: (question, hits, query vector) each."""

    def __init__(self, bot: Bot, rows: list[dict]):
        self.bot, self.rows = bot, rows
        index = bot._index
        texts = [r["question"] for r in rows]
        self.vectors, self.hits = [], []
        for start in range(0, len(texts), 256):
            vectors, hits = bot._search(index, texts[start:start + 256], bot.settings.candidate_chunks)
            self.vectors.extend(vectors)
            self.hits.extend(hits)
        self.chooser = index.quotes
        self.now = [self.chooser.candidates(q, h, v) for q, h, v in zip(texts, self.hits, self.vectors)]
        with before():
            self.base = [self.chooser.candidates(q, h, v) for q, h, v in zip(texts, self.hits, self.vectors)]

    def timing_ms(self, questions: int, rounds: int = 3) -> dict:
        """Median milliseconds per question of `candidates` + `choose` before and now, in turns question by
        question, over the first `questions` (retrieval done)."""
        times: dict[str, list[float]] = {"before": [], "now": []}
        top_k = self.bot.settings.top_k
        for _ in range(rounds):
            for i, (row, hits, vector) in enumerate(zip(self.rows[:questions], self.hits, self.vectors)):
                for name in (("before", "now") if i % 2 == 0 else ("now", "before")):
                    with before() if name == "before" else contextlib.nullcontext():
                        start = time.perf_counter()
                        self.chooser.choose(row["question"], self.chooser.candidates(row["question"], hits, vector),
                                            top_k)
                        times[name].append((time.perf_counter() - start) * 1000)
        return {name: round(statistics.median(t), 3) for name, t in times.items()}


    def choices(self, variant):
        """The quote choice of every question under `variant` (candidates -> rescored candidates)."""
        top_k = self.bot.settings.top_k
        out = []
        for row, cands, now, vector in zip(self.rows, self.base, self.now, self.vectors):
            if variant is NOW:
                out.append(self.chooser.choose(row["question"], now, top_k))
                continue
            rescored = variant(row["question"], cands, vector, self.chooser)
            rescored = sorted(rescored, key=lambda c: (-c.score, c.sentence_id))
            out.append(self.chooser.choose(row["question"], rescored, top_k))
        return out


@contextlib.contextmanager
def before():
    """Candidates scored as before issue 23's item 2: no answer kind, no leaning sentence read with the one before."""
    weight, joint = quotes_module.ANSWER_KIND_WEIGHT, QuoteChooser._read_with_the_one_before
    quotes_module.ANSWER_KIND_WEIGHT = 0.0
    # (its joint score, joint cosines, and the sentence each is read with: none)
    QuoteChooser._read_with_the_one_before = lambda chooser, q, ids, *rest: (
        *(np.full(len(ids), -np.inf) for _ in range(3)), np.full(len(ids), -1, dtype=np.int64))
    try:
        yield
    finally:
        quotes_module.ANSWER_KIND_WEIGHT, QuoteChooser._read_with_the_one_before = weight, joint


def gold_hits(rows, choices) -> list[tuple[bool, bool]]:
    """Per question: gold in the first quote, gold in any."""
    out = []
    for row, choice in zip(rows, choices):
        gold = [a["text"] for a in row["answers"]]
        texts = [q.text for q in choice.quotes]
        out.append((bool(texts) and any(g in texts[0] for g in gold), any(g in t for g in gold for t in texts)))
    return out


def gold_rates(rows, choices, baseline: list[tuple[bool, bool]] | None = None) -> dict:
    """Per half and all: gold in first quote, in any, answered, n; against `baseline` (the control's hits), the
    questions whose first quote gained and lost the gold."""
    counts: dict[str, Counter] = {}
    hits = gold_hits(rows, choices)
    for i, (row, choice, (first, anywhere)) in enumerate(zip(rows, choices, hits)):
        for key in (half(row), "all"):
            c = counts.setdefault(key, Counter())
            c["n"] += 1
            c["answered"] += bool(choice.quotes)
            c["first"] += first
            c["any"] += anywhere
            if baseline is not None:
                c["first_gained"] += first and not baseline[i][0]
                c["first_lost"] += baseline[i][0] and not first
    return {k: {"first": round(c["first"] / c["n"], 4), "any": round(c["any"] / c["n"], 4),
                "answered": round(c["answered"] / c["n"], 4), "n": c["n"],
                **({"first_gained": c["first_gained"], "first_lost": c["first_lost"]} if baseline else {})}
            for k, c in sorted(counts.items())}


def refused_rates(rows, choices) -> dict:
    counts: dict[str, Counter] = {}
    for row, choice in zip(rows, choices):
        for key in (half(row), "all"):
            c = counts.setdefault(key, Counter())
            c["n"] += 1
            c["refused"] += not choice.quotes
    return {k: {"refused": round(c["refused"] / c["n"], 4), "n": c["n"]} for k, c in sorted(counts.items())}


def NOW(question, cands, vector, chooser):
    """The product as it is (its own candidates' scores)."""
    raise AssertionError("chosen from the product's candidates, never called")


def NOW_SCORES(question, cands, vector, chooser):
    """The product's scores: the better of each sentence's own and read with the one it leans on, plus the kind."""
    return kind_bonus(quotes_module.ANSWER_KIND_WEIGHT)(question, lean_joint("max")(question, cands, vector, chooser),
                                                         vector, chooser)


# Variants: each takes (question, candidates, query vector, chooser) and returns candidates with new scores.
def control(question, cands, vector, chooser):
    return cands


def kind_bonus(weight: float, within: float | None = None, kinds: tuple[str, ...] | None = None):
    """Score plus `weight` for a sentence holding the kind of answer asked for; with `within`, only for the
    candidates within that much of the best score (a tie-breaker)."""
    def variant(question, cands, vector, chooser):
        kind = asked_kind(question)
        if kind is None or not cands or (kinds is not None and kind not in kinds):
            return cands
        top = max(c.score for c in cands)
        return [dataclasses.replace(c, score=c.score + weight)
                if (within is None or c.score >= top - within) and holds_kind(kind, c.sentence.text, question)
                else c for c in cands]
    return variant


def lean_joint(mode: str, lexical_weight: float = 0.6, chain: int = 1):
    """A sentence that leans on the one before (`quotes._leans`, same line) scored with it: the cosine of the
    sentences' summed vectors and the lexical coverage of their joined text. `mode` 'max' keeps the better of its
    own and the joint score, 'joint' takes the joint one, 'cov' keeps its own cosine and the better coverage.
    `chain`: how many sentences back a chain of leaning sentences is followed (the quote unit goes back 3)."""
    def variant(question, cands, vector, chooser):
        vectors = chooser._sentence_vectors
        joined, where = [], []
        for i, c in enumerate(cands):
            p = c.passage
            if p is None:
                continue
            first = c.sentence_id
            for _ in range(chain):
                prev = p.sentences.get(first - 1)
                if prev is None or not quotes_module._leans(p.sentences[first].text) \
                        or "\n" in p.between(prev, p.sentences[first]):
                    break
                first -= 1
            if first == c.sentence_id:
                continue
            joined.append(p.cut(p.sentences[first], c.sentence))
            where.append((i, first))
        if not where:
            return cands
        coverage = chooser._lexical.coverage(question, joined)
        out = list(cands)
        for (i, first), cov in zip(where, coverage):
            c = cands[i]
            v = vectors[first:c.sentence_id + 1].sum(axis=0)
            sim = float(v @ vector / (np.linalg.norm(v) or 1.0))
            joint = sim + lexical_weight * cov
            own_cov = (c.score - c.similarity) / lexical_weight
            score = {"max": max(c.score, joint), "joint": joint,
                     "cov": c.similarity + lexical_weight * max(own_cov, cov)}[mode]
            out[i] = dataclasses.replace(c, score=score)
        return out
    return variant


def which_names(weight: float):
    """A question with "which" that asks for no other kind taken to ask for a name (scored like "who")."""
    def variant(question, cands, vector, chooser):
        if asked_kind(question) is not None or not re.search(r"\bwhich\b", question, re.IGNORECASE):
            return cands
        return [dataclasses.replace(c, score=c.score + weight) if holds_kind("person", c.sentence.text, question)
                else c for c in cands]
    return variant


def both(first, second):
    def variant(question, cands, vector, chooser):
        return second(question, first(question, cands, vector, chooser), vector, chooser)
    return variant


def kind_report(rows) -> dict:
    """How many answerable questions of each kind, and how often the gold answer's text holds that kind."""
    out: dict[str, Counter] = {}
    for row in rows:
        kind = asked_kind(row["question"]) or "none"
        c = out.setdefault(kind, Counter())
        c["questions"] += 1
        c["gold_holds_kind"] += kind != "none" and holds_kind(kind, " x " + row["answers"][0]["text"],
                                                               row["question"])
    return {k: dict(v) for k, v in sorted(out.items())}


VARIANTS = {
    "control": control,
    "now": NOW,
    **{f"kind+{w}": kind_bonus(w) for w in (0.02, 0.05, 0.1, 0.15, 0.2, 0.3)},
    **{f"tie{d}": kind_bonus(d, within=d) for d in (0.02, 0.05, 0.1)},
    "lean-max": lean_joint("max"),
    "lean-joint": lean_joint("joint"),
    "lean-cov": lean_joint("cov"),
    "lean-max-chain3": lean_joint("max", chain=3),
    "lean-cov-chain3": lean_joint("cov", chain=3),
    **{f"lean-max+kind+{w}": both(lean_joint("max"), kind_bonus(w)) for w in (0.05, 0.1, 0.15, 0.2)},
    **{f"now+which+{w}": both(NOW_SCORES, which_names(w)) for w in (0.05, 0.1)},
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--index", type=Path, default=REPO / "bench/out/idx",
                        help="the --index of `python -m bot eval --squad` (both indexes are under it)")
    parser.add_argument("--variants", nargs="*", help="names of VARIANTS (default: all) or kind+W / tieD / "
                                                      "lean-max+kind+W")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here too")
    parser.add_argument("--timing", type=int, metavar="N", default=0,
                        help="also time quote choice before and now on the first N dev questions, in turns")
    args = parser.parse_args()
    folder = args.shared / "datasets/squad2-dev-half"
    documents, rows = load_squad(folder)
    answerable = [r for r in rows if not r["is_impossible"]]
    settings = Settings.from_env(index_dir=args.index)
    names = args.variants or list(VARIANTS)
    variants = {}
    for name in names:
        if name in VARIANTS:
            variants[name] = VARIANTS[name]
        elif name.startswith("lean-max+kind+"):
            variants[name] = both(lean_joint("max"), kind_bonus(float(name.rpartition("+")[2])))
        elif name.startswith("kind+"):
            variants[name] = kind_bonus(float(name[5:]))
        elif name.startswith("tie"):
            variants[name] = kind_bonus(float(name[3:]), within=float(name[3:]))
        else:
            parser.error(f"unknown variant {name}")
    result: dict = {"kinds": kind_report(answerable)}
    started = time.perf_counter()
    squad_bot = Bot.open(benchmark_settings(settings, "squad", folder), documents=documents)
    dev = Questions(squad_bot, answerable)
    split = near_miss_split(documents, rows)
    near_bot = Bot.open(benchmark_settings(settings, "squad-near-miss", folder), documents=split.corpus,
                        embedder=squad_bot.embedder)
    control_q, near_q = Questions(near_bot, split.control), Questions(near_bot, split.near_misses)
    print(f"retrieval done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if args.timing:
        result["timing_ms"] = dev.timing_ms(args.timing)
        print(f"quote choice per question, median ms: {result['timing_ms']}", file=sys.stderr)
    base_dev = gold_hits(dev.rows, dev.choices(control))
    base_control = gold_hits(control_q.rows, control_q.choices(control))
    for name, variant in variants.items():
        result[name] = {"dev": gold_rates(dev.rows, dev.choices(variant), base_dev),
                        "near_control": gold_rates(control_q.rows, control_q.choices(variant), base_control),
                        "near_misses": refused_rates(near_q.rows, near_q.choices(variant))}
        r = result[name]
        print(f"{name:>16}: dev first/any tune {r['dev']['tune']['first']:.3f}/{r['dev']['tune']['any']:.3f} "
              f"report {r['dev']['report']['first']:.3f}/{r['dev']['report']['any']:.3f} "
              f"all {r['dev']['all']['first']:.3f}/{r['dev']['all']['any']:.3f} | control any tune "
              f"{r['near_control']['tune']['any']:.3f} report {r['near_control']['report']['any']:.3f} all "
              f"{r['near_control']['all']['any']:.3f} answered {r['near_control']['all']['answered']:.3f} | "
              f"near refused {r['near_misses']['all']['refused']:.3f} | dev first +/- tune "
              f"{r['dev']['tune']['first_gained']}/{r['dev']['tune']['first_lost']} report "
              f"{r['dev']['report']['first_gained']}/{r['dev']['report']['first_lost']}", file=sys.stderr, flush=True)
    print(json.dumps(result, indent=1))
    if args.out:
        args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
