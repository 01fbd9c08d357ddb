"""A loaded index: documents, chunks and sentences with their vectors, BM25 and columns, read from one generation
on disk (`bot.index.generation`) and searched over its chunks (`bot.index.dense`).

Rows are read from the JSON Lines files one at a time, when asked for, and sentence vectors and BM25 arrays are
memory-mapped, so a large index does not hold its texts in memory.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.documents.document import Document
from bot.errors import IndexStoreError
from bot.index import dense, generation
from bot.index.chunking import Chunk, Sentence
from bot.index.columns import Columns
from bot.index.generation import Manifest
from bot.index.lexical import LexicalIndex
from bot.index.rows import JsonlRows


class IndexStore:
    """One generation of an index, as read from disk. Chunk vectors live only in their FAISS index (no second copy
    in memory); sentence vectors are only ever scored for the chunks a question retrieves, so they are a plain
    memory-mapped array. `file_times` holds each document's file size and modification time (ns), by source, so an
    unchanged corpus is recognised without reading a document. Make one with `load` (checked) or `read`."""

    def __init__(self, folder: Path, manifest: Manifest, chunk_index=None):
        offsets, self.file_times = generation.read_offsets(folder)
        self.folder = folder
        self.manifest = manifest
        self.documents = JsonlRows(folder / generation.DOCUMENTS, offsets["documents"], generation.read_document)
        self.chunks = JsonlRows(folder / generation.CHUNKS, offsets["chunks"], lambda row: Chunk(**row))
        self.sentences = JsonlRows(folder / generation.SENTENCES, offsets["sentences"], lambda row: Sentence(**row))
        self.sentence_vectors = np.load(folder / generation.SENTENCE_VECTORS, mmap_mode="r")
        # The vectors quotes are ranked and gated by: their own file where the recipe makes one (its checksum,
        # like every file's, is checked against the manifest), else the sentence vectors.
        quotes = folder / generation.QUOTE_VECTORS
        self.has_quote_vectors = quotes.is_file()
        self.quote_vectors = np.load(quotes, mmap_mode="r") if self.has_quote_vectors else self.sentence_vectors
        self.columns = Columns.load(folder / generation.COLUMNS)
        # BM25 over the chunk texts, and over whole documents in the order of `columns.chunk_sources`
        self.chunk_lexical = LexicalIndex.load(folder, generation.bm25_files(generation.CHUNK_LEXICAL))
        self.document_lexical = LexicalIndex.load(folder, generation.bm25_files(generation.DOCUMENT_LEXICAL))
        self._chunk_index = dense.read_index(folder / generation.CHUNK_INDEX) if chunk_index is None else chunk_index
        self._document_position = {source: i for i, source in enumerate(self.file_times)}
        if len(self.columns.vector_chunk) != self._chunk_index.ntotal or not len(self.sentences) == len(
                self.sentence_vectors) == len(self.quote_vectors):
            raise IndexStoreError("Index rows disagree with their metadata. Delete the index folder and run "
                                  "`python -m bot index` to rebuild it.")

    @classmethod
    def load(cls, index_dir: Path) -> "IndexStore":
        """The current generation of `index_dir`, once the manifest's checksums match (see
        `generation.checked_generation` for the errors)."""
        folder, manifest = generation.checked_generation(index_dir)
        try:
            store = cls(folder, manifest)
        except (OSError, ValueError, TypeError, KeyError, RuntimeError) as err:
            raise generation.damaged(index_dir, str(err)) from None
        if (len(store.chunks), len(store.sentences)) != (manifest.chunk_count, manifest.sentence_count):
            raise generation.damaged(index_dir, "row counts disagree with the manifest")
        return store

    @classmethod
    def read(cls, folder: Path, manifest: Manifest, chunk_index) -> "IndexStore":
        """The generation `folder` this process just wrote with `manifest` and `chunk_index` (kept, not read again),
        without checking its checksums."""
        return cls(folder, manifest, chunk_index)

    def document(self, source: str) -> Document | None:
        """The stored document `source` (its text is what quote offsets point into), or None."""
        position = self._document_position.get(source)
        return None if position is None else self.documents[position]

    def with_file_times(self, index_dir: Path, documents: list[Document]) -> "IndexStore":
        """This index with new file sizes and times for the same documents (`documents`, whose texts are those
        stored), made current as a new generation of `index_dir` (`generation.relink`)."""
        folder, manifest = generation.relink(self.folder, index_dir, self.manifest, documents)
        return IndexStore.read(folder, manifest, self._chunk_index)

    @property
    def chunk_vectors(self) -> np.ndarray:
        """All chunk vectors, in chunk order: a fresh copy out of the search index, so keep only what you need."""
        return self.chunk_rows(np.arange(len(self.chunks)))

    def chunk_rows(self, positions: np.ndarray) -> np.ndarray:
        """The vectors of the chunks at `positions` (identical chunks share one vector)."""
        positions = self.columns.chunk_vector[np.asarray(positions, dtype=np.int64)]
        return dense.rows(self._chunk_index, positions, self.manifest.dimension)

    def centroids(self) -> np.ndarray | None:
        """The centroids of the inverted lists of the chunk index, or None when its search is exact."""
        return dense.centroids_of(self._chunk_index)

    def search_chunks(self, query_vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Cosine scores and chunk positions of the `k` nearest chunks for each query, best first (-1 past the
        end). Of identical chunks, only the first is ever found."""
        scores, found = dense.search(self._chunk_index, query_vectors, k)
        found = np.where(found >= 0, self.columns.vector_chunk[np.maximum(found, 0)], -1)
        return scores, found

