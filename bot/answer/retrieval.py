"""Hybrid retrieval: the chunks that best match a question, from dense and BM25 signals fused as standard scores."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Sequence

import numpy as np

from bot.index.chunking import Chunk
from bot.index.columns import Moments
from bot.index.store import IndexStore
from bot.settings import Settings


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk: fused score, and its cosine similarity and BM25 score to the question."""

    chunk: Chunk
    score: float
    dense: float
    lexical: float


class ScoreScale:
    """Exact mean and standard deviation, for any query, of its cosine with every row of a vector matrix.

    For unit queries q and rows X: mean = q . mean(X), variance = q^T cov(X) q. Knowing mean(X) and cov(X) (the
    `Moments` an index stores) makes z-scores over the whole collection cost O(d^2) a query, however many rows there
    are.
    """

    def __init__(self, moments: Moments):
        # In float32, as query vectors are: casting either side costs more per query than the product, and a float64
        # covariance is twice the memory to read (the search before it has flushed the caches).
        self._mean, self._cov = ((None, None) if moments.mean is None else
                                 (moments.mean.astype(np.float32), moments.cov.astype(np.float32)))

    def zscore(self, query_vector: np.ndarray, scores: np.ndarray) -> np.ndarray:
        """`scores` (cosines of this query) as standard scores; zeros when the collection has no spread."""
        if self._mean is None:
            return np.zeros_like(scores, dtype=np.float64)
        q = np.asarray(query_vector, dtype=np.float32)
        std = float(np.sqrt(max(float(q @ self._cov @ q), 0.0)))
        return (scores - float(q @ self._mean)) / std if std > 1e-9 else np.zeros_like(scores, dtype=np.float64)


# The fusion signals, in the order of Retriever.signals' rows; each has a `<name>_weight` setting.
SIGNALS = ("dense", "sentence", "document_bm25", "chunk_bm25", "lead")


def standardize(scores: np.ndarray, positions: np.ndarray | None = None) -> np.ndarray:
    """Standard scores over a whole collection of `scores` (only of those at `positions` when given: the mean and
    spread still come from all of them); zeros when they do not vary."""
    std = float(scores.std())
    chosen = scores if positions is None else scores[positions]
    return (chosen - scores.mean()) / std if std > 1e-9 else np.zeros_like(chosen, dtype=np.float64)


def top_positions(scores: np.ndarray, depth: int) -> np.ndarray:
    """Positions of the `depth` highest positive scores (unordered)."""
    positive = np.flatnonzero(scores > 0)
    if len(positive) <= depth:
        return positive
    return positive[np.argpartition(-scores[positive], depth)[:depth]]


def runs(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The integers of each run `start, start + 1, ... start + count - 1`, run after run."""
    offsets = np.cumsum(counts) - counts
    return np.repeat(starts - offsets, counts) + np.arange(int(np.sum(counts)))


class Retriever:
    """Finds the chunks and sentences of an index that best match questions.

    A chunk's fused score is a weighted sum of standard scores (over the whole index, per question) of five signals:
    its cosine to the question, its best sentence's cosine, its document's BM25, its own BM25, and the cosine of its
    document's lead (the document's first chunk: a title and opening say what the rest is about). Only chunks that
    the dense search, chunk BM25 or document BM25 ranks in its top `fusion_depth` are scored, with their copies in
    other documents (identical chunks share one vector; the best-scored copy stands for them). (A search over all
    sentence vectors added nothing on SciFact or SQuAD and cost search time; see bench/README.md.)
    """

    def __init__(self, store: IndexStore, settings: Settings):
        self.store = store
        self.settings = settings
        self._weights = np.array([getattr(settings, f"{name}_weight") for name in SIGNALS])
        columns = store.columns
        self.lexical = store.chunk_lexical
        self.document_lexical = store.document_lexical
        self._source_position = {str(source): i for i, source in enumerate(columns.chunk_sources)}
        self._chunk_document = columns.chunk_document
        self._chunk_vector = columns.chunk_vector
        self._copies = None  # the chunks sharing each vector: chunk rows by vector, where each vector's run starts
        self._shared = None  # whether each chunk shares its vector with another
        if len(columns.vector_chunk) < len(self._chunk_vector):
            by_vector = np.argsort(self._chunk_vector, kind="stable")
            bounds = np.searchsorted(self._chunk_vector[by_vector], np.arange(len(columns.vector_chunk) + 1))
            self._copies = (by_vector, bounds)
            self._shared = (np.diff(bounds) > 1)[self._chunk_vector]
        ends = np.cumsum(np.bincount(self._chunk_document, minlength=len(columns.chunk_sources)))
        self._document_chunks = np.split(np.argsort(self._chunk_document, kind="stable"),
                                         ends[:-1])[:len(columns.chunk_sources)]
        self._lead_vectors = store.chunk_rows(columns.lead)
        self._lead_scale = ScoreScale(columns.lead_moments)
        self._sentence_start = columns.chunk_sentences[:, 0]
        self._sentence_count = columns.chunk_sentences[:, 1] - columns.chunk_sentences[:, 0]
        self._chunk_scale = ScoreScale(columns.chunk_moments)
        self._sentence_scale = ScoreScale(columns.sentence_moments)
        # A plain view of the (memory-mapped) sentence vectors: np.memmap's indexing is slow per call.
        self._sentence_vectors = np.asarray(store.sentence_vectors)

    def search_batch(self, questions: Sequence[str], query_vectors: np.ndarray, limit: int | None = None,
                     sources: Collection[str] | None = None) -> list[list[Hit]]:
        """Fused chunk hits for each question, best first: at most `limit`, and only from the files `sources` when
        given and not empty."""
        depth = self.settings.fusion_depth
        _, dense_ids = self.store.search_chunks(query_vectors, depth)
        terms = self.lexical.tokenize(questions)
        chunk_bm25 = self.lexical.scores_of_terms(terms)
        document_bm25 = self.document_lexical.scores_of_terms(terms)
        wanted = None
        if sources:
            wanted = np.isin(self._chunk_document, [self._source_position[s] for s in sources
                                                    if s in self._source_position])
        return [self._fuse(vector, dense_ids[row], chunk_bm25[row], document_bm25[row], limit, wanted)
                for row, vector in enumerate(query_vectors)]

    def _fuse(self, vector, dense_ids, chunk_bm25, document_bm25, limit, wanted) -> list[Hit]:
        s = self.settings
        pool = [dense_ids[dense_ids >= 0], top_positions(chunk_bm25, s.fusion_depth)]
        pool += [self._document_chunks[d] for d in top_positions(document_bm25, s.fusion_depth)]
        chunks = self._with_copies(np.concatenate(pool), wanted)
        if len(chunks) == 0:
            return []
        table, dense = self.signals(vector, chunks, chunk_bm25, document_bm25)
        fused = self._weights @ table
        order = np.lexsort((chunks, -fused))
        if self._copies is not None:  # a passage is found once: the best-ranked of its copies
            order = order[np.sort(np.unique(self._chunk_vector[chunks[order]], return_index=True)[1])]
        order = order[:limit]  # Hits are made only for what the caller uses
        return [Hit(self.store.chunks[int(chunks[j])], float(fused[j]), float(dense[j]), float(chunk_bm25[chunks[j]]))
                for j in order]

    def _with_copies(self, chunks: np.ndarray, wanted: np.ndarray | None) -> np.ndarray:
        """`chunks` and every chunk identical to one of them (they share one vector, so the search finds only the
        first), sorted; with `wanted` (a mask of chunks), only the wanted ones."""
        chunks = np.unique(chunks)
        if self._copies is not None and self._shared[chunks].any():  # few chunks have copies: look only at those
            vectors = np.unique(self._chunk_vector[chunks[self._shared[chunks]]])
            starts = self._copies[1][vectors]
            chunks = np.union1d(chunks, self._copies[0][runs(starts, self._copies[1][vectors + 1] - starts)])
        return chunks if wanted is None else chunks[wanted[chunks]]

    def signals(self, vector: np.ndarray, chunks: np.ndarray, chunk_bm25: np.ndarray,
                document_bm25: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The standard scores of the fusion signals for `chunks` and one question, one row each (SIGNALS order),
        and the chunks' cosines to the question. `chunk_bm25` and `document_bm25` cover the whole index."""
        dense = self.store.chunk_rows(chunks) @ vector
        counts = self._sentence_count[chunks]
        offsets = np.concatenate(([0], np.cumsum(counts)[:-1]))
        sentence_ids = runs(self._sentence_start[chunks], counts)
        best_sentence = np.maximum.reduceat(self._sentence_vectors[sentence_ids] @ vector, offsets)
        documents, document_of = np.unique(self._chunk_document[chunks], return_inverse=True)
        lead = self._lead_scale.zscore(vector, self._lead_vectors[documents] @ vector)[document_of]
        table = np.stack([self._chunk_scale.zscore(vector, dense),
                          self._sentence_scale.zscore(vector, best_sentence),
                          standardize(document_bm25, self._chunk_document[chunks]),
                          standardize(chunk_bm25, chunks),
                          lead])
        return table, dense
