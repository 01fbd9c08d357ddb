"""Dense search over vectors with FAISS: the only module that imports faiss.

Vectors are unit length, so inner product is cosine. Up to EXACT_LIMIT vectors the search is exact; above it an
inverted-file index (IVF) finds the nearest far faster, with its number of probes chosen when it is built.
"""

from __future__ import annotations

import os
from pathlib import Path

import faiss
import numpy as np

from bot.index.vectorfile import ArrayVectors, SelectedRows, VectorFile

# Up to this many vectors, search is exact; above it, an inverted-file index (bench/scale.py).
EXACT_LIMIT = 200_000


def search_index(vectors, dimension: int, centroids: np.ndarray | None = None):
    """A FAISS index over `vectors` (an array, or a `VectorFile` read a block at a time): exact inner product below
    EXACT_LIMIT rows, else `approximate_index` (with `centroids`, when given, instead of training)."""
    if len(vectors) >= EXACT_LIMIT:
        return approximate_index(vectors, dimension, centroids=centroids)[0]
    return faiss_flat(vectors, dimension)


def approximate_index(vectors, dimension: int, target_recall: float = 0.98, centroids: np.ndarray | None = None):
    """An inverted-file index (IVF: about 4 x sqrt(n) lists, trained on up to 64 vectors a list). The number of
    lists searched a query is the smallest of 8, 16, ... 256 whose recall@10 against exact search reaches
    `target_recall` for 200 of the vectors themselves (as queries, their own match left out; real questions are
    harder, so the bar is above what is wanted for them: bench/scale.py measures both). Returns the index, its type
    name (`index_type`) and that number of probes. `vectors` is read a block at a time, so the index holds the only
    full copy. `centroids` of the lists (those of the index this one replaces: `centroids_of`) are taken instead of
    training when there are as many as wanted: a refresh then skips the training, and the number of probes is still
    chosen for the new vectors."""
    data = _readable(vectors)
    lists = 1 << max(int(np.log2(4 * np.sqrt(len(data)))), 4)
    quantizer = faiss.IndexFlatIP(dimension)
    index = faiss.IndexIVFFlat(quantizer, dimension, lists, faiss.METRIC_INNER_PRODUCT)
    rng = np.random.default_rng(0)
    if centroids is not None and centroids.shape == (lists, dimension):
        quantizer.add(np.ascontiguousarray(centroids, dtype=np.float32))
        index.is_trained = True
    else:
        index.train(data.take(np.sort(rng.choice(len(data), min(len(data), 64 * lists), replace=False))))
    _fill_lists(index, data)
    probe_ids = rng.choice(len(data), min(len(data), 200), replace=False)
    probes_vectors = data.take(probe_ids)
    truth = _exact_neighbours(data, probes_vectors, 11)
    for probes in (8, 16, 32, 64, 128, 256):
        index.nprobe = min(probes, lists)
        _, found = index.search(probes_vectors, 11)
        if _recall(found, truth, probe_ids) >= target_recall or probes >= lists:
            break
    index.make_direct_map()  # so rows can be read back by position
    return index, index_type(index), index.nprobe


def _fill_lists(index, data) -> None:
    """Add every row of `data` to the trained IVF-Flat `index`, each inverted list allocated once at its final size.
    (`index.add` grows the lists as vectors come, by doubling: up to twice the vectors' memory while building.)"""
    assign = np.concatenate([np.zeros(0, dtype=np.int64),
                             *(index.quantizer.search(block, 1)[1][:, 0] for _, block in data.blocks())])
    counts = np.bincount(assign, minlength=index.nlist)
    for number, count in enumerate(counts):
        index.invlists.resize(number, int(count))
    filled = np.zeros(index.nlist, dtype=np.int64)
    for start, block in data.blocks():
        order = np.argsort(assign[start:start + len(block)], kind="stable")
        lists, first = np.unique(assign[start:start + len(block)][order], return_index=True)
        for number, a, b in zip(lists, first, np.append(first[1:], len(order))):
            ids = np.ascontiguousarray(start + order[a:b], dtype=np.int64)
            codes = np.ascontiguousarray(block[order[a:b]]).view(np.uint8)  # an IVF-Flat code is the raw vector
            index.invlists.update_entries(int(number), int(filled[number]), int(b - a), faiss.swig_ptr(ids),
                                          faiss.swig_ptr(codes))
            filled[number] += b - a
    index.ntotal = len(data)


def faiss_flat(vectors, dimension: int):
    """An exact inner-product index over `vectors` (an array or a `VectorFile`)."""
    index = faiss.IndexFlatIP(dimension)  # normalized vectors, so inner product is cosine
    for _, block in _readable(vectors).blocks():
        index.add(block)
    return index


def _readable(vectors):
    return vectors if isinstance(vectors, (VectorFile, SelectedRows, ArrayVectors)) else ArrayVectors(vectors)


def _exact_neighbours(data, queries: np.ndarray, k: int) -> np.ndarray:
    """Positions of the `k` rows of `data` with the highest inner product with each query, best first."""
    heap = faiss.ResultHeap(len(queries), k, keep_max=True)
    for start, block in data.blocks():
        scores, found = search(faiss_flat(block, block.shape[1]), queries, k)
        heap.add_result(scores, np.where(found >= 0, found + start, -1))
    heap.finalize()
    return heap.I


def _recall(found: np.ndarray, truth: np.ndarray, own: np.ndarray) -> float:
    hits = [len(set([i for i in f if i != o][:10]) & set([i for i in t if i != o][:10])) / 10
            for f, t, o in zip(found, truth, own)]
    return float(np.mean(hits))


def index_type(index) -> str:
    """"flat" for exact search, "ivf<lists>/<probes>" for an inverted-file index."""
    try:
        ivf = faiss.extract_index_ivf(index)
    except RuntimeError:
        return "flat"
    return f"ivf{ivf.nlist}/{ivf.nprobe}"


def centroids_of(index) -> np.ndarray | None:
    """The centroids of the inverted lists of `index`, or None when its search is exact."""
    if index_type(index) == "flat":
        return None
    ivf = faiss.extract_index_ivf(index)
    return ivf.quantizer.reconstruct_n(0, ivf.nlist)


def rows(index, positions: np.ndarray, dimension: int) -> np.ndarray:
    """The vectors stored at `positions` of `index`."""
    if len(positions) == 0:
        return np.zeros((0, dimension), dtype=np.float32)
    return index.reconstruct_batch(np.ascontiguousarray(positions, dtype=np.int64))


def search(index, query_vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Scores and positions of the `k` nearest vectors of `index` for each query, best first (-1 past the end)."""
    k = min(k, index.ntotal)
    if k == 0:
        empty = np.zeros((len(query_vectors), 0))
        return empty.astype(np.float32), empty.astype(np.int64)
    # A few queries search faster on one thread, and leave no OpenMP workers spinning against the model's threads
    # (the setting is per calling thread, so concurrent requests do not disturb each other).
    faiss.omp_set_num_threads(1 if len(query_vectors) < 8 else os.cpu_count() or 1)
    return index.search(np.ascontiguousarray(query_vectors, dtype=np.float32), k)


def read_index(path: Path):
    """The index FAISS wrote to `path`, its rows readable by position."""
    index = faiss.read_index(str(path))
    if index_type(index) != "flat":
        faiss.extract_index_ivf(index).make_direct_map()
    return index


def write_index(index, path: Path) -> None:
    """Write `index` to `path` in FAISS's own format; OSError when it cannot."""
    try:
        faiss.write_index(index, str(path))
    except RuntimeError as err:  # FAISS reports a failed write as RuntimeError
        raise OSError(str(err)) from None
