"""Float32 vectors kept in a NumPy `.npy` file and written or read a few rows at a time, so a build of a large index
holds none of them in memory. Reads and writes go through the file (pread, pwrite), never a memory map, so the
pages stay the kernel's cache, which it can drop, and not the process's own memory."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import numpy as np

# Rows read at a time by `blocks`: 16 Ki rows of 384 float32 are 24 MB.
BLOCK = 16_384


class VectorFile:
    """A `(rows, dimension)` float32 matrix in an `.npy` file (no pickle), made of zeros by `create`."""

    def __init__(self, path: Path, rows: int, dimension: int, header: int, handle):
        self.path = Path(path)
        self.shape = (rows, dimension)
        self._header = header
        self._handle = handle
        self._row_bytes = dimension * 4

    @classmethod
    def create(cls, path: Path, rows: int, dimension: int) -> "VectorFile":
        """A new file of `rows` zero vectors (sparse on disk until written)."""
        matrix = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(rows, dimension))
        header = int(matrix.offset)
        del matrix
        return cls(path, rows, dimension, header, open(path, "r+b"))

    @classmethod
    def open(cls, path: Path) -> "VectorFile":
        """An existing `.npy` file of float32 rows, for reading."""
        matrix = np.load(path, mmap_mode="r", allow_pickle=False)
        if matrix.dtype != np.float32 or matrix.ndim != 2:
            raise ValueError(f"{Path(path).name} holds no float32 matrix")
        rows, dimension, header = matrix.shape[0], matrix.shape[1], int(matrix.offset)
        del matrix
        return cls(path, rows, dimension, header, open(path, "rb"))

    def __len__(self) -> int:
        return self.shape[0]

    def close(self) -> None:
        """Close the file (writes went straight to it; `commit` syncs it to disk)."""
        self._handle.close()

    def write(self, rows: np.ndarray, vectors: np.ndarray) -> None:
        """Write `vectors[i]` into row `rows[i]`; runs of consecutive rows go in one write."""
        rows = np.asarray(rows, dtype=np.int64)
        if not len(rows):
            return
        order = np.argsort(rows, kind="stable")
        rows, data = rows[order], np.ascontiguousarray(np.asarray(vectors, dtype=np.float32)[order])
        breaks = np.flatnonzero(np.diff(rows) != 1) + 1
        fd = self._handle.fileno()
        for first, stop in zip(np.concatenate([[0], breaks]), np.concatenate([breaks, [len(rows)]])):
            os.pwrite(fd, data[first:stop].tobytes(), self._header + int(rows[first]) * self._row_bytes)

    def rows(self, start: int, stop: int) -> np.ndarray:
        """Rows `[start, stop)` as a new array."""
        count = max(0, min(stop, len(self)) - start)
        data = os.pread(self._handle.fileno(), count * self._row_bytes, self._header + start * self._row_bytes)
        return np.frombuffer(data, dtype=np.float32).reshape(count, self.shape[1]).copy()

    def take(self, rows: np.ndarray) -> np.ndarray:
        """The vectors of `rows` (any order, repeats allowed), in that order; each run of consecutive rows is one
        read."""
        rows = np.asarray(rows, dtype=np.int64)
        out = np.empty((len(rows), self.shape[1]), dtype=np.float32)
        order = np.argsort(rows, kind="stable")
        ordered = rows[order]
        breaks = np.flatnonzero(np.diff(ordered) > 1) + 1
        for first, stop in zip(np.concatenate([[0], breaks]), np.concatenate([breaks, [len(rows)]])):
            if stop > first:
                low = int(ordered[first])
                out[order[first:stop]] = self.rows(low, int(ordered[stop - 1]) + 1)[ordered[first:stop] - low]
        return out

    def blocks(self, size: int = BLOCK) -> Iterator[tuple[int, np.ndarray]]:
        """(first row, rows) over the whole matrix, `size` rows at a time."""
        for start in range(0, len(self), size):
            yield start, self.rows(start, start + size)


class ArrayVectors:
    """An array in memory, read the way a `VectorFile` is (`rows`, `take`, `blocks`)."""

    def __init__(self, vectors: np.ndarray):
        self._vectors = np.asarray(vectors, dtype=np.float32)
        self.shape = self._vectors.shape

    def __len__(self) -> int:
        return len(self._vectors)

    def rows(self, start: int, stop: int) -> np.ndarray:
        return np.ascontiguousarray(self._vectors[start:stop])

    def take(self, rows: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(self._vectors[np.asarray(rows, dtype=np.int64)])

    def blocks(self, size: int = BLOCK) -> Iterator[tuple[int, np.ndarray]]:
        for start in range(0, len(self), size):
            yield start, self.rows(start, start + size)


class SelectedRows:
    """Some rows of a `VectorFile` (or `ArrayVectors`), in the order given, read the way a `VectorFile` is."""

    def __init__(self, vectors, rows: np.ndarray):
        self._vectors, self._rows = vectors, np.asarray(rows, dtype=np.int64)
        self.shape = (len(self._rows), vectors.shape[1])

    def __len__(self) -> int:
        return len(self._rows)

    def rows(self, start: int, stop: int) -> np.ndarray:
        return self._vectors.take(self._rows[start:stop])

    def take(self, rows: np.ndarray) -> np.ndarray:
        return self._vectors.take(self._rows[np.asarray(rows, dtype=np.int64)])

    def blocks(self, size: int = BLOCK) -> Iterator[tuple[int, np.ndarray]]:
        for start in range(0, len(self), size):
            yield start, self.rows(start, start + size)
