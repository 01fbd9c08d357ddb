"""Rows of a JSON Lines file, read one at a time when asked for, so a large index keeps its texts on disk."""

from __future__ import annotations

import json
import os
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Callable, Generic, Iterable, TypeVar

import numpy as np

Row = TypeVar("Row")


class JsonlRows(Sequence, Generic[Row]):
    """A read-only sequence of the rows of a JSON Lines file, each made by `make` from its parsed line on access.

    `offsets` (from `write_jsonl`) are where each line starts, plus the end of the file: row `i` is one read of
    those bytes, so neither the file nor its parsed rows are held in memory. Reads, not a memory map: a map would
    make the pages around every row read part of this process's memory, gigabytes for a large index.
    """

    def __init__(self, path: Path, offsets: np.ndarray, make: Callable[[dict], Row]):
        self._offsets = np.asarray(offsets, dtype=np.int64)
        self._make = make
        self._handle = open(path, "rb")
        size = self._handle.seek(0, 2)
        if len(self._offsets) == 0 or self._offsets[-1] != size:
            self._handle.close()
            raise ValueError(f"{Path(path).name} does not end where its row offsets say")

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1 or start >= stop:
                return [self[j] for j in range(start, stop, step)]
            return self._run(start, stop)
        i = int(i)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("row index out of range")
        start = int(self._offsets[i])
        return self._make(json.loads(os.pread(self._handle.fileno(), int(self._offsets[i + 1]) - start, start)))

    def _run(self, start: int, stop: int) -> list[Row]:
        """Rows `start` to `stop` (exclusive) in one read and one parse. JSON escapes newlines inside strings, so
        the file's newline bytes are exactly the row ends."""
        first = int(self._offsets[start])
        lines = os.pread(self._handle.fileno(), int(self._offsets[stop]) - first, first)
        return [self._make(row) for row in json.loads(b"[" + lines.rstrip(b"\n").replace(b"\n", b",") + b"]")]

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]


class JsonlWriter:
    """A JSON Lines file (UTF-8) written one row at a time, remembering where each row starts."""

    def __init__(self, path: Path):
        self._handle = open(path, "wb")
        self._offsets = array("q", [0])

    def write(self, row: dict) -> None:
        """Append one row."""
        line = (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
        self._offsets.append(self._offsets[-1] + self._handle.write(line))

    def close(self) -> np.ndarray:
        """Close the file; returns the offsets `JsonlRows` reads it by."""
        self._handle.close()
        return np.frombuffer(self._offsets, dtype=np.int64).copy()


def write_jsonl(path: Path, rows: Iterable[dict]) -> np.ndarray:
    """Write `rows` as JSON Lines (UTF-8) to `path`, one at a time; returns the offsets `JsonlRows` reads it by."""
    writer = JsonlWriter(path)
    try:
        for row in rows:
            writer.write(row)
    finally:
        offsets = writer.close()
    return offsets
