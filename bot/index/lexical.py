"""BM25 over chunk texts, with bm25s (English stop words, Snowball stemmer)."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import KeysView, Sequence

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN
from bm25s.tokenization import Tokenizer

# bm25s's own defaults: the terms below are exactly those of bm25s.tokenize(..., stopwords="en") and of the
# Tokenizer that builds the index (tests/index/test_lexical.py checks both).
_WORD = re.compile(r"(?u)\b\w\w+\b")
_STOPWORDS = frozenset(STOPWORDS_EN)


class LexicalIndex:
    """BM25 scores of every text (chunk or document) for a query. Built from the texts (any sequence), or loaded
    with `load` from what `save` wrote, its score arrays memory-mapped."""

    def __init__(self, texts: Sequence[str] = (), *, bm25: bm25s.BM25 | None = None, size: int | None = None):
        self._stemmer = Stemmer.Stemmer("english")
        self._size = len(texts) if size is None else size
        self._bm25 = bm25 or bm25s.BM25()
        if self._size and bm25 is None:
            # One text at a time (`texts` may read them from disk), into the same terms as `tokenize` gives.
            tokenizer = Tokenizer(stopwords="en", stemmer=self._stemmer)
            ids = tokenizer.tokenize(iter(texts), update_vocab=True, return_as="ids", show_progress=False,
                                     length=self._size)
            self._bm25.index(tokenizer.to_tokenized_tuple(ids), show_progress=False)
        self._vocab = self._bm25.vocab_dict if self._size else {}
        # BM25 scores a text for a term exactly when the text holds it, so a term's column length in the sparse score
        # matrix is its document frequency.
        self._frequency = np.diff(self._bm25.scores["indptr"]) if self._size else np.zeros(0, dtype=np.int64)
        self._unknown_idf = math.log(1 + self._size)

    def save(self, folder: Path, files: dict[str, str]) -> None:
        """Write the index into `folder` as the files named by `files` (bm25s's `data_name`, `indices_name`,
        `indptr_name`, `vocab_name`, `params_name`: see `generation.bm25_files`); NumPy arrays and JSON, no pickle."""
        if self._size:
            self._bm25.save(folder, **files, show_progress=False)
        else:
            (Path(folder) / files["params_name"]).write_text(json.dumps({"num_docs": 0}), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, files: dict[str, str]) -> "LexicalIndex":
        """The index `save` wrote into `folder` as `files`."""
        params = json.loads((Path(folder) / files["params_name"]).read_text(encoding="utf-8"))
        if not params.get("num_docs"):
            return cls()
        bm25 = bm25s.BM25.load(folder, **files, mmap=True, show_progress=False)
        # Plain views of the memory maps: bm25s slices them for every query term, and np.memmap's indexing is slow
        # per call (bench/README.md).
        bm25.scores = {key: np.asarray(array) if isinstance(array, np.memmap) else array
                       for key, array in bm25.scores.items()}
        return cls(bm25=bm25, size=int(params["num_docs"]))

    @property
    def terms(self) -> KeysView[str]:
        """The terms the index holds, as `tokenize` makes them (bm25s adds an empty term when a text has none)."""
        return self._vocab.keys()

    @property
    def score_arrays(self) -> dict[str, np.ndarray]:
        """The sparse matrix of BM25 scores (texts by terms) as bm25s keeps it: its `data`, `indices` and `indptr`
        arrays; after `load`, views of the memory-mapped files. Empty for an index of no texts."""
        if not self._size:
            return {}
        return {name: self._bm25.scores[name] for name in ("data", "indices", "indptr")}

    def tokenize(self, queries: Sequence[str]) -> list[list[str]]:
        """The terms of each query (stemmed, no stop words), as every LexicalIndex sees them. Written out because
        bm25s.tokenize builds a vocabulary on every call, which costs more than finding the terms."""
        return [self._stemmer.stemWords([w for w in _WORD.findall(q.lower()) if w not in _STOPWORDS])
                for q in queries]

    def scores_batch(self, queries: Sequence[str]) -> list[np.ndarray]:
        """One array of BM25 scores over all texts per query (all zeros when no query term is in the corpus)."""
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
        """BM25 scores of every text for one query."""
        return self.scores_batch([query])[0]

    def idf(self, term: str) -> float:
        """How rare `term` (already stemmed) is among the texts: log(1 + n / (1 + texts holding it))."""
        i = self._vocab.get(term)
        if i is None:
            return self._unknown_idf
        return math.log(1 + self._size / (1 + int(self._frequency[i])))

    def holding(self, terms: Sequence[str]) -> np.ndarray:
        """The positions of the texts that hold every one of `terms` (already stemmed), in order."""
        ids = [self._vocab.get(term) for term in terms]
        if not terms or any(i is None for i in ids):
            return np.zeros(0, dtype=np.int64)
        indptr, indices = self._bm25.scores["indptr"], self._bm25.scores["indices"]
        held = [np.asarray(indices[indptr[i]:indptr[i + 1]]) for i in ids]
        found = held[0]
        for more in held[1:]:
            found = np.intersect1d(found, more)
        return np.unique(found).astype(np.int64)

    def coverage(self, query: str, texts: Sequence[str]) -> list[float]:
        """For each text, the IDF-weighted share of the query's words (stemmed, no stop words) that it contains."""
        query_terms, *text_terms = self.tokenize([query, *texts])
        weights = {term: self.idf(term) for term in set(query_terms)}
        total = sum(weights.values())
        if not total:
            return [0.0] * len(texts)
        return [sum(weights[t] for t in weights.keys() & set(terms)) / total for terms in text_terms]


def one_slip(a: str, b: str) -> bool:
    """Whether `a` and `b` are the same but for at most one letter left out, added or changed, or two neighbours
    swapped (their optimal string alignment distance is at most 1): a typing slip ("sumatripan", "sucidal")."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diffs) <= 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]]
                                   and a[diffs[1]] == b[diffs[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[i:] == long[i + 1:]
