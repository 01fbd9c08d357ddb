"""Search at scale: exact search against the approximate index types Verbatim picks for large indexes.

Synthetic unit vectors in clusters (real embeddings cluster by topic; uniform random vectors do not, and no index
could beat a scan on them), 384 dimensions like all-MiniLM-L6-v2. The floor is exact search (`IndexFlatIP`) in the
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

from bot.store import approximate_index  # noqa: E402


def clustered_unit_vectors(n: int, dimension: int, clusters: int, spread: float, rng) -> np.ndarray:
    centers = rng.standard_normal((clusters, dimension)).astype(np.float32)
    centers /= np.linalg.norm(centers, axis=1, keepdims=True)
    out = np.empty((n, dimension), dtype=np.float32)
    step = 100_000
    for start in range(0, n, step):
        stop = min(start + step, n)
        block = centers[rng.integers(0, clusters, stop - start)]
        block += spread * rng.standard_normal(block.shape).astype(np.float32) / np.sqrt(dimension)
        out[start:stop] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def single_query_p50(index, queries: np.ndarray, k: int) -> float:
    times = []
    for q in queries:
        started = time.perf_counter()
        index.search(q[None, :], k)
        times.append(time.perf_counter() - started)
    return float(np.percentile(times, 50) * 1000)


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
    parser.add_argument("--spread", type=float, default=1.0, help="noise around a cluster center (unit: radius)")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    dimension, k = 384, 10
    vectors = clustered_unit_vectors(args.vectors, dimension, args.clusters, args.spread, rng)
    queries = clustered_unit_vectors(args.queries, dimension, args.clusters, args.spread, np.random.default_rng(1))
    print(f"machine: {os.cpu_count()} cores, {platform.python_version()}, faiss {faiss.__version__}; "
          f"{args.vectors:,} vectors x {dimension}, {args.clusters} clusters, {args.queries} queries", flush=True)

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
        default = " (the default)" if probes == depth else ""
        print(f"  nprobe {probes:4d}: recall@10 {recall:.3f}, p50 {p50:.2f} ms/query ({p50 / floor:.3f}x exact)"
              f"{default}", flush=True)


if __name__ == "__main__":
    main()
