"""Warm answer latency of `Bot.ask` against the bare floor (model.encode([q]) + FAISS search), same run, in turns.

    python bench/latency.py [--corpus corpus | --beir ../shared/datasets/scifact] [--rounds 200]

With --beir the bot answers the benchmark's queries over its corpus, from the benchmark index that
`python -m bot eval --beir DIR` builds (index/beir-NAME).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import faiss  # noqa: E402

from bot import Settings  # noqa: E402
from bot.answer.engine import Bot  # noqa: E402

QUESTIONS = ["Can magnesium help restless legs?", "What is restless legs syndrome?", "What is the capital of France?",
             "When should magnesium supplements be taken?", "Why does magnesium relax muscles?"]


def timings_ms(fns, questions, rounds):
    """p50 and p95 of each function, run in turns on the same question (which goes first alternates), so the
    machine's drifts over a run touch every function alike."""
    times = [[] for _ in fns]
    for i in range(rounds):
        q = questions[i % len(questions)]
        for j in (range(len(fns)) if i % 2 == 0 else reversed(range(len(fns)))):
            start = time.perf_counter()
            fns[j](q)
            times[j].append((time.perf_counter() - start) * 1000)
    return [(statistics.median(t), sorted(t)[int(0.95 * len(t)) - 1]) for t in times]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "corpus")
    parser.add_argument("--beir", type=Path, metavar="DIR", help="a BEIR folder, e.g. ../shared/datasets/scifact")
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    questions = QUESTIONS
    with tempfile.TemporaryDirectory() as tmp:
        if args.beir:
            from bot.evaluation.benchmarks import load_beir
            from bot.evaluation.runs import benchmark_settings

            data = load_beir(args.beir)
            questions = list(data.queries.values())[:100]
            bot = Bot.open(benchmark_settings(Settings.from_env(), "beir", args.beir), documents=data.documents)
        else:
            bot = Bot.open(Settings.from_env(environ={}, corpus_dir=args.corpus, index_dir=Path(tmp) / "index"))
        model = bot.embedder.model
        flat = faiss.IndexFlatIP(bot.store.manifest.dimension)
        flat.add(bot.store.chunk_vectors)

        def floor(q):
            flat.search(model.encode([q], normalize_embeddings=True), 10)

        timings_ms([floor, bot.ask], questions, 10)  # warm up
        (floor_p50, floor_p95), (ask_p50, ask_p95) = timings_ms([floor, bot.ask], questions, args.rounds)
    print(f"chunks={len(bot.store.chunks)} rounds={args.rounds}")
    print(f"floor  p50 {floor_p50:.2f} ms  p95 {floor_p95:.2f} ms")
    print(f"ask    p50 {ask_p50:.2f} ms  p95 {ask_p95:.2f} ms  ratio p50 {ask_p50 / floor_p50:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
