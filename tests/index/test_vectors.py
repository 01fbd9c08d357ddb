"""The vector recipes' pure parts: where a vector goes, and how chunk vectors are composed."""

import numpy as np


def test_a_composed_chunk_vector_is_the_unit_mean_of_its_sentences_weighted_by_root_tokens():
    from bot.index.vectors import compose_chunk_vectors

    sentences = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=np.float32)
    vectors = compose_chunk_vectors(np.array([[0, 2], [1, 3]]), sentences, np.array([1, 4, 9]))
    np.testing.assert_allclose(vectors[0], np.array([1, 2, 0]) / np.sqrt(5), rtol=1e-6)
    np.testing.assert_allclose(vectors[1], np.array([0, 2, 3]) / np.sqrt(13), rtol=1e-6)


def test_a_placed_vector_fills_every_row_of_its_text_in_the_chunk_and_sentence_files(tmp_path):
    from bot.index.vectorfile import VectorFile
    from bot.index.vectors import Placement, text_key

    # Chunk 0 and sentence 1 share a text (a one-sentence chunk); sentence 0 is another text.
    keys = np.frombuffer(b"".join(text_key(t) for t in ("a", "b", "c", "a")), dtype="V32")
    chunks, sentences = VectorFile.create(tmp_path / "c.npy", 2, 3), VectorFile.create(tmp_path / "s.npy", 2, 3)
    placement = Placement(keys, 2, chunks, sentences)
    a, c, missing = placement.find(np.frombuffer(text_key("a") + text_key("c") + text_key("z"), dtype="V32"))
    assert missing == -1 and len(placement.unique) == 3
    placement.place(np.array([a, c]), np.array([[1, 0, 0], [0, 0, 1]]))
    chunks.close()
    sentences.close()
    np.testing.assert_array_equal(np.load(tmp_path / "c.npy"), [[1, 0, 0], [0, 0, 0]])
    np.testing.assert_array_equal(np.load(tmp_path / "s.npy"), [[0, 0, 1], [1, 0, 0]])
    b = placement.find(np.frombuffer(text_key("b"), dtype="V32"))[0]
    assert placement.done[[a, c]].all() and not placement.done[b]
