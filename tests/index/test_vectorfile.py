"""Vectors kept in .npy files, written in any row order and read back in blocks."""

import numpy as np

from bot.index.vectorfile import VectorFile
from tests.support import unit_vectors


def test_a_vector_file_takes_rows_in_any_order_and_reads_back_an_npy_matrix(tmp_path):
    vectors = unit_vectors(50, 4)
    file = VectorFile.create(tmp_path / "v.npy", 50, 4)
    order = np.random.default_rng(1).permutation(50)
    file.write(order[:30], vectors[order[:30]])  # scattered rows
    file.write(order[30:], vectors[order[30:]])
    np.testing.assert_array_equal(file.rows(10, 20), vectors[10:20])
    np.testing.assert_array_equal(file.take(np.array([7, 3, 7])), vectors[[7, 3, 7]])
    np.testing.assert_array_equal(np.concatenate([block for _, block in file.blocks(16)]), vectors)
    file.close()
    np.testing.assert_array_equal(np.load(tmp_path / "v.npy", allow_pickle=False), vectors)
    np.testing.assert_array_equal(VectorFile.open(tmp_path / "v.npy").rows(0, 50), vectors)
