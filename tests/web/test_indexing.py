"""An upload's embedding progress (`bot.web.indexing.BatchedEmbedder`), with a fake model: pure bookkeeping."""

import numpy as np

from bot.web.indexing import BatchedEmbedder


class _Model:
    dimension = 3

    def encode_spans(self, texts, spans, batch_size=64):
        return np.ones((len(texts), 3), np.float32), [np.ones((len(s), 3), np.float32) for s in spans]

    def encode_passages(self, texts, batch_size=64):
        return np.ones((len(texts), 3), np.float32)


def test_progress_counts_each_span_pooled_from_a_texts_pass_as_a_vector():
    told = []
    embedder = BatchedEmbedder(_Model(), lambda done, total: told.append((done, total)), batch_size=2)
    texts = ["a a a", "b", "c c", "d d d d", "e"]
    spans = [[(0, 1), (2, 3)], [], [(0, 1)], [(0, 1), (2, 3), (4, 5)], [(0, 1)]]
    vectors, span_vectors = embedder.encode_spans(texts, spans)
    assert [len(s) for s in span_vectors] == [len(s) for s in spans] and len(vectors) == 5
    assert told[-1] == (12, 12) and len(told) == 3  # 5 texts and 7 spans, in batches of 2 texts
    embedder.encode_passages(["x", "y", "z"])
    assert told[-1] == (15, 15)
