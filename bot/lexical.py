"""BM25 over chunk texts, with bm25s (English stop words, Snowball stemmer)."""

from __future__ import annotations

from typing import Sequence

import math

import bm25s
import numpy as np
import Stemmer


class LexicalIndex:
    """BM25 scores of every chunk for a query. Built in memory from the chunk texts: it takes well under a second."""

    def __init__(self, texts: Sequence[str]):
        self._stemmer = Stemmer.Stemmer("english")
        self._size = len(texts)
        self._bm25 = bm25s.BM25()
        self._idf: dict[str, float] = {}
        if texts:
            tokens = bm25s.tokenize(list(texts), stopwords="en", stemmer=self._stemmer, show_progress=False)
            self._bm25.index(tokens, show_progress=False)
            document_frequency = np.zeros(len(tokens.vocab), dtype=np.int64)
            for ids in tokens.ids:
                document_frequency[list(set(ids))] += 1
            self._idf = {term: math.log(1 + self._size / (1 + document_frequency[i]))
                         for term, i in tokens.vocab.items()}
        self._vocab = set(self._idf)
        self._unknown_idf = math.log(1 + self._size)

    def tokenize(self, queries: Sequence[str]) -> list[list[str]]:
        """The terms of each query (stemmed, no stop words), as every LexicalIndex sees them."""
        return bm25s.tokenize(list(queries), stopwords="en", stemmer=self._stemmer, return_ids=False,
                              show_progress=False)

    def scores_batch(self, queries: Sequence[str]) -> list[np.ndarray]:
        """One array of BM25 scores over all chunks per query (all zeros when no query term is in the corpus)."""
        return self.scores_of_terms(self.tokenize(queries))

    def scores_of_terms(self, token_lists: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """`scores_batch` for queries already split into terms by `tokenize`."""
        results = []
        for tokens in token_lists:
            known = [t for t in tokens if t in self._vocab]
            results.append(self._bm25.get_scores(known).astype(np.float32) if known
                           else np.zeros(self._size, dtype=np.float32))
        return results

    def scores(self, query: str) -> np.ndarray:
        """BM25 scores of every chunk for one query."""
        return self.scores_batch([query])[0]

    def coverage(self, query: str, texts: Sequence[str]) -> list[float]:
        """For each text, the IDF-weighted share of the query's words (stemmed, no stop words) that it contains."""
        query_terms, *text_terms = bm25s.tokenize([query, *texts], stopwords="en", stemmer=self._stemmer,
                                                  return_ids=False, show_progress=False)
        weights = {term: self._idf.get(term, self._unknown_idf) for term in set(query_terms)}
        total = sum(weights.values())
        if not total:
            return [0.0] * len(texts)
        return [sum(weights[t] for t in weights.keys() & set(terms)) / total for terms in text_terms]
