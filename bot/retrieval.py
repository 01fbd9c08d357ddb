"""Hybrid retrieval: dense (FAISS) and BM25 rankings of chunks, fused by reciprocal rank; then sentence scores."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from bot.chunking import Chunk, Sentence
from bot.lexical import LexicalIndex
from bot.settings import Settings
from bot.store import IndexStore


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk: fused score, and its cosine similarity and BM25 score to the question."""

    chunk: Chunk
    score: float
    dense: float
    lexical: float


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved chunk: `similarity` is its cosine to the question (what the not-found threshold
    applies to); `score` ranks quotes: similarity plus `lexical_weight` times the share of question words it holds."""

    sentence_id: int
    sentence: Sentence
    score: float
    chunk: Chunk  # the best-ranked retrieved chunk that holds the sentence
    similarity: float


def reciprocal_rank_fusion(rankings: Sequence[Sequence[int]], k: int) -> list[tuple[int, float]]:
    """Fuse rankings of item ids by summing 1 / (k + rank); best first, ties broken by id."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(fused.items(), key=lambda pair: (-pair[1], pair[0]))


def top_positions(scores: np.ndarray, depth: int) -> list[int]:
    """Positions of the `depth` highest positive scores, best first, ties broken by position."""
    positive = np.flatnonzero(scores > 0)
    order = sorted(positive.tolist(), key=lambda i: (-float(scores[i]), i))
    return order[:depth]


class Retriever:
    """Finds the chunks and sentences of an index that best match questions."""

    def __init__(self, store: IndexStore, settings: Settings):
        self.store = store
        self.settings = settings
        self.lexical = LexicalIndex([chunk.text for chunk in store.chunks])

    def search_batch(self, questions: Sequence[str], query_vectors: np.ndarray) -> list[list[Hit]]:
        """Fused chunk hits for each question, best first (at most `fusion_depth`)."""
        depth = self.settings.fusion_depth
        dense_scores, dense_ids = self.store.search_chunks(query_vectors, depth)
        lexical_scores = self.lexical.scores_batch(questions)
        results = []
        for row, (question_vector, lexical) in enumerate(zip(query_vectors, lexical_scores)):
            dense_ranking = [int(i) for i in dense_ids[row] if i >= 0]
            fused = reciprocal_rank_fusion([dense_ranking, top_positions(lexical, depth)], self.settings.rrf_k)
            cosine = {int(i): float(s) for i, s in zip(dense_ids[row], dense_scores[row])}
            results.append([
                Hit(self.store.chunks[i], score, cosine.get(i, float(self.store.chunk_vector(i) @ question_vector)),
                    float(lexical[i]))
                for i, score in fused[:depth]
            ])
        return results

    def search(self, question: str, query_vector: np.ndarray) -> list[Hit]:
        """Fused chunk hits for one question."""
        return self.search_batch([question], query_vector[None, :])[0]

    def candidates(self, question: str, hits: Sequence[Hit], query_vector: np.ndarray) -> list[Candidate]:
        """Sentences of the best `candidate_chunks` hits, best first by score, ties by id."""
        owner: dict[int, Chunk] = {}
        for hit in hits[:self.settings.candidate_chunks]:
            for sid in range(hit.chunk.sentence_start, hit.chunk.sentence_stop):
                owner.setdefault(sid, hit.chunk)
        if not owner:
            return []
        ids = np.fromiter(owner, dtype=np.int64)
        similarities = self.store.sentence_vectors[ids] @ query_vector
        coverage = self.lexical.coverage(question, [self.store.sentences[sid].text for sid in ids])
        weight = self.settings.lexical_weight
        found = [Candidate(int(sid), self.store.sentences[sid], float(sim) + weight * cov, owner[int(sid)], float(sim))
                 for sid, sim, cov in zip(ids, similarities, coverage)]
        return sorted(found, key=lambda c: (-c.score, c.sentence_id))
