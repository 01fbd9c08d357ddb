"""Per-row arrays that retrieval reads, and vector moments computed in blocks."""

import numpy as np
import pytest

from bot.index.chunking import chunk_document
from bot.index.columns import Columns, Moments


def test_moments_summed_in_blocks_equal_numpys():
    rows = np.random.default_rng(2).normal(size=(50, 6)).astype(np.float32)
    moments = Moments.of(len(rows), lambda start, stop: rows[start:stop], block=7)
    assert moments.mean == pytest.approx(rows.mean(axis=0), abs=1e-6)
    assert moments.cov == pytest.approx(np.cov(rows, rowvar=False, bias=True), abs=1e-6)
    assert Moments.of(1, lambda start, stop: rows[start:stop]) == Moments(None, None)


def test_columns_name_each_chunks_document_sentences_and_lead_and_survive_a_round_trip(tmp_path):
    count = lambda texts: [len(t.split()) for t in texts]  # noqa: E731
    b_sentences, b_chunks = chunk_document("b.md", "# Title\n\nOne here. Two here. Three here.", count,
                                           chunk_tokens=4, max_tokens=10, overlap_sentences=0)
    a_sentences, a_chunks = chunk_document("a.txt", "Alpha one. Beta two.", count, chunk_tokens=4, max_tokens=10,
                                           overlap_sentences=0, first_sentence_id=len(b_sentences))
    chunks, sentences = b_chunks + a_chunks, b_sentences + a_sentences
    vectors = np.random.default_rng(0).normal(size=(len(chunks), 4)).astype(np.float32)
    columns = Columns.of(chunks, sentences, lambda positions: vectors[positions],
                         np.ones((len(sentences), 4), dtype=np.float32))
    assert list(columns.chunk_sources) == ["a.txt", "b.md"]
    assert [columns.chunk_sources[d] for d in columns.chunk_document] == [c.source for c in chunks]
    assert [tuple(r) for r in columns.chunk_sentences] == [(c.sentence_start, c.sentence_stop) for c in chunks]
    assert [chunks[i].start for i in columns.lead] == [0, 0]
    assert [chunks[i].source for i in columns.lead] == ["a.txt", "b.md"]
    assert columns.sentence_heading[0] and not columns.sentence_heading[1:].any()
    assert columns.sentence_moments.cov == pytest.approx(np.zeros((4, 4)))  # all sentence vectors alike
    columns.save(tmp_path / "columns.npz")
    loaded = Columns.load(tmp_path / "columns.npz")
    for name in ("chunk_sources", "chunk_document", "chunk_sentences", "lead", "sentence_heading"):
        np.testing.assert_array_equal(getattr(loaded, name), getattr(columns, name))
    assert loaded.chunk_moments.cov == pytest.approx(columns.chunk_moments.cov, abs=1e-6)
    assert loaded.lead_moments.mean == pytest.approx(columns.lead_moments.mean, abs=1e-6)


def test_identical_chunks_share_the_vector_of_the_first_of_them(tmp_path):
    keys = np.array([b"k2", b"k1", b"k2", b"k3", b"k1", b"k2"], dtype="V2")
    shared = Columns.shared_vectors(keys)
    assert shared.tolist() == [0, 1, 0, 2, 1, 0]  # positions follow each text's first chunk
    count = lambda texts: [len(t.split()) for t in texts]  # noqa: E731
    sentences, chunks = chunk_document("a.txt", "One two. Three four. Five six. Seven eight. Nine ten. Eleven.",
                                       count, chunk_tokens=2, max_tokens=10, overlap_sentences=0)
    vectors = np.eye(len(chunks), 4, dtype=np.float32)
    columns = Columns.build(["a.txt"], np.zeros(len(chunks)), [c.start for c in chunks],
                            [(c.sentence_start, c.sentence_stop) for c in chunks], np.zeros(len(sentences), bool),
                            lambda positions: vectors[positions], lambda a, b: np.ones((b - a, 4)), shared)
    assert columns.vector_chunk.tolist() == [0, 1, 3]
    columns.save(tmp_path / "columns.npz")
    np.testing.assert_array_equal(Columns.load(tmp_path / "columns.npz").chunk_vector, shared)
