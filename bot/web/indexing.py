"""Indexing an upload while the chat goes on answering, with progress a person can follow.

The model encodes one call at a time (`Embedder` holds a lock for each call), and an index build hands it all the
new texts of an upload in one call: a question asked meanwhile waited for the whole upload to be embedded (6-7 s
for a 40-page PDF), and the progress bar moved only when that call ended. Here the build's document texts go
through the model a batch at a time, each batch its own call, so a question waits for one batch at most and the
progress moves after every batch. The new index is built as a new generation beside the one being searched; the
bot then switches to it whole (`Bot.refresh` finds it current), so answers never wait on the index either.
"""

from __future__ import annotations

import time
from typing import Callable, Sequence

import numpy as np

from bot.index.refresh import BuildReport, open_index

# Called after every batch with (texts embedded so far, texts known to embed so far).
EmbeddingProgress = Callable[[int, int], None]
# Texts per call of the model while an upload is indexed: a question waits for one such call at most. Smaller calls
# cost the build little on a CPU and halve the wait against 32 or 64 (bench/upload_answering.py).
UPLOAD_BATCH_TEXTS = 16
HAND_OVER_SECONDS = 0.002


class BatchedEmbedder:
    """`embedder` as an upload's index build uses it: document texts encoded `batch_size` at a time, longest first
    as `SentenceTransformer.encode` orders them (texts of a length together, so little padding), each batch a call
    of its own, after which `progress(done, total)` is told, in vectors (a text, and each span pooled from its
    pass). Everything else is `embedder`'s."""

    def __init__(self, embedder, progress: EmbeddingProgress, batch_size: int = UPLOAD_BATCH_TEXTS):
        self._embedder = embedder
        self._progress = progress
        self._batch_size = max(1, int(batch_size))
        self.done = 0
        self.total = 0

    def __getattr__(self, name):
        return getattr(self._embedder, name)

    def _batches(self, texts: Sequence[str], vectors_of: Callable[[int], int] = lambda i: 1):
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        self.total += sum(vectors_of(i) for i in order)
        for first in range(0, len(order), self._batch_size):
            batch = order[first:first + self._batch_size]
            yield batch
            self.done += sum(vectors_of(i) for i in batch)
            self._progress(self.done, self.total)
            # Python's locks are not first come, first served: without a pause the build, back first, could take the
            # model again before a question that waits for it (bench/README.md, "Answering during an upload").
            time.sleep(HAND_OVER_SECONDS)

    def encode_passages(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """`Embedder.encode_passages`, a batch at a time."""
        vectors = np.zeros((len(texts), self._embedder.dimension), dtype=np.float32)
        for batch in self._batches(texts):
            vectors[batch] = self._embedder.encode_passages([texts[i] for i in batch], batch_size)
        return vectors

    def encode_spans(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]],
                     batch_size: int = 64) -> tuple[np.ndarray, list[np.ndarray]]:
        """`Embedder.encode_spans`, a batch at a time."""
        vectors = np.zeros((len(texts), self._embedder.dimension), dtype=np.float32)
        span_vectors: list[np.ndarray] = [np.zeros((0, self._embedder.dimension), np.float32)] * len(texts)
        for batch in self._batches(texts, lambda i: 1 + len(spans[i])):
            some, some_spans = self._embedder.encode_spans([texts[i] for i in batch], [spans[i] for i in batch],
                                                           batch_size)
            vectors[batch] = some
            for i, found in zip(batch, some_spans):
                span_vectors[i] = found
        return vectors, span_vectors


def refresh_while_answering(bot, progress: EmbeddingProgress) -> BuildReport:
    """Bring `bot`'s index up to date with its corpus folder (after an upload) without holding up its answers: the
    new generation is built with the model shared a batch at a time (`BatchedEmbedder`), reporting progress, then
    `bot` switches to it. The report is the build's (what was embedded, how long it took)."""
    embedder = BatchedEmbedder(bot.embedder, progress)
    _, report = open_index(bot.settings, embedder, current=bot.store)
    switched = bot.refresh()  # finds the generation just built current: loads it, embeds nothing
    return report if report.rebuilt else switched
