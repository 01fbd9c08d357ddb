"""BM25 over chunk texts, with bm25s (English stop words, Snowball stemmer)."""

from __future__ import annotations

from typing import Sequence

import bm25s
import numpy as np
import Stemmer


class LexicalIndex:
    """BM25 scores of every chunk for a query. Built in memory from the chunk texts: it takes well under a second."""

    def __init__(self, texts: Sequence[str]):
        self._stemmer = Stemmer.Stemmer("english")
        self._size = len(texts)
        self._bm25 = bm25s.BM25()
        if texts:
            tokens = bm25s.tokenize(list(texts), stopwords="en", stemmer=self._stemmer, show_progress=False)
            self._bm25.index(tokens, show_progress=False)
            self._vocab = set(self._bm25.vocab_dict)
        else:
            self._vocab = set()

    def scores_batch(self, queries: Sequence[str]) -> list[np.ndarray]:
        """One array of BM25 scores over all chunks per query (all zeros when no query term is in the corpus)."""
        token_lists = bm25s.tokenize(list(queries), stopwords="en", stemmer=self._stemmer, return_ids=False,
                                     show_progress=False)
        results = []
        for tokens in token_lists:
            known = [t for t in tokens if t in self._vocab]
            results.append(self._bm25.get_scores(known).astype(np.float32) if known
                           else np.zeros(self._size, dtype=np.float32))
        return results

    def scores(self, query: str) -> np.ndarray:
        """BM25 scores of every chunk for one query."""
        return self.scores_batch([query])[0]
