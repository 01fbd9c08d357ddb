"""What retrieval reads of every chunk and sentence, as arrays. Computed once, when an index is built, and stored with
it, so that a loaded index answers without parsing all its texts or reading back all its vectors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from bot.index.chunking import Chunk, Sentence, is_own_heading, looks_like_heading

# Rows of vectors read at a time when summing moments (25 MB of float64 at 384 dimensions), so a large index is
# never copied whole.
BLOCK = 8_192


@dataclass(frozen=True)
class Moments:
    """Mean and covariance (of the population) of a set of vectors; both None with fewer than two vectors."""

    mean: np.ndarray | None
    cov: np.ndarray | None

    @classmethod
    def of(cls, count: int, rows: Callable[[int, int], np.ndarray], block: int = BLOCK) -> "Moments":
        """The moments of `count` vectors, read `block` rows at a time by `rows(start, stop)`."""
        if count < 2:
            return cls(None, None)
        total, products = None, None
        for start in range(0, count, block):
            vectors = np.asarray(rows(start, min(start + block, count)), dtype=np.float64)
            total = vectors.sum(axis=0) if total is None else total + vectors.sum(axis=0)
            products = vectors.T @ vectors if products is None else products + vectors.T @ vectors
        mean = total / count
        return cls(mean, products / count - np.outer(mean, mean))


@dataclass(frozen=True)
class Columns:
    """Per chunk, per sentence and per document (a source with chunks), what fusion and quote selection need."""

    chunk_sources: np.ndarray  # the distinct sources of chunks, sorted: a chunk's document is a position in it
    chunk_document: np.ndarray  # int64 per chunk
    chunk_sentences: np.ndarray  # int64 (chunks, 2): sentence_start, sentence_stop
    lead: np.ndarray  # int64 per document: its first chunk, whose title and opening say what the rest is about
    sentence_heading: np.ndarray  # bool per sentence: it looks like a heading, so it is never quoted
    chunk_moments: Moments
    sentence_moments: Moments
    lead_moments: Moments
    # Identical chunks (the same text) share one vector in the search index, so a passage repeated across documents
    # is stored and found once. Per chunk, the position of its vector there; per position, the chunk standing for
    # it (the first with that text).
    chunk_vector: np.ndarray
    vector_chunk: np.ndarray

    @classmethod
    def of(cls, chunks: Sequence[Chunk], sentences: Sequence[Sentence], chunk_rows: Callable[[np.ndarray], np.ndarray],
           sentence_vectors: np.ndarray) -> "Columns":
        """The columns of an index; `chunk_rows(positions)` gives the vectors of those chunks."""
        sources = sorted({chunk.source for chunk in chunks})
        position = {source: i for i, source in enumerate(sources)}
        return cls.build(
            sources=sources,
            chunk_document=np.array([position[chunk.source] for chunk in chunks], dtype=np.int64),
            chunk_starts=np.array([chunk.start for chunk in chunks], dtype=np.int64),
            chunk_sentences=np.array([(c.sentence_start, c.sentence_stop) for c in chunks], dtype=np.int64),
            sentence_heading=np.array([looks_like_heading(s.text) or is_own_heading(s) for s in sentences],
                                      dtype=bool),
            chunk_rows=chunk_rows,
            sentence_rows=lambda a, b: sentence_vectors[a:b])

    @staticmethod
    def shared_vectors(chunk_keys: np.ndarray) -> np.ndarray:
        """For chunks with these keys (of their texts), in row order, the position of each one's vector when
        identical chunks share one: positions follow the first chunk of each text, in row order."""
        _, first, inverse = np.unique(chunk_keys, return_index=True, return_inverse=True)
        rank = np.empty(len(first), dtype=np.int64)
        rank[np.argsort(first, kind="stable")] = np.arange(len(first))
        return rank[inverse.reshape(-1)]

    @classmethod
    def build(cls, sources: Sequence[str], chunk_document: np.ndarray, chunk_starts: np.ndarray,
              chunk_sentences: np.ndarray, sentence_heading: np.ndarray, chunk_rows: Callable[[np.ndarray], np.ndarray],
              sentence_rows: Callable[[int, int], np.ndarray], chunk_vector: np.ndarray | None = None) -> "Columns":
        """The columns from per-row arrays: the sorted distinct `sources`, each chunk's position in them, start and
        sentence range, whether each sentence looks like a heading, and the position of its vector in the search
        index (`shared_vectors`; by default one vector per chunk); vectors are read through `chunk_rows(positions)`
        and `sentence_rows(start, stop)`."""
        document = np.asarray(chunk_document, dtype=np.int64)
        chunk_vector = np.arange(len(document)) if chunk_vector is None else np.asarray(chunk_vector, dtype=np.int64)
        lead = np.zeros(len(sources), dtype=np.int64)
        for i in np.lexsort((chunk_starts, document))[::-1]:  # the last write per document is its lowest start
            lead[document[i]] = i
        return cls(
            chunk_sources=np.array(list(sources), dtype=str),
            chunk_document=document,
            chunk_sentences=np.asarray(chunk_sentences, dtype=np.int64).reshape(-1, 2),
            lead=lead,
            sentence_heading=np.asarray(sentence_heading, dtype=bool),
            chunk_moments=Moments.of(len(document), lambda a, b: chunk_rows(np.arange(a, b))),
            sentence_moments=Moments.of(len(sentence_heading), sentence_rows),
            lead_moments=Moments.of(len(lead), lambda a, b: chunk_rows(lead[a:b])),
            chunk_vector=chunk_vector,
            vector_chunk=np.unique(chunk_vector, return_index=True)[1].astype(np.int64),
        )

    def save(self, path: Path) -> None:
        """Write the columns to `path` as NumPy arrays (`.npz`, no pickle)."""
        arrays = {name: getattr(self, name) for name in ("chunk_sources", "chunk_document", "chunk_sentences", "lead",
                                                        "sentence_heading", "chunk_vector", "vector_chunk")}
        for name in ("chunk", "sentence", "lead"):
            moments = getattr(self, f"{name}_moments")
            if moments.mean is not None:
                # float32 halves the file; z-scores computed from it agree with float64 ones to about 1e-6
                arrays[f"{name}_mean"] = moments.mean.astype(np.float32)
                arrays[f"{name}_cov"] = moments.cov.astype(np.float32)
        with open(path, "wb") as handle:
            np.savez(handle, allow_pickle=False, **arrays)

    @classmethod
    def load(cls, path: Path) -> "Columns":
        """The columns `save` wrote to `path`."""
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        moments = {f"{name}_moments": Moments(arrays.pop(f"{name}_mean", None), arrays.pop(f"{name}_cov", None))
                   for name in ("chunk", "sentence", "lead")}
        return cls(**arrays, **moments)
