"""How well the fusion weights hold up on queries they were not chosen on (SciFact, 2-fold cross-validation).

The five signals of `bot.answer.retrieval.Retriever` are computed for every chunk and every claim from the benchmark index
that `python -m bot eval --beir DIR` builds (run that first). For each grid of weights, the weights are picked on a
random half of the claims and scored (nDCG@10) on the other half, both ways, over 20 random splits. The mean of those
held-out scores is what the method should be expected to do on unseen claims; the best weights on all claims are
printed beside it, and they always look better.

    .venv/bin/python bench/fusion_weights.py --beir ../shared/datasets/scifact [--splits 20]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import Settings  # noqa: E402
from bot.answer.engine import Bot  # noqa: E402
from bot.answer.retrieval import SIGNALS  # noqa: E402
from bot.evaluation.benchmarks import load_beir  # noqa: E402
from bot.evaluation.runs import benchmark_settings  # noqa: E402

GRIDS = {
    "lead weight only, others as shipped": [(1, 1, 0.75, 0.25, w) for w in (0, 0.25, 0.5, 0.75, 1.0)],
    "without lead (the previous product)": [(d, 1, b, c, 0) for d in (0.5, 1) for b in (0.5, 0.75, 1)
                                            for c in (0, 0.25)],
    "all five": [(d, 1, b, c, w) for d in (0.5, 1) for b in (0.5, 0.75, 1) for c in (0, 0.25)
                 for w in (0, 0.25, 0.5, 0.75, 1.0)],
}


def signals(bot: Bot, questions: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(signals x questions x chunks standard scores, from the product's own Retriever.signals; chunk -> document)."""
    retriever = bot.retriever
    vectors = bot.embedder.encode(questions, batch_size=64)
    every_chunk = np.arange(len(bot.store.chunks))
    chunk_bm25 = retriever.lexical.scores_batch(questions)
    document_bm25 = retriever.document_lexical.scores_batch(questions)
    table = np.stack([retriever.signals(v, every_chunk, c, d)[0]
                      for v, c, d in zip(vectors, chunk_bm25, document_bm25)], axis=1)
    sources = sorted({c.source for c in bot.store.chunks})
    position = {s: i for i, s in enumerate(sources)}
    return table, np.array([position[c.source] for c in bot.store.chunks])


def per_query_ndcg(fused: np.ndarray, document: np.ndarray, sources: list[str], ids: list[str], qrels) -> np.ndarray:
    import ir_measures
    from ir_measures import nDCG

    best = np.full((fused.shape[0], len(sources)), -np.inf)
    np.maximum.at(best, (np.arange(fused.shape[0])[:, None], document[None, :]), fused)
    run = {}
    for i, qid in enumerate(ids):
        top = np.argpartition(-best[i], 100)[:100]
        run[qid] = {sources[j]: float(best[i, j]) for j in top}
    found = {m.query_id: m.value for m in ir_measures.iter_calc([nDCG @ 10], {q: qrels[q] for q in ids}, run)}
    return np.array([found.get(qid, 0.0) for qid in ids])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beir", type=Path, required=True, help="BEIR folder, e.g. ../shared/datasets/scifact")
    parser.add_argument("--splits", type=int, default=20)
    args = parser.parse_args()
    data = load_beir(args.beir)
    bot = Bot.open(benchmark_settings(Settings.from_env(), "beir", args.beir), documents=data.documents)
    ids = list(data.queries)
    table, document = signals(bot, [data.queries[i] for i in ids])
    sources = sorted({c.source for c in bot.store.chunks})
    shipped = tuple(getattr(bot.settings, f"{name}_weight") for name in SIGNALS)
    configs = sorted({c for grid in GRIDS.values() for c in grid} | {shipped})
    scores = {c: per_query_ndcg(np.tensordot(c, table, axes=1), document, sources, ids, data.qrels) for c in configs}
    print(f"shipped weights {dict(zip(SIGNALS, shipped))}: nDCG@10 {scores[shipped].mean():.4f} on all "
          f"{len(ids)} claims")
    rng = np.random.default_rng(0)
    splits = [rng.permutation(len(ids)) for _ in range(args.splits)]
    for name, grid in GRIDS.items():
        held_out = []
        for order in splits:
            halves = (order[:len(ids) // 2], order[len(ids) // 2:])
            for pick, score in (halves, halves[::-1]):
                best = max(grid, key=lambda c: (scores[c][pick].mean(), -sum(c)))
                held_out.append(scores[best][score].mean())
        best_all = max(grid, key=lambda c: scores[c].mean())
        print(f"{name}: held-out nDCG@10 {np.mean(held_out):.4f} (sd {np.std(held_out):.4f}, "
              f"{len(held_out)} halves); best on all claims {scores[best_all].mean():.4f} at {best_all}")


if __name__ == "__main__":
    main()
