"""FAISS search: exact and inverted-file indexes, built from arrays or vector files, and refreshed."""

import faiss
import numpy as np
import pytest

from bot.index.dense import approximate_index, centroids_of, faiss_flat, search
from bot.index.vectorfile import SelectedRows, VectorFile
from tests.support import unit_vectors


def test_an_inverted_file_index_read_from_a_vector_file_equals_one_built_from_the_array(tmp_path):
    vectors = unit_vectors(3000, 16)
    file = VectorFile.create(tmp_path / "v.npy", 3000, 16)
    file.write(np.arange(3000), vectors)
    from_file, name, probes = approximate_index(file, 16)
    from_array, array_name, array_probes = approximate_index(vectors, 16)
    assert (name, probes) == (array_name, array_probes)
    assert from_file.ntotal == 3000
    for index in (from_file, from_array):
        np.testing.assert_array_equal(index.reconstruct_n(0, 3000), vectors)
    np.testing.assert_array_equal(search(from_file, vectors[:20], 10)[1], search(from_array, vectors[:20], 10)[1])
    # Some rows of the file (identical chunks share a vector) make the index those rows alone make.
    rows = np.arange(0, 3000, 3)
    selected, *_ = approximate_index(SelectedRows(file, rows), 16)
    np.testing.assert_array_equal(selected.reconstruct_n(0, len(rows)), vectors[rows])
    np.testing.assert_array_equal(search(selected, vectors[:20], 10)[1],
                                  search(approximate_index(vectors[rows], 16)[0], vectors[:20], 10)[1])
    # The same as faiss's own `add` into the same trained lists gives.
    added = faiss.clone_index(from_file)
    added.reset()
    added.add(vectors)
    for queries in (vectors[:50], unit_vectors(50, 16, seed=3)):
        scores, found = search(from_file, queries, 10)
        added_scores, added_found = search(added, queries, 10)
        np.testing.assert_array_equal(found, added_found)
        np.testing.assert_array_equal(scores, added_scores)


def test_a_refreshed_inverted_file_index_takes_the_previous_centroids_instead_of_training(tmp_path, monkeypatch):

    vectors = unit_vectors(3000, 16)
    first, name, _ = approximate_index(vectors, 16)
    centroids = centroids_of(first)
    assert centroids.shape == (128, 16) and name.startswith("ivf128/")
    assert centroids_of(faiss_flat(vectors[:3], 16)) is None

    def no_training(self, *args):
        raise AssertionError("trained again")

    monkeypatch.setattr(faiss.IndexIVFFlat, "train", no_training)
    changed = np.concatenate([vectors[:2990], unit_vectors(10, 16, seed=5)])
    refreshed, _, _ = approximate_index(changed, 16, centroids=centroids)
    np.testing.assert_array_equal(faiss.extract_index_ivf(refreshed).quantizer.reconstruct_n(0, 128), centroids)
    np.testing.assert_array_equal(refreshed.reconstruct_n(0, 3000), changed)
    truth = search(faiss_flat(changed, 16), changed[:100], 10)[1]
    found = search(refreshed, changed[:100], 10)[1]
    assert np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth)]) >= 0.95
    with pytest.raises(AssertionError, match="trained again"):
        approximate_index(changed, 16, centroids=centroids[:64])  # other list counts are trained afresh
