"""A million-chunk Verbatim index, whole: load time, memory and retrieval p50 against the bare FAISS index inside it.

Builds (once) an index of `--chunks` synthetic chunks with their metadata: ten chunks a document, two ten-word
sentences a chunk, words drawn from a 20,000-word vocabulary by Zipf's law, vectors as in `scale.py --spread 1.0` (a sentence's
vector is its chunk's plus noise). Then, each in a process of its own so that its resident memory is its own:

- floor: `faiss.read_index(chunks.faiss)`, then `index.search` of one query vector at a time (k=10, the probes
  chosen at build);
- Verbatim: `IndexStore.load`, a `Retriever` and a `QuoteChooser`, then, per query, the chunk search alone (k=10) and the whole
  retrieval of an answer: hybrid search (dense, chunk and document BM25, fusion) and quote candidates.

Recall@10 of Verbatim's chunk search is measured against exact search over the same vectors.

    .venv/bin/python bench/scale_index.py [--chunks 1000000] [--queries 300] [--index bench/out/scale-index]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from scale import clustered_unit_vectors, p50_ms, recall_at  # noqa: E402

DIMENSION, CHUNKS_PER_DOCUMENT, SENTENCES_PER_CHUNK, WORDS_PER_SENTENCE = 384, 10, 2, 10


def vocabulary(size: int, seed: int = 0) -> np.ndarray:
    """`size` distinct pronounceable made-up words."""
    rng = np.random.default_rng(seed)
    syllables = np.array([c + v for c in "bdfgklmnprstvz" for v in "aeiou"])
    words: dict[str, None] = {}
    while len(words) < size:
        for parts in rng.choice(syllables, size=(size, 3)):
            words.setdefault("".join(parts[:rng.integers(2, 4)]), None)
    return np.array(list(words)[:size])


def zipf_words(rng, words: np.ndarray, shape) -> np.ndarray:
    weights = 1.0 / np.arange(1, len(words) + 1)
    return words[rng.choice(len(words), size=shape, p=weights / weights.sum())]


def questions(count: int) -> list[str]:
    rng = np.random.default_rng(1)
    return [" ".join(row) + "?" for row in zipf_words(rng, vocabulary(20_000), (count, 6))]


def build(index_dir: Path, chunk_count: int, query_count: int) -> None:
    from bot.documents.document import Document
    from bot.index.building import write_index
    from bot.index.chunking import Chunk, Sentence
    from bot.index.dense import faiss_flat
    from bot.index.generation import Chunking, Manifest

    started = time.perf_counter()
    rng = np.random.default_rng(0)
    sentence_count = chunk_count * SENTENCES_PER_CHUNK
    texts = [" ".join(row).capitalize() + "." for row in
             zipf_words(rng, vocabulary(20_000), (sentence_count, WORDS_PER_SENTENCE))]
    documents, chunks, sentences = [], [], []
    per_document = CHUNKS_PER_DOCUMENT * SENTENCES_PER_CHUNK
    for d, first in enumerate(range(0, sentence_count, per_document)):
        source = f"doc-{d:07d}.txt"
        own = texts[first:first + per_document]
        starts = np.concatenate(([0], np.cumsum([len(t) + 1 for t in own])[:-1]))
        for text, start in zip(own, starts):
            sentences.append(Sentence(source, int(start), int(start) + len(text), 1, 1, text, tokens=12))
        for c in range(0, len(own), SENTENCES_PER_CHUNK):
            stop = min(c + SENTENCES_PER_CHUNK, len(own))
            start, end = int(starts[c]), int(starts[stop - 1]) + len(own[stop - 1])
            chunks.append(Chunk(f"{source}#{c // SENTENCES_PER_CHUNK}", source, start, end, 1, 1,
                                " ".join(own[c:stop]), first + c, first + stop))
        text = " ".join(own)
        documents.append(Document(source, text, f"{d:064x}", size=len(text)))
    print(f"metadata: {len(documents):,} documents, {len(chunks):,} chunks, {len(sentences):,} sentences "
          f"({time.perf_counter() - started:.0f} s)", flush=True)
    chunk_vectors = clustered_unit_vectors(chunk_count, DIMENSION, 2000, 1.0, 48, 0, 0)
    sentence_vectors = np.repeat(chunk_vectors, SENTENCES_PER_CHUNK, axis=0)
    sentence_vectors += 0.02 * rng.standard_normal(sentence_vectors.shape).astype(np.float32)
    sentence_vectors /= np.linalg.norm(sentence_vectors, axis=1, keepdims=True)
    query_vectors = clustered_unit_vectors(query_count, DIMENSION, 2000, 1.0, 48, 0, 1)
    _, truth = faiss_flat(chunk_vectors, DIMENSION).search(query_vectors, 10)
    chunking = Chunking(chunker_version=0, extractor_version=0, chunk_tokens=0, overlap_sentences=0, max_tokens=0,
                        vectors="encoded")
    manifest = Manifest(model="synthetic", model_hash="0" * 64, dimension=DIMENSION, chunking=chunking,
                        files={d.source: d.sha256 for d in documents})
    started = time.perf_counter()
    store = write_index(index_dir, manifest, documents, chunks, sentences, chunk_vectors, sentence_vectors)
    del chunk_vectors
    print(f"built and saved in {time.perf_counter() - started:.0f} s: {store.manifest.chunk_search}",
          flush=True)
    np.save(index_dir / "queries.npy", query_vectors, allow_pickle=False)
    np.save(index_dir / "truth.npy", truth, allow_pickle=False)


def resident_mb() -> dict[str, float]:
    """Resident memory of this process: anonymous (its own) and file-backed (mapped files, which the system can drop
    and read again), in MB."""
    with open("/proc/self/status") as handle:
        fields = dict(line.split(":", 1) for line in handle)
    return {kind: int(fields[f"Rss{kind.capitalize()}"].split()[0]) / 1e3 for kind in ("anon", "file")}


def added(before: dict[str, float]) -> dict[str, float]:
    return {kind: round(mb - before[kind], 1) for kind, mb in resident_mb().items()}


def measure(which: str, index_dir: Path) -> dict:
    """Load time, resident memory added by loading (modules imported before), and p50s, in this process."""
    import faiss

    from bot.answer.quotes import QuoteChooser
    from bot.answer.retrieval import Retriever
    from bot.index.generation import Manifest, current_generation
    from bot.index.store import IndexStore
    from bot.settings import Settings

    queries = np.load(index_dir / "queries.npy")
    texts = questions(len(queries))
    folder = current_generation(index_dir)
    chunk_search = Manifest.from_json((folder / "manifest.json").read_text()).chunk_search
    probes = int(chunk_search.split("/")[1]) if "/" in chunk_search else 0
    faiss.omp_set_num_threads(1)
    before = resident_mb()
    started = time.perf_counter()
    if which == "floor":
        index = faiss.read_index(str(folder / "chunks.faiss"))
        if probes:
            faiss.extract_index_ivf(index).nprobe = probes
        loaded, after_load = time.perf_counter() - started, added(before)
        out = {"search_p50_ms": p50_ms(lambda q: index.search(q[None, :], 10), queries)}
    else:
        store = IndexStore.load(index_dir)
        retriever = Retriever(store, Settings.from_env(environ={}))
        chooser = QuoteChooser(store, retriever.settings)
        loaded, after_load = time.perf_counter() - started, added(before)
        settings = retriever.settings

        def answer_retrieval(i):
            hits = retriever.search_batch([texts[i]], queries[i][None, :], limit=settings.candidate_chunks)[0]
            chooser.candidates(texts[i], hits, queries[i])

        _, found = store.search_chunks(queries, 10)
        truth = np.load(index_dir / "truth.npy")
        out = {"search_p50_ms": p50_ms(lambda q: store.search_chunks(q[None, :], 10), queries),
               "retrieval_p50_ms": p50_ms(answer_retrieval, range(len(queries))),
               "recall_at_10": recall_at(found, truth)}
    return {"load_s": loaded, "loaded_mb": after_load, "after_queries_mb": added(before), **out}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--index", type=Path, default=BENCH / "out" / "scale-index")
    parser.add_argument("--rebuild", action="store_true", help="build the synthetic index again")
    parser.add_argument("--measure", choices=("floor", "verbatim"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.index)))
        return 0
    import faiss

    print(f"machine: {os.cpu_count()} cores, {platform.python_version()}, faiss {faiss.__version__}", flush=True)
    if args.rebuild or not (args.index / "truth.npy").is_file():
        build(args.index, args.chunks, args.queries)
    sizes = {p.name: p.stat().st_size / 1e6 for p in args.index.glob("gen-*/*")}
    print("on disk: " + ", ".join(f"{name} {mb:,.0f} MB" for name, mb in sorted(sizes.items()) if mb >= 1), flush=True)
    results = {}
    for which in ("floor", "verbatim", "floor", "verbatim"):  # twice each, in turns
        done = subprocess.run([sys.executable, __file__, "--measure", which, "--index", str(args.index)],
                              capture_output=True, text=True, check=True)
        results.setdefault(which, []).append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(which, results[which][-1], flush=True)
    floor = min(r["search_p50_ms"] for r in results["floor"])
    for run in results["verbatim"]:
        print(f"verbatim: load {run['load_s']:.2f} s, resident +{run['loaded_mb']['anon']:,.0f} MB own and "
              f"+{run['loaded_mb']['file']:,.0f} MB mapped, after the queries +{run['after_queries_mb']['anon']:,.0f}"
              f" MB own and +{run['after_queries_mb']['file']:,.0f} MB mapped; chunk search p50 "
              f"{run['search_p50_ms']:.2f} ms ({run['search_p50_ms'] / floor:.2f}x the floor's {floor:.2f} ms), "
              f"recall@10 {run['recall_at_10']:.3f}, whole retrieval p50 {run['retrieval_p50_ms']:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
