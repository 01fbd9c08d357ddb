"""An index build whose encoding runs across a Ray cluster. Reading, extraction and chunking stay on the driver, and
the single-machine build (bot.index.refresh) does everything else as it always does: it hands each part of texts
(`checkpoint_texts`) to a `ClusterEmbedder`, which splits the part over the worker actors, then saves the part, so
a build stopped with the driver resumes from the parts already saved, and a worker that dies has its call retried on
a restarted one."""

from __future__ import annotations

import dataclasses
from typing import Sequence

import numpy as np

from bot.cluster.connection import connected, import_ray, start_actors


class Encoder:
    """A worker's own copy of the model, encoding the batches it is sent."""

    def __init__(self, model: str, precision: str, backend: str):
        from bot.index.embedding import Embedder

        self.embedder = Embedder.load(model, precision, backend)

    def pid(self) -> int:
        """The worker's process id (tests kill it)."""
        import os
        return os.getpid()

    def encode_passages(self, texts: list[str], batch_size: int) -> np.ndarray:
        """`Embedder.encode_passages` on this worker."""
        return self.embedder.encode_passages(texts, batch_size)

    def encode_spans(self, texts: list[str], spans: list, batch_size: int) -> tuple[np.ndarray, list[np.ndarray]]:
        """`Embedder.encode_spans` on this worker."""
        return self.embedder.encode_spans(texts, spans, batch_size)


def slices(count: int, parts: int, batch_size: int) -> list[slice]:
    """`count` items cut into at most `parts` consecutive slices of whole batches (the last may be short), as even
    as whole batches allow."""
    batches = -(-count // batch_size)
    per_part = -(-batches // max(1, parts)) * batch_size
    return [slice(first, min(first + per_part, count)) for first in range(0, count, per_part)]


class ClusterEmbedder:
    """The driver's Embedder (questions, token counts, word vectors: everything but document texts) with document
    texts encoded by worker actors, each a slice of whole batches of every part, in parallel."""

    def __init__(self, local, actors: Sequence):
        self._local = local
        self.actors = list(actors)

    def __getattr__(self, name: str):
        return getattr(self._local, name)

    def encode_passages(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Unit-length float32 vectors of document texts, in order, computed on the workers."""
        if not len(texts):
            return self._local.encode_passages(texts, batch_size)
        ray = import_ray()
        cuts = slices(len(texts), len(self.actors), batch_size)
        calls = [actor.encode_passages.remote(list(texts[cut]), batch_size) for actor, cut in zip(self.actors, cuts)]
        return np.concatenate(ray.get(calls)).astype(np.float32, copy=False)

    def encode_spans(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]],
                     batch_size: int = 64) -> tuple[np.ndarray, list[np.ndarray]]:
        """`Embedder.encode_spans`, computed on the workers."""
        if not len(texts):
            return self._local.encode_spans(texts, spans, batch_size)
        ray = import_ray()
        cuts = slices(len(texts), len(self.actors), batch_size)
        calls = [actor.encode_spans.remote(list(texts[cut]), [list(s) for s in spans[cut]], batch_size)
                 for actor, cut in zip(self.actors, cuts)]
        answered = ray.get(calls)
        return (np.concatenate([vectors for vectors, _ in answered]),
                [span for _, spans_of in answered for span in spans_of])


def start_encoders(settings, count: int) -> ClusterEmbedder:
    """The driver's model and `count` worker actors, each with its own."""
    from bot.index.embedding import Embedder

    local = Embedder.load(settings.model, settings.precision, settings.backend)
    return ClusterEmbedder(local, start_actors(Encoder, count, settings.model, settings.precision, settings.backend))


def build_on_cluster(settings, address: str, workers: int | None = None, progress: bool = False):
    """Build or refresh the index of `settings.corpus_dir` with the encoding on the cluster at `address`, as
    `Bot.open` does on one machine; returns its BuildReport."""
    from bot.index.refresh import open_index

    with connected(address, workers) as count:
        # Each worker gets a part's worth of texts per call, as one machine does: OpenVINO pays for its conversion
        # only over calls of OPENVINO_MIN_TEXTS or more (bot/index/openvino_encoder.py).
        settings = dataclasses.replace(settings, checkpoint_texts=settings.checkpoint_texts * count)
        return open_index(settings, start_encoders(settings, count), progress=progress)[1]
