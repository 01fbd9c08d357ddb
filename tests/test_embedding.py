"""Text and span vectors from the real model."""

from __future__ import annotations

import numpy as np

from bot.embedding import _pool_spans

TEXT = "Magnesium is found in nuts, seeds and leafy greens. The striker scored twice in the final minutes."


def test_span_vectors_come_from_the_same_pass_as_the_text_vector(embedder):
    first = TEXT.index(".") + 1
    second = TEXT.index("The")
    vectors, spans = embedder.encode_spans([TEXT, "Short."], [[(0, first), (second, len(TEXT))], []])
    np.testing.assert_allclose(vectors, embedder.encode([TEXT, "Short."]), atol=1e-5)
    assert spans[0].shape == (2, embedder.dimension) and spans[1].shape == (0, embedder.dimension)
    assert np.allclose(np.linalg.norm(spans[0], axis=1), 1.0, atol=1e-5)
    alone = embedder.encode([TEXT[:first], TEXT[second:]])
    similarity = spans[0] @ alone.T
    # Each span reads most like its own sentence encoded alone, not like its neighbour.
    assert similarity[0, 0] > similarity[0, 1] and similarity[1, 1] > similarity[1, 0]
    assert similarity[0, 0] > 0.7 and similarity[1, 1] > 0.7


def test_a_span_pools_the_tokens_it_overlaps_and_never_special_tokens():
    tokens = np.array([[9.0, 9.0], [1.0, 0.0], [0.0, 1.0], [0.0, 3.0], [9.0, 9.0], [5.0, 5.0]])
    mask = np.array([True, True, True, True, True, False])  # the last row is padding
    offsets = np.array([[0, 0], [0, 4], [5, 9], [9, 12], [0, 0], [0, 0]])  # [CLS] w1 w2 w3 [SEP] pad
    pooled = _pool_spans(tokens, mask, offsets, [(0, 4), (6, 12), (20, 30)])
    np.testing.assert_allclose(pooled[0], [1.0, 0.0])
    np.testing.assert_allclose(pooled[1], [0.0, 1.0])
    whole = tokens[mask].mean(axis=0)
    np.testing.assert_allclose(pooled[2], whole / np.linalg.norm(whole), rtol=1e-6)  # beyond the window
