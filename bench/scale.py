"""Search at scale: exact search against the approximate index types Verbatim picks for large indexes.

Synthetic unit vectors, 384 dimensions like all-MiniLM-L6-v2, in topics and near a 48-dimensional subspace: real
sentence embeddings cluster by topic and have a low intrinsic dimension. (Isotropic noise around cluster centers is
far harder than real data: there, the nearest neighbours inside a cluster are nearly random, and HNSW reached
recall@10 0.21 at efSearch 256.) The floor is exact search (`IndexFlatIP`) in the
same run; each approximate index reports its build time, size, load time, recall@10 against exact search and p50
latency for one query at a time, at the smallest search depth that reaches recall@10 >= 0.95.

    .venv/bin/python bench/scale.py [--vectors 1000000] [--queries 300]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import faiss  # noqa: E402

from bot.index.dense import approximate_index  # noqa: E402


def clustered_unit_vectors(n: int, dimension: int, clusters: int, spread: float, latent: int, seed: int,
                           sample_seed: int) -> np.ndarray:
    """Unit vectors that lie near a `latent`-dimensional subspace (sentence embeddings have a low intrinsic
    dimension), in `clusters` topics. `seed` fixes the topics and the projection; `sample_seed` the points."""
    shape = np.random.default_rng(seed)
    centers = shape.standard_normal((clusters, latent)).astype(np.float32)
    projection = shape.standard_normal((latent, dimension)).astype(np.float32) / np.sqrt(latent)
    rng = np.random.default_rng(sample_seed)
    out = np.empty((n, dimension), dtype=np.float32)
    step = 100_000
    for start in range(0, n, step):
        stop = min(start + step, n)
        points = centers[rng.integers(0, clusters, stop - start)]
        points = points + spread * rng.standard_normal(points.shape).astype(np.float32)
        block = points @ projection + 0.05 * rng.standard_normal((stop - start, dimension)).astype(np.float32)
        out[start:stop] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def real_vectors(beir: Path, limit: int) -> tuple[np.ndarray, np.ndarray]:
    from bot import Settings
    from bot.evaluation.benchmarks import load_beir
    from bot.evaluation.runs import benchmark_settings
    from bot.index.embedding import Embedder
    from bot.index.store import IndexStore

    settings = benchmark_settings(Settings.from_env(), "beir", beir)
    store = IndexStore.load(settings.index_dir)
    queries = list(load_beir(beir).queries.values())[:limit]
    encoded = Embedder.load(settings.model).encode(queries)
    return np.concatenate([store.chunk_vectors, store.sentence_vectors]), encoded


def p50_ms(fn, items) -> float:
    """The median time of `fn(item)` over `items`, in milliseconds."""
    times = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        times.append(time.perf_counter() - started)
    return float(np.median(times) * 1000)


def single_query_p50(index, queries: np.ndarray, k: int) -> float:
    return p50_ms(lambda q: index.search(q[None, :], k), queries)


def recall_at(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found, truth)]))


def size_and_load(index) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "x.faiss")
        faiss.write_index(index, path)
        size = os.path.getsize(path) / 1e6
        started = time.perf_counter()
        faiss.read_index(path)
        return size, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vectors", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--clusters", type=int, default=2000)
    parser.add_argument("--spread", type=float, default=0.5, help="spread of a topic around its center")
    parser.add_argument("--latent", type=int, default=48, help="intrinsic dimension of the vectors")
    parser.add_argument("--real", type=Path, metavar="BEIR_DIR",
                        help="instead of synthetic vectors, the chunk and sentence vectors of the benchmark index of "
                             "this BEIR folder (index/beir-NAME, built by `python -m bot eval --beir`) and its "
                             "queries, encoded")
    parser.add_argument("--hnsw", action="store_true", help="also measure an HNSW graph (M=32) for comparison")
    args = parser.parse_args()
    dimension, k = 384, 10
    if args.real:
        vectors, queries = real_vectors(args.real, args.queries)
        what = f"{len(vectors):,} real vectors of {args.real.name} (chunks and sentences), {len(queries)} real queries"
    else:
        vectors = clustered_unit_vectors(args.vectors, dimension, args.clusters, args.spread, args.latent, 0, 0)
        queries = clustered_unit_vectors(args.queries, dimension, args.clusters, args.spread, args.latent, 0, 1)
        what = (f"{args.vectors:,} vectors x {dimension} (intrinsic dimension {args.latent}, spread {args.spread}), "
                f"{args.clusters} topics, {args.queries} queries")
    print(f"machine: {os.cpu_count()} cores, {platform.python_version()}, faiss {faiss.__version__}; {what}",
          flush=True)

    started = time.perf_counter()
    exact = faiss.IndexFlatIP(dimension)
    exact.add(vectors)
    exact_build = time.perf_counter() - started
    _, truth = exact.search(queries, k)
    floor = single_query_p50(exact, queries, k)
    size, load = size_and_load(exact)
    print(f"exact (floor): build {exact_build:.1f} s, {size:.0f} MB, load {load:.2f} s, p50 {floor:.2f} ms/query",
          flush=True)

    started = time.perf_counter()
    index, kind, depth = approximate_index(vectors, dimension)
    build = time.perf_counter() - started
    size, load = size_and_load(index)
    print(f"{kind}: build {build:.1f} s, {size:.0f} MB, load {load:.2f} s", flush=True)
    for probes in (1, 2, 4, 8, 16, 32, 64, 128):
        faiss.extract_index_ivf(index).nprobe = probes
        _, found = index.search(queries, k)
        recall = recall_at(found, truth)
        p50 = single_query_p50(index, queries, k)
        default = " (chosen at build)" if probes == depth else ""
        print(f"  nprobe {probes:4d}: recall@10 {recall:.3f}, p50 {p50:.2f} ms/query ({p50 / floor:.3f}x exact)"
              f"{default}", flush=True)
    if args.hnsw:
        started = time.perf_counter()
        graph = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
        graph.hnsw.efConstruction = 40
        graph.add(vectors)
        build = time.perf_counter() - started
        size, load = size_and_load(graph)
        print(f"hnsw32: build {build:.1f} s, {size:.0f} MB, load {load:.2f} s", flush=True)
        for depth in (16, 32, 64, 128, 256):
            graph.hnsw.efSearch = depth
            _, found = graph.search(queries, k)
            recall = recall_at(found, truth)
            p50 = single_query_p50(graph, queries, k)
            print(f"  efSearch {depth:4d}: recall@10 {recall:.3f}, p50 {p50:.2f} ms/query ({p50 / floor:.3f}x exact)",
                  flush=True)


if __name__ == "__main__":
    main()
